/**
 * Two figures written as one fraction under a label of two names joined by "/": "Hồ sơ tiếp nhận
 * trực tuyến/trực tiếp: 1.320/415 hồ sơ", "hồ sơ giải quyết đúng hạn/quá hạn: 1.701/6",
 * "Số hồ sơ tiếp nhận/giải quyết: 960/948". The first figure is the first name's, the second the
 * second name's: not a part over its whole.
 */
import type { Dimensions } from '../../schema/record.ts';
import type { NumberMention } from '../../text/numbers.ts';
import { channelOf } from '../dimensions/channel.ts';
import { findCues, type DossierMetric } from './cues.ts';

export interface SlashPair {
  /** The two names, as folded text. */
  names: [string, string];
  /** The second figure, as a mention of its own. */
  second: NumberMention;
}

/** "<a> <b>/<c> <d>:" right before the figure: the label's two names, as many words each. */
const LABEL = /([a-z]+(?: [a-z]+){0,2})\s*\/\s*([a-z]+(?: [a-z]+){0,2})\s*:\s*$/;

/** A header of two names over the items after it: "Cụ thể theo lĩnh vực (tiếp nhận/giải quyết):", "Hồ sơ tiếp nhận/giải quyết:". */
const HEADER = /([a-z]+(?: [a-z]+){0,2})\s*\/\s*([a-z]+(?: [a-z]+){0,2})\s*\)?\s*:/g;

/**
 * The last two-name header before `at` in `folded` whose items reach the figure: from its colon to the figure no
 * sentence ends and no word says what a figure is ("Đất đai 2.416/2.301; Tư pháp 3.980/3.975" are names only).
 */
function headerBefore(folded: string, at: number): RegExpExecArray | null {
  if (!folded.includes('/')) return null;
  let last: RegExpExecArray | null = null;
  HEADER.lastIndex = 0;
  for (let m = HEADER.exec(folded); m && m.index + m[0].length <= at; m = HEADER.exec(folded)) last = m;
  if (!last) return null;
  const end = last.index + last[0].length;
  if (/\.\s/.test(folded.slice(end, at)) || findCues(folded, end, at).some((c) => c.kind !== 'block')) return null;
  return last;
}

/** The slash pair a fraction figure at `mention` is, or undefined; `leadIn`: the folded lead-in over the figure's item. */
export function slashPair(text: string, folded: string, mention: NumberMention, leadIn?: string): SlashPair | undefined {
  if (mention.denominator === undefined || mention.percent) return undefined;
  // ("Cụ thể theo lĩnh vực (tiếp nhận/giải quyết): Đất đai 2.416/2.301; Tư pháp 3.980/3.975": each item's pair is the header's.)
  const m = LABEL.exec(folded.slice(Math.max(0, mention.start - 60), mention.start)) ?? headerBefore(folded, mention.start) ?? (leadIn && !/\//.test(folded.slice(0, mention.start)) ? headerBefore(leadIn, leadIn.length) : null);
  if (!m) return undefined;
  const second = m[2]!;
  const words = second.split(' ').length;
  const first = m[1]!.split(' ').slice(-words).join(' ');
  // Each name must say what its figure is: "đúng hạn/tổng số: 1.200/1.250" is a part over its whole.
  if (![first, second].every(saysWhat)) return undefined;
  // "đúng hạn/đã giải quyết: 1.190/1.190" is a part over its whole too: a timeliness over a verb.
  if (kindOf(first) !== kindOf(second)) return undefined;
  const slash = text.indexOf('/', mention.start);
  if (slash < 0 || slash >= mention.end) return undefined;
  const start = slash + 1 + (/^\s*/.exec(text.slice(slash + 1))?.[0].length ?? 0);
  return {
    names: [first, second],
    second: { ...mention, start, value: mention.denominator, raw: text.slice(start, mention.end), denominator: undefined, qualifier: undefined },
  };
}

/** What a name says: a timeliness, a verb, or a channel alone. */
function kindOf(name: string): 'timing' | 'verb' | 'channel' {
  const cues = findCues(name, 0, name.length).filter((c) => c.kind !== 'block');
  if (cues.some((c) => c.kind === 'timing')) return 'timing';
  return cues.length > 0 ? 'verb' : 'channel';
}

function saysWhat(name: string): boolean {
  return channelOf(name) !== undefined || findCues(name, 0, name.length).some((c) => c.kind !== 'block');
}

/** The metric and channel one name of a pair gives its figure, over those the clause gave. */
export function pairReading(name: string, metric: DossierMetric, dims: Dimensions): { metric: DossierMetric; dims: Dimensions } {
  const own = findCues(name, 0, name.length).filter((c) => c.kind !== 'block').at(-1)?.metric;
  const channel = channelOf(name);
  const out: Dimensions = { ...dims };
  if (channel) out.channel = channel;
  return { metric: own ?? metric, dims: out };
}
