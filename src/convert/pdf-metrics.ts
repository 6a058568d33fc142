/**
 * Advance widths of the standard PDF fonts (Adobe AFM metrics, the same numbers pdf.js ships),
 * for printable ASCII (U+0020–U+007E), in 1/1000 em, base-36 two digits per character.
 * Times New Roman / Liberation Serif and Arial / Liberation Sans share these metrics, which is
 * what lets us tell a bold font from a regular one by how wide its text is.
 */
const PACKED = {
  times:
    '6y99bcdwdwn5lm509999dwfo6y996y7qdwdwdwdwdwdwdwdwdwdw7q7qfofofoccplk2ijijk2gzfgk2k299atk2gzopk2k2fgk2ijfggzk2k2q8k2k2gz997q99d1dw99ccdwccdwcc99dwdw7q7qdw7qlmdwdwdwdw99at7qdwdwk2dwdwccdc5kdcf1',
  timesBold:
    '6y99ffdwdwrsn57q9999dwfu6y996y7qdwdwdwdwdwdwdwdwdwdw9999fufufudwpuk2ijk2k2ijgzlmlmatdwlmijq8k2lmgzlmk2fgijk2k2rsk2k2ij997q99g5dw99dwfgccfgcc99dwfg7q99fg7qn5fgdwfgfgccat99fgdwk2dwdwccay64ayeg',
  timesItalic:
    '6y99bodwdwn5lm5y9999dwir6y996y7qdwdwdwdwdwdwdwdwdwdw9999iririrdwpkgzgzijk2gzgzk2k299ccijfgn5ijk2gzk2gzdwfgk2gzn5gzfgfgat7qatbqdw99dwdwccdwcc7qdwdw7q7qcc7qk2dwdwdwdwatat7qdwccijccccatb47nb4f1',
  timesBoldItalic:
    '6yatffdwdwn5lm7q9999dwfu6y996y7qdwdwdwdwdwdwdwdwdwdw9999fufufudwn4ijijijk2ijijk2lmatdwijgzopk2k2gzk2ijfggzk2ijopijgzgz997q99fudw99dwdwccdwcc99dwfg7q7qdw7qlmfgdwdwdwatat7qfgccijdwccat9o649ofu',
  helvetica:
    '7q7q9vfgfgopij5b9999atg87q997q7qfgfgfgfgfgfgfgfgfgfg7q7qg8g8g8fgs7ijijk2k2ijgzlmk27qdwijfgn5k2lmijlmk2ijgzk2ijq8ijijgz7q7q7qd1fg99fgfgdwfgfg7qfgfg6666dw66n5fgfgfgfg99dw7qfgdwk2dwdwdw9a789ag8',
  helveticaBold:
    '7q99d6fgfgopk26m9999atg87q997q7qfgfgfgfgfgfgfgfgfgfg9999g8g8g8gzr3k2k2k2k2ijgzlmk27qfgk2gzn5k2lmijlmk2ijgzk2ijq8ijijgz997q99g8fg99fggzfggzfg99gzgz7q7qfg7qopgzgzgzgzatfg99gzfglmfgfgdwat7satg8',
} as const;

export type MetricFace = keyof typeof PACKED;

export interface FaceMetrics {
  face: MetricFace;
  family: 'times' | 'helvetica';
  bold: boolean;
  widths: Int16Array;
}

function unpack(s: string): Int16Array {
  const out = new Int16Array(95);
  for (let i = 0; i < 95; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 36);
  return out;
}

export const FACES: readonly FaceMetrics[] = (Object.keys(PACKED) as MetricFace[]).map((face) => ({
  face,
  family: face.startsWith('times') ? 'times' : 'helvetica',
  bold: face === 'timesBold' || face === 'timesBoldItalic' || face === 'helveticaBold',
  widths: unpack(PACKED[face]),
}));

export const TIMES: FaceMetrics = FACES[0]!;

const baseCache = new Map<string, number>();

/**
 * The ASCII code whose glyph width stands for `ch` (Vietnamese letters → their base letter,
 * en dash → a digit, which has the same width in both families); -1 when unknown.
 */
export function baseCode(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 32 && c < 127) return c;
  let b = baseCache.get(ch);
  if (b === undefined) {
    if (ch === 'đ') b = 100;
    else if (ch === 'Đ') b = 68;
    else if (ch === '\u2013') b = 48;
    else if (ch === '\u00a0') b = 32;
    else {
      const d = ch.normalize('NFD').charCodeAt(0);
      b = d >= 65 && d < 123 ? d : -1;
    }
    baseCache.set(ch, b);
  }
  return b;
}

/**
 * Width of `text` in em for a face, skipping combining marks; `unknown` counts characters
 * without a known width (counted as half an em).
 */
export function textEm(text: string, face: FaceMetrics): { em: number; unknown: number } {
  const r = allFacesEm(text, [face]);
  return { em: r.ems[0] ?? 0, unknown: r.unknown };
}

/** `textEm` for several faces in one pass over the text. */
export function allFacesEm(
  text: string,
  faces: readonly FaceMetrics[] = FACES,
): { ems: Float64Array; unknown: number } {
  const sums = new Float64Array(faces.length);
  let unknown = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (cp >= 0x300 && cp <= 0x36f) continue;
    const b = cp >= 32 && cp < 127 ? cp : baseCode(text[i]!);
    if (b < 0) {
      unknown++;
      for (let f = 0; f < faces.length; f++) sums[f]! += 500;
    } else {
      for (let f = 0; f < faces.length; f++) sums[f]! += faces[f]!.widths[b - 32] ?? 500;
    }
  }
  for (let f = 0; f < faces.length; f++) sums[f]! /= 1000;
  return { ems: sums, unknown };
}
