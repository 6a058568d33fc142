/** What one report says a figure is, for comparing reports with each other. */
import { fold } from '../text/normalize.ts';
import { bodyKeyOf } from '../text/body-key.ts';
import type { Record } from '../schema/record.ts';
import type { ReportEntry } from './cross-check.ts';
import { DIM_KEYS, norm } from './scope.ts';
import { ofScope } from './period-scope.ts';
import { locateFigures } from './figures.ts';
import { recordsWordedAsParts } from './part-wording.ts';

/** Metrics that add up over a year: a longer period can never have less. Not rates, not stocks. */
export const CUMULATIVE = new Set([
  'dossier.received',
  'dossier.new',
  'dossier.resolved',
  'dossier.resolved_early',
  'dossier.resolved_on_time',
  'dossier.resolved_late',
  'dossier.returned',
  'dossier.processed',
  'dossier.rejected',
  'feedback.received',
  'feedback.resolved',
  'procedure.published',
  'procedure.amended',
  'procedure.abolished',
  'legal_doc.issued',
  'legal_doc.reviewed',
  'staff.trained',
  'staff.disciplined',
]);

const PLAN = new Set(['plan', 'proposals']);
const COMPARISON = /(?<![a-z])(?:so voi|cung ky|nam truoc|ky truoc|quy truoc|thang truoc)(?![a-z])/;
/** How far before a figure a comparison word makes it the compared period's (characters). */
const WINDOW = 40;

/** metric + sorted dims, without the section (sections differ between reports). */
export function metricKey(r: Pick<Record, 'metric' | 'dimensions'>): string {
  const dims = DIM_KEYS.filter((k) => r.dimensions[k] !== undefined)
    .sort()
    .map((k) => `${k}=${norm(r.dimensions[k])}`)
    .join(',');
  return `${r.metric}{${dims}}`;
}

/**
 * The figures a report states once (or always with the same value) for its own period (`scope`
 * "running": as running totals since January, see ofScope):
 * key → { value, record index }. Keys stated with two different values are left out: which one to
 * compare is unclear. A figure of another period named in its sentence ("Riêng quý IV …" in a
 * yearly report, "lũy kế 6 tháng" in a quarter's) or quoted from another body is not the report's.
 */
export function statedFigures(
  rep: ReportEntry,
  metrics?: ReadonlySet<string>,
  scope: 'own' | 'running' = 'own',
): Map<string, { value: number; index: number }> {
  const candidates: number[] = [];
  rep.records.forEach((r, index) => {
    if (metrics && !metrics.has(r.metric)) return;
    if (r.qualifier !== undefined || r.dimensions.status !== undefined || PLAN.has(r.canonicalSection ?? '')) return;
    candidates.push(index);
  });
  // a comparison written before the figure makes it another period's; one after it ("… 1.500 hồ
  // sơ, tăng 5% so với năm 2023") compares the report's own figure with it
  const placed = locateFigures(candidates.map((i) => rep.records[i]!));
  // a part worded as one ("chiếm phần lớn với 1.652 hồ sơ", "hình thức khác 129 hồ sơ") is not the report's figure
  const parts = recordsWordedAsParts(rep.records);
  const picked = candidates.filter((index, k) => {
    const r = rep.records[index]!;
    const at = placed[k]?.start;
    if (parts[index]) return false;
    return !COMPARISON.test(fold(at === undefined ? r.text : r.text.slice(Math.max(0, at - WINDOW), at)));
  });
  const own = ofScope(
    picked.map((i) => rep.records[i]!),
    rep.period,
    rep.agency,
    scope,
  );
  const seen = new Map<string, { value: number; index: number } | null>();
  picked.forEach((index, k) => {
    if (!own[k]) return;
    const r = rep.records[index]!;
    const key = metricKey(r);
    const prev = seen.get(key);
    if (prev === undefined) seen.set(key, { value: r.value, index });
    else if (prev !== null && prev.value !== r.value) seen.set(key, null);
  });
  const out = new Map<string, { value: number; index: number }>();
  for (const [k, v] of seen) if (v) out.set(k, v);
  return out;
}

/** Agency + province, folded, for grouping reports of one body. */
export function bodyKey(rep: ReportEntry): string | null {
  return bodyKeyOf(rep.agency, rep.province);
}
