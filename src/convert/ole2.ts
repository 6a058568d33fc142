/**
 * Just enough of the OLE2 compound file format ([MS-CFB]) to tell what an OLE2 file is before
 * handing it to LibreOffice: a Word 97–2003 document (and whether it is password-protected, from
 * its FIB), a password-protected OOXML file (Office wraps those in an OLE2 "EncryptedPackage"),
 * or another Office 97–2003 file (a spreadsheet, a presentation).
 */
export interface Ole2Summary {
  /** Has a "WordDocument" stream: a Word 97–2003 document. */
  word: boolean;
  /** The Word document is encrypted (FIB fEncrypted). */
  wordEncrypted: boolean;
  /** An encrypted OOXML package (.docx/.xlsx saved with a password). */
  encryptedPackage: boolean;
  /** Stream and storage names found (for messages and tests). */
  names: string[];
}

const FREE = 0xffffffff;
const END = 0xfffffffe;

/** Read the directory of an OLE2 file; undefined when the structure cannot be walked. */
export function inspectOle2(bytes: Uint8Array): Ole2Summary | undefined {
  if (bytes.length < 512) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return undefined;
  const sectorSize = 1 << shift;
  const sectorOffset = (s: number): number => (s + 1) * sectorSize;
  // FAT sectors: the first 109 are listed in the header (enough for files up to ~7 MB at 512 B
  // sectors; beyond, the DIFAT chain continues them).
  const fatSectors: number[] = [];
  const fatCount = view.getUint32(0x2c, true);
  for (let i = 0; i < Math.min(fatCount, 109); i++) fatSectors.push(view.getUint32(0x4c + 4 * i, true));
  let difat = view.getUint32(0x44, true);
  for (let guard = 0; difat !== END && difat !== FREE && guard < 1000 && fatSectors.length < fatCount; guard++) {
    const off = sectorOffset(difat);
    if (off + sectorSize > bytes.length) break;
    for (let i = 0; i < sectorSize / 4 - 1 && fatSectors.length < fatCount; i++) fatSectors.push(view.getUint32(off + 4 * i, true));
    difat = view.getUint32(off + sectorSize - 4, true);
  }
  const perFat = sectorSize / 4;
  const next = (s: number): number => {
    const fat = fatSectors[Math.floor(s / perFat)];
    if (fat === undefined) return END;
    const off = sectorOffset(fat) + 4 * (s % perFat);
    return off + 4 <= bytes.length ? view.getUint32(off, true) : END;
  };

  const names: string[] = [];
  let wordStart: number | undefined;
  let wordSize = 0;
  const seen = new Set<number>();
  for (let s = view.getUint32(0x30, true); s !== END && s !== FREE && !seen.has(s) && seen.size < 4096; s = next(s)) {
    seen.add(s);
    const base = sectorOffset(s);
    for (let e = 0; e < sectorSize / 128; e++) {
      const off = base + e * 128;
      if (off + 128 > bytes.length) break;
      const nameBytes = Math.min(view.getUint16(off + 0x40, true), 64);
      if (nameBytes < 2 || view.getUint8(off + 0x42) === 0) continue;
      let name = '';
      for (let i = 0; i + 1 < nameBytes - 1; i += 2) name += String.fromCharCode(view.getUint16(off + i, true));
      names.push(name);
      if (name === 'WordDocument') {
        wordStart = view.getUint32(off + 0x74, true);
        wordSize = view.getUint32(off + 0x78, true);
      }
    }
  }
  if (names.length === 0) return undefined;

  let wordEncrypted = false;
  // The FIB starts the WordDocument stream (always ≥ 4096 bytes, so in regular sectors).
  if (wordStart !== undefined && wordSize >= 0x0c) {
    const fib = sectorOffset(wordStart);
    if (fib + 0x0c <= bytes.length && view.getUint16(fib, true) === 0xa5ec) {
      wordEncrypted = (view.getUint16(fib + 0x0a, true) & 0x0100) !== 0;
    }
  }
  return {
    word: wordStart !== undefined,
    wordEncrypted,
    encryptedPackage: names.includes('EncryptedPackage'),
    names,
  };
}
