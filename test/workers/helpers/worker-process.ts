/**
 * `solieu worker` as a real child process (node bin/solieu.js worker …), with its JSON log lines
 * collected; started once per suite and reused (tsx start-up is slow).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../bin/solieu.js', import.meta.url));

export interface WorkerProcess {
  child: ChildProcess;
  pid: number;
  logs: { [k: string]: unknown }[];
  /** Resolves when a log line matches (or rejects after `timeoutMs`). */
  waitForLog(match: (line: { [k: string]: unknown }) => boolean, timeoutMs?: number): Promise<{ [k: string]: unknown }>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface WorkerEnv {
  db: string;
  redisUrl: string;
  prefix: string;
  /** Where to append the raw log (for a failing test). */
  logFile?: string;
}

export function startWorker(env: WorkerEnv, args: string[] = []): WorkerProcess {
  const child = spawn(
    process.execPath,
    [BIN, 'worker', '--db', env.db, '--concurrency', '2', '--lock-duration', '4000', '--stalled-interval', '2000', '--shutdown-timeout', '15000', ...args],
    {
      env: { ...process.env, REDIS_URL: env.redisUrl, SOLIEU_QUEUE_PREFIX: env.prefix, DATABASE_URL: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const logs: { [k: string]: unknown }[] = [];
  const waiters: { match: (l: { [k: string]: unknown }) => boolean; resolve: (l: { [k: string]: unknown }) => void }[] = [];
  let buffer = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    if (env.logFile) appendFileSync(env.logFile, chunk);
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      let parsed: { [k: string]: unknown };
      try {
        parsed = JSON.parse(line) as { [k: string]: unknown };
      } catch {
        parsed = { level: 'raw', msg: line };
      }
      logs.push(parsed);
      for (const w of [...waiters]) {
        if (w.match(parsed)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(parsed);
        }
      }
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    pid: child.pid!,
    logs,
    exited,
    waitForLog(match, timeoutMs = 90_000) {
      const found = logs.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`worker ${child.pid}: no matching log line in ${timeoutMs} ms; last: ${JSON.stringify(logs.slice(-5))}`)), timeoutMs);
        waiters.push({ match, resolve: (l) => { clearTimeout(timer); resolve(l); } });
        void exited.then(({ code, signal }) => { clearTimeout(timer); reject(new Error(`worker ${child.pid} exited (${code ?? signal}); last: ${JSON.stringify(logs.slice(-5))}`)); });
      });
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export const isReady = (l: { [k: string]: unknown }) => l['msg'] === 'Đã sẵn sàng';
