/**
 * `tier` of a figure: the level of government it is for — `province` ("cấp tỉnh", "các sở,
 * ngành"), `district` ("cấp huyện", "UBND huyện/thành phố/thị xã", a district's or city's own
 * one-stop office), `commune` ("cấp xã", "UBND các xã, phường"). "toàn tỉnh", "3 cấp", "hai cấp"
 * and a mixed group ("cấp huyện và cấp xã", "UBND TP X và UBND các phường") give none.
 *
 * A mention in the figure's own clause decides; otherwise the nearest earlier mention in the
 * paragraph carries forward, except a mention inside a breakdown ("trong đó … cấp huyện …; …")
 * which stops at the end of its breakdown; otherwise a tier in the innermost headings. The
 * province's own centre ("Trung tâm Phục vụ hành chính công của tỉnh") is the province tier only
 * in a report that also states district or commune figures; alone it is one agency's figures.
 * Likewise the district's own committee or office ("UBND huyện tiếp nhận …") is the district tier
 * only in a report that also states communes' figures.
 */
import { memoize } from '../../text/memo.ts';
import { HO_SO } from '../dossier/own-clause.ts';

/** A paragraph that opens by pointing back ("Trong số hồ sơ trên, …") continues the one before. */
export function continuesPrevious(folded: string): boolean {
  return /^\s*(?:trong (?:so|tong so) (?:ho so |do )?(?:nay|tren|do)|trong do|ngoai ra|cung voi do)(?![a-z])/.test(folded);
}

/** A sentence opening on the reporting area as its subject: "Huyện đã tiếp nhận …", "Năm 2025, tỉnh tiếp nhận …". */
// ("Ban Dân tộc đang thực hiện 02 TTHC cấp tỉnh. Trong quý III, Ban chưa có hồ sơ TTHC phát sinh": the reporting body named by
// its kind, "Ban", "Chi cục", "Trung tâm", "Sở", is its own area too.)
const OWN_AREA_OPENING = /^\W*(?:(?:nam|trong|tinh den|den)\b[^,]{0,30},\s*)?(huyen|quan|thi xa|thanh pho|tinh|ban|chi cuc|trung tam|so)\s+(?:da\s+|dang\s+|(?:chua|khong)\s+)?(?:tiep nhan|giai quyet|nhan|co|thuc hien|xu ly|phat sinh)(?![a-z])/d;

/**
 * Does the folded sentence open on the reporting area itself as its subject? It then takes no level
 * from an earlier sentence ("… 100% UBND các xã niêm yết TTHC. Huyện đã tiếp nhận 24.508 hồ sơ").
 * "Sở" folds as "Số" ("Số đã giải quyết lần lượt là …", the number of): it counts only when the
 * text (same offsets as `folded`) is given and writes "Sở".
 */
export function opensOnOwnArea(folded: string, text?: string): boolean {
  const m = OWN_AREA_OPENING.exec(folded);
  if (!m) return false;
  if (m[1] !== 'so') return true;
  const at = m.indices?.[1]?.[0] ?? -1;
  return text !== undefined && at >= 0 && text.slice(at, at + 2).toLowerCase() === 'sở';
}

/** The tier in force at the end of a folded paragraph. */
export function tierAtEnd(folded: string, mentions: TierMention[], lowerTiersStated: boolean, communesStated = true): Tier | undefined {
  return tierAt(folded, mentions, folded.length, folded.length, [], lowerTiersStated, undefined, undefined, communesStated);
}

/** "cấp huyện" or "cấp xã" (with the dossier noun, HO_SO), on folded text. */
// ("… các Trung tâm phục vụ hành chính công xã, phường tiếp nhận …": the communes named as "xã, phường" too.)
const LOWER_TIER = /(?<![a-z])(?:cap huyen|cap(?<!tro cap) xa|cac (?:huyen|quan|thi xa|xa|phuong)|(?:ubnd|uy ban nhan dan) (?:cac )?(?:huyen|xa|phuong)|xa,? (?:phuong|thi tran)|phuong,? xa)(?![a-z])/;

/** A one-stop office of communes, up to their noun: "Bộ phận Một cửa (của) (các) xã" (folded). */
// (Not "Bộ phận Một cửa huyện và cấp xã": the words before the commune's name hold no "và" nor a district's word.)
const COMMUNE_OFFICE = String.raw`bo phan mot cua(?: (?!(?:va|huyen|quan|thanh|tp|tinh)(?![a-z]))[a-z]+){0,3}? (?:cua )?(?:cac )?`;

/** A commune-level body or level ("cấp xã", "UBND các xã", "các xã, thị trấn", "Bộ phận Một cửa các phường"). */
const COMMUNE_BODY = new RegExp(String.raw`(?<![a-z])(?:cap(?<!tro cap) (?:xa|phuong)|(?:ubnd|uy ban nhan dan) (?:cac |\d+ )?(?:xa|phuong|thi tran)|(?:cac|\d+) (?:xa|phuong|thi tran|dac khu)|xa,? ?\/? ?(?:phuong|thi tran)|phuong,? ?\/? ?xa|${COMMUNE_OFFICE}(?:(?<!thi )(?:xa|phuong)|thi tran))(?![a-z])`);

