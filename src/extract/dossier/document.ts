/**
 * Document-wide context for dossier figures: whether the report states district or commune
 * figures (then the province's own centre is the province tier), and the tier a paragraph
 * opening with "Trong số hồ sơ trên, …" takes over from the one before.
 */
import type { Block, SectionNode } from '../../structure/types.ts';
import { fold } from '../../text/normalize.ts';
import { findCues } from './cues.ts';
import { HO_SO } from './own-clause.ts';
import { rememberLast } from '../../text/memo.ts';
import type { LeadIn, RuleContext } from '../rule.ts';
import { blockStatesCommunes, blockStatesLowerTiers, continuesPrevious, ONE_BODY_HEADING, tierAt, tierAtEnd, tierMentions, URBAN_DISTRICTS, isNamed, type Tier, type TierMention } from '../dimensions/tier.ts';
import { dossierTierMentions } from './tier-mentions.ts';
import { blockReading } from './block-reading.ts';
import { isItem } from '../lead-in.ts';
import { tableOf } from './table.ts';

/** Each block's place in its document, so a block finds the one before without a scan. */
const indexCache = new WeakMap<readonly Block[], Map<Block, number>>();
/** The tier a block carries over from the one before (null: none), once per block. */
const carriedCache = new WeakMap<Block, Tier | null>();

/** Where `block` is in `blocks` (-1 when not there), by an index built once per document. */
export function blockIndex(blocks: readonly Block[], block: Block): number {
  let index = indexCache.get(blocks);
  if (!index) {
    index = new Map(blocks.map((b, i) => [b, i]));
    indexCache.set(blocks, index);
  }
  return index.get(block) ?? -1;
}

/**
 * A paragraph with no subject of its own, opening on the verb of a dossier figure ("Đã giải quyết
 * 2.790 hồ sơ (…); đang giải quyết 56 hồ sơ." after "Bộ phận … cấp huyện đã tiếp nhận 2.846 hồ
 * sơ, trong đó:" and its items): the body before it is still speaking.
 */
const OPENS_ON_VERB = /^\s*(?:ket qua\s*:\s*)?(?:(?:da|dang|con|chua) )?(?:duoc )?(?:giai quyet|tiep nhan|tra ket qua|xu ly)(?![a-z])/;

/**
 * The tier a paragraph opening with "Trong số hồ sơ trên, …", or on a verb with no subject, takes
 * over from the paragraph before; after a lead-in's items, from the lead-in.
 */
export function carriedTier(ctx: RuleContext, blockFolded: string, lower: boolean): Tier | undefined {
  if (!ctx.blocks) return undefined;
  const known = carriedCache.get(ctx.block);
  if (known !== undefined) return known ?? undefined;
  let i = blockIndex(ctx.blocks, ctx.block);
  // A line right before that is only a level's label ("- Cấp huyện" over "Trong quý, tiếp nhận 1.840 hồ sơ, …") labels
  // this paragraph, however it opens.
  const labelLine = i > 0 && ctx.blocks[i - 1]!.kind !== 'heading' && ctx.blocks[i - 1]!.section === ctx.block.section && LEVEL_LINE.test(ctx.blocks[i - 1]!.text);
  const onVerb = OPENS_ON_VERB.test(blockFolded);
  if (!onVerb && !labelLine && !continuesPrevious(blockFolded)) {
    carriedCache.set(ctx.block, null);
    return undefined;
  }
  // Past the items of a lead-in, to the lead-in itself — not past a level's label line, which labels this paragraph.
  if (onVerb && !labelLine) while (i > 1 && isItem(ctx.blocks[i - 1]!) && ctx.blocks[i - 1]!.kind !== 'tableRow' && ctx.blocks[i - 1]!.section === ctx.block.section) i--;
  const prev = i > 0 ? ctx.blocks[i - 1] : undefined;
  let tier: Tier | undefined;
  if (prev && prev.kind !== 'heading') {
    const { blockFolded: f, mentions } = blockReading(prev);
    // (the district's own office, in a report that states no communes' figures, is one agency's: no level to carry)
    tier = tierAtEnd(f, mentions, lower, communeTiersIn(ctx.blocks));
    // A verb with no subject continues one body: not after a paragraph that speaks of several tiers.
    if (onVerb && new Set(mentions.map((m) => m.tier)).size > 1) tier = undefined;
  }
  carriedCache.set(ctx.block, tier ?? null);
  return tier;
}

/**
 * A line that is only a level's label: "- Cấp huyện", "+ Cấp xã:", "• Tại cấp tỉnh:" — or a title typed as a paragraph
 * that ends on the level, with no figure or sentence stop ("Kết quả giải quyết TTHC cấp xã", "Tình hình tiếp nhận hồ sơ ở cấp huyện:").
 */
