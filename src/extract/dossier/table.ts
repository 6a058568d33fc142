/**
 * Dossier tables: a header (one to three rows, merged cells left empty by the converter) whose
 * columns name what they count ("Tiếp nhận", "Đã giải quyết › Trước hạn / Đúng hạn / Quá hạn",
 * "Đang giải quyết › Trong hạn / Quá hạn", "Tỷ lệ đúng hạn (%)"), and data rows labelled by a
 * field, a tier or a body. Each numeric cell of a data row is a figure of its column's metric.
 */
import type { Dimensions } from '../../schema/record.ts';
import type { Block } from '../../structure/types.ts';
import { fold } from '../../text/normalize.ts';
import { channelOf, channelsIn } from '../dimensions/channel.ts';
import { fieldIn } from '../dimensions/field.ts';
import { levelOf } from '../dimensions/level.ts';
import { tierMentions } from '../dimensions/tier.ts';
import { headerCues, type DossierMetric } from './cues.ts';
import { blockIndex } from './document.ts';
import { withState } from './own-clause.ts';

export interface Column {
  metric: DossierMetric | 'dossier.on_time_rate' | 'dossier.late_rate';
  dims: Dimensions;
}

export interface Table {
  rows: Block[];
  headerRows: number;
  columns: (Column | null)[];
  /** Index of the column holding the row labels. */
  labelColumn: number;
  /** The first column's header names lĩnh vực / đơn vị. */
  labelKind: 'field' | 'body' | 'other';
  /**
   * A table laid out the other way round: each row's label names the metric ("Số hồ sơ tiếp
   * nhận"), each column's header the tier, field or body ("Cấp tỉnh", "Cấp xã"); null dims: skip.
   */
  byRow?: { metrics: Map<Block, Column>; dims: (Dimensions | null)[] };
  /** Further label columns right of the first ("Cấp | Hình thức nộp | Số hồ sơ"): their text adds dimensions. */
  subLabels?: number[];
  /** The one field the caption names ("Hồ sơ lĩnh vực Lâm nghiệp:"): every row's, unless its label names its own. */
  captionField?: string;
}

