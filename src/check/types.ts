/**
 * What the checks see of a report. The check room imports only src/schema (and the pure
 * src/text helpers), so the pipeline maps the structure's blocks and sections into these
 * plain shapes before calling the checks.
 */
import type { Record } from '../schema/record.ts';

/** One block of the document in reading order, as plain text with its Markdown offsets. */
export interface TextBlock {
  kind: 'paragraph' | 'heading' | 'listItem' | 'tableRow';
  /** Plain text (Markdown markup removed); a list item keeps its marker ("+ ", "- "). */
  text: string;
  start: number;
  end: number;
  /** Path of the innermost section holding the block ("II/2/2.2/a"), "" before the first heading. */
  section: string;
  canonical: string | null;
  /** For a heading: where its inline content starts in `text` (text.length when none). */
  contentStart?: number;
  /** For a table row: the cells' text. */
  cells?: string[];
  /**
   * offsets[i] = Markdown offset of text[i] (the structure's map). With it a record's
   * figureStart/figureEnd place its figure exactly; without it figures are found by value.
   */
  offsets?: ArrayLike<number>;
}

/** A section of the tree, flattened in document order. */
export interface SectionInfo {
  path: string;
  title: string;
  level: number;
  canonical: string | null;
}

/** Everything the checks of one report need. Only sha256 and records are required. */
export interface ReportInput {
  sha256: string;
  /** Canonical period of the report (CONTRACT §1), null when unknown. */
  period: string | null;
  /** The issuing body as the structure read it (CONTRACT §1 `agency`), null or absent when unknown. */
  agency?: string | null;
  /** The province the report is from (CONTRACT §1 `province`), null or absent when unknown. */
  province?: string | null;
  records: Record[];
  /** The document's blocks; without them breakdowns are looked for in sentences only. */
  blocks?: TextBlock[];
  /** The section tree, flattened; empty or absent when the report has none. */
  sections?: SectionInfo[];
  /** The normalized Markdown the offsets point into (for line:column). */
  markdown?: string;
}
