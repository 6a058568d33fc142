import { parseRoman } from '../text/roman.ts';

/** The numbering schemes of hand-numbered Vietnamese report headings. */
export type Scheme = 'part' | 'roman' | 'upper' | 'arabic' | 'dotted' | 'lower';

/** The number at the start of a block. */
export interface Numbering {
  scheme: Scheme;
  /** Stack key: the scheme, with the depth of dotted numbers and the word of "Phần"/"Mục". */
  key: string;
  /** As written, without trailing punctuation: "II", "2.1", "a", "Phần I". */
  number: string;
  /** Ordinal at its level (1-based); for dotted numbers the last component. */
  value: number;
  /** Components of a dotted number ("2.1" → [2, 1]); [value] for Arabic. */
  parts: number[];
  /** Index in the text where the title begins. */
  titleStart: number;
  /** Another reading of the same marker ("I." as Roman one or as the letter I). */
  alt?: Numbering;
  /** A dotted number whose first component is Roman ("II.1", Word's "%1.%2." under a Roman level). */
  romanHead?: boolean;
}

/** Vietnamese letter order used in lists (no ă â ê ô ơ ư; đ after d). */
const VI_LOWER = 'abcdđeghiklmnopqrstuvxy';
const LATIN_LOWER = 'abcdefghijklmnopqrstuvwxyz';

function letterValue(ch: string): number {
  const c = ch.toLowerCase();
  const vi = VI_LOWER.indexOf(c);
  if (vi >= 0) return vi + 1;
  return LATIN_LOWER.indexOf(c) + 1;
}

/** True when letter `cur` may follow letter `prev` (Vietnamese or Latin order). */
export function letterFollows(prev: string, cur: string): boolean {
  const p = prev.toLowerCase();
  const c = cur.toLowerCase();
  const vi = VI_LOWER.indexOf(p);
  if (vi >= 0 && VI_LOWER[vi + 1] === c) return true;
  const la = LATIN_LOWER.indexOf(p);
  return la >= 0 && LATIN_LOWER[la + 1] === c;
}

const PART = /^(Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+([IVXLC]+|\d{1,2})(?![\p{L}\p{N}])\s*[.:\-–)]?\s*/u;
/** "PHẦN THỨ NHẤT", "Phần thứ hai": a part numbered by an ordinal word. */
const PART_ORDINAL = /^(Phần|PHẦN|Chương|CHƯƠNG)\s+(thứ\s+(?:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười))(?![\p{L}\p{N}])\s*[.:\-–)]?\s*/iu;
const ORDINALS: Record<string, number> = { nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const DOTTED_FINAL = /^(\d{1,2}(?:\.\d{1,2}){1,3})(?:[.)](?!\d)|\s?[-–](?=\s+\p{L}))\s*/u;
const DOTTED_BARE = /^(\d{1,2}(?:\.\d{1,2}){1,3})\s+(?=\p{Lu})/u;
const ROMAN_DOTTED = /^([IVXLC]{1,7})\.(\d{1,2}(?:\.\d{1,2}){0,2})(?:[.)](?!\d)\s*|\s+(?=\p{Lu}))/u;
/**
 * "1. ", "1) ", "1/ ", and "1- " before a word ("1 - 2 ngày" is no number); "4, " before a
 * capital (a comma typed or read by OCR for the full stop; "1,5" and "2, 3 hồ sơ" are no number).
 */
const ARABIC = /^(\d{1,2})(?:\s?[.)/](?![\d/])|,\s+(?=\p{Lu})|\s?[-–](?=\s+\p{L}))\s*/u;
/** "V/v …" (về việc) opens a subject line, not section five. */
const ROMAN = /^([IVXLC]{1,7})\s?(?:[.)\-–:]|\/(?![vV]))(?![\d/])\s*/;
/** "II KẾT QUẢ THỰC HIỆN": a Roman number typed without its full stop, before a title in capitals. */
const ROMAN_BARE = /^([IVXLC]{1,7})\s+(?=\p{Lu}{2,}(?![\p{Ll}\p{N}]))/u;
const UPPER = /^([A-ZĐ])\s?[.)/](?![\d/])\s+/;
const LOWER = /^([a-zđ])(?:[.,)/](?:\s+|(?=\p{Lu}))|\s?[-–]\s+(?=\p{Lu}))/u;

