/**
 * A paragraph's folded text and its tier mentions as the dossier rules read them, once per
 * paragraph of the report: for its own sentences (reading.ts, rates.ts), and for the paragraphs
 * after it that carry its tier over (document.ts: "Đã giải quyết …" after a lead-in and its items
 * takes the lead-in's) — the same paragraph is asked for again several blocks later.
 */
import type { Block } from '../../structure/types.ts';
import { fold } from '../../text/normalize.ts';
import { memoizeByLength } from '../../text/memo.ts';
import type { TierMention } from '../dimensions/tier.ts';
import { dossierTierMentions } from './tier-mentions.ts';

export interface BlockReading {
  blockFolded: string;
  mentions: TierMention[];
}

const readingOf = memoizeByLength((text: string): BlockReading => {
  const blockFolded = fold(text);
  return { blockFolded, mentions: dossierTierMentions(blockFolded, text) };
}, 1 << 22);

export function blockReading(block: Block): BlockReading {
  return readingOf(block.text);
}
