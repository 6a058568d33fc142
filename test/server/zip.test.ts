/** Uploaded .zip archives: reports come out, hostile archives (zip-slip, zip bombs) are refused. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip, isUnsafeEntryName, ZipRejected } from '../../src/server/upload/zip.ts';

const LIMITS = { maxEntries: 50, maxEntryBytes: 1024 * 1024, maxTotalBytes: 3 * 1024 * 1024 };
const docxOnly = (name: string) => /\.(docx|pdf)$/i.test(name);

/** Offsets of every central directory header in a zip. */
function centralHeaders(zip: Uint8Array): number[] {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i++) if (v.getUint32(i, true) === 0x02014b50) out.push(i);
  return out;
}

function setDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const v = new DataView(copy.buffer);
  for (const at of centralHeaders(copy)) v.setUint32(at + 24, size, true);
  return copy;
}

function rejected(fn: () => unknown): ZipRejected {
  try {
    fn();
  } catch (e) {
    if (e instanceof ZipRejected) return e;
    throw e;
  }
  throw new Error('expected ZipRejected');
}

describe('readZip', () => {
  it('returns the wanted entries, skipping folders and other files', () => {
    const zip = zipSync({
      'bao-cao/a.docx': strToU8('noi dung a'),
      'bao-cao/b.pdf': [strToU8('%PDF-1.4 b'), { level: 0 }],
      'bao-cao/ghi-chu.txt': strToU8('x'),
    });
    const entries = readZip(zip, LIMITS, docxOnly);
    expect(entries.map((e) => e.name)).toEqual(['bao-cao/a.docx', 'bao-cao/b.pdf']);
    expect(new TextDecoder().decode(entries[0]!.bytes)).toBe('noi dung a');
  });

  it.each(['../evil.docx', 'a/../../evil.docx', '/etc/evil.docx', 'C:/evil.docx', 'a\\..\\evil.docx', 'nul\0.docx'])(
    'zip-slip: refuses the entry name %j',
    (name) => {
      expect(isUnsafeEntryName(name)).toBe(true);
      const zip = zipSync({ 'ok.docx': strToU8('a'), [name]: strToU8('b') });
      const e = rejected(() => readZip(zip, LIMITS, docxOnly));
      expect(e.code).toBe('zip-slip');
      expect(e.message).toContain('không an toàn');
    },
  );

  it('zip bomb: a large declared size is refused before inflating', () => {
    const zip = setDeclaredSize(zipSync({ 'a.docx': new Uint8Array(1000) }), 0xfffffff0);
    expect(rejected(() => readZip(zip, LIMITS, docxOnly)).code).toBe('zip-bomb');
  });

  it('zip bomb: entries that lie about their size are stopped at the cap', () => {
    // 2 MB of zeros deflates to a few KB; the central directory claims 100 bytes
    const zip = setDeclaredSize(zipSync({ 'a.docx': new Uint8Array(2 * 1024 * 1024) }), 100);
    const e = rejected(() => readZip(zip, LIMITS, docxOnly));
    expect(e.code).toBe('zip-bomb');
    expect(e.message).toContain('kích thước khai báo');
  });

  it('zip bomb: the total inflated size is capped', () => {
    const files: { [name: string]: Uint8Array } = {};
    for (let i = 0; i < 4; i++) files[`r${i}.docx`] = new Uint8Array(1024 * 1024 - 1);
    const e = rejected(() => readZip(zipSync(files), LIMITS, docxOnly));
    expect(e.code).toBe('zip-bomb');
  });

  it('too many entries, encrypted entries and broken archives are refused', () => {
    const many: { [name: string]: Uint8Array } = {};
    for (let i = 0; i < 60; i++) many[`r${i}.docx`] = strToU8('x');
    expect(rejected(() => readZip(zipSync(many), LIMITS, docxOnly)).code).toBe('zip-too-many-files');

    const enc = zipSync({ 'a.docx': strToU8('secret') }).slice();
    const v = new DataView(enc.buffer);
    for (const at of centralHeaders(enc)) v.setUint16(at + 8, v.getUint16(at + 8, true) | 1, true);
    expect(rejected(() => readZip(enc, LIMITS, docxOnly)).code).toBe('zip-encrypted');

    expect(rejected(() => readZip(strToU8('not a zip at all'), LIMITS, docxOnly)).code).toBe('zip-corrupt');
  });
});
