/**
 * Tables of the other metrics: staff (biên chế được giao / có mặt / còn thiếu; trình độ tiến sĩ,
 * thạc sĩ, đại học…; tổng số cán bộ, công chức; lượt người đào tạo, bồi dưỡng), procedures (số
 * TTHC, toàn trình, một phần, mức độ 3/4, công bố, sửa đổi, bãi bỏ), VBQPPL (ban hành, kiểm tra,
 * rà soát), feedback (phản ánh, kiến nghị tiếp nhận / đã xử lý), organisation (phòng, đơn vị).
 *
 * A column is read from its header (merged cells filled as for dossier tables) and the caption
 * before the table; a table whose only count column is "Số lượng" reads its metric from each
 * row's label instead ("Tiến sĩ | 2"). Row labels give tier, field or body as in dossier tables.
 */
import type { Dimensions } from '../schema/record.ts';
import type { Block } from '../structure/types.ts';
import { fold } from '../text/normalize.ts';
import { METRICS, type DimensionName } from './catalog.ts';
import { levelOf } from './dimensions/level.ts';
import { blockIndex } from './dossier/document.ts';
import { CHANGE_HEAD, foldedLabel, gridOf, lastPart, PLAN_HEAD, periodRank, rowDims, tableOf, tableRows, yearOf, type Table } from './dossier/table.ts';

export interface MetricColumn {
  metric: string;
  dims: Dimensions;
  /** A share column that names procedures online itself ("Tỷ lệ TTHC cung cấp trực tuyến (%)"): read without a level too. */
  ownShare?: true;
}

export interface MetricTable {
  table: Table;
  /** Per column: its metric, or null. */
  columns: (MetricColumn | null)[];
  /** Row-wise table: the column holding the counts; each row's label names its metric. */
  countColumn: number | null;
  /**
   * Row-wise table whose columns are read across — by level ("Cấp tỉnh | Cấp huyện | Cấp xã | Tổng"),
   * or the one column of the report's own period, or the results' column beside its target's: per column read,
   * the dimensions it gives (its tier; status planned for the target; none for the total, the period's or the results').
   */
  acrossColumns?: Map<number, Dimensions>;
  context: string;
  /** The one level the caption names ("Trình độ chuyên môn của cán bộ, công chức cấp xã:"), for rows naming none. */
  captionTier?: Dimensions['tier'];
}

const cache = new WeakMap<Block, MetricTable | null>();
/** A whole-word pattern, compiled once per source (metricOf runs for every column of every table). */
const words = new Map<string, RegExp>();
const W = (s: string): RegExp => {
  let re = words.get(s);
  if (re === undefined) {
    re = new RegExp(`(?<![a-z])(?:${s})(?![a-z])`);
    words.set(s, re);
  }
  return re;
};

const NOT_DEGREE = W('ly luan|chinh tri|llct|quan ly nha nuoc|qlnn|ngoai ngu|tin hoc|ngach');
const DEGREE_CONTEXT = W('trinh do|chuyen mon|bang cap|hoc van|hoc vi');
const QUOTA_CONTEXT = W('bien che|nguoi lam viec');
const TRAINING_CONTEXT = W('dao tao|boi duong|tap huan');
const FEEDBACK_CONTEXT = W('phan anh|kien nghi|pakn');
const LEGAL_CONTEXT = W('vbqppl|van ban quy pham(?: phap luat)?|van ban qppl|qppl');
const PROCEDURE_CONTEXT = W('tthc|thu tuc(?: hanh chinh)?|dich vu cong|dvc|dvctt');
const STAFF_CONTEXT = W('can bo|cong chuc|vien chuc|cbcc|cbccvc|ccvc|nguoi lao dong|nguoi lam viec');
const RATE = /(?<![a-z])t[yi] le(?![a-z])|%/;
const ONLINE_HEAD = W('truc tuyen|dvctt');
/** What a reform did to some procedures, which are no count of all of them. */
const REFORMED = W('don gian hoa|cat giam|thanh toan|so hoa|lien thong|tich hop|ket noi|rut ngan|phan cap|uy quyen|chuan hoa|dieu chinh');
/** A total row's label. */
const TOTAL_LABEL = /^(?:tong(?: so| cong)?|cong)$/;
/** A table of staff that counts something else than heads: quota, training, discipline. */
const NOT_HEADCOUNT = W('bien che|dao tao|boi duong|tap huan|ky luat');
const DISCIPLINE_HEAD = W('(?:bi )?(?:xu ly )?ky luat');
/** A form of discipline, as a row or column of its own. */
const DISCIPLINE_FORM = W('khien trach|canh cao|ha bac luong|giang chuc|cach chuc|buoc thoi viec|bai nhiem');
const BARE_RATE = /^t[yi] le(?:\s*\(?%\)?)?$/;
/** A column of one level of government, or of their total. */
const TIER_HEAD = /^(?:cap (tinh|huyen|xa)|(tong(?: so| cong)?|toan (?:tinh|huyen)|cong))$/;
const TIER_OF: Record<string, Dimensions['tier']> = { tinh: 'province', huyen: 'district', xa: 'commune' };

