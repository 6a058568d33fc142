/**
 * TCVN3 (ABC) and VNI text → Unicode, and back (for building test documents).
 * The code tables are data in legacy-encoding-tables.ts; detection is in legacy-encoding-detect.ts.
 */
import { TCVN3_ALIASES, TCVN3_CAPITALS, TCVN3_ROWS, TCVN3_VN1_CAPITALS, TONES, VNI_ROWS } from './legacy-encoding-tables.ts';

export type LegacyEncoding = 'tcvn3' | 'vni';

/** How a run's characters are to be read: the encoding, and whether a capitals-only font draws them. */
export interface LegacyReading {
  encoding: LegacyEncoding;
  /** A TCVN3 capitals font (.VnTimeH …) shows every letter as a capital. */
  caps: boolean;
}

const compose = (base: string, tone: number): string => (base + (TONES[tone] ?? '')).normalize('NFC');

function buildTcvn3(): { decode: Map<string, string>; encode: Map<string, string> } {
  const decode = new Map<string, string>();
  const encode = new Map<string, string>();
  for (const [base, forms] of TCVN3_ROWS) {
    [...forms].forEach((legacy, tone) => {
      const unicode = compose(base, tone);
      if (legacy !== unicode) decode.set(legacy, unicode);
      encode.set(unicode, legacy);
    });
  }
  for (const [legacy, unicode] of TCVN3_CAPITALS) {
    decode.set(legacy, unicode);
    encode.set(unicode, legacy);
  }
  for (const [legacy, unicode] of TCVN3_VN1_CAPITALS) decode.set(legacy, unicode);
  for (const [seen, unicode] of TCVN3_ALIASES) decode.set(seen, unicode);
  return { decode, encode };
}

function buildVni(): { decode: Map<string, string>; encode: Map<string, string> } {
  const decode = new Map<string, string>();
  const encode = new Map<string, string>();
  for (const [base, forms] of VNI_ROWS) {
    forms.forEach((legacy, tone) => {
      const lower = compose(base, tone);
      for (const [l, u] of [
        [legacy, lower],
        [legacy.toUpperCase(), lower.toUpperCase()],
      ] as const) {
        if (l !== u) decode.set(l, u);
        encode.set(u, l);
      }
    });
  }
  return { decode, encode };
}

const TCVN3 = buildTcvn3();
const VNI = buildVni();

/** Word stores characters of symbol-charset fonts in the private use area (U+F020–U+F0FF). */
const unPrivate = (text: string): string =>
  /[\uf020-\uf0ff]/.test(text) ? text.replace(/[\uf020-\uf0ff]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xf000)) : text;

/** TCVN3 text → Unicode (NFC). With `caps`, the text was shown by a capitals font (.VnTimeH). */
export function decodeTcvn3(text: string, caps = false): string {
  let out = '';
  for (const c of unPrivate(text)) out += TCVN3.decode.get(c) ?? c;
  return caps ? out.toUpperCase() : out;
}

/** VNI text → Unicode (NFC): a base letter and its marks become one letter. */
export function decodeVni(text: string): string {
  const src = unPrivate(text);
  let out = '';
  for (let i = 0; i < src.length; ) {
    const two = VNI.decode.get(src.slice(i, i + 2));
    if (two !== undefined && i + 1 < src.length) {
      out += two;
      i += 2;
      continue;
    }
    const c = src[i] as string;
    out += VNI.decode.get(c) ?? c;
    i += 1;
  }
  return out;
}

export function decodeLegacy(text: string, reading: LegacyReading): string {
  return reading.encoding === 'tcvn3' ? decodeTcvn3(text, reading.caps) : decodeVni(text);
}

/**
 * The legacy encoding a font name implies: the ABC fonts are ".VnTime", ".VnArial" … (capitals
 * fonts end in "H": ".VnTimeH"), sometimes saved without the dot; VNI fonts are "VNI-Times" ….
 */
export function fontReading(font: string | null | undefined): LegacyReading | undefined {
  if (font == null) return undefined;
  const name = font.trim();
  if (/^vni[-_ ]/i.test(name)) return { encoding: 'vni', caps: false };
  if (/^\.?vn(?!i[-_ ])[a-z]/i.test(name)) return { encoding: 'tcvn3', caps: /H$/.test(name) };
  return undefined;
}

/** A stretch of TCVN3 text and whether it must be set in the capitals font. */
export interface Tcvn3Segment {
  text: string;
  caps: boolean;
}

/**
 * Unicode → TCVN3, as an ABC keyboard user would type it: capitals with a tone (and any text
 * given `allCaps`) go into the capitals font as lower-case codes.
 */
export function encodeTcvn3(text: string, allCaps = false): Tcvn3Segment[] {
  const out: Tcvn3Segment[] = [];
  const push = (t: string, caps: boolean): void => {
    const last = out[out.length - 1];
    if (last !== undefined && last.caps === caps) last.text += t;
    else out.push({ text: t, caps });
  };
  for (const c of text.normalize('NFC')) {
    if (allCaps) {
      push(TCVN3.encode.get(c.toLowerCase()) ?? c.toLowerCase(), true);
      continue;
    }
    const direct = TCVN3.encode.get(c);
    if (direct !== undefined || c.charCodeAt(0) < 0x80) {
      push(direct ?? c, false);
      continue;
    }
    const lower = TCVN3.encode.get(c.toLowerCase());
    if (lower !== undefined) push(lower, true);
    else push(c, false);
  }
  return out;
}

/** Unicode → VNI. */
export function encodeVni(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC')) out += VNI.encode.get(c) ?? c;
  return out;
}