/** Does one folded block state dossier figures of communes (so a district's own office is the district tier)? */
export function blockStatesCommunes(folded: string): boolean {
  // ("UBND huyện giải quyết 100% hồ sơ đúng hạn; các xã, thị trấn giải quyết đúng hạn đạt 99,97%": the communes' clause states
  // the timeliness of the dossiers its block speaks of, without the noun.)
  return (
    COMMUNE_BODY.test(folded) &&
    folded.split(/[.;]\s/).some((s) => COMMUNE_BODY.test(s) && (HO_SO.test(s) || (TIMED.test(s) && HO_SO.test(folded))) && /\d/.test(s) && /\d/.test(s.replace(BODY_COUNT, '')))
  );
}
/** A dossier's timeliness: "đúng hạn", "trễ hạn". */
const TIMED = /(?<![a-z])(?:dung|tre|qua|truoc|cham) han(?![a-z])/;
/**
 * A count of bodies ("14/14 xã, phường", "12 phường"): a figure that is no dossiers' — "Thị xã có 14/14 xã, phường tiếp
 * nhận hồ sơ trực tuyến" states no communes' figures.
 */
const BODY_COUNT = /\d+(?:\s*\/\s*\d+)?\s+(?:cac\s+)?(?:xa|phuong|thi tran|don vi)(?![a-z])/g;

/** Does one folded block state dossier figures of a district or commune tier? */
export function blockStatesLowerTiers(folded: string): boolean {
  // A block that names no lower tier has no sentence that does: most blocks are passed over unsplit.
  // Sentence by sentence: "Tỷ lệ hồ sơ … đúng hạn đạt 99,4%, trong đó: …; cấp huyện đạt 98,9%" states the district's figure.
  return LOWER_TIER.test(folded) && folded.split(/\.\s/).some((s) => LOWER_TIER.test(s) && HO_SO.test(s) && /\d/.test(s));
}
export type Tier = 'province' | 'district' | 'commune';

export interface TierMention {
  start: number;
  end: number;
  /** null: a whole-area or all-tier phrase that cancels any tier. */
  tier: Tier | null;
  /** Inside a breakdown: where its reach ends. */
  scopeEnd: number;
  /** The province's own one-stop centre: province only in a report that also gives lower tiers' figures. */
  contrast?: boolean;
  /** The province's councils ("HĐND, UBND tỉnh"): province only beside a lower level named in the same paragraph. */
  besideLower?: boolean;
  /**
   * The district's own people's committee or office ("UBND huyện", "Trung tâm Hành chính công
   * huyện"): the district tier only in a report that also gives communes' figures; alone it is
   * one agency's figures.
   */
  ownDistrict?: boolean;
  /** The commune's own committee ("UBND xã", singular, unnamed): no tier in a paragraph naming no other level. */
  ownCommune?: boolean;
  /** A count of bodies ("16 xã, thị trấn"): reaches no further than its own clause. */
  count?: boolean;
  /**
   * A named district or city ("UBND huyện Kim Sơn") outside a breakdown by authority: the body a
   * figure belongs to (subject), not a tier — yet it still makes a group mixed.
   */
  named?: boolean;
  /** A bare named district or commune ("huyện Văn Lâm", "xã Đông Sơn"): only ever a subject. */
  place?: boolean;
}

/**
 * "HĐND, UBND tỉnh", "HĐND và UBND tỉnh (Bắc Ninh)": the province's
 * authorities, the province tier where the paragraph sets them beside a lower level ("…; cấp huyện
 * ban hành 9 VBQPPL"); alone, one body's own figures.
 */
const PROVINCE_COUNCILS = /(?<![a-z])(?:hdnd|hoi dong nhan dan)(?:,| va) (?:ubnd|uy ban nhan dan) tinh(?![a-z])/g;

/** "Trung tâm Phục vụ hành chính công của tỉnh" (not followed by the province's name). */
const PROVINCE_CENTRE = /(?<![a-z])trung tam (?:phuc vu )?hanh chinh cong(?: va xuc tien dau tu)? (?:cua |cap )?tinh(?![a-z])/g;

/** "cấp sở", "cấp sở, ngành": the level of the province's departments (unfolded). */
const DEPARTMENT_LEVEL = /(?<![\p{L}])cấp sở(?:,? (?:ban,? )?ngành)?(?![\p{L}])/giu;

