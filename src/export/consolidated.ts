/**
 * The consolidated table of a period: one row per agency (agency + province), one column per
 * metric and dimension breakdown, the figures of each agency's current extraction with the
 * analysts' corrections applied, and a totals row (counts summed; rates left blank).
 */
import type { Record, Unit } from '../schema/index.ts';
import type { Store, StoredDocument, StoredExtraction } from '../store/index.ts';
import { correctionTarget } from './correction-target.ts';
import { METRIC_LABELS, dimensionsLabel, metricLabel } from './labels.ts';

export interface ConsolidatedColumn {
  key: string;
  metric: string;
  unit: Unit;
  dimensions: Record['dimensions'];
  metricLabel: string;
  /** The breakdown for people ("lĩnh vực Hộ tịch"), empty for the metric's overall figure. */
  breakdownLabel: string;
}

export interface ConsolidatedRow {
  agency: string;
  province: string | null;
  documentId: number;
  fileName: string;
  values: (number | null)[];
  /** True where the value is an analyst's correction. */
  corrected: boolean[];
}

export interface ConsolidatedTable {
  period: string;
  columns: ConsolidatedColumn[];
  rows: ConsolidatedRow[];
  totals: (number | null)[];
  /** Agencies with several documents for the period: the latest upload was used. */
  duplicates: { agency: string; province: string | null; documentIds: number[] }[];
}

function columnKey(r: Pick<Record, 'metric' | 'dimensions'>): string {
  const dims = Object.entries(r.dimensions)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return `${r.metric}${dims.length ? ' ' + JSON.stringify(Object.fromEntries(dims)) : ''}`;
}

const METRIC_ORDER = new Map(Object.keys(METRIC_LABELS).map((m, i) => [m, i]));

function compareColumns(a: ConsolidatedColumn, b: ConsolidatedColumn): number {
  const ma = METRIC_ORDER.get(a.metric) ?? Number.MAX_SAFE_INTEGER;
  const mb = METRIC_ORDER.get(b.metric) ?? Number.MAX_SAFE_INTEGER;
  if (ma !== mb) return ma - mb;
  if (a.metric !== b.metric) return a.metric.localeCompare(b.metric);
  if (!a.breakdownLabel !== !b.breakdownLabel) return a.breakdownLabel ? 1 : -1;
  return a.breakdownLabel.localeCompare(b.breakdownLabel, 'vi');
}

/** Record index → corrected value, from the latest "corrected" review of each current flag. */
async function corrections(store: Store, ex: StoredExtraction): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  const reviews = await store.latestReviewsByFingerprint(ex.documentId);
  for (const flag of ex.report.flags) {
    const review = reviews.get(flag.fingerprint);
    if (review?.decision !== 'corrected' || review.correctedValue === null) continue;
    const target = correctionTarget(flag, ex.report.records);
    if (target !== undefined) out.set(target, review.correctedValue);
  }
  return out;
}

export async function buildConsolidated(store: Store, period: string): Promise<ConsolidatedTable> {
  const documents = new Map<number, StoredDocument>((await store.listDocuments({ period })).map((d) => [d.id, d]));
  const extractions = await store.listCurrentExtractions({ period });

  // one document per agency: the latest upload
  const byAgency = new Map<string, StoredExtraction[]>();
  for (const ex of extractions) {
    const doc = documents.get(ex.documentId);
    if (!doc?.agency) continue;
    const key = `${doc.agency}\u0000${doc.province ?? ''}`;
    byAgency.set(key, [...(byAgency.get(key) ?? []), ex]);
  }

  const columns = new Map<string, ConsolidatedColumn>();
  const picked: { doc: StoredDocument; cells: Map<string, { value: number; corrected: boolean }> }[] = [];
  const duplicates: ConsolidatedTable['duplicates'] = [];
  for (const list of byAgency.values()) {
    list.sort((a, b) => b.documentId - a.documentId);
    const ex = list[0]!;
    const doc = documents.get(ex.documentId)!;
    if (list.length > 1) {
      duplicates.push({ agency: doc.agency!, province: doc.province, documentIds: list.map((e) => e.documentId) });
    }
    const fixes = await corrections(store, ex);
    const cells = new Map<string, { value: number; corrected: boolean }>();
    const order = ex.report.records.map((r, i) => ({ r, i })).sort((a, b) => a.r.start - b.r.start || a.i - b.i);
    for (const { r, i } of order) {
      const key = columnKey(r);
      if (cells.has(key)) continue; // the first statement of a figure counts
      const fix = fixes.get(i);
      cells.set(key, { value: fix ?? r.value, corrected: fix !== undefined });
      if (!columns.has(key)) {
        columns.set(key, {
          key,
          metric: r.metric,
          unit: r.unit,
          dimensions: r.dimensions,
          metricLabel: metricLabel(r.metric),
          breakdownLabel: dimensionsLabel(r.dimensions),
        });
      }
    }
    picked.push({ doc, cells });
  }

  const cols = [...columns.values()].sort(compareColumns);
  const rows: ConsolidatedRow[] = picked
    .sort(
      (a, b) =>
        (a.doc.agency ?? '').localeCompare(b.doc.agency ?? '', 'vi') ||
        (a.doc.province ?? '').localeCompare(b.doc.province ?? '', 'vi'),
    )
    .map(({ doc, cells }) => ({
      agency: doc.agency!,
      province: doc.province,
      documentId: doc.id,
      fileName: doc.fileName,
      values: cols.map((c) => cells.get(c.key)?.value ?? null),
      corrected: cols.map((c) => cells.get(c.key)?.corrected ?? false),
    }));
  const totals = cols.map((c, j) => {
    if (c.unit === 'percent') return null;
    const values = rows.map((r) => r.values[j]).filter((v): v is number => v !== null && v !== undefined);
    return values.length ? values.reduce((s, v) => s + v, 0) : null;
  });
  return { period, columns: cols, rows, totals, duplicates };
}
