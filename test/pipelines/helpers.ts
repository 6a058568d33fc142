/** Shared bits of the pipeline tests: temp folders, captured stderr/stdout, planted fixture reports. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

export const FLAG_FIXTURES = new URL('../../fixtures/reports/flags/', import.meta.url).pathname;

export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies planted-inconsistency fixtures (by base name) into `dir`. */
export function copyFixtures(dir: string, names: readonly string[]): string[] {
  mkdirSync(dir, { recursive: true });
  return names.map((n) => {
    const to = join(dir, `${n}.docx`);
    copyFileSync(join(FLAG_FIXTURES, `${n}.docx`), to);
    return to;
  });
}

/** Two unreadable files of our own: not a Word file at all (a web page saved with a .docx name), and a .docx cut short. */
export function writeBadFiles(dir: string, goodDocx: string): string[] {
  mkdirSync(dir, { recursive: true });
  const text = join(dir, 'khong-phai-bao-cao.docx');
  writeFileSync(text, '<html><body><p>Đây là một trang web, không phải tài liệu Word.</p></body></html>\n');
  const cut = join(dir, 'bi-cat-ngan.docx');
  writeFileSync(cut, readFileSync(goodDocx).subarray(0, 300));
  return [text, cut];
}

/** Runs `fn` with process.stdout/stderr captured. */
export async function captured<T>(fn: () => Promise<T>): Promise<{ result: T; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const result = await fn();
    return { result, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
