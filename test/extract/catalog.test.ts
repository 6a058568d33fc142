/**
 * Every record the whole pipeline (structure → extract → check, pipelines/analyse-markdown.ts) produces
 * keeps to the catalog: a known metric, the catalog's unit, only the dimensions its metric allows,
 * and the shape of the contract's Record (zod schema). Run over every fixture report's Markdown
 * (the .docx builds, converted here) and over every rule example.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseMarkdown } from '../../pipelines/analyse-markdown.ts';
import { convert } from '../../src/convert/index.ts';
import { METRICS, isKnownMetric } from '../../src/extract/catalog.ts';
import { RULES } from '../../src/extract/rules/index.ts';
import { Record } from '../../src/schema/record.ts';
import { exampleMarkdown } from './rule-tester.ts';

const ROOT = join(import.meta.dirname, '../../fixtures/reports');

/** What is wrong with one record, as short strings (empty when it keeps to the catalog). */
function problems(r: Record): string[] {
  const out: string[] = [];
  const where = `${r.metric} ${r.value} (${r.rule}: ${r.text.slice(0, 60)})`;
  if (!isKnownMetric(r.metric)) return [`unknown metric ${where}`];
  const info = METRICS[r.metric]!;
  if (r.unit !== info.unit) out.push(`unit ${r.unit} ≠ ${info.unit}: ${where}`);
  for (const k of Object.keys(r.dimensions)) {
    if (!(info.dimensions as string[]).includes(k)) out.push(`dimension ${k} not allowed: ${where}`);
  }
  const parsed = Record.safeParse(r);
  if (!parsed.success) out.push(`schema: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}: ${where}`);
  return out;
}

function docxFixtures(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? docxFixtures(join(dir, e.name)) : e.name.endsWith('.docx') ? [join(dir, e.name)] : [],
  );
}

describe('records of the fixture reports keep to the catalog', () => {
  const paths = docxFixtures(ROOT).sort();
  const markdown = new Map<string, string>();
  beforeAll(async () => {
    for (const p of paths) markdown.set(p, (await convert(readFileSync(p))).markdown);
  }, 120_000);
  it('has fixture reports to read', () => {
    expect(paths.length).toBeGreaterThan(10);
  });
  for (const p of paths) {
    it(p.slice(ROOT.length + 1), () => {
      const { records } = analyseMarkdown(markdown.get(p)!, 'catalog-test');
      expect(records.length).toBeGreaterThan(0);
      expect(records.flatMap(problems)).toEqual([]);
    });
  }
});

describe('records of the rule examples keep to the catalog', () => {
  for (const rule of RULES) {
    it(rule.id, () => {
      const examples = [...rule.examples.valid, ...rule.examples.invalid];
      const found = examples.flatMap((ex) => analyseMarkdown(exampleMarkdown(ex), 'catalog-test').records);
      expect(found.flatMap(problems)).toEqual([]);
    });
  }
});
