import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, Header, Packer, Paragraph, TextRun } from 'docx';
import { convertDocx } from '../../src/convert/docx.ts';
import { firstPageHeaderBlocks } from '../../src/convert/docx-header-part.ts';

const p = (text: string, bold = false): Paragraph => new Paragraph({ children: [new TextRun({ text, bold })], alignment: AlignmentType.CENTER });
const HEADER = ['UBND TỈNH BẮC GIANG', 'SỞ XÂY DỰNG', 'Số: 41/BC-SXD', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Bắc Giang, ngày 10 tháng 6 năm 2024'];
const BODY = ['BÁO CÁO', 'Kết quả cải cách hành chính quý II năm 2024', 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', 'Ban hành 02 văn bản chỉ đạo.'];

async function build(o: { titlePage: boolean; inFirst: boolean; bodyHeader?: boolean }): Promise<Uint8Array> {
  const header = new Header({ children: HEADER.map((t) => p(t)) });
  const doc = new Document({
    sections: [
      {
        properties: { titlePage: o.titlePage },
        headers: o.inFirst ? { first: header, default: new Header({ children: [p('2')] }) } : { default: header },
        children: [...(o.bodyHeader ? HEADER.map((t) => p(t)) : []), ...BODY.map((t) => p(t))],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('the header block in the first page header', () => {
  it('is put before the body when only the page header holds it', async () => {
    const md = (await convertDocx(await build({ titlePage: true, inFirst: true }))).markdown;
    expect(md.split('\n\n').slice(0, 7)).toEqual([...HEADER, 'BÁO CÁO']);
  });

  it('reads the default header when the section has no distinct first page', async () => {
    const md = (await convertDocx(await build({ titlePage: false, inFirst: false }))).markdown;
    expect(md.startsWith('UBND TỈNH BẮC GIANG\n\nSỞ XÂY DỰNG')).toBe(true);
  });

  it('is not repeated when the body has its own header block', async () => {
    const md = (await convertDocx(await build({ titlePage: true, inFirst: true, bodyHeader: true }))).markdown;
    expect(md.split('CỘNG HÒA XÃ HỘI').length).toBe(2);
  });

  it('gives nothing for a page header without the national motto (a page number, a running title)', () => {
    const doc = '<w:body><w:p/><w:sectPr><w:headerReference w:type="default" r:id="rId8"/></w:sectPr></w:body>';
    expect(firstPageHeaderBlocks(doc, { rId8: '<w:hdr><w:p><w:r><w:t>Báo cáo CCHC quý II</w:t></w:r></w:p></w:hdr>' })).toEqual([]);
    expect(firstPageHeaderBlocks(doc, undefined)).toEqual([]);
  });
});
