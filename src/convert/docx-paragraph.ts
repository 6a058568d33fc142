import type { NumberLabel } from './docx-list-counter.ts';
import { renderInline } from './docx-inline.ts';
import type { MParagraph } from './docx-model.ts';
import { paragraphSegments } from './docx-segments.ts';

/** What our own reading of document.xml adds to mammoth's paragraphs. */
export interface Marks {
  /** Automatic numbers of paragraphs, by paragraph. */
  labels: ReadonlyMap<MParagraph, NumberLabel>;
  /** Paragraphs whose style makes their text bold. */
  styleBold: ReadonlySet<MParagraph>;
  /** Character styles that make their runs bold. */
  boldCharacterStyles: ReadonlySet<string>;
}

/** Depth of an ATX heading for Word's Title / Heading 1–9 styles, else 0. */
export function headingDepth(p: MParagraph): number {
  const name = (p.styleName ?? '').trim();
  const id = p.styleId ?? '';
  if (/^title$/i.test(name) || /^title$/i.test(id)) return 1;
  const m = /^heading\s*([1-9])$/i.exec(name) ?? /^heading([1-9])$/i.exec(id);
  return m ? Math.min(Number(m[1]), 6) : 0;
}

/**
 * Inline Markdown of a paragraph (number restored), '' when it has no text. Bold given by the
 * paragraph's or a run's style counts as bold, except in a Word heading (already a heading).
 */
export function paragraphInline(p: MParagraph, marks: Marks): string {
  const label = marks.labels.get(p);
  const styleBold = marks.styleBold.has(p) && headingDepth(p) === 0;
  const segs = paragraphSegments(p, label, { paragraph: styleBold, characterStyles: marks.boldCharacterStyles });
  if (segs.length === 0) return '';
  const inline = renderInline(segs);
  return label?.kind === 'bullet' ? `- ${inline}` : inline;
}

/** A paragraph as one Markdown block ('' when empty): heading, or paragraph escaped at its start. */
export function paragraphBlock(p: MParagraph, marks: Marks): string {
  const inline = paragraphInline(p, marks);
  if (inline === '') return '';
  const depth = headingDepth(p);
  if (depth > 0) return `${'#'.repeat(depth)} ${inline.replace(/(^|\s)(#+)$/, '$1\\$2')}`;
  return escapeBlockStart(inline);
}

/**
 * Keep a paragraph a paragraph for remark: `1.`/`1)` markers, `#`, `>` and thematic breaks
 * escaped; bullets typed by the author ("- ", "+ ", "* ") are kept as written.
 */
export function escapeBlockStart(line: string): string {
  if (line.startsWith('\\* ')) return line.slice(1);
  const ordered = /^(\d{1,9})([.)])(?=\s|$)/.exec(line);
  if (ordered) return `${ordered[1]}\\${line.slice((ordered[1] ?? '').length)}`;
  if (/^[#>]/.test(line)) return `\\${line}`;
  if (/^-(?:\s*-){2,}\s*$/.test(line) || /^[-+](?:\s*)$/.test(line)) return `\\${line}`;
  if (/^=+\s*$/.test(line)) return `\\${line}`;
  return line;
}
