import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { entryDataStart, readZipDirectory, type ZipDirectoryEntry } from './zip-directory.ts';

/**
 * Zip-bomb check that does not trust the sizes a zip declares: every XML/.rels entry is inflated
 * in small slices, counting the output and stopping as soon as it passes `maxXmlBytes` (or all
 * XML together passes twice that). Nothing is kept, so memory stays at one slice's output.
 *
 * Returns the name of the first offending entry, or undefined. A zip too broken to walk returns
 * undefined too: the real unzip reports it as corrupt.
 */
export async function findZipBomb(bytes: Uint8Array, maxXmlBytes: number): Promise<string | undefined> {
  const directory = readZipDirectory(bytes);
  if (directory === undefined) return undefined;
  let total = 0;
  for (const e of directory.entries) {
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

function entryData(b: Uint8Array, e: ZipDirectoryEntry): Uint8Array | undefined {
  const start = entryDataStart(b, e);
  if (start === undefined) return undefined;
  // A ZIP64 or streamed entry may declare 0xFFFFFFFF / 0: read to the end, the cap still holds.
  const end = e.compressedSize === 0xffffffff || e.compressedSize === 0 ? b.length : start + e.compressedSize;
  return b.subarray(start, Math.min(end, b.length));
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
