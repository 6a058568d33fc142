import { describe, expect, it } from 'vitest';
import { deskew, joinSplitLine, mergeFigures, ocrPageLines, parseTsv, runInHeading, splitAtGaps } from '../../src/convert/ocr-lines.ts';
import { ocrLayout } from '../../src/convert/ocr-layout.ts';

/** A page's TSV from word boxes: [block, par, line, left, top, width, height, text]. */
type W = [number, number, number, number, number, number, number, string];
function tsv(words: W[]): string {
  const head = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
  const rows = words.map(([b, p, l, x, y, w, h, t], i) => `5\t1\t${b}\t${p}\t${l}\t${i + 1}\t${x}\t${y}\t${w}\t${h}\t95\t${t}`);
  return [head, '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t', ...rows].join('\n');
}

/** One line of words starting at x, each word 20 px per character plus a 20 px space, baseline `base`. */
function line(block: number, par: number, no: number, x: number, base: number, text: string): W[] {
  const out: W[] = [];
  for (const word of text.split(' ')) {
    const w = 20 * word.length;
    // Words with a descender or a dot below reach 10 px under the baseline; others end on it.
    const deep = /[gpqy,ạọụệộậ]/u.test(word.normalize('NFC'));
    out.push([block, par, no, x, base - 40, w, deep ? 50 : 40, word]);
    x += w + 20;
  }
  return out;
}

describe('ocr lines', () => {
  it('parses TSV words into lines and skips empty words', () => {
    const lines = parseTsv(tsv([...line(1, 1, 1, 100, 200, 'Tổng số hồ sơ'), [1, 1, 1, 500, 160, 20, 40, ' ']]));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.words.map((w) => w.text)).toEqual(['Tổng', 'số', 'hồ', 'sơ']);
  });

  it('puts the baseline at the bottom of words without descenders, in points', () => {
    const [page] = ocrPageLines([tsv(line(1, 1, 1, 300, 600, 'quý này giải quyết 120 hồ sơ'))], 300);
    expect(page![0]!.y).toBeCloseTo((600 * 72) / 300, 5);
    expect(page![0]!.x).toBeCloseTo((300 * 72) / 300, 5);
  });

  it('gives every line the body size found from the line spacing, and orders a shared baseline left to right', () => {
    const words = [
      ...line(2, 1, 1, 1400, 300, 'Độc lập - Tự do'),
      ...line(1, 1, 1, 200, 302, 'SỞ NỘI VỤ'),
      ...line(3, 1, 1, 200, 600, 'Một dòng văn bản thứ nhất của đoạn'),
      ...line(3, 1, 2, 200, 672, 'một dòng văn bản thứ hai của đoạn'),
      ...line(3, 1, 3, 200, 744, 'sau:'),
    ];
    const [page] = ocrPageLines([tsv(words)], 300);
    expect(page!.map((l) => l.text)).toEqual([
      'SỞ NỘI VỤ',
      'Độc lập - Tự do',
      'Một dòng văn bản thứ nhất của đoạn',
      'một dòng văn bản thứ hai của đoạn',
      'sau:',
    ]);
    // 72 px at 300 dpi = 17.28 pt between baselines; / 1.15 ≈ 15 pt; a short word keeps it.
    expect(new Set(page!.map((l) => l.size))).toEqual(new Set([15]));
  });

  it('takes figures and Roman numerals from the English reading of the same box', () => {
    const vie = parseTsv(
      tsv([
        [1, 1, 1, 100, 100, 80, 40, 'quý'],
        [1, 1, 1, 200, 100, 60, 40, 'TIT'],
        [1, 1, 1, 300, 100, 80, 40, '2824'],
        [1, 1, 1, 400, 100, 40, 40, '67'],
        [1, 1, 1, 460, 100, 60, 40, 'hồ'],
      ]),
    );
    const eng = parseTsv(
      tsv([
        [1, 1, 1, 100, 100, 80, 40, 'quy'],
        [1, 1, 1, 201, 101, 58, 39, 'III'],
        [1, 1, 1, 301, 100, 78, 40, '2024'],
        [1, 1, 1, 400, 100, 42, 40, '07'],
        [1, 1, 1, 460, 100, 60, 40, 'h6'],
      ]),
    );
    expect(mergeFigures(vie, eng)).toBe(3);
    expect(vie[0]!.words.map((w) => w.text)).toEqual(['quý', 'III', '2024', '07', 'hồ']);
  });

  it('keeps the Vietnamese word when the English box is elsewhere or not a figure', () => {
    const vie = parseTsv(tsv([[1, 1, 1, 100, 100, 80, 40, '1.250'], [1, 1, 1, 300, 100, 80, 40, 'Sở']]));
    const eng = parseTsv(tsv([[1, 1, 1, 160, 100, 80, 40, '1.290'], [1, 1, 1, 300, 100, 80, 40, '56']]));
    expect(mergeFigures(vie, eng)).toBe(0);
    expect(vie[0]!.words.map((w) => w.text)).toEqual(['1.250', 'Sở']);
  });

  it('lays a page out as the PDF reader does: header cells apart, wrapped lines rejoined', () => {
    const words = [
      ...line(1, 1, 1, 200, 300, 'UBND TỈNH AN GIANG'),
      ...line(2, 1, 1, 950, 300, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
      ...line(1, 1, 2, 260, 372, 'SỞ NỘI VỤ'),
      ...line(2, 1, 2, 1050, 372, 'Độc lập - Tự do - Hạnh phúc'),
      ...line(3, 1, 1, 200, 700, 'I. KẾT QUẢ'),
      ...line(4, 1, 1, 200, 844, 'Trong kỳ, Sở tiếp nhận 1.250 hồ sơ, đã giải quyết đúng hạn 1.200 hồ sơ, đạt'),
      ...line(4, 1, 2, 200, 916, 'tỷ lệ 96%.'),
    ];
    const { markdown } = ocrLayout([tsv(words)], 300);
    expect(markdown.split('\n\n')).toEqual([
      'UBND TỈNH AN GIANG',
      'SỞ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'I. KẾT QUẢ',
      'Trong kỳ, Sở tiếp nhận 1.250 hồ sơ, đã giải quyết đúng hạn 1.200 hồ sơ, đạt tỷ lệ 96%.',
    ]);
  });
});

