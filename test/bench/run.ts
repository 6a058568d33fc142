/**
 * `npm run bench`: build (or reuse) the corpus, then measure side by side — per document, reprocess,
 * queue, memory, CLI — print the figures with their targets and rewrite BENCHMARKS.md.
 *
 *   npm run bench                      everything, BENCHMARKS.md rewritten
 *   npm run bench -- --quick           fewer repetitions (BENCHMARKS.md untouched)
 *   npm run bench -- --only cli,memory a subset (BENCHMARKS.md untouched)
 */
import { dirname } from 'node:path';
import { loadavg } from 'node:os';
import { buildBenchBundle } from './bundle.ts';
import { useBundle } from './child-process.ts';
import { ensureCorpus } from './corpus/ensure.ts';
import { ensureMarkdown } from './corpus/markdown.ts';
import { renderResults, writeBenchmarks, benchmarksPath, RUN_TARGET_S } from './report.ts';
import { cli } from './sections/cli.ts';
import { memory } from './sections/memory.ts';
import { perDocument } from './sections/per-document.ts';
import { queue } from './sections/queue.ts';
import { reprocess, type Bucket } from './sections/reprocess.ts';
import type { BenchContext, SectionResult } from './sections/types.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const only = onlyArg ? new Set(onlyArg.split(',')) : null;
const want = (id: string): boolean => only === null || only.has(id);
/** Every section at full repetitions: only such a run rewrites BENCHMARKS.md and is held to its time bound. */
const complete = only === null && !quick;
const log = (s: string): void => void process.stderr.write(`${s}\n`);
let measuringFrom = Number.NaN;
const ctx: BenchContext = { quick, log, secondsLeft: () => RUN_TARGET_S - (performance.now() - measuringFrom) / 1000 };

const startedAt = new Date();
const t0 = performance.now();
const loadBefore = loadavg();
const corpus = await ensureCorpus(log);
const bundle = await buildBenchBundle();
useBundle(bundle);
log(bundle ? `children run from an esbuild bundle (${bundle})` : 'esbuild not available: children run through tsx');
const mdPath = await ensureMarkdown(corpus.folderDocx, log);
// Building the corpus happens once per corpus version; the run's bound is for the measuring.
measuringFrom = performance.now();
const sections: SectionResult[] = [];
const step = async (id: string, title: string, f: () => Promise<SectionResult>): Promise<void> => {
  if (!want(id)) return;
  log(`${title} …`);
  const r = await f();
  sections.push(r);
  log(`${title}: ${r.seconds.toFixed(0)} s`);
};

await step('per-document', '1. per document', () => perDocument(corpus, ctx));
let buckets: Bucket[] = [];
let done = 0;
await step('reprocess', '2. reprocess', async () => {
  // the same 200 reports, as the .docx files they were read from
  const r = await reprocess(mdPath, dirname(corpus.folderDocx[0] ?? ''), ctx);
  buckets = r.buckets;
  done = r.done;
  return r.result;
});
await step('queue', '3. queue', () => queue(corpus, ctx));
await step('memory', '4. memory', () => memory(corpus, buckets, done, ctx));
await step('cli', '5. solieu extract', () => cli(corpus, ctx));
sections.sort((a, b) => a.title.localeCompare(b.title));

const results = renderResults(sections, {
  startedAt,
  seconds: (performance.now() - t0) / 1000,
  measuringSeconds: (performance.now() - measuringFrom) / 1000,
  complete,
  loadBefore,
  loadAfter: loadavg(),
  corpusBuilt: corpus.built.length,
  soffice: corpus.soffice,
  bundled: bundle !== null,
});
process.stdout.write(`${results}\n`);
if (complete) {
  writeBenchmarks(results);
  log(`written: ${benchmarksPath}`);
} else log('(subset or --quick: BENCHMARKS.md not rewritten)');
