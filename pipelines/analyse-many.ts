/**
 * Many stored reports analysed on every core: this thread and (threads − 1) analysis helpers
 * (analyse-helpers.ts) each take the next report as they finish one. The analyses come back in
 * the order of the input and are those analyseMarkdown gives here; a helper that fails leaves its
 * report to this thread. Few reports are analysed here alone: a helper's start would cost more.
 */
import type { CheckConfig } from '../src/check/index.ts';
import { defaultJobs, shareOut } from '../src/threads/helper-thread.ts';
import { analyseMarkdown, type Analysis } from './analyse-markdown.ts';
import { analyseInHelper } from './analyse-helpers.ts';
import type { Analyse } from './reprocess-report.ts';

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
  /** An analysis of the caller's own (tests swap in a changed rule set): it runs in this thread alone. */
  analyse?: Analyse;
  /** Called as each report is done, in the order they finish, with the helper that did it (−1: this thread). */
  onDone?: (helper: number) => void;
}

export async function analyseMany(jobs: readonly AnalyseJob[], options: AnalyseManyOptions = {}): Promise<Analysis[]> {
  const { checks, analyse = analyseMarkdown } = options;
  const out: Analysis[] = new Array(jobs.length);
  const wanted = options.analyse ? 1 : (options.threads ?? defaultJobs());
  const threads = Math.max(1, Math.min(wanted, Math.floor(jobs.length / MIN_REPORTS_PER_THREAD)));
  await shareOut(
    jobs.length,
    threads - 1,
    (i) => {
      out[i] = analyse(jobs[i]!.markdown, jobs[i]!.sha256, checks ? { checks } : {});
      options.onDone?.(-1);
    },
    async (k, i) => {
      const ask = { markdown: jobs[i]!.markdown, sha256: jobs[i]!.sha256, ...(checks ? { checks } : {}) };
      const analysis = await analyseInHelper(k, ask).catch(() => null);
      if (analysis === null) return false;
      out[i] = analysis;
      options.onDone?.(k);
      return true;
    },
  );
  return out;
}
