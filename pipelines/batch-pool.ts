/**
 * Reading many report files at once, up to one per core: the calling thread reads too, and
 * (cores − 1) worker threads take the next file as they finish one. Results come back in the
 * order of the input, whatever order they finished in.
 *
 * The workers load this same module: from the bundle the `solieu` command runs
 * (SOLIEU_BUNDLE_DIR, see bin/load.js), or from the TypeScript source through tsx.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { CheckConfig } from '../src/check/index.ts';
import type { Report } from '../src/schema/report.ts';
import { processReport } from './process-report.ts';
import { defaultJobs } from '../src/threads/helper-thread.ts';

export interface FileRead {
  report: Report;
  /** The Markdown pivot, when the file could be converted. */
  markdown?: string;
}

function unreadable(path: string, code: 'file-not-found' | 'unreadable-file'): FileRead {
  const message = code === 'file-not-found' ? `Không tìm thấy tệp: ${path}` : `Không đọc được tệp: ${path}`;
  return {
    report: {
      source: path, sha256: '', format: 'unknown', agency: null, province: null, period: null, periodLabel: null,
      sections: [], records: [], flags: [], errors: [{ code, message }],
    },
  };
}

/**
 * One file: read → processReport, the checks run with the given configuration in the same pass.
 * `threads` 1 when other files are being read at the same time (the cores are taken).
 */
export async function readReportFile(path: string, checks: CheckConfig, threads?: number): Promise<FileRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return unreadable(path, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file-not-found' : 'unreadable-file');
  }
  const { report, conversion } = await processReport(bytes, path, { checks, threads });
  if (!conversion) return { report };
  return { report, markdown: conversion.markdown };
}

export interface BatchOptions {
  checks: CheckConfig;
  /** Files read at once (default: the number of cores; SOLIEU_JOBS overrides). */
  jobs?: number;
  /** Called as each file is done (in the order they finish). */
  onDone?: (path: string) => void;
}

type Ask = { i: number; path: string };
type Answer = { i: number; read: FileRead } | { i: number; error: string };

function startWorker(checks: CheckConfig): Worker {
  const data = { solieuBatch: true, checks };
  const bundle = process.env.SOLIEU_BUNDLE_DIR;
  if (bundle) return new Worker(join(bundle, 'batch-pool.mjs'), { workerData: data });
  // From the sources: the worker registers tsx itself (Node 20 does not pass the loader on).
  const self = JSON.stringify(import.meta.url);
  return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${self}); });`, { eval: true, workerData: data });
}

/** Read every file, up to `jobs` at once; results in input order. */
export async function readReportFiles(paths: readonly string[], options: BatchOptions): Promise<FileRead[]> {
  const out: FileRead[] = new Array(paths.length);
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), paths.length));
  let next = 0;
  const take = (): Ask | undefined => (next < paths.length ? { i: next, path: paths[next++]! } : undefined);

  // With other threads reading files, a long PDF's pages are read by its own thread alone.
  const threads = jobs > 1 ? 1 : undefined;
  const inThisThread = async (): Promise<void> => {
    for (let a = take(); a; a = take()) {
      out[a.i] = await readReportFile(a.path, options.checks, threads);
      options.onDone?.(a.path);
    }
  };
  // With a few files the workers' start-up would cost more than they save.
  if (jobs === 1 || paths.length < 3) {
    await inThisThread();
    return out;
  }

  // A worker is given its next file before it finishes the one in hand: this thread reads files
  // too, and answers only between two of its own steps, during which a worker with nothing
  // queued would wait.
  const inWorker = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      let inHand = 0;
      const give = (): void => {
        const a = take();
        if (a) {
          worker.postMessage(a);
          inHand++;
        } else if (inHand === 0) resolve();
      };
      worker.on('message', (m: Answer) => {
        if ('error' in m) {
          reject(new Error(m.error));
          return;
        }
        inHand--;
        out[m.i] = m.read;
        options.onDone?.(paths[m.i]!);
        give();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`batch worker exited with ${code}`))));
      give();
      give();
    });

  const workers = Array.from({ length: jobs - 1 }, () => startWorker(options.checks));
  try {
    await Promise.all([inThisThread(), ...workers.map(inWorker)]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}

// A worker thread of the pool: read what it is given until it is terminated.
const data = workerData as { solieuBatch?: boolean; checks?: CheckConfig } | null;
if (!isMainThread && parentPort && data?.solieuBatch && data.checks) {
  const port = parentPort;
  const checks = data.checks;
  port.on('message', (a: Ask) => {
    readReportFile(a.path, checks, 1).then(
      (read) => port.postMessage({ i: a.i, read } satisfies Answer),
      (e: unknown) => port.postMessage({ i: a.i, error: e instanceof Error ? e.message : String(e) } satisfies Answer),
    );
  });
}
