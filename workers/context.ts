/** What every processor gets: the store, the sandboxed converter, the rules in force, the logger. */
import type { CheckConfig } from '../src/check/index.ts';
import type { Store } from '../src/store/index.ts';
import type { ConvertPool } from './convert-pool.ts';
import type { Logger } from './log.ts';

export interface WorkerContext {
  store: Store;
  pool: ConvertPool;
  rulesVersion: string;
  checks?: CheckConfig;
  log: Logger;
}
