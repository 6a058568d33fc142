/**
 * The files of one upload: report files taken as they are, .zip archives opened safely, anything
 * else refused with a Vietnamese reason. Refusals are per file; one bad file does not sink the rest.
 */
import type { FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import type { IncomingFile } from '../pipeline-bridge.ts';
import type { UploadLimits } from './limits.ts';
import { ZipRejected, readZip } from './zip.ts';
import { REPORT_EXTENSIONS } from '../../convert/detect-format.ts';

export interface Refused {
  fileName: string;
  code: string;
  message: string;
}

export interface Received {
  files: IncomingFile[];
  refused: Refused[];
  /** Ordinary form fields that came with the files (e.g. _csrf). */
  fields: { [name: string]: string };
}

/** A report's file name: .docx, .pdf, .doc, .odt (as folders are walked). */
const REPORT_EXT = new RegExp(`(?:${REPORT_EXTENSIONS.map((e) => e.replace('.', '\\.')).join('|')})$`, 'i');
const mb = (n: number): string => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/** The last path segment, without control characters; never empty. */
export function baseName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = last.replace(/[\u0000-\u001f\u007f]/g, '').trim().normalize('NFC');
  return clean || 'tep-khong-ten';
}

function skippedInZip(name: string): boolean {
  return name.startsWith('__MACOSX/') || /(^|\/)\.[^/]*$/.test(name) || /(^|\/)~\$/.test(name);
}

export function sortIncoming(name: string, bytes: Uint8Array, limits: UploadLimits, out: Received): void {
  const fileName = baseName(name);
  if (/\.zip$/i.test(fileName)) {
    if (bytes.length > limits.maxZipBytes) {
      out.refused.push({ fileName, code: 'file-too-large', message: `Tệp .zip quá lớn (${mb(bytes.length)}), giới hạn ${mb(limits.maxZipBytes)}.` });
      return;
    }
    try {
      const entries = readZip(
        bytes,
        { maxEntries: limits.maxFiles, maxEntryBytes: limits.maxFileBytes, maxTotalBytes: limits.maxZipInflatedBytes },
        (entry) => !skippedInZip(entry) && REPORT_EXT.test(entry),
      );
      if (entries.length === 0) {
        out.refused.push({ fileName, code: 'empty-zip', message: 'Tệp .zip không có báo cáo nào (.docx, .pdf, .doc, .odt).' });
      }
      for (const e of entries) sortIncoming(e.name, e.bytes, limits, out);
    } catch (e) {
      if (!(e instanceof ZipRejected)) throw e;
      out.refused.push({ fileName, code: e.code, message: e.message });
    }
    return;
  }
  if (!REPORT_EXT.test(fileName)) {
    out.refused.push({ fileName, code: 'unsupported-type', message: 'Chỉ nhận tệp báo cáo .docx, .pdf (hoặc .doc, .odt) hoặc tệp .zip chứa các tệp đó.' });
    return;
  }
  if (bytes.length === 0) {
    out.refused.push({ fileName, code: 'empty-file', message: 'Tệp rỗng, không có nội dung.' });
    return;
  }
  if (bytes.length > limits.maxFileBytes) {
    out.refused.push({ fileName, code: 'file-too-large', message: `Tệp quá lớn (${mb(bytes.length)}), giới hạn ${mb(limits.maxFileBytes)}.` });
    return;
  }
  out.files.push({ name: fileName, bytes });
}

/** Read a multipart request; throws (→ 413/400) only when the request itself breaks the limits. */
export async function receiveUpload(req: FastifyRequest, limits: UploadLimits): Promise<Received> {
  const out: Received = { files: [], refused: [], fields: {} };
  for await (const part of req.parts({
    limits: { fileSize: Math.max(limits.maxFileBytes, limits.maxZipBytes), files: limits.maxFiles, fields: 20, fieldSize: 4096 },
  })) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      sortIncoming(part.filename, bytes, limits, out);
      if (out.files.length > limits.maxFiles) {
        throw Object.assign(new Error('too many files'), { code: 'FST_FILES_LIMIT' });
      }
    } else if (typeof part.value === 'string') {
      out.fields[part.fieldname] = part.value;
    }
  }
  return out;
}
