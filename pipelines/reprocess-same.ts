/**
 * Is a freshly computed report the same as the stored one? Compared as canonical JSON (keys
 * sorted, undefined dropped): PostgreSQL's jsonb does not keep key order, so a plain
 * JSON.stringify comparison would see changes that are not there.
 */
import type { Report } from '../src/schema/index.ts';

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as { [k: string]: unknown })
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function sameReport(a: Report, b: Report): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
