/**
 * One reading of a sentence's dossier figures, shared by the dossier rules: which figures count
 * dossiers, which metric each one states and with which dimensions.
 *
 * A figure counts dossiers when "hồ sơ"/"HS" is its unit, or when its clause names hồ sơ (or a
 * dossier cue in a sentence about hồ sơ) and no other noun follows it. Its metric comes from, in
 * order: its own clause (a timeliness cue beats a verb; a verb right after the unit beats the
 * nearest verb on the left), the figure it is a part of ("…, trong đó …"), a label or lead
 * ("Lĩnh vực X: N", "… như: X: N", a lead-in paragraph, the heading), and last `received`.
 */
import type { Dimensions } from '../../schema/record.ts';
import type { Block } from '../../structure/types.ts';
import { fold } from '../../text/normalize.ts';
import { findNumbers, type NumberMention } from '../../text/numbers.ts';
import { splitSentences } from '../../text/sentences.ts';
import { dropNonFigures } from '../non-figures.ts';
import type { LeadIn, RuleContext } from '../rule.ts';
import { findCues, type Cue, type DossierMetric } from './cues.ts';
import { clauseEnd, windowsOf, type Windows } from './windows.ts';
import { leadMetric } from './lead.ts';
import { itemLabel, labelBefore, type Label } from './label.ts';
import { dimensionsOf, type Env } from './dims.ts';
import { continuesPrevious, statesLowerTiers, tierAtEnd, tierMentions, type Tier } from '../dimensions/tier.ts';

export type ReadingSource = 'own' | 'parent' | 'label' | 'lead' | 'default';

export interface DossierReading {
  mention: NumberMention;
  metric: DossierMetric;
  source: ReadingSource;
  dims: Dimensions;
  windows: Windows;
  /** The field came from a "Lĩnh vực X:" label. */
  fieldLabel: boolean;
  confidence: number;
}

interface Draft {
  mention: NumberMention;
  windows: Windows;
  metric?: DossierMetric;
  source?: ReadingSource;
  parent?: Draft | { metric: DossierMetric; dims: Dimensions };
  /**
   * Not plainly a dossier count: counted in procedures but a part by authority ("… TTHC thuộc thẩm
   * quyền cấp huyện"), or a bare number that may be a part of a stated whole.
   */
  tentative?: 'authority' | 'bare';
  label?: Label;
  reading?: DossierReading;
}

const BY_AUTHORITY = /^\s*(?:thuoc\s+)?(?:pham vi\s+)?tham quyen/;
const QUALIFIES = /(?<![a-z])(?:ho so|hs)(?:\s+(?:tthc|da|duoc|phai|can|de nghi|cho|bi|dang|se))*\s*$/;
const HO_SO = /(?<![a-z])(?:ho so|hs)(?![a-z])/;
const ADJACENT = /^\s*(?:(?:da|duoc|deu|con|moi|chi|cung|bi|thi|la)\s+)*$/;
const MARKER = /(?<![a-z])(?:trong do|trong so (?:nay|do|tren)|bao gom|gom|cu the)(?![a-z])/g;
const CONFIDENCE: { [k in ReadingSource]: number } = { own: 0.85, parent: 0.8, label: 0.9, lead: 0.75, default: 0.6 };

interface CueReading {
  metric?: DossierMetric;
  blocked: boolean;
  timing: boolean;
}

/** What the figure's own clause says. */
export function readCues(folded: string, w: Windows): CueReading {
  const left = findCues(folded, w.left[0], w.left[1]);
  const right = findCues(folded, w.right[0], w.right[1]);
  const adjacent = right.find((c) => ADJACENT.test(folded.slice(w.right[0], c.start)));
  // A blocker is the nearest cue, or it qualifies the dossiers themselves ("hồ sơ đến hạn giải quyết").
  const lastBlock = lastOf(left, 'block');
  const blockedLeft =
    lastBlock !== undefined &&
    !left.some((c) => c.kind === 'timing' && c.start > lastBlock.start) &&
    (left.at(-1) === lastBlock || QUALIFIES.test(folded.slice(Math.max(0, lastBlock.start - 40), lastBlock.start)));
  if (blockedLeft || adjacent?.kind === 'block') return { blocked: true, timing: false };
  const all = [...left, ...right];
  const pending = all.some((c) => c.metric === 'dossier.pending');
  const timing =
    (adjacent?.kind === 'timing' ? adjacent : undefined) ?? lastOf(left, 'timing') ?? right.find((c) => c.kind === 'timing') ?? apposition(folded, w);
  if (timing) return { metric: withState(timing.metric!, pending), blocked: false, timing: true };
  const verb = (adjacent?.kind === 'verb' ? adjacent : undefined) ?? lastOf(left, 'verb') ?? right.find((c) => c.kind === 'verb');
  if (verb) return { metric: verb.metric!, blocked: false, timing: false };
  return { blocked: false, timing: false };
}

