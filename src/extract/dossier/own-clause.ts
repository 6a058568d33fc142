/**
 * What a figure's own clause says: whether it counts dossiers (its unit, or "hồ sơ" in its
 * clause) and which metric its cues state — a timeliness cue beats a verb, a cue right after the
 * unit beats the nearest one on the left, a blocker ("hồ sơ đến hạn", "số hóa") cancels it.
 */
import { findCues, type Cue, type DossierMetric } from './cues.ts';
import { TOPIC_LEAD } from './lead.ts';
import { clauseEnd, type Windows } from './windows.ts';

export const HO_SO = /(?<![a-z])(?:ho so|hs)(?![a-z])/;
const QUALIFIES = /(?<![a-z])(?:ho so|hs)(?:\s+(?:tthc|da|duoc|phai|can|de nghi|cho|bi|dang|se))*\s*$/;
/**
 * Words between a figure's unit and a cue that still leave the cue the figure's own: auxiliaries
 * ("đã được", "phải"), "yêu cầu" ("26 hồ sơ phải yêu cầu bổ sung") and the agent of a passive
 * ("7.640 hồ sơ được người dân thanh toán trực tuyến"), and what the dossiers ask for
 * ("58 hồ sơ được tổ chức, cá nhân đề nghị gia hạn").
 */
const ADJACENT = /^\s*(?:(?:da|duoc|deu|con|moi|chi|cung|bi|thi|la|phai|can|nao|yeu cau|thuc hien|co)\s+)*(?:(?:nguoi dan|cong dan|to chuc(?:,? ca nhan)?|ca nhan|doanh nghiep|nguoi nop(?: ho so)?)\s+)?(?:(?:de nghi|xin)\s+)?$/;

/** A cause after the figure's verb: "do", "vì", "bởi", "lý do". */
const CAUSE = /(?<![a-z])(?:do|vi|boi|ly do|nguyen nhan)(?![a-z])/;

const CO_VERB = /^\s*(?:,|va)\s*$/;
const BACKLOG = /^(?:ton dong|con ton)$/;
const DONE: ReadonlySet<string> = new Set(['dossier.resolved', 'dossier.returned']);
const INTAKE: ReadonlySet<string> = new Set(['dossier.received', 'dossier.new']);
/** "Chưa có hồ sơ giải quyết theo cơ chế một cửa liên thông": the way the dossiers go, right after their unit, is no verb done. */
const BY_MECHANISM = /^\s*(?:giai quyet|xu ly|thuc hien) theo (?:co che|hinh thuc)(?![a-z])/;
const NEXT_PREDICATE = /\s(?:va|dong thoi)\s+(?:(?:da|dong thoi|tiep tuc|kip thoi)\s+)*(?:giai quyet|xu ly|tra ket qua|tra kq)(?![a-z])/;

export interface CueReading {
  metric?: DossierMetric;
  blocked: boolean;
  timing: boolean;
  /** The clause says the dossiers are still being processed ("đang giải quyết trong hạn"). */
  pending?: boolean;
}

/**
 * "… được", "… đã được gửi thư" right before a blocker after the figure — the body doing it may be named
 * ("… đã được cơ quan giải quyết gửi văn bản xin lỗi": its "giải quyết" names the body, no verb of the figure).
 */
const PASSIVE = /(?<![a-z])(?:da\s+)?duoc(?:\s+(?:cac\s+)?(?:co quan|don vi|bo phan)(?:\s+(?:giai quyet|xu ly|tiep nhan|chuyen mon))?(?=\s+(?:gui|co)(?![a-z])))?(?:\s+(?:gui|co)(?:\s+(?:thu|van ban))?)?\s*$/;

/** Right after a figure's unit: it is late ("89 hồ sơ quá hạn đã được …"). */
const LATE_RIGHT = /^\s*(?:giai quyet\s+)?(?:qua|tre|cham) han(?![a-z])/;
/** Before a figure: a breakdown opened, then a part on time or early ("trong đó 23.871 hồ sơ đúng và trước hạn;"). */
const BREAKDOWN_TIMED = /(?<![a-z])trong do(?![a-z])(?:[^.]|\.(?=\d))*(?<![a-z])(?:dung|truoc|som) han(?![a-z])(?:[^.]|\.(?=\d))*$/;
/**
 * Before a figure: the clause right before its ";" states the dossiers on time or early, and no late count comes before it
 * ("Tỷ lệ giải quyết đúng hạn, trước hạn đạt 99,9%; 05 hồ sơ trễ hạn đã được gửi thư xin lỗi": the late ones, counted once).
 */