/** The metric a folded header (or a row label) names, read in `context` (caption and headers). */
export function metricOf(head: string, context: string): MetricColumn | null {
  if (W('stt|tt|ghi chu|so lop|so buoi|so cuoc|kinh phi|so tien').test(head)) return null;
  if (W('ho so|hs').test(head)) return null;
  const rate = RATE.test(head);
  // Qualifications.
  if (!NOT_DEGREE.test(head) && !rate) {
    if (W('tien s[iy]').test(head)) return { metric: 'staff.by_degree', dims: { degree: 'doctorate' } };
    if (W('thac s[iy]|cao hoc').test(head)) return { metric: 'staff.by_degree', dims: { degree: 'master' } };
    if (DEGREE_CONTEXT.test(`${head} ${context}`)) {
      if (W('(?<!sau )dai hoc').test(head)) return { metric: 'staff.by_degree', dims: { degree: 'bachelor' } };
      // "Trung cấp", "Sơ cấp" are also levels of political theory: under such a caption only a "chuyên môn" header decides.
      const theory = NOT_DEGREE.test(context) && !W('chuyen mon').test(head);
      // ("Cao đẳng, trung cấp" together is read as college; "Trung cấp" alone is of the rest, as dimensions/degree.ts has it.)
      if (!theory && W('cao dang').test(head)) return { metric: 'staff.by_degree', dims: { degree: 'college' } };
      if (!theory && (W('trung cap|so cap|chua qua dao tao|trinh do khac').test(head) || /^khac$/.test(head.trim()))) return { metric: 'staff.by_degree', dims: { degree: 'other' } };
    }
  }
  if (rate) {
    const level = levelOf(head);
    if (level && PROCEDURE_CONTEXT.test(`${head} ${context}`)) return { metric: 'procedure.online_rate', dims: { level } };
    // A bare "Tỷ lệ (%)" beside rows "Toàn trình", "Một phần" of procedures: the share at the row's level (cellMetric needs one).
    if (BARE_RATE.test(head.trim()) && PROCEDURE_CONTEXT.test(context)) return { metric: 'procedure.online_rate', dims: {} };
    // "Tỷ lệ TTHC cung cấp trực tuyến (%)": the share of procedures online, at no one level.
    if (PROCEDURE_CONTEXT.test(head) && ONLINE_HEAD.test(head)) return { metric: 'procedure.online_rate', dims: {}, ownShare: true };
    return null;
  }
  // Quota.
  if (QUOTA_CONTEXT.test(`${head} ${context}`)) {
    if (W('con thieu|chua su dung|chua tuyen(?: dung)?|con lai|thieu so voi').test(head)) return { metric: 'staff.quota_vacant', dims: {} };
    if (W('co mat|hien co|da su dung|thuc hien|da tuyen(?: dung)?|hien dang lam viec').test(head)) return { metric: 'staff.quota_filled', dims: {} };
    if (W('(?:duoc )?giao|ke hoach|chi tieu').test(head)) return { metric: 'staff.quota_assigned', dims: {} };
  }
  // "Số công chức bị xử lý kỷ luật" (not "Hình thức kỷ luật", whose rows are the kinds).
  if (DISCIPLINE_HEAD.test(head) && !W('hinh thuc').test(head) && STAFF_CONTEXT.test(`${head} ${context}`)) return { metric: 'staff.disciplined', dims: {} };
  // "Khiển trách | 1 | 3" under "Hình thức kỷ luật" or a caption on discipline: the staff disciplined in that form.
  if (DISCIPLINE_FORM.test(head) && W('ky luat').test(context)) return { metric: 'staff.disciplined', dims: {} };
  if (W('(?:tong so|so luong) (?:can bo|cong chuc|vien chuc|cb|cbcc|cbccvc|ccvc|nguoi lao dong)').test(head)) return { metric: 'staff.total', dims: {} };
  // Training.
  if (TRAINING_CONTEXT.test(`${head} ${context}`) && W('luot nguoi|so luot|so nguoi|so hoc vien|luot can bo|so can bo|so cong chuc').test(head)) {
    return { metric: 'staff.trained', dims: {} };
  }
  // Feedback on procedures and regulations.
  if (FEEDBACK_CONTEXT.test(`${head} ${context}`) && !W('khieu nai|to cao|tiep cong dan').test(`${head} ${context}`)) {
    if (W('da (?:xu ly|giai quyet|tra loi)(?: xong)?').test(head)) return { metric: 'feedback.resolved', dims: {} };
    if (!W('dang|chua').test(head) && W('tiep nhan|so phan anh|so kien nghi|so pakn|tong so').test(head)) return { metric: 'feedback.received', dims: {} };
    return null;
  }
  // Bodies inspected on reform work ("Số cơ quan, đơn vị được kiểm tra công tác CCHC"; "Đã kiểm tra" beside rows of bodies under "Đối tượng kiểm tra").
  const inspected = W('co quan|don vi|phong|xa|dia phuong').test(head) || (/^(?:da |duoc )?kiem tra$/.test(head.trim()) && W('doi tuong kiem tra').test(context));
  // ("Kết quả kiểm tra CCHC:" over "Đơn vị được kiểm tra | Số đơn vị": a count of bodies where the caption or headers say inspected.)
  // ("Đơn vị được kiểm tra | Số lượng": a bare count beside a label column of the bodies inspected.)
  const bodiesCounted =
    (/^(?:so (?:luong )?)?(?:co quan|don vi|phong|xa|dia phuong)(?:,? (?:don vi|co quan))?$/.test(head.trim()) && W('kiem tra').test(context)) ||
    (/^(?:so luong|so)$/.test(head.trim()) && W('(?:co quan|don vi|dia phuong)(?:,? (?:co quan|don vi))? (?:duoc|da) kiem tra|doi tuong kiem tra').test(context));
  if ((W('kiem tra').test(head) || bodiesCounted) && (inspected || bodiesCounted) && !W('van ban|vbqppl|ho so').test(`${head} ${context}`) && W('cchc|cai cach hanh chinh|cong vu').test(`${head} ${context}`)) {
    return { metric: 'inspection.units', dims: {} };
  }
  // VBQPPL; "Văn bản được rà soát" as in prose ("rà soát 215 văn bản"), not documents of direction or mail.
  if (W('van ban').test(head) && W('ra soat|kiem tra').test(head) && !W('chi dao|dieu hanh|den|di|dien tu|ho so').test(head)) return { metric: 'legal_doc.reviewed', dims: {} };
  if (LEGAL_CONTEXT.test(`${head} ${context}`)) {
    if (W('kiem tra|ra soat').test(head)) return { metric: 'legal_doc.reviewed', dims: {} };
    if (W('soan thao|du thao|tham muu').test(head)) return { metric: 'legal_doc.issued', dims: { status: 'draft' } };
    if (W('ban hanh').test(head)) return { metric: 'legal_doc.issued', dims: {} };
    return null;
  }
  // Procedures.
  if (PROCEDURE_CONTEXT.test(`${head} ${context}`)) {
    if (W('bai bo|huy bo').test(head)) return { metric: 'procedure.abolished', dims: {} };
    if (W('sua doi|thay the').test(head)) return { metric: 'procedure.amended', dims: {} };
    if (W('cong bo|ban hanh moi|moi ban hanh').test(head)) return { metric: 'procedure.published', dims: {} };
    // Under a procedures caption a bare "Một phần" column is the partly online services.
    const level = levelOf(head) ?? (W('mot phan').test(head) ? 'partial' : undefined);
    if (level) return { metric: 'procedure.online', dims: { level } };
    // "Số DVCTT" beside rows "Mức độ 3", "Mức độ 4": the services offered online (the row gives the level).
    if (W('so (?:dvctt|dvc|dich vu cong(?: truc tuyen)?)').test(head) && !W('ho so').test(head)) return { metric: 'procedure.online', dims: {} };
    // (Not the procedures a reform touched: "Số TTHC được đơn giản hóa", "… phân cấp", "… thanh toán trực tuyến".)
    if (W('(?:tong )?so (?:tthc|thu tuc)|tong so|tthc|thu tuc').test(head) && !W('truc tuyen|dvc|dich vu cong|bcci|buu chinh').test(head) && !REFORMED.test(head)) {
      return { metric: 'procedure.total', dims: {} };
    }
    return null;
  }
  // Bodies applying a quality management system (ISO 9001).
  if (W('iso|htqlcl|he thong quan ly chat luong').test(`${head} ${context}`)) {
    return W('ap dung|xay dung|duy tri|cong bo|trien khai').test(head) && !W('chua').test(head) ? { metric: 'iso.units', dims: {} } : null;
  }
  if (W('phong chuyen mon|so phong').test(head)) return { metric: 'org.divisions', dims: {} };
  // A bare "Tổng số" / "Cộng" over a head count of staff ("Tổng số | Công chức | Viên chức | Hợp đồng lao động"; not of a quota, a training or qualifications).
  if (TOTAL_LABEL.test(head.trim()) && STAFF_CONTEXT.test(context) && !NOT_HEADCOUNT.test(context)) return { metric: 'staff.total', dims: {} };
  if (W('don vi su nghiep|don vi truc thuoc').test(head)) return { metric: 'org.units', dims: {} };
  // "Chi cục | 01", "Trung tâm trực thuộc | 02" in a table of the agency's structure: affiliated units of their own kind.
  if (BODY_KIND_ROW.test(head.trim()) && STRUCTURE_CONTEXT.test(context)) return { metric: 'org.units', dims: { type: /chi cuc/.test(head) ? 'chi cục' : 'trung tâm' } };
  return null;
}

