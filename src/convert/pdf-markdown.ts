import type { PageSpan } from './types.ts';
import type { Paragraph, Span } from './pdf-types.ts';
import { joinWrapped, wrappedContinuations } from './wrapped-lines.ts';

/**
 * Paragraphs → the Markdown pivot: one block per paragraph, separated by one blank line; bold
 * runs as `**…**` hugging non-space text; text escaped so remark reads it literally; an
 * ordered-list-like start (`1.` `12.` `1)`) escaped (`1\.`) so it stays a paragraph; bullets at
 * the start (`- ` `+ ` `* ` `•`) kept as written.
 *
 * Page map: each paragraph belongs to the page it starts on (a paragraph running over a page
 * break counts for the earlier page). A page's span runs from the start of its first paragraph
 * to the end of its last; a page on which no paragraph starts gets an empty span at the
 * position where the next page's text starts (or at the end).
 *
 * A paragraph that a hard line break cut off the one before it (a document typed or pasted with a
 * break at the end of every line: wrapped-lines.ts) is joined to it, on the page it starts on.
 */
export function toMarkdown(paragraphs: Paragraph[], pageCount: number): { markdown: string; pages: PageSpan[] } {
  const blocks: string[] = [];
  const ranges = new Map<number, { start: number; end: number }>();
  let offset = 0;
  const rendered: { p: Paragraph; md: string }[] = [];
  for (const p of paragraphs) {
    const md = p.table !== undefined ? renderTable(p.table) : renderParagraph(p.spans);
    if (md !== '') rendered.push({ p, md });
  }
  const continues = wrappedContinuations(
    rendered.map(({ p, md }) => (p.table !== undefined || p.centred ? null : md)),
    rendered.map(({ p }) => p.opens === true),
  );
  let lastPage = 0;
  for (let i = 0; i < rendered.length; i++) {
    const { p, md } = rendered[i]!;
    if (continues[i]) {
      const joined = joinWrapped(blocks[blocks.length - 1]!, md);
      offset += joined.length - blocks[blocks.length - 1]!.length;
      blocks[blocks.length - 1] = joined;
      ranges.get(lastPage)!.end = offset;
      continue;
    }
    lastPage = p.page;
    if (blocks.length > 0) offset += 2;
    const start = offset;
    blocks.push(md);
    offset += md.length;
    const r = ranges.get(p.page);
    if (r === undefined) ranges.set(p.page, { start, end: offset });
    else r.end = offset;
  }
  const markdown = blocks.join('\n\n');
  const pages: PageSpan[] = [];
  let next = markdown.length;
  for (let page = pageCount; page >= 1; page--) {
    const r = ranges.get(page);
    if (r !== undefined) {
      pages.push({ page, start: r.start, end: r.end });
      next = r.start;
    } else {
      pages.push({ page, start: next, end: next });
    }
  }
  pages.reverse();
  return { markdown, pages };
}

