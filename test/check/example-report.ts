/**
 * Turns a check example (a small document as lines, each with the records it states) into the
 * ReportInput the pipeline would give: Markdown, blocks with offsets, sections, and records
 * whose text is the sentence holding the figure, with the figure's own span (figureStart/End) —
 * without running structure or extraction.
 */
import { findNumbers } from '../../src/text/numbers.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { METRICS } from '../../src/extract/catalog.ts';
import type { ExampleLine } from '../../src/check/check.ts';
import type { ReportInput, SectionInfo, TextBlock } from '../../src/check/types.ts';
import type { Record } from '../../src/schema/record.ts';

const BULLET = /^\s*[-+*•–]\s/;

function cellsOf(text: string): string[] {
  return text
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .split('|')
    .map((c) => c.trim());
}

export function exampleReport(lines: ExampleLine[], period: string | null = '2023-Q2', sha256 = 'example-sha'): ReportInput {
  const blocks: TextBlock[] = [];
  const sections: SectionInfo[] = [];
  const records: Record[] = [];
  let markdown = '';
  let section = 'II';
  let canonical: string | null = null;
  for (const line of lines) {
    if (markdown) markdown += '\n\n';
    const start = markdown.length;
    markdown += line.text;
    const kind = line.kind ?? (BULLET.test(line.text) ? 'listItem' : 'paragraph');
    if (line.section !== undefined && line.section !== section) {
      section = line.section;
      canonical = null;
    }
    if (line.canonical !== undefined) canonical = line.canonical;
    const block: TextBlock = { kind, text: line.text, start, end: markdown.length, section, canonical };
    // The line is written as is: text offset i is Markdown offset start + i.
    block.offsets = Array.from({ length: line.text.length + 1 }, (_, i) => start + i);
    if (kind === 'heading') {
      const colon = line.text.indexOf(':');
      block.contentStart = colon >= 0 ? colon + 1 : line.text.length;
      const number = /^\s*([\dIVX]+(?:\.\d+)*|[a-zđ])[.),]/u.exec(line.text)?.[1] ?? '';
      const title = line.text.slice(number ? line.text.indexOf(number) + number.length + 1 : 0, colon >= 0 ? colon : undefined).trim();
      sections.push({ path: section, title, level: section.split('/').length, canonical });
    }
    if (kind === 'tableRow') block.cells = cellsOf(line.text);
    blocks.push(block);
    const sentences = splitSentences(line.text);
    const taken = new Set<string>();
    for (const r of line.records ?? []) {
      let placed = false;
      for (const s of sentences) {
        const mentions = findNumbers(s.text);
        const k = mentions.findIndex((m, j) => !taken.has(`${s.start}:${j}`) && Math.abs(m.value - r.value) < 1e-9);
        if (k < 0) continue;
        taken.add(`${s.start}:${k}`);
        const rec: Record = {
          metric: r.metric,
          value: r.value,
          unit: METRICS[r.metric]?.unit ?? 'dossier',
          dimensions: r.dims ?? {},
          section,
          canonicalSection: canonical,
          text: s.text,
          start: start + s.start,
          end: start + s.end,
          rule: r.rule ?? 'example',
          confidence: 1,
        };
        if (r.qualifier) rec.qualifier = r.qualifier;
        rec.figureStart = start + s.start + mentions[k]!.start;
        rec.figureEnd = start + s.start + mentions[k]!.end;
        records.push(rec);
        placed = true;
        break;
      }
      if (!placed) throw new Error(`example: figure ${r.value} (${r.metric}) not found in "${line.text}"`);
    }
  }
  return { sha256, period, records, blocks, sections, markdown: markdown + '\n' };
}
