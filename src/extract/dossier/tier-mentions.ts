/**
 * The tier mentions of a paragraph as the dossier rules read them: dimensions/tier.ts's, with
 * these readings that dossier sentences need (candidates to move into tierMentions itself):
 *
 * - a mention inside brackets reaches no further than the closing bracket: in "toàn huyện tiếp
 *   nhận 24.618 hồ sơ (cấp huyện 9.734, cấp xã 14.884), đã giải quyết 24.377 hồ sơ" the resolved
 *   figure is the whole district's, not the communes';
 * - an office named with "cấp huyện" ("Bộ phận Tiếp nhận và Trả kết quả cấp huyện") states its
 *   tier in words: it is not the district's own office that only a report with communes'
 *   figures makes a tier;
 * - a named district set against its communes in a clause of their own ("UBND huyện Yên Định
 *   tiếp nhận 5.640 hồ sơ …; UBND 26 xã, thị trấn tiếp nhận 18.223 hồ sơ") is the district tier,
 *   as it is against "cấp xã": the paragraph is about that district's levels;
 * - administrative units being reorganised ("do sắp xếp đơn vị hành chính cấp xã") name no tier;
 * - one named commune ("UBND xã Tân Phú (05 hồ sơ)", "Bộ phận Một cửa phường Tân Định tiếp nhận …")
 *   is a body, its subject, like a named district;
 * - "chung của thành phố" is the whole area: no tier;
 * - "Bộ phận Một cửa thị trấn" and "Trung tâm Phục vụ hành chính công phường/xã" are the commune
 *   level, as "Bộ phận Một cửa xã/phường" is — one unnamed office the reporting commune's own (no
 *   tier unless another level is named), as "Bộ phận Một cửa xã" is;
 * - a paragraph labelled by its level ("a) Cấp huyện: Bộ phận Một cửa huyện Tuần Giáo tiếp nhận …")
 *   states that level: the body named after the label is that level's, not one body's own figures.
 */
import { blockStatesCommunes, isNamed, ONE_COMMUNE, tierMentions, type Tier, type TierMention } from '../dimensions/tier.ts';

const STATED_LEVEL = /(?<![a-z])cap (?:huyen|quan)$/;
/** One commune's one-stop office ("Bộ phận Một cửa phường", not "… các phường", "… cấp xã"). */
const ONE_OFFICE = /^bo phan mot cua(?: (?!(?:cac|cap)(?![a-z]))[a-z]+){0,3}? (?:cua )?(?:xa|phuong|thi tran)$/;
/**
 * "sắp xếp đơn vị hành chính cấp xã", "sáp nhập các xã": administrative units reorganised, not whose figures these are
 * ("các đơn vị hành chính cấp xã mới đã tiếp nhận …" are the communes themselves).
 */
const ADMIN_UNITS = /(?<![a-z])(?:sap xep|sap nhap|hop nhat|giai the)(?: [a-z]+){0,4}\s*$/;
/**
 * "100% cơ quan hành chính cấp tỉnh sử dụng phần mềm …": a share of bodies qualified by "cấp …", said of what they all do — the
 * level of those bodies, not whose dossiers the paragraph counts ("100% hồ sơ cấp xã …" is a share of dossiers and keeps its
 * level; "100% các sở, ban, ngành, UBND huyện …" names bodies of two levels, no "cấp", and stays a mixed group).
 */
const SHARE_OF_BODIES = /\d\s*%\s*(?:\(\s*\d+\s*\/\s*\d+\s*\)\s*)?(?:cac )?(?:co quan|don vi|so|ban|nganh|ubnd|uy ban nhan dan)(?![a-z])[a-z ,]{0,40}$/;

/**
 * A sentence's source named before its figures: "Theo UBND thành phố Vũng Tàu, …", "UBND huyện Cai Lậy cho biết, …" — who
 * tells, not whose the figures are (group 1: the span).
 */
const ATTRIBUTION = /(?:^|[.!?]\s+)(theo\s+[^,.;:\d]{2,80}?,|[^,.;:\d]{2,80}?\s(?:cho biet|cho hay|thong tin)\s*[,:])/g;

