/**
 * conflicting-values joins facts through their sections' ancestors and the summary sections
 * instead of comparing every pair of a group: held here to the pairwise definition on random
 * groups (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { components } from '../../src/check/checks/conflicting-values.ts';
import type { Fact } from '../../src/check/report-view.ts';
import { within } from '../../src/check/scope.ts';

const SECTIONS = ['I', 'II', 'II/1', 'II/2', 'II/2/a', 'II/2/b', 'II/20', 'III', 'III/1'];
const CANONICAL: { [section: string]: string | null } = { I: 'overview', III: 'assessment', 'III/1': 'assessment', II: null };

interface Spec {
  value: number;
  section: string;
  sentence: number;
  run: number;
}

function factOf(s: Spec, metric: string): Fact {
  return {
    record: { metric, value: s.value, section: s.section, canonicalSection: CANONICAL[s.section] ?? null },
    sentence: `s${s.sentence}`,
  } as unknown as Fact;
}

/**
 * Section `s` reaches its ancestor `a` (or itself): no section between them has another
 * subsection stating the figure (those subsections' figures are its parts).
 */
function reaches(s: string, a: string, sections: ReadonlySet<string>): boolean {
  if (!within(s, a)) return false;
  for (let child = s; child !== a; ) {
    const parent = child.slice(0, child.lastIndexOf('/'));
    for (const o of sections) if (o !== parent && within(o, parent) && !within(o, child)) return false;
    child = parent;
  }
  return true;
}

/** The definition: every pair compared. */
function pairwise(specs: readonly Spec[], stock: boolean, tol: number): number[][] {
  const summary = (s: Spec) => CANONICAL[s.section] === 'assessment';
  const sections = new Set(specs.map((s) => s.section));
  const parent = specs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  specs.forEach((a, i) =>
    specs.forEach((b, j) => {
      if (j <= i || Math.abs(a.value - b.value) <= tol || a.sentence === b.sentence) return;
      if (a.run >= 0 && a.run === b.run) return;
      const scope = stock || reaches(a.section, b.section, sections) || reaches(b.section, a.section, sections) || summary(a) || summary(b);
      if (scope) parent[find(j)] = find(i);
    }),
  );
  return partition(specs.length, find);
}

function partition(n: number, find: (i: number) => number): number[][] {
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), i]);
  return [...byRoot.values()];
}

const spec = fc.record({
  value: fc.integer({ min: 0, max: 3 }),
  section: fc.constantFrom(...SECTIONS),
  sentence: fc.integer({ min: 0, max: 6 }),
  run: fc.integer({ min: -1, max: 2 }),
});

describe('conflicting-values components', () => {
  it('are the components of the pairwise definition', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 24 }), fc.boolean(), fc.constantFrom(0, 1), (specs, stock, tol) => {
        const metric = stock ? 'procedure.total' : 'dossier.received';
        const facts = specs.map((s) => factOf(s, metric));
        const find = components(facts, specs.map((s) => s.run), tol + 1e-9);
        expect(partition(specs.length, find)).toEqual(pairwise(specs, stock, tol + 1e-9));
      }),
      { numRuns: 2000 },
    );
  });

  it('join a figure with its ancestor section and a summary, not with a sibling section nor, when a sibling states it too, with the parent', () => {
    const specs: Spec[] = [
      { value: 10, section: 'II/2/a', sentence: 0, run: -1 },
      { value: 12, section: 'II/2/b', sentence: 1, run: -1 },
      { value: 14, section: 'II/2', sentence: 2, run: -1 },
      { value: 16, section: 'II/20', sentence: 3, run: -1 },
      { value: 18, section: 'III', sentence: 4, run: -1 },
      { value: 20, section: 'I', sentence: 5, run: -1 },
    ];
    const find = components(specs.map((s) => factOf(s, 'dossier.received')), specs.map((s) => s.run), 1e-9);
    // II/2 holds a and b; III is a summary, so everything joins — but I and II/20 only through it
    expect(partition(specs.length, find)).toEqual([[0, 1, 2, 3, 4, 5]]);
    const noSummary = specs.slice(0, 4);
    const find2 = components(noSummary.map((s) => factOf(s, 'dossier.received')), noSummary.map((s) => s.run), 1e-9);
    // a and b state the figure side by side: parts of II/2's, not restatements; "II/20" is not inside "II/2"
    expect(partition(noSummary.length, find2)).toEqual([[0], [1], [2], [3]]);
    const alone = [specs[0]!, specs[2]!];
    const find3 = components(alone.map((s) => factOf(s, 'dossier.received')), alone.map((s) => s.run), 1e-9);
    // one subsection only: its figure restates its parent's
    expect(partition(alone.length, find3)).toEqual([[0, 1]]);
  });
});
