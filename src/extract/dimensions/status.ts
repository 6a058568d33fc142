/**
 * `status` of a figure not yet done: `planned` in plan sections (but for a proposal there: "Rà soát, đề nghị
 * bãi bỏ 03 TTHC" is `proposed`, as the contract's abolished-or-proposed reads) and for "sẽ", "dự kiến",
 * "phấn đấu", "kế hoạch … vào Quý IV"; `proposed` for "đề nghị", "kiến nghị bãi bỏ", "trình"; `draft` for
 * legal documents being drafted ("dự thảo", "tham mưu ban hành", "xây dựng dự thảo") — only on
 * `legal_doc.issued` (CONTRACT §3): in "tham mưu ban hành 03 VBQPPL và tự kiểm tra 12 văn bản"
 * the 12 reviewed are done work. A rule that decides status itself sets `inferStatus: false`
 * on its emission (see rule.ts) and this is not consulted.
 */
import { foldSlice } from '../../text/normalize.ts';
import { clauseEnd } from '../figure-context.ts';

/** "vào Quý IV", "vào quý 3": a quarter still to come. */
const QUARTER_AHEAD = /vao quy (?:i|ii|iii|iv|[1-4])(?:[^a-z]|$)/;
const PLANNED = new RegExp(`(?:^|[^a-z])(?:se|du kien|phan dau)(?:[^a-z]|$)|${QUARTER_AHEAD.source}`);
/**
 * "kiến nghị Bộ Giao thông vận tải bãi bỏ", "kiến nghị Chính phủ, các Bộ sửa đổi": the body a change is recommended to
 * may take more words (and commas) than a short object when it opens on an authority's name.
 */
const ADDRESSEE = String.raw`(?:(?:voi |len )?(?:cac )?(?:bo|chinh phu|thu tuong|trung uong|ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan|chu tich|nganh)(?![a-z])(?:,? [a-z]+){0,8}? )`;
// ("Sở đã trình công bố 07 TTHC mới": submitted for announcement, the addressee left unsaid.)
const PROPOSED = new RegExp(
  String.raw`(?:^|[^a-z])(?:de nghi|de xuat|kien nghi (?:(?:voi |len )?(?:cap|co quan) co tham quyen |${ADDRESSEE}|(?:[a-z]+ ){1,4}?)?(?:bai bo|huy bo|sua doi|thay the|bo sung|cat giam|don gian hoa|ban hanh)|trinh (?:ubnd|hdnd|chu tich|cap co tham quyen|bo|thu tuong|cong bo))(?:[^a-z]|$)`,
);
const DRAFT = /(?:^|[^a-z])(?:du thao|tham muu (?:ban hanh|xay dung)|dang xay dung)(?:[^a-z]|$)/;

/**
 * "Phương hướng năm 2025: …", "Mục tiêu năm 2025: …", "Mục tiêu đến năm 2025 có …": a sentence that opens on a plan label
 * (or on a target's year) plans all its figures
 * ("Chỉ tiêu biên chế năm 2024: 56" is the quota assigned, not a target).
 */
const PLAN_LABEL = /^\W*(?:(?:phuong huong|muc tieu|chi tieu(?! bien che))\b[^:;.]{0,60}:|muc tieu (?:den|nam|giai doan|toi) )/;

/**
 * "Theo Kế hoạch, năm 2025 kiểm tra CCHC tại 20 cơ quan": a sentence opening on what the plan says, not on a plan cited by its
 * number ("Theo Kế hoạch số 15/KH-UBND, Sở kiểm tra …" is the work done under it).
 */
// ("+ Theo kế hoạch: kiểm tra 08 đơn vị": a label's colon as well.)
// ("Kế hoạch năm 2025 cử 30 lượt người đi bồi dưỡng": a sentence opening on the plan of a period, its figures what it plans.)
const PLAN_OPENING = /^\W*(?:theo (?:ke hoach|chi tieu|muc tieu)(?! so)(?![a-z])[^,;:.]{0,60}[,:]|ke hoach (?:nam|quy|thang|6 thang|ky toi)(?![a-z]))/;