/** A row or column naming one kind of affiliated body, alone. */
const BODY_KIND_ROW = /^(?:so (?:luong )?)?(?:chi cuc|trung tam)(?: truc thuoc(?: so| ban)?)?$/;
/** A caption or header about the agency's structure. */
const STRUCTURE_CONTEXT = /\b(?:co cau to chuc|to chuc bo may|co cau bo may|loai (?:hinh )?don vi|phong chuyen mon|don vi truc thuoc)\b/;

/** A column's own header text (its last header row's part), spaces collapsed. */
const headOf = (text: string): string => lastPart(text).replace(/\s+/g, ' ').trim();


/** A count column with no metric of its own ("Số lượng", "Số lượng (người)"). */
const COUNT = /^(?:so luong|so nguoi|so lieu|ket qua|tong so|so|(?:so|so luong) (?:van ban|vbqppl|thu tuc|tthc|don vi|co quan|luot(?: nguoi)?|phan anh))(?:\s*\((?:nguoi|don vi|van ban|thu tuc|tthc)\))?$/;

/** The non-dossier table a row belongs to, read once per table. */
export function metricTableOf(block: Block, blocks: readonly Block[]): MetricTable | null {
  if (block.kind !== 'tableRow') return null;
  const hit = cache.get(block);
  if (hit !== undefined) return hit;
  const rows = tableRows(block, blocks);
  const before = blocks[blockIndex(blocks, rows[0]!) - 1];
  const read = readMetricTable(rows, before, block, blocks);
  const captionTier = read && before && before.kind !== 'tableRow' ? onlyTier(fold(before.text)) : undefined;
  if (read && captionTier) read.captionTier = captionTier;
  for (const r of rows) cache.set(r, read);
  return read;
}

