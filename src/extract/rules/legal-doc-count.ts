import { inOtherPeriodBracket, inParens, lastCue, lastSentence, maskClosedParens, NOUN, nounAfter, TIER_OF, tierOf, withoutSpelledOut, type Tier } from '../figure-context.ts';
import { fold } from '../../text/normalize.ts';
import { labelOnly, labelOpening, leadInFigure } from '../lead-in.ts';
import { defineRule } from '../rule.ts';

/** Verb cues to the figure's left, nearest wins. */
/** "Số VBQPPL (do Sở tham mưu) được ban hành (trong kỳ):" right before a stated zero. Group 1: a drafting; group 2: the act. */
const ZERO_UNDER_LABEL = /^\W*so (?:luong )?(?:vbqppl|van ban (?:qppl|quy pham phap luat))\b[^;:\d]*?\b(tham muu )?(?:[a-z ]{0,20}?\b)?(?:duoc |da )?(ban hanh|thong qua|ra soat|tu kiem tra|kiem tra)\b[^;:\d]*:\s*$/;
/** "Số văn bản được tự kiểm tra:" right before a stated zero: plain documents, self-checked or checked by competence. */
const ZERO_SELF_CHECK_LABEL = /^\W*so (?:luong )?van ban (?:duoc |da )*(?:tu kiem tra|kiem tra theo tham quyen)\b[^;:\d]*:\s*$/;
/** Between a drafted figure and the next "ban hành": its noun, then "và" and another issuing body, nothing else. */
const DRAFTED_FOR_ALSO = /^[^,;.\d]{0,40}?\bva (?:ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan|chu tich(?: ubnd)?)(?: (?:tinh|huyen|xa|thanh pho|thi xa|quan|phuong))?\s*$/;
const CUES: readonly (readonly [string, string])[] = [
  // Found, handled, updated, abolished, commented on: not counted.
  // ("Qua rà soát, phát hiện 5 văn bản …" is a finding; "Qua rà soát 1.102 văn bản, …" counts the documents reviewed.)
  ['stop', String.raw`qua (?:tu )?(?:kiem tra|ra soat)(?!\s*(?:(?:hon|tren|gan|khoang|tong so)\s*)?(?:\d|$))|phat hien|xu ly(?: xong)?|cap nhat|bai bo|het hieu luc|con hieu luc|gop y|tham gia y kien|dang tai|dang tin|gui|nhan xet|trai phap luat|sai|vi pham|kien nghi|ket qua|de nghi`],
  // ("góp ý 18 dự thảo VBQPPL … và 25 dự thảo": "dự thảo" counted by a figure is that figure's noun, no drafting of the next.)
  ['draft', String.raw`tham muu (?:[a-z]+ ){0,4}?(?:ban hanh|xay dung|trinh)|soan thao|du thao(?<![\d%] du thao)|xay dung|dang xay dung|trinh (?:ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan|cap co tham quyen)`],
  ['issued', String.raw`ban hanh|thong qua`],
  // ("thẩm định 100% dự thảo VBQPPL": the drafts appraised are the review's object, no drafting.)
  ['reviewed', String.raw`tu kiem tra|kiem tra|ra soat|tham dinh(?: [\d.,]+ ?%)?(?: (?:cac|so))? du thao|tham dinh|he thong hoa`],
  ['breakdown', String.raw`trong do|gom|bao gom|cu the`],
];
/** Legal-document wording somewhere in the sentence or its heading. */
const LEGAL = /\b(?:vbqppl|qppl|quy pham phap luat|van ban phap luat|the che)\b/;
/**
 * "(Tổng) số (lượng) văn bản QPPL … :" — a label of legal documents ending right before its figure ("Số văn bản đã ban
 * hành: 02" under a lead-in about legal documents too; issued needs that context below).
 */
const LABEL_BEFORE =
  /\b(?:tong )?so(?: luong)? (?:van ban quy pham phap luat|van ban qppl|vbqppl|van ban(?= (?:duoc |da )*(?:tu kiem tra|kiem tra|ra soat|tham dinh|ban hanh)\b))\b(?:[^;:\d]|\d{4}){0,60}(?::|\bla)\s*$/;
/** A part's label in a bracket: its kind of document ("Nghị quyết HĐND tỉnh:") or its issuing body ("UBND tỉnh"). */
// ("rà soát 2.164 văn bản (cấp tỉnh 742, cấp huyện 603, cấp xã 819)": or its level.)
const PART_LABEL =
  /\b(?:(?:nghi quyet|quyet dinh)\b[^;,():\d]{0,30}?(?::|\bla)|(?:hdnd|ubnd|hoi dong nhan dan|uy ban nhan dan)(?: (?:tinh|huyen|xa|thanh pho|quan|thi xa|phuong))?\s*:?|cap (?:tinh|huyen|xa)\s*:?)\s*$/;
/** The verb after the counted documents: "(không có văn bản QPPL nào) được ban hành", "… đã được HĐND tỉnh thông qua". */
const VERB_AFTER =
  /^\s*\)?\s*(?:nao\s+)?(?:[^;\d]{0,100}?\s)?(?:da\s+)?duoc\s+(?:(?:hdnd|ubnd|hoi dong nhan dan|uy ban nhan dan)(?: [a-z]+){0,2}\s+)?(ban hanh|thong qua|kiem tra|tu kiem tra|ra soat)\b/;
/** A sentence opening on a label that names legal documents: "Văn bản QPPL: …", "Về công tác xây dựng, kiểm tra VBQPPL: …". */
const LEGAL_LABEL_OPENING = labelOpening('xay dung|ban hanh|kiem tra|ra soat|tu kiem tra|he thong hoa', 'van ban (?:qppl|quy pham phap luat)|vbqppl');
/** A review or issuing verb right before a bare figure ("tự kiểm tra 12", "kiểm tra theo thẩm quyền 30"). */
const BARE_AFTER_VERB = /\b(?:tu kiem tra|kiem tra(?: theo tham quyen)?|ra soat|tham dinh|he thong hoa|ban hanh)\s*(?::|\bla)?\s*$/;
/** "19 Quyết định là văn bản QPPL": decisions the sentence says are legal documents. */
const DECISIONS_ARE_LEGAL = /^\s*(?:quyet dinh|nghi quyet)\s+(?:la|thuoc)\s+(?:van ban )?(?:qppl|quy pham phap luat|vbqppl)\b/;
/** Kinds of document that are legal documents by themselves: "07 Thông tư", "03 Nghị định". */
const LEGAL_KIND = 'thong tu lien tich|thong tu|nghi dinh';
/** Not legal documents: direction letters, administrative papers. */
// ("văn bản hành chính có chứa quy phạm pháp luật": checked as legal documents are.)
// ("tiếp nhận 12.460 văn bản đến", "phát hành 9.870 văn bản đi": mail in and out.)
const NOT_LEGAL = /^\s*van ban\s+(?:chi dao|dieu hanh|huong dan|hanh chinh(?! co chua (?:quy pham|qppl))|tra loi|de nghi|nhac nho|don doc|trien khai|lien quan den cong tac|(?:den|di)(?![a-z]))/;

/**
 * "ban hành 1.482 văn bản, trong đó có 21 VBQPPL": a plain "văn bản" whose own breakdown names its legal part counts documents
 * of every kind (group: right after the noun).
 */
