/**
 * Probe harness for blind rounds (not part of the suite). A folder of passages (`<id>.json`, each
 * `{ id, text }`, written with their gold in `<folder>/gold/<id>.json` before the extractor runs)
 * is analysed and printed as the contract JSON for score.py, or, with --flags, as readable lines
 * (each record with its dimensions and clause, then the flags):
 *
 *   npx tsx test/dev/probe.ts /tmp/round1 > /tmp/round1.out.json
 *   python3 ../shared/tools/score.py /tmp/round1.out.json /tmp/round1/gold/*.json --verbose
 *   npx tsx test/dev/probe.ts /tmp/round1 --flags [id ...]
 *
 * Keep probe passages outside the repository (they measure generalisation only while no rule is
 * fitted to them); write fixtures for what a round teaches.
 */
import { analysePassages } from './passage-markdown.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npx tsx test/dev/probe.ts <folder of passages> [--flags] [id ...]');
  process.exit(2);
}
const readable = args.includes('--flags');
const only = new Set(args.filter((a) => !a.startsWith('--') && a !== dir));
const reports = analysePassages(dir, /./, only);

if (!readable) {
  process.stdout.write(JSON.stringify({ reports }, null, 1));
} else {
  for (const r of reports) {
    console.log(`== ${r.source}`);
    for (const rec of r.records) {
      const dims = Object.entries(rec.dimensions ?? {})
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(' ');
      const q = rec.qualifier ? ` (${rec.qualifier})` : '';
      console.log(`  ${rec.metric} ${rec.value}${q}${dims ? ' [' + dims + ']' : ''} :: ${rec.text.slice(0, 140)}`);
    }
    for (const f of r.flags) console.log(`  ! ${f.check}/${f.severity}: ${f.message}`);
  }
}