// ("1 204": a space as the thousands separator, one figure in its own cell.)
// ("| Số hồ sơ tiếp nhận | 1.284 hồ sơ |": a form's result cell may write its count with the noun counted, and a bracket
// after it: "1.284 (trực tuyến: 1.002)".)
const NUMERIC = /^\s*(?:\d{1,3}(?:[.,]\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:[.,]\d+)?\s*(?:%|(?:hồ sơ|HS|TTHC|thủ tục|văn bản|người|lượt người|lượt|đơn vị|phòng|biên chế|cơ quan|trường hợp|phản ánh|kiến nghị)\.?)?\s*(?:\([^()]*\)\s*)?$/iu;
const SPACED = /^\s*\d{1,3}(?: \d{3})+\s*$/;
const ORDINAL = /^(?:stt|tt|so tt|so thu tu)$/;
const TOTAL = /^(?:tong(?: cong| so)?|cong|toan (?:tinh|huyen|thanh pho)|tong so chung)(?![a-z])/;
/** "Cộng" is a total; folded it reads like "Công" ("Công chứng", "Công Thương"), so the written form decides. */
const NOT_TOTAL = /^\s*công(?![\p{L}])/iu;
/** A named district or commune ("UBND huyện Gio Linh", "Thành phố Đông Hà", "Xã Tân Lập"): one body, not a tier. */
const NAMED_BODY = /^(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?(?:[Hh]uyện|[Tt]hành phố|TP\.?|[Tt]hị xã|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị trấn)\s+(?:\p{Lu}|\d)/u;
/** The rest of a breakdown as a row ("Khác", "Các lĩnh vực khác", "Còn lại"). */
const REST_ROW = /^(?:(?:cac )?(?:linh vuc|don vi|co quan|tthc|thu tuc)(?: hanh chinh)? )?(?:khac|con lai)$/;
/** A row of column numbers under the header ("1 | 2 | 3 …", "(1) | (2) …"). */
function isNumberingRow(b: Block): boolean {
  const cells = (b.cells ?? []).map((c) => c.trim().replace(/^\((\d+)\)$/, '$1'));
  return cells.length >= 3 && cells.every((c, i) => c === String(i + 1));
}
const TIMED_ROW: ReadonlySet<string> = new Set(['dossier.resolved_on_time', 'dossier.resolved_late', 'dossier.resolved_early']);
const PERIOD_ROW = /^(?:(?:so\s+)?(?:ho so\s+)?(?:ton\s+)?(?:tu\s+)?ky truoc|luy ke)(?![a-z])/;
/** A row of the dossiers carried over from the period before ("Kỳ trước chuyển sang", "Tồn kỳ trước"). */
const CARRIED_ROW = /^(?:(?:so\s+)?(?:ho so\s+)?(?:ton\s+)?(?:tu\s+)?ky truoc(?:\s+chuyen\s+(?:sang|qua))?)$/;

/** Is the row's label the dossiers carried over from the period before? Its intake cell is their count. */
export function carriedRow(table: Table, row: Block): boolean {
  const label = foldedLabel(row.cells?.[table.labelColumn]).replace(/[:\s]+$/, '');
  return CARRIED_ROW.test(label);
}

const cache = new WeakMap<Block, Table | null>();

/** A cell written as a fraction ("20/20", "1.204/1.210"): a figure too, so its row is no header. */
const FRACTION_CELL = /^\s*\d[\d.]*\s*\/\s*\d[\d.]*\s*$/;

function isDataRow(b: Block): boolean {
  if (isNumberingRow(b)) return false;
  return (b.cells ?? []).some((c, i) => i > 0 && (NUMERIC.test(c) || FRACTION_CELL.test(c)));
}

/** The table a row belongs to, read once per table. */
export function tableOf(block: Block, blocks: readonly Block[]): Table | null {
  if (block.kind !== 'tableRow') return null;
  const hit = cache.get(block);
  if (hit !== undefined) return hit;
  const rows = tableRows(block, blocks);
  const table = readTable(rows, blocks[blockIndex(blocks, rows[0]!) - 1]);
  for (const r of rows) cache.set(r, table);
  return table;
}

/** The header of a table read generically: folded column texts (merged cells filled), label column, its kind. */
export interface Grid {
  rows: Block[];
  headerRows: number;
  texts: string[];
  labelColumn: number;
  labelKind: Table['labelKind'];
}

/** The rows of the table `block` belongs to. */
export function tableRows(block: Block, blocks: readonly Block[]): Block[] {
  const i = blockIndex(blocks, block);
  let a = i;
  while (a > 0 && sameTable(blocks[a - 1]!, blocks[a]!)) a--;
  let z = i;
  while (z + 1 < blocks.length && sameTable(blocks[z]!, blocks[z + 1]!)) z++;
  return blocks.slice(a, z + 1);
}

/**
 * Consecutive rows of one pipe table: the next line, or the line after the delimiter row. Two
 * tables one after the other (an empty paragraph between them in the document) are two blocks
 * of Markdown, a blank line apart.
 */
function sameTable(row: Block, next: Block): boolean {
  return row.kind === 'tableRow' && next.kind === 'tableRow' && next.start - row.end !== 2;
}

const grids = new WeakMap<Block, { length: number; grid: Grid | null }>();

/**
 * Header rows (up to three, and a row of column numbers), column header texts and the label
 * column of a whole table (`tableRows`), read once: the dossier and the other-metric readers share it.
 */
export function gridOf(rows: Block[]): Grid | null {
  const first = rows[0];
  if (first === undefined) return null;
  const known = grids.get(first);
  if (known !== undefined && known.length === rows.length) return known.grid;
  const grid = readGrid(rows);
  grids.set(first, { length: rows.length, grid });
  return grid;
}

function readGrid(rows: Block[]): Grid | null {
  let headerRows = 0;
  while (headerRows < Math.min(3, rows.length) && !isDataRow(rows[headerRows]!)) headerRows++;
  // A row of column numbers under a three-row header is still header.
  while (headerRows < rows.length && isNumberingRow(rows[headerRows]!)) headerRows++;
  if (headerRows === 0 || headerRows === rows.length) return null;
  const width = Math.max(...rows.map((r) => r.cells?.length ?? 0));
  // Cells covered by a merge above the last header row take the text on their left.
  const heads = rows.slice(0, headerRows).filter((r) => !isNumberingRow(r));
  const header: string[][] = heads.map((r, k) => (k < heads.length - 1 ? spanFill(r.cells ?? [], width) : pad(r.cells ?? [], width)));
  // A cell merged down over the rows below leaves them empty: they add no part to the column's text.
  const texts = Array.from({ length: width }, (_, j) => fold(header.map((h) => (h[j] ?? '').trim()).filter((t) => t !== '').join(' › ')));
  const first = texts[0] ?? '';
  const ordinal = ORDINAL.test(first.replace(/\s*›.*$/, '').trim());
  // No label column when the first column holds figures under a header of its own ("| Biên chế được giao | Có mặt |").
  const figures = first.trim() !== '' && !ordinal && rows.slice(headerRows).every((r) => NUMERIC.test(r.cells?.[0] ?? ''));
  const labelColumn = figures ? -1 : ordinal ? 1 : 0;
  const labelHead = texts[labelColumn] ?? '';
  const labelKind = /linh vuc/.test(labelHead) ? 'field' : /(?:don vi|co quan|so|nganh|dia phuong)(?![a-z])/.test(labelHead) ? 'body' : 'other';
  return { rows, headerRows, texts, labelColumn, labelKind };
}

function readTable(rows: Block[], before: Block | undefined): Table | null {
  const grid = gridOf(rows);
  if (!grid) return null;
  const { headerRows, texts, labelColumn, labelKind } = grid;
  const labels = labelColumn < 0 ? '' : rows.slice(headerRows).map((r) => r.cells?.[labelColumn] ?? '').join(' ');
  const context = fold(`${before?.text ?? ''} ${texts.join(' ')}`);
  // About dossiers: "hồ sơ" in the header or the caption before it, or deadline columns (only dossiers have them).
  const timed = texts.some((t) => headerCues(t).some((c) => c.kind === 'timing'));
  const aboutDossiers = /(?<![a-z])(?:ho so|hs)(?![a-z])/;
  // ("Nội dung | Cấp huyện | Cấp xã" over rows "Tiếp nhận", "Đã giải quyết", "Trễ hạn": the rows name the flow of dossiers.)
  if (!timed && !aboutDossiers.test(context) && !dossierFlow(texts, context)) {
    const rowLabels = labelColumn < 0 ? [] : rows.slice(headerRows).map((r) => fold(r.cells?.[labelColumn] ?? ''));
    return aboutDossiers.test(fold(labels)) || dossierFlow(rowLabels, context) ? byRowTable(grid) : null;
  }
  const caption = fold(before?.text ?? '');
  // Columns by period ("Quý I | Quý II | Lũy kế 6 tháng"): the rows name the metrics.
  if (texts.filter((t, j) => j > labelColumn && periodRank(t) > 0 && periodRank(lastPart(t)) === periodRank(t)).length >= 2 && !texts.some((t) => periodRank(lastPart(t)) === 0 && columnOf(t))) {
    return byRowTable(grid);
  }
  const named = texts.map((t, j) => (j <= labelColumn ? null : columnOf(t)));
  pendingStates(texts, named);
  const columns = named.map((c, j) => c ?? (j <= labelColumn || jointChannels(texts[j]!) ? null : countColumn(texts[j]!, caption, named)));
  // Columns of words only, right after the label column: second labels, not figures.
  const subLabels: number[] = [];
  for (let j = labelColumn + 1; labelColumn >= 0 && j < texts.length; j++) {
    const cells = rows.slice(headerRows).map((r) => (r.cells?.[j] ?? '').trim());
    if (!cells.some((c) => c !== '') || cells.some((c) => /\d/.test(c))) break;
    subLabels.push(j);
    columns[j] = null;
  }
  if (!columns.some((c) => c !== null)) return byRowTable(grid);
  // "Chỉ tiêu | Số hồ sơ" with rows "Tổng số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết", "- Trước hạn": a count column
  // under a caption on resolving holds what each row names, not what the caption says.
  if (named.every((c) => c === null) && labelKind === 'other' && rowsNameMetrics(grid)) return byRowTable(grid) ?? { rows, headerRows, columns, labelColumn, labelKind };
  // "Tiếp nhận › 6 tháng đầu năm | … › 6 tháng cuối năm | … › Cả năm": the report's period is the widest.
  const ranks = texts.map((t) => periodRank(lastPart(t)));
  const widest = Math.max(...ranks);
  if (ranks.filter((r) => r > 0).length >= 2) ranks.forEach((r, j) => r > 0 && r < widest && (columns[j] = null));
  const captionField = before ? fieldIn(before.text, caption, 0, caption.length) : undefined;
  return { rows, headerRows, columns, labelColumn, labelKind, ...(subLabels.length ? { subLabels } : {}), ...(captionField ? { captionField } : {}) };
}

/**
 * "Tổng số đang giải quyết | Chưa đến hạn | Quá hạn" in one header row: a deadline column after the
 * pending dossiers' column (no verb of its own between) is a state of those, not a resolved timeliness.
 */
function pendingStates(texts: readonly string[], named: (Column | null)[]): void {
  let opener: string | undefined;
  named.forEach((c, j) => {
    if (!c) return;
    if (headerCues(spelledOut(texts[j]!)).some((x) => x.kind === 'verb')) opener = c.metric;
    else if (opener === 'dossier.pending' && TIMED_ROW.has(c.metric)) named[j] = { ...c, metric: withState(c.metric as DossierMetric, true) };
  });
}

const TOTAL_HEAD = /^\s*(?:tong so|tong cong|tong)\s*$/;

/** Something counted other than dossiers, in a table's caption or header. */
const OTHER_COUNTED = /(?<![a-z])(?:don(?! vi)|phan anh|kien nghi|khieu nai|to cao|vu viec|van ban|dich vu|nguoi|luot|cuoc|ly lich|phieu)(?![a-z])/;
/** Procedures counted in a column ("Số TTHC"); in a caption ("Kết quả giải quyết TTHC") they are the dossiers' subject. */
const PROCEDURES = /(?<![a-z])(?:tthc|thu tuc)(?![a-z])/;

/**
 * "Tiếp nhận | Đã giải quyết | Đang giải quyết" with no noun: the flow of dossiers, the one
 * thing counted both as received and as resolved, unless the caption or header names another.
 */
function dossierFlow(texts: readonly string[], context: string): boolean {
  return (
    texts.some((t) => /(?<![a-z])tiep nhan(?![a-z])/.test(t)) &&
    texts.some((t) => /(?<![a-z])giai quyet(?![a-z])/.test(t)) &&
    !OTHER_COUNTED.test(context) &&
    !texts.some((t) => PROCEDURES.test(t))
  );
}

export const lastPart = (header: string): string => header.split(' › ').at(-1)!.trim();

/**
 * A column header naming a period, ranked by its length: a month 1, a quarter 2, six months 3,
 * nine months 4, the year or the running total ("Lũy kế", "Cả năm") 5; 0 for no period.
 */
export function periodRank(header: string): number {
  const h = header.replace(/\s*\(.*\)\s*$/, '').trim();
  if (/^(?:luy ke|cong don|ca nam|nam \d{4}|tong (?:cong|so)? ?(?:ca nam|nam))(?![a-z])/.test(h)) return 5;
  if (/^(?:(?:ket qua )?(?:trong )?)?9 thang(?![a-z])/.test(h)) return 4;
  if (/^(?:(?:ket qua )?(?:trong )?)?6 thang(?![a-z])/.test(h)) return 3;
  if (/^quy (?:i{1,3}|iv|[1-4])(?![a-z])/.test(h)) return 2;
  if (/^thang \d{1,2}(?![\d])/.test(h)) return 1;
  return 0;
}

/** Generic count headers that name no tier, field or body. */
const COUNT_HEAD = /^(?:so luong|so lieu|ket qua(?: thuc hien| dat duoc)?|so ho so|tong so|thuc hien|trong ky|ky bao cao)(?:\s*\([^)]*\))?$/;

/** A row label counting something other than dossiers (unless it names them too). */
const OTHER_ROW = /^(?!.*(?<![a-z])(?:ho so|hs)(?![a-z])).*(?<![a-z])(?:phan anh|kien nghi|pakn|vbqppl|van ban|iso|co quan|don vi|can bo|cong chuc|vien chuc|bien che|tthc|thu tuc|dvctt|dich vu cong)(?![a-z])/;

/** Do most labelled data rows name a dossier metric ("Số hồ sơ tiếp nhận", "- Đúng hạn"), two at least? */
function rowsNameMetrics(grid: Grid): boolean {
  const labels = grid.rows.slice(grid.headerRows).map((r) => foldedLabel(r.cells?.[grid.labelColumn])).filter((l) => l !== '');
  const naming = labels.filter((l) => !OTHER_ROW.test(l) && columnOf(l) !== null).length;
  return naming >= 2 && naming * 2 >= labels.length;
}

/** A sub-row ("- Quá hạn", "+ Trong hạn", "Trong đó: …") under a row of pending dossiers: a state of those. */
const SUB_ROW = /^\s*(?:[-+•*–]|[a-z]\)|trong do)/iu;

