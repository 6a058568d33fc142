/**
 * One document, one fresh process: the raw converter (mammoth.extractRawText / pdf-parse getText)
 * and solieu's processReport, interleaved (alternating which goes first), after warm-up, with a
 * GC before each timed run (and solieu's memos of the report's texts emptied); then solieu's conversion alone. Prints JSON: { raw, solieu, convert, native: ms[], records, chars }.
 * Usage: per-document.ts <file> <reps> <warm> [warm-file]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import { processReport } from '../../../pipelines/process-report.ts';
import { convert } from '../../../src/convert/index.ts';
import { loadMammothInternals } from '../../../src/convert/docx-mammoth-internals.ts';
import { MAMMOTH_READ_STRING } from '../../../src/convert/docx-mammoth-xml.ts';
import { forgetTexts } from '../../../src/text/memo.ts';

const [file = '', repsArg = '5', warmArg = '1'] = process.argv.slice(2);
const bytes = readFileSync(file);
const isPdf = file.endsWith('.pdf');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/**
 * mammoth as shipped. solieu installs a leaner XML reader into mammoth's own module
 * (src/convert/docx-mammoth-xml.ts), which extractRawText in this process would use too: the raw
 * runs put mammoth's reader back for their duration.
 */
async function stockMammoth<T>(run: () => Promise<T>): Promise<T> {
  const xml = loadMammothInternals()?.xml as { readString: { [MAMMOTH_READ_STRING]?: unknown } } | undefined;
  const installed = xml?.readString;
  const stock = installed?.[MAMMOTH_READ_STRING];
  if (xml === undefined || stock === undefined) return run();
  xml.readString = stock as typeof installed & object;
  try {
    return await run();
  } finally {
    xml.readString = installed!;
  }
}

async function raw(): Promise<number> {
  if (isPdf) {
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    try {
      return (await parser.getText()).text.length;
    } finally {
      await parser.destroy();
    }
  }
  return stockMammoth(async () => (await mammoth.extractRawText({ buffer: bytes })).value.length);
}

let records = 0;
let chars = 0;
async function solieu(): Promise<void> {
  const { report, conversion } = await processReport(bytes, file);
  if (report.errors.length > 0) throw new Error(`${file}: ${JSON.stringify(report.errors)}`);
  records = report.records.length;
  chars = conversion?.markdown.length ?? 0;
}

/** solieu's conversion alone (the Markdown pivot), without structure, extraction and checks. */
async function convertOnly(): Promise<void> {
  await convert(bytes);
}

/** poppler's pdftotext, the native reference: timed only where the machine has it (Debian's poppler-utils). */
const hasPdftotext = isPdf && spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error === undefined;

function native(): void {
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const out = { raw: [] as number[], solieu: [] as number[], convert: [] as number[], native: [] as number[], rawCpu: [] as number[], solieuCpu: [] as number[], records: 0, chars: 0 };

/**
 * Wall time of one run; its CPU time (all threads of this process) goes to `cpu`. solieu's memos
 * of a report's texts are emptied first: the same document read again would find its paragraphs
 * folded and its sentences scanned already, which no report read once does. (Its memos of words
 * and headings stay warm, as in any process that has read a few reports.)
 */
async function time(f: () => unknown, cpu?: number[]): Promise<number> {
  forgetTexts();
  gc();
  const c = cpuMs();
  const t = performance.now();
  await f();
  const wall = performance.now() - t;
  cpu?.push(cpuMs() - c);
  return wall;
}

const reps = Number(repsArg);
// Warm-up: on the document itself, or (for the big ones) on a small document of the same format.
const warmFile = process.argv[5];
if (warmFile) {
  const small = readFileSync(warmFile);
  for (let i = 0; i < Number(warmArg); i++) {
    if (isPdf) {
      const parser = new PDFParse({ data: new Uint8Array(small) });
      await parser.getText();
      await parser.destroy();
    } else await stockMammoth(() => mammoth.extractRawText({ buffer: small }));
    await processReport(small, warmFile);
  }
} else {
  for (let i = 0; i < Number(warmArg); i++) {
    await raw();
    await solieu();
  }
}
for (let i = 0; i < reps; i++) {
  if (i % 2 === 0) {
    out.raw.push(await time(raw, out.rawCpu));
    out.solieu.push(await time(solieu, out.solieuCpu));
  } else {
    out.solieu.push(await time(solieu, out.solieuCpu));
    out.raw.push(await time(raw, out.rawCpu));
  }
  // (The conversion alone is a reading aid, not a target: one run fewer at 50 and 500 pages keeps the bench inside its ten minutes.)
  if (i < Math.max(2, reps - 1)) out.convert.push(await time(convertOnly));
  if (hasPdftotext) out.native.push(await time(native));
}
out.records = records;
out.chars = chars;
console.log(JSON.stringify(out));
