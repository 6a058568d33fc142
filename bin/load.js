// How the `solieu` command loads its TypeScript sources.
//
// Running them through tsx's loader costs seconds and ~150 MB at every start (each module goes
// through the loader thread and is transpiled, source maps kept). Instead, the sources are bundled
// once with esbuild (a dependency of tsx) into node_modules/.cache/solieu/, npm packages left
// external, and the bundle is reused until a source file changes (newest mtime under src/,
// pipelines/, workers/, bin/ and package.json). Each module's `import.meta.url` keeps pointing at
// its own source file, so paths computed from it stay right. Without esbuild, or with
// SOLIEU_TSX=1, the sources run through tsx as before.
//
// While the bundle runs, SOLIEU_BUNDLE_DIR names its folder: pipelines/batch-pool.ts starts its
// worker threads from the bundled `batch-pool.mjs` there, workers/convert-pool.ts its
// converter children from `convert-child.mjs`, and helper threads (src/threads/helper-thread.ts)
// from `pdf-page-worker.mjs` (a long PDF's pages) and `analyse-worker.mjs` (reprocessing).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['src', 'pipelines', 'workers', 'bin'];
export const ENTRIES = {
  main: 'src/cli/main.ts',
  'batch-pool': 'pipelines/batch-pool.ts',
  'convert-child': 'workers/convert-child.ts',
  'pdf-page-worker': 'src/convert/pdf-page-worker.ts',
  'analyse-worker': 'pipelines/analyse-worker.ts',
};
const CACHE = join(ROOT, 'node_modules', '.cache', 'solieu');

/** Newest modification time and number of the source files. */
function sourceStamp() {
  let newest = statSync(join(ROOT, 'package.json')).mtimeMs;
  let count = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(ts|js|mjs|json)$/.test(e.name)) {
        count++;
        newest = Math.max(newest, statSync(full).mtimeMs);
      }
    }
  };
  for (const d of SOURCES) if (existsSync(join(ROOT, d))) walk(join(ROOT, d));
  return `${newest}:${count}`;
}

/** esbuild plugin: `import.meta.url` (dirname, filename) of each bundled source stays that of the source. */
const keepMetaUrl = {
  name: 'keep-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!/import\.meta\.(url|dirname|filename)\b/.test(text)) return undefined;
      const contents = text
        .replace(/import\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href))
        .replace(/import\.meta\.dirname\b/g, JSON.stringify(dirname(args.path)))
        .replace(/import\.meta\.filename\b/g, JSON.stringify(args.path));
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * The esbuild options of a bundle of these sources: ESM with split chunks for Node 20, npm packages
 * left external, each source's import.meta kept (the bench bundles its own scripts the same way).
 */
export function bundleOptions(entryPoints, outdir) {
  return {
    absWorkingDir: ROOT,
    entryPoints,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // Keep regex literals with Unicode property escapes (\p{L}, \p{Lu}…) as literals: esbuild
    // otherwise rewrites each into `new RegExp(…)`, built anew at every call of the function holding it.
    // Node 20 reads them natively.
    supported: { 'regexp-unicode-property-escapes': true },
    plugins: [keepMetaUrl],
    logLevel: 'error',
  };
}

async function bundle() {
  const stamp = sourceStamp();
  // The checkout's own folder is part of the key: git worktrees sharing one node_modules (a
  // symlink) keep their bundles apart.
  const dir = join(CACHE, `bundle-${createHash('sha256').update(`${ROOT}\n${stamp}`).digest('hex').slice(0, 12)}`);
  if (existsSync(join(dir, 'main.mjs'))) return dir;
  const esbuild = await import('esbuild');
  const tmp = join(CACHE, `tmp-${process.pid}-${Date.now()}`);
  mkdirSync(tmp, { recursive: true });
  try {
    await esbuild.build(bundleOptions(ENTRIES, tmp));
    renameSync(tmp, dir); // fails when another process just built the same bundle: keep theirs
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(join(dir, 'main.mjs'))) throw e;
  }
  // Bundles of older sources, once nobody can still be starting from them.
  for (const e of readdirSync(CACHE)) {
    const full = join(CACHE, e);
    if (full !== dir && /^(bundle|tmp)-/.test(e) && Date.now() - statSync(full).mtimeMs > 10 * 60_000) {
      rmSync(full, { recursive: true, force: true });
    }
  }
  return dir;
}

/** The CLI's `main`, from the bundle when possible. */
export async function loadMain() {
  if (process.env.SOLIEU_TSX !== '1') {
    let dir;
    try {
      dir = await bundle();
    } catch {
      dir = undefined; // no esbuild, read-only folder, …: run the sources through tsx
    }
    if (dir !== undefined && existsSync(join(dir, 'main.mjs'))) {
      process.env.SOLIEU_BUNDLE_DIR = dir;
      return import(pathToFileURL(join(dir, 'main.mjs')).href);
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import('../src/cli/main.ts');
}
