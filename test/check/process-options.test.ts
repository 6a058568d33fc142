/**
 * The check configuration travels through the pipeline (pipelines/process-report.ts →
 * analyse-markdown.ts), so `solieu extract --config` reads each report once.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../pipelines/analyse-markdown.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../pipelines/analyse-markdown.ts')>();
  return { ...real, analyseMarkdown: vi.fn(real.analyseMarkdown) };
});

const { analyseMarkdown } = await import('../../pipelines/analyse-markdown.ts');
const { processReport } = await import('../../pipelines/process-report.ts');
const { runExtract } = await import('../../src/cli/commands/extract.ts');
const { resolveConfig } = await import('../../src/check/index.ts');

const FIXTURE = join(import.meta.dirname, '../../fixtures/reports/flags/rate-mismatch-1-so-gtvt-ha-tinh.docx');
const bytes = readFileSync(FIXTURE);
const checksOf = (flags: { check: string; severity: string }[]) => flags.map((f) => `${f.check}:${f.severity}`);

vi.setConfig({ testTimeout: 60_000 });

describe('processReport with check options', () => {
  it('uses the defaults without options (backward compatible)', async () => {
    const { report } = await processReport(bytes, 'a.docx');
    expect(checksOf(report.flags)).toContain('rate-mismatch:error');
  });
  it('runs the checks with the configuration given', async () => {
    const off = await processReport(bytes, 'a.docx', { checks: resolveConfig({ checks: { 'rate-mismatch': 'off' } }) });
    expect(checksOf(off.report.flags).some((c) => c.startsWith('rate-mismatch'))).toBe(false);
    const lower = await processReport(bytes, 'a.docx', { checks: resolveConfig({ checks: { 'rate-mismatch': 'info' } }) });
    expect(checksOf(lower.report.flags)).toContain('rate-mismatch:info');
  });
});

describe('solieu extract --config', () => {
  it('reads each report once and applies the configuration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'solieu-opts-'));
    writeFileSync(join(dir, 'r.docx'), bytes);
    writeFileSync(join(dir, 'cfg.json'), JSON.stringify({ checks: { 'rate-mismatch': { severity: 'warning' } } }));
    vi.mocked(analyseMarkdown).mockClear();
    const code = await runExtract([join(dir, 'r.docx')], { format: 'json', out: join(dir, 'out.json'), config: 'cfg.json' }, dir);
    expect(vi.mocked(analyseMarkdown)).toHaveBeenCalledTimes(1);
    const out = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { reports: { flags: { check: string; severity: string }[] }[] };
    expect(checksOf(out.reports[0]!.flags)).toContain('rate-mismatch:warning');
    expect(checksOf(out.reports[0]!.flags)).not.toContain('rate-mismatch:error');
    expect(code).not.toBe(2);
  });
});
