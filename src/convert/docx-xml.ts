/** Tiny, linear helpers for scanning WordprocessingML with regular expressions (no DOM). */

const attrCache = new Map<string, RegExp>();

/** Value of attribute `name` (e.g. "w:val") in an element's attribute text, or undefined. */
export function attr(attrs: string, name: string): string | undefined {
  let re = attrCache.get(name);
  if (re === undefined) {
    re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrCache.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? '') : undefined;
}

const childCache = new Map<string, RegExp>();

/** Attribute text of the first `<tag …>` / `<tag …/>` in `xml`, or undefined when absent. */
export function childAttrs(xml: string, tag: string): string | undefined {
  let re = childCache.get(tag);
  if (re === undefined) {
    re = new RegExp(`<${tag}(?=[\\s/>])([^>]*?)/?>`);
    childCache.set(tag, re);
  }
  const m = re.exec(xml);
  return m ? (m[1] ?? '') : undefined;
}

/** `w:val` of the first `<tag>` child, or undefined. */
export function childVal(xml: string, tag: string): string | undefined {
  const a = childAttrs(xml, tag);
  return a === undefined ? undefined : attr(a, 'w:val');
}

/** An on/off property (`<w:isLgl/>`, `<w:b w:val="0"/>`): present and not false. */
export function childFlag(xml: string, tag: string): boolean {
  const a = childAttrs(xml, tag);
  if (a === undefined) return false;
  const v = attr(a, 'w:val');
  return v === undefined || !(v === 'false' || v === '0' || v === 'off');
}

/** Remove every `<tag …>…</tag>` (and `<tag/>`) block. The tag must not nest inside itself. */
export function stripElements(xml: string, tag: string): string {
  if (!xml.includes(`<${tag}`)) return xml;
  const re = new RegExp(`<${tag}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g');
  return xml.replace(re, '');
}

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g, (m, hex, dec, name) => {
    if (hex !== undefined) return safeCodePoint(parseInt(hex as string, 16), m);
    if (dec !== undefined) return safeCodePoint(parseInt(dec as string, 10), m);
    return ENTITIES[name as string] ?? m;
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function safeCodePoint(cp: number, fallback: string): string {
  return cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : fallback;
}