/** A clause opening on the label of a result: "kết quả:", "kết quả thực hiện:", "thực hiện:". */
const RESULT_LABEL = /^\W*(?:ket qua(?: thuc hien| dat duoc)?|thuc hien|da dat)\s*:/;

/**
 * A lead-in that titles a plan ("Nhiệm vụ trọng tâm năm 2025:", "Phương hướng, nhiệm vụ quý IV:", "Kế hoạch kiểm tra năm 2025:"):
 * its items are planned as a plan section's are.
 */
const PLAN_LEAD = /^\W*(?:phuong huong|nhiem vu(?: trong tam| chu yeu)?(?: (?:va giai phap|cai cach hanh chinh|cchc))? (?:nam|quy|ky|thoi gian|6 thang)|ke hoach(?! so)|muc tieu)\b[^:;.]{0,80}:\s*$/;

export function plansItems(foldedLead: string): boolean {
  return PLAN_LEAD.test(foldedLead);
}

/**
 * "đặt mục tiêu tiếp nhận 5.000 hồ sơ", "đề ra mục tiêu …": a target set, read on the unfolded
 * clause — folded, "đặt" (set) is "đạt" (reached).
 */
const TARGET_SET = /(?<![\p{L}])(?:đặt(?: ra)?|đề ra) (?:mục tiêu|chỉ tiêu)(?![\p{L}])/iu;

/**
 * ", UBND huyện …", ", các xã …": a comma opening a part with its own acting body; "và ban hành
 * theo thẩm quyền …", "và đã thông qua …", "và kiểm tra CCHC tại …": "và" opening a part with its own act.
 */
const BODY_AFTER_COMMA = /,\s*(?=(?:ubnd|hdnd|uy ban|hoi dong|so|phong|van phong|cac (?:xa|huyen|so|phong|co quan))\b)|\s+va\s+(?=(?:da\s+|dong thoi\s+)?(?:ban hanh|thong qua|cong bo|phe duyet|kiem tra|to chuc|trien khai|cu)\b)/g;

/**
 * The part of a clause that is the figure's own: "UBND huyện trình HĐND huyện thông qua 02 Nghị quyết, UBND huyện ban hành
 * 05 Quyết định", "trình HĐND tỉnh ban hành 15 nghị quyết và ban hành theo thẩm quyền 46 quyết định" — past a figure, a
 * comma opening another acting body or "và" opening another act starts another part, whose figure the proposal
 * before does not govern (with no figure before it, "kiến nghị UBND tỉnh, Sở Tư pháp bãi bỏ" stays one part).
 */
function ownPart(clause: string): string {
  let from = 0;
  BODY_AFTER_COMMA.lastIndex = 0;
  for (let m = BODY_AFTER_COMMA.exec(clause); m; m = BODY_AFTER_COMMA.exec(clause)) {
    if (/\d/.test(clause.slice(from, m.index))) from = m.index + m[0].length;
  }
  return clause.slice(from);
}

/**
 * The last ';' or '.' at or before `from` that ends a clause — not a thousands or decimal point between digits
 * ("tiếp nhận 1.500 hồ sơ, giải quyết 1.420": the plan word before 1.500 governs 1.420 too); -1 when none.
 */
