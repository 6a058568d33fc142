import { statedZero } from '../../text/numbers.ts';
import { PREVIOUS_PERIOD_CLAUSE, foldedBefore, inOtherPeriodBracket, inParens, lastCue, lastSentence, tierOf, withoutSpelledOut } from '../figure-context.ts';
import { fold } from '../../text/normalize.ts';
import { labelOnly } from '../lead-in.ts';
import { defineRule } from '../rule.ts';

/** What a feedback figure counts, right after it. Group 1: the noun. */
const NOUN_AFTER =
  /^\s*(?:luot\s+|truong hop\s+|vu viec\s+|cuoc goi\s+)?(y kien phan anh|phan anh|kien nghi|pakn|y kien|cau hoi|don thu|don|truong hop|vu viec|luot|cuoc goi|van ban(?= (?:cua (?:cong dan|nguoi dan|to chuc|ca nhan|doanh nghiep)[a-z ,]{0,20}? )?(?:phan anh|kien nghi)\b))\b/;
/** Feedback about procedures and regulations (the contract's feedback.*). */
const FEEDBACK = /\b(?:phan anh|kien nghi(?! (?:thu hoi|xu ly|cap|bo sung|chan chinh|kiem diem|sua doi|bai bo|dieu chinh|cac co quan))|pakn)\b/;
const ABOUT_PROCEDURES = /\b(?:thu tuc hanh chinh|tthc|quy dinh hanh chinh)\b/;
/** General complaints, denunciations and citizen reception are not feedback.* */
// ("kiến nghị của cử tri": voters' petitions to the council, not feedback on procedures.)
// ("các đơn vị đã khắc phục 10/12 kiến nghị": an inspection's recommendations remedied, no feedback received.)
const COMPLAINTS = /\b(?:to cao|tiep cong dan|tiep dan|luot cong dan|khieu nai, to cao|khieu nai to cao|y kien gop y|gop y (?:vao |cho )?(?:cac )?du thao|du thao|cu tri|khac phuc)\b/;
/** Citizen reception in the sentence: letters ("đơn") received there are petitions in general, not feedback on procedures. */
const CITIZEN_RECEPTION = /\b(?:tiep cong dan|tiep dan|luot cong dan|ban tiep cong dan)\b/;
/**
 * Feedback on a matter other than procedures, named right after it: "kiến nghị, phản ánh liên quan đến bồi thường, giải
 * phóng mặt bằng", "phản ánh về ô nhiễm môi trường" — petitions in general, not feedback.*.
 */
const OFF_TOPIC =
  /\b(?:phan anh|kien nghi|pakn)\b[^;.\d]{0,40}?\b(?:lien quan (?:den|toi)|ve(?: viec)?)\s+(?:(?:cong tac|van de|linh vuc)\s+)?(?:boi thuong|giai phong mat bang|gpmb|tranh chap|dat dai|moi truong|o nhiem|che do(?:,)? chinh sach|an ninh|trat tu|xay dung trai phep|quy hoach|ha tang|giao thong|ton giao)\b/;
/** A feedback verb right before a bare figure ("đã xử lý 35,", "đã giải quyết: 09"). */
// (A bare "nhận" only opening its clause: "…: nhận 07, đã trả lời 06".)
const VERB_BEFORE_BARE = /(?:\b(?:tiep nhan|nhan duoc|(?:da )?(?:xu ly|giai quyet|tra loi)(?: xong| duoc| dut diem)?(?:,? (?:va )?cong khai)?)|(?:^|[:;,])\s*(?:da\s+)?nhan)\s*(?::|\bla)?\s*(?:(?:hon|tren|gan|khoang)\s*)?$/;
/** Handling counted by a counter that names no kind: "đã xử lý 06 trường hợp", "trả lời 4 lượt". */
// (Or a label's fraction: "Đã xử lý: 05/05, đạt 100%".)
const CONTINUED_HANDLING = /\b(?:xu ly|giai quyet|tra loi)\b[^;.]{0,20}?\d[\d/.]*\s*(?:truong hop|luot|vu viec)\b|\b(?:xu ly|giai quyet|tra loi)(?: xong)?\s*:\s*\d+\s*\/\s*\d+/;

/** The sentence before this one in its block is about feedback (and not about dossiers). */
function onFeedbackBefore(blockText: string, sentence: string): boolean {
  const prior = lastSentence(foldedBefore(blockText, sentence, fold));
  return FEEDBACK.test(prior) && !/\bho so\b/.test(prior) && !COMPLAINTS.test(prior);
}

/** A counter that names no kind ("lượt", "trường hợp") after a figure whose label names the feedback. */
const GENERIC_COUNTER = /^\s*(?:luot|truong hop|y kien|vu viec|don)\s*(?:[;,.()]|$)/;
/** What an opinion is when it is not feedback: praise, approval, a rating. */
const NOT_FEEDBACK_OPINION = /^\s*(?:khen|bieu duong|hai long|dong tinh|dong y|danh gia|tot)\b/;
/** "05 phản ánh, kiến nghị đang xem xét, xử lý": still pending, after the noun. */
// ("02 phản ánh còn trong thời hạn xử lý", "01 kiến nghị còn hạn giải quyết": still within the time to handle it, pending too.)
const PENDING_AFTER =
  /^\s*(?:,\s*(?:kien nghi|phan anh)\s+)?(?:[a-z]+\s+){0,2}?(?:(?:dang|chua)\s+(?:duoc\s+)?(?:[a-z]+\s+){0,4}?(?:xu ly|giai quyet|xac minh|xem xet|tra loi)|con\s+(?:trong\s+)?(?:thoi\s+)?han\b)/;

/** The bodies feedback is passed on to for handling ("chuyển các cơ quan, đơn vị liên quan xử lý"): no handling by the agency itself. */
const HANDLER = String.raw`(?:(?:cho |den |toi )?(?:cac )?(?:co quan|don vi|so|nganh|dia phuong|phong)(?:,? (?:ban|nganh|don vi|dia phuong|lien quan|chuc nang|co tham quyen|chuyen mon))* )`;
const CUES: readonly (readonly [string, string])[] = [
  // ("đang xem xét, xử lý": the verbs a pending phrase chains are pending too.)
  // ("… chuyển đến Sở 02 PAKN": forwarded to the agency is taken in, below; "chuyển" alone passes it on. "PAKN tồn đọng
  // từ năm trước: 01": carried over, neither received in the period nor resolved.)
  // ("qua xác minh, 02 phản ánh không đúng sự thật": what a check found, no count of intake.)
  ['finding', String.raw`qua (?:xac minh|kiem tra|ra soat)|ket qua (?:xac minh|kiem tra)`],
  // ("đã chuyển xử lý và phản hồi 12 trường hợp": passed on and answered — the answer resolves it.)
  ['resolved', String.raw`chuyen (?:${HANDLER})?(?:xu ly|giai quyet)(?:,| va) (?:phan hoi|tra loi)`],
  ['pending', String.raw`dang (?:xu ly|giai quyet|xem xet|xac minh)(?:,? (?:va )?(?:xu ly|giai quyet|xem xet|xac minh|tra loi))*|chua (?:xu ly|giai quyet|tra loi)|con lai|con(?<!(?:chi|xuong|giam) con)|ton dong|ton (?:ky|nam|quy|thang) truoc|ton tu|chuyen(?: (?:${HANDLER})?(?:xu ly|giai quyet))?(?! den\b| toi\b)`],
  // ("tiếp nhận, chuyển xử lý 45 PAKN": taken in and passed on for handling.)
  // ("Số PAKN phải xử lý: 08": the feedback to handle in the period, taken in.)
  // ("đã nhận và xử lý dứt điểm 06 phản ánh": one figure, two verbs — the intake, as "tiếp nhận và giải quyết N hồ sơ" is.)
  ['received', String.raw`(?:tiep )?nhan(?:,| va) (?:chuyen )?(?:xu ly|giai quyet|tra loi)|phai (?:xu ly|giai quyet)`],
  // ("đã có kết quả (xử lý) 40 PAKN": an outcome is a resolution.)
  // ("… của công chức khi giải quyết TTHC và 03 kiến nghị …": a verb with procedures or dossiers for its object names when
  // the feedback arose, not what became of it.)
  ['resolved', String.raw`(?:da )?co ket qua(?: xu ly| giai quyet| tra loi)?|(?:da (?:xu ly|giai quyet|tra loi|giai dap|phan hoi)|xu ly(?: xong)?|giai quyet(?: xong)?)(?! (?:tthc|thu tuc|ho so)(?![a-z]))|tra loi|giai dap|hoan thanh`],
  // ("trên Hệ thống tiếp nhận, trả lời PAKN, người dân đã gửi 148 phản ánh": what people sent in is taken in — the system's
  // name before holds no verb of this figure.)
  ['received', String.raw`tiep nhan|nhan duoc|nhan|co|phat sinh|tong so|tong|chuyen den|chuyen toi|gui(?: den| toi| ve)?`],
];


