import { isParagraph, isTable, type MDocument, type MNode } from './docx-model.ts';
import { paragraphBlock, type Marks } from './docx-paragraph.ts';
import { headerBlocks, isHeaderBlock, tableBlock } from './docx-table.ts';

/**
 * Write mammoth's document as the Markdown pivot: one block per paragraph or table, separated
 * by one blank line; a header-block table before the first body paragraph becomes paragraphs.
 */
export function documentMarkdown(doc: MDocument, marks: Marks): string {
  const blocks: string[] = [];
  let bodyStarted = false;
  const visit = (node: MNode): void => {
    if (isParagraph(node)) {
      const block = paragraphBlock(node, marks);
      if (block !== '') {
        blocks.push(block);
        bodyStarted = true;
      }
    } else if (isTable(node)) {
      if (!bodyStarted && isHeaderBlock(node)) {
        blocks.push(...headerBlocks(node, marks));
      } else {
        const block = tableBlock(node, marks);
        if (block !== '') blocks.push(block);
      }
      bodyStarted = true;
    } else {
      for (const child of node.children ?? []) visit(child);
    }
  };
  for (const child of doc.children) visit(child);
  return blocks.join('\n\n');
}