describe('joinSplitLine', () => {
  const at = (x: number, right: number, text: string) => ({ page: 1, x, right, y: 100, size: 12, text, spans: [{ text, bold: false }] });
  it('joins halves of a line cut at a wide word space, keeps cells across a gutter apart', () => {
    const joined = joinSplitLine([at(50, 300, 'tiếp nhận 1.025 hồ sơ (trực tuyến:'), at(308, 520, '870; trực tiếp: 120)')]);
    expect(joined.map((l) => [l.text, l.x, l.right])).toEqual([['tiếp nhận 1.025 hồ sơ (trực tuyến: 870; trực tiếp: 120)', 50, 520]]);
    const cells = joinSplitLine([at(60, 200, 'SỞ NỘI VỤ'), at(280, 540, 'Độc lập - Tự do - Hạnh phúc')]);
    expect(cells).toHaveLength(2);
  });
});

describe('splitAtGaps', () => {
  it("cuts a line Tesseract read across the header block's gutter", () => {
    const w = (left: number, width: number, text: string) => ({ left, top: 0, width, height: 40, conf: 90, text });
    const words = [w(100, 120, 'UBND'), w(240, 100, 'TỈNH'), w(700, 150, 'Hà'), w(870, 100, 'Nội,')];
    expect(splitAtGaps(words, 120).map((g) => g.map((x) => x.text).join(' '))).toEqual(['UBND TỈNH', 'Hà Nội,']);
    expect(splitAtGaps(words, 500)).toHaveLength(1);
  });
  it('keeps a heading number set apart by a tab (Word\'s automatic numbering) with its title', () => {
    const w = (left: number, width: number, text: string) => ({ left, top: 0, width, height: 40, conf: 90, text });
    const heading = [w(150, 40, 'II.'), w(420, 120, 'KẾT'), w(560, 110, 'QUẢ')];
    expect(splitAtGaps(heading, 120).map((g) => g.map((x) => x.text).join(' '))).toEqual(['II. KẾT QUẢ']);
    // a figure cell far right of a label is still another cell
    const row = [w(150, 40, '1'), w(420, 120, 'Đất'), w(560, 110, 'đai'), w(1400, 90, '1.204')];
    expect(splitAtGaps(row, 120).map((g) => g.map((x) => x.text).join(' '))).toEqual(['1', 'Đất đai', '1.204']);
  });
});

describe('mergeFigures: a small l read as t or L', () => {
  it('takes the l when the English model sees it and the same letters after it', () => {
    const vie = parseTsv(tsv([[1, 1, 1, 100, 100, 60, 40, 'tà'], [1, 1, 1, 200, 100, 60, 40, 'Lệ'], [1, 1, 1, 300, 100, 80, 40, 'tuật']]));
    const eng = parseTsv(tsv([[1, 1, 1, 100, 100, 60, 40, '1a'], [1, 1, 1, 200, 100, 60, 40, 'lé'], [1, 1, 1, 300, 100, 80, 40, 'luat']]));
    expect(mergeFigures(vie, eng)).toBe(3);
    expect(vie[0]!.words.map((w) => w.text)).toEqual(['là', 'lệ', 'luật']);
  });

  it('keeps t and capital L where the English model reads them so', () => {
    const vie = parseTsv(tsv([[1, 1, 1, 100, 100, 80, 40, 'Lâm'], [1, 1, 1, 200, 100, 60, 40, 'tác'], [1, 1, 1, 300, 100, 60, 40, 'tổ']]));
    const eng = parseTsv(tsv([[1, 1, 1, 100, 100, 80, 40, 'Lam'], [1, 1, 1, 200, 100, 60, 40, 'tac'], [1, 1, 1, 300, 100, 60, 40, '1a']]));
    expect(mergeFigures(vie, eng)).toBe(0);
    expect(vie[0]!.words.map((w) => w.text)).toEqual(['Lâm', 'tác', 'tổ']);
  });
});

