/**
 * The bench's child scripts, bundled with esbuild like the `solieu` command is (bin/load.js):
 * npm packages external, each source's import.meta.url kept. Measured code then runs as it does
 * for users — precompiled, without tsx's loader (which costs seconds and ~150 MB per process).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain JavaScript module without types
import { bundleOptions, ENTRIES } from '../../bin/load.js';
import { benchDir } from './child-process.ts';
import { corpusDir } from './corpus/ensure.ts';

export const CHILDREN = ['per-document', 'peak-rss', 'reprocess', 'reprocess-worker', 'reprocess-store', 'queue'] as const;

export async function buildBenchBundle(): Promise<string | null> {
  const out = join(corpusDir, 'bundle');
  try {
    const esbuild = await import('esbuild');
    rmSync(out, { recursive: true, force: true });
    // The command's own entries too: what its sources start in worker threads and child
    // processes (the PDF page helpers, …) then runs precompiled as well (SOLIEU_BUNDLE_DIR).
    const children = Object.fromEntries(CHILDREN.map((c) => [c, join(benchDir, 'child', `${c}.ts`)]));
    await esbuild.build(bundleOptions({ ...(ENTRIES as Record<string, string>), ...children }, out));
    return out;
  } catch {
    return null; // children run through tsx
  }
}
