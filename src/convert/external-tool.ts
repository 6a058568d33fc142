/**
 * Optional system tools (LibreOffice, Tesseract, poppler): find them on PATH and run them under
 * a time limit, killing the whole process group when time is up or the caller aborts.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Absolute path of an executable on PATH, or undefined. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (name.includes('/')) return isExecutable(name) ? name : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface ToolResult {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  /** Killed because time ran out or the caller aborted. */
  killed: boolean;
}

export interface ToolOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Largest stdout kept, in bytes (default 64 MB); the tool is killed beyond it. */
  maxOutputBytes?: number;
}

/** Run `command args…` and collect its output; never throws for the tool's own failures. */
export function runTool(command: string, args: string[], options: ToolOptions): Promise<ToolResult> {
  const maxOut = options.maxOutputBytes ?? 64 * 1024 * 1024;
  return new Promise((resolve) => {
    let killed = false;
    let settled = false;
    const out: Buffer[] = [];
    let outBytes = 0;
    let stderr = '';
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // own process group, so helpers it forks die with it
    });
    const kill = (): void => {
      killed = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(kill, options.timeoutMs);
    timer.unref?.();
    const onAbort = (): void => kill();
    if (options.signal?.aborted) kill();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > maxOut) kill();
      else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 16_384) stderr += chunk.toString('utf8');
    });
    const finish = (code: number | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve({ code, stdout: Buffer.concat(out), stderr, killed });
    };
    child.on('error', (e) => {
      stderr += String(e);
      finish(null);
    });
    child.on('close', (code) => finish(code));
  });
}