const W = '(?![a-z])';
// (A district's office: its name runs over no level of its own — "các Bộ phận Một cửa cấp xã của huyện X" are the communes'.)
const DEFS: [RegExp, Tier | null][] = [
  // ("chính quyền địa phương hai cấp", "mô hình 2 cấp": the form of government, not figures of all levels.)
  // ("tỷ lệ đúng hạn chung đạt 99%", "tính chung": the rate over every level named before it.)
  [new RegExp(`(?<![a-z])(?:toan (?:tinh|huyen|thanh pho|thi xa|quan|tp)|(?:ca|3|ba|2|hai|cac)(?<!(?:chinh quyen|mo hinh)(?: dia phuong)? (?:ca|3|ba|2|hai|cac)) cap|tren dia ban (?:toan )?tinh|chung(?<=t[yi] le(?: [a-z%]+){0,6} chung)(?! (?:cu|tay|nhau)(?![a-z]))|tinh chung)${W}`, 'g'), null],
  // ("Khối sở, ban, ngành", "Khối huyện, thành phố": a table row grouping one level's bodies.)
  // ("Sở, ban, ngành" opening a label or a clause — a table row, "100% sở, ban, ngành" — are the province's bodies too; not "một số …", nor a count "17 sở, ban, ngành", which names no level of the figures after it.)
  // ("Khối tỉnh", "Khối xã": the rows of a summary by level, as "Khối sở, ban, ngành", "Khối huyện".)
  // ("các sở tiếp nhận …": the departments as a clause's subject, before their verb; not "các sở Tư pháp, …".)
  // ("Các cơ quan chuyên môn thuộc UBND tỉnh": the departments by their other name.)
  [new RegExp(`(?<![a-z])(?:cap tinh|khoi (?:cap )?tinh|cac so(?= (?:da|dang|deu|tiep nhan|giai quyet|xu ly|ban hanh|thuc hien|cung cap|trien khai)(?![a-z]))|(?:cac(?<!mot so cac)|do cac(?<!mot so do cac)|cua cac(?<!mot so cua cac)|tai cac(?<!mot so tai cac)|o cac(?<!mot so o cac)|khoi(?<!mot so khoi)(?: cac)?) so,? (?:ban,? )?nganh|so(?<![a-z\\d] so),? ban,? nganh|cac co quan (?:chuyen mon|hanh chinh)(?: nha nuoc)? (?:thuoc|truc thuoc) (?:ubnd|uy ban nhan dan) tinh)${W}`, 'g'), 'province'],
  [new RegExp(`(?<![a-z])(?:cap (?:huyen|thi xa|thanh pho|tp|quan(?! ly))|(?:ubnd|uy ban nhan dan) (?:cac )?(?:huyen|quan|thi xa|thanh pho|tp)|(?:cac|khoi(?: cac)?) (?:huyen|quan(?! (?:ly|he|diem|tam|sat|trong|niem|chuc|doi))|thi xa)(?:,? (?:thi xa|thanh pho|quan))*|(?:cua|tai|o) (?:huyen|thi xa|thanh pho|quan(?! (?:ly|he|diem|tam|sat|trong|niem|chuc|doi|tri|ngai)))|(?:trung tam|bo phan)(?: (?!(?:xa|phuong|tran|cap (?:xa|phuong))(?![a-z]))[a-z&]+){0,7}? (?:cua )?(?:huyen|quan|thi xa|thanh pho|tp)|quan(?<=\\d quan)(?:,? (?:va )?\\d+ (?:huyen|thi xa))+)${W}`, 'g'), 'district'],
  // ("trợ cấp xã hội": social allowance, no level.)
  // ("cấp phường, xã 07 hồ sơ": the level named by its two kinds of bodies — no "Xã 7" after the comma.)
  [new RegExp(`(?<![a-z])(?:cap(?<!tro cap) (?:xa|phuong)(?:,? ?(?:\\/ ?)?(?:xa|phuong|thi tran)(?![a-z]))*|(?:ubnd|uy ban nhan dan) (?:cac |\\d+ )?(?:xa|phuong|thi tran)(?:,? ?(?:\\/ ?)?(?:xa|phuong|thi tran))*|(?:cac )?(?:xa,? ?\\/? ?(?:phuong|thi tran)|phuong,? ?\\/? ?xa)(?:,? ?(?:va )?(?:phuong|thi tran|dac khu))?|cac (?:xa|phuong|thi tran|dac khu)|(?:xa|phuong|thi tran|dac khu)(?<=\\d (?:xa|phuong|thi tran|dac khu))|khoi (?:cap )?(?:xa(?! hoi)|phuong)(?:,? ?(?:va )?(?:xa|phuong|thi tran|dac khu))*|${COMMUNE_OFFICE}(?<!thi )(?:xa|phuong))${W}`, 'g'), 'commune'],
];

/**
 * Words every match of DEFS holds ("toàn", "cấp", "trên địa bàn", "ngành", "UBND", "ủy ban",
 * "trung tâm", "bộ phận", "phường", "thị trấn"): a text with none of them names no tier, and the
 * four searches are skipped (three texts in four). Plain words, no look-behind: the search runs
 * 4–5× faster than the patterns', or than their union. Keep it in step when DEFS changes
 * (test/extract/dimensions/tier.test.ts checks every tier phrase it names against it).
 */
export const TIER_WORDS = /cap|toan |chung|tren dia ban|nganh|ubnd|uy ban|trung tam|bo phan|phuong|thi tran|(?:cac|khoi) (?:huyen|quan|thi xa|xa)|(?:cua|tai|o) (?:huyen|thi xa|thanh pho|quan)|\d xa|\d quan|dac khu|khoi (?:cap )?(?:tinh|xa|phuong)|cac so /;

const MARKER = /(?<![a-z])(?:trong do|bao gom|gom|trong so)(?![a-z])/g;

/** The dossiers' noun right before: "… hồ sơ (TTHC) của các sở, ngành". */
const DOSSIERS_BEFORE = /(?<![a-z])(?:ho so|hs)(?: tthc| thu tuc hanh chinh)?\s*$/;

/** Tier mentions of folded headings, read once: every figure under a heading asks again. */
const headingMentions = memoize((folded: string): TierMention[] => tierMentions(folded), 1024);