/** A verb of resolution right after a feedback figure's noun: "… đã được giải quyết", "…, kiến nghị đã xử lý", "… đều được trả lời". */
// ("79 phản ánh thuộc thẩm quyền đã được xử lý": the feedback's scope named between.)
// ("05/05 lượt đã được Sở trả lời": the body that answered may stand after "được".)
const RESOLVED_AFTER = /^\s*(?:,\s*(?:kien nghi|phan anh)\s+)?(?:thuoc (?:tham quyen|tham quyen giai quyet|pham vi)(?: cua [a-z]+(?: [a-z]+)?)?,?\s+)?(?:(?:deu|da|duoc)\s+){0,3}(?:(?:so|huyen|xa|phuong|ubnd|trung tam|van phong|co quan|don vi)\s+)?(?:(?:xem xet|kiem tra|xac minh),?\s+(?:va\s+)?|co ket qua\s+)?(?:xu ly|giai quyet|tra loi)/;

/**
 * Between a feedback figure and a part after it: "trong đó" (once) and the part's level as its label (the rest of the
 * figure's noun, "lượt", ", kiến nghị về TTHC", may come first).
 */
// ("14 phản ánh, kiến nghị qua Tổng đài 1022, trong đó cấp huyện 09, cấp xã 04": the way they came in, a hotline's number in it.)
const TIER_SERIES = /^\s*(?:(?:luot|truong hop|vu viec)\s*)?(?:,\s*(?:kien nghi|phan anh)(?![a-z])\s*)?(?:(?:ve|lien quan(?: den)?)\s+[^,;.:()\d]{1,40}?\s*|(?:qua|tren)\s+[^,;.:()]{1,40}?\s*)?(?:,|\bva\b)?\s*(?:(?:trong do|gom|bao gom|cu the)\s*:?\s*)?cap (?:tinh|huyen|xa|phuong|thi xa|thanh pho|quan(?! ly))\s*:?\s*$/;
/** An item's label naming another matter than feedback: discipline, commendation, training, complaints. */
const OTHER_MATTER_LABEL = /^\W*(?:ve\s+)?(?:(?:xu ly\s+)?ky luat|khen thuong|dao tao|boi duong|khieu nai|to cao|tiep cong dan)\b[^:;.\d]{0,40}:\s*$/;
/** A breakdown opened in the clause before a part. */
/** A sentence that is only a stated zero: "Không có.", "Trong kỳ không phát sinh.", "Chưa có". */
const BARE_ZERO = /^\W*(?:trong (?:ky|quy|nam|thang)(?: nay| bao cao)?,?\s*)?(?:khong|chua)(?: co| phat sinh)?\W*$/;
const BREAKDOWN_OPENED = /\b(?:trong do|gom|bao gom|cu the)\b/;
/** Right after a feedback count's noun: it is overdue ("đã quá thời hạn xử lý", "bị trễ hạn"). */
const OVERDUE_AFTER = /^\s*(?:,\s*(?:kien nghi|phan anh)\s+)?(?:nao\s+)?(?:da\s+|bi\s+|con\s+)?(?:qua|tre|cham)\s+(?:thoi\s+)?han(?![a-z])/;
/** Right after a feedback count's noun: it lies outside the body's remit ("không thuộc phạm vi xử lý", "không thuộc thẩm quyền"). */
const NOT_OWN_REMIT = /^\s*(?:,\s*(?:kien nghi|phan anh)\s+)?khong thuoc (?:tham quyen|pham vi|tham quyen giai quyet)(?![a-z])/;

/** A sentence opening on a label that names feedback: "Phản ánh, kiến nghị: …", "Về PAKN: …", "Tiếp nhận, xử lý PAKN về TTHC: …". */
const FEEDBACK_LABEL_OPENING = /^\W*(?:(?:ve|cong tac|ket qua)\s+)?(?:(?:tiep nhan|xu ly)(?:,|\s+va)?\s+)*(?:phan anh(?:,?\s+(?:va\s+)?kien nghi)?|kien nghi,?\s+phan anh|pakn)\b[^:;.\d]{0,60}:/;
/** Right after a feedback figure's noun: it came over from an earlier period ("từ quý III chuyển sang", "tồn từ năm trước"). */
const CARRIED_FROM_BEFORE = /^\s*(?:,\s*kien nghi\s+)?(?:(?:con )?ton\s+)?(?:tu\s+)?(?:ky|quy|thang|nam)\s+(?:truoc|[ivx]+|\d{1,4})(?:\s*(?:nam\s*)?\d{4})?\s+chuyen\s+(?:sang|qua)\b|^\s*(?:,\s*kien nghi\s+)?ton\s+(?:tu\s+)?(?:ky|quy|thang|nam)\s+truoc\b/;

