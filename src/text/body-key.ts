import { fold } from './normalize.ts';

/**
 * The body a report is from — agency and province, folded and with spaces squashed — as the
 * cross-report checks group reports ("SỞ TƯ PHÁP" and "Sở Tư pháp" are one body). Null without
 * an agency. The store keeps it on each document, so a body's reports are found by an index.
 */
export function bodyKeyOf(agency: string | null, province: string | null): string | null {
  if (!agency) return null;
  const f = (s: string | null) => fold(s ?? '').replace(/\s+/g, ' ').trim();
  return `${f(agency)}|${f(province)}`;
}