/** Every tier mention of a folded paragraph, in order. `text` (the unfolded paragraph) tells names apart. */
export function tierMentions(folded: string, text?: string): TierMention[] {
  const out: TierMention[] = [];
  if (text !== undefined) {
    // "cấp sở 1.210 hồ sơ, cấp quận 1.870 hồ sơ": the departments' level is the province's — read on the unfolded text,
    // where "cấp sổ" (issuing a book) is told apart.
    if (folded.includes('cap so')) {
      DEPARTMENT_LEVEL.lastIndex = 0;
      for (let m = DEPARTMENT_LEVEL.exec(text); m; m = DEPARTMENT_LEVEL.exec(text)) {
        out.push({ start: m.index, end: m.index + m[0].length, tier: 'province', scopeEnd: scopeEndOf(folded, m.index) });
      }
    }
  }
  // (A heading, folded only: the centre ending its title — "a) Tại Trung tâm Phục vụ hành chính công tỉnh" — has no name after it.)
  if (folded.includes('hanh chinh cong')) {
    PROVINCE_CENTRE.lastIndex = 0;
    for (let m = PROVINCE_CENTRE.exec(folded); m; m = PROVINCE_CENTRE.exec(folded)) {
      const end = m.index + m[0].length;
      if (text !== undefined ? isNamed(text, end) : !/^\s*(?:[,.;:)]|$)/.test(folded.slice(end))) continue;
      out.push({ start: m.index, end, tier: 'province', scopeEnd: Number.POSITIVE_INFINITY, contrast: true });
    }
  }
  // (Named or not: "HĐND, UBND tỉnh Bắc Ninh …; cấp huyện …" sets the province's level against the district's too.)
  if (folded.includes('ubnd tinh') || folded.includes('uy ban nhan dan tinh')) {
    PROVINCE_COUNCILS.lastIndex = 0;
    for (let m = PROVINCE_COUNCILS.exec(folded); m; m = PROVINCE_COUNCILS.exec(folded)) {
      out.push({ start: m.index, end: m.index + m[0].length, tier: 'province', scopeEnd: scopeEndOf(folded, m.index), besideLower: true });
    }
  }
  if (!TIER_WORDS.test(folded)) {
    // ("nhiều nhất là xã Yên Lạc với 1.102 hồ sơ": a named place needs none of the tier words.)
    if (text !== undefined) addNamedPlaces(folded, text, out);
    return out;
  }
  for (const [re, tier] of DEFS) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      const mention: TierMention = { start, end, tier, scopeEnd: scopeEndOf(folded, start) };
      // ("Trung tâm đã tiếp nhận 6.482 hồ sơ của các sở, ngành": the departments as the owners of the dossiers counted are one
      // agency's whole scope — the province tier only in a report that also gives lower tiers' figures, as the centre is.)
      if (tier === 'province' && m[0].startsWith('cua ') && DOSSIERS_BEFORE.test(folded.slice(Math.max(0, start - 16), start))) mention.contrast = true;
      if (
        tier === 'district' &&
        text !== undefined &&
        !folded.startsWith('cap ', start) &&
        isNamed(text, end) &&
        !BY_AUTHORITY.test(folded.slice(Math.max(0, start - 45), start)) &&
        !COMMUNE_LEVEL.test(folded)
      ) {
        mention.named = true;
      }
      // ("6 quận, 1 huyện tiếp nhận …": the districts counted, their own clause's level, no office of the district's own.)
      const countedDistricts = tier === 'district' && /^quan\b/.test(m[0]);
      if (countedDistricts) {
        mention.count = true;
        mention.scopeEnd = Math.min(mention.scopeEnd, clauseEndOf(folded, end));
      }
      if (tier === 'district' && !countedDistricts && !folded.startsWith('cap ', start) && !/(?<![a-z])(?:cac|khoi) /.test(m[0])) mention.ownDistrict = true;
      // "UBND xã tiếp nhận …" (one unnamed commune's committee): the reporting commune's own figures.
      // ("Bộ phận Một cửa của xã tiếp nhận …": that commune's own office, likewise.)
      if (tier === 'commune' && (ONE_COMMUNE.test(m[0]) || ONE_COMMUNE_OFFICE.test(m[0])) && (text === undefined || !isNamed(text, end))) mention.ownCommune = true;
      if (tier === 'commune' && COUNTED.test(folded.slice(Math.max(0, start - 32), start))) {
        mention.count = true;
        // "Tổng số hồ sơ quận và 13 phường tiếp nhận": the district with its communes, a mixed group.
        if (WITH_DISTRICT.test(folded.slice(Math.max(0, start - 30), start))) mention.tier = null;
        mention.scopeEnd = Math.min(mention.scopeEnd, countScopeEnd(folded, end));
      }
      // "Cấp thành phố …; cấp quận, huyện …": in a centrally-run city the city's own level is the province's.
      // ("Trung tâm Hành chính thành phố tiếp nhận …; 6 quận, 1 huyện tiếp nhận …": the city's own office, likewise.)
      if (tier === 'district' && (m[0] === 'cap thanh pho' || m[0] === 'cap tp' || (/^(?:trung tam|bo phan|ubnd|uy ban nhan dan)\b.*\b(?:thanh pho|tp)$/.test(m[0]) && !mention.named)) && URBAN_DISTRICTS.test(folded)) mention.tier = 'province';
      out.push(mention);
    }
  }
  if (text !== undefined) addNamedPlaces(folded, text, out);
  // "UBND các xã của huyện Bình Lục": the named district owns the body right before it; no mention of its own.
  // ("các xã, thị trấn của huyện Lý Nhân" likewise, in a paragraph that also says "cấp xã".)
  const owned = (m: TierMention) =>
    text !== undefined && /^(?:cua|thuoc) /.test(folded.slice(m.start, m.end)) && isNamed(text, m.end) && out.some((o) => o !== m && o.end <= m.start && /^\s*$/.test(folded.slice(o.end, m.start)));
  // "Tại huyện Yên Định, cấp xã tiếp nhận …": a named place set before the clause as its area, when a level follows.
  const area = (m: TierMention) => text !== undefined && (m.named || AREA_LEAD.test(folded.slice(m.start, m.end))) && isNamed(text, m.end) && levelFollows(folded, m, out);
  // "UBND của 96 xã, phường trên địa bàn tỉnh": where the bodies before it are, not the whole province.
  const placeOf = (m: TierMention) =>
    m.tier === null && folded.startsWith('tren dia ban', m.start) && out.some((o) => o.tier !== null && o.tier !== 'province' && o.end <= m.start && /^\s*$/.test(folded.slice(o.end, m.start)));
  // "Hệ thống thông tin giải quyết TTHC của Thành phố": whose system the figures come from, not the level they are for.
  const system = (m: TierMention) => m.tier === 'district' && /^(?:cua|tai|o) /.test(folded.slice(m.start, m.end)) && SYSTEM_BEFORE.test(folded.slice(Math.max(0, m.start - 70), m.start));
  // "tiếp nhận 734 hồ sơ liên thông với UBND các xã": the level worked with, not the one the figures are for.
  const partner = (m: TierMention) => PARTNER_BEFORE.test(folded.slice(Math.max(0, m.start - 30), m.start));
  const kept = out.filter((m) => !owned(m) && !area(m) && !placeOf(m) && !system(m) && !partner(m)).sort((a, b) => a.start - b.start);
  if (folded.includes('len ') || folded.includes('chuyen ')) pathsEndAtTheirClause(folded, kept);
  return kept;
}

