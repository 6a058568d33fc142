/** Roman numerals as used to number report sections (I … XXXIX, L, C). */

const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
const WELL_FORMED = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** Value of a well-formed upper-case Roman numeral ("IV" → 4), or null ("IIII", "VX", ""). */
export function parseRoman(s: string): number | null {
  if (s.length === 0 || !WELL_FORMED.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = VALUES[s[i] as string] as number;
    const next = i + 1 < s.length ? (VALUES[s[i + 1] as string] as number) : 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Upper-case Roman numeral of 1…3999 ("4" → "IV"). */
export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = Math.floor(n);
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}
