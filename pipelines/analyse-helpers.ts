/**
 * Analysis helpers (src/threads/helper-thread.ts): threads that run analyseMarkdown for the
 * caller, so that reprocessing many stored reports uses every core. Each ask is one report's
 * Markdown; the answer is its Analysis (records and flags), the same as analyseMarkdown's here.
 * Their module is analyse-worker.ts.
 */
import type { CheckConfig } from '../src/check/index.ts';
import { helperPool } from '../src/threads/helper-thread.ts';
import type { Analysis } from './analyse-markdown.ts';

export interface AnalyseAsk {
  markdown: string;
  sha256: string;
  checks?: CheckConfig;
}

const helpers = helperPool<AnalyseAsk, Analysis>({ bundleName: 'analyse-worker', source: new URL('./analyse-worker.ts', import.meta.url) });

/** The analysis of one report's Markdown by helper number `k`. */
export function analyseInHelper(k: number, ask: AnalyseAsk): Promise<Analysis> {
  return helpers.ask(k, ask);
}

/** Stop every analysis helper (they start again when needed). */
export function stopAnalyseHelpers(): Promise<void> {
  return helpers.stop();
}