const LEVEL_LINE = /^\s*(?:[-+•*–]\s*)?(?:[^\d.;:!?]{0,80}?\s)?(?:(?:tại|ở|đối với|của)\s+)?cấp\s+(?:tỉnh|huyện|xã|phường|quận|thị xã|thành phố)\s*:?\s*$/iu;

/** The tier a lead-in names for its items, once per lead-in (null: none). */
const leadInCache = new WeakMap<LeadIn, Tier | null>();

/**
 * "- Cấp huyện:" over its "+ Tổng số hồ sơ tiếp nhận: …" items: the tier in force at the end of
 * the lead-in holds for its items' figures that name none.
 */
export function leadInTier(leadIn: LeadIn | null, lower: boolean, communes: boolean): Tier | undefined {
  if (!leadIn) return undefined;
  const known = leadInCache.get(leadIn);
  if (known !== undefined) return known ?? undefined;
  const mentions = dossierTierMentions(leadIn.folded, leadIn.text);
  const end = leadIn.folded.length;
  const tier = mentions.length > 0 ? tierAt(leadIn.folded, mentions, end, end, [], lower, undefined, undefined, communes) : undefined;
  leadInCache.set(leadIn, tier ?? null);
  return tier;
}

/** The tier a block's figures take from before it: the paragraph it continues, or its lead-in. */
export function inheritedTier(ctx: RuleContext, blockFolded: string, lower: boolean): Tier | undefined {
  return carriedTier(ctx, blockFolded, lower) ?? leadInTier(ctx.leadIn, lower, communeTiersIn(ctx.blocks));
}

/**
 * The tier a dossier table's rows take when their labels name none ("Đất đai", "Tổng cộng"): what its
 * caption names ("Bộ phận Một cửa thị xã tiếp nhận, giải quyết theo từng lĩnh vực như sau:" over the
 * rows, in a report that states the wards' figures too), else its section's headings ("b) Cấp xã").
 */
export function tableTier(ctx: RuleContext): Tier | undefined {
  const known = tableTierCache.get(ctx.block);
  if (known !== undefined) return known ?? undefined;
  let tier: Tier | undefined;
  // ("Kết quả … theo từng lĩnh vực của UBND xã Quang Trung như sau:": one body's table, no level's.)
  if (!(ctx.leadIn && dossierTierMentions(ctx.leadIn.folded, ctx.leadIn.text).some((m) => m.named))) {
    const lower = lowerTiersIn(ctx.blocks);
    tier = leadInTier(ctx.leadIn, lower, communeTiersIn(ctx.blocks)) ?? tierAt('', [], 0, 0, bodyHeadings(tierHeadings(ctx.headings, ctx.blocks), ctx.section), lower);
  }
  tableTierCache.set(ctx.block, tier ?? null);
  return tier;
}

/** The tier of each table row, once per row (its figures ask in turn). */
const tableTierCache = new WeakMap<Block, Tier | null>();

const fieldLineCache = new WeakMap<Block, string | null>();
/** The whole line, or its last sentence when a PDF joined the line to the paragraph before. */
/** "lĩnh vực <name>", the name captured; a reform area ("lĩnh vực cải cách …") names no field. */
const FIELD_NAME = String.raw`lĩnh vực\s+((?!cải cách)[^\d.:;()]{2,60}?)`;
const FIELD_LINE = new RegExp(String.raw`(?:^|[.;]\s+)(?:[-+*•–]\s*)?${FIELD_NAME}\s*:?\s*$`, 'iu');

/**
 * A line that is only "Lĩnh vực đất đai" (a sub-heading typed as a paragraph) right before the
 * block, or ending it ("… 56 hồ sơ. Lĩnh vực môi trường" where a PDF joined the lines): the field
 * of the block's figures.
 */
export function fieldLineBefore(blocks: readonly Block[] | undefined, block: Block): string | undefined {
  if (!blocks) return undefined;
  const known = fieldLineCache.get(block);
  if (known !== undefined) return known ?? undefined;
  const i = blockIndex(blocks, block);
  const prev = i > 0 ? blocks[i - 1] : undefined;
  const m = prev && prev.kind !== 'tableRow' && prev.section === block.section ? FIELD_LINE.exec(prev.text) : null;
  const field = m ? m[1]!.trim() : undefined;
  fieldLineCache.set(block, field ?? null);
  return field;
}

/** A section titled by a field alone ("a) Lĩnh vực đất đai"); a reform area ("Lĩnh vực cải cách …") is none. */
const FIELD_TITLE = new RegExp(String.raw`^\s*${FIELD_NAME}\s*[:.]?\s*$`, 'iu');

/**
 * The field a block's section is titled by ("a) Lĩnh vực đất đai" over "Trong quý, tiếp nhận
 * 700 hồ sơ, …"): the field of its figures that name none.
 */
