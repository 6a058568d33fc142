/** The consolidated table ("Tổng hợp") and the flag list ("Cảnh báo") as one .xlsx workbook. */
import ExcelJS from 'exceljs';
import type { ConsolidatedTable } from './consolidated.ts';
import type { FlagView } from './flag-list.ts';
import { FLAG_HEADER, consolidatedHeader, consolidatedRows, flagRows } from './tables.ts';

const BOLD = { bold: true } as const;
const CORRECTED_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } as const;

function consolidatedSheet(wb: ExcelJS.Workbook, table: ConsolidatedTable): void {
  const ws = wb.addWorksheet('Tổng hợp', { views: [{ state: 'frozen', xSplit: 2, ySplit: 3 }] });
  ws.addRow([`Bảng tổng hợp số liệu kỳ ${table.period}`]).font = { bold: true, size: 13 };
  const head = consolidatedHeader(table);
  ws.addRow(head.metric).font = BOLD;
  ws.addRow(head.breakdown).font = { italic: true };
  // one merged metric label over its breakdown columns
  let j = 0;
  while (j < table.columns.length) {
    let k = j;
    while (k + 1 < table.columns.length && table.columns[k + 1]!.metric === table.columns[j]!.metric) k++;
    if (k > j) ws.mergeCells(2, j + 3, 2, k + 3);
    j = k + 1;
  }
  const rows = consolidatedRows(table);
  rows.forEach((cells, i) => {
    const row = ws.addRow(cells);
    const data = table.rows[i];
    if (!data) {
      row.font = BOLD;
      return;
    }
    data.corrected.forEach((fixed, c) => {
      if (!fixed) return;
      const cell = row.getCell(c + 3);
      cell.fill = CORRECTED_FILL;
      cell.note = 'Giá trị đã được chuyên viên sửa';
    });
  });
  table.columns.forEach((c, i) => {
    ws.getColumn(i + 3).numFmt = c.unit === 'percent' ? '0.##' : '#,##0';
    ws.getColumn(i + 3).width = 16;
  });
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 16;
}

function flagsSheet(wb: ExcelJS.Workbook, views: readonly FlagView[]): void {
  const ws = wb.addWorksheet('Cảnh báo', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(FLAG_HEADER).font = BOLD;
  for (const cells of flagRows(views)) ws.addRow(cells);
  const widths = [36, 14, 10, 30, 10, 20, 26, 10, 70, 10, 18, 18, 12, 40, 16, 24, 26];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

export async function exportWorkbook(table: ConsolidatedTable, views: readonly FlagView[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'solieu';
  wb.created = new Date();
  consolidatedSheet(wb, table);
  flagsSheet(wb, views);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
