import { fold } from './normalize.ts';

/** A name folded (no case, no diacritics) with its spaces squashed: how bodies and agency filters compare names. */
export function foldName(name: string | null): string {
  return fold(name ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The body a report is from — agency and province, folded and with spaces squashed — as the
 * cross-report checks group reports ("SỞ TƯ PHÁP" and "Sở Tư pháp" are one body). Null without
 * an agency. The store keeps it on each document, so a body's reports are found by an index.
 */
export function bodyKeyOf(agency: string | null, province: string | null): string | null {
  if (!agency) return null;
  return `${foldName(agency)}|${foldName(province)}`;
}
