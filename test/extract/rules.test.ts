import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/extract/rules/index.ts';
import { METRICS } from '../../src/extract/catalog.ts';
import { runExample, simplify } from './rule-tester.ts';

const rulesDir = fileURLToPath(new URL('../../src/extract/rules/', import.meta.url));
const ruleFiles = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

describe('rule registry', () => {
  it('registers every rule file, with its file name as id', () => {
    expect(RULES.map((r) => `${r.id}.ts`).sort()).toEqual(ruleFiles.sort());
  });
  it.each(RULES.map((r) => [r.id, r] as const))('%s has valid and invalid examples', (_id, rule) => {
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
    for (const ex of rule.examples.valid) for (const r of ex.records ?? []) expect(METRICS[r.metric], r.metric).toBeDefined();
  });
});

for (const rule of RULES) {
  describe(`rule ${rule.id}`, () => {
    it.each(rule.examples.valid.map((ex) => [ex.text, ex] as const))('finds the figures in %s', (_t, ex) => {
      const got = runExample(rule, ex).map(simplify);
      const want = (ex.records ?? []).map((r) => simplify({ ...r, dimensions: r.dimensions ?? {} }));
      expect(got).toEqual(want);
    });
    it.each(rule.examples.invalid.map((ex) => [ex.text, ex] as const))('finds nothing in %s', (_t, ex) => {
      expect(runExample(rule, ex)).toEqual([]);
    });
  });
}