const ON_TIME_CLAUSE_BEFORE = /(?<![a-z])(?:dung|truoc|som) han(?![a-z])[^;.]*;\s*$/;
const LATE_BEFORE = /(?<![a-z])(?:qua|tre|cham) (?:han|hen)(?![a-z])/;

/** What the figure's own clause says. */
/** A label of two names over one another before a fraction ("đã giải quyết/tổng số hồ sơ tiếp nhận:"). */
const SLASH_LABEL = /\/[^/:\d]*:\s*$/;

export function readCues(folded: string, w: Windows, fraction = false): CueReading {
  // Abbreviations ("ĐH: 785, QH: 5") only in a sentence that says hồ sơ: "ThS 3, ĐH 9" counts staff.
  const terse = HO_SO.test(folded);
  let left = findCues(folded, w.left[0], w.left[1]).filter((c) => terse || !c.terse);
  // "Kết quả giải quyết TTHC của huyện: tổng số hồ sơ 15.236": a title before a colon names the topic, not the figure's verb.
  // ("Kết quả giải quyết TTHC tại Bộ phận Một cửa: Tồn kỳ trước: 08; …": the title ends at the window's first colon; a label after it is the figure's.)
  const colon = folded.indexOf(':', w.left[0]);
  if (colon >= 0 && colon < w.left[1] && TOPIC_LEAD.test(folded.slice(w.left[0], colon))) left = left.filter((c) => c.start > colon);
  let right = findCues(folded, w.right[0], w.right[1]).filter((c) => terse || !c.terse);
  // "giải quyết 1.274/1.310 hồ sơ tiếp nhận", "đúng hạn 4.561/5.650 hồ sơ đến hạn": the numerator takes
  // the clause's verb; the noun after the denominator restates the whole (its verb or blocker is not the figure's).
  if (fraction && left.some((c) => c.kind === 'verb' || c.kind === 'timing')) right = right.filter((c) => c.kind !== 'verb' && c.kind !== 'block');
  // "Số hồ sơ đã giải quyết/tổng số hồ sơ tiếp nhận: 1.190/1.234": the numerator is the name before the slash.
  const over = fraction ? SLASH_LABEL.exec(folded.slice(w.left[0], w.left[1])) : null;
  if (over) {
    const named = left.filter((c) => c.end <= w.left[0] + over.index);
    if (named.length > 0) left = named;
  }
  // "tiếp nhận 412 hồ sơ và giải quyết đúng hạn toàn bộ hồ sơ đến hạn": a received figure's
  // clause ends where a coordinated resolution verb starts a predicate of its own.
  const intake = lastOf(left, 'verb');
  if (intake !== undefined && INTAKE.has(intake.metric!)) {
    const next = NEXT_PREDICATE.exec(folded.slice(w.right[0], w.right[1]));
    if (next) right = right.filter((c) => c.start < w.right[0] + next.index);
  }
  const mechanism = w.unit === 'dossier' ? BY_MECHANISM.exec(folded.slice(w.right[0], w.right[1])) : null;
  if (mechanism) right = right.filter((c) => c.start >= w.right[0] + mechanism[0].length);
  const adjacent = right.find((c) => ADJACENT.test(folded.slice(w.right[0], c.start)));
  // "2 hồ sơ bị hủy do quá thời hạn bổ sung": a timeliness in the cause of the verb right after the unit is not the figure's.
  if (adjacent?.kind === 'verb') {
    const cause = CAUSE.exec(folded.slice(adjacent.end, w.right[1]));
    if (cause) {
      const from = adjacent.end + cause.index;
      right = right.filter((c) => c.kind !== 'timing' || c.start < from);
    }
  }
  // A blocker is the nearest cue, or it qualifies the dossiers themselves ("hồ sơ đến hạn giải quyết").
  const lastBlock = lastOf(left, 'block');
  // "đã tiếp nhận, thẩm định và cấp giấy chứng nhận cho 312 hồ sơ": a blocker joined to a dossier verb before it is one more verb of the series.
  const coVerb = lastBlock !== undefined && left.some((c) => c.kind === 'verb' && c.end <= lastBlock.start && CO_VERB.test(folded.slice(c.end, lastBlock.start)));
  // "số hồ sơ bị hủy do công dân không bổ sung là 8": a blocker in the cause of a dossier verb before it is not the figure's.
  const inCause = lastBlock !== undefined && left.some((c) => c.kind === 'verb' && c.end <= lastBlock.start && CAUSE_BETWEEN.test(folded.slice(c.end, lastBlock.start)));
  const blockedLeft =
    lastBlock !== undefined &&
    !coVerb &&
    !inCause &&
    !left.some((c) => c.kind === 'timing' && c.start > lastBlock.start) &&
    (left.at(-1) === lastBlock || QUALIFIES.test(folded.slice(Math.max(0, lastBlock.start - 40), lastBlock.start)));
  // "1.950 hồ sơ quá hạn được (gửi thư) xin lỗi": a passive blocker predicated of the dossiers names what was done to them.
  // (Not for the late part of a breakdown after its on-time sibling: "…, trong đó 23.871 hồ sơ đúng và trước hạn; 89 hồ sơ quá hạn
  // đã được gửi thư xin lỗi" counts the late dossiers of the whole before.)
  const passiveBlock =
    right.some((c) => {
      if (c.kind !== 'block') return false;
      const passive = PASSIVE.exec(folded.slice(w.right[0], c.start));
      return passive !== null && !right.some((v) => v.kind === 'verb' && v.start < w.right[0] + passive.index);
    }) &&
    !(
      LATE_RIGHT.test(folded.slice(w.unitEnd, w.right[1])) &&
      (BREAKDOWN_TIMED.test(folded.slice(0, w.left[0])) || (ON_TIME_CLAUSE_BEFORE.test(folded.slice(0, w.left[0])) && !LATE_BEFORE.test(folded.slice(0, w.left[0]))))
    );
  if (blockedLeft || adjacent?.kind === 'block' || passiveBlock) return { blocked: true, timing: false };
  // "tất cả 624 hồ sơ tiếp nhận đều được giải quyết đúng hạn": the figure counts the dossiers its noun
  // names; what "đều" says of all of them after it is no count of its own.
  if (adjacent?.kind === 'verb' && INTAKE.has(adjacent.metric!) && !left.some((c) => c.kind !== 'block')) {
    const later = right.find((c) => c.kind === 'timing' && c.start >= adjacent.end);
    if (later && ALL_OF_THEM.test(folded.slice(adjacent.end, later.start))) return { metric: adjacent.metric!, blocked: false, timing: false };
  }
  const all = [...left, ...right];
  const pending = all.some((c) => c.metric === 'dossier.pending');
  const timing =
    (adjacent?.kind === 'timing' ? adjacent : undefined) ?? lastOf(left, 'timing') ?? right.find((c) => c.kind === 'timing') ?? apposition(folded, w);
  if (timing) return { metric: withState(timing.metric!, pending), blocked: false, timing: true, pending };
  // "giải quyết dứt điểm 05 hồ sơ tồn đọng": a backlog named after the unit says which dossiers, the verb before says what was done.
  const backlog = adjacent?.metric === 'dossier.pending' && BACKLOG.test(folded.slice(adjacent.start, adjacent.end)) && DONE.has(lastOf(left, 'verb')?.metric ?? '');
  const verb = (adjacent?.kind === 'verb' && !backlog ? adjacent : undefined) ?? lastOf(left, 'verb') ?? right.find((c) => c.kind === 'verb');
  if (verb) return { metric: verb.metric!, blocked: false, timing: false };
  return { blocked: false, timing: false };
}

