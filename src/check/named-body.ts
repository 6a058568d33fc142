/**
 * The body a figure's clause names before it, when no subject was read with the figure: "Huyện
 * Định Quán tiếp nhận 2.900 hồ sơ", "Một số sở có nhiều hồ sơ: Sở Tài nguyên và Môi trường tiếp
 * nhận 3.208 hồ sơ". Two figures of two bodies are two bodies' figures, not one figure stated twice.
 */
import { fold } from '../text/normalize.ts';
import type { Fact } from './report-view.ts';

const KINDS = 'Sở|Chi cục|Phòng|Trung tâm|Văn phòng|Ban|Cục|Công an|UBND|Ủy ban nhân dân|Huyện|Thị xã|Thành phố|Quận|Xã|Phường|Thị trấn';
const TIERS = '(?:\\s+(?:huyện|xã|phường|thị xã|thị trấn|thành phố|quận|tỉnh))?';

/** A body named by its kind and a capitalised name ("Huyện Tân Phú", "Sở Xây dựng", "Chi cục Kiểm lâm"). */
const BODY_NAME = new RegExp(`(?<![\\p{L}])(?:${KINDS})${TIERS}\\s+\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*)*`, 'gu');

/** A body's kind ("Sở", "Trung tâm"): alone, not opening a name, it is how a report names its issuer ("Sở đã tiếp nhận"). */
const BODY_KIND = new RegExp(`(?<![\\p{L}])(?:${KINDS})(?![\\p{L}])(?!\\s+hội)`, 'gu');

/**
 * What comes before a body that is the subject of its clause: nothing, or a comma, colon, bracket
 * or bullet ("Trong quý, Sở Xây dựng tiếp nhận …", "…: Sở Y tế tiếp nhận …") — not a place or a
 * partner ("tại Trung tâm Phục vụ hành chính công", "phối hợp với Chi cục Thuế").
 */
const SUBJECT_PLACE = /(?:^|[,:;(\-–+•*])\s*$/;

/** The words of a kind, lower-cased and folded, as the issuer's name holds them ("UBND" → "uy ban nhan dan"). */
function kindWords(kind: string): string {
  return fold(kind).replace(/\bubnd\b/g, 'uy ban nhan dan');
}

/** The issuer's name folded, its "UBND" written out: what a named body is looked for in. */
export function issuerKey(agency: string | null): string | null {
  return agency ? kindWords(agency).replace(/\s+/g, ' ').trim() : null;
}

/**
 * The last body the figure's clause (after the last ";" before it) names before the figure, lower-cased
 * (with the issuer known: only a body that is the clause's subject, see SUBJECT_PLACE), when no subject was read with it; null when it names none.
 *
 * With the issuer known (`issuer`, from issuerKey): "" for the issuer itself — named by its kind
 * alone ("Sở tiếp nhận …") or by its name ("Huyện Yên Thành …" in that district's report) — for an
 * abbreviated name ("Sở TN&MT", which may be the issuer's), and for a clause naming no body (the
 * report's own figures); only another body keeps its name.
 */
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
  for (const m of text.matchAll(BODY_NAME)) names.push({ at: m.index!, name: m[0], subject: SUBJECT_PLACE.test(text.slice(Math.max(0, m.index! - 200), m.index)) });
  const kinds: number[] = [];
  if (names.length > 0) for (const m of text.matchAll(BODY_KIND)) kinds.push(m.index!);
  last = { text, names, kinds };
  return last;
}
