import { attr, childVal, stripElements } from './docx-xml.ts';
import type { NumberingStyleLinks } from './docx-numbering.ts';

/** Numbering carried by a paragraph style (after basedOn inheritance). */
export interface StyleNumbering {
  numId: string | undefined;
  ilvl: number | undefined;
}

export interface DocxStyles {
  /** numPr of a paragraph style, inherited through basedOn. */
  paragraphNumbering(styleId: string): StyleNumbering;
  /** Numbering styles (w:type="numbering") → their numId, to follow w:numStyleLink. */
  numberingLinks: NumberingStyleLinks;
}

interface RawStyle {
  basedOn: string | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
}

const STYLE_RE = /<w:style(?=[\s>])([^>]*)>([\s\S]*?)<\/w:style>/g;
const NUMPR_RE = /<w:numPr>([\s\S]*?)<\/w:numPr>/;

export function parseStyles(stylesXml: string): DocxStyles {
  const xml = stripElements(stripElements(stylesXml, 'mc:Choice'), 'w:pPrChange');
  const paragraph = new Map<string, RawStyle>();
  const numberingLinks: NumberingStyleLinks = new Map();
  for (const m of xml.matchAll(STYLE_RE)) {
    const attrs = m[1] ?? '';
    const id = attr(attrs, 'w:styleId');
    if (id === undefined) continue;
    const body = m[2] ?? '';
    const numPr = NUMPR_RE.exec(body)?.[1];
    const numId = numPr === undefined ? undefined : childVal(numPr, 'w:numId');
    const ilvlText = numPr === undefined ? undefined : childVal(numPr, 'w:ilvl');
    const ilvl = ilvlText === undefined ? undefined : Number(ilvlText);
    const type = attr(attrs, 'w:type') ?? 'paragraph';
    if (type === 'numbering') {
      if (numId !== undefined) numberingLinks.set(id, numId);
    } else if (type === 'paragraph') {
      paragraph.set(id, {
        basedOn: childVal(body, 'w:basedOn'),
        numId,
        ilvl: ilvl !== undefined && Number.isInteger(ilvl) ? ilvl : undefined,
      });
    }
  }

  const cache = new Map<string, StyleNumbering>();
  const paragraphNumbering = (styleId: string): StyleNumbering => {
    const cached = cache.get(styleId);
    if (cached) return cached;
    let numId: string | undefined;
    let ilvl: number | undefined;
    const seen = new Set<string>();
    for (let s = paragraph.get(styleId); s !== undefined; ) {
      numId ??= s.numId;
      ilvl ??= s.ilvl;
      if (numId !== undefined && ilvl !== undefined) break;
      if (s.basedOn === undefined || seen.has(s.basedOn)) break;
      seen.add(s.basedOn);
      s = paragraph.get(s.basedOn);
    }
    const result = { numId, ilvl };
    cache.set(styleId, result);
    return result;
  };

  return { paragraphNumbering, numberingLinks };
}
