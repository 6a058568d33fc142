/** An analysis helper thread (analyse-helpers.ts): analyseMarkdown for each report it is sent. */
import { serveHelper } from '../src/threads/helper-thread.ts';
import { analyseMarkdown, type Analysis } from './analyse-markdown.ts';
import type { AnalyseAsk } from './analyse-helpers.ts';

serveHelper<AnalyseAsk, Analysis>('analyse-worker', async ({ markdown, sha256, checks }) => ({
  answer: analyseMarkdown(markdown, sha256, checks ? { checks } : {}),
}));
