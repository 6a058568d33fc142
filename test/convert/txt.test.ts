import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert/index.ts';
import { convertText } from '../../src/convert/txt.ts';
import { processReport } from '../../pipelines/process-report.ts';
import type { Report } from '../../src/schema/report.ts';
import { SEEDS_DIR } from '../seeds.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('convertText', () => {
  it('makes each line a paragraph, escapes what Markdown would read, and joins a hard-wrapped text back', () => {
    const text = [
      'BÁO CÁO',
      '',
      '1. Cải cách thủ tục hành chính',
      '',
      '* Phòng Tư pháp tiếp nhận 215 hồ sơ, giải quyết đúng hạn 210 hồ sơ; trễ hạn',
      '',
      '05 hồ sơ do phải xác minh thêm. Bộ phận Một cửa huyện tiếp nhận 3.104 hồ sơ,',
      'trong đó trực tuyến 2.230 hồ sơ; đã giải quyết 3.050 hồ sơ, đang giải quyết 54',
      'hồ sơ. Các xã, thị trấn tiếp nhận 11.420 hồ sơ, giải quyết đúng hạn 11.398 hồ',
      'sơ, quá hạn 22 hồ sơ.',
    ].join('\r\n');
    const c = convertText(utf8(text));
    expect(c.format).toBe('txt');
    expect(c.markdown.split('\n\n')).toEqual([
      'BÁO CÁO',
      '1\\. Cải cách thủ tục hành chính',
      '* Phòng Tư pháp tiếp nhận 215 hồ sơ, giải quyết đúng hạn 210 hồ sơ; trễ hạn 05 hồ sơ do phải xác minh thêm. Bộ phận Một cửa huyện tiếp nhận 3.104 hồ sơ, trong đó trực tuyến 2.230 hồ sơ; đã giải quyết 3.050 hồ sơ, đang giải quyết 54 hồ sơ. Các xã, thị trấn tiếp nhận 11.420 hồ sơ, giải quyết đúng hạn 11.398 hồ sơ, quá hạn 22 hồ sơ.',
    ]);
    expect(c.pages).toEqual([{ page: 1, start: 0, end: c.markdown.length }]);
  });

  it('reads UTF-16 with its byte-order mark, and composes decomposed letters (NFC)', async () => {
    const bytes = new Uint8Array(Buffer.from('\uFEFFSở Tư pháp tiếp nhận 48 hồ sơ.'.normalize('NFD'), 'utf16le'));
    const c = await convert(bytes);
    expect(c.format).toBe('txt');
    expect(c.markdown).toBe('Sở Tư pháp tiếp nhận 48 hồ sơ.');
  });
});

describe('convertText on a text laid out as its page (pdftotext -layout) or saved line by line', () => {
  it('splits the header block at its gutter, keeps a number with its text, and opens a paragraph at an indented line', () => {
    const text = [
      '     UBND HUYỆN TIÊN DU                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '  PHÒNG NỘI VỤ                              Độc lập - Tự do - Hạnh phúc',
      '                                 BÁO CÁO',
      '         Kết quả công tác cải cách hành chính quý III năm 2024',
      '      Thực hiện Kế hoạch số 41/KH-UBND ngày 10/01/2024 của UBND huyện, Phòng',
      'Nội vụ báo cáo kết quả như sau:',
      '      II.     KẾT QUẢ THỰC HIỆN',
      '      1.      Cải cách thủ tục hành chính',
      '      Bộ phận Một cửa huyện tiếp nhận 2.917 hồ sơ, đã giải quyết 2.880 hồ sơ,',
      'trong đó đúng hạn 2.861 hồ sơ, quá hạn 19 hồ sơ; đang giải quyết 37 hồ sơ.',
      '2.',
      'Cải cách tổ chức bộ máy',
    ].join('\n');
    expect(convertText(utf8(text)).markdown.split('\n\n')).toEqual([
      'UBND HUYỆN TIÊN DU',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'PHÒNG NỘI VỤ',
      'Độc lập - Tự do - Hạnh phúc',
      'BÁO CÁO',
      'Kết quả công tác cải cách hành chính quý III năm 2024',
      'Thực hiện Kế hoạch số 41/KH-UBND ngày 10/01/2024 của UBND huyện, Phòng Nội vụ báo cáo kết quả như sau:',
      'II. KẾT QUẢ THỰC HIỆN',
      '1\\. Cải cách thủ tục hành chính',
      'Bộ phận Một cửa huyện tiếp nhận 2.917 hồ sơ, đã giải quyết 2.880 hồ sơ, trong đó đúng hạn 2.861 hồ sơ, quá hạn 19 hồ sơ; đang giải quyết 37 hồ sơ.',
      '2\\. Cải cách tổ chức bộ máy',
    ]);
  });
});

describe("the seed's own text, as received", () => {
  const seed = (ext: string) => join(SEEDS_DIR, `000_bd9f6219db303450.${ext}`);
  const read = async (ext: string): Promise<Report> => (await processReport(new Uint8Array(readFileSync(seed(ext))), seed(ext))).report;

  it('reads as its rebuilt .docx: the same records, sections and metadata (every printed line a paragraph, blank lines between)', async () => {
    const [txt, docx] = await Promise.all([read('txt'), read('docx')]);
    expect(txt.format).toBe('txt');
    const key = (r: Report['records'][number]) => JSON.stringify([r.metric, r.value, r.dimensions]);
    expect(txt.records.map(key).sort()).toEqual(docx.records.map(key).sort());
    expect(txt.records.length).toBe(31);
    const tree = (r: Report) => JSON.stringify(r.sections, ['number', 'title', 'level', 'canonical', 'children']);
    expect(tree(txt)).toBe(tree(docx));
    for (const field of ['agency', 'province', 'period'] as const) expect(txt[field]).toBe(docx[field]);
    expect(txt.flags.map((f) => [f.check, f.severity])).toEqual(docx.flags.map((f) => [f.check, f.severity]));
  });
});
