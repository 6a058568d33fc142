import { defineCheck } from '../check.ts';
import { defaultsOf } from '../config.ts';
import { cueSpans, itemRuns } from '../blocks.ts';
import { findNumbers } from '../../text/numbers.ts';
import { opening, recordLabel, valueLabel, where } from '../labels.ts';
import { factsBySentence, windowOf, type Fact, type ReportView } from '../report-view.ts';
import { perView } from '../per-view.ts';
import { isTotalRow } from '../breakdown/choose.ts';
import { recordKey, sameFactDims, type NormalizedDims } from '../scope.ts';
import { partByWording } from '../part-wording.ts';
import { rememberLast } from '../../text/memo.ts';
import { decimalsOfValue } from '../figures.ts';
import { bodyScopes, periodScopes, scopeKey } from '../period-scope.ts';
import { issuerKey, namedBody } from '../named-body.ts';

const id = 'conflicting-values';

/** "đúng và trước hạn" is another figure than "đúng hạn" when both are stated. */
const WITH_EARLY = /(?:dung|truoc)(?: han)?\s*(?:va|hoac|,|\/)\s*(?:dung|truoc) han/;
const WITH_EARLY_ALL = new RegExp(WITH_EARLY.source, 'g');
const EARLY = /(?<![a-z])truoc han(?![a-z])/;

/**
 * The report states the early dossiers apart from the on-time ones ("giải quyết trước hạn 1.200
 * hồ sơ, đúng hạn 310 hồ sơ"): its "đúng hạn" then leaves them out, another figure than "đúng và
 * trước hạn". Where it never does, "đúng hạn" is the short name of "đúng và trước hạn" ("tỷ lệ
 * giải quyết đúng hạn đạt 97,8%" in the assessment restating "đúng hạn và trước hạn … đạt 98,64%").
 */
const earlyApart = perView(
  (v: ReportView): boolean =>
    v.facts.some((f) => f.record.metric === 'dossier.resolved_early') || v.folded.some((t) => EARLY.test(t.replace(WITH_EARLY_ALL, ' '))),
);
/** The review a legal-document figure counts: appraising drafts, checking issued texts, sifting the stock. */
const REVIEW_ACT = /(?<![a-z])(tham dinh|kiem tra|ra soat|he thong hoa)(?![a-z])/g;
/** "… cho các sở, ban, ngành", "… cho toàn tỉnh": the bodies a quota is given to, several of them. */
const GIVEN_TO_MANY = /(?<![a-z])cho (?:cac|toan|nhung)(?![a-z])/;

/**
 * A quota given to several bodies ("Sở đã tham mưu UBND tỉnh giao 1.850 biên chế công chức cho
 * các sở, ban, ngành …" in a Sở Nội vụ report) is theirs, not the issuer's own quota.
 */
function quotaOfOthers(f: Fact): boolean {
  return f.record.metric.startsWith('staff.quota_') && GIVEN_TO_MANY.test(windowOf(f, 40, 40));
}

/** Kinds of staff a head count names: civil servants (cán bộ, công chức) and the others. */
const STAFF_KIND = /(?<![a-z])(cong chuc|vien chuc|nguoi lao dong|lao dong hop dong|hop dong lao dong|cbccvc|ccvc|cbcc)(?![a-z])/g;
/** The head count's words name civil servants and no other kind of staff. */
function civilServantsOnly(window: string): boolean {
  let civil = false;
  for (const [, kind] of window.matchAll(STAFF_KIND)) {
    if (kind === 'cong chuc' || kind === 'cbcc') civil = true;
    else return false;
  }
  return civil;
}

/** The posts of public employees: "số lượng người làm việc", or viên chức named without công chức. */
const WORK_POSTS = /(?<![a-z])(?:so luong )?nguoi lam viec(?![a-z])/;
const EMPLOYEES = /(?<![a-z])vien chuc(?![a-z])/;
const CIVIL_SERVANTS = /(?<![a-z])(?:cong chuc|cbcc)(?![a-z])/;
function employeesQuota(window: string): boolean {
  return WORK_POSTS.test(window) || (EMPLOYEES.test(window) && !CIVIL_SERVANTS.test(window));
}

/** Procedures eligible to be offered online ("đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình"). */
const ELIGIBLE = /(?<![a-z])du dieu kien(?![a-z])/;

/** Procedures integrated on (or put onto) the national portal: a subset of those offered online. */
const INTEGRATED = /(?<![a-z])(?:tich hop|dich vu cong quoc gia)(?![a-z])/;
/** Right after a unit count, the funding level it is of: "03 đơn vị tự bảo đảm (một phần) chi thường xuyên". */
const SELF_FUNDED = /^[^;.]{0,40}(?<![a-z])tu (?:bao dam|dam bao)(?: (?:mot phan|toan bo|mot phan hoac toan bo))? chi(?![a-z])/;

function variant(f: Fact, early: boolean): string {
  const m = f.record.metric;
  // the units funding themselves ("03 đơn vị tự bảo đảm chi thường xuyên") are some of the affiliated units ("15 đơn vị sự nghiệp")
  if (m === 'org.units') return SELF_FUNDED.test(windowOf(f, 0, 90)) ? 'self-funded' : '';
  // "thẩm định 36 dự thảo" and "kiểm tra 214 văn bản" are two reviews, not one figure stated twice.
  if (m === 'legal_doc.reviewed') return [...windowOf(f, 60, 0).matchAll(REVIEW_ACT)].at(-1)?.[1] ?? '';
  // the civil servants alone ("58 công chức") are some of the staff ("96 công chức, viên chức và người lao động")
  if (m === 'staff.total') return civilServantsOnly(windowOf(f, 90, 40)) ? 'civil-servants' : '';
  // the posts of public employees ("142 số lượng người làm việc", "hiện có 130 viên chức") are another quota than the civil servants' ("96 biên chế công chức")
  if (m.startsWith('staff.quota_')) return employeesQuota(windowOf(f, 60, 30)) ? 'employees' : '';
  // the procedures integrated on the national portal are some of those offered online, the
  // dossiers filed through it some of those filed online
  if (m === 'procedure.online' || f.record.dimensions.channel === 'online') {
    const w = windowOf(f, 60, 60);
    // the procedures eligible to be offered online ("đủ điều kiện cung cấp …") are another count than those offered
    if (m === 'procedure.online' && ELIGIBLE.test(w)) return 'eligible';
    return INTEGRATED.test(w) ? 'integrated' : '';
  }
  if (!early || (m !== 'dossier.resolved_on_time' && m !== 'dossier.on_time_rate')) return '';
  return WITH_EARLY.test(windowOf(f, 40, 10)) ? 'with-early' : '';
}

/**
 * A sentence opening with a word that adds to what was said ("Ngoài ra, …", "Bên cạnh đó, …",
 * "Đồng thời, …") or with the route or platform it is about ("Qua đường dây nóng, …", "Trên Hệ
 * thống thông tin giải quyết TTHC của tỉnh, …"): its figures are another
 * count beside the one before, not that one restated.
 */
const ANOTHER_COUNT = /^\s*(?:[-+*•]\s*)?(?:ngoai ra|ben canh do|dong thoi|(?:thong )?qua (?!do(?![a-z]))|tren (?:cong|he thong|trang))/;

/**
 * The issuer together with its units ("của Sở và các đơn vị trực thuộc", "Sở cùng các chi cục
 * trực thuộc"): more than the issuer's own figure stated elsewhere.
 */
const WITH_UNITS = /(?<![a-z])(?:va|cung) (?:cac|toan bo cac|toan bo|\d+) (?:[a-z]+ ){1,4}truc thuoc(?![a-z])/;

/**
 * Counts that a report explains by a cause: the late, the overdue, the returned. Followed by one
 * ("vẫn còn 06 hồ sơ quá hạn do phải lấy ý kiến của các bộ, ngành") the count may be those of that
 * cause only, some of the period's figure stated elsewhere.
 */
const EXPLAINED = new Set(['dossier.resolved_late', 'dossier.pending_overdue', 'dossier.returned', 'dossier.rejected']);
const CAUSE_AFTER = /^[^.;:]{0,30}?(?<![a-z])(?:do|vi|boi|nguyen nhan)(?![a-z])/;
function forACause(f: Fact): boolean {
  return EXPLAINED.has(f.record.metric) && f.figure !== null && CAUSE_AFTER.test(f.folded.slice(f.figure.end));
}

/**
 * The figure says what it leaves out or takes in ("289.700 hồ sơ trực tuyến (không bao gồm hồ sơ
 * của các cơ quan ngành dọc)", "kể cả hồ sơ kỳ trước chuyển sang"): another count than the plain one.
 */
const COUNTED_OTHERWISE = /(?<![a-z])(?:(?:khong|chua) (?:bao gom|tinh|ke)|bao gom ca|ke ca|ngoai tru)(?![a-z])/;

/**
 * Wording around a figure that makes it count more or other than the plain figure, and the scope
 * it then belongs to: a figure is compared only with figures of the same scopes (its period's and
 * body's, then each of these it is worded with, in this order).
 */
