/** The facts of a report indexed by metric, then by place: built once per view, shared by every check. */
import type { Fact, ReportView } from './report-view.ts';
import { perView } from './per-view.ts';

function add<K>(m: Map<K, Fact[]>, k: K, f: Fact): void {
  const list = m.get(k);
  if (list) list.push(f);
  else m.set(k, [f]);
}

/** The facts grouped by `keyOf`, each list in the order given. */
export function groupBy<K>(facts: readonly Fact[], keyOf: (f: Fact) => K): Map<K, Fact[]> {
  const m = new Map<K, Fact[]>();
  for (const f of facts) add(m, keyOf(f), f);
  return m;
}

/** The view's facts of one metric, in the view's order; grouped by place on first use of each grouping. */
export class MetricFacts {
  readonly all: Fact[] = [];
  private bySentence: Map<string, Fact[]> | undefined;
  private byBlock: Map<number, Fact[]> | undefined;
  private bySection: Map<string, Fact[]> | undefined;
  private byPart: Map<string, Fact[]> | undefined;

  /** The facts of each sentence, in view order. */
  get sentence(): Map<string, Fact[]> {
    return (this.bySentence ??= groupBy(this.all, (f) => f.sentence));
  }

  /** The facts of each block, in view order. */
  get block(): Map<number, Fact[]> {
    return (this.byBlock ??= groupBy(this.all, (f) => f.block));
  }

  /** The facts of each section, in view order. */
  get section(): Map<string, Fact[]> {
    return (this.bySection ??= groupBy(this.all, (f) => f.record.section));
  }

  /** The facts of each top-level part ("II" for "II", "II/2", "II/2/a"), in view order. */
  get part(): Map<string, Fact[]> {
    return (this.byPart ??= groupBy(this.all, (f) => topPart(f.record.section)));
  }
}

/** The top-level part of a section path: up to its first "/". */
export function topPart(section: string): string {
  const cut = section.indexOf('/');
  return cut < 0 ? section : section.slice(0, cut);
}

/** Built once per view (a view's facts never change after it is built). */
const indexOf = perView((view): Map<string, MetricFacts> => {
  const index = new Map<string, MetricFacts>();
  for (const f of view.facts) {
    let m = index.get(f.record.metric);
    if (m === undefined) {
      m = new MetricFacts();
      index.set(f.record.metric, m);
    }
    m.all.push(f);
  }
  return index;
});

/** The facts of one metric, undefined when the report states none. */
export function factsOf(view: ReportView, metric: string): MetricFacts | undefined {
  return indexOf(view).get(metric);
}
