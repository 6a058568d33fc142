import { nfc } from '../text/normalize.ts';
import { alignNumbers } from './docx-align.ts';
import { documentMarkdown } from './docx-markdown.ts';
import { firstPageHeaderBlocks, opensWithMotto } from './docx-header-part.ts';
import { readMammothDocument } from './docx-model.ts';
import { readXmlDocument, type XmlReading } from './docx-xml-paragraphs.ts';
import type { MParagraph } from './docx-model.ts';
import { DEFAULT_MAX_DOCX_XML_BYTES, readDocxParts, zipBomb, type DocxParts } from './docx-zip.ts';
import { findZipBomb } from './docx-zip-guard.ts';
import { InputError } from './input-error.ts';
import type { Conversion, ConvertOptions } from './types.ts';
import { docxWarnings } from './docx-warnings.ts';
import { decodeLegacyText } from './docx-legacy.ts';
import { parseStyleFonts } from './docx-legacy-fonts.ts';

/**
 * Convert a .docx to the Markdown pivot: mammoth reads paragraphs, runs and tables; Word's
 * automatic list numbers, which mammoth drops, are recomputed from numbering.xml and put back.
 */
export async function convertDocx(bytes: Uint8Array, options: ConvertOptions = {}): Promise<Conversion> {
  // Declared sizes can lie: inflate every XML part under a cap before anyone inflates it for real.
  const maxXml = options.maxDocxXmlBytes ?? DEFAULT_MAX_DOCX_XML_BYTES;
  const bomb = await findZipBomb(bytes, maxXml);
  if (bomb !== undefined) throw zipBomb(bomb, maxXml);
  // Our own view of document.xml is read before mammoth runs, so the inflated part (tens of MB
  // for a long report) is not held through mammoth's memory peak; only the small result is.
  const own = readOwnView(readDocxParts(bytes, maxXml));
  const { document, messages } = await readMammothDocument(bytes);
  let labels;
  let boldCharacterStyles: ReadonlySet<string>;
  const styleBold = new Set<MParagraph>();
  try {
    const reading = own.reading();
    labels = alignNumbers(document, reading.paragraphs, styleBold);
    boldCharacterStyles = reading.boldCharacterStyles;
  } catch (cause) {
    throw new InputError('corrupt-docx', 'Tệp Word (.docx) bị hỏng: không đọc được phần đánh số tự động.', { cause });
  }
  // After numbering is aligned (it matches the raw text), before any text is normalized.
  const legacy = decodeLegacyText(document, parseStyleFonts(own.styles, own.fontTable));
  const body = documentMarkdown(document, { labels, styleBold, boldCharacterStyles });
  // A header block typed in the first page's page header, which mammoth does not read.
  const pageHeader = opensWithMotto(body) ? [] : own.pageHeader;
  const markdown = nfc(pageHeader.length > 0 ? `${pageHeader.join('\n\n')}\n\n${body}` : body);
  return {
    format: 'docx',
    markdown,
    pages: [{ page: 1, start: 0, end: markdown.length }],
    warnings: [...legacy, ...docxWarnings(messages)],
  };
}

interface OwnView {
  /** document.xml's paragraphs with their numbers and bold styles; throws what reading them threw. */
  reading(): XmlReading;
  styles: string;
  fontTable: string | undefined;
  /** The first page's header block from its page header (docx-header-part.ts). */
  pageHeader: string[];
}

/**
 * Read document.xml's paragraphs now and keep only the result. A failure is kept too and thrown
 * when the paragraphs are asked for, after mammoth has read the document, as it always was.
 */
function readOwnView(parts: DocxParts): OwnView {
  let reading: XmlReading | undefined;
  let failure: { cause: unknown } | undefined;
  try {
    reading = readXmlDocument(parts);
  } catch (cause) {
    failure = { cause };
  }
  return {
    reading() {
      if (failure !== undefined) throw failure.cause;
      return reading ?? { paragraphs: [], boldCharacterStyles: new Set() };
    },
    styles: parts.styles,
    fontTable: parts.fontTable,
    pageHeader: pageHeaderOf(parts),
  };
}

/** The first page's header block, or none when the page header cannot be read (never fatal). */
function pageHeaderOf(parts: DocxParts): string[] {
  try {
    return firstPageHeaderBlocks(parts.document, parts.headers);
  } catch {
    return [];
  }
}
