import { nfc } from '../text/normalize.ts';
import { alignNumbers } from './docx-align.ts';
import { documentMarkdown } from './docx-markdown.ts';
import { readMammothDocument } from './docx-model.ts';
import { readXmlParagraphs } from './docx-xml-paragraphs.ts';
import { readDocxParts } from './docx-zip.ts';
import { InputError } from './input-error.ts';
import type { Conversion, ConvertOptions } from './types.ts';
import { docxWarnings } from './docx-warnings.ts';

/**
 * Convert a .docx to the Markdown pivot: mammoth reads paragraphs, runs and tables; Word's
 * automatic list numbers, which mammoth drops, are recomputed from numbering.xml and put back.
 */
export async function convertDocx(bytes: Uint8Array, options: ConvertOptions = {}): Promise<Conversion> {
  const parts = readDocxParts(bytes, options.maxDocxXmlBytes);
  const { document, messages } = await readMammothDocument(bytes);
  let labels;
  try {
    labels = alignNumbers(document, readXmlParagraphs(parts));
  } catch (cause) {
    throw new InputError('corrupt-docx', 'Tệp Word (.docx) bị hỏng: không đọc được phần đánh số tự động.', { cause });
  }
  const markdown = nfc(documentMarkdown(document, labels));
  return {
    format: 'docx',
    markdown,
    pages: [{ page: 1, start: 0, end: markdown.length }],
    warnings: docxWarnings(messages),
  };
}