/**
 * "07 hồ sơ đang giải quyết, chưa đến hạn trả kết quả", "63 hồ sơ (đều trong hạn)", "17 hồ sơ,
 * tất cả đều chưa đến hạn": a timeliness set off by a comma or a bracket.
 */
function apposition(folded: string, w: Windows): Cue | undefined {
  const mark = folded[w.right[1]];
  if (mark !== ',' && mark !== '(') return undefined;
  // "212 hồ sơ đang trong quá trình thẩm định, xác minh tại Sở (đều chưa đến hạn …)": a bracket
  // further on in the clause that speaks of all of them.
  const far = mark === ',' ? FAR_BRACKET.exec(folded.slice(w.right[1])) : null;
  if (far) {
    const from = w.right[1] + far[0].length;
    return findCues(folded, from, clauseEnd(folded, from)).find((c) => c.kind === 'timing');
  }
  const from = w.right[1] + 1;
  const to = clauseEnd(folded, from);
  const next = folded.slice(from, to);
  // "(trong hạn: 20 hồ sơ; …)": a bracket with figures is a breakdown, not an apposition.
  const close = mark === '(' ? folded.indexOf(')', from) : to;
  if (close < 0 || /\d/.test(folded.slice(from, Math.max(close, to))) || !/^\s*(?:(?:tat ca|toan bo|ca)\s+)?(?:(?:deu|da|con|van|dang)\s+)*(?:chua den|chua qua|con trong|trong|qua) (?:han|hen|thoi han)(?![a-z])/.test(next)) return undefined;
  return findCues(folded, from, to).find((c) => c.kind === 'timing');
}

