/**
 * Metamorphic probe (not part of the suite): rewrites passages in ways that keep their meaning — an
 * abbreviation for its words, "khoảng" before a count, ";" clauses as sentences, "trong số đó" for
 * "trong đó", "UBND" written out — and lists the passages whose records change. The records of the
 * passage as written are the reference, so no gold is needed and any folder of passages serves
 * (`{ id, text }` files, as probe.ts reads them); by default the dev set's and the blind ones.
 *
 *   npx tsx test/dev/metamorphic.ts                       # every rewrite, a count per rewrite
 *   npx tsx test/dev/metamorphic.ts --v qual semis        # the records lost and gained, per passage
 *   npx tsx test/dev/metamorphic.ts --text items           # … and each such passage as rewritten
 *   npx tsx test/dev/metamorphic.ts --dir /tmp/round1 --v
 *
 * A change is a lead, not a verdict: a rewrite can be clumsy where the text is (a list split inside a
 * bracket); read the passage before fixing the grammar behind it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyseMarkdown } from '../../pipelines/analyse-markdown.ts';
import { passageMarkdown } from './passage-markdown.ts';

type Rewrite = (text: string) => string;

const replaceAll =
  (...pairs: [RegExp, string | ((m: string) => string)][]): Rewrite =>
  (t) =>
    pairs.reduce((s, [re, to]) => s.replace(re, to as string), t);

/** Top-level "; " before a lower-case word becomes a sentence end (not inside brackets). */
function semicolonsAsSentences(text: string): string {
  let depth = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    const next = text[i + 2];
    if (c === ';' && depth === 0 && text[i + 1] === ' ' && next && next !== next.toUpperCase()) {
      out += '. ' + next.toUpperCase();
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}

const REWRITES: Record<string, Rewrite> = {
  // Abbreviations and their words.
  hs: replaceAll([/(?<=\d) hồ sơ(?![\p{L}])/gu, ' HS']),
  tthc: replaceAll([/[Tt]hủ tục hành chính/g, 'TTHC']),
  tthc_long: replaceAll([/(?<![\p{L}])TTHC(?![\p{L}])/gu, 'thủ tục hành chính']),
  ubnd_long: replaceAll([/(?<![\p{L}])UBND(?![\p{L}])/gu, 'Ủy ban nhân dân']),
  dvctt: replaceAll([/[Dd]ịch vụ công trực tuyến/g, 'DVCTT']),
  // Bounds, markers and synonyms.
  qual: replaceAll([/(?<![\d.,/])(?<!(?:hơn|trên|gần|chậm|khoảng|đạt|là|\d) )(\d[\d.]*) (hồ sơ|TTHC|người|văn bản|phản ánh|đơn vị|phòng)(?![\p{L}])/gu, 'khoảng $1 $2']),
  trong_so_do: replaceAll([/(?<![\p{L}])trong đó(?![\p{L}])/gu, 'trong số đó'], [/(?<![\p{L}])Trong đó(?![\p{L}])/gu, 'Trong số đó']),
  late: replaceAll([/quá hạn/g, 'trễ hạn']),
  late_back: replaceAll([/trễ hạn|trễ hẹn/g, 'quá hạn']),
  // Layout and number forms.
  semis: semicolonsAsSentences,
  heading: (t) => `Kết quả thực hiện công tác cải cách hành chính\n\n${t}`,
  nosep: replaceAll([/(?<![\d.,/])(\d{1,3})\.(\d{3})(?![\d.,/])/g, '$1$2']),
  unpad: replaceAll([/(?<![\d.,/])0(\d)(?![\d.,/])/g, '$1']),
  plus: replaceAll([/^- /gm, '+ ']),
  // Spelling and typing variants.
  tone_old: toneOld,
  tyle: replaceAll([/tỷ lệ/g, 'tỉ lệ'], [/Tỷ lệ/g, 'Tỉ lệ']),
  dung_hen: replaceAll([/đúng hạn/g, 'đúng hẹn']),
  dvc_short: replaceAll([/[Dd]ịch vụ công trực tuyến/g, 'DVC trực tuyến']),
  items: (t) => colonListAsItems(t, () => '- '),
  items_lettered: (t) => colonListAsItems(t, (i) => `${'abcdefghik'[i] ?? 'k'}) `),
  pct_space: replaceAll([/(?<=\d)%/g, ' %']),
  pct_dot: replaceAll([/(?<![\d.,])(\d{1,3}),(\d{1,2})(?=\s?%)/g, '$1.$2']),
  spsep: replaceAll([/(?<![\d.,/])(\d{1,3})\.(\d{3})(?![\d,/]|\.\d)/g, '$1 $2']),
  commasep: replaceAll([/(?<![\d.,/])(\d{1,3})\.(\d{3})(?![\d,/]|\.\d)(?=\s*(?:hồ sơ|TTHC|thủ tục|người|văn bản|biên chế|công chức))/gu, '$1,$2']),
  bullets: replaceAll([/^- /gm, '• ']),
  dashes: replaceAll([/^- /gm, '– ']),
  la_colon: replaceAll([/(?<=[\p{Ll}]) là (?=\d)/gu, ': ']),
  field_caps: replaceAll([/(?<=[Ll]ĩnh vực )(\p{Ll})/gu, (c: string) => c.toUpperCase()]),
  field_lower: replaceAll([/(?<=[Ll]ĩnh vực )(\p{Lu})(?=\p{Ll})/gu, (c: string) => c.toLowerCase()]),
  quy_slash: replaceAll([/(quý [IV]+) năm (\d{4})/g, '$1/$2']),
  pad: replaceAll([/(?<![\d.,/])([1-9])(?= (?:hồ sơ|TTHC|thủ tục|người|văn bản|phản ánh|đơn vị|phòng|biên chế|công chức)(?![\p{L}]))/gu, '0$1']),
};

/** "…, gồm: a; b; c." (a list after a colon, its parts split by ";") becomes the lead and one item per part ("- ", "a) "). */
function colonListAsItems(text: string, marker: (i: number) => string): string {
  return text.replace(/^([^\n]*?:)\s*([^\n:]+;[^\n:]+)$/gm, (_, lead: string, list: string) =>
    `${lead}\n${list
      .split(/;\s*/)
      .filter((p) => p.trim())
      .map((p, i) => `${marker(i)}${p.trim()}`)
      .join(';\n')}`,
  );
}

/** Tone marks where the old orthography puts them: "hóa" → "hoá", "thủy" → "thuỷ", "khỏe" → "khoẻ" (open syllables only). */
function toneOld(text: string): string {
  // The tone of the first vowel, moved onto the second (which keeps its case).
  const TONE: Record<string, string> = { ó: '\u0301', ò: '\u0300', ỏ: '\u0309', õ: '\u0303', ọ: '\u0323', ú: '\u0301', ù: '\u0300', ủ: '\u0309', ũ: '\u0303', ụ: '\u0323' };
  const move = (first: string, second: string): string => {
    const tone = TONE[first.toLowerCase()]!;
    return first.normalize('NFD')[0]! + (second + tone).normalize('NFC');
  };
  return text.replace(/([óòỏõọÓÒỎÕỌ])([aeAE])(?![\p{L}])|([úùủũụÚÙỦŨỤ])([yY])(?![\p{L}])/gu, (_, o?: string, v?: string, u?: string, y?: string) =>
    o !== undefined ? move(o, v!) : move(u!, y!),
  );
}

const args = process.argv.slice(2);
const verbose = args.includes('--v') || args.includes('--text');
/** --text: also print each differing passage as rewritten. */
const showText = args.includes('--text');
const dirAt = args.indexOf('--dir');
const dirs = dirAt >= 0 ? [args[dirAt + 1]!] : [join('..', 'shared', 'dev', 'passages'), join('fixtures', 'passages')];
const chosen = args.filter((a, i) => !a.startsWith('--') && (dirAt < 0 || i !== dirAt + 1));
const names = chosen.length > 0 ? chosen : Object.keys(REWRITES);
const unknown = names.filter((n) => !(n in REWRITES));
if (unknown.length > 0) {
  console.error(`unknown rewrite: ${unknown.join(', ')} (known: ${Object.keys(REWRITES).join(', ')})`);
  process.exit(2);
}

const passages = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id?: string; text?: string })
    .filter((p): p is { id: string; text: string } => typeof p.text === 'string' && typeof p.id === 'string'),
);