function attributions(folded: string): [number, number][] {
  if (!/(?<![a-z])(?:theo|cho biet|cho hay|thong tin)(?![a-z])/.test(folded)) return [];
  const out: [number, number][] = [];
  ATTRIBUTION.lastIndex = 0;
  for (let m = ATTRIBUTION.exec(folded); m; m = ATTRIBUTION.exec(folded)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push([start, m.index + m[0].length]);
  }
  return out;
}

export function dossierTierMentions(folded: string, text: string): TierMention[] {
  const told = attributions(folded);
  const mentions = withTownOffices(
    folded,
    text,
    tierMentions(folded, text).filter((m) => !ADMIN_UNITS.test(folded.slice(Math.max(0, m.start - 40), m.start)) && !(folded.startsWith('cap ', m.start) && SHARE_OF_BODIES.test(folded.slice(Math.max(0, m.start - 60), m.start))) && !told.some(([a, b]) => m.start >= a && m.end <= b)),
  );
  if (mentions.length === 0) return mentions;
  const states = mentions.some((m) => m.named) && blockStatesCommunes(folded);
  const labelled = LEVEL_LABEL.exec(folded);
  const labelTier = labelled ? LABEL_TIER[labelled[1]!] : undefined;
  // Communes in a clause of their own, not joined to the district ("UBND huyện A và 16 xã" is one group);
  // one named commune ("…; UBND xã Quang Lộc 2 hồ sơ") is a body listed beside it, not its communes.
  const apart = (m: TierMention) =>
    mentions.some(
      (c) =>
        c.tier === 'commune' &&
        !(oneCommune(folded.slice(c.start, c.end)) && isNamed(text, c.end)) &&
        /[;.]/.test(c.start > m.end ? folded.slice(m.end, c.start) : folded.slice(c.end, m.start)),
    );
  return mentions.map((m) => {
    let out = m;
    if (m.named && !m.place && states && apart(m)) out = { ...out, named: false };
    if (labelTier && m.tier === labelTier && m.start >= labelled![0].length) out = { ...out, named: false, ownDistrict: false, ownCommune: false };
    if (m.tier === 'commune' && !m.count && oneCommune(folded.slice(m.start, m.end)) && isNamed(text, m.end)) out = { ...out, named: true };
    // "tỷ lệ … chung của thành phố": the whole area, not its own office.
    if (m.tier !== null && OVERALL.test(folded.slice(Math.max(0, m.start - 8), m.start))) out = { ...out, tier: null };
    if (m.ownDistrict && STATED_LEVEL.test(folded.slice(m.start, m.end))) out = { ...out, ownDistrict: false, named: false };
    // "UBND huyện tiếp nhận 9.870 hồ sơ (cấp huyện 3.420 hồ sơ, cấp xã 6.450 hồ sơ); …": a body whose
    // figure a bracket splits into the levels below it is the whole area.
    if (m.tier !== null && !m.count && (splitByLevels(folded, mentions, m) || splitNext(folded, mentions, m) || splitIntoOwnLevel(folded, mentions, m))) out = { ...out, tier: null };
    // "Tại 11 xã, thị trấn: tiếp nhận …; tỷ lệ … đúng hạn đạt 99,5%": counted communes set before the sentence as
    // its place hold for all of it, not only up to the first ";".
    if (m.count && m.tier !== null && PLACE_OPENING.test(folded.slice(Math.max(0, m.start - 40), m.start))) out = { ...out, scopeEnd: sentenceEnd(folded, m.end) };
    // "…: cấp tỉnh 12 hồ sơ, cấp huyện 48 hồ sơ, cấp xã 5 hồ sơ. Hồ sơ nộp trực tuyến …": a level in a list of
    // levels with their figures holds to its sentence's end, not for the paragraph after it.
    if (out.tier !== null && out.scopeEnd === Number.POSITIVE_INFINITY && listedLevel(folded, mentions, m)) out = { ...out, scopeEnd: sentenceEnd(folded, m.end) };
    // "Tỷ lệ hồ sơ cấp huyện giải quyết đúng hạn đạt 99,5%. Số hồ sơ tiếp nhận trực tuyến là 7.934 hồ sơ": a level qualifying
    // the dossiers' noun inside its sentence is of that noun phrase only — no topic of the sentences after it.
    if (out.tier !== null && out.scopeEnd === Number.POSITIVE_INFINITY && qualifiesNoun(folded, m)) out = { ...out, scopeEnd: sentenceEnd(folded, m.end) };
    const close = closingBracket(folded, m.start);
    if (close !== undefined && close < out.scopeEnd) out = { ...out, scopeEnd: close };
    // "(gồm cả cấp huyện và cấp xã)" states the scope of what it follows: no breakdown that ends at the next ";".
    if (inScopeNote(folded, m.start)) out = { ...out, scopeEnd: Number.POSITIVE_INFINITY };
    return out;
  });
}

