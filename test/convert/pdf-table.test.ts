import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/convert/pdf-markdown.ts';
import { dropPageFurniture } from '../../src/convert/pdf-page-furniture.ts';
import type { Line } from '../../src/convert/pdf-types.ts';
import { pageLinesWithTables, tableReader } from '../../src/convert/pdf-table.ts';
import type { PdfItem, PdfPage } from '../../src/convert/pdf-types.ts';

// Items in content-stream order, as Word and LibreOffice write a table: row by row, each cell's
// lines top-down before the next cell. Widths at 0.5 em per character of 11 pt text.
const SIZE = 11;
const item = (str: string, x: number, y: number, size = SIZE): PdfItem => ({ str, x, y, width: str.length * 0.5 * size, size, font: 'f1' });
const page = (items: PdfItem[]): PdfPage => ({ page: 1, width: 595, height: 842, items });

type Grid = NonNullable<ReturnType<typeof pageLinesWithTables>[number]['table']>;

/** A table's cells as plain text. */
const texts = (table: Grid): string[][] => table.map((row) => row.map((c) => c?.runs.map((r) => (r.spaceBefore ? ' ' : '') + r.str).join('') ?? ''));

/** The first table among lines read from a page. */
const tableIn = (lines: ReturnType<typeof pageLinesWithTables>): Grid | undefined => lines.find((l) => l.table !== undefined)?.table;

/** The grid of the one table the page holds, cells as plain text. */
function grid(items: PdfItem[]): string[][] | undefined {
  const table = tableIn(pageLinesWithTables(page(items)));
  return table && texts(table);
}

/** One row of items at `y`, a cell per column left edge (an empty cell writes nothing). */
const row = (cells: string[], y: number, xs: readonly number[] = [91, 140, 300, 400]): PdfItem[] => cells.flatMap((c, j) => (c === '' ? [] : [item(c, xs[j]!, y)]));

/** The table read on the second of two pages read in turn, as text. */
function secondPageTable(first: PdfPage, second: PdfPage): string[][] | undefined {
  const read = tableReader();
  read(first);
  const table = tableIn(read(second));
  return table && texts(table);
}

