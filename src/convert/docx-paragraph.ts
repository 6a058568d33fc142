import type { NumberLabel } from './docx-list-counter.ts';
import { renderInline } from './docx-inline.ts';
import type { MParagraph } from './docx-model.ts';
import { paragraphSegments } from './docx-segments.ts';

/** Automatic numbers of paragraphs, by paragraph. */
export type Labels = ReadonlyMap<MParagraph, NumberLabel>;

/** Depth of an ATX heading for Word's Title / Heading 1–9 styles, else 0. */
export function headingDepth(p: MParagraph): number {
  const name = (p.styleName ?? '').trim();
  const id = p.styleId ?? '';
  if (/^title$/i.test(name) || /^title$/i.test(id)) return 1;
  const m = /^heading\s*([1-9])$/i.exec(name) ?? /^heading([1-9])$/i.exec(id);
  return m ? Math.min(Number(m[1]), 6) : 0;
}

/** Inline Markdown of a paragraph (number restored), '' when it has no text. */
export function paragraphInline(p: MParagraph, labels: Labels): string {
  const label = labels.get(p);
  const segs = paragraphSegments(p, label);
  if (segs.length === 0) return '';
  const inline = renderInline(segs);
  return label?.kind === 'bullet' ? `- ${inline}` : inline;
}

/** A paragraph as one Markdown block ('' when empty): heading, or paragraph escaped at its start. */
export function paragraphBlock(p: MParagraph, labels: Labels): string {
  const inline = paragraphInline(p, labels);
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
