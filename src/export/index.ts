/** Exports of a period: the consolidated table (.xlsx / .csv) and the flag list with decisions. */
import type { Store } from '../store/index.ts';
import { buildConsolidated } from './consolidated.ts';
import { listFlagViews } from './flag-list.ts';
import { consolidatedCsv, flagsCsv } from './to-csv.ts';
import { exportWorkbook } from './to-xlsx.ts';

export { buildConsolidated, type ConsolidatedTable, type ConsolidatedColumn, type ConsolidatedRow } from './consolidated.ts';
export { listFlagViews, findFlagView, FLAG_STATUSES, type FlagView, type FlagFilter, type FlagStatus, type FlagCache } from './flag-list.ts';
export { correctionTarget } from './correction-target.ts';
export { consolidatedCsv, flagsCsv } from './to-csv.ts';
export { exportWorkbook } from './to-xlsx.ts';
export * from './labels.ts';

export type ExportFormat = 'xlsx' | 'csv';
/** csv only: which table (the .xlsx holds both as two sheets). */
export type ExportTable = 'consolidated' | 'flags';

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

export const PERIOD_PATTERN = /^\d{4}(-(Q[1-4]|H[12]|9M|(0[1-9]|1[0-2])))?$/;

export async function exportPeriod(
  store: Store,
  period: string,
  format: ExportFormat,
  table: ExportTable = 'consolidated',
): Promise<ExportFile> {
  if (format === 'xlsx') {
    const body = await exportWorkbook(await buildConsolidated(store, period), await listFlagViews(store, { period }));
    return {
      fileName: `solieu-${period}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body,
    };
  }
  const text =
    table === 'flags'
      ? flagsCsv(await listFlagViews(store, { period }))
      : consolidatedCsv(await buildConsolidated(store, period));
  return {
    fileName: `solieu-${period}${table === 'flags' ? '-canh-bao' : ''}.csv`,
    contentType: 'text/csv; charset=utf-8',
    body: Buffer.from(text, 'utf8'),
  };
}
