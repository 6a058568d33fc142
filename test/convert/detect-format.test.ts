import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { detectFormat, reportFormatOf } from '../../src/convert/detect-format.ts';
import { convert } from '../../src/convert/index.ts';

const pdfBytes = strToU8('%PDF-1.7\n1 0 obj <<>> endobj\n');
const docxLike = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
const plainZip = zipSync({ 'notes.txt': strToU8('xin chào') });
const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
/** An OpenDocument package: its stored `mimetype` entry first. */
const odf = (type: string): Uint8Array => zipSync({ mimetype: [strToU8(`application/vnd.oasis.opendocument.${type}`), { level: 0 }], 'content.xml': strToU8('<x/>') });

describe('detectFormat (by magic bytes, never by name)', () => {
  it('recognises PDF, docx, legacy doc, plain zip, empty and text bytes', () => {
    expect(detectFormat(pdfBytes)).toBe('pdf');
    expect(detectFormat(docxLike)).toBe('docx');
    expect(detectFormat(ole2)).toBe('doc');
    expect(detectFormat(plainZip)).toBe('zip');
    expect(detectFormat(new Uint8Array())).toBe('empty');
    expect(detectFormat(strToU8('Báo cáo kết quả CCHC quý I'))).toBe('txt');
  });

  it('tells an OpenDocument text (.odt, its template too) from the other OpenDocument packages', () => {
    expect(detectFormat(odf('text'))).toBe('odt');
    expect(detectFormat(odf('text-template'))).toBe('odt');
    expect(detectFormat(odf('spreadsheet'))).toBe('unknown');
    expect(detectFormat(odf('presentation'))).toBe('unknown');
    expect(reportFormatOf(odf('text'))).toBe('odt');
    expect(reportFormatOf(odf('spreadsheet'))).toBe('unknown');
    expect(reportFormatOf(docxLike)).toBe('docx');
    expect(reportFormatOf(plainZip)).toBe('unknown');
  });

  it('takes plain text in UTF-8 or UTF-16 as text, but not markup, RTF, pictures or 8-bit legacy text', () => {
    expect(detectFormat(strToU8('BÁO CÁO\n\nKết quả công tác cải cách hành chính quý II'))).toBe('txt');
    expect(detectFormat(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8('Sở Nội vụ')]))).toBe('txt');
    const utf16 = Buffer.from('\uFEFFSở Tư pháp tiếp nhận 48 hồ sơ', 'utf16le');
    expect(detectFormat(new Uint8Array(utf16))).toBe('txt');
    expect(reportFormatOf(new Uint8Array(utf16))).toBe('txt');
    expect(detectFormat(strToU8('<!DOCTYPE html><html><body>Báo cáo</body></html>'))).toBe('unknown');
    expect(detectFormat(strToU8('{\\rtf1\\ansi Bao cao}'))).toBe('unknown');
    expect(detectFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('unknown');
    // TCVN3 (8-bit) text is no UTF-8.
    expect(detectFormat(new Uint8Array([0x53, 0xd5, 0x20, 0x4e, 0xe9, 0x69, 0x20, 0x76, 0xf5]))).toBe('unknown');
  });

  it('tolerates junk before the PDF header', () => {
    expect(detectFormat(strToU8('\n\n  %PDF-1.4\n'))).toBe('pdf');
  });
});

describe('convert input errors', () => {
  it.each([
    [new Uint8Array(), 'empty-file'],
    // An OLE2 header and nothing else: no directory to read (a real .doc: test/convert/bad-input.test.ts).
    [ole2, 'corrupt-doc'],
    [plainZip, 'corrupt-docx'],
    [strToU8('<html><body>not a report file</body></html>'), 'unsupported-format'],
    [odf('spreadsheet'), 'unsupported-format'],
  ] as const)('gives a stable code (%#)', async (bytes, code) => {
    await expect(convert(bytes)).rejects.toMatchObject({ name: 'InputError', code });
  });
});
