import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert/index.ts';
import { notAReportMessage, notAReportWarning, reportLikeness } from '../../src/convert/not-a-report.ts';

const REPORTS = join(import.meta.dirname, '../../fixtures/reports');

describe('not-a-report', () => {
  it('names the reason', () => {
    expect(reportLikeness('').reason).toBe('empty');
    expect(reportLikeness('The committee met on Monday and agreed the budget for the coming year, with two members absent and one abstaining.').reason).toBe('not-vietnamese');
    const sheet = Array.from({ length: 12 }, (_, i) => `${i + 1} Phòng ${i} ${100 + i} ${98 + i} ${97 + i} 1 99,0%`).join('\n\n');
    expect(reportLikeness(sheet).reason).toBe('spreadsheet');
    // A report's number in the header: a short report over a long table of figures is a report.
    expect(reportLikeness(`UBND HUYỆN CHÂU THÀNH\n\nSố: 402/BC-UBND\n\n**BÁO CÁO**\n\n${sheet}`).reason).toBeUndefined();
    expect(reportLikeness(`Số: 402/KH-UBND\n\n${sheet}`).reason).toBe('spreadsheet');
    expect(reportLikeness(`**PHỤ LỤC**\n\n*(Kèm theo Báo cáo số 402/BC-UBND ngày 16/6/2025 của UBND huyện)*\n\n${sheet}`).reason).toBeUndefined();
    const form = 'Tổng số hồ sơ tiếp nhận: ………… hồ sơ; đã giải quyết: ………… hồ sơ.\n\nĐúng hạn: ………… hồ sơ; quá hạn: ………… hồ sơ; tỷ lệ: ……%.';
    expect(reportLikeness(form).reason).toBe('template');
  });

  it('counts words and figures without the punctuation around them', () => {
    // "(12)," is the figure 12; "5%" a figure; a lone "%" or "–" nothing; "**Sở**" a word.
    const m = reportLikeness('(12), 5% % – **Sở** tiếp nhận “hồ sơ”; năm 2023 và 1.204 hồ sơ.');
    expect({ words: m.words, numbers: m.numbers }).toEqual({ words: 9, numbers: 4 });
    expect(m.vietnameseShare).toBe(1);
  });

  it('passes report prose, even short', () => {
    const text = 'Trong quý, Sở tiếp nhận 1.318 hồ sơ, đã giải quyết 1.296 hồ sơ, trong đó đúng hạn 1.289 hồ sơ, quá hạn 07 hồ sơ.';
    expect(notAReportWarning(text)).toBeUndefined();
  });

  it('is a "not-a-report: …" warning with a Vietnamese message', () => {
    const w = notAReportWarning('');
    expect(w).toMatch(/^not-a-report: .*[À-ỹ]/u);
    expect(notAReportMessage([w ?? ''])).toMatch(/không/);
    expect(notAReportMessage(['legacy-encoding: x'])).toBeUndefined();
  });

  it('never fires on the fixture reports', { timeout: 120_000 }, async () => {
    const files = readdirSync(REPORTS).filter((f) => f.endsWith('.docx'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const c = await convert(new Uint8Array(readFileSync(join(REPORTS, f))));
      expect(`${f}: ${c.warnings.filter((w) => w.startsWith('not-a-report')).join()}`).toBe(`${f}: `);
    }
  });
});
