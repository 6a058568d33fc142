/**
 * Which encoding a stretch of Vietnamese text is in, from its characters alone — for text whose
 * font says nothing (a TCVN3 document re-set in Times New Roman still holds TCVN3 codes).
 *
 * Each word that holds a non-ASCII character is read as Unicode, as TCVN3 and as VNI; the reading
 * under which the most words are well-formed Vietnamese syllables wins, when it wins clearly.
 */
import { decodeTcvn3, decodeVni, type LegacyEncoding } from './legacy-encoding.ts';

export type DetectedEncoding = 'unicode' | LegacyEncoding;

export interface EncodingGuess {
  /** The winning reading, or null when the text is too short or no reading is convincing. */
  encoding: DetectedEncoding | null;
  /** Share of candidate words that are valid syllables under each reading. */
  scores: Record<DetectedEncoding, number>;
  /** Words that took part (those holding a non-ASCII character). */
  words: number;
}

export interface DetectOptions {
  /** Fewest candidate words for a verdict (default 3). */
  minWords?: number;
  /** How much better a legacy reading must score than the Unicode one (default 0.25). */
  margin?: number;
  /** Least share of valid syllables a legacy reading needs (default 0.6). */
  minScore?: number;
}

// Letters only Unicode Vietnamese has (outside Latin-1), and combining marks (NFD text):
// legacy 8-bit text cannot contain them.
const UNICODE_ONLY = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u0323]/;
const EDGE_PUNCT = /^[("'“‘[{]+|[)"'”’\]},.;:!?…]+$/g;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const INITIALS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];
const NUCLEI = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ' +
    'ưa ưi ưu ươ yê iêu yêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu uơi'
  ).split(' '),
);
const REST = /^([aăâeêioôơuưy]+)(ch|ng|nh|[cmnpt])?$/;

/** Is `word` (any case) a well-formed Vietnamese syllable: initial, vowel cluster, final, one tone? */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  const bare = nfd.replace(TONE_MARKS, '').normalize('NFC');
  for (const initial of INITIALS) {
    if (!bare.startsWith(initial)) continue;
    const m = REST.exec(bare.slice(initial.length));
    if (m !== null && NUCLEI.has(m[1] ?? '')) return true;
  }
  return false;
}

/** The words of `text` that an encoding could change: those holding a non-ASCII character. */
function candidateWords(text: string, limit: number): string[] {
  const out: string[] = [];
  // Word by word up to the limit, not the whole text split first (a document's text is read at once).
  const WORD = /\S+/g;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    if (!/[^\x00-\x7f]/.test(raw)) continue;
    const word = raw.replace(EDGE_PUNCT, '');
    if (word === '' || /\d/.test(word)) continue;
    out.push(word);
    if (out.length >= limit) break;
  }
  return out;
}

const share = (words: string[], read: (w: string) => string): number =>
  words.length === 0 ? 0 : words.filter((w) => isVietnameseSyllable(read(w))).length / words.length;

/** Guess the encoding of `text` from character statistics (looks at up to 400 words). */
export function detectEncoding(text: string, options: DetectOptions = {}): EncodingGuess {
  const { minWords = 3, margin = 0.25, minScore = 0.6 } = options;
  const words = candidateWords(text, 400);
  const scores: Record<DetectedEncoding, number> = { unicode: 0, tcvn3: 0, vni: 0 };
  if (words.length < minWords) return { encoding: null, scores, words: words.length };
  // Any real share of Unicode-only letters settles it: legacy text cannot hold them.
  const unicodeOnly = words.filter((w) => UNICODE_ONLY.test(w)).length / words.length;
  // Settled without scoring: its scores stay 0.
  if (unicodeOnly >= 0.1) return { encoding: 'unicode', scores, words: words.length };
  scores.unicode = share(words, (w) => w);
  scores.tcvn3 = share(words, (w) => decodeTcvn3(w));
  scores.vni = share(words, decodeVni);
  const best: LegacyEncoding = scores.vni > scores.tcvn3 ? 'vni' : 'tcvn3';
  if (scores[best] >= minScore && scores[best] >= scores.unicode + margin) {
    return { encoding: best, scores, words: words.length };
  }
  return { encoding: scores.unicode >= minScore ? 'unicode' : null, scores, words: words.length };
}