/** Metrics in the row labels, tiers / fields / bodies in the column headers. */
function byRowTable(grid: Grid): Table | null {
  const { rows, headerRows, labelColumn } = grid;
  if (labelColumn < 0) return null;
  const metrics = new Map<Block, Column>();
  let others = 0;
  let parent: Column | null = null;
  for (const r of rows.slice(headerRows)) {
    const label = foldedLabel(r.cells?.[labelColumn]);
    // "Số phản ánh, kiến nghị tiếp nhận", "Số cơ quan áp dụng ISO": a row counting something else (the other-metric table reads it).
    const other = label !== '' && OTHER_ROW.test(label);
    if (other) others++;
    let column = label && !other ? columnOf(label) : null;
    const sub = SUB_ROW.test(r.cells?.[labelColumn] ?? '');
    // "Số hồ sơ đang giải quyết" over "- Trong hạn" / "- Quá hạn": the pending dossiers' states.
    if (column && sub && parent?.metric === 'dossier.pending' && TIMED_ROW.has(column.metric)) column = { ...column, metric: withState(column.metric as DossierMetric, true) };
    // ("Số hồ sơ đã giải quyết" over "- Trong hạn": resolved within the deadline.)
    if (column && sub && parent?.metric === 'dossier.resolved' && column.metric === 'dossier.pending_on_time') column = { ...column, metric: 'dossier.resolved_on_time' };
    if (!sub) parent = column;
    if (column) metrics.set(r, column);
  }
  // "Trực tiếp | 3.120", "Trực tuyến | 8.406", "Tổng | 11.526": a total row under parts of one metric, each by its channel or
  // level, is that metric's whole.
  const parts = [...metrics.values()];
  if (parts.length >= 2 && parts.every((c) => c.metric === parts[0]!.metric && Object.keys(c.dims).length > 0)) {
    for (const r of rows.slice(headerRows)) {
      const label = r.cells?.[labelColumn] ?? '';
      if (!metrics.has(r) && label.trim() !== '' && isTotalLabel(bareLabel(label).trim(), foldedLabel(label))) metrics.set(r, { metric: parts[0]!.metric, dims: {} });
    }
  }
  // One metric row is enough beside a column of targets ("Chỉ tiêu | Kế hoạch | Kết quả thực hiện"), or among rows of other indicators.
  const targets = grid.texts.some((t, j) => j > labelColumn && PLAN_HEAD.test(lastPart(t)));
  if (metrics.size === 0) return null;
  const head = rows.slice(0, headerRows).filter((r) => !isNumberingRow(r)).at(-1)?.cells ?? [];
  const probe: Table = { rows, headerRows, columns: [], labelColumn: 0, labelKind: 'other' };
  const latest = Math.max(0, ...head.map(yearOf));
  const widest = Math.max(0, ...head.map((h) => periodRank(fold(h.trim()))));
  // Two months or quarters side by side are the report's and the one before it; three or more, a breakdown: all kept.
  const peers = head.filter((h) => periodRank(fold(h.trim())) === widest);
  const latestWithin = peers.length === 2 ? Math.max(...peers.map((h) => withinPeriod(fold(h.trim())))) : 0;
  const dims = grid.texts.map((_t, j): Dimensions | null => {
    if (j <= labelColumn) return null;
    const raw = (head[j] ?? '').trim();
    const folded = fold(raw);
    // A column of targets ("Kế hoạch", "Chỉ tiêu giao") beside the results: its figures are planned, not yet done.
    if (PLAN_HEAD.test(folded) && !CHANGE_HEAD.test(folded) && !/(?<![a-z])t[yi] le(?![a-z])/.test(folded)) return { status: 'planned' };
    if (/(?<![a-z])t[yi] le(?![a-z])|%/.test(folded) || CHANGE_HEAD.test(folded)) return null;
    // Columns by period ("Quý III/2022 | Quý III/2023"): the latest is the report's own, the others are earlier figures.
    const year = yearOf(raw);
    if (year > 0 && year < latest) return null;
    // "Quý I | Quý II | Lũy kế 6 tháng": the running total is the report's period.
    // ("Tháng 4/2025 | Tháng 5/2025": of two periods as wide, the latest.)
    const rank = periodRank(folded);
    if (rank > 0) return rank < widest || withinPeriod(folded) < latestWithin ? null : {};
    if (year > 0) return {};
    if (!raw || COUNT_HEAD.test(folded)) return {};
    return rowDims(probe, { ...rows[0]!, cells: [raw] });
  });
  if (!dims.some((d) => d !== null)) return null;
  // ("Nội dung | Cấp tỉnh | Cấp huyện | Cấp xã | Tổng cộng" over the one row "Số hồ sơ tiếp nhận": columns of two levels or
  // more name what the row's figures are of, as rows of other indicators or a column of targets do.)
  const levels = new Set(dims.map((d) => d?.tier).filter((t) => t !== undefined)).size >= 2;
  if (metrics.size < (targets || others > 0 || levels ? 1 : 2)) return null;
  return { rows, headerRows, columns: grid.texts.map(() => null), labelColumn, labelKind: grid.labelKind, byRow: { metrics, dims } };
}

