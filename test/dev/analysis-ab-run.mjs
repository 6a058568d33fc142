// The measuring half of test/dev/analysis-ab.ts (see its header): plain Node, no tsx loader, so
// the bundles run as the bench runs them. Not meant to be called by hand.
//
//   node analysis-ab-run.mjs hash    <corpus.json> <bundle.mjs>
//   node analysis-ab-run.mjs time    <corpus.json> <rounds> <chunk> <bundle.mjs> [<bundle.mjs> …]
//   node analysis-ab-run.mjs profile <corpus.json> <passes> <bundle.mjs>
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [mode, corpusPath, ...rest] = process.argv.slice(2);
const corpus = JSON.parse(readFileSync(corpusPath, 'utf8'));
const load = async (p) => (await import(pathToFileURL(p).href)).analyseMarkdown;
const bench = corpus.groups.find((g) => g.name === 'bench').docs;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

if (mode === 'hash') {
  const analyse = await load(rest[0]);
  const all = createHash('sha256');
  const groups = {};
  let records = 0;
  let flags = 0;
  for (const g of corpus.groups) {
    const h = createHash('sha256');
    let n = 0;
    for (const d of g.docs) {
      const a = analyse(d.md, d.id);
      n += a.records.length;
      records += a.records.length;
      flags += a.flags.length;
      const json = JSON.stringify(a);
      h.update(`${d.id}\n${json}\n`);
      all.update(`${g.name}/${d.id}\n${json}\n`);
    }
    groups[g.name] = { n: g.docs.length, records: n, sha256: h.digest('hex').slice(0, 16) };
  }
  console.log(JSON.stringify({ groups, documents: corpus.groups.reduce((a, g) => a + g.docs.length, 0), records, flags, sha256: all.digest('hex') }, null, 1));
} else if (mode === 'time') {
  // Chunks of the bench corpus' stored reports, each bundle in turn (the order rotating every
  // chunk), CPU time of this process per chunk. Per round: each bundle's ms of CPU a report; the
  // ratio of each bundle to the first, per chunk pair — medians over all.
  const [roundsArg, chunkArg, ...paths] = rest;
  const rounds = Number(roundsArg);
  const chunk = Number(chunkArg);
  const fns = [];
  for (const p of paths) fns.push(await load(p));
  let sink = 0;
  for (const f of fns) for (let i = 0; i < bench.length; i++) sink += f(bench[i].md, `w${i}`).records.length;
  const perRound = fns.map(() => []);
  const ratios = fns.map(() => []);
  let k = 0;
  for (let r = 0; r < rounds; r++) {
    const tot = fns.map(() => 0);
    for (let c = 0; c < bench.length; c += chunk) {
      const ms = fns.map(() => 0);
      for (let j = 0; j < fns.length; j++) {
        const b = (j + k) % fns.length;
        const f = fns[b];
        const t0 = cpu();
        for (let i = c; i < Math.min(c + chunk, bench.length); i++) sink += f(bench[i].md, `r${i}`).records.length;
        ms[b] = cpu() - t0;
      }
      k++;
      for (let b = 0; b < fns.length; b++) {
        tot[b] += ms[b];
        ratios[b].push(ms[b] / ms[0]);
      }
    }
    for (let b = 0; b < fns.length; b++) perRound[b].push(tot[b] / bench.length);
    if (process.env.AB_VERBOSE) console.error(`round ${r + 1}: ${tot.map((t) => (t / bench.length).toFixed(2)).join(' / ')} ms a report`);
  }
  const out = paths.map((p, b) => ({
    bundle: p,
    msPerReport: { median: +median(perRound[b]).toFixed(3), min: +Math.min(...perRound[b]).toFixed(3) },
    ratioToFirst: { medianOfChunks: +median(ratios[b]).toFixed(4), medianOfRounds: +median(perRound[b].map((x, i) => x / perRound[0][i])).toFixed(4) },
  }));
  console.log(JSON.stringify({ rounds, chunk, reports: bench.length, sink, results: out }, null, 1));
} else if (mode === 'profile') {
  const [passesArg, path] = rest;
  const f = await load(path);
  let sink = 0;
  const t0 = cpu();
  for (let p = 0; p < Number(passesArg); p++) for (let i = 0; i < bench.length; i++) sink += f(bench[i].md, `p${i}`).records.length;
  console.log(JSON.stringify({ passes: Number(passesArg), msPerReport: (cpu() - t0) / (Number(passesArg) * bench.length), sink }));
} else {
  throw new Error(`unknown mode ${mode}`);
}
