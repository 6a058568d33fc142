/**
 * A dossier table that reached us flattened (a PDF's table as lines): one or more bold header
 * lines whose words name the columns in order ("Cấp Tiếp nhận Đã giải quyết Đúng và trước hạn
 * Quá hạn"), then plain lines holding only row labels and figures ("Cấp xã 17.268 17.142 …").
 * The rows are read back as label + k figures, k = the number of named columns.
 */
import type { Dimensions } from '../../schema/record.ts';
import type { Block } from '../../structure/types.ts';
import { fold } from '../../text/normalize.ts';
import { headerCues, type DossierMetric } from './cues.ts';
import { blockIndex } from './document.ts';
import { withState } from './own-clause.ts';
import { rowDims, type Table } from './table.ts';

export interface FlatFigure {
  /** Offset of the figure in its block's text. */
  at: number;
  metric: DossierMetric;
  dims: Dimensions;
}

const FIGURE = /^(?:\d{1,3}(?:[.,]\d{3})+|\d+)$/;
/** A line of a flattened table: words and figures only, no sentence punctuation. */
const ROW_LINE = /^[\p{L}\d\s.,&/()–-]+$/u;
const cache = new WeakMap<Block, Map<Block, FlatFigure[]> | null>();

/** The figures of a body line of a flattened dossier table, or null when the block is not one. */
export function flatFigures(block: Block, blocks: readonly Block[]): FlatFigure[] | null {
  if (block.kind !== 'paragraph' || block.bold) return null;
  const i = blockIndex(blocks, block);
  let z = i;
  while (z > 0 && isBodyLine(blocks[z - 1]!)) z--;
  const header = headerOf(blocks, z);
  if (!header) return null;
  let table = cache.get(header[0]!);
  if (table === undefined) {
    table = readFlat(blocks, header, z);
    cache.set(header[0]!, table);
  }
  return table?.get(block) ?? null;
}

/**
 * A figure followed by the noun it counts ("29 xã, thị trấn tiếp nhận 24.906 hồ sơ"): prose under a bold title typed as a
 * paragraph, not a row — in a flattened row a figure is followed by the next figure or the next row's label.
 */
const COUNTED_NOUN = /\d\s+(?:hồ sơ|hs|xã|phường|thị trấn|đơn vị|cơ quan|thủ tục|tthc)(?![\p{L}])/iu;

function isBodyLine(b: Block): boolean {
  return b.kind === 'paragraph' && !b.bold && b.text.length <= 400 && ROW_LINE.test(b.text) && !/[;:]/.test(b.text) && !COUNTED_NOUN.test(b.text);
}

function isHeaderLine(b: Block): boolean {
  return b.kind === 'paragraph' && b.bold && b.text.length <= 120 && !/\d{2,}/.test(b.text);
}

/** The bold header lines right before the body starting at `z`. */
function headerOf(blocks: readonly Block[], z: number): Block[] | null {
  let a = z;
  while (a > 0 && isHeaderLine(blocks[a - 1]!)) a--;
  return a < z ? blocks.slice(a, z) : null;
}

function readFlat(blocks: readonly Block[], header: Block[], z: number): Map<Block, FlatFigure[]> | null {
  const headText = fold(header.map((h) => h.text).join(' '));
  const caption = fold(blocks[blockIndex(blocks, header[0]!) - 1]?.text ?? '');
  if (!/(?<![a-z])(?:ho so|hs)(?![a-z])/.test(`${headText} ${caption}`)) return null;
  const columns = columnsOf(headText, caption);
  const k = columns.length;
  if (k === 0) return null;
  const body: Block[] = [];
  for (let j = z; j < blocks.length && isBodyLine(blocks[j]!); j++) body.push(blocks[j]!);
  // Tokens of the body lines, with their block and offset.
  const tokens: { text: string; block: Block; at: number }[] = [];
  for (const b of body) for (const m of b.text.matchAll(/\S+/gu)) tokens.push({ text: m[0], block: b, at: m.index });
  const out = new Map<Block, FlatFigure[]>();
  const fakeTable: Table = { rows: [], headerRows: 0, columns: [], labelColumn: 0, labelKind: /linh vuc/.test(headText) ? 'field' : 'other' };
  let t = 0;
  while (t < tokens.length) {
    // A row's number (STT) before its label.
    if (/^\d{1,2}$/.test(tokens[t]!.text) && tokens[t + 1] && !FIGURE.test(tokens[t + 1]!.text)) t++;
    const label: string[] = [];
    while (t < tokens.length && !FIGURE.test(tokens[t]!.text)) label.push(tokens[t++]!.text);
    const figures: typeof tokens = [];
    while (t < tokens.length && FIGURE.test(tokens[t]!.text)) figures.push(tokens[t++]!);
    if (figures.length === 0) break;
    // A figure beyond the k columns is the next row's number (STT).
    const row = figures.slice(0, k);
    if (row.length !== k || figures.length > k + 1 || label.length === 0 || label.length > 12) return null;
    const labelText = label.join(' ');
    const dims = rowDims(fakeTable, { kind: 'tableRow', text: labelText, cells: [labelText], offsets: new Int32Array(0), start: 0, end: 0, bold: false, section: null });
    if (!dims) continue;
    row.forEach((f, c) => {
      const col = columns[c]!;
      const list = out.get(f.block) ?? [];
      list.push({ at: f.at, metric: col.metric, dims: { ...col.dims, ...dims } });
      out.set(f.block, list);
    });
  }
  return out.size > 0 ? out : null;
}

/**
 * The label column's name opening a header ("STT Lĩnh vực", "Đơn vị"): no column of figures — and no phrase with the word
 * after it ("Lĩnh vực Tiếp nhận …" is no "lĩnh vực tiếp nhận", the scope of a body's work).
 */
const LABEL_HEAD = /^\s*(?:stt\s+)?(?:(?:ten )?linh vuc|don vi|co quan|noi dung)(?=\s)/;

/** Column metrics named in order in the header; a lone count column takes the caption's verb. */
function columnsOf(header: string, caption: string): { metric: DossierMetric; dims: Dimensions }[] {
  const head = header.replace(LABEL_HEAD, (m) => ' '.repeat(m.length));
  const cues = headerCues(head);
  if (cues.some((c) => c.kind === 'block')) return [];
  const out: { metric: DossierMetric; dims: Dimensions }[] = [];
  let pending = false;
  for (const c of cues) {
    if (c.metric === 'dossier.pending') pending = true;
    else if (c.kind === 'verb') pending = false;
    out.push({ metric: c.kind === 'timing' ? withState(c.metric!, pending) : c.metric!, dims: {} });
  }
  // "Hình thức nộp hồ sơ | Số hồ sơ": the only cue names the label column; the count is what the caption says.
  if (out.length <= 1 && /(?<![a-z])so (?:ho so|luong)(?![a-z])/.test(head)) {
    const lead = headerCues(caption).filter((c) => c.kind === 'verb').at(-1);
    return [{ metric: lead?.metric ?? 'dossier.received', dims: {} }];
  }
  return out;
}
