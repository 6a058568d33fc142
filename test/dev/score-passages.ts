/**
 * Blind generalisation check (not part of the suite): runs structure → extract → check over our
 * own passages in fixtures/passages (written blind from CONTRACT §3, gold first; see its README)
 * and prints the contract JSON, for score.py:
 *
 *   npx tsx test/dev/score-passages.ts > /tmp/blind/out.json
 *   python3 ../shared/tools/score.py /tmp/blind/out.json fixtures/passages/gold/*.json --verbose
 *
 * Passing ids (p003 p020) restricts the run.
 */
import { analysePassages } from './passage-markdown.ts';

const dir = new URL('../../fixtures/passages/', import.meta.url).pathname;
const reports = analysePassages(dir, /^p\d+$/, new Set(process.argv.slice(2)));
process.stdout.write(JSON.stringify({ reports }, null, 1));
