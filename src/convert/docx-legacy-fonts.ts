import { attr, childAttrs, stripElements } from './docx-xml.ts';

/**
 * The font a run is set in when the run itself names none: its character style, else its
 * paragraph's style (or the default paragraph style), each followed through basedOn, else the
 * document defaults. Theme fonts are not resolved (they are never the legacy fonts).
 */
export interface StyleFonts {
  font(runStyleId: string | null | undefined, paragraphStyleId: string | null | undefined): string | undefined;
  /** Every font the styles and the font table name. */
  names: string[];
}

interface RawStyle {
  basedOn: string | undefined;
  font: string | undefined;
}

const STYLE_RE = /<w:style(?=[\s>])([^>]*)>([\s\S]*?)<\/w:style>/g;
const RPR_RE = /<w:rPr(?:\s[^>]*)?>([\s\S]*?)<\/w:rPr>/;
const DEFAULTS_RE = /<w:rPrDefault(?:\s[^>]*)?>([\s\S]*?)<\/w:rPrDefault>/;
const FONT_NAME_RE = /<w:font(?=\s)[^>]*?\sw:name\s*=\s*"([^"]*)"/g;

/** The font of an rPr: hAnsi first (Word draws characters above U+007F with it), then ascii. */
function rPrFont(rPr: string | undefined): string | undefined {
  if (rPr === undefined) return undefined;
  const fonts = childAttrs(rPr, 'w:rFonts');
  if (fonts === undefined) return undefined;
  return attr(fonts, 'w:hAnsi') ?? attr(fonts, 'w:ascii') ?? attr(fonts, 'w:cs');
}

export function parseStyleFonts(stylesXml: string, fontTableXml = ''): StyleFonts {
  const xml = stripElements(stripElements(stylesXml, 'mc:Choice'), 'w:rPrChange');
  const styles = new Map<string, RawStyle>();
  let defaultParagraph: string | undefined;
  for (const m of xml.matchAll(STYLE_RE)) {
    const attrs = m[1] ?? '';
    const id = attr(attrs, 'w:styleId');
    if (id === undefined) continue;
    const type = attr(attrs, 'w:type') ?? 'paragraph';
    if (type !== 'paragraph' && type !== 'character') continue;
    const body = m[2] ?? '';
    const basedOnAttrs = childAttrs(body, 'w:basedOn');
    styles.set(`${type}:${id}`, {
      basedOn: basedOnAttrs === undefined ? undefined : attr(basedOnAttrs, 'w:val'),
      font: rPrFont(RPR_RE.exec(body)?.[1]),
    });
    const isDefault = attr(attrs, 'w:default');
    if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true')) defaultParagraph = id;
  }
  const defaults = rPrFont(RPR_RE.exec(DEFAULTS_RE.exec(xml)?.[1] ?? '')?.[1]);

  const chain = (type: string, id: string | null | undefined): string | undefined => {
    const seen = new Set<string>();
    for (let key = id ?? undefined; key !== undefined && !seen.has(key); ) {
      seen.add(key);
      const style = styles.get(`${type}:${key}`);
      if (style === undefined) return undefined;
      if (style.font !== undefined) return style.font;
      key = style.basedOn;
    }
    return undefined;
  };

  const names = new Set<string>();
  for (const s of styles.values()) if (s.font !== undefined) names.add(s.font);
  if (defaults !== undefined) names.add(defaults);
  for (const m of fontTableXml.matchAll(FONT_NAME_RE)) names.add(m[1] ?? '');

  return {
    font: (runStyleId, paragraphStyleId) =>
      chain('character', runStyleId) ?? chain('paragraph', paragraphStyleId ?? defaultParagraph) ?? defaults,
    names: [...names].filter((n) => n !== ''),
  };
}