/** The one level a folded caption names ("… công chức cấp xã trên địa bàn huyện"); none for two, or for all levels. */
function onlyTier(caption: string): Dimensions['tier'] {
  if (/\b(?:toan tinh|(?:ca|3|ba|hai|2|cac) cap)\b/.test(caption)) return undefined;
  const levels = new Set([...caption.matchAll(/\bcap (tinh|huyen|xa)\b/g)].map((m) => m[1]!));
  return levels.size === 1 ? TIER_OF[[...levels][0]!] : undefined;
}

function readMetricTable(rows: Block[], before: Block | undefined, block: Block, blocks: readonly Block[]): MetricTable | null {
  const grid = gridOf(rows);
  if (!grid) return null;
  const caption = before && before.kind !== 'tableRow' ? fold(before.text) : '';
  // In a dossier table only a column naming its own kind counts ("Số TTHC" beside "Số hồ sơ").
  const dossier = tableOf(block, blocks) !== null;
  const context = dossier ? '' : `${caption} ${grid.texts.join(' ')}`;
  const columns = grid.texts.map((t, j) => (j <= grid.labelColumn ? null : metricOf(t, context)));
  const table: Table = { rows, headerRows: grid.headerRows, columns: [], labelColumn: grid.labelColumn, labelKind: grid.labelKind };
  const counts = grid.texts.map((t, j) => (j > grid.labelColumn && COUNT.test(t.replace(/\s*›\s*/g, ' ').trim()) ? j : -1)).filter((j) => j >= 0);
  const labelContext = `${context} ${grid.texts[grid.labelColumn] ?? ''}`;
  const named = columns.filter((c) => c !== null);
  // A share with no level of its own ("Tỷ lệ (%)") beside the count: the rows give its level.
  const levelless = (c: MetricColumn | null): boolean => c !== null && c.metric === 'procedure.online_rate' && !c.dims.level;
  const namedCounts = named.filter((c) => !levelless(c));
  // "Nội dung | Số TTHC" over rows "Công bố mới", "Bãi bỏ": the count column names only the unit, the rows the metrics.
  if (!dossier && namedCounts.length === 1 && counts.length === 1 && columns[counts[0]!] !== null && labelsNameMetrics(table, labelContext, namedCounts[0]!.metric)) {
    // (The count column keeps its metric for a total row: "Tổng | 128" under "Số lượng TTHC".)
    return { table, columns: columns.map((c, j) => (levelless(c) || j === counts[0] ? c : null)), countColumn: counts[0]!, context: labelContext };
  }
  if (named.length > 0) return { table, columns: withTargetsAndTotal(columns, grid.texts, grid.labelColumn), countColumn: null, context };
  // "Nội dung | Cấp tỉnh | Cấp huyện | Cấp xã | Tổng" over rows "TTHC công bố mới", "TTHC bãi bỏ": the rows name the metrics, the columns the levels
  // (also beside rows of dossiers, which the dossier table reads: no row label naming dossiers names a metric here).
  const tierColumns = new Map<number, Dimensions>();
  grid.texts.forEach((t, j) => {
    const m = j > grid.labelColumn ? TIER_HEAD.exec(t.replace(/\s*›\s*/g, ' ').trim()) : null;
    const tier = m?.[1] ? TIER_OF[m[1]] : undefined;
    if (m) tierColumns.set(j, tier ? { tier } : {});
  });
  // ("Nội dung | Nghị quyết | Quyết định | Tổng" over "Số VBQPPL ban hành | 3 | 9 | 12": the parts have no dimension of the contract, the total is the row's.)
  const last = grid.texts.length - 1;
  const byTier = [...tierColumns.values()].filter((d) => d.tier).length >= 2;
  const lastTotal = tierColumns.size === 1 && tierColumns.has(last) && last > grid.labelColumn + 1;
  if ((byTier || lastTotal) && labelsNameMetrics(table, labelContext, '')) {
    return { table, columns, countColumn: null, acrossColumns: tierColumns, context: labelContext };
  }
  // "Chỉ tiêu | Quý I | Quý II | Lũy kế 6 tháng", "Nội dung | Năm 2024 | Năm 2025": the widest period, or the latest year, is the report's own;
  // "Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ": the results, and the target as planned.
  const own = ownPeriodColumn(grid.texts, grid.labelColumn) ?? afterColumn(grid.texts, grid.labelColumn);
  const across = own !== null ? new Map([[own, {}]]) : planResultColumns(grid.texts, grid.labelColumn);
  if (across !== null && labelsNameMetrics(table, labelContext, '')) {
    return { table, columns, countColumn: null, acrossColumns: across, context: labelContext };
  }
  // Row-wise: one count column; the labels name the metrics (in a dossier table, "Chỉ tiêu | Đơn vị tính | Số liệu",
  // the rows counting something else: a dossier row's label names no metric here).
  if (counts.length !== 1 || (dossier && !labelsNameMetrics(table, labelContext, ''))) return null;
  return { table, columns, countColumn: counts[0]!, context: labelContext };
}