export function fieldOfSection(block: Block): string | undefined {
  const title = block.section?.title;
  return title === undefined ? undefined : FIELD_TITLE.exec(title)?.[1]?.trim();
}

const hoSoCache = new WeakMap<Block, boolean>();

/**
 * Does one of the few blocks before `block`, in its section, name hồ sơ? ("Số hồ sơ tiếp nhận
 * theo lĩnh vực: …" before the item "- Đúng và trước hạn: 8.610 (99,03%).")
 */
const SUB_ITEM = /^\s*\+\s/;
const ITEM = /^\s*[-–•*]\s/;

/**
 * "- Đang giải quyết: 42 hồ sơ" over "+ Trong hạn: 40 hồ sơ", "+ Quá hạn: 2 hồ sơ": the state a "+"
 * sub-item takes from the "-" item above it — pending, or done ("- Đã giải quyết: …") — when that
 * item names no timeliness of its own.
 */
export function parentItemState(blocks: readonly Block[] | undefined, block: Block): 'pending' | 'done' | undefined {
  if (!blocks || !SUB_ITEM.test(block.text)) return undefined;
  const i = blockIndex(blocks, block);
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
    const b = blocks[k]!;
    if (b.section !== block.section || b.kind === 'heading') return undefined;
    if (SUB_ITEM.test(b.text)) continue;
    if (!ITEM.test(b.text)) return undefined;
    const f = fold(b.text);
    const cues = findCues(f, 0, f.length);
    if (cues.some((c) => c.kind === 'timing' || c.kind === 'block')) return undefined;
    if (cues.some((c) => c.metric === 'dossier.pending')) return 'pending';
    if (cues.some((c) => c.metric === 'dossier.resolved' || c.metric === 'dossier.returned')) return 'done';
    return undefined;
  }
  return undefined;
}

export function hoSoBefore(blocks: readonly Block[] | undefined, block: Block): boolean {
  if (!blocks) return false;
  const known = hoSoCache.get(block);
  if (known !== undefined) return known;
  const i = blockIndex(blocks, block);
  let found = false;
  for (let k = i - 1; k >= Math.max(0, i - 3) && !found && blocks[k]!.section === block.section && blocks[k]!.kind !== 'heading'; k--) {
    found = /(?<![a-z])(?:ho so|hs)(?![a-z])/.test(fold(blocks[k]!.text));
  }
  hoSoCache.set(block, found);
  return found;
}

/** Does the rule context's document state district or commune dossier figures? */
export function lowerTiers(ctx: RuleContext): boolean {
  return lowerTiersIn(ctx.blocks);
}

export function lowerTiersIn(blocks: readonly Block[] | undefined): boolean {
  return blocks ? documentStatesLowerTiers(blocks) : false;
}

/** Once per document (its sentences are read one after the other), folding its blocks only up to the first that does. */
const documentStatesLowerTiers = rememberLast((blocks: readonly Block[]): boolean =>
  blocks.some((b, i) => blockStatesLowerTiers(fold(b.text)) || ((sectionTier(b) === 'district' || sectionTier(b) === 'commune') && statesDossiers(b)) || leadsLowerItems(b, blocks[i + 1])),
);

/**
 * "Tình hình giải quyết hồ sơ của UBND các huyện:" over "- Tổng số hồ sơ tiếp nhận: 44.502 hồ sơ.": a lead-in naming a lower
 * level, its first item stating dossiers — that level's figures.
 */
function leadsLowerItems(b: Block, next: Block | undefined): boolean {
  if (!next || !b.text.trimEnd().endsWith(':') || !isItem(next) || !statesDossiers(next)) return false;
  return tierMentions(fold(b.text), b.text).some((m) => m.tier === 'district' || m.tier === 'commune');
}

const sectionTierCache = new WeakMap<object, Tier | null>();

/** The one tier a block's section is titled by ("b) Cấp xã/phường"), read once per section. */
function sectionTier(b: Block): Tier | undefined {
  const section = b.section;
  if (!section || b.kind === 'heading') return undefined;
  let tier = sectionTierCache.get(section);
  if (tier === undefined) {
    const tiers = new Set(tierMentions(fold(section.title)).map((m) => m.tier));
    tier = tiers.size === 1 ? [...tiers][0]! : null;
    sectionTierCache.set(section, tier);
  }
  return tier ?? undefined;
}

/** A block stating a dossier figure. */
function statesDossiers(b: Block): boolean {
  const f = fold(b.text);
  return HO_SO.test(f) && /\d/.test(f);
}

/** Does the document state communes' dossier figures? */
export function communeTiersIn(blocks: readonly Block[] | undefined): boolean {
  return blocks ? documentStatesCommunes(blocks) : true;
}

