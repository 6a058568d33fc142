import { describe, expect, it } from 'vitest';
import { convertDocx } from '../../src/convert/docx.ts';
import { InputError } from '../../src/convert/input-error.ts';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { makeDocx, makeZip, patchDocx } from './helpers/make-docx.ts';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const err = e as InputError;
    expect(err.message).toMatch(/[À-ỹ]/u); // a Vietnamese message for people
    return err.code;
  }
  throw new Error('expected an InputError');
}

describe('convertDocx input errors', () => {
  it('rejects bytes that are not a zip as corrupt-docx', async () => {
    const bytes = new TextEncoder().encode('PK\u0003\u0004 không phải tệp nén');
    expect(await codeOf(convertDocx(bytes))).toBe('corrupt-docx');
  });

  it('rejects a truncated docx as corrupt-docx', async () => {
    const bytes = await makeDocx(['Nội dung báo cáo.']);
    expect(await codeOf(convertDocx(bytes.slice(0, Math.floor(bytes.length / 2))))).toBe('corrupt-docx');
  });

  it('rejects a zip without word/document.xml as corrupt-docx', async () => {
    const bytes = makeZip({ 'mimetype': 'application/zip', 'noi-dung.txt': 'Báo cáo' });
    expect(await codeOf(convertDocx(bytes))).toBe('corrupt-docx');
  });

  it('rejects broken document XML as corrupt-docx', async () => {
    const bytes = patchDocx(await makeDocx(['Nội dung.']), 'word/document.xml', (xml) =>
      xml.replace('</w:body>', '<w:p><w:r><w:t>hỏng</w:body>'),
    );
    expect(await codeOf(convertDocx(bytes))).toBe('corrupt-docx');
  });

  it('refuses a document.xml declared larger than the limit as zip-bomb, before inflating', async () => {
    const bytes = await makeDocx(['Nội dung báo cáo quý I năm 2023.']);
    expect(await codeOf(convertDocx(bytes, { maxDocxXmlBytes: 200 }))).toBe('zip-bomb');
    await expect(convertDocx(bytes)).resolves.toMatchObject({ markdown: 'Nội dung báo cáo quý I năm 2023.' });
  });

  it('finds the main document through the package relationships', async () => {
    const files = unzipSync(await makeDocx(['Nội dung ở phần khác.']));
    const main = files['word/document.xml'];
    const rels = files['_rels/.rels'];
    if (main === undefined || rels === undefined) throw new Error('docx package lacks its main parts');
    delete files['word/document.xml'];
    files['word/document2.xml'] = main;
    files['_rels/.rels'] = strToU8(strFromU8(rels).replace('word/document.xml', 'word/document2.xml'));
    const documentRels = files['word/_rels/document.xml.rels'];
    if (documentRels) files['word/_rels/document2.xml.rels'] = documentRels;
    const result = await convertDocx(zipSync(files));
    expect(result.markdown).toBe('Nội dung ở phần khác.');
  });
});
