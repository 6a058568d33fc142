/**
 * Reading many report files at once, up to one per core: the calling thread reads too, and
 * (cores − 1) helper threads (src/threads/helper-thread.ts) take the next file as they finish
 * one. Results come back in the order of the input, whatever order they finished in; a helper
 * that fails leaves its files to the calling thread. The helpers are stopped when the files are
 * read.
 *
 * The helpers load this same module: from the bundle the `solieu` command runs
 * (SOLIEU_BUNDLE_DIR, see bin/load.js), or from the TypeScript source through tsx.
 */
import { readFile } from 'node:fs/promises';
import type { CheckConfig } from '../src/check/index.ts';
import type { Report } from '../src/schema/report.ts';
import { processReport } from './process-report.ts';
import { defaultJobs, helperPool, serveHelper, shareOut } from '../src/threads/helper-thread.ts';

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

interface BatchAsk {
  path: string;
  checks: CheckConfig;
}

const helpers = helperPool<BatchAsk, FileRead>({ bundleName: 'batch-pool', source: new URL(import.meta.url) });

/** Read every file, up to `jobs` at once; results in input order. */
export async function readReportFiles(paths: readonly string[], options: BatchOptions): Promise<FileRead[]> {
  const out: FileRead[] = new Array(paths.length);
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), paths.length));
  // With other threads reading files, a long PDF's pages are read by its own thread alone.
  const threads = jobs > 1 ? 1 : undefined;
  // With a few files the helpers' start-up would cost more than they save.
  const helping = jobs === 1 || paths.length < 3 ? 0 : jobs - 1;
  try {
    await shareOut(
      paths.length,
      helping,
      async (i) => {
        out[i] = await readReportFile(paths[i]!, options.checks, threads);
        options.onDone?.(paths[i]!);
      },
      async (k, i) => {
        const read = await helpers.ask(k, { path: paths[i]!, checks: options.checks }).catch(() => null);
        if (read === null) return false;
        out[i] = read;
        options.onDone?.(paths[i]!);
        return true;
      },
    );
  } finally {
    if (helping > 0) await helpers.stop();
  }
  return out;
}

// A helper thread of the pool: reads the files it is given, on its own thread.
serveHelper<BatchAsk, FileRead>('batch-pool', async ({ path, checks }) => ({ answer: await readReportFile(path, checks, 1) }));