/** Of two or more columns by period, the one of the report's own period (the widest; of years, the latest), or null. */
function ownPeriodColumn(texts: readonly string[], labelColumn: number): number | null {
  const periods = texts
    .map((t, j) => ({ j, rank: periodRank(lastPart(t)), year: yearOf(t) }))
    .filter((c) => c.j > labelColumn && (c.rank > 0 || c.year > 0));
  // (Beside a column of the change, "Tăng/giảm", "So với cùng kỳ".)
  const others = texts.filter((t, j) => j > labelColumn && t.trim() !== '' && !periods.some((c) => c.j === j) && !CHANGE_HEAD.test(t));
  if (periods.length < 2 || others.length > 0) return null;
  const best = [...periods].sort((a, b) => b.year - a.year || b.rank - a.rank);
  const top = best[0]!;
  const tie = best[1]!;
  return top.year === tie.year && top.rank === tie.rank ? null : top.j;
}

/** "Trước sắp xếp | Sau sắp xếp": the organisation before a reorganisation and after it (now). */
const BEFORE_HEAD = /^truoc(?: khi)? (?:sap xep|kien toan|hop nhat|sap nhap|to chuc lai)/;
const AFTER_HEAD = /^(?:sau(?: khi)? (?:sap xep|kien toan|hop nhat|sap nhap|to chuc lai)|hien nay|hien co)/;

