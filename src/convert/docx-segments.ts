import { nfc } from '../text/normalize.ts';
import { plainNfc } from './plain-nfc.ts';
import type { NumberLabel } from './docx-list-counter.ts';
import type { MNode, MParagraph, MRun } from './docx-model.ts';

/** Bold that styles give, which mammoth's runs do not carry. */
export interface StyleBold {
  /** The paragraph's style is bold: every run is. */
  paragraph: boolean;
  /** Character styles that make a run bold. */
  characterStyles: ReadonlySet<string>;
}

const NO_STYLE_BOLD: StyleBold = { paragraph: false, characterStyles: new Set() };

/** A stretch of paragraph text with one formatting. */
export interface Segment {
  text: string;
  bold: boolean;
  italic: boolean;
}

/**
 * The text of a paragraph as formatted segments (bold from the run, or from `styles`): NFC, breaks and tabs as spaces, white space
 * squashed across runs and trimmed, Word's automatic number put back at the start, white space
 * between two runs of one formatting given that formatting, and equal neighbours merged.
 */
export function paragraphSegments(p: MParagraph, label: NumberLabel | undefined, styles: StyleBold = NO_STYLE_BOLD): Segment[] {
  const raw: Segment[] = [];
  collect(p, false, false, false, raw, styles);
  const squashed = squash(raw);
  if (squashed.length === 0) return [];
  const first = squashed[0];
  if (label?.kind === 'number' && first !== undefined) {
    squashed.unshift({ text: label.text + label.separator, bold: first.bold, italic: first.italic });
  }
  return merge(absorbSpaces(squashed));
}

function collect(node: MNode, bold: boolean, italic: boolean, caps: boolean, out: Segment[], styles: StyleBold): void {
  switch (node.type) {
    case 'text': {
      const value = (node as MNode & { value: string }).value;
      out.push({ text: caps ? value.toUpperCase() : value, bold, italic });
      return;
    }
    case 'tab':
    case 'break':
      out.push({ text: ' ', bold, italic });
      return;
    case 'run': {
      const run = node as MRun;
      const runBold = run.isBold || styles.paragraph || (run.styleId != null && styles.characterStyles.has(run.styleId));
      for (const child of run.children) collect(child, runBold, run.isItalic, run.isAllCaps, out, styles);
      return;
    }
    case 'noteReference':
    case 'commentReference':
    case 'image':
    case 'checkbox':
    case 'bookmarkStart':
      return;
    default:
      for (const child of node.children ?? []) collect(child, bold, italic, caps, out, styles);
  }
}

/** What squashing changes besides NFC: soft and non-breaking hyphens, white space other than single spaces. */
const UNSQUASHED = /[\u00ad\u2011]|[^\S ]| {2}/;

function squash(segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  let endsWithSpace = true; // paragraph start: drop leading space
  for (const s of segs) {
    // Soft hyphens are invisible in Word; a non-breaking hyphen shows as a hyphen.
    let text = plainNfc(s.text) && !UNSQUASHED.test(s.text) ? s.text : nfc(s.text).replace(/\u00ad/g, '').replace(/\u2011/g, '-').replace(/\s+/g, ' ');
    if (endsWithSpace) text = text.replace(/^ /, '');
    if (text === '') continue;
    endsWithSpace = text.endsWith(' ');
    out.push({ ...s, text });
  }
  // Trailing space of the paragraph.
  while (out.length > 0) {
    const last = out[out.length - 1] as Segment;
    last.text = last.text.replace(/ $/, '');
    if (last.text !== '') break;
    out.pop();
  }
  return out;
}

/** A space-only segment takes the formatting its two neighbours share (so "**a b**" stays one span). */
function absorbSpaces(segs: Segment[]): Segment[] {
  for (let i = 1; i < segs.length - 1; i++) {
    const s = segs[i] as Segment;
    if (s.text.trim() !== '') continue;
    const prev = segs[i - 1] as Segment;
    const next = segs[i + 1] as Segment;
    s.bold = prev.bold && next.bold;
    s.italic = prev.italic && next.italic;
  }
  return segs;
}

function merge(segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segs) {
    const last = out[out.length - 1];
    if (last !== undefined && last.bold === s.bold && last.italic === s.italic) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