/** Between the two levels of a path: "lên", "chuyển lên", "gửi về" … ("từ cấp xã lên cấp huyện"). */
const PATH_GAP = /^\s*(?:(?:chuyen|gui)\s+)?(?:len|ve|den|sang)\s*$/;

/**
 * "Bộ phận Một cửa huyện tiếp nhận 214 hồ sơ liên thông từ cấp xã lên cấp huyện, đã giải quyết 210 hồ sơ": the path of the
 * dossiers between two levels qualifies the clause it is in; the clauses after its comma speak of the body before it.
 */
function pathsEndAtTheirClause(folded: string, mentions: TierMention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (!PATH_GAP.test(folded.slice(a.end, b.start)) || !/(?<![a-z])tu\s*$/.test(folded.slice(Math.max(0, a.start - 6), a.start))) continue;
    const stop = folded.slice(b.end).search(/[,;]|\.\s|\.$/);
    const end = stop < 0 ? folded.length : b.end + stop;
    a.scopeEnd = Math.min(a.scopeEnd, end);
    b.scopeEnd = Math.min(b.scopeEnd, end);
  }
}

/** "liên thông với", "phối hợp với": a body named as the partner of the work. */
const PARTNER_BEFORE = /(?<![a-z])(?:lien thong|phoi hop|ket noi) (?:voi|cung) (?:cac )?$/;

/** An information system or portal named right before ("Hệ thống … giải quyết TTHC", "Cổng dịch vụ công"). */
const SYSTEM_BEFORE = /(?<![a-z])(?:he thong|cong (?:dich vu cong|thong tin))(?:[^,.;:()\d]{0,55})?\s$/;

/** "tại huyện", "ở thị xã": a place named as where, not whose. */
const AREA_LEAD = /^(?:tai|o) /;

/**
 * Is `m` a named place opening its clause as its area ("Tại huyện Yên Định, cấp xã …", "huyện Kim
 * Sơn: cấp huyện …"): its name runs to a comma or colon, and a level is named after it in the sentence?
 */
function levelFollows(folded: string, m: TierMention, all: readonly TierMention[]): boolean {
  if (!/(?:^|[.;:]\s*|(?<![a-z])(?:tai|o|doi voi|rieng)\s+)$/.test(folded.slice(Math.max(0, m.start - 12), m.start)) && !AREA_LEAD.test(folded.slice(m.start, m.end))) return false;
  const after = /^[^,:;.\d]{1,40}[,:]/.exec(folded.slice(m.end));
  if (!after) return false;
  const from = m.end + after[0].length;
  const stop = folded.slice(from).search(/[.;]/);
  const to = stop < 0 ? folded.length : from + stop;
  return all.some((o) => o !== m && !o.named && o.tier !== null && o.start >= from && o.start < to && folded.startsWith('cap ', o.start));
}

/** Urban districts ("cấp quận", "quận, huyện"): only a centrally-run city has them. */
// ("6 quận, 1 huyện": the districts counted.)
export const URBAN_DISTRICTS = /(?<![a-z])(?<!co )(?:cap quan(?! ly)|quan,? ?\/? ?huyen|huyen,? ?\/? ?quan(?! (?:doi|su|ly|tam|he|diem))|cac quan(?:,| va| huyen)|\d+ quan(?:,| va) \d+ huyen)(?![a-z])/;
/** A district or commune word, then (checked on the text) its proper name or number: "huyện Văn Lâm", "xã Đông Sơn", "phường 3". */
const PLACE = /(?<![a-z])(?:huyen|quan|thi xa|thanh pho|tp|xa|phuong|thi tran|dac khu)(?![a-z])/g;
const PLACE_TIER: Record<string, Tier> = { huyen: 'district', quan: 'district', 'thi xa': 'district', 'thanh pho': 'district', tp: 'district' };
/** The place owns what is named before it ("các xã của huyện Yên Định", "trên địa bàn thành phố"), or is a level's word. */
const OWNER_BEFORE = /(?<![a-z])(?:cua|thuoc|tren dia ban|dia ban|tai|o|toan|cap|cac|nhung|moi|\d+)\s*$/;

