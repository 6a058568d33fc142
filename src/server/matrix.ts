/** The submission matrix: agencies × periods — arrived, missing, open error flags. */
import { listFlagViews, type FlagCache } from '../export/index.ts';
import type { Store, StoredDocument } from '../store/index.ts';
import { agencyLabel, comparePeriods } from './views/format.ts';

export interface MatrixCell {
  documents: StoredDocument[];
  /** The latest upload: the one the cell links to. */
  latest: StoredDocument;
  openErrors: number;
  openWarnings: number;
  failed: boolean;
}

export interface MatrixRow {
  key: string;
  label: string;
  cells: Map<string, MatrixCell>;
}

export interface Matrix {
  periods: string[];
  rows: MatrixRow[];
  /** Documents with no agency or period yet (queued, failed, unreadable). */
  unplaced: StoredDocument[];
  years: string[];
}

export interface MatrixFilter {
  year?: string;
  /** Q (quarters), H (halves), 9M, Y (years), M (months). */
  kind?: 'Q' | 'H' | '9M' | 'Y' | 'M';
}

export function periodKind(period: string): MatrixFilter['kind'] {
  if (/^\d{4}$/.test(period)) return 'Y';
  if (/-Q/.test(period)) return 'Q';
  if (/-H/.test(period)) return 'H';
  if (/-9M$/.test(period)) return '9M';
  return 'M';
}

export async function buildMatrix(store: Store, filter: MatrixFilter, cache: FlagCache): Promise<Matrix> {
  const documents = await store.listDocuments();
  const open = await listFlagViews(store, { status: 'open' }, cache);
  const errors = new Map<number, number>();
  const warnings = new Map<number, number>();
  for (const v of open) {
    const m = v.flag.severity === 'error' ? errors : v.flag.severity === 'warning' ? warnings : null;
    m?.set(v.document.id, (m.get(v.document.id) ?? 0) + 1);
  }
  const years = [...new Set(documents.map((d) => d.period?.slice(0, 4)).filter((y): y is string => !!y))].sort();
  const periods = new Set<string>();
  const rows = new Map<string, MatrixRow>();
  const unplaced: StoredDocument[] = [];
  for (const doc of documents) {
    if (!doc.agency || !doc.period) {
      unplaced.push(doc);
      continue;
    }
    if (filter.year && !doc.period.startsWith(filter.year)) continue;
    if (filter.kind && periodKind(doc.period) !== filter.kind) continue;
    periods.add(doc.period);
    const key = `${doc.agency}\u0000${doc.province ?? ''}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, label: agencyLabel(doc), cells: new Map() }));
    const cell = row.cells.get(doc.period);
    if (cell) {
      cell.documents.push(doc);
      if (doc.id > cell.latest.id) cell.latest = doc;
      cell.openErrors += errors.get(doc.id) ?? 0;
      cell.openWarnings += warnings.get(doc.id) ?? 0;
      cell.failed ||= doc.status === 'failed';
    } else {
      row.cells.set(doc.period, {
        documents: [doc],
        latest: doc,
        openErrors: errors.get(doc.id) ?? 0,
        openWarnings: warnings.get(doc.id) ?? 0,
        failed: doc.status === 'failed',
      });
    }
  }
  return {
    periods: [...periods].sort(comparePeriods),
    rows: [...rows.values()].sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    unplaced,
    years,
  };
}