const SCOPE_CUES: readonly { readonly scope: string; readonly cue: RegExp }[] = [
  { scope: 'with-units', cue: WITH_UNITS },
  { scope: 'counted-otherwise', cue: COUNTED_OTHERWISE },
];

/** A tier named in a clause ("cấp huyện giải quyết đúng hạn 8.812/8.840 hồ sơ, đạt 99,68%"). */
const TIER_NAMED = /(?<![a-z])cap (tinh|huyen|xa)(?![a-z])/g;

/**
 * The tier its clause names before a figure read with no tier, as "|tier:<name>" ("" when none or
 * the figure has its tier): "Đối với …: cấp huyện giải quyết đúng hạn 8.812/8.840 hồ sơ, đạt
 * 99,68%; cấp xã …" is the district's rate, not another value of the agency's own 99,78%.
 */
function namedTier(f: Fact): string {
  if (f.record.dimensions.tier !== undefined || f.figure === null) return '';
  const before = f.folded.slice(0, f.figure.start);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  const last = [...clause.matchAll(TIER_NAMED)].at(-1);
  return last ? `|tier:${last[1]}` : '';
}

/** The scopes of SCOPE_CUES whose cue the text around a figure holds, each as "|scope". */
function cuedScopes(around: string): string {
  let out = '';
  for (const { scope, cue } of SCOPE_CUES) if (cue.test(around)) out += `|${scope}`;
  return out;
}

/**
 * A figure labelled as the rest of a breakdown ("- Lĩnh vực khác: 57 hồ sơ", "các đơn vị còn lại: 12"):
 * a part of a whole by its wording, never the whole stated again (even when its list has no lead-in).
 */
const REST_LABEL = /(?<![a-z])(?:khac|(?:linh vuc|don vi|co quan|nhom|thu tuc|tthc|xa|phuong|huyen) con lai)\s*(?::|-|–|la|co|gom)?\s*$/;
function restLabelled(f: Fact): boolean {
  return f.figure !== null && REST_LABEL.test(f.folded.slice(Math.max(0, f.figure.start - 40), f.figure.start));
}

/** A running total since an event ("Từ khi triển khai Hệ thống … đến nay", "Kể từ …"): not the period's figure. */
const SINCE = /(?<![a-z])(?:tu khi|ke tu)(?![a-z])/;

/** Words before a figure that make it another period's, a change or a plan, not the period's own value. */
const COMPARISON =
  /(?<![a-z])(?:so voi|cung ky|luy ke|tu dau nam|nam truoc|ky truoc|quy truoc|thang truoc|tang|giam|ke hoach|truoc (?:khi )?(?:sap xep|hop nhat|sap nhap|kien toan|to chuc lai)|truoc day)(?![a-z])/;

/**
 * Half a unit of a percent's last written digit: "99,7%" restates "99,71%" rounded. 0 for counts,
 * and for a round 100% or 0% ("100% đúng hạn" says all of them, not 99,7% rounded).
 */
function roundingOf(f: Fact): number {
  if (f.record.unit !== 'percent') return 0;
  const decimals = f.figure ? f.figure.decimals : decimalsOfValue(f.record.value);
  if (decimals === 0 && (f.record.value === 100 || f.record.value === 0)) return 0;
  return 0.5 * 10 ** -decimals;
}

/**
 * The one body a sentence names for its figures ("Chi cục Thủy sản tiếp nhận 500 hồ sơ, đã giải
 * quyết 480 hồ sơ": the subject read for the first figure is the whole sentence's), by sentence; a
 * sentence naming none or several is left out.
 */
function sentenceSubjects(bySentence: ReadonlyMap<string, readonly Fact[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [sentence, facts] of bySentence) {
    const named = new Set<string>();
    for (const f of facts) if (f.record.dimensions.subject !== undefined) named.add(f.record.dimensions.subject.normalize('NFC').toLowerCase());
    if (named.size === 1) out.set(sentence, [...named][0]!);
  }
  return out;
}

/** The first two words after a figure (its noun): "đơn vị sự …", "hồ sơ …". */
const NOUN_AFTER = /^\s*([a-z]+(?: [a-z]+)?)/;

/**
 * A figure after a breakdown cue that follows a whole its sentence writes with the same noun but
 * no record reads ("Có 09/09 đơn vị sự nghiệp công lập được giao quyền tự chủ, trong đó 02 đơn vị tự
 * bảo đảm chi thường xuyên"): a part of that whole, not the report's figure stated again.
 */
function partOfUnreadWhole(f: Fact, sentence: readonly Fact[]): boolean {
  if (f.afterCue || f.figure === null) return false;
  const text = f.folded;
  const cue = cueSpans(text).findLast((c) => c.end <= f.figure!.start);
  if (cue === undefined) return false;
  const noun = NOUN_AFTER.exec(text.slice(f.figure.end))?.[1];
  if (noun === undefined) return false;
  const read = new Set(sentence.map((g) => g.figure?.start));
  return findNumbers(f.record.text).some(
    (m) => !m.percent && m.end <= cue.start && !read.has(m.start) && NOUN_AFTER.exec(text.slice(m.end))?.[1] === noun,
  );
}

/** What the agency has (its procedures, divisions, staff): one number whatever section states it. */
const STOCK = new Set([
  'procedure.total',
  'org.divisions',
  'org.units',
  'staff.total',
  'staff.quota_assigned',
  'staff.quota_filled',
  'staff.quota_vacant',
]);
/** Sections that restate figures from elsewhere in the report. */
const SUMMARY = new Set(['assessment', 'direction']);

/**
 * The digital-government area restates the online figures of the procedures area: the
 * procedures offered online, the dossiers filed or handled online, and the plain totals of received
 * and resolved dossiers their online share is taken of ("Sở đang cung cấp 85 dịch vụ
 * công trực tuyến toàn trình" there, "58" here).
 */
function restatesOnline(f: Fact): boolean {
  if (f.record.canonicalSection !== 'digital_government') return false;
  const m = f.record.metric;
  if (m === 'procedure.online' || f.record.dimensions.channel === 'online') return true;
  // …and the period's plain totals the online share is taken of ("Tổng số hồ sơ tiếp nhận trong quý là 2.154 hồ sơ, trong đó trực tuyến …")
  return PLAIN_TOTALS.has(m) && Object.keys(f.record.dimensions).length === 0;
}
/** Dossier totals the digital-government area restates beside their online part. */
const PLAIN_TOTALS = new Set(['dossier.received', 'dossier.resolved']);
/**
 * How far apart an online figure of the digital-government area and one of the procedures area
 * may be and still be one figure restated: a slip changes a digit or two (1.204 / 1.240, 85 / 58);
 * a figure several times the other counts something wider — the province's system, all the
 * agencies of the province, the years since launch ("Hệ thống thông tin giải quyết TTHC của tỉnh
 * tiếp nhận 186.420 hồ sơ trực tuyến" beside the Sở's own 598).
 */
const ONLINE_RATIO = 2;
const PLAN = new Set(['plan', 'proposals']);

/**
 * JSON of each normalized dimension (null when unset), joined by ",": the middle of a group key.
 * Kept for the last dims array: most facts share one (no dimension set).
 */
const dimsPart = rememberLast((dims: NormalizedDims): string => dims.map((d) => (d === undefined ? 'null' : JSON.stringify(d))).join(','));

/**
 * What sameKey compares, as one string (injective): JSON.stringify([metric, ...dims (null when
 * unset), variant]), put together from its parts (the dimensions' part shared by facts with one dims array).
 */
function groupKey(f: Fact, variant: string): string {
  const dims = dimsPart(f.dims);
  return `[${JSON.stringify(f.record.metric)}${dims === '' ? '' : ','}${dims},${JSON.stringify(variant)}]`;
}

/** Small integers for the distinct values of `keys`, in order of first appearance. */
function numbered<T>(keys: readonly T[]): Int32Array {
  const seen = new Map<T, number>();
  return Int32Array.from(keys, (k) => {
    let id = seen.get(k);
    if (id === undefined) {
      id = seen.size;
      seen.set(k, id);
    }
    return id;
  });
}

/**
 * The groups of facts joined by "a different value of the same figure elsewhere in its scope":
 * facts i and j are joined when their values differ by more than `tol` (and than the rounding
 * of a percent's last written digit), they are in different sentences and not items of one list
 * or table (`run`), and their sections are one scope — one
 * section holds the other, or either is a summary section restating figures from elsewhere
 * (always one scope for what the agency has). Components of that graph, as each fact's root
 * (union–find). A fact is compared with the facts of its own section and its ancestors' and with
 * the summaries' (a descendant's facts compare with it in turn), not with every fact of the
 * group: a long report's group holds a thousand facts, each in its own section.
 */
