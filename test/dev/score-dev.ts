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
import { analysePassages } from './passage-markdown.ts';

const dir = new URL('../../../shared/dev/passages/', import.meta.url).pathname;
const reports = analysePassages(dir, /^d\d+$/, new Set(process.argv.slice(2)));
process.stdout.write(JSON.stringify({ reports }, null, 1));