/** Of a column before a reorganisation and one after it, the one after, or null. */
function afterColumn(texts: readonly string[], labelColumn: number): number | null {
  const heads = texts.map((t, j) => (j > labelColumn ? headOf(t) : ''));
  const after = heads.findIndex((t) => AFTER_HEAD.test(t));
  return after > labelColumn && heads.some((t) => BEFORE_HEAD.test(t)) ? after : null;
}

/** What was done beside its target ("Kế hoạch | Thực hiện | Tỷ lệ"). */
const RESULT_HEAD = /^(?:ket qua(?: thuc hien| dat duoc)?|(?:da )?thuc hien|thuc te)(?: (?:trong |den het )?(?:nam|ky|quy(?: [ivx]+| \d)?|\d+ thang(?: dau nam)?|thang \d+)(?:[ /]*(?:nam )?\d{4})?)?$/;
const ASIDE_HEAD = /^(?:t[yi] le(?:\s*\(?%\)?)?(?: (?:dat|hoan thanh|so voi ke hoach|\(?%\)?))*|ghi chu|danh gia|don vi tinh|dvt)$/;

/** Of one target column and one of results beside it (and rates or notes): the results' column, and the target's as planned; or null. */
function planResultColumns(texts: readonly string[], labelColumn: number): Map<number, Dimensions> | null {
  let plan: number | null = null;
  let result: number | null = null;
  for (let j = labelColumn + 1; j < texts.length; j++) {
    const t = headOf(texts[j]!);
    if (PLAN_HEAD.test(t) && plan === null) plan = j;
    else if (RESULT_HEAD.test(t) && result === null) result = j;
    else if (!ASIDE_HEAD.test(t)) return null;
  }
  return plan !== null && result !== null ? new Map<number, Dimensions>([[result, {}], [plan, { status: 'planned' }]]) : null;
}

