import { nfc } from '../text/normalize.ts';
import { escapeText } from './docx-inline.ts';
import { escapeBlockStart } from './docx-paragraph.ts';
import type { PageSpan } from './types.ts';

const PAGE_NUMBER = /^[-–—\s]*(?:trang\s*)?\d{1,4}(?:\s*\/\s*\d{1,4})?[-–—\s]*$/i;
/** A line that opens a numbered heading or item: "I.", "2.1.", "a)", "b,", "-", "+". */
const NUMBERED = /^(?:[IVXLC]{1,6}\.|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][,)]|[-+•*])\s/u;

const isCaps = (line: string): boolean => /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);

/**
 * Split one Tesseract block (lines separated by newlines) into paragraphs: a new paragraph starts
 * at a numbered line, at a line in capitals after one that is not, and after a short line that
 * ends a sentence (shorter than 80% of the block's longest line: the paragraph's last line).
 */
function paragraphs(block: string): string[] {
  const lines = block
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
  const longest = Math.max(0, ...lines.map((l) => l.length));
  const out: string[][] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const current = out[out.length - 1];
    const breakBefore =
      current === undefined ||
      prev === undefined ||
      NUMBERED.test(line) ||
      (isCaps(line) !== isCaps(prev) && line.split(' ').length >= 2) ||
      (/[.:;!?]$/.test(prev) && prev.length < 0.8 * longest);
    if (breakBefore || current === undefined) out.push([line]);
    else current.push(line);
  });
  return out.map((p) => p.join(' '));
}

/**
 * Tesseract's plain text of each page → the Markdown pivot: blocks (separated by blank lines)
 * split into paragraphs; lone page numbers dropped; every paragraph escaped as text.
 */
export function ocrMarkdown(pageTexts: string[]): { markdown: string; pages: PageSpan[] } {
  let markdown = '';
  const pages: PageSpan[] = [];
  pageTexts.forEach((text, i) => {
    const blocks = nfc(text.replace(/\f/g, '\n'))
      .split(/\n[ \t]*\n/)
      .flatMap(paragraphs)
      .filter((b) => b !== '' && !PAGE_NUMBER.test(b));
    if (blocks.length === 0) return;
    if (markdown !== '') markdown += '\n\n';
    const start = markdown.length;
    markdown += blocks.map((b) => escapeBlockStart(escapeText(b))).join('\n\n');
    pages.push({ page: i + 1, start, end: markdown.length });
  });
  return { markdown, pages };
}
