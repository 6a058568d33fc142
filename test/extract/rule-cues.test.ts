/**
 * A rule's `cue` lets the runner skip sentences, so it must be a necessary condition: run without
 * its cue over every passage and every rule's examples, the rule finds figures only in sentences
 * the cue matches. Also: the cue does skip sentences, or it would cost without saving.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/extract/rules/index.ts';
import { extractRecords } from '../../src/extract/runner.ts';
import type { Rule } from '../../src/extract/rule.ts';
import { readStructure } from '../../src/structure/index.ts';
import { fold } from '../../src/text/normalize.ts';
import { exampleMarkdown } from './rule-tester.ts';

const passagesDir = fileURLToPath(new URL('../../fixtures/passages/', import.meta.url));
const passages = readdirSync(passagesDir)
  .filter((f) => /^p\d+\.json$/.test(f))
  .map((f) => (JSON.parse(readFileSync(passagesDir + f, 'utf8')) as { text: string }).text + '\n');
const examples = RULES.flatMap((r) => [...r.examples.valid, ...r.examples.invalid]).map(exampleMarkdown);
const structures = [...passages, ...examples].map((md) => readStructure(md));

const cued = RULES.filter((r): r is Rule & { cue: RegExp } => r.cue !== undefined);

describe('rule cues', () => {
  it('some rules have one', () => {
    expect(cued.length).toBeGreaterThan(5);
  });
  it.each(cued.map((r) => [r.id, r] as const))('%s: every figure it finds, found without the cue, is in a sentence the cue matches', (_id, rule) => {
    const { cue, ...bare } = rule;
    let found = 0;
    for (const s of structures) {
      for (const r of extractRecords(s, [bare])) {
        found++;
        expect(cue.test(fold(r.text)), r.text).toBe(true);
      }
    }
    expect(found).toBeGreaterThan(0);
  });
  it.each(cued.map((r) => [r.id, r] as const))('%s: the cue skips some sentences', (_id, rule) => {
    const sentences = structures.flatMap((s) => s.blocks.map((b) => fold(b.text)));
    expect(sentences.filter((t) => !rule.cue.test(t)).length).toBeGreaterThan(0);
  });
});
