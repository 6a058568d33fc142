import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/convert/docx-number-format.ts';
import { readXmlDocument } from '../../src/convert/docx-xml-paragraphs.ts';
import type { NumberLabel } from '../../src/convert/docx-list-counter.ts';
import { convertDocx } from '../../src/convert/docx.ts';
import { LevelFormat, docxPart, makeDocx, patchDocx } from './helpers/make-docx.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

interface P {
  text: string;
  numId?: string;
  ilvl?: number;
  style?: string;
}

function documentXml(paragraphs: P[]): string {
  const body = paragraphs
    .map((p) => {
      const numPr =
        p.numId === undefined
          ? ''
          : `<w:numPr>${p.ilvl === undefined ? '' : `<w:ilvl w:val="${p.ilvl}"/>`}<w:numId w:val="${p.numId}"/></w:numPr>`;
      const style = p.style === undefined ? '' : `<w:pStyle w:val="${p.style}"/>`;
      return `<w:p><w:pPr>${style}${numPr}</w:pPr><w:r><w:t xml:space="preserve">${p.text}</w:t></w:r></w:p>`;
    })
    .join('');
  return `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
}

function lvl(ilvl: number, numFmt: string, text: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
}

function numberingXml(abstracts: string, nums: string): string {
  return `<?xml version="1.0"?><w:numbering ${W}>${abstracts}${nums}</w:numbering>`;
}

const show = (l: NumberLabel | undefined): string =>
  l === undefined ? '' : l.kind === 'bullet' ? '-' : l.text + (l.separator === '' ? '|' : '');

function labels(paragraphs: P[], numbering: string, styles = ''): string[] {
  return readXmlDocument({ document: documentXml(paragraphs), numbering, styles }).paragraphs.map((p) => show(p.label));
}

const MULTI = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'decimal', '%2.%3.')}${lvl(3, 'lowerLetter', '%4,')}</w:abstractNum>`;

describe('Word list numbering', () => {
  it('counts per list, resets deeper levels when a shallower one advances', () => {
    const nums = '<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>';
    const got = labels(
      [
        { text: 'a', numId: '5', ilvl: 0 },
        { text: 'b', numId: '5', ilvl: 1 },
        { text: 'c', numId: '5', ilvl: 2 },
        { text: 'd', numId: '5', ilvl: 3 },
        { text: 'e', numId: '5', ilvl: 3 },
        { text: 'plain' },
        { text: 'f', numId: '5', ilvl: 1 },
        { text: 'g', numId: '5', ilvl: 3 },
        { text: 'h', numId: '5', ilvl: 0 },
        { text: 'i', numId: '5', ilvl: 1 },
      ],
      numberingXml(MULTI, nums),
    );
    expect(got).toEqual(['I.', '1.', '1.1.', 'a,', 'b,', '', '2.', 'a,', 'II.', '1.']);
  });

  it('shares counters between nums of one abstractNum; a num with startOverride restarts the shared count where it first appears', () => {
    const nums =
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>';
    const got = labels(
      [
        { text: 'a', numId: '1', ilvl: 1 },
        { text: 'b', numId: '2', ilvl: 1 },
        { text: 'c', numId: '3', ilvl: 1 },
        { text: 'd', numId: '3', ilvl: 1 },
        { text: 'e', numId: '1', ilvl: 1 },
      ],
      numberingXml(MULTI, nums),
    );
    // ('e' goes on from the restarted count, as Word numbers it.)
    expect(got).toEqual(['1.', '2.', '5.', '6.', '7.']);
  });

  it('numbers an outline LibreOffice saved with its first heading under a restarting num and the rest under the plain one', () => {
    const nums =
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
    const got = labels(
      [
        { text: 'a', numId: '3', ilvl: 0 },
        { text: 'b', numId: '2', ilvl: 1 },
        { text: 'c', numId: '2', ilvl: 0 },
        { text: 'd', numId: '2', ilvl: 1 },
        { text: 'e', numId: '2', ilvl: 0 },
      ],
      numberingXml(MULTI, nums),
    );
    expect(got).toEqual(['I.', '1.', 'II.', '1.', 'III.']);
  });

  it('honours start values, lvlRestart, isLgl, suff and numId 0', () => {
    const abs =
      `<w:abstractNum w:abstractNumId="7">` +
      lvl(0, 'upperRoman', 'Phần %1', '<w:suff w:val="space"/>').replace('w:val="1"', 'w:val="3"') +
      lvl(1, 'decimal', '%2.', '<w:lvlRestart w:val="0"/>') +
      lvl(2, 'lowerRoman', '%1.%2.%3', '<w:isLgl/><w:suff w:val="nothing"/>') +
      `</w:abstractNum>`;
    const got = labels(
      [
        { text: 'a', numId: '9', ilvl: 0 },
        { text: 'b', numId: '9', ilvl: 1 },
        { text: 'c', numId: '9', ilvl: 2 },
        { text: 'd', numId: '9', ilvl: 0 },
        { text: 'e', numId: '9', ilvl: 1 },
        { text: 'f', numId: '0', ilvl: 1 },
        { text: 'g', numId: '9', ilvl: 2 },
      ],
      numberingXml(abs, '<w:num w:numId="9"><w:abstractNumId w:val="7"/></w:num>'),
    );
    expect(got).toEqual(['Phần III', '1.', '3.1.1|', 'Phần IV', '2.', '', '4.2.1|']);
  });

  it('takes numbering from paragraph styles, through basedOn, and numStyleLink', () => {
    const styles =
      `<w:styles ${W}>` +
      `<w:style w:type="paragraph" w:styleId="Muc1"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Muc2"><w:basedOn w:val="Muc1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Muc2Dam"><w:basedOn w:val="Muc2"/></w:style>` +
      `<w:style w:type="numbering" w:styleId="DanhSach"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>` +
      `</w:styles>`;
    const numbering = numberingXml(
      MULTI + '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="DanhSach"/></w:abstractNum>',
      '<w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>',
    );
    const got = labels(
      [
        { text: 'a', style: 'Muc1' },
        { text: 'b', style: 'Muc2' },
        { text: 'c', style: 'Muc2Dam' },
        { text: 'd', style: 'Muc2', numId: '0' },
        { text: 'e', numId: '6', ilvl: 0 },
        { text: 'f', style: 'Other' },
      ],
      numbering,
      styles,
    );
    expect(got).toEqual(['I.', '1.', '2.', '', 'II.', '']);
  });

  it('renders bullets as bullets whatever the glyph', () => {
    const abs = `<w:abstractNum w:abstractNumId="2">${lvl(0, 'bullet', '')}${lvl(1, 'bullet', '▪')}</w:abstractNum>`;
    const got = labels(
      [
        { text: 'a', numId: '1', ilvl: 0 },
        { text: 'b', numId: '1', ilvl: 1 },
      ],
      numberingXml(abs, '<w:num w:numId="1"><w:abstractNumId w:val="2"/></w:num>'),
    );
    expect(got).toEqual(['-', '-']);
  });

  it('ignores tracked-change history and alternate content when reading numbers', () => {
    const document =
      `<w:document ${W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` +
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr>` +
      `<w:pPrChange w:id="1"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr></w:pPr></w:pPrChange></w:pPr>` +
      `<w:r><w:t>Một</w:t></w:r></w:p>` +
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>Hộp</w:t></w:r></w:p></mc:Choice><mc:Fallback/></mc:AlternateContent></w:r></w:p>` +
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>Hai &amp; ba</w:t></w:r></w:p>` +
      `</w:body></w:document>`;
    const numbering = numberingXml(MULTI, '<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>');
    const got = readXmlDocument({ document, numbering, styles: '' }).paragraphs;
    expect(got.map((p) => [p.key, show(p.label)])).toEqual([
      ['Một', 'I.'],
      ['', ''],
      ['Haiba', 'II.'],
    ]);
  });
});

describe('formatNumber', () => {
  it('writes Word number formats', () => {
    expect([1, 4, 9, 14, 40, 1999].map((n) => formatNumber(n, 'upperRoman'))).toEqual([
      'I', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIX',
    ]);
    expect(formatNumber(3, 'lowerRoman')).toBe('iii');
    expect([1, 26, 27, 53].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'aaa']);
    expect(formatNumber(2, 'upperLetter')).toBe('B');
    expect(formatNumber(5, 'decimalZero')).toBe('05');
    expect(formatNumber(12, 'decimal')).toBe('12');
    expect(formatNumber(12, 'cardinalText')).toBe('12');
  });
});

describe('numbering in a real .docx', () => {
  it('numbers paragraphs whose numbering comes from a paragraph style', async () => {
    const base = await makeDocx(
      [
        { runs: [{ text: 'Công tác chỉ đạo', bold: true }], list: { ref: 'muc', level: 0 } },
        'Nội dung.',
        { runs: [{ text: 'Kết quả', bold: true }], list: { ref: 'muc', level: 0 } },
      ],
      { muc: [{ format: LevelFormat.UPPER_ROMAN, text: '%1.' }] },
    );
    const numId = /<w:numId w:val="(\d+)"\/>/.exec(docxPart(base, 'word/document.xml'))?.[1];
    expect(numId).toBeDefined();
    // Move the numbering from each paragraph into a "MucLon" paragraph style.
    let bytes = patchDocx(base, 'word/document.xml', (xml) =>
      xml.replace(/(?:<w:pStyle w:val="\w+"\/>)?<w:numPr>[\s\S]*?<\/w:numPr>/g, '<w:pStyle w:val="MucLon"/>'),
    );
    bytes = patchDocx(bytes, 'word/styles.xml', (xml) =>
      xml.replace(
        '</w:styles>',
        `<w:style w:type="paragraph" w:styleId="MucLon"><w:name w:val="Muc Lon"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr></w:style></w:styles>`,
      ),
    );
    const { markdown } = await convertDocx(bytes);
    expect(markdown).toBe('**I. Công tác chỉ đạo**\n\nNội dung.\n\n**II. Kết quả**');
  });
});