/** A table → a GFM pipe table, the first row as header (as the .docx converter writes it). */
export function renderTable(rows: string[][]): string {
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (width === 0) return '';
  const line = (cells: string[]): string => {
    const padded = Array.from({ length: width }, (_v, j) => escapeText((cells[j] ?? '').replace(/\s+/g, ' ').trim(), false).replace(/\|/g, '\\|'));
    return `| ${padded.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`.replace(/ {2,}\|/g, ' |');
  };
  const [head = [], ...body] = rows;
  return [line(head), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
}

/**
 * A Word list bullet as the PDF prints it: a Symbol or Wingdings glyph in Unicode's private use
 * area ("\uF0B7", "\uF0A7", "\uF0D8" …), or a dash the list's tab left glued to the text ("–Trực
 * tuyến"). The paragraph starts "- " as the .docx reading writes a bullet.
 */
const WORD_BULLET = /^(?:[\uF000-\uF0FF]\s*|[-–—](?=\p{L}))/u;

/** One paragraph's spans → inline Markdown. */
export function renderParagraph(spans: Span[]): string {
  const merged: Span[] = [];
  for (const s of spans) {
    const text = collapseSpaces(s.text);
    const blank = !NOT_SPACE.test(text);
    const last = merged[merged.length - 1];
    if (last !== undefined && (last.bold === s.bold || blank)) last.text += text;
    else merged.push({ text, bold: s.bold && !blank });
  }
  for (let i = 0; i < merged.length; i++) {
    const s = merged[i]!;
    // Each piece is collapsed already: only two spaces where two pieces meet are left.
    if (s.text.includes('  ')) s.text = s.text.replace(/\s+/g, ' ');
    if (i > 0 && s.text.startsWith(' ') && /\s$/.test(merged[i - 1]!.text)) s.text = s.text.slice(1);
  }
  // Trim the paragraph's ends, across span boundaries.
  while (merged.length > 0 && !NOT_SPACE.test(merged[0]!.text)) merged.shift();
  while (merged.length > 0 && !NOT_SPACE.test(merged[merged.length - 1]!.text)) merged.pop();
  if (merged.length === 0) return '';
  merged[0]!.text = merged[0]!.text.trimStart().replace(WORD_BULLET, '- ');
  merged[merged.length - 1]!.text = merged[merged.length - 1]!.text.trimEnd();

  let out = '';
  merged.forEach((s, i) => {
    const esc = escapeText(s.text, out === '' && i === 0);
    if (!s.bold) {
      out += esc;
      return;
    }
    const lead = /^\s*/.exec(esc)?.[0] ?? '';
    const core = esc.slice(lead.length).trimEnd();
    const trail = esc.slice(lead.length + core.length);
    const before = lead === '' ? out.slice(-1) : ' ';
    const after = trail === '' ? (merged[i + 1]?.text[0] ?? '') : ' ';
    out += canWrap(before, core, after) ? `${lead}**${core}**${trail}` : esc;
  });
  return out;
}

/** A character `trim()` keeps (`\s` is the white space and line ends `trim()` removes). */
const NOT_SPACE = /\S/;
/** White space other than a single space: what `replace(/\s+/g, ' ')` would change. */
const UNCOLLAPSED = /[^\S ]| {2}/;

/**
 * `text.replace(/\s+/g, ' ')`, without rebuilding text that has nothing to collapse (the replace
 * matches every single space between words, and a page of text has thousands).
 */
export function collapseSpaces(text: string): string {
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ') : text;
}

const isSpace = (c: string): boolean => c === '' || /\s/u.test(c);
const isPunct = (c: string): boolean => /[\p{P}\p{S}]/u.test(c);

/** Would CommonMark read `**core**` between `before` and `after` as strong emphasis? */
function canWrap(before: string, core: string, after: string): boolean {
  const first = core[0] ?? '';
  const last = core.slice(-1);
  const opens = !isSpace(first) && (!isPunct(first) || isSpace(before) || isPunct(before));
  const closes = !isSpace(last) && (!isPunct(last) || isSpace(after) || isPunct(after));
  return core !== '' && opens && closes;
}

const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Escape Markdown syntax: backslash, `*`, `` ` ``, `<`, `[`, `~`, `&` before an entity-like
 * name, `_` unless inside a word; at the paragraph start a `#` or `>`, and an ordered-list
 * marker (`1.` → `1\.`). A leading bullet (`- ` `+ ` `* `) is left as written.
 */
export function escapeText(text: string, atStart: boolean): string {
  let body = text;
  let head = '';
  if (atStart) {
    const bullet = /^[-+*] /.exec(body);
    if (bullet !== null) {
      head = bullet[0];
      body = body.slice(head.length);
    }
  }
  let esc = body.replace(/[\\`*<[~_&]/g, (c, i: number) => {
    if (c === '_') return ALNUM.test(body[i - 1] ?? '') && ALNUM.test(body[i + 1] ?? '') ? c : '\\_';
    if (c === '&') return /^&#?[a-z0-9]+;/i.test(body.slice(i, i + 40)) ? '\\&' : c;
    return `\\${c}`;
  });
  if (atStart && head === '') {
    esc = esc.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2').replace(/^([#>])/, '\\$1');
  }
  return head + esc;
}