describe('PDF tables', () => {
  it('keeps a cell whole when its first line is set in by a first-line indent (Normal style kept in the table)', () => {
    // each cell's first line 28 pt right of its next lines, as "thụt đầu dòng 1 cm" gives
    const items = [
      item('STT', 91, 236),
      item('Đơn vị', 168, 236),
      item('giải quyết', 140, 248.6),
      item('Tiếp nhận', 300, 236),
      item('Đã giải', 428, 236),
      item('quyết', 400, 248.6),
      ...row(['1', 'Sở Tư pháp', '1.486', '1.102'], 275, [91, 168, 300, 400]),
      ...row(['2', 'Sở Xây dựng', '1.035', '987'], 300, [91, 168, 300, 400]),
    ];
    // a label cell's first line justified (its words spread) then set back at the cell's left
    items.push(item('Khối', 168, 325), item('các', 210, 325), item('sở,', 246.5, 325), item('ngành', 140, 337.6), ...row(['', '', '640', '612'], 331, [91, 168, 300, 400]));
    expect(grid(items)).toEqual([
      ['STT', 'Đơn vị giải quyết', 'Tiếp nhận', 'Đã giải quyết'],
      ['1', 'Sở Tư pháp', '1.486', '1.102'],
      ['2', 'Sở Xây dựng', '1.035', '987'],
      ['', 'Khối các sở, ngành', '640', '612'],
    ]);
  });
  it('reads a two-row header with a merged "Đã giải quyết" over three columns, the prose above left out', () => {
    const items = [
      item('Kết quả giải quyết hồ sơ theo từng lĩnh vực như sau:', 113, 200, 13),
      // Row 1: STT, Lĩnh vực, Tiếp nhận (two lines), Đã giải quyết (merged over three columns), Đang giải quyết.
      item('STT', 91, 236),
      item('Lĩnh vực', 156, 236),
      item('Tổng số hồ', 220, 236),
      item('sơ tiếp nhận', 220, 248.6),
      item('Đã giải quyết', 285, 236),
      item('Đang giải', 480, 236),
      item('quyết', 480, 248.6),
      // Row 2: the three columns under "Đã giải quyết".
      item('Trước hạn', 285, 249.3),
      item('Đúng hạn', 350, 249.3),
      item('Quá hạn', 415, 249.3),
      ...[
        ['1', 'Đất đai', '1.245', '820', '360', '15', '50'],
        ['2', 'Tài nguyên', '12', '5', '6', '-', '1'],
      ].flatMap((cells, r) => cells.map((c, j) => item(c, [115, 156, 235, 304, 369, 436, 501][j]!, 275 + 13 * r))),
      item('nước', 156, 300.6),
      item('Trân trọng báo cáo./.', 113, 344, 13),
    ];
    // "nước" is the second line of "Tài nguyên" only when it directly follows it in the stream.
    const ordered = [...items.slice(0, 20), items[items.length - 2]!, ...items.slice(20, items.length - 2), items[items.length - 1]!];
    expect(grid(ordered)).toEqual([
      ['STT', 'Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Đã giải quyết', '', '', 'Đang giải quyết'],
      ['', '', '', 'Trước hạn', 'Đúng hạn', 'Quá hạn', ''],
      ['1', 'Đất đai', '1.245', '820', '360', '15', '50'],
      ['2', 'Tài nguyên nước', '12', '5', '6', '-', '1'],
    ]);
    const lines = pageLinesWithTables(page(ordered));
    expect(lines[0]!.runs.map((r) => r.str).join('')).toMatch(/^Kết quả/);
    expect(lines.at(-1)!.runs.map((r) => r.str).join('')).toBe('Trân trọng báo cáo./.');
  });

  it('spans centred upper header cells over the columns below them', () => {
    const items = [
      item('Lĩnh vực', 91, 236),
      // Each centred over its two columns: 160–280 and 280–400.
      item('Số hồ sơ', 198, 236),
      item('Kết quả', 320, 236),
      item('Tổng số', 170, 249),
      item('Trực tuyến', 225, 249),
      item('Đúng hạn', 290, 249),
      item('Quá hạn', 345, 249),
      item('Hộ tịch', 91, 262),
      item('412', 180, 262),
      item('300', 240, 262),
      item('410', 300, 262),
      item('2', 360, 262),
    ];
    expect(grid(items)).toEqual([
      ['Lĩnh vực', 'Số hồ sơ', '', 'Kết quả', ''],
      ['', 'Tổng số', 'Trực tuyến', 'Đúng hạn', 'Quá hạn'],
      ['Hộ tịch', '412', '300', '410', '2'],
    ]);
  });

  it('leaves prose, a numbered list and a two-cell block of words as lines', () => {
    const prose = [item('Trong quý, Sở tiếp nhận 1.245 hồ sơ, đã giải quyết 1.195 hồ sơ.', 113, 200, 13), item('Tỷ lệ đúng hạn đạt 98,8%.', 85, 216, 13)];
    expect(grid(prose)).toBeUndefined();
    const list = [item('1.', 85, 200, 13), item('Tham mưu ban hành kế hoạch.', 113, 200, 13), item('2.', 85, 216, 13), item('Rà soát 12 thủ tục.', 113, 216, 13)];
    expect(grid(list)).toBeUndefined();
    const signature = [item('Nơi nhận:', 85, 600), item('- Như trên;', 85, 612), item('KT. GIÁM ĐỐC', 380, 600), item('PHÓ GIÁM ĐỐC', 380, 612)];
    expect(grid(signature)).toBeUndefined();
  });

  it('gives a table going on at the top of the next page, its header not repeated, the header again', () => {
    const first = page([item('Kết quả theo lĩnh vực:', 113, 700, 13), ...row(['STT', 'Lĩnh vực', 'Tiếp nhận', 'Quá hạn'], 720), ...row(['1', 'Hộ tịch', '412', '0'], 735), ...row(['2', 'Chứng thực', '1.830', '1'], 750)]);
    const second = { ...page([item('2', 300, 40), ...row(['3', 'Đất đai', '64', '1'], 80), ...row(['4', 'Xây dựng', '37', '0'], 95), item('Trân trọng báo cáo./.', 113, 130, 13)]), page: 2 };
    expect(secondPageTable(first, second)).toEqual([
      ['STT', 'Lĩnh vực', 'Tiếp nhận', 'Quá hạn'],
      ['3', 'Đất đai', '64', '1'],
      ['4', 'Xây dựng', '37', '0'],
    ]);
    // Read alone, the second page has no header to give its rows.
    expect(pageLinesWithTables(second).some((l) => l.table !== undefined)).toBe(false);
  });

  it('carries a table over a page end with footnotes under it and a running header above its rest', () => {
    const first = page([
      ...row(['STT', 'Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết'], 640),
      ...row(['1', 'Tư pháp', '318', '301'], 655),
      ...row(['2', 'Nội vụ', '57', '57'], 670),
      item('1', 85, 760, 8),
      item('Số liệu lấy từ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh đến ngày 15.', 91, 765, 9),
      item('2', 300, 810),
    ]);
    const second = {
      ...page([item('Báo cáo kết quả cải cách hành chính quý II - Trang 2', 300, 40, 9), ...row(['3', 'Công thương', '96', '95'], 80), ...row(['4', 'Tài chính', '41', '40'], 95), item('Trân trọng báo cáo./.', 113, 120, 13)]),
      page: 2,
    };
    expect(secondPageTable(first, second)).toEqual([
      ['STT', 'Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết'],
      ['3', 'Công thương', '96', '95'],
      ['4', 'Tài chính', '41', '40'],
    ]);
  });

  it('puts the header a page ended with over the rows of figures at the top of the next page', () => {
    const first = page([item('Kết quả giải quyết theo lĩnh vực:', 113, 760, 13), ...row(['TT', 'Lĩnh vực', 'Hồ sơ nhận', 'Trễ hạn'], 780), item('4', 300, 810)]);
    const second = { ...page([...row(['1', 'Hộ tịch', '205', '0'], 80), ...row(['2', 'Đất đai', '1.046', '3'], 95), item('Nhìn chung, kết quả đạt yêu cầu.', 113, 130, 13)]), page: 2 };
    expect(secondPageTable(first, second)).toEqual([
      ['TT', 'Lĩnh vực', 'Hồ sơ nhận', 'Trễ hạn'],
      ['1', 'Hộ tịch', '205', '0'],
      ['2', 'Đất đai', '1.046', '3'],
    ]);
  });

  it('puts the rest of a row the page broke back into that row, under a repeated header', () => {
    const head = (y: number): PdfItem[] => row(['STT', 'Lĩnh vực', 'Tiếp nhận', 'Quá hạn'], y);
    const first = page([item('Kết quả theo lĩnh vực:', 113, 700, 13), ...head(720), ...row(['1', 'Hộ tịch', '412', '0'], 735), ...row(['2', 'Giám định', '205', '1'], 750)]);
    const second = { ...page([...head(60), ...row(['', 'thương mại', '', ''], 75), ...row(['3', 'Đất đai', '64', '1'], 90), ...row(['4', 'Xây dựng', '37', '0'], 105)]), page: 2 };
    const read = tableReader();
    const one = tableIn(read(first))!;
    const two = tableIn(read(second))!;
    expect(texts(one).at(-1)).toEqual(['2', 'Giám định thương mại', '205', '1']);
    expect(texts(two)).toEqual([
      ['STT', 'Lĩnh vực', 'Tiếp nhận', 'Quá hạn'],
      ['3', 'Đất đai', '64', '1'],
      ['4', 'Xây dựng', '37', '0'],
    ]);
  });

  it('starts another table after a wider gap (an empty paragraph between two tables)', () => {
    const wide = (cells: string[], y: number): PdfItem[] => row(cells, y, [91, 200, 300, 400]);
    const items = [
      ...wide(['Cấp', 'Tiếp nhận', 'Đã giải quyết', 'Quá hạn'], 200),
      ...wide(['Cấp tỉnh', '9.400', '9.320', '12'], 214),
      ...wide(['Cấp huyện', '6.150', '6.100', '8'], 228),
      ...wide(['Thủ tục', 'Tổng số TTHC', 'Toàn trình', 'Một phần'], 258),
      ...wide(['Cấp tỉnh', '1.380', '620', '700'], 272),
    ];
    const tables = pageLinesWithTables(page(items)).filter((l) => l.table !== undefined);
    expect(tables.map((t) => t.table!.length)).toEqual([3, 2]);
  });

  it('ends a table at a numbered heading right under it whose number is a tab from its title (Word\'s automatic numbering)', () => {
    const wide = (cells: string[], y: number): PdfItem[] => row(cells, y, [91, 200, 300, 400]);
    const items = [
      ...wide(['Thời gian', 'Tiếp nhận', 'Đã giải quyết'], 200),
      ...wide(['Quý I', '3.412', '3.389'], 214),
      ...wide(['Quý II', '4.105', '4.066'], 228),
      item('3.', 120, 242),
      item('Cải cách tổ chức bộ máy', 150, 242),
      item('Văn phòng có 04 phòng chuyên môn và 09 Chi nhánh tại các huyện, thị xã, thành phố.', 91, 256),
    ];
    expect(grid(items)).toEqual([
      ['Thời gian', 'Tiếp nhận', 'Đã giải quyết'],
      ['Quý I', '3.412', '3.389'],
      ['Quý II', '4.105', '4.066'],
    ]);
  });

  it('starts a table after a numbered heading just above its header whose number is a tab from its title, the prose above left out', () => {
    const wide = (cells: string[], y: number): PdfItem[] => row(cells, y, [91, 200, 300, 400]);
    const items = [
      item('12 văn bản.', 91, 186),
      item('2.1.', 120, 200),
      item('Theo lĩnh vực', 160, 200),
      ...wide(['Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'], 214),
      ...wide(['Việc làm', '2.315', '2.315', '0'], 228),
      ...wide(['Người có công', '846', '839', '7'], 242),
    ];
    expect(grid(items)).toEqual([
      ['Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'],
      ['Việc làm', '2.315', '2.315', '0'],
      ['Người có công', '846', '839', '7'],
    ]);
  });

  it('joins a word a narrow cell broke ("Công chứn" / "g") but not two words', () => {
    const items = [
      item('TT', 91, 200),
      item('Lĩnh vực', 120, 200),
      item('Tiếp nhận', 200, 200),
      item('Quá hạn', 300, 200),
      item('1', 91, 214),
      item('Công chứn', 120, 214),
      item('g', 120, 226.6),
      item('96', 200, 214),
      item('0', 300, 214),
      item('2', 91, 240),
      item('Hộ', 120, 240),
      item('tịch', 120, 252.6),
      item('412', 200, 240),
      item('1', 300, 240),
    ];
    expect(grid(items)?.slice(1).map((r) => r[1])).toEqual(['Công chứng', 'Hộ tịch']);
  });

  it('never drops a table at the top of every page as a running header', () => {
    const pages = [1, 2, 3].map((n): Line[] => {
      const table = [['STT', 'Đơn vị', 'Tiếp nhận'], [`${n}`, `Chi nhánh số ${n}`, `${300 + n}`]];
      return [
        { page: n, x: 85, right: 500, y: 60, size: 11, text: table.map((r) => r.join(' | ')).join(' | '), spans: [], table },
        { page: n, x: 85, right: 500, y: 400, size: 13, text: ['Công tác tuyên truyền được duy trì.', 'Thể chế được rà soát kịp thời.', 'Bộ máy được sắp xếp tinh gọn.'][n - 1]!, spans: [] },
        { page: n, x: 85, right: 500, y: 416, size: 13, text: ['Các đơn vị đã thực hiện nghiêm.', 'Văn bản trái quy định được xử lý.', 'Đơn vị sự nghiệp tự chủ chi thường xuyên.'][n - 1]!, spans: [] },
      ];
    });
    expect(dropPageFurniture(pages).pages.map((p) => p.length)).toEqual([3, 3, 3]);
  });

  it('keeps a justified cell line, its words spread evenly to the cell width, in one cell', () => {
    const items = [
      item('STT', 91, 200),
      item('Lĩnh vực', 120, 200),
      item('Tiếp nhận', 300, 200),
      item('Quá hạn', 400, 200),
      item('1', 91, 214),
      // "Lý lịch tư pháp cho" stretched: an equal 12 pt between words.
      ...['Lý', 'lịch', 'tư', 'pháp'].reduce<PdfItem[]>((acc, w) => [...acc, item(w, acc.length === 0 ? 120 : acc.at(-1)!.x + acc.at(-1)!.width + 12, 214)], []),
      item('cho công dân', 120, 226.6),
      item('1.480', 300, 214),
      item('0', 400, 214),
    ];
    expect(grid(items)).toEqual([
      ['STT', 'Lĩnh vực', 'Tiếp nhận', 'Quá hạn'],
      ['1', 'Lý lịch tư pháp cho công dân', '1.480', '0'],
    ]);
  });

  it('joins numbers, syllables and capitals a narrow cell broke ("1.20" / "4", "Chư" / "a", "Qu" / "á", "S" / "T" / "T"), not two words', () => {
    const L = 12.6;
    const items = [
      // Header: "STT" one letter a line, "Chưa đến hạn", "Quá hạn", "Trước hạn" broken inside "Trước".
      item('S', 91, 200), item('T', 91, 200 + L), item('T', 91, 200 + 2 * L),
      item('Tổng số', 130, 200),
      item('Chư', 200, 200), item('a đến hạn', 200, 200 + L),
      item('Qu', 260, 200), item('á hạn', 260, 200 + L),
      item('Trướ', 320, 200), item('c', 320, 200 + L), item('hạn', 320, 200 + 2 * L),
      // Body: "1.204" broken after "1.20"; "1.0" / "10" → "1.010".
      item('1', 91, 250), item('1.20', 130, 250), item('4', 130, 250 + L), item('1.0', 200, 250), item('10', 200, 250 + L), item('5', 260, 250), item('980', 320, 250),
      item('2', 91, 280), item('842', 130, 280), item('47', 200, 280), item('5', 260, 280), item('400', 320, 280),
      // "2.306" over three lines of a narrow cell: "2." / "30" / "6".
      item('3', 91, 310), item('2.', 130, 310), item('30', 130, 310 + L), item('6', 130, 310 + 2 * L), item('12', 200, 310), item('0', 260, 310), item('75', 320, 310),
    ];
    expect(grid(items)).toEqual([
      ['STT', 'Tổng số', 'Chưa đến hạn', 'Quá hạn', 'Trước hạn'],
      ['1', '1.204', '1.010', '5', '980'],
      ['2', '842', '47', '5', '400'],
      ['3', '2.306', '12', '0', '75'],
    ]);
  });

  it('joins a bare initial broken off its rhyme ("Tr" / "ướ" / "c") and a figure under a thousand whose last digit wrapped ("15" / "0")', () => {
    const L = 12.6;
    const items = [
      item('STT', 91, 200), item('Tổng số', 130, 200),
      item('Tr', 200, 200), item('ướ', 200, 200 + L), item('c', 200, 200 + 2 * L), item('hạ', 200, 200 + 3 * L), item('n', 200, 200 + 4 * L),
      item('Đúng hạn', 260, 200),
      item('1', 91, 280), item('212', 130, 280), item('15', 200, 280), item('0', 200, 280 + L), item('53', 260, 280),
      item('2', 91, 310), item('88', 130, 310), item('70', 200, 310), item('18', 260, 310),
    ];
    expect(grid(items)).toEqual([
      ['STT', 'Tổng số', 'Trước hạn', 'Đúng hạn'],
      ['1', '212', '150', '53'],
      ['2', '88', '70', '18'],
    ]);
  });

  it('leaves a note under the table out of its last cell though the note ends where that cell\'s figure ends', () => {
    const items = [
      item('Hình thức', 190, 200), item('Số hồ sơ', 420, 200),
      item('Trực tuyến', 190, 214), item('2.012', 435, 214),
      item('Dịch vụ BCCI', 190, 228), item('50', 442, 228),
      // Ends at 453.5, as "50" does (442 + 11).
      { ...item('(Nguồn: Hệ thống thông tin giải quyết TTHC)', 113.5, 243, 12), width: 340 },
    ];
    expect(grid(items)).toEqual([
      ['Hình thức', 'Số hồ sơ'],
      ['Trực tuyến', '2.012'],
      ['Dịch vụ BCCI', '50'],
    ]);
  });

  it('keeps one column under one header cell where dashes sit at its left and figures at its right', () => {
    const items = [
      item('Lĩnh vực', 91, 200), item('Tiếp nhận', 200, 200), item('Số hồ sơ quá hạn', 280, 200),
      item('Hộ tịch', 91, 214), item('612', 200, 214), item('-', 282, 214),
      item('Đất đai', 91, 228), item('318', 200, 228), item('12', 355, 228),
      item('Chứng thực', 91, 242), item('905', 200, 242), item('-', 282, 242),
    ];
    expect(grid(items)).toEqual([
      ['Lĩnh vực', 'Tiếp nhận', 'Số hồ sơ quá hạn'],
      ['Hộ tịch', '612', '-'],
      ['Đất đai', '318', '12'],
      ['Chứng thực', '905', '-'],
    ]);
  });

  it('keeps the STT and Lĩnh vực columns apart under a "Tổng cộng" merged across both', () => {
    const xs = [100, 140, 240, 330];
    const items = [
      ...row(['STT', 'Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết'], 200, xs),
      ...row(['1', 'Đất đai', '2.416', '2.310'], 214, [107, 140, 240, 330]),
      ...row(['2', 'Môi trường', '184', '176'], 228, [107, 140, 240, 330]),
      item('Tổng cộng', 112, 242),
      item('2.600', 240, 242),
      item('2.486', 330, 242),
    ];
    expect(grid(items)).toEqual([
      ['STT', 'Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết'],
      ['1', 'Đất đai', '2.416', '2.310'],
      ['2', 'Môi trường', '184', '176'],
      ['Tổng cộng', '', '2.600', '2.486'],
    ]);
  });

  it('keeps header cells that happen to stand equally apart as cells (no line of the cell goes on under them)', () => {
    const items = [
      item('Lĩnh vực', 91, 200),
      item('Tổng số', 200, 200),
      // "Trực tuyến", "Trực tiếp", "Qua BCCI": 30 pt apart each, wider than any stretched space.
      ...['Trực tuyến', 'Trực tiếp', 'Qua BCCI'].reduce<PdfItem[]>((acc, w) => [...acc, item(w, acc.length === 0 ? 280 : acc.at(-1)!.x + acc.at(-1)!.width + 30, 200)], []),
      ...row(['Đường bộ', '3.214', '2.906', '280', '28'], 214, [91, 200, 280, 365, 445]),
      ...row(['Đường thủy nội địa', '156', '120', '36', '0'], 228, [91, 200, 280, 365, 445]),
    ];
    expect(grid(items)?.[0]).toEqual(['Lĩnh vực', 'Tổng số', 'Trực tuyến', 'Trực tiếp', 'Qua BCCI']);
  });

  it('keeps two stretched words of a justified cell line in one cell when its next line follows under them', () => {
    const items = [
      item('STT', 91, 200),
      item('Lĩnh vực', 120, 200),
      item('Tiếp nhận', 300, 200),
      item('Quá hạn', 400, 200),
      item('1', 91, 214),
      item('Hộ', 120, 214),
      item('tịch,', 150, 214),
      item('chứng', 120, 226.6),
      item('412', 300, 214),
      item('0', 400, 214),
      item('2', 91, 240),
      item('Đất đai', 120, 240),
      item('64', 300, 240),
      item('1', 400, 240),
    ];
    expect(grid(items)?.slice(1)).toEqual([
      ['1', 'Hộ tịch, chứng', '412', '0'],
      ['2', 'Đất đai', '64', '1'],
    ]);
  });

  it('keeps header cells of equal columns apart though they stand as evenly as a stretched line, each over a figure column', () => {
    // "Quý I/2023", "Quý I/2024", "Chênh lệch" centred in three equal columns: 10 pt apart each.
    const items = [
      item('Chỉ tiêu', 150, 200),
      ...['Quý I/2023', 'Quý I/2024', 'Chênh lệch'].reduce<PdfItem[]>((acc, w) => [...acc, item(w, acc.length === 0 ? 300 : acc.at(-1)!.x + acc.at(-1)!.width + 10, 200)], []),
      ...row(['Số hồ sơ tiếp nhận', '2.730', '3.105', '+375'], 214, [91, 312, 377, 440]),
      ...row(['Số hồ sơ quá hạn', '31', '12', '-19'], 228, [91, 318, 383, 446]),
    ];
    expect(grid(items)).toEqual([
      ['Chỉ tiêu', 'Quý I/2023', 'Quý I/2024', 'Chênh lệch'],
      ['Số hồ sơ tiếp nhận', '2.730', '3.105', '+375'],
      ['Số hồ sơ quá hạn', '31', '12', '-19'],
    ]);
  });

  it('gives a last header cell with nothing under it ("Ghi chú" left blank) a column of its own', () => {
    const xs = [91, 130, 250, 340, 490];
    const items = [
      ...row(['TT', 'Đơn vị', 'Số TTHC', 'Số TTHC trực tuyến', 'Ghi'], 200, xs),
      item('chú', 490, 212.6),
      ...row(['1', 'Phòng Kinh tế', '46', '40'], 228, [95, 130, 262, 372]),
      ...row(['2', 'Phòng Tư pháp', '18', '18'], 242, [95, 130, 262, 372]),
    ];
    expect(grid(items)).toEqual([
      ['TT', 'Đơn vị', 'Số TTHC', 'Số TTHC trực tuyến', 'Ghi chú'],
      ['1', 'Phòng Kinh tế', '46', '40', ''],
      ['2', 'Phòng Tư pháp', '18', '18', ''],
    ]);
  });

  it('reads a one-row table of a wrapped label and one figure under a two-cell header, the header word at the left of the wide column', () => {
    const items = [
      item('Chỉ tiêu', 120, 200), item('Kết quả', 226, 200),
      item('Số cơ quan, đơn vị đã', 93, 214), item('ứng dụng phần mềm', 96, 226.6), item('quản lý văn bản', 100, 239.2),
      item('37', 370, 214),
      item('Trân trọng báo cáo./.', 113, 270, 13),
    ];
    expect(grid(items)).toEqual([
      ['Chỉ tiêu', 'Kết quả'],
      ['Số cơ quan, đơn vị đã ứng dụng phần mềm quản lý văn bản', '37'],
    ]);
    // Two cells of words side by side over a line with one figure in prose are no table.
    expect(grid([item('Nơi nhận:', 91, 200), item('GIÁM ĐỐC', 380, 200), item('- Lưu: VT, 02 bản.', 91, 214), item('Trần Văn A', 380, 214)])).toBeUndefined();
  });

  it('ends a table at a tabbed heading after its figures whose title wraps back to the margin', () => {
    const items = [
      ...row(['TT', 'Đơn vị', 'Tiếp nhận', 'Đúng hạn'], 200, [91, 130, 300, 400]),
      ...row(['1', 'Phòng Hành chính', '64', '64'], 214, [95, 130, 305, 405]),
      ...row(['2', 'Phòng Kinh tế', '25', '24'], 228, [95, 130, 305, 405]),
      item('IV.', 113, 250, 13), item('CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH', 157, 250, 13),
      // The title's next line back at the margin; the next heading's number happens to sit centred under it.
      item('NHÀ NƯỚC', 85, 265, 13),
      item('1.', 104.5, 283, 13), item('Sắp xếp tổ chức', 157, 283, 13),
    ];
    expect(grid(items)).toEqual([
      ['TT', 'Đơn vị', 'Tiếp nhận', 'Đúng hạn'],
      ['1', 'Phòng Hành chính', '64', '64'],
      ['2', 'Phòng Kinh tế', '25', '24'],
    ]);
  });

  it('leaves a heading in the text size right above the table out of its first header cell, though their right edges meet', () => {
    const items = [
      item('2. Cải cách tổ chức bộ máy', 113, 184, 13),
      // "Chỉ tiêu" (12 pt) ends where the heading (13 pt) ends, one line below.
      item('Chỉ tiêu', 284.5 - 8 * 6, 201, 12), item('Kết quả', 430, 201, 12),
      item('Số phòng chuyên môn thuộc Sở', 150, 215, 12), item('07', 470, 215, 12),
      item('Số đơn vị sự nghiệp trực thuộc', 150, 229, 12), item('03', 470, 229, 12),
    ];
    const lines = pageLinesWithTables(page(items));
    expect(lines[0]!.runs.map((r) => r.str).join('')).toBe('2. Cải cách tổ chức bộ máy');
    expect(texts(tableIn(lines)!)[0]).toEqual(['Chỉ tiêu', 'Kết quả']);
  });

  it('renders a grid as the pipe table the .docx converter writes', () => {
    expect(renderTable([['Cấp', 'Tiếp nhận'], ['Cấp xã', '9.310'], ['a|b', '']])).toBe(
      '| Cấp | Tiếp nhận |\n| --- | --- |\n| Cấp xã | 9.310 |\n| a\\|b | |',
    );
  });
});
