/**
 * A label written before a figure with a colon: "+ Lĩnh vực KH&CN: 14 hồ sơ", "Hành chính tư
 * pháp: trên 33 nghìn hồ sơ" in a list the sentence introduces as lĩnh vực. The label names the
 * field when it starts with "Lĩnh vực" or when the sentence's lead speaks of lĩnh vực.
 */
export interface Label {
  text: string;
  field?: string;
}

const AFTER_COLON = /^:\s*(?:(?:trên|hơn|gần|khoảng|có|là|đạt|chỉ)\s+)*$/iu;

export function labelBefore(text: string, folded: string, leftStart: number, pos: number): Label | undefined {
  const colon = text.lastIndexOf(':', pos - 1);
  if (colon < leftStart || !AFTER_COLON.test(text.slice(colon, pos))) return undefined;
  let start = Math.max(text.lastIndexOf(':', colon - 1) + 1, text.lastIndexOf(';', colon - 1) + 1, 0);
  const raw = text.slice(start, colon);
  const lead = raw.match(/^[\s\-+•*–]*/u)?.[0].length ?? 0;
  start += lead;
  const label = text.slice(start, colon).trim();
  if (!label || label.length > 80) return undefined;
  const out: Label = { text: label };
  const own = /^lĩnh vực\s+(.+)$/iu.exec(label);
  if (own) out.field = clean(own[1]!);
  else if (/(?<![a-z])linh vuc(?![a-z])/.test(folded.slice(0, start)) && !/\d/.test(label) && label.split(/\s+/).length <= 10) {
    out.field = clean(label);
  }
  return out;
}

function clean(s: string): string | undefined {
  const v = s.replace(/[“”"]/g, '').trim();
  return v.length >= 2 ? v : undefined;
}
