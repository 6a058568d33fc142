/** The facts of a report indexed by metric, then by place: built once per view, shared by every check. */
import type { Fact, ReportView } from './report-view.ts';

/** The view's facts of one metric, in the view's order, and the same grouped by place. */
export interface MetricFacts {
  all: Fact[];
  sentence: Map<string, Fact[]>;
  block: Map<number, Fact[]>;
  section: Map<string, Fact[]>;
}

/** Built once per view (a view's facts never change after it is built). */
const BY_METRIC = new WeakMap<ReportView, Map<string, MetricFacts>>();

function add<K>(m: Map<K, Fact[]>, k: K, f: Fact): void {
  const list = m.get(k);
  if (list) list.push(f);
  else m.set(k, [f]);
}

function indexOf(view: ReportView): Map<string, MetricFacts> {
  let index = BY_METRIC.get(view);
  if (index === undefined) {
    index = new Map();
    for (const f of view.facts) {
      let m = index.get(f.record.metric);
      if (m === undefined) {
        m = { all: [], sentence: new Map(), block: new Map(), section: new Map() };
        index.set(f.record.metric, m);
      }
      m.all.push(f);
      add(m.sentence, f.sentence, f);
      add(m.block, f.block, f);
      add(m.section, f.record.section, f);
    }
    BY_METRIC.set(view, index);
  }
  return index;
}

/** The facts of one metric, undefined when the report states none. */
export function factsOf(view: ReportView, metric: string): MetricFacts | undefined {
  return indexOf(view).get(metric);
}