export default defineRule({
  id: 'feedback-count',
  description:
    'Feedback and petitions on procedures and regulations: received ("tiếp nhận 12 phản ánh, kiến nghị", "không nhận được ' +
    'đơn thư khiếu nại về TTHC" → 0) and resolved ("đã xử lý 10 phản ánh"); complaints and denunciations in general and ' +
    'citizen reception are not counted.',
  examples: {
    valid: [
      {
        // Cases of discipline stated as none in a clause of their own: only the feedback's zero is feedback.
        text: 'Trong quý, không phát sinh trường hợp công chức bị kỷ luật; không có phản ánh, kiến nghị về TTHC.',
        records: [{ metric: 'feedback.received', value: 0 }],
      },
      {
        // The "có" of a breakdown after "trong đó" is no verb of the part: its own verb after the noun gives the metric.
        text: 'Sở nhận 09 phản ánh, kiến nghị về TTHC, trong đó có 07 kiến nghị đã được trả lời.',
        records: [
          { metric: 'feedback.received', value: 9 },
          { metric: 'feedback.resolved', value: 7 },
        ],
      },
      {
        // Bare figures after their verbs, in a sentence opening on a label that names feedback.
        text: 'Phản ánh, kiến nghị về quy định hành chính: nhận 07, đã trả lời 06, đang xem xét 01.',
        records: [
          { metric: 'feedback.received', value: 7 },
          { metric: 'feedback.resolved', value: 6 },
        ],
      },
      {
        // A part on procedures of a whole of every petition, then the letters resolved.
        text: 'Năm 2018, huyện nhận 35 đơn khiếu nại, tố cáo, kiến nghị, trong đó 4 đơn phản ánh về TTHC lĩnh vực hộ tịch; đã giải quyết 4/4 đơn.',
        records: [
          { metric: 'feedback.received', value: 4 },
          { metric: 'feedback.resolved', value: 4 },
        ],
      },
      {
        // Questions counted with the feedback the sentence names.
        text: 'Năm 2022, Trung tâm nhận 26 câu hỏi, phản ánh của người dân về TTHC qua Cổng thông tin; đã trả lời 24 câu hỏi.',
        records: [
          { metric: 'feedback.received', value: 26 },
          { metric: 'feedback.resolved', value: 24 },
        ],
      },
      {
        // Passed on to the bodies concerned for handling is no handling; an answer received is.
        text: 'Năm 2023, Sở nhận 24 phản ánh, kiến nghị về TTHC, đã chuyển cho các đơn vị chuyên môn giải quyết 24/24 trường hợp; đến nay đã trả lời 21 trường hợp.',
        records: [
          { metric: 'feedback.received', value: 24 },
          { metric: 'feedback.resolved', value: 21 },
        ],
      },
      {
        // The ones carried over from an earlier period, named in a bracket, are a part of the handled by origin: no record.
        text: 'Trong quý, Ban nhận 09 phản ánh, kiến nghị về TTHC, đã trả lời 10 phản ánh (trong đó 01 phản ánh từ tháng 9 chuyển sang).',
        records: [
          { metric: 'feedback.received', value: 9 },
          { metric: 'feedback.resolved', value: 10 },
        ],
      },
      {
        // The system's name holds "trả lời"; what the people sent in is taken in.
        text: 'Qua Hệ thống tiếp nhận, trả lời phản ánh, kiến nghị, tổ chức và cá nhân đã gửi 52 phản ánh về quy định hành chính; Sở đã trả lời 50 phản ánh.',
        records: [
          { metric: 'feedback.received', value: 52 },
          { metric: 'feedback.resolved', value: 50 },
        ],
      },
      {
        // Parts by level after the way the feedback came in (a hotline and its number).
        text: 'Trong quý, huyện tiếp nhận 11 phản ánh, kiến nghị qua Tổng đài 1022, trong đó cấp huyện 07, cấp xã 04.',
        records: [
          { metric: 'feedback.received', value: 11 },
          { metric: 'feedback.received', value: 7, dimensions: { tier: 'district' } },
          { metric: 'feedback.received', value: 4, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // Still within the time to handle it, after the noun: pending, neither resolved nor received.
        text: 'Năm 2024, Sở nhận 21 phản ánh, kiến nghị; đã trả lời 19 phản ánh, kiến nghị, 02 phản ánh còn trong thời hạn xử lý.',
        records: [
          { metric: 'feedback.received', value: 21 },
          { metric: 'feedback.resolved', value: 19 },
        ],
      },
      {
        // Voters' petitions counted first, then feedback on procedures after "và": only the second is feedback.
        text: 'Năm 2025, Sở đã giải quyết 17 kiến nghị của cử tri và trả lời 04 phản ánh của tổ chức về thủ tục hành chính.',
        records: [{ metric: 'feedback.resolved', value: 4 }],
      },
      {
        // The period before's count in a clause of its own ("còn năm trước chỉ có 01 phản ánh") is none.
        text: 'Trong năm nhận 03 phản ánh, kiến nghị về quy định hành chính, còn năm trước chỉ có 01 phản ánh.',
        records: [{ metric: 'feedback.received', value: 3 }],
      },
      {
        // A part's own verb after its noun, past 'trong đó', over the whole's intake cue.
        text: 'Quý III, Bộ phận Một cửa tiếp nhận 14 phản ánh, kiến nghị, trong đó 12 phản ánh đã được trả lời, 02 phản ánh đang xem xét.',
        records: [
          { metric: 'feedback.received', value: 14 },
          { metric: 'feedback.resolved', value: 12 },
        ],
      },
      {
        text: 'Qua đường dây nóng, Trung tâm đã nhận và xử lý dứt điểm 09 phản ánh về thủ tục hộ tịch.',
        records: [{ metric: 'feedback.received', value: 9 }],
      },
      {
        text: 'Năm 2025, toàn huyện nhận 11 phản ánh, kiến nghị của người dân, trong đó cấp huyện 04 phản ánh, cấp xã 07 phản ánh.',
        records: [
          { metric: 'feedback.received', value: 11 },
          { metric: 'feedback.received', value: 4, dimensions: { tier: 'district' } },
          { metric: 'feedback.received', value: 7, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Trong quý, Sở không nhận được đơn thư khiếu nại về thủ tục hành chính.',
        records: [{ metric: 'feedback.received', value: 0 }],
      },
      {
        text: 'Tổng số ý kiến phản ánh đã tiếp nhận là 35 ý kiến, đã giải quyết được 30 ý kiến.',
        records: [
          { metric: 'feedback.received', value: 35 },
          { metric: 'feedback.resolved', value: 30 },
        ],
      },
      {
        // A sentence going on with the feedback of the one before, its figure counted in "trường hợp".
        text: 'Trong quý, Sở nhận 09 phản ánh, kiến nghị về quy định hành chính. Đến ngày báo cáo, Sở đã xử lý 08/09 trường hợp.',
        records: [
          { metric: 'feedback.received', value: 9 },
          { metric: 'feedback.resolved', value: 8 },
        ],
      },
      {
        // Passed on and answered is resolved; "đã phản hồi" answers as "đã trả lời" does.
        text: 'Tổng đài của huyện nhận 64 phản ánh, kiến nghị về TTHC, đã chuyển xử lý và phản hồi 60 trường hợp. Sở Xây dựng đã phản hồi 11 phản ánh về cấp phép.',
        records: [
          { metric: 'feedback.received', value: 64 },
          { metric: 'feedback.resolved', value: 60 },
          { metric: 'feedback.resolved', value: 11 },
        ],
      },
      {
        // Calls of every kind are no feedback, the feedback among them is; passed on for handling is not resolved; "ý kiến,
        // kiến nghị" about procedures is feedback.
        text: 'Đường dây nóng tiếp nhận 530 cuộc gọi, trong đó có 41 phản ánh về TTHC, đã chuyển xử lý 41/41 phản ánh. Huyện tiếp nhận 09 ý kiến, kiến nghị của người dân về TTHC.',
        records: [
          { metric: 'feedback.received', value: 41 },
          { metric: 'feedback.received', value: 9 },
        ],
      },
      {
        // Bare parts by tier in the bracket after the whole.
        text: 'Toàn huyện tiếp nhận 23 PAKN (cấp huyện 15, cấp xã 08), đã xử lý xong 23 PAKN.',
        records: [
          { metric: 'feedback.received', value: 23 },
          { metric: 'feedback.received', value: 15, dimensions: { tier: 'district' } },
          { metric: 'feedback.received', value: 8, dimensions: { tier: 'commune' } },
          { metric: 'feedback.resolved', value: 23 },
        ],
      },
      {
        // A verb of its own inside the bracket after a figure is the bracketed figure's.
        text: 'Năm 2024, huyện tiếp nhận 06 PAKN về TTHC (đã giải quyết 05, đang xác minh 01).',
        records: [
          { metric: 'feedback.received', value: 6 },
          { metric: 'feedback.resolved', value: 5 },
        ],
      },
      {
        // A counter naming no kind, answered by the body named after "được", takes up the feedback the sentence counted.
        text: 'Trong năm, có 09 lượt phản ánh về TTHC gửi đến Cổng dịch vụ công; 08 lượt đã được huyện trả lời.',
        records: [
          { metric: 'feedback.received', value: 9 },
          { metric: 'feedback.resolved', value: 8 },
        ],
      },
      {
        // A verb with procedures for its object says when the feedback arose: no resolution of the figure after it.
        text: 'Trong năm, xã nhận 02 phản ánh về việc chậm trễ khi giải quyết thủ tục chứng thực và 01 kiến nghị về lệ phí.',
        records: [
          { metric: 'feedback.received', value: 2 },
          { metric: 'feedback.received', value: 1 },
        ],
      },
      {
        // A city's own level, "cấp thành phố", is the district tier.
        text: 'Năm 2025, thành phố tiếp nhận 19 PAKN về quy định hành chính (cấp thành phố 07, cấp phường 12).',
        records: [
          { metric: 'feedback.received', value: 19 },
          { metric: 'feedback.received', value: 7, dimensions: { tier: 'district' } },
          { metric: 'feedback.received', value: 12, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Sở tiếp nhận 03 kiến nghị của doanh nghiệp về TTHC; cả 03 kiến nghị đã được trả lời đúng hạn.',
        records: [
          { metric: 'feedback.received', value: 3 },
          { metric: 'feedback.resolved', value: 3 },
        ],
      },
      {
        text: 'Năm 2023, tỉnh tiếp nhận 214 trường hợp phản ánh, kiến nghị của người dân qua hòm thư góp ý; đã xử lý 198 phản ánh, kiến nghị, còn 16 phản ánh đang xác minh.',
        records: [
          { metric: 'feedback.received', value: 214 },
          { metric: 'feedback.resolved', value: 198 },
        ],
      },
      {
        text: 'Số phản ánh, kiến nghị tiếp nhận: 04; đã xử lý: 04.',
        records: [
          { metric: 'feedback.received', value: 4 },
          { metric: 'feedback.resolved', value: 4 },
        ],
      },
      {
        text: 'Trong kỳ, không có phản ánh, kiến nghị nào về quy định hành chính.',
        records: [{ metric: 'feedback.received', value: 0 }],
      },
      {
        text: 'Văn phòng nhận 07 đơn thư phản ánh về thủ tục cấp phép, đã giải quyết dứt điểm 07/07 đơn.',
        records: [
          { metric: 'feedback.received', value: 7 },
          { metric: 'feedback.resolved', value: 7 },
        ],
      },
      {
        text: 'Sở nhận 2 phản ánh về thủ tục và 14 đơn khiếu nại về đất đai.',
        records: [{ metric: 'feedback.received', value: 2 }],
      },
      {
        text: 'Hệ thống tiếp nhận 21 phản ánh, kiến nghị về quy định hành chính; đã xử lý 19 phản ánh, kiến nghị, 02 phản ánh, kiến nghị chưa xử lý xong.',
        records: [
          { metric: 'feedback.received', value: 21 },
          { metric: 'feedback.resolved', value: 19 },
        ],
      },
      {
        text: 'Tổng số phản ánh, kiến nghị về quy định hành chính nhận được trong năm: không có.',
        records: [{ metric: 'feedback.received', value: 0 }],
      },
      {
        text: 'Số PAKN tiếp nhận trên Hệ thống: 11; đã xử lý: 10 (90,9%).',
        records: [
          { metric: 'feedback.received', value: 11 },
          { metric: 'feedback.resolved', value: 10 },
        ],
      },
      {
        text: 'Sở nhận 06 phản ánh, kiến nghị; trong đó 04 phản ánh đã được trả lời, 02 phản ánh đã chuyển cơ quan có thẩm quyền.',
        records: [
          { metric: 'feedback.received', value: 6 },
          { metric: 'feedback.resolved', value: 4 },
        ],
      },
      {
        text: 'Sở tiếp nhận 05 lượt phản ánh của doanh nghiệp về thủ tục đăng ký kinh doanh; đã xử lý 05 lượt.',
        records: [
          { metric: 'feedback.received', value: 5 },
          { metric: 'feedback.resolved', value: 5 },
        ],
      },
      {
        text: 'Tổng số ý kiến, kiến nghị của doanh nghiệp về TTHC trong quý là 03, đã được trả lời đúng hạn.',
        records: [{ metric: 'feedback.received', value: 3 }],
      },
      {
        text: 'Số phản ánh, kiến nghị nhận được trong quý: 06 lượt; đã trả lời: 06 lượt.',
        records: [
          { metric: 'feedback.received', value: 6 },
          { metric: 'feedback.resolved', value: 6 },
        ],
      },
      {
        text: 'Trong năm, Sở nhận 12 phản ánh về TTHC qua Cổng dịch vụ công; đã giải quyết 10, còn 02 đang xác minh.',
        records: [
          { metric: 'feedback.received', value: 12 },
          { metric: 'feedback.resolved', value: 10 },
        ],
      },
      {
        text: 'Hệ thống đã tiếp nhận 52 lượt phản ánh về TTHC; đã trả lời, công khai 49 lượt.',
        records: [
          { metric: 'feedback.received', value: 52 },
          { metric: 'feedback.resolved', value: 49 },
        ],
      },
      {
        text: 'Tại hội nghị đối thoại về TTHC, Sở tiếp nhận 07 kiến nghị của doanh nghiệp, đã giải đáp 07 kiến nghị.',
        records: [
          { metric: 'feedback.received', value: 7 },
          { metric: 'feedback.resolved', value: 7 },
        ],
      },
      {
        text: 'Trong năm đã tiếp nhận, xử lý 11 phản ánh, kiến nghị về TTHC (quý I: 04, quý II: 07).',
        records: [
          { metric: 'feedback.received', value: 11 },
          { metric: 'feedback.received', value: 4 },
          { metric: 'feedback.received', value: 7 },
        ],
      },
      {
        text: 'Trong quý, Sở không nhận được phản ánh, kiến nghị về TTHC; tiếp 04 lượt công dân đến hỏi về chế độ chính sách.',
        records: [{ metric: 'feedback.received', value: 0 }],
      },
      {
        // The verb after a doubled noun is the metric's; a sum over all takes no tier from the sentence before.
        text: 'Cấp xã tiếp nhận 04 phản ánh, kiến nghị. Toàn bộ 09 phản ánh, kiến nghị đã được xử lý đúng hạn.',
        records: [
          { metric: 'feedback.received', value: 4, dimensions: { tier: 'commune' } },
          { metric: 'feedback.resolved', value: 9 },
        ],
      },
      {
        text: 'Qua Hệ thống, huyện đã tiếp nhận, chuyển xử lý 18 PAKN; đã có kết quả 16 PAKN, đang xử lý 02 PAKN.',
        records: [
          { metric: 'feedback.received', value: 18 },
          { metric: 'feedback.resolved', value: 16 },
        ],
      },
      {
        // A colon opens the breakdown: its tier labels are the parts', not the whole's; a stated zero takes its tier.
        text: 'Năm 2024, toàn huyện tiếp nhận 09 PAKN về TTHC: cấp huyện 04 PAKN, cấp xã 05 PAKN; cấp tỉnh không phát sinh PAKN.',
        records: [
          { metric: 'feedback.received', value: 9 },
          { metric: 'feedback.received', value: 4, dimensions: { tier: 'district' } },
          { metric: 'feedback.received', value: 5, dimensions: { tier: 'commune' } },
          { metric: 'feedback.received', value: 0, dimensions: { tier: 'province' } },
        ],
      },
      {
        text: '- Tiếp nhận, xử lý PAKN: trong kỳ không phát sinh.',
        records: [{ metric: 'feedback.received', value: 0 }],
      },
      {
        // Forwarded to the agency is taken in.
        text: 'Hệ thống PAKN của tỉnh chuyển đến Sở 05 PAKN; Sở đã trả lời 05 PAKN.',
        records: [
          { metric: 'feedback.received', value: 5 },
          { metric: 'feedback.resolved', value: 5 },
        ],
      },
      {
        text: 'Tổng số lượt phản ánh trên Cổng DVC: 31 lượt; số lượt đã được trả lời: 30 lượt (đạt 96,8%).',
        records: [
          { metric: 'feedback.received', value: 31 },
          { metric: 'feedback.resolved', value: 30 },
        ],
      },
      {
        text: 'PAKN tồn đọng từ năm trước: 02; tiếp nhận mới trong năm: 07; đã xử lý: 08.',
        records: [
          { metric: 'feedback.received', value: 7 },
          { metric: 'feedback.resolved', value: 8 },
        ],
      },
      {
        // A bare figure after feedback counted in its clause is feedback, though the sentence counts dossiers too.
        text: 'Năm 2024, xã tiếp nhận 1.250 hồ sơ, giải quyết đúng hạn 100%; tiếp nhận 03 phản ánh, kiến nghị, đã xử lý 03.',
        records: [
          { metric: 'feedback.received', value: 3 },
          { metric: 'feedback.resolved', value: 3 },
        ],
      },
      {
        // Praise is no feedback; "chỉ còn" is a count, not a remainder; a check may come before the resolution.
        text: 'Hộp thư góp ý nhận 09 ý kiến, trong đó 06 ý kiến khen, 03 ý kiến phản ánh; cả 03 trường hợp đã được xem xét, giải quyết. Năm nay chỉ còn 04 phản ánh về TTHC.',
        records: [
          { metric: 'feedback.received', value: 9 },
          { metric: 'feedback.received', value: 3 },
          { metric: 'feedback.resolved', value: 3 },
          { metric: 'feedback.received', value: 4 },
        ],
      },
      {
        // The feedback to handle is taken in; a part carried over is no part of the intake.
        text: 'Số PAKN phải xử lý: 06 (kỳ trước chuyển sang: 02; tiếp nhận trong kỳ: 04); đã xử lý: 05.',
        records: [
          { metric: 'feedback.received', value: 6 },
          { metric: 'feedback.received', value: 4 },
          { metric: 'feedback.resolved', value: 5 },
        ],
      },
      {
        before: 'Kết quả tiếp nhận, xử lý PAKN trong quý:',
        text: '- Số PAKN đã xử lý: Không.',
        records: [{ metric: 'feedback.resolved', value: 0 }],
      },
      {
        text: 'Văn phòng tiếp nhận 06 PAKN; đến nay 05 PAKN đã có kết quả trả lời.',
        records: [
          { metric: 'feedback.received', value: 6 },
          { metric: 'feedback.resolved', value: 5 },
        ],
      },
      {
        text: 'Tổng đài 1022 tiếp nhận 210 cuộc gọi phản ánh, kiến nghị, trong đó 38 cuộc gọi liên quan đến TTHC.',
        records: [
          { metric: 'feedback.received', value: 210 },
          { metric: 'feedback.received', value: 38 },
        ],
      },
      {
        // A letter voicing feedback counts as one.
        text: 'Năm 2024, xã nhận 03 văn bản của người dân phản ánh về thủ tục chứng thực.',
        records: [{ metric: 'feedback.received', value: 3 }],
      },
      {
        // An item's bare label under a lead-in about feedback: the lead-in names what it counts.
        before: 'Kết quả tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính:',
        text: '- Đã trả lời: 07;',
        records: [{ metric: 'feedback.resolved', value: 7 }],
      },
      {
        text: 'Đường dây nóng của huyện tiếp nhận 21 cuộc gọi phản ánh, kiến nghị về giải quyết TTHC.',
        records: [{ metric: 'feedback.received', value: 21 }],
      },
      {
        // Parts by the way they came in, each labelled: no channel on feedback (the contract gives it none).
        text: 'PAKN tiếp nhận qua Cổng Dịch vụ công: 05; PAKN tiếp nhận trực tiếp: 02; PAKN tiếp nhận qua đường dây nóng: 01.',
        records: [
          { metric: 'feedback.received', value: 5 },
          { metric: 'feedback.received', value: 2 },
          { metric: 'feedback.received', value: 1 },
        ],
      },
      {
        // Parts with their way in after the noun: no channel either.
        text: 'Trong năm, Sở tiếp nhận 15 phản ánh, kiến nghị về quy định hành chính, trong đó 11 phản ánh qua Cổng Dịch vụ công quốc gia, 04 phản ánh gửi trực tiếp.',
        records: [
          { metric: 'feedback.received', value: 15 },
          { metric: 'feedback.received', value: 11 },
          { metric: 'feedback.received', value: 4 },
        ],
      },
      {
        // An item of a lead-in about feedback: bare figures after their verbs, the item's level.
        before: 'Kết quả tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính:',
        text: '- Cấp huyện: tiếp nhận 07, đã xử lý 06;',
        records: [
          { metric: 'feedback.received', value: 7, dimensions: { tier: 'district' } },
          { metric: 'feedback.resolved', value: 6, dimensions: { tier: 'district' } },
        ],
      },
      {
        // Parts by level after "trong đó", each labelled by its level, with no noun of their own.
        text: 'Tổng số PAKN về quy định hành chính tiếp nhận trong năm là 46, trong đó cấp tỉnh 19, cấp huyện 15 và cấp xã 12; đã xử lý 44 PAKN.',
        records: [
          { metric: 'feedback.received', value: 46 },
          { metric: 'feedback.received', value: 19, dimensions: { tier: 'province' } },
          { metric: 'feedback.received', value: 15, dimensions: { tier: 'district' } },
          { metric: 'feedback.received', value: 12, dimensions: { tier: 'commune' } },
          { metric: 'feedback.resolved', value: 44 },
        ],
      },
      {
        // The figure a count fell to ("giảm từ … xuống còn N") is this period's intake, not feedback still pending.
        text: 'Năm 2025, số phản ánh, kiến nghị về TTHC của người dân giảm từ 31 xuống còn 18 phản ánh.',
        records: [{ metric: 'feedback.received', value: 18 }],
      },
      {
        // Parts in the bracket after the whole, each labelled by its way in.
        text: 'Số PAKN tiếp nhận trong năm là 09 (qua Cổng Dịch vụ công quốc gia 06, qua đường dây nóng 03); đã xử lý 09.',
        records: [
          { metric: 'feedback.received', value: 9 },
          { metric: 'feedback.received', value: 6 },
          { metric: 'feedback.received', value: 3 },
          { metric: 'feedback.resolved', value: 9 },
        ],
      },
    ],
    invalid: [
      // An inspection's recommendations, remedied.
      { text: 'Qua kiểm tra, Đoàn đề nghị 8 nội dung; đến nay các phòng đã khắc phục 7/8 kiến nghị.' },
      // An item labelled by another matter under a lead-in about feedback.
      { before: 'Về phản ánh, kiến nghị:', text: '- Kỷ luật: 02 trường hợp (01 khiển trách, 01 cảnh cáo).' },
      // A list of petitions in general going on past "và" with no verb of its own stays petitions.
      { text: 'Năm 2025, huyện nhận 320 đơn khiếu nại, 45 đơn tố cáo và 210 đơn kiến nghị, phản ánh.' },
      // Feedback passed on to the body in charge, why written between, is neither received here again nor resolved.
      { text: 'Có 04 phản ánh, kiến nghị không thuộc thẩm quyền giải quyết đã được chuyển đến cơ quan chức năng.' },
      { heading: 'V. KIẾN NGHỊ, ĐỀ XUẤT', text: 'Không có kiến nghị.' },
      { text: 'Trụ sở tiếp công dân đã tiếp 25 lượt công dân, nhận 9 đơn kiến nghị, phản ánh liên quan đến bồi thường.' },
      { text: 'Thanh tra huyện kiến nghị thu hồi 45 triệu đồng, xử phạt vi phạm hành chính 12 trường hợp.' },
      // Feedback on another matter than procedures, named right after it.
      { text: 'Năm 2025, phường nhận 14 đơn phản ánh về ô nhiễm môi trường của khu dân cư; đã giải quyết 12 đơn.' },
      { text: 'Toàn tỉnh đã tiếp 560 lượt công dân, tiếp nhận 820 đơn khiếu nại, tố cáo.' },
      { text: 'Thanh tra kiến nghị xử lý kỷ luật 12 cá nhân.' },
      // Voters' petitions to the council are no feedback on procedures.
      { text: 'Năm 2025, Sở đã giải quyết 08 kiến nghị của cử tri liên quan đến lĩnh vực y tế.' },
      { text: 'Đang xử lý 6 trường hợp phản ánh còn trong hạn.' },
      { text: 'Còn 3 phản ánh đang được Sở Xây dựng xác minh.' },
      { text: 'Trong kỳ, không có phản ánh, kiến nghị nào quá hạn xử lý.' },
      { text: 'Sở đã tiếp thu 25 ý kiến góp ý vào dự thảo quyết định.' },
      // Cases handled after a sentence on citizen reception are no feedback.
      { text: 'Trong quý, lãnh đạo huyện tiếp công dân định kỳ 03 lượt. Đã giải quyết 05 trường hợp.' },
      { text: 'Sở ban hành 05 văn bản trả lời phản ánh của doanh nghiệp.' },
      { text: 'Qua xác minh, 02 phản ánh không đúng sự thật, 01 phản ánh đúng và đã được chấn chỉnh.' },
      { text: 'Trong kỳ, không có phản ánh, kiến nghị nào phải chuyển cơ quan có thẩm quyền xử lý.' },
      { before: 'Kết quả tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính:', text: '- Đang xem xét, xử lý: 03.' },
    ],
  },
  match(ctx) {
    const f = withoutSpelledOut(ctx.folded);
    // "b) Tiếp nhận, xử lý phản ánh, kiến nghị: Không có.": a bare zero under a heading on feedback says none came in.
    if (ctx.leadIn === null && BARE_ZERO.test(f) && ctx.section?.canonical !== 'proposals') {
      const heading = ctx.headings[0] ?? '';
      const zero = ctx.numbers.find(statedZero);
      if (zero && /\b(?:phan anh|pakn)\b/.test(heading) && !/\b(?:ho so|khieu nai|to cao)\b/.test(heading)) {
        ctx.emit({ metric: 'feedback.received', value: 0, range: [zero.start, zero.end], confidence: 0.8 });
      }
      return;
    }
    const leadOnFeedback = ctx.leadIn !== null && FEEDBACK.test(ctx.leadIn.folded) && !/\bho so\b/.test(ctx.leadIn.folded);
    // "Tổng số PAKN … là 06 trường hợp. Đến nay đã xử lý 06/06 trường hợp": a sentence that goes on with the feedback of the
    // one before it, its figures counted by a counter that names no kind.
    const continues = !FEEDBACK.test(f) && CONTINUED_HANDLING.test(f) && !/\b(?:ho so|don)\b/.test(f) && !COMPLAINTS.test(f) && onFeedbackBefore(ctx.block.text, ctx.text);
    const aboutFeedback = FEEDBACK.test(f) || (ABOUT_PROCEDURES.test(f) && /\b(?:don thu|khieu nai)\b/.test(f)) || leadOnFeedback || continues;
    if (!aboutFeedback) return;
    // ("nhận 27 đơn kiến nghị, phản ánh liên quan đến bồi thường; đã giải quyết 25 đơn": petitions on another matter.)
    if (OFF_TOPIC.test(f) && !ABOUT_PROCEDURES.test(f)) return;
    // "V. KIẾN NGHỊ — Không có kiến nghị.": the report's own proposals to its superiors, not feedback received.
    if (ctx.section?.canonical === 'proposals' && !/\b(?:phan anh|pakn)\b/.test(f) && !ABOUT_PROCEDURES.test(f)) return;
    const opensOnLabel = FEEDBACK_LABEL_OPENING.test(f);
    let counted = false;
    /** Letters ("đơn", "đơn thư") were counted as feedback in the sentence. */
    let lettersCounted = false;
    /** The metric and end of the last figure emitted. */
    let last: { label: string; end: number } | null = null;
    for (const n of ctx.numbers) {
      // ("(năm 2023: 128 dự thảo)", "(cùng kỳ năm trước: 15)": a bracket of another period's figures is no record of this one.)
      // ("…, năm trước là 09 phản ánh": the period before's figure, in a clause of its own.)
      if (inOtherPeriodBracket(f, n.start) || PREVIOUS_PERIOD_CLAUSE.test(f.slice(Math.max(0, n.start - 40), n.start))) continue;
      if (n.percent) continue;
      const tail = f.slice(n.end);
      const head = f.slice(0, n.start);
      // ("Về phản ánh, kiến nghị:" then "- Kỷ luật: 02 trường hợp": an item whose own label names another matter, and no feedback.)
      if (leadOnFeedback && OTHER_MATTER_LABEL.test(head) && !FEEDBACK.test(head)) continue;
      // ("kiến nghị" names feedback when the sentence is about procedures: "Tổng số kiến nghị … về TTHC … là 04".)
      // "Về tiếp nhận, xử lý PAKN:" then "+ Đã xử lý: 10;": an item's bare label under a lead-in about feedback names it too.
      const namedBefore =
        /\b(?:phan anh|pakn)\b/.test(head) || (/\bkien nghi\b/.test(head) && ABOUT_PROCEDURES.test(f)) || (leadOnFeedback && labelOnly(head));
      // "Số phản ánh, kiến nghị tiếp nhận: 05; đã xử lý: 05": feedback named before the figure.
      // ("Tiếp nhận, xử lý PAKN: trong quý không phát sinh.": a time phrase may stand between the label and a stated zero.)
      const labelledHead = namedBefore && /(?::|\bla)\s*(?:trong (?:ky|quy|nam|thang)(?: nay| bao cao)?,?\s*)?(?:(?:hon|tren|gan|khoang)\s*)?$/.test(head);
      // "… tiếp nhận 37 phản ánh; đã xử lý 35, đang xử lý 02": a bare figure after a verb takes up the feedback just counted.
      // ("Kết quả tiếp nhận, xử lý PAKN …:" then "- Cấp tỉnh: tiếp nhận 14, đã xử lý 14;": an item of a lead-in about feedback,
      // its bare figures after their verbs.)
      // ("Phản ánh, kiến nghị: tiếp nhận 05, đã xử lý 05.": likewise in a sentence opening on a label that names feedback.)
      const cuedBare = (counted || leadOnFeedback || opensOnLabel) && (namedBefore || leadOnFeedback) && VERB_BEFORE_BARE.test(head);
      // ("… là 11 (qua Cổng DVC quốc gia 08, …)": a bare part with a short label of its way in, in the bracket right after a feedback figure.)
      const bracketOpen: number = last !== null && inParens(f, n.start) ? f.lastIndexOf('(', n.start) : -1;
      const bareBracketPart: boolean =
        bracketOpen >= 0 && last !== null && bracketOpen >= last.end && !/[;.]/.test(f.slice(last.end, bracketOpen)) && /^\s*[,;)]/.test(tail) &&
        /^\s*(?:qua|tren|bang|truc tiep|truc tuyen)\b[^,;()\d]{0,50}$/.test(f.slice(Math.max(bracketOpen, f.lastIndexOf(',', n.start)) + 1, n.start));
      // ("… phản ánh, kiến nghị nhận được: 05. Đã xử lý: 05/05, đạt 100%.": a label's fraction going on with the sentence before.)
      const continuedLabel = continues && /\b(?:da )?(?:xu ly|giai quyet|tra loi)(?: xong)?\s*:\s*$/.test(head);
      const labelled: boolean = /^\s*(?:[;,.()]|$)/.test(tail) && (labelledHead || cuedBare || bareBracketPart || continuedLabel);
      // "Số phản ánh, kiến nghị tiếp nhận trong năm: 09 lượt": a counter naming no kind, under a label that names it.
      // "…; đã xử lý 03 lượt": likewise after a verb, once the sentence has counted feedback.
      const labelledCounter = (labelledHead || ((counted || continues) && (namedBefore || continues) && VERB_BEFORE_BARE.test(head))) && GENERIC_COUNTER.test(tail);
      // "19 PAKN (cấp huyện 12, cấp xã 07)": bare parts by tier in the bracket right after a feedback figure.
      const lastEnd: number = last?.end ?? -1;
      const bracketAt: number = lastEnd >= 0 && inParens(f, n.start) ? f.lastIndexOf('(', n.start) : -1;
      // ("… là 312, trong đó cấp tỉnh 128, cấp huyện 106, cấp xã 78;": likewise after "trong đó", each part its level's label.)
      const tierPart: boolean =
        (bracketAt >= lastEnd && lastEnd >= 0 && !/[;.]/.test(f.slice(lastEnd, bracketAt)) && /^\s*[,;)]/.test(tail) && /\bcap (?:tinh|huyen|xa|phuong|thi xa|thanh pho|quan(?! ly))\s*:?\s*$/.test(head)) ||
        (lastEnd >= 0 && !inParens(f, n.start) && TIER_SERIES.test(f.slice(lastEnd, n.start)) && /^\s*(?:(?:luot|truong hop|vu viec)(?![a-z])\s*)?(?:[,;]|\.(?!\d)|\bva\b|$)/.test(tail) &&
          BREAKDOWN_OPENED.test(f.slice(f.lastIndexOf(';', n.start) + 1, n.start)));
      const noun: RegExpExecArray | null = NOUN_AFTER.exec(tail) ?? (labelled || tierPart ? /^/.exec('') : null);
      if (!noun) continue;
      const word = noun[1] ?? 'phan anh';
      // The figure's clause, up to the next ";" ("…; tiếp 06 lượt công dân" is another clause).
      const stop = f.indexOf(';', n.end + noun[0].length);
      // ("… đã trả lời 45 kiến nghị của cử tri và xử lý 06 phản ánh, kiến nghị của doanh nghiệp về TTHC": past the figure before and a
      // "và" opening a verb of its own, the clause of this one — "… 281 đơn tố cáo và 4.659 đơn kiến nghị" goes on with the same list.)
      const prior = ctx.numbers.filter((m) => m.end <= n.start).at(-1);
      const joined = prior ? f.lastIndexOf(' va ', n.start) : -1;
      const ownVerb = joined >= 0 && /^ va (?:da |dong thoi )?(?:tiep nhan|nhan|xu ly|giai quyet|tra loi)\b/.test(f.slice(joined, n.start));
      // ("47 đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh, trong đó 9 đơn phản ánh về thủ tục hành chính": a part on procedures
      // of a whole of every petition is read from its "trong đó".)
      const partOn = ABOUT_PROCEDURES.test(tail.slice(0, noun[0].length + 60)) ? f.lastIndexOf('trong do', n.start) : -1;
      const from = Math.max(0, f.lastIndexOf(';', n.start) + 1, prior && ownVerb && joined > prior.end ? joined : 0, partOn);
      const clause = f.slice(from, Math.min(n.start + noun[0].length + 60, stop < 0 ? f.length : stop));
      if (COMPLAINTS.test(clause) || (OFF_TOPIC.test(clause) && !ABOUT_PROCEDURES.test(clause))) continue;
      // "Ban Tiếp công dân tiếp 18 lượt công dân; nhận 11 đơn kiến nghị, phản ánh về đất đai": petitions in general.
      if (word.startsWith('don') && CITIZEN_RECEPTION.test(f) && !ABOUT_PROCEDURES.test(clause)) continue;
      // The counted noun must be feedback itself, or name it right after ("trường hợp phản ánh", "đơn thư … về TTHC").
      // ("06 văn bản của công dân phản ánh …": a letter voicing feedback, by the lookahead on "văn bản" in NOUN_AFTER.)
      const own = labelledCounter || tierPart || /phan anh|kien nghi|pakn|van ban/.test(word) || /^\s*(?:luot |truong hop |vu viec )?[a-z ]{0,20}?,?\s*\b(?:phan anh|kien nghi)\b/.test(tail);
      const letters = /don/.test(word) && ABOUT_PROCEDURES.test(tail.slice(0, 80));
      // "… đã giải quyết dứt điểm 05/05 đơn.": a bare "đơn" takes up the feedback the sentence names.
      const bareLetters =
        word.startsWith('don') &&
        /^\s*(?:[.;,)]|$)/.test(tail.slice(noun[0].length)) &&
        /\b(?:phan anh|pakn)\b/.test(f.slice(0, n.start)) &&
        // (… or after letters on procedures counted in the sentence: "…, trong đó 9 đơn phản ánh về TTHC; đã giải quyết 9/9 đơn".)
        (!/\b(?:khieu nai|to cao)\b/.test(f) || lettersCounted);
      // ("05 ý kiến khen, 02 ý kiến phản ánh": praise is no feedback on procedures.)
      // ("38 câu hỏi, ý kiến phản ánh về TTHC; đã trả lời 35 câu hỏi": questions counted with the sentence's feedback.)
      // ("356 cuộc gọi phản ánh, kiến nghị, trong đó 45 cuộc gọi liên quan đến TTHC": the sentence's feedback calls.)
      const sameSentence =
        (word === 'y kien' || word === 'cau hoi' || word === 'truong hop' || word === 'cuoc goi' || bareLetters) && /\b(?:phan anh|pakn)\b/.test(f) && !(word === 'y kien' && NOT_FEEDBACK_OPINION.test(tail.slice(noun[0].length))) &&
        // ("không phát sinh trường hợp cán bộ, công chức bị kỷ luật; không có phản ánh …": cases of another kind in a clause of
        // their own, the feedback named only in the next.)
        !(word === 'truong hop' && !/\b(?:phan anh|kien nghi|pakn)\b/.test(f.slice(f.lastIndexOf(';', n.start) + 1, stop < 0 ? f.length : stop))) &&
        // ("Tổng đài tiếp nhận 1.254 cuộc gọi, trong đó có 96 phản ánh": calls of every kind, the feedback a part of them.)
        !(word === 'cuoc goi' && !/\b(?:phan anh|kien nghi|pakn)\b/.test(f.slice(f.lastIndexOf(';', n.start) + 1, n.start)) && !/^[^;,.\d]{0,30}?\b(?:phan anh|kien nghi|pakn)\b/.test(tail.slice(noun[0].length)));
      // ("…; 05/05 lượt đã được Sở trả lời": a counter naming no kind, answered, takes up the feedback the sentence counted.)
      const answered = counted && (word === 'luot' || word === 'truong hop') && RESOLVED_AFTER.test(tail.slice(noun[0].length, noun[0].length + 40));
      if (!own && !letters && !sameSentence && !answered) continue;
      if (word === 'luot' && !own && !answered) continue;
      // ("đã xử lý 07 phản ánh (gồm cả 01 phản ánh từ quý III chuyển sang)": the ones carried over from before, a part by origin.)
      if (CARRIED_FROM_BEFORE.test(tail.slice(noun[0].length, noun[0].length + 50))) continue;
      const left = f.slice(Math.max(0, f.lastIndexOf(';', n.start) + 1, n.start - 60), n.start);
      const cue = lastCue(left, CUES);
      const right = tail.slice(noun[0].length, noun[0].length + 40);
      // "tiếp nhận, xử lý 14 phản ánh (tháng 1: 05, tháng 2: 09)": parts in the bracket after a figure are of its metric.
      const open = inParens(f, n.start) ? f.lastIndexOf('(', n.start) : -1;
      // ("qua đường dây nóng: 02 (đã trả lời 02)": a verb of its own inside the bracket is the part's, not the figure's before.)
      const ownVerbInside = cue !== null && open >= 0 && n.start - left.length + cue.index > open;
      const partOf: string | null = last !== null && open >= last.end && !/[;.]/.test(f.slice(last.end, open)) && !ownVerbInside ? last.label : null;
      // ("08 (kỳ trước chuyển sang: 01; tiếp nhận trong kỳ: 07)": a part carried over is no part of the intake.)
      let label: string = (cue?.label === 'pending' ? null : partOf) ?? cue?.label ?? 'received';
      // "cả 02 kiến nghị đã được trả lời": the verb after the noun.
      // ("cả 05 trường hợp đã được xem xét, giải quyết": a check before the resolution.)
      // ("tiếp nhận 38 phản ánh, trong đó 35 phản ánh đã được giải quyết": a part's own verb after its noun, over the whole's cue
      // before "trong đó".)
      // ("…; trong đó có 11 phản ánh … đã được xử lý xong": the "có" of the breakdown is no verb of the part.)
      const partAfterCue = cue !== null && cue.label === 'received' && (/\btrong do\b/.test(left.slice(cue.end)) || /\btrong do,?\s+co\s*$/.test(left));
      if ((!cue || partAfterCue) && !partOf && RESOLVED_AFTER.test(right)) label = 'resolved';
      // ("- Số PAKN đã xử lý: Không.": a label's stated zero keeps the label's verb, unless the label takes in too — "Tiếp nhận, xử
      // lý PAKN …: không có"; other zeros say none came in.)
      // ("Số PAKN tồn từ năm trước chuyển sang: không có", "PAKN đang xử lý: không": a zero of the carried-over or pending, no intake.)
      if (n.form === 'zero-phrase' && cue?.label === 'pending' && !partOf) continue;
      if (n.form === 'zero-phrase' && !(labelledHead && label === 'resolved' && !/\b(?:tiep nhan|nhan duoc)\b/.test(f.slice(f.lastIndexOf(';', n.start) + 1, n.start)))) label = 'received';
      // "Không có phản ánh, kiến nghị nào quá hạn xử lý": none overdue, not none received.
      // ("… không có phản ánh, kiến nghị nào phải chuyển cơ quan có thẩm quyền": none passed on.)
      if (n.form === 'zero-phrase' && /^\s*(?:,\s*kien nghi\s+)?(?:nao\s+)?(?:bi\s+|phai\s+)?(?:qua han|tre han|ton dong|chuyen|chua (?:duoc )?(?:xu ly|giai quyet))\b/.test(right)) continue;
      // "02 phản ánh chuyển cơ quan có thẩm quyền": passed on, neither pending here nor resolved.
      // ("03 phản ánh, kiến nghị không thuộc thẩm quyền đã chuyển …": why it was passed on may stand between.)
      if (label === 'pending' || label === 'finding' || PENDING_AFTER.test(right) || /^\s*(?:,\s*(?:kien nghi|phan anh)\s+)?(?:khong thuoc (?:tham quyen|tham quyen giai quyet|pham vi)(?: cua [a-z]+(?: [a-z]+)?)?,?\s+)?(?:(?:da|duoc|dang|se)\s+)*chuyen\b/.test(tail.slice(noun[0].length, noun[0].length + 80))) continue;
      // ("…; trong đó 7 phản ánh không thuộc phạm vi xử lý …": with no verb of its own, the share outside the body's remit is
      // a part of the feedback counted, no intake of its own.)
      // ("…; 04 phản ánh, kiến nghị đã quá thời hạn xử lý": overdue, a state of some of those counted, no intake.)
      if ((!cue || partAfterCue) && !partOf && OVERDUE_AFTER.test(tail.slice(noun[0].length, noun[0].length + 60))) continue;
      if ((!cue || partAfterCue) && !partOf && NOT_OWN_REMIT.test(tail.slice(noun[0].length, noun[0].length + 60))) continue;
      // "…; tiếp nhận 02 phản ánh, kiến nghị, đã xử lý 02": a bare figure whose nearest count before it in the clause is
      // feedback takes it up, over a reading of the sentence's dossiers.
      const takesUp = cuedBare && last !== null && !/[;.]/.test(f.slice(last.end, n.start));
      counted = true;
      if (word.startsWith('don')) lettersCounted = true;
      if (!partOf) last = { label, end: n.end + noun[0].length };
      // "trong đó cấp tỉnh 07 phản ánh, cấp huyện 06 phản ánh": the level a part is of.
      const tier = tierOf(ctx, n, n.end + noun[0].length);
      // ("PAKN tiếp nhận qua Cổng Dịch vụ công quốc gia: 08; PAKN tiếp nhận trực tiếp: 03": parts by the way they came in carry
      // no channel — the contract gives feedback none, as the dev gold reads it (d106).)
      const dims = tier ? { tier } : {};
      ctx.emit({
        metric: label === 'resolved' ? 'feedback.resolved' : 'feedback.received',
        value: n.value,
        range: [n.start, n.end],
        ...(Object.keys(dims).length ? { dimensions: dims } : {}),
        ...(n.qualifier ? { qualifier: n.qualifier } : {}),
        confidence: takesUp ? 0.9 : 0.85,
      });
    }
  },
});
