import { DEGREE_WORD, degreeOf } from '../dimensions/degree.ts';
import type { Level } from '../dimensions/level.ts';
import { levelMembers, levelsIn } from '../dimensions/level-spans.ts';
import type { Tier } from '../dimensions/tier.ts';
import { respectiveSlot } from '../dossier/respectively.ts';
import { TIER_OF, withoutSpelledOut } from '../figure-context.ts';
import { defineRule } from '../rule.ts';

/**
 * People and bodies listed with "lần lượt" / "tương ứng" (respectively): the k-th figure after it belongs to the k-th
 * member named before it — a level ("Số cán bộ, công chức cấp huyện và cấp xã lần lượt là 412 và 655 người"), a
 * degree ("thạc sĩ, đại học lần lượt là 12 và 40 người"), a side of the quota ("được giao, có mặt và còn thiếu lần
 * lượt là 45, 42 và 03") or a kind of body ("phòng chuyên môn và đơn vị sự nghiệp … tương ứng là 06 và 02"). The list
 * must name as many members as there are figures; other members (years, fields) are left to other rules.
 */

type Member = { metric: string; tier?: Tier; degree?: ReturnType<typeof degreeOf>; level?: Level };

/** Levels of an online offer, in the order written: "toàn trình và một phần", "mức độ 3, mức độ 4". */
/** Procedures offered online named in the label ("số TTHC cung cấp dịch vụ công trực tuyến toàn trình và một phần"). */
const ONLINE_PROCEDURES = /\b(?:tthc|thu tuc(?: hanh chinh)?|dich vu cong)\b[^]*\b(?:truc tuyen|dvctt|dvc)\b|\bdvctt\b/;
/** Dossiers or rates in the label: another list (dossier-respectively, procedure-online-rate). */
const NOT_ONLINE_OFFER = /\b(?:ho so|ty le|phat sinh)\b/;

const LEVEL = /\bcap (tinh|huyen|xa|phuong|thi xa|thanh pho|quan(?! ly))\b/g;
const LEVEL_ONE = /\bcap (?:tinh|huyen|xa|phuong|thi xa|thanh pho|quan(?! ly))\b/;
const DEGREE = new RegExp(String.raw`\b${DEGREE_WORD}\b`, 'g');
/** The sides of the quota, in the order written. */
const QUOTA_SIDE = /\b(?:(duoc giao|giao)(?! (?:duc|thong|dich))|(co mat|hien co|thuc co|thuc hien)|(con thieu|thieu|chua tuyen|chua su dung))\b/g;
/** Kinds of body: divisions (group 1) or units (group 2). */
const BODY_KIND = /\b(?:(phong(?:,? ban)? (?:chuyen mon|nghiep vu))|(don vi (?:su nghiep|truc thuoc)))\b/g;
const FIGURE = /(?<![\d.,])\d[\d.,]*/g;
/** Two or more courses named after a training verb ("bồi dưỡng ngạch chuyên viên chính và chuyên viên"). */
const TRAINED_LIST = /\b(?:dao tao|boi duong|tap huan)\b[^;:\d]*(?:,|\bva\b)[^;:\d]*$/;
/** The list's figures then people: "186 và 412 học viên", "45, 60 lượt người". */
const TRAINEES_AFTER = /^\d[\d.]*(?:\s*(?:,|va)\s*\d[\d.]*)+\s*(?:luot nguoi|luot|nguoi|hoc vien|can bo|cong chuc|vien chuc)\b/;
/** Things other rules count: dossiers, procedures, documents, feedback. */
const OTHER_THINGS = /\b(?:ho so|tthc|thu tuc|van ban|vbqppl|phan anh|kien nghi|don thu)\b/;
const STAFF = /\b(?:can bo|cong chuc|vien chuc|cbcc|cbccvc|nguoi lam viec)\b/;
/** Legal documents counted in the label. */
const DOCUMENTS = /\b(?:van ban|vbqppl|nghi quyet|quyet dinh)\b/;
/** Feedback on procedures or regulations counted in the label. */
const FEEDBACK = /\b(?:phan anh|kien nghi|pakn)\b/;
/**
 * A label counting procedures by level, with nothing else of them named ("Số TTHC cấp tỉnh, cấp huyện, cấp xã", "số TTHC được
 * công bố ở cấp tỉnh và cấp huyện"): groups 1–3 a publication's verb. Online levels and dossiers are other lists.
 */
