import { describe, expect, it } from 'vitest';
import { bracketEnd, parenDepths } from '../../src/check/blocks.ts';

/** The depth of every position as one array (the reading parenDepths must give). */
function reference(text: string): Int32Array {
  const out = new Int32Array(text.length + 1);
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') d++;
    out[i] = d;
    if ((ch === ')' || ch === ']') && d > 0) d--;
  }
  out[text.length] = d;
  return out;
}

/** Texts of brackets and letters, every one up to a length, then some longer ones. */
function* texts(): Generator<string> {
  const alphabet = ['(', ')', '[', ']', 'a'];
  for (let n = 1; n <= 6; n++) {
    for (let code = 0; code < alphabet.length ** n; code++) {
      let t = '';
      for (let c = code, k = 0; k < n; k++, c = Math.floor(c / alphabet.length)) t += alphabet[c % alphabet.length];
      yield t;
    }
  }
  yield 'Tiếp nhận 1.250 hồ sơ (trực tuyến 800 [gồm 20 (qua) bưu chính]), trực tiếp 450)) còn (lại';
}

describe('parenDepths', () => {
  it('reads as the depth of every position, negative and outside positions included', () => {
    for (const text of texts()) {
      if (!text.includes('(') && !text.includes('[')) continue;
      const depths = parenDepths(text);
      const ref = reference(text);
      for (let i = -text.length - 3; i <= text.length + 3; i++) expect(depths.at(i)).toBe(ref.at(i));
    }
  });

  it('ends a bracket where the depth first falls below its own', () => {
    for (const text of texts()) {
      const depths = parenDepths(text);
      const ref = reference(text);
      for (let open = 0; open < text.length; open++) {
        for (const length of [text.length, Math.max(0, text.length - 2)]) {
          let end = open + 1;
          while (end < length && (ref.at(end) ?? 0) >= (ref.at(open) ?? 0)) end++;
          expect(bracketEnd(depths, open, length)).toBe(end);
        }
      }
    }
  });
});
