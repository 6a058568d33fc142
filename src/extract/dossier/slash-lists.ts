/**
 * Figures written as one "a/b/c" under names joined the same way: "Lĩnh vực Hộ tịch: 960/948/12 hồ
 * sơ" under "Kết quả theo lĩnh vực (tiếp nhận/đã giải quyết/trễ hạn):", or inline "Số hồ sơ tiếp
 * nhận/giải quyết/quá hạn: 960/948/12". The k-th figure takes the k-th name's metric and channel.
 * The names are looked for before the figure in its sentence, then in the lead-in, then the heading.
 */
import type { Dimensions } from '../../schema/record.ts';
import type { NumberMention } from '../../text/numbers.ts';
import { channelOf } from '../dimensions/channel.ts';
import { findCues, type DossierMetric } from './cues.ts';

const NAME = String.raw`[a-z][a-z ]{0,40}?`;
/** Three or four names joined by "/", ending at a bracket, a colon or the text's end. */
const NAMES = new RegExp(String.raw`(${NAME})\s*\/\s*(${NAME})\s*\/\s*(${NAME})(?:\s*\/\s*(${NAME}))?\s*(?=[):]|$)`, 'g');

export interface SlashName {
  metric: DossierMetric;
  dims: Dimensions;
}

/** The names of the last n-name list in `folded`, each with what it says, or undefined. */
function namesIn(folded: string, n: number): SlashName[] | undefined {
  if (!folded.includes('/')) return undefined;
  let found: SlashName[] | undefined;
  NAMES.lastIndex = 0;
  for (let m = NAMES.exec(folded); m; m = NAMES.exec(folded)) {
    const names = m.slice(1).filter((x): x is string => x !== undefined);
    if (names.length !== n) continue;
    const read = names.map(readName);
    if (read.every((r): r is SlashName => r !== undefined)) found = read;
  }
  return found;
}

function readName(name: string): SlashName | undefined {
  const cues = findCues(name, 0, name.length);
  if (cues.some((c) => c.kind === 'block')) return undefined;
  const cue = cues.filter((c) => c.kind === 'timing').at(-1) ?? cues.at(-1);
  if (!cue?.metric) return undefined;
  const channel = channelOf(name);
  return { metric: cue.metric, dims: channel ? { channel } : {} };
}

/** What the k-th name of the figure's slash list says; `before`: the folded sentence up to the figure. */
export function slashListName(mention: NumberMention, before: string, leadIn: string | undefined, heading: string | undefined): SlashName | undefined {
  const list = mention.slashList;
  if (!list) return undefined;
  const names = namesIn(before, list.n) ?? (leadIn ? namesIn(leadIn, list.n) : undefined) ?? (heading ? namesIn(heading, list.n) : undefined);
  return names?.[list.k];
}
