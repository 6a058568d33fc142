/** Drafts → Flags: message from its template, place with line:column, stable fingerprint. */
import type { Flag, Place } from '../schema/flag.ts';
import type { Record } from '../schema/record.ts';
import type { CheckSettings, FlagDraft, PlaceRef } from './check.ts';
import { fingerprint } from './fingerprint.ts';
import { lineStarts, makePlace } from './place.ts';

export interface DraftSource {
  check: { id: string; severity: Flag['severity']; messages: { [id: string]: string } };
  settings: CheckSettings;
  draft: FlagDraft;
}

export function fillTemplate(template: string, data: FlagDraft['data'] = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
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
  const starts = markdown !== undefined ? lineStarts(markdown) : null;
  const flags = drafts.map(({ check, settings, draft }) => {
    const flag: Flag & { _keys: string[] } = {
      check: check.id,
      severity: settings.severity ?? draft.severity ?? check.severity,
      message: fillTemplate(check.messages[draft.message] ?? draft.message, draft.data),
      records: [...new Set(draft.records)].sort((a, b) => a - b),
      fingerprint: '',
      _keys: draft.keys,
    };
    if (draft.expected !== undefined) flag.expected = draft.expected;
    if (draft.actual !== undefined) flag.actual = draft.actual;
    const p = span(draft.place ?? draft.records[0], records);
    if (p) flag.place = makePlace(p, starts) as Place;
    const c = span(draft.cause, records);
    if (c) flag.cause = makePlace(c, starts) as Place;
    return flag;
  });
  flags.sort(
    (a, b) =>
      (a.place?.start ?? -1) - (b.place?.start ?? -1) ||
      a.check.localeCompare(b.check) ||
      a.message.localeCompare(b.message),
  );
  const seen = new Map<string, number>();
  return flags.map(({ _keys, ...flag }) => {
    const base = fingerprint(flag.check, sha256, _keys);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...flag, fingerprint: n === 1 ? base : fingerprint(flag.check, sha256, _keys, n) };
  });
}
