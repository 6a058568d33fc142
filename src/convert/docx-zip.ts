import { unzipSync, strFromU8 } from 'fflate';
import { InputError } from './input-error.ts';
import { attr } from './docx-xml.ts';

/** The XML parts of a .docx that the numbering pass reads (absent parts are empty strings). */
export interface DocxParts {
  document: string;
  styles: string;
  numbering: string;
  /** word/fontTable.xml: the fonts the document uses (a hint for legacy encodings). */
  fontTable?: string;
  /** The page-header parts (word/header1.xml …) by relationship id. */
  headers?: Record<string, string>;
}

export const DEFAULT_MAX_DOCX_XML_BYTES = 200 * 1024 * 1024;

/**
 * Unzip the parts we need, refusing zip bombs before inflating anything: every XML/rels entry's
 * declared uncompressed size must stay under `maxXmlBytes` (mammoth inflates all of them).
 * Parts are found through the package relationships, as Word and mammoth do.
 */
export function readDocxParts(bytes: Uint8Array, maxXmlBytes = DEFAULT_MAX_DOCX_XML_BYTES): DocxParts {
  const rels = unzipParts(bytes, maxXmlBytes, (name) => name.endsWith('.rels'));
  const docPath = relTarget(rels['_rels/.rels'], '', 'officeDocument') ?? 'word/document.xml';
  const slash = docPath.lastIndexOf('/');
  const dir = slash < 0 ? '' : docPath.slice(0, slash + 1);
  const docRels = rels[`${dir}_rels/${docPath.slice(slash + 1)}.rels`];
  const stylesPath = relTarget(docRels, dir, 'styles') ?? `${dir}styles.xml`;
  const numberingPath = relTarget(docRels, dir, 'numbering') ?? `${dir}numbering.xml`;
  const fontTablePath = relTarget(docRels, dir, 'fontTable') ?? `${dir}fontTable.xml`;
  const headerPaths = relTargets(docRels, dir, 'header');
  const wanted = new Set([docPath, stylesPath, numberingPath, fontTablePath, ...headerPaths.values()]);
  const raw = unzipParts(bytes, maxXmlBytes, (name) => wanted.has(name));
  const document = raw[docPath];
  if (document === undefined) {
    throw new InputError('corrupt-docx', 'Tệp nén không phải tài liệu Word hợp lệ (thiếu word/document.xml).');
  }
  const text = (path: string): string => {
    const data = raw[path];
    return data === undefined ? '' : strFromU8(data);
  };
  const headers: Record<string, string> = {};
  for (const [id, path] of headerPaths) headers[id] = text(path);
  return {
    document: strFromU8(document),
    styles: text(stylesPath),
    numbering: text(numberingPath),
    fontTable: text(fontTablePath),
    headers,
  };
}

function unzipParts(
  bytes: Uint8Array,
  maxXmlBytes: number,
  want: (name: string) => boolean,
): Record<string, Uint8Array> {
  let oversized: string | undefined;
  try {
    const files = unzipSync(bytes, {
      filter(file) {
        if (/\.(xml|rels)$/i.test(file.name) && file.originalSize > maxXmlBytes) oversized ??= file.name;
        return oversized === undefined && want(file.name);
      },
    });
    if (oversized !== undefined) throw zipBomb(oversized, maxXmlBytes);
    return files;
  } catch (cause) {
    if (oversized !== undefined) throw zipBomb(oversized, maxXmlBytes);
    throw new InputError('corrupt-docx', 'Tệp Word (.docx) bị hỏng: không giải nén được.', { cause });
  }
}

/** Zip path of the first relationship of `type` in a .rels part, resolved against `dir`. */
function relTarget(relsXml: Uint8Array | undefined, dir: string, type: string): string | undefined {
  if (relsXml === undefined) return undefined;
  for (const m of strFromU8(relsXml).matchAll(/<Relationship\s([^>]*?)\/?>/g)) {
    const attrs = m[1] ?? '';
    // Transitional and Strict OOXML name relationship types with different prefixes.
    if (!(attr(attrs, 'Type') ?? '').endsWith(`/${type}`) || attr(attrs, 'TargetMode') === 'External') continue;
    const target = attr(attrs, 'Target');
    if (target === undefined) continue;
    return normalizePath(target.startsWith('/') ? target.slice(1) : dir + target);
  }
  return undefined;
}

/** Zip paths of every internal relationship of `type` in a .rels part, by relationship id. */
function relTargets(relsXml: Uint8Array | undefined, dir: string, type: string): Map<string, string> {
  const out = new Map<string, string>();
  if (relsXml === undefined) return out;
  for (const m of strFromU8(relsXml).matchAll(/<Relationship\s([^>]*?)\/?>/g)) {
    const attrs = m[1] ?? '';
    if (!(attr(attrs, 'Type') ?? '').endsWith(`/${type}`) || attr(attrs, 'TargetMode') === 'External') continue;
    const id = attr(attrs, 'Id');
    const target = attr(attrs, 'Target');
    if (id === undefined || target === undefined) continue;
    out.set(id, normalizePath(target.startsWith('/') ? target.slice(1) : dir + target));
  }
  return out;
}

function normalizePath(path: string): string {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

export function zipBomb(name: string, limit: number): InputError {
  const mb = Math.round(limit / (1024 * 1024));
  return new InputError(
    'zip-bomb',
    `Tệp Word (.docx) bị từ chối: phần "${name}" khi giải nén vượt quá giới hạn ${mb} MB (nghi ngờ tệp nén độc hại).`,
  );
}
