/** Build small .docx files in memory for converter tests (npm `docx`), and patch their XML. */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export { LevelFormat };

export type RunSpec = string | { text: string; bold?: boolean; italic?: boolean; allCaps?: boolean };

export interface ParaSpec {
  runs: RunSpec | RunSpec[];
  heading?: 1 | 2 | 3 | 4 | 5 | 6 | 'title';
  /** Automatic numbering: a list defined in `lists`, at a level (0-based). */
  list?: { ref: string; level: number; instance?: number };
  /** Automatic bullet (docx's default bullet list) at a level. */
  bullet?: number;
  /** Paragraph alignment (w:jc). */
  align?: 'center' | 'right';
}

/** A merged cell: its paragraphs and how many grid columns / rows it spans. */
export interface CellSpec {
  cell: Array<string | ParaSpec>;
  colSpan?: number;
  rowSpan?: number;
}

export interface TableSpec {
  /** Rows of cells; a cell is a string (one paragraph), a list of paragraphs, or a merged cell. */
  table: Array<Array<string | Array<string | ParaSpec> | CellSpec>>;
}

export type BlockSpec = string | ParaSpec | TableSpec;

export interface ListLevelSpec {
  format: (typeof LevelFormat)[keyof typeof LevelFormat];
  text: string;
  start?: number;
}

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
  5: HeadingLevel.HEADING_5,
  6: HeadingLevel.HEADING_6,
  title: HeadingLevel.TITLE,
} as const;

function run(spec: RunSpec): TextRun {
  if (typeof spec === 'string') return new TextRun(spec);
  return new TextRun({ text: spec.text, bold: spec.bold, italics: spec.italic, allCaps: spec.allCaps });
}

function paragraph(spec: string | ParaSpec): Paragraph {
  if (typeof spec === 'string') return new Paragraph({ children: [new TextRun(spec)] });
  const runs = Array.isArray(spec.runs) ? spec.runs : [spec.runs];
  return new Paragraph({
    children: runs.map(run),
    heading: spec.heading === undefined ? undefined : HEADINGS[spec.heading],
    numbering: spec.list
      ? { reference: spec.list.ref, level: spec.list.level, instance: spec.list.instance }
      : undefined,
    bullet: spec.bullet === undefined ? undefined : { level: spec.bullet },
    alignment: spec.align === 'center' ? AlignmentType.CENTER : spec.align === 'right' ? AlignmentType.RIGHT : undefined,
  });
}

function table(spec: TableSpec): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: spec.table.map(
      (cells) =>
        new TableRow({
          children: cells.map((cell) => {
            if (typeof cell === 'string') return new TableCell({ children: [paragraph(cell)] });
            if (Array.isArray(cell)) return new TableCell({ children: cell.map(paragraph) });
            return new TableCell({
              children: cell.cell.map(paragraph),
              columnSpan: cell.colSpan,
              rowSpan: cell.rowSpan,
            });
          }),
        }),
    ),
  });
}

/** A .docx whose body is `blocks`; `lists` defines automatic numbering by reference. */
export async function makeDocx(
  blocks: BlockSpec[],
  lists: Record<string, ListLevelSpec[]> = {},
): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: Object.entries(lists).map(([reference, levels]) => ({
        reference,
        levels: levels.map((l, level) => ({
          level,
          format: l.format,
          text: l.text,
          start: l.start ?? 1,
          alignment: AlignmentType.START,
        })),
      })),
    },
    sections: [
      {
        children: blocks.map((b) =>
          typeof b === 'object' && 'table' in b ? table(b) : paragraph(b),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Rewrite one part of a .docx (e.g. "word/document.xml"); `edit` gets and returns its XML. */
export function patchDocx(bytes: Uint8Array, path: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const part = files[path];
  files[path] = strToU8(edit(part === undefined ? '' : strFromU8(part)));
  return zipSync(files);
}

/** The XML of one part of a .docx. */
export function docxPart(bytes: Uint8Array, path: string): string {
  const part = unzipSync(bytes)[path];
  return part === undefined ? '' : strFromU8(part);
}

/** A zip holding only the given text files. */
export function makeZip(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}