/**
 * Does the first bracket after `m`, in its sentence, name a level below `m`'s ("(cấp huyện 3.420
 * hồ sơ, cấp xã 6.450 hồ sơ)", "(cấp thành phố …, các phường, xã …)", "(trong đó cấp xã …)")? The
 * figure it follows then counts that level too.
 */
function splitByLevels(folded: string, mentions: readonly TierMention[], m: TierMention): boolean {
  const open = folded.indexOf('(', m.end);
  if (open < 0 || /;|\.(?:\s|$)/.test(folded.slice(m.end, open))) return false;
  const close = folded.indexOf(')', open);
  if (close < 0) return false;
  const inside = mentions.filter((o) => o.start > open && o.end <= close && o.tier !== null);
  return inside.some((o) => LOWER[m.tier as Tier].includes(o.tier as Tier));
}

/** "Phân theo cấp (giải quyết): …", "Chia theo cấp: …": a sentence breaking the one before into its levels. */
const BY_LEVEL = /^\s*(?:(?:phan|chia|tinh) )?theo cap(?![a-z])/;

/**
 * "UBND huyện Quỳnh Lưu tiếp nhận 24.612 hồ sơ. Phân theo cấp giải quyết: cấp huyện 9.206 hồ sơ,
 * cấp xã 15.406 hồ sơ": the next sentence splits the body's figure into the levels below it, so the
 * figure is the whole area's, as a bracket of levels makes it (splitByLevels).
 */
function splitNext(folded: string, mentions: readonly TierMention[], m: TierMention): boolean {
  const stop = folded.slice(m.end).search(/\.\s/);
  if (stop < 0) return false;
  const from = m.end + stop + 2;
  if (!BY_LEVEL.test(folded.slice(from, from + 30))) return false;
  const end = folded.slice(from).search(/\.\s|\.$/);
  const to = end < 0 ? folded.length : from + end;
  return mentions.some((o) => o.start >= from && o.end <= to && o.tier !== null && LOWER[m.tier as Tier].includes(o.tier as Tier));
}

/** "trong đó", "cụ thể", "gồm": what follows breaks the figure before it down. */
const SPLIT_CUE = /(?<![a-z])(?:trong do|cu the|bao gom|gom)(?![a-z])/;

/**
 * "Tổng số hồ sơ tiếp nhận của thành phố là 85.420 hồ sơ, trong đó cấp thành phố 30.100 hồ sơ, cấp
 * xã, phường 55.320 hồ sơ" (or the breakdown opening the next sentence, "Trong đó, cấp thành phố
 * …"): a body's figure split into its own level and a level below it is the whole area's, not the
 * body's own office's.
 */