const PROCEDURES_BY_LEVEL =
  /^(?![^]*\b(?:ho so|truc tuyen|dvc|dich vu|toan trinh|mot phan|muc do|ra soat|don gian hoa|buu chinh|bcci|lien thong)\b)\W*(?:tong )?so (?:luong )?(?:tthc|thu tuc(?: hanh chinh)?)\b(?:[^]*?\b(?:(cong bo)|(sua doi|thay the)|(bai bo)))?/;

/** The metric a list of levels or degrees counts, from the words before it. */
function familyOf(label: string): string | undefined {
  if (/\biso\b|\bhtqlcl\b|he thong quan ly chat luong/.test(label)) return 'iso.units';
  if (/\bkiem tra\b/.test(label)) return 'inspection.units';
  if (/\bky luat\b/.test(label)) return 'staff.disciplined';
  if (/\b(?:dao tao|boi duong|tap huan)\b/.test(label)) return 'staff.trained';
  if (/\bbien che\b|\bduoc giao\b/.test(label)) return undefined;
  return STAFF.test(label) ? 'staff.total' : undefined;
}

/** The levels a label names ("cấp tỉnh và cấp huyện"), in order, when two or more and each once; none otherwise. */
function distinctLevels(label: string): Tier[] {
  const levels = [...label.matchAll(LEVEL)].map((m) => TIER_OF[m[1]!]!);
  return levels.length >= 2 && new Set(levels).size === levels.length ? levels : [];
}

/** The members a label names, in order: levels, degrees, sides of the quota, or kinds of body (the first kind with two or more). */
function membersOf(label: string): Member[] {
  // ("Số TTHC cung cấp dịch vụ công trực tuyến toàn trình và một phần lần lượt là 824 và 612 thủ tục": procedures offered online by level.)
  if (ONLINE_PROCEDURES.test(label) && !NOT_ONLINE_OFFER.test(label)) {
    // ("Số DVCTT mức độ 3, mức độ 4 lần lượt là 34 và 72": levels joined in one phrase are members too — but before a list of
    // tiers, "Số DVCTT mức độ 3, 4 của cấp tỉnh và cấp huyện lần lượt …", the joined levels are every tier's.)
    const tiers = distinctLevels(label);
    const levels = (tiers.length >= 2 ? levelsIn(label).map((h) => h.level) : levelMembers(label)).filter((l): l is Level => l !== 'low');
    if (levels.length >= 2 && new Set(levels).size === levels.length) return levels.map((level) => ({ metric: 'procedure.online', level }));
    // ("Số DVCTT toàn trình cấp tỉnh, cấp huyện, cấp xã lần lượt là 812, 145 và 76 dịch vụ": the offer of each level of government.)
    if (levels.length <= 1 && tiers.length >= 2) return tiers.map((tier) => ({ metric: 'procedure.online', tier, ...(levels[0] ? { level: levels[0] } : {}) }));
  }
  // "Số TTHC cấp tỉnh, cấp huyện, cấp xã lần lượt là 1.402, 287 và 132 thủ tục": the procedures of each level.
  const procedures = PROCEDURES_BY_LEVEL.exec(label);
  if (procedures) {
    const levels = distinctLevels(label);
    const metric = procedures[1] ? 'procedure.published' : procedures[2] ? 'procedure.amended' : procedures[3] ? 'procedure.abolished' : 'procedure.total';
    if (levels.length > 0) return levels.map((tier) => ({ metric, tier }));
  }
  // "Số phản ánh liên quan đến TTHC thuộc thẩm quyền cấp tỉnh và cấp huyện lần lượt là 03 và 02": the feedback of each level
  // (received, or resolved when the label says only that).
  if (FEEDBACK.test(label) && !/\bho so\b/.test(label)) {
    const metric = /\b(?:xu ly|giai quyet|tra loi)\b/.test(label) && !/\b(?:tiep nhan|nhan duoc)\b/.test(label) ? 'feedback.resolved' : 'feedback.received';
    return distinctLevels(label).map((tier) => ({ metric, tier }));
  }
  // "Số văn bản QPPL do HĐND, UBND cấp huyện và cấp xã ban hành lần lượt là 08 và 21 văn bản": the documents of each level,
  // issued, or reviewed when the label checks them.
  if (DOCUMENTS.test(label) && !/\b(?:ho so|tthc|thu tuc|phan anh|kien nghi)\b/.test(label)) {
    const metric = /\b(?:kiem tra|ra soat)\b/.test(label) ? 'legal_doc.reviewed' : /\b(?:ban hanh|thong qua)\b/.test(label) ? 'legal_doc.issued' : undefined;
    return metric ? distinctLevels(label).map((tier) => ({ metric, tier })) : [];
  }
  // ("Số hồ sơ do công chức cấp huyện và cấp xã tiếp nhận lần lượt là …": the list counts dossiers, not people.)
  if (OTHER_THINGS.test(label)) return [];
  const family = familyOf(label);
  const levels = distinctLevels(label);
  if (levels.length > 0 && family) return levels.map((tier) => ({ metric: family, tier }));
  const degrees = [...label.matchAll(DEGREE)]
    .map((m) => degreeOf(m[0], label.slice(0, m.index), label.slice(m.index + m[0].length)))
    .filter((d) => d !== undefined);
  // ("Số người có trình độ tiến sĩ, thạc sĩ …": people named by their qualification are staff too.)
  if (degrees.length >= 2 && (STAFF.test(label) || /\b(?:so nguoi|trinh do)\b/.test(label))) return degrees.map((degree) => ({ metric: family === 'staff.trained' ? 'staff.trained' : 'staff.by_degree', degree }));
  if (/\bbien che\b|\bnguoi lam viec\b/.test(label)) {
    const sides = [...label.matchAll(QUOTA_SIDE)].map((m) => (m[1] ? 'staff.quota_assigned' : m[2] ? 'staff.quota_filled' : 'staff.quota_vacant'));
    if (sides.length >= 2 && new Set(sides).size === sides.length) return sides.map((metric) => ({ metric }));
    // "Số biên chế có mặt ở cấp tỉnh và cấp huyện lần lượt là 1.540 và 1.187 người": one side of the quota, by level.
    if (sides.length === 1) return distinctLevels(label).map((tier) => ({ metric: sides[0]!, tier }));
  }
  const kinds = [...label.matchAll(BODY_KIND)].map((m) => (m[1] ? 'org.divisions' : 'org.units'));
  if (kinds.length >= 2 && new Set(kinds).size === kinds.length && !/\b(?:kiem tra|iso|htqlcl)\b/.test(label)) return kinds.map((metric) => ({ metric }));
  return [];
}

