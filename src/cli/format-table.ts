import type { Flag, Place } from '../schema/flag.ts';
import type { Report } from '../schema/report.ts';

function dims(d: object): string {
  return Object.entries(d)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

function clip(text: string, n: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

const MARK: { [s in Flag['severity']]: string } = { error: 'LỖI', warning: 'CẢNH BÁO', info: 'GHI CHÚ' };

function at(p: Place): string {
  const pos = p.line !== undefined ? `dòng ${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : `vị trí ${p.start}`;
  return p.section ? `${pos}, mục ${p.section}` : pos;
}

/** The sentences a flag comes from: its place, then the conflicting figure's place when elsewhere. */
function sentences(f: Flag, r: Report): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (label: string, p: Place | undefined) => {
    if (!p?.text || seen.has(p.text)) return;
    seen.add(p.text);
    out.push(`       ${label} (${at(p)}): “${clip(p.text, 160)}”`);
  };
  add('tại', f.place);
  add('đối chiếu', f.cause);
  if (out.length === 0) {
    for (const i of f.records) {
      const rec = r.records[i];
      if (rec && !seen.has(rec.text)) {
        seen.add(rec.text);
        out.push(`       mục ${rec.section || '—'}: “${clip(rec.text, 160)}”`);
      }
    }
  }
  return out;
}

function flagLines(r: Report): string[] {
  if (r.flags.length === 0) return r.errors.length ? [] : ['   Không phát hiện điểm bất thường.'];
  const errors = r.flags.filter((f) => f.severity === 'error').length;
  const warnings = r.flags.filter((f) => f.severity === 'warning').length;
  const infos = r.flags.length - errors - warnings;
  const out = [`   Kiểm tra: ${errors} lỗi, ${warnings} cảnh báo${infos ? `, ${infos} ghi chú` : ''}`];
  for (const f of r.flags) {
    out.push(`   - ${MARK[f.severity]} [${f.check}] ${f.message}`);
    out.push(...sentences(f, r));
  }
  return out;
}

/**
 * A person's view of each report: metadata, input errors, the flags with the sentences they
 * come from (and the conflicting figure's sentence), then the figures found.
 */
export function formatTable(reports: Report[]): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(`══ ${r.source}`);
    out.push(`   Cơ quan: ${r.agency ?? '—'} | Tỉnh: ${r.province ?? '—'} | Kỳ báo cáo: ${r.period ?? '—'} (${r.periodLabel ?? '—'})`);
    for (const e of r.errors) out.push(`   LỖI ĐỌC TỆP [${e.code}] ${e.message}`);
    out.push(...flagLines(r));
    if (r.records.length) {
      out.push(`   Số liệu (${r.records.length}):`);
      for (const rec of r.records) {
        const q = rec.qualifier ? ` (${rec.qualifier})` : '';
        const d = dims(rec.dimensions);
        out.push(`   ${rec.section.padEnd(12)} ${rec.metric.padEnd(26)} ${String(rec.value).padStart(9)}${q} ${rec.unit}${d ? `  [${d}]` : ''}`);
      }
    }
    out.push('');
  }
  const all = reports.flatMap((r) => r.flags);
  const errors = all.filter((f) => f.severity === 'error').length;
  const unread = reports.filter((r) => r.errors.length > 0).length;
  const unreadPart = unread > 0 ? ` (${unread} tệp không đọc được)` : '';
  out.push(`Tổng cộng: ${reports.length} báo cáo${unreadPart}, ${errors} lỗi, ${all.length - errors} cảnh báo/ghi chú.`);
  return out.join('\n') + '\n';
}
