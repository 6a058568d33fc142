import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, PhrasingContent, RootContent, ListItem, Table } from 'mdast';
import { alignText } from './align-text.ts';
import { TextBuilder, type RawBlock } from './raw-block.ts';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

const entityCache = new Map<string, boolean>();

/** Whether remark decodes a character reference such as "&amp;" (not "&CN;" of "KH&CN;"). Cached. */
export function isCharacterReference(ref: string): boolean {
  let known = entityCache.get(ref);
  if (known === undefined) {
    const tree = processor.parse(`x${ref}`);
    const para = tree.children[0];
    const text = para?.type === 'paragraph' ? para.children[0] : undefined;
    known = !(text?.type === 'text' && text.value === `x${ref}`);
    if (entityCache.size < 10_000) entityCache.set(ref, known);
  }
  return known;
}

function startOf(node: Nodes, base: number): number {
  return (node.position?.start.offset ?? 0) + base;
}
function endOf(node: Nodes, base: number): number {
  return (node.position?.end.offset ?? 0) + base;
}

/** Flatten phrasing content into plain text, mapping each character to its Markdown offset. */
function flattenInline(
  nodes: PhrasingContent[],
  md: string,
  base: number,
  bold: boolean,
  out: TextBuilder,
): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        alignText(node.value, md, startOf(node, base), endOf(node, base), bold, out);
        break;
      case 'inlineCode': {
        const from = startOf(node, base);
        const at = md.slice(from, endOf(node, base)).indexOf(node.value);
        if (at >= 0) out.pushRun(md, from + at, from + at + node.value.length, bold);
        else alignText(node.value, md, from, endOf(node, base), bold, out, false);
        break;
      }
      case 'html':
        alignText(node.value, md, startOf(node, base), endOf(node, base), bold, out, false);
        break;
      case 'strong':
        flattenInline(node.children, md, base, true, out);
        break;
      case 'emphasis':
      case 'delete':
      case 'link':
      case 'linkReference':
        flattenInline(node.children, md, base, bold, out);
        break;
      case 'break':
        out.push(' ', startOf(node, base), bold);
        break;
      default:
        // images and footnote references carry no running text
        break;
    }
  }
}

/**
 * Parse a slice of the Markdown with unified + remark-parse + remark-gfm and flatten it to
 * blocks in reading order. `base` is the offset of the slice in the whole Markdown.
 */
export function parseSlice(md: string, base: number, sliceEnd: number): RawBlock[] {
  const tree = processor.parse(md.slice(base, sliceEnd));
  const out: RawBlock[] = [];
  for (const child of tree.children) visitBlock(child, md, base, out);
  return out;
}

function visitBlock(node: RootContent, md: string, base: number, out: RawBlock[]): void {
  switch (node.type) {
    case 'paragraph': {
      const b = new TextBuilder();
      flattenInline(node.children, md, base, false, b);
      out.push(b.build('paragraph', startOf(node, base), endOf(node, base)));
      break;
    }
    case 'heading': {
      const b = new TextBuilder();
      flattenInline(node.children, md, base, false, b);
      out.push(b.build('heading', startOf(node, base), endOf(node, base), node.depth));
      break;
    }
    case 'code': {
      const b = new TextBuilder();
      alignText(node.value, md, startOf(node, base), endOf(node, base), false, b, false);
      out.push(b.build('paragraph', startOf(node, base), endOf(node, base)));
      break;
    }
    case 'list':
      for (const item of node.children) visitListItem(item, md, base, out);
      break;
    case 'blockquote':
      for (const c of node.children) visitBlock(c, md, base, out);
      break;
    case 'table':
      visitTable(node, md, base, out);
      break;
    default:
      break;
  }
}

function visitListItem(item: ListItem, md: string, base: number, out: RawBlock[]): void {
  const start = startOf(item, base);
  const first = item.children[0];
  const contentStart = first ? startOf(first, base) : endOf(item, base);
  const marker = md.slice(start, contentStart).trimEnd();
  const b = new TextBuilder();
  for (let k = 0; k < marker.length; k++) b.push(marker[k] as string, start + k, false);
  let rest = item.children;
  if (first && (first.type === 'paragraph' || first.type === 'heading')) {
    b.push(' ', start + marker.length, false);
    const markerEnd = b.length;
    flattenInline(first.children, md, base, false, b);
    const end = first.position ? endOf(first, base) : endOf(item, base);
    out.push(b.build('listItem', start, end, 0, markerEnd));
    rest = item.children.slice(1);
  } else {
    out.push(b.build('listItem', start, contentStart, 0, b.length));
  }
  for (const c of rest) visitBlock(c, md, base, out);
}

function visitTable(table: Table, md: string, base: number, out: RawBlock[]): void {
  for (const row of table.children) {
    const b = new TextBuilder();
    const cells: string[] = [];
    let allBold = true;
    row.children.forEach((cell, k) => {
      if (k > 0) {
        b.pushAt(' | ', startOf(cell, base));
      }
      const cb = new TextBuilder();
      flattenInline(cell.children, md, base, false, cb);
      const built = cb.build('tableRow', startOf(cell, base), endOf(cell, base));
      cells.push(built.block.text);
      if (built.block.text.trim() !== '' && !built.block.bold) allBold = false;
      b.pushBuilt(built);
    });
    const raw = b.build('tableRow', startOf(row, base), endOf(row, base));
    raw.block.cells = cells;
    raw.block.bold = allBold && cells.some((c) => c.trim() !== '');
    out.push(raw);
  }
}
