/**
 * Plain text (.txt): a report kept or sent as text — exported by a document system, pasted into a
 * file, or a PDF's text saved by a reader ("as received"). Every non-empty line is a paragraph of
 * the pivot, as a PDF's rejoined lines are (pdf-markdown.ts renders and escapes them the same way),
 * and a text hard-wrapped at its printed lines — with or without blank lines between them — is
 * joined back into paragraphs there (wrapped-lines.ts). One page.
 */
import { toMarkdown } from './pdf-markdown.ts';
import type { Paragraph } from './pdf-types.ts';
import type { Conversion } from './types.ts';

/** A UTF-8 text's bytes, or a UTF-16 one's (with its byte-order mark), as a string; undefined when they are no text. */
export function decodeText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
  // Control characters other than tabs, line and page breaks belong to binary files.
  return /[\u0000-\u0008\u000e-\u001f\u007f]/.test(text) ? undefined : text;
}

export function convertText(bytes: Uint8Array): Conversion {
  const text = (decodeText(bytes) ?? '').normalize('NFC');
  const paragraphs: Paragraph[] = text
    .split(/\r\n|\r|\n|\f/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .map((line) => ({ page: 1, spans: [{ text: line, bold: false }] }));
  const { markdown, pages } = toMarkdown(paragraphs, 1);
  return { format: 'txt', markdown, pages, warnings: [] };
}
