/** The facts of a report indexed by metric, then by place: built once per view, shared by every check. */
import type { Fact, ReportView } from './report-view.ts';

function add<K>(m: Map<K, Fact[]>, k: K, f: Fact): void {
  const list = m.get(k);
  if (list) list.push(f);
  else m.set(k, [f]);
}

/** The facts of one metric grouped by sentence, block and section (each list in view order). */
export interface FactsByPlace {
  sentence: Map<string, Fact[]>;
  block: Map<number, Fact[]>;
  section: Map<string, Fact[]>;
}

/** The view's facts of one metric, in the view's order; grouped by place on first use. */
export class MetricFacts {
  readonly all: Fact[] = [];
  private places: FactsByPlace | undefined;

  get byPlace(): FactsByPlace {
    if (this.places === undefined) {
      const places: FactsByPlace = { sentence: new Map(), block: new Map(), section: new Map() };
      for (const f of this.all) {
        add(places.sentence, f.sentence, f);
        add(places.block, f.block, f);
        add(places.section, f.record.section, f);
      }
      this.places = places;
    }
    return this.places;
  }
}

/** Built once per view (a view's facts never change after it is built). */
const BY_METRIC = new WeakMap<ReportView, Map<string, MetricFacts>>();

function indexOf(view: ReportView): Map<string, MetricFacts> {
  let index = BY_METRIC.get(view);
  if (index === undefined) {
    index = new Map();
    for (const f of view.facts) {
      let m = index.get(f.record.metric);
      if (m === undefined) {
        m = new MetricFacts();
        index.set(f.record.metric, m);
      }
      m.all.push(f);
    }
    BY_METRIC.set(view, index);
  }
  return index;
}

/** The facts of one metric, undefined when the report states none. */
export function factsOf(view: ReportView, metric: string): MetricFacts | undefined {
  return indexOf(view).get(metric);
}
