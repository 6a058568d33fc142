/**
 * The bench's child scripts, bundled with esbuild like the `solieu` command is (bin/load.js):
 * npm packages external, each source's import.meta.url kept. Measured code then runs as it does
 * for users — precompiled, without tsx's loader (which costs seconds and ~150 MB per process).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain JavaScript module without types
import { keepMetaUrl } from '../../bin/load.js';
import { benchDir, repoDir } from './child-process.ts';
import { corpusDir } from './corpus/ensure.ts';

export const CHILDREN = ['per-document', 'peak-rss', 'reprocess', 'reprocess-worker', 'queue'] as const;

export async function buildBenchBundle(): Promise<string | null> {
  const out = join(corpusDir, 'bundle');
  try {
    const esbuild = await import('esbuild');
    rmSync(out, { recursive: true, force: true });
    await esbuild.build({
      absWorkingDir: repoDir,
      entryPoints: Object.fromEntries(CHILDREN.map((c) => [c, join(benchDir, 'child', `${c}.ts`)])),
      outdir: out,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      plugins: [keepMetaUrl],
      logLevel: 'error',
    });
    return out;
  } catch {
    return null; // children run through tsx
  }
}
