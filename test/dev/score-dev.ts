/**
 * Development harness (not part of the suite): runs structure → extract → check over the text of
 * the real passages in ../shared/dev/passages and prints the contract JSON, for score.py:
 *
 *   npx tsx test/dev/score-dev.ts > /tmp/dev.json
 *   python3 ../shared/tools/score.py /tmp/dev.json ../shared/dev/gold/*.json --verbose
 *
 * Passing ids (d004 d020) restricts the run. The full .docx/.pdf route is `solieu extract
 * ../shared/dev/build/*`; this one skips conversion so rules can be iterated on quickly.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyseMarkdown } from '../../pipelines/analyse-markdown.ts';

const dir = new URL('../../../shared/dev/passages/', import.meta.url).pathname;
const only = new Set(process.argv.slice(2));

function toMarkdown(text: string): string {
  return text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.replace(/^(\d+)([.)])/, '$1\\$2'))
    .join('\n\n');
}

const reports = [];
for (const f of readdirSync(dir).filter((n) => /^d\d+\.json$/.test(n)).sort()) {
  const id = f.replace(/\.json$/, '');
  if (only.size && !only.has(id)) continue;
  const passage = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string };
  const analysis = analyseMarkdown(toMarkdown(passage.text), id);
  reports.push({ source: id, ...analysis });
}
process.stdout.write(JSON.stringify({ reports }, null, 1));
