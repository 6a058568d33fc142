import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { findZipBomb } from '../../src/convert/docx-zip-guard.ts';

/** A zip whose entries all declare 1 byte uncompressed, whatever they hold (a lying zip). */
function lyingZip(files: Record<string, string | Uint8Array>): Uint8Array {
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])), { level: 9 });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let p = 0; p + 4 <= zip.length; p++) {
    const sig = view.getUint32(p, true);
    if (sig === 0x04034b50) view.setUint32(p + 22, 1, true); // local header: uncompressed size
    if (sig === 0x02014b50) view.setUint32(p + 24, 1, true); // central directory: uncompressed size
  }
  return zip;
}

/** Text that deflates well but not to nothing: `n` bytes of repeated XML with a counter. */
function xmlOf(n: number): string {
  let s = '<w:document>';
  for (let i = 0; s.length < n; i++) s += `<w:p><w:r><w:t>${i % 97}</w:t></w:r></w:p>`;
  return s + '</w:document>';
}

/** Bytes that do not compress: a deflated copy is about as long as they are. */
function noise(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = 12345;
  for (let i = 0; i < n; i++) out[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
  return out;
}

describe('findZipBomb', () => {
  it('measures a small entry by inflating it, not by its declared size', async () => {
    const zip = lyingZip({ 'word/document.xml': xmlOf(300_000), 'word/styles.xml': '<w:styles/>' });
    expect(await findZipBomb(zip, 100_000)).toBe('word/document.xml');
    expect(await findZipBomb(zip, 1_000_000)).toBeUndefined();
  });

  it('measures an entry too big to inflate at once through the stream, with the same answers', async () => {
    // ~20 KB compressed: deflate could make it 20 MB, more than is inflated at once.
    const big = new TextDecoder('latin1').decode(noise(20_000)).replace(/[<>&]/g, 'x');
    const zip = lyingZip({ 'word/document.xml': `<w:document>${big}${xmlOf(400_000)}</w:document>` });
    expect(await findZipBomb(zip, 300_000)).toBe('word/document.xml');
    expect(await findZipBomb(zip, 1_000_000)).toBeUndefined();
  });

  it('counts all XML together against twice the limit', async () => {
    const zip = lyingZip({ 'a.xml': xmlOf(80_000), 'b.xml': xmlOf(80_000), 'c.xml': xmlOf(80_000) });
    expect(await findZipBomb(zip, 100_000)).toBe('c.xml');
  });

  it('leaves a broken entry to the real unzip', async () => {
    const zip = lyingZip({ 'word/document.xml': xmlOf(50_000) });
    // Cut the deflate stream short by overwriting its middle with zeros.
    const mid = Math.floor(zip.length / 3);
    zip.fill(0, mid, mid + 200);
    await expect(findZipBomb(zip, 1_000_000)).resolves.toBeUndefined();
  });
});
