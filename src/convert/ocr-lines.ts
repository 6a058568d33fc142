import { nfc } from '../text/normalize.ts';
import type { Line } from './pdf-types.ts';

/**
 * Tesseract's TSV output (one row per page, block, paragraph, line and word, with its box in
 * pixels) → the PDF converter's visual lines (pdf-types.ts), in points from the page's top, so
 * that a scan goes through the same layout stages as a text layer: page furniture, the header
 * block's two cells, paragraphs rejoined by indentation, spacing and early line ends.
 *
 * - x / right: the line's words' extent;
 * - y (baseline): the median bottom of the words that reach no lower than the baseline (no
 *   descender, no dot below, no bracket or comma), else the lowest bottom less a fifth of the
 *   line's height;
 * - size: Tesseract gives none. Every line gets the document's body size, estimated from the
 *   most common baseline-to-baseline distance inside Tesseract's paragraphs (single spacing is
 *   about 1.15 em), except a line of some length whose box is far taller than most (a title
 *   in a larger type), which is scaled by its height.
 * Figures and Roman numerals may be taken from a second reading by the English model
 * (mergeFigures). Lines come in Tesseract's reading order, re-sorted by baseline so that the two cells of the
 * header block and a table's cells that share a baseline come out row by row, left to right;
 * a line Tesseract cut in two at a wide word space is joined again (joinSplitLine), and one
 * that spans a gap wider than 2 em (the header block's gutter) is cut there (splitAtGaps).
 */

export interface OcrWord {
  left: number;
  top: number;
  width: number;
  height: number;
  conf: number;
  text: string;
}

export interface RawOcrLine {
  block: number;
  par: number;
  words: OcrWord[];
}

/** Parse one page's TSV into its lines of words (empty words dropped). */
export function parseTsv(tsv: string): RawOcrLine[] {
  const lines = new Map<string, RawOcrLine>();
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5') continue;
    const text = nfc(f.slice(11).join('\t')).trim();
    if (text === '') continue;
    const [block, par, line] = [Number(f[2]), Number(f[3]), Number(f[4])];
    const key = `${block}.${par}.${line}`;
    let l = lines.get(key);
    if (l === undefined) {
      l = { block, par, words: [] };
      lines.set(key, l);
    }
    l.words.push({
      left: Number(f[6]),
      top: Number(f[7]),
      width: Number(f[8]),
      height: Number(f[9]),
      conf: Number(f[10]),
      text,
    });
  }
  return [...lines.values()].filter((l) => l.words.length > 0);
}

/** A figure as OCR reads it: digits with separators, maybe a sign, bracket, percent or stop. */
const FIGURE = /^[(\[]?[-+]?\d[\d.,]*%?[)\]]?[.,;:]?[)\]]?$/u;
/** A word that holds a digit, or capitals that may be a misread Roman numeral ("TTT", "TIT."). */
const DOUBTFUL = /\d|^[(\[]?[IVXTLHl1|]{1,5}[)\].,:]?$/u;
const ROMAN = /^[(\[]?[IVX]{1,5}[)\].,:]?$/u;

/**
 * Tesseract's Vietnamese model misreads digits that its English model reads well ("07" as "67",
 * "2024" as "2824", "III" as "TTT"). Each doubtful Vietnamese word (one with a digit, or a run of
 * I/T/L/H/l/1 that may be a Roman numeral) is replaced by the English reading of the same box when
 * that is a figure or a Roman numeral and the boxes overlap mostly (each covers at least 60%
 * of the other). Likewise a word starting with t or L that the English model reads with an l
 * (or 1, I) and the same letters after it starts with l. Words are changed in place;
 * `english` is one page's reading by the English model.
 */