export function components(
  group: readonly Fact[],
  run: readonly number[],
  tol: number,
  body: readonly (string | null)[] = [],
): (i: number) => number {
  const n = group.length;
  const value = Float64Array.from(group, (f) => f.record.value);
  const slack = Float64Array.from(group, roundingOf);
  const sentence = numbered(group.map((f) => f.sentence));
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) {
      const next = parent[i]!;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const link = (i: number, j: number): void => {
    if (Math.abs(value[i]! - value[j]!) <= tol + Math.max(slack[i]!, slack[j]!)) return;
    if (sentence[i] === sentence[j]) return;
    if (run[i]! >= 0 && run[i] === run[j]) return;
    // two bodies named for their clauses (or another body and the issuer): two bodies' figures
    const bi = body[i];
    const bj = body[j];
    if (bi != null && bj != null && bi !== bj) return;
    const ri = find(i);
    const rj = find(j);
    if (ri !== rj) parent[rj] = ri;
  };
  if (n > 0 && STOCK.has(group[0]!.record.metric)) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) link(i, j);
    return find;
  }
  const bySection = new Map<string, number[]>();
  const summaries: number[] = [];
  // summaries only by restatesOnline: compared across areas only with a figure of their size
  const online = new Uint8Array(n);
  group.forEach((f, i) => {
    const list = bySection.get(f.record.section);
    if (list) list.push(i);
    else bySection.set(f.record.section, [i]);
    if (SUMMARY.has(f.record.canonicalSection ?? '')) summaries.push(i);
    else if (restatesOnline(f)) {
      summaries.push(i);
      online[i] = 1;
    }
  });
  const sameSize = (i: number, j: number): boolean => {
    const a = Math.abs(value[i]!);
    const b = Math.abs(value[j]!);
    return Math.max(a, b) <= ONLINE_RATIO * Math.min(a, b);
  };
  // whether a section below `sec` other than `child` (and its own subsections) states the figure:
  // the sections that state it strictly below `sec`, less those within `child` (counted once for
  // all, as a long report's group holds a thousand sections)
  const below = new Map<string, number>();
  for (const sec of bySection.keys()) {
    for (let cut = sec.indexOf('/'); cut >= 0; cut = sec.indexOf('/', cut + 1)) {
      const anc = sec.slice(0, cut);
      below.set(anc, (below.get(anc) ?? 0) + 1);
    }
  }
  const siblingStates = (sec: string, child: string): boolean =>
    (below.get(sec) ?? 0) - (bySection.has(child) ? 1 : 0) - (below.get(child) ?? 0) > 0;
  for (let i = 0; i < n; i++) {
    // its own section, then each ancestor ("II/2/a" → "II/2" → "II") — up to an ancestor whose other
    // subsections state the figure too: the subsections' figures are its parts ("a) Lĩnh vực đất
    // đai: tiếp nhận 700 hồ sơ", "b) Lĩnh vực môi trường: 500 hồ sơ" below "Sở tiếp nhận 1.200 hồ sơ")
    for (let sec = group[i]!.record.section; ; ) {
      for (const j of bySection.get(sec) ?? []) if (j !== i) link(i, j);
      const cut = sec.lastIndexOf('/');
      if (cut < 0) break;
      const child = sec;
      sec = sec.slice(0, cut);
      if (siblingStates(sec, child)) break;
    }
    for (const j of summaries) if (j !== i && (!online[j] || sameSize(i, j))) link(i, j);
  }
  return find;
}