function splitIntoOwnLevel(folded: string, mentions: readonly TierMention[], m: TierMention): boolean {
  const end = sentenceEnd(folded, m.end);
  const cue = SPLIT_CUE.exec(folded.slice(m.end, end));
  let from: number;
  let to: number;
  if (cue) {
    from = m.end + cue.index;
    to = end;
  } else {
    from = end + 1;
    const opening = /^\s*(?:[-+•*–]\s*)?/.exec(folded.slice(from))![0].length;
    if (!new RegExp(`^${SPLIT_CUE.source}`).test(folded.slice(from + opening, from + opening + 12))) return false;
    to = sentenceEnd(folded, from + opening);
  }
  const inside = mentions.filter((o) => o !== m && o.start >= from && o.end <= to && o.tier !== null && !o.named && !o.count);
  // ("UBND thành phố tiếp nhận 4.512 hồ sơ, trong đó có 3.845 hồ sơ của 19 phường, xã": a part owned by the bodies of a level below,
  // counted, puts that level inside the whole.)
  const lowerOwner = mentions.some(
    (o) => o.count && o.start >= from && o.end <= to && LOWER[m.tier as Tier].includes(o.tier as Tier) && /(?<![a-z])(?:cua|tai|o)\s+(?:cac\s+)?(?:\d+\s+)?$/.test(folded.slice(Math.max(0, o.start - 14), o.start)),
  );
  return (inside.some((o) => o.tier === m.tier) && inside.some((o) => LOWER[m.tier as Tier].includes(o.tier as Tier))) || lowerOwner;
}

const LOWER: Record<Tier, readonly Tier[]> = { province: ['district', 'commune'], district: ['commune'], commune: [] };

const SCOPE_NOTE = /^\s*(?:(?:bao )?gom ca|ke ca|ca)\s/;

/** Is `at` inside a bracket that opens on a scope note ("(gồm cả …", "(kể cả …")? */
function inScopeNote(folded: string, at: number): boolean {
  const open = folded.lastIndexOf('(', at);
  return open >= 0 && folded.lastIndexOf(')', at) < open && SCOPE_NOTE.test(folded.slice(open + 1, at));
}

/**
 * "Bộ phận Một cửa thị trấn", "Trung tâm Phục vụ hành chính công phường" (the communes' own centres
 * since 2025): one-stop offices at the commune level.
 */
const TOWN_OFFICE = /(?<![a-z])(?:bo phan mot cua(?: [a-z]+){0,3}? (?:cua )?(?:cac )?thi tran|trung tam (?:phuc vu )?hanh chinh cong (?:cua )?(?:cac )?(?:xa|phuong|thi tran|dac khu))(?![a-z])/g;

