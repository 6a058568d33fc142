/** The same finding keeps its fingerprint through reprocessing and through unrelated edits. */
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/check/runner.ts';
import { fingerprint } from '../../src/check/fingerprint.ts';
import type { ExampleLine } from '../../src/check/check.ts';
import { exampleReport } from './example-report.ts';

const breakdown: ExampleLine[] = [
  { text: '2.2. Kết quả giải quyết TTHC', kind: 'heading', section: 'II/2/2.2', canonical: 'procedures' },
  { text: 'Trong quý, Sở đã tiếp nhận 48 hồ sơ, cụ thể như sau:', records: [{ metric: 'dossier.received', value: 48 }] },
  { text: '+ Lĩnh vực KH&CN: 14 hồ sơ.', records: [{ metric: 'dossier.received', value: 14, dims: { field: 'KH&CN' } }] },
  { text: '+ Lĩnh vực Đo lường: 36 hồ sơ.', records: [{ metric: 'dossier.received', value: 36, dims: { field: 'Đo lường' } }] },
  { text: '3. Cải cách tổ chức bộ máy', kind: 'heading', section: 'II/3', canonical: 'organization' },
  { text: 'Biên chế được giao 43; có mặt 39; còn thiếu 06 biên chế.', records: [
    { metric: 'staff.quota_assigned', value: 43 },
    { metric: 'staff.quota_filled', value: 39 },
    { metric: 'staff.quota_vacant', value: 6 },
  ] },
];

const prose = (n: number): ExampleLine[] =>
  Array.from({ length: n }, (_, i) => ({ text: `Đoạn văn thêm số ${i + 1} về công tác tuyên truyền, không có số liệu nào.` }));

function run(lines: ExampleLine[], sha = 'sha-A') {
  return checkReport(exampleReport(lines, '2023-Q2', sha));
}

describe('fingerprints', () => {
  it('are the same when the report is processed again', () => {
    expect(run(breakdown).map((f) => f.fingerprint)).toEqual(run(breakdown).map((f) => f.fingerprint));
  });

  it('stay the same after an unrelated edit shifts every offset', () => {
    const before = run(breakdown);
    const after = run([{ text: 'I. Công tác chỉ đạo', kind: 'heading', section: 'I', canonical: 'direction' }, ...prose(3), ...breakdown]);
    expect(before.map((f) => f.check)).toEqual(['sum-mismatch', 'difference-mismatch']);
    expect(after.map((f) => f.check)).toEqual(before.map((f) => f.check));
    // offsets moved …
    expect(after[0]!.place!.start).toBeGreaterThan(before[0]!.place!.start);
    expect(after[0]!.place!.line).toBeGreaterThan(before[0]!.place!.line!);
    // … fingerprints did not
    expect(after.map((f) => f.fingerprint)).toEqual(before.map((f) => f.fingerprint));
  });

  it('stay the same when a value in the finding is corrected but still wrong', () => {
    const edited = breakdown.map((l) =>
      l.text.startsWith('+ Lĩnh vực Đo lường')
        ? { text: '+ Lĩnh vực Đo lường: 37 hồ sơ.', records: [{ metric: 'dossier.received', value: 37, dims: { field: 'Đo lường' } }] }
        : l,
    );
    expect(run(edited)[0]!.fingerprint).toBe(run(breakdown)[0]!.fingerprint);
  });

  it('differ between reports, checks and metric keys', () => {
    const a = run(breakdown, 'sha-A');
    const b = run(breakdown, 'sha-B');
    expect(a[0]!.fingerprint).not.toBe(b[0]!.fingerprint);
    expect(a[0]!.fingerprint).not.toBe(a[1]!.fingerprint);
    expect(fingerprint('sum-mismatch', 'x', ['k1'])).not.toBe(fingerprint('sum-mismatch', 'x', ['k2']));
    expect(fingerprint('sum-mismatch', 'x', ['k1', 'k2'])).toBe(fingerprint('sum-mismatch', 'x', ['k2', 'k1']));
  });

  it('are unique within a report even for two findings about the same keys', () => {
    const twice = [...breakdown.slice(0, 4), ...breakdown.slice(1, 4)];
    const flags = run(twice).filter((f) => f.check === 'sum-mismatch');
    expect(flags).toHaveLength(2);
    expect(new Set(flags.map((f) => f.fingerprint)).size).toBe(2);
  });

  it('report one finding reached twice through a figure restated by a table’s total row once', () => {
    const flow: ExampleLine[] = [
      { text: '2.2. Kết quả giải quyết TTHC', kind: 'heading', section: 'II/2/2.2', canonical: 'procedures' },
      { text: 'Trong năm, Sở tiếp nhận 4.120 hồ sơ; đã giải quyết 3.950 hồ sơ; đang giải quyết 190 hồ sơ.', records: [
        { metric: 'dossier.received', value: 4120 },
        { metric: 'dossier.resolved', value: 3950 },
        { metric: 'dossier.pending', value: 190 },
      ] },
      { text: '| Lĩnh vực | Tiếp nhận | Đã giải quyết |', kind: 'tableRow' },
      { text: '| Tổng cộng | 4.120 | 3.950 |', kind: 'tableRow', records: [
        { metric: 'dossier.received', value: 4120 },
        { metric: 'dossier.resolved', value: 3950 },
      ] },
    ];
    const flags = run(flow).filter((f) => f.check === 'difference-mismatch');
    expect(flags).toHaveLength(1);
    expect(flags[0]!.records).toEqual([0, 1, 2]);
  });

  it('carry line:column computed from the Markdown', () => {
    const [flag] = run(breakdown);
    const md = exampleReport(breakdown).markdown!;
    const lines = md.split('\n');
    expect(lines[flag!.place!.line! - 1]!.slice(flag!.place!.column! - 1)).toMatch(/^Trong quý, Sở đã tiếp nhận 48/);
    expect(flag!.cause!.text).toContain('Lĩnh vực KH&CN');
  });
});
