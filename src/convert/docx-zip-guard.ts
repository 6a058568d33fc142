import { createInflateRaw, inflateRawSync } from 'node:zlib';

/**
 * Zip-bomb check that does not trust the sizes a zip declares: every XML/.rels entry is inflated
 * in small slices, counting the output and stopping as soon as it passes `maxXmlBytes` (or all
 * XML together passes twice that). Nothing is kept, so memory stays at one slice's output.
 *
 * Returns the name of the first offending entry, or undefined. A zip too broken to walk returns
 * undefined too: the real unzip reports it as corrupt.
 */
export async function findZipBomb(bytes: Uint8Array, maxXmlBytes: number): Promise<string | undefined> {
  const entries = centralDirectory(bytes);
  if (entries === undefined) return undefined;
  let total = 0;
  for (const e of entries) {
    if (!/\.(xml|rels)$/i.test(e.name)) continue;
    if (e.declaredSize > maxXmlBytes) return e.name;
    const data = entryData(bytes, e);
    if (data === undefined) continue;
    const size = e.method === 0 ? data.length : e.method === 8 ? (smallInflatedSize(data, maxXmlBytes + 1) ?? (await inflatedSize(data, maxXmlBytes + 1))) : undefined;
    if (size === undefined) continue;
    if (size > maxXmlBytes) return e.name;
    total += size;
    if (total > 2 * maxXmlBytes) return e.name;
  }
  return undefined;
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

function centralDirectory(b: Uint8Array): Entry[] | undefined {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // End of central directory record: last "PK\x05\x06" within the final 64 KiB + 22 bytes.
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
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || view.getUint32(p, true) !== 0x02014b50) return entries;
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen > b.length) return entries;
    entries.push({
      name: new TextDecoder().decode(b.subarray(p + 46, p + 46 + nameLen)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      declaredSize: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function entryData(b: Uint8Array, e: Entry): Uint8Array | undefined {
  const h = e.localOffset;
  if (h + 30 > b.length) return undefined;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (view.getUint32(h, true) !== 0x04034b50) return undefined;
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  // A ZIP64 or streamed entry may declare 0xFFFFFFFF / 0: read to the end, the cap still holds.
  const end = e.compressedSize === 0xffffffff || e.compressedSize === 0 ? b.length : start + e.compressedSize;
  return start <= b.length ? b.subarray(start, Math.min(end, b.length)) : undefined;
}

/** Deflate cannot expand data more than 1,032 times (a 258-byte match in two bits). */
const DEFLATE_MAX_RATIO = 1032;
/** Entries that cannot inflate past this are inflated at once, in this thread. */
const AT_ONCE_BYTES = 8 * 1024 * 1024;

/**
 * inflatedSize for an entry too small to inflate past AT_ONCE_BYTES, without a round trip to the
 * zlib thread pool per entry (most of a small .docx's check); undefined for a bigger or a broken
 * one, which the stream then reads (a broken stream counts what it gave before breaking).
 */
function smallInflatedSize(data: Uint8Array, cap: number): number | undefined {
  if (data.length * DEFLATE_MAX_RATIO + 64 > AT_ONCE_BYTES) return undefined;
  try {
    return Math.min(inflateRawSync(data).length, cap);
  } catch {
    return undefined;
  }
}

/**
 * Bytes a raw deflate stream inflates to, counting up to `cap` (then `cap`); undefined when the
 * stream is corrupt before producing anything. Native zlib, in 64 KiB chunks that are dropped
 * as they come, so memory stays flat whatever the ratio.
 */
function inflatedSize(data: Uint8Array, cap: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    let size = 0;
    let settled = false;
    const finish = (value: number | undefined): void => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size >= cap) {
        finish(cap);
        inflate.destroy();
      }
    });
    inflate.on('end', () => finish(size));
    inflate.on('error', () => finish(size > 0 ? size : undefined));
    inflate.on('close', () => finish(size));
    inflate.end(data);
  });
}
