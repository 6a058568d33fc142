import { detectFormat } from './detect-format.ts';
import { convertDoc } from './doc.ts';
import { InputError, isInputError } from './input-error.ts';
import { convertDocx } from './docx.ts';
import { checkFileSize, docxSavedPages, resolveLimits, tooManyPages, withTimeLimit, type ConvertLimits } from './limits.ts';
import { decodeLegacyMarkdown } from './legacy-markdown.ts';
import { notAReportWarning } from './not-a-report.ts';
import { inspectOle2 } from './ole2.ts';
import { ocrPdf, ocrTools } from './ocr.ts';
import { convertPdf } from './pdf.ts';
import { convertText } from './txt.ts';
import type { Conversion, ConvertOptions } from './types.ts';

export type { Conversion, ConvertOptions, PageSpan } from './types.ts';
export { detectFormat, reportFormatOf, REPORT_EXTENSIONS, type ReadableFormat } from './detect-format.ts';
export { InputError, isInputError } from './input-error.ts';
export { DEFAULT_LIMITS, resolveLimits, type ConvertLimits } from './limits.ts';
export { NOT_A_REPORT, notAReportMessage } from './not-a-report.ts';

/** Bumped whenever a converter's output may change; stored beside each conversion. */
export const CONVERTER_VERSION = '20';

/**
 * Convert a report's bytes to the Markdown pivot. Throws InputError (stable code, Vietnamese
 * message) for every file that cannot be read, and only InputError. A readable document that is
 * not a report gets a `not-a-report: …` warning (see fixtures/bad/README.md).
 */
export async function convert(bytes: Uint8Array, options: ConvertOptions = {}): Promise<Conversion> {
  const limits = resolveLimits(options);
  let conversion: Conversion;
  try {
    conversion = await convertFormat(bytes, options, limits);
  } catch (e) {
    if (isInputError(e)) throw e;
    // A converter failed in a way it did not foresee: still an unreadable file to the user.
    throw new InputError('convert-failed', 'Không đọc được tệp: lỗi không lường trước khi chuyển đổi (tệp có thể bị hỏng).', {
      cause: e,
    });
  }
  const notReport = notAReportWarning(conversion.markdown);
  return notReport === undefined ? conversion : { ...conversion, warnings: [...conversion.warnings, notReport] };
}

async function convertFormat(bytes: Uint8Array, options: ConvertOptions, limits: ConvertLimits): Promise<Conversion> {
  checkFileSize(bytes.length, limits);
  const format = detectFormat(bytes);
  const opts: ConvertOptions = { ...options, maxPages: limits.maxPages, maxDocxXmlBytes: limits.maxDocxXmlBytes };
  switch (format) {
    case 'docx': {
      const pages = docxSavedPages(bytes);
      if (pages !== undefined && pages > limits.maxPages) throw tooManyPages(pages, limits.maxPages);
      return withTimeLimit(limits.timeoutMs, options.signal, (signal) => convertDocx(bytes, { ...opts, signal }));
    }
    case 'pdf':
      return convertPdfOrOcr(bytes, opts, limits);
    case 'doc':
      checkOle2(bytes);
      // LibreOffice runs under the time limit itself (killed when it is up).
      return convertDoc(bytes, { ...opts, timeoutMs: limits.timeoutMs });
    case 'odt':
      return convertDoc(bytes, { ...opts, timeoutMs: limits.timeoutMs, kind: 'odt' });
    case 'txt':
      return convertText(bytes);
    case 'empty':
      throw new InputError('empty-file', 'Tệp rỗng, không có nội dung.');
    case 'zip':
      throw new InputError('corrupt-docx', 'Tệp nén ZIP nhưng không phải tài liệu Word (.docx).');
    default:
      throw new InputError('unsupported-format', 'Định dạng tệp không được hỗ trợ (chỉ nhận .docx, .doc, .odt, .pdf và văn bản thuần .txt).');
  }
}

/** An OLE2 file must be an unencrypted Word 97–2003 document before LibreOffice is started. */
function checkOle2(bytes: Uint8Array): void {
  const ole = inspectOle2(bytes);
  if (ole === undefined) throw new InputError('corrupt-doc', 'Tệp Word 97–2003 (.doc) bị hỏng: không đọc được cấu trúc tệp.');
  if (ole.encryptedPackage) {
    throw new InputError('encrypted-docx', 'Tệp Word (.docx) được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.');
  }
  if (!ole.word) {
    throw new InputError(
      'unsupported-format',
      'Tệp Office 97–2003 nhưng không phải văn bản Word (có thể là bảng tính hoặc trình chiếu); chỉ nhận .docx, .doc, .odt, .pdf và văn bản thuần .txt.',
    );
  }
  if (ole.wordEncrypted) {
    throw new InputError('encrypted-doc', 'Tệp Word 97–2003 (.doc) được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.');
  }
}

/** A PDF's text layer; a scan without one goes to OCR when Tesseract is installed and allowed. */
async function convertPdfOrOcr(bytes: Uint8Array, opts: ConvertOptions, limits: ConvertLimits): Promise<Conversion> {
  try {
    const conversion = await withTimeLimit(limits.timeoutMs, opts.signal, (signal) => convertPdf(bytes, { ...opts, signal }));
    return decodeLegacyMarkdown(conversion);
  } catch (e) {
    if (!isInputError(e) || e.code !== 'no-text-layer') throw e;
    if (!limits.ocr) throw e;
    const tools = await ocrTools();
    if (typeof tools === 'string') {
      throw new InputError('no-text-layer', `${e.message} Không thể nhận dạng OCR: ${tools}.`, { cause: e });
    }
    return ocrPdf(bytes, tools, { maxPages: limits.maxPages, timeoutMs: limits.ocrTimeoutMs, signal: opts.signal });
  }
}
