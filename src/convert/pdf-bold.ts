import { quantile } from './pdf-stats.ts';
import { allFacesEm, FACES } from './pdf-metrics.ts';

/** What bold detection needs of a run of text. */
export interface MeasuredRun {
  str: string;
  font: string;
  size: number;
  width: number;
}

/** Runs shorter than this (characters) are too noisy to measure. */
const MIN_CHARS = 4;
/** Samples kept per font; enough for a stable low quantile, bounded cost. */
const MAX_SAMPLES = 60;
/** A font matches a face when its low-quantile width ratio is within this of 1. */
const MATCH = 0.015;
/** A bold face must explain the widths this much better than the regular faces of its family. */
const MARGIN = 0.005;

/**
 * Decide which pdf.js fonts are bold, from glyph widths alone.
 *
 * pdf.js does not tell `getTextContent()` callers a font's real name ("…-Bold"): that only
 * reaches the main thread through `getOperatorList()`, which costs about as much again as the
 * text itself. Instead each font's text is measured against the standard metrics of Times and
 * Helvetica, regular and bold (Times New Roman, Arial and their Liberation clones share them).
 * Justification only stretches lines, never shrinks them, so a low quantile of width / expected
 * width lands on ≈ 1.00 for the face the font really has, and no line measures clearly narrower.
 * The body font (most text) fixes the family; a font is bold when a bold face of that family
 * explains its widths best, by a margin over the regular faces. When the body font matches no
 * face (other families, NFD text whose widths pdf.js mis-measures) nothing is marked bold — no
 * hint rather than a wrong one.
 */
export function detectBoldFonts(runs: Iterable<MeasuredRun>): Set<string> {
  const samples = new Map<string, number[][]>();
  for (const r of runs) {
    if (r.width <= 0 || r.size <= 0) continue;
    const text = r.str.trim();
    if (text.length < MIN_CHARS) continue;
    let perFace = samples.get(r.font);
    if (perFace === undefined) {
      perFace = FACES.map(() => []);
      samples.set(r.font, perFace);
    }
    if ((perFace[0]?.length ?? 0) >= MAX_SAMPLES) continue;
    // The measured width covers the item's own text, trailing spaces included.
    const measured = r.str.trimStart();
    const { ems, unknown } = allFacesEm(measured);
    if (unknown > measured.length * 0.05 || !discriminates(ems)) continue;
    const ratios = Array.from(ems, (em) => r.width / (r.size * em));
    ratios.forEach((v, i) => perFace[i]?.push(v));
  }
  const bold = new Set<string>();
  // The family (Times or Helvetica metrics) is the body font's: the font with most samples.
  let body: number[][] | undefined;
  for (const perFace of samples.values()) if ((perFace[0]?.length ?? 0) > (body?.[0]?.length ?? 0)) body = perFace;
  if (body === undefined) return bold;
  const bodyScores = body.map(score);
  const bodyBest = bodyScores.indexOf(Math.min(...bodyScores));
  const family = FACES[bodyBest]?.family;
  if (family === undefined || Math.abs(lowQuantile(body[bodyBest] ?? []) - 1) > MATCH) return bold;

  for (const [font, perFace] of samples) {
    let bestBold = Infinity;
    let bestRegular = Infinity;
    let fit = Infinity;
    perFace.forEach((ratios, i) => {
      const face = FACES[i];
      if (face?.family !== family) return;
      const sc = score(ratios);
      if (!face.bold) bestRegular = Math.min(bestRegular, sc);
      else if (sc < bestBold) {
        bestBold = sc;
        fit = Math.abs(lowQuantile(ratios) - 1);
      }
    });
    if (fit <= MATCH && bestBold + MARGIN <= bestRegular) bold.add(font);
  }
  return bold;
}

/**
 * Does this text measure differently in bold and regular? Digits, spaces and many capitals have
 * the same width in both, so runs like "1.204" or "100%" say nothing about weight.
 */
function discriminates(ems: Float64Array): boolean {
  for (const [regular, bold] of PAIRS) {
    const r = ems[regular] ?? 0;
    const b = ems[bold] ?? 0;
    if (r > 0 && Math.abs(b / r - 1) >= 0.02) return true;
  }
  return false;
}

const PAIRS: [number, number][] = [
  [FACES.findIndex((f) => f.face === 'times'), FACES.findIndex((f) => f.face === 'timesBold')],
  [FACES.findIndex((f) => f.face === 'helvetica'), FACES.findIndex((f) => f.face === 'helveticaBold')],
];

/**
 * How badly a face explains a font's ratios: distance of the low quantile from 1, plus a
 * penalty for ratios clearly below 1 — justification only stretches, so the true face never
 * measures narrower than its metrics.
 */
function score(ratios: number[]): number {
  if (ratios.length === 0) return Infinity;
  let narrow = 0;
  for (const r of ratios) if (r < 0.985) narrow++;
  return Math.abs(lowQuantile(ratios) - 1) + (2 * narrow) / ratios.length;
}

/** The 10th percentile (the minimum for small samples): the least stretched lines. */
function lowQuantile(values: number[]): number {
  return quantile(values, 0.1) ?? NaN;
}
