import { isParagraph, isTable, type MDocument, type MNode } from './docx-model.ts';
import { paragraphBlock, type Marks } from './docx-paragraph.ts';
import { headerBlocks, isHeaderBlock, tableBlock } from './docx-table.ts';
import { joinWrapped, wrappedContinuations } from './wrapped-lines.ts';

/** Paragraph alignments (mammoth's, from w:jc) of titles and signature lines, never a wrapped line of prose. */
const ALIGNED_APART = new Set(['center', 'right', 'end']);

/** Short paragraphs that may stand above the header block: a draft or urgency mark, a form number. */
const MAX_NOTES_ABOVE_HEADER = 2;
const MAX_NOTE_LENGTH = 40;

/** "DỰ THẢO", "KHẨN", "Mẫu số 01", "Phụ lục II": short, in capitals or naming a form. */
function isNoteAboveHeader(block: string): boolean {
  const text = block.replace(/[*_\\]/g, '').trim();
  if (text.length === 0 || text.length > MAX_NOTE_LENGTH) return false;
  return text === text.toUpperCase() || /^(?:mẫu|biểu mẫu|phụ lục|dự thảo)(?![\p{L}])/iu.test(text);
}

/**
 * Write mammoth's document as the Markdown pivot: one block per paragraph or table, separated
 * by one blank line; a header-block table before the first body paragraph (a short mark or two
 * such as "DỰ THẢO" may stand above it) becomes paragraphs. A body paragraph that a hard line break
 * cut off the one before it (wrapped-lines.ts) is joined to it.
 */
export function documentMarkdown(doc: MDocument, marks: Marks): string {
  const blocks: string[] = [];
  /** Each block as the wrapped-lines test reads it: null for a table, a header line, a centred or right-aligned line. */
  const prose: (string | null)[] = [];
  let bodyStarted = false;
  let notes = 0;
  let afterHeader = false;
  const visit = (node: MNode): void => {
    if (isParagraph(node)) {
      const block = paragraphBlock(node, marks);
      if (block !== '') {
        blocks.push(block);
        prose.push(bodyStarted && !ALIGNED_APART.has(node.alignment ?? '') ? block : null);
        afterHeader = false;
        // A mark above the header block ("DỰ THẢO", "KHẨN", "Mẫu số 01") does not start the body.
        if (++notes > MAX_NOTES_ABOVE_HEADER || !isNoteAboveHeader(block)) bodyStarted = true;
      }
    } else if (isTable(node)) {
      if ((!bodyStarted || afterHeader) && isHeaderBlock(node)) {
        const lines = headerBlocks(node, marks);
        blocks.push(...lines);
        prose.push(...lines.map(() => null));
        // The number and date may sit in a second small table right under the first.
        afterHeader = !afterHeader;
      } else {
        const block = tableBlock(node, marks);
        if (block !== '') {
          blocks.push(block);
          prose.push(null);
        }
        afterHeader = false;
      }
      bodyStarted = true;
    } else {
      for (const child of node.children ?? []) visit(child);
    }
  };
  for (const child of doc.children) visit(child);
  const continues = wrappedContinuations(prose);
  const out: string[] = [];
  blocks.forEach((b, i) => {
    if (continues[i]) out[out.length - 1] = joinWrapped(out[out.length - 1]!, b);
    else out.push(b);
  });
  return out.join('\n\n');
}
