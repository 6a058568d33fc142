import type { Report } from '../schema/report.ts';

const COLUMNS = ['source', 'agency', 'period', 'metric', 'value', 'unit', 'field', 'channel', 'mechanism', 'level', 'degree', 'status', 'tier', 'subject', 'qualifier', 'section', 'text'];

function cell(v: unknown): string {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per record, for spreadsheets. */
export function formatCsv(reports: Report[]): string {
  const rows = [COLUMNS.join(',')];
  for (const r of reports) {
    for (const rec of r.records) {
      const d = rec.dimensions as { [k: string]: string | undefined };
      const row = [r.source, r.agency, r.period, rec.metric, rec.value, rec.unit, d.field, d.channel, d.mechanism, d.level, d.degree, d.status, d.tier, d.subject, rec.qualifier, rec.section, rec.text];
      rows.push(row.map(cell).join(','));
    }
  }
  return rows.join('\n') + '\n';
}
