/**
 * Hand check of the PDF converter on the seed report (not part of the suite):
 *
 *   npx tsx test/convert/seed-pdf-compare.ts [--verbose]
 *
 * Converts /work/shared/seeds/000_bd9f6219db303450.pdf and compares its paragraphs with the true
 * paragraphs in seed-paragraphs.json (which start at the title "BÁO CÁO"; the header block before
 * it is printed for eyeballing). Two scores, both as recall / precision of exact paragraph matches:
 *  - text: NFC, white space squashed;
 *  - boundaries: all white space removed (isolates paragraph rejoining from spacing differences
 *    between the PDF rendering and the Word text).
 */
import { readFileSync } from 'node:fs';
import { convertPdf } from '../../src/convert/pdf.ts';

const SEEDS = '/work/shared/seeds';
const verbose = process.argv.includes('--verbose');

const truth = (JSON.parse(readFileSync(`${SEEDS}/seed-paragraphs.json`, 'utf8')) as [string, string][]).map(
  ([, text]) => text,
);
const t0 = performance.now();
const conv = await convertPdf(new Uint8Array(readFileSync(`${SEEDS}/000_bd9f6219db303450.pdf`)));
const ms = performance.now() - t0;

/** Markdown block → plain text: bold markers and backslash escapes removed. */
const plain = (md: string): string => md.replace(/\*\*/g, '').replace(/\\(.)/g, '$1');
const blocks = conv.markdown.split('\n\n').map(plain);
const title = blocks.findIndex((b) => b.trim() === truth[0]?.trim());
const header = title > 0 ? blocks.slice(0, title) : [];
const body = title >= 0 ? blocks.slice(title) : blocks;

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const tight = (s: string): string => s.normalize('NFC').replace(/\s+/g, '');

function score(key: (s: string) => string): { recall: number; precision: number; missed: string[]; extra: string[] } {
  const want = new Map<string, number>();
  for (const t of truth) want.set(key(t), (want.get(key(t)) ?? 0) + 1);
  const got = new Map<string, number>();
  for (const b of body) got.set(key(b), (got.get(key(b)) ?? 0) + 1);
  let hit = 0;
  for (const [k, n] of want) hit += Math.min(n, got.get(k) ?? 0);
  const missed = truth.filter((t) => !got.has(key(t)));
  const extra = body.filter((b) => !want.has(key(b)));
  return { recall: hit / truth.length, precision: hit / body.length, missed, extra };
}

const text = score(norm);
const bounds = score(tight);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
console.log(`seed PDF → ${blocks.length} blocks (${header.length} header block, ${body.length} body) in ${ms.toFixed(0)} ms`);
console.log(`true paragraphs: ${truth.length}`);
console.log(`boundaries (white space ignored): recall ${pct(bounds.recall)}, precision ${pct(bounds.precision)}`);
console.log(`exact text (white space squashed): recall ${pct(text.recall)}, precision ${pct(text.precision)}`);
console.log('header block:', header);
console.log('pages:', conv.pages.map((p) => `${p.page}:[${p.start},${p.end})`).join(' '));
if (conv.warnings.length > 0) console.log('warnings:', conv.warnings);
const show = (label: string, xs: string[]): void => {
  if (xs.length === 0) return;
  console.log(`\n${label}:`);
  for (const x of xs) console.log(`  - ${verbose ? x : x.slice(0, 140)}`);
};
show('boundary misses (true paragraphs not produced)', bounds.missed);
show('boundary extras (produced, not true)', bounds.extra);
show('text-only differences (true paragraphs)', text.missed.filter((t) => !bounds.missed.includes(t)));
if (verbose) show('text-only differences (produced)', text.extra.filter((b) => !bounds.extra.includes(b)));
