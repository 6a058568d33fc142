import { fold } from '../../text/normalize.ts';
import { clauseStart, foldedBefore, inOtherPeriodBracket, inParens, lastSentence, lastTierIn, NOUN, postsBeforePresent, PAID_POSTS, TIER_OF, tierOf, withoutSpelledOut, type Tier } from '../figure-context.ts';
import { withoutSectorTraining } from '../dimensions/degree.ts';
import { leadInFigure, levelItemTier } from '../lead-in.ts';
import { defineRule, type RuleContext } from '../rule.ts';
import { blockIndex } from '../dossier/document.ts';

/** The staff nouns a head count is written with ("66 công chức, viên chức và lao động hợp đồng", "42 CC, VC và NLĐ"). */
// ("CB, CC": cán bộ, công chức abbreviated.)
/** "Tổng số cán bộ, công chức (cấp xã):" labelling the figure right after it. */
// ("Cán bộ, công chức cấp xã: 412/428 người": the staff nouns and their level alone as the label, likewise.)
const FRACTION_LABEL =
  /^\W*(?:tong so (?:luong )?(?:can bo|cong chuc|vien chuc|cbcc|cbccvc|ccvc)\b[^;:\d]*|(?:so (?:luong )?)?(?:can bo|cong chuc|vien chuc)(?:\s*(?:,|va)\s*(?:cong chuc|vien chuc))*(?:\s+(?:cap (?:tinh|huyen|xa|phuong)|(?:cac )?(?:xa|phuong|thi tran)(?:,? (?:xa|phuong|thi tran))*))?\s*)(?::|\bla)\s*$/;
const STAFF = String.raw`(?:cb,? ?cc,? ?vc|cb,? ?cc|cc,? ?vc|nld|can bo|cong chuc|vien chuc|cbccvc|cbcc|ccvc|nguoi lao dong|lao dong hop dong|hop dong lao dong|nguoi lam viec)`;
/** "… có 363 cán bộ, công chức", "tổng số 66 công chức …": the figure then the staff nouns. */
const STAFF_AFTER = new RegExp(String.raw`^\s*${STAFF}\b`);
/** "tổng số cán bộ, công chức … (hiện nay) là 12.494 người". */
/** What may follow the staff nouns of a head count before its clause ends. */
const STAFF_LIST = new RegExp(String.raw`^(?:\s*(?:,|va)\s*${STAFF}\b)*`);
// ("312 công chức xã.", "142 cán bộ, công chức phường;": the communes' staff without "cấp".)
// ("198 công chức cấp thị xã và 236 …": a town's or city's own level, as "cấp huyện".)
const CLOSES = new RegExp(String.raw`^(?:\s+(?:cap (?:tinh|huyen|thi xa|thanh pho|quan|xa)|(?:cac )?(?:xa|phuong|thi tran)(?:,? (?:phuong|thi tran))?|toan (?:tinh|huyen|quan|thi xa|thanh pho|tp)|hien nay|cua [a-z& ]{2,30}?|dang cong tac|lam viec))*\s*(?:[.;,(”"]|\btrong do\b|$)`);
const PEOPLE_AFTER = new RegExp(String.raw`^\s*${NOUN.staff}\b`);
const STAFF_IN = new RegExp(String.raw`\b${STAFF}\b`);
// ("Số người làm việc tại Ban Quản lý … là 52 người": the people working at a body, with no "tổng số".)
const TOTAL_LEAD = new RegExp(String.raw`\b(?:tong so|so luong)\b(?:\s+(?:${STAFF}|,|va|\s))*|^\W*so (?=nguoi lam viec\b)`);
/** "Tổng số công chức, viên chức 29 người": after the last staff noun only a level, a scope or "hiện có" before the figure. */
const NOUNS_CLOSE = /^(?:\s+(?:cap (?:tinh|huyen|thi xa|thanh pho|quan|xa)|toan (?:tinh|huyen|quan|thi xa|thanh pho|tp|xa|so)|hien (?:nay|co)))*\s*$/;
/**
 * "- Số cán bộ, công chức cấp xã: 378 người": an item that opens on the staff nouns alone (and a tier
 * or scope), then its figure. Any other word between (có mặt, nữ, được đào tạo) makes it a part or a quota.
 */
const LABEL_ONLY = new RegExp(
  String.raw`^\W*so (?:${STAFF}|,|va|\s)+(?:(?:cap (?:tinh|huyen|thi xa|thanh pho|quan|xa)|toan (?:tinh|huyen|quan|thi xa|thanh pho|tp|xa)|hien (?:nay|co)|cua (?:so|huyen|quan(?! ly)|thi xa|thanh pho|xa|phuong|tinh|don vi|co quan))\s*)*(?::|\bla)\s*(?:(?:hon|tren|gan|khoang)\s*)?$`,
);
/**
 * "Đội ngũ cán bộ, công chức, viên chức của huyện hiện có 2.156 người": the staff nouns as the subject,
 * with only their owner, tier or scope between them and "có" / "là" ("Công chức phường hiện có 18 người"; "Số cán bộ, công chức
 * các xã, thị trấn hiện có 318 người").
 */
const SUBJECT_LEAD = new RegExp(
  String.raw`(?:^\W*(?:so (?:luong )?)?|\bdoi ngu\s+)${STAFF}(?:\s*(?:,|va)\s*${STAFF})*(?:\s+su nghiep)?(?:\s+(?:cua|thuoc) (?:(?:so|huyen|quan(?! ly)|xa|phuong|tinh|thanh pho|thi xa|don vi|co quan|trung tam)\b(?: [a-z]+){0,2}?|(?:benh vien|truong|ban quan ly|chi cuc|van phong|vien)\b(?: [a-z]+){0,6}?)|\s+cap (?:tinh|huyen|thi xa|thanh pho|quan|xa)|\s+(?:cac )?(?:xa|phuong|thi tran)(?:\s*(?:,|\/|va)\s*(?:xa|phuong|thi tran))*|\s+toan (?:tinh|huyen|quan|thi xa|thanh pho|tp))*\s+(?:hien (?:nay )?)?(?:co|la|gom)\s*(?:(?:hon|tren|gan|khoang)\s*)?$`,
);
/**
 * "Cán bộ, công chức xã: tổng số 22 người", "Về đội ngũ công chức cấp xã của thị xã: tổng số 214 người": the staff
 * nouns as a label (with their level and owner), then "tổng số" and the figure.
 */
