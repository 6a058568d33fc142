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

const BOTH_ALL = new RegExp(BOTH.source, 'g');
/** One level named: "mức độ 3", "toàn trình", "trực tuyến một phần". */
const MENTION = /(?<![a-z])(?:muc(?: do)?\s*([34])(?![\d,.])|(toan trinh)(?![a-z])|(?:dich vu cong truc tuyen|truc tuyen|dvctt|dvc) (mot phan)(?![a-z]))/g;

/**
 * The level named last before `at` ("… toàn trình đạt 38,4% (4.215 hồ sơ), trực tuyến một phần
 * đạt 25,1% (" → partial): the nearest one, not the first the sentence names.
 */
export function levelBefore(folded: string, at: number): Level | undefined {
  const text = folded.slice(0, at);
  let last: RegExpExecArray | null = null;
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) last = m;
  // "mức độ 3, 4", "mức độ 3 và mức độ 4": a pair reaching the last one named is both.
  let pair: RegExpExecArray | null = null;
  BOTH_ALL.lastIndex = 0;
  for (let m = BOTH_ALL.exec(text); m; m = BOTH_ALL.exec(text)) pair = m;
  if (pair && (!last || pair.index + pair[0].length >= last.index + last[0].length)) return '3-4';
  if (!last) return undefined;
  if (last[2]) return 'full';
  if (last[3]) return 'partial';
  return last[1] === '3' ? '3' : '4';
}
