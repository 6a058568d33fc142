import { InputError } from './input-error.ts';
import { detectBoldFonts } from './pdf-bold.ts';
import { paragraphsOf } from './pdf-body.ts';
import { readPdf, type ReadPdfOptions } from './pdf-document.ts';
import { finishLine } from './pdf-line-text.ts';
import type { RawLine } from './pdf-lines.ts';
import { dropFootnotes } from './pdf-footnotes.ts';
import { tableReader } from './pdf-table.ts';
import { toMarkdown } from './pdf-markdown.ts';
import { hasCombiningMarks } from './pdf-nfd.ts';
import type { Line } from './pdf-types.ts';
import type { Conversion, ConvertOptions } from './types.ts';

/** Fewer letters and digits than this per page on average: no text layer (a scan). */
const MIN_CHARS_PER_PAGE = 10;

/**
 * PDF → Markdown pivot: pdf.js text items (via pdf-parse) → lines (footnotes dropped) → page furniture dropped →
 * header block split into its cells → lines rejoined into paragraphs → Markdown, with the page
 * each paragraph starts on recorded in `pages`.
 */
export async function convertPdf(bytes: Uint8Array, options: ConvertOptions & Pick<ReadPdfOptions, 'minPagesPerThread'> = {}): Promise<Conversion> {
  const { maxPages, threads, minPagesPerThread, signal } = options;
  const { pages, totalPages } = await readPdf(bytes, { maxPages, threads, minPagesPerThread, signal });
  const warnings: string[] = [];
  if (pages.length < totalPages) {
    warnings.push(`Chỉ đọc ${pages.length}/${totalPages} trang đầu của tệp PDF (giới hạn số trang).`);
  }

  const raw: RawLine[][] = pages.map(tableReader()).map(dropFootnotes);
  const need = MIN_CHARS_PER_PAGE * Math.max(1, pages.length);
  let chars = 0;
  let nfd = false;
  for (const lines of raw) {
    for (const l of lines) {
      for (const r of l.runs) {
        if (chars < need) chars += countText(r.str);
        if (!nfd && hasCombiningMarks(r.str)) nfd = true;
      }
    }
  }
  if (chars < need) {
    throw new InputError(
      'no-text-layer',
      'Tệp PDF không có lớp chữ (bản quét) nên không đọc được nội dung; hãy dùng bản .docx hoặc bản PDF xuất trực tiếp từ Word.',
    );
  }

  // pdf.js mis-measures NFD text, so widths cannot reveal bold there: no hint rather than a wrong one.
  const bold = nfd ? new Set<string>() : detectBoldFonts(allRuns(raw));
  let joined = 0;
  const lines: Line[][] = raw.map((page) =>
    page.map((r) => {
      const f = finishLine(r, { bold, nfd });
      joined += f.joined;
      if (r.table === undefined) return f.line;
      // A table: each cell's text finished on its own; the line's text is the cells joined.
      const table = r.table.map((row) => row.map((cell) => (cell === null ? '' : finishLine(cell, { bold, nfd }).line.text)));
      return { ...f.line, text: table.map((row) => row.join(' | ')).join(' | '), table };
    }),
  );
  if (joined > 0) {
    warnings.push(`Tệp PDF lưu chữ ở dạng dấu tổ hợp (NFD); đã ghép lại ${joined} từ bị tách.`);
  }

  const paragraphs = paragraphsOf(lines, !nfd);

  const { markdown, pages: spans } = toMarkdown(paragraphs, pages.length);
  return { format: 'pdf', markdown, pages: spans, warnings };
}

/** Every run of every line, in order (one array, no array per page or line). */
function allRuns(pages: RawLine[][]): RawLine['runs'] {
  const runs: RawLine['runs'] = [];
  for (const lines of pages) for (const l of lines) for (const r of l.runs) runs.push(r);
  return runs;
}

/** Characters that are neither white space nor ASCII punctuation. */
function countText(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf) n++;
  }
  return n;
}
