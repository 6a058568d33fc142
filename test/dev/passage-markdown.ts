/**
 * Shared by the development harnesses (score-dev.ts, score-passages.ts): a passage's plain text
 * as the Markdown pivot (one paragraph per line, a leading "1." / "2.2." / "1)" escaped so remark
 * keeps it a paragraph; consecutive "| … |" lines kept as one table), and the analysis of every passage file in a folder.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyseMarkdown } from '../../pipelines/analyse-markdown.ts';
import type { Analysis } from '../../pipelines/analyse-markdown.ts';

export function passageMarkdown(text: string): string {
  // Rows written as "| a | b |" on consecutive lines stay one Markdown table.
  return text
    .replace(/^\s*\|.*\|\s*$(?:\n\s*\|.*\|\s*$)*/gm, (rows) => rows.replace(/\n/g, '\u0000'))
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.replace(/^(\d+)([.)])/, '$1\\$2').replace(/\u0000\s*/g, '\n'))
    .join('\n\n');
}

/** Runs analyseMarkdown over each `<id>.json` ({ text }) in `dir` whose id matches `idPattern`, in id order. */
export function analysePassages(
  dir: string,
  idPattern: RegExp,
  only: ReadonlySet<string> = new Set(),
): Array<{ source: string } & Analysis> {
  const reports: Array<{ source: string } & Analysis> = [];
  for (const f of readdirSync(dir).sort()) {
    const id = f.replace(/\.json$/, '');
    if (!f.endsWith('.json') || !idPattern.test(id)) continue;
    if (only.size && !only.has(id)) continue;
    const passage = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string };
    reports.push({ source: id, ...analyseMarkdown(passageMarkdown(passage.text), id) });
  }
  return reports;
}
