import { COMMA_NAME, fieldBefore, fieldIn } from '../dimensions/field.ts';
import type { NumberMention } from '../../text/numbers.ts';
import type { RuleContext } from '../rule.ts';
import { RIGHT_VERB } from './cues.ts';

// The lĩnh vực of a procedure figure: named after its noun, before it in its own stretch, or fronted as the sentence's scope.

/** "lĩnh vực X" right after the noun: the field. ("05 TTHC nội bộ trong lĩnh vực Nội vụ": a kind of procedure may stand between.) */
// ("02 TTHC không còn phù hợp thuộc lĩnh vực Nông nghiệp": what makes them abolished may stand between too.)
// ("05 TTHC mới ban hành (lĩnh vực Hoạt động xây dựng)": the field in a bracket of its own, closed by it.)
const FIELD = /^\s*(?:hanh chinh\s+)?(?:noi bo\s+)?(?:\((?!\s*linh vuc)[^)]*\)\s*)?(?:(?:khong con|khong|con) (?:phu hop|can thiet|hieu luc)\s+)?(?:\(\s*)?(?:thuoc\s+|trong\s+)?linh vuc\s+/;
const FIELD_STOP = /\s+(?:thuoc|cua|tai(?<!\bvan tai)(?! viet nam| nuoc ngoai)|tren|theo|duoc|da|cho|de|trong|nham|sang|thuc hien|ap dung|giai quyet|tiep nhan|khong (?:con|phu hop|can thiet|dam bao|duoc|co)|con (?:phu hop|hieu luc))\b|\s+va\s+(?=\d|[^,;.()\d]{0,40}\d)|[,;.()]|$/;
/** After a comma, the rest of one field's name ("thi đua, khen thưởng"), ending the clause or before the next figure. */
const NAME_AFTER_COMMA = /^,\s*([a-z]+(?: [a-z]+){0,2})(?=\s*(?:$|[;.)]|\s+va\s+\d|\s+va\s+(?:cac )?(?:tthc|thu tuc)))/;
/** ", chứng thực và nuôi con nuôi": after a comma, more names closed by "và" at the clause's end — a list of fields. */
const FIELD_LIST_TAIL = /^,\s*[a-z]+(?: [a-z]+){0,3}(?:,\s*[a-z]+(?: [a-z]+){0,3})*\s+va\s+[a-z]+(?: [a-z]+){0,4}\s*(?:[;.)]|$)/;
/** ", An toàn thực phẩm;": after a comma, a capitalised name of a few words closing the clause — the next field of a list. */
const TITLED_NEXT_NAME = /^,\s*\p{Lu}\p{Ll}*(?: \p{L}+){0,6}\s*(?:[;.)]|$)/u;
/** ", Thương binh và Xã hội": after a comma, the rest of a sector's name written in title case, ending the clause. */
const TITLED_TAIL = /^,\s*(\p{Lu}\p{Ll}*(?: \p{Ll}+){0,2}(?: và \p{Lu}\p{Ll}*(?: \p{Ll}+){0,2})?)(?=\s*(?:$|[;.)]))/u;
function titledName(text: string, at: number): RegExpExecArray | null {
  return TITLED_TAIL.exec(text.slice(at));
}