describe('the national motto starts a cell of its own', () => {
  it('is cut from a left cell Tesseract read on the same line, even across a narrow gutter', () => {
    const w = (left: number, width: number, text: string) => ({ left, top: 0, width, height: 40, conf: 90, text });
    const words = [w(100, 120, 'UBND'), w(240, 100, 'TỈNH'), w(360, 100, 'HÀ'), w(480, 100, 'CỘNG'), w(600, 100, 'HÒA')];
    expect(splitAtGaps(words, 500).map((g) => g.map((x) => x.text).join(' '))).toEqual(['UBND TỈNH HÀ', 'CỘNG HÒA']);
    const at = (x: number, right: number, text: string) => ({ page: 1, x, right, y: 100, size: 12, text, spans: [{ text, bold: false }] });
    expect(joinSplitLine([at(50, 200, 'SỞ Y TẾ'), at(210, 400, 'Độc lập - Tự do - Hạnh phúc')])).toHaveLength(2);
  });
});

describe('runInHeading', () => {
  const w = (text: string, dark: number) => ({ left: 0, top: 0, width: 10, height: 10, conf: 90, text, dark, area: 100 });
  const inked = (ws: { dark?: number; area?: number }[]) => ws.reduce((n, x) => n + (x.dark ?? 0), 0) / ws.reduce((n, x) => n + (x.area ?? 0), 0) > 0.32;
  it('finds a bold numbered title that opens a line of regular text', () => {
    const words = [w('1.', 40), w('Cải', 38), w('cách', 37), w('thể', 36), w('chế.', 38), w('Sở', 25), w('đã', 24), w('ban', 25), w('hành', 24)];
    expect(runInHeading(words, inked)).toBe(5);
  });
  it('finds none when the title is not bold or the line has no marker', () => {
    expect(runInHeading([w('1.', 25), w('Cải', 25), w('cách.', 25), w('Sở', 25)], inked)).toBe(0);
    expect(runInHeading([w('Sở', 40), w('Tư', 40), w('pháp.', 40), w('Trong', 25)], inked)).toBe(0);
  });
});

describe('deskew', () => {
  it('straightens a page scanned at a slant', () => {
    // Two lines sloping 1 px down per 100 px, starting at a margin that drifts left going down.
    const slant = (no: number, x0: number, y0: number): W[] =>
      [0, 1, 2, 3, 4].map((k) => [1, 1, no, x0 + k * 200, y0 + k * 2 - 40, 150, 40, ['Tổ', 'số', 'hồ', 'sơ', 'nhà'][k]!] as W);
    const lines = parseTsv(tsv([...slant(1, 200, 500), ...slant(2, 190, 1500), ...slant(3, 180, 2500)]));
    expect(deskew(lines)).toBeCloseTo(0.01, 4);
    const [a, b] = lines;
    const bottoms = a!.words.map((w) => w.top + w.height);
    expect(Math.max(...bottoms) - Math.min(...bottoms)).toBeLessThan(0.5);
    expect(Math.abs(a!.words[0]!.left - b!.words[0]!.left)).toBeLessThan(0.5);
  });

  it('gives each page its span of the Markdown and escapes Markdown in the text read', () => {
    // Page 1 ends on a short line, so page 2 opens a paragraph of its own.
    const page1 = tsv([...line(1, 1, 1, 200, 700, 'Trong quý, Sở đã tổ chức 02 cuộc kiểm tra công tác cải cách hành chính tại'), ...line(1, 1, 2, 200, 772, 'các phòng.')]);
    const page2 = tsv(line(1, 1, 1, 200, 700, 'Tỷ lệ đạt 98% *tổng số*.'));
    const { markdown, pages } = ocrLayout([page1, page2], 300);
    expect(markdown.split('\n\n')).toEqual([
      'Trong quý, Sở đã tổ chức 02 cuộc kiểm tra công tác cải cách hành chính tại các phòng.',
      'Tỷ lệ đạt 98% \\*tổng số\\*.',
    ]);
    expect(pages).toEqual([
      { page: 1, start: 0, end: markdown.indexOf('\n\nTỷ lệ') },
      { page: 2, start: markdown.indexOf('Tỷ lệ'), end: markdown.length },
    ]);
  });
});