/** The thing a list's figures count, written once after its last figure: "21, 16 và 08 văn bản" (group 1: the words). */
const THING_AFTER_LIST = /^\d[\d.,]*(?:\s*(?:,|;|va)\s*\d[\d.,]*)+\s+((?:van ban|vbqppl|nghi quyet|quyet dinh|tthc|thu tuc|phan anh|kien nghi|pakn)\b[^,;.(]{0,20})/;
/** The thing a label counts, named right after its "số" ("Số TTHC công bố mới, …"). Group 1: the words. */
// ("Năm 2024, số TTHC …": after the time opening the sentence.)
const THING_IN_LABEL = /(?:^\W*|,\s*)(?:tong )?so (?:luong )?(?:cac )?((?:van ban|vbqppl|tthc|thu tuc|phan anh|kien nghi|pakn)\b)/;
/** An act on documents, procedures or feedback named in a label. */
const ACT = /\b(?:ban hanh|thong qua|kiem tra|ra soat|cong bo|sua doi|thay the|bai bo|tiep nhan|nhan duoc|xu ly|giai quyet|tra loi)\b/;

/** The clause before the one at `from` (after a ";" of the same sentence), or "". */
function clauseBefore(folded: string, from: number): string {
  if (folded[from - 1] !== ';' && !/;\s*$/.test(folded.slice(Math.max(0, from - 3), from))) return '';
  const semi = folded.lastIndexOf(';', from - 1);
  const start = Math.max(folded.lastIndexOf(';', semi - 1) + 1, folded.lastIndexOf('. ', semi - 1) + 1, 0);
  return folded.slice(start, semi);
}

/** The acts a label names on the thing counted after the list, in order, by metric. */
const ACTS: readonly (readonly [RegExp, RegExp, readonly (readonly [string, string])[]])[] = [
  [/^(?:van ban|vbqppl|nghi quyet|quyet dinh)\b/, /\b(?:ho so|tthc|thu tuc|phan anh|kien nghi)\b/, [['ban hanh|thong qua', 'legal_doc.issued'], ['(?:tu )?kiem tra|ra soat', 'legal_doc.reviewed']]],
  [/^(?:tthc|thu tuc)\b/, /\b(?:ho so|truc tuyen|dvc|muc do|toan trinh|mot phan|van ban|phan anh)\b/, [['cong bo', 'procedure.published'], ['sua doi(?:,? bo sung)?|thay the', 'procedure.amended'], ['bai bo', 'procedure.abolished']]],
  [/^(?:phan anh|kien nghi|pakn)\b/, /\b(?:ho so|van ban)\b/, [['tiep nhan|nhan duoc', 'feedback.received'], ['xu ly|giai quyet|tra loi', 'feedback.resolved']]],
];

function actsOf(label: string, thing: string, count: number): Member[] {
  const kind = ACTS.find(([noun, other]) => noun.test(thing) && !other.test(label));
  if (!kind) return [];
  const re = new RegExp(kind[2].map(([words]) => String.raw`\b(${words})\b`).join('|'), 'g');
  const acts = [...label.matchAll(re)].map((m) => kind[2][m.slice(1).findIndex((g) => g !== undefined)]![1]);
  if (acts.length === count) return acts.map((metric) => ({ metric }));
  return acts.length > 0 && new Set(acts).size === 1 ? Array.from({ length: count }, () => ({ metric: acts[0]! })) : [];
}

export default defineRule({
  id: 'people-respectively',
  description:
    'Staff, quota, bodies, procedures and feedback by level listed "lần lượt" / "tương ứng": the k-th figure is the k-th level, degree, side of the quota or kind of body named before it; with none named, the acts before the list ("tiếp nhận và xử lý lần lượt 12 và 10 phản ánh") count the documents, procedures or feedback after it.',
  examples: {
    valid: [
      {
        // Legal documents by level, 'cấp thị xã' the district level.
        text: 'Số văn bản QPPL do HĐND, UBND cấp thị xã và cấp xã ban hành trong năm 2025 tương ứng là 05 và 17 văn bản.',
        records: [
          { metric: 'legal_doc.issued', value: 5, dimensions: { tier: 'district' } },
          { metric: 'legal_doc.issued', value: 17, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Số TTHC thuộc thẩm quyền cấp thành phố và cấp xã lần lượt là 236 và 101 thủ tục.',
        records: [
          { metric: 'procedure.total', value: 236, dimensions: { tier: 'district' } },
          { metric: 'procedure.total', value: 101, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Số cán bộ, công chức cấp huyện và cấp xã lần lượt là 398 và 702 người.',
        records: [
          { metric: 'staff.total', value: 398, dimensions: { tier: 'district' } },
          { metric: 'staff.total', value: 702, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Số công chức có trình độ thạc sĩ, đại học lần lượt là 09 và 37 người.',
        records: [
          { metric: 'staff.by_degree', value: 9, dimensions: { degree: 'master' } },
          { metric: 'staff.by_degree', value: 37, dimensions: { degree: 'bachelor' } },
        ],
      },
      {
        // Degrees of the staff of one level, counted in the clause before.
        text: 'Tổng số cán bộ, công chức cấp xã của thị xã là 214 người; số người có trình độ thạc sĩ, đại học lần lượt là 06 và 187 người.',
        records: [
          { metric: 'staff.by_degree', value: 6, dimensions: { degree: 'master', tier: 'commune' } },
          { metric: 'staff.by_degree', value: 187, dimensions: { degree: 'bachelor', tier: 'commune' } },
        ],
      },
      {
        // People counted by their qualification, no staff word in the label.
        text: 'Về trình độ, số người có bằng thạc sĩ và đại học tương ứng là 7 và 58 người.',
        records: [
          { metric: 'staff.by_degree', value: 7, dimensions: { degree: 'master' } },
          { metric: 'staff.by_degree', value: 58, dimensions: { degree: 'bachelor' } },
        ],
      },
      {
        text: 'Số biên chế được giao, có mặt và còn thiếu lần lượt là 52, 49 và 03 biên chế.',
        records: [
          { metric: 'staff.quota_assigned', value: 52 },
          { metric: 'staff.quota_filled', value: 49 },
          { metric: 'staff.quota_vacant', value: 3 },
        ],
      },
      {
        text: 'Số phòng chuyên môn và đơn vị sự nghiệp trực thuộc Sở tương ứng là 05 và 03.',
        records: [
          { metric: 'org.divisions', value: 5 },
          { metric: 'org.units', value: 3 },
        ],
      },
      {
        text: 'Số thủ tục hành chính cấp tỉnh và cấp huyện tương ứng là 1.186 và 254 thủ tục; số TTHC được công bố ở cấp tỉnh và cấp huyện lần lượt là 88 và 17.',
        records: [
          { metric: 'procedure.total', value: 1186, dimensions: { tier: 'province' } },
          { metric: 'procedure.total', value: 254, dimensions: { tier: 'district' } },
          { metric: 'procedure.published', value: 88, dimensions: { tier: 'province' } },
          { metric: 'procedure.published', value: 17, dimensions: { tier: 'district' } },
        ],
      },
      {
        text: 'Số cơ quan áp dụng HTQLCL ở cấp tỉnh, cấp huyện, cấp xã lần lượt là 19, 9 và 132.',
        records: [
          { metric: 'iso.units', value: 19, dimensions: { tier: 'province' } },
          { metric: 'iso.units', value: 9, dimensions: { tier: 'district' } },
          { metric: 'iso.units', value: 132, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // Levels joined in one phrase are the members; before a list of tiers, every tier's level.
        text: 'Số DVCTT mức độ 3 và mức độ 4 của huyện lần lượt là 27 và 95. Số DVCTT mức độ 3, 4 của cấp tỉnh và cấp huyện lần lượt là 520 và 140 dịch vụ.',
        records: [
          { metric: 'procedure.online', value: 27, dimensions: { level: '3' } },
          { metric: 'procedure.online', value: 95, dimensions: { level: '4' } },
          { metric: 'procedure.online', value: 520, dimensions: { level: '3-4', tier: 'province' } },
          { metric: 'procedure.online', value: 140, dimensions: { level: '3-4', tier: 'district' } },
        ],
      },
      {
        // Procedures offered online by level; a share after the list is no member's figure.
        text: 'Số thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình và một phần lần lượt là 406 và 291 thủ tục, đạt 81,2%.',
        records: [
          { metric: 'procedure.online', value: 406, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 291, dimensions: { level: 'partial' } },
        ],
      },
      {
        // The online offer of one kind by level of government.
        text: 'Số dịch vụ công trực tuyến một phần cấp tỉnh và cấp huyện lần lượt là 402 và 96 dịch vụ.',
        records: [
          { metric: 'procedure.online', value: 402, dimensions: { level: 'partial', tier: 'province' } },
          { metric: 'procedure.online', value: 96, dimensions: { level: 'partial', tier: 'district' } },
        ],
      },
      {
        // Feedback by level.
        text: 'Số phản ánh, kiến nghị về quy định hành chính thuộc thẩm quyền cấp huyện và cấp xã lần lượt là 06 và 04 phản ánh; số PAKN đã xử lý ở cấp huyện và cấp xã tương ứng là 05 và 04.',
        records: [
          { metric: 'feedback.received', value: 6, dimensions: { tier: 'district' } },
          { metric: 'feedback.received', value: 4, dimensions: { tier: 'commune' } },
          { metric: 'feedback.resolved', value: 5, dimensions: { tier: 'district' } },
          { metric: 'feedback.resolved', value: 4, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // Courses listed after a training verb, each figure the people trained on it.
        text: 'Năm 2025, huyện mở lớp bồi dưỡng kỹ năng soạn thảo văn bản và kỹ năng giao tiếp với số học viên tương ứng là 74 và 68 học viên.',
        records: [
          { metric: 'staff.trained', value: 74 },
          { metric: 'staff.trained', value: 68 },
        ],
      },
      {
        // The documents counted after the figures: checked, not bodies inspected.
        text: 'Cấp tỉnh, cấp huyện và cấp xã đã tự kiểm tra lần lượt 14, 22 và 31 văn bản.',
        records: [
          { metric: 'legal_doc.reviewed', value: 14, dimensions: { tier: 'province' } },
          { metric: 'legal_doc.reviewed', value: 22, dimensions: { tier: 'district' } },
          { metric: 'legal_doc.reviewed', value: 31, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // Levels after ";" with the act of the clause before.
        text: 'Năm 2025, các cấp ban hành 60 văn bản QPPL; cấp tỉnh, cấp huyện, cấp xã lần lượt là 12, 19 và 29 văn bản.',
        records: [
          { metric: 'legal_doc.issued', value: 12, dimensions: { tier: 'province' } },
          { metric: 'legal_doc.issued', value: 19, dimensions: { tier: 'district' } },
          { metric: 'legal_doc.issued', value: 29, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // No members named: each act its figure, in order, or one act for every figure.
        text: 'Trong quý, Sở đã tiếp nhận và xử lý lần lượt 07 và 05 phản ánh, kiến nghị; các phòng đã rà soát lần lượt 15 và 26 văn bản.',
        records: [
          { metric: 'feedback.received', value: 7 },
          { metric: 'feedback.resolved', value: 5 },
          { metric: 'legal_doc.reviewed', value: 15 },
          { metric: 'legal_doc.reviewed', value: 26 },
        ],
      },
      {
        // A second list naming no member of its own goes by the levels of the list in the clause before.
        text: 'Năm 2024, HĐND, UBND cấp huyện và cấp xã đã ban hành tương ứng 12 và 07 văn bản QPPL; số văn bản được tự kiểm tra tương ứng là 12 và 07 văn bản.',
        records: [
          { metric: 'legal_doc.issued', value: 12, dimensions: { tier: 'district' } },
          { metric: 'legal_doc.issued', value: 7, dimensions: { tier: 'commune' } },
          { metric: 'legal_doc.reviewed', value: 12, dimensions: { tier: 'district' } },
          { metric: 'legal_doc.reviewed', value: 7, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // One side of the quota by level; the next side after ";" by the levels of the clause before.
        text: 'Số biên chế có mặt ở cấp tỉnh và cấp huyện lần lượt là 830 và 612 người; số còn thiếu tương ứng là 25 và 18 biên chế.',
        records: [
          { metric: 'staff.quota_filled', value: 830, dimensions: { tier: 'province' } },
          { metric: 'staff.quota_filled', value: 612, dimensions: { tier: 'district' } },
          { metric: 'staff.quota_vacant', value: 25, dimensions: { tier: 'province' } },
          { metric: 'staff.quota_vacant', value: 18, dimensions: { tier: 'district' } },
        ],
      },
      {
        // The thing counted named in the label, its acts in order, nothing after the figures.
        text: 'Năm 2024, số TTHC được công bố mới, sửa đổi, bổ sung và bãi bỏ lần lượt là 96, 130 và 41.',
        records: [
          { metric: 'procedure.published', value: 96 },
          { metric: 'procedure.amended', value: 130 },
          { metric: 'procedure.abolished', value: 41 },
        ],
      },
    ],
    invalid: [
      { text: 'Số hồ sơ trực tuyến toàn trình và một phần lần lượt là 1.204 và 3.310 hồ sơ.' },
      // Years are no members of this list.
      { text: 'Số cán bộ, công chức bị kỷ luật năm 2023 và năm 2024 lần lượt là 05 và 02 người.' },
      { text: 'Số hồ sơ do công chức cấp huyện và cấp xã tiếp nhận lần lượt là 5.412 và 23.780 hồ sơ.' },
      { text: 'Số TTHC có phát sinh hồ sơ trực tuyến ở cấp huyện và cấp xã lần lượt là 142 và 61.' },
      // As many members as figures, or nothing.
      { text: 'Số cán bộ, công chức cấp huyện và cấp xã lần lượt là 398, 702 và 1.100 người.' },
      // Two acts for three figures: no act is every figure's.
      { text: 'Phòng Tư pháp đã tham mưu ban hành và tự kiểm tra lần lượt 3, 4 và 5 văn bản.' },
    ],
  },
  cue: /lan luot|tuong ung|theo thu tu/,
  match(ctx) {
    const f = withoutSpelledOut(ctx.folded);
    for (const n of ctx.numbers) {
      if (n.percent || n.form === 'zero-phrase') continue;
      const slot = respectiveSlot(f, n.start);
      if (!slot) continue;
      const label = f.slice(slot.from, slot.to);
      const rest = f.slice(slot.first);
      // ("Cấp tỉnh, cấp huyện và cấp xã đã tự kiểm tra lần lượt 21, 16 và 08 văn bản": the thing counted may follow the figures —
      // documents checked, not bodies inspected — and "…; cấp tỉnh, cấp huyện, cấp xã lần lượt là 58, 64 và 92 văn bản" take the verb of the clause before.)
      const thing = THING_AFTER_LIST.exec(rest)?.[1] ?? '';
      let members = membersOf(thing ? `${label} ${thing}` : label);
      if (members.length < 2 && thing && !ACT.test(label)) members = membersOf(`${clauseBefore(f, slot.from)} ${label} ${thing}`);
      const stop = rest.search(/\.\s|\.$|;(?!\s*\d)/);
      // (A share after the list, "…, đạt tỷ lệ 86,9%", is no member's figure.)
      const count = (stop < 0 ? rest : rest.slice(0, stop)).replace(/\d[\d.,]*\s*%/g, '%').match(FIGURE)?.length ?? 0;
      // "bồi dưỡng ngạch chuyên viên chính và chuyên viên lần lượt là 186 và 412 học viên": courses listed, each figure people trained.
      if (members.length < 2 && count >= 2 && familyOf(label) === 'staff.trained' && TRAINED_LIST.test(label) && TRAINEES_AFTER.test(rest)) {
        members = Array.from({ length: count }, () => ({ metric: 'staff.trained' }));
      }
      // "Các cơ quan đã tự kiểm tra lần lượt 21, 16 và 08 văn bản", "đã tiếp nhận và xử lý lần lượt 12 và 10 phản ánh": no members
      // named, the acts before the list count the things after it — one act for every figure, or each figure its act in order.
      if (members.length < 2 && count >= 2 && thing) members = actsOf(label, thing, count);
      // ("số TTHC công bố mới, sửa đổi bổ sung và bãi bỏ lần lượt là 187, 241 và 84": the thing named in the label itself.)
      if (members.length < 2 && count >= 2 && !thing) {
        const named = THING_IN_LABEL.exec(label);
        if (named) members = actsOf(label, named[1]!, count);
      }
      // ("…; số còn thiếu tương ứng là 72 và 46 biên chế": one side of the quota after a list of the quota by level in the clause before.)
      if (members.length < 2 && count >= 2) {
        const sides = [...label.matchAll(QUOTA_SIDE)];
        const before = sides.length === 1 ? clauseBefore(f, slot.from) : '';
        const levels = /\bbien che\b/.test(before) && /\b(?:tuong ung|lan luot)\b/.test(before) ? distinctLevels(before) : [];
        if (levels.length === count) {
          const side = sides[0]!;
          const metric = side[1] ? 'staff.quota_assigned' : side[2] ? 'staff.quota_filled' : 'staff.quota_vacant';
          members = levels.map((tier) => ({ metric, tier }));
        }
      }
      // ("… cấp huyện và cấp xã đã ban hành tương ứng 24 và 11 VBQPPL; số văn bản được tự kiểm tra tương ứng là 24 và 11 văn bản":
      // a list naming no member of its own after a list of levels in the clause before goes by those levels.)
      if (members.length >= 2 && members.every((m) => !m.tier && !m.degree && !m.level)) {
        const before = clauseBefore(f, slot.from);
        const levels = /\b(?:tuong ung|lan luot)\b/.test(before) ? distinctLevels(before) : [];
        if (levels.length === members.length) members = members.map((m, i) => ({ ...m, tier: levels[i]! }));
      }
      // ("Tổng số cán bộ, công chức cấp xã … là 356 người; số người có trình độ thạc sĩ, đại học lần lượt là 14 và 298 người": degrees
      // of the staff of one level counted in the clause before are theirs.)
      if (members.length >= 2 && members.every((m) => m.degree && !m.tier) && !LEVEL_ONE.test(label)) {
        const before = clauseBefore(f, slot.from);
        const levels = STAFF.test(before) ? new Set([...before.matchAll(LEVEL)].map((m) => TIER_OF[m[1]!]!)) : new Set<Tier>();
        if (levels.size === 1) members = members.map((m) => ({ ...m, tier: [...levels][0]! }));
      }
      if (members.length < 2) continue;
      if (count !== members.length || slot.k >= count) continue;
      const m = members[slot.k]!;
      const dims = { ...(m.tier ? { tier: m.tier } : {}), ...(m.degree ? { degree: m.degree } : {}), ...(m.level ? { level: m.level } : {}) };
      ctx.emit({ metric: m.metric, value: n.value, range: [n.start, n.end], ...(Object.keys(dims).length ? { dimensions: dims } : {}), confidence: 0.9 });
    }
  },
});
