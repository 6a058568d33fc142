import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/cli/inputs.ts';

describe('expandInputs', () => {
  it('walks folders recursively in name order, keeps report files and missing paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'solieu-inputs-'));
    mkdirSync(join(dir, 'quy-2'));
    for (const f of ['b.pdf', 'a.docx', 'ghi-chu.txt', 'quy-2/c.DOCX', 'quy-2/d.odt', 'quy-2/e.doc', 'quy-2/f.ods']) writeFileSync(join(dir, f), 'x');
    const missing = join(dir, 'khong-co.pdf');
    const got = await expandInputs([dir, missing]);
    expect(got).toEqual([join(dir, 'a.docx'), join(dir, 'b.pdf'), join(dir, 'quy-2', 'c.DOCX'), join(dir, 'quy-2', 'd.odt'), join(dir, 'quy-2', 'e.doc'), missing]);
  });
});

describe('expandInputs with symbolic links', () => {
  it('follows links to files and folders, walks a folder once, keeps a broken link to report on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'solieu-links-'));
    const store = join(dir, 'kho');
    mkdirSync(join(store, 'quy-3'), { recursive: true });
    writeFileSync(join(store, 'so-tai-chinh.docx'), 'x');
    writeFileSync(join(store, 'quy-3', 'ubnd-xa.pdf'), 'x');
    const batch = join(dir, 'lo-1');
    mkdirSync(batch);
    symlinkSync(join(store, 'so-tai-chinh.docx'), join(batch, 'a-so-tai-chinh.docx'));
    symlinkSync(join(store, 'quy-3'), join(batch, 'b-quy-3'));
    symlinkSync(join(store, 'da-xoa.pdf'), join(batch, 'c-da-xoa.pdf'));
    symlinkSync(join(store, 'ghi-chu.txt'), join(batch, 'd-ghi-chu.txt'));
    symlinkSync(batch, join(batch, 'e-vong-lap')); // a link back to the folder itself
    const got = await expandInputs([batch]);
    expect(got).toEqual([join(batch, 'a-so-tai-chinh.docx'), join(batch, 'b-quy-3', 'ubnd-xa.pdf'), join(batch, 'c-da-xoa.pdf')]);
  });
});