/** "07 hồ sơ đang giải quyết, chưa đến hạn trả kết quả": a timeliness set off by a comma. */
function apposition(folded: string, w: Windows): Cue | undefined {
  if (folded[w.right[1]] !== ',') return undefined;
  const from = w.right[1] + 1;
  const to = clauseEnd(folded, from);
  const next = folded.slice(from, to);
  if (/\d/.test(next) || !/^\s*(?:(?:deu|da|con|van)\s+)?(?:chua den|con trong|trong|qua) (?:han|hen|thoi han)(?![a-z])/.test(next)) return undefined;
  return findCues(folded, from, to).find((c) => c.kind === 'timing');
}

function lastOf(cues: Cue[], kind: Cue['kind']): Cue | undefined {
  for (let i = cues.length - 1; i >= 0; i--) if (cues[i]!.kind === kind) return cues[i];
  return undefined;
}

/** A timeliness figure of dossiers still being processed is a pending one. */
export function withState(metric: DossierMetric, pending: boolean): DossierMetric {
  if (!pending) return metric;
  if (metric === 'dossier.resolved_late') return 'dossier.pending_overdue';
  if (metric === 'dossier.resolved_on_time' || metric === 'dossier.resolved_early') return 'dossier.pending_on_time';
  return metric;
}

/** A timeliness figure under a pending / resolved whole takes the whole's state. */
function underParent(metric: DossierMetric, parent: DossierMetric): DossierMetric {
  if (parent === 'dossier.pending') return withState(metric, true);
  if (parent === 'dossier.resolved' || parent === 'dossier.returned') {
    if (metric === 'dossier.pending_on_time') return 'dossier.resolved_on_time';
  }
  return metric;
}

function isDossier(folded: string, w: Windows, hasCue: boolean, sentenceHasHoSo: boolean): boolean {
  const leftHasHoSo = HO_SO.test(folded.slice(w.left[0], w.left[1]));
  switch (w.unit) {
    case 'dossier':
      return true;
    case 'visit':
    case 'case':
      return leftHasHoSo;
    case 'result':
      return leftHasHoSo || hasCue;
    case 'none':
      return leftHasHoSo || (hasCue && sentenceHasHoSo);
    default:
      return false;
  }
}

const cache = new WeakMap<readonly NumberMention[], DossierReading[]>();
const blockCache = new WeakMap<Block, Pick<Env, 'blockFolded' | 'mentions'>>();
const documentCache = new WeakMap<readonly Block[], boolean>();

/** The tier a paragraph opening with "Trong số hồ sơ trên, …" takes over from the paragraph before. */
export function carriedTier(ctx: RuleContext, blockFolded: string, lower: boolean): Tier | undefined {
  if (!ctx.blocks || !continuesPrevious(blockFolded)) return undefined;
  const i = ctx.blocks.indexOf(ctx.block);
  const prev = i > 0 ? ctx.blocks[i - 1] : undefined;
  if (!prev || prev.kind === 'heading') return undefined;
  const f = fold(prev.text);
  return tierAtEnd(f, tierMentions(f, prev.text), lower);
}

/** Does the rule context's document state district or commune dossier figures? */
export function lowerTiers(ctx: RuleContext): boolean {
  return lowerTiersIn(ctx.blocks);
}

function lowerTiersIn(blocks: readonly Block[] | undefined): boolean {
  if (!blocks) return false;
  let v = documentCache.get(blocks);
  if (v === undefined) {
    v = statesLowerTiers(blocks.map((b) => fold(b.text)));
    documentCache.set(blocks, v);
  }
  return v;
}

/** A list item or a line opening with a bullet: its opening label holds for its figures. */
function isItemBlock(b: Block): boolean {
  return b.kind === 'listItem' || /^\s*[-+*•–]\s/u.test(b.text);
}

/** Which dossier rule emits a reading: each reading is emitted by exactly one rule. */
export function ruleOf(r: DossierReading): 'dossier-by-field' | 'dossier-count' | 'dossier-family' | 'dossier-colon-item' {
  if (r.fieldLabel) return 'dossier-by-field';
  if (r.source === 'parent') return 'dossier-family';
  if (r.source === 'lead' || r.source === 'label') return 'dossier-colon-item';
  return 'dossier-count';
}

