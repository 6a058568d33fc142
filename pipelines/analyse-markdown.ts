import { readStructure } from '../src/structure/index.ts';
import { extractRecords } from '../src/extract/index.ts';
import { checkReport } from '../src/check/index.ts';
import { forgetTexts } from '../src/text/memo.ts';
import type { CheckConfig, SectionInfo, TextBlock } from '../src/check/index.ts';
import type { Report } from '../src/schema/report.ts';
import type { Block, SectionNode, Structure } from '../src/structure/types.ts';
import type { Section } from '../src/schema/report.ts';

export type Analysis = Pick<
  Report,
  'agency' | 'province' | 'period' | 'periodLabel' | 'documentNumber' | 'documentDate' | 'sections' | 'records' | 'flags'
>;

export interface AnalyseOptions {
  /** Check configuration (solieu.config.json); the documented defaults when absent. */
  checks?: CheckConfig;
}

function toContractSection(s: SectionNode): Section {
  return { number: s.number, title: s.title, level: s.level, canonical: s.canonical, children: s.children.map(toContractSection) };
}

function flatSections(sections: SectionNode[], out: SectionInfo[] = []): SectionInfo[] {
  for (const s of sections) {
    out.push({ path: s.path, title: s.title, level: s.level, canonical: s.canonical });
    flatSections(s.children, out);
  }
  return out;
}

function toTextBlock(b: Block): TextBlock {
  const t: TextBlock = {
    kind: b.kind,
    text: b.text,
    start: b.start,
    end: b.end,
    section: b.section?.path ?? '',
    canonical: b.section?.canonical ?? null,
  };
  if (b.contentStart !== undefined) t.contentStart = b.contentStart;
  if (b.cells) t.cells = b.cells;
  t.offsets = b.offsets;
  return t;
}

/** What the checks need of a structure: blocks and sections in the check room's own shapes. */
export function checkInputOf(structure: Structure) {
  return { blocks: structure.blocks.map(toTextBlock), sections: flatSections(structure.sections) };
}

/** structure → extract → check over the Markdown pivot. The part nightly reprocessing re-runs. */
export function analyseMarkdown(markdown: string, sha256: string, options: AnalyseOptions = {}): Analysis {
  // The texts of the report read before are not this one's: their foldings and figures go.
  forgetTexts();
  const structure = readStructure(markdown);
  const records = extractRecords(structure);
  const { agency, province, period } = structure.metadata;
  const flags = checkReport(
    { sha256, agency, province, period, records, markdown, ...checkInputOf(structure) },
    options.checks,
  );
  return {
    ...structure.metadata,
    sections: structure.sections.map(toContractSection),
    records,
    flags,
  };
}