/** Where a month or a quarter falls in its year ("tháng 5/2025" 5, "quý iii" 3); 0 for other periods. */
export function withinPeriod(header: string): number {
  const m = /^(?:thang (\d{1,2})|quy (iv|i{1,3}|[1-4]))(?![a-z\d])/.exec(header.trim());
  if (!m) return 0;
  if (m[1]) return Number(m[1]);
  return ({ i: 1, ii: 2, iii: 3, iv: 4 } as Record<string, number>)[m[2]!] ?? Number(m[2]);
}

/** The year a column header names ("Quý III/2023", "Năm 2022"), or 0. */
export function yearOf(header: string): number {
  const m = /(?<!\d)(?:19|20)\d\d(?!\d)/.exec(header);
  return m ? Number(m[0]) : 0;
}

/** A merged header cell leaves the cells it covers empty: they take the text on their left (upper rows only). */
function pad(cells: string[], width: number): string[] {
  return [...cells, ...new Array<string>(Math.max(0, width - cells.length)).fill('')];
}

function spanFill(cells: string[], width: number): string[] {
  const out = pad(cells, width);
  for (let j = 1; j < out.length; j++) if (!out[j]!.trim()) out[j] = out[j - 1]!;
  return out;
}

/** The last part of a column header under "Tiếp nhận" naming the period's own intake. */
const NEW_PART = /› (?:so )?(?:(?:tiep )?nhan moi|moi (?:tiep nhan|phat sinh)|phat sinh|trong ky(?: bao cao)?|moi)(?: trong ky)?$/;
/** A column of targets ("Kế hoạch", "Chỉ tiêu giao", "Mục tiêu") beside the results: no figure of the period's own. */
export const PLAN_HEAD = /^(?:so )?(?:ke hoach|chi tieu(?: (?:duoc )?giao| ke hoach)|muc tieu|du kien)(?![a-z])/;
/** A column of changes or of another period ("So với cùng kỳ", "Tăng, giảm", "Năm 2022" beside "Năm 2023"): no figures of the report's own. */
export const CHANGE_HEAD = /(?<![a-z])(?:cung ky|so sanh|so voi|chenh lech|tang(?:\s*\(\+\))?\s*(?:,|\/)?\s*giam)(?![a-z])/;