/** Read the number at the start of `text` (from index `from`), or null. */
export function parseNumbering(text: string, from = 0): Numbering | null {
  const s = from > 0 ? text.slice(from) : text;
  let m = PART.exec(s);
  if (m) {
    const word = (m[1] as string).toLowerCase();
    const raw = m[2] as string;
    const value = /^\d/.test(raw) ? Number(raw) : parseRoman(raw);
    if (value === null) return null;
    return {
      scheme: 'part',
      key: `part:${word}`,
      number: `${m[1]} ${raw}`,
      value,
      parts: [value],
      titleStart: from + m[0].length,
    };
  }
  m = PART_ORDINAL.exec(s);
  if (m) {
    const ordinal = (m[2] as string).replace(/\s+/g, ' ');
    const value = ORDINALS[(ordinal.split(' ')[1] as string).toLowerCase()] as number;
    return {
      scheme: 'part',
      key: `part:${(m[1] as string).toLowerCase()}`,
      number: `${m[1]} ${ordinal}`,
      value,
      parts: [value],
      titleStart: from + m[0].length,
    };
  }
  m = DOTTED_FINAL.exec(s) ?? DOTTED_BARE.exec(s);
  if (m) {
    const parts = (m[1] as string).split('.').map(Number);
    return {
      scheme: 'dotted',
      key: `dotted${parts.length}`,
      number: m[1] as string,
      value: parts[parts.length - 1] as number,
      parts,
      titleStart: from + m[0].length,
    };
  }
  m = ROMAN_DOTTED.exec(s);
  if (m) {
    const head = parseRoman(m[1] as string);
    if (head !== null) {
      const parts = [head, ...(m[2] as string).split('.').map(Number)];
      return {
        scheme: 'dotted',
        key: `rdotted${parts.length}`,
        number: `${m[1]}.${m[2]}`,
        value: parts[parts.length - 1] as number,
        parts,
        titleStart: from + m[0].length,
        romanHead: true,
      };
    }
  }
  m = ARABIC.exec(s);
  if (m) {
    const value = Number(m[1]);
    if (value === 0) return null;
    return { scheme: 'arabic', key: 'arabic', number: m[1] as string, value, parts: [value], titleStart: from + m[0].length };
  }
  m = ROMAN.exec(s) ?? ROMAN_BARE.exec(s);
  if (m) {
    const raw = m[1] as string;
    const value = parseRoman(raw);
    if (value !== null) {
      const roman: Numbering = { scheme: 'roman', key: 'roman', number: raw, value, parts: [value], titleStart: from + m[0].length };
      const letter = raw.length === 1 ? UPPER.exec(s) : null;
      if (letter) roman.alt = upper(letter, from);
      return roman;
    }
  }
  m = UPPER.exec(s);
  if (m) return upper(m, from);
  m = LOWER.exec(s);
  if (m) {
    const ch = m[1] as string;
    return { scheme: 'lower', key: 'lower', number: ch, value: letterValue(ch), parts: [letterValue(ch)], titleStart: from + m[0].length };
  }
  return null;
}

function upper(m: RegExpExecArray, from: number): Numbering {
  const ch = m[1] as string;
  const value = letterValue(ch);
  return { scheme: 'upper', key: 'upper', number: ch, value, parts: [value], titleStart: from + m[0].length };
}

/** True when `cur` is the number that comes right after `prev` in the same scheme. */
export function follows(prev: Numbering, cur: Numbering): boolean {
  if (prev.key !== cur.key) return false;
  if (cur.scheme === 'lower' || cur.scheme === 'upper') return letterFollows(prev.number, cur.number);
  if (cur.scheme === 'dotted') {
    const pp = prev.parts.slice(0, -1).join('.');
    const cp = cur.parts.slice(0, -1).join('.');
    return pp === cp ? cur.value === prev.value + 1 : cur.value === 1;
  }
  return cur.value === prev.value + 1;
}

/** True when `n` is how a fresh list of its scheme starts (1, I, a, A; x.1 for dotted). */
export function isFirst(n: Numbering): boolean {
  return n.value === 1;
}
