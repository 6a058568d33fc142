import { isParagraph, isTable, type MDocument, type MNode } from './docx-model.ts';
import { paragraphBlock, type Marks } from './docx-paragraph.ts';
import { headerBlocks, isHeaderBlock, tableBlock } from './docx-table.ts';

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
 * such as "DỰ THẢO" may stand above it) becomes paragraphs.
 */
export function documentMarkdown(doc: MDocument, marks: Marks): string {
  const blocks: string[] = [];
  let bodyStarted = false;
  let notes = 0;
  let afterHeader = false;
  const visit = (node: MNode): void => {
    if (isParagraph(node)) {
      const block = paragraphBlock(node, marks);
      if (block !== '') {
        blocks.push(block);
        afterHeader = false;
        // A mark above the header block ("DỰ THẢO", "KHẨN", "Mẫu số 01") does not start the body.
        if (++notes > MAX_NOTES_ABOVE_HEADER || !isNoteAboveHeader(block)) bodyStarted = true;
      }
    } else if (isTable(node)) {
      if ((!bodyStarted || afterHeader) && isHeaderBlock(node)) {
        blocks.push(...headerBlocks(node, marks));
        // The number and date may sit in a second small table right under the first.
        afterHeader = !afterHeader;
      } else {
        const block = tableBlock(node, marks);
        if (block !== '') blocks.push(block);
        afterHeader = false;
      }
      bodyStarted = true;
    } else {
      for (const child of node.children ?? []) visit(child);
    }
  };
  for (const child of doc.children) visit(child);
  return blocks.join('\n\n');
}
