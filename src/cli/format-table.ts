import type { Report } from '../schema/report.ts';

function dims(d: object): string {
  return Object.entries(d)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

function clip(text: string, n: number): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/** A person's view of each report: metadata, errors, flags with the sentences they come from, records. */
export function formatTable(reports: Report[]): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(`══ ${r.source}`);
    out.push(`   Cơ quan: ${r.agency ?? '—'} | Tỉnh: ${r.province ?? '—'} | Kỳ báo cáo: ${r.period ?? '—'} (${r.periodLabel ?? '—'})`);
    for (const e of r.errors) out.push(`   LỖI [${e.code}] ${e.message}`);
    if (r.flags.length) {
      out.push(`   Cảnh báo (${r.flags.length}):`);
      for (const f of r.flags) {
        const mark = f.severity === 'error' ? 'LỖI' : f.severity === 'warning' ? 'CẢNH BÁO' : 'GHI CHÚ';
        out.push(`   - ${mark} ${f.check}: ${f.message}`);
        for (const i of f.records) {
          const rec = r.records[i];
          if (rec) out.push(`       mục ${rec.section || '—'}: "${clip(rec.text, 110)}"`);
        }
      }
    }
    out.push(`   Số liệu (${r.records.length}):`);
    for (const rec of r.records) {
      const q = rec.qualifier ? ` (${rec.qualifier})` : '';
      const d = dims(rec.dimensions);
      out.push(`   ${rec.section.padEnd(12)} ${rec.metric.padEnd(26)} ${String(rec.value).padStart(9)}${q} ${rec.unit}${d ? `  [${d}]` : ''}`);
    }
    out.push('');
  }
  return out.join('\n');
}