/** The dossier figures of the rule context's sentence (computed once per sentence). */
export function readDossiers(ctx: RuleContext): DossierReading[] {
  const hit = cache.get(ctx.numbers);
  if (hit) return hit;
  // Table rows are read by their columns (dossier-table), not as prose.
  if (ctx.block.kind === 'tableRow') return [];
  let b = blockCache.get(ctx.block);
  if (!b) {
    const blockFolded = fold(ctx.block.text);
    b = { blockFolded, mentions: tierMentions(blockFolded, ctx.block.text) };
    blockCache.set(ctx.block, b);
  }
  const offset = ctx.offset ?? Math.max(0, ctx.block.text.indexOf(ctx.text));
  const lower = lowerTiersIn(ctx.blocks);
  const env: Env = { ...b, block: ctx.block, headings: ctx.headings, leadIn: ctx.leadIn, lowerTiers: lower, carriedTier: carriedTier(ctx, b.blockFolded, lower) };
  const out = readSentence(ctx.text, ctx.folded, ctx.numbers, offset, env, true);
  cache.set(ctx.numbers, out);
  return out;
}

function readSentence(text: string, folded: string, numbers: readonly NumberMention[], offset: number, env: Env, withPrevious: boolean): DossierReading[] {
  // "hồ sơ" said in the sentence, earlier in the paragraph or in the heading.
  const sentenceHasHoSo = HO_SO.test(folded) || HO_SO.test(env.blockFolded.slice(0, offset)) || HO_SO.test(env.headings[0] ?? '');
  const drafts: Draft[] = [];
  numbers.forEach((mention, i) => {
    if (mention.percent) return;
    const windows = windowsOf(folded, numbers, i);
    const cues = readCues(folded, windows);
    if (cues.blocked) return;
    const d: Draft = { mention, windows };
    if (!isDossier(folded, windows, cues.metric !== undefined, sentenceHasHoSo)) {
      // Kept only if it turns out to be a part of a dossier whole.
      if (windows.unit === 'procedure' && BY_AUTHORITY.test(folded.slice(windows.right[0], windows.right[1]))) d.tentative = 'authority';
      else if (windows.unit === 'none' && sentenceHasHoSo) d.tentative = 'bare';
      else return;
    }
    if (cues.metric) {
      d.metric = cues.metric;
      d.source = 'own';
    }
    drafts.push(d);
  });
  if (drafts.length === 0) return [];
  const markers: [number, number][] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(folded); m; m = MARKER.exec(folded)) markers.push([m.index, m.index + m[0].length]);
  let previous: DossierReading[] | null = null;
  const prevOf = (): DossierReading[] => (previous ??= withPrevious ? previousSentence(env, offset) : []);
  for (const d of [...drafts]) {
    const parent = parentOf(d, drafts, markers, folded, numbers, env, prevOf);
    const lead = d.metric ? undefined : leadMetric(text, folded, d.mention.start, env);
    if (d.tentative && !keepTentative(d, parent, lead, folded)) {
      drafts.splice(drafts.indexOf(d), 1);
      continue;
    }
    if (parent?.metric) {
      if ('windows' in parent || 'dims' in parent) d.parent = parent as Draft;
      if (!d.metric) {
        d.metric = parent.metric;
        d.source = 'parent';
      } else {
        const m = underParent(d.metric, parent.metric);
        if (m !== d.metric) {
          d.metric = m;
          d.source = 'parent';
        }
      }
    }
    const labelEnv = { leadIn: env.leadIn?.folded, headings: env.headings };
    d.label = labelBefore(text, folded, d.windows.left[0], d.mention.start, labelEnv) ?? (isItemBlock(env.block) ? itemLabel(env.block.text, labelEnv) : undefined);
    if (!d.metric) {
      const before = ellipsisOf(d, drafts, folded);
      if (before && !d.label?.field) {
        d.metric = before.metric;
        d.source = 'parent';
        d.parent = before;
      } else {
        d.metric = lead?.metric ?? 'dossier.received';
        d.source = d.label?.field ? 'label' : lead ? 'lead' : 'default';
      }
    }
  }
  adjustWholes(drafts);
  return drafts.map((d) => {
    const dims = dimensionsOf(text, folded, offset, d, env);
    const reading: DossierReading = {
      mention: d.mention,
      metric: d.metric!,
      source: d.source!,
      dims,
      windows: d.windows,
      fieldLabel: Boolean(d.label?.field) && dims.field === d.label?.field,
      confidence: CONFIDENCE[d.source!],
    };
    d.reading = reading;
    return reading;
  });
}

/** A figure that is not plainly a dossier count stays when it is part of a dossier whole or list. */
function keepTentative(d: Draft, parent: Whole | undefined, lead: { metric: DossierMetric; colon?: boolean } | undefined, folded: string): boolean {
  const wholeIsDossier = parent !== undefined && (!('windows' in parent) || !(parent as Draft).tentative);
  if (d.tentative === 'authority') return wholeIsDossier && 'windows' in parent!;
  // A bare number: "(trực tuyến: 800; trực tiếp: 400)", "Số hồ sơ tiếp nhận: trực tuyến 800, trực tiếp 400".
  if (wholeIsDossier) return true;
  return Boolean(lead?.colon) && HO_SO.test(folded.slice(0, d.mention.start));
}