/** The scored key of each record (CONTRACT §3: metric, value and the scored dimensions), counted. */
function keysOf(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of analyseMarkdown(passageMarkdown(text), 'm').records) {
    const dims = Object.entries(r.dimensions ?? {})
      .filter(([k, v]) => ['field', 'channel', 'degree', 'level', 'status', 'tier'].includes(k) && v !== undefined && v !== '')
      .map(([k, v]) => `${k}=${toneOld(String(v)).toLowerCase()}`)
      .sort();
    const key = `${r.metric} ${r.value}${dims.length ? ` [${dims.join(' ')}]` : ''}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

function minus(a: Map<string, number>, b: Map<string, number>): string[] {
  const out: string[] = [];
  for (const [k, n] of a) for (let i = b.get(k) ?? 0; i < n; i++) out.push(k);
  return out;
}

const reference = new Map(passages.map((p) => [p.id, keysOf(p.text)]));
for (const name of names) {
  let rewritten = 0;
  let differing = 0;
  for (const p of passages) {
    const text = REWRITES[name]!(p.text);
    if (text === p.text) continue;
    rewritten++;
    const got = keysOf(text);
    const before = reference.get(p.id)!;
    const lost = minus(before, got);
    const gained = minus(got, before);
    if (lost.length === 0 && gained.length === 0) continue;
    differing++;
    if (verbose) console.log(`  ${name} ${p.id}: lost ${lost.join('; ') || '–'} | gained ${gained.join('; ') || '–'}`);
    if (showText) console.log(`${text.replace(/^/gm, '    | ')}\n`);
  }
  console.log(`${name}: ${differing} of ${rewritten} rewritten passages read differently (${passages.length} passages)`);
}