/**
 * Beside the columns of the one metric they name: a target column ("Đối tượng | Kế hoạch | Đã kiểm tra") is that
 * metric, planned; a last "Tổng" / "Cộng" after two or more of its parts ("Số phòng áp dụng ISO | Số đơn vị trực thuộc
 * áp dụng | Tổng") is that metric with only the dimensions its parts share.
 */
function withTargetsAndTotal(columns: (MetricColumn | null)[], texts: readonly string[], labelColumn: number): (MetricColumn | null)[] {
  const parts = columns.filter((c) => c !== null);
  const metrics = new Set(parts.map((c) => c.metric));
  if (metrics.size !== 1) return columns;
  const named = parts[0]!;
  const last = texts.length - 1;
  const shared = Object.fromEntries(Object.entries(named.dims).filter(([k, v]) => parts.every((c) => (c.dims as Record<string, unknown>)[k] === v)));
  return columns.map((c, j) => {
    if (c !== null || j <= labelColumn) return c;
    const head = headOf(texts[j]!);
    if (PLAN_HEAD.test(head)) return { metric: named.metric, dims: { ...named.dims, status: 'planned' } };
    return j === last && parts.length >= 2 && TOTAL_LABEL.test(head) ? { metric: named.metric, dims: shared } : c;
  });
}

/** Two or more row labels (the one of a one-row table) name a metric of their own, other than the count column's. */
function labelsNameMetrics(table: Table, context: string, columnMetric: string): boolean {
  if (table.labelColumn < 0) return false;
  const body = table.rows.slice(table.headerRows);
  const own = body.filter((r) => {
    const label = foldedLabel(r.cells?.[table.labelColumn]);
    const m = label ? metricOf(label, context) : null;
    return m !== null && m.metric !== columnMetric;
  });
  return body.length > 0 && own.length >= 1;
}

/** The table has a column of procedures online at each of two levels (toàn trình and một phần, or 3 and 4). */
function bothLevels(mt: MetricTable): boolean {
  const levels = new Set(mt.columns.filter((c) => c?.metric === 'procedure.online').map((c) => c!.dims.level));
  return (levels.has('full') && levels.has('partial')) || (levels.has('3') && levels.has('4'));
}

/** A row label naming a kind of staff, not a body: "Công chức", "Viên chức sự nghiệp", "Lao động hợp đồng". */
const STAFF_KIND = /^[\s\-+•*.\d)]*(?:tong so\s+)?(?:so\s+)?(?:can bo|cong chuc|vien chuc|cbcc|cbccvc|ccvc|nguoi lam viec|nguoi lao dong|lao dong hop dong|hop dong lao dong|giao vien|bien che)\b/;

function withoutSubject(dims: Dimensions): Dimensions {
  const out: Dimensions = { ...dims };
  delete out.subject;
  return out;
}

/** Keep only the dimensions the metric may carry. */
export function allowedDims(metric: string, dims: Dimensions): Dimensions {
  const allowed = new Set<DimensionName>(METRICS[metric]?.dimensions ?? []);
  const out: Dimensions = {};
  for (const [k, v] of Object.entries(dims) as [DimensionName, string | undefined][]) {
    if (v !== undefined && allowed.has(k)) (out as Record<string, string>)[k] = v;
  }
  return out;
}

const CHANGES = new Set(['procedure.published', 'procedure.amended', 'procedure.abolished']);

/**
 * The metric of a total row in the count column: the column's — but over rows of a publication's changes ("TTHC mới ban
 * hành | 46", "TTHC bị bãi bỏ | 29", "Tổng cộng | 158") the total is of the procedures published, not the set in force.
 */
