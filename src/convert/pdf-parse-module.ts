/**
 * pdf-parse, loaded on first use (a .docx-only run never pays for pdf.js), and without the one
 * global its pdf.js legacy build replaces: core-js swaps Array.prototype.push for a JavaScript
 * polyfill on Node 20 (V8 ≤ 12.1 mishandles arrays longer than 2³² and read-only lengths, cases
 * pdf.js and we never meet), which makes every push in the process — structure, extraction,
 * checks — slower. pdf.js installs it twice: with pdf-parse, and with its worker module on the
 * first document, so `keepNativePush` runs after each. What the build only adds (Set methods,
 * iterator helpers, …) stays.
 */
type PdfParseModule = typeof import('pdf-parse');

/** Array.prototype.push as this process had it before pdf.js came (this module never imports it statically). */
const NATIVE_PUSH = Object.getOwnPropertyDescriptor(Array.prototype, 'push');

let loading: Promise<PdfParseModule> | undefined;

/** Put the engine's own Array.prototype.push back if a polyfill replaced it. */
export function keepNativePush(): void {
  if (NATIVE_PUSH && Array.prototype.push !== NATIVE_PUSH.value) Object.defineProperty(Array.prototype, 'push', NATIVE_PUSH);
}

export function loadPdfParse(): Promise<PdfParseModule> {
  loading ??= import('pdf-parse').finally(keepNativePush);
  return loading;
}