/** Header abbreviations spelled out: "HS đã GQ", "Đang GQ". */
function spelledOut(header: string): string {
  return header.replace(/(?<![a-z])gq(?![a-z])/g, 'giai quyet').replace(/(?<![a-z])hs(?![a-z])/g, 'ho so');
}

/** The column's own label names two channels joined, no total ("Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính"). */
function jointChannels(header: string): boolean {
  const own = header.slice(header.lastIndexOf('›') + 1);
  return channelsIn(own).length >= 2 && !/(?<![a-z])tong(?![a-z])/.test(own);
}

/** A header counting procedures first ("Số TTHC phát sinh hồ sơ"): the dossiers are only what they have. */
const COUNTS_PROCEDURES = /(?:^|› )(?:tong )?so(?: luong)? (?:tthc|thu tuc)(?![a-z])/;

function columnOf(folded: string): Column | null {
  const header = spelledOut(folded);
  if (/(?<![a-z])(?:stt|ghi chu)(?![a-z])/.test(header)) return null;
  if (CHANGE_HEAD.test(header)) return null;
  // A procedures column ("Số TTHC") is not a dossier column.
  // ("Số TTHC phát sinh hồ sơ": the procedures counted, the dossiers only what they have.)
  if (/(?<![a-z])(?:tthc|thu tuc)(?![a-z])/.test(header) && (!/(?<![a-z])ho so(?![a-z])/.test(header) || COUNTS_PROCEDURES.test(header))) return null;
  // Nor one counting online services ("Số DVCTT", "Số dịch vụ công trực tuyến").
  if (/(?:^|› )(?:tong )?so (?:dvctt|dvc|dich vu cong)(?![a-z])/.test(header) && !/(?<![a-z])ho so(?![a-z])/.test(header)) return null;
  const cues = headerCues(header);
  if (cues.some((c) => c.kind === 'block')) return null;
  const pending = cues.some((c) => c.metric === 'dossier.pending');
  const timing = [...cues].reverse().find((c) => c.kind === 'timing');
  const verb = [...cues].reverse().find((c) => c.kind === 'verb');
  const dims: Dimensions = {};
  const channel = channelOf(header);
  const level = levelOf(header);
  if (channel) dims.channel = channel;
  if (level) {
    dims.channel = 'online';
    dims.level = level;
  }
  const rate = /(?<![a-z])t[yi] le(?![a-z])|%/.test(header);
  if (rate) {
    if (!timing) return null;
    if (timing.metric === 'dossier.resolved_on_time') return { metric: 'dossier.on_time_rate', dims };
    if (timing.metric === 'dossier.resolved_late') return { metric: 'dossier.late_rate', dims };
    return null;
  }
  // "Đã giải quyết › Trong hạn": resolved within the deadline, not pending.
  if (timing?.metric === 'dossier.pending_on_time' && !pending && verb?.metric === 'dossier.resolved') return { metric: 'dossier.resolved_on_time', dims };
  if (timing) return { metric: withState(timing.metric!, pending), dims };
  // "Tiếp nhận › Trong kỳ" beside "Kỳ trước chuyển sang": the dossiers newly received in the period.
  const intake = verb?.metric === 'dossier.received' && NEW_PART.test(header) ? 'dossier.new' : verb?.metric;
  if (intake === 'dossier.new' || intake === 'dossier.received') {
    // "Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính" (the form of Thông tư 01/2018/TT-VPCP beside "… trực
    // tuyến"): the intake through two channels joined is none of them, and no whole (as in prose).
    if (!dims.channel && jointChannels(header)) return null;
    // New dossiers by channel are received through it (CONTRACT: dossier.new carries no channel).
    if (intake === 'dossier.new' && dims.channel) return { metric: 'dossier.received', dims };
  }
  if (intake) return { metric: intake, dims };
  if (channel || level) return { metric: 'dossier.received', dims };
  return null;
}