/** "Cấp tỉnh giải quyết 45.000 hồ sơ, cấp huyện 120.000 hồ sơ": a figure with only a label takes the metric before it. */
function ellipsisOf(d: Draft, drafts: Draft[], folded: string): (Draft & { metric: DossierMetric }) | undefined {
  const i = drafts.indexOf(d);
  const prev = i > 0 ? drafts[i - 1] : undefined;
  if (!prev?.metric || (prev.source !== 'own' && prev.source !== 'parent')) return undefined;
  const label = folded.slice(d.windows.left[0], d.mention.start);
  if (findCues(folded, d.windows.left[0], d.mention.start).length > 0) return undefined;
  if (label.trim().split(/\s+/).length > 6 || /:/.test(label)) return undefined;
  const between = folded.slice(prev.windows.unitEnd, d.windows.left[0]);
  if (/[;.]/.test(between) || between.length > 40) return undefined;
  return prev as Draft & { metric: DossierMetric };
}

type Whole = Draft | { metric?: DossierMetric; dims?: Dimensions };

/** The whole a figure is a part of: the figure before its bracket or its "trong đó" / "gồm", or the lead-in's. */
function parentOf(
  d: Draft,
  drafts: Draft[],
  markers: [number, number][],
  folded: string,
  numbers: readonly NumberMention[],
  env: Env,
  prevOf: () => DossierReading[],
): Whole | undefined {
  const p = d.mention.start;
  // "70 hồ sơ (trong hạn 65 hồ sơ, quá hạn 5 hồ sơ)": the figure right before an open bracket is the whole.
  const open = folded.lastIndexOf('(', p);
  if (open >= 0 && !folded.slice(open, p).includes(')')) {
    const whole = drafts.find((o) => o !== d && o.mention.start < open && /^\s*$/.test(folded.slice(o.windows.unitEnd, open)));
    if (whole) return whole;
    // "đúng hạn đạt 99,5% (1.200/1.206 hồ sơ)": the count behind a rate.
    const rate = numbers.find((n) => n.percent && n.end <= open && /^\s*$/.test(folded.slice(n.end, open)));
    if (rate) {
      const metric = countBehindRate(folded, numbers, rate);
      if (metric) return { metric };
    }
  }
  const marker = markers.filter(([, end]) => end <= p && !folded.slice(end, p).includes(';')).at(-1);
  if (marker) {
    const before = drafts.filter((o) => o.mention.start < marker[0]).at(-1);
    if (before) return before;
    if (folded.slice(0, marker[0]).trim() === '') {
      const prev = prevOf().filter((r) => r.source !== 'default' || r.windows.unit === 'dossier').at(-1);
      if (prev) return { metric: prev.metric, dims: prev.dims };
    }
    return undefined;
  }
  if (env.leadIn) return leadInWhole(env.leadIn);
  return undefined;
}

/** The count a timeliness rate is a share of: "đúng hạn đạt 99,5%" → resolved on time. */
function countBehindRate(folded: string, numbers: readonly NumberMention[], rate: NumberMention): DossierMetric | undefined {
  const w = windowsOf(folded, numbers, numbers.indexOf(rate));
  const cues = findCues(folded, w.left[0], w.left[1]).filter((c) => c.kind === 'timing');
  const m = cues.at(-1)?.metric;
  return m === 'dossier.resolved_on_time' || m === 'dossier.resolved_late' ? m : undefined;
}

function leadInWhole(leadIn: LeadIn): { metric: DossierMetric; dims: Dimensions } | undefined {
  const e = leadIn.emissions.filter((x) => x.metric.startsWith('dossier.') && !x.metric.endsWith('_rate')).at(-1);
  return e ? { metric: e.metric as DossierMetric, dims: e.dimensions ?? {} } : undefined;
}

/** A whole whose parts are "tiếp nhận mới" / "kỳ trước chuyển sang" is the period's total received. */
function adjustWholes(drafts: Draft[]): void {
  for (const d of drafts) {
    const parts = drafts.filter((c) => c.parent === d);
    if (parts.some((c) => c.metric === 'dossier.new' || c.metric === 'dossier.carried_over')) {
      if (d.metric === 'dossier.resolved' || d.source === 'default') d.metric = 'dossier.received';
    }
  }
}

/** The readings of the sentence before `offset` in the same block (for "Trong đó, …" openers). */
function previousSentence(env: Env, offset: number): DossierReading[] {
  const before = env.block.text.slice(0, offset);
  const last = splitSentences(before).at(-1);
  if (!last) return [];
  const numbers = dropNonFigures(last.text, findNumbers(last.text));
  if (numbers.length === 0) return [];
  return readSentence(last.text, fold(last.text), numbers, last.start, env, false);
}
