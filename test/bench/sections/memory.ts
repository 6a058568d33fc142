/**
 * 4. Memory: peak RSS (getrusage maxRSS) of one 500-page conversion in a fresh process each, for the
 * raw converter and for solieu, plus an idle process that only loaded solieu; and RSS across the
 * one-thread 10,000-report reprocess of section 2.
 */
import { runChild } from '../child-process.ts';
import type { Corpus } from '../corpus/ensure.ts';
import { mb, met, ms, summarize } from '../stats.ts';
import type { Bucket } from './reprocess.ts';
import type { BenchContext, SectionResult, Target } from './types.ts';

export const PEAK_TARGET = 600 * 1024 * 1024;

interface ChildOut {
  maxRss: number;
  ms: number;
}

async function peak(mode: string, file: string, runs: number): Promise<{ rss: number[]; ms: number[] } | string> {
  const rss: number[] = [];
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    try {
      const r = await runChild<ChildOut>('child/peak-rss.ts', [mode, file], { timeoutMs: 240_000 });
      rss.push(r.maxRss);
      t.push(r.ms);
    } catch (e) {
      return /exit null/.test((e as Error).message) ? 'timed out (240 s)' : `failed: ${(e as Error).message.split('\n')[0]}`;
    }
  }
  return { rss, ms: t };
}

const mbRange = (xs: number[]): string => {
  const s = summarize(xs);
  return `${mb(s.median)} (${mb(s.min)}–${mb(s.max)})`;
};

export async function memory(corpus: Corpus, buckets: Bucket[], done: number, ctx: BenchContext): Promise<SectionResult> {
  const t0 = performance.now();
  // Peak RSS varies little from run to run (a few MB); two fresh processes each keep the bench under its 10 minutes.
  const runs = ctx.quick ? 1 : 2;
  const big = corpus.sizes.find((s) => s.pages === 500);
  const rows: string[] = [];
  const targets: Target[] = [];
  const idle = await peak('idle', '', runs);
  rows.push(`| solieu loaded, nothing read | – | ${typeof idle === 'string' ? idle : mbRange(idle.rss)} | | |`);
  for (const [format, file] of [['.docx', big?.docx], ['.pdf', big?.pdf]] as const) {
    if (!file) {
      rows.push(`| 500 pages ${format} | skipped (no soffice) | | | |`);
      targets.push({ what: `peak RSS, 500 pages ${format}`, value: 'skipped (no soffice)', target: '≤ 600 MB', ok: null });
      continue;
    }
    ctx.log(`  peak RSS 500 pages ${format}: ${runs} fresh processes each`);
    const raw = await peak('raw', file, runs);
    const sol = await peak('solieu', file, runs);
    const rawS = typeof raw === 'string' ? raw : mbRange(raw.rss);
    const solS = typeof sol === 'string' ? sol : mbRange(sol.rss);
    const solMed = typeof sol === 'string' ? NaN : summarize(sol.rss).median;
    const rawMed = typeof raw === 'string' ? NaN : summarize(raw.rss).median;
    const tS = typeof sol === 'string' ? '' : ms(summarize(sol.ms).median);
    rows.push(`| 500 pages ${format} | ${rawS} | ${solS} | ${Number.isFinite(solMed / rawMed) ? (solMed / rawMed).toFixed(2) + '×' : '–'} | ${tS} |`);
    targets.push({ what: `peak RSS, 500 pages ${format}`, value: Number.isFinite(solMed) ? mb(solMed) : solS, target: '≤ 600 MB', ok: solMed <= PEAK_TARGET });
  }
  const full = buckets.filter((b) => b.rssMax > 0);
  const first = full[0];
  const last = full.at(-1);
  // Judged on what the process keeps: RSS after the full collection that ends each bucket. The
  // highest sample within a bucket depends on where the young generation stood when it was taken
  // and moves by ±6 MB from bucket to bucket with no trend (earlier runs); it is printed beside.
  const settled = (b: Bucket | undefined): number | undefined => b?.rssSettled ?? b?.rssMax;
  const a = settled(first);
  const z = settled(last);
  const flat = a !== undefined && z !== undefined && full.length >= 2 ? z <= a : null;
  const heapA = first?.heapSettled;
  const heapZ = last?.heapSettled;
  targets.push({
    what: `RSS across a ${done.toLocaleString('en')}-report reprocess (last ${first?.n ?? ''} vs first, after a full collection)`,
    value:
      a !== undefined && z !== undefined
        ? `${mb(a)} → ${mb(z)}` + (heapA !== undefined && heapZ !== undefined ? ` (heap ${mb(heapA)} → ${mb(heapZ)})` : '')
        : 'not measured',
    target: 'flat (last ≤ first)',
    ok: flat,
  });
  const body = [
    '| what | raw converter, peak RSS | solieu processReport, peak RSS | solieu / raw | solieu time in that process |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    `Each figure is a fresh process (\`node --import tsx\`), ${runs} run(s); peak = getrusage maxRSS at exit.`,
    '',
    `RSS during the one-thread reprocess, per bucket of ${first?.n ?? ''} reports: the highest sample (every 50 reports) / after the full collection that ends the bucket (untimed) / the heap in use after it: ` +
      full.map((b, i) => `#${i + 1} ${mb(b.rssMax)}/${b.rssSettled === undefined ? '–' : mb(b.rssSettled)}/${mb(b.heapSettled ?? b.heapUsed)}`).join(', ') +
      '. A leak would show as a heap growing from bucket to bucket.',
    `Targets: ${targets.map((t) => `${t.what} ${met(t.ok)}`).join('; ')}.`,
  ].join('\n');
  return { id: 'memory', title: '4. Memory', body, targets, seconds: (performance.now() - t0) / 1000 };
}