/** The cell of `block.text` holding position `at` (cells are joined by " | "). */
export function cellAt(block: Block, at: number): number {
  return block.text.slice(0, at).split(' | ').length - 1;
}

/**
 * Is the figure at `at` of a table row in a column of targets ("Kế hoạch", "Mục tiêu") set beside
 * a column of results? A prose rule reading the row's text must not take the target for a result.
 */
export function inTargetColumn(block: Block, blocks: readonly Block[], at: number): boolean {
  if (block.kind !== 'tableRow') return false;
  const grid = gridOf(tableRows(block, blocks));
  if (!grid) return false;
  const head = (j: number): string => lastPart(grid.texts[j] ?? '');
  const col = cellAt(block, at);
  return PLAN_HEAD.test(head(col)) && grid.texts.some((_, j) => j !== col && j > grid.labelColumn && !PLAN_HEAD.test(head(j)));
}

/** A cell written as a bare figure. */
export function isFigureCell(cell: string | undefined): boolean {
  return cell !== undefined && NUMERIC.test(cell);
}

/** The value of a cell written with spaces between its thousands ("1 204"), or undefined. */
export function spacedCellValue(cell: string | undefined): number | undefined {
  return cell !== undefined && SPACED.test(cell) ? Number(cell.replace(/\s/g, '')) : undefined;
}

/**
 * "Số hồ sơ" / "Số lượng" with no verb: the caption before the table says what is counted —
 * unless another column names that already ("Tổng số hồ sơ" beside "Đã giải quyết" under a
 * caption about resolving: the dossiers received).
 */
function countColumn(header: string, caption: string, named: (Column | null)[]): Column | null {
  if (COUNTS_PROCEDURES.test(header)) return null;
  // "Tổng số | Kỳ trước chuyển sang | Tiếp nhận mới | Đã giải quyết | …": the total of a dossier flow is what was received.
  if (TOTAL_HEAD.test(header) && named.some((c) => c?.metric.startsWith('dossier.')) && !named.some((c) => c?.metric === 'dossier.received' && Object.keys(c.dims).length === 0)) {
    return { metric: 'dossier.received', dims: {} };
  }
  if (!/(?<![a-z])(?:so ho so|ho so|so luong)(?![a-z])/.test(header) || /(?<![a-z])t[yi] le(?![a-z])|%/.test(header)) return null;
  if (!/(?<![a-z])(?:ho so|hs)(?![a-z])/.test(`${header} ${caption}`)) return null;
  const cues = headerCues(caption).filter((c) => c.kind !== 'block');
  const cue = cues.at(-1);
  if (cues.some((c) => c.kind === 'block')) return null;
  const metric = cue?.metric ?? 'dossier.received';
  // Beside a pending column the total holds the pending dossiers too: received, not resolved.
  const taken = named.some((c) => (c?.metric === metric && Object.keys(c.dims).length === 0) || (metric === 'dossier.resolved' && c?.metric.startsWith('dossier.pending')));
  return { metric: taken ? 'dossier.received' : metric, dims: {} };
}

/** Dimensions a row label gives: a tier, a field, a body; none for totals. null: skip the row. */
export function rowDims(table: Table, row: Block): Dimensions | null {
  const cells = row.cells ?? [];
  const subs = (table.subLabels ?? []).map((j) => (cells[j] ?? '').trim()).filter((t) => t !== '');
  let label = (cells[table.labelColumn] ?? '').trim();
  // A label merged over several rows ("Cấp huyện" over "Trực tuyến" and "Trực tiếp") is written in its first row only.
  if (!label && subs.length > 0) {
    const data = table.rows.slice(table.headerRows, table.rows.indexOf(row));
    label = ([...data].reverse().map((r) => (r.cells?.[table.labelColumn] ?? '').trim()).find((t) => t !== '') ?? '');
  }
  const dims = labelDims(table, label);
  if (!dims) return null;
  for (const sub of subs) {
    const more = labelDims({ ...table, labelKind: 'other' }, sub);
    if (!more) return null;
    for (const k of ['tier', 'channel', 'field'] as const) if (more[k] && !dims[k]) (dims as Record<string, string>)[k] = more[k]!;
  }
  // (a body named under the level's row is its own subject, no tier)
  if (!dims.tier && !dims.subject) {
    const tier = groupTier(table, row);
    if (tier) dims.tier = tier;
  }
  if (table.captionField && !dims.field) return { ...dims, field: table.captionField };
  return dims;
}

