/**
 * `degree` of staff by qualification (CONTRACT §3): tiến sĩ/tiến sỹ → doctorate, thạc sĩ/thạc sỹ/
 * cao học → master, đại học/cử nhân/kỹ sư → bachelor, cao đẳng → college, trung cấp/sơ cấp, chưa qua đào tạo → other.
 * "dưới đại học" (below a degree) → other; "sau đại học" (postgraduate, two degrees) and political ranks ("trung cấp chính trị",
 * "cao cấp lý luận chính trị") are not degrees.
 */
export type Degree = 'doctorate' | 'master' | 'bachelor' | 'college' | 'other';

/** A folded alternation matching one degree word. */
export const DEGREE_WORD = String.raw`(?:tien s[iy]|thac s[iy]|cao hoc|dai hoc|cu nhan|ky su|cao dang|trung cap|so cap|chua qua dao tao|trinh do khac|khac)`;

const BY_WORD: [RegExp, Degree][] = [
  [/^tien s[iy]$/, 'doctorate'],
  [/^(?:thac s[iy]|cao hoc)$/, 'master'],
  [/^(?:dai hoc|cu nhan|ky su)$/, 'bachelor'],
  [/^cao dang$/, 'college'],
  [/^(?:trung cap|so cap|chua qua dao tao|trinh do khac|khac)$/, 'other'],
];

/**
 * The degree a folded degree word names, given the folded text around it; undefined for
 * "sau/trên đại học" and political-theory ranks.
 */
export function degreeOf(word: string, before: string, after: string): Degree | undefined {
  if (/\b(?:sau|tren)\s*$/.test(before)) return undefined;
  // ("dưới đại học 16 người": below a degree — the rest, other qualifications.)
  if (word === 'dai hoc' && /\bduoi\s*$/.test(before)) return 'other';
  if (/^\s*(?:chinh tri|ly luan|llct|\(?lltc)/.test(after)) return undefined;
  if (/\btruong\s*$/.test(before)) return undefined;
  // "Về lý luận chính trị: cao cấp 12 người, trung cấp 31 người": ranks of political theory named before them.
  if (/^(?:trung cap|so cap)$/.test(word)) {
    const theory = Math.max(before.lastIndexOf('chinh tri'), before.lastIndexOf('llct'));
    const expertise = Math.max(before.lastIndexOf('chuyen mon'), before.lastIndexOf('hoc van'), before.lastIndexOf('dao tao'));
    if (theory >= 0 && theory > expertise) return undefined;
  }
  for (const [re, d] of BY_WORD) if (re.test(word)) return d;
  return undefined;
}

/** "Sở Giáo dục và Đào tạo", "ngành Giáo dục - Đào tạo": a sector's name, where "đào tạo" is no training. */
const SECTOR_TRAINING = /(?<![a-z])(giao duc\s*(?:va|-|–|,)?\s*)dao tao(?![a-z])/g;

/**
 * Folded text with the "đào tạo" of a sector's name written "daoztao" (same length, offsets kept),
 * so that staff rules do not take "Tổng số công chức của Sở Giáo dục và Đào tạo là 58 người" for
 * people sent to training.
 */
export function withoutSectorTraining(folded: string): string {
  return folded.includes('dao tao') ? folded.replace(SECTOR_TRAINING, '$1daoztao') : folded;
}

