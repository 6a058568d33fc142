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
  loading ??= import('pdf-parse').finally(() => {
    keepNativePush();
    outliveStrayRejections();
  });
  return loading;
}

/**
 * The exceptions pdf.js itself throws while reading a damaged file. Each conversion catches what
 * its own calls reject with; but pdf.js also starts work of its own (a font fallback, a page it
 * checks ahead) whose rejection nobody awaits, and with a mutated file that rejection can surface
 * after the document is destroyed — which on Node ends the process: a 200-file `solieu extract`
 * would stop at the file after the damaged one.
 */
const PDFJS_EXCEPTIONS = new Set([
  'XRefEntryException',
  'XRefParseException',
  'MissingDataException',
  'ParserEOFException',
  'FormatError',
  'InvalidPDFException',
  'UnknownErrorException',
  'AbortException',
  'PasswordException',
  'ResponseException',
  'JpxError',
  'Jbig2Error',
  'CCITTFaxError',
]);

/** A rejection nobody handled: outlived (with a warning) when pdf.js's own, the process's default otherwise. */
export function onStrayRejection(reason: unknown): void {
  const name = reason instanceof Error ? reason.name : typeof reason === 'object' && reason !== null ? String((reason as { name?: unknown }).name) : '';
  if (PDFJS_EXCEPTIONS.has(name)) {
    process.emitWarning(`pdf.js: ${name} (${reason instanceof Error ? reason.message : ''}) left unhandled by the library; the conversion it belonged to already ended`, { code: 'SOLIEU_PDFJS_STRAY' });
    return;
  }
  // Anything else ends the process as Node's default (--unhandled-rejections=throw) would.
  throw reason;
}

let guarding = false;
function outliveStrayRejections(): void {
  if (guarding) return;
  guarding = true;
  process.on('unhandledRejection', onStrayRejection);
}
