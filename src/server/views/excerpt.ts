/**
 * The report text around a flag: the paragraphs holding the flagged place and its cause, the two
 * ranges highlighted and the flag's figures marked inside them. The Markdown is shown nearly as
 * stored (bold markers and escapes removed); every piece goes through the escaping template.
 */
import { findNumbers } from '../../text/numbers.ts';
import { html, type Html } from '../html.ts';

export interface Highlight {
  start: number;
  end: number;
  kind: 'place' | 'cause';
}

interface Window {
  start: number;
  end: number;
}

const MAX_CONTEXT = 1500;

function paragraphStart(md: string, at: number): number {
  const i = md.lastIndexOf('\n\n', Math.max(0, at - 1));
  return i < 0 ? 0 : i + 2;
}

function paragraphEnd(md: string, at: number): number {
  const i = md.indexOf('\n\n', at);
  return i < 0 ? md.length : i;
}

function windowAround(md: string, h: Highlight): Window {
  let start = paragraphStart(md, h.start);
  if (start > 0) start = paragraphStart(md, start - 2); // one paragraph of context before
  let end = paragraphEnd(md, h.end);
  if (end < md.length) end = paragraphEnd(md, end + 2); // and after
  return { start: Math.max(start, h.start - MAX_CONTEXT), end: Math.min(end, h.end + MAX_CONTEXT) };
}

function mergeWindows(ws: Window[]): Window[] {
  const sorted = [...ws].sort((a, b) => a.start - b.start);
  const out: Window[] = [];
  for (const w of sorted) {
    const last = out.at(-1);
    if (last && w.start <= last.end + 2) last.end = Math.max(last.end, w.end);
    else out.push({ ...w });
  }
  return out;
}

/** Markdown → reading text for one piece: bold markers and backslash escapes dropped. */
function readable(piece: string): string {
  return piece.replace(/\*\*/g, '').replace(/\\([\\*_`<>[\]#|.)\-+])/g, '$1');
}

/** A figure's own span in the Markdown, when the record knows it. */
export interface FigureSpan {
  start: number;
  end: number;
}

function renderWindow(md: string, w: Window, highlights: Highlight[], figures: Set<number>, spans: FigureSpan[]): Html {
  const inside = (at: number, kind?: Highlight['kind']) =>
    highlights.some((h) => (kind === undefined || h.kind === kind) && h.start <= at && at < h.end);
  const text = md.slice(w.start, w.end);
  // the records' own figure spans; otherwise numbers of the flag's values inside the highlights
  const known = spans.filter((s) => s.start >= w.start && s.end <= w.end && s.start < s.end);
  const marks = known.length
    ? known
    : findNumbers(text)
        .map((n) => ({ start: n.start + w.start, end: n.end + w.start, value: n.value }))
        .filter((n) => figures.has(n.value) && inside(n.start));
  const cuts = new Set<number>([w.start, w.end]);
  for (const h of highlights) for (const at of [h.start, h.end]) if (at > w.start && at < w.end) cuts.add(at);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // adjacent pieces with the same highlight share one <mark>
  const runs: { classes: string; parts: Html[] }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const piece = readable(md.slice(a, b));
    const classes = [inside(a, 'place') ? 'place' : '', inside(a, 'cause') ? 'cause' : ''].filter(Boolean).join(' ');
    const figure = marks.some((m) => m.start <= a && a < m.end);
    const part = figure ? html`<strong class="figure">${piece}</strong>` : html`${piece}`;
    const last = runs.at(-1);
    if (last && last.classes === classes) last.parts.push(part);
    else runs.push({ classes, parts: [part] });
  }
  const pieces = runs.map((r) => (r.classes ? html`<mark class="${r.classes}">${r.parts}</mark>` : html`${r.parts}`));
  return html`<div class="excerpt">${w.start > 0 ? '… ' : ''}${pieces}${w.end < md.length ? ' …' : ''}</div>`;
}

export function renderExcerpts(markdown: string, highlights: Highlight[], figures: number[], spans: FigureSpan[] = []): Html {
  const valid = highlights.filter((h) => h.start < h.end && h.end <= markdown.length);
  if (valid.length === 0) return html`<p class="empty">Không có vị trí trong văn bản cho cảnh báo này.</p>`;
  const windows = mergeWindows(valid.map((h) => windowAround(markdown, h)));
  const set = new Set(figures);
  return html`${windows.map((w) => renderWindow(markdown, w, valid, set, spans))}`;
}
