import { describe, expect, it } from 'vitest';
import { parseStyles } from '../../src/convert/docx-styles.ts';
import { convertDocx } from '../../src/convert/docx.ts';
import { makeDocx, patchDocx } from './helpers/make-docx.ts';

const style = (type: string, id: string, rPr: string, basedOn = ''): string =>
  `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${id}"/>${basedOn === '' ? '' : `<w:basedOn w:val="${basedOn}"/>`}<w:rPr>${rPr}</w:rPr></w:style>`;

/** A .docx of plain paragraphs, then patched: `edit` rewrites document.xml, `styles` are added to styles.xml. */
async function docx(paragraphs: string[], edit: (xml: string) => string, styles: string): Promise<string> {
  let bytes = await makeDocx(paragraphs);
  bytes = patchDocx(bytes, 'word/document.xml', edit);
  bytes = patchDocx(bytes, 'word/styles.xml', (xml) => xml.replace('</w:styles>', `${styles}</w:styles>`));
  return (await convertDocx(bytes)).markdown;
}

describe('bold given by styles', () => {
  it('reads bold set on paragraph and character styles, through basedOn', () => {
    const styles = parseStyles(
      `<w:styles>${style('paragraph', 'Muc', '<w:b/>')}${style('paragraph', 'MucCon', '', 'Muc')}${style('paragraph', 'Thuong', '<w:b w:val="0"/>', 'Muc')}` +
        `${style('character', 'Strong', '<w:b/>')}${style('character', 'Nghieng', '<w:i/>')}</w:styles>`,
    );
    expect(['Muc', 'MucCon', 'Thuong', 'Khac'].map((id) => styles.paragraphBold(id))).toEqual([true, true, false, false]);
    expect([...styles.boldCharacterStyles]).toEqual(['Strong']);
  });

  it('makes the runs of a bold paragraph style bold, unless a run turns bold off', async () => {
    const markdown = await docx(
      ['1. Cải cách thủ tục hành chính', 'Nội dung thường.', 'a) Kiểm soát TTHC: trong quý đã rà soát 12 thủ tục.'],
      (xml) => {
        let k = 0;
        return xml.replace(/<w:p>|<w:p [^>]*>/g, (p) => {
          k++;
          if (k === 2) return p;
          return `${p}<w:pPr><w:pStyle w:val="TieuMuc"/></w:pPr>`;
        });
      },
      style('paragraph', 'TieuMuc', '<w:b/>'),
    );
    expect(markdown.split('\n\n')).toEqual([
      '**1. Cải cách thủ tục hành chính**',
      'Nội dung thường.',
      '**a) Kiểm soát TTHC: trong quý đã rà soát 12 thủ tục.**',
    ]);
    const unbold = await docx(
      ['Tiêu đề'],
      (xml) => xml.replace(/<w:p>|<w:p [^>]*>/, (p) => `${p}<w:pPr><w:pStyle w:val="TieuMuc"/></w:pPr>`).replace(/<w:r>(<w:rPr>)?/, (r, rPr) => (rPr ? `${r}<w:b w:val="0"/>` : `<w:r><w:rPr><w:b w:val="0"/></w:rPr>`)),
      style('paragraph', 'TieuMuc', '<w:b/>'),
    );
    expect(unbold).toBe('Tiêu đề');
  });

  it('makes a run in a bold character style ("Strong") bold', async () => {
    const markdown = await docx(
      ['Kết quả giải quyết hồ sơ'],
      (xml) => xml.replace(/<w:r>(<w:rPr>)?/, (r, rPr) => (rPr ? `${r}<w:rStyle w:val="Strong"/>` : '<w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr>')),
      style('character', 'Strong', '<w:b/>'),
    );
    expect(markdown).toBe('**Kết quả giải quyết hồ sơ**');
  });
});
