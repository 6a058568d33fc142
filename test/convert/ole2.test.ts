import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert/index.ts';
import { inspectOle2 } from '../../src/convert/ole2.ts';

const DIR = join(import.meta.dirname, '../../fixtures/bad');

/** A minimal OLE2 compound file (512-byte sectors: FAT, directory) holding empty streams `names`. */
function compoundFile(names: string[]): Uint8Array {
  const b = Buffer.alloc(512 * 3, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  b.writeUInt16LE(0x3e, 0x18);
  b.writeUInt16LE(3, 0x1a);
  b.writeUInt16LE(0xfffe, 0x1c);
  b.writeUInt16LE(9, 0x1e); // 512-byte sectors
  b.writeUInt16LE(6, 0x20);
  b.writeUInt32LE(1, 0x2c); // one FAT sector…
  b.writeUInt32LE(1, 0x30); // …and the directory in sector 1
  b.writeUInt32LE(4096, 0x38);
  b.writeUInt32LE(0xfffffffe, 0x3c);
  b.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) b.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + 4 * i);
  const fat = 512; // sector 0
  b.writeUInt32LE(0xfffffffd, fat); // FAT sector
  b.writeUInt32LE(0xfffffffe, fat + 4); // directory: end of chain
  for (let i = 2; i < 128; i++) b.writeUInt32LE(0xffffffff, fat + 4 * i);
  ['Root Entry', ...names].forEach((name, i) => {
    const off = 1024 + 128 * i;
    Buffer.from(`${name}\0`, 'utf16le').copy(b, off);
    b.writeUInt16LE((name.length + 1) * 2, off + 0x40);
    b.writeUInt8(i === 0 ? 5 : 2, off + 0x42);
    b.writeUInt32LE(0xfffffffe, off + 0x74);
  });
  return new Uint8Array(b);
}

describe('inspectOle2', () => {
  it('finds the Word stream and its password flag', () => {
    const plain = inspectOle2(new Uint8Array(readFileSync(join(DIR, 'legacy.doc'))));
    expect(plain).toMatchObject({ word: true, wordEncrypted: false, encryptedPackage: false });
    const locked = inspectOle2(new Uint8Array(readFileSync(join(DIR, 'encrypted.doc'))));
    expect(locked).toMatchObject({ word: true, wordEncrypted: true });
  });

  it('tells a password-protected .docx (EncryptedPackage) from a spreadsheet', async () => {
    const docx = compoundFile(['EncryptionInfo', 'EncryptedPackage']);
    expect(inspectOle2(docx)).toMatchObject({ word: false, encryptedPackage: true });
    await expect(convert(docx)).rejects.toMatchObject({ code: 'encrypted-docx' });
    const sheet = compoundFile(['Workbook']);
    await expect(convert(sheet)).rejects.toMatchObject({ code: 'unsupported-format' });
  });

  it('gives up on a header with nothing behind it', async () => {
    const stub = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(inspectOle2(stub)).toBeUndefined();
    await expect(convert(stub)).rejects.toMatchObject({ code: 'corrupt-doc' });
  });
});
