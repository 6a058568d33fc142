/** Render one counter value the way Word does for a w:numFmt value. */
export function formatNumber(value: number, numFmt: string): string {
  switch (numFmt) {
    case 'upperRoman':
      return roman(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperLetter':
      return letter(value);
    case 'lowerLetter':
      return letter(value).toLowerCase();
    case 'decimalZero':
      return value >= 0 && value < 10 ? `0${value}` : String(value);
    case 'none':
    case 'bullet':
      return '';
    default:
      // decimal, ordinal, cardinalText, … : Arabic digits are the closest plain-text rendering.
      return String(value);
  }
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value);
  let rest = value;
  let out = '';
  for (const [n, s] of ROMAN) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

/** Word letters: A…Z, then AA…ZZ, AAA… (the letter repeated, not base 26). */
function letter(value: number): string {
  if (value <= 0) return String(value);
  const ch = String.fromCharCode(65 + ((value - 1) % 26));
  return ch.repeat(Math.floor((value - 1) / 26) + 1);
}
