/**
 * Conversion under a hard time limit, out of the worker's process: a small pool of converter
 * children (convert-child.ts), one conversion at a time each. A child that does not answer in
 * time is killed (SIGKILL) and the file fails with `conversion-timeout`; a child that dies
 * (out of memory, crash) fails the attempt with ConverterCrashError, which the queue retries.
 * Either way the child is replaced and the worker goes on. Children start lazily and are kept.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, resolveLimits, type Conversion, type ConvertOptions } from '../src/convert/index.ts';
import type { Logger } from './log.ts';

/** The converter process died under a file (memory, crash): a passing failure, retried. */
export class ConverterCrashError extends Error {
  readonly code = 'convert-crashed';
  constructor(message: string) {
    super(message);
    this.name = 'ConverterCrashError';
  }
}

export interface ConvertPoolOptions {
  /** Children at most (one per concurrent job). */
  size: number;
  /** Hard limit on one conversion, in ms (default: the converter's own limit + 30 s). */
  timeoutMs?: number;
  /** Heap limit of a child, in MB (default 1536). */
  maxOldSpaceMb?: number;
  log?: Logger;
  /** The child module (tests point it at a misbehaving one). */
  childFile?: string;
}

export interface ConvertPool {
  convert(bytes: Uint8Array): Promise<Conversion>;
  /** Start one child ahead of the first job. */
  warm(): void;
  close(): Promise<void>;
}

interface Pending {
  id: number;
  resolve(c: Conversion): void;
  reject(e: Error): void;
  timer: NodeJS.Timeout;
  timedOut: boolean;
}

interface Slot {
  child: ChildProcess;
  ready: Promise<void>;
  busy: boolean;
  pending: Pending | undefined;
}

type Answer =
  | { id: number; ok: true; conversion: Conversion }
  | { id: number; ok: false; input?: { code: string; message: string }; error?: string };

const TSX_LOADER = import.meta.resolve('tsx');
const CHILD_FILE = fileURLToPath(new URL('./convert-child.ts', import.meta.url));

/**
 * The converter child to start: the bundled one when the `solieu` command runs from its bundle
 * (bin/load.js; precompiled, no loader thread, no transpiling at start), else the source through tsx.
 */
function childEntry(childFile: string | undefined): { file: string; loader: string[] } {
  const bundle = process.env['SOLIEU_BUNDLE_DIR'];
  if (childFile === undefined && bundle && existsSync(join(bundle, 'convert-child.mjs'))) {
    return { file: join(bundle, 'convert-child.mjs'), loader: [] };
  }
  return { file: childFile ?? CHILD_FILE, loader: ['--import', TSX_LOADER] };
}

