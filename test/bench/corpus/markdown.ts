/**
 * The stored Markdown of the folder's five-page reports (what nightly reprocessing reads),
 * converted once per converter version and cached in test/bench/.corpus/markdown-v<version>.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONVERTER_VERSION, convert } from '../../../src/convert/index.ts';
import { corpusDir } from './ensure.ts';

export function markdownPath(): string {
  return join(corpusDir, `markdown-v${CONVERTER_VERSION}.json`);
}

export async function ensureMarkdown(docxFiles: string[], log: (s: string) => void = () => undefined): Promise<string> {
  const path = markdownPath();
  if (existsSync(path)) {
    const have = JSON.parse(readFileSync(path, 'utf8')) as string[];
    if (have.length === docxFiles.length) return path;
  }
  log(`corpus: converting ${docxFiles.length} reports to the stored Markdown (once per converter version)`);
  const out: string[] = [];
  for (const f of docxFiles) out.push((await convert(readFileSync(f))).markdown);
  writeFileSync(path, JSON.stringify(out));
  return path;
}
