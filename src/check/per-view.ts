/** Values derived from a report's view, computed on first use and kept as long as the view. */
import type { ReportView } from './report-view.ts';

/** `derive` memoized per view: a view never changes after it is built, so neither does what it yields. */
export function perView<T>(derive: (view: ReportView) => T): (view: ReportView) => T {
  const cache = new WeakMap<ReportView, T>();
  return (view) => {
    if (cache.has(view)) return cache.get(view)!;
    const value = derive(view);
    cache.set(view, value);
    return value;
  };
}

/** `derive(view, i)` memoized per view and index (a block, a fact). */
export function perViewAt<T>(derive: (view: ReportView, i: number) => T): (view: ReportView, i: number) => T {
  const cache = new WeakMap<ReportView, Map<number, T>>();
  return (view, i) => {
    let values = cache.get(view);
    if (values === undefined) {
      values = new Map();
      cache.set(view, values);
    }
    if (values.has(i)) return values.get(i)!;
    const value = derive(view, i);
    values.set(i, value);
    return value;
  };
}