const LABEL_TOTAL = new RegExp(
  String.raw`^\W*(?:ve\s+)?(?:so (?:luong )?|doi ngu )?${STAFF}(?:\s*(?:,|va)\s*${STAFF})*(?:\s+(?:cap )?(?:tinh|huyen|xa|phuong|thi tran|so|phong|don vi)|\s+(?:cua|thuoc) [a-z ]{1,25}?){0,2}\s*:\s*tong so\s*(?:la\s*)?(?:(?:hon|tren|gan|khoang)\s*)?$`,
);
/** "(Về) trình độ chuyên môn của", "cơ cấu theo trình độ của": a breakdown announced of the head count that follows. */
const BREAKDOWN_OF = /\b(?:trinh do|co cau|phan loai)\b[^;:\d]{0,40}\bcua\s*$/;
/** After the whole's staff nouns: the body they work at, or their level and area, then the colon opening the breakdown. */
const BREAKDOWN_WHOLE_END =
  /^(?:\s+cap (?:tinh|huyen|xa|phuong|quan|thi xa|thanh pho))?(?:\s+(?:(?:cua|thuoc|tai)\s+)?(?:van phong|so|phong|ubnd|uy ban|trung tam|ban|chi cuc|co quan|don vi|tinh|huyen|quan|thi xa|thanh pho)\b[a-z& ]{0,40}?)?\s*(?:hien (?:nay|co)\s*)?:/;
/** "Sở có 05 phòng chuyên môn, 03 đơn vị sự nghiệp trực thuộc;": a clause listing what a body has, ending on ";". */
const HAS_PARTS_BEFORE = /^[^;.]*\bco\s+\d[^;.]*\b(?:phong|don vi|chi cuc|trung tam)\b[^;.]*;$/;
/** After the staff nouns (and their owner), a verb of something they did or underwent. */
const DOING = /^(?:\s+(?:cua|thuoc|tai) [a-z ]{1,30}?)?\s+(?:da duoc|duoc|da|dang|bi)\s+(?!lam viec|cong tac)[a-z]/;
/** A trait that picks a subset of the staff out (women, party members, leaders, those assessed or up to standard). */
/** (… or a task: "cán bộ đầu mối kiểm soát TTHC", "công chức tiếp nhận hồ sơ", "tham gia giải quyết TTHC"; or a change they went through: "nghỉ việc", "tuyển dụng".) */
const SUBSET_TRAIT = /\b(?:nghi viec|nghi huu|thoi viec|tuyen dung|dieu dong|luan chuyen|tinh gian|nu|dang vien|dan toc|giu chuc vu|lanh dao|(?<!ban )quan ly|duoc|da|dat chuan|co trinh do|tre tuoi|dau moi|kiem soat|tiep nhan|tham gia|mot cua)\b/;

/** A sentence stating a head count: "tổng số" or "có", the staff nouns, a figure of people — and no training, discipline or quota. */
const PRIOR_TOTAL = new RegExp(
  String.raw`^(?![^.]*\b(?:dao tao|boi duong|tap huan|ky luat|bien che|duoc giao|co mat|tuyen dung)\b)[^.]*\b(?:tong so|co)\b[^.;]*?\b${STAFF}\b[^.;]*?\d[\d.]*\s*(?:nguoi|${STAFF})\b`,
);

/** The end of the last staff noun in a folded text. */
function lastStaffEnd(text: string): number {
  const all = [...text.matchAll(new RegExp(String.raw`\b${STAFF}\b`, 'g'))];
  const last = all.at(-1);
  return last ? last.index + last[0].length : 0;
}

/** After a head count's staff nouns: its level, then "và" another count of staff of another level. */
const TIER_PAIR = new RegExp(String.raw`^\s+cap (?:tinh|huyen|thi xa|thanh pho|quan|xa)\s+va\s+\d[\d.]*\s+${STAFF}(?:\s*(?:,|va)\s*${STAFF})*\s+cap (?:tinh|huyen|thi xa|thanh pho|quan|xa)\b`);
/** Between a head count's staff nouns and the next figure: its tiers, then "và" or a comma. */
/** Contract workers named right after a figure. */
const CONTRACT_WORKERS = /^\s*(?:nguoi lao dong|lao dong hop dong|hop dong lao dong|nld)\b/;
const COORDINATED = /^(?:\s+cap (?:tinh|huyen|thi xa|thanh pho|quan|xa)(?:\s*(?:,|va)\s*cap (?:tinh|huyen|thi xa|thanh pho|quan|xa))*)?\s*(?:,|\bva)\s*$/;
/** "Đội ngũ công chức Trung tâm Phục vụ hành chính công: 18 người": the staff nouns and their body as a label. */
// ("Công chức của Sở: 23 người", "Cán bộ, công chức của 07 phường: 146 người": the staff nouns and their owner, without "đội ngũ", likewise.)
// ("Cán bộ, công chức xã: 21 người", "Công chức cấp huyện: 186 người": the staff nouns and their level alone, likewise.)
const CORPS_LABEL = new RegExp(String.raw`^\W*(?:doi ngu (?=${STAFF})|(?=${STAFF}(?:\s*(?:,|va)\s*${STAFF})* (?:cua|thuoc) )|(?=${STAFF}(?:\s*(?:,|va)\s*${STAFF})* (?:cap (?:tinh|huyen|xa|phuong)|(?:cac )?(?:xa|phuong|thi tran)(?:,? (?:xa|phuong|thi tran))*)\s*:))${STAFF}(?:\s*(?:,|va)\s*${STAFF})*((?:,? [a-z&-]+| \d{1,3}(?= [a-z])){0,10})\s*:\s*(?:(?:hon|tren|gan|khoang)\s*)?$`);
/** "Tổng số CBCCVC: 120;": the staff nouns labelling a bare head count. */
const TOTAL_LABEL = new RegExp(String.raw`^\W*(?:tong so|so luong) ${STAFF}(?:\s*(?:,|va)\s*${STAFF})*(?:\s+(?:hien co|hien nay|cua [a-z ]{1,25}?))?\s*:\s*$`);
/** "Tổng số: 09 người": a bare total, its people named only by the line or heading above. */
const BARE_TOTAL = /^\W*tong so\s*:\s*$/;
/** A title naming the staff (and no quota, training, discipline or recruitment). */
const STAFF_TITLE = new RegExp(String.raw`^(?![^.]*\b(?:dao tao|boi duong|tap huan|ky luat|bien che|duoc giao|chi tieu|tuyen dung|co mat|nghi|tinh gian)\b)[^.\d]*\b${STAFF}\b[^.\d]*$`);

/** The block right before this one (a line above without a figure), or the innermost heading, names the staff. */
function staffTitled(ctx: RuleContext): boolean {
  const blocks = ctx.blocks ?? [];
  const at = blockIndex(blocks, ctx.block);
  const prev = at > 0 ? fold(blocks[at - 1]!.text) : '';
  return STAFF_TITLE.test(prev.trim()) || STAFF_TITLE.test(ctx.headings[0] ?? '') || STAFF_TITLE.test(ctx.leadIn?.folded ?? '');
}