export function createConvertPool(options: ConvertPoolOptions): ConvertPool {
  const limits = resolveLimits();
  const hardMs = options.timeoutMs ?? limits.timeoutMs + 30_000;
  // The child's own (soft) limits stay inside the hard one, so a cooperative file fails cleanly.
  const softMs = Math.max(1000, hardMs - 10_000);
  const childOptions: ConvertOptions = { timeoutMs: Math.min(limits.timeoutMs, softMs), ocrTimeoutMs: Math.min(limits.ocrTimeoutMs, softMs) };
  // Several children convert at once: each reads a long PDF's pages on its own thread.
  if (options.size > 1) childOptions.threads = 1;
  const slots = new Set<Slot>();
  const waiting: ((slot: Slot) => void)[] = [];
  let nextId = 1;
  let closed = false;

  function spawnSlot(): Slot {
    const entry = childEntry(options.childFile);
    const child = fork(entry.file, [], {
      execArgv: [...entry.loader, `--max-old-space-size=${options.maxOldSpaceMb ?? 1536}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    // What a dying converter says (out of memory, a native crash) goes to the log, a few lines per child.
    let said = 0;
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        if (line.trim() && said++ < 10) options.log?.warn('Tiến trình chuyển đổi báo lỗi', { pid: child.pid, text: line.slice(0, 500) });
      }
    });
    const slot: Slot = { child, busy: false, pending: undefined, ready: Promise.resolve() };
    slot.ready = new Promise<void>((resolve, reject) => {
      const onReady = (m: unknown) => {
        if ((m as { ready?: boolean })?.ready) {
          child.off('message', onReady);
          resolve();
        }
      };
      child.on('message', onReady);
      child.once('exit', (code, signal) => reject(new ConverterCrashError(`Tiến trình chuyển đổi không khởi động được (mã ${code ?? signal}).`)));
    });
    slot.ready.catch(() => undefined);
    child.on('message', (m: Answer) => {
      const p = slot.pending;
      if (!p || (m as { id?: number }).id !== p.id) return;
      slot.pending = undefined;
      clearTimeout(p.timer);
      if (m.ok) p.resolve(m.conversion);
      else if (m.input) p.reject(new InputError(m.input.code, m.input.message));
      else p.reject(new Error(m.error ?? 'Lỗi không rõ khi chuyển đổi.'));
    });
    child.on('error', (e) => options.log?.warn('Lỗi tiến trình chuyển đổi', { pid: child.pid, error: e }));
    child.on('exit', (code, signal) => {
      slots.delete(slot);
      const p = slot.pending;
      slot.pending = undefined;
      if (p) {
        clearTimeout(p.timer);
        if (p.timedOut) {
          const e = new InputError(
            'conversion-timeout',
            `Quá thời gian chuyển đổi tệp (${Math.round(hardMs / 1000)} giây); tiến trình chuyển đổi đã bị dừng. ` +
              'Tệp có thể bị hỏng hoặc quá phức tạp.',
          );
          p.reject(e);
        } else {
          p.reject(new ConverterCrashError(`Tiến trình chuyển đổi dừng đột ngột khi đọc tệp (mã ${code ?? signal}); có thể do thiếu bộ nhớ.`));
        }
      }
      if (!closed && waiting.length > 0) {
        const next = spawnSlot();
        next.busy = true;
        waiting.shift()!(next);
      }
    });
    slots.add(slot);
    return slot;
  }

  function acquire(): Promise<Slot> {
    for (const s of slots) {
      if (!s.busy) {
        s.busy = true;
        return Promise.resolve(s);
      }
    }
    if (slots.size < Math.max(1, options.size)) {
      const s = spawnSlot();
      s.busy = true;
      return Promise.resolve(s);
    }
    return new Promise((resolve) => waiting.push(resolve));
  }

  function release(slot: Slot): void {
    slot.busy = false;
    if (!slots.has(slot)) return;
    const next = waiting.shift();
    if (next) {
      slot.busy = true;
      next(slot);
    }
  }

  async function run(slot: Slot, bytes: Uint8Array): Promise<Conversion> {
    await slot.ready;
    return new Promise<Conversion>((resolve, reject) => {
      const id = nextId++;
      const pending: Pending = {
        id,
        resolve,
        reject,
        timedOut: false,
        timer: setTimeout(() => {
          pending.timedOut = true;
          options.log?.warn('Quá thời gian chuyển đổi: dừng tiến trình chuyển đổi', { pid: slot.child.pid, timeoutMs: hardMs });
          slot.child.kill('SIGKILL');
        }, hardMs),
      };
      slot.pending = pending;
      slot.child.send({ id, bytes, options: childOptions }, (error) => {
        if (!error || slot.pending !== pending) return;
        slot.pending = undefined;
        clearTimeout(pending.timer);
        reject(new ConverterCrashError(`Không gửi được tệp cho tiến trình chuyển đổi: ${error.message}`));
      });
    });
  }

  return {
    async convert(bytes) {
      if (closed) throw new Error('Bộ chuyển đổi đã đóng.');
      const slot = await acquire();
      try {
        return await run(slot, bytes);
      } finally {
        release(slot);
      }
    },
    warm() {
      if (slots.size === 0 && !closed) spawnSlot();
    },
    async close() {
      closed = true;
      const exits = [...slots].map(
        (s) =>
          new Promise<void>((resolve) => {
            if (s.child.exitCode !== null || s.child.signalCode !== null) return resolve();
            s.child.once('exit', () => resolve());
            s.child.kill('SIGTERM');
            setTimeout(() => s.child.kill('SIGKILL'), 3000).unref();
          }),
      );
      await Promise.all(exits);
    },
  };
}