export default defineCheck({
  id,
  description: 'The same metric with the same dimensions stated twice in one report with different values.',
  ...defaultsOf(id),
  messages: {
    conflict: '{{label}} được nêu với các giá trị khác nhau: {{values}}',
  },
  check(_records, ctx) {
    const v = ctx.view;
    const tol = (ctx.settings.tolerance ?? 0) + 1e-9;
    const runs = itemRuns(v);
    // a row or item labelled as the total ("Tổng cộng | 1.468 | …") states the whole the lead-in
    // before it states too ("Ban đã tiếp nhận 1.486 hồ sơ …; chi tiết như sau:"): the two are one
    // figure stated twice, compared as figures of no run
    const runOf = (f: Fact) => (f.block < 0 || (runs[f.block] !== f.block && isTotalRow(v, f.block)) ? -1 : runs[f.block]!);
    // an item of a list or a table row is a part of something (unless it is labelled as a total)
    // when its list or table states its metric more than once; a list of the key figures, one
    // metric an item ("- Số hồ sơ tiếp nhận: 12.987 hồ sơ;", "- Số hồ sơ đã giải quyết: …"), states each once
    const perRun = new Map<string, number>();
    for (const f of v.facts) {
      if (f.block < 0 || runs[f.block]! < 0) continue;
      const k = `${runs[f.block]}|${f.record.metric}`;
      perRun.set(k, (perRun.get(k) ?? 0) + 1);
    }
    const isPart = (f: Fact) =>
      f.block >= 0 &&
      runs[f.block]! >= 0 &&
      runs[f.block] !== f.block &&
      !isTotalRow(v, f.block) &&
      perRun.get(`${runs[f.block]}|${f.record.metric}`)! > 1;
    // each fact's variant, read once
    const early = earlyApart(v);
    const variants = new Map<Fact, string>();
    const variantOf = (f: Fact) => {
      let v = variants.get(f);
      if (v === undefined) {
        v = variant(f, early);
        variants.set(f, v);
      }
      return v;
    };
    const sameKey = (a: Fact, b: Fact) =>
      a.record.metric === b.record.metric && sameFactDims(a, b) && variantOf(a) === variantOf(b);
    const bySentence = factsBySentence(v);
    // (a part told apart by a dimension the figure before lacks, "trong đó trực tuyến 1.204 hồ sơ", is the report's figure of that dimension)
    const partOfSameMetric = (f: Fact) =>
      (bySentence.get(f.sentence) ?? []).some((g) => g !== f && g.record.metric === f.record.metric && g.at < f.at && sameFactDims(g, f));
    const issuer = issuerKey(v.agency);
    const parts = partByWording(v);
    const stated = (f: Fact) =>
      f.record.section !== '' && f.record.qualifier === undefined && f.record.dimensions.status === undefined && !PLAN.has(f.record.canonicalSection ?? '');
    // A figure alone with its metric, dimensions and variant can conflict with nothing: only the
    // others are read further (most of a report's figures are alone; the tests below read text).
    const keys = new Map<Fact, string>();
    const perKey = new Map<string, number>();
    for (const f of v.facts) {
      if (!stated(f)) continue;
      const key = groupKey(f, variantOf(f));
      keys.set(f, key);
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
    const usable = v.facts.filter(
      (f) =>
        keys.has(f) &&
        perKey.get(keys.get(f)!)! > 1 &&
        // after a cue, a part of its sentence's figure of the same metric; of another metric's
        // ("đã giải quyết 2.118 hồ sơ, trong đó đúng hạn 2.104 hồ sơ"), the report's one figure
        (!f.afterCue || !partOfSameMetric(f)) &&
        !partOfUnreadWhole(f, bySentence.get(f.sentence) ?? []) &&
        !isPart(f) &&
        !COMPARISON.test(windowOf(f, 40, 0)) &&
        !ANOTHER_COUNT.test(f.folded) &&
        !SINCE.test(f.folded) &&
        !quotaOfOthers(f) &&
        !forACause(f) &&
        !restLabelled(f) &&
        !parts[f.index] &&
        // a sentence stating one metric twice speaks of several scopes ("cấp tỉnh …, cấp huyện …");
        // a part worded as one ("…, lĩnh vực khác 151 hồ sơ") is no second scope of the total
        !(bySentence.get(f.sentence) ?? []).some((g) => g !== f && !parts[g.index] && sameKey(f, g)),
    );
    // sameKey is an equivalence (equal metric, normalized dimensions, variant): group by its key,
    // in order of first appearance.
    // what each figure is counted over: another period or body than the report's are other figures
    const periods = periodScopes(v);
    const bodies = bodyScopes(v);
    const subjects = sentenceSubjects(bySentence);
    const scopeOf = (f: Fact) => {
      const key = scopeKey(periods[f.index]!, bodies[f.index]!) + cuedScopes(windowOf(f, 60, 80)) + namedTier(f);
      const subject = f.record.dimensions.subject === undefined ? subjects.get(f.sentence) : undefined;
      return subject === undefined ? key : `${key}|subject:${subject}`;
    };
    const groups = new Map<string, Fact[]>();
    for (const f of usable) {
      const key = `${keys.get(f)!}${scopeOf(f)}`;
      const g = groups.get(key);
      if (g) g.push(f);
      else groups.set(key, [f]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      // What the pairs are compared on, read once per fact (a group is one metric).
      const value = group.map((f) => f.record.value);
      // One value (within the tolerance) throughout: no pair differs, nothing to join.
      let min = Infinity;
      let max = -Infinity;
      for (const x of value) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
      if (max - min <= tol) continue;
      // with the issuer known, another body named before a figure is in its normalized dimensions
      // already (report-view's nameBodies, which leaves a tier's figures as read)
      const bodies = group.map((f) => (issuer === null ? namedBody(f) : f.record.dimensions.tier !== undefined ? namedBody(f, issuer) : null));
      const find = components(group, group.map(runOf), tol, bodies);
      const comps = new Map<number, Fact[]>();
      group.forEach((f, i) => {
        const r = find(i);
        const comp = comps.get(r);
        if (comp) comp.push(f);
        else comps.set(r, [f]);
      });
      for (const comp of comps.values()) {
        if (comp.length < 2) continue;
        comp.sort((a, b) => a.record.start - b.record.start || a.index - b.index);
        const first = comp[0]!;
        const other = comp.find((f) => Math.abs(f.record.value - first.record.value) > tol);
        if (!other) continue;
        ctx.report({
          message: 'conflict',
          data: {
            label: opening(recordLabel(first.record)),
            // (A figure stated twice in one place — a paragraph and its table's total row — is named once.)
            // (A figure stated twice in one place — a paragraph and its table's total row — is named once.)
            values: [...new Set(comp.map((f) => `${valueLabel(f.record)} (${where(f.record.section)})`))].join(' và '),
          },
          records: comp.map((f) => f.index),
          expected: first.record.value,
          actual: other.record.value,
          place: first.index,
          cause: other.index,
          keys: comp.map((f) => recordKey(f.record)),
        });
      }
    }
  },
  examples: {
    valid: [
      {
        name: 'the rest of a list of fields with no lead-in before it is a part, not the total stated again',
        agency: 'Ủy ban nhân dân xã Tân Phong',
        lines: [
          { text: 'Năm 2023, Bộ phận Một cửa xã tiếp nhận 940 hồ sơ, đã giải quyết 940 hồ sơ.', section: '3/b', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 940 },
            { metric: 'dossier.resolved', value: 940 },
          ] },
          { text: '- Lĩnh vực Hộ tịch: 512 hồ sơ;', kind: 'listItem', records: [{ metric: 'dossier.received', value: 512, dims: { field: 'Hộ tịch' } }] },
          { text: '- Lĩnh vực khác: 428 hồ sơ.', kind: 'listItem', records: [{ metric: 'dossier.received', value: 428 }] },
        ],
      },
      {
        name: 'the digital-government area states the online figures of the province’s system, many times the agency’s own',
        agency: 'Sở Thông tin và Truyền thông',
        lines: [
          { text: 'Trong kỳ, Sở nhận 418 hồ sơ, trong đó 396 hồ sơ nộp trực tuyến; Sở cung cấp 27 dịch vụ công trực tuyến toàn trình.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 418 },
            { metric: 'dossier.received', value: 396, dims: { channel: 'online' } },
            { metric: 'procedure.online', value: 27, dims: { level: 'full' } },
          ] },
          { text: '6. Chính quyền số', kind: 'heading', section: 'II/6', canonical: 'digital_government' },
          { text: 'Cổng Dịch vụ công của tỉnh đã tiếp nhận 95.412 hồ sơ trực tuyến.', records: [{ metric: 'dossier.received', value: 95412, dims: { channel: 'online' } }] },
          { text: 'Các cơ quan, địa phương đang cung cấp 1.530 dịch vụ công trực tuyến toàn trình.', records: [{ metric: 'procedure.online', value: 1530, dims: { level: 'full' } }] },
        ],
      },
      {
        name: 'a part after its cue, of a whole written with the same noun but read as no figure, is not the figure stated again',
        lines: [
          { text: 'Sở có 06 phòng chuyên môn và 11 đơn vị sự nghiệp công lập trực thuộc.', section: 'II/3', canonical: 'organization', records: [
            { metric: 'org.divisions', value: 6 },
            { metric: 'org.units', value: 11, dims: { type: 'SNCL' } },
          ] },
          { text: '5. Cải cách tài chính công', kind: 'heading', section: 'II/5', canonical: 'public_finance' },
          { text: 'Đến nay 11/11 đơn vị sự nghiệp đã được giao tự chủ, trong đó 03 đơn vị sự nghiệp tự bảo đảm chi thường xuyên.', records: [
            { metric: 'org.units', value: 3, dims: { type: 'SNCL' } },
          ] },
        ],
      },
      {
        name: 'the units funding themselves, told after the count with no cue, are some of the affiliated units',
        lines: [
          { text: 'Sở có 05 phòng chuyên môn và 12 đơn vị sự nghiệp công lập trực thuộc.', section: 'II/3', canonical: 'organization', records: [
            { metric: 'org.divisions', value: 5 },
            { metric: 'org.units', value: 12, dims: { type: 'SNCL' } },
          ] },
          { text: '5. Cải cách tài chính công', kind: 'heading', section: 'II/5', canonical: 'public_finance' },
          { text: 'Các đơn vị sự nghiệp thực hiện cơ chế tự chủ; 04 đơn vị tự bảo đảm chi thường xuyên.', records: [
            { metric: 'org.units', value: 4, dims: { type: 'SNCL' } },
          ] },
        ],
      },
      {
        name: 'the civil servants’ quota and the public employees’ posts; divisions counted before a merger',
        lines: [
          { text: 'Trước khi hợp nhất, Sở có 08 phòng chuyên môn.', section: 'II/3', canonical: 'organization', records: [{ metric: 'org.divisions', value: 8 }] },
          { text: 'Năm 2025, Sở được giao 72 biên chế công chức, hiện có 70 công chức.', section: 'II/4', canonical: 'civil_service', records: [
            { metric: 'staff.quota_assigned', value: 72 },
            { metric: 'staff.quota_filled', value: 70 },
          ] },
          { text: 'Các đơn vị sự nghiệp của Sở được giao 215 số lượng người làm việc, hiện có 201 viên chức.', records: [
            { metric: 'staff.quota_assigned', value: 215 },
            { metric: 'staff.quota_filled', value: 201 },
          ] },
          { text: 'Sở tiếp tục kiện toàn 06 phòng chuyên môn sau hợp nhất.', records: [{ metric: 'org.divisions', value: 6 }] },
        ],
      },
      {
        name: 'the whole sector (“toàn ngành”) and the issuer with its units are more than the issuer',
        agency: 'Sở Giáo dục và Đào tạo',
        lines: [
          { text: 'Trong kỳ, Sở tiếp nhận 2.046 hồ sơ, trong đó 1.870 hồ sơ nộp trực tuyến; Sở cung cấp 41 dịch vụ công trực tuyến toàn trình.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 2046 },
            { metric: 'dossier.received', value: 1870, dims: { channel: 'online' } },
            { metric: 'procedure.online', value: 41, dims: { level: 'full' } },
          ] },
          { text: '6. Chuyển đổi số', kind: 'heading', section: 'II/6', canonical: 'digital_government' },
          { text: 'Hệ thống ghi nhận 2.530 hồ sơ nộp trực tuyến của Sở cùng các trường trực thuộc.', records: [{ metric: 'dossier.received', value: 2530, dims: { channel: 'online' } }] },
          { text: 'Cổng Dịch vụ công tỉnh ghi nhận 2.530 hồ sơ trực tuyến của Sở và 04 trung tâm trực thuộc.', records: [{ metric: 'dossier.received', value: 2530, dims: { channel: 'online' } }] },
          { text: 'Cả ngành giáo dục đang cung cấp 57 dịch vụ công trực tuyến toàn trình.', records: [{ metric: 'procedure.online', value: 57, dims: { level: 'full' } }] },
        ],
      },
      {
        name: 'the province’s system total in the digital-government area, several times the agency’s own, is another count',
        lines: [
          { text: 'Trong quý, Sở tiếp nhận 1.120 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 1120 }] },
          { text: '6. Chính quyền số', kind: 'heading', section: 'II/6', canonical: 'digital_government' },
          { text: 'Hệ thống thông tin giải quyết TTHC của tỉnh đã tiếp nhận 96.400 hồ sơ trong quý.', records: [{ metric: 'dossier.received', value: 96400 }] },
        ],
      },
      {
        name: 'a report stating the early dossiers apart: its “đúng hạn” leaves them out, another figure than “đúng và trước hạn”',
        lines: [
          { text: 'Sở đã giải quyết 1.500 hồ sơ, trong đó trước hạn 1.100 hồ sơ, đúng hạn 380 hồ sơ, quá hạn 20 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.resolved', value: 1500 },
            { metric: 'dossier.resolved_early', value: 1100 },
            { metric: 'dossier.resolved_on_time', value: 380 },
            { metric: 'dossier.resolved_late', value: 20 },
          ] },
          { text: 'III. Đánh giá chung', kind: 'heading', section: 'III', canonical: 'assessment' },
          { text: 'Số hồ sơ giải quyết đúng và trước hạn là 1.480 hồ sơ.', records: [{ metric: 'dossier.resolved_on_time', value: 1480 }] },
        ],
      },
      {
        name: 'a figure of a tier named in its clause but read with no tier is that tier’s, not the agency’s restated',
        lines: [
          { text: 'Đã giải quyết 5.108 hồ sơ, trong đó đúng hạn 5.097 hồ sơ, đạt 99,78%.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.resolved', value: 5108 },
            { metric: 'dossier.resolved_on_time', value: 5097 },
            { metric: 'dossier.on_time_rate', value: 99.78 },
          ] },
          { text: 'Đối với các TTHC thực hiện tại cấp huyện, cấp xã: cấp huyện giải quyết đúng hạn 8.812/8.840 hồ sơ, đạt 99,68%; cấp xã giải quyết đúng hạn 40.214/40.230 hồ sơ, đạt 99,96%.', records: [
            { metric: 'dossier.resolved_on_time', value: 8812 },
            { metric: 'dossier.on_time_rate', value: 99.68 },
            { metric: 'dossier.resolved_on_time', value: 40214, dims: { tier: 'commune' } },
            { metric: 'dossier.on_time_rate', value: 99.96, dims: { tier: 'commune' } },
          ] },
        ],
      },
      {
        name: 'a rate of last year in a bracket opened by its year is that year’s',
        period: '2024',
        lines: [
          { text: 'Năm 2024, Sở tiếp nhận 5.146 hồ sơ (năm 2023 tiếp nhận 4.120 hồ sơ, tỷ lệ đúng hạn 98,1%).', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 5146 },
            { metric: 'dossier.on_time_rate', value: 98.1 },
          ] },
          { text: 'Tỷ lệ giải quyết đúng hạn đạt 99,78%.', records: [{ metric: 'dossier.on_time_rate', value: 99.78 }] },
        ],
      },
      {
        name: 'the late dossiers of one cause, named in the assessment',
        lines: [
          { text: 'Trong kỳ, Sở đã giải quyết 905 hồ sơ, trong đó quá hạn 11 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.resolved', value: 905 },
            { metric: 'dossier.resolved_late', value: 11 },
          ] },
          { text: 'III. Đánh giá chung', kind: 'heading', section: 'III', canonical: 'assessment' },
          { text: 'Còn 04 hồ sơ trễ hạn vì chờ kết quả đo đạc của đơn vị tư vấn.', records: [{ metric: 'dossier.resolved_late', value: 4 }] },
        ],
      },
      {
        name: 'a figure that says what it leaves out or takes in is another count',
        period: '2024',
        agency: 'Ủy ban nhân dân tỉnh Phú Thọ',
        province: 'Phú Thọ',
        lines: [
          { text: 'Năm 2024, toàn tỉnh tiếp nhận 408.100 hồ sơ, trong đó trực tuyến 233.900 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 408100 },
            { metric: 'dossier.received', value: 233900, dims: { channel: 'online' } },
          ] },
          { text: '6. Chuyển đổi số', kind: 'heading', section: 'II/6', canonical: 'digital_government' },
          { text: 'Cổng Dịch vụ công tỉnh ghi nhận 221.450 hồ sơ trực tuyến, chưa tính hồ sơ của các cơ quan Trung ương đóng trên địa bàn.', records: [{ metric: 'dossier.received', value: 221450, dims: { channel: 'online' } }] },
          { text: 'III. Đánh giá chung', kind: 'heading', section: 'III', canonical: 'assessment' },
          { text: 'Kể cả hồ sơ năm trước chuyển sang, toàn tỉnh đã tiếp nhận 415.300 hồ sơ.', records: [{ metric: 'dossier.received', value: 415300 }] },
        ],
      },
      {
        name: 'appraising drafts and checking issued texts are two reviews of legal documents',
        lines: [
          { text: 'Sở đã thẩm định 36 dự thảo VBQPPL.', section: 'II/1', canonical: 'institutions', records: [{ metric: 'legal_doc.reviewed', value: 36 }] },
          { text: 'Sở đã kiểm tra 214 văn bản quy phạm pháp luật do cấp huyện ban hành.', records: [{ metric: 'legal_doc.reviewed', value: 214 }] },
        ],
      },
      {
        name: 'a running total written as a range from the first of January is not the quarter’s figure',
        period: '2024-Q3',
        lines: [
          { text: 'Trong quý III năm 2024, Sở tiếp nhận 640 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 640 }] },
          { text: 'III. Đánh giá chung', kind: 'heading', section: 'III', canonical: 'assessment' },
          { text: 'Từ ngày 01/01/2024 đến ngày 15/9/2024, Sở đã tiếp nhận 1.905 hồ sơ.', records: [{ metric: 'dossier.received', value: 1905 }] },
        ],
      },
      {
        name: 'the figures of a sentence naming one body are that body’s, whether read with it or not',
        lines: [
          { text: 'Văn phòng Sở tiếp nhận 410 hồ sơ, đã giải quyết 402 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.received', value: 410, dims: { subject: 'Văn phòng Sở' } },
            { metric: 'dossier.resolved', value: 402 },
          ] },
          { text: 'Chi cục Kiểm lâm tiếp nhận 95 hồ sơ, đã giải quyết 93 hồ sơ.', records: [
            { metric: 'dossier.received', value: 95, dims: { subject: 'Chi cục Kiểm lâm' } },
            { metric: 'dossier.resolved', value: 93 },
          ] },
        ],
      },
      {
        name: 'the figures of subsections below a section stating the whole are its parts, not restatements',
        lines: [
          { text: 'Trong quý, Sở tiếp nhận 1.420 hồ sơ.', section: 'II/2', records: [{ metric: 'dossier.received', value: 1420 }] },
          { text: 'a) Lĩnh vực Xây dựng', kind: 'heading', section: 'II/2/a' },
          { text: 'Trong quý, tiếp nhận 920 hồ sơ.', records: [{ metric: 'dossier.received', value: 920 }] },
          { text: 'b) Lĩnh vực Quy hoạch', kind: 'heading', section: 'II/2/b' },
          { text: 'Trong quý, tiếp nhận 500 hồ sơ.', records: [{ metric: 'dossier.received', value: 500 }] },
        ],
      },
      {
        name: 'two bodies named at the start of their sentences, no subject read with their figures',
        lines: [
          { text: 'Huyện Tân Phú tiếp nhận 3.200 hồ sơ, đã giải quyết 3.150 hồ sơ. Huyện Định Quán tiếp nhận 2.900 hồ sơ, đã giải quyết 2.880 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.received', value: 3200 },
            { metric: 'dossier.resolved', value: 3150 },
            { metric: 'dossier.received', value: 2900 },
            { metric: 'dossier.resolved', value: 2880 },
          ] },
        ],
      },
      {
        name: 'sibling items of a list are different things',
        lines: [
          { text: 'Các đơn vị tiếp nhận hồ sơ như sau:', section: 'II/2' },
          { text: '- Sở Tư pháp: tiếp nhận 120 hồ sơ.', records: [{ metric: 'dossier.received', value: 120 }] },
          { text: '- Sở Xây dựng: tiếp nhận 300 hồ sơ.', records: [{ metric: 'dossier.received', value: 300 }] },
        ],
      },
      {
        name: 'a sentence opened by another year ("Năm 2022, …") states that year’s figures',
        period: '2023',
        lines: [
          { text: 'Năm 2023, Sở tiếp nhận 3.410 hồ sơ, tỷ lệ đúng hạn đạt 99,6%.', section: 'II/2', records: [
            { metric: 'dossier.received', value: 3410 },
            { metric: 'dossier.on_time_rate', value: 99.6 },
          ] },
          { text: 'Năm 2022, Sở tiếp nhận 2.980 hồ sơ, tỷ lệ đúng hạn đạt 98,9%.', records: [
            { metric: 'dossier.received', value: 2980 },
            { metric: 'dossier.on_time_rate', value: 98.9 },
          ] },
        ],
      },
      {
        name: 'a figure "tính chung" sums over more than the subsection it is written in',
        lines: [
          { text: 'b) Cấp xã', kind: 'heading', section: 'II/2/b', canonical: 'procedures' },
          { text: 'Các xã giải quyết đúng hạn 5.420 hồ sơ.', records: [{ metric: 'dossier.resolved_on_time', value: 5420, dims: { tier: 'commune' } }] },
          { text: 'Tính chung cả hai cấp, giải quyết đúng hạn 7.935 hồ sơ.', records: [{ metric: 'dossier.resolved_on_time', value: 7935, dims: { tier: 'commune' } }] },
          { text: 'Cộng chung cả hai cấp đã giải quyết đúng hạn 7.935 hồ sơ.', records: [{ metric: 'dossier.resolved_on_time', value: 7935, dims: { tier: 'commune' } }] },
        ],
      },
      {
        name: 'a count in an aside right after a percent is the rate’s numerator, not the total restated',
        lines: [
          { text: 'Trong kỳ tiếp nhận 2.640 hồ sơ.', section: 'II/2', records: [{ metric: 'dossier.received', value: 2640 }] },
          { text: 'Tỷ lệ hồ sơ trực tuyến đạt 78,4% (2.070 hồ sơ).', records: [{ metric: 'dossier.received', value: 2070 }] },
        ],
      },
      {
        name: 'a part singled out by "Riêng …" is another scope than the tier it belongs to',
        lines: [
          {
            text: 'Cấp tỉnh tiếp nhận 12.300 hồ sơ; cấp huyện tiếp nhận 20.150 hồ sơ.',
            section: 'II/2',
            records: [
              { metric: 'dossier.received', value: 12300, dims: { tier: 'province' } },
              { metric: 'dossier.received', value: 20150, dims: { tier: 'district' } },
            ],
          },
          {
            text: 'Riêng Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 9.870 hồ sơ.',
            records: [{ metric: 'dossier.received', value: 9870, dims: { tier: 'province' } }],
          },
        ],
      },
      {
        name: 'a cumulative or compared figure is another scope',
        lines: [
          {
            text: 'Trong quý II tiếp nhận 560 hồ sơ. Lũy kế từ đầu năm tiếp nhận 1.100 hồ sơ.',
            records: [
              { metric: 'dossier.received', value: 560 },
              { metric: 'dossier.received', value: 1100 },
            ],
          },
        ],
      },
      {
        name: 'sibling subsections are different scopes; a planned figure is not a result',
        lines: [
          { text: 'a) Cấp tỉnh', kind: 'heading', section: 'II/2/a', canonical: 'procedures' },
          { text: 'Đã tiếp nhận 800 hồ sơ.', records: [{ metric: 'dossier.received', value: 800 }] },
          { text: 'b) Cấp huyện', kind: 'heading', section: 'II/2/b', canonical: 'procedures' },
          { text: 'Đã tiếp nhận 650 hồ sơ.', records: [{ metric: 'dossier.received', value: 650 }] },
          { text: 'IV. Phương hướng', kind: 'heading', section: 'IV', canonical: 'plan' },
          { text: 'Kiểm tra 05 đơn vị.', records: [{ metric: 'inspection.units', value: 5 }] },
          { text: 'Phấn đấu kiểm tra thêm 08 đơn vị.', records: [{ metric: 'inspection.units', value: 8 }] },
        ],
      },
      {
        name: 'the quarter’s figure and the running total since January (its cue far before the figure) are different figures',
        period: '2023-Q3',
        lines: [
          { text: 'Trong quý III năm 2023, bộ phận một cửa của xã tiếp nhận 412 hồ sơ, đã giải quyết 405 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.received', value: 412 },
            { metric: 'dossier.resolved', value: 405 },
          ] },
          { text: 'Cộng dồn 9 tháng đầu năm 2023, bộ phận một cửa của xã tiếp nhận 1.204 hồ sơ, đã giải quyết 1.197 hồ sơ.', records: [
            { metric: 'dossier.received', value: 1204 },
            { metric: 'dossier.resolved', value: 1197 },
          ] },
          { text: 'III. Đánh giá chung', kind: 'heading', section: 'III', canonical: 'assessment' },
          { text: 'Riêng trong tháng 9, xã tiếp nhận 150 hồ sơ.', records: [{ metric: 'dossier.received', value: 150 }] },
        ],
      },
      {
        name: 'a department’s own figure and the province-wide one it quotes',
        period: '2023',
        agency: 'Sở Xây dựng',
        province: 'Nghệ An',
        lines: [
          { text: 'UBND TỈNH NGHỆ AN', section: '' },
          { text: 'SỞ XÂY DỰNG' },
          { text: 'BÁO CÁO' },
          { text: 'Năm 2023, Sở tiếp nhận 2.000 hồ sơ và giải quyết đúng hạn 1.994 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.received', value: 2000 },
            { metric: 'dossier.resolved_on_time', value: 1994 },
          ] },
          { text: 'Trên toàn địa bàn tỉnh, các cơ quan đã tiếp nhận 152.340 hồ sơ.', records: [{ metric: 'dossier.received', value: 152340 }] },
          { text: 'Theo báo cáo của Trung tâm Phục vụ hành chính công, cả năm có 9.870 hồ sơ được giải quyết đúng hạn.', records: [{ metric: 'dossier.resolved_on_time', value: 9870 }] },
        ],
      },
      {
        name: 'another body named before a figure read without its subject is not the issuer (a list after a colon)',
        agency: 'Trung tâm Phục vụ hành chính công tỉnh Kon Tum',
        lines: [
          { text: 'Trong tháng, Trung tâm đã tiếp nhận 4.120 hồ sơ, đã giải quyết 3.980 hồ sơ.', section: 'I/2', records: [
            { metric: 'dossier.received', value: 4120 },
            { metric: 'dossier.resolved', value: 3980 },
          ] },
          { text: 'Các sở có nhiều hồ sơ nhất: Sở Xây dựng tiếp nhận 1.310 hồ sơ; Sở Nông nghiệp và Phát triển nông thôn tiếp nhận 870 hồ sơ.', records: [
            { metric: 'dossier.received', value: 1310 },
            { metric: 'dossier.received', value: 870, dims: { subject: 'Sở Nông nghiệp và Phát triển nông thôn' } },
          ] },
        ],
      },
      {
        name: 'the issuer named by its name or its kind, and a part picked out of the whole ("tập trung chủ yếu ở …")',
        agency: 'Ủy ban nhân dân huyện Tây Giang',
        lines: [
          { text: 'Quý III, Huyện Tây Giang tiếp nhận 2.210 hồ sơ.', section: 'II/2', records: [{ metric: 'dossier.received', value: 2210 }] },
          { text: 'Số hồ sơ tập trung chủ yếu vào lĩnh vực chứng thực, với 1.460 hồ sơ.', records: [{ metric: 'dossier.received', value: 1460 }] },
          { text: 'Nhiều nhất là lĩnh vực hộ tịch: 512 hồ sơ.', records: [{ metric: 'dossier.received', value: 512 }] },
        ],
      },
      {
        name: 'the rest of a breakdown by field ("lĩnh vực khác") after the named fields, and a total closing it',
        lines: [
          { text: 'Trong quý, UBND xã tiếp nhận 1.530 hồ sơ.', section: 'II/2', records: [{ metric: 'dossier.received', value: 1530 }] },
          { text: 'Trong số đó, lĩnh vực Hộ tịch 702 hồ sơ, lĩnh vực Chứng thực 655 hồ sơ, các lĩnh vực khác 173 hồ sơ, tổng cộng 1.530 hồ sơ.', records: [
            { metric: 'dossier.received', value: 702, dims: { field: 'Hộ tịch' } },
            { metric: 'dossier.received', value: 655, dims: { field: 'Chứng thực' } },
            { metric: 'dossier.received', value: 173 },
            { metric: 'dossier.received', value: 1530 },
          ] },
        ],
      },
      {
        name: 'a count given with its share of the whole ("chiếm 61,2%") is a part, not the whole restated',
        lines: [
          { text: 'Trong quý, Sở tiếp nhận 850 hồ sơ.', section: 'II/2', records: [{ metric: 'dossier.received', value: 850 }] },
          { text: 'Hồ sơ cấp phép hoạt động là 520 hồ sơ, chiếm 61,2%.', records: [{ metric: 'dossier.received', value: 520 }] },
        ],
      },
      {
        name: 'a rate restated in the assessment rounded to fewer decimals',
        lines: [
          { text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,71%.', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.on_time_rate', value: 99.71 }] },
          { text: 'III. Đánh giá chung', kind: 'heading', section: 'III', canonical: 'assessment' },
          { text: 'Tỷ lệ hồ sơ đúng hạn đạt 99,7%, cao hơn cùng kỳ.', records: [{ metric: 'dossier.on_time_rate', value: 99.7 }] },
        ],
      },
      {
        name: 'a sentence adding another count ("Ngoài ra", a route or platform named first), the procedures integrated on the national portal, the civil servants among all staff, a quota given to many bodies, and a unit that belongs to the issuer',
        agency: 'Văn phòng Ủy ban nhân dân tỉnh Cao Bằng',
        lines: [
          { text: 'Trong quý, Sở tiếp nhận 05 phản ánh, kiến nghị về quy định hành chính qua Cổng Dịch vụ công.', section: 'II/2', canonical: 'procedures', records: [{ metric: 'feedback.received', value: 5 }] },
          { text: 'Qua đường dây nóng, Sở tiếp nhận 02 phản ánh, kiến nghị.', records: [{ metric: 'feedback.received', value: 2 }] },
          { text: 'Ngoài ra, Sở tiếp nhận 03 phản ánh qua hộp thư góp ý.', records: [{ metric: 'feedback.received', value: 3 }] },
          { text: 'Sở đang cung cấp 120 TTHC trực tuyến toàn trình.', records: [{ metric: 'procedure.online', value: 120, dims: { level: 'full' } }] },
          { text: 'Sở đã tích hợp 105 TTHC trực tuyến toàn trình lên Cổng Dịch vụ công quốc gia.', section: 'II/6', canonical: 'digital_government', records: [{ metric: 'procedure.online', value: 105, dims: { level: 'full' } }] },
          { text: 'Trên Hệ thống thông tin giải quyết TTHC của tỉnh, Sở cung cấp 118 TTHC trực tuyến toàn trình.', records: [{ metric: 'procedure.online', value: 118, dims: { level: 'full' } }] },
          { text: 'Văn phòng trình UBND tỉnh giao 1.850 biên chế công chức cho các sở, ban, ngành.', section: 'II/3', canonical: 'organization', records: [{ metric: 'staff.quota_assigned', value: 1850 }] },
          { text: 'Văn phòng được giao 52 biên chế công chức.', section: 'II/4', canonical: 'civil_service', records: [{ metric: 'staff.quota_assigned', value: 52 }] },
          { text: 'Khối cơ quan Văn phòng hiện có 48 công chức.', records: [{ metric: 'staff.total', value: 48 }] },
          { text: 'Tổng số công chức, viên chức và người lao động của Văn phòng và các đơn vị trực thuộc là 96 người.', records: [{ metric: 'staff.total', value: 96 }] },
          { text: 'Trung tâm Phục vụ hành chính công trực thuộc Văn phòng được giao 12 biên chế.', records: [{ metric: 'staff.quota_assigned', value: 12 }] },
        ],
      },
    ],
    invalid: [
      {
        name: 'a total stated in a paragraph and in its table\'s total row, restated otherwise in the assessment: the place named once',
        period: '2024',
        lines: [
          { text: 'Năm 2024, Chi cục tiếp nhận 1.318 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 1318 }] },
          { text: '| Lĩnh vực | Tiếp nhận |', kind: 'tableRow' },
          { text: '| Cộng | 1.318 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 1318 }] },
          { text: 'III. ĐÁNH GIÁ CHUNG', kind: 'heading', section: 'III', canonical: 'assessment' },
          { text: 'Trong năm, Chi cục đã tiếp nhận 1.381 hồ sơ TTHC.', records: [{ metric: 'dossier.received', value: 1381 }] },
        ],
        flags: [{ severity: 'warning', records: [0, 1, 2], message: ['khác nhau: 1.318 (mục II/2) và 1.381 (mục III)'] }],
      },
      {
        name: 'the online figures of the procedures area restated in the digital-government area with other values (a running total since launch, the dossiers filed through the national portal, the procedures eligible are none)',
        lines: [
          { text: 'Trong kỳ, Sở tiếp nhận 3.600 hồ sơ, trong đó nộp trực tuyến 1.204 hồ sơ; Sở đang cung cấp 85 dịch vụ công trực tuyến toàn trình.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 3600 },
            { metric: 'dossier.received', value: 1204, dims: { channel: 'online' } },
            { metric: 'procedure.online', value: 85, dims: { level: 'full' } },
          ] },
          { text: '6. Xây dựng Chính phủ số', kind: 'heading', section: 'II/6', canonical: 'digital_government' },
          { text: 'Số hồ sơ nộp trực tuyến là 1.240 hồ sơ.', records: [{ metric: 'dossier.received', value: 1240, dims: { channel: 'online' } }] },
          { text: 'Từ khi triển khai Hệ thống thông tin giải quyết TTHC đến nay, Sở đã tiếp nhận 5.400 hồ sơ trực tuyến.', records: [{ metric: 'dossier.received', value: 5400, dims: { channel: 'online' } }] },
          { text: 'Số hồ sơ nộp trực tuyến qua Cổng Dịch vụ công quốc gia là 300 hồ sơ.', records: [{ metric: 'dossier.received', value: 300, dims: { channel: 'online' } }] },
          { text: 'Sở đã rà soát, có 80 TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình.', records: [{ metric: 'procedure.online', value: 80, dims: { level: 'full' } }] },
          { text: 'Sở đang cung cấp 58 dịch vụ công trực tuyến toàn trình.', records: [{ metric: 'procedure.online', value: 58, dims: { level: 'full' } }] },
        ],
        flags: [
          { severity: 'warning', records: [1, 3], message: ['1.204', '1.240'] },
          { severity: 'warning', records: [2, 7], message: ['85', '58'] },
        ],
      },
      {
        name: 'the period’s dossiers received restated with another value in the digital-government area beside their online part',
        lines: [
          { text: 'Trong quý, đơn vị tiếp nhận 4.310 hồ sơ, đã giải quyết 4.205 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 4310 },
            { metric: 'dossier.resolved', value: 4205 },
          ] },
          { text: '6. Chuyển đổi số', kind: 'heading', section: 'II/6', canonical: 'digital_government' },
          { text: 'Tổng số hồ sơ tiếp nhận trong quý là 4.130 hồ sơ, trong đó nộp trực tuyến 2.870 hồ sơ.', records: [
            { metric: 'dossier.received', value: 4130 },
            { metric: 'dossier.received', value: 2870, dims: { channel: 'online' } },
          ] },
        ],
        flags: [{ severity: 'warning', records: [0, 2], message: ['4.310', '4.130'] }],
      },
      {
        name: 'a report never stating the early dossiers apart: “đúng hạn” in the assessment restates “đúng hạn và trước hạn”',
        lines: [
          { text: 'Trung tâm đã giải quyết 2.574 hồ sơ, trong đó đúng hạn và trước hạn 2.539 hồ sơ, đạt 98,64%.', section: 'II', canonical: 'procedures', records: [
            { metric: 'dossier.resolved', value: 2574 },
            { metric: 'dossier.resolved_on_time', value: 2539 },
            { metric: 'dossier.on_time_rate', value: 98.64 },
          ] },
          { text: 'III. Nhận xét, đánh giá', kind: 'heading', section: 'III', canonical: 'assessment' },
          { text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,8%.', records: [{ metric: 'dossier.on_time_rate', value: 97.8 }] },
        ],
        flags: [{ severity: 'warning', expected: 98.64, actual: 97.8, records: [2, 3] }],
      },
      {
        name: 'an item of a list of key figures (one metric an item) restated in the assessment',
        lines: [
          { text: 'Kết quả tiếp nhận, giải quyết hồ sơ tại Trung tâm trong quý như sau:', section: 'II/2', canonical: 'procedures' },
          { text: '- Số hồ sơ tiếp nhận: 12.987 hồ sơ;', records: [{ metric: 'dossier.received', value: 12987 }] },
          { text: '- Số hồ sơ đã giải quyết: 12.802 hồ sơ;', records: [{ metric: 'dossier.resolved', value: 12802 }] },
          { text: 'III. Đánh giá chung', kind: 'heading', section: 'III', canonical: 'assessment' },
          { text: 'Trong quý, Trung tâm đã tiếp nhận 12.897 hồ sơ.', records: [{ metric: 'dossier.received', value: 12897 }] },
        ],
        flags: [{ severity: 'warning', records: [0, 2], message: ['12.987', '12.897'] }],
      },
      {
        name: 'the on-time count of a breakdown of the resolved, restated in the direction part',
        lines: [
          { text: 'Trong kỳ, Sở đã giải quyết đúng hạn 2.140 hồ sơ TTHC.', section: 'I', canonical: 'direction', records: [{ metric: 'dossier.resolved_on_time', value: 2140 }] },
          { text: 'Sở đã giải quyết 2.118 hồ sơ, trong đó giải quyết đúng hạn 2.104 hồ sơ, quá hạn 14 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.resolved', value: 2118 },
            { metric: 'dossier.resolved_on_time', value: 2104 },
            { metric: 'dossier.resolved_late', value: 14 },
          ] },
        ],
        flags: [{ severity: 'warning', records: [0, 2], message: ['2.140', '2.104'] }],
      },
      {
        name: 'a lead-in’s total and the total row of the table it leads, with two values',
        lines: [
          { text: 'Trong kỳ, Ban đã tiếp nhận 1.486 hồ sơ, đã giải quyết 1.452 hồ sơ; chi tiết theo lĩnh vực như sau:', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 1486 },
            { metric: 'dossier.resolved', value: 1452 },
          ] },
          { text: '| Lĩnh vực | Tiếp nhận | Đã giải quyết |', kind: 'tableRow' },
          { text: '| Đầu tư | 312 | 305 |', kind: 'tableRow', records: [
            { metric: 'dossier.received', value: 312, dims: { field: 'Đầu tư' } },
            { metric: 'dossier.resolved', value: 305, dims: { field: 'Đầu tư' } },
          ] },
          { text: '| Lao động | 1.156 | 1.147 |', kind: 'tableRow', records: [
            { metric: 'dossier.received', value: 1156, dims: { field: 'Lao động' } },
            { metric: 'dossier.resolved', value: 1147, dims: { field: 'Lao động' } },
          ] },
          { text: '| Tổng cộng | 1.468 | 1.452 |', kind: 'tableRow', records: [
            { metric: 'dossier.received', value: 1468 },
            { metric: 'dossier.resolved', value: 1452 },
          ] },
        ],
        flags: [{ severity: 'warning', expected: 1486, actual: 1468, records: [0, 6] }],
      },
      {
        name: 'the affiliated units stated in two reform areas with different counts',
        lines: [
          { text: 'Cơ cấu tổ chức của Sở gồm 04 phòng chuyên môn và 03 đơn vị sự nghiệp công lập trực thuộc.', section: 'II/3', canonical: 'organization', records: [
            { metric: 'org.divisions', value: 4 },
            { metric: 'org.units', value: 3, dims: { type: 'SNCL' } },
          ] },
          { text: 'Sở có 04 đơn vị sự nghiệp công lập trực thuộc.', section: 'II/5', canonical: 'public_finance', records: [{ metric: 'org.units', value: 4, dims: { type: 'SNCL' } }] },
        ],
        flags: [{ severity: 'warning', records: [1, 2] }],
      },
      {
        name: 'the same review stated twice with two values',
        lines: [
          { text: 'Sở đã rà soát 214 văn bản quy phạm pháp luật.', section: 'II/1', canonical: 'institutions', records: [{ metric: 'legal_doc.reviewed', value: 214 }] },
          { text: 'Trong năm, Sở rà soát 198 văn bản quy phạm pháp luật.', records: [{ metric: 'legal_doc.reviewed', value: 198 }] },
        ],
        flags: [{ severity: 'warning', records: [0, 1] }],
      },
      {
        name: 'a rate restated with another value: the message shows percents',
        lines: [
          { text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,12%.', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.on_time_rate', value: 99.12 }] },
          { text: 'III. Đánh giá chung', kind: 'heading', section: 'III', canonical: 'assessment' },
          { text: 'Tỷ lệ giải quyết đúng hạn đạt 98,1%.', records: [{ metric: 'dossier.on_time_rate', value: 98.1 }] },
        ],
        flags: [{ severity: 'warning', records: [0, 1], message: ['Tỷ lệ giải quyết đúng hạn được nêu', '99,12% (mục II/2) và 98,1% (mục III)'] }],
      },
      {
        name: 'the results section and the assessment disagree',
        lines: [
          { text: '2. Cải cách thủ tục hành chính', kind: 'heading', section: 'II/2', canonical: 'procedures' },
          { text: 'Trong quý, Trung tâm đã tiếp nhận 1.250 hồ sơ.', records: [{ metric: 'dossier.received', value: 1250 }] },
          { text: 'III. Đánh giá chung', kind: 'heading', section: 'III', canonical: 'assessment' },
          { text: 'Công tác một cửa được duy trì, đã tiếp nhận 1.320 hồ sơ.', records: [{ metric: 'dossier.received', value: 1320 }] },
        ],
        flags: [{ severity: 'warning', expected: 1250, actual: 1320, records: [0, 1], message: ['1.250 (mục II/2) và 1.320 (mục III)'] }],
      },
      {
        name: 'the issuer named by its name in one place and by its kind in the other, with another body named earlier in the clause',
        agency: 'Ủy ban nhân dân huyện Nam Trà My',
        lines: [
          { text: 'Trong quý, UBND huyện Nam Trà My tiếp nhận 1.905 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 1905 }] },
          { text: 'III. Đánh giá chung', kind: 'heading', section: 'III', canonical: 'assessment' },
          { text: 'Phối hợp với Chi cục Thuế khu vực, UBND huyện đã tiếp nhận 1.950 hồ sơ.', records: [{ metric: 'dossier.received', value: 1950 }] },
        ],
        flags: [{ severity: 'warning', expected: 1905, actual: 1950, records: [0, 1] }],
      },
      {
        name: 'the agency’s procedures counted differently in two sections (a figure followed by a comparison is still the period’s)',
        lines: [
          { text: '2. Cải cách thủ tục hành chính', kind: 'heading', section: 'II/2', canonical: 'procedures' },
          { text: 'Tổng số TTHC thuộc thẩm quyền giải quyết của Sở là 215 TTHC.', records: [{ metric: 'procedure.total', value: 215 }] },
          { text: '6. Chuyển đổi số', kind: 'heading', section: 'II/6', canonical: 'digital_government' },
          { text: 'Sở cung cấp 221 TTHC trên Cổng Dịch vụ công, tăng 6 TTHC so với năm trước.', records: [{ metric: 'procedure.total', value: 221 }] },
        ],
        flags: [{ severity: 'warning', expected: 215, actual: 221 }],
      },
      {
        name: 'the issuer read as the subject by its abbreviation and restated by its name with another value',
        agency: 'Sở Tài nguyên và Môi trường',
        lines: [
          { text: 'Trong quý, Sở TN&MT tiếp nhận 2.410 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 2410, dims: { subject: 'Sở TN&MT' } }] },
          { text: 'III. Đánh giá chung', kind: 'heading', section: 'III', canonical: 'assessment' },
          { text: 'Trong quý, Sở Tài nguyên và Môi trường tiếp nhận 2.140 hồ sơ.', records: [{ metric: 'dossier.received', value: 2140 }] },
        ],
        flags: [{ severity: 'warning', expected: 2410, actual: 2140, records: [0, 1] }],
      },
      {
        name: 'the total of a sentence that also states the rest of its breakdown, restated with another value',
        lines: [
          { text: 'Bộ phận Một cửa tiếp nhận 870 hồ sơ, trong đó lĩnh vực Hộ tịch 402 hồ sơ, lĩnh vực khác 468 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 870 },
            { metric: 'dossier.received', value: 402, dims: { field: 'Hộ tịch' } },
            { metric: 'dossier.received', value: 468 },
          ] },
          { text: 'III. Đánh giá chung', kind: 'heading', section: 'III', canonical: 'assessment' },
          { text: 'Trong quý, xã tiếp nhận 807 hồ sơ.', records: [{ metric: 'dossier.received', value: 807 }] },
        ],
        flags: [{ severity: 'warning', expected: 870, actual: 807, records: [0, 3] }],
      },
      {
        name: 'one named body’s figure stated twice with different values',
        lines: [
          { text: 'Huyện Tân Phú tiếp nhận 3.200 hồ sơ.', section: 'II/2', records: [{ metric: 'dossier.received', value: 3200 }] },
          { text: 'III. Đánh giá chung', kind: 'heading', section: 'III', canonical: 'assessment' },
          { text: 'Trong năm, Huyện Tân Phú tiếp nhận 3.020 hồ sơ.', records: [{ metric: 'dossier.received', value: 3020 }] },
        ],
        flags: [{ severity: 'warning', expected: 3200, actual: 3020, records: [0, 1] }],
      },
      {
        name: 'two paragraphs of one section',
        lines: [
          { text: 'Tổng số biên chế được giao năm 2023 là 52 biên chế.', section: 'II/3', records: [{ metric: 'staff.quota_assigned', value: 52 }] },
          { text: 'Sở đang sử dụng 47 biên chế trên tổng số 54 biên chế được giao.', records: [
            { metric: 'staff.quota_filled', value: 47 },
            { metric: 'staff.quota_assigned', value: 54 },
          ] },
        ],
        flags: [{ severity: 'warning', expected: 52, actual: 54, records: [0, 2] }],
      },
      {
        name: 'a province’s committee states its own province-wide figure twice (“toàn tỉnh” is its own scope)',
        period: '2022',
        agency: 'Ủy ban nhân dân tỉnh Lâm Đồng',
        province: 'Lâm Đồng',
        lines: [
          { text: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', section: '' },
          { text: 'BÁO CÁO' },
          { text: 'Năm 2022, toàn tỉnh tiếp nhận 420.800 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 420800 }] },
          { text: 'III. Đánh giá chung', kind: 'heading', section: 'III', canonical: 'assessment' },
          { text: 'Các cơ quan hành chính đã tiếp nhận 402.800 hồ sơ.', records: [{ metric: 'dossier.received', value: 402800 }] },
        ],
        flags: [{ severity: 'warning', expected: 420800, actual: 402800 }],
      },
      {
        name: 'a carry-over from the previous quarter named before a figure does not make it that quarter’s',
        period: '2023-Q2',
        lines: [
          { text: 'Trong quý II tiếp nhận 560 hồ sơ (quý I chuyển sang 12 hồ sơ), đã giải quyết 540 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 560 },
            { metric: 'dossier.carried_over', value: 12 },
            { metric: 'dossier.resolved', value: 540 },
          ] },
          { text: 'III. Đánh giá chung', kind: 'heading', section: 'III', canonical: 'assessment' },
          { text: 'Trong kỳ đã giải quyết 545 hồ sơ.', records: [{ metric: 'dossier.resolved', value: 545 }] },
        ],
        flags: [{ severity: 'warning', expected: 540, actual: 545 }],
      },
      {
        name: 'a rate that its restatement does not round to; "100%" is all of them, not a rounded 99,7%',
        lines: [
          { text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,71%.', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.on_time_rate', value: 99.71 }] },
          { text: 'Tỷ lệ trễ hạn chiếm 0,3%.', records: [{ metric: 'dossier.late_rate', value: 0.3 }] },
          { text: 'III. Đánh giá chung', kind: 'heading', section: 'III', canonical: 'assessment' },
          { text: 'Tỷ lệ hồ sơ đúng hạn đạt 99,8%; 100% hồ sơ trễ hạn đã được xin lỗi.', records: [{ metric: 'dossier.on_time_rate', value: 99.8 }] },
          { text: 'Tỷ lệ hồ sơ trễ hạn là 0%.', records: [{ metric: 'dossier.late_rate', value: 0 }] },
        ],
        flags: [{ severity: 'warning', expected: 99.71, actual: 99.8 }, { severity: 'warning', expected: 0.3, actual: 0 }],
      },
    ],
  },
});