function withTownOffices(folded: string, text: string, mentions: TierMention[]): TierMention[] {
  if (!folded.includes('thi tran') && !folded.includes('hanh chinh cong')) return mentions;
  const added: TierMention[] = [];
  TOWN_OFFICE.lastIndex = 0;
  for (let m = TOWN_OFFICE.exec(folded); m; m = TOWN_OFFICE.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    // A named one ("Trung tâm Phục vụ hành chính công phường Hạc Thành") is a body, its subject.
    // ("Bộ phận Một cửa thị trấn đã trả …", one unnamed office, is the reporting commune's own, as "Bộ phận Một cửa xã" is:
    // no tier unless another level is named.)
    const named = isNamed(text, end);
    const own = !named && !/(?<![a-z])cac /.test(m[0]);
    if (!mentions.some((o) => o.start < end && start < o.end)) added.push({ start, end, tier: 'commune', scopeEnd: Number.POSITIVE_INFINITY, named, ...(own ? { ownCommune: true } : {}) });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

const OVERALL = /(?<![a-z])chung\s+$/;

/** "Tại 07 phường", "- Ở 12 xã": a count of communes opening a sentence as the place it speaks of. */
const PLACE_OPENING = /(?:^|[.:;]\s+|^\s*[-+•*–]\s*)(?:tai|o|doi voi) (?:cac )?\d[\d.]*\s*$/;

/** A level's figure right after it, before the next "," / ";" / sentence end: "cấp huyện 48 hồ sơ". */
const FIGURE_NEXT = /^[^,;]*?\d/;

/** Is `m` one of two levels or more in its sentence, each with its own figure right after it? */
/** A figure before the level in its clause: "98,7% hồ sơ của các sở, ban, ngành …" (not a year: "Năm 2024, cấp xã …"). */
const FIGURE_BEFORE = /\d[^,;\d]*$/;

function listedLevel(folded: string, mentions: readonly TierMention[], m: TierMention): boolean {
  // ("98,7% hồ sơ của các sở, ban, ngành được giải quyết đúng hạn; cấp huyện đạt 97,9%, cấp xã đạt 99,1%": a level after its
  // own figure is listed too.)
  const withFigure = (o: TierMention) =>
    FIGURE_NEXT.test(folded.slice(o.end, sentenceEnd(folded, o.end))) || FIGURE_BEFORE.test(folded.slice(Math.max(folded.lastIndexOf('. ', o.start) + 1, folded.lastIndexOf(';', o.start) + 1, 0), o.start));
  if (!withFigure(m)) return false;
  return mentions.some((o) => o !== m && o.tier !== null && o.tier !== m.tier && !o.named && withFigure(o) && !/\.\s/.test(o.start < m.start ? folded.slice(o.end, m.start) : folded.slice(m.end, o.start)));
}

/** The dossiers' or procedures' noun right before a level ("hồ sơ cấp huyện", "TTHC cấp xã"). */
const NOUN_BEFORE = /(?<![a-z])(?:ho so|hs|tthc|thu tuc(?: hanh chinh)?)\s*$/;
/** What may open a sentence before that noun and leave the level its topic ("Hồ sơ cấp xã: …", "Tổng số hồ sơ cấp huyện …", "Đối với hồ sơ cấp xã, …"). */
const TOPIC_FRAME = /^\W*(?:(?:doi voi|rieng|ve)\s+)?(?:(?:tong )?so(?: luong)?\s+)?$/;

/** Is `m` a "cấp …" level qualifying the noun before it, that noun not opening its sentence? */
function qualifiesNoun(folded: string, m: TierMention): boolean {
  if (!folded.startsWith('cap ', m.start)) return false;
  const noun = NOUN_BEFORE.exec(folded.slice(Math.max(0, m.start - 24), m.start));
  if (!noun) return false;
  const nounAt = m.start - noun[0].length;
  const from = Math.max(folded.lastIndexOf('. ', nounAt) + 1, folded.lastIndexOf(':', nounAt) + 1, folded.lastIndexOf(';', nounAt) + 1, 0);
  return !TOPIC_FRAME.test(folded.slice(from, nounAt));
}

function sentenceEnd(folded: string, at: number): number {
  const stop = folded.slice(at).search(/\.\s|\.$/);
  return stop < 0 ? folded.length : at + stop;
}

/** A paragraph opening on its level as a label: "a) Cấp huyện: …", "- Cấp xã: …". */
const LEVEL_LABEL = /^\s*(?:(?:[a-z]|\d{1,2})[.)]\s*)?(?:[-+•*–]\s*)?(?:(?:tai|o|doi voi)\s+)?cap (tinh|huyen|quan|thi xa|thanh pho|xa|phuong)\s*:/;
const LABEL_TIER: Record<string, Tier> = { tinh: 'province', huyen: 'district', quan: 'district', 'thi xa': 'district', 'thanh pho': 'district', xa: 'commune', phuong: 'commune' };

/** One commune's committee or one-stop office (named when a proper name follows). */
function oneCommune(mention: string): boolean {
  return ONE_COMMUNE.test(mention) || ONE_OFFICE.test(mention);
}


/** Where the bracket holding `at` closes, when `at` is inside one that opened in the same sentence. */
function closingBracket(folded: string, at: number): number | undefined {
  const open = folded.lastIndexOf('(', at);
  if (open < 0 || folded.lastIndexOf(')', at) > open || /\.\s/.test(folded.slice(open, at))) return undefined;
  // "phần mềm của huyện (gồm cả cấp huyện và cấp xã)": a bracket stating the scope of what it follows reaches on.
  if (inScopeNote(folded, at)) return undefined;
  const close = folded.indexOf(')', at);
  return close < 0 ? undefined : close;
}
