/**
 * Is a freshly computed report the same as the stored one? The same as comparing them as
 * canonical JSON (keys sorted, undefined dropped): PostgreSQL's jsonb does not keep key order, so
 * a plain JSON.stringify comparison would see changes that are not there. Compared in place,
 * without writing either out, and stopping at the first difference.
 */
import type { Report } from '../src/schema/index.ts';

/** The canonical JSON of a value: what `sameJson` compares, spelt out (tests hold them together). */
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

type Obj = { [k: string]: unknown };
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function hasHole(a: readonly unknown[]): boolean {
  for (let i = 0; i < a.length; i++) if (!(i in a)) return true;
  return false;
}

/** Own enumerable keys holding a defined value. */
function definedKeys(o: Obj): string[] {
  return Object.keys(o).filter((k) => o[k] !== undefined);
}

/** canonicalJson(a) === canonicalJson(b), without building either string. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    // A hole writes nothing (never so in a report): such arrays are compared as written out.
    if (hasHole(a) || hasHole(b)) return canonicalJson(a) === canonicalJson(b);
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      // An undefined element writes null.
      if (!sameJson(a[i] === undefined ? null : a[i], b[i] === undefined ? null : b[i])) return false;
    }
    return true;
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false;
    const keys = definedKeys(a);
    if (keys.length !== definedKeys(b).length) return false;
    for (const k of keys) {
      if (!Object.prototype.propertyIsEnumerable.call(b, k) || b[k] === undefined) return false;
      if (!sameJson(a[k], b[k])) return false;
    }
    return true;
  }
  return (JSON.stringify(a) ?? 'null') === (JSON.stringify(b) ?? 'null');
}

export function sameReport(a: Report, b: Report): boolean {
  return sameJson(a, b);
}
