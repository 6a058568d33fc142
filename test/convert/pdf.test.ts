import { readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { isInputError } from '../../src/convert/input-error.ts';
import { convertPdf } from '../../src/convert/pdf.ts';
import type { Conversion } from '../../src/convert/types.ts';

// Fixtures are built by test/convert/fixtures/make-pdf-fixtures.ts (docx → LibreOffice → PDF).
const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}.pdf`, import.meta.url)));

async function inputErrorCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isInputError(e)) return e.code;
    throw e;
  }
  throw new Error('expected an InputError');
}

const blocks = (c: Conversion): string[] => c.markdown.split('\n\n');

describe('convertPdf on a three-page report', () => {
  let conv: Conversion;
  beforeAll(async () => {
    conv = await convertPdf(fixture('pdf-report'));
  });

  it('splits the header block into its cells: left column, then right column', () => {
    expect(blocks(conv).slice(0, 8)).toEqual([
      'UBND TỈNH HÀ NAM',
      '**SỞ TƯ PHÁP**',
      'Số: 215/BC-STP',
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
      '**Độc lập - Tự do - Hạnh phúc**',
      'Hà Nam, ngày 18 tháng 6 năm 2024',
      '**BÁO CÁO**',
      '**Kết quả công tác cải cách hành chính quý II năm 2024**',
    ]);
  });

  it('rejoins wrapped lines into paragraphs', () => {
    expect(blocks(conv)).toContain(
      'Thực hiện Kế hoạch số 45/KH-UBND ngày 12/01/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2024, ' +
        'Sở Tư pháp đã chủ động xây dựng kế hoạch triển khai, phân công nhiệm vụ cụ thể cho từng phòng, đơn vị và ' +
        'định kỳ kiểm điểm tiến độ tại các cuộc họp giao ban hằng tháng của cơ quan.',
    );
    expect(conv.markdown).not.toMatch(/[^\n]\n[^\n]/);
  });

  it('keeps headings, list items and bullets as separate blocks, bold headings marked', () => {
    const b = blocks(conv);
    for (const expected of [
      '**I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH**',
      '**1\\. Về ban hành kế hoạch**',
      '**2.1. Kết quả giải quyết thủ tục hành chính**',
      '**a) Lĩnh vực hộ tịch:** tiếp nhận 512 hồ sơ, đã giải quyết 505 hồ sơ.',
      'b) Lĩnh vực lý lịch tư pháp:',
      '- Số phiếu lý lịch tư pháp đã cấp: 640 phiếu.',
      '+ Cấp qua dịch vụ công trực tuyến: 402 phiếu.',
      '* Ghi chú: số liệu tính đến ngày 15/6/2024.',
      '• Tỷ lệ hài lòng của người dân đạt 98,6%.',
      '2\\. Đẩy mạnh tiếp nhận hồ sơ trực tuyến toàn trình.',
      '**IV. KIẾN NGHỊ, ĐỀ XUẤT**',
    ]) {
      expect(b).toContain(expected);
    }
  });

  it('drops page numbers and the running header', () => {
    expect(conv.markdown).not.toContain('Báo cáo CCHC quý II năm 2024 – Sở Tư pháp');
    expect(blocks(conv).filter((x) => /^\d+$/.test(x))).toEqual([]);
  });

  it('ends with the closing block: recipients, then the signer', () => {
    expect(blocks(conv).slice(-7)).toEqual([
      'Trân trọng báo cáo./.',
      '**Nơi nhận:**',
      '- UBND tỉnh;',
      '- Sở Nội vụ;',
      '- Lưu: VT, VP.',
      '**GIÁM ĐỐC**',
      '**Trần Văn Bình**',
    ]);
  });

  it('maps every page to the paragraphs that start on it', () => {
    expect(conv.pages.map((p) => p.page)).toEqual([1, 2, 3]);
    let prevEnd = 0;
    for (const p of conv.pages) {
      expect(p.start).toBeGreaterThanOrEqual(prevEnd);
      expect(p.end).toBeGreaterThan(p.start);
      prevEnd = p.end;
    }
    expect(conv.pages[0]!.start).toBe(0);
    expect(conv.pages[2]!.end).toBe(conv.markdown.length);
    // The paragraph running from page 2 onto page 3 belongs to page 2.
    const spanning = conv.markdown.indexOf('Đề nghị tăng cường công tác tuyên truyền');
    const page = conv.pages.find((p) => spanning >= p.start && spanning < p.end);
    expect(page?.page).toBe(2);
    expect(conv.markdown).toContain('các thủ tục hành chính mới được công bố, việc nộp hồ sơ trực tuyến và thanh toán phí, lệ phí không dùng tiền mặt.\n\nTrân trọng');
  });

  it('writes NFC Markdown that remark reads as one block per paragraph', () => {
    expect(conv.markdown).toBe(conv.markdown.normalize('NFC'));
    const tree = unified().use(remarkParse).use(remarkGfm).parse(conv.markdown);
    const bullets = blocks(conv).filter((x) => /^[-+*] /.test(x)).length;
    const lists = tree.children.filter((n) => n.type === 'list').length;
    expect(tree.children.filter((n) => n.type === 'paragraph')).toHaveLength(blocks(conv).length - bullets);
    expect(lists).toBeGreaterThan(0);
    expect(conv.warnings).toEqual([]);
  });

  it('honours maxPages', async () => {
    const first = await convertPdf(fixture('pdf-report'), { maxPages: 1 });
    expect(first.pages.map((p) => p.page)).toEqual([1]);
    expect(first.warnings.join(' ')).toMatch(/1\/3/);
    expect(first.markdown).toContain('**2.1. Kết quả giải quyết thủ tục hành chính**');
    expect(first.markdown).not.toContain('Bám sát Kế hoạch');
  });
});

describe('convertPdf on an NFD PDF', () => {
  it('rejoins the words pdf.js split and matches the NFC rendering (bold aside)', async () => {
    const nfd = await convertPdf(fixture('pdf-report-nfd'));
    const nfc = await convertPdf(fixture('pdf-report'));
    expect(nfd.markdown).toContain('của Ủy ban nhân dân tỉnh');
    expect(nfd.markdown).not.toMatch(/Ủ y/);
    expect(nfd.markdown).toBe(nfc.markdown.replace(/\*\*/g, ''));
    expect(nfd.warnings.join(' ')).toMatch(/NFD/);
  });
});

describe('convertPdf bold hint in a sans-serif PDF', () => {
  it('marks Arial bold headings', async () => {
    const conv = await convertPdf(fixture('pdf-sans'));
    expect(blocks(conv)).toEqual([
      '**I. ĐÁNH GIÁ CHUNG**',
      expect.stringMatching(/^Trong kỳ báo cáo, Sở đã rà soát 36 văn bản .* pháp luật\.$/),
      '**1\\. Ưu điểm**',
      expect.stringMatching(/^Bộ phận một cửa .* trong hạn\.$/),
    ]);
  });
});

describe('convertPdf input errors', () => {
  it('rejects a password-protected PDF', async () => {
    expect(await inputErrorCode(convertPdf(fixture('pdf-encrypted')))).toBe('encrypted-pdf');
  });

  it('rejects a PDF without a text layer', async () => {
    expect(await inputErrorCode(convertPdf(fixture('pdf-blank')))).toBe('no-text-layer');
  });

  it('rejects broken bytes', async () => {
    const junk = new TextEncoder().encode('%PDF-1.7\nđây không phải là một tệp PDF hợp lệ\n%%EOF');
    expect(await inputErrorCode(convertPdf(junk))).toBe('corrupt-pdf');
    const truncated = fixture('pdf-sans').slice(0, 400);
    expect(await inputErrorCode(convertPdf(truncated))).toBe('corrupt-pdf');
  });

  it('does not consume the caller’s bytes', async () => {
    const bytes = fixture('pdf-sans');
    await convertPdf(bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect((await convertPdf(bytes)).markdown).toMatch(/ĐÁNH GIÁ CHUNG/);
  });
});
