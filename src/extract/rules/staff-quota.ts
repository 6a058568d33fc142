import { lastMatchBefore } from '../../text/last-match.ts';
import { fold } from '../../text/normalize.ts';
import { parseNumberToken } from '../../text/numbers.ts';
import { clauseEnd, firstCue, foldedBefore, inOtherPeriodBracket, inParens, isFromValue, lastCue, lastSentence, maskClosedParens, postsBeforePresent, PAID_POSTS, TIER_OF, tierOf, withoutSpelledOut } from '../figure-context.ts';
import { blockIndex } from '../dossier/document.ts';
import { isItem } from '../lead-in.ts';
import { defineRule, type Emission, type RuleContext } from '../rule.ts';

type QuotaMetric = 'staff.quota_assigned' | 'staff.quota_filled' | 'staff.quota_vacant';

/** Posts of public service units: the people working there (viên chức), not the civil servants' posts. */
const WORKERS = /(?<![a-z])(?:(?:so (?:luong )?)?nguoi lam viec|vien chuc|(?:don vi )?su nghiep)(?![a-z])/g;
const CIVIL_SERVANTS = /(?<![a-z])cong chuc(?![a-z])/g;
const WORKERS_AFTER = /^\s*(?:bien che\s+)?(?:nguoi lam viec|vien chuc)(?![a-z])/;
const CIVIL_SERVANTS_AFTER = /^\s*(?:bien che\s+)?cong chuc(?![a-z])/;

/** Where the last match of a global pattern in `text` starts (−1: none). */
function lastAt(re: RegExp, text: string): number {
  return lastMatchBefore(re, text, text.length)?.index ?? -1;
}

/**
 * The kind of posts a quota counts (`type`, not scored): the people working in public service units ("người làm
 * việc") or the civil servants ("công chức"), so the two are neither one figure stated twice nor a whole and its part:
 * named right after the figure ("98 viên chức"), or, last of the two, in the figure's sentence before it ("Số người làm
 * việc tại các đơn vị sự nghiệp: được giao 212 người; có mặt: 197") or in its list's lead-in.
 */
function withKind(e: Emission, f: string, lead: string): Emission {
  const [start, end] = e.range;
  const after = f.slice(end, end + 30);
  let kind: 'người làm việc' | 'công chức' | undefined;
  if (CIVIL_SERVANTS_AFTER.test(after)) kind = 'công chức';
  else if (WORKERS_AFTER.test(after)) kind = 'người làm việc';
  else {
    // (The sentence, not the clause: "- Số người làm việc … được giao: 2.310; có mặt: 2.254" — the last kind named before the figure.)
    const from = f.lastIndexOf('. ', start - 1) + 1;
    const clause = f.slice(from, start);
    let w = lastAt(WORKERS, clause);
    let c = lastAt(CIVIL_SERVANTS, clause);
    if (w < 0 && c < 0) {
      w = lastAt(WORKERS, lead);
      c = lastAt(CIVIL_SERVANTS, lead);
    }
    kind = w > c ? 'người làm việc' : c > w ? 'công chức' : undefined;
  }
  return kind ? { ...e, dimensions: { ...(e.dimensions ?? {}), type: kind } } : e;
}

/** "giao" (assign), not "giáo dục", "giao thông", "giao dịch", "giao tiếp". */
const GIAO = String.raw`giao(?! (?:duc|thong|dich|luu|tiep|nhan|ban|vien))`;

/** Cues to the left, nearest wins; "stop" cues (reductions, differences) leave the figure alone. */
const LEFT: readonly (readonly [string, string])[] = [
  // ("…, dự phòng 45 biên chế": posts held in reserve, neither assigned to a body nor vacant in one.)
  ['stop', String.raw`(?:thap|cao|it|nhieu) hon(?: (?:so|so bien che|so duoc) giao)?|bang so giao|giam(?: duoc)?(?! (?:doc|sat|dinh))|tinh gian|doi du|nghi huu|chuyen cong tac|tuyen dung|tuyen moi|giao bo sung|bo sung|hop dong|lao dong hop dong|(?:de |giu lai |con )?du phong`],
  // ("Các đơn vị còn lại 243": the remaining bodies, not the posts left.)
  ['vacant', String.raw`con thieu|(?<!toi )thieu|chua tuyen|chua su dung|chua thuc hien|con trong|(?<!(?:don vi|linh vuc|co quan|nganh|truong|xa|huyen|phong|khoi|cap) )con lai`],
  // ("đã tuyển dụng 12 công chức" is the period's recruitment, a change — but against a quota assigned before it, "được giao 50,
  // đã tuyển dụng 48", the posts filled.)
  ['filled', String.raw`co mat|hien co|thuc co|thuc hien|(?<=\b${GIAO}\b[^.;]{0,80})da tuyen dung|da tuyen(?! (?:dung|moi))|da su dung|su dung|thuc te|hien dang|ket qua thuc hien|(?:da )?bo tri`],
  ['assigned', String.raw`duoc ${GIAO}|${GIAO} cho|${GIAO}|phan bo|duoc phe duyet|phe duyet|tham dinh|chi tieu|dinh muc`],
];
/** Cues right after "N biên chế" ("43 biên chế được giao", "39 biên chế có mặt"). */
const RIGHT: readonly (readonly [string, string])[] = [
  // ("còn 38 biên chế dự phòng": posts held in reserve, neither assigned to a body nor vacant in one.)
  // ("bố trí 402 công chức kiêm nhiệm ở Bộ phận một cửa": staff placed at a desk, no posts of the quota.)
  ['stop', String.raw`duoc (?:[a-z]+ ){0,3}?giao bo sung|giao bo sung|bo sung|du phong|kiem nhiem|(?:lam viec |thuong truc )?(?:tai|o) (?:bo phan|trung tam|quay)`],
  ['vacant', String.raw`con thieu|chua tuyen|chua su dung|chua thuc hien|chua bo tri|con trong`],
  ['filled', String.raw`co mat|hien co`],
  ['assigned', String.raw`duoc ${GIAO}|duoc phan bo|${GIAO}`],
];
const METRIC: { [k: string]: QuotaMetric } = {
  assigned: 'staff.quota_assigned',
  filled: 'staff.quota_filled',
  vacant: 'staff.quota_vacant',
};

/** A clause opening on staff nouns as its subject, then "(hiện) có / là" ("cán bộ, công chức cấp xã hiện có"). */
// ("…; số cán bộ, công chức các xã, thị trấn hiện có 318 người": the communes' staff named without "cấp", likewise.)
const STAFF_SUBJECT =
  /^\W*(?:tong so |so luong |so )?(?:can bo|cong chuc|vien chuc)(?:\s*(?:,|va)\s*(?:cong chuc|vien chuc))*(?:\s+(?:cap (?:tinh|huyen|xa)|(?:cac )?(?:xa|phuong|thi tran)(?:\s*(?:,|\/|va)\s*(?:xa|phuong|thi tran))*))?\s+(?:hien (?:nay )?)?(?:co|la)\s*$/;
/**
 * A clause opening on "số (lượng) người làm việc" as its own subject, or on people of another kind ("…; người hoạt động
 * không chuyên trách cấp xã 184 người").
 */
/** Right after a head count, in its sentence: the posts still missing ("…, còn thiếu 03 biên chế"). */
const SHORT_OF_QUOTA_AFTER = /^[^;.]*?\b(?:con )?thieu\s+\d+\s+(?:bien che|chi tieu)\b/;
const OWN_SUBJECT = /^\W*(?:(?:tong )?so (?:luong )?nguoi lam viec\b|(?:tong )?(?:so (?:luong )?)?(?:nguoi hoat dong|lao dong hop dong|hop dong lao dong|nhan vien)\b)/;
/** "số lượng người làm việc được giao": the public-service posts' quota, named without "biên chế". */
const POSTS_ASSIGNED = new RegExp(String.raw`\bnguoi lam viec\b[^;.]*\b(?:duoc )?${GIAO}\b`);
/** "được giao 2.815 người làm việc": the posts assigned named after their figure — the sentence is about the quota. */
// ("giao tổng số 1.432 người làm việc": the sum assigned.)
const POSTS_GIVEN = new RegExp(String.raw`\b${GIAO}\s+(?:tong (?:so|cong)\s+)?\d[\d.]*\s+(?:so luong )?nguoi lam viec\b`);
/**
 * "được giao …, hiện có / có mặt …, còn thiếu …", "Số lượng công chức được giao … là 47 người, hiện có
 * 45 người": the quota stated without "biên chế" — assigned to staff, then those they have ("có mặt 245 người, thiếu 15
 * người so với chỉ tiêu được giao": or those they have, then the shortfall against the posts assigned).
 */
