/** Drafts → Flags: message from its template, place with line:column, stable fingerprint. */
import type { Flag, Place } from '../schema/flag.ts';
import type { Record } from '../schema/record.ts';
import type { CheckSettings, FlagDraft, PlaceRef } from './check.ts';
import { fingerprint } from './fingerprint.ts';
import { lineStarts, makePlace } from './place.ts';
import { memoize } from '../text/memo.ts';

export interface DraftSource {
  check: { id: string; severity: Flag['severity']; messages: { [id: string]: string } };
  settings: CheckSettings;
  draft: FlagDraft;
}

/** A message template cut at its placeholders: literal text, then a placeholder's name and written form, … */
interface ParsedTemplate {
  literals: string[];
  names: string[];
  written: string[];
}

const PLACEHOLDER_RE = /\{\{\s*(\w+)\s*\}\}/g;

/** A template cut at its placeholders, remembered (a check's few messages, asked for once per flag). */
const parseTemplate = memoize((template: string): ParsedTemplate => {
  const parsed: ParsedTemplate = { literals: [], names: [], written: [] };
  let from = 0;
  PLACEHOLDER_RE.lastIndex = 0;
  for (let m = PLACEHOLDER_RE.exec(template); m; m = PLACEHOLDER_RE.exec(template)) {
    parsed.literals.push(template.slice(from, m.index));
    parsed.names.push(m[1]!);
    parsed.written.push(m[0]);
    from = m.index + m[0].length;
  }
  parsed.literals.push(template.slice(from));
  return parsed;
}, 1024);

/** Each {{name}} of the template replaced by String(data[name]) when data has it (what replace with a callback yields). */
export function fillTemplate(template: string, data: FlagDraft['data'] = {}): string {
  const { literals, names, written } = parseTemplate(template);
  let out = literals[0]!;
  for (let k = 0; k < names.length; k++) {
    const name = names[k]!;
    out += Object.hasOwn(data, name) ? String(data[name]) : written[k]!;
    out += literals[k + 1]!;
  }
  return out;
}

function span(ref: PlaceRef | undefined, records: readonly Record[]) {
  if (ref === undefined) return undefined;
  if (typeof ref === 'number') {
    const r = records[ref];
    return r ? { start: r.start, end: r.end, section: r.section, text: r.text } : undefined;
  }
  if (Array.isArray(ref)) {
    const rs = ref.map((i) => records[i]).filter((r): r is Record => r !== undefined);
    if (rs.length === 0) return undefined;
    const texts = [...new Set(rs.map((r) => r.text))];
    return {
      start: Math.min(...rs.map((r) => r.start)),
      end: Math.max(...rs.map((r) => r.end)),
      section: rs[0]!.section,
      text: texts.join(' '),
    };
  }
  return ref;
}

/**
 * Turn the drafts of one report into Flags, ordered by place; two findings with the same
 * fingerprint base get an occurrence number in reading order.
 */
export function finalize(drafts: readonly DraftSource[], sha256: string, records: readonly Record[], markdown?: string): Flag[] {
  // line starts are read only when a flag is placed
  let starts: number[] | null | undefined = markdown === undefined ? null : undefined;
  const startsOf = () => (starts === undefined ? (starts = lineStarts(markdown!)) : starts);
  const keysOf = new Map<Flag, string[]>();
  const flags = drafts.map(({ check, settings, draft }) => {
    const flag: Flag = {
      check: check.id,
      severity: settings.severity ?? draft.severity ?? check.severity,
      message: fillTemplate(check.messages[draft.message] ?? draft.message, draft.data),
      records: [...new Set(draft.records)].sort((a, b) => a - b),
      fingerprint: '',
    };
    keysOf.set(flag, draft.keys);
    if (draft.expected !== undefined) flag.expected = draft.expected;
    if (draft.actual !== undefined) flag.actual = draft.actual;
    const p = span(draft.place ?? draft.records[0], records);
    if (p) flag.place = makePlace(p, startsOf()) as Place;
    const c = span(draft.cause, records);
    if (c) flag.cause = makePlace(c, startsOf()) as Place;
    return flag;
  });
  flags.sort(
    (a, b) =>
      (a.place?.start ?? -1) - (b.place?.start ?? -1) ||
      a.check.localeCompare(b.check) ||
      a.message.localeCompare(b.message),
  );
  // One finding reached twice — the same check, the same message, a figure in common (a total
  // restated by a table's total row gives 'received − resolved ≠ pending' again with the same
  // pending figure) — is reported once, at its first place. (The same slip in two places of the
  // text, no figure shared, stays two findings.)
  const said = new Map<string, Set<number>>();
  const once = flags.filter((flag) => {
    const k = `${flag.check}\u0000${flag.message}`;
    const before = said.get(k);
    if (before === undefined) {
      said.set(k, new Set(flag.records));
      return true;
    }
    if (flag.records.some((r) => before.has(r))) return false;
    for (const r of flag.records) before.add(r);
    return true;
  });
  const seen = new Map<string, number>();
  for (const flag of once) {
    const keys = keysOf.get(flag)!;
    const base = fingerprint(flag.check, sha256, keys);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    // the fingerprint keeps its place among the flag's fields
    flag.fingerprint = n === 1 ? base : fingerprint(flag.check, sha256, keys, n);
  }
  return once;
}
