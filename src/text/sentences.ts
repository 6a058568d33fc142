/**
 * Sentence split for Vietnamese report prose. A sentence ends at ".", "!" or "?" followed by
 * white space and an upper-case letter, a digit, a bullet or an opening quote/bracket — but not
 * after common abbreviations ("TP.", "Tp.", "ThS.", "TS.") nor inside numbers ("98.5", "1.234").
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

const ABBREV = /(?:^|[\s(])(?:TP|Tp|tp|ThS|TS|PGS|GS|BS|KS|Th\.S|St|Q|P|TT|v\.v|Ths|CN)\.$/u;
const UPPER_START = /^[\s]+[A-ZÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĐĨŨƠƯẠ-Ỹ0-9\-+*•"“(]/u;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    // By code (".", "!", "?", "…"): `text[i]` makes a string of every character above U+00FF.
    const code = text.charCodeAt(i);
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f && code !== 0x2026) continue;
    const ch = text[i];
    // Not inside a number like 1.234 or 98.5
    if (ch === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    // Swallow closing punctuation ("./.", ".)" , '."')
    let end = i + 1;
    while (end < text.length && /[.)"”'’/…]/.test(text[end]!)) end++;
    const rest = text.slice(end, end + 3);
    if (end < text.length && !UPPER_START.test(rest)) continue;
    if (ABBREV.test(text.slice(Math.max(0, i - 6), i + 1))) continue;
    push(spans, text, start, end);
    start = end;
  }
  push(spans, text, start, text.length);
  return spans;
}

function push(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end, text: text.slice(start, end) });
}