// (A thousands dot, "1.245 người", is no end of the sentence.)
const QUOTA_TRIPLE = new RegExp(String.raw`\bduoc ${GIAO}\b(?:[^.]|\.\d)*\b(?:co mat|hien co)\b(?:[^.]|\.\d)*\b(?:con thieu|thieu|chua tuyen)\b|\b(?:co mat|hien co)\b(?:[^.]|\.\d)*\b(?:con thieu|thieu)\b(?:[^.]|\.\d)*\b(?:chi tieu|so) (?:duoc )?${GIAO}\b|\b(?:cong chuc|vien chuc|can bo)\b[^.;]{0,30}?\bduoc ${GIAO}\b(?:[^.;]|\.\d)*,\s*(?:hien co|co mat)\b`);
/** "còn thiếu 12 công chức cấp xã so với số lượng được giao": staff missing against the posts assigned, with no "biên chế". */
// ("còn thiếu 01 công chức Văn hóa - Xã hội so với định biên": against the posts a body is allotted.)
const VACANT_AGAINST = new RegExp(String.raw`\b(?:con )?thieu\s+\d[\d.]*\s+(?:can bo|cong chuc|vien chuc|nguoi)\b[^.;]*\bso voi (?:(?:so luong |so |chi tieu )?(?:duoc )?${GIAO}|dinh bien|dinh muc|vi tri viec lam)\b`);
/** "Số lượng người làm việc … là 64 người (có mặt 60 người)": the posts, then those present — a sentence about the quota. */
const POSTS_PRESENT = /\bso (?:luong )?nguoi lam viec\b[^.;]*?\d[\d.]*\s*(?:nguoi\s*)?(?:\(|,|;|\bva\b)\s*(?:hien\s+)?(?:co mat|hien co|thuc co)\b/;
/** "chỉ tiêu" as posts, not a task's target ("giao 15 chỉ tiêu nhiệm vụ CCHC"). */
const POSTS = String.raw`chi tieu\b(?!\s+(?:nhiem vu|ke hoach|cai cach|cchc|phat trien|kinh te|thi dua))`;
/** "có mặt 37 người/40 chỉ tiêu": those present over the posts, a quota written with a slash and no "biên chế". */
// ("hoàn thành 12/15 chỉ tiêu" of tasks is no quota: the people are named, or "có mặt / hiện có" stands right before.)
const POSTS_FRACTION = new RegExp(String.raw`(?:\d\s*(?:nguoi|cong chuc|vien chuc|can bo)|\b(?:co mat|hien co|thuc co)\s*(?:la\s*)?:?\s*\d+)\s*\/\s*\d[\d.]*\s*${POSTS}`);
const POSTS_AT_START = new RegExp(String.raw`^\s*${POSTS}`);
/**
 * A sentence opening on the quota itself as its subject ("Biên chế công chức của Sở năm 2024 là …"), after a time
 * phrase of its own ("Năm 2025, tổng biên chế công chức của tỉnh là …").
 */
const QUOTA_SUBJECT = /^\W*(?:(?:nam \d{4}|trong nam(?: \d{4})?|hien nay|den nay|(?:tinh )?den (?:ngay |het )?[a-z0-9 \/]{1,20})\s*,\s*)?(?:tong )?(?:so )?bien che\b/;
/** "Tổng số biên chế được giao/có mặt: 45/42": two quota figures as one fraction under a label of their two names. */
/** "…; 14 phường có 312 cán bộ, công chức", "các xã có …": other bodies (counted, or a level) as the clause's subject — their head count, not the filled posts. */
const OTHER_BODIES_HAVE = /^\W*(?:\d[\d.]*\s+|cac\s+|cap\s+)(?:xa|phuong|thi tran|huyen|quan|thi xa|don vi|co quan|truong)\b/;
const PAIR_LABEL = new RegExp(String.raw`\b(?:duoc )?${GIAO}\s*\/\s*(?:co mat|hien co|thuc hien)\s*(?::|\bla)\s*$`);
/** A lead-in about the quota ("Biên chế được giao năm 2024:", "Số lượng người làm việc được phê duyệt:"). */
const QUOTA_LEAD = /\b(?:bien che|nguoi lam viec)\b/;
/** An item labelled only by the posts it counts ("- Số lượng người làm việc trong đơn vị sự nghiệp: "). */
const POSTS_ITEM = /^\W*(?:(?:tong )?so (?:luong )?)?(?:bien che|nguoi lam viec)\b[a-z ,]{0,50}(?::|\bla)\s*$/;
/** After a quota figure, a breakdown opened ("…, trong đó", "gồm:") with no figure of another kind between. */
const BREAKDOWN_OPENED = /^[^;.\d]*\b(?:trong do|gom|bao gom)\b[^;.]*$/;
/** A bare part labelled by its kind of post right before it: "công chức 41", "biên chế viên chức: 17", "hợp đồng lao động 5". */
const KIND_PART = /(?:\b(?:trong do|gom|bao gom)\s*:?|[,;])\s*(?:bien che\s+)?(?:cong chuc|vien chuc|lao dong hop dong|hop dong lao dong|nguoi lam viec)\s*(?::|\bla)?\s*$/;
/** A kind of post labelling the bare figure right after it, after a colon, comma, ";" or "và": ": công chức 54", ", viên chức". */
const KIND_ITEM = /(?:[:,;]|\bva)\s*(?:bien che\s+)?(?:cong chuc|vien chuc|nguoi lam viec|hop dong lao dong|lao dong hop dong)\s*(?::|\bla)?\s*$/;
/** Posts held, by which the people present are broken down: "lãnh đạo Sở", "cấp phó", "chuyên viên", "nhân viên". */
const POSTS_HELD = /\b(?:lanh dao|cap truong|cap pho|truong phong|pho truong phong|chuyen vien|nhan vien)\b/;
/** Inside a bracket, a level labelling a bare part: "(cấp tỉnh 1.310, cấp huyện 874)". Group 1: the level. */
const BRACKET_LEVEL = /(?:\(|,|;)\s*cap (tinh|huyen|xa)\s*(?::|\bla)?\s*$/;
/** A level of government named in the sentence. */
const TIER_WORD = /\b(?:cap (?:tinh|huyen|xa|phuong|thi xa|thanh pho)|cac (?:xa|phuong|huyen)|(?:can bo|cong chuc) (?:cac )?(?:xa|phuong|thi tran)|co quan chuyen mon (?:thuoc|cua) (?:ubnd|uy ban nhan dan) (?:tinh|huyen))\b/;

/** The quota noun after the figure: "biên chế", or "người" when the sentence counts "người làm việc". */
function quotaNoun(f: string, end: number, aboutQuota: boolean): number | null {
  const m = /^\s*(?:chi tieu\s+)?bien che\b/.exec(f.slice(end));
  if (m) return end + m[0].length;
  // "… giao 64 chỉ tiêu biên chế; … còn 04 chỉ tiêu chưa sử dụng": "chỉ tiêu" alone in a sentence about the quota.
  // ("giao 15 chỉ tiêu nhiệm vụ CCHC": targets of tasks, not posts.)
  const q = POSTS_AT_START.exec(f.slice(end));
  if (q && aboutQuota) return end + q[0].length;
  // "được giao 47 biên chế công chức và 112 số lượng người làm việc": the public-service posts by their own name.
  // ("hiện có tổng cộng 63 người làm việc, trong đó 28 công chức …" with no quota in the sentence is a head count.)
  const w = /^\s*(?:so luong )?nguoi lam viec\b/.exec(f.slice(end));
  if (w && (aboutQuota || POSTS_ASSIGNED.test(f))) return end + w[0].length;
  const p = /^\s*nguoi\b/.exec(f.slice(end));
  // ("Tổng số CBCCVC hiện có là 1.024 người (…); so với số người làm việc được giao còn thiếu 43 người": the posts'
  // quota named in a later clause does not make the head count before it a quota figure.)
  if (p && (aboutQuota || /\bnguoi lam viec\b[^;]*\b(?:huong luong|ngan sach|giao)\b/.test(f.slice(0, clauseEnd(f, end, ';'))))) return end + p[0].length;
  return null;
}

/**
 * "- Số biên chế công chức được giao: 24;" then "- Số công chức hiện có: 22;": an item right after an item about the
 * quota goes on with it (items with no lead-in, each its own block).
 */
function afterQuotaItem(ctx: RuleContext): boolean {
  if (!ctx.blocks || !isItem(ctx.block)) return false;
  const prev = ctx.blocks[blockIndex(ctx.blocks, ctx.block) - 1];
  return prev !== undefined && prev.kind !== 'heading' && prev.section === ctx.block.section && isItem(prev) && /\bbien che\b/.test(fold(prev.text));
}

/** After a fraction's whole: its quota noun and a cue of assigning ("44 biên chế được giao", "55 chỉ tiêu"). */
const WHOLE_ASSIGNED = new RegExp(
  String.raw`^\s*(?:chi tieu\b|(?:bien che|nguoi|so luong nguoi lam viec)\b[a-z ,]{0,40}?\b(?:duoc )?(?:${GIAO}|phan bo|phe duyet)\b)`,
);

/**
 * The whole of a filled quota written as a fraction, when it is named as the quota assigned: "41/44 biên chế được
 * giao" (one mention with its denominator) or "41 người/44 biên chế được giao" (the slash after the figure's noun, where
 * the figure scanner reads no number). Null otherwise.
 */
function assignedWhole(
  text: string,
  f: string,
  n: { start: number; end: number; denominator?: number },
  nounEnd: number | null,
): { value: number; range: [number, number] } | null {
  if (n.denominator !== undefined) {
    const slash = text.indexOf('/', n.start);
    if (slash < 0 || slash >= n.end) return null;
    const from = slash + 1 + (/^\s*/.exec(text.slice(slash + 1))?.[0].length ?? 0);
    return WHOLE_ASSIGNED.test(f.slice(n.end)) ? { value: n.denominator, range: [from, n.end] } : null;
  }
  if (nounEnd === null) return null;
  const m = /^\s*\/\s*(\d+(?:\.\d{3})*)(?![\d,\/])/.exec(f.slice(nounEnd));
  if (!m || !WHOLE_ASSIGNED.test(f.slice(nounEnd + m[0].length))) return null;
  const end = nounEnd + m[0].length;
  return { value: parseNumberToken(m[1]!, true), range: [end - m[1]!.length, end] };
}

/** "Label N" in a series whose earlier item said "N biên chế" ("…; Đại học 884 (bằng số giao)"). */
function seriesNoun(f: string, n: { start: number; end: number }): boolean {
  if (!/^\s*(?:[(;.,]|$)/.test(f.slice(n.end))) return false;
  const masked = maskClosedParens(f, n.start).slice(0, n.start);
  const prev = /(\d)\s+bien che\b([^\d]*)$/.exec(masked);
  return prev !== null && /[;]/.test(prev[2]!);
}

/** A sentence stating the quota assigned: "Tổng số biên chế công chức được giao năm 2024 là 58", "Số biên chế giao năm 2019 là 2.345 biên chế". */
const ASSIGNED_BEFORE = new RegExp(String.raw`\bbien che\b[^;]*\b(?:duoc )?${GIAO}\b[^;]*\d`);

/** A side of the quota in a slashed label (group-free; `SIDE_OF` tells which). */
const SIDE = String.raw`(?:(?:duoc |da )?giao|co mat|hien co|thuc co|thuc hien|(?:con )?thieu|chua tuyen(?: dung)?|chua su dung)`;
/**
 * "Biên chế giao/có mặt/còn thiếu: 45/42/3": sides of the quota joined by slashes after "biên chế" (group 1), then as many
 * figures joined by slashes (group 2); the k-th figure is the k-th side's.
 */
const QUOTA_SLASH = new RegExp(
  String.raw`\b(?:bien che|nguoi lam viec)\b[^:;.\d]{0,30}?\b(${SIDE}(?:\s*\/\s*${SIDE})+)\b(?:[^:;.\d]|\d{4}){0,24}?(?::|\bla)\s*(\d+(?:\.\d{3})*(?:\s*\/\s*\d+(?:\.\d{3})*)+)(?![\d/])`,
  'g',
);
const SIDE_OF = (side: string): QuotaMetric => (/giao/.test(side) ? 'staff.quota_assigned' : /thieu|chua/.test(side) ? 'staff.quota_vacant' : 'staff.quota_filled');

function quotaSlashSeries(f: string, emit: (e: Emission) => void): void {
  QUOTA_SLASH.lastIndex = 0;
  for (let m = QUOTA_SLASH.exec(f); m; m = QUOTA_SLASH.exec(f)) {
    const sides = m[1]!.split('/').map((x) => x.trim());
    const figuresAt = m.index + m[0].length - m[2]!.length;
    const figures = [...m[2]!.matchAll(/\d+(?:\.\d{3})*/g)];
    if (sides.length !== figures.length || new Set(sides.map(SIDE_OF)).size !== sides.length) continue;
    sides.forEach((side, k) => {
      const fig = figures[k]!;
      const start = figuresAt + fig.index;
      emit({ metric: SIDE_OF(side), value: parseNumberToken(fig[0], true), range: [start, start + fig[0].length], confidence: 0.9 });
    });
  }
}

export default defineRule({
  id: 'staff-quota',
  description:
    'Civil-servant quota: assigned ("43 biên chế được giao", "tổng biên chế giao … là N"), filled ("có mặt", "thực hiện N biên chế") ' +
    'and vacant ("còn thiếu 04 biên chế"); items of a breakdown inherit the cue, reductions and differences are skipped.',
  examples: {
    valid: [
      {
        // The quota's triple without "biên chế", its figures grouped by a thousands dot.
        text: 'Cán bộ, công chức cấp xã: số lượng được giao 2.310 người, có mặt 2.254 người, còn thiếu 56 người.',
        records: [
          { metric: 'staff.quota_assigned', value: 2310, dimensions: { tier: 'commune' } },
          { metric: 'staff.quota_filled', value: 2254, dimensions: { tier: 'commune' } },
          { metric: 'staff.quota_vacant', value: 56, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The sides of the quota joined by slashes, then their figures.
        text: 'Biên chế công chức được giao/hiện có/còn thiếu năm 2020: 38/35/3.',
        records: [
          { metric: 'staff.quota_assigned', value: 38 },
          { metric: 'staff.quota_filled', value: 35 },
          { metric: 'staff.quota_vacant', value: 3 },
        ],
      },
      {
        // Posts held in reserve beside those assigned are neither.
        text: 'Năm 2021, UBND tỉnh giao cho các sở, ngành 1.204 biên chế công chức, để dự phòng 30 biên chế.',
        records: [{ metric: 'staff.quota_assigned', value: 1204 }],
      },
      {
        // A head count with staff as its subject, measured against the quota by the clause after it, fills the quota.
        text: 'Biên chế công chức UBND huyện được giao năm 2022 là 96 biên chế; số cán bộ, công chức hiện có 91 người, còn thiếu 05 biên chế.',
        records: [
          { metric: 'staff.quota_assigned', value: 96 },
          { metric: 'staff.quota_filled', value: 91 },
          { metric: 'staff.quota_vacant', value: 5 },
        ],
      },
      {
        // Two kinds of staff in one quota, a comma or "và" between (the people working in public service units carry type
        // "người làm việc", not scored, so the two quotas are not one figure stated twice).
        text: 'Biên chế được giao năm 2021: 46 công chức và 120 viên chức; hiện có 44 công chức, 113 viên chức.',
        records: [
          { metric: 'staff.quota_assigned', value: 46 },
          { metric: 'staff.quota_assigned', value: 120 },
          { metric: 'staff.quota_filled', value: 44 },
          { metric: 'staff.quota_filled', value: 113 },
        ],
      },
      {
        // The date the posts are counted at, between the cue and the bare figure.
        text: 'Biên chế công chức giao năm 2025: 612; có mặt đến 30/9/2025: 598; chưa tuyển: 14.',
        records: [
          { metric: 'staff.quota_assigned', value: 612 },
          { metric: 'staff.quota_filled', value: 598 },
          { metric: 'staff.quota_vacant', value: 14 },
        ],
      },
      {
        // The whole's parts by kind of post, bare after their kind in the breakdown that follows it.
        text: 'Tổng số biên chế được giao năm 2016 là 64 người, trong đó công chức 46, viên chức 18; hiện có 61 người.',
        records: [
          { metric: 'staff.quota_assigned', value: 64 },
          { metric: 'staff.quota_assigned', value: 46 },
          { metric: 'staff.quota_assigned', value: 18 },
          { metric: 'staff.quota_filled', value: 61 },
        ],
      },
      {
        // A breakdown after "trong đó" by the bodies of each level ("các cơ quan chuyên môn thuộc UBND tỉnh" are the province's).
        // ("trong số đó" likewise: its "đó" is no issuer "do …".)
        text: 'Năm 2026, tổng số biên chế công chức được giao là 1.420 biên chế, trong số đó các cơ quan chuyên môn thuộc UBND tỉnh 806 biên chế, UBND cấp xã 614 biên chế.',
        records: [
          { metric: 'staff.quota_assigned', value: 1420 },
          { metric: 'staff.quota_assigned', value: 806, dimensions: { tier: 'province' } },
          { metric: 'staff.quota_assigned', value: 614, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // Posts assigned to the communes' staff, named without 'cấp'.
        text: 'Số lượng cán bộ, công chức xã, thị trấn được giao là 305 người, hiện có 296 người.',
        records: [
          { metric: 'staff.quota_assigned', value: 305, dimensions: { tier: 'commune' } },
          { metric: 'staff.quota_filled', value: 296, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The sentence's subject written as a fraction whose whole is assigned (by a body named between): filled of assigned.
        text: 'Đến hết quý III, tổng số biên chế công chức của huyện là 187 người/195 chỉ tiêu được UBND tỉnh giao.',
        records: [
          { metric: 'staff.quota_filled', value: 187 },
          { metric: 'staff.quota_assigned', value: 195 },
        ],
      },
      {
        text: 'Sở được giao tổng số 35 biên chế công chức. Số biên chế có mặt là 31 biên chế, còn thiếu 04 biên chế.',
        records: [
          { metric: 'staff.quota_assigned', value: 35 },
          { metric: 'staff.quota_filled', value: 31 },
          { metric: 'staff.quota_vacant', value: 4 },
        ],
      },
      {
        text: 'Theo quyết định phân bổ, đơn vị có tổng số 27 biên chế được giao.',
        records: [{ metric: 'staff.quota_assigned', value: 27 }],
      },
      {
        text: 'Biên chế công chức được giao 40, hiện có 37, còn thiếu 03 biên chế so với số được giao.',
        records: [
          { metric: 'staff.quota_assigned', value: 40 },
          { metric: 'staff.quota_filled', value: 37 },
          { metric: 'staff.quota_vacant', value: 3 },
        ],
      },
      {
        text: 'Tổng số biên chế công chức được giao là 52, hiện có 48 công chức.',
        records: [
          { metric: 'staff.quota_assigned', value: 52 },
          { metric: 'staff.quota_filled', value: 48 },
        ],
      },
      {
        text: 'Biên chế sự nghiệp y tế thực hiện 2.140 biên chế (thấp hơn số giao 96 biên chế), gồm: bệnh viện 1.500 biên chế; trạm y tế 640.',
        records: [
          { metric: 'staff.quota_filled', value: 2140 },
          { metric: 'staff.quota_filled', value: 1500 },
          { metric: 'staff.quota_filled', value: 640 },
        ],
      },
      {
        // The sum of posts assigned ("giao tổng số … người làm việc"), then those present and the posts not yet filled.
        text: 'Năm 2026, UBND tỉnh giao tổng số 842 người làm việc cho các trường trực thuộc Sở; đến 30/6/2026 có mặt 815 người, chưa tuyển dụng 27 chỉ tiêu.',
        records: [
          { metric: 'staff.quota_assigned', value: 842 },
          { metric: 'staff.quota_filled', value: 815 },
          { metric: 'staff.quota_vacant', value: 27 },
        ],
      },
      {
        text: 'Số người làm việc hưởng lương từ ngân sách của tỉnh dự kiến giao năm 2024 là 31.200 người.',
        records: [{ metric: 'staff.quota_assigned', value: 31200, dimensions: { status: 'planned' } }],
      },
      {
        text: 'Biên chế công chức được giao là 30 biên chế, hiện có 27 người; hợp đồng lao động làm công việc hỗ trợ, phục vụ là 04 người.',
        records: [
          { metric: 'staff.quota_assigned', value: 30 },
          { metric: 'staff.quota_filled', value: 27 },
        ],
      },
      {
        text: 'Năm 2024, Sở được giao 41 chỉ tiêu biên chế công chức; hiện đã bố trí 38 người; còn 03 chỉ tiêu chưa sử dụng.',
        records: [
          { metric: 'staff.quota_assigned', value: 41 },
          { metric: 'staff.quota_filled', value: 38 },
          { metric: 'staff.quota_vacant', value: 3 },
        ],
      },
      {
        text: 'Số công chức có mặt đến ngày 31/12/2024: 19 người.',
        records: [{ metric: 'staff.quota_filled', value: 19 }],
      },
      {
        text: 'Biên chế được UBND tỉnh giao năm 2024 là 33 công chức; đến 30/6/2024 có 31 công chức.',
        records: [
          { metric: 'staff.quota_assigned', value: 33 },
          { metric: 'staff.quota_filled', value: 31 },
        ],
      },
      {
        text: 'Năm 2024, biên chế công chức được giao là 61, có mặt 57 (thiếu 04).',
        records: [
          { metric: 'staff.quota_assigned', value: 61 },
          { metric: 'staff.quota_filled', value: 57 },
          { metric: 'staff.quota_vacant', value: 4 },
        ],
      },
      {
        text: 'UBND tỉnh giao 118 chỉ tiêu biên chế công chức cho các cơ quan hành chính cấp huyện năm 2024.',
        records: [{ metric: 'staff.quota_assigned', value: 118, dimensions: { tier: 'district' } }],
      },
      {
        text: 'Năm 2024, Sở được giao 38 biên chế công chức và 96 số lượng người làm việc trong các đơn vị sự nghiệp.',
        records: [
          { metric: 'staff.quota_assigned', value: 38 },
          { metric: 'staff.quota_assigned', value: 96 },
        ],
      },
      {
        text: 'Biên chế công chức cấp huyện được giao 980, có mặt 951; cán bộ, công chức cấp xã hiện có 2.310 người.',
        records: [
          { metric: 'staff.quota_assigned', value: 980, dimensions: { tier: 'district' } },
          { metric: 'staff.quota_filled', value: 951, dimensions: { tier: 'district' } },
        ],
      },
      {
        text: 'Tổng biên chế được giao 1.250, thực hiện 1.198, còn 52 biên chế chưa thực hiện.',
        records: [
          { metric: 'staff.quota_assigned', value: 1250 },
          { metric: 'staff.quota_filled', value: 1198 },
          { metric: 'staff.quota_vacant', value: 52 },
        ],
      },
      {
        text: 'Biên chế công chức cấp xã được giao 418 người, hiện có 401 người, còn thiếu 17 người.',
        records: [
          { metric: 'staff.quota_assigned', value: 418, dimensions: { tier: 'commune' } },
          { metric: 'staff.quota_filled', value: 401, dimensions: { tier: 'commune' } },
          { metric: 'staff.quota_vacant', value: 17, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // An item after an item about the quota, with no lead-in: its staff "hiện có" fill the quota.
        before: '- Số biên chế công chức được UBND tỉnh giao năm 2024: 30;',
        text: '- Số công chức hiện có đến ngày 30/6/2024: 28;',
        records: [{ metric: 'staff.quota_filled', value: 28 }],
      },
      {
        // "thực có": the posts filled.
        text: 'Năm 2024, Chi cục được giao 21 chỉ tiêu biên chế; số biên chế thực có là 19, còn trống 02 chỉ tiêu.',
        records: [
          { metric: 'staff.quota_assigned', value: 21 },
          { metric: 'staff.quota_filled', value: 19 },
          { metric: 'staff.quota_vacant', value: 2 },
        ],
      },
      {
        before: 'Số lượng biên chế của Sở năm 2024:',
        text: '- Số viên chức hiện có: 58;',
        records: [{ metric: 'staff.quota_filled', value: 58 }],
      },
      {
        before: 'Tình hình biên chế của Sở năm 2023:',
        text: '- Viên chức: giao 215 người, có mặt 207 người;',
        records: [
          { metric: 'staff.quota_assigned', value: 215 },
          { metric: 'staff.quota_filled', value: 207 },
        ],
      },
      {
        text: 'Số lượng viên chức được giao năm 2023 là 85 người, có mặt 81 người.',
        records: [
          { metric: 'staff.quota_assigned', value: 85 },
          { metric: 'staff.quota_filled', value: 81 },
        ],
      },
      {
        // The quota's triple without the word "biên chế".
        text: 'Tổng số cán bộ, công chức cấp xã được giao là 412 người, hiện có 398 người, còn thiếu 14 người.',
        records: [
          { metric: 'staff.quota_assigned', value: 412, dimensions: { tier: 'commune' } },
          { metric: 'staff.quota_filled', value: 398, dimensions: { tier: 'commune' } },
          { metric: 'staff.quota_vacant', value: 14, dimensions: { tier: 'commune' } },
        ],
      },
      {
        before: 'Tình hình biên chế năm 2024:',
        text: '- Số lượng người làm việc: được giao 96, có mặt 90.',
        records: [
          { metric: 'staff.quota_assigned', value: 96 },
          { metric: 'staff.quota_filled', value: 90 },
        ],
      },
      {
        // The posts' quota named by "người làm việc" (no "biên chế"): the staff one has after it fill it.
        text: 'Số lượng người làm việc được giao là 52, có mặt 49 viên chức.',
        records: [
          { metric: 'staff.quota_assigned', value: 52 },
          { metric: 'staff.quota_filled', value: 49 },
        ],
      },
      {
        // A clause with its own subject ("số người làm việc … là 64 người") takes no cue from the clause before.
        text: 'Sở còn thiếu 03 biên chế; số người làm việc tại các đơn vị sự nghiệp là 64 người.',
        records: [{ metric: 'staff.quota_vacant', value: 3 }],
      },
      {
        text: 'Tổng biên chế sự nghiệp giáo dục được giao năm 2024 là 2.310 người, có mặt 2.245 người, thiếu 65 giáo viên.',
        records: [
          { metric: 'staff.quota_assigned', value: 2310 },
          { metric: 'staff.quota_filled', value: 2245 },
          { metric: 'staff.quota_vacant', value: 65 },
        ],
      },
      {
        text: 'Tổng số biên chế công chức được giao/có mặt: 38/35 biên chế.',
        records: [
          { metric: 'staff.quota_assigned', value: 38 },
          { metric: 'staff.quota_filled', value: 35 },
        ],
      },
      {
        // The posts assigned named after their figure; the staff one has after them fill them.
        text: 'Năm 2024, Sở Y tế được giao 1.420 người làm việc tại các đơn vị sự nghiệp, hiện có 1.376 người.',
        records: [
          { metric: 'staff.quota_assigned', value: 1420 },
          { metric: 'staff.quota_filled', value: 1376 },
        ],
      },
      {
        before: 'Tình hình biên chế của Sở năm 2024:',
        text: '+ Công chức: được giao 38, có mặt 36;',
        records: [
          { metric: 'staff.quota_assigned', value: 38 },
          { metric: 'staff.quota_filled', value: 36 },
        ],
      },
      {
        // The quota in brackets after its cue; the vacancy after the bracket.
        text: 'Số người làm việc hiện có 1.210 người, so với số được giao (1.264 người) còn thiếu 54 người.',
        records: [
          { metric: 'staff.quota_filled', value: 1210 },
          { metric: 'staff.quota_assigned', value: 1264 },
          { metric: 'staff.quota_vacant', value: 54 },
        ],
      },
      {
        // A fraction: its own cue before it; the cue after the noun is the whole's, the quota assigned.
        text: 'Đến tháng 12/2024, biên chế công chức của Sở thực có 41/44 biên chế được giao.',
        records: [
          { metric: 'staff.quota_filled', value: 41 },
          { metric: 'staff.quota_assigned', value: 44 },
        ],
      },
      {
        // The whole's parts by level in a bracket after it.
        text: 'Biên chế công chức được giao năm 2025 là 1.640 biên chế (cấp tỉnh 985, cấp huyện 655).',
        records: [
          { metric: 'staff.quota_assigned', value: 1640 },
          { metric: 'staff.quota_assigned', value: 985, dimensions: { tier: 'province' } },
          { metric: 'staff.quota_assigned', value: 655, dimensions: { tier: 'district' } },
        ],
      },
      {
        // The whole after the noun and a slash: the cue after it is the whole's.
        text: 'Số công chức hiện có là 41 người/44 biên chế được giao.',
        records: [
          { metric: 'staff.quota_filled', value: 41 },
          { metric: 'staff.quota_assigned', value: 44 },
        ],
      },
      {
        // Staff missing against the posts assigned, with no "biên chế".
        text: 'Toàn huyện còn thiếu 09 công chức cấp xã so với số được giao.',
        records: [{ metric: 'staff.quota_vacant', value: 9, dimensions: { tier: 'commune' } }],
      },
      {
        // Those the agency has, then the shortfall against the posts assigned, with no "biên chế".
        text: 'Số cán bộ, công chức hiện có mặt là 61/66 người, thiếu 05 người so với chỉ tiêu được giao.',
        records: [
          { metric: 'staff.quota_filled', value: 61 },
          { metric: 'staff.quota_vacant', value: 5 },
        ],
      },
      {
        // An item naming only its posts takes the side of the quota its lead-in names.
        before: 'Chỉ tiêu biên chế được giao năm 2025:',
        text: '- Số lượng người làm việc tại các đơn vị sự nghiệp công lập: 212 người.',
        records: [{ metric: 'staff.quota_assigned', value: 212 }],
      },
      {
        // The quota as the subject, with no verb of assigning.
        text: 'Biên chế công chức của Chi cục năm 2024 là 18 biên chế (giảm 01 biên chế so với năm 2023).',
        records: [{ metric: 'staff.quota_assigned', value: 18 }],
      },
      {
        // A bare shortfall "so với số được giao"; those present over the posts with a slash and "chỉ tiêu" alone.
        text: 'Năm 2025, Chi cục được giao 23 biên chế; hiện có 21 người, thiếu 02 so với số được giao. Số lượng người làm việc của Trung tâm: có mặt 52 người/55 chỉ tiêu.',
        records: [
          { metric: 'staff.quota_assigned', value: 23 },
          { metric: 'staff.quota_filled', value: 21 },
          { metric: 'staff.quota_vacant', value: 2 },
          { metric: 'staff.quota_filled', value: 52 },
          { metric: 'staff.quota_assigned', value: 55 },
        ],
      },
      {
        // A clause on people of another kind takes no cue from the quota's clause before it.
        text: 'Biên chế công chức được giao 25, có mặt 24; nhân viên hợp đồng 03 người; người hoạt động không chuyên trách 12 người.',
        records: [
          { metric: 'staff.quota_assigned', value: 25 },
          { metric: 'staff.quota_filled', value: 24 },
        ],
      },
      {
        // What is left after a reduction is the quota named before it.
        text: 'Biên chế công chức được giao năm 2025 giảm 03 biên chế so với năm 2024, còn 41 biên chế.',
        records: [{ metric: 'staff.quota_assigned', value: 41 }],
      },
      {
        // The quota as the subject after a time phrase; a reduction after it is no record.
        text: 'Năm 2026, tổng biên chế công chức trong các cơ quan hành chính của huyện là 174 biên chế, giảm 06 biên chế so với năm 2025.',
        records: [{ metric: 'staff.quota_assigned', value: 174 }],
      },
      {
        // The whole of a fraction named as the posts assigned, after the noun of its part.
        text: 'Chi cục hiện có 19 công chức/22 chỉ tiêu biên chế được phân bổ năm 2025.',
        records: [
          { metric: 'staff.quota_filled', value: 19 },
          { metric: 'staff.quota_assigned', value: 22 },
        ],
      },
      {
        // The parts of the filled quota as items under a lead-in stating it take its cue, as the same list inline after "gồm:".
        text: 'Biên chế công chức thực hiện năm 2024 là 1.962 biên chế, gồm:\n- Cơ quan cấp tỉnh 1.204 biên chế;\n- Cơ quan cấp huyện 758 biên chế.',
        records: [
          { metric: 'staff.quota_filled', value: 1962 },
          { metric: 'staff.quota_filled', value: 1204, dimensions: { tier: 'province' } },
          { metric: 'staff.quota_filled', value: 758, dimensions: { tier: 'district' } },
        ],
      },
      {
        // The sentence after the quota assigned goes on about it: those present are the posts filled.
        text: 'Tổng số biên chế công chức được giao năm 2025 là 37. Hiện có mặt 35 công chức, còn 2 chỉ tiêu chưa tuyển.',
        records: [
          { metric: 'staff.quota_assigned', value: 37 },
          { metric: 'staff.quota_filled', value: 35 },
          { metric: 'staff.quota_vacant', value: 2 },
        ],
      },
      {
        // Recruited against a quota assigned before it: the posts filled.
        text: 'Biên chế công chức được giao năm 2024 là 50 biên chế, đã tuyển dụng 48 biên chế, còn thiếu 02 biên chế.',
        records: [
          { metric: 'staff.quota_assigned', value: 50 },
          { metric: 'staff.quota_filled', value: 48 },
          { metric: 'staff.quota_vacant', value: 2 },
        ],
      },
      {
        // "các đơn vị còn lại" names the remaining bodies: their figure is filled posts like the list's others, no vacancy.
        text: 'Biên chế sự nghiệp giáo dục thực hiện 2.410 biên chế, gồm: mầm non 820 biên chế; các đơn vị còn lại 95 (bằng số giao).',
        records: [
          { metric: 'staff.quota_filled', value: 2410 },
          { metric: 'staff.quota_filled', value: 820 },
          { metric: 'staff.quota_filled', value: 95 },
        ],
      },
      {
        // Bare figures after their kind of post, under the side of the quota labelled before each clause's colon.
        text: 'Biên chế được giao năm 2025: công chức 38, viên chức 112; số có mặt: công chức 36, viên chức 105.',
        records: [
          { metric: 'staff.quota_assigned', value: 38 },
          { metric: 'staff.quota_assigned', value: 112 },
          { metric: 'staff.quota_filled', value: 36 },
          { metric: 'staff.quota_filled', value: 105 },
        ],
      },
      {
        // The posts paid from the budget, the units they are in named between: a quota by their name, not a head count.
        text: 'Năm 2025, số lượng người làm việc tại các trường học hưởng lương từ ngân sách là 3.412 người.',
        records: [{ metric: 'staff.quota_assigned', value: 3412 }],
      },
      {
        // The people present broken down by the posts they hold, in a bracket: no quota figures.
        text: 'Biên chế được giao 35 công chức; hiện có mặt 33 công chức (gồm: lãnh đạo Chi cục 03 người, trưởng, phó phòng 08 người, công chức 22 người).',
        records: [
          { metric: 'staff.quota_assigned', value: 35 },
          { metric: 'staff.quota_filled', value: 33 },
        ],
      },
    ],
    invalid: [
      // Staff placed at a desk, in a sentence about the quota, are no posts filled.
      { text: 'Năm 2024, tỉnh giảm 85 biên chế công chức; bố trí 126 công chức kiêm nhiệm tại Bộ phận một cửa các cấp.' },
      // Staff recruited, in the sentence after the quota assigned, are no posts filled.
      { before: 'Biên chế công chức được giao năm 2025 là 37.', text: 'Trong năm, Sở tuyển dụng 3 công chức.' },
      // The period's recruitment is a change, not the posts filled.
      { text: 'Trong năm, UBND huyện đã tuyển dụng 15 công chức; thực hiện tinh giản biên chế 03 người.' },
      { text: 'Giai đoạn tới, tỉnh tinh giản 45 biên chế hành chính.' },
      // A fraction's whole with no cue of assigning is no quota of its own.
      { text: 'Năm 2024, tỉnh giảm 120/2.400 biên chế.' },
      // Targets of tasks are no posts.
      { text: 'Chi cục được giao 12 chỉ tiêu nhiệm vụ năm 2025, đến nay đã hoàn thành 10/12 chỉ tiêu.' },
      // The posts' quota in a later clause does not make the head count a filled quota.
      { text: 'Tổng số CBCCVC của huyện hiện có là 824 người (công chức 126 người, viên chức 698 người); so với số người làm việc được giao, huyện chưa tuyển đủ.' },
      { text: 'Tổng số biên chế thấp hơn số giao 120 biên chế.' },
      { text: 'Năm 2023, tỉnh giảm 300 biên chế so với năm 2022.' },
      { text: 'Có 85 biên chế giáo dục được giao bổ sung để tuyển dụng giáo viên.' },
    ],
  },
  cue: /bien che|nguoi lam viec|co mat|giao|hien co|thieu/,
  match(ctx) {
    const f = withoutSpelledOut(ctx.folded);
    // ("… biên chế công chức giao 67, thực hiện 62; số lượng người làm việc … giao 4.820, thực hiện 4.516": two quotas.)
    const emit = (e: Emission): void => ctx.emit(withKind(e, f, ctx.leadIn?.folded ?? ''));
    // "Tình hình biên chế năm 2024:" then "+ Viên chức: giao 1.245 người, có mặt 1.198 người;": the lead-in names the quota.
    // ("Tổng số cán bộ, công chức cấp xã được giao là 548 người, hiện có 531 người, còn thiếu 17 người": the quota's triple, unnamed.)
    // ("Tổng số biên chế công chức được giao năm 2024 là 58." then "Hiện có mặt 55 công chức.": the sentence after the
    // quota assigned goes on about it.)
    // ("Biên chế giao/có mặt/còn thiếu: 45/42/3": the sides joined by slashes, then their figures likewise.)
    if (f.includes('/')) quotaSlashSeries(f, emit);
    const afterAssigned = /\d/.test(f) && ASSIGNED_BEFORE.test(lastSentence(foldedBefore(ctx.block.text, ctx.text, fold)));
    const aboutQuota = POSTS_PRESENT.test(f) || VACANT_AGAINST.test(f) || POSTS_FRACTION.test(f) || /\bbien che\b/.test(f) || /\bbien che\b/.test(ctx.leadIn?.folded ?? '') || QUOTA_TRIPLE.test(f) || POSTS_GIVEN.test(f) || afterQuotaItem(ctx) || afterAssigned;
    /** The last quota figure read in the sentence, for its parts by level in a bracket after it. */
    let last: { metric: QuotaMetric; end: number } | null = null;
    for (const n of ctx.numbers) {
      // ("(năm 2023: 128 dự thảo)", "(cùng kỳ năm trước: 15)": a bracket of another period's figures is no record of this one.)
      if (inOtherPeriodBracket(f, n.start)) continue;
      if (n.percent || n.form === 'zero-phrase' || isFromValue(f, n)) continue;
      // "có mặt: 47 (vượt 02 biên chế …)": the staff over the quota, a difference (its "vượt" read as the figure's bound).
      if (/\bvuot(?: qua)?\s*$/.test(f.slice(Math.max(0, n.start - 12), n.start)) || /^vuot\b/.test(f.slice(n.start))) continue;
      // "… được giao là 2.184 biên chế (cấp tỉnh 1.310, cấp huyện 874)": the whole's parts by level, in a bracket after it.
      const open = f.lastIndexOf('(', n.start);
      const levelPart = last && open > last.end && inParens(f, n.start) && !/\d/.test(f.slice(last.end, open)) ? BRACKET_LEVEL.exec(f.slice(open, n.start)) : null;
      if (levelPart && /^\s*(?:bien che|nguoi)?\s*[,;)]/.test(f.slice(n.end))) {
        emit({ metric: last!.metric, value: n.value, range: [n.start, n.end], dimensions: { tier: TIER_OF[levelPart[1]!]! }, confidence: 0.85 });
        continue;
      }
      // "có mặt 57 công chức (trong đó: lãnh đạo Sở 04 người, lãnh đạo cấp phòng 16 người, công chức 37 người)": the people
      // present by post held — no quota of their own, nor parts by kind of post once a post is named in the bracket.
      if (last && open > last.end && inParens(f, n.start) && !/\d/.test(f.slice(last.end, open)) && POSTS_HELD.test(f.slice(open, n.start))) continue;
      // "… được giao năm 2015 là 58 người, trong đó công chức 41, viên chức 17": the whole's parts by kind of post, bare after
      // their kind, in the breakdown that follows it.
      if (
        last && BREAKDOWN_OPENED.test(f.slice(last.end, n.start)) && KIND_PART.test(f.slice(last.end, n.start)) &&
        /^\s*(?:bien che|nguoi)?\s*(?:[,;.)]|va\b|$)/.test(f.slice(n.end))
      ) {
        emit({ metric: last.metric, value: n.value, range: [n.start, n.end], confidence: 0.8 });
        continue;
      }
      if (n.denominator !== undefined && PAIR_LABEL.test(f.slice(Math.max(0, n.start - 60), n.start))) {
        const slash = ctx.text.indexOf('/', n.start);
        const second = slash + 1 + (/^\s*/.exec(ctx.text.slice(slash + 1))?.[0].length ?? 0);
        emit({ metric: 'staff.quota_assigned', value: n.value, range: [n.start, slash], confidence: 0.85 });
        emit({ metric: 'staff.quota_filled', value: n.denominator, range: [second, n.end], confidence: 0.85 });
        continue;
      }
      // "…; cán bộ, công chức cấp xã hiện có 2.786 người": a clause with staff of its own as subject is a head count.
      const clause = f.slice(f.lastIndexOf(';', n.start) + 1, n.start);
      // ("…; số công chức hiện có 55 người, còn thiếu 03 biên chế": a head count the clause after measures against the quota fills it.)
      if (STAFF_SUBJECT.test(clause) && !/\bbien che\b/.test(clause) && !SHORT_OF_QUOTA_AFTER.test(f.slice(n.end))) continue;
      // "…, còn thiếu 05 biên chế; số người làm việc trong đơn vị sự nghiệp là 71 người": a clause naming its own
      // subject with no quota cue of its own takes no cue from the clause before.
      // ("Biên chế được giao năm 2024:" then "- Số lượng người làm việc trong đơn vị sự nghiệp: 156 người.": an item with no cue of its
      // own, only its posts as label, takes the lead-in's side of the quota.)
      const leadSide = ctx.leadIn && QUOTA_LEAD.test(ctx.leadIn.folded) && !lastCue(f.slice(0, n.start), LEFT) && POSTS_ITEM.test(f.slice(0, n.start)) && /^\s*(?:nguoi|bien che|chi tieu)?\s*[;.]?\s*$/.test(f.slice(n.end)) ? lastCue(ctx.leadIn.folded, LEFT) : null;
      if (leadSide && leadSide.label !== 'stop') {
        emit({ metric: METRIC[leadSide.label]!, value: n.value, range: [n.start, n.end], confidence: 0.85 });
        continue;
      }
      if (OWN_SUBJECT.test(clause) && !lastCue(clause, LEFT)) {
        // ("Số lượng người làm việc của các đơn vị sự nghiệp là 64 người (có mặt 60 người)": the posts, those present after them.)
        // ("Số lượng người làm việc hưởng lương từ NSNN … năm 2025 dự kiến là 24.105 người": the posts paid from the budget are a
        // quota by their name, as d002's.)
        if (postsBeforePresent(f, clause, n.end) || (PAID_POSTS.test(clause) && /^\s*nguoi\b/.test(f.slice(n.end)))) {
          last = { metric: 'staff.quota_assigned', end: n.end };
          emit({ metric: 'staff.quota_assigned', value: n.value, range: [n.start, n.end], ...(n.qualifier ? { qualifier: n.qualifier } : {}), confidence: 0.8 });
        }
        continue;
      }
      let nounEnd = quotaNoun(f, n.end, aboutQuota);
      const commaClause = f.slice(Math.max(f.lastIndexOf(';', n.start), f.lastIndexOf(',', n.start)) + 1, n.start);
      // "hiện có 48 công chức" in a sentence about the quota: the filled posts, when the cue is in its own clause.
      // ("…, có mặt 3.985 người, thiếu 135 giáo viên": a teaching post by its holder's name.)
      const staffNoun = /^\s*(?:cong chuc|vien chuc|can bo, cong chuc|giao vien)\b/.exec(f.slice(n.end));
      // "Biên chế được giao là 27 công chức; đến 31/12/2023 có 25 công chức": after the assigned quota, the staff one has are the filled posts.
      const haveAfterAssigned =
        staffNoun !== null && /\bco\s*(?:(?:hon|tren|gan|khoang)\s*)?$/.test(commaClause) && !/\btong so\b/.test(commaClause) && !OTHER_BODIES_HAVE.test(f.slice(f.lastIndexOf(';', n.start) + 1, n.start)) &&
        lastCue(f.slice(0, Math.max(f.lastIndexOf(';', n.start), f.lastIndexOf(',', n.start), 0)), LEFT)?.label === 'assigned';
      // ("Số lượng người làm việc được giao là 30, có mặt 27 viên chức": the posts' quota named by "người làm việc".)
      const quotaSentence = /\bbien che\b/.test(f) || POSTS_ASSIGNED.test(f) || VACANT_AGAINST.test(f) || afterAssigned;
      if (nounEnd === null && staffNoun && quotaSentence && (haveAfterAssigned || lastCue(commaClause, LEFT))) nounEnd = n.end + staffNoun[0].length;
      // "Tổng số biên chế được giao là 52,": the quota named before the figure.
      const labelled = /\b(?:bien che|nguoi lam viec)\b[^;,]*?(?:\bla|:)\s*$/.test(commaClause) && /^\s*(?:[;,.(]|$)/.test(f.slice(n.end));
      // "Biên chế được giao 52, hiện có 49, còn thiếu 03", "có mặt 49 (thiếu 03)": a cue right before a bare figure, in a sentence about the quota.
      const cueEnd = lastCue(commaClause, LEFT);
      const cued =
        // ("có mặt đến 31/12/2023: 1.790": the date the posts are counted at may stand between.)
        cueEnd !== null && cueEnd.label !== 'stop' && /^\s*(?:(?:la|:|nam \d{4}|hon|tren|gan|khoang|(?:den|tinh den|vao|tai) (?:ngay )?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\s*)*$/.test(commaClause.slice(cueEnd.end)) &&
        // ("Tình hình biên chế năm 2024:" then "+ Công chức: được giao 45, có mặt 42;": the lead-in names the quota.)
        (/\b(?:bien che|nguoi lam viec)\b/.test(f.slice(0, n.start)) || /\bbien che\b/.test(ctx.leadIn?.folded ?? '') || afterAssigned) && /^\s*(?:[;,.()]|so voi\b|$)/.test(f.slice(n.end));
      // "Số công chức có mặt đến ngày 30/9/2024: 26 người": the filled posts named before their count.
      // ("- Số viên chức hiện có: 63;" under a lead-in about the quota, likewise.)
      const present =
        (/\bso (?:cong chuc|can bo, cong chuc|nguoi) (?:hien )?co mat\b[^;]*?(?::|\bla)\s*$/.test(commaClause) ||
          (aboutQuota && /^\W*so (?:cong chuc|vien chuc|can bo, cong chuc|nguoi lam viec) hien co\b[^;]*?(?::|\bla)\s*$/.test(commaClause))) &&
        /^\s*(?:nguoi|cong chuc|vien chuc)?\s*(?:[;,.(]|$)/.test(f.slice(n.end));
      if (present) {
        emit({ metric: 'staff.quota_filled', value: n.value, range: [n.start, n.end], confidence: 0.8 });
        continue;
      }
      // "… được giao: 64 công chức, 98 viên chức; hiện có 61 công chức, 95 viên chức": a count of another kind of staff right
      // after a quota figure's noun, a comma or "và" between, is of that quota too.
      if (staffNoun && last && /^\s*(?:,|va)\s*$/.test(f.slice(last.end, n.start))) {
        last = { metric: last.metric, end: n.end + staffNoun[0].length };
        emit({ metric: last.metric, value: n.value, range: [n.start, n.end], confidence: 0.8 });
        continue;
      }
      // "Tổng biên chế giao năm 2024: công chức 54, viên chức 287; số có mặt: công chức 51, viên chức 270": bare figures after
      // their kind of post, under a label before the clause's colon that names the side of the quota.
      if (nounEnd === null && !labelled && !cued && KIND_ITEM.test(f.slice(Math.max(0, n.start - 40), n.start)) && /^\s*(?:nguoi|bien che)?\s*(?:[,;.]|va\b|$)/.test(f.slice(n.end))) {
        const clause = f.slice(f.lastIndexOf(';', n.start) + 1, n.start);
        const colon = clause.lastIndexOf(':');
        const side = colon > 0 && QUOTA_LEAD.test(f) ? lastCue(clause.slice(0, colon), LEFT) : null;
        if (side && side.label !== 'stop' && /^[^:]*$/.test(clause.slice(colon + 1))) {
          emit({ metric: METRIC[side.label]!, value: n.value, range: [n.start, n.end], confidence: 0.8 });
          continue;
        }
      }
      if (nounEnd === null && !labelled && !cued && !seriesNoun(f, n)) continue;
      const own = inParens(f, n.start);
      // ("so với số được giao (1.652 người) còn thiếu 72 người": a figure in brackets ends its clause at the bracket.)
      const right = nounEnd === null ? null : firstCue(f.slice(nounEnd, clauseEnd(f, nounEnd, own ? ';,(.)' : ';,(.')).split(/\bso voi\b/)[0]!, RIGHT);
      // ("thực có 1.212/1.265 biên chế được giao": after a fraction, the cue on the noun is the denominator's.)
      // ("hiện có là 27 người/30 biên chế được giao": a whole written after the noun and a slash, likewise.)
      const fraction = n.denominator !== undefined || (nounEnd !== null && /^\s*\/\s*\d/.test(f.slice(nounEnd)));
      const rightOwn = right && right.index < 25 && !(fraction && lastCue(maskClosedParens(f, n.start).slice(0, n.start), LEFT));
      let label = rightOwn ? right.label : haveAfterAssigned ? 'filled' : undefined;
      if (!label) {
        const left = (own ? f : maskClosedParens(f, n.start)).slice(0, n.start);
        let leftCue = lastCue(left, LEFT);
        // ("giảm 05 biên chế so với năm 2024, còn 58 biên chế": what is left after a reduction is the quota named before it.)
        if (leftCue?.label === 'stop' && /\b(?:hien |xuong )?con\s*(?:(?:hon|tren|gan|khoang)\s*)?$/.test(left) && /^(?:giam|tinh gian)/.test(left.slice(leftCue.index))) {
          leftCue = lastCue(left.slice(0, leftCue.index), LEFT);
        }
        label = leftCue?.label;
        if (!label && nounEnd !== null && /\bnguoi lam viec\b/.test(left) && /\b(?:huong luong|ngan sach|bien che)\b/.test(left)) label = 'assigned';
        // "Biên chế sự nghiệp khác 1.489 biên chế." after "Biên chế … thực hiện N biên chế." in the paragraph.
        if (!label && /^\W*bien che\b/.test(f)) {
          const before = foldedBefore(ctx.block.text, ctx.text, fold);
          label = lastCue(maskClosedParens(before, before.length), LEFT)?.label;
        }
      }
      // "tổng số biên chế công chức của tỉnh là 2.436 người/2.512 chỉ tiêu được Bộ Nội vụ giao": a figure whose whole after
      // a slash is the quota assigned is the posts filled of it, even as the sentence's subject.
      const written = fraction ? assignedWhole(ctx.text, f, n, nounEnd) : null;
      if (!label && written) label = 'filled';
      // "Biên chế … thực hiện năm 2023 là 2.140 biên chế, gồm:" then "- Khối huyện 830 biên chế;": an item under a lead-in stating
      // the quota takes the lead-in's cue, as the same list written inline after "gồm:" does.
      if (!label && nounEnd !== null && ctx.leadIn && /\bbien che\b/.test(ctx.leadIn.folded) && /\d/.test(ctx.leadIn.folded)) {
        const lead = ctx.leadIn.folded;
        label = lastCue(maskClosedParens(lead, lead.length), LEFT)?.label;
      }
      // "Biên chế công chức của Sở năm 2024 là 40 biên chế": the quota as the sentence's subject, with no cue, is the one assigned.
      if (!label && QUOTA_SUBJECT.test(f) && /^(?:[^\d;]|\bnam \d{4})*(?:\bla|:)\s*$/.test(commaClause)) label = 'assigned';
      const metric = label ? METRIC[label] : undefined;
      if (!metric) continue;
      // "Biên chế cán bộ, công chức cấp xã được giao 372 người": the tier of the posts, named in the sentence itself
      // (a paragraph's earlier sentence on the departments' divisions is no tier of the province's quota).
      // ("giao 126 chỉ tiêu biên chế công chức cho các cơ quan, tổ chức hành chính cấp huyện": the level it is given to.)
      const givenTo = /^[^;.\d]{0,60}?\bcho\b[^;.\d]{0,50}?\bcap (tinh|huyen|xa)\b(?!\s*(?:,|va)\s*(?:cap )?(?:tinh|huyen|xa)\b)/.exec(f.slice(nounEnd ?? n.end));
      const tier = givenTo ? TIER_OF[givenTo[1]!] : TIER_WORD.test(f) ? tierOf(ctx, n, nounEnd ?? n.end) : undefined;
      last = { metric, end: nounEnd ?? n.end };
      emit({
        metric,
        value: n.value,
        range: [n.start, n.end],
        ...(tier ? { dimensions: { tier } } : {}),
        ...(n.qualifier ? { qualifier: n.qualifier } : {}),
        confidence: 0.85,
      });
      // "hiện có 57 người/61 chỉ tiêu biên chế được giao": the whole after the slash is the quota assigned (CONTRACT: a
      // fraction's denominator restates a whole — here one named by its own cue).
      const whole = metric === 'staff.quota_filled' ? written : null;
      if (whole) emit({ metric: 'staff.quota_assigned', value: whole.value, range: whole.range, ...(tier ? { dimensions: { tier } } : {}), confidence: 0.8 });
    }
  },
});
