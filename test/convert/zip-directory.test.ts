import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { entryDataStart, readZipDirectory } from '../../src/convert/zip-directory.ts';

const zip = zipSync({
  'bao-cao/quy-1.txt': [strToU8('Sở tiếp nhận 120 hồ sơ. '.repeat(40)), { level: 9 }],
  'bao-cao/quy-2.txt': [strToU8('Đã giải quyết 118 hồ sơ.'), { level: 0 }],
});

describe('readZipDirectory', () => {
  it('lists every entry with its method, sizes and where its data starts', () => {
    const dir = readZipDirectory(zip)!;
    expect(dir.complete).toBe(true);
    expect(dir.count).toBe(2);
    expect(dir.entries.map((e) => [e.name, e.method, e.flags & 1])).toEqual([
      ['bao-cao/quy-1.txt', 8, 0],
      ['bao-cao/quy-2.txt', 0, 0],
    ]);
    const stored = dir.entries[1]!;
    expect(stored.declaredSize).toBe(strToU8('Đã giải quyết 118 hồ sơ.').length);
    const start = entryDataStart(zip, stored)!;
    expect(new TextDecoder().decode(zip.subarray(start, start + stored.compressedSize))).toBe('Đã giải quyết 118 hồ sơ.');
    expect(dir.entries[0]!.compressedSize).toBeLessThan(dir.entries[0]!.declaredSize);
  });

  it('says when the directory breaks off, and returns nothing for bytes that are no zip', () => {
    const broken = zip.slice();
    const dir = readZipDirectory(zip)!;
    // Spoil the second entry's central header signature.
    const view = new DataView(broken.buffer);
    let p = -1;
    for (let i = broken.length - 22; i >= 0 && p < 0; i--) if (view.getUint32(i, true) === 0x02014b50) p = i;
    view.setUint32(p, 0, true);
    const partial = readZipDirectory(broken)!;
    expect(partial.complete).toBe(false);
    expect(partial.count).toBe(2);
    expect(partial.entries.map((e) => e.name)).toEqual([dir.entries[0]!.name]);
    expect(readZipDirectory(strToU8('Báo cáo số 12/BC-UBND, không phải tệp nén.'))).toBeUndefined();
  });

  it('finds no data behind a local header that is not there', () => {
    const e = readZipDirectory(zip)!.entries[0]!;
    expect(entryDataStart(zip, { ...e, localOffset: zip.length - 10 })).toBeUndefined();
    expect(entryDataStart(zip, { ...e, localOffset: 5 })).toBeUndefined();
  });
});
