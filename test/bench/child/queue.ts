/**
 * The queue end to end: N `solieu worker` processes (one report at a time each) on the real Redis
 * under a unique key prefix, a fresh SQLite store; `ingest --wait` of the measured files, timed
 * from the call to the batch's end, after a warm-up batch (one file per worker). Then, in this
 * process, the same files through `ingest --inline` (same store work, no queue) and through
 * processReport alone (the pipeline's own time).
 * Usage: queue.ts <workers> <warm-dir> <measured-dir>
 * Prints JSON: { workers, files, queueMs, busy, inlineMs, pipelineMs, stats }; `busy` is the share of
 * the machine's CPUs in use while the queue read the measured files (null off Linux).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropPrefix } from '../../workers/helpers/redis.ts';
import { processReport } from '../../../pipelines/process-report.ts';
import { runIngest } from '../../../src/cli/commands/ingest.ts';
import { openStore } from '../../../src/store/index.ts';
import { busySince, cpuSnapshot } from '../cpu-busy.ts';

const [workersArg = '1', warmDir = '', measuredDir = ''] = process.argv.slice(2);
const count = Number(workersArg);
const REDIS_URL = process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const prefix = `solieu-bench-${process.pid}-${randomBytes(3).toString('hex')}`;
const tmp = mkdtempSync(join(tmpdir(), 'solieu-bench-queue-'));
const db = join(tmp, 'solieu.db');
const BIN = new URL('../../../bin/solieu.js', import.meta.url).pathname;
process.env['REDIS_URL'] = REDIS_URL;
process.env['SOLIEU_QUEUE_PREFIX'] = prefix;


function startWorker(): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(process.execPath, [BIN, 'worker', '--db', db, '--concurrency', '1', '--queues', 'report,batch'], {
    env: { ...process.env, DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let buffer = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      buffer += chunk;
      if (buffer.includes('"msg":"Đã sẵn sàng"')) resolve();
      if (buffer.length > 100_000) buffer = buffer.slice(-10_000);
    });
    child.once('exit', (code) => reject(new Error(`worker exited (${code}): ${buffer.slice(-1000)}`)));
  });
  return { child, ready };
}

const quiet = async <T>(f: () => Promise<T>): Promise<T> => {
  // ingest prints its outcome on stdout, which carries our JSON: keep it for the end
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await f();
  } finally {
    process.stdout.write = write;
  }
};

const workers: { child: ChildProcess; ready: Promise<void> }[] = [];
try {
  const first = await openStore(db); // migrated before the workers open it
  await first.close();
  for (let i = 0; i < count; i++) workers.push(startWorker());
  await Promise.all(workers.map((w) => w.ready));
  if ((await quiet(() => runIngest([warmDir], { db, wait: true }))) !== 0) throw new Error('warm-up batch failed');
  const cpu = cpuSnapshot();
  const t0 = performance.now();
  const rc = await quiet(() => runIngest([measuredDir], { db, wait: true }));
  const queueMs = performance.now() - t0;
  const busy = busySince(cpu);
  if (rc !== 0) throw new Error(`ingest --wait exited ${rc}`);
  const store = await openStore(db);
  const stats = await store.stats();
  await store.close();

  // The same flow without the queue: `ingest --inline` (same store writes, in this process), fresh store.
  const inlineDb = join(tmp, 'inline.db');
  if ((await quiet(() => runIngest([warmDir], { db: inlineDb, inline: true }))) !== 0) throw new Error('inline warm-up failed');
  const ti = performance.now();
  if ((await quiet(() => runIngest([measuredDir], { db: inlineDb, inline: true }))) !== 0) throw new Error('inline ingest failed');
  const inlineMs = performance.now() - ti;

  // The pipeline alone over the same files, in this process (warm: the warm-up files first).
  const files = readdirSync(measuredDir).sort().map((f) => join(measuredDir, f));
  for (const f of readdirSync(warmDir)) await processReport(readFileSync(join(warmDir, f)), f);
  const t1 = performance.now();
  for (const f of files) await processReport(readFileSync(f), f);
  const pipelineMs = performance.now() - t1;
  console.log(JSON.stringify({ workers: count, files: files.length, queueMs, busy, inlineMs, pipelineMs, stats }));
} finally {
  for (const w of workers) w.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => new Promise((r) => (w.child.exitCode !== null ? r(null) : w.child.once('exit', r)))));
  await dropPrefix(REDIS_URL, prefix).catch(() => undefined);
  rmSync(tmp, { recursive: true, force: true });
}
