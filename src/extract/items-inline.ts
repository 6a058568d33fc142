import type { Block } from '../structure/types.ts';
import { fold, readingForm } from '../text/normalize.ts';
import { findNumbers, type NumberMention } from '../text/numbers.ts';
import { dropNonFigures } from './non-figures.ts';
import { ITEM_OPENING } from './lead-in.ts';
import { runRules, type Emission, type LeadIn, type Rule, type RuleContext } from './rule.ts';

/**
 * A list written as items reads as the same list written inline. "… công bố mới năm 2021, bao gồm:" then
 * "- Cấp tỉnh là 09 TTHC;" and "- Cấp huyện 05 TTHC và Cấp xã 03 TTHC." says what "…, bao gồm: Cấp tỉnh là 09 TTHC;
 * Cấp huyện 05 TTHC …" says in one sentence; "… thực hiện 50.872 biên chế, gồm:" then "- Mầm non 15.430 biên chế;" …
 * "- Đại học, cao đẳng, trung cấp 884 (bằng số giao)." counts the last item in the list's unit as the inline list does.
 * The rules read most items from the lead-in they see; a figure of an item that none of them read is read again in the
 * inline form — the lead-in's last sentence, the items before (the last few), then this one — and what the rules find
 * for it there is its reading — when it goes on with the list: the metric of a figure read in an item before, or, under
 * a lead-in stating no figure of its own, any metric until the first item states one. (An item's reading may rightly
 * refuse what its inline form would take: "Sở áp dụng ISO … tại 06 phòng, đơn vị, cụ thể:" then "a) 04 phòng chuyên
 * môn;" names where the work was done, not a division count — the lead's own figure says what its items are; and an
 * item's own label before its figure, "b) Thực hiện liên thông: 44 thủ tục.", is read by the rules for labelled items.)
 */

/** How many items before this one the inline form repeats (a list goes on from its last parts). */
const ITEMS_BEFORE = 4;


/** The items read so far under the current lead-in, kept for the next one's inline form. */
export interface ItemRun {
  lead: LeadIn;
  items: string[];
  /** The metrics of the figures read in the items so far. */
  metrics: Set<string>;
}

/** The text of an item as a part of the inline list: no marker, no closing ";" or ".". */
function asPart(text: string): { part: string; markerLength: number } {
  const marker = ITEM_OPENING.exec(text)?.[0].length ?? 0;
  return { part: text.slice(marker).replace(/[\s;.,]+$/u, ''), markerLength: marker };
}

export function rememberItem(run: ItemRun, sentence: string, read: readonly Emission[]): void {
  for (const e of read) run.metrics.add(e.metric);
  run.items.push(asPart(sentence).part);
  if (run.items.length > ITEMS_BEFORE) run.items.shift();
}

/**
 * The rules' emissions for `unread` (figures of the item's first sentence `sentence` that no rule read as an item),
 * found in the inline form of the list; ranges relative to `sentence`.
 */
export function readInline(
  run: ItemRun,
  sentence: string,
  unread: readonly NumberMention[],
  base: Omit<RuleContext, 'text' | 'folded' | 'offset' | 'numbers' | 'block' | 'leadIn' | 'emit'> & { block: Block },
  rules: readonly Rule[],
  emit: (rule: Rule, emission: Emission) => void,
): void {
  if (!/:\s*$/u.test(run.lead.text)) return;
  // (Under a lead-in with figures of its own, only what an item before has set going.)
  if (run.metrics.size === 0 && run.lead.emissions.length > 0) return;
  const { markerLength } = asPart(sentence);
  const before = run.items.length > 0 ? `${run.items.join('; ')}; ` : '';
  const head = `${run.lead.text} ${before}`;
  const text = head + sentence.slice(markerLength);
  const shift = markerLength - head.length;
  // (A figure after a label of its own, "b) Thực hiện liên thông: 44 thủ tục.", is read from that label as an item.)
  const wanted = new Set(unread.filter((n) => !sentence.slice(markerLength, n.start).includes(':')).map((n) => n.start));
  if (wanted.size === 0) return;
  const block: Block = { ...base.block, kind: 'paragraph', text, offsets: new Int32Array(text.length + 1), titleStart: undefined, titleEnd: undefined, contentStart: undefined };
  let rule: Rule = rules[0]!;
  const folded = readingForm(fold(text));
  const ctx: RuleContext = {
    ...base,
    text,
    folded,
    offset: 0,
    numbers: dropNonFigures(text, findNumbers(text)),
    block,
    leadIn: null,
    emit(emission) {
      const start = emission.range[0] + shift;
      if (emission.range[0] < head.length || !wanted.has(start)) return;
      if (run.metrics.size > 0 && !run.metrics.has(emission.metric)) return;
      emit(rule, { ...emission, range: [start, emission.range[1] + shift] });
    },
  };
  runRules(rules, ctx, (r) => {
    rule = r;
  });
}
