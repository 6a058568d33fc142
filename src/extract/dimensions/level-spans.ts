/**
 * Where online levels are written in a folded sentence, so a rule can tie each figure to its own
 * level ("360 TTHC … mức độ 3 và 473 TTHC … mức độ 4"). Levels 1 and 2 are not online service and
 * come back as "low", so a rule can tell "mức độ 2" from no level at all. (`levelOf` in level.ts
 * answers the same question for a whole text.)
 */
import type { Level } from './level.ts';

export interface LevelSpan {
  level: Level | 'low';
  index: number;
  end: number;
}

const LEVEL_RE = /\bmuc(?: do)?\s*(\d)((?:\s*(?:,|va|-|–|\/|hoac)\s*(?:muc(?: do)?\s*)?\d\b)*)|\b(toan trinh)\b|\b(mot phan)\b/g;

function levelOfDigits(digits: string[]): Level | 'low' {
  const has3 = digits.includes('3');
  const has4 = digits.includes('4');
  if (has3 && has4) return '3-4';
  if (has4) return '4';
  if (has3) return '3';
  return 'low';
}

/** A level glossed in a bracket right after another: "mức độ 4 (toàn trình)", "toàn trình (mức độ 4)". */
const GLOSS = /\s*\(\s*(?:muc(?: do)?\s*[34]|toan trinh|mot phan)\s*\)/y;

/** Every level phrase in a folded text, in order; a level glossed in a bracket is the one written before it. */
export function levelsIn(folded: string): LevelSpan[] {
  const out: LevelSpan[] = [];
  LEVEL_RE.lastIndex = 0;
  for (let m = LEVEL_RE.exec(folded); m; m = LEVEL_RE.exec(folded)) {
    GLOSS.lastIndex = m.index + m[0].length;
    const gloss = GLOSS.exec(folded);
    const end = m.index + m[0].length + (gloss?.[0].length ?? 0);
    if (gloss) LEVEL_RE.lastIndex = end;
    if (m[3]) out.push({ level: 'full', index: m.index, end });
    else if (m[4]) out.push({ level: 'partial', index: m.index, end });
    else out.push({ level: levelOfDigits([m[1]!, ...(m[2]!.match(/\d/g) ?? [])]), index: m.index, end });
  }
  return out;
}

/**
 * The levels of a folded text as members of a list: as levelsIn, but a phrase joining levels 3 and 4 ("mức độ 3, mức độ 4",
 * "mức độ 3 và 4") gives each of them — "Số DVCTT mức độ 3, mức độ 4 lần lượt là 34 và 72" names two members.
 */
export function levelMembers(folded: string): (Level | 'low')[] {
  const out: (Level | 'low')[] = [];
  for (const h of levelsIn(folded)) {
    if (h.level === '3-4' && /\d\s*(?:,|va)\s*(?:muc(?: do)?\s*)?\d/.test(folded.slice(h.index, h.end))) out.push('3', '4');
    else out.push(h.level);
  }
  return out;
}

/** "toàn trình và một phần", "toàn trình, một phần": both kinds of online service named as one phrase. */
const JOINED = /^\s*(?:,|va|hoac|\/|-|&)\s*$/;

/**
 * The level the last phrase of `hits` names in `folded`, or none when the last two are the two kinds of online service
 * joined ("Tỷ lệ TTHC cung cấp trực tuyến (toàn trình và một phần) …": either kind, so no one level).
 */
export function lastLevel(folded: string, hits: readonly LevelSpan[]): Level | 'low' | undefined {
  const online = hits.filter((h) => h.level !== 'low');
  const b = online.at(-1);
  const a = online.at(-2);
  if (a && b && a.level !== b.level && (a.level === 'full' || a.level === 'partial') && (b.level === 'full' || b.level === 'partial') && JOINED.test(folded.slice(a.end, b.index))) return undefined;
  return b?.level ?? (hits.length ? 'low' : undefined);
}
