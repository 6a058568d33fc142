/**
 * Where each record's figure is written inside its sentence, and how precisely. Records carry
 * the span of their sentence only; several records of one sentence share it. The figure is
 * found again among the numbers written in the sentence by its value, in reading order.
 */
import { findNumbers, type NumberMention } from '../text/numbers.ts';
import type { Record } from '../schema/record.ts';

export interface Figure {
  /** Offsets of the figure in record.text. */
  start: number;
  end: number;
  /** As written, e.g. "98,5%", "05", "1.234". */
  raw: string;
  /** Digits written after the decimal separator ("98,5%" → 1, "100%" → 0). */
  decimals: number;
}

/** Digits after the decimal mark of a written figure. */
export function decimalsOf(raw: string, percent: boolean): number {
  const token = raw.replace(/%/g, '').trim().split(/\s|\/|-|–/)[0] ?? '';
  let m = /^\d{1,3}(?:\.\d{3})+,(\d+)$/.exec(token);
  if (m) return m[1]!.length;
  m = /^\d+,(\d+)$/.exec(token);
  if (m && (percent || m[1]!.length !== 3)) return m[1]!.length;
  m = /^\d+\.(\d{1,2})$/.exec(token);
  if (m && percent) return m[1]!.length;
  return 0;
}

/** Decimals of a bare number when its written form is unknown (98.5 → 1). */
export function decimalsOfValue(value: number): number {
  const s = String(value);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(4, s.length - dot - 1);
}

function matches(m: NumberMention, r: Record): boolean {
  if (r.unit === 'percent' && !m.percent && m.form === 'digits') {
    // a rate written without "%" right after it ("đạt 98,5 %" is caught; "tỷ lệ 98,5" too)
    return Math.abs(m.value - r.value) < 1e-9;
  }
  if (Math.abs(m.value - r.value) < 1e-9) return true;
  return m.denominator !== undefined && Math.abs(m.denominator - r.value) < 1e-9;
}

/**
 * Locate the figure of every record. Records sharing one sentence take the mentions with their
 * value in reading order; a record whose figure cannot be found gets null.
 */
export function locateFigures(records: readonly Record[]): (Figure | null)[] {
  const out: (Figure | null)[] = records.map(() => null);
  const groups = new Map<string, number[]>();
  records.forEach((r, i) => {
    const key = `${r.start}:${r.end}:${r.text}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  for (const idx of groups.values()) {
    const text = records[idx[0]!]!.text;
    const mentions = findNumbers(text);
    const taken = new Set<number>();
    // exact value matches first, so a fraction's denominator does not steal a figure
    for (const pass of [0, 1] as const) {
      for (const i of idx) {
        if (out[i]) continue;
        const r = records[i]!;
        const k = mentions.findIndex(
          (m, j) => !taken.has(j) && (pass === 0 ? Math.abs(m.value - r.value) < 1e-9 : matches(m, r)),
        );
        if (k < 0) continue;
        taken.add(k);
        const m = mentions[k]!;
        out[i] = { start: m.start, end: m.end, raw: m.raw, decimals: decimalsOf(m.raw, m.percent || r.unit === 'percent') };
      }
    }
  }
  return out;
}
