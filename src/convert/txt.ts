/**
 * Plain text (.txt): a report kept or sent as text — exported by a document system, pasted into a
 * file, or a PDF's text saved by a reader ("as received"). Every non-empty line is a paragraph of
 * the pivot, as a PDF's rejoined lines are (pdf-markdown.ts renders and escapes them the same way),
 * and a text hard-wrapped at its printed lines — with or without blank lines between them — is
 * joined back into paragraphs there (wrapped-lines.ts). A text laid out as its page was (`pdftotext
 * -layout`) tells more: a line indented past the text's margin opens a paragraph (a first-line
 * indent, a centred title), and a line holding columns apart by a wide gap (the two-column header
 * block: "UBND TỈNH …      CỘNG HÒA XÃ HỘI …") is a line of each. One page.
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

/** A gap that sets columns apart in a text laid out as its page (a tab, or four spaces and more). */
const COLUMN_GAP = /\t+| {4,}/;
/** A list number or bullet alone, set apart from its text by a tab as Word's automatic numbering is ("II.      KẾT QUẢ …"). */
const MARK_ALONE = /^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]$|^[-+*•–]$/u;
/** Indentation past the text's margin that opens a paragraph. */
const INDENT = 2;

/** The columns of a line; a list number set apart from its text stays with it. */
function cellsOf(line: string): string[] {
  const cells = line.split(COLUMN_GAP);
  if (cells.length > 1 && MARK_ALONE.test(cells[0]!)) cells.splice(0, 2, `${cells[0]} ${cells[1]}`);
  return cells;
}

export function convertText(bytes: Uint8Array): Conversion {
  const text = (decodeText(bytes) ?? '').normalize('NFC');
  const lines = text
    .split(/\r\n|\r|\n|\f/)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ indent: /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length, cells: cellsOf(line.trim()) }));
  // ("II." alone on its line, then "KẾT QUẢ …": a number a reader printed apart from its text is that text's.)
  for (let i = lines.length - 2; i >= 0; i--) {
    const [mark, ...rest] = lines[i]!.cells;
    if (rest.length > 0 || !MARK_ALONE.test(mark!)) continue;
    const [first, ...others] = lines[i + 1]!.cells;
    lines.splice(i, 2, { indent: lines[i]!.indent, cells: [`${mark} ${first}`, ...others] });
  }
  const margin = Math.min(...lines.map((l) => l.indent));
  const paragraphs: Paragraph[] = lines.flatMap(({ indent, cells }) =>
    cells.map((cell) => {
      const p: Paragraph = { page: 1, spans: [{ text: cell.replace(/\s+/g, ' '), bold: false }] };
      if (cells.length > 1 || indent >= margin + INDENT) p.opens = true;
      return p;
    }),
  );
  const { markdown, pages } = toMarkdown(paragraphs, 1);
  return { format: 'txt', markdown, pages, warnings: [] };
}
