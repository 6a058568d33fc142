/**
 * pdf.js's legacy build replaces Array.prototype.push with a core-js polyfill on Node 20; after
 * solieu has read a PDF, the process keeps the engine's own push (and what pdf.js merely adds,
 * such as Promise.withResolvers, stays for pdf.js to use).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert/index.ts';

const isNative = (f: unknown): boolean => typeof f === 'function' && /\{\s*\[native code\]\s*\}/.test(Function.prototype.toString.call(f));

describe('pdf-parse without its Array.prototype.push polyfill', () => {
  it('reads a PDF and leaves the engine’s own push in place', async () => {
    const pdf = readFileSync(new URL('../../fixtures/reports/so-y-te-q1-2024.pdf', import.meta.url));
    const conversion = await convert(pdf);
    expect(conversion.format).toBe('pdf');
    expect(conversion.markdown).toMatch(/hồ sơ/);
    expect(isNative(Array.prototype.push)).toBe(true);
    // Still a push: appends and returns the new length.
    const a = [1];
    expect(a.push(2, 3)).toBe(3);
    expect(a).toEqual([1, 2, 3]);
    // What pdf.js only adds is left to it.
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe('function');
  });
});
