import { fold } from '../text/normalize.ts';
import { caseAgency } from './agency-case.ts';
import { departmentByAbbreviation, departmentByCode, departmentName, departmentSpellings } from './agency-names.ts';

/** Folded openings of an issuing body's name in the header. */
const AGENCY_START = /^(?:so|ubnd|uy ban nhan dan|trung tam|phong|van phong|chi cuc|ban|bo|cuc|tong cuc|thanh tra|dai|bao hiem xa hoi|kho bac|cong an)\b/;
/** Where the national motto or the place and date start beside the agency on one line. */
const MOTTO_BESIDE = /\s+(?=CỘNG HÒA|CỘNG HOÀ|Cộng hòa|Cộng hoà|ĐỘC LẬP|Độc lập\s*[-–])/u;
/** Lines after the header block: the title, the addressee. */
const HEADER_END = /^(?:bao cao\b|kinh gui)/;
/** Abbreviations of a header's body names, spelled out in capitals as the header writes names. */
const HEADER_ABBREVIATIONS: [RegExp, string][] = [
  [/(?<![\p{L}\p{N}])TTPVHCC(?![\p{L}\p{N}])/gu, 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG'],
  [/(?<![\p{L}\p{N}])PVHCC(?![\p{L}\p{N}])/gu, 'PHỤC VỤ HÀNH CHÍNH CÔNG'],
  [/(?<![\p{L}\p{N}])BQL(?![\p{L}\p{N}])/gu, 'BAN QUẢN LÝ'],
  [/(?<![\p{L}\p{N}])KCN(?![\p{L}\p{N}])/gu, 'KHU CÔNG NGHIỆP'],
  [/(?<![\p{L}\p{N}])KKT(?![\p{L}\p{N}])/gu, 'KHU KINH TẾ'],
  [/(?<![\p{L}\p{N}])TX\.\s*/gu, 'THỊ XÃ '],
];

/** "BQL CÁC KCN" → "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "TRUNG TÂM PVHCC", "UBND TX. PHÚ THỌ". */
function spellOut(line: string): string {
  let out = line;
  for (const [re, full] of HEADER_ABBREVIATIONS) out = out.replace(re, full);
  return out;
}

/** The whole motto, or its second line, opening a piece of a header line (folded). */
const MOTTO_OPENING = /^(?:cong hoa xa hoi chu nghia viet nam|doc lap\s*[-–]\s*tu do\s*[-–]\s*hanh phuc)\s*/;
/**
 * Where a place-and-date line starts after upper-case text on the same line ("HÀNH CHÍNH CÔNG  Hà Nam, ngày …").
 * (`(?=\s)` first: V8 then skips to white space instead of trying the look-behind at every position.)
 */
const PLACE_BESIDE = /(?=\s)(?<=\p{Lu}{2}[^\p{Ll},]*)\s+(?=\p{Lu}\p{Ll}[\p{L} .'\-]{0,40}?,\s*ngày\b)/u;

/**
 * Header lines cut into the pieces the two columns put side by side: the left column's text,
 * the motto beside it, and what follows the whole motto when a PDF ran two table rows into one
 * line ("UBND TỈNH HÀ NAM  CỘNG HÒA … VIỆT NAM  TRUNG TÂM PHỤC VỤ  Độc lập - Tự do - Hạnh phúc"),
 * or a place and date typed beside the left column's last line.
 */
function headerPieces(lines: string[]): string[] {
  const out: string[] = [];
  const push = (text: string): void => {
    for (const piece of text.split(PLACE_BESIDE)) if (piece.trim() !== '') out.push(piece.trim());
  };
  for (const raw of lines) {
    for (const piece of raw.split(MOTTO_BESIDE)) {
      const opening = MOTTO_OPENING.exec(fold(piece).replace(/\s+/g, ' ').trim());
      const motto = opening ? piece.trim().split(/\s+/).slice(0, opening[0].trim().split(' ').length).join(' ') : '';
      if (motto !== '') {
        out.push(motto);
        push(piece.trim().slice(motto.length));
      } else push(piece);
    }
  }
  return out;
}

/** A name cut after a word that joins it to what follows. */
const CONNECTOR_END = /(?:\s(?:VÀ|và)|\s?[-–&,])\s*$/u;
/** Header lines that are never the agency. */
const NOT_AGENCY = /^(?:cong hoa|doc lap|bao cao|so\s*[:.]|kinh gui|noi nhan|v\/v|ve viec)/;

function isUpperLine(text: string): boolean {
  let upper = 0;
  let letters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch === ch.toUpperCase()) upper++;
    }
  }
  // A short remainder of a wrapped name ("TẾ" under "… KHU KINH") counts when all in capitals.
  return letters >= 3 ? upper / letters >= 0.8 : letters > 0 && upper === letters;
}

