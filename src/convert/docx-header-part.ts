import { attr, decodeEntities, stripElements } from './docx-xml.ts';
import { escapeText } from './docx-inline.ts';

/**
 * The administrative header block (agency, number, national motto, place and date) typed in the
 * first page's page header instead of the body, as some templates do. Mammoth reads the body
 * only, so without this the report would have no issuer, place or date. The first section's
 * header for page 1 is read — its "first" header when the section has a distinct title page,
 * else its "default" one — and given back as plain paragraphs, cell by cell, when it holds the
 * national motto.
 */
const MOTTO = /C[ỘO]NG\s+H[ÒOÀ]A\s+XÃ\s+H[ỘO]I/iu;

/** The body already opens with the motto: its own header block is there. */
export function opensWithMotto(markdown: string): boolean {
  return MOTTO.test(markdown.slice(0, 3000));
}

/** Markdown paragraphs of the first page's header block, or [] when there is none. */
export function firstPageHeaderBlocks(documentXml: string, headers: Record<string, string> | undefined): string[] {
  if (headers === undefined) return [];
  const sect = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/.exec(documentXml)?.[0];
  if (sect === undefined) return [];
  const titlePage = /<w:titlePg(?:\s+w:val="(?:1|true|on)")?\s*\/>/.test(sect);
  const refs = new Map<string, string>();
  for (const m of sect.matchAll(/<w:headerReference\b([^>]*?)\/?>/g)) {
    const type = attr(m[1] ?? '', 'w:type');
    const id = attr(m[1] ?? '', 'r:id');
    if (type !== undefined && id !== undefined) refs.set(type, id);
  }
  const id = titlePage ? refs.get('first') : refs.get('default');
  const xml = id === undefined ? undefined : headers[id];
  if (xml === undefined) return [];
  // A text box's VML fallback repeats its text.
  const lines = paragraphLines(stripElements(xml, 'mc:Fallback'));
  if (!lines.some((l) => MOTTO.test(l))) return [];
  return lines.map((l) => escapeText(l));
}

/** Each paragraph's text (line breaks split it; tabs become spaces), empty ones left out. */
function paragraphLines(xml: string): string[] {
  const out: string[] = [];
  for (const p of xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)) {
    let text = '';
    for (const m of (p[0] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(br|cr|tab)\b[^>]*\/>/g)) {
      if (m[1] !== undefined) text += decodeEntities(m[1]);
      else text += m[2] === 'tab' ? '\t' : '\n';
    }
    for (const line of text.split('\n')) {
      const t = line.replace(/[ \u00a0]+/g, ' ').trim();
      if (t !== '') out.push(t);
    }
  }
  return out;
}
