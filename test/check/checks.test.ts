/**
 * Every check's examples are its tests (ESLint's RuleTester): valid examples raise no flag,
 * invalid ones raise exactly the flags listed. A meta-test fails when a check file is not
 * registered, has no defaults in config.ts, or lacks examples.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKS, CROSS_CHECKS } from '../../src/check/checks/index.ts';
import { CHECK_DEFAULTS, defaultConfig } from '../../src/check/config.ts';
import { checkReport } from '../../src/check/runner.ts';
import { runCrossChecks } from '../../src/check/cross-check.ts';
import type { CheckExample, ExpectedFlag } from '../../src/check/check.ts';
import type { CrossExample } from '../../src/check/cross-check.ts';
import { Flag } from '../../src/schema/flag.ts';
import { exampleReport } from './example-report.ts';

const dir = fileURLToPath(new URL('../../src/check/checks/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
const all = [...CHECKS, ...CROSS_CHECKS];

function configFor(id: string, settings: CheckExample['settings']) {
  const config = defaultConfig();
  config.checks[id] = { enabled: true, severity: settings?.severity ?? null, tolerance: settings?.tolerance ?? null };
  return config;
}

function expectFlag(flag: Flag | undefined, want: ExpectedFlag, id: string) {
  expect(flag, 'a flag').toBeDefined();
  const f = flag!;
  expect(f.check).toBe(id);
  expect(f.severity).toBe(want.severity);
  if (want.expected !== undefined) expect(f.expected).toBeCloseTo(want.expected, 2);
  if (want.actual !== undefined) expect(f.actual).toBeCloseTo(want.actual, 2);
  if (want.records) expect(f.records).toEqual(want.records);
  for (const m of want.message ?? []) expect(f.message).toContain(m);
  expect(f.fingerprint).toMatch(/^[0-9a-f]{24}$/);
  expect(Flag.parse(f)).toEqual(f);
  expect(f.message).not.toMatch(/\{\{/);
}

describe('check registry', () => {
  it('registers every check file, with its file name as id', () => {
    expect(all.map((c) => `${c.id}.ts`).sort()).toEqual(files.sort());
  });
  it('has documented defaults for exactly the registered checks', () => {
    expect(Object.keys(CHECK_DEFAULTS).sort()).toEqual(all.map((c) => c.id).sort());
  });
  it.each(all.map((c) => [c.id, c] as const))('%s has examples that fire (≥2) and that do not (≥1), and messages', (_id, c) => {
    expect(c.examples.invalid.length).toBeGreaterThanOrEqual(2);
    expect(c.examples.valid.length).toBeGreaterThanOrEqual(1);
    for (const ex of c.examples.invalid) expect(ex.flags?.length ?? 0).toBeGreaterThan(0);
    expect(Object.keys(c.messages).length).toBeGreaterThan(0);
    expect(c.severity).toBe(CHECK_DEFAULTS[c.id]!.severity);
  });
});

for (const check of CHECKS) {
  describe(`check ${check.id}`, () => {
    const run = (ex: CheckExample) =>
      checkReport(
        { ...exampleReport(ex.lines, ex.period ?? '2023-Q2'), agency: ex.agency ?? null, province: ex.province ?? null },
        configFor(check.id, ex.settings),
        [check],
      );
    it.each(check.examples.valid.map((ex) => [ex.name, ex] as const))('no flag: %s', (_n, ex) => {
      expect(run(ex)).toEqual([]);
    });
    it.each(check.examples.invalid.map((ex) => [ex.name, ex] as const))('flags: %s', (_n, ex) => {
      const flags = run(ex);
      expect(flags.map((f) => f.message)).toHaveLength(ex.flags!.length);
      ex.flags!.forEach((want, i) => expectFlag(flags[i], want, check.id));
    });
  });
}

function runCross(id: string, ex: CrossExample): Flag[][] {
  const check = CROSS_CHECKS.find((c) => c.id === id)!;
  const entries = ex.reports.map((r, i) => {
    const input = exampleReport(r.lines, r.period, `sha-${i}`);
    return {
      source: r.source ?? `r${i}.docx`,
      sha256: input.sha256,
      agency: r.agency,
      province: r.province ?? null,
      period: r.period,
      records: input.records,
      markdown: input.markdown!,
    };
  });
  return runCrossChecks(entries, [check], configFor(id, ex.settings));
}

for (const check of CROSS_CHECKS) {
  describe(`cross-report check ${check.id}`, () => {
    it.each(check.examples.valid.map((ex) => [ex.name, ex] as const))('no flag: %s', (_n, ex) => {
      expect(runCross(check.id, ex).flat()).toEqual([]);
    });
    it.each(check.examples.invalid.map((ex) => [ex.name, ex] as const))('flags: %s', (_n, ex) => {
      const perReport = runCross(check.id, ex);
      expect(perReport.flat()).toHaveLength(ex.flags!.length);
      const seen = new Map<number, number>();
      for (const want of ex.flags!) {
        const n = seen.get(want.report) ?? 0;
        seen.set(want.report, n + 1);
        expectFlag(perReport[want.report]?.[n], want, check.id);
      }
    });
  });
}
