/**
 * How busy the machine's CPUs were over a stretch of time, from /proc/stat (Linux): the share of
 * all CPU time that was not idle, whatever process and thread used it (garbage-collector threads
 * included). null where /proc/stat is not there.
 */
import { readFileSync } from 'node:fs';

export interface CpuSnapshot {
  total: number;
  idle: number;
}

export function cpuSnapshot(): CpuSnapshot | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal …
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    return { total, idle: (fields[3] ?? 0) + (fields[4] ?? 0) };
  } catch {
    return null;
  }
}

/** Share of the CPUs (0–1) busy since `from`. */
export function busySince(from: CpuSnapshot | null): number | null {
  const to = cpuSnapshot();
  if (!from || !to || to.total <= from.total) return null;
  return 1 - (to.idle - from.idle) / (to.total - from.total);
}
