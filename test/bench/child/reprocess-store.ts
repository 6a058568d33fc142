/**
 * The product's own reprocess pipeline (pipelines/reprocess.ts: chunks, analysis on every core,
 * cross-report checks against the store, comparing with the stored versions) over a SQLite store
 * of the given folder's reports, with 1 and 2 analysis threads in turn, after one warm-up run of
 * each. Usage: reprocess-store.ts <folder> <db> <rounds>
 * Prints JSON last: { documents, written, one: ms[], two: ms[] }.
 */
import { reprocess } from '../../../pipelines/reprocess.ts';
import { stopAnalyseHelpers } from '../../../pipelines/analyse-helpers.ts';
import { runIngest } from '../../../src/cli/commands/ingest.ts';
import { openStore } from '../../../src/store/index.ts';

const [folder = '', db = '', roundsArg = '3'] = process.argv.slice(2);
if ((await runIngest([folder], { inline: true, db })) !== 0) throw new Error('ingest failed');
const store = await openStore(db);
const run = async (threads: number): Promise<{ ms: number; documents: number; written: number }> => {
  const t0 = performance.now();
  const { summary } = await reprocess(store, { all: true }, { threads });
  return { ms: performance.now() - t0, documents: summary.documents, written: summary.written };
};
await run(1);
await run(2);
const one: number[] = [];
const two: number[] = [];
let last = { ms: 0, documents: 0, written: 0 };
for (let r = 0; r < Number(roundsArg); r++) {
  // which goes first alternates
  for (const threads of r % 2 === 0 ? [1, 2] : [2, 1]) {
    last = await run(threads);
    (threads === 1 ? one : two).push(last.ms);
  }
}
await store.close();
await stopAnalyseHelpers();
console.log(JSON.stringify({ documents: last.documents, written: last.written, one, two }));