/** Split "UBND TỈNH NAM ĐỊNH SỞ TƯ PHÁP" (two header lines run together) before the second body. */
function splitBodies(line: string): string[] {
  return line
    .split(/(?<!ỦY|UỶ|UY|VĂN|BAN|VÀ)\s+(?=(?:SỞ|PHÒNG|TRUNG TÂM|CHI CỤC|VĂN PHÒNG|BAN|THANH TRA|ĐÀI|CÔNG AN|KHO BẠC|BẢO HIỂM XÃ HỘI)\s)/u)
    .filter((s) => s.trim() !== '');
}

/** Expand "Sở KH&CN", "STP", "Sở TP", "UBND huyện X" and friends; other names are returned as written. */
export function expandAgency(name: string): string {
  const s = name
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:UBND|Uỷ ban nhân dân)(?=\s)/u, 'Ủy ban nhân dân')
    .replace(/\bUBND(?=\s)/u, 'Ủy ban nhân dân')
    .replace(/^(Trung tâm phục vụ)\s+HCC(?![\p{L}\p{N}])/iu, '$1 hành chính công');
  const code = /^S[\p{Lu}&]{1,8}$/u.test(s) ? departmentByCode(s) : null;
  if (code) return code;
  const m = /^Sở\s+(.+)$/iu.exec(s);
  if (m) {
    const rest = m[1] as string;
    const full = departmentByAbbreviation(rest) ?? departmentName(rest);
    if (full) return `Sở ${full}`;
  }
  return s;
}

/**
 * The issuing body from the header lines (before "Số:", the title or the addressee; the national
 * motto is stepped over): the last upper-case line that opens with a kind of body, with
 * continuation lines joined.
 */
export function agencyFromHeader(lines: string[]): string | null {
  const bodies: string[] = [];
  // What a motto cut short still lacks ("VIỆT NAM" after "… CHỦ NGHĨA"), wherever it turns up.
  let mottoRest = '';
  for (const piece of headerPieces(lines)) {
    const pf = fold(piece);
    // The motto may come before the issuer's lines when a PDF's two header columns interleave.
    if (/^cong hoa/.test(pf)) {
      mottoRest = mottoRemainder(piece);
      continue;
    }
    const line = spellOut(piece);
    const f = fold(line);
    if (mottoRest !== '' && f === mottoRest) {
      mottoRest = '';
      continue;
    }
    // The motto's last words on a line of their own, even read before the motto itself (OCR).
    if (f === 'viet nam' || f === 'nam') continue;
    if (/^so\s*[:.]/.test(f) || HEADER_END.test(f)) break;
    if (!isUpperLine(line) || NOT_AGENCY.test(f)) continue;
    for (const part of splitBodies(line)) {
      const fp = fold(part);
      // "VĂN PHÒNG HĐND VÀ" / "UBND": a name broken after its "và" or dash goes on.
      if (AGENCY_START.test(fp) && !(bodies.length > 0 && CONNECTOR_END.test(bodies[bodies.length - 1] as string))) bodies.push(part);
      else if (bodies.length > 0) bodies[bodies.length - 1] += ` ${part}`;
    }
  }
  const last = bodies[bodies.length - 1];
  if (!last) return null;
  const parent = bodies.length > 1 ? caseAgency(bodies[bodies.length - 2] as string) : null;
  return expandAgency(withParentPlace(caseAgency(last), parent));
}

const FULL_MOTTO = 'cong hoa xa hoi chu nghia viet nam';

/**
 * The folded words a motto beside the agency still lacks when its cell wrapped ("CỘNG HÒA XÃ
 * HỘI CHỦ NGHĨA VIỆT" → "nam"), or '' when it is whole or absent.
 */
function mottoRemainder(beside: string): string {
  const f = fold(beside).replace(/\s+/g, ' ').trim();
  if (!f.startsWith('cong hoa') || !FULL_MOTTO.startsWith(f) || f === FULL_MOTTO) return '';
  return FULL_MOTTO.slice(f.length).trim();
}

const UNIT = '(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn)';
/** The committee over a body, or its office ("VĂN PHÒNG UBND TỈNH X" over a one-stop centre). */
const PARENT_PLACE = new RegExp(`^(?:Văn phòng )?Ủy ban nhân dân (${UNIT}) (.+)$`, 'u');
const HAS_PLACE = new RegExp(`\\s${UNIT}\\s\\S`, 'u');
const BARE_UNIT = new RegExp(`\\s(${UNIT})$`, 'u');
/** A board named by the zone it runs: the known name of its kind, then the zone's own name in capitals. */
const ZONE_BOARD = /^Ban Quản lý (?:khu kinh tế|các khu công nghiệp|các khu chế xuất và công nghiệp)(?: \p{Lu}[\p{Ll}\p{M}]*){1,4}(?: và các khu công nghiệp)?$/u;