/** The field named right after the counted noun, as written; none for a list of fields. */
export function fieldAfter(text: string, folded: string, nounEnd: number): string | undefined {
  const from = nounEnd + (RIGHT_VERB.exec(folded.slice(nounEnd))?.[0].length ?? 0);
  const m = FIELD.exec(folded.slice(from));
  if (!m) return undefined;
  const start = from + m[0].length;
  // ("… trong lĩnh vực lao động, thương binh và xã hội;": a name with a comma of its own reads on past it.)
  const own = COMMA_NAME.exec(folded.slice(start));
  const scanFrom = start + (own?.[0].length ?? 0);
  const stop = FIELD_STOP.exec(folded.slice(scanFrom));
  let end = scanFrom + (stop?.index ?? 0);
  // "… lĩnh vực thi đua, khen thưởng và 03 TTHC …": a comma inside one name (two single fields are a list).
  const more = folded[end] === ',' ? (NAME_AFTER_COMMA.exec(folded.slice(end)) ?? titledName(text, end)) : null;
  // ("… lĩnh vực đất đai, môi trường": two fields named alone are a list, and a list has no field.)
  if (more && SINGLE_FIELD_WORDS.test(folded.slice(start, end).trim()) && SINGLE_FIELD_WORDS.test(more[1]!)) return undefined;
  // ("… lĩnh vực hộ tịch, chứng thực và nuôi con nuôi;": names in a list closed by "và", no one field.)
  if (!more && !own && folded[end] === ',' && FIELD_LIST_TAIL.test(folded.slice(end))) return undefined;
  // ("… bãi bỏ trong lĩnh vực Điện lực, An toàn thực phẩm;": another capitalised name alone up to the clause's end, a list.)
  if (!more && !own && folded[end] === ',' && TITLED_NEXT_NAME.test(text.slice(end))) return undefined;
  if (more) end += more[0].length;
  const field = text.slice(start, end).trim();
  if (!field || (/,/.test(folded.slice(start, end)) && !more && !own)) return undefined;
  // ("… TTHC thuộc lĩnh vực quản lý của Sở": the body's scope, no one field.)
  if (SCOPE_NOT_FIELD.test(folded.slice(start, end).trim())) return undefined;
  return field;
}

/**
 * "…; lĩnh vực sở hữu trí tuệ 12 TTHC", "lĩnh vực thể dục, thể thao 21 TTHC", "Số TTHC lĩnh vực đất đai …: 18": a field
 * named before the figure in its own stretch — not the field written after an earlier figure's noun
 * ("07 TTHC sửa đổi lĩnh vực Hộ tịch và 02 TTHC …").
 */
export function fieldBeforeFigure(ctx: RuleContext, f: string, n: NumberMention): string | undefined {
  // (A colon ends a breakdown's lead-in, "trong đó: lĩnh vực A 35 TTHC", unless the field is in the label before it.)
  const colon = f.lastIndexOf(':', n.start - 1);
  const clauseFrom = Math.max(f.lastIndexOf(';', n.start), colon >= 0 && f.includes('linh vuc', colon) ? colon : -1) + 1;
  const prev = ctx.numbers.filter((m) => m.end <= n.start && m.end > clauseFrom).at(-1);
  const stretch = f.slice(prev?.end ?? clauseFrom, n.start);
  const at = stretch.lastIndexOf('linh vuc');
  // ("37 TTHC …, trong đó lĩnh vực A 12 TTHC, lĩnh vực B 25 TTHC": after the earlier noun's phrase has closed — a comma
  // or a breakdown's cue — the field opens the next figure's own stretch.)
  const head = stretch.slice(0, at);
  if (at < 0 || (prev && /\b(?:tthc|thu tuc|dich vu)\b/.test(head) && !FIELD_OPENS_PART.test(head))) return undefined;
  return fieldBefore(ctx.text, f, n.start) ?? fieldIn(ctx.text, f, (prev?.end ?? clauseFrom) + at, n.start);
}

/** The end of a stretch before "lĩnh vực" that closes the phrase of the figure before: ", ", "; ", ", trong đó ", "gồm: ". */
const FIELD_OPENS_PART = /(?:[,;:]|\b(?:trong do|bao gom|gom|cu the|chia ra)\b)[\s,:]*$/;

/** "Trong lĩnh vực Tài nguyên nước, …": a field opening the sentence as its scope, for every figure after it. Group 1: the name. */
export const FRONTED_FIELD = /^\W*(?:trong|doi voi|ve|thuoc|o|tai) linh vuc ([^,;:\d]{2,60}),/;

/**
 * "Chủ tịch UBND tỉnh công bố danh mục TTHC lĩnh vực Tư pháp, theo đó: công bố mới 04 TTHC, thay thế 07 TTHC, …": a field
 * named before the breakdown's cue, no figure before it, is the scope of every figure the breakdown lists. Group 1: the name.
 */
export const FIELD_BEFORE_BREAKDOWN = /^[^\d;.]*?(?<!(?:cac|nhieu|nhung|moi|mot so|tung) )\blinh vuc ([^,;:.\d()]{2,50}?)\s*[,:]?\s*(?:theo do|cu the|bao gom|gom|trong do)\b\s*:?/;
/** Words that end a field's name and open what is said of it: the name before them is not the field's alone. */
const NAME_TAIL = /\b(?:thuoc|cua|tai|duoc|trong|ap dung|thuc hien|giai quyet|cap (?:tinh|huyen|xa))\b/;

