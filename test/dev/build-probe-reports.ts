/**
 * Builds whole probe reports for blind rounds (not part of the suite): a TypeScript module outside
 * the repository whose default export is a `ReportSource[]` (the fixture format of
 * fixtures/lib/types.ts, gold attached to the blocks) becomes `<out>/<name>.docx` (and `.pdf` with
 * --pdf, through LibreOffice) beside `<out>/<name>.expected.json`:
 *
 *   npx tsx test/dev/build-probe-reports.ts /tmp/r1/sources.ts /tmp/r1 [--pdf]
 *   bash test/dev/score-reports.sh /tmp/r1 [--pdf] --verbose
 *
 * The module imports the types from this repository by absolute path
 * (`import type { ReportSource } from '/work/main/fixtures/lib/types.ts'`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDocx } from '../../fixtures/lib/build-docx.ts';
import { buildExpected } from '../../fixtures/lib/expected.ts';
import { toPdf } from '../../fixtures/lib/pdf.ts';
import type { ReportSource } from '../../fixtures/lib/types.ts';

const [srcPath, outDir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!srcPath || !outDir) {
  console.error('usage: npx tsx test/dev/build-probe-reports.ts <sources.ts> <out folder> [--pdf]');
  process.exit(2);
}
const mod = (await import(pathToFileURL(resolve(srcPath)).href)) as { default: ReportSource[] };
mkdirSync(outDir, { recursive: true });
const docs: string[] = [];
for (const src of mod.default) {
  const base = join(outDir, src.name);
  writeFileSync(`${base}.expected.json`, JSON.stringify(buildExpected(src), null, 1) + '\n');
  writeFileSync(`${base}.docx`, await buildDocx(src));
  docs.push(`${base}.docx`);
  console.log(`${src.name}: ${buildExpected(src).records.length} records`);
}
if (process.argv.includes('--pdf')) toPdf(docs, outDir);
