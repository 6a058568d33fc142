import type { Canonical } from '../schema/report.ts';
import { fold } from '../text/normalize.ts';
import { CANONICAL_EXACT_TITLES, CANONICAL_TITLES } from './canonical-titles.ts';
import { bigrams, diceOf, tokenEqual } from './similarity.ts';
import { memoize } from '../text/memo.ts';

/** Abbreviations in titles (folded) with their expansion. */
const ABBREVIATIONS: Record<string, string> = {
  cchc: 'cải cách hành chính',
  tthc: 'thủ tục hành chính',
  cntt: 'công nghệ thông tin',
  vbqppl: 'văn bản quy phạm pháp luật',
  qppl: 'quy phạm pháp luật',
  cbccvc: 'cán bộ công chức viên chức',
  cbcc: 'cán bộ công chức',
  ccvc: 'công chức viên chức',
  sncl: 'sự nghiệp công lập',
  dvsncl: 'đơn vị sự nghiệp công lập',
  htqlcl: 'hệ thống quản lý chất lượng',
  cpdt: 'chính phủ điện tử',
  cqdt: 'chính quyền điện tử',
  cds: 'chuyển đổi số',
  pakn: 'phản ánh kiến nghị',
};

/** Filler phrases that say nothing about which area a title is about (matched with diacritics). */
const FILLER = [
  'công tác', 'kết quả', 'thực hiện', 'tình hình', 'cải cách', 'hành chính', 'nhà nước',
  'về', 'việc', 'các', 'những', 'và', 'của', 'trong', 'tại',
  // "… nhiệm vụ theo Kế hoạch của UBND tỉnh": what the work follows, not the reform plan itself.
  'theo kế hoạch', 'theo', 'đối với', 'cho', 'ở',
  'trên địa bàn', 'địa bàn', 'trên', 'quý', 'tháng', 'năm', 'đầu', 'cuối', 'kỳ', 'tới', 'này',
  'tiếp theo', 'sắp', 'chung', 'một số', 'cơ quan', 'đơn vị',
].map((p) => p.split(' '));
/** Phrases kept whole although they start with a filler word. */
const KEEP = [['tồn', 'tại']];

const ROMAN_TOKEN = /^(?:i{1,3}|iv|vi{0,3}|ix|x{1,3})$/;
const TOKEN = /[\p{L}\p{N}]+/gu;

function startsWith(tokens: string[], i: number, phrase: string[]): boolean {
  return phrase.every((w, k) => tokens[i + k] === w);
}

/** Fold, expand abbreviations, drop numbers, periods and filler: "Về kiểm soát TTHC quý I" → ["kiem","soat","thu","tuc"]. */
export function reduceTitle(title: string): string[] {
  const lower = title.normalize('NFC').toLowerCase().replace(/&/g, ' và ');
  const tokens: string[] = [];
  for (const t of lower.match(TOKEN) ?? []) {
    const exp = ABBREVIATIONS[fold(t)];
    if (exp) tokens.push(...exp.split(' '));
    else tokens.push(t);
  }
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const keep = KEEP.find((p) => startsWith(tokens, i, p));
    if (keep) {
      for (const w of keep) out.push(fold(w));
      i += keep.length;
      continue;
    }
    const t = tokens[i] as string;
    const f = fold(t);
    if (/^\d+$/.test(f) || ROMAN_TOKEN.test(f)) {
      i++;
      continue;
    }
    const filler = FILLER.find((p) => startsWith(tokens, i, p));
    if (filler) {
      i += filler.length;
      continue;
    }
    out.push(f);
    i++;
  }
  return out;
}

/** Length of `needle` when it occurs contiguously in `hay` (tokens compared fuzzily), else 0. */
function containment(hay: string[], needle: string[]): number {
  if (needle.length === 0 || needle.length > hay.length) return 0;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) {
      if (!tokenEqual(hay[i + k] as string, needle[k] as string)) continue outer;
    }
    return needle.length;
  }
  return 0;
}

interface Variant {
  id: Canonical;
  tokens: string[];
  joined: string;
  /** The whole title folded, filler kept (for titles typed without diacritics). */
  full: string;
  joinedBigrams: Set<string>;
  fullBigrams: Set<string>;
}

/** Dice is only tried against known titles sharing a word with the title (a cheap gate). */
function sharesToken(titleWords: Set<string>, v: Variant): boolean {
  return v.tokens.some((t) => titleWords.has(t));
}

