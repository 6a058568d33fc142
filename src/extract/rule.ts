import type { Dimensions, Qualifier, Unit } from '../schema/record.ts';
import type { NumberMention } from '../text/numbers.ts';
import type { Block, Metadata, SectionNode } from '../structure/types.ts';

/** What a rule reports: a figure, its metric, and a range relative to `ctx.text`. */
export interface Emission {
  metric: string;
  value: number;
  /** [start, end) of the figure in ctx.text. Rules never compute document positions. */
  range: [number, number];
  dimensions?: Dimensions;
  qualifier?: Qualifier;
  /** Defaults to the catalog unit of the metric. */
  unit?: Unit;
  confidence?: number;
  /**
   * `status` (planned / proposed / draft) is inferred by the runner from the sentence and the plan
   * section (src/extract/dimensions/status.ts) when `dimensions.status` is unset. A rule that has
   * decided the figure is done work, whatever words surround it, sets `inferStatus: false`: the
   * record then carries exactly the status in `dimensions` (none when unset). Default: true.
   */
  inferStatus?: boolean;
}

/** A lead-in ("… cụ thể như sau:") and what was found in it, for the items that follow it. */
export interface LeadIn {
  text: string;
  folded: string;
  emissions: Emission[];
}

export interface RuleContext {
  /** The sentence (or list item / heading content) being read, NFC. */
  readonly text: string;
  /** fold(text): same length, lower case, no diacritics — for cue matching. */
  readonly folded: string;
  /** Offset of `text` in `block.text` (so a rule can read the paragraph before the sentence). */
  readonly offset?: number;
  /** The figures written in `text`, found once and shared by every rule. */
  readonly numbers: readonly NumberMention[];
  readonly block: Block;
  /** Every block of the document, in reading order (for document-wide context). */
  readonly blocks?: readonly Block[];
  /** The innermost section and the titles of it and its ancestors, folded, innermost first. */
  readonly section: SectionNode | null;
  readonly headings: readonly string[];
  /** The lead-in paragraph this block is an item of, when it is one. */
  readonly leadIn: LeadIn | null;
  /** True inside a plan section ("Phương hướng, nhiệm vụ …"). */
  readonly inPlan: boolean;
  /** The report's metadata (agency, province, period) as read by the structure pass. */
  readonly metadata: Metadata | null;
  emit(emission: Emission): void;
}

export interface RuleExample {
  /** The sentence or list item. */
  text: string;
  /** Optional opening paragraph of the report, before any heading (where "Sở … báo cáo …" names the agency). */
  intro?: string;
  /** Optional heading title above it (e.g. "b) Giải quyết theo cơ chế một cửa liên thông"). */
  heading?: string;
  /** Optional paragraph before it, e.g. a lead-in ending with ":". */
  before?: string;
  /** Expected records from `text` (valid examples). */
  records?: { metric: string; value: number; dimensions?: Dimensions; qualifier?: Qualifier }[];
}

export interface Rule {
  /** Equals the file name under src/extract/rules/. */
  id: string;
  description: string;
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
  /**
   * A necessary condition on the folded sentence: a sentence it does not match holds none of the
   * rule's figures, so the runner does not run the rule there. A cheap alternation of the words
   * every figure of the rule needs in its own sentence; absent when the rule reads its context.
   */
  cue?: RegExp;
  match(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/**
 * Run over `ctx` each rule whose cue its folded sentence passes (all of a rule's figures need its cue words), telling
 * `running` which one runs first — the context's `emit` attributes what is emitted to it.
 */
export function runRules(rules: readonly Rule[], ctx: RuleContext, running: (rule: Rule) => void): void {
  for (const rule of rules) {
    if (rule.cue !== undefined && !rule.cue.test(ctx.folded)) continue;
    running(rule);
    rule.match(ctx);
  }
}
