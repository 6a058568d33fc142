/**
 * A channel named as a paragraph's head label, before its first colon: "Dịch vụ bưu chính công
 * ích: tiếp nhận 23 hồ sơ, trả kết quả 154 hồ sơ.", "Qua Cổng dịch vụ công: tiếp nhận …; giải
 * quyết …". The label holds for every figure after the colon that names no channel of its own,
 * until another channel is named. A head that states a figure's verb ("Tiếp nhận qua DVCTT: 38")
 * is that figure's own clause, read there.
 *
 * Likewise a clause opening on dossiers of one channel as its subject: "Hồ sơ trực tuyến được giải
 * quyết đúng hạn 3.012 hồ sơ, trễ hạn 2 hồ sơ; hồ sơ trực tiếp …" — up to the next ";" or sentence end;
 * and a channel phrase set off by commas before the clause: "Quý IV, qua dịch vụ bưu chính công ích,
 * các cơ quan tiếp nhận 318 hồ sơ và trả 1.962 kết quả".
 */
import { channelOf, channelsIn, type Channel } from '../dimensions/channel.ts';
import { findCues } from './cues.ts';
import { lastMatchBefore } from '../../text/last-match.ts';

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

/** "Hồ sơ trực tuyến được giải quyết …" opening a clause: the channel of the subject of its verb (not a label before a figure). */
const SUBJECT = /(?:^|[;.]\s*)[\s\-+•*–]*(?:so\s+)?(?:ho so|hs)(?:\s+(?:nop|tiep nhan|nhan))?\s+((?:qua\s+)?(?:truc tuyen|truc tiep|dich vu buu chinh(?: cong ich)?|buu chinh(?: cong ich)?|bcci|dich vu cong truc tuyen))(?=\s+(?:(?:da|duoc|deu|dang|bi)\s+)*(?:giai quyet|tiep nhan|xu ly|tra ket qua)(?![a-z]))/g;

/** "Quý IV, qua dịch vụ bưu chính công ích, các cơ quan tiếp nhận …", "…; qua BCCI, tiếp nhận …": a channel set off before the clause. */
const FRONTED = /(?:^|[,;])\s*(?:thong\s+)?qua\s+([^,;.\d()]{3,50}?)\s*,/g;

/**
 * The channel of the clause's subject, or of a channel phrase set before the clause, for a figure at
 * `at` of a folded sentence that names none of its own.
 */
export function subjectChannelAt(folded: string, at: number): Channel | undefined {
  return subjectChannel(folded, at) ?? frontedChannel(folded, at);
}

function frontedChannel(folded: string, at: number): Channel | undefined {
  if (!folded.includes('qua ')) return undefined;
  const last = lastMatchBefore(FRONTED, folded, at);
  if (!last) return undefined;
  const end = last.index + last[0].length;
  const phrase = last[1]!;
  if (end > at || channelsIn(phrase).length !== 1 || findCues(phrase, 0, phrase.length).length > 0) return undefined;
  if (/[;]|\.\s/.test(folded.slice(end, at)) || channelsIn(folded.slice(end, at)).length > 0) return undefined;
  return channelOf(phrase);
}

function subjectChannel(folded: string, at: number): Channel | undefined {
  const last = lastMatchBefore(SUBJECT, folded, at);
  if (!last) return undefined;
  const end = last.index + last[0].length;
  if (end > at || /[;]|\.\s/.test(folded.slice(end, at)) || channelsIn(folded.slice(end, at)).length > 0) return undefined;
  return channelOf(last[1]!);
}
