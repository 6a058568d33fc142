/** Values derived from a report's view, computed on first use and kept as long as the view. */
import type { ReportView } from './report-view.ts';

/**
 * `derive` memoized per view: a view never changes after it is built, so neither does what it yields.
 * The checks of one report ask about one view in turn: the last view's value is kept at hand.
 */
export function perView<T>(derive: (view: ReportView) => T): (view: ReportView) => T {
  const cache = new WeakMap<ReportView, T>();
  let lastView: ReportView | undefined;
  let lastValue: T | undefined;
  return (view) => {
    if (view === lastView) return lastValue as T;
    let value: T;
    if (cache.has(view)) value = cache.get(view)!;
    else {
      value = derive(view);
      cache.set(view, value);
    }
    lastView = view;
    lastValue = value;
    return value;
  };
}

/** `derive(view, i)` memoized per view and index (a block, a fact). */
export function perViewAt<T>(derive: (view: ReportView, i: number) => T): (view: ReportView, i: number) => T {
  const valuesOf = perView((): Map<number, T> => new Map());
  return (view, i) => {
    const values = valuesOf(view);
    if (values.has(i)) return values.get(i)!;
    const value = derive(view, i);
    values.set(i, value);
    return value;
  };
}
