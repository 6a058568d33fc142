import type { Canonical, Section } from '../schema/report.ts';

/**
 * One block of the document in reading order: a paragraph, a heading (with any inline
 * content after its title), a list item, or a table row — as plain text (Markdown
 * markup removed) with a map back to offsets in the Markdown.
 */
export interface Block {
  kind: 'paragraph' | 'heading' | 'listItem' | 'tableRow';
  /** Plain text of the block, NFC. For a list item it includes its marker ("- ", "+ "). */
  text: string;
  /**
   * offsets[i] = offset in the Markdown of text[i]; offsets[text.length] = end offset. Typed, and
   * often a view of its own range in a buffer shared with other blocks' maps (src/structure/raw-block.ts).
   */
  offsets: Int32Array;
  /** Markdown offsets of the whole block. */
  start: number;
  end: number;
  /** For a heading: index in `text` where the title begins (after the number and its punctuation). */
  titleStart?: number;
  /** For a heading: index in `text` where the title ends (before ":" or the inline sentence). */
  titleEnd?: number;
  /** For a heading: index in `text` where inline content begins (text.length when none). */
  contentStart?: number;
  /** The whole block is bold (a hint for headings typed by hand). */
  bold: boolean;
  /** The innermost section holding this block (for a heading: the section it opens); null before the first heading. */
  section: SectionNode | null;
  /** For table rows: the cells' plain text. */
  cells?: string[];
}

/** A section of the tree, with what the contract prints plus where it sits. */
export interface SectionNode extends Section {
  /** Path of numbers from the top joined by "/", e.g. "II/2/2.2/a". */
  path: string;
  /** Canonical id after inheritance from the parent. */
  canonical: Canonical | null;
  parent: SectionNode | null;
  children: SectionNode[];
  /** Markdown offsets: from the heading to the start of the next heading of the same or higher level. */
  start: number;
  end: number;
}

export interface Metadata {
  agency: string | null;
  province: string | null;
  /** Canonical period (CONTRACT §1): 2022-Q1, 2022-H1, 2022-9M, 2022, 2022-03. */
  period: string | null;
  /** The period as written: "quý I năm 2022". */
  periodLabel: string | null;
  documentNumber: string | null;
  documentDate: string | null;
}

export interface Structure {
  blocks: Block[];
  sections: SectionNode[];
  metadata: Metadata;
}