function lastClauseStop(before: string, from = before.length - 1): number {
  const semi = before.lastIndexOf(';', from);
  for (let i = before.lastIndexOf('.', from); i > semi; i = before.lastIndexOf('.', i - 1)) {
    if (!(isDigit(before.charCodeAt(i - 1)) && isDigit(before.charCodeAt(i + 1)))) return i;
  }
  return semi;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** "(chỉ tiêu Chính phủ giao: 80%)", "(kế hoạch 500 lượt)": a bracket, still open at the figure, holding the target beside a result. */
const TARGET_BRACKET = /\(\s*(?:chi tieu(?! bien che)|ke hoach|muc tieu)\b[^()]*$/;
/**
 * "vượt 8,2% so với chỉ tiêu Chính phủ giao (30%)", "thấp hơn mục tiêu đề ra (95%)": a bracket opening right after the target
 * it gives, named in a few words (no document number: "Kế hoạch số 25/KH-UBND (…" is the plan cited).
 */
const BRACKET_AFTER_TARGET = /(?<![a-z])(?:chi tieu(?! bien che)|ke hoach|muc tieu)(?: (?!so(?![a-z]))[a-z]+){0,5}\s*\(\s*$/;

/** Words of work done or under way, which a plan does not carry into: "đã", "được", "đang". */
const DONE = /(?:^|[^a-z])(?:da|duoc|dang)(?:[^a-z]|$)/;
/** A clause opening on its own acting body or time, not continuing the one before: "UBND huyện …", "trong quý III …". */
const OWN_OPENING = /^\W*(?:ubnd|hdnd|uy ban|so|phong|van phong|trung tam|cac|toan|trong|nam|quy|thang|den|tinh den|hien)(?![a-z])/;

/**
 * "Sở dự kiến kiểm tra 08 đơn vị trực thuộc; tổ chức 02 lớp bồi dưỡng cho khoảng 150 công chức": a
 * clause after ";" that goes on with the same subject (no body or time of its own, nothing done)
 * stays under the plan word of the clause before.
 */
function continuesPlan(before: string, clauseStart: number, clause: string): boolean {
  if (clauseStart < 0 || before[clauseStart] !== ';' || DONE.test(clause) || OWN_OPENING.test(clause)) return false;
  const previous = before.slice(lastClauseStop(before, clauseStart - 1) + 1, clauseStart);
  return PLANNED.test(previous) && !DONE.test(previous.slice(previous.search(PLANNED)));
}

export function statusOf(metric: string, sentence: string, figureAt: number, inPlan: boolean): 'planned' | 'proposed' | 'draft' | undefined {
  const before = foldSlice(sentence, 0, figureAt);
  const clauseStart = lastClauseStop(before);
  const clause = ownPart(before.slice(clauseStart + 1));
  if (inPlan) return !metric.startsWith('dossier.') && PROPOSED.test(clause) ? 'proposed' : 'planned';
  // ("Phương hướng năm 2025: …; đề xuất bãi bỏ 12 TTHC": a proposal under a plan label is proposed, a drafting drafted.)
  // ("Chỉ tiêu: 100% …; kết quả: 36/36 cơ quan đã áp dụng": the result set against the target is done.)
  if (PLAN_LABEL.test(before) && !RESULT_LABEL.test(clause)) return !metric.startsWith('dossier.') && PROPOSED.test(clause) ? 'proposed' : metric === 'legal_doc.issued' && DRAFT.test(clause) ? 'draft' : 'planned';
  // (Only in the sentence's first clause, with nothing said done: "…; đến nay đã kiểm tra 18/20 cơ quan" is the result.)
  if (clauseStart < 0 && PLAN_OPENING.test(before) && !DONE.test(before)) return PROPOSED.test(clause) && !metric.startsWith('dossier.') ? 'proposed' : 'planned';
  if (TARGET_SET.test(sentence.slice(clauseStart + 1, figureAt))) return 'planned';
  if (TARGET_BRACKET.test(before) || (/\(\s*$/.test(before) && BRACKET_AFTER_TARGET.test(before.slice(-90)))) return 'planned';
  if (metric === 'legal_doc.issued' && DRAFT.test(clause)) return 'draft';
  // Dossiers "đề nghị giải quyết" are requests, not proposals: a dossier figure is only ever planned.
  if (metric.startsWith('dossier.')) return PLANNED.test(clause) ? 'planned' : undefined;
  if (PROPOSED.test(clause)) return 'proposed';
  if (PLANNED.test(clause)) return 'planned';
  if (continuesPlan(before, clauseStart, clause)) return 'planned';
  // The figure's own clause after it (a clause end by search, not a split by a pattern, which
  // would try the pattern at every position).
  const after = foldSlice(sentence, figureAt).slice(0, 80);
  if (QUARTER_AHEAD.test(after.slice(0, clauseEnd(after, 0, ';.')))) return 'planned';
  return undefined;
}
