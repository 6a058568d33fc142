/**
 * Many stored reports analysed on every core: this thread and (threads − 1) analysis helpers
 * (analyse-helpers.ts) each take the next report as they finish one. The analyses come back in
 * the order of the input and are those analyseMarkdown gives here; a helper that fails leaves its
 * report to this thread. Few reports are analysed here alone: a helper's start would cost more.
 */
import type { CheckConfig } from '../src/check/index.ts';
import { defaultJobs } from '../src/threads/helper-thread.ts';
import { analyseMarkdown, type Analysis } from './analyse-markdown.ts';
import { analyseInHelper } from './analyse-helpers.ts';

/** Fewer reports than this per thread and this thread analyses them all. */
export const MIN_REPORTS_PER_THREAD = 8;

export interface AnalyseJob {
  markdown: string;
  sha256: string;
}

export interface AnalyseManyOptions {
  checks?: CheckConfig;
  /** Threads in all, this one included (default: SOLIEU_JOBS, else the cores). */
  threads?: number;
  /** Called as each report is done, in the order they finish, with the helper that did it (−1: this thread). */
  onDone?: (helper: number) => void;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function analyseMany(jobs: readonly AnalyseJob[], options: AnalyseManyOptions = {}): Promise<Analysis[]> {
  const { checks } = options;
  const out: Analysis[] = new Array(jobs.length);
  const here = (i: number): void => {
    out[i] = analyseMarkdown(jobs[i]!.markdown, jobs[i]!.sha256, checks ? { checks } : {});
    options.onDone?.(-1);
  };
  const threads = Math.max(1, Math.min(options.threads ?? defaultJobs(), Math.floor(jobs.length / MIN_REPORTS_PER_THREAD)));
  let next = 0;
  const take = (): number | undefined => (next < jobs.length ? next++ : undefined);

  // This thread: one report, then a turn of the event loop, so the helpers' answers are taken and
  // their next reports given (and a queue worker's lock renewed) between two of its own.
  const inThisThread = async (): Promise<void> => {
    for (let i = take(); i !== undefined; i = take()) {
      here(i);
      if (threads > 1) await tick();
    }
  };
  // A helper has its next report before it finishes the one in hand: this thread answers only
  // between two of its own reports, and a helper with nothing queued would wait that long.
  // A helper that failed once is not asked again in this call: this thread takes its share.
  const inHelper = async (k: number): Promise<void> => {
    let failed = false;
    const one = async (i: number): Promise<void> => {
      const ask = { markdown: jobs[i]!.markdown, sha256: jobs[i]!.sha256, ...(checks ? { checks } : {}) };
      const analysis = failed ? null : await analyseInHelper(k, ask).catch(() => null);
      if (analysis === null) {
        failed = true;
        here(i);
        await tick();
      } else {
        out[i] = analysis;
        options.onDone?.(k);
      }
    };
    const lane = async (): Promise<void> => {
      for (let i = take(); i !== undefined; i = take()) await one(i);
    };
    await Promise.all([lane(), lane()]);
  };
  await Promise.all([inThisThread(), ...Array.from({ length: threads - 1 }, (_, k) => inHelper(k))]);
  return out;
}
