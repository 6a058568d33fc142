/**
 * A worker's life in miniature: process the whole bad-input corpus, in a row, several times, in
 * one process, and report each file's outcome and the heap after each pass (after a full GC).
 *
 *   node --expose-gc --import tsx test/convert/helpers/run-corpus.ts [passes]
 *
 * Prints one JSON line: { outcomes: { file: code | "reads" }[], heapMB: number[], rssMB: number[] }.
 * Files that need LibreOffice or Tesseract are processed in the first pass only (their work
 * happens in child processes anyway).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processReport } from '../../../pipelines/process-report.ts';

const DIR = join(import.meta.dirname, '../../../fixtures/bad');
const manifest = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, { requires?: string }>;
const passes = Number(process.argv[2] ?? 3);
const gc = (globalThis as { gc?: () => void }).gc;

const MB = 1024 * 1024;
const outcomes: Array<Record<string, string>> = [];
const heapMB: number[] = [];
const rssMB: number[] = [];
for (let pass = 0; pass < passes; pass++) {
  const seen: Record<string, string> = {};
  for (const [name, entry] of Object.entries(manifest)) {
    if (pass > 0 && entry.requires !== undefined) continue;
    const bytes = new Uint8Array(readFileSync(join(DIR, name)));
    const { report } = await processReport(bytes, name);
    seen[name] = report.errors[0]?.code ?? 'reads';
  }
  outcomes.push(seen);
  gc?.();
  await new Promise((r) => setTimeout(r, 50));
  gc?.();
  heapMB.push(Math.round(process.memoryUsage().heapUsed / MB));
  rssMB.push(Math.round(process.memoryUsage().rss / MB));
}
process.stdout.write(`${JSON.stringify({ outcomes, heapMB, rssMB, gc: gc !== undefined })}\n`);