/** "Cán bộ, công chức cấp huyện 412 người": the staff nouns and their level as a verbless label. Group 1: the level. */
const TIER_LABEL = new RegExp(String.raw`^\W*${STAFF}(?:\s*(?:,|va)\s*${STAFF})*\s+cap (tinh|huyen|xa)\s*:?\s*$`);
/** "…412 người, cấp xã 655 người": a further level after a head count by level. Group 1: the level. */
const NEXT_TIER = /^\s*nguoi\s*(?:,|;|\bva)\s*cap (tinh|huyen|xa)\s*:?\s*$/;
/** "Toàn Sở hiện có 87 người", "Trung tâm có 35 người": an agency as the subject of a count of people. */
const AGENCY_HAS = /^\W*(?:toan |hien nay,? )?(?:so|chi cuc|trung tam|van phong|ban quan ly|phong|don vi|co quan)(?: [a-z&]+){0,6}? (?:hien (?:nay )?)?co\s*$/;
/** … whose people are then broken down by staff nouns ("…, gồm: 29 công chức, 51 viên chức", "(12 công chức, …)"). */
/** "… công chức cấp xã", "… cán bộ, công chức cấp huyện" right after a part's figure, ending its clause. */
const LEVEL_AFTER_NOUN = /^\s*(?:can bo|cong chuc|vien chuc|nguoi|cbcc|cbccvc)(?:,?\s*(?:va\s+)?(?:can bo|cong chuc|vien chuc))*\s+cap (tinh|huyen|xa|phuong|quan)\s*(?:[.;,)]|$)/;
/**
 * A clause after ";" opening on the staff counted, with no head count before it in the sentence ("… gồm Giám đốc, 02 Phó Giám
 * đốc và 04 phòng nghiệp vụ; số viên chức, người lao động hiện có là 38 người"): its own whole, not a part after "gồm".
 */
const OWN_WHOLE_OPENING = /^\W*so (?:luong )?(?:can bo|cong chuc|vien chuc)\b/;
const STAFF_BREAKDOWN = new RegExp(String.raw`^\s*nguoi\s*(?:,?\s*(?:gom|trong do|bao gom|cu the)\s*:?|\(|:)[^;.]{0,30}?\b${STAFF}\b`);
/** "có 05 phòng … với 27 công chức": the staff an agency described by its structure works with. */
const WITH_STAFF = /\bco\b[^;.]*\bvoi\s*(?:(?:hon|tren|gan|khoang)\s*)?$/;

/** A quota, not a head count ("số lượng người làm việc được giao là 41"); "giao" not in "Sở Giao thông vận tải", "giáo dục". */
const QUOTA = /\b(?:giao(?! (?:duc|thong|dich|luu|tiep|nhan|ban|vien))|bien che|ke hoach|phe duyet|chi tieu|toi da|theo quy dinh|dinh bien|dinh muc)\b/;

