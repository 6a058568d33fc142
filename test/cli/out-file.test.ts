import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outFileProblem, writeOutFile } from '../../src/cli/out-file.ts';

describe('the --out file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'solieu-out-'));
  writeFileSync(join(dir, 'cu.json'), '{}');

  it('can be a new file in an existing folder, or an existing file', async () => {
    expect(await outFileProblem(join(dir, 'ket-qua.json'))).toBeUndefined();
    expect(await outFileProblem(join(dir, 'cu.json'))).toBeUndefined();
  });

  it('names what is wrong: a missing folder, a folder given as the file, a file given as the folder', async () => {
    expect(await outFileProblem(join(dir, 'chua-tao', 'ket-qua.json'))).toBe(
      `Không ghi được kết quả vào ${join(dir, 'chua-tao', 'ket-qua.json')}: thư mục ${join(dir, 'chua-tao')} không tồn tại.`,
    );
    expect(await outFileProblem(dir)).toBe(`Không ghi được kết quả vào ${dir}: đó là một thư mục, hãy cho một tên tệp.`);
    expect(await outFileProblem(join(dir, 'cu.json', 'x.json'))).toBe(
      `Không ghi được kết quả vào ${join(dir, 'cu.json', 'x.json')}: ${join(dir, 'cu.json')} không phải là thư mục.`,
    );
  });

  it('is written, or the failure is told in Vietnamese with the file name', async () => {
    await writeOutFile(join(dir, 'moi.csv'), 'a,b\n');
    expect(readFileSync(join(dir, 'moi.csv'), 'utf8')).toBe('a,b\n');
    await expect(writeOutFile(join(dir, 'chua-tao', 'x.csv'), 'a')).rejects.toThrow(`Không ghi được kết quả vào ${join(dir, 'chua-tao', 'x.csv')}: `);
  });
});