// "b) Cấp xã/phường" over "Tổng số hồ sơ tiếp nhận 8.440 hồ sơ, …": the communes' figures, stated under their level's heading.
// (A dossier table under it — rows of wards with their figures — likewise.)
const documentStatesCommunes = rememberLast((blocks: readonly Block[]): boolean =>
  blocks.some(
    (b) =>
      blockStatesCommunes(fold(b.text)) ||
      (sectionTier(b) === 'commune' && (statesDossiers(b) || (b.kind === 'tableRow' && /\d/.test(b.text) && tableOf(b, blocks) !== null))),
  ),
);

/** A centrally-run city named as the issuer ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"). */
const CENTRAL_CITY = /(?<![a-z])(?:thanh pho|tp\.?)\s*(?:ha noi|ho chi minh|hai phong|da nang|can tho|hue)(?![a-z])|(?<![a-z])tp\.?\s*hcm(?![a-z])/;

/**
 * Is the report a centrally-run city's: one that speaks of urban districts ("cấp quận", "các quận,
 * huyện"), or whose heading blocks name such a city as the issuer? Its own level is the province's.
 */
export const documentCentralCity = rememberLast(
  (blocks: readonly Block[]): boolean => blocks.slice(0, 3).some((b) => CENTRAL_CITY.test(fold(b.text))) || blocks.some((b) => URBAN_DISTRICTS.test(fold(b.text))),
);

const cityMentionsCache = new WeakMap<readonly TierMention[], readonly TierMention[]>();

/** "cấp thành phố", or the city's own committee unnamed ("UBND Thành phố"): the city's level. */
const CITY_SELF = /^(?:cap (?:thanh pho|tp)|(?:ubnd|uy ban nhan dan) (?:thanh pho|tp))$/;
function cityLevel(folded: string, text: string, m: TierMention): boolean {
  return m.tier === 'district' && CITY_SELF.test(folded.slice(m.start, m.end)) && !isNamed(text, m.end);
}

/**
 * The paragraph's tier mentions as the tier reads them: in a centrally-run city's report "cấp thành
 * phố" and "UBND Thành phố" are the province's level.
 */
export function tierMentionsInCity(mentions: TierMention[], folded: string, text: string, blocks: readonly Block[] | undefined): TierMention[] {
  if (!blocks || !mentions.some((m) => cityLevel(folded, text, m))) return mentions;
  if (!documentCentralCity(blocks)) return mentions;
  let out = cityMentionsCache.get(mentions);
  if (!out) {
    out = mentions.map((m) => (cityLevel(folded, text, m) ? { ...m, tier: 'province' as const } : m));
    cityMentionsCache.set(mentions, out);
  }
  return out as TierMention[];
}

const CITY_LEVEL = /(?<![a-z])cap (?:thanh pho|tp)(?![a-z])/g;
const cityHeadingsCache = new WeakMap<readonly string[], readonly string[]>();

/**
 * The folded headings as the tier reads them: in a centrally-run city's report (one that speaks of
 * quận), a heading "a) Cấp Thành phố" names the province's level, as "cấp tỉnh" would.
 */
export function tierHeadings(headings: readonly string[], blocks: readonly Block[] | undefined): readonly string[] {
  if (!blocks || !headings.some((h) => h.includes('cap thanh pho') || h.includes('cap tp'))) return headings;
  let out = cityHeadingsCache.get(headings);
  if (!out) {
    out = documentCentralCity(blocks) ? headings.map((h) => h.replace(CITY_LEVEL, 'cap tinh')) : headings;
    cityHeadingsCache.set(headings, out);
  }
  return out;
}

const bodyHeadingsCache = new WeakMap<readonly string[], readonly string[]>();

/** A title naming one body and no level: "d) Kết quả giải quyết TTHC tại UBND xã Quang Trung", "b) Huyện Gio Linh". */
function namesOneBody(title: string): boolean {
  const mentions = dossierTierMentions(fold(title), title);
  return mentions.some((m) => m.named) && !mentions.some((m) => !m.named && m.tier !== null);
}

/**
 * The headings `tierAt` reads (innermost first, folded, as the rule context gives them), with the two innermost
 * that name one body marked `ONE_BODY_HEADING` — the folded titles no longer tell a name from a level ("tại UBND xã
 * Quang Trung" folds like "tại UBND xã"), the section's own titles still do.
 */
export function bodyHeadings(headings: readonly string[], section: SectionNode | null): readonly string[] {
  if (!section || headings.length === 0) return headings;
  let out = bodyHeadingsCache.get(headings);
  if (!out) {
    const marked = [...headings];
    let changed = false;
    let s: SectionNode | null = section;
    for (let i = 0; i < 2 && s; i++, s = s.parent) {
      if (namesOneBody(s.title)) {
        marked[i] = ONE_BODY_HEADING;
        changed = true;
      }
    }
    out = changed ? marked : headings;
    bodyHeadingsCache.set(headings, out);
  }
  return out;
}
