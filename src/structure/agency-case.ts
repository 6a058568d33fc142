import { fold } from '../text/normalize.ts';
import { departmentByAbbreviation, departmentName } from './agency-names.ts';

/** Kinds of body, as they open a name (folded words) → how they are written. */
const BODY_TYPES: [string[], string][] = [
  [['uy', 'ban', 'nhan', 'dan'], 'Ủy ban nhân dân'],
  [['ubnd'], 'Ủy ban nhân dân'],
  [['tong', 'cuc'], 'Tổng cục'],
  [['chi', 'cuc'], 'Chi cục'],
  [['van', 'phong'], 'Văn phòng'],
  [['trung', 'tam'], 'Trung tâm'],
  [['thanh', 'tra'], 'Thanh tra'],
  [['dai'], 'Đài'],
  [['bao', 'hiem', 'xa', 'hoi'], 'Bảo hiểm xã hội'],
  [['kho', 'bac', 'nha', 'nuoc'], 'Kho bạc Nhà nước'],
  [['cong', 'an'], 'Công an'],
  [['so'], 'Sở'],
  [['phong'], 'Phòng'],
  [['ban'], 'Ban'],
  [['cuc'], 'Cục'],
  [['bo'], 'Bộ'],
];

/**
 * Administrative units that open a place name (lower-case words with their marks, so that
 * "quản" is not "quận" nor "tinh giản" "tỉnh") → spelling. Folded words are compared only
 * for a line typed without marks.
 */
const UNITS: [string[], string][] = [
  [['thành', 'phố'], 'thành phố'],
  [['thị', 'xã'], 'thị xã'],
  [['thị', 'trấn'], 'thị trấn'],
  [['tỉnh'], 'tỉnh'],
  // "HUYỆN ĐẢO CỒN CỎ": an island district, "đảo" says what kind ("huyện Côn Đảo" names one).
  [['huyện', 'đảo'], 'huyện đảo'],
  [['huyện'], 'huyện'],
  [['quận'], 'quận'],
  [['phường'], 'phường'],
  [['xã'], 'xã'],
  [['tp'], 'thành phố'],
];
const FOLDED_UNITS: [string[], string][] = UNITS.map(([w, s]) => [w.map((x) => fold(x)), s]);
/**
 * Units no other word of a body's name folds to, matched without their marks in a marked line:
 * an OCR reading puts a wrong mark on them ("HUYẸN BẢO LÂM").
 */
const SAFE_FOLDED_UNITS: [string[], string][] = FOLDED_UNITS.filter(([w]) => w.length > 1 || w[0] === 'huyen');

/** Abbreviations inside a body's name ("VĂN PHÒNG HĐND VÀ UBND"). */
const NAME_ABBREVIATIONS: Record<string, string> = {
  ubnd: 'Ủy ban nhân dân',
  hdnd: 'Hội đồng nhân dân',
  hcc: 'hành chính công',
  dbqh: 'Đại biểu Quốc hội',
};

function matchAt(folded: string[], i: number, words: string[]): boolean {
  return words.every((w, k) => folded[i + k] === w);
}

