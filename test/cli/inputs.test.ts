import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/cli/inputs.ts';

describe('expandInputs', () => {
  it('walks folders recursively in name order, keeps report files and missing paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'solieu-inputs-'));
    mkdirSync(join(dir, 'quy-2'));
    for (const f of ['b.pdf', 'a.docx', 'ghi-chu.txt', 'quy-2/c.DOCX']) writeFileSync(join(dir, f), 'x');
    const missing = join(dir, 'khong-co.pdf');
    const got = await expandInputs([dir, missing]);
    expect(got).toEqual([join(dir, 'a.docx'), join(dir, 'b.pdf'), join(dir, 'quy-2', 'c.DOCX'), missing]);
  });
});