/** The field named before a breakdown's cue (FIELD_BEFORE_BREAKDOWN): [name as written, where the cue ends], or null. */
export function fieldBeforeBreakdown(text: string, folded: string): [string, number] | null {
  const m = FIELD_BEFORE_BREAKDOWN.exec(folded);
  if (!m || NAME_TAIL.test(m[1]!) || SCOPE_NOT_FIELD.test(m[1]!.trim())) return null;
  const at = m[0].indexOf(m[1]!, m[0].lastIndexOf('linh vuc'));
  return [text.slice(at, at + m[1]!.length).trim(), m[0].length];
}

/** Words after "lĩnh vực" that name a body's scope, not a field: "lĩnh vực quản lý (nhà nước) của Sở", "lĩnh vực chuyên môn". */
const SCOPE_NOT_FIELD = /^(?:quan ly(?: nha nuoc)?|chuyen mon|phu trach|cua nganh|nganh)$/;

/** Fields usually named alone: two of them around a comma are a list, not one name. */
const SINGLE_FIELD_WORDS = /^(?:dat dai|ho tich|chung thuc|xay dung|giao thong|giao duc|y te|tu phap|moi truong|nong nghiep|tai chinh|thuong mai|dau tu|lao dong|van hoa|du lich|the thao)$/;

/**
 * "… công bố 12 TTHC mới, sửa đổi 08 TTHC và bãi bỏ 03 TTHC trong lĩnh vực đất đai.": a field closing a clause of
 * procedure figures, set off by "trong"/"thuộc", is the field of every figure of that clause. Group 1: the name.
 */
// ("… trong lĩnh vực lao động, thương binh và xã hội.": a name with a comma of its own, COMMA_NAME, may open it.)
// ("… trong lĩnh vực lao động, việc làm.": or a comma before the last words of one name, as after a noun — NAME_AFTER_COMMA.)
const TRAILING_FIELD = new RegExp(String.raw`\b(?:trong|thuoc) linh vuc ((?:${COMMA_NAME.source.slice(1)})?[^,;:.()\d]{2,50}?(?:,\s*[a-z]+(?: [a-z]+){0,2})?)\s*(?:[.;]|$)`, 'g');

/**
 * The field closing `n`'s clause when it is the clause's only "lĩnh vực" and comes after `n` with no breakdown between,
 * as written; else undefined. Read for the changes a publication lists (công bố, sửa đổi, bãi bỏ).
 */
export function trailingField(text: string, folded: string, n: NumberMention): string | undefined {
  if (!folded.includes('linh vuc')) return undefined;
  const clauseFrom = folded.lastIndexOf(';', n.start) + 1;
  const semi = folded.indexOf(';', n.end);
  const clauseEnd = semi < 0 ? folded.length : semi + 1;
  const clause = folded.slice(clauseFrom, clauseEnd);
  if (clause.indexOf('linh vuc') !== clause.lastIndexOf('linh vuc')) return undefined;
  TRAILING_FIELD.lastIndex = 0;
  for (let m = TRAILING_FIELD.exec(clause); m; m = TRAILING_FIELD.exec(clause)) {
    const at = clauseFrom + m.index;
    // (a sentence end between the figure and the field: another sentence's field)
    // (or a breakdown cue: "138 TTHC, trong đó 40 TTHC thuộc lĩnh vực đất đai" — the field is the part's)
    if (at < n.end || /\.(?!\d)|\b(?:trong do|trong so|bao gom|gom|cu the|chia ra)\b/.test(folded.slice(n.end, at))) continue;
    // ("thuộc lĩnh vực quản lý của Sở": the body's scope, no one field)
    if (SCOPE_NOT_FIELD.test(m[1]!.replace(/\s+(?:cua|thuoc)\b.*$/, '').trim())) return undefined;
    // ("… trong lĩnh vực đất đai, môi trường.": two fields named alone are a list, and a list has no field.)
    const parts = COMMA_NAME.test(m[1]!) ? [] : m[1]!.split(',').map((w) => w.trim());
    if (parts.length === 2 && parts.every((w) => SINGLE_FIELD_WORDS.test(w))) return undefined;
    const start = at + m[0].indexOf(m[1]!);
    return text.slice(start, start + m[1]!.length).trim();
  }
  return undefined;
}
