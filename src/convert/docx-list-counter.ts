import { formatNumber } from './docx-number-format.ts';
import type { NumberingDefs } from './docx-numbering.ts';

/** What Word shows before a numbered paragraph. */
export type NumberLabel = { kind: 'bullet' } | { kind: 'number'; text: string; separator: string };

/**
 * Word's list counters: one set of nine level counters per abstract list, shared by its nums. A
 * level starts at its start value, advances on each paragraph at that level, and restarts when a
 * shallower level (per w:lvlRestart) is used, or where a num overriding it first appears.
 */
export class ListCounter {
  private readonly lists = new Map<string, Array<number | undefined>>();
  /** The nums met so far: a num's overrides restart its levels only where it first appears. */
  private readonly entered = new Set<string>();

  constructor(private readonly defs: NumberingDefs) {}

  /** Advance the counters for one numbered paragraph and return its label (undefined: none shown). */
  next(numId: string, ilvl: number): NumberLabel | undefined {
    const lvl = this.defs.level(numId, ilvl);
    const key = this.defs.counterKey(numId);
    if (lvl === undefined || key === undefined) return undefined;
    let counts = this.lists.get(key);
    if (counts === undefined) {
      counts = new Array<number | undefined>(9).fill(undefined);
      this.lists.set(key, counts);
    }
    if (!this.entered.has(numId)) {
      this.entered.add(numId);
      for (const level of this.defs.overriddenLevels(numId)) counts[level] = undefined;
    }
    const current = counts[ilvl];
    counts[ilvl] = current === undefined ? this.start(numId, ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restartAfter = this.defs.level(numId, deeper)?.restart ?? deeper;
      if (restartAfter !== 0 && ilvl < restartAfter) counts[deeper] = undefined;
    }
    if (lvl.numFmt === 'bullet') return { kind: 'bullet' };
    const text = lvl.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const level = Number(d) - 1;
      const value = counts[level] ?? this.start(numId, level);
      const fmt = lvl.isLgl ? 'decimal' : (this.defs.level(numId, level)?.numFmt ?? 'decimal');
      return formatNumber(value, fmt);
    });
    if (text.trim() === '') return undefined;
    return { kind: 'number', text: text.trim(), separator: lvl.suff === 'nothing' ? '' : ' ' };
  }

  private start(numId: string, ilvl: number): number {
    return this.defs.startOverride(numId, ilvl) ?? this.defs.level(numId, ilvl)?.start ?? 1;
  }
}
