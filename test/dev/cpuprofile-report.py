#!/usr/bin/env python3
"""Development tool (not part of the suite): reads a V8 .cpuprofile (from `node --cpu-prof`, e.g.
`npx tsx test/dev/analysis-ab.ts profile`, which writes into .prof/) and prints where the time went.

  python3 test/dev/cpuprofile-report.py PROFILE [N]             # top N by self and by inclusive time
  python3 test/dev/cpuprofile-report.py PROFILE callees NAME    # what NAME's time is spent in
  python3 test/dev/cpuprofile-report.py PROFILE callers NAME    # who calls NAME, and how much of it
  python3 test/dev/cpuprofile-report.py PROFILE lines NAME [FILE]   # NAME's self time by line (FILE: the bundle, to print them)

NAME is matched at the start of "function file:line" (e.g. "dimensionsOf " or "(anon) analyse-markdown.mjs:4712");
recursion is counted once (the outermost frame). Percentages are of the whole profile.
"""
import collections
import json
import sys


def load(path):
    p = json.load(open(path))
    nodes = {n['id']: n for n in p['nodes']}
    parent = {c: n['id'] for n in p['nodes'] for c in n.get('children', [])}
    self_t = collections.Counter()
    for s, d in zip(p['samples'], p['timeDeltas']):
        self_t[s] += d
    return p, nodes, parent, self_t, sum(p['timeDeltas'])


def key(n):
    cf = n['callFrame']
    return f"{cf['functionName'] or '(anon)'} {cf['url'].split('/')[-1]}:{cf['lineNumber'] + 1}"[:160]


def inclusive(nodes, self_t):
    incl = {}
    order = []
    children = {c for n in nodes.values() for c in n.get('children', [])}
    stack = [i for i in nodes if i not in children]
    while stack:
        i = stack.pop()
        order.append(i)
        stack.extend(nodes[i].get('children', []))
    for i in reversed(order):
        incl[i] = self_t.get(i, 0) + sum(incl[c] for c in nodes[i].get('children', []))
    return incl


def outermost(nodes, parent, name):
    for i, n in nodes.items():
        if not key(n).startswith(name):
            continue
        x = parent.get(i)
        while x is not None and not key(nodes[x]).startswith(name):
            x = parent.get(x)
        if x is None:
            yield i


def main():
    path = sys.argv[1]
    p, nodes, parent, self_t, total = load(path)
    mode = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].isdigit() else 'top'
    pct = lambda t: f"{100 * t / total:5.2f}%"
    if mode == 'top':
        n = int(sys.argv[2]) if len(sys.argv) > 2 else 40
        by_self = collections.Counter()
        by_incl = collections.Counter()
        for i, t in self_t.items():
            by_self[key(nodes[i])] += t
            seen = set()
            x = i
            while x is not None:
                k = key(nodes[x])
                if k not in seen:
                    by_incl[k] += t
                    seen.add(k)
                x = parent.get(x)
        print(f"total {total / 1000:.0f} ms\n== self")
        for k, t in by_self.most_common(n):
            print(pct(t), k)
        print('== inclusive')
        for k, t in by_incl.most_common(n):
            print(pct(t), k)
        return
    name = sys.argv[3]
    incl = inclusive(nodes, self_t)
    if mode == 'callees':
        agg = collections.Counter()
        tot = own = 0
        for i in outermost(nodes, parent, name):
            tot += incl[i]
            own += self_t.get(i, 0)
            for c in nodes[i].get('children', []):
                agg[key(nodes[c])] += incl[c]
        print(f"{name}: inclusive {pct(tot)}, self {pct(own)}")
        for k, t in agg.most_common(40):
            print(' ', pct(t), k)
    elif mode == 'callers':
        agg = collections.Counter()
        for i in outermost(nodes, parent, name):
            agg[key(nodes[parent[i]])] += incl[i]
        for k, t in agg.most_common(40):
            print(' ', pct(t), k)
    elif mode == 'lines':
        src = open(sys.argv[4]).read().split('\n') if len(sys.argv) > 4 else None
        ticks = collections.Counter()
        for n in nodes.values():
            if key(n).startswith(name):
                for pt in n.get('positionTicks', []):
                    ticks[pt['line']] += pt['ticks']
        samples = len(p['samples'])
        for line, t in ticks.most_common(30):
            print(f"{100 * t / samples:5.2f}% L{line}: {src[line - 1].strip()[:140] if src else ''}")


if __name__ == '__main__':
    main()