/** An average per body before the figure ("bình quân mỗi xã có", "trung bình mỗi phòng"). */
const AVERAGE = /\b(?:binh quan|trung binh|moi (?:xa|phuong|thi tran|huyen|don vi|co quan|phong))\b/;
/** "… (tổng số 71 người)", "(tổng cộng: 71 người)": a head count bracketed right after the staff it counts. */
const BRACKET_TOTAL = /\(\s*tong (?:so|cong)\s*(?::|\bla)?\s*(?:(?:hon|tren|gan|khoang)\s*)?$/;

/** A lead-in about the posts assigned ("Biên chế được giao năm 2024:"). */
const ASSIGNED_LEAD = /\b(?:bien che|nguoi lam viec|chi tieu)\b[^.:]*\b(?:duoc )?(?:giao|phan bo|phe duyet)\b(?! (?:duc|thong|dich|luu|tiep|nhan|ban|vien))/;

/** What follows the last comma that opens a "số …" label ("…là 186 người, số công chức cấp xã là" → "số công chức cấp xã là"). */
function afterComma(left: string): string {
  const at = left.search(/,\s*so\b(?!.*,\s*so\b)/);
  return at < 0 ? '' : left.slice(at + 1);
}

/** The rest of a figure's clause: up to the next comma, ";", "(" or sentence end. */
function ownRight(f: string, end: number): string {
  const right = f.slice(end, end + 60);
  const cut = right.search(/[,;(]|\.(?!\d)/);
  return cut < 0 ? right : right.slice(0, cut);
}

export default defineRule({
  id: 'staff-total',
  description:
    'Head count of an agency: "tổng số 66 công chức, viên chức và lao động hợp đồng", "huyện có 363 cán bộ, công chức", ' +
    '"tổng số cán bộ, công chức … là 12.494 người". Parts after "trong đó" are not the total.',
  examples: {
    valid: [
      {
        // The staff of an urban district ("quận") named as the label's owner, as a rural one's.
        text: 'Số cán bộ, công chức của quận là 162 người.',
        records: [{ metric: 'staff.total', value: 162 }],
      },
      {
        // The staff counted after ";" past a structure listed with "gồm": their own whole.
        text: 'Bộ máy của Ban gồm Trưởng ban, 01 Phó Trưởng ban và 03 phòng chuyên môn; số công chức, người lao động hiện có là 27 người.',
        records: [{ metric: 'staff.total', value: 27 }],
      },
      {
        // The staff label after a date set off by a comma, their owner named by its place.
        text: 'Tính đến ngày 30/6/2016, số cán bộ, công chức cấp xã của thị xã Sơn Tây là 338 người.',
        records: [{ metric: 'staff.total', value: 338, dimensions: { tier: 'commune' } }],
      },
      {
        // The whole a breakdown is of, its level and province after the staff nouns.
        text: 'Trình độ chuyên môn của 2.306 cán bộ, công chức cấp xã tỉnh Hòa Bình: đại học 1.870 người, cao đẳng 212 người.',
        records: [{ metric: 'staff.total', value: 2306, dimensions: { tier: 'commune' } }],
      },
      {
        // A head count closing a quotation.
        text: 'Giám đốc Sở cho biết: “Sở có 6 phòng và 2 đơn vị trực thuộc với 97 công chức, viên chức”.',
        records: [{ metric: 'staff.total', value: 97 }],
      },
      {
        // A part after "trong đó" with its level written after its noun.
        text: 'Hiện huyện có 486 cán bộ, công chức, trong đó 301 cán bộ, công chức cấp xã.',
        records: [
          { metric: 'staff.total', value: 486 },
          { metric: 'staff.total', value: 301, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The whole a breakdown is of, its body named after the staff nouns.
        text: 'Cơ cấu trình độ của 48 công chức, viên chức Sở Tư pháp: 01 tiến sĩ, 15 thạc sĩ, 32 đại học.',
        records: [{ metric: 'staff.total', value: 48 }],
      },
      {
        // A bare "Tổng số: N người" under a line that names the staff.
        before: 'Tình hình cán bộ, công chức của Phòng Tư pháp huyện',
        text: 'Tổng số: 07 người (Trưởng phòng 01, Phó Trưởng phòng 01, chuyên viên 05).',
        records: [{ metric: 'staff.total', value: 7 }],
      },
      {
        // The staff nouns and their level alone labelling a head count, or a fraction of the posts set for them.
        text: 'Cán bộ, công chức cấp huyện: 186 người; công chức cấp xã: 402/418 người.',
        records: [
          { metric: 'staff.total', value: 186, dimensions: { tier: 'district' } },
          { metric: 'staff.total', value: 402, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The head count bracketed after the staff it counts, before their breakdown.
        text: 'Trình độ đào tạo của cán bộ, công chức, viên chức tại Văn phòng Sở (tổng số 38 người): thạc sĩ 11 người, đại học 27 người.',
        records: [{ metric: 'staff.total', value: 38 }],
      },
      {
        // The communes' staff without "cấp" after the figure.
        text: 'Toàn huyện có 298 công chức xã.',
        records: [{ metric: 'staff.total', value: 298, dimensions: { tier: 'commune' } }],
      },
      {
        // The staff nouns with their commune or ward as the subject of "hiện có".
        text: 'Công chức phường hiện có 19 người, trong đó thạc sĩ 04 người.',
        records: [{ metric: 'staff.total', value: 19 }],
      },
      {
        // The communes' staff named 'cán bộ, công chức xã, thị trấn', without 'cấp'.
        text: 'Tổng số cán bộ, công chức xã, thị trấn của huyện hiện có là 402 người.',
        records: [{ metric: 'staff.total', value: 402, dimensions: { tier: 'commune' } }],
      },
      {
        // The staff after ";" in a list of what the body has.
        text: 'Chi cục có 04 phòng nghiệp vụ, 02 trạm trực thuộc; 57 công chức, viên chức và hợp đồng lao động.',
        records: [{ metric: 'staff.total', value: 57 }],
      },
      {
        // A lettered item under a lead-in: the runner reads it after its marker.
        before: 'Tình hình tổ chức bộ máy, biên chế của Sở như sau:',
        text: 'a) Công chức, viên chức và người lao động: tổng số 52 người;',
        records: [{ metric: 'staff.total', value: 52 }],
      },
      {
        text: 'Hiện nay Chi cục có 46 công chức, viên chức; trong năm đã cử 12 lượt công chức đi bồi dưỡng.',
        records: [{ metric: 'staff.total', value: 46 }],
      },
      {
        text: 'Phòng Nội vụ có 4 phòng chuyên môn với tổng số 52 công chức, viên chức và người lao động.',
        records: [{ metric: 'staff.total', value: 52 }],
      },
      {
        text: 'Tổng số cán bộ, công chức, viên chức của Sở hiện nay là 148 người; tổng số người làm việc tại Trung tâm là 40 người.',
        records: [
          { metric: 'staff.total', value: 148 },
          { metric: 'staff.total', value: 40 },
        ],
      },
      {
        // Two labelled head counts of two levels, the second after a comma.
        text: 'Số cán bộ, công chức cấp huyện là 240 người, số công chức cấp xã là 515 người.',
        records: [
          { metric: 'staff.total', value: 240, dimensions: { tier: 'district' } },
          { metric: 'staff.total', value: 515, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Đến cuối năm, thị xã có 210 cán bộ, công chức cấp xã.',
        records: [{ metric: 'staff.total', value: 210, dimensions: { tier: 'commune' } }],
      },
      {
        text: 'Tổng số cán bộ, công chức toàn tỉnh là 900 người, trong đó người dân tộc thiểu số có 300 người.',
        records: [{ metric: 'staff.total', value: 900 }],
      },
      {
        text: 'Đến hết năm, tổng số công chức, viên chức của huyện là 3.118 người, tăng 42 người so với năm trước.',
        records: [{ metric: 'staff.total', value: 3118 }],
      },
      {
        text: 'Tổng số cán bộ, công chức cấp xã toàn huyện có hơn 1.200 người.',
        records: [{ metric: 'staff.total', value: 1200, dimensions: { tier: 'commune' }, qualifier: 'over' }],
      },
      {
        text: 'Tổng số người làm việc hiện có: 64 người (công chức: 21 người; viên chức: 38 người; hợp đồng lao động: 05 người).',
        records: [{ metric: 'staff.total', value: 64 }],
      },
      {
        text: 'Số lượng cán bộ, công chức, viên chức hiện có của Trung tâm là 57 người, trong đó: công chức 15 người, viên chức 42 người.',
        records: [{ metric: 'staff.total', value: 57 }],
      },
      {
        text: 'Huyện có 268 cán bộ, công chức, trong đó cấp huyện 104 người, cấp xã 164 người.',
        records: [
          { metric: 'staff.total', value: 268 },
          { metric: 'staff.total', value: 104, dimensions: { tier: 'district' } },
          { metric: 'staff.total', value: 164, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // Parts by level written with thousands points.
        text: 'Toàn tỉnh có 12.640 cán bộ, công chức, viên chức; trong đó cấp tỉnh 2.105 người, cấp huyện 8.320 người, cấp xã 2.215 người.',
        records: [
          { metric: 'staff.total', value: 12640 },
          { metric: 'staff.total', value: 2105, dimensions: { tier: 'province' } },
          { metric: 'staff.total', value: 8320, dimensions: { tier: 'district' } },
          { metric: 'staff.total', value: 2215, dimensions: { tier: 'commune' } },
        ],
      },
      {
        before: 'Tình hình đội ngũ:',
        text: '- Số cán bộ, công chức cấp xã: 245 người;',
        records: [{ metric: 'staff.total', value: 245, dimensions: { tier: 'commune' } }],
      },
      {
        text: 'UBND phường có 21 cán bộ, công chức và 09 người hoạt động không chuyên trách.',
        records: [{ metric: 'staff.total', value: 21 }],
      },
      {
        text: 'Viên chức sự nghiệp của Sở gồm 76 người, trong đó viên chức quản lý 09 người.',
        records: [{ metric: 'staff.total', value: 76 }],
      },
      {
        // The corps counted as the subject of an assessment; not the part of it doing one task.
        text: 'Đội ngũ 19 cán bộ, công chức của xã cơ bản đáp ứng yêu cầu; đội ngũ 04 công chức làm công tác một cửa còn kiêm nhiệm.',
        records: [{ metric: 'staff.total', value: 19 }],
      },
      {
        text: 'UBND thị trấn có 22 cán bộ, công chức, 100% có trình độ đại học trở lên.',
        records: [{ metric: 'staff.total', value: 22 }],
      },
      {
        text: 'Trung tâm có tổng số 46 CB, CC, VC và người lao động.',
        records: [{ metric: 'staff.total', value: 46 }],
      },
      {
        text: 'Đội ngũ cán bộ, công chức, viên chức của thị xã hiện có 1.348 người, trong đó thạc sĩ 52 người.',
        records: [{ metric: 'staff.total', value: 1348 }],
      },
      {
        text: 'Toàn thị xã có 860 cán bộ, công chức, viên chức (cấp huyện 612 người, cấp xã 248 người).',
        records: [
          { metric: 'staff.total', value: 860 },
          { metric: 'staff.total', value: 612, dimensions: { tier: 'district' } },
          { metric: 'staff.total', value: 248, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Toàn huyện có 412 công chức cấp huyện và 655 cán bộ, công chức cấp xã.',
        records: [
          { metric: 'staff.total', value: 412, dimensions: { tier: 'district' } },
          { metric: 'staff.total', value: 655, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // "Đào tạo" in the agency's name is no training.
        text: 'Tổng số công chức của Sở Giáo dục và Đào tạo là 61 người, trong đó thạc sĩ 19 người.',
        records: [{ metric: 'staff.total', value: 61 }],
      },
      {
        // "Giao" in the agency's name is not a quota ("được giao").
        text: 'Tổng số công chức, viên chức của Sở Giao thông vận tải là 95 người; Sở có 05 phòng chuyên môn.',
        records: [{ metric: 'staff.total', value: 95 }],
      },
      {
        text: 'Tổng số CBCCVC: 96; công chức: 31; viên chức: 60; hợp đồng lao động: 05.',
        records: [{ metric: 'staff.total', value: 96 }],
      },
      {
        text: 'Cán bộ, công chức cấp huyện 388 người, cấp xã 702 người.',
        records: [
          { metric: 'staff.total', value: 388, dimensions: { tier: 'district' } },
          { metric: 'staff.total', value: 702, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Sở hiện có tổng cộng 58 người làm việc, trong đó 24 công chức, 30 viên chức và 04 hợp đồng lao động.',
        records: [{ metric: 'staff.total', value: 58 }],
      },
      {
        // The items of a head count's lead-in, labelled by level.
        before: 'Tổng số cán bộ, công chức toàn tỉnh là 5.120 người, trong đó:',
        text: '+ Cấp xã: 2.964 người;',
        records: [{ metric: 'staff.total', value: 2964, dimensions: { tier: 'commune' } }],
      },
      {
        // The staff of a named public-service body as the subject.
        text: 'Đội ngũ viên chức của Bệnh viện Y dược cổ truyền tỉnh có 312 người, trong đó thạc sĩ 28 người.',
        records: [{ metric: 'staff.total', value: 312 }],
      },
      {
        // "Đội ngũ" and the staff nouns of a body as the label of its head count.
        text: 'Đội ngũ công chức Văn phòng Đăng ký đất đai: 36 người, trong đó thạc sĩ 05 người.',
        records: [{ metric: 'staff.total', value: 36 }],
      },
      {
        // The agency as the subject, its people broken down by staff nouns after them.
        text: 'Toàn Sở hiện có 64 người, gồm: 21 công chức, 38 viên chức và 05 lao động hợp đồng.',
        records: [{ metric: 'staff.total', value: 64 }],
      },
      {
        // The staff an agency works with, after its structure ("có … với N công chức"); "Giám sát" is no reduction.
        text: 'Trung tâm có 04 phòng (Phòng Tiếp nhận, Phòng Giám sát, Phòng Tổng hợp, Phòng Công nghệ) với 31 công chức, viên chức và 06 nhân viên bưu điện.',
        records: [{ metric: 'staff.total', value: 31 }],
      },
      {
        // The staff nouns as a label, then "tổng số".
        text: 'Công chức, viên chức của Sở: tổng số 57 người, trong đó đại học 41 người.',
        records: [{ metric: 'staff.total', value: 57 }],
      },
      {
        // "Đội ngũ" before the label, and both a level and an owner after the staff nouns.
        text: 'Đội ngũ cán bộ, công chức cấp xã của huyện: tổng số 318 người, trong đó nữ 97 người.',
        records: [{ metric: 'staff.total', value: 318, dimensions: { tier: 'commune' } }],
      },
      {
        // "Tổng số" and the staff nouns, then the figure with no "là" or colon.
        text: 'Tổng số viên chức, người lao động 44 người, trong đó nữ 25 người.',
        records: [{ metric: 'staff.total', value: 44 }],
      },
      {
        // A clause opening on "tổng số" after ";" states its own whole, though "gồm" opened the sentence.
        text: 'Trung tâm gồm Ban Giám đốc và 03 phòng nghiệp vụ; tổng số 29 viên chức.',
        records: [{ metric: 'staff.total', value: 29 }],
      },
      {
        // The staff nouns abbreviated.
        text: 'Đến nay, Văn phòng có 36 CC, VC và NLĐ.',
        records: [{ metric: 'staff.total', value: 36 }],
      },
      {
        // The people working at a body, without "tổng số".
        text: 'Số người làm việc tại Văn phòng UBND huyện hiện nay là 31 người.',
        records: [{ metric: 'staff.total', value: 31 }],
      },
      {
        // The parts by level in the next sentence, opening on "Trong đó", a clause each.
        text: 'Tổng số cán bộ, công chức toàn thị xã: 702 người. Trong đó: cấp huyện 266 người; cấp xã 436 người.',
        records: [
          { metric: 'staff.total', value: 702 },
          { metric: 'staff.total', value: 266, dimensions: { tier: 'district' } },
          { metric: 'staff.total', value: 436, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The parts after "gồm" in the clause that opened on "tổng số" are no totals.
        text: 'Tổng số người làm việc tại Văn phòng Đăng ký đất đai là 64 người, gồm 58 viên chức và 06 hợp đồng lao động.',
        records: [{ metric: 'staff.total', value: 64 }],
      },
      {
        // A fraction under a head count's own label states that count.
        text: 'Tổng số cán bộ, công chức cấp xã: 287/301 người (đạt 95,3% so với số lượng được giao).',
        records: [{ metric: 'staff.total', value: 287, dimensions: { tier: 'commune' } }],
      },
      {
        // A bare figure under a label naming the staff there are.
        before: 'Tình hình tổ chức bộ máy, nhân sự của Sở:',
        text: '- Số cán bộ, công chức, viên chức hiện có: 74;',
        records: [{ metric: 'staff.total', value: 74 }],
      },
      {
        // Contract workers named beside the staff are another category, no head count of their own.
        text: 'Trung tâm hiện có 19 viên chức và 04 lao động hợp đồng.',
        records: [{ metric: 'staff.total', value: 19 }],
      },
    ],
    invalid: [
      // (A bare total under a line about training, or about something other than the staff.)
      { before: 'Công tác đào tạo, bồi dưỡng cán bộ, công chức', text: 'Tổng số: 250 người.' },
      { before: 'Kết quả tiếp công dân', text: 'Tổng số: 42 người.' },
      { text: 'Tổng số công chức nữ 17 người.' },
      { text: 'Số lượng CBCCVC thôi việc theo Nghị định 29/2023/NĐ-CP: 04 người.' },
      { text: 'Kết quả bồi dưỡng năm 2024: ngạch chuyên viên chính 05; ngạch chuyên viên 11; tổng số 16 công chức.' },
      { text: 'Trung bình mỗi phường có 23 cán bộ, công chức.' },
      { before: 'Số lượng người làm việc được giao năm 2025:', text: '- Tổng số người làm việc tại các trường học: 486 người.' },
      { text: 'Số người làm việc được giao tại Sở là 60 người.' },
      { text: 'Năm 2024 huyện cử 12 công chức đi bồi dưỡng. Trong đó: cấp huyện 4 người; cấp xã 8 người.' },
      { before: 'Năm 2024, tỉnh đã bồi dưỡng 3.400 lượt người, trong đó:', text: '+ Cấp xã: 1.950 người;' },
      { text: 'Trung tâm có 35 người đến làm thủ tục trong buổi sáng.' },
      { text: 'Đội ngũ công chức nữ giữ chức vụ lãnh đạo: 12 người.' },
      { text: 'Tổng số cán bộ đầu mối kiểm soát TTHC: 42 người.' },
      { text: 'Phòng có 04 bàn tiếp nhận với 12 máy tính phục vụ người dân.' },
      { text: 'Số lượng người làm việc được giao năm 2024 là 41 người.' },
      { text: '- Số công chức nữ: 36 người;' },
      { text: '- Số cán bộ, công chức có mặt: 40 người;' },
      { text: 'Văn phòng có 18 công chức, 6 viên chức và 3 lao động hợp đồng.' },
      { text: 'Trong đó có 5 công chức chuyên trách và 3 viên chức thuộc ngành dọc.' },
      { text: 'Đã có 120 lượt cán bộ, công chức được bồi dưỡng kiến thức quản lý nhà nước.' },
      { text: 'Năm nay tỉnh giảm 15 công chức so với năm trước.' },
      { text: 'Tổng số 860 công chức của tỉnh đã được cấp chứng thư số cá nhân.' },
      { text: 'Số lượng cán bộ, công chức cấp xã theo quy định của phường là 23 người.' },
      { text: 'Tổng số cán bộ, công chức, viên chức nữ giữ chức vụ lãnh đạo, quản lý là 98 người.' },
    ],
  },
  // (An item labelled only by a level, "+ Cấp xã: 2.964 người;", names no staff: the lead-in does; nor "Trong đó: cấp huyện …" after a head count.)
  cue: /can bo|cong chuc|vien chuc|cbcc|cb,? ?cc|cc,? ?vc|\bnld\b|lao dong|nguoi lam viec|^\W*(?:cap |trong do\b|tong so\s*:\s*\d)/,
  match(ctx) {
    const f = withoutSectorTraining(withoutSpelledOut(ctx.folded));
    let total = false;
    /** Where the staff nouns of the last head count end (-1: none, or not written after it). */
    let lastTotalEnd = -1;
    // "Tổng số cán bộ, công chức toàn tỉnh là 7.067 người, trong đó:" then "+ Cấp tỉnh: 1.245 người;": the head count's parts by level.
    const leadTotal = leadInFigure(ctx.leadIn, (m) => m === 'staff.total');
    /** The last head count with a level, for a further level labelled after it. */
    let levelled: { end: number } | null = null;
    // "Tổng số cán bộ, công chức toàn huyện: 1.284 người. Trong đó: …": a sentence opening on "trong đó" after a head count.
    const priorTotal = /^\W*trong do\b/.test(f) && PRIOR_TOTAL.test(lastSentence(foldedBefore(ctx.block.text, ctx.text, fold)));
    // "Biên chế được giao năm 2024:" then "- Số lượng người làm việc …: 156 người.": the items of a lead-in about the quota assigned.
    const assignedLead = ctx.leadIn !== null && ASSIGNED_LEAD.test(ctx.leadIn.folded);
    for (const n of ctx.numbers) {
      // ("(năm 2023: 128 dự thảo)", "(cùng kỳ năm trước: 15)": a bracket of another period's figures is no record of this one.)
      if (inOtherPeriodBracket(f, n.start)) continue;
      // "Tổng số cán bộ, công chức cấp xã: 312/330 người": a fraction under a head count's own label states that count (its
      // denominator a whole of some other kind).
      if (n.denominator !== undefined && !n.percent && FRACTION_LABEL.test(f.slice(clauseStart(f, n.start, ';'), n.start)) && /^\s*(?:nguoi|can bo|cong chuc)?\s*(?:[;,.(]|$)/.test(f.slice(n.end))) {
        const tier = lastTierIn(f.slice(clauseStart(f, n.start, ';'), n.start));
        ctx.emit({ metric: 'staff.total', value: n.value, range: [n.start, n.end], ...(tier ? { dimensions: { tier } } : {}), ...(n.qualifier ? { qualifier: n.qualifier } : {}) });
        continue;
      }
      if (n.percent || n.form === 'zero-phrase' || n.denominator !== undefined) continue;
      if (assignedLead && !/\b(?:hien co|co mat|thuc co|thuc te)\b/.test(f.slice(0, n.start))) continue;
      // ("bình quân mỗi xã có 21 cán bộ, công chức": an average per body, not a head count.)
      if (AVERAGE.test(f.slice(clauseStart(f, n.start, ';,'), n.start))) continue;
      const tierItem = leadTotal ? levelItemTier(f.slice(0, n.start)) : undefined;
      if (tierItem && /^\s*(?:nguoi|can bo|cong chuc|cbcc|cbccvc)?\s*[;.,]?\s*$/.test(f.slice(n.end))) {
        ctx.emit({ metric: 'staff.total', value: n.value, range: [n.start, n.end], dimensions: { tier: tierItem }, ...(n.qualifier ? { qualifier: n.qualifier } : {}) });
        continue;
      }
      const start = clauseStart(f, n.start, ';');
      const left = f.slice(start, n.start);
      // ("Số lượng người làm việc … là 64 người (có mặt 60 người)": the posts assigned, then those present — a quota.)
      // ("Số lượng người làm việc hưởng lương từ NSNN … là 24.105 người": the posts paid from the budget, a quota by their name.)
      if (postsBeforePresent(f, left, n.end) || PAID_POSTS.test(left)) continue;
      // "… có 245 cán bộ, công chức, trong đó cấp huyện 98 người, cấp xã 147 người": the total's parts by tier.
      // "… có 1.236 cán bộ, công chức, viên chức (cấp huyện 894 người, cấp xã 342 người)": likewise in a bracket.
      // ("…: 1.284 người. Trong đó: cấp huyện 142 người; cấp xã 318 người": after a head count in the sentence before, each level its own clause.)
      const pre = f.slice(0, n.start);
      // (A thousands point inside an earlier part, "cấp tỉnh 2.310 người, cấp huyện …", ends no sentence.)
      const afterWhole =
        /\btrong do\b(?:[^;.]|(?<=\d)\.(?=\d))*$/.test(pre) || (/\btrong do\b(?:[^.]|(?<=\d)\.(?=\d))*$/.test(pre) && /^\W*cap [a-z]+\s*(?::|\bla|\bco)?\s*$/.test(left));
      const tierPart = (total || priorTotal) && (afterWhole || inParens(f, n.start)) ? /\bcap (tinh|huyen|xa|phuong|quan)\s*(?::|\bla|\bco)?\s*$/.exec(left) : null;
      if (tierPart && /^\s*(?:nguoi|can bo|cong chuc|cbcc|cbccvc)\b/.test(f.slice(n.end))) {
        ctx.emit({ metric: 'staff.total', value: n.value, range: [n.start, n.end], dimensions: { tier: TIER_OF[tierPart[1]!]! }, ...(n.qualifier ? { qualifier: n.qualifier } : {}) });
        continue;
      }
      // ("Toàn tỉnh có 6.250 công chức, trong đó 2.105 công chức cấp xã": a part with its level written after its noun.)
      const levelAfter = (total || priorTotal) && afterWhole && !inParens(f, n.start) ? LEVEL_AFTER_NOUN.exec(f.slice(n.end)) : null;
      if (levelAfter) {
        ctx.emit({ metric: 'staff.total', value: n.value, range: [n.start, n.end], dimensions: { tier: TIER_OF[levelAfter[1]!]! }, ...(n.qualifier ? { qualifier: n.qualifier } : {}) });
        continue;
      }
      // ("Viên chức sự nghiệp của Sở gồm 94 người": "gồm" as the copula of the staff subject, not a breakdown.)
      const subjectCopula = /\bgom\s*(?:(?:hon|tren|gan|khoang)\s*)?$/.test(left) && SUBJECT_LEAD.test(left) && !/\btrong (?:do|so)\b|\bchiem\b/.test(f.slice(0, n.start));
      // ("Chi cục gồm: … 04 phòng chuyên môn; tổng số 31 công chức": a clause opening on "tổng số" after ";" states its own whole.)
      // ("Tổng số người làm việc … là 41 người, gồm 12 công chức …, 17 viên chức": not the parts after the clause's own whole.)
      const ownFrom = clauseStart(f, n.start, ';');
      const ownWhole =
        (/^\W*tong (?:so|cong)\b/.test(f.slice(ownFrom, n.start)) || (!total && OWN_WHOLE_OPENING.test(f.slice(ownFrom, n.start)))) && !/\btrong (?:do|so)\b/.test(f.slice(0, n.start)) && !ctx.numbers.some((m) => m.start >= ownFrom && m.end <= n.start);
      if (!subjectCopula && !ownWhole && /\btrong (?:do|so)\b|\bgom\b|\bchiem\b/.test(f.slice(0, n.start))) continue;
      // "… là 87 người (công chức: 35 người; …)": a bracket after a stated figure holds its parts.
      if (inParens(f, n.start) && /\d/.test(f.slice(start, f.lastIndexOf('(', n.start)))) continue;
      // (Within the figure's clause: "Sở hiện có 71 công chức, viên chức; trong năm cử 15 lượt … bồi dưỡng" states a total.)
      const semicolon = f.indexOf(';', n.end);
      // ("trình độ đào tạo", "chưa qua đào tạo": a qualification, no training.)
      if (/\b(?:(?<!trinh do |qua )dao tao|boi duong|ky luat|tuyen dung|tinh gian|nghi huu|luot)\b/.test(f.slice(start, Math.min(f.length, n.end + 60, semicolon < 0 ? f.length : semicolon)))) continue;
      // ("Kết quả xử lý kỷ luật năm 2024: khiển trách 02; cảnh cáo 01; tổng số 03 công chức": the items of a label about discipline or training.)
      if (/\b(?:(?<!trinh do |qua )dao tao|boi duong|ky luat|tuyen dung)\b[^:.]*:[^.]*$/.test(f.slice(0, start))) continue;
      // A change is dropped only when it is this figure's own clause ("giảm 15 công chức"), not a later "…, giảm 1.036 người so với …".
      // ("Phòng Giám sát", "Giám đốc", "tầng 2" are no change.)
      if (/\b(?:giam(?! (?:sat|doc|dinh))|tang(?! \d))\b/.test(f.slice(start, n.end) + ownRight(f, n.end))) continue;
      const tail = f.slice(n.end);
      let ok = false;
      let nounEnd = n.end;
      let tier: Tier | undefined;
      const s = STAFF_AFTER.exec(tail);
      const explicitTotal = /\btong (?:so|cong)\b/.test(left);
      // ("Sở có 05 phòng chuyên môn, 03 đơn vị sự nghiệp; 118 công chức, viên chức …": the "có" of a list of the body's parts goes on after ";".)
      const has = /\bco\s*(?:tong cong\s*)?(?:(?:hon|tren|gan|khoang)\s*)?$/.test(left) || WITH_STAFF.test(left) || (/^\s*$/.test(left) && HAS_PARTS_BEFORE.test(f.slice(0, start)));
      // "có 363 cán bộ, công chức cấp xã." is a head count; "có 1.600 công chức có trình độ …" is a part.
      const afterNouns = s === null ? '' : tail.slice(s[0].length).replace(STAFF_LIST, '');
      // (", 100% có trình độ …" after the nouns is a share of them; "và 12 người hoạt động không chuyên trách" another category.)
      // ("318 cán bộ, công chức cấp xã và 196 người hoạt động không chuyên trách": likewise after the head count's level.)
      const otherCategory = /^\s*(?:cap (?:tinh|huyen|xa|phuong|quan)\s*)?(?:,|va)\s*\d[\d.,]*\s*(?:nguoi hoat dong|lao dong hop dong|nguoi lao dong|hop dong|nhan vien)\b/.test(afterNouns);
      // ("412 công chức cấp huyện và 655 cán bộ, công chức cấp xã": head counts of two levels, each with its own.)
      const levelPair = TIER_PAIR.test(afterNouns);
      const closes = s !== null && (otherCategory || levelPair || (CLOSES.test(afterNouns) && !/^\s*(?:,|va)\s*\d(?![\d.,]*\s*%)/.test(afterNouns)));
      // "Tổng số 1.102 công chức của tỉnh đã được cấp chứng thư số": the people who did something, not a head count.
      const doing = s !== null && DOING.test(afterNouns);
      // "có 3.820 công chức cấp tỉnh, cấp huyện và 4.560 cán bộ, công chức cấp xã": a head count coordinated with the one before.
      // ("… có 22 viên chức và 06 lao động hợp đồng": contract workers named beside the staff are another category, no head count.)
      const coordinated = lastTotalEnd >= 0 && COORDINATED.test(f.slice(lastTotalEnd, n.start)) && !CONTRACT_WORKERS.test(tail);
      // "Đội ngũ 22 cán bộ, công chức thị trấn cơ bản đáp ứng …": the corps counted as its subject (not those doing a task: "… làm công tác một cửa").
      const corps = s !== null && /\bdoi ngu\s*(?:(?:hon|tren|gan|khoang)\s*)?$/.test(left) && !SUBSET_TRAIT.test(afterNouns.slice(0, 40));
      if (s && !doing && (explicitTotal || corps || ((has || coordinated) && closes))) {
        ok = true;
        nounEnd = n.end + s[0].length;
        if (coordinated) nounEnd += STAFF_LIST.exec(tail.slice(s[0].length))![0].length;
      } else if (s && !doing && BREAKDOWN_OF.test(left) && BREAKDOWN_WHOLE_END.test(afterNouns)) {
        // ("Cơ cấu trình độ của 1.184 công chức cấp huyện tỉnh Ninh Bình: …": their level and their province may follow.)
        // ("Cơ cấu trình độ của 54 công chức, viên chức Văn phòng UBND tỉnh: …": the body they work at may follow.)
        // "Về trình độ chuyên môn của 156 công chức, viên chức hiện có: tiến sĩ 02 người, …": the whole a breakdown is of.
        ok = true;
        nounEnd = n.end + s[0].length;
      } else if (CORPS_LABEL.test(left) && PEOPLE_AFTER.test(tail) && !SUBSET_TRAIT.test(CORPS_LABEL.exec(left)![1]!)) {
        // (The label's words after the staff nouns name their body, not a subset: "nữ", "có trình độ …" pick one out.)
        // ("Cán bộ, công chức của 07 phường:", "… của các xã:": the communes' staff, the commune tier.)
        ok = true;
        tier = lastTierIn(left) ?? (/\b(?:cua|thuoc) (?:cac|\d{1,3}) (?:xa|phuong|thi tran)\b/.test(CORPS_LABEL.exec(left)![1]!) ? 'commune' : undefined);
      } else if ((LABEL_ONLY.test(left) || LABEL_ONLY.test(afterComma(left))) && PEOPLE_AFTER.test(tail)) {
        // ("Số công chức cấp huyện là 186 người, số cán bộ, công chức cấp xã là 432 người": a second label after a comma.)
        ok = true;
        tier = lastTierIn(left);
      } else if (LABEL_TOTAL.test(left) && PEOPLE_AFTER.test(tail)) {
        ok = true;
        tier = lastTierIn(left);
      } else if (TOTAL_LABEL.test(left) && /^\s*(?:nguoi)?\s*(?:[;,.(]|$)/.test(tail)) {
        ok = true;
      } else if (LABEL_ONLY.test(left) && /\bhien (?:co|nay)\b/.test(left) && /^\s*(?:[;,.(]|$)/.test(tail) && !/\b(?:bien che|giao)\b/.test(f + ' ' + (ctx.leadIn?.folded ?? ''))) {
        // "- Số cán bộ, công chức, viên chức hiện có: 96;": the staff there are, a bare figure under the label (with no quota
        // about, where it would be the posts filled).
        ok = true;
        tier = lastTierIn(left);
      } else if (BARE_TOTAL.test(left) && /^\s*nguoi\s*(?:[;,.(]|$)/.test(tail) && staffTitled(ctx)) {
        // "Tình hình cán bộ, công chức của Phòng …\nTổng số: 09 người": a bare total under a line naming the staff.
        ok = true;
      } else if ((TIER_LABEL.test(left) || (levelled && NEXT_TIER.test(f.slice(levelled.end, n.start)))) && /^\s*nguoi\b/.test(tail)) {
        // "Cán bộ, công chức cấp huyện 412 người, cấp xã 655 người": head counts by level, each labelled.
        ok = true;
        tier = TIER_OF[(TIER_LABEL.exec(left) ?? NEXT_TIER.exec(f.slice(levelled!.end, n.start)))![1]!];
      } else if (AGENCY_HAS.test(left) && STAFF_BREAKDOWN.test(tail)) {
        ok = true;
      } else if (/^\s*nguoi\b/.test(tail) && (SUBJECT_LEAD.test(left) || SUBJECT_LEAD.test(afterComma(left))) && !QUOTA.test(left)) {
        // ("Tính đến 30/6/2019, số công chức của huyện Ba Vì là 96 người": the label after a time set off by a comma.)
        ok = true;
        tier = lastTierIn(left);
      } else if (BRACKET_TOTAL.test(left) && PEOPLE_AFTER.test(tail)) {
        // "Về trình độ của công chức, viên chức tại cơ quan Sở (tổng số 71 người): …": the staff named before the bracket, only
        // their body after them (not a subset: "công chức nữ (tổng số 12 người)"), and no quota.
        const named = left.slice(0, left.lastIndexOf('('));
        const end = lastStaffEnd(named);
        ok = end > 0 && !SUBSET_TRAIT.test(named.slice(end)) && !QUOTA.test(named);
        tier = lastTierIn(named);
      } else if (TOTAL_LEAD.test(left) && PEOPLE_AFTER.test(tail) && STAFF_IN.test(left) && !QUOTA.test(left)) {
        // ("Tổng số cán bộ, công chức, viên chức nữ giữ chức vụ lãnh đạo … là 156 người": a subset named by a trait.)
        const afterStaff = left.slice(lastStaffEnd(left));
        ok = (/\b(?:la|co|:)\s*(?:(?:hon|tren|gan|khoang)\s*)?$/.test(left) || (/\btong so\b/.test(left) && NOUNS_CLOSE.test(afterStaff))) && !SUBSET_TRAIT.test(afterStaff);
        tier = lastTierIn(left);
      }
      if (!ok) continue;
      tier ??= tierOf(ctx, n, nounEnd);
      levelled = tier ? { end: n.end } : null;
      total = true;
      lastTotalEnd = s ? n.end + s[0].length + STAFF_LIST.exec(tail.slice(s[0].length))![0].length : -1;
      ctx.emit({
        metric: 'staff.total',
        value: n.value,
        range: [n.start, n.end],
        ...(tier ? { dimensions: { tier } } : {}),
        ...(n.qualifier ? { qualifier: n.qualifier } : {}),
      });
    }
  },
});
