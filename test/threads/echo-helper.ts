/** A helper thread for helper-thread.test.ts: doubles `n`, fails on `fail`, never answers `hang`. */
import { threadId } from 'node:worker_threads';
import { serveHelper } from '../../src/threads/helper-thread.ts';

interface Ask {
  n: number;
  fail?: boolean;
  hang?: boolean;
}

serveHelper<Ask, { doubled: number; thread: number }>('echo-helper', async ({ n, fail, hang }) => {
  if (fail) throw new RangeError(`cannot double ${n}`);
  if (hang) for (;;);
  return { answer: { doubled: 2 * n, thread: threadId } };
});