const ROMAN = /^[IVX]{1,4}\.?$/;
const ARABIC = /^(?:\d{1,2}|[a-zđ])[.)]?$/;

/** The level of each row numbered under a Roman-numbered level's row, per table (read once: rowDims is asked per cell). */
const groupTiers = new WeakMap<Table, Map<Block, NonNullable<Dimensions['tier']>>>();

/**
 * "I | Cấp huyện | 1.300 …" then "1 | Đất đai | 800 …", "2 | Tư pháp | …", then "II | Cấp xã …": rows
 * numbered under a level's row numbered in Roman figures are that level's (its fields).
 */
function groupTier(table: Table, row: Block): Dimensions['tier'] {
  if (table.labelColumn !== 1) return undefined;
  let tiers = groupTiers.get(table);
  if (tiers === undefined) {
    tiers = new Map();
    let group: Dimensions['tier'];
    for (const r of table.rows.slice(table.headerRows)) {
      const ordinal = (r.cells?.[0] ?? '').trim();
      if (ROMAN.test(ordinal)) {
        const named = new Set(tierMentions(fold(r.cells?.[table.labelColumn] ?? '')).map((m) => m.tier));
        group = named.size === 1 ? ([...named][0] ?? undefined) : undefined;
      } else if (group && ARABIC.test(ordinal)) tiers.set(r, group);
    }
    groupTiers.set(table, tiers);
  }
  return tiers.get(row);
}

/** The table's other rows name the commune level and none the district level. */
function besideCommunes(table: Table): boolean {
  const labels = table.rows.slice(table.headerRows).map((r) => fold(r.cells?.[table.labelColumn] ?? ''));
  const tiers = labels.flatMap((l) => tierMentions(l).map((m) => m.tier));
  return tiers.includes('commune') && !tiers.includes('district');
}

/**
 * A total row of one level ("Cộng cấp xã", "Tổng cấp huyện") gives its tier; a plain total ("Tổng",
 * "Tổng cộng") of rows that are all named communes, or all named districts, is that level's; others
 * ("Toàn tỉnh", a total over bodies of several levels) none.
 */
function totalTier(folded: string, table: Table): Dimensions {
  if (!/(?<![a-z])cap (?:tinh|huyen|xa)(?![a-z])/.test(folded)) return /^(?:tong(?: cong)?|cong)\s*$/.test(folded.trim()) ? rowsLevel(table) : {};
  const tiers = new Set(tierMentions(folded).map((m) => m.tier));
  const tier = tiers.size === 1 ? [...tiers][0] : undefined;
  return tier ? { tier } : {};
}