const FAR_BRACKET = /^[^\d;.()]{1,80}\(\s*(?:(?:tat ca|toan bo|deu)\s+)+(?:(?:da|con|van|dang)\s+)*(?=(?:chua den|chua qua|con trong|trong) (?:han|hen|thoi han)(?![a-z]))/;

function lastOf(cues: Cue[], kind: Cue['kind']): Cue | undefined {
  for (let i = cues.length - 1; i >= 0; i--) if (cues[i]!.kind === kind) return cues[i];
  return undefined;
}

/** A cause opening between a verb and a blocker ("bị hủy do công dân không bổ sung"); not "trong đó". */
const CAUSE_BETWEEN = /^[^\d;:]{0,12}?(?<![a-z])(?:(?<!trong )do|vi|ly do)(?![a-z])[^\d;:]{0,50}$/;

/** A timeliness figure of dossiers still being processed is a pending one. */
export function withState(metric: DossierMetric, pending: boolean): DossierMetric {
  if (!pending) return metric;
  if (metric === 'dossier.resolved_late') return 'dossier.pending_overdue';
  if (metric === 'dossier.resolved_on_time' || metric === 'dossier.resolved_early') return 'dossier.pending_on_time';
  return metric;
}

const LUOT_HO_SO = /(?<![a-z])luot (?:ho so|hs)(?![a-z])/;
const ALL_OF_THEM = /(?<![a-z])deu(?![a-z])/;
/** A count of results earlier in the clause, joined to the figure by "và" or a comma. */
const RESULTS_BEFORE = /\d[\d.]*\s+(?:ket qua|kq)(?![a-z])[^;.\d()]*(?:,|\bva\b)\s*$/;
const BO_HO_SO = /(?<![a-z])bo (?:ho so|hs)(?![a-z])/;

export function isDossier(folded: string, w: Windows, hasCue: boolean, sentenceHasHoSo: boolean): boolean {
  const leftHasHoSo = HO_SO.test(folded.slice(w.left[0], w.left[1]));
  switch (w.unit) {
    case 'dossier':
      return true;
    case 'visit':
      // "tiếp nhận 318 lượt hồ sơ, trong đó: lĩnh vực Chứng thực 204 lượt, …": the sentence counts dossiers in "lượt".
      return leftHasHoSo || LUOT_HO_SO.test(folded);
    case 'set':
      // ("Tiếp nhận hồ sơ: 312 bộ", "Số hồ sơ giải quyết đúng hạn: 312/312 bộ": a label on dossiers, then their count in sets.)
      return BO_HO_SO.test(folded) || (leftHasHoSo && hasCue && /:\s*$/.test(folded.slice(w.left[0], w.left[1])));
    case 'case':
      return leftHasHoSo;
    case 'result':
      // ("đã trả 18 kết quả qua dịch vụ bưu chính công ích và 204 kết quả qua Cổng dịch vụ công": the next of results counted before.)
      return leftHasHoSo || hasCue || RESULTS_BEFORE.test(folded.slice(Math.max(0, w.left[1] - 120), w.left[1]));
    case 'none':
      return leftHasHoSo || (hasCue && sentenceHasHoSo);
    default:
      return false;
  }
}
