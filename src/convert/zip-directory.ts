/**
 * A zip's central directory, read without inflating anything: what the .docx zip-bomb check and
 * the upload of a .zip of reports both need before they trust an entry. (fflate, which unzips the
 * .docx parts, inflates into a buffer that grows past a size the zip declares, so these guards
 * read the directory themselves and inflate with a cap of their own.)
 */

export interface ZipDirectoryEntry {
  name: string;
  /** General-purpose flags (bit 0: encrypted). */
  flags: number;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The uncompressed size the zip declares (not to be trusted). */
  declaredSize: number;
  localOffset: number;
}

export interface ZipDirectory {
  /** The entry count the end record declares. */
  count: number;
  /** The entries read, in order; fewer than `count` when the directory breaks off. */
  entries: ZipDirectoryEntry[];
  /** Every declared entry was read. */
  complete: boolean;
}

/** The central directory, or undefined when the end record is missing (not a zip). */
export function readZipDirectory(b: Uint8Array): ZipDirectory | undefined {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // End of central directory record: the last "PK\x05\x06" within the final 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries: ZipDirectoryEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || view.getUint32(p, true) !== 0x02014b50) return { count, entries, complete: false };
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen > b.length) return { count, entries, complete: false };
    entries.push({
      name: decoder.decode(b.subarray(p + 46, p + 46 + nameLen)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      declaredSize: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { count, entries, complete: true };
}

/** Where an entry's compressed data starts (after its local header), or undefined when that header is broken. */
export function entryDataStart(b: Uint8Array, e: ZipDirectoryEntry): number | undefined {
  const h = e.localOffset;
  if (h + 30 > b.length) return undefined;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (view.getUint32(h, true) !== 0x04034b50) return undefined;
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  return start <= b.length ? start : undefined;
}
