import type { Segment } from './docx-segments.ts';

/**
 * Inline Markdown for formatted segments: text escaped, bold as `**…**` and italic as `_…_`
 * hugging non-space text. A marker that CommonMark would not read as emphasis at that spot
 * (flanking rules) falls back to `*` for italic, else the formatting is dropped, never leaving
 * stray asterisks in the text.
 */
export function renderInline(segs: Segment[]): string {
  const escaped = segs.map((s, i) => ({
    ...s,
    text: escapeText(s.text, segs[i - 1]?.text.slice(-1) ?? '', segs[i + 1]?.text[0] ?? ''),
  }));
  // Bold groups: maximal runs of segments with the same boldness.
  const groups: Segment[][] = [];
  for (const s of escaped) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last[0]?.bold === s.bold) last.push(s);
    else groups.push([s]);
  }
  let out = '';
  groups.forEach((group, gi) => {
    const after = firstOutputChar(groups[gi + 1]);
    if (group[0]?.bold) {
      const wrapped = wrap(renderItalics(group, '*', '*'), ['**'], out.slice(-1), after);
      out += wrapped ?? renderItalics(group, out.slice(-1), after);
    } else {
      out += renderItalics(group, out.slice(-1), after);
    }
  });
  return out;
}

function renderItalics(segs: Segment[], before: string, after: string): string {
  let out = '';
  segs.forEach((s, i) => {
    if (!s.italic) {
      out += s.text;
      return;
    }
    const next = segs[i + 1];
    const nextChar = next === undefined ? after : (next.text[0] ?? '');
    out += wrap(s.text, ['_', '*'], out === '' ? before : out.slice(-1), nextChar) ?? s.text;
  });
  return out;
}

/** The first character a following group will put in the output (a marker counts as punctuation). */
function firstOutputChar(group: Segment[] | undefined): string {
  const first = group?.[0];
  if (first === undefined) return '';
  if ((first.bold || first.italic) && !/^\s/.test(first.text)) return '*';
  return first.text[0] ?? '';
}

/** Wrap `s` in the first marker that CommonMark would read as emphasis here; spaces stay outside. */
function wrap(s: string, markers: string[], before: string, after: string): string | undefined {
  const lead = /^\s*/.exec(s)?.[0] ?? '';
  const core = s.slice(lead.length).trimEnd();
  if (core === '') return s;
  const trail = s.slice(lead.length + core.length);
  const b = lead === '' ? before : ' ';
  const a = trail === '' ? after : ' ';
  for (const m of markers) {
    if (canOpen(m, b, core[0] ?? '') && canClose(m, core.slice(-1), a)) return lead + m + core + m + trail;
  }
  return undefined;
}

const isSpace = (c: string): boolean => c === '' || /\s/u.test(c);
const isPunct = (c: string): boolean => /[\p{P}\p{S}]/u.test(c);
const leftFlanking = (before: string, after: string): boolean =>
  !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
const rightFlanking = (before: string, after: string): boolean =>
  !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));

function canOpen(marker: string, before: string, first: string): boolean {
  if (!leftFlanking(before, first)) return false;
  return !marker.startsWith('_') || !rightFlanking(before, first) || isPunct(before);
}

function canClose(marker: string, last: string, after: string): boolean {
  if (!rightFlanking(last, after)) return false;
  return !marker.startsWith('_') || !leftFlanking(last, after) || isPunct(after);
}

const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Escape text so remark reads it literally: backslash, `*`, `` ` ``, `<`, `[`, `~` (GFM
 * strikethrough), `&` before an entity-like name, and `_` unless inside a word.
 */
export function escapeText(text: string, before = '', after = ''): string {
  return text.replace(/[\\`*<[~_&]/g, (c, offset: number) => {
    if (c === '_') {
      const prev = offset > 0 ? (text[offset - 1] ?? '') : before;
      const next = offset + 1 < text.length ? (text[offset + 1] ?? '') : after;
      return ALNUM.test(prev) && ALNUM.test(next) ? c : '\\_';
    }
    if (c === '&') return /^&#?[a-z0-9]+;/i.test(text.slice(offset, offset + 40)) ? '\\&' : c;
    return `\\${c}`;
  });
}
