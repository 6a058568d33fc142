/** 1. Per document: the raw converter alone vs solieu's full processReport, per size and format. */
import { runChild } from '../child-process.ts';
import type { Corpus } from '../corpus/ensure.ts';
import { ms, msRange, ratio, summarize, met } from '../stats.ts';
import type { BenchContext, SectionResult, Target } from './types.ts';

interface ChildOut {
  raw: number[];
  solieu: number[];
  convert: number[];
  native: number[];
  rawCpu: number[];
  solieuCpu: number[];
  records: number;
  chars: number;
}

export const RATIO_TARGET = 1.3;

const REPS: Record<number, { reps: number; warm: number }> = {
  5: { reps: 21, warm: 6 },
  50: { reps: 5, warm: 2 },
  // (One warm-up: a 500-page document runs every rule thousands of times; a second one cost ~30 s of the ten minutes.)
  500: { reps: 3, warm: 1 },
};

export async function perDocument(corpus: Corpus, ctx: BenchContext, pages: number[] = [5, 50, 500]): Promise<SectionResult> {
  const t0 = performance.now();
  const rows: string[] = [];
  const targets: Target[] = [];
  const small = corpus.sizes.find((s) => s.pages === 5);
  for (const size of corpus.sizes.filter((s) => pages.includes(s.pages))) {
    for (const [format, file] of [['.docx', size.docx], ['.pdf', size.pdf]] as const) {
      const what = `${size.pages} pages ${format}`;
      if (file === null) {
        rows.push(`| ${what} | skipped: LibreOffice (soffice) not installed | | | | | | | |`);
        targets.push({ what: `${what}: solieu / raw converter`, value: 'skipped (no soffice)', target: `≤ ${RATIO_TARGET}×`, ok: null });
        continue;
      }
      const { reps, warm } = REPS[size.pages] ?? { reps: 3, warm: 1 };
      const n = ctx.quick ? Math.max(2, Math.ceil(reps / 3)) : reps;
      const warmFile = size.pages >= 500 ? (format === '.pdf' ? small?.pdf : small?.docx) : undefined;
      ctx.log(`  ${what}: ${n} runs each`);
      let r: ChildOut;
      try {
        r = await runChild<ChildOut>('child/per-document.ts', [file, String(n), String(warm), ...(warmFile ? [warmFile] : [])], {
          timeoutMs: 240_000,
        });
      } catch (e) {
        const why = /exit null/.test((e as Error).message) ? 'timed out (240 s)' : `failed: ${(e as Error).message.split('\n')[0]}`;
        rows.push(`| ${what} | ${why} | | | | | | | |`);
        targets.push({ what: `${what}: solieu / raw converter`, value: why, target: `≤ ${RATIO_TARGET}×`, ok: false });
        continue;
      }
      const raw = summarize(r.raw);
      const sol = summarize(r.solieu);
      const q = sol.median / raw.median;
      const cpuQ = summarize(r.solieuCpu).median / summarize(r.rawCpu).median;
      const native = r.native.length ? msRange(summarize(r.native)) : format === '.pdf' ? 'not installed (poppler-utils)' : '–';
      const conversion = summarize(r.convert);
      const conv = format === '.pdf' ? 'pdf-parse getText' : 'mammoth extractRawText';
      rows.push(
        `| ${what} | ${conv}: ${msRange(raw)} | ${msRange(sol)} | **${ratio(q)}** | ${ratio(cpuQ)} | ${msRange(conversion)} (${ratio(conversion.median / raw.median)}) | ${ms(sol.median - conversion.median)} | ${native} | ${r.records} records, ${r.chars.toLocaleString('en')} chars |`,
      );
      targets.push({ what: `${what}: solieu / ${conv}`, value: ratio(q), target: `≤ ${RATIO_TARGET}×`, ok: q <= RATIO_TARGET });
    }
  }
  const body = [
    '| document | raw converter alone | solieu processReport | ratio (wall) | ratio (CPU) | of which: solieu conversion alone (/ raw) | of which: structure → extract → check | pdftotext (native, for reference) | output |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    'Each size and format runs in a fresh process; raw and solieu runs alternate (which goes first too), after warm-up, with a GC before each run and solieu’s memos of the report’s texts emptied (a document read again would find its paragraphs folded and scanned already). ' +
      'Times are wall-clock medians (min–max). "ratio (CPU)" divides the medians of the process CPU time (all threads, GC included) — ' +
      'steadier than wall time when the machine is shared. "solieu conversion alone" is the Markdown pivot without analysis (timed after each pair); ' +
      'the analysis column is the difference of the medians. pdftotext includes starting the process.',
    `Targets: ${targets.map((t) => `${t.what.split(':')[0]} ${met(t.ok)}`).join('; ')}.`,
  ].join('\n');
  return { id: 'per-document', title: '1. Per document: raw converter vs the full pipeline', body, targets, seconds: (performance.now() - t0) / 1000 };
}
