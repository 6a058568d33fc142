/**
 * `level` of online services: `3`, `4`, `3-4` ("mức độ 3, 4", "mức độ 3 và mức độ 4"), `full`
 * ("toàn trình") and `partial` ("một phần"). Read on folded text.
 */
export type Level = '3' | '4' | '3-4' | 'full' | 'partial';

const BOTH = /(?<![a-z])muc(?: do)?\s*3\s*(?:,|va|-|–|\/|hoac)\s*(?:muc(?: do)?\s*)?4(?!\d)/;
const ONE = /(?<![a-z])muc(?: do)?\s*([34])(?![\d,.])/g;

export function levelOf(folded: string): Level | undefined {
  if (BOTH.test(folded)) return '3-4';
  const seen = new Set<string>();
  ONE.lastIndex = 0;
  for (let m = ONE.exec(folded); m; m = ONE.exec(folded)) seen.add(m[1]!);
  if (seen.size === 2) return '3-4';
  if (seen.size === 1) return seen.has('3') ? '3' : '4';
  if (/(?<![a-z])toan trinh(?![a-z])/.test(folded)) return 'full';
  if (/(?<![a-z])(?:dich vu cong truc tuyen|truc tuyen|dvctt|dvc) mot phan(?![a-z])/.test(folded)) return 'partial';
  return undefined;
}
