import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, ConfigError, defaultConfig, isDefaultConfig, loadConfig, resolveConfig } from '../../src/check/config.ts';
import { checkReport } from '../../src/check/runner.ts';
import type { ExampleLine } from '../../src/check/check.ts';
import { exampleReport } from './example-report.ts';

const rateOff: ExampleLine[] = [
  {
    text: 'Đã giải quyết 1.200 hồ sơ, trong đó đúng hạn 1.170 hồ sơ, đạt tỷ lệ 98,5%.',
    records: [
      { metric: 'dossier.resolved', value: 1200 },
      { metric: 'dossier.resolved_on_time', value: 1170 },
      { metric: 'dossier.on_time_rate', value: 98.5 },
    ],
  },
];
const report = () => exampleReport(rateOff);

function dir(files: { [name: string]: string }): string {
  const d = mkdtempSync(join(tmpdir(), 'solieu-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

describe('check configuration', () => {
  it('defaults: every check on, its own severity and tolerance', () => {
    const c = defaultConfig();
    expect(Object.keys(c.checks).sort()).toEqual([...CHECK_IDS].sort());
    expect(isDefaultConfig(c)).toBe(true);
    expect(checkReport(report(), c).map((f) => [f.check, f.severity])).toEqual([['rate-mismatch', 'error']]);
  });

  it('switches a check off ("off" or false or { enabled: false })', () => {
    for (const setting of ['off', false, { enabled: false }]) {
      const c = resolveConfig({ checks: { 'rate-mismatch': setting } });
      expect(checkReport(report(), c)).toEqual([]);
    }
  });

  it('changes a severity', () => {
    for (const setting of ['warning', { severity: 'warning' }]) {
      const c = resolveConfig({ checks: { 'rate-mismatch': setting } });
      expect(checkReport(report(), c).map((f) => f.severity)).toEqual(['warning']);
    }
  });

  it('changes a tolerance (here in percentage points)', () => {
    expect(checkReport(report(), resolveConfig({ checks: { 'rate-mismatch': { tolerance: 0.5 } } }))).toHaveLength(1);
    expect(checkReport(report(), resolveConfig({ checks: { 'rate-mismatch': { tolerance: 1.5 } } }))).toEqual([]);
  });

  it('rejects an unknown check, a bad severity, a negative tolerance, unknown keys — in Vietnamese', () => {
    const bad: unknown[] = [
      { checks: { 'no-such-check': 'off' } },
      { checks: { 'rate-mismatch': 'loud' } },
      { checks: { 'rate-mismatch': { tolerance: -1 } } },
      { checks: { 'rate-mismatch': { level: 'x' } } },
      { rules: {} },
      [],
    ];
    for (const data of bad) {
      expect(() => resolveConfig(data, 'x.json')).toThrow(ConfigError);
      try {
        resolveConfig(data, 'x.json');
      } catch (e) {
        expect((e as Error).message).toMatch(/Tệp cấu hình x\.json không hợp lệ/);
      }
    }
    expect(() => resolveConfig({ checks: { 'no-such-check': 'off' } })).toThrow(/không có kiểm tra "no-such-check"/);
  });

  it('loads solieu.config.json from the working directory, or the file given', () => {
    const d = dir({ 'solieu.config.json': '{ "checks": { "missing-section": "off" } }', 'other.json': '{ "checks": { "rate-mismatch": "info" } }' });
    expect(loadConfig(undefined, d).checks['missing-section']!.enabled).toBe(false);
    const other = loadConfig('other.json', d);
    expect(other.checks['rate-mismatch']!.severity).toBe('info');
    expect(other.checks['missing-section']!.enabled).toBe(true);
  });

  it('uses the defaults when there is no solieu.config.json; a missing --config file is an error', () => {
    const d = dir({});
    expect(isDefaultConfig(loadConfig(undefined, d))).toBe(true);
    expect(() => loadConfig('nope.json', d)).toThrow(/Không tìm thấy tệp cấu hình: nope\.json/);
  });

  it('reports JSON that does not parse', () => {
    const d = dir({ 'solieu.config.json': '{ "checks": ' });
    expect(() => loadConfig(undefined, d)).toThrow(/không phải JSON hợp lệ/);
  });
});
