import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseMarkdown } from '../../pipelines/analyse-markdown.ts';
import { stopAnalyseHelpers } from '../../pipelines/analyse-helpers.ts';
import { analyseMany, MIN_REPORTS_PER_THREAD, type AnalyseJob } from '../../pipelines/analyse-many.ts';
import { resolveConfig } from '../../src/check/config.ts';
import { convert } from '../../src/convert/index.ts';

const dir = new URL('../../fixtures/reports/', import.meta.url);
let jobs: AnalyseJob[] = [];

beforeAll(async () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.docx')).sort();
  for (const f of files) {
    const { markdown } = await convert(new Uint8Array(readFileSync(new URL(f, dir))));
    jobs.push({ markdown, sha256: `sha-${f}` });
  }
  // Enough reports for two threads, the same report twice among them.
  jobs = [...jobs, ...jobs].slice(0, Math.max(3 * MIN_REPORTS_PER_THREAD, jobs.length));
}, 60_000);
afterAll(() => stopAnalyseHelpers());

describe('analyseMany', () => {
  it('gives, in input order, the analyses analyseMarkdown gives, with a helper doing part of them', async () => {
    const by: number[] = [];
    const analyses = await analyseMany(jobs, { threads: 2, onDone: (helper) => by.push(helper) });
    expect(analyses).toHaveLength(jobs.length);
    expect(analyses.map((a) => JSON.stringify(a))).toEqual(jobs.map((j) => JSON.stringify(analyseMarkdown(j.markdown, j.sha256))));
    expect(analyses.some((a) => a.records.length > 0 && a.flags.length > 0)).toBe(true);
    expect(by).toHaveLength(jobs.length);
    expect(by).toContain(0);
    expect(by).toContain(-1);
  }, 60_000);

  it('runs the check configuration it is given in the helpers too', async () => {
    const off = ['sum-mismatch', 'rate-mismatch', 'conflicting-values', 'difference-mismatch'];
    const checks = resolveConfig({ checks: Object.fromEntries(off.map((id) => [id, 'off'])) });
    const analyses = await analyseMany(jobs, { threads: 2, checks });
    expect(analyses.map((a) => JSON.stringify(a))).toEqual(jobs.map((j) => JSON.stringify(analyseMarkdown(j.markdown, j.sha256, { checks }))));
    const flagged = new Set(analyses.flatMap((a) => a.flags.map((f) => f.check)));
    for (const id of off) expect(flagged.has(id)).toBe(false);
    const before = new Set((await analyseMany(jobs, { threads: 2 })).flatMap((a) => a.flags.map((f) => f.check)));
    expect(off.some((id) => before.has(id))).toBe(true);
  }, 60_000);

  it('runs an analysis of the caller’s own in this thread, for every report', async () => {
    const by: number[] = [];
    const analyses = await analyseMany(jobs, {
      threads: 2,
      analyse: (markdown, sha256) => ({ ...analyseMarkdown(markdown, sha256), agency: `own:${sha256}` }),
      onDone: (helper) => by.push(helper),
    });
    expect(analyses.map((a) => a.agency)).toEqual(jobs.map((j) => `own:${j.sha256}`));
    expect(new Set(by)).toEqual(new Set([-1]));
  });

  it('analyses a few reports in this thread alone', async () => {
    const by: number[] = [];
    await analyseMany(jobs.slice(0, MIN_REPORTS_PER_THREAD * 2 - 1), { threads: 2, onDone: (helper) => by.push(helper) });
    expect(new Set(by)).toEqual(new Set([-1]));
  });
});