function totalOf(mt: MetricTable, j: number): MetricColumn | null {
  const column = mt.columns[j] ?? null;
  if (column?.metric !== 'procedure.total') return column;
  const { table } = mt;
  const changes = table.rows.slice(table.headerRows).some((r) => CHANGES.has(metricOf(foldedLabel(r.cells?.[table.labelColumn]), mt.context)?.metric ?? ''));
  return changes ? { metric: 'procedure.published', dims: {} } : column;
}

/** A row label of staff present or missing: "Công chức hiện có", "Viên chức có mặt", "Còn thiếu". */
const PRESENT_LABEL = W('co mat|hien co|con thieu');

/**
 * "Công chức hiện có | 44" under a row "Biên chế công chức được giao | 47": a row of staff present or missing, beside a row
 * of the quota assigned, is of that quota (the quota named in a sibling row, not in the caption or headers).
 */
function quotaBeside(table: Table, label: string, context: string): MetricColumn | null {
  if (!PRESENT_LABEL.test(label)) return null;
  const sibling = table.rows.slice(table.headerRows).some((r) => {
    const other = foldedLabel(r.cells?.[table.labelColumn]);
    return other !== label && QUOTA_CONTEXT.test(other) && W('(?:duoc )?giao').test(other);
  });
  const m = sibling ? metricOf(label, `${context} bien che`) : null;
  return m && m.metric.startsWith('staff.quota_') ? m : null;
}

/** The metric and dimensions of cell `j` of a data row, or null. */
export function cellMetric(mt: MetricTable, row: Block, j: number): MetricColumn | null {
  const { table } = mt;
  if (table.rows.indexOf(row) < table.headerRows) return null;
  if (mt.countColumn !== null || mt.acrossColumns) {
    const across = mt.acrossColumns?.get(j);
    const share = mt.columns[j]?.metric === 'procedure.online_rate';
    if (mt.acrossColumns ? across === undefined : j !== mt.countColumn && !share) return null;
    const label = foldedLabel(row.cells?.[table.labelColumn]);
    const byLabel = metricOf(label, mt.context);
    const total = TOTAL_LABEL.test(label) && j === mt.countColumn && (byLabel === null || byLabel.metric === mt.columns[j]?.metric);
    const m = (total ? totalOf(mt, j) : byLabel) ?? quotaBeside(table, label, mt.context);
    // "Toàn trình | 620 | 35,2%": the share of the procedures the row counts online at its level.
    if (share) return m?.metric === 'procedure.online' && m.dims.level ? { metric: 'procedure.online_rate', dims: { level: m.dims.level } } : null;
    return m ? { metric: m.metric, dims: allowedDims(m.metric, across ? { ...m.dims, ...across } : m.dims) } : null;
  }
  const column = mt.columns[j];
  if (!column) return null;
  const byLabel = rowDims(table, row);
  if (!byLabel) return null;
  // ("Viên chức sự nghiệp | 1.052 | 1.011 | 41": a row naming a kind of staff names no body.)
  const dims = column.metric.startsWith('staff.') && byLabel.subject !== undefined && STAFF_KIND.test(fold(byLabel.subject)) ? withoutSubject(byLabel) : byLabel;
  // The share at a level the row names ("Toàn trình | 620 | 35,2%"); none without one.
  // ("Tổng số TTHC | Toàn trình | Một phần | Tỷ lệ (%)": beside columns of both levels, the share online at either.)
  if (column.metric === 'procedure.online_rate' && !column.dims.level && !dims.level && !column.ownShare && !bothLevels(mt)) return null;
  // "Số lượng TTHC" over a row "DVC trực tuyến toàn trình": the procedures offered online at that level.
  if (column.metric === 'procedure.total' && dims.level) return { metric: 'procedure.online', dims: allowedDims('procedure.online', { ...column.dims, ...dims }) };
  // "Cộng" over a row "Trình độ đại học": the staff of that degree.
  if (column.metric === 'staff.total') {
    const byRow = metricOf(foldedLabel(row.cells?.[table.labelColumn]), mt.context);
    if (byRow?.metric === 'staff.by_degree') return { metric: byRow.metric, dims: allowedDims(byRow.metric, { ...dims, ...byRow.dims }) };
  }
  return { metric: column.metric, dims: allowedDims(column.metric, { ...column.dims, ...dims }) };
}
