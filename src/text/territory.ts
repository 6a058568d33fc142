/**
 * The territory a report's issuer governs, from the issuing body's name the structure read
 * (CONTRACT §1 `agency`): "tinh" for "Ủy ban nhân dân tỉnh Lâm Đồng", "huyen" for a district,
 * town or county-level body, "thanh pho" for a city, "xa" for a commune, ward or township; null
 * for a department, a centre, an office or an unknown issuer — their own figures are not the
 * whole territory's.
 */
import { fold } from './normalize.ts';

/** The words that name a territory's level, folded → the level they mean. */
export const TERRITORY_LEVEL: { readonly [word: string]: string } = {
  tinh: 'tinh',
  huyen: 'huyen',
  quan: 'huyen',
  'thi xa': 'huyen',
  'thanh pho': 'thanh pho',
  xa: 'xa',
  phuong: 'xa',
  'thi tran': 'xa',
  quoc: 'quoc',
};

/** A people's committee of a territory, at the start of the issuer's name. */
const COMMITTEE = /^(?:uy ban nhan dan|ubnd)\s+(tinh|huyen|quan|thi xa|thanh pho|xa|phuong|thi tran)(?![a-z])/;

export function territoryOf(agency: string | null | undefined): string | null {
  if (!agency) return null;
  const m = COMMITTEE.exec(fold(agency).trim());
  return m ? (TERRITORY_LEVEL[m[1]!] ?? null) : null;
}
