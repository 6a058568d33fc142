/** The document number and date from the header block. */

const NUMBER_LINE = /^\s*Số\s*[:.]?\s*(\d*)\s*\/\s*([\p{Lu}\d][\p{L}\d\-–.&]*(?:\/[\p{L}\d\-–.&]+)*)/iu;

/**
 * "Số: 123/BC-SKHCN" → "123/BC-SKHCN". A number left blank for signing ("Số:     /BC-SKHCN")
 * gives null: the document has no number yet.
 */
export function documentNumber(line: string): string | null | undefined {
  const m = NUMBER_LINE.exec(line);
  if (!m) return undefined;
  if (!m[1]) return null;
  return `${m[1]}/${m[2]}`;
}

/**
 * "Nam Định, ngày 25 tháng 3 năm 2022" — the place and date line under the national motto; the
 * place may end in a number ("Quận 3, ngày …", "Phường 12, ngày …").
 */
export const DATE_LINE = /^\s*([\p{L}][\p{L} .'\-]{1,40}?(?:\s\d{1,2})?)\s*,\s*ngày\b/u;

/**
 * The place-and-date part of a header line with its place: the whole line, or what follows the
 * document number on the same line — a header typed with a tab ("Số: 12/BC-UBND ⇥ Hà Nội, ngày
 * …") or a PDF table row whose two cells share a baseline and were read as one line.
 */
export function placeAndDate(line: string): { place: string; text: string } | null {
  const m = DATE_LINE.exec(line);
  if (m) return { place: m[1] as string, text: line };
  const n = NUMBER_LINE.exec(line);
  if (!n) return null;
  const rest = line.slice(n[0].length);
  const d = DATE_LINE.exec(rest);
  return d ? { place: d[1] as string, text: rest } : null;
}
const DATE_WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const DATE_SLASH = /ngày\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})/iu;

/** ISO date of a place-and-date line; null when the day or month is left blank. */
export function documentDate(line: string): string | null {
  const m = DATE_WORDS.exec(line) ?? DATE_SLASH.exec(line);
  if (!m) return null;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  if (d < 1 || d > 31 || mo < 1 || mo > 12) return null;
  return `${m[3]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The year of a place-and-date line, even when day and month are blank ("ngày  tháng  năm 2022"). */
export function dateLineYear(line: string): string | null {
  return /năm\s+(\d{4})/iu.exec(line)?.[1] ?? null;
}