const WHOLE_OF_LEGAL_PART = /^(?:\s+(?:cac loai|cac|den|di|hanh chinh))?\s*(?:[,;(]\s*)?(?:trong do|trong so do)(?: (?:co|gom))?\s*:?\s*\d[\d.,]*\s*(?:vbqppl|van ban (?:qppl|quy pham phap luat))\b/;

const RESULT_AFTER = /^\s*(?:[a-z]+\s+){0,3}?(con hieu luc|het hieu luc|can (?:sua doi|bai bo|thay the|ban hanh)|trai (?:phap luat|quy dinh)|co dau hieu|chua phu hop|khong con phu hop|phai xu ly|dung quy dinh|dam bao (?:dung )?quy dinh)\b/;
/** A review verb right before the figure: "rà soát 236 văn bản … còn hiệu lực" counts the documents reviewed. */
const REVIEW_RIGHT_BEFORE = /\b(?:ra soat|kiem tra|he thong hoa)(?:\s+(?:lai|duoc|tong so))?\s*$/;

/** "Số VBQPPL (đã) ban hành/(đã) tự kiểm tra (trong năm 2018):": two acts on legal documents joined by a slash in a label. */
const ACT_PAIR =
  /\b(?:vbqppl|van ban(?: qppl| quy pham phap luat)?)\b[^;:\d]{0,30}?\b(?:da |duoc )?(ban hanh|thong qua|tu kiem tra|kiem tra|ra soat)\s*\/\s*(?:da |duoc )?(ban hanh|thong qua|tu kiem tra|kiem tra|ra soat)\b(?:[^;:\d]|\d{4}){0,30}(?::|\bla)\s*$/;
/** The checks only legal documents get, right before the figure ("tự kiểm tra 37/37", "kiểm tra theo thẩm quyền"). */
const SELF_CHECK_BEFORE = /\b(?:tu kiem tra|kiem tra theo tham quyen)\s*(?:(?:duoc|lai|tong so)\s*)?$/;
/** A receiving verb right before the figure ("tiếp nhận 41", "nhận được 18"). */
const RECEIVED_RIGHT_BEFORE = /\b(?:tiep nhan|nhan duoc|nhan)\s*(?:(?:hon|tren|gan|khoang|tong so)\s*)?$/;

/** "do HĐND, UBND cấp huyện ban hành / gửi đến": who issued the documents, not what the sentence does with them. */
// (Not the "đó" of "trong đó": "…, trong đó đã được ban hành 03 văn bản" says what was issued.)
const ISSUER = /(?<!\btrong )\bdo\s+(?:[a-z&]+,?\s+){1,6}?(?:ban hanh|gui den|gui)\b/g;
/** An issuer phrase naming a tier right after the counted documents ("do cấp huyện gửi đến", "của cấp xã"). */
// ("402 văn bản QPPL cấp huyện gửi đến": the level the documents were sent from, with no "do" before it.)
const ISSUER_TIER =
  /^[^;.\d]{0,60}?\b(?:(?:do|cua)\s+(?:[a-z&]+,?\s+){0,4}?(?:cap (?:tinh|huyen|xa)|cac (?:huyen|quan|xa|phuong))\b|(?:cap (?:tinh|huyen|xa)|cac (?:huyen|quan|xa|phuong))\s+(?:[a-z]+\s+){0,2}?gui (?:den|ve|len|toi)\b)/;

/** A label of documents ending on their issuer of one level: "… do HĐND, UBND cấp xã ban hành (năm 2014) là / :". Group 1/2: the level. */
const ISSUER_LABEL_TIER = /\bdo\s+(?:[a-z&]+,?\s+){0,4}?(?:cap (tinh|huyen|xa)|cac (huyen|quan|xa|phuong))\s+ban hanh\b[^;:\d]{0,30}?(?:\bnam \d{4}[^;:\d]{0,10}?)?(?::|\bla)\s*$/;

function issuerLabelTier(left: string): Tier | undefined {
  const m = ISSUER_LABEL_TIER.exec(left);
  return m ? TIER_OF[m[1] ?? m[2]!] : undefined;
}

/** What may close a label after its issuer phrase: a colon or "là", after a short time phrase ("trong năm", "trong quý I", "năm 2024"). */
const ISSUER_LABEL_END = /^\s*(?:trong [a-z0-9 ]{1,24}?|nam \d{4})?\s*(?::|\bla\b)\s*$/;

/** After a legal document's figure: its noun, a comma, another body's act of issuing ("…QPPL, Sở Tài chính tham mưu ban hành"). */
const PARALLEL_ISSUE = /^[^;.\d]{0,40}?,[^;.\d]{0,50}?\b(?:ban hanh|thong qua)\s*$/;
/** Decisions that are no legal documents: individual ones, rewards, appointments, approvals, publications. */
const NOT_LEGAL_DECISION = /^\s*(?:quyet dinh|nghi quyet)\s+(?:ca biet|hanh chinh|khen thuong|ky luat|phe duyet|giao|bo nhiem|cong bo|thanh lap|ve viec)/;
/** "(thẩm định) trước khi ban hành", "(tự kiểm tra) sau khi ban hành": when the work is done, not an issuing. */
/** "đã được (UBND tỉnh) ban hành" right before the figure. */
const SAID_ISSUED = /\bduoc\s+(?:[a-z]+\s+){0,4}?ban hanh\s*(?:(?:hon|tren|gan|khoang)\s*)?$/;
// ("tự kiểm tra sau ban hành: 02/02 văn bản": "khi" may be left out.)
const WHEN_ISSUED = /\b(?:truoc|sau)(?: khi)? (?:trinh )?(?:ban hanh|thong qua)\b/g;

/** The folded text with issuer phrases blanked (same length). */
function withoutIssuer(folded: string): string {
  // ("Số văn bản QPPL do HĐND, UBND tỉnh ban hành (trong năm): 56": a label that ends on the issuer keeps its verb.)
  return folded.replace(ISSUER, (m, at: number) => (ISSUER_LABEL_END.test(folded.slice(at + m.length)) ? m : ' '.repeat(m.length)));
}

type Metric = 'legal_doc.issued' | 'legal_doc.reviewed';

/** A kind of legal document as its counted noun starts (folded), and its name as `type`. */
const KIND_NAMES: readonly (readonly [RegExp, string])[] = [
  [/^nghi quyet\b/, 'nghị quyết'],
  [/^quyet dinh\b/, 'quyết định'],
  [/^thong tu lien tich\b/, 'thông tư liên tịch'],
  [/^thong tu\b/, 'thông tư'],
  [/^nghi dinh\b/, 'nghị định'],
  [/^chi thi\b/, 'chỉ thị'],
];
/** The issuing body labelling a part right before its figure ("HĐND tỉnh 15", "UBND tỉnh: 37"). Group 1: the body. */
const ISSUER_LABEL = /\b(hdnd|ubnd|hoi dong nhan dan|uy ban nhan dan)(?: (?:tinh|huyen|xa|thanh pho|quan|thi xa|phuong))?\s*(?::|\bla|\bco)?\s*$/;

/**
 * The kind of document a figure counts (CONTRACT `type`, free text, not scored), so that the parts of a whole by kind
 * ("14 văn bản QPPL, gồm 05 nghị quyết của HĐND và 09 quyết định của UBND") are set apart from it and from each other:
 * from its noun, or from the label of a part ("Nghị quyết HĐND tỉnh: 19", "HĐND tỉnh 15" — a people's council issues
 * resolutions, a people's committee decisions, Luật Ban hành VBQPPL 2015 art. 4).
 */
function kindOf(noun: string | undefined, label: string | null): string | undefined {
  if (noun) for (const [re, name] of KIND_NAMES) if (re.test(noun)) return name;
  if (label === null) return undefined;
  const named = /\b(nghi quyet|quyet dinh)\b[^;,():\d]{0,30}?(?::|\bla)?\s*$/.exec(label);
  if (named) return named[1] === 'nghi quyet' ? 'nghị quyết' : 'quyết định';
  const body = ISSUER_LABEL.exec(label);
  if (!body) return undefined;
  return /^(?:hdnd|hoi dong)/.test(body[1]!) ? 'nghị quyết' : 'quyết định';
}

/**
 * "UBND huyện trình HĐND huyện ban hành 02 nghị quyết, rà soát 18 văn bản": a review with its own verb right before its figure
 * is done work, not governed by a submission earlier in the clause (a review itself proposed — "đề nghị rà soát" — is).
 */
function ownReview(f: string, at: number, metric: string, inPlan: boolean): boolean {
  if (metric !== 'legal_doc.reviewed' || inPlan) return false;
  const m = /\b(?:tu )?(?:ra soat|kiem tra|tham dinh)(?:,? (?:ra soat|kiem tra|he thong hoa))*\s*(?:(?:hon|tren|gan|khoang)\s*)?$/.exec(f.slice(Math.max(0, at - 60), at));
  return m !== null && !/\b(?:de nghi|de xuat|kien nghi|se|du kien)\s*$/.test(f.slice(Math.max(0, at - 60), at).slice(0, m.index));
}

export default defineRule({
  id: 'legal-doc-count',
  description:
    'Legal documents issued or drafted (ban hành; tham mưu ban hành, soạn thảo, dự thảo → status draft) and reviewed ' +
    '(rà soát, kiểm tra, tự kiểm tra, thẩm định N văn bản); found-unlawful, handled and abolished counts are not records.',
  examples: {
    valid: [
      {
        // Bare parts by level in a bracket after the documents reviewed.
        text: 'Năm 2025, toàn tỉnh đã rà soát 1.380 văn bản QPPL (cấp tỉnh 512, cấp huyện 401, cấp xã 467).',
        records: [
          { metric: 'legal_doc.reviewed', value: 1380 },
          { metric: 'legal_doc.reviewed', value: 512, dimensions: { tier: 'province' } },
          { metric: 'legal_doc.reviewed', value: 401, dimensions: { tier: 'district' } },
          { metric: 'legal_doc.reviewed', value: 467, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A second body's act of issuing after a comma, its decisions of the kind just counted.
        text: 'Năm 2024, Sở Tư pháp đã tham mưu UBND tỉnh ban hành 12 Quyết định QPPL, Sở Tài chính tham mưu ban hành 09 Quyết định.',
        records: [
          { metric: 'legal_doc.issued', value: 12, dimensions: { status: 'draft' } },
          { metric: 'legal_doc.issued', value: 9, dimensions: { status: 'draft' } },
        ],
      },
      {
        // Mail in and out, in a sentence about legal documents issued, is none of them.
        text: 'Năm 2024, UBND huyện ban hành 02 văn bản QPPL; tiếp nhận 9.512 văn bản đến, phát hành 4.108 văn bản đi.',
        records: [{ metric: 'legal_doc.issued', value: 2 }],
      },
      {
        // "sau ban hành" (with "khi" left out) says when the self-check is done, no issuing.
        text: 'Tổng số VBQPPL Sở tham mưu ban hành trong năm: 04 văn bản; số văn bản được tự kiểm tra sau ban hành: 04/04 văn bản.',
        records: [
          { metric: 'legal_doc.issued', value: 4, dimensions: { status: 'draft' } },
          { metric: 'legal_doc.reviewed', value: 4 },
        ],
      },
      {
        // Drafts appraised in the sentence after one naming legal documents: of those documents.
        text: 'Năm 2024, UBND huyện ban hành 06 văn bản QPPL. Phòng Tư pháp đã thẩm định 06/06 dự thảo trước khi trình ký.',
        records: [
          { metric: 'legal_doc.issued', value: 6 },
          { metric: 'legal_doc.reviewed', value: 6 },
        ],
      },
      {
        // The issuer's level in the label of the documents issued.
        text: 'Số văn bản QPPL do HĐND, UBND cấp huyện ban hành trong năm 2016: 07 văn bản.',
        records: [{ metric: 'legal_doc.issued', value: 7, dimensions: { tier: 'district' } }],
      },
      {
        // Bare figures after their verbs, in a sentence opening on a label that names legal documents.
        text: 'Văn bản quy phạm pháp luật: ban hành 03; tự kiểm tra 03; rà soát 87.',
        records: [
          { metric: 'legal_doc.issued', value: 3 },
          { metric: 'legal_doc.reviewed', value: 3 },
          { metric: 'legal_doc.reviewed', value: 87 },
        ],
      },
      {
        // Each level the subject of its own review ("tự kiểm tra", not "từ" of a time): the first figure keeps its level.
        text: 'Cấp huyện kiểm tra 11 văn bản, cấp xã tự kiểm tra 29 văn bản.',
        records: [
          { metric: 'legal_doc.reviewed', value: 11, dimensions: { tier: 'district' } },
          { metric: 'legal_doc.reviewed', value: 29, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Năm 2023, UBND tỉnh đã ban hành 42 văn bản quy phạm pháp luật.',
        records: [{ metric: 'legal_doc.issued', value: 42 }],
      },
      {
        // The province's councils set beside a lower level stating its own figure: the province tier.
        text: 'Năm 2024, HĐND, UBND tỉnh ban hành 61 VBQPPL; HĐND, UBND cấp huyện ban hành 18 VBQPPL.',
        records: [
          { metric: 'legal_doc.issued', value: 61, dimensions: { tier: 'province' } },
          { metric: 'legal_doc.issued', value: 18, dimensions: { tier: 'district' } },
        ],
      },
      {
        // The communes' committees counted ("UBND 12 phường") set against the district's own: both levels.
        text: 'Năm 2022, UBND thị xã ban hành 03 văn bản QPPL; UBND 12 phường, xã ban hành 07 văn bản QPPL.',
        records: [
          { metric: 'legal_doc.issued', value: 3, dimensions: { tier: 'district' } },
          { metric: 'legal_doc.issued', value: 7, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The district's own committee against the communes named by their bodies ("các xã, phường") opening the next clause.
        text: 'UBND quận ban hành 02 văn bản QPPL; các phường không ban hành văn bản QPPL.',
        records: [
          { metric: 'legal_doc.issued', value: 2, dimensions: { tier: 'district' } },
          { metric: 'legal_doc.issued', value: 0, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // … but not beside a lower level named only as the issuer of documents checked: the province's own figure.
        text: 'HĐND và UBND tỉnh đã ban hành 33 VBQPPL; Sở Tư pháp kiểm tra 96 văn bản do HĐND, UBND cấp huyện gửi đến.',
        records: [
          { metric: 'legal_doc.issued', value: 33 },
          { metric: 'legal_doc.reviewed', value: 96 },
        ],
      },
      {
        // None drafted: a stated zero of drafting for another body to issue.
        text: 'Trong quý, Phòng không tham mưu UBND huyện ban hành văn bản quy phạm pháp luật nào; đã tự kiểm tra 03 văn bản.',
        records: [
          { metric: 'legal_doc.issued', value: 0, dimensions: { status: 'draft' } },
          { metric: 'legal_doc.reviewed', value: 3 },
        ],
      },
      {
        // A second issuing body joined by "và" under the same drafting is drafted for too.
        text: 'Năm 2024, Sở Tư pháp đã tham mưu HĐND tỉnh ban hành 04 Nghị quyết và UBND tỉnh ban hành 09 Quyết định quy phạm pháp luật.',
        records: [
          { metric: 'legal_doc.issued', value: 4, dimensions: { status: 'draft' } },
          { metric: 'legal_doc.issued', value: 9, dimensions: { status: 'draft' } },
        ],
      },
      {
        // Appraisal "before issuing" is no issuing; a submission ("trình …", a draft) governs its own figure, not the next body's.
        text: 'Phòng Tư pháp thẩm định 100% dự thảo trước khi ban hành (14/14 dự thảo VBQPPL). Năm 2025, UBND huyện trình HĐND huyện thông qua 03 Nghị quyết QPPL, UBND huyện ban hành 06 Quyết định QPPL.',
        records: [
          { metric: 'legal_doc.reviewed', value: 14 },
          { metric: 'legal_doc.issued', value: 3, dimensions: { status: 'draft' } },
          { metric: 'legal_doc.issued', value: 6 },
        ],
      },
      {
        // The communes named as a clause's subject ("các xã, thị trấn") are the commune level.
        text: 'Huyện ban hành 04 Quyết định QPPL; các xã, thị trấn không ban hành văn bản QPPL.',
        records: [
          { metric: 'legal_doc.issued', value: 4 },
          { metric: 'legal_doc.issued', value: 0, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Phòng Tư pháp đã thẩm định 09/09 hồ sơ dự thảo văn bản QPPL của UBND huyện.',
        records: [{ metric: 'legal_doc.reviewed', value: 9 }],
      },
      {
        // Thông tư and Nghị định are legal documents by their kind.
        text: 'Trong năm, Bộ trưởng đã ký ban hành 11 Thông tư quy định chi tiết.',
        records: [{ metric: 'legal_doc.issued', value: 11 }],
      },
      {
        text: 'Sở đã tham mưu ban hành 03 VBQPPL; tự kiểm tra 12 văn bản.',
        records: [
          { metric: 'legal_doc.issued', value: 3, dimensions: { status: 'draft' } },
          { metric: 'legal_doc.reviewed', value: 12 },
        ],
      },
      {
        text: 'Sở Tư pháp đã kiểm tra 230 văn bản (cấp tỉnh 40 văn bản, cấp huyện 190 văn bản), phát hiện 9 văn bản trái pháp luật.',
        records: [
          { metric: 'legal_doc.reviewed', value: 230 },
          { metric: 'legal_doc.reviewed', value: 40, dimensions: { tier: 'province' } },
          { metric: 'legal_doc.reviewed', value: 190, dimensions: { tier: 'district' } },
        ],
      },
      {
        text: 'Trong quý, Phòng Tư pháp tham mưu ban hành 02 VBQPPL và tự kiểm tra 14 văn bản do UBND huyện ban hành.',
        records: [
          { metric: 'legal_doc.issued', value: 2, dimensions: { status: 'draft' } },
          { metric: 'legal_doc.reviewed', value: 14 },
        ],
      },
      {
        text: 'Các huyện đã soạn thảo 11 văn bản quy phạm pháp luật, rà soát 150 văn bản.',
        records: [
          { metric: 'legal_doc.issued', value: 11, dimensions: { status: 'draft' } },
          { metric: 'legal_doc.reviewed', value: 150 },
        ],
      },
      {
        text: 'Năm 2023, Sở tham mưu HĐND tỉnh ban hành 02 Nghị quyết quy phạm pháp luật.',
        records: [{ metric: 'legal_doc.issued', value: 2, dimensions: { status: 'draft' } }],
      },
      {
        text: 'Trong năm, UBND xã không có văn bản quy phạm pháp luật nào được ban hành; đã rà soát 09 văn bản, đề nghị bãi bỏ 02 văn bản.',
        records: [
          { metric: 'legal_doc.issued', value: 0 },
          { metric: 'legal_doc.reviewed', value: 9 },
        ],
      },
      {
        text: 'Trong quý, UBND huyện không ban hành văn bản quy phạm pháp luật.',
        records: [{ metric: 'legal_doc.issued', value: 0 }],
      },
      {
        // The period closing the clause after the noun.
        text: 'Phường không ban hành văn bản quy phạm pháp luật trong năm báo cáo.',
        records: [{ metric: 'legal_doc.issued', value: 0 }],
      },
      {
        text: 'Sáu tháng đầu năm, UBND cấp huyện ban hành 04 văn bản quy phạm pháp luật; cấp xã không ban hành văn bản QPPL nào.',
        records: [
          { metric: 'legal_doc.issued', value: 4, dimensions: { tier: 'district' } },
          { metric: 'legal_doc.issued', value: 0, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Số văn bản QPPL đã ban hành: 0; số VBQPPL được tự kiểm tra: 7.',
        records: [
          { metric: 'legal_doc.issued', value: 0 },
          { metric: 'legal_doc.reviewed', value: 7 },
        ],
      },
      {
        text: 'Sở đã tham mưu UBND tỉnh ban hành 03 văn bản quy phạm pháp luật, trong đó có 01 Quyết định sửa đổi, bổ sung.',
        records: [
          { metric: 'legal_doc.issued', value: 3, dimensions: { status: 'draft' } },
          { metric: 'legal_doc.issued', value: 1, dimensions: { status: 'draft' } },
        ],
      },
      {
        // Before 2016 a committee's directives were legal documents: a part of the issued whole by kind.
        text: 'Năm 2014, UBND huyện ban hành 09 văn bản QPPL, trong đó 06 quyết định, 03 chỉ thị.',
        records: [
          { metric: 'legal_doc.issued', value: 9 },
          { metric: 'legal_doc.issued', value: 6 },
          { metric: 'legal_doc.issued', value: 3 },
        ],
      },
      {
        text: 'Năm 2023, HĐND và UBND huyện ban hành 07 văn bản QPPL, gồm 02 nghị quyết và 05 quyết định.',
        records: [
          { metric: 'legal_doc.issued', value: 7 },
          { metric: 'legal_doc.issued', value: 2 },
          { metric: 'legal_doc.issued', value: 5 },
        ],
      },
      {
        text: 'Trong năm, Sở đã xây dựng, trình ban hành 02 văn bản quy phạm pháp luật.',
        records: [{ metric: 'legal_doc.issued', value: 2, dimensions: { status: 'draft' } }],
      },
      {
        text: 'Năm 2024, tỉnh đã ban hành 28 văn bản quy phạm pháp luật (HĐND tỉnh 9 Nghị quyết, UBND tỉnh 19 Quyết định).',
        records: [
          { metric: 'legal_doc.issued', value: 28 },
          { metric: 'legal_doc.issued', value: 9 },
          { metric: 'legal_doc.issued', value: 19 },
        ],
      },
      {
        // A sentence naming its own body does not take the tier of the sentence before.
        text: 'Trong quý, cấp huyện ban hành 04 văn bản quy phạm pháp luật. Sở Tư pháp đã kiểm tra 31 văn bản.',
        records: [
          { metric: 'legal_doc.issued', value: 4, dimensions: { tier: 'district' } },
          { metric: 'legal_doc.reviewed', value: 31 },
        ],
      },
      {
        text: 'Trong quý, HĐND, UBND huyện chưa ban hành văn bản QPPL; Phòng Tư pháp đã rà soát 41 văn bản.',
        records: [
          { metric: 'legal_doc.issued', value: 0 },
          { metric: 'legal_doc.reviewed', value: 41 },
        ],
      },
      {
        text: 'Phòng Tư pháp đã rà soát 118 văn bản quy phạm pháp luật còn hiệu lực do HĐND, UBND huyện ban hành.',
        records: [{ metric: 'legal_doc.reviewed', value: 118 }],
      },
      {
        text: 'Sở nhận được 18 văn bản quy phạm pháp luật do các huyện gửi đến để kiểm tra.',
        records: [{ metric: 'legal_doc.reviewed', value: 18 }],
      },
      {
        text: 'Năm 2024, HĐND, UBND các xã, thị trấn ban hành 09 văn bản quy phạm pháp luật. Phòng Tư pháp đã kiểm tra 09 văn bản.',
        records: [
          { metric: 'legal_doc.issued', value: 9, dimensions: { tier: 'commune' } },
          { metric: 'legal_doc.reviewed', value: 9 },
        ],
      },
      {
        text: 'Sở đã kiểm tra 36 văn bản do HĐND, UBND cấp huyện gửi đến. Trong quý, Sở đã rà soát 140 văn bản quy phạm pháp luật.',
        records: [
          { metric: 'legal_doc.reviewed', value: 36 },
          { metric: 'legal_doc.reviewed', value: 140 },
        ],
      },
      {
        // The issuer of the documents checked in one clause ("do … cấp huyện ban hành") is no tier of the next clause.
        text: 'Sở đã kiểm tra theo thẩm quyền 52 văn bản do HĐND, UBND cấp huyện ban hành; rà soát 214 văn bản quy phạm pháp luật còn hiệu lực.',
        records: [
          { metric: 'legal_doc.reviewed', value: 52 },
          { metric: 'legal_doc.reviewed', value: 214 },
        ],
      },
      {
        before: 'Số văn bản QPPL được ban hành trong năm:',
        text: '- Quyết định của UBND tỉnh: 27 văn bản;',
        records: [{ metric: 'legal_doc.issued', value: 27 }],
      },
      {
        text: 'Năm 2024, UBND huyện ban hành 04 văn bản QPPL; UBND các xã, thị trấn ban hành 09 văn bản QPPL.',
        records: [
          { metric: 'legal_doc.issued', value: 4, dimensions: { tier: 'district' } },
          { metric: 'legal_doc.issued', value: 9, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'UBND các xã, thị trấn đã ban hành 08 văn bản QPPL; Phòng Tư pháp đã kiểm tra 08/08 văn bản.',
        records: [
          { metric: 'legal_doc.issued', value: 8, dimensions: { tier: 'commune' } },
          { metric: 'legal_doc.reviewed', value: 8 },
        ],
      },
      {
        text: 'Số văn bản được kiểm tra theo thẩm quyền: 41; số văn bản phát hiện trái pháp luật: 02.',
        records: [{ metric: 'legal_doc.reviewed', value: 41 }],
      },
      {
        text: 'Số văn bản QPPL do HĐND, UBND huyện ban hành: 09 văn bản; số văn bản được rà soát: 212 văn bản.',
        records: [
          { metric: 'legal_doc.issued', value: 9 },
          { metric: 'legal_doc.reviewed', value: 212 },
        ],
      },
      {
        // The issuing body between the part and its issue; a level that is the next clause's subject is not this figure's.
        text: 'Văn phòng đã soạn thảo 06 dự thảo văn bản quy phạm pháp luật, trong đó 04 văn bản đã được HĐND tỉnh ban hành. Năm 2025, cấp huyện ban hành 09 văn bản, cấp xã ban hành 3 văn bản quy phạm pháp luật.',
        records: [
          { metric: 'legal_doc.issued', value: 6, dimensions: { status: 'draft' } },
          { metric: 'legal_doc.issued', value: 4 },
          { metric: 'legal_doc.issued', value: 9, dimensions: { tier: 'district' } },
          { metric: 'legal_doc.issued', value: 3, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Sở đã xây dựng 05 dự thảo văn bản QPPL trình UBND tỉnh, trong đó 04 văn bản đã được ban hành; đồng thời ban hành theo thẩm quyền 01 quyết định QPPL.',
        records: [
          { metric: 'legal_doc.issued', value: 5, dimensions: { status: 'draft' } },
          { metric: 'legal_doc.issued', value: 4 },
          { metric: 'legal_doc.issued', value: 1 },
        ],
      },
      {
        // "phân cấp quản lý" is no "cấp quận".
        text: 'Trong quý, Sở Nội vụ tham mưu ban hành 01 Quyết định QPPL về phân cấp quản lý công chức.',
        records: [{ metric: 'legal_doc.issued', value: 1, dimensions: { status: 'draft' } }],
      },
      {
        text: '100% văn bản QPPL do HĐND, UBND huyện ban hành (12/12 văn bản) đã được tự kiểm tra theo quy định.',
        records: [{ metric: 'legal_doc.reviewed', value: 12 }],
      },
      {
        text: 'Sở Tư pháp đã tiếp nhận 64 văn bản quy phạm pháp luật do cấp huyện gửi đến để kiểm tra, đã kiểm tra 64/64 văn bản.',
        records: [
          { metric: 'legal_doc.reviewed', value: 64 },
          { metric: 'legal_doc.reviewed', value: 64 },
        ],
      },
      {
        // A numbered item takes the lead-in's figure's metric (its "cụ thể" and "soạn thảo" are no cue of the item).
        before: 'Trong năm, HĐND và UBND tỉnh đã ban hành 09 văn bản quy phạm pháp luật do Sở chủ trì soạn thảo, cụ thể:',
        text: '1. Quyết định của UBND tỉnh: 06 văn bản;',
        records: [{ metric: 'legal_doc.issued', value: 6 }],
      },
      {
        before: 'Sở đã tham mưu UBND tỉnh ban hành 04 văn bản QPPL, gồm:',
        text: 'a) Quyết định của UBND tỉnh: 03 văn bản;',
        records: [{ metric: 'legal_doc.issued', value: 3, dimensions: { status: 'draft' } }],
      },
      {
        // The issuer in a label keeps the label's verb, a time phrase before the colon or not.
        text: 'Số văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành trong năm: 12 văn bản.',
        records: [{ metric: 'legal_doc.issued', value: 12 }],
      },
      {
        text: 'Năm 2024, tỉnh ban hành 19 văn bản QPPL (Nghị quyết của HĐND: 7; Quyết định của UBND: 12). Sở Tư pháp thẩm định 100% dự thảo VBQPPL (26/26 dự thảo).',
        records: [
          { metric: 'legal_doc.issued', value: 19 },
          { metric: 'legal_doc.issued', value: 7 },
          { metric: 'legal_doc.issued', value: 12 },
          { metric: 'legal_doc.reviewed', value: 26 },
        ],
      },
      {
        // Decisions said to be legal documents; drafts commented on are no drafting of the next figure.
        text: 'UBND tỉnh ban hành 30 Quyết định, trong đó có 22 Quyết định là văn bản QPPL. Sở góp ý 14 dự thảo VBQPPL của Bộ và 20 dự thảo của tỉnh.',
        records: [{ metric: 'legal_doc.issued', value: 22 }],
      },
      {
        // A bracket glossing a labelled figure; bare parts after their verbs.
        text: 'Số văn bản QPPL được ban hành trong năm: 04 (Quyết định của UBND huyện). Tổng số văn bản QPPL được kiểm tra: 25; trong đó: tự kiểm tra 04, kiểm tra theo thẩm quyền 21.',
        records: [
          { metric: 'legal_doc.issued', value: 4 },
          { metric: 'legal_doc.reviewed', value: 25 },
          { metric: 'legal_doc.reviewed', value: 4 },
          { metric: 'legal_doc.reviewed', value: 21 },
        ],
      },
      {
        // Parts labelled by their issuing body, in the whole's tier.
        before: 'Kết quả ban hành văn bản QPPL trên địa bàn tỉnh năm 2024:',
        text: '- Cấp tỉnh: 52 văn bản (HĐND tỉnh 15, UBND tỉnh 37);',
        records: [
          { metric: 'legal_doc.issued', value: 52, dimensions: { tier: 'province' } },
          { metric: 'legal_doc.issued', value: 15, dimensions: { tier: 'province' } },
          { metric: 'legal_doc.issued', value: 37, dimensions: { tier: 'province' } },
        ],
      },
      {
        // A plain "văn bản" label under a lead-in about legal documents.
        before: 'Kết quả công tác văn bản QPPL quý III:',
        text: '- Số văn bản đã ban hành: 0.',
        records: [{ metric: 'legal_doc.issued', value: 0 }],
      },
      {
        // What the agency wrote, said issued in a label: done.
        text: '- Số VBQPPL do Sở chủ trì soạn thảo được ban hành: 03 văn bản.',
        records: [{ metric: 'legal_doc.issued', value: 3 }],
      },
      {
        // The body passing the drafts may stand between them and the verb; the gazette publishes, it does not issue.
        text: 'Trong năm, 05 dự thảo Nghị quyết QPPL do Sở chủ trì soạn thảo đã được HĐND tỉnh thông qua; Sở Tư pháp đăng 40 văn bản QPPL trên Công báo tỉnh.',
        records: [{ metric: 'legal_doc.issued', value: 5 }],
      },
      {
        // A year inside the label; a parallel tier label after ";".
        text: 'Số văn bản QPPL được HĐND, UBND cấp huyện ban hành trong năm 2024: 28; cấp xã: 09.',
        records: [
          { metric: 'legal_doc.issued', value: 28, dimensions: { tier: 'district' } },
          { metric: 'legal_doc.issued', value: 9, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The body whose documents are checked ("của cấp xã") issued them: no tier of the check.
        text: 'Phòng Tư pháp huyện đã kiểm tra 22 văn bản QPPL của UBND cấp xã.',
        records: [{ metric: 'legal_doc.reviewed', value: 22 }],
      },
      {
        // A figureless lead-in whose verb is a submission: its items are drafted; "Quyết định" counts as a document there.
        heading: '1. Cải cách thể chế',
        before: 'Trong năm, Sở đã tham mưu trình ban hành các văn bản sau:',
        text: 'b) 05 Quyết định của UBND tỉnh.',
        records: [{ metric: 'legal_doc.issued', value: 5, dimensions: { status: 'draft' } }],
      },
      {
        // Administrative documents holding legal rules are checked as legal documents.
        text: 'Trong năm, Phòng Tư pháp tự kiểm tra 09 văn bản hành chính có chứa quy phạm pháp luật.',
        records: [{ metric: 'legal_doc.reviewed', value: 9 }],
      },
      {
        // A review with its own verb is done work, past a submission earlier in the clause.
        text: 'Trong năm, UBND thị xã trình HĐND thị xã ban hành 01 nghị quyết quy phạm pháp luật, rà soát 26 văn bản.',
        records: [
          { metric: 'legal_doc.issued', value: 1, dimensions: { status: 'draft' } },
          { metric: 'legal_doc.reviewed', value: 26 },
        ],
      },
      {
        // A bracket of another period's figure is that period's, no record.
        text: 'Năm 2025, Sở Tư pháp đã thẩm định 96 dự thảo VBQPPL (năm 2024: 81 dự thảo); rà soát 1.402 văn bản.',
        records: [
          { metric: 'legal_doc.reviewed', value: 96 },
          { metric: 'legal_doc.reviewed', value: 1402 },
        ],
      },
      {
        // Received for checking right after a clause of comments on drafts: the comments' cue does not govern it.
        text: 'Năm 2020, Phòng Tư pháp tham gia ý kiến 15 dự thảo văn bản; nhận được 27 văn bản QPPL của các xã gửi lên để kiểm tra.',
        records: [{ metric: 'legal_doc.reviewed', value: 27 }],
      },
      {
        // Two acts joined by a slash in the label, then a fraction: each act its figure.
        text: '- Số văn bản QPPL ban hành/tự kiểm tra trong quý: 04/04 văn bản.',
        records: [
          { metric: 'legal_doc.issued', value: 4 },
          { metric: 'legal_doc.reviewed', value: 4 },
        ],
      },
      {
        // Decisions self-checked are legal documents, the sentence naming none.
        text: 'Trong quý, Sở Tư pháp đã tự kiểm tra 12/12 quyết định do UBND tỉnh ban hành.',
        records: [{ metric: 'legal_doc.reviewed', value: 12 }],
      },
      {
        // What the documents rule on names no level of theirs, nor of the unnamed agency's own act in the next sentence.
        text: 'Năm 2019, UBND tỉnh ban hành 06 quyết định QPPL quy định mức chi hỗ trợ cán bộ cấp xã. Sở đã tự kiểm tra 06/06 văn bản.',
        records: [
          { metric: 'legal_doc.issued', value: 6 },
          { metric: 'legal_doc.reviewed', value: 6 },
        ],
      },
      {
        // Sent in, then checked in the same clause.
        text: 'Trong quý, Sở nhận được 56 văn bản quy phạm pháp luật cấp xã gửi về, qua kiểm tra có 03 văn bản sai thể thức.',
        records: [{ metric: 'legal_doc.reviewed', value: 56 }],
      },
      {
        // A labelled bare figure with its kind after it.
        text: 'Số VBQPPL Sở đã tham mưu ban hành trong năm: 03 Quyết định.',
        records: [{ metric: 'legal_doc.issued', value: 3, dimensions: { status: 'draft' } }],
      },
      {
        // Stated zeros under labels naming the documents and the act.
        before: 'Kết quả công tác xây dựng, kiểm tra văn bản:',
        text: '- Số VBQPPL được ban hành trong quý: không; số văn bản QPPL được rà soát: 14.',
        records: [
          { metric: 'legal_doc.issued', value: 0 },
          { metric: 'legal_doc.reviewed', value: 14 },
        ],
      },
      {
        // Documents of every kind, whose own breakdown names the legal ones, are no count of legal documents: the part is.
        text: 'Trong năm 2022, UBND huyện ban hành 2.315 văn bản các loại, trong đó có 14 văn bản QPPL.',
        records: [{ metric: 'legal_doc.issued', value: 14 }],
      },
      {
        // A stated zero under a label of plain documents self-checked.
        text: '- Số văn bản được tự kiểm tra trong kỳ: không.',
        records: [{ metric: 'legal_doc.reviewed', value: 0 }],
      },
    ],
    invalid: [
      // Drafts of plans appraised, with no legal documents named around them.
      { text: 'Trong quý, Sở đã thẩm định 04 dự thảo đề án của các đơn vị.' },
      // No unlawful document found is no count of documents reviewed.
      { text: 'Qua kiểm tra, không phát hiện văn bản nào trái pháp luật.' },
      { text: 'Qua kiểm tra, phát hiện 7 văn bản quy phạm pháp luật trái pháp luật.' },
      { text: 'Tỉnh chưa ban hành văn bản quy phạm pháp luật quy định chi tiết về nội dung này.' },
      { text: 'Đến nay, Bộ chưa ban hành văn bản hướng dẫn thi hành quy định về quy phạm pháp luật này.' },
      { text: 'Sở đã ban hành 25 văn bản chỉ đạo, điều hành công tác cải cách hành chính.' },
      { text: 'UBND tỉnh quyết định bãi bỏ 30 văn bản quy phạm pháp luật hết hiệu lực.' },
      { text: 'Cơ sở dữ liệu quốc gia đã cập nhật 2.100 văn bản quy phạm pháp luật.' },
      { text: 'Kết quả rà soát VBQPPL: 96 văn bản còn hiệu lực, 4 văn bản hết hiệu lực toàn bộ.' },
      { text: 'Số văn bản QPPL phát hiện trái pháp luật: 2.' },
      { text: 'Số văn bản đến trong năm: 1.240.' },
      { text: 'Qua kiểm tra, 22 văn bản quy phạm pháp luật đúng quy định.' },
      // A document that implements a decree is no legal document by that name.
      { text: 'Để triển khai Nghị định số 118/2025/NĐ-CP, Sở đã ban hành 04 văn bản hướng dẫn các đơn vị.' },
    ],
  },
  cue: /van ban|vbqppl|du thao|nghi quyet|quyet dinh|thong tu|nghi dinh/,
  match(ctx) {
    const f = withoutSpelledOut(ctx.folded);
    const legalContext = LEGAL.test(f) || ctx.headings.some((h) => LEGAL.test(h)) || LEGAL.test(ctx.leadIn?.folded ?? '');
    /** The sentence before, in the same paragraph, names legal documents (read once, when needed). */
    let prior: boolean | undefined;
    const priorLegal = (): boolean => {
      if (prior === undefined) {
        const at = ctx.block.text.indexOf(ctx.text);
        prior = at > 0 && LEGAL.test(lastSentence(fold(ctx.block.text.slice(Math.max(0, at - 400), at))));
      }
      return prior;
    };
    const last: { metric: Metric | null; draft: boolean; tier?: Tier } = { metric: null, draft: false };
    const opensOnLabel = LEGAL_LABEL_OPENING.test(f);
    /** Right after a legal document issued, a comma, then the act of issuing again before this figure. */
    const parallelIssue = (n: { start: number }): boolean => {
      if (last.metric !== 'legal_doc.issued') return false;
      const prev = ctx.numbers.filter((m) => m.end <= n.start).at(-1);
      return prev !== undefined && PARALLEL_ISSUE.test(f.slice(prev.end, n.start));
    };
    for (const n of ctx.numbers) {
      // ("(năm 2023: 128 dự thảo)", "(cùng kỳ năm trước: 15)": a bracket of another period's figures is no record of this one.)
      if (inOtherPeriodBracket(f, n.start)) continue;
      if (n.percent) continue;
      // "Số VBQPPL đã ban hành/đã tự kiểm tra: 06/06": two acts joined by a slash in the label, then a fraction — the first
      // act's figure over the second's.
      const pair = n.denominator !== undefined ? ACT_PAIR.exec(f.slice(f.lastIndexOf(';', n.start) + 1, n.start)) : null;
      if (pair) {
        const slash = f.indexOf('/', n.start);
        const metricOf = (act: string): Metric => (act === 'ban hanh' || act === 'thong qua' ? 'legal_doc.issued' : 'legal_doc.reviewed');
        ctx.emit({ metric: metricOf(pair[1]!), value: n.value, range: [n.start, slash], inferStatus: false, confidence: 0.9 });
        ctx.emit({ metric: metricOf(pair[2]!), value: n.denominator!, range: [slash + 1, n.end], inferStatus: false, confidence: 0.9 });
        continue;
      }
      // "(HĐND tỉnh 12 Nghị quyết, UBND tỉnh 23 Quyết định)": in a bracket after a legal-document figure, the decisions are its parts;
      // "… 41 văn bản QPPL, gồm 16 nghị quyết và 25 quyết định": likewise in a breakdown after "gồm / trong đó".
      const partOfLast = last.metric !== null && (inParens(f, n.start) || /\b(?:gom|bao gom|trong do)\b[^;.]*$/.test(f.slice(0, n.start)));
      // ("a) 05 Quyết định của UBND tỉnh;" under a lead-in: the decisions are its documents too.)
      const leadItem = ctx.leadIn !== null && labelOnly(f.slice(0, n.start));
      const selfChecked = SELF_CHECK_BEFORE.test(f.slice(Math.max(0, n.start - 40), n.start));
      // ("… trong đó có 19 Quyết định là văn bản QPPL": decisions said to be legal documents.)
      const noun =
        nounAfter(f, n.end, NOUN.document) ??
        nounAfter(f, n.end, LEGAL_KIND) ??
        // ("thẩm định 11/11 hồ sơ dự thảo VBQPPL": the file of a draft counts the draft.)
        nounAfter(f, n.end, 'ho so du thao') ??
        (partOfLast || leadItem || DECISIONS_ARE_LEGAL.test(f.slice(n.end, n.end + 60)) ? nounAfter(f, n.end, 'quyet dinh') : null) ??
        // ("Sở Tư pháp tham mưu ban hành 12 Quyết định QPPL, Sở Tài chính tham mưu ban hành 09 Quyết định": the same act, after a
        // comma, on decisions of the same kind.)
        (parallelIssue(n) && !NOT_LEGAL_DECISION.test(f.slice(n.end)) ? nounAfter(f, n.end, 'quyet dinh|nghi quyet') : null) ??
        // ("Sở Tư pháp tự kiểm tra 37/37 quyết định": only legal documents are self-checked or checked by competence.)
        (selfChecked ? nounAfter(f, n.end, 'quyet dinh|nghi quyet') : null) ??
        // ("ban hành 42 văn bản QPPL, trong đó 35 quyết định, 7 chỉ thị": before 2016 a committee's directives were legal documents.)
        (partOfLast ? nounAfter(f, n.end, 'chi thi') : null);
      const tail = f.slice(n.end);
      // "(cấp tỉnh 30, cấp huyện 121 văn bản)": a bracketed breakdown may drop the noun on all but the last part.
      // "(Nghị quyết HĐND tỉnh: 19; Quyết định UBND tỉnh: 28)", "(HĐND tỉnh 18, UBND tỉnh 47)": parts labelled by their kind of
      // document or by the body issuing them, after a legal-document figure.
      const bracketPart =
        inParens(f, n.start) &&
        ((/^\s*[,;]/.test(tail) && /^[^)]*\d\s*(?:van ban|vbqppl)\b[^)]*\)/.test(tail)) ||
          (last.metric !== null && /^\s*[,;)]/.test(tail) && PART_LABEL.test(f.slice(f.lastIndexOf('(', n.start), n.start))));
      // "Số văn bản QPPL đã ban hành: 0.", "Số VBQPPL được kiểm tra: 12": the documents named in the label before a bare figure.
      // ("… trong kỳ: 03 (Quyết định của UBND huyện)": a bracket glossing the figure may follow.)
      // ("Số VBQPPL đã tham mưu ban hành: 02 Quyết định.": the kind of the documents may follow the bare figure.)
      const kindAfter = /^\s*(?:nghi quyet|quyet dinh|thong tu|nghi dinh)(?: (?:cua )?(?:hdnd|ubnd|hoi dong nhan dan|uy ban nhan dan)(?: [a-z]+){0,2})?\s*(?=[;,.()]|$)/.exec(tail);
      const labelled = !noun && (/^\s*(?:[;,.()]|$)/.test(tail) || kindAfter !== null) && LABEL_BEFORE.test(f.slice(f.lastIndexOf(';', n.start) + 1, n.start));
      // "Tổng số văn bản QPPL được kiểm tra: 42; trong đó: tự kiểm tra 12, kiểm tra theo thẩm quyền 30": bare parts after
      // their verb, once the sentence has counted legal documents.
      // ("Số văn bản QPPL được HĐND, UBND cấp huyện ban hành: 34; cấp xã: 12": a parallel tier label takes the figure before's reading.)
      // ("Văn bản QPPL: ban hành 06, rà soát 42.": likewise in a sentence opening on a label that names legal documents.)
      const cuedBare =
        !noun && (last.metric !== null || opensOnLabel) && /^\s*(?:[;,.)]|$)/.test(tail) && (BARE_AFTER_VERB.test(f.slice(0, n.start)) || /[;,]\s*cap (?:tinh|huyen|xa)\s*(?::|\bla)\s*$/.test(f.slice(0, n.start)));
      if (!noun && !bracketPart && !labelled && !cuedBare) continue;
      if (noun && NOT_LEGAL.test(tail)) continue;
      if (noun?.noun === 'van ban' && WHOLE_OF_LEGAL_PART.test(f.slice(noun.end))) continue;
      // "100 văn bản còn hiệu lực, 15 văn bản cần sửa đổi": results of a review, not counts of work.
      const result = noun ? RESULT_AFTER.exec(f.slice(noun.end)) : null;
      if (result && !(result[1] === 'con hieu luc' && REVIEW_RIGHT_BEFORE.test(f.slice(0, n.start)))) continue;
      const masked = inParens(f, n.start) ? f.slice(0, n.start) : maskClosedParens(f, n.start).slice(0, n.start);
      let cue = lastCue(withoutIssuer(masked).replace(/\(/g, ' ').replace(WHEN_ISSUED, (m) => ' '.repeat(m.length)), CUES);
      const right = tail.slice(0, 80);
      let metric: Metric | null = null;
      let draft = false;
      let issuedPart = false;
      if (cue?.label === 'breakdown' || (inParens(f, n.start) && cue?.label !== 'stop')) {
        metric = last.metric ?? (cue?.label === 'reviewed' ? 'legal_doc.reviewed' : null);
        // The parts of drafted documents are drafts too, unless the part says it was issued
        // ("xây dựng 04 dự thảo …, trong đó 03 văn bản đã được ban hành").
        // ("… 05 văn bản đã được UBND tỉnh ban hành": the issuing body may stand between.)
        issuedPart = noun !== null && /^\s*(?:da\s+)?duoc\s+(?:(?:ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan|chu tich|tinh|huyen|xa|thanh pho|thi xa|quan|,|va)\s*){0,5}ban hanh\b/.test(f.slice(noun.end));
        draft = last.metric !== null && last.draft && !issuedPart;
        // "ban hành 120 văn bản chỉ đạo, trong đó có 15 văn bản QPPL": the part of a whole that was not counted.
        if (!metric && cue?.label === 'breakdown') cue = lastCue(masked.slice(0, cue.index).replace(/\(/g, ' '), CUES);
      }
      if (!metric && cue?.label === 'reviewed') metric = 'legal_doc.reviewed';
      if (!metric && cue?.label === 'issued') {
        metric = 'legal_doc.issued';
        // "tham mưu UBND tỉnh trình HĐND tỉnh thông qua 04 Nghị quyết": the agency drafted what another body passes.
        // "xây dựng, trình ban hành 03 văn bản": submitted for issue is drafted too.
        // (Only since the figure before: "tham mưu … ban hành 02 nghị quyết, đồng thời ban hành theo thẩm quyền 05 quyết định".)
        const prevEnd = ctx.numbers.filter((m) => m.end <= n.start).at(-1)?.end ?? 0;
        // ("xây dựng 05 dự thảo VBQPPL, trong đó đã được ban hành 03 văn bản": "dự thảo" as the noun of the figure before is no
        // drafting of this one.)
        const from = Math.max(0, masked.lastIndexOf(';', cue.index) + 1, cue.index < prevEnd ? 0 : prevEnd);
        const seg = from === prevEnd && prevEnd > 0 ? masked.slice(from, cue.index).replace(/^\s*du thao\b/, '') : masked.slice(from, cue.index);
        draft = /\b(?:tham muu|soan thao|du thao|trinh)\b/.test(seg);
        // ("Số VBQPPL do Sở chủ trì soạn thảo được ban hành: 04": what the agency wrote, said issued — done, as "… do Sở chủ trì
        // soạn thảo đã được HĐND tỉnh thông qua" is; "tham mưu" stays a drafting.)
        if (draft && !/\b(?:tham muu|du thao|trinh)\b/.test(seg) && /\bduoc\s+(?:[a-z]+\s+){0,3}?$/.test(masked.slice(0, cue.index))) draft = false;
        // ("tham mưu HĐND tỉnh ban hành 05 Nghị quyết và UBND tỉnh ban hành 07 Quyết định": a second issuing body joined by "và" to
        // the drafted figure before, with no comma or act of its own, is under the same drafting.)
        if (!draft && last.metric === 'legal_doc.issued' && last.draft && prevEnd > 0 && cue.index >= prevEnd && DRAFTED_FOR_ALSO.test(masked.slice(prevEnd, cue.index))) draft = true;
      }
      if (!metric && cue?.label === 'draft') {
        metric = 'legal_doc.issued';
        draft = true;
      }
      // ("góp ý 23 dự thảo; tiếp nhận 41 văn bản QPPL … gửi đến để kiểm tra": received for checking right before the figure,
      // whatever cue an earlier clause left.)
      // ("tiếp nhận 402 văn bản QPPL cấp huyện gửi đến, qua kiểm tra phát hiện …": sent in, and the clause goes on to check them.)
      const receivedRightBefore = RECEIVED_RIGHT_BEFORE.test(masked);
      if (!metric && (!cue || receivedRightBefore) && /^[^.;]*\bde (?:tu )?kiem tra\b/.test(right)) metric = 'legal_doc.reviewed';
      if (!metric && receivedRightBefore && /^[^.;]*?\bgui (?:den|ve|len|toi)\b[^.;]*\bkiem tra\b/.test(right)) metric = 'legal_doc.reviewed';
      // "Số văn bản QPPL được ban hành trong năm:" then "- Quyết định của UBND tỉnh: 39 văn bản;": the lead-in's verb.
      // "… đã ban hành 06 văn bản QPPL …, cụ thể:" then "1. Nghị quyết của HĐND tỉnh: 02 văn bản;": the lead-in's figure's metric and status.
      if (!metric && !cue && noun && ctx.leadIn !== null && legalContext) {
        const whole = leadInFigure(ctx.leadIn, (m) => m.startsWith('legal_doc.'));
        let lead = lastCue(ctx.leadIn.folded, CUES);
        if (lead?.label === 'breakdown') lead = lastCue(ctx.leadIn.folded.slice(0, lead.index), CUES);
        if (whole) {
          metric = whole.metric as Metric;
          draft = whole.dimensions?.status === 'draft';
        } else if (lead?.label === 'issued') {
          metric = 'legal_doc.issued';
          // ("Sở đã tham mưu trình ban hành các văn bản sau:": what the agency drafted for another body to issue.)
          draft = /\b(?:tham muu|soan thao|du thao|trinh)\b/.test(ctx.leadIn.folded.slice(0, lead.index));
        } else if (lead?.label === 'reviewed') metric = 'legal_doc.reviewed';
        else if (lead?.label === 'draft') {
          // "Sở đã tham mưu trình ban hành các văn bản sau:" then "a) 02 Nghị quyết của HĐND tỉnh;": drafted.
          metric = 'legal_doc.issued';
          draft = true;
        }
      }
      // "không có văn bản quy phạm pháp luật nào được ban hành": the verb after the noun.
      // ("… (34/34 văn bản) đã được tự kiểm tra": the verb after the bracket the figure stands in.)
      // ("04 dự thảo Nghị quyết QPPL do Sở chủ trì soạn thảo đã được HĐND tỉnh thông qua": the body passing them may stand between.)
      const after = noun ? VERB_AFTER.exec(f.slice(noun.end)) : null;
      // ("đăng 66 văn bản QPPL trên Công báo": published in the gazette, neither issued nor reviewed here.)
      if (noun && /^[^;,\d]*\b(?:het hieu luc|bai bo|bi huy|tren cong bao)\b/.test(f.slice(noun.end))) continue;
      if (n.form === 'zero-phrase') metric = null;
      if (!metric && (!cue || n.form === 'zero-phrase') && after) metric = after[1] === 'ban hanh' || after[1] === 'thong qua' ? 'legal_doc.issued' : 'legal_doc.reviewed';
      // "cấp xã không ban hành văn bản QPPL nào": the verb is inside the zero phrase itself.
      // ("- Số VBQPPL được ban hành trong kỳ: không;": a stated zero under a label naming the documents and what is done to them.)
      const zeroLabel = !metric && n.form === 'zero-phrase' ? ZERO_UNDER_LABEL.exec(f.slice(Math.max(0, f.lastIndexOf(';', n.start - 1) + 1), n.start)) : null;
      // ("- Số văn bản được tự kiểm tra: Không.": only legal documents are self-checked, the label naming plain "văn bản".)
      if (!metric && !zeroLabel && n.form === 'zero-phrase' && ZERO_SELF_CHECK_LABEL.test(f.slice(Math.max(0, f.lastIndexOf(';', n.start - 1) + 1), n.start))) metric = 'legal_doc.reviewed';
      if (zeroLabel) {
        metric = zeroLabel[2] === 'ban hanh' || zeroLabel[2] === 'thong qua' ? 'legal_doc.issued' : 'legal_doc.reviewed';
        draft = metric === 'legal_doc.issued' && zeroLabel[1] !== undefined;
      }
      if (!metric && n.form === 'zero-phrase' && /\bban hanh$/.test(f.slice(n.start, n.end))) {
        metric = 'legal_doc.issued';
        // ("Sở không tham mưu ban hành VBQPPL nào": none drafted.)
        draft = /\btham muu\b/.test(f.slice(n.start, n.end));
      }
      if (!metric) continue;
      // ("Bộ trưởng đã ký ban hành 07 Thông tư": a kind of document that is always a legal one.)
      const legalKind = noun !== null && /^(?:thong tu|nghi dinh)/.test(noun.noun);
      // ("Về thể chế: UBND tỉnh ban hành 22 Quyết định QPPL. Sở Tư pháp đã thẩm định 27/27 dự thảo.": the sentence before names them.)
      const legal = legalContext || priorLegal();
      if (metric === 'legal_doc.issued' && !legal && !legalKind) continue;
      if (metric === 'legal_doc.reviewed' && !legal && !selfChecked && !/\b(?:van ban|vbqppl)\b/.test(noun?.noun ?? 'van ban')) continue;
      // "kiểm tra 86 văn bản do cấp huyện gửi đến": the issuer of the documents reviewed is no tier of the review.
      const issuerOnly =
        metric === 'legal_doc.reviewed' && ISSUER_TIER.test(f.slice(noun?.end ?? n.end)) && !/\bcap (?:tinh|huyen|xa)\s*:?\s*$/.test(f.slice(Math.max(0, n.start - 16), n.start));
      // ("- Cấp tỉnh: 65 văn bản (HĐND tỉnh 18, UBND tỉnh 47);": the parts in a bracket are of the whole's tier.)
      const bracketed = inParens(f, n.start);
      const tier = issuerOnly
        ? undefined
        : (tierOf(ctx, n, noun?.end ?? n.end) ??
          (bracketed && last.metric !== null ? last.tier : undefined) ??
          // ("Tổng số văn bản QPPL do HĐND, UBND các xã ban hành năm 2014 là 38 văn bản": the issuer's level in the label of the documents issued.)
          (metric === 'legal_doc.issued' ? issuerLabelTier(f.slice(f.lastIndexOf(';', n.start) + 1, n.start)) : undefined));
      last.metric = metric;
      last.draft = draft;
      if (!bracketed) last.tier = tier;
      const dims: { status?: 'draft'; tier?: 'province' | 'district' | 'commune'; type?: string } = {};
      if (draft) dims.status = 'draft';
      if (tier) dims.tier = tier;
      // ("… gồm: 05 nghị quyết của HĐND và 09 quyết định của UBND", "(HĐND tỉnh 15, UBND tỉnh 37)": parts by kind.)
      const partLabel = bracketPart || partOfLast ? f.slice(Math.max(0, f.lastIndexOf('(', n.start), f.lastIndexOf(',', n.start), f.lastIndexOf(';', n.start), f.lastIndexOf(':', n.start)), n.start) : null;
      const type = kindOf(noun?.noun ?? (labelled && kindAfter ? kindAfter[0].trim() : undefined), partLabel);
      if (type) dims.type = type;
      ctx.emit({
        metric,
        value: n.value,
        range: [n.start, n.end],
        ...(Object.keys(dims).length ? { dimensions: dims } : {}),
        // ("…, trong đó đã được ban hành 03 văn bản": said issued right before the figure, whatever drafting the sentence tells.)
        ...(issuedPart || ownReview(f, n.start, metric, ctx.inPlan) || (metric === 'legal_doc.issued' && !draft && cue?.label === 'issued' && SAID_ISSUED.test(masked)) ? { inferStatus: false } : {}),
        ...(n.qualifier ? { qualifier: n.qualifier } : {}),
        confidence: 0.85,
      });
    }
  },
});
