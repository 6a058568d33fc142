import { fold } from '../text/normalize.ts';

/** Provinces and centrally-run cities (the 63 before the 2025 merger, plus "Huế"). */
const PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre',
  'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk',
  'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh',
  'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum',
  'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình',
  'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh',
  'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa',
  'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
  'Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế',
];

/** Other spellings, folded, to the name above. */
const ALIASES: Record<string, string> = {
  'bac can': 'Bắc Kạn',
  'dak lak': 'Đắk Lắk',
  'dac lac': 'Đắk Lắk',
  'dak nong': 'Đắk Nông',
  'dac nong': 'Đắk Nông',
  'ba ria vung tau': 'Bà Rịa - Vũng Tàu',
  'hcm': 'Hồ Chí Minh',
  'thua thien - hue': 'Thừa Thiên Huế',
  'kontum': 'Kon Tum',
};

/** A place name's lookup key: folded, words of letters and digits joined by single spaces. */
export function placeKey(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, ' ').trim();
}

const BY_KEY = new Map<string, string>();
for (const p of PROVINCES) BY_KEY.set(placeKey(p), p);
for (const [k, v] of Object.entries(ALIASES)) BY_KEY.set(placeKey(k), v);
const MAX_WORDS = 4;

/** The province named exactly by `name` ("NAM ĐỊNH", "Thanh Hoá"), or null. */
export function provinceNamed(name: string): string | null {
  return BY_KEY.get(placeKey(name)) ?? null;
}

/** The longest province name at the start of `words` (folded words), with how many words it took. */
function provinceAt(words: string[], i: number): [string, number] | null {
  for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
    const p = BY_KEY.get(words.slice(i, i + n).join(' '));
    if (p) return [p, n];
  }
  return null;
}

const UNIT_WORDS = /^(?:tinh|tp|thanh pho)$/;

/**
 * The first province named in `text` after "tỉnh", "thành phố" or "TP." ("… tỉnh Nam Định
 * giai đoạn …" → "Nam Định"), or null. A province followed by "(cũ)" (former, before a merger)
 * is passed over.
 */
export function provinceInText(text: string): string | null {
  const words = placeKey(text).split(' ');
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i] as string;
    let next = i + 1;
    if (w === 'thanh' && words[i + 1] === 'pho') next = i + 2;
    else if (!UNIT_WORDS.test(w)) continue;
    const hit = provinceAt(words, next);
    // "tỉnh Bình Phước (cũ)": a province merged away in 2025, named for an old document.
    if (hit && words[next + hit[1]] !== 'cu') return hit[0];
  }
  return null;
}
