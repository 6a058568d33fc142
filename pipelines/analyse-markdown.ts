import { readStructure } from '../src/structure/index.ts';
import { extractRecords } from '../src/extract/index.ts';
import { checkReport } from '../src/check/index.ts';
import type { Report } from '../src/schema/report.ts';
import type { SectionNode } from '../src/structure/types.ts';
import type { Section } from '../src/schema/report.ts';

export type Analysis = Pick<
  Report,
  'agency' | 'province' | 'period' | 'periodLabel' | 'documentNumber' | 'documentDate' | 'sections' | 'records' | 'flags'
>;

function toContractSection(s: SectionNode): Section {
  return { number: s.number, title: s.title, level: s.level, canonical: s.canonical, children: s.children.map(toContractSection) };
}

function canonicalsOf(sections: SectionNode[], out: Set<string> = new Set()): Set<string> {
  for (const s of sections) {
    if (s.canonical) out.add(s.canonical);
    canonicalsOf(s.children, out);
  }
  return out;
}

/** structure → extract → check over the Markdown pivot. The part nightly reprocessing re-runs. */
export function analyseMarkdown(markdown: string, sha256: string): Analysis {
  const structure = readStructure(markdown);
  const records = extractRecords(structure);
  const flags = checkReport({
    sha256,
    period: structure.metadata.period,
    records,
    sectionsPresent: [...canonicalsOf(structure.sections)],
  });
  return {
    ...structure.metadata,
    sections: structure.sections.map(toContractSection),
    records,
    flags,
  };
}