function capitalize(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/**
 * How the names of other bodies are spelled, by their folded words: a name read without its
 * marks (an OCR reading: "TRUNG TÂM PHỤC VỤ HANH CHINH CONG") gets them back.
 */
const BODY_NAMES = new Map(
  ['Phục vụ hành chính công', 'Hành chính công', 'Quản lý khu kinh tế', 'Quản lý các khu công nghiệp', 'Quản lý các khu chế xuất và công nghiệp'].map(
    (n) => [fold(n).replace(/[^a-z0-9]+/g, ' ').trim(), n] as const,
  ),
);

/** Folded words that join or list names: a zone's proper name holds none of them. */
const NOT_IN_ZONE_NAME = new Set(['va', 'cac', 'tinh', 'thanh', 'huyen']);

/** "… và các khu công nghiệp (tỉnh X)" after a zone's name: the board runs the province's industrial parks too. */
const AND_PARKS = ['va', 'cac', 'khu', 'cong', 'nghiep'];

/**
 * "quản lý khu kinh tế vân phong": a known body name, then the proper name of the zone it runs
 * (1–4 words, none joining or listing names) → "Quản lý khu kinh tế Vân Phong"; "… nghi sơn và
 * các khu công nghiệp" → "Quản lý khu kinh tế Nghi Sơn và các khu công nghiệp".
 */
function zoneName(words: string[]): string | null {
  const folded = words.map((w) => fold(w).replace(/[^a-z0-9]+/g, ''));
  const and = folded.indexOf('va');
  const parks = and > 0 && matchAt(folded, and, AND_PARKS);
  const end = parks ? and : words.length;
  for (let n = end - 1; n >= end - 4 && n >= 2; n--) {
    const known = BODY_NAMES.get(folded.slice(0, n).join(' '));
    if (known === undefined) continue;
    if (folded.slice(n, end).some((w) => w === '' || NOT_IN_ZONE_NAME.has(w))) return null;
    const zone = words.slice(n, end).map(capitalize).join(' ');
    const tail = parks ? ` ${words.slice(and, and + AND_PARKS.length).join(' ')}${words.slice(and + AND_PARKS.length).map((w) => ` ${capitalize(w)}`).join('')}` : '';
    return `${known} ${zone}${tail}`;
  }
  return null;
}

/** "phục vụ hành chính công" → "Phục vụ hành chính công"; "văn hóa, thể thao và du lịch" → "Văn hóa, Thể thao và Du lịch". */
function caseName(words: string[]): string {
  const joined = words.join(' ');
  const known = departmentName(joined) ?? BODY_NAMES.get(fold(joined).replace(/[^a-z0-9]+/g, ' ').trim()) ?? zoneName(words);
  if (known) return known;
  const out: string[] = [];
  let capNext = true;
  for (const w of words) {
    if (w === 'và' || w === '-' || w === '–') {
      out.push(w);
      capNext = true;
      continue;
    }
    // "… và các khu công nghiệp": a plural marker is no name's first word.
    out.push(capNext && w !== 'các' ? capitalize(w) : w);
    capNext = w.endsWith(',');
  }
  return out.join(' ');
}

/**
 * Where a place name starts: a unit word not part of "xã hội", followed by a name or ending the
 * line ("THANH TRA TỈNH": the place is the parent's).
 */
function findUnit(words: string[], from: number, units: [string[], string][]): [number, number, string] | null {
  for (let i = from; i < words.length; i++) {
    if (words[i] === 'xã' && words[i + 1] === 'hội') continue;
    if (words[i] === 'xa' && words[i + 1] === 'hoi') continue;
    for (const [unit, spelled] of units) {
      if (i + unit.length <= words.length && matchAt(words, i, unit)) return [i, unit.length, spelled];
    }
  }
  return null;
}

function earlier(a: [number, number, string] | null, b: [number, number, string] | null): [number, number, string] | null {
  if (a === null) return b;
  if (b === null) return a;
  return b[0] < a[0] ? b : a;
}

/**
 * Write an upper-case agency line the way the body text would: "SỞ KHOA HỌC VÀ CÔNG NGHỆ" →
 * "Sở Khoa học và Công nghệ", "UBND HUYỆN XUÂN TRƯỜNG" → "Ủy ban nhân dân huyện Xuân Trường"
 * (abbreviations expanded, CONTRACT §1),
 * "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH NAM ĐỊNH" → "Trung tâm Phục vụ hành chính công tỉnh Nam Định".
 */
export function caseAgency(line: string): string {
  const words = line.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim().split(' ');
  const folded = words.map((w) => fold(w).replace(/[^a-z0-9]/g, ''));
  const marked = words.map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''));
  const unmarked = folded.every((f, k) => f === marked[k]);
  let i = 0;
  const out: string[] = [];
  const type = BODY_TYPES.find(([w]) => matchAt(folded, 0, w));
  if (type) {
    out.push(type[1]);
    i = type[0].length;
  }
  const unit = unmarked ? findUnit(folded, i, FOLDED_UNITS) : earlier(findUnit(marked, i, UNITS), findUnit(folded, i, SAFE_FOLDED_UNITS));
  const nameEnd = unit ? unit[0] : words.length;
  if (nameEnd > i) {
    const nameWords = words.slice(i, nameEnd).map((w, k) => NAME_ABBREVIATIONS[folded[i + k] as string] ?? w);
    const abbr = nameWords.length === 1 ? departmentByAbbreviation(nameWords[0] as string) : null;
    out.push(abbr ?? caseName(nameWords));
  }
  if (unit) {
    out.push(unit[2]);
    const place = words.slice(unit[0] + unit[1]).map(capitalize).join(' ');
    if (place !== '') out.push(place);
  }
  return out.join(' ');
}
