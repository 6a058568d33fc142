/**
 * The metric catalog: every metric id solieu emits, its unit and the dimensions it may carry
 * (CONTRACT §3). Rules name metrics from here; a test fails when a rule emits an unknown metric
 * or a dimension the metric does not allow.
 */
import type { Unit } from '../schema/record.ts';

export type DimensionName = 'field' | 'channel' | 'mechanism' | 'level' | 'degree' | 'status' | 'tier' | 'type' | 'subject';

export interface MetricInfo {
  unit: Unit;
  description: string;
  dimensions: DimensionName[];
  /** Contract core metric (scored), as opposed to solieu's own additions. */
  core: boolean;
}

const COMMON: DimensionName[] = ['status', 'tier', 'subject'];
const m = (unit: Unit, description: string, dims: DimensionName[] = [], core = true): MetricInfo => ({
  unit,
  description,
  dimensions: [...dims, ...COMMON],
  core,
});
const DOSSIER_DIMS: DimensionName[] = ['field', 'channel', 'mechanism', 'level'];

export const METRICS: { [id: string]: MetricInfo } = {
  'dossier.received': m('dossier', 'dossiers received in the period', DOSSIER_DIMS),
  'dossier.carried_over': m('dossier', 'carried over from the previous period', DOSSIER_DIMS),
  'dossier.new': m('dossier', 'newly received in the period', DOSSIER_DIMS),
  'dossier.resolved': m('dossier', 'resolved', DOSSIER_DIMS),
  'dossier.resolved_early': m('dossier', 'resolved before the deadline', DOSSIER_DIMS),
  'dossier.resolved_on_time': m('dossier', 'resolved on time (or on time and early as one figure)', DOSSIER_DIMS),
  'dossier.resolved_late': m('dossier', 'resolved after the deadline', DOSSIER_DIMS),
  'dossier.on_time_rate': m('percent', 'share resolved on time (or early/on time)', DOSSIER_DIMS),
  'dossier.late_rate': m('percent', 'share resolved late', DOSSIER_DIMS),
  'dossier.pending': m('dossier', 'still being processed at period end', DOSSIER_DIMS),
  'dossier.pending_on_time': m('dossier', 'pending, not yet due', DOSSIER_DIMS),
  'dossier.pending_overdue': m('dossier', 'pending and already overdue', DOSSIER_DIMS),
  'dossier.returned': m('dossier', 'results returned to applicants', DOSSIER_DIMS),
  'dossier.processed': m('dossier', 'handled through a system', DOSSIER_DIMS),
  'dossier.rejected': m('dossier', 'returned / refused / withdrawn dossiers', DOSSIER_DIMS),
  'feedback.received': m('case', 'feedback and petitions on procedures and regulations', ['field', 'channel']),
  'feedback.resolved': m('case', 'of which handled', ['field', 'channel']),
  'procedure.total': m('procedure', 'procedures under the authority / published set', ['field', 'level']),
  'procedure.online_rate': m('percent', 'share of procedures offered online', ['level', 'field']),
  'procedure.online': m('procedure', 'procedures offered online', ['level', 'field']),
  'procedure.published': m('procedure', 'newly published / announced', ['field']),
  'procedure.amended': m('procedure', 'amended / replaced', ['field']),
  'procedure.abolished': m('procedure', 'abolished or proposed for abolition', ['field']),
  'legal_doc.issued': m('document', 'VBQPPL issued or drafted (type: its kind, nghị quyết / quyết định …)', ['field', 'type']),
  'legal_doc.reviewed': m('document', 'VBQPPL reviewed / inspected', ['field', 'type']),
  'org.divisions': m('unit', 'specialised divisions', ['type']),
  'org.units': m('unit', 'affiliated units', ['type']),
  'staff.total': m('person', 'all staff', ['type']),
  'staff.by_degree': m('person', 'staff by qualification', ['degree']),
  'staff.quota_assigned': m('person', 'civil-servant quota assigned', ['type']),
  'staff.quota_filled': m('person', 'quota filled', ['type']),
  'staff.quota_vacant': m('person', 'quota not filled', ['type']),
  'staff.trained': m('person', 'staff sent to training', ['type', 'degree']),
  'staff.disciplined': m('person', 'staff disciplined', ['type']),
  'inspection.units': m('unit', 'units inspected on reform work', ['type']),
  'iso.units': m('unit', 'bodies applying ISO 9001 systems', ['type']),
};

export function isKnownMetric(id: string): boolean {
  return Object.hasOwn(METRICS, id);
}
