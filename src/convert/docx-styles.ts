import { attr, childAttrs, childFlag, childVal, stripElements } from './docx-xml.ts';
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
  /** True when a paragraph style (through basedOn; the default style when undefined) makes its text bold. */
  paragraphBold(styleId: string | undefined): boolean;
  /** Character styles (w:type="character") that make their runs bold, through basedOn. */
  boldCharacterStyles: Set<string>;
}

interface RawStyle {
  basedOn: string | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
  /** w:b of the style's run properties: undefined when the style does not set it. */
  bold: boolean | undefined;
}

const STYLE_RE = /<w:style(?=[\s>])([^>]*)>([\s\S]*?)<\/w:style>/g;
const NUMPR_RE = /<w:numPr>([\s\S]*?)<\/w:numPr>/;
const RPR_RE = /<w:rPr>([\s\S]*?)<\/w:rPr>/;

/** w:b of a style body's run properties, or undefined when not set. */
function styleBold(body: string): boolean | undefined {
  const rPr = RPR_RE.exec(body.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, ''))?.[1];
  if (rPr === undefined || childAttrs(rPr, 'w:b') === undefined) return undefined;
  return childFlag(rPr, 'w:b');
}

/** A style and the styles it is based on, nearest first (a cycle of basedOn ends the chain). */
function* basedOnChain(styles: ReadonlyMap<string, RawStyle>, styleId: string): Generator<RawStyle> {
  const seen = new Set<string>();
  for (let s = styles.get(styleId); s !== undefined; ) {
    yield s;
    if (s.basedOn === undefined || seen.has(s.basedOn)) return;
    seen.add(s.basedOn);
    s = styles.get(s.basedOn);
  }
}

export function parseStyles(stylesXml: string): DocxStyles {
  const xml = stripElements(stripElements(stylesXml, 'mc:Choice'), 'w:pPrChange');
  const paragraph = new Map<string, RawStyle>();
  const character = new Map<string, RawStyle>();
  const numberingLinks: NumberingStyleLinks = new Map();
  let defaultParagraph: string | undefined;
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
        bold: styleBold(body),
      });
      const isDefault = attr(attrs, 'w:default');
      if (isDefault === '1' || isDefault === 'true') defaultParagraph ??= id;
    } else if (type === 'character') {
      character.set(id, { basedOn: childVal(body, 'w:basedOn'), numId: undefined, ilvl: undefined, bold: styleBold(body) });
    }
  }

  /** The nearest w:b up the basedOn chain, false when none sets it. */
  const inheritedBold = (styles: Map<string, RawStyle>, styleId: string): boolean => {
    for (const s of basedOnChain(styles, styleId)) if (s.bold !== undefined) return s.bold;
    return false;
  };
  const boldCharacterStyles = new Set<string>();
  for (const id of character.keys()) if (inheritedBold(character, id)) boldCharacterStyles.add(id);
  const boldCache = new Map<string, boolean>();
  const paragraphBold = (styleId: string | undefined): boolean => {
    const id = styleId ?? defaultParagraph;
    if (id === undefined) return false;
    let bold = boldCache.get(id);
    if (bold === undefined) {
      bold = inheritedBold(paragraph, id);
      boldCache.set(id, bold);
    }
    return bold;
  };

  const cache = new Map<string, StyleNumbering>();
  const paragraphNumbering = (styleId: string): StyleNumbering => {
    const cached = cache.get(styleId);
    if (cached) return cached;
    let numId: string | undefined;
    let ilvl: number | undefined;
    for (const s of basedOnChain(paragraph, styleId)) {
      numId ??= s.numId;
      ilvl ??= s.ilvl;
      if (numId !== undefined && ilvl !== undefined) break;
    }
    const result = { numId, ilvl };
    cache.set(styleId, result);
    return result;
  };

  return { paragraphNumbering, numberingLinks, paragraphBold, boldCharacterStyles };
}