export function mergeFigures(lines: RawOcrLine[], english: RawOcrLine[]): number {
  const eng = english.flatMap((l) => l.words);
  const figures = eng.filter((w) => FIGURE.test(w.text) || ROMAN.test(w.text));
  let changed = 0;
  for (const l of lines) {
    for (const w of l.words) {
      if (DOUBTFUL.test(w.text)) {
        const best = sameBox(w, figures);
        if (best === undefined || best.text === w.text) continue;
        // A Roman numeral only stands for letters that look like its strokes.
        if (ROMAN.test(best.text) && !/^[(\[]?[IVXTLHl1|]+/u.test(w.text)) continue;
        w.text = best.text;
        changed++;
      } else if (/^[tL]\p{L}/u.test(w.text)) {
        // A small l read as t or L ("tà", "Là" for "là"; "tuật" for "luật"): the English model
        // sees the l (as l, 1 or I) and the same letters after it.
        const best = sameBox(w, eng);
        if (best === undefined || !/^[l1I|]/.test(best.text)) continue;
        if (plain(w.text.slice(1)) !== plain(best.text.slice(1)).replace(/[60]/g, 'o')) continue;
        w.text = `l${w.text.slice(1)}`;
        changed++;
      }
    }
  }
  return changed;
}

/** Letters without marks, small (đ → d), for comparing a Vietnamese reading with an English one. */
const plain = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

/** The word of `words` whose box mostly coincides with `w`'s (each covers 60% of the other). */
function sameBox(w: OcrWord, words: OcrWord[]): OcrWord | undefined {
  let best: OcrWord | undefined;
  let bestArea = 0;
  for (const e of words) {
    const ix = Math.min(w.left + w.width, e.left + e.width) - Math.max(w.left, e.left);
    const iy = Math.min(w.top + w.height, e.top + e.height) - Math.max(w.top, e.top);
    if (ix <= 0 || iy <= 0) continue;
    const area = ix * iy;
    if (area >= 0.6 * w.width * w.height && area >= 0.6 * e.width * e.height && area > bestArea) {
      best = e;
      bestArea = area;
    }
  }
  return best;
}

/** Letters and marks that reach below the baseline. */
const BELOW = /[gjpqyQ(),;[\]{}|/\u0323ạặậẹệịọộợụựỵẠẶẬẸỆỊỌỘỢỤỰỴ]/u;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function baseline(words: OcrWord[]): number {
  const clean = words.filter((w) => /[\p{L}\p{N}]/u.test(w.text) && !BELOW.test(w.text.normalize('NFD')));
  if (clean.length > 0) return median(clean.map((w) => w.top + w.height));
  const bottom = Math.max(...words.map((w) => w.top + w.height));
  const height = bottom - Math.min(...words.map((w) => w.top));
  return bottom - 0.2 * height;
}

function mode(xs: number[]): number | undefined {
  const counts = new Map<number, number>();
  let best: number | undefined;
  let n = 0;
  for (const x of xs) {
    const c = (counts.get(x) ?? 0) + 1;
    counts.set(x, c);
    if (c > n) {
      n = c;
      best = x;
    }
  }
  return best;
}

/**
 * Each page's TSV → its lines, in points (`dpi`: the resolution the page was rasterised at).
 * `fixText` is applied to each line's text (OCR confusions inside figures).
 */
export function ocrPageLines(
  tsvPages: string[],
  dpi: number,
  fixText: (s: string) => string = (s) => s,
  englishPages: (string | undefined)[] = [],
): Line[][] {
  const pt = 72 / dpi;
  const parsed = tsvPages.map((tsv, i) => {
    const lines = parseTsv(tsv);
    const english = englishPages[i];
    if (english !== undefined) mergeFigures(lines, parseTsv(english));
    return lines;
  });
  const measured = parsed.map((lines) =>
    lines.map((l) => {
      const top = Math.min(...l.words.map((w) => w.top));
      const bottom = Math.max(...l.words.map((w) => w.top + w.height));
      return { ...l, y: baseline(l.words) * pt, height: (bottom - top) * pt };
    }),
  );
  // Body size from single-spaced lines inside Tesseract's paragraphs.
  const steps: number[] = [];
  for (const page of measured) {
    for (let i = 1; i < page.length; i++) {
      const a = page[i - 1]!;
      const b = page[i]!;
      if (a.block === b.block && a.par === b.par && b.y > a.y) steps.push(Math.round((b.y - a.y) * 2) / 2);
    }
  }
  const heights = measured.flat().map((l) => l.height);
  const typicalHeight = median(heights);
  const step = mode(steps);
  const size = step !== undefined ? Math.round((step / 1.15) * 2) / 2 : Number.isNaN(typicalHeight) ? 12 : Math.round(typicalHeight / 1.1);

  return measured.map((page, i) => {
    const lines: Line[] = page.flatMap((m) => splitAtGaps(m.words, 2 * size * dpi / 72).map((words) => ({ ...m, words }))).map((l) => {
      // Only a clearly taller line of some length: a short word's box says little (no ascender).
      const ratio = l.height / typicalHeight;
      const letters = l.words.reduce((n, w) => n + w.text.replace(/[^\p{L}\p{N}]/gu, '').length, 0);
      const lineSize = ratio > 1.5 && letters >= 4 ? Math.round(size * ratio * 2) / 2 : size;
      const words = [...l.words].sort((a, b) => a.left - b.left);
      const text = fixText(words.map((w) => w.text).join(' '));
      return {
        page: i + 1,
        x: Math.min(...words.map((w) => w.left)) * pt,
        right: Math.max(...words.map((w) => w.left + w.width)) * pt,
        y: l.y,
        size: lineSize,
        text,
        spans: [{ text, bold: false }],
      };
    });
    // Row by row (baselines within 40% of the size), left to right.
    const byY = [...lines].sort((a, b) => a.y - b.y);
    const bands: Line[][] = [];
    for (const l of byY) {
      const band = bands[bands.length - 1];
      if (band !== undefined && Math.abs(l.y - band[0]!.y) <= 0.4 * l.size) band.push(l);
      else bands.push([l]);
    }
    return bands.flatMap((b) => joinSplitLine(b.sort((p, q) => p.x - q.x)));
  });
}

/**
 * Tesseract sometimes takes a wide word space for a column gap and cuts one visual line in two
 * (each half in a block of its own). Halves of a band closer than 1.5 em are one line again;
 * wider gaps (the header block's gutter, table columns) keep their cells apart.
 */
export function joinSplitLine(band: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of band) {
    const last = out[out.length - 1];
    if (last !== undefined && l.x - last.right < 1.5 * Math.max(l.size, last.size) && l.x >= last.right - 0.5 * l.size) {
      const text = `${last.text} ${l.text}`;
      out[out.length - 1] = { ...last, right: Math.max(last.right, l.right), text, spans: [{ text, bold: false }] };
    } else out.push(l);
  }
  return out;
}

/**
 * Tesseract may read the header block's two cells, or a table's cells, as one line: a line's
 * words are cut apart where the gap between two words exceeds `gap` pixels (2 em: justified
 * word spaces stay well below it).
 */
export function splitAtGaps(words: OcrWord[], gap: number): OcrWord[][] {
  const sorted = [...words].sort((a, b) => a.left - b.left);
  const out: OcrWord[][] = [];
  for (const w of sorted) {
    const cur = out[out.length - 1];
    const last = cur?.[cur.length - 1];
    if (cur !== undefined && last !== undefined && w.left - (last.left + last.width) <= gap) cur.push(w);
    else out.push([w]);
  }
  return out;
}
