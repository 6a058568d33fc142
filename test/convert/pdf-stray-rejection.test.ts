/**
 * A rejection pdf.js starts itself and nobody awaits (a damaged file's late XRef error, after its
 * document was destroyed) must not end a process that is converting a folder: it is outlived with a
 * warning. Any other unhandled rejection still ends the process, as Node's default does.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const run = (name: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'test/convert/helpers/stray-rejection.ts', name], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('rejections left unhandled after a PDF conversion', () => {
  it('outlives one of pdf.js’s own exceptions, with a warning', { timeout: 60_000 }, () => {
    const child = run('XRefEntryException');
    expect(child.stdout).toContain('alive pdf');
    expect(child.status).toBe(0);
    expect(child.stderr).toMatch(/XRefEntryException.*left unhandled/);
  });

  it('still ends the process for any other rejection', { timeout: 60_000 }, () => {
    const child = run('TypeError');
    expect(child.stdout).not.toContain('alive');
    expect(child.status).not.toBe(0);
    expect(child.stderr).toContain('Bad (uncompressed) XRef entry');
  });
});
