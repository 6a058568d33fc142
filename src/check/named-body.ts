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
  const before = f.record.text.slice(0, f.figure.start);
  const clause = before.slice(before.lastIndexOf(';') + 1);
  let last: RegExpMatchArray | null = null;
  for (const m of clause.matchAll(BODY_NAME)) if (issuer === null || SUBJECT_PLACE.test(clause.slice(0, m.index))) last = m;
  if (issuer === null) return last === null ? null : last[0].normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  // the issuer named by its kind alone after any named body (not the kind opening that name): its own figure
  let kindAt = -1;
  for (const m of clause.matchAll(BODY_KIND)) kindAt = m.index!;
  if (last === null || kindAt > last.index!) return '';
  const name = last[0];
  // an abbreviation ("Sở TN&MT", "Sở KH&CN") may be the issuer's: no other body for sure
  if (/\s\p{Lu}{2,}(?![\p{Ll}])/u.test(name)) return '';
  const folded = kindWords(name).replace(/\s+/g, ' ');
  return issuer.includes(folded) ? '' : folded;
}
