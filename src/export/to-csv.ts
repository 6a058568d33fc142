import type { ConsolidatedTable } from './consolidated.ts';
import { toCsv } from './csv.ts';
import type { FlagView } from './flag-list.ts';
import { FLAG_HEADER, consolidatedFlat, flagRows } from './tables.ts';

export function consolidatedCsv(table: ConsolidatedTable): string {
  return toCsv(consolidatedFlat(table));
}

export function flagsCsv(views: readonly FlagView[]): string {
  return toCsv([FLAG_HEADER, ...flagRows(views)]);
}