/**
 * "huyện Văn Lâm 112 hồ sơ", "Trong đó xã Đông Sơn tiếp nhận 1.640 hồ sơ": one named district or
 * commune is the body a figure belongs to (its subject), not a tier — a mention that stops an
 * earlier tier from carrying on to its figures. Not a place that owns the body before it ("các sở,
 * ngành thành phố Hải Phòng", "các xã của huyện Yên Định").
 */
function addNamedPlaces(folded: string, text: string, out: TierMention[]): void {
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(folded); m; m = PLACE.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    if (!isNamed(text, end) && !/^ \d{1,2}(?![\d.,])/.test(folded.slice(end, end + 4))) continue;
    const before = folded.slice(Math.max(0, start - 30), start);
    // ("06 hồ sơ trễ hạn thuộc lĩnh vực đất đai tại xã Phú Lâm": a place named after a figure of its clause is whose it is.)
    if (OWNER_BEFORE.test(before) && !(/(?<![a-z])(?:tai|o)\s*$/.test(before) && /\d[^,;.:()]*$/.test(folded.slice(Math.max(0, start - 80), start)))) continue;
    // Right after another body ("UBND các xã huyện X", "các sở, ngành thành phố Y"): its owner.
    if (out.some((o) => o.end <= start && /^\s*$/.test(folded.slice(o.end, start)))) continue;
    out.push({ start, end, tier: PLACE_TIER[m[0]] ?? 'commune', scopeEnd: Number.POSITIVE_INFINITY, named: true, place: true });
  }
}

/**
 * A named district set against the commune level ("Bộ phận Một cửa huyện X …; Ở cấp xã, …") is
 * the district tier: the report is about that district's levels.
 */
const COMMUNE_LEVEL = /(?<![a-z])(?<!tro )cap (?:xa|phuong)(?![a-z])/;
/** A number right before a body ("16 xã, thị trấn"): a count of bodies, not their level. */
/** One commune's committee: "UBND xã", "Ủy ban nhân dân phường" (not "cấp xã", "các xã"). */
export const ONE_COMMUNE = /^(?:ubnd|uy ban nhan dan) (?:xa|phuong|thi tran)$/;
/** One commune's office: "Bộ phận Một cửa (của) xã" (not "… các xã", "… cấp xã"). */
// ("Bộ phận Một cửa UBND phường": the office of the ward's own committee, likewise.)
const ONE_COMMUNE_OFFICE = /^bo phan mot cua (?:cua )?(?:(?:ubnd|uy ban nhan dan) )?(?:xa|phuong)$/;
/** ("11 đơn vị hành chính cấp xã": the communes counted as administrative units, likewise.) */
// (Not a year before the level: "Năm 2024 cấp xã tiếp nhận …", "trong năm 2024 các xã …".)
const COUNTED = /(?<![a-z\d.,])(?<!(?:nam|quy|thang|ky|giai doan)\s+)\d[\d.]*\s*(?:don vi hanh chinh\s*)?$/;
const WITH_DISTRICT = /(?<![a-z])(?:huyen|quan|thi xa|thanh pho|tp)\s*(?:va|,)\s*\d[\d.]*\s*$/;

function clauseEndOf(folded: string, at: number): number {
  const stop = folded.slice(at).search(/;|\.\s|\.$/);
  return stop < 0 ? folded.length : at + stop;
}

/** From a figure to the body owning it: "3.845 hồ sơ của (19) …". */
const OWNER_AFTER_FIGURE = /^\d[\d.,]*\s*(?:ho so|hs)\s+(?:cua|tai|o)\s+(?:(?:cac|\d+)\s+)?$/;

/** After ";", a clause opening on its verb, with no subject of its own: "…; giải quyết đúng hạn 7.205 hồ sơ; còn 12 hồ sơ …". */
const VERB_CLAUSE = /^\s*(?:(?:da|dang|duoc|va)\s+)*(?:tiep nhan|giai quyet|tra ket qua|xu ly|con|dat)(?![a-z])/;

/**
 * "96 xã, phường đã tiếp nhận 205.620 hồ sơ; giải quyết … 198.310 hồ sơ; còn 7.310 hồ sơ đang giải quyết": counted bodies as
 * the subject reach over the clauses after ";" that open on their verb, with no subject of their own.
 */
function countScopeEnd(folded: string, at: number): number {
  let stop = clauseEndOf(folded, at);
  while (folded[stop] === ';' && VERB_CLAUSE.test(folded.slice(stop + 1, stop + 40))) stop = clauseEndOf(folded, stop + 1);
  return stop;
}

/** A mention after a breakdown marker in its sentence reaches to the next ";" or sentence end. */
function scopeEndOf(folded: string, at: number): number {
  const sentenceStart = Math.max(folded.lastIndexOf('. ', at), folded.lastIndexOf(';', at), 0);
  MARKER.lastIndex = 0;
  const before = folded.slice(sentenceStart, at);
  if (!MARKER.test(before)) return Number.POSITIVE_INFINITY;
  const rest = folded.slice(at);
  const stop = rest.search(/;|\.\s|\.$/);
  return stop < 0 ? folded.length : at + stop;
}

