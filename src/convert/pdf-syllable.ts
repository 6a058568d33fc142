/**
 * Is a string one well-formed Vietnamese syllable? (initial consonant + rhyme, at most one tone
 * mark). Used to decide whether two fragments pdf.js split apart belong together.
 */

const INITIALS = [
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh',
  'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x',
];

/** Rhymes (vần) without tone marks. */
const RHYMES = new Set(
  (
    'a ai ao au ay ac ach am an ang anh ap at ' +
    'ăc ăm ăn ăng ăp ăt ' +
    'âu ây âc âm ân âng âp ât ' +
    'e eo ec em en eng ep et ' +
    'ê êu êch êm ên ênh êp êt ' +
    'i ia iu ich im in inh ip it ' +
    'iêu iêc iêm iên iêng iêp iêt ' +
    'o oi oc om on ong op ot ooc oong ' +
    'oa oai oay oao oac oach oam oan oang oanh oap oat ' +
    'oăc oăm oăn oăng oăt oe oeo oen oet ' +
    'ô ôi ôc ôm ôn ông ôp ôt ' +
    'ơ ơi ơm ơn ơp ơt ' +
    'u ua ui uy uê uơ uya uyu uân uâng uât uây ' +
    'uc um un ung up ut uôi uôc uôm uôn uông uôt ' +
    'uêch uênh uych uyn uynh uyp uyt uyên uyêt ' +
    'ư ưa ưi ưu ưc ưm ưn ưng ưt ươi ươu ươc ươm ươn ương ươp ươt ' +
    'y yêu yêm yên yêt'
  ).split(' '),
);

/** Combining tone marks: grave, acute, tilde, hook above, dot below. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** True when `word` (any case, NFC or NFD) is a single Vietnamese syllable. */
export function isSyllable(word: string): boolean {
  const d = word.toLowerCase().normalize('NFD');
  const tones = d.match(TONES)?.length ?? 0;
  if (tones > 1) return false;
  const bare = d.replace(TONES, '').normalize('NFC');
  if (bare === '' || bare.length > 7) return false;
  for (const ini of INITIALS) {
    if (!bare.startsWith(ini)) continue;
    const rhyme = bare.slice(ini.length);
    if (RHYMES.has(rhyme)) return true;
  }
  return false;
}

/** True when `word` (any case) is only an initial consonant cluster ("Tr", "ng", "th"), which no word is alone. */
export function isInitialOnly(word: string): boolean {
  const w = word.toLowerCase().normalize('NFC');
  return w !== '' && INITIALS.includes(w) && !isSyllable(w);
}
