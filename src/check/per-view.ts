/** Values derived from a report's view, computed on first use and kept as long as the view. */
import type { ReportView } from './report-view.ts';
import { rememberLast } from '../text/memo.ts';

/**
 * `derive` memoized per view: a view never changes after it is built, so neither does what it yields.
 * The checks of one report ask about one view in turn: the last view's value is kept at hand.
 */
export function perView<T>(derive: (view: ReportView) => T): (view: ReportView) => T {
  const cache = new WeakMap<ReportView, T>();
  return rememberLast((view: ReportView): T => {
    if (cache.has(view)) return cache.get(view)!;
    const value = derive(view);
    cache.set(view, value);
    return value;
  });
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
