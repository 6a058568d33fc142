/**
 * Document-wide context for dossier figures: whether the report states district or commune
 * figures (then the province's own centre is the province tier), and the tier a paragraph
 * opening with "Trong số hồ sơ trên, …" takes over from the one before.
 */
import type { Block } from '../../structure/types.ts';
import { fold } from '../../text/normalize.ts';
import type { RuleContext } from '../rule.ts';
import { continuesPrevious, statesLowerTiers, tierAtEnd, tierMentions, type Tier } from '../dimensions/tier.ts';

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

export function lowerTiersIn(blocks: readonly Block[] | undefined): boolean {
  if (!blocks) return false;
  let v = documentCache.get(blocks);
  if (v === undefined) {
    v = statesLowerTiers(blocks.map((b) => fold(b.text)));
    documentCache.set(blocks, v);
  }
  return v;
}
