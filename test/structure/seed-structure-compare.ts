/**
 * Hand check against the seed (not part of the suite): build the Markdown pivot from the seed's
 * paragraphs (headings as bold paragraphs, "1." escaped), read its structure and compare the
 * sections and metadata with seed-gold.json. Run: npx tsx test/structure/seed-structure-compare.ts
 * Pass --header to prepend the header block the .docx carries (the .txt lacks it).
 */
import { readFileSync } from 'node:fs';
import { nfc } from '../../src/text/normalize.ts';
import { readStructure, toSections } from '../../src/structure/index.ts';
import type { Section } from '../../src/schema/report.ts';

const SHARED = '/work/shared';
const paragraphs = JSON.parse(readFileSync(`${SHARED}/seeds/seed-paragraphs.json`, 'utf8')) as [string, string][];
const gold = JSON.parse(readFileSync(`${SHARED}/spec/seed-gold.json`, 'utf8')) as {
  agency: string;
  province: string;
  period: string;
  periodLabel: string;
  sections: Section[];
};

function escapeText(text: string): string {
  let t = text.replace(/\\/g, '\\\\').replace(/([*_`<[])/g, '\\$1');
  t = t.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([#>])/, '\\$1');
  return t;
}

const header = [
  'UBND TỈNH NAM ĐỊNH',
  '**SỞ KHOA HỌC VÀ CÔNG NGHỆ**',
  'Số: /BC-SKHCN',
  '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
  '**Độc lập - Tự do - Hạnh phúc**',
  '_Nam Định, ngày tháng năm 2022_',
];
const blocks = paragraphs.map(([kind, text]) => {
  const t = escapeText(nfc(text).replace(/\s+/g, ' ').trim());
  return kind === 'p' || process.argv.includes('--plain') ? t : `**${t}**`;
});
const markdown = [...(process.argv.includes('--header') ? header : []), ...blocks].join('\n\n') + '\n';

const t0 = performance.now();
const s = readStructure(markdown);
const ms = performance.now() - t0;

function flat(list: Section[], out: string[] = []): string[] {
  for (const x of list) {
    out.push(`${'  '.repeat(x.level - 1)}${x.number} | ${x.title} | ${x.level} | ${x.canonical}`);
    flat(x.children, out);
  }
  return out;
}
const got = flat(toSections(s.sections));
const want = flat(gold.sections);
let diffs = 0;
for (let i = 0; i < Math.max(got.length, want.length); i++) {
  if (got[i] !== want[i]) {
    diffs++;
    console.log(`- ${want[i] ?? ''}\n+ ${got[i] ?? ''}`);
  }
}
console.log(`sections: ${got.length} read, ${want.length} in gold, ${diffs} differing lines`);
const meta = s.metadata;
for (const k of ['agency', 'province', 'period', 'periodLabel'] as const) {
  console.log(`${meta[k] === gold[k] ? 'ok  ' : 'DIFF'} ${k}: ${meta[k]} (gold ${gold[k]})`);
}
console.log(`documentNumber: ${meta.documentNumber}, documentDate: ${meta.documentDate}`);
let bad = 0;
for (const b of s.blocks) {
  for (let i = 0; i < b.text.length; i++) {
    if (b.text[i] !== ' ' && markdown[b.offsets[i] as number] !== b.text[i]) bad++;
  }
}
console.log(`offset mismatches: ${bad}; ${s.blocks.length} blocks in ${ms.toFixed(1)} ms`);
