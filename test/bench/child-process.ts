/** Run a bench script in a fresh Node process (bundled, or through tsx) and read the JSON it prints last. */
import { spawn } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = dirname(fileURLToPath(import.meta.url));
export const repoDir = join(benchDir, '..', '..');

export interface ChildOptions {
  nodeArgs?: string[];
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

let bundleDir: string | null = null;

/** Run the children from this bundle (test/bench/bundle.ts) instead of through tsx. */
export function useBundle(dir: string | null): void {
  bundleDir = dir;
}

export function runChild<T>(script: string, args: string[], o: ChildOptions = {}): Promise<T> {
  const name = basename(script).replace(/\.ts$/, '');
  const entry = bundleDir ? [join(bundleDir, `${name}.mjs`)] : ['--import', 'tsx', join(benchDir, script)];
  const nodeArgs = ['--expose-gc', ...(o.nodeArgs ?? [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, ...entry, ...args], {
      cwd: repoDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      // A bundled child starts the sources' own threads and processes from the same bundle.
      env: bundleDir ? { ...(o.env ?? process.env), SOLIEU_BUNDLE_DIR: bundleDir } : (o.env ?? process.env),
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 300_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').pop() ?? '';
      try {
        if (code !== 0) throw new Error(`exit ${code}`);
        resolve(JSON.parse(last) as T);
      } catch (e) {
        reject(new Error(`${script} ${args.join(' ')} failed (${(e as Error).message}):\n${err.slice(-2000)}`));
      }
    });
  });
}

/** Wall time of a whole `node <args>` process (exit 0, or 1 — solieu extract's "error-level flags" — counts as a full run). */
export function timed(args: string[], env?: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, args, { cwd: repoDir, stdio: ['ignore', 'ignore', 'pipe'], ...(env ? { env: { ...process.env, ...env } } : {}) });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => {
      // solieu extract exits 1 when a report carries an error-level flag: still a full run.
      if (code === 0 || code === 1) resolve(performance.now() - t);
      else reject(new Error(`${args.join(' ')} → exit ${code}: ${err.slice(-500)}`));
    });
  });
}
