/**
 * The consolidated table of a period (rows agencies, columns metrics with breakdowns, totals,
 * analysts' corrections), the flag list with decisions, and both writers: .csv and .xlsx (read
 * back with exceljs), through the library and through `solieu export`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConsolidated, consolidatedCsv, correctionTarget, exportPeriod, flagsCsv, listFlagViews } from '../../src/export/index.ts';
import { toCsv } from '../../src/export/csv.ts';
import { main } from '../../src/cli/main.ts';
import type { Flag, Record, Report } from '../../src/schema/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';

let dir = '';
let store: Store;
let dbFile = '';

function record(metric: string, value: number, dims: Record['dimensions'] = {}, start = 0, unit: Record['unit'] = 'dossier'): Record {
  return { metric, value, unit, dimensions: dims, section: 'II/2', canonicalSection: 'procedures', text: `câu ${metric} ${value}`, start, end: start + 10, rule: 'test', confidence: 0.9 };
}

function report(agency: string, province: string, period: string, records: Record[], flags: Flag[] = []): Report {
  return { source: `${agency}.docx`, sha256: '', format: 'docx', agency, province, period, periodLabel: null, sections: [], records, flags, errors: [] };
}

async function addReport(r: Report, bytes: string): Promise<number> {
  const { id } = await store.putDocument({ content: new TextEncoder().encode(bytes), fileName: `${bytes}.docx`, format: 'docx' });
  await store.putExtraction({ documentId: id, rulesVersion: 't', report: r });
  return id;
}

const sumFlag: Flag = {
  check: 'sum-mismatch',
  severity: 'error',
  message: 'Tổng các lĩnh vực (30 + 25 = 55) lớn hơn tổng số hồ sơ tiếp nhận (50)',
  records: [0, 1, 2],
  expected: 50,
  actual: 55,
  fingerprint: 'aaaaaaaaaaaaaaaaaaaaaaaa',
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'solieu-export-'));
  dbFile = join(dir, 'store.db');
  store = await openStore(dbFile);
  const a = await addReport(
    report('Sở Tư pháp', 'Hà Nam', '2023-Q1', [
      record('dossier.received', 50, {}, 10),
      record('dossier.received', 30, { field: 'Hộ tịch' }, 20),
      record('dossier.received', 25, { field: 'Chứng thực' }, 30),
      record('dossier.on_time_rate', 98.5, {}, 40, 'percent'),
      record('dossier.received', 999, {}, 50), // a repeat later in the text: the first statement counts
    ], [sumFlag]),
    'tu-phap',
  );
  await store.addReview({ documentId: a, fingerprint: sumFlag.fingerprint, check: 'sum-mismatch', decision: 'corrected', correctedValue: 55, reviewer: 'chuyen.vien', reason: 'Tổng đúng là 55 theo phụ lục' });
  await addReport(report('Sở Y tế', 'Hà Nam', '2023-Q1', [record('dossier.received', 12, {}, 5), record('dossier.on_time_rate', 100, {}, 9, 'percent')]), 'y-te-cu');
  // a newer upload for the same agency and period: it replaces the older one in the table
  await addReport(report('Sở Y tế', 'Hà Nam', '2023-Q1', [record('dossier.received', 14, {}, 5), record('staff.total', 40, {}, 8, 'person')]), 'y-te-moi');
  await addReport(report('Sở Y tế', 'Hà Nam', '2023-Q2', [record('dossier.received', 1, {}, 5)]), 'y-te-q2');
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the consolidated table', () => {
  it('rows agencies, columns metrics with breakdowns, corrections applied, totals', async () => {
    const t = await buildConsolidated(store, '2023-Q1');
    expect(t.rows.map((r) => r.agency)).toEqual(['Sở Tư pháp', 'Sở Y tế']);
    expect(t.columns.map((c) => `${c.metricLabel}|${c.breakdownLabel}`)).toEqual([
      'Hồ sơ tiếp nhận|',
      'Hồ sơ tiếp nhận|lĩnh vực Chứng thực',
      'Hồ sơ tiếp nhận|lĩnh vực Hộ tịch',
      'Tỷ lệ đúng hạn (%)|',
      'Tổng số CBCCVC|',
    ]);
    // the flag's actual (55) is no record's value: the correction goes to its first figure (the stated total)
    expect(t.rows[0]!.values).toEqual([55, 25, 30, 98.5, null]);
    expect(t.rows[0]!.corrected).toEqual([true, false, false, false, false]);
    expect(t.rows[1]!.values).toEqual([14, null, null, null, 40]);
    expect(t.totals).toEqual([69, 25, 30, null, 40]);
    expect(t.duplicates).toEqual([expect.objectContaining({ agency: 'Sở Y tế' })]);
  });

  it('the correction target is the figure whose value is the flag\'s actual when there is one', () => {
    const records = [record('dossier.received', 50), record('dossier.received', 55), record('dossier.received', 5)];
    expect(correctionTarget({ ...sumFlag, records: [0, 1, 2], actual: 55 }, records)).toBe(1);
    expect(correctionTarget({ ...sumFlag, records: [2, 0], actual: 7 }, records)).toBe(2);
    expect(correctionTarget({ ...sumFlag, records: [] }, records)).toBeUndefined();
  });

  it('CSV: a BOM, quoted cells, formulas kept as text', async () => {
    const csv = consolidatedCsv(await buildConsolidated(store, '2023-Q1'));
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('Cơ quan,Tỉnh/thành phố,Hồ sơ tiếp nhận,Hồ sơ tiếp nhận — lĩnh vực Chứng thực,Hồ sơ tiếp nhận — lĩnh vực Hộ tịch,Tỷ lệ đúng hạn (%),Tổng số CBCCVC');
    expect(lines[1]).toBe('Sở Tư pháp,Hà Nam,55,25,30,98.5,');
    expect(lines[3]).toBe('Tổng cộng,,69,25,30,,40');
    expect(toCsv([['a,b', 'say "x"', '=1+1', null, 3]])).toBe('\uFEFF"a,b","say ""x""",\'=1+1,,3\r\n');
  });

  it('the flag list carries the decisions', async () => {
    const views = await listFlagViews(store, { period: '2023-Q1' });
    expect(views).toHaveLength(1);
    const csv = flagsCsv(views);
    expect(csv).toContain('Đã sửa giá trị');
    expect(csv).toContain('Tổng đúng là 55 theo phụ lục');
    expect(csv).toContain('chuyen.vien');
  });

  it('xlsx: both sheets read back', async () => {
    const file = await exportPeriod(store, '2023-Q1', 'xlsx');
    expect(file.fileName).toBe('solieu-2023-Q1.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Tổng hợp')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Bảng tổng hợp số liệu kỳ 2023-Q1');
    expect(sheet.getRow(2).getCell(3).value).toBe('Hồ sơ tiếp nhận');
    expect(sheet.getRow(3).getCell(4).value).toBe('lĩnh vực Chứng thực');
    expect(sheet.getRow(4).values).toEqual([undefined, 'Sở Tư pháp', 'Hà Nam', 55, 25, 30, 98.5]);
    expect(sheet.getRow(6).getCell(1).value).toBe('Tổng cộng');
    expect(sheet.getRow(6).getCell(3).value).toBe(69);
    expect(sheet.getRow(4).getCell(3).note).toBeDefined();
    const flags = wb.getWorksheet('Cảnh báo')!;
    expect(flags.getRow(1).getCell(1).value).toBe('Cơ quan');
    expect(flags.getRow(2).getCell(6).value).toBe('sum-mismatch');
    expect(flags.getRow(2).getCell(13).value).toBe(55);
  });
});

describe('solieu export', () => {
  it('writes the .xlsx and the .csv files', async () => {
    const out = join(dir, 'q1.xlsx');
    expect(await main(['export', '--period', '2023-Q1', '--format', 'xlsx', '--out', out, '--db', dbFile])).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Tổng hợp')!.getRow(5).getCell(1).value).toBe('Sở Y tế');
    const csv = join(dir, 'q2.csv');
    expect(await main(['export', '--period', '2023-Q2', '--format', 'csv', '--out', csv, '--db', dbFile])).toBe(0);
    expect(readFileSync(csv, 'utf8')).toContain('Sở Y tế,Hà Nam,1');
    const audit = await store.listAudit();
    expect(audit.filter((a) => a.action === 'export')).toHaveLength(2);
  });

  it('refuses a malformed period', async () => {
    expect(await main(['export', '--period', 'quy-1', '--db', dbFile])).toBe(2);
  });
});
