/**
 * The metric a figure takes from what introduces it when its own clause says nothing: an
 * enumeration lead in the sentence ("Các lĩnh vực tiếp nhận nhiều như: A: N; B: M"), the
 * lead-in paragraph ("Số hồ sơ tiếp nhận theo lĩnh vực:"), the section heading ("b) Tiếp nhận
 * qua dịch vụ BCCI"). Headings name topics: a bare "giải quyết" there means the dossiers handled (received).
 */
import type { LeadIn } from '../rule.ts';
import { findCues, type Cue, type DossierMetric } from './cues.ts';
import { clauseStart } from './windows.ts';

export interface LeadEnv {
  headings: readonly string[];
  leadIn: LeadIn | null;
  /** The block being read: a heading's own block holds the sentence its title labels. */
  block?: { kind: string };
}

function nearest(cues: Cue[], topic: boolean, folded = ''): DossierMetric | undefined {
  for (let i = cues.length - 1; i >= 0; i--) {
    const c = cues[i]!;
    if (c.kind === 'block') return undefined;
    // A heading's "giải quyết (TTHC)" names the topic: the figures under it are dossiers received
    // ("b) Số hồ sơ đã giải quyết: …" is done work, resolved).
    if (topic && c.metric === 'dossier.resolved' && !DONE.test(folded.slice(c.start, c.end))) return 'dossier.received';
    return c.metric ?? undefined;
  }
  return undefined;
}

const DONE = /^(?:da|duoc) |xong$/;
/**
 * A lead-in or clause worded as a title: "Kết quả (tiếp nhận,) giải quyết TTHC …:", "Tình hình
 * giải quyết hồ sơ:", "Công tác …", "Về kết quả …" — a topic, not the figures' verb.
 */
export const TOPIC_LEAD = /^[\s\-+•*]*(?:ve\s+)?(?:ket qua|tinh hinh|cong tac)(?![a-z])/;
// ("Đáng chú ý, số hồ sơ trễ hạn giảm …", "Năm 2023, số hồ sơ …": a short opening phrase before its comma stands before the topic.)
const TOPIC = /^\s*(?:[a-z0-9/ ]{2,30},\s*)?((?:(?:tong\s+)?so(?:\s+luong)?\s+)?(?:ho so|hs)(?:\s+(?:tthc|thu tuc hanh chinh))?(?:\s+[a-z]+){1,6}?)(?=\s+(?:giam|tang|chi con|con|dat|la|o muc|van)(?![a-z]))/;

const MARKER_ONLY = /^\s*(?:cu the|gom|bao gom|nhu sau|trong do)\s*$/;

export function leadMetric(_text: string, folded: string, pos: number, env: LeadEnv): { metric: DossierMetric; colon?: boolean } | undefined {
  for (let c = folded.lastIndexOf(':', pos - 1); c > 0; c = folded.lastIndexOf(':', c - 1)) {
    // "Kết quả giải quyết TTHC của huyện: tổng số hồ sơ …" titles its figures as a lead-in does.
    let from = clauseStart(folded, c);
    // "Số hồ sơ tiếp nhận theo tháng, cụ thể: tháng 1: 4.120; …": a marker alone before the colon; the lead is the clause before it.
    const comma = folded.lastIndexOf(',', from);
    if (comma > 0 && MARKER_ONLY.test(folded.slice(comma + 1, c))) from = clauseStart(folded, comma);
    const m = nearest(findCues(folded, from, c), TOPIC_LEAD.test(folded.slice(from, c)), folded);
    if (m) return { metric: m, colon: true };
  }
  // The sentence's topic: "Số hồ sơ trễ hạn giảm mạnh, chỉ còn 15 hồ sơ".
  // … or of its clause after a ";" ("…; số hồ sơ trễ hạn cũng giảm, còn 6 hồ sơ").
  const from = folded.lastIndexOf(';', pos - 1) + 1;
  const topic = TOPIC.exec(folded.slice(from, pos));
  if (topic) {
    const at = from + topic.index + topic[0].length - topic[1]!.length;
    const m = nearest(findCues(folded, at, at + topic[1]!.length), false);
    if (m) return { metric: m };
  }
  if (env.leadIn) {
    const f = env.leadIn.folded.replace(/[:\s]+$/, '');
    // "Kết quả giải quyết TTHC 6 tháng đầu năm của UBND phường:" titles its items as a heading does.
    const from = clauseStart(f, f.length);
    const m = nearest(findCues(f, from, f.length), TOPIC_LEAD.test(f.slice(from)), f.slice(from));
    if (m) return { metric: m };
  }
  // "b) Giải quyết: 1.220 hồ sơ, trong đó …": a title carrying its sentence labels that sentence's figures, not a topic.
  // A title that goes on past its verb ("b, Giải quyết theo cơ chế một cửa liên thông: Chưa có hồ sơ.") is still a topic.
  const labelled = env.block?.kind === 'heading';
  for (const [i, h] of env.headings.slice(0, 2).entries()) {
    const cues = findCues(h, 0, h.length);
    const label = labelled && i === 0 && /^\s*(?:(?:ho so|hs)\s*)?$/.test(h.slice(cues.at(-1)?.end ?? 0));
    const m = nearest(cues, !label, h);
    if (m) return { metric: m };
  }
  return undefined;
}
