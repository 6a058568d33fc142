/**
 * A channel named as a paragraph's head label, before its first colon: "Dịch vụ bưu chính công
 * ích: tiếp nhận 23 hồ sơ, trả kết quả 154 hồ sơ.", "Qua Cổng dịch vụ công: tiếp nhận …; giải
 * quyết …". The label holds for every figure after the colon that names no channel of its own,
 * until another channel is named. A head that states a figure's verb ("Tiếp nhận qua DVCTT: 38")
 * is that figure's own clause, read there.
 */
import { channelOf, channelsIn, type Channel } from '../dimensions/channel.ts';
import { findCues } from './cues.ts';

/** A short label: no figure, no sentence end, up to the first colon. */
const HEAD = /^[\s\-+•*–]*([^:;.\d()]{3,60}):/;

/** The channel of the paragraph's head label, for a figure at `at` (folded paragraph offsets). */
export function headChannelAt(blockFolded: string, at: number): Channel | undefined {
  const m = HEAD.exec(blockFolded);
  if (!m) return undefined;
  const colon = m[0].length - 1;
  if (at <= colon) return undefined;
  const label = m[1]!;
  if (findCues(label, 0, label.length).length > 0) return undefined;
  const channels = channelsIn(label);
  if (channels.length !== 1 || channelsIn(blockFolded.slice(colon, at)).length > 0) return undefined;
  return channelOf(label);
}