/**
 * Complete a body named under its people's committee: "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" under
 * "UBND TỈNH BẮC GIANG" → "… tỉnh Bắc Giang"; "PHÒNG NỘI VỤ" under "UBND HUYỆN X" → "… huyện X";
 * a name cut after its unit word ("… CÔNG TỈNH", "THANH TRA TỈNH") gets the place; a radio and
 * television station (Đài) and a board (Ban: "BAN DÂN TỘC" → "Ban Dân tộc tỉnh X", as its introduction
 * names it) are named with their province; "VĂN PHÒNG" alone is the committee's
 * office. Departments (Sở) stay as named.
 */
function withParentPlace(agency: string, parent: string | null): string {
  const p = parent ? PARENT_PLACE.exec(parent) : null;
  if (!p) return agency;
  const [, unit, place] = p as unknown as [string, string, string];
  // "VĂN PHÒNG" alone under "UBND TỈNH X" is the committee's own office.
  if (agency === 'Văn phòng') return `Văn phòng ${parent}`;
  const bare = BARE_UNIT.exec(agency);
  if (bare) return bare[1] === unit ? `${agency} ${place}` : agency;
  if (HAS_PLACE.test(agency)) return agency;
  // "BAN QUẢN LÝ KKT DUNG QUẤT VÀ CÁC KCN QUẢNG NGÃI": the name already ends with the place.
  const own = endsWithPlace(agency, place);
  if (own !== null) return own;
  // "BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG": a board named by the zone it runs, not by its province.
  if (ZONE_BOARD.test(agency)) return agency;
  const local = unit !== 'tỉnh' && unit !== 'thành phố';
  if (/^(?:Trung tâm|Đài|Ban)\s/u.test(agency) || (local && /^(?:Phòng|Văn phòng)\s/u.test(agency))) {
    return `${agency} ${unit} ${place}`;
  }
  return agency;
}

/** The agency with its closing words spelled as `place` when they are that place (folded), else null. */
function endsWithPlace(agency: string, place: string): string | null {
  const words = agency.split(' ');
  const n = place.split(' ').length;
  if (words.length <= n + 1) return null;
  const tail = words.slice(-n).join(' ');
  return fold(tail) === fold(place) ? `${words.slice(0, -n).join(' ')} ${place}` : null;
}

const BODY_KIND = '(?:Sở|Đài|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Trung tâm|Phòng|Ban|Chi cục|Văn phòng|Thanh tra|Cục|Tổng cục|Bộ)';
const REPORTER = new RegExp(`(?:^|[;:.,]\\s+)(${BODY_KIND}\\s[^,.;:()]{1,80}?)\\s+(?:xin\\s+|trân trọng\\s+|kính\\s+)?báo\\s+cáo`, 'gu');

/** "…; Sở Khoa học và Công nghệ báo cáo kết quả …" → the body that reports. */
export function agencyFromIntro(text: string): string | null {
  REPORTER.lastIndex = 0;
  for (let m = REPORTER.exec(text); m; m = REPORTER.exec(text)) {
    const name = (m[1] as string).trim();
    if (/\b(?:về việc|yêu cầu|đề nghị|hướng dẫn|của)\b/u.test(name)) continue;
    if (name.split(/\s+/).length > 14) continue;
    return expandAgency(name);
  }
  return null;
}

let mentionRe: RegExp | null = null;
let mentionNames: Map<string, string> | null = null;

/** The department most often named as "Sở X" in the text (at least three times), or null. */
export function agencyFromMentions(text: string): string | null {
  if (!mentionRe || !mentionNames) {
    const spellings = departmentSpellings();
    mentionNames = new Map(spellings.map(([s, n]) => [s.toLowerCase(), n]));
    const alts = spellings.map(([s]) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    mentionRe = new RegExp(`Sở\\s+(${alts.join('|')})(?![\\p{L}\\p{N}&])`, 'gu');
  }
  const counts = new Map<string, number>();
  mentionRe.lastIndex = 0;
  for (let m = mentionRe.exec(text); m; m = mentionRe.exec(text)) {
    const name = mentionNames.get((m[1] as string).toLowerCase());
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 2;
  for (const [name, n] of counts) {
    if (n > bestCount) {
      best = name;
      bestCount = n;
    }
  }
  return best ? `Sở ${best}` : null;
}
