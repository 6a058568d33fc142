/**
 * 3. Queue: end-to-end reports/s through `solieu worker` processes (one report at a time each) on
 * the real Redis, with 1 and with 2 processes, per format; and the queue's overhead over the
 * pipeline's own time (the same files through processReport in one process).
 */
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Redis } from 'ioredis';
import { benchDir, runChild, timed } from '../child-process.ts';
import { busySince, cpuSnapshot } from '../cpu-busy.ts';
import { cpus } from 'node:os';
import { corpusDir, type Corpus } from '../corpus/ensure.ts';
import { met, ms, num, ratio, summarize } from '../stats.ts';
import type { BenchContext, SectionResult, Target } from './types.ts';

interface ChildOut {
  workers: number;
  files: number;
  queueMs: number;
  /** Share of the machine's CPUs busy during the queued batch (null off Linux). */
  busy: number | null;
  inlineMs: number;
  pipelineMs: number;
}

const SCALE_TARGET: Record<string, number> = { '.pdf': 1.6, '.docx': 1.25 };
export const OVERHEAD_TARGET = 0.05;
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

async function redisUp(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

function stage(files: string[], dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of files) copyFileSync(f, join(dir, basename(f)));
  return dir;
}

export async function queue(corpus: Corpus, ctx: BenchContext): Promise<SectionResult> {
  const t0 = performance.now();
  const url = process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const pending = (why: string): SectionResult => ({
    id: 'queue',
    title: '3. Queue scaling (real Redis)',
    body: `Not measured: ${why}.`,
    targets: [
      { what: 'queue, 2 processes / 1, .pdf', value: `not measured: ${why}`, target: '≥ 1.6×', ok: null },
      { what: 'queue, 2 processes / 1, .docx', value: `not measured: ${why}`, target: '≥ 1.25×', ok: null },
      { what: 'queue overhead / pipeline time', value: `not measured: ${why}`, target: '≤ 5%', ok: null },
    ],
    seconds: (performance.now() - t0) / 1000,
  });
  if (!existsSync(join(corpusDir, '..', '..', '..', 'workers', 'run-workers.ts'))) return pending('the queue workers are not there yet');
  if (!(await redisUp(url))) return pending(`no Redis at ${url}`);

  const n = ctx.quick ? 12 : 60;
  // Every worker process (and its converter child) warms up on a few reports of the format first.
  const warmCount = ctx.quick ? 2 : 8;
  const rows: string[] = [];
  const rawRows: string[] = [];
  const busyRows: string[] = [];
  const cores = cpus().length;
  const targets: Target[] = [];
  for (const format of ['.docx', '.pdf'] as const) {
    const files = corpus.folderFiles.filter((f) => f.endsWith(format));
    if (files.length < n + warmCount) {
      rows.push(`| ${format} | skipped: ${files.length} files of this format in the corpus | | | |`);
      continue;
    }
    const base = join(corpusDir, 'queue', format.slice(1));
    const warm = stage(files.slice(0, warmCount), join(base, 'warm'));
    const measured = stage(files.slice(warmCount, warmCount + n), join(base, 'measured'));
    const out: ChildOut[] = [];
    for (const w of [1, 2]) {
      ctx.log(`  ${format}: ${w} worker process(es) × ${n} reports`);
      out.push(await runChild<ChildOut>('child/queue.ts', [String(w), warm, measured], { timeoutMs: 300_000 }));
    }
    const [one, two] = out as [ChildOut, ChildOut];
    // The converter alone on the same files, one process and two at once: how far this machine lets it scale.
    ctx.log(`  ${format}: the raw converter alone, 1 and 2 processes`);
    const rawScript = [join(benchDir, 'child', 'raw-folder.mjs'), measured];
    await timed(rawScript); // warm the file cache
    const rawCpu = cpuSnapshot();
    const raw1 = await timed(rawScript);
    const rawBusy = busySince(rawCpu);
    const raw2 = Math.max(...(await Promise.all([timed(rawScript), timed(rawScript)])));
    const rawScale = (2 * raw1) / raw2;
    rawRows.push(`| ${format} | ${format === '.pdf' ? 'pdf-parse getText' : 'mammoth extractRawText'} | ${ms(raw1)} | ${ms(raw2)} (each ${n}) | **${ratio(rawScale)}** |`);
    const r1 = (one.files / one.queueMs) * 1000;
    const r2 = (two.files / two.queueMs) * 1000;
    const scale = r2 / r1;
    const pipeRate = (one.files / one.pipelineMs) * 1000;
    const inlineRate = (one.files / one.inlineMs) * 1000;
    const overhead = one.queueMs / one.inlineMs - 1;
    const overAll = one.queueMs / one.pipelineMs - 1;
    rows.push(
      `| ${format} | ${num(r1, 1)} reports/s (${ms(one.queueMs)}) | ${num(r2, 1)} reports/s (${ms(two.queueMs)}) | **${ratio(scale)}** | ` +
        `${num(inlineRate, 1)} reports/s → queue overhead **${pct(overhead)}** | ${num(pipeRate, 1)} reports/s → everything around it ${pct(overAll)} |`,
    );
    // What one process leaves of the machine bounds what a second one can add.
    const ceiling = (b: number | null): string => (b === null ? '–' : `${pct(b)} → at most **${ratio(Math.min(2, 1 / b))}**`);
    busyRows.push(`| ${format} | ${ceiling(one.busy)} | ${two.busy === null ? '–' : pct(two.busy)} | ${ceiling(rawBusy)} |`);
    const target = SCALE_TARGET[format] ?? 1.25;
    targets.push({ what: `queue, 2 processes / 1, ${format}`, value: ratio(scale), target: `≥ ${target}×`, ok: scale >= target });
    targets.push({
      what: `queue overhead over the same work inline, ${format} (1 process)`,
      value: pct(overhead),
      target: `≤ ${OVERHEAD_TARGET * 100}%`,
      ok: overhead <= OVERHEAD_TARGET,
    });
  }
  // The machine itself: a loop with no allocation, one process and two at once (median of 3).
  ctx.log('  the machine: a CPU-bound loop, 1 and 2 processes');
  const spin = [join(benchDir, 'child', 'spin.mjs'), '3000000000'];
  const spinOne: number[] = [];
  const spinTwo: number[] = [];
  for (let i = 0; i < (ctx.quick ? 1 : 3); i++) {
    spinOne.push(await timed(spin));
    spinTwo.push(Math.max(...(await Promise.all([timed(spin), timed(spin)]))));
  }
  const s1 = summarize(spinOne).median;
  const s2 = summarize(spinTwo).median;
  rawRows.push(`| – | a CPU-bound loop, no allocation (the machine itself) | ${ms(s1)} | ${ms(s2)} (each the same loop) | **${ratio((2 * s1) / s2)}** |`);
  const body = [
    '| format | 1 worker process | 2 worker processes | scaling | `ingest --inline` (same work, no queue) | processReport alone |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    `Each run: a fresh SQLite store, a unique Redis key prefix (deleted afterwards), \`solieu worker --concurrency 1\` processes started and ready, ` +
      `a warm-up batch of ${warmCount} reports, then \`ingest --wait\` of ${n} five-page reports timed from the call to the batch's end (storing the files, BullMQ, ` +
      'the converter child, analysis, writing records and flags, cross-report checks against the store, the batch summary). ' +
      'Queue overhead = queue time with one process / `ingest --inline` of the same files (same store writes and cross-report checks, ' +
      'converted in-process, no Redis) − 1. The last column compares with processReport alone (no store at all).',
    '',
    'The converter alone on the same files, for comparison — one process, then two processes at once, each over all of them; and a loop that only ' +
      'computes (medians of runs alternating one and two processes), for what the machine\'s CPUs give by themselves, a ceiling for every two-process figure:',
    '',
    '| format | converter | 1 process | 2 processes at once | scaling |',
    '|---|---|---|---|---|',
    ...rawRows,
    '',
    `How busy the machine's ${cores} CPUs were (/proc/stat: all processes and threads, garbage-collector threads included), and so how much a ` +
      'second process could add at most (all CPUs busy / busy with one):',
    '',
    '| format | 1 worker process (its converter child, Redis and the waiting ingest included) | 2 worker processes | the converter alone, 1 process |',
    '|---|---|---|---|',
    ...busyRows,
    '',
    `Targets: ${targets.map((t) => `${t.what} ${met(t.ok)}`).join('; ')}.`,
  ].join('\n');
  return { id: 'queue', title: '3. Queue scaling (real Redis)', body, targets, seconds: (performance.now() - t0) / 1000 };
}
