import { describe, expect, it } from 'vitest';
import { diffReports, recordKey } from '../../pipelines/diff-reports.ts';
import type { Flag, Record } from '../../src/schema/index.ts';

const rec = (metric: string, value: number, extra: Partial<Record> = {}): Record => ({
  metric,
  value,
  unit: 'dossier',
  dimensions: {},
  section: 'II/2',
  canonicalSection: 'procedures',
  text: `${value} hồ sơ`,
  start: 0,
  end: 5,
  rule: 'test',
  confidence: 1,
  ...extra,
});
const flag = (fingerprint: string): Flag => ({ check: 'sum-mismatch', severity: 'error', message: 'x', records: [0], fingerprint });

describe('diffReports', () => {
  it('counts records added, removed and changed by metric, dimensions and section', () => {
    const before = [rec('dossier.received', 560), rec('dossier.resolved', 540), rec('dossier.pending', 20)];
    const after = [
      rec('dossier.received', 580, { start: 99, end: 120 }), // value changed, offsets moved
      rec('dossier.resolved', 540),
      rec('dossier.resolved', 30, { dimensions: { channel: 'online' } }), // new (other dimensions)
    ];
    expect(diffReports({ records: before, flags: [] }, { records: after, flags: [] })).toEqual({
      recordsAdded: 1,
      recordsRemoved: 1,
      recordsChanged: 1,
      flagsOpened: [],
      flagsClosed: [],
    });
  });

  it('pairs repeated records in reading order', () => {
    const before = [rec('dossier.received', 1), rec('dossier.received', 2)];
    const after = [rec('dossier.received', 1), rec('dossier.received', 3), rec('dossier.received', 4)];
    expect(diffReports({ records: before, flags: [] }, { records: after, flags: [] })).toMatchObject({ recordsAdded: 1, recordsRemoved: 0, recordsChanged: 1 });
  });

  it('opens and closes flags by fingerprint; no earlier version means everything is new', () => {
    expect(diffReports({ records: [], flags: [flag('a'), flag('b')] }, { records: [], flags: [flag('b'), flag('c')] })).toMatchObject({
      flagsOpened: ['c'],
      flagsClosed: ['a'],
    });
    expect(diffReports(null, { records: [rec('dossier.received', 1)], flags: [flag('a')] })).toMatchObject({ recordsAdded: 1, flagsOpened: ['a'] });
  });

  it('keys ignore dimension order and keep the qualifier', () => {
    const a = recordKey(rec('dossier.resolved', 1, { dimensions: { channel: 'online', tier: 'district' } }));
    const b = recordKey(rec('dossier.resolved', 1, { dimensions: { tier: 'district', channel: 'online' } }));
    expect(a).toBe(b);
    expect(recordKey(rec('dossier.resolved', 1, { qualifier: 'over' }))).not.toBe(recordKey(rec('dossier.resolved', 1)));
  });
});
