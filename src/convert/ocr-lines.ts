import { fold, nfc } from '../text/normalize.ts';
import { inkIn, type GrayImage } from './ocr-ink.ts';
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
 *   in a larger type), which is scaled by its height;
 * - bold: when the page images were measured (wordInk), a line inked 30% more densely than the
 *   document's regular text (its lower quartile of lines; ocr-ink.ts); or only its opening
 *   numbered title, when that alone is so inked (runInHeading).
 * Skewed scans are straightened first (deskew). Figures and Roman numerals may be taken from a second reading by the English model
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
  /** Dark pixels in the word's box, and the box's area (when the page image was measured). */
  dark?: number;
  area?: number;
}

export interface RawOcrLine {
  block: number;
  par: number;
  words: OcrWord[];
}

/** Parse one page's TSV into its lines of words (empty words dropped). */
export function parseTsv(tsv: string, ink?: readonly (readonly [number, number])[]): RawOcrLine[] {
  const lines = new Map<string, RawOcrLine>();
  let k = -1;
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5') continue;
    k++;
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
      ...(ink?.[k] === undefined ? {} : { dark: ink[k]![0], area: ink[k]![1] }),
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

/** Each word row of a page's TSV (in order) → [dark pixels, area] of its box in the page image. */
export function wordInk(tsv: string, img: GrayImage): [number, number][] {
  const out: [number, number][] = [];
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5') continue;
    const { dark, area } = inkIn(img, Number(f[6]), Number(f[7]), Number(f[8]), Number(f[9]));
    out.push([dark, area]);
  }
  return out;
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
  inkPages: (readonly (readonly [number, number])[] | undefined)[] = [],
): Line[][] {
  const pt = 72 / dpi;
  const parsed = tsvPages.map((tsv, i) => {
    const lines = parseTsv(tsv, inkPages[i]);
    const english = englishPages[i];
    if (english !== undefined) mergeFigures(lines, parseTsv(english));
    deskew(lines);
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

  const pieces = measured.map((page) => page.flatMap((m) => splitAtGaps(m.words, (2 * size * dpi) / 72).map((words) => ({ ...m, words }))));
  // Bold: a line whose words are inked 30% more densely than the document's regular text.
  const density = (words: OcrWord[]): number | undefined => {
    let dark = 0;
    let area = 0;
    for (const w of words) {
      if (w.dark === undefined || w.area === undefined) return undefined;
      dark += w.dark;
      area += w.area;
    }
    return area > 0 ? dark / area : undefined;
  };
  const densities = pieces
    .flat()
    .filter((l) => l.words.some((w) => /\p{L}{2}/u.test(w.text)))
    .map((l) => density(l.words))
    .filter((d): d is number => d !== undefined);
  // Regular text's ink: the lower quartile, since headings may be half the lines of a short report.
  const sortedInk = [...densities].sort((a, b) => a - b);
  const typicalInk = sortedInk.length >= 3 ? sortedInk[Math.floor(sortedInk.length / 4)]! : NaN;

  return pieces.map((page, i) => {
    const lines: Line[] = page.map((l) => {
      // Only a clearly taller line of some length: a short word's box says little (no ascender).
      const ratio = l.height / typicalHeight;
      const letters = l.words.reduce((n, w) => n + w.text.replace(/[^\p{L}\p{N}]/gu, '').length, 0);
      const lineSize = ratio > 1.5 && letters >= 4 ? Math.round(size * ratio * 2) / 2 : size;
      const words = [...l.words].sort((a, b) => a.left - b.left);
      const text = fixText(words.map((w) => w.text).join(' '));
      const ink = density(words);
      const bold = ink !== undefined && ink > 1.3 * typicalInk && /\p{L}/u.test(text);
      const lead = bold ? 0 : runInHeading(words, (ws) => (density(ws) ?? 0) > 1.3 * typicalInk);
      const spans =
        lead === 0
          ? [{ text, bold }]
          : [
              { text: fixText(words.slice(0, lead).map((w) => w.text).join(' ')), bold: true },
              { text: ` ${fixText(words.slice(lead).map((w) => w.text).join(' '))}`, bold: false },
            ];
      const joined = spans.map((sp) => sp.text).join('');
      return {
        page: i + 1,
        x: Math.min(...words.map((w) => w.left)) * pt,
        right: Math.max(...words.map((w) => w.left + w.width)) * pt,
        y: l.y,
        size: lineSize,
        text: joined,
        spans,
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
 * wider gaps (the header block's gutter, table columns) keep their cells apart, and so does the
 * national motto.
 */
export function joinSplitLine(band: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of band) {
    const last = out[out.length - 1];
    const motto = MOTTO_START.test(fold(l.text));
    if (last !== undefined && !motto && l.x - last.right < 1.5 * Math.max(l.size, last.size) && l.x >= last.right - 0.5 * l.size) {
      const text = `${last.text} ${l.text}`;
      const spans = last.spans[0]?.bold === l.spans[0]?.bold ? [{ text, bold: l.spans[0]?.bold ?? false }] : [...last.spans, { text: ' ', bold: false }, ...l.spans];
      out[out.length - 1] = { ...last, right: Math.max(last.right, l.right), text, spans };
    } else out.push(l);
  }
  return out;
}

/**
 * Tesseract may read the header block's two cells, or a table's cells, as one line: a line's
 * words are cut apart where the gap between two words exceeds `gap` pixels (2 em: justified
 * word spaces stay well below it), and before the national motto ("CỘNG HÒA …", "Độc lập …"),
 * which only ever starts the right cell.
 */
export function splitAtGaps(words: OcrWord[], gap: number): OcrWord[][] {
  const sorted = [...words].sort((a, b) => a.left - b.left);
  const out: OcrWord[][] = [];
  sorted.forEach((w, i) => {
    const cur = out[out.length - 1];
    const last = cur?.[cur.length - 1];
    const motto = MOTTO_START.test(fold(`${w.text} ${sorted[i + 1]?.text ?? ''}`));
    // ("I.", "1.", "a)" then a tab: Word's automatic numbering sets the title apart from its number, one line still.)
    const marker = cur !== undefined && cur.length === 1 && i === 1 && LIST_MARKER.test(cur[0]!.text) && w.left - (last!.left + last!.width) <= 3 * gap;
    if (cur !== undefined && last !== undefined && (w.left - (last.left + last.width) <= gap || marker) && !motto) cur.push(w);
    else out.push([w]);
  });
  return out;
}

/** A heading or list number alone: "I.", "II.", "1.", "2.1.", "a)", "b.". */
const LIST_MARKER = /^(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]$/u;

/** The national motto's lines start the header block's right cell, whatever stands left of them. */
const MOTTO_START = /^(?:cong hoa|doc lap\b)/;

/**
 * A run-in heading: a line that opens with a numbered title in bold ending with "." or ":" and
 * goes on in regular type ("1. Cải cách thể chế. Sở đã …"). Returns how many words the bold
 * title has (at least two, with the marker), or 0. `inked` says whether words are bold.
 */
export function runInHeading(words: OcrWord[], inked: (ws: OcrWord[]) => boolean): number {
  if (words.length < 3 || !LIST_MARKER.test(words[0]!.text)) return 0;
  for (let k = 2; k < words.length; k++) {
    if (!/[.:]$/.test(words[k - 1]!.text)) continue;
    return inked(words.slice(0, k)) && !inked(words.slice(k)) ? k : 0;
  }
  return 0;
}

/**
 * A scan is seldom straight: at 0.8° a line's baseline drops 6 pt across the page and the left
 * margin drifts 10 pt down it, which reads as indents and broken lines. The skew is the median
 * slope of the word bottoms along lines of four or more words (a least-squares fit per line, on
 * words that reach no lower than the baseline); words are moved back by it in place, about the
 * page's origin (x' = x + s·y, y' = y − s·x). Returns the slope.
 */
export function deskew(lines: RawOcrLine[]): number {
  const slopes: number[] = [];
  for (const l of lines) {
    const ws = l.words.filter((w) => /[\p{L}\p{N}]/u.test(w.text) && !BELOW.test(w.text.normalize('NFD')));
    if (ws.length < 4) continue;
    const xs = ws.map((w) => w.left + w.width / 2);
    const ys = ws.map((w) => w.top + w.height);
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    let num = 0;
    let den = 0;
    xs.forEach((x, i) => {
      num += (x - mx) * (ys[i]! - my);
      den += (x - mx) ** 2;
    });
    if (den > 0) slopes.push(num / den);
  }
  const slope = slopes.length >= 3 ? median(slopes) : 0;
  if (Math.abs(slope) < 0.002 || Math.abs(slope) > 0.1) return 0;
  for (const l of lines) {
    for (const w of l.words) {
      const cx = w.left + w.width / 2;
      const cy = w.top + w.height / 2;
      w.left += slope * cy;
      w.top -= slope * cx;
    }
  }
  return slope;
}
