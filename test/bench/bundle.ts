/**
 * The bench's child scripts, bundled with esbuild like the `solieu` command is (bin/load.js):
 * npm packages external, each source's import.meta.url kept. Measured code then runs as it does
 * for users — precompiled, without tsx's loader (which costs seconds and ~150 MB per process).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain JavaScript module without types
import { bundleOptions } from '../../bin/load.js';
import { benchDir } from './child-process.ts';
import { corpusDir } from './corpus/ensure.ts';

export const CHILDREN = ['per-document', 'peak-rss', 'reprocess', 'reprocess-worker', 'queue'] as const;

export async function buildBenchBundle(): Promise<string | null> {
  const out = join(corpusDir, 'bundle');
  try {
    const esbuild = await import('esbuild');
    rmSync(out, { recursive: true, force: true });
    await esbuild.build(bundleOptions(Object.fromEntries(CHILDREN.map((c) => [c, join(benchDir, 'child', `${c}.ts`)])), out));
    return out;
  } catch {
    return null; // children run through tsx
  }
}
