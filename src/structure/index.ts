import type { Section } from '../schema/report.ts';
import { readMetadata } from './metadata.ts';
import type { RawBlock } from './raw-block.ts';
import { readBlocks } from './read-blocks.ts';
import { buildSections } from './section-tree.ts';
import { splitRunIn } from './split-run-in.ts';
import type { Structure, SectionNode } from './types.ts';

export type { Block, Metadata, SectionNode, Structure } from './types.ts';
export { matchCanonical } from './canonical.ts';

/**
 * Read the Markdown pivot: blocks in reading order (plain text mapped to Markdown offsets),
 * numbered paragraphs turned into headings, the section tree with canonical ids, and the
 * report's metadata. Linear in the size of the Markdown.
 */
export function readStructure(markdown: string): Structure {
  const raws: RawBlock[] = [];
  for (const raw of readBlocks(markdown)) {
    const halves = splitRunIn(raw);
    if (halves) raws.push(halves[0], halves[1]);
    else raws.push(raw);
  }
  const sections = buildSections(raws, markdown.length);
  const blocks = raws.map((r) => r.block);
  return { blocks, sections, metadata: readMetadata(blocks, sections) };
}

/** The contract's plain section tree (no parent links or offsets), for printing. */
export function toSections(nodes: SectionNode[]): Section[] {
  return nodes.map((n) => ({
    number: n.number,
    title: n.title,
    level: n.level,
    canonical: n.canonical,
    children: toSections(n.children),
  }));
}
