/**
 * Reading an uploaded .zip of reports without trusting it: entry names are checked (no absolute
 * paths, no "..", no drive letters or NUL — zip-slip), encrypted and nested archives refused,
 * declared sizes capped per entry and in total, and every entry inflated with a hard output cap
 * (zlib's maxOutputLength), so a zip that lies about its sizes still cannot exhaust memory.
 */
import { inflateRawSync } from 'node:zlib';
import { entryDataStart, readZipDirectory, type ZipDirectoryEntry } from '../../convert/zip-directory.ts';

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

export class ZipRejected extends Error {
  constructor(
    readonly code: 'zip-slip' | 'zip-bomb' | 'zip-corrupt' | 'zip-encrypted' | 'zip-too-many-files',
    message: string,
  ) {
    super(message);
    this.name = 'ZipRejected';
  }
}

const corrupt = (): ZipRejected => new ZipRejected('zip-corrupt', 'Tệp .zip bị hỏng hoặc không đúng định dạng.');

function readCentralDirectory(b: Uint8Array, maxEntries: number): ZipDirectoryEntry[] {
  const directory = readZipDirectory(b);
  if (directory === undefined) throw corrupt();
  if (directory.count > maxEntries) {
    throw new ZipRejected('zip-too-many-files', `Tệp .zip có ${directory.count} mục, vượt giới hạn ${maxEntries} mục.`);
  }
  if (!directory.complete) throw corrupt();
  return directory.entries;
}

/** A name that would land outside the folder it is extracted to, or is not a plain relative path. */
export function isUnsafeEntryName(name: string): boolean {
  if (name.includes('\0') || name.includes('\\')) return true;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return true;
  return name.split('/').some((part) => part === '..');
}

function entryData(b: Uint8Array, e: ZipDirectoryEntry): Uint8Array {
  const start = entryDataStart(b, e);
  if (start === undefined) throw corrupt();
  const end = start + e.compressedSize;
  if (e.compressedSize === 0xffffffff || end > b.length) throw corrupt();
  return b.subarray(start, end);
}

const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * The entries of a zip that `wanted(name)` accepts (directories and unwanted entries are
 * skipped, not inflated). Throws ZipRejected for a hostile or broken archive.
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits, wanted: (name: string) => boolean): ZipEntry[] {
  const entries = readCentralDirectory(bytes, limits.maxEntries);
  for (const e of entries) {
    if (isUnsafeEntryName(e.name)) {
      throw new ZipRejected('zip-slip', `Tệp .zip chứa đường dẫn không an toàn: "${e.name}". Tệp bị từ chối.`);
    }
  }
  const chosen = entries.filter((e) => !e.name.endsWith('/') && wanted(e.name));
  let declared = 0;
  for (const e of chosen) {
    if (e.flags & 1) throw new ZipRejected('zip-encrypted', `Tệp .zip có mục được đặt mật khẩu: "${e.name}".`);
    if (e.declaredSize === 0xffffffff || e.declaredSize > limits.maxEntryBytes) {
      throw new ZipRejected('zip-bomb', `Mục "${e.name}" trong tệp .zip quá lớn khi giải nén (giới hạn ${mb(limits.maxEntryBytes)}).`);
    }
    declared += e.declaredSize;
  }
  if (declared > limits.maxTotalBytes) {
    throw new ZipRejected('zip-bomb', `Tệp .zip quá lớn khi giải nén (giới hạn ${mb(limits.maxTotalBytes)}).`);
  }
  const out: ZipEntry[] = [];
  let total = 0;
  for (const e of chosen) {
    const data = entryData(bytes, e);
    const cap = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total, e.declaredSize);
    let inflated: Uint8Array;
    if (e.method === 0) {
      inflated = data;
    } else if (e.method === 8) {
      try {
        // one byte over the declared size is enough to catch a lie
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, cap + 1) });
      } catch (err) {
        if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new ZipRejected('zip-bomb', `Mục "${e.name}" giải nén ra lớn hơn kích thước khai báo. Tệp .zip bị từ chối.`);
        }
        throw corrupt();
      }
    } else {
      throw corrupt();
    }
    if (inflated.length !== e.declaredSize) {
      throw new ZipRejected('zip-bomb', `Mục "${e.name}" giải nén ra khác kích thước khai báo. Tệp .zip bị từ chối.`);
    }
    total += inflated.length;
    out.push({ name: e.name, bytes: inflated });
  }
  return out;
}
