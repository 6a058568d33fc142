/**
 * One process works through the whole bad-input corpus three times in a row (as a worker would):
 * every file ends with its expected outcome each time, the process survives, and the heap after
 * the later passes is back at its level after the first (caches warm, nothing retained per file).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSoffice } from '../../src/convert/doc.ts';
import { ocrTools } from '../../src/convert/ocr.ts';
import type { Expectation } from '../../fixtures/bad/manifest.ts';

const ROOT = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'fixtures/bad/expected.json'), 'utf8')) as Record<string, Expectation>;
const hasSoffice = findSoffice() !== undefined;
const hasOcr = typeof (await ocrTools()) !== 'string';

function expected(e: Expectation): string {
  const missing = (e.requires === 'soffice' && !hasSoffice) || (e.requires === 'ocr' && !hasOcr);
  return missing ? (e.without ?? e.expect) : e.expect;
}

interface Run {
  outcomes: Array<Record<string, string>>;
  heapMB: number[];
  rssMB: number[];
  gc: boolean;
}

describe('a worker-like process over the whole corpus', () => {
  it('handles every file, three passes in a row, with a flat heap', { timeout: 600_000 }, () => {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/convert/helpers/run-corpus.ts', '3'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const run = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Run;
    expect(run.gc).toBe(true);
    expect(run.outcomes).toHaveLength(3);
    run.outcomes.forEach((pass, i) => {
      for (const [name, entry] of Object.entries(manifest)) {
        if (i > 0 && entry.requires !== undefined) continue;
        expect(`${name}: ${pass[name]}`).toBe(`${name}: ${expected(entry)}`);
      }
    });
    const [first = 0, , last = 0] = run.heapMB;
    expect(last - first).toBeLessThan(25);
  });
});