function foldAll(title: string): string {
  return fold(title).replace(/&/g, ' va ').replace(/[^a-z0-9]+/g, ' ').trim();
}

const EXACT = new Map<string, Canonical>();
for (const [id, titles] of Object.entries(CANONICAL_EXACT_TITLES) as [Canonical, string[]][]) {
  for (const t of titles) EXACT.set(reduceTitle(t).join(' '), id);
}

const VARIANTS: Variant[] = [];
for (const [id, titles] of Object.entries(CANONICAL_TITLES) as [Canonical, string[]][]) {
  for (const t of titles) {
    const tokens = reduceTitle(t);
    if (tokens.length === 0) continue;
    const joined = tokens.join(' ');
    const full = foldAll(t);
    VARIANTS.push({ id, tokens, joined, full, joinedBigrams: bigrams(joined), fullBigrams: bigrams(full) });
  }
}

/** Whole-title similarity needed when no known title is contained in it (misspellings, reordering). */
const DICE_THRESHOLD = 0.8;

/**
 * The canonical id a section title names, or null. A known title contained in the reduced
 * title wins (the longest one); otherwise the closest known title by Dice coefficient over
 * character bigrams (natural's formula, with the known titles' bigrams cached), when it is
 * close enough. Results (plan) never come from "Kết quả …" titles.
 */
export function matchCanonical(fullTitle: string): Canonical | null {
  // A title is short; past a few hundred characters there is nothing more to learn.
  const title = fullTitle.length > MAX_TITLE ? fullTitle.slice(0, MAX_TITLE) : fullTitle;
  return matchRemembered(title);
}

/** Words naming the period after the report's (folded). */
const NEXT_PERIOD = /\b(?:tiep theo|sap toi|ky toi|ky sau|(?:quy|thang|nam|thoi gian) toi)\b/;
/** "Kế hoạch tháng 4/2024", "Kế hoạch công tác quý II năm 2024": a plan named by its period (folded). */
const PERIOD_PLAN = /^(?:ve\s+)?ke hoach\s+(?:cong tac\s+)?(?:(?:\d+|sau)\s+)?(?:thang|quy|nam)\b/;

const CACHE_LIMIT = 5000;
const MAX_TITLE = 300;
const matchRemembered = memoize(match, CACHE_LIMIT);

function match(title: string): Canonical | null {
  const tokens = reduceTitle(title);
  if (tokens.length === 0) return null;
  const lead = fold(title).trimStart();
  // ("Về kết quả thực hiện các nhiệm vụ": the same results, introduced by "Về".)
  const reportsResults = /^(?:ve\s+)?(?:ket qua|tinh hinh|danh gia ket qua)/.test(lead);
  const joined = tokens.join(' ');
  // "Kết quả thực hiện Kế hoạch CCHC năm 2024": the results of the whole plan, the report's
  // umbrella section, not the area of drawing up the plan.
  if (reportsResults && joined === 'ke hoach') return null;
  const exact = EXACT.get(joined);
  if (exact && !(reportsResults && exact === 'plan')) return exact;
  // "Kế hoạch công tác quý tiếp theo", "Kế hoạch tháng tới": the next period's plan, not the reform plan.
  if (!reportsResults && /^(?:ve\s+)?ke hoach\b/.test(lead) && (NEXT_PERIOD.test(lead) || PERIOD_PLAN.test(lead))) return 'plan';
  const full = foldAll(title);
  const words = new Set([...tokens, ...full.split(' ')]);
  const joinedBigrams = bigrams(joined);
  const fullBigrams = bigrams(full);
  let best: Canonical | null = null;
  let bestLen = 0;
  let bestDice = 0;
  let diceId: Canonical | null = null;
  for (const v of VARIANTS) {
    if (reportsResults && v.id === 'plan') continue;
    const len = containment(tokens, v.tokens);
    if (len > bestLen) {
      bestLen = len;
      best = v.id;
    }
    if (bestLen === 0 && sharesToken(words, v)) {
      const d = Math.max(
        diceOf(joinedBigrams, v.joinedBigrams, DICE_THRESHOLD),
        diceOf(fullBigrams, v.fullBigrams, DICE_THRESHOLD),
      );
      if (d > bestDice) {
        bestDice = d;
        diceId = v.id;
      }
    }
  }
  if (best) return best;
  return bestDice >= DICE_THRESHOLD ? diceId : null;
}
