/**
 * The body a figure's clause names before it, when no subject was read with the figure: "Huyện
 * Định Quán tiếp nhận 2.900 hồ sơ", "Một số sở có nhiều hồ sơ: Sở Tài nguyên và Môi trường tiếp
 * nhận 3.208 hồ sơ". Two figures of two bodies are two bodies' figures, not one figure stated twice.
 */
import { fold } from '../text/normalize.ts';
import type { Fact } from './report-view.ts';

const KINDS = 'Sở|Chi cục|Phòng|Trung tâm|Văn phòng|Ban|Cục|Công an|UBND|Ủy ban nhân dân|Huyện|Thị xã|Thành phố|Quận|Xã|Phường|Thị trấn';
const TIERS = '(?:\\s+(?:huyện|xã|phường|thị xã|thị trấn|thành phố|quận|tỉnh))?';

/** A body's kind as written, wherever it stands: where the readings below are tried. */
const KIND_AT = new RegExp(`(?:${KINDS})`, 'g');
/** At a kind: the body named by it and a capitalised name ("Huyện Tân Phú", "Sở Xây dựng", "Chi cục Kiểm lâm"). */
const BODY_NAME = new RegExp(`(?:${KINDS})${TIERS}\\s+\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*)*`, 'uy');
/** At a kind: the kind alone ("Sở", "Trung tâm"), not opening a name — how a report names its issuer ("Sở đã tiếp nhận"). */
const BODY_KIND = new RegExp(`(?:${KINDS})(?![\\p{L}])(?!\\s+hội)`, 'uy');
const LETTER = /\p{L}/u;
/** Words before a kind that make it the body another belongs to ("trực thuộc Sở", "của Văn phòng"). */
const AFFILIATION = /(?:thuộc|của)\s+$/iu;

/**
 * What comes before a body that is the subject of its clause: nothing, or a comma, colon, bracket
 * or bullet ("Trong quý, Sở Xây dựng tiếp nhận …", "…: Sở Y tế tiếp nhận …") — not a place or a
 * partner ("tại Trung tâm Phục vụ hành chính công", "phối hợp với Chi cục Thuế").
 */
const SUBJECT_PLACE = new Set([',', ':', ';', '(', '-', '–', '+', '•', '*']);
function subjectPlace(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i < 0 || SUBJECT_PLACE.has(text[i]!);
}

/** The words of a kind, lower-cased and folded, as the issuer's name holds them ("UBND" → "uy ban nhan dan"). */
function kindWords(kind: string): string {
  return fold(kind).replace(/\bubnd\b/g, 'uy ban nhan dan');
}

const KIND_AT_START = new RegExp(`^(?:${KINDS.toLowerCase()})(?![\\p{L}])`, 'u');

/**
 * A body's name (as read, any case) that names the issuer (`issuer`, from issuerKey): its name
 * folded is part of the issuer's ("Sở Tài nguyên và Môi trường", "Huyện Hàm Tân" in that
 * district's report), or its kind followed by an abbreviation of the issuer's name ("Sở TN&MT",
 * "Sở KH&CN", "Sở GTVT": the initials of the issuer's words after its kind, "và" left out).
 */
export function namesIssuer(name: string, issuer: string): boolean {
  const folded = kindWords(name).replace(/\s+/g, ' ').trim();
  if (issuer.includes(folded)) return true;
  const kind = KIND_AT_START.exec(name.toLowerCase().normalize('NFC'));
  if (!kind) return false;
  const abbreviation = fold(name.slice(kind[0].length)).trim();
  // one token of consonants and "&" ("tn&mt", "ldtbxh"): no word of a name
  if (!/^[b-df-hj-np-tv-z&]+$/.test(abbreviation)) return false;
  const ownKind = kindWords(kind[0]);
  if (!issuer.startsWith(ownKind)) return false;
  const initials = issuer
    .slice(ownKind.length)
    .split(/[\s,-]+/)
    .filter((w) => w !== '' && w !== 'va')
    .map((w) => w[0])
    .join('');
  return initials === abbreviation.replace(/&/g, '');
}

/** The issuer's name folded, its "UBND" written out: what a named body is looked for in. */
export function issuerKey(agency: string | null): string | null {
  return agency ? kindWords(agency).replace(/\s+/g, ' ').trim() : null;
}

/**
 * The last body the figure's clause (after the last ";" before it) names before the figure, lower-cased
 * (with the issuer known: only a body that is the clause's subject, see subjectPlace), when no subject was read with it; null when it names none.
 *
 * With the issuer known (`issuer`, from issuerKey): "" for the issuer itself — named by its kind
 * alone ("Sở tiếp nhận …") or by its name ("Huyện Yên Thành …" in that district's report) — for an
 * abbreviated name ("Sở TN&MT", which may be the issuer's), and for a clause naming no body (the
 * report's own figures); only another body keeps its name.
 */
/** The text names a body by its kind and a capitalised name (read once per sentence). */
export function namesABody(text: string): boolean {
  return mentionsIn(text).names.length > 0;
}

export function namedBody(f: Fact, issuer: string | null = null): string | null {
  if (!f.figure || f.record.dimensions.subject !== undefined) return issuer === null ? null : '';
  const text = f.record.text;
  const at = f.figure.start;
  const from = text.lastIndexOf(';', at - 1) + 1;
  const { names, kinds } = mentionsIn(text);
  let last: NameMention | null = null;
  for (const m of names) {
    if (m.at >= at) break;
    if (m.at >= from && (issuer === null || m.subject)) last = m;
  }
  if (issuer === null) return last === null ? null : last.name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  if (last === null) return '';
  // the issuer named by its kind alone after any named body (not the kind opening that name): its own figure
  for (const k of kinds) if (k > last.at && k < at) return '';
  // an abbreviation ("Sở TN&MT", "Sở KH&CN") may be the issuer's: no other body for sure
  if (/\s\p{Lu}{2,}(?![\p{Ll}])/u.test(last.name)) return '';
  const folded = kindWords(last.name).replace(/\s+/g, ' ');
  return issuer.includes(folded) ? '' : folded;
}

interface NameMention {
  at: number;
  name: string;
  /** The subject of its clause (SUBJECT_PLACE before it). */
  subject: boolean;
}

/** The bodies a sentence names and where its kinds stand alone, read once for all its figures (they come one after another). */
let last: { text: string; names: NameMention[]; kinds: number[] } | null = null;
function mentionsIn(text: string): { names: NameMention[]; kinds: number[] } {
  if (last !== null && last.text === text) return last;
  const names: NameMention[] = [];
  const kinds: number[] = [];
  // each kind standing as a word opens a name, or stands alone
  let end = 0;
  for (const k of text.matchAll(KIND_AT)) {
    const at = k.index!;
    if (at < end || (at > 0 && LETTER.test(text[at - 1]!))) continue;
    BODY_NAME.lastIndex = at;
    const name = BODY_NAME.exec(text);
    if (name) {
      names.push({ at, name: name[0], subject: subjectPlace(text, at) });
      end = at + name[0].length;
      continue;
    }
    BODY_KIND.lastIndex = at;
    // "… trực thuộc Văn phòng", "… của Sở": the body another belongs to, not the clause's subject
    if (BODY_KIND.test(text) && !AFFILIATION.test(text.slice(Math.max(0, at - 12), at))) kinds.push(at);
  }
  if (names.length === 0) kinds.length = 0;
  last = { text, names, kinds };
  return last;
}
