/** BENCHMARKS.md: the generated part sits between two markers; the hand-written notes around it are kept. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoDir } from './child-process.ts';
import { met } from './stats.ts';
import type { SectionResult } from './sections/types.ts';

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';
export const benchmarksPath = join(repoDir, 'BENCHMARKS.md');

export interface RunInfo {
  startedAt: Date;
  seconds: number;
  loadBefore: number[];
  loadAfter: number[];
  corpusBuilt: number;
  soffice: boolean;
  bundled: boolean;
  /** Seconds from the corpus being ready to the end: what the issue bounds to 10 minutes. */
  measuringSeconds: number;
  /** Every section at full repetitions (not --quick, not --only): only then is the bound judged. */
  complete: boolean;
}

/** `npm run bench` must finish in under 10 minutes. */
export const RUN_TARGET_S = 600;

export function machine(): string {
  const c = cpus();
  return `${c.length} × ${c[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform}`;
}

export function renderResults(sections: SectionResult[], info: RunInfo): string {
  const load = (l: number[]): string => l.map((x) => x.toFixed(2)).join(' / ');
  // The load after the run includes the bench's own two-core sections: only the load before says whether others were busy.
  const busy = (info.loadBefore[0] ?? 0) > cpus().length;
  const all = sections.flatMap((s) => s.targets.map((t) => ({ ...t, section: s.title.split(' ')[0] })));
  if (info.complete) {
    all.push({
      section: '–',
      what: '`npm run bench` itself (corpus cached)',
      value: `${info.measuringSeconds.toFixed(0)} s`,
      target: `< ${RUN_TARGET_S} s`,
      ok: info.measuringSeconds < RUN_TARGET_S,
    });
  }
  const lines = [
    `Run of ${info.startedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC on ${machine()}; \`npm run bench\` took ${info.seconds.toFixed(0)} s` +
      (info.corpusBuilt > 0 ? ` (including building ${info.corpusBuilt} corpus files)` : ' (corpus cached)') +
      `. Load average (1/5/15 min) before: ${load(info.loadBefore)}, after: ${load(info.loadAfter)}.`,
    ...(busy
      ? [
          '',
          `> **The machine was shared during this run** (load above the ${cpus().length} cores): absolute times are inflated; ` +
            'ratios measured side by side (alternating runs) are the robust figures, and the CPU-time ratios next to them.',
        ]
      : []),
    ...(info.soffice ? [] : ['', '> LibreOffice (soffice) is not installed: PDF rows were skipped.']),
    '',
    info.bundled
      ? 'Measured code runs precompiled (an esbuild bundle of the sources, as `bin/solieu.js` runs them), not through tsx.'
      : 'esbuild was not available: measured code ran through tsx (slower start, ~150 MB more per process).',
    '',
    '### Targets',
    '',
    '| § | figure | value | target | |',
    '|---|---|---|---|---|',
    ...all.map((t) => `| ${t.section} | ${t.what} | ${t.value} | ${t.target} | ${met(t.ok)} |`),
    '',
    ...sections.flatMap((s) => [`### ${s.title}`, '', s.body, '', `_(section took ${s.seconds.toFixed(0)} s)_`, '']),
  ];
  return lines.join('\n');
}

const SKELETON = `# Benchmarks

\`npm run bench\` (code in \`test/bench/\`) generates a corpus of 5-, 50- and 500-page reports as .docx
and .pdf once (cached in \`test/bench/.corpus/\`, gitignored), measures everything below side by side
in one run, prints it and rewrites the part of this file between the two markers. The notes after
the markers are written by hand.

${START}
${END}

## Optimisations

## Ideas left to the owners of the code
`;

export function writeBenchmarks(results: string): void {
  const old = existsSync(benchmarksPath) ? readFileSync(benchmarksPath, 'utf8') : SKELETON;
  const text = old.includes(START) && old.includes(END) ? old : SKELETON;
  const before = text.slice(0, text.indexOf(START) + START.length);
  const after = text.slice(text.indexOf(END));
  writeFileSync(benchmarksPath, `${before}\n${results}\n${after}`);
}
