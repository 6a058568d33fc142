import { decodeText } from './txt.ts';

/** Which converter a file needs, from its first bytes — never from its name. */
export type DetectedFormat = 'docx' | 'pdf' | 'doc' | 'odt' | 'txt' | 'zip' | 'empty' | 'unknown';

/** An OpenDocument package opens on its stored `mimetype` entry (the name at byte 30, the type right after it). */
const ODF_MIMETYPE = 'mimetypeapplication/vnd.oasis.opendocument.';

export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (bytes.length === 0) return 'empty';
  const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1024)));
  // PDF: "%PDF-" may be preceded by a little junk (the spec tolerates up to 1024 bytes).
  if (head.indexOf('%PDF-') !== -1) return 'pdf';
  // ZIP local file header "PK\x03\x04" (a .docx is a zip holding word/document.xml).
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    const probe = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 64 * 1024))).toString('latin1');
    // An OpenDocument text (LibreOffice's own .odt, and its templates); a sheet or a slide show is no report.
    if (probe.startsWith(ODF_MIMETYPE, 30)) return probe.startsWith(`${ODF_MIMETYPE}text`, 30) ? 'odt' : 'unknown';
    return probe.includes('word/') || probe.includes('[Content_Types].xml') ? 'docx' : 'zip';
  }
  // OLE2 compound file (Word 97–2003 .doc).
  if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0 && head.readUInt32BE(4) === 0xa1b11ae1) return 'doc';
  // Plain text in UTF-8 or UTF-16 — but not markup (an HTML page, an XML file) nor RTF, which are no texts to read line by line.
  const text = decodeText(bytes);
  if (text !== undefined && !/^\uFEFF?\s*[<{]/.test(text.slice(0, 64))) return 'txt';
  return 'unknown';
}

/** The formats a report can be read from (the Report's `format`; anything else is 'unknown'). */
export type ReadableFormat = 'docx' | 'pdf' | 'doc' | 'odt' | 'txt';
const READABLE: ReadonlySet<string> = new Set<ReadableFormat>(['docx', 'pdf', 'doc', 'odt', 'txt']);

/** The Report's `format` of a file: what its bytes are when a converter reads it, else 'unknown'. */
export function reportFormatOf(bytes: Uint8Array): ReadableFormat | 'unknown' {
  const f = detectFormat(bytes);
  return READABLE.has(f) ? (f as ReadableFormat) : 'unknown';
}

/**
 * The file names folders are walked for and uploads are taken by: .docx, .pdf, .doc, .odt. (A .txt
 * given by name is read; in a folder, text files are notes beside the reports, not reports.)
 */
export const REPORT_EXTENSIONS: readonly string[] = ['.docx', '.pdf', '.doc', '.odt'];
