import type { NumberLabel } from './docx-list-counter.ts';
import { matchKey } from './docx-match-key.ts';
import { isParagraph, type MNode, type MParagraph } from './docx-model.ts';
import type { XmlParagraph } from './docx-xml-paragraphs.ts';

/** How far ahead in document.xml to look for a paragraph mammoth emitted (skipped text boxes etc.). */
const WINDOW = 64;

/**
 * Give each mammoth paragraph the automatic number of its document.xml paragraph. Both lists are
 * in document order; a paragraph is matched to the next XML paragraph with the same text key
 * within a window, so paragraphs only one side has are skipped without losing the thread.
 * Paragraphs whose style makes them bold are added to `styleBold` when it is given.
 */
export function alignNumbers(root: MNode, xml: XmlParagraph[], styleBold?: Set<MParagraph>): Map<MParagraph, NumberLabel> {
  const labels = new Map<MParagraph, NumberLabel>();
  let next = 0;

  const visit = (node: MNode): void => {
    if (isParagraph(node)) {
      const key = matchKey(plainText(node));
      const end = Math.min(xml.length, next + WINDOW);
      let found = -1;
      for (let k = next; k < end; k++) {
        if (xml[k]?.key === key) {
          found = k;
          break;
        }
      }
      if (found < 0 && next < xml.length && looselyEqual(xml[next]?.key ?? '', key)) found = next;
      if (found >= 0) {
        const label = xml[found]?.label;
        if (label !== undefined) labels.set(node, label);
        if (xml[found]?.styleBold === true) styleBold?.add(node);
        next = found + 1;
      }
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return labels;
}

/** Texts read differently by the two readers (fields, symbols): same start, or one contains the other. */
function looselyEqual(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  const n = Math.min(a.length, b.length, 12);
  return a.slice(0, n) === b.slice(0, n) || a.includes(b) || b.includes(a);
}

/** The text of a mammoth paragraph (text nodes only), for matching. */
export function plainText(node: MNode): string {
  if (node.type === 'text') return (node as MNode & { value: string }).value;
  let out = '';
  for (const child of node.children ?? []) out += plainText(child);
  return out;
}