/** "và 96 trung tâm phục vụ hành chính công " between two levels' bodies: the count that opens the later body's name (not "và 98 TTHC thuộc thẩm quyền của", things counted). */
const COUNT_OPENING_BODY = /^(\s*(?:,|va)\s*)\d[\d.]*(?=\s+(?:trung tam|bo phan|ubnd|uy ban nhan dan|co quan|don vi)(?: [a-z]+){0,7}\s*$)/;

const GAP_PREDICATE = /(?<![a-z])(?:(?:tre|qua|cham|dung|truoc) (?:han|hen)|tiep nhan|giai quyet)(?![a-z])/;

/** Mentions joined to `m` by "và" / "," / "/" just before it: a mixed group. */
function groupOf(folded: string, all: TierMention[], m: TierMention): TierMention[] {
  const group = [m];
  let head = m;
  for (let i = all.indexOf(m) - 1; i >= 0; i--) {
    const p = all[i]!;
    // A count right before the later body ("UBND huyện A và 16 xã") does not split the group.
    // ("Trung tâm PVHCC tỉnh và 96 Trung tâm PVHCC cấp xã": nor a count opening the later body's name, its level at the end.)
    const gap = head.count ? folded.slice(p.end, head.start).replace(/\d[\d.]*\s*$/, '') : folded.slice(p.end, head.start).replace(COUNT_OPENING_BODY, '$1');
    // ("cấp xã - cấp huyện": two levels joined by a dash, as in an interlinked procedure's path.)
    // ("05 hồ sơ cấp xã lĩnh vực đất đai trễ hạn, cấp huyện 02 hồ sơ": a timeliness or a verb on the way ends the first level's clause.)
    // ("cấp huyện chuyển lên cấp tỉnh", "liên thông từ cấp xã lên cấp huyện": the path of interlinked dossiers between two
    // levels, a mixed group too.)
    if (gap.length > 60 || /[.;:\d]/.test(gap) || !/(?:^|\s)va\s|,|\/|^\s*[-–]\s*$|^\s*(?:(?:chuyen|gui)\s+(?:len|ve|den|sang)|len|den)\s*$/.test(gap) || GAP_PREDICATE.test(gap)) break;
    // ("Trên địa bàn tỉnh, cấp xã …": the whole area sets the place, it is no member of a group of levels.)
    if (p.tier === null && head.tier !== null && WHOLE_AREA.test(folded.slice(p.start, p.end))) break;
    group.push(p);
    head = p;
  }
  return group;
}

function decide(group: TierMention[]): Tier | undefined {
  const tiers = new Set(group.map((g) => g.tier));
  if (tiers.size !== 1 || (group.length === 1 && group[0]!.named)) return undefined;
  return group[0]!.tier ?? undefined;
}

/** "toàn tỉnh", "trên địa bàn tỉnh": the whole area, not all the levels ("3 cấp"). */
const WHOLE_AREA = /^(?:toan|tren dia ban) /;

/** A proper name follows (an upper-case word). */
export function isNamed(text: string, at: number): boolean {
  const next = /^\s+(\S)/u.exec(text.slice(at, at + 4))?.[1];
  return next !== undefined && next !== next.toLowerCase() && /\p{L}/u.test(next);
}

const BY_AUTHORITY = /tham quyen(?: giai quyet)?(?: cua)?\s*$/;

/**
 * The tier of a figure whose own clause is folded[ownStart, ownEnd) of the paragraph. `headings`
 * are folded section titles, innermost first. Returns undefined when there is none to give.
 */
/**
 * What a heading naming one body ("d) Kết quả giải quyết TTHC tại UBND xã Quang Trung") reads as among the
 * headings `tierAt` is given (dossier/document.ts `bodyHeadings`): the figures under it are that body's, no level's —
 * and no heading above it gives one either.
 */
export const ONE_BODY_HEADING = '\u0000one body';

/** A clause opening on a total's word. */
const TOTAL_OPENING = /^\W*tong(?: so| cong)?(?![a-z])/;

/** Before `m` in its sentence, another level than m's (not a named body). */
function otherLevelBefore(folded: string, mentions: readonly TierMention[], m: TierMention): boolean {
  const sentenceFrom = folded.lastIndexOf('. ', m.start) + 1;
  return mentions.some((x) => x !== m && x.tier !== null && x.tier !== m.tier && !x.place && !x.named && x.start >= sentenceFrom && x.end <= m.start);
}

/** Between `m` and the figure at `at` a ";", and before it in m's sentence another level than m's, both levels' own (not named bodies). */
function setAgainstBefore(folded: string, mentions: readonly TierMention[], m: TierMention, at: number): boolean {
  const semi = folded.lastIndexOf(';', at - 1);
  if (semi < m.end) return false;
  const sentenceFrom = folded.lastIndexOf('. ', m.start) + 1;
  return mentions.some((x) => x !== m && x.tier !== null && x.tier !== m.tier && !x.place && !x.named && x.start >= sentenceFrom && x.end <= semi);
}

