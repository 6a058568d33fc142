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
  it('recognises PDF, docx, legacy doc, plain zip, empty and unknown bytes', () => {
    expect(detectFormat(pdfBytes)).toBe('pdf');
    expect(detectFormat(docxLike)).toBe('docx');
    expect(detectFormat(ole2)).toBe('doc');
    expect(detectFormat(plainZip)).toBe('zip');
    expect(detectFormat(new Uint8Array())).toBe('empty');
    expect(detectFormat(strToU8('Báo cáo kết quả CCHC quý I'))).toBe('unknown');
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
    [strToU8('plain text, not a report file'), 'unsupported-format'],
    [odf('spreadsheet'), 'unsupported-format'],
  ] as const)('gives a stable code (%#)', async (bytes, code) => {
    await expect(convert(bytes)).rejects.toMatchObject({ name: 'InputError', code });
  });
});
