/**
 * Development tool (not part of the suite): the analysis (structure → extract → check from stored
 * Markdown, what §2 of the bench measures) of two code versions, bundled as the bench bundles it,
 * proven byte-identical and timed against each other in one process.
 *
 *   npx tsx test/dev/analysis-ab.ts corpus            # once per converter version: the Markdown (and the bench corpus, if missing)
 *   npx tsx test/dev/analysis-ab.ts hash [REV]        # sha256 of every analysis (REV: a commit, or . = the working tree, default)
 *   npx tsx test/dev/analysis-ab.ts ab OLD [NEW] [--rounds 30] [--chunk 20]   # CPU medians, NEW defaults to .
 *   npx tsx test/dev/analysis-ab.ts profile [REV] [--passes 8]   # writes a .cpuprofile into .prof/
 *   python3 test/dev/cpuprofile-report.py .prof/<file>.cpuprofile [callees|callers|lines NAME]   # reads it
 *
 * The corpus (test/bench/.scratch/analysis-ab/corpus-v<converter>.json) holds the Markdown of the
 * bench corpus' 200 stored reports (test/bench/.corpus/markdown-v<converter>.json, as
 * test/bench/child/reprocess.ts reads them), the fixture reports (.docx and .pdf), the seed (its
 * three documents), the dev set's documents (../shared/dev/build, .docx and .pdf) and passages,
 * and the blind passages (fixtures/passages) — the passages as test/dev/passage-markdown.ts turns
 * them into Markdown. `hash` prints a sha256 per group and over all: the same for two revisions
 * means the same records, flags, sections and metadata everywhere. `ab` times only the bench
 * corpus: chunks of 20 reports, each revision in turn (order rotating), process.cpuUsage per
 * chunk; it prints ms of CPU a report per revision (median of rounds) and the ratio NEW/OLD
 * (median of the chunk pairs and of the rounds). A revision other than the working tree is
 * taken with `git archive` into test/bench/.scratch/analysis-ab/ and bundled there once.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
// @ts-expect-error plain JavaScript module without types
import { bundleOptions } from '../../bin/load.js';
import { passageMarkdown } from './passage-markdown.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRATCH = join(ROOT, 'test', 'bench', '.scratch', 'analysis-ab');
const RUN = join(ROOT, 'test', 'dev', 'analysis-ab-run.mjs');
const SHARED = join(ROOT, '..', 'shared');

const args = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return def;
  const v = Number(args[i + 1]);
  args.splice(i, 2);
  return v;
};
const rounds = opt('rounds', 30);
const chunk = opt('chunk', 20);
const passes = opt('passes', 8);
const [mode = 'hash', ...revs] = args;

async function converterVersion(): Promise<string> {
  const src = readFileSync(join(ROOT, 'src', 'convert', 'index.ts'), 'utf8');
  return /CONVERTER_VERSION = '(\w+)'/.exec(src)?.[1] ?? 'x';
}

async function corpusPath(): Promise<string> {
  return join(SCRATCH, `corpus-v${await converterVersion()}.json`);
}

interface Doc {
  id: string;
  md: string;
}

async function buildCorpus(): Promise<void> {
  const { convert } = await import('../../src/convert/index.ts');
  const v = await converterVersion();
  const benchMd = join(ROOT, 'test', 'bench', '.corpus', `markdown-v${v}.json`);
  if (!existsSync(benchMd)) {
    // A fresh checkout: the bench's own corpus (its 200 five-page reports) and their stored Markdown, as `npm run bench` makes them.
    const { ensureCorpus } = await import('../bench/corpus/ensure.ts');
    const { ensureMarkdown } = await import('../bench/corpus/markdown.ts');
    const log = (s: string): boolean => process.stderr.write(`${s}\n`);
    await ensureMarkdown((await ensureCorpus(log)).folderDocx, log);
  }
  const groups: { name: string; docs: Doc[] }[] = [];
  groups.push({ name: 'bench', docs: (JSON.parse(readFileSync(benchMd, 'utf8')) as string[]).map((md, i) => ({ id: `bench-${i}`, md })) });
  const files = async (name: string, paths: string[]): Promise<void> => {
    const docs: Doc[] = [];
    for (const p of paths.sort()) {
      const c = await convert(readFileSync(p));
      docs.push({ id: p.slice(p.lastIndexOf('/') + 1), md: c.markdown });
    }
    groups.push({ name, docs });
    process.stderr.write(`${name}: ${docs.length}\n`);
  };
  const inDir = (dir: string, re: RegExp): string[] =>
    readdirSync(dir)
      .filter((f) => re.test(f))
      .map((f) => join(dir, f));
  await files('fixture-reports', [...inDir(join(ROOT, 'fixtures', 'reports'), /\.(docx|pdf)$/), ...inDir(join(ROOT, 'fixtures', 'reports', 'flags'), /\.(docx|pdf)$/)]);
  await files('seed', inDir(join(SHARED, 'seeds'), /\.(docx|pdf)$/));
  await files('dev-documents', inDir(join(SHARED, 'dev', 'build'), /\.(docx|pdf)$/));
  const passages = (name: string, dir: string, re: RegExp): void => {
    const docs = readdirSync(dir)
      .filter((f) => f.endsWith('.json') && re.test(f.replace(/\.json$/, '')))
      .sort()
      .map((f) => ({ id: f, md: passageMarkdown((JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string }).text) }));
    groups.push({ name, docs });
  };
  passages('dev-passages', join(SHARED, 'dev', 'passages'), /^d\d+$/);
  passages('blind-passages', join(ROOT, 'fixtures', 'passages'), /^p\d+$/);
  for (const big of ['bench-50p.docx', 'bench-500p.docx']) {
    const p = join(ROOT, 'test', 'bench', '.corpus', 'sizes', big);
    if (existsSync(p)) await files(big.replace(/\.docx$/, ''), [p]);
  }
  mkdirSync(SCRATCH, { recursive: true });
  writeFileSync(await corpusPath(), JSON.stringify({ groups }));
  process.stderr.write(`corpus: ${groups.map((g) => `${g.name} ${g.docs.length}`).join(', ')}\n`);
}

/** The bundled analysis of a revision ('.' = the working tree): path of its analyse-markdown.mjs. */
async function bundleOf(rev: string): Promise<string> {
  let root = ROOT;
  let out: string;
  if (rev === '.') {
    out = join(SCRATCH, 'bundle-worktree');
    rmSync(out, { recursive: true, force: true });
  } else {
    const sha = execFileSync('git', ['rev-parse', '--short=12', rev], { cwd: ROOT, encoding: 'utf8' }).trim();
    out = join(SCRATCH, `bundle-${sha}`);
    if (existsSync(join(out, 'analyse-markdown.mjs'))) return join(out, 'analyse-markdown.mjs');
    root = join(SCRATCH, `tree-${sha}`);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    const tar = execFileSync('git', ['archive', sha, 'src', 'pipelines', 'package.json', 'tsconfig.json'], { cwd: ROOT, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', root], { input: tar });
  }
  const o = bundleOptions({ 'analyse-markdown': join(root, 'pipelines', 'analyse-markdown.ts') }, out) as Parameters<typeof build>[0];
  await build({ ...o, absWorkingDir: root });
  return join(out, 'analyse-markdown.mjs');
}

function run(nodeArgs: string[], runArgs: string[]): void {
  const r = spawnSync(process.execPath, [...nodeArgs, RUN, ...runArgs], { stdio: 'inherit', cwd: ROOT });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (mode === 'corpus') {
  await buildCorpus();
} else {
  const corpus = await corpusPath();
  if (!existsSync(corpus)) throw new Error(`${corpus} missing: run \`npx tsx test/dev/analysis-ab.ts corpus\` first`);
  if (mode === 'hash') {
    run([], ['hash', corpus, await bundleOf(revs[0] ?? '.')]);
  } else if (mode === 'ab') {
    const [oldRev, newRev = '.'] = revs;
    if (!oldRev) throw new Error('ab OLD [NEW]');
    run([], ['time', corpus, String(rounds), String(chunk), await bundleOf(oldRev), await bundleOf(newRev)]);
  } else if (mode === 'profile') {
    const dir = join(ROOT, '.prof');
    mkdirSync(dir, { recursive: true });
    run(['--cpu-prof', '--cpu-prof-dir', dir], ['profile', corpus, String(passes), await bundleOf(revs[0] ?? '.')]);
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
}