/** A commune, a district named in a row label ("Xã Quế Phú", "Thị trấn Đông Phú"; "Huyện Gio Linh"). */
const NAMED_COMMUNE = /^(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?(?:[Xx]ã|[Pp]hường|[Tt]hị trấn)\s+(?:\p{Lu}|\d)/u;
/** ("Quận 3", "Quận 10": an urban district numbered, as a ward is — "Phường 1".) */
const NAMED_DISTRICT = /^(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?(?:[Hh]uyện|[Tt]hành phố|TP\.?|[Tt]hị xã|[Qq]uận)\s+(?:\p{Lu}|\d)/u;

/** The level of the table's data rows when two or more are named bodies of that one level, and every other row is a total. */
function rowsLevel(table: Table): Dimensions {
  let communes = 0;
  let districts = 0;
  for (const r of table.rows.slice(table.headerRows)) {
    const label = bareLabel(r.cells?.[table.labelColumn]).trim();
    if (NAMED_COMMUNE.test(label)) communes++;
    else if (NAMED_DISTRICT.test(label)) districts++;
    else if (label && !isTotalLabel(label, fold(label))) return {};
  }
  if (communes >= 2 && districts === 0) return { tier: 'commune' };
  if (districts >= 2 && communes === 0) return { tier: 'district' };
  return {};
}

/** A row label without its list marker or number ("1.", "- ", "a)"). */
function bareLabel(cell: string | undefined): string {
  return (cell ?? '').replace(/^[\s\-+•*.\d)]+/, '');
}

/** A row label folded, without its list marker or number. */
export function foldedLabel(cell: string | undefined): string {
  return fold(bareLabel(cell));
}

/** A total row's label ("Tổng", "Cộng", "Toàn tỉnh"; not "Công …"), given with its folded form. */
function isTotalLabel(label: string, folded: string): boolean {
  return TOTAL.test(folded) && !NOT_TOTAL.test(label);
}

/**
 * Rows by period ("Quý I | Quý II | … | Cả năm", "Tháng 7 | Tháng 8 | Lũy kế quý III"): the widest is the
 * report's own figure (no body); the others are parts of it, another period's. undefined: no such rows.
 */
function periodRowDims(table: Table, label: string): Dimensions | null | undefined {
  // ("9 tháng", "6 tháng đầu năm": the leading figure is the period's, not a row number.)
  const rankOf = (cell: string | undefined) => periodRank(fold(cell ?? '').replace(/^[\s\-+•*]+/, '').trim());
  const rank = rankOf(label);
  if (rank === 0) return undefined;
  const ranks = table.rows.slice(table.headerRows).map((r) => rankOf(r.cells?.[table.labelColumn])).filter((k) => k > 0);
  if (ranks.length < 2) return undefined;
  const widest = Math.max(...ranks);
  if (rank < widest) return null;
  // ("Tháng 4/2025", "Tháng 5/2025": of two rows as wide, the latest.)
  const within = (cell: string | undefined) => withinPeriod(fold(cell ?? '').replace(/^[\s\-+•*]+/, ''));
  const peers = table.rows.slice(table.headerRows).filter((r) => rankOf(r.cells?.[table.labelColumn]) === widest);
  // ("Tháng 10 | Tháng 11 | Tháng 12 | Cộng quý IV": months closed by a total row are its parts, each its own period's — a
  // subject the breakdown of the total row varies in.)
  if (rank === widest && closedByTotal(table)) return { subject: bareLabel(label).trim() };
  const latest = peers.length === 2 ? Math.max(...peers.map((r) => within(r.cells?.[table.labelColumn]))) : 0;
  // ("Năm 2024", "Năm 2025": rows by year, the latest is the report's own, the others are earlier figures.)
  const latestYear = Math.max(0, ...peers.map((r) => yearOf(r.cells?.[table.labelColumn] ?? '')));
  const year = yearOf(label);
  if (year > 0 && year < latestYear) return null;
  return within(label) < latest ? null : {};
}

/** A data row of the table is labelled as a total ("Cộng", "Tổng cộng"). */
function closedByTotal(table: Table): boolean {
  return table.rows.slice(table.headerRows).some((r) => {
    const label = bareLabel(r.cells?.[table.labelColumn]);
    return label !== '' && isTotalLabel(label, fold(label));
  });
}

/** Dimensions one label gives. */
function labelDims(table: Table, label: string): Dimensions | null {
  const f = foldedLabel(label);
  const byPeriod = periodRowDims(table, label);
  if (byPeriod !== undefined) return byPeriod;
  if (PERIOD_ROW.test(f)) return null;
  // "Trong kỳ (báo cáo)": the period's own row, no body.
  if (/^trong ky(?: bao cao)?$/.test(f.trim())) return {};
  if (!label || isTotalLabel(label, f)) return totalTier(f, table);
  // "Khác", "Lĩnh vực khác", "Còn lại": the rest of the breakdown, no one field or body (as in prose).
  if (REST_ROW.test(f.trim())) return {};
  const dims: Dimensions = {};
  // "Cấp thành phố" beside "Cấp xã, phường" and no district row: the city is the district level.
  if (/^cap (?:thanh pho|tp|thi xa)$/.test(f) && besideCommunes(table)) return { tier: 'district' };
  // "HĐND, UBND tỉnh", "UBND tỉnh" as a row (beside "HĐND, UBND cấp huyện"): the provincial authorities.
  if (/^(?:(?:hdnd|hoi dong nhan dan)(?:,| va) )?(?:ubnd|uy ban nhan dan) tinh$/.test(f.trim())) return { tier: 'province' };
  const tiers = new Set(NAMED_BODY.test(bareLabel(label)) ? [] : tierMentions(f).map((m) => m.tier));
  if (tiers.size === 1) {
    const t = [...tiers][0];
    if (t) dims.tier = t;
    return dims;
  }
  // "Mức độ 3", "DVC toàn trình": dossiers filed online at that level (procedures offered at it).
  const level = /^(?:(?:dvctt|dvc|dich vu cong(?: truc tuyen)?) )?(?:muc(?: do)? [34]|toan trinh|mot phan)(?![a-z\d])/.test(f) ? levelOf(f) : undefined;
  if (level) return { level, channel: 'online' };
  const channel = channelOf(f);
  if (channel && /^(?:trong do:?\s*)?(?:qua\s+|nop\s+|tiep nhan\s+)?(?:dvctt|truc tuyen|truc tiep|bcci|buu chinh|dich vu)/.test(f)) {
    dims.channel = channel;
    return dims;
  }
  const own = /^lĩnh vực\s+(.+)$/iu.exec(label);
  if (own) dims.field = own[1]!.trim();
  else if (table.labelKind === 'field') dims.field = label;
  else dims.subject = label;
  return dims;
}

/** A cell of prose: a sentence written into a table ("Trong quý, Sở tiếp nhận 1.284 hồ sơ, đã giải quyết …"), or a figure with words. */
const PROSE_CELL = /(?:\S+\s+){9,}\S|\d[^|]*\p{L}{2,}|\p{L}{2,}[^|]*\d/u;

/**
 * A row of a table written as a form of tasks and their results ("STT | Nhiệm vụ | Kết quả thực hiện"), whose result
 * cell is prose on dossiers ("Đã tiếp nhận 1.284 hồ sơ", "1.284 (trực tuyến 1.002)" beside "Hồ sơ tiếp nhận"), with no
 * cell of figures but the row's number in the first column. Its sentences are read as prose are; a table's columns of
 * figures stay the table readers'.
 */
export function proseTableRow(block: Block): boolean {
  if (block.kind !== 'tableRow' || !/hồ sơ|\bHS\b/i.test(block.text)) return false;
  const cells = block.cells ?? [];
  return cells.some((c, i) => i > 0 && PROSE_CELL.test(c)) && !cells.some((c, i) => i > 0 && (NUMERIC.test(c) || FRACTION_CELL.test(c)));
}