export function tierAt(
  folded: string,
  all: TierMention[],
  ownStart: number,
  ownEnd: number,
  headings: readonly string[],
  lowerTiersStated = false,
  carried?: Tier,
  figure?: number,
  communesStated = true,
): Tier | undefined {
  let mentions = lowerTiersStated ? all : all.filter((m) => !m.contrast);
  if (mentions.some((m) => m.besideLower) && !mentions.some((m) => (m.tier === 'district' || m.tier === 'commune') && !m.place && !m.named)) mentions = mentions.filter((m) => !m.besideLower);
  // Without communes' figures the district's own office names one agency: no tier, yet it still makes a group mixed.
  if (!communesStated && mentions.some((m) => m.ownDistrict)) mentions = mentions.map((m) => (m.ownDistrict ? { ...m, tier: null } : m));
  if (mentions.some((m) => m.ownCommune) && !mentions.some((m) => (m.tier === 'district' || m.tier === 'province') && !m.place)) mentions = mentions.map((m) => (m.ownCommune ? { ...m, tier: null } : m));
  let own = mentions.filter((m) => m.end > ownStart && m.start < ownEnd);
  // "… ở các cấp như sau: cấp tỉnh tiếp nhận 24.118 hồ sơ": a level named after a colon before the figure is its
  // own; what the lead-in named before the colon is no member of its group.
  if (figure !== undefined && own.length > 1) {
    const colon = folded.lastIndexOf(':', figure);
    if (colon >= ownStart && own.some((m) => m.start > colon && m.end <= figure && m.tier !== null)) own = own.filter((m) => m.start > colon);
  }
  // "Toàn tỉnh có 72 hồ sơ quá hạn ở cấp tỉnh", "Trên địa bàn tỉnh, cấp xã tiếp nhận …": one level named beside the whole area is the figure's.
  if (own.some((m) => m.tier === null) && own.some((m) => m.tier !== null)) {
    const levels = own.filter((m) => m.tier !== null);
    const areas = own.filter((m) => m.tier === null);
    if (new Set(levels.map((m) => m.tier)).size === 1 && !levels.some((m) => m.named || m.count) && areas.every((m) => WHOLE_AREA.test(folded.slice(m.start, m.end)))) own = levels;
  }
  // "cấp tỉnh 41.023 hồ sơ, cấp huyện 26.580 hồ sơ và cấp xã 91.071": the figure between two tiers takes the one before it.
  // ("… tiếp nhận 4.512 hồ sơ, trong đó có 3.845 hồ sơ của 19 phường, xã": the bodies counted right after the figure's noun, as
  // its owner, are its own level — past the window, which a count's figure ends.)
  if (figure !== undefined) {
    const owner = mentions.find((m) => m.start >= figure && m.start < figure + 40 && m.tier !== null && m.count && OWNER_AFTER_FIGURE.test(folded.slice(figure, m.start)));
    if (owner) return owner.tier ?? undefined;
  }
  if (figure !== undefined && own.some((m) => m.start >= figure)) {
    const before = own.filter((m) => m.end <= figure).at(-1);
    if (before) return decide(groupOf(folded, mentions, before));
  }
  if (own.length > 0) {
    const last = own.at(-1)!;
    // ("Trong số các xã, phường, xã Ninh Hiệp tiếp nhận nhiều nhất với 4.102 hồ sơ": a named commune last before the figure in
    // its own clause, after the level, is the body the figure belongs to — its subject, not one of a group with that level.)
    if (last.place === true && own.some((m) => m.tier !== null && !m.place && m.end <= last.start)) return undefined;
    const group = new Set([...own, ...groupOf(folded, mentions, own[0]!)]);
    return decide([...group].length > 1 ? [...group] : [last]);
  }
  for (let i = mentions.length - 1; i >= 0; i--) {
    let m = mentions[i]!;
    if (m.end > ownStart) continue;
    if (m.scopeEnd <= ownStart) continue;
    // ("… cán bộ, công chức cấp xã toàn huyện là 412 người, trong đó thạc sĩ 9 người": the level across the whole area.)
    const level = mentions[i - 1];
    if (m.tier === null && level && level.tier !== null && !level.named && folded.slice(level.end, m.start).trim() === '' && WHOLE_AREA.test(folded.slice(m.start, m.end))) m = level;
    // "Cấp huyện tiếp nhận 1.200 hồ sơ, cấp xã tiếp nhận 3.400 hồ sơ; đã giải quyết 4.550 hồ sơ": past a ";", a clause naming no
    // level after two levels set against each other speaks of both — no tier.
    if (m.tier !== null && setAgainstBefore(folded, mentions, m, ownStart)) return undefined;
    // ("cấp huyện tiếp nhận 11.902 hồ sơ, cấp xã 52.337 hồ sơ, tổng số 64.239 hồ sơ": a total opening its clause after the parts of two levels is of both.)
    if (m.tier !== null && TOTAL_OPENING.test(folded.slice(ownStart, figure ?? ownEnd)) && otherLevelBefore(folded, mentions, m)) return undefined;
    // ("Bộ phận Một cửa thành phố và 12 phường, xã đã tiếp nhận 41.027 hồ sơ. Trong đó, …": the office is one of a group with
    // the counted communes after it, whose reach ended with their clause — a mixed group still.)
    const next = mentions[i + 1];
    if (next?.count && next.end <= ownStart && groupOf(folded, mentions, next).includes(m)) return decide(groupOf(folded, mentions, next));
    return decide(groupOf(folded, mentions, m));
  }
  if (carried) return carried;
  for (const h of headings.slice(0, 2)) {
    if (h === ONE_BODY_HEADING) return undefined;
    // (The province's centre titling a section is its level only in a report that gives lower levels' figures, as in prose.)
    let hm = headingMentions(h);
    if (!lowerTiersStated && hm.some((m) => m.contrast)) hm = hm.filter((m) => !m.contrast);
    if (hm.length === 0) continue;
    return decide(hm);
  }
  return undefined;
}
