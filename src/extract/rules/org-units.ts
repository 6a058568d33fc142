import { inChangeList, inOtherPeriodBracket, inPartsOfInspected, isFromValue, maskClosedParens, tierOf, withoutSpelledOut } from '../figure-context.ts';
import { ITEM_MARKER, labelOnly, leadInFigure, bodiesOfWork } from '../lead-in.ts';
import { notStructure } from '../org-context.ts';
import { defineRule } from '../rule.ts';

/** "02 đơn vị trực thuộc", "01 đơn vị sự nghiệp công lập", "01 đơn vị SNCL tự đảm bảo …"; group 1: the kind. */
// ("08 chi cục, đơn vị sự nghiệp trực thuộc", "03 trung tâm và đơn vị trực thuộc": other affiliated bodies named first.)
// ("02 chi cục trực thuộc", "03 trung tâm trực thuộc": affiliated bodies of one kind, "trực thuộc" as their kind.)
// ("01 đơn vị do Nhà nước bảo đảm chi thường xuyên": the State, as the budget, pays for it.)
const UNIT = /^\s*(?:(?:chi cuc|trung tam|tram|ban|vien)\s*(?:,|va|\/)\s*)?(?:don vi|(?=(?:chi cuc|trung tam|tram|vien)\s+truc thuoc\b)[a-z]+ [a-z]+)\s+(truc thuoc|su nghiep cong lap|su nghiep|sncl|dvsncl|tu chu|(?:(?:do|duoc) (?:ngan sach(?: nha nuoc)?|nsnn|nha nuoc) )?(?:tu )?(?:dam bao|bao dam))\b/;
/**
 * "04 chi cục", "02 trung tâm" counted in the agency's structure ("06 phòng chuyên môn, 04 chi cục và 09 đơn vị sự
 * nghiệp"): affiliated bodies by their own kind, with no "đơn vị" or "trực thuộc". Group 1: the kind.
 */
const BODY_KIND = /^\s*(chi cuc|trung tam)\b(?!\s+(?:truong|pho|phuc vu|hanh chinh|y te|van hoa|giao duc|ky thuat|dich vu)\b)/;
/** Another count of the agency's structure joined right before the figure ("06 phòng chuyên môn, 04 chi cục"). */
const STRUCTURE_BEFORE = /\d\s+(?:phong(?: chuyen mon| nghiep vu)?|chi cuc|trung tam|don vi [a-z ]{0,30})\s*(?:,|va)\s*$/;
/** Another count of the agency's structure joined right after the body ("04 chi cục và 09 đơn vị sự nghiệp"). */
const STRUCTURE_AFTER = /^\s*(?:,|va)\s*\d+\s+(?:phong (?:chuyen mon|nghiep vu)|chi cuc|trung tam|don vi (?:truc thuoc|su nghiep|sncl))\b/;
/** A structure lead in the sentence before the figure ("Cơ cấu tổ chức của Sở gồm: …"). */
const STRUCTURE_LEAD = /\b(?:co cau to chuc|to chuc bo may|bo may (?:cua|to chuc|gom)|co cau bo may)\b[^;.]*\b(?:gom|co)\b/;
/** Sector breakdowns ("đơn vị sự nghiệp giáo dục") belong to reorganisation plans, not the agency's structure. */
// ("02 đơn vị sự nghiệp khác trực thuộc UBND huyện": other units the committee owns, beside its schools, are its structure.)
// ("Sở có 08 phòng và 21 đơn vị sự nghiệp y tế trực thuộc": a department's units of its own sector, affiliated to it, are its structure
// — not "đơn vị sự nghiệp giáo dục trực thuộc UBND huyện", a district's schools.)
const SECTOR = /^\s*(?:(?:giao duc|y te|van hoa|nong nghiep|khoa hoc)(?! truc thuoc(?! (?:ubnd|uy ban|huyen|quan|thi xa|thanh pho|tinh)\b))|khac(?! (?:truc thuoc|thuoc (?:ubnd|uy ban|so|huyen)))|cap tinh|cap huyen)\b/;
/** "số đơn vị sự nghiệp công lập thuộc tỉnh còn 584 đơn vị": the kind named before its count ("Các đơn vị sự nghiệp công lập thuộc UBND huyện: 04 đơn vị", as a label). */
const KIND_BEFORE = new RegExp(
  String.raw`(?:${ITEM_MARKER}(?:cac )?|\b(?:tong )?so(?: luong)? )don vi (truc thuoc|su nghiep cong lap|su nghiep|sncl|dvsncl)\b[^;.\d]{0,40}?(?:\b(?:la|con|co|gom|xuong)\s*(?::\s*)?|:\s*)(?:(?:hon|tren|gan|khoang)\s*)?$`,
);
/** A kind of unit named shortly before ("đơn vị sự nghiệp công lập, hiện còn"). Group 1: the kind. */
/** "từ 1.094 (đơn vị) xuống": the value a change starts from, its digits blanked (same length). */
const withoutFromValue = (s: string): string => s.replace(/\btu \d[\d.,]*/g, (m) => `tu ${'x'.repeat(m.length - 3)}`);
const KIND_EARLIER = /\bdon vi (truc thuoc|su nghiep cong lap|su nghiep|sncl|dvsncl)\b[^;.\d]{0,60}$/;
/** "giảm 09 (đơn vị)" between the kind and what is left: the change's figure blanked (same length). */
// ("số đơn vị sự nghiệp công lập trực thuộc UBND huyện giảm 09 đơn vị, hiện còn 58 đơn vị")
const withoutChangeValue = (s: string): string => s.replace(/\b(?:giam|tang)(?: them)? \d[\d.,]*/g, (m) => m.replace(/[\d.,]/g, 'x'));
/** After a fraction, units named by their kind of financial autonomy ("đơn vị (sự nghiệp) tự bảo đảm …", "đơn vị tự chủ"). */
const AUTONOMY_FRACTION = /^\s*don vi (?:su nghiep(?: cong lap)? |sncl )?(?:tu (?:bao dam|dam bao|chu)|(?:do|duoc) (?:ngan sach(?: nha nuoc)?|nsnn|nha nuoc) (?:bao dam|dam bao))\b/;
/** A clause labelled by a kind of financial autonomy alone ("tự bảo đảm một phần là"). */
const AUTONOMY_LABEL = /^\s*(?:(?:do |duoc )?(?:ngan sach(?: nha nuoc)?|nsnn|nha nuoc) )?(?:tu )?(?:dam bao|bao dam)\b[a-z ,]{0,40}?(?:\bla|:|\bco)\s*$/;
/** Everything up to the last breakdown cue of a clause ("…: 41 đơn vị, trong đó "). */
const BEFORE_PART_CUE = /^.*\b(?:trong do|gom|bao gom)\b\s*:?\s*/;
/** Public service units named ("đơn vị sự nghiệp", "SNCL"). */
const PUBLIC_UNITS = /\bdon vi (?:su nghiep|sncl|dvsncl)\b/;
/** "01 đơn vị nhóm 2": units of a group of financial autonomy, the group after their noun. Group 1: the group. */
const GROUP_AFTER = /^\s*don vi (?:su nghiep(?: cong lap)? |sncl )?nhom ([1-4])\b/;
/** "nhóm 2 có": a group of financial autonomy labelling its count of units. */
const AUTONOMY_GROUP = /\bnhom [1-4]\s*(?::|\bla|\bco)\s*$/;
// ("01 Thanh tra và 02 đơn vị trực thuộc": a counted inspectorate is a body of the structure, no act of inspecting.)
// ("tham mưu kiện toàn 03 đơn vị sự nghiệp công lập": units reorganised in the period are a change, not the count the agency has.)
// (An inspectorate named by its owner or closed by the list's comma or "và" is a body of the structure too: "07 phòng, Thanh
// tra Sở và 04 đơn vị sự nghiệp".)
const OTHER_VERB = /\b(?:kiem tra|(?<!\d )thanh tra(?!\s+(?:so|tinh|huyen|thanh pho)\b|\s*(?:,|va\b))|giam sat|giam|tinh gian|sap xep|sap nhap|hop nhat|giai the|kien toan|iso|htqlcl)\b/;
/** "quyết định thành lập 01 đơn vị sự nghiệp": units created in the period are a change, not the count the agency has. */
const CREATED = /\b(?:thanh lap|to chuc lai)(?: (?:moi|them))?\s*$/;

/** Affiliated units closing a clause right after a stated zero ("(không có) đơn vị sự nghiệp trực thuộc."). */
const NO_UNITS = /^\s*don vi (?:su nghiep(?: cong lap)?|sncl|truc thuoc)(?: truc thuoc)?(?: (?:so|ban|phong|trung tam|chi cuc))?\s*(?:[,;.]|$)/;

/** A level of government named in a phrase: "cấp huyện", "thuộc UBND huyện". */
const LEVEL_NAMED = /\bcap (?:tinh|huyen|thi xa|thanh pho|quan(?! ly)|xa|phuong)\b|\b(?:thuoc|truc thuoc|cua) (?:ubnd|uy ban nhan dan) (?:tinh|huyen|quan|thi xa|thanh pho)\b/;

/**
 * "Toàn huyện có 12 cơ quan chuyên môn thuộc UBND huyện và 38 đơn vị sự nghiệp công lập": a level named only in the phrase of the
 * figure coordinated before (its owner), and nowhere in this figure's clause before that figure or after this one's noun, is no
 * level of this figure.
 */
function levelOnlyBefore(f: string, numbers: readonly { start: number; end: number }[], n: { start: number; end: number }, nounEnd: number): boolean {
  const prev = numbers.filter((m) => m.end <= n.start).at(-1);
  if (!prev) return false;
  const between = f.slice(prev.end, n.start);
  if (/[;:]|\.(?!\d)/.test(between) || !/(?:,|\bva)\s*$/.test(between) || !LEVEL_NAMED.test(between)) return false;
  const clauseFrom = Math.max(f.lastIndexOf(';', prev.start), f.lastIndexOf('. ', prev.start)) + 1;
  const after = f.slice(nounEnd).split(/[;,(]|\.(?!\d)/)[0]!;
  return !LEVEL_NAMED.test(f.slice(clauseFrom, prev.start)) && !LEVEL_NAMED.test(after);
}

export default defineRule({
  id: 'org-units',
  description:
    'Affiliated units of an agency: "02 đơn vị trực thuộc", "01 đơn vị SNCL tự đảm bảo chi thường xuyên" (type = SNCL).',
  examples: {
    valid: [
      {
        // A fraction of units by their kind of autonomy: the numerator is theirs.
        text: 'Đến năm 2018, Sở có 03/05 đơn vị sự nghiệp tự bảo đảm một phần chi thường xuyên.',
        records: [{ metric: 'org.units', value: 3, dimensions: { type: 'SNCL' } }],
      },
      {
        // A department's units of its own sector, affiliated to it: its structure.
        text: 'Sở Nông nghiệp và PTNT có 06 phòng chuyên môn, 04 chi cục và 07 đơn vị sự nghiệp nông nghiệp trực thuộc.',
        records: [
          { metric: 'org.units', value: 4, dimensions: { type: 'chi cục' } },
          { metric: 'org.units', value: 7, dimensions: { type: 'SNCL' } },
        ],
      },
      {
        // Other units owned by the committee, beside its schools.
        text: 'UBND huyện có 12 phòng chuyên môn và 03 đơn vị sự nghiệp khác trực thuộc UBND huyện.',
        records: [{ metric: 'org.units', value: 3 }],
      },
      {
        // Parts by group of autonomy written after the units' noun.
        text: 'Sở có 03 đơn vị sự nghiệp công lập, gồm 01 đơn vị nhóm 2 và 02 đơn vị nhóm 3.',
        records: [
          { metric: 'org.units', value: 3 },
          { metric: 'org.units', value: 1 },
          { metric: 'org.units', value: 2 },
        ],
      },
      {
        // A stated zero of the agency's structure.
        text: 'Cơ cấu tổ chức của Chi cục gồm 03 phòng chuyên môn; Chi cục chưa có đơn vị trực thuộc.',
        records: [{ metric: 'org.units', value: 0 }],
      },
      {
        // Autonomy groups with their kind in a bracket before the colon.
        text: 'Đơn vị sự nghiệp trực thuộc: 04 đơn vị, gồm: nhóm 2 (tự bảo đảm chi thường xuyên): 01 đơn vị; nhóm 4 (do ngân sách nhà nước bảo đảm): 03 đơn vị.',
        records: [
          { metric: 'org.units', value: 4 },
          { metric: 'org.units', value: 1 },
          { metric: 'org.units', value: 3 },
        ],
      },
      {
        // A kind of autonomy as the label after "trong đó", then its count of units.
        text: '- Số đơn vị sự nghiệp trực thuộc: 12 đơn vị, trong đó tự bảo đảm chi thường xuyên: 03 đơn vị.',
        records: [
          { metric: 'org.units', value: 12 },
          { metric: 'org.units', value: 3 },
        ],
      },
      {
        text: 'Sở có 05 phòng chuyên môn và 02 đơn vị trực thuộc.',
        records: [{ metric: 'org.units', value: 2 }],
      },
      {
        text: 'Ngoài ra, Sở có 01 đơn vị sự nghiệp công lập tự đảm bảo chi thường xuyên.',
        records: [{ metric: 'org.units', value: 1 }],
      },
      {
        // A change in a closed bracket before the figure is about the divisions, not the units.
        text: 'Sau kiện toàn, Ban còn 04 phòng chuyên môn (giảm 01 phòng) và 02 đơn vị sự nghiệp công lập trực thuộc.',
        records: [{ metric: 'org.units', value: 2 }],
      },
      {
        // The inspectorate listed among the bodies is one of them: the bracket's part is no inspected unit.
        text: 'Bộ máy của Ban Quản lý gồm: Văn phòng, Thanh tra, 03 phòng nghiệp vụ và 02 đơn vị sự nghiệp (trong đó 01 đơn vị tự bảo đảm chi thường xuyên).',
        records: [
          { metric: 'org.units', value: 2 },
          { metric: 'org.units', value: 1 },
        ],
      },
      {
        // An autonomy group's item under a lead-in counting the public service units.
        before: 'Sở Giao thông vận tải có 03 đơn vị sự nghiệp công lập, trong đó:',
        text: '- Nhóm 3 (tự bảo đảm một phần chi thường xuyên): 02 đơn vị;',
        records: [{ metric: 'org.units', value: 2 }],
      },
      {
        // The inspectorate named in the list by its owner is a body of the structure, no inspection.
        text: 'Bộ máy của Sở hiện có 06 phòng, Thanh tra sở và 03 đơn vị trực thuộc.',
        records: [{ metric: 'org.units', value: 3 }],
      },
      {
        text: 'Văn phòng có lãnh đạo văn phòng và 09 đơn vị trực thuộc.',
        records: [{ metric: 'org.units', value: 9 }],
      },
      {
        text: 'Có 02 đơn vị tự bảo đảm chi thường xuyên và 07 đơn vị do ngân sách nhà nước bảo đảm một phần chi thường xuyên.',
        records: [
          { metric: 'org.units', value: 2 },
          { metric: 'org.units', value: 7 },
        ],
      },
      {
        text: 'Sau sắp xếp, số đơn vị sự nghiệp công lập thuộc huyện còn 71 đơn vị.',
        records: [{ metric: 'org.units', value: 71 }],
      },
      {
        before: 'Tổ chức bộ máy:',
        text: '- Đơn vị sự nghiệp trực thuộc: 03;',
        records: [{ metric: 'org.units', value: 3 }],
      },
      {
        text: 'Số đơn vị sự nghiệp trực thuộc Sở: 04 đơn vị.',
        records: [{ metric: 'org.units', value: 4 }],
      },
      {
        // The change's figure between the kind and what is left.
        text: 'Số đơn vị sự nghiệp công lập thuộc UBND thị xã giảm 07 đơn vị, hiện còn 44 đơn vị.',
        records: [{ metric: 'org.units', value: 44, dimensions: { type: 'SNCL' } }],
      },
      {
        text: 'Sau sắp xếp, tỉnh đã giảm 52 đơn vị sự nghiệp công lập, hiện còn 731 đơn vị.',
        records: [{ metric: 'org.units', value: 731, dimensions: { type: 'SNCL' } }],
      },
      {
        text: 'Số đơn vị sự nghiệp công lập của tỉnh giảm từ 1.212 xuống còn 1.047 đơn vị.',
        records: [{ metric: 'org.units', value: 1047, dimensions: { type: 'SNCL' } }],
      },
      {
        text: 'Sau sắp xếp, giảm từ 11 xuống còn 08 đơn vị sự nghiệp trực thuộc Sở.',
        records: [{ metric: 'org.units', value: 8, dimensions: { type: 'SNCL' } }],
      },
      {
        text: 'Số đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên là 09 đơn vị; tự bảo đảm một phần chi thường xuyên là 31 đơn vị.',
        records: [
          { metric: 'org.units', value: 9, dimensions: { type: 'SNCL' } },
          { metric: 'org.units', value: 31, dimensions: { type: 'SNCL' } },
        ],
      },
      {
        before: 'Sau khi sắp xếp, cơ cấu tổ chức của Sở gồm:',
        text: 'c) Đơn vị sự nghiệp công lập: 02 đơn vị.',
        records: [{ metric: 'org.units', value: 2, dimensions: { type: 'SNCL' } }],
      },
      {
        // An item labelled by a kind of the lead-in's units.
        before: 'Tổng số đơn vị sự nghiệp trực thuộc Sở: 05 đơn vị, trong đó:',
        text: 'b) Đơn vị do ngân sách nhà nước bảo đảm chi thường xuyên: 03 đơn vị.',
        records: [{ metric: 'org.units', value: 3, dimensions: { type: 'SNCL' } }],
      },
      {
        text: 'Số đơn vị sự nghiệp công lập tự chủ tài chính: nhóm 1 có 03 đơn vị, nhóm 2 có 11 đơn vị, nhóm 3 có 40 đơn vị.',
        records: [
          { metric: 'org.units', value: 3, dimensions: { type: 'SNCL' } },
          { metric: 'org.units', value: 11, dimensions: { type: 'SNCL' } },
          { metric: 'org.units', value: 40, dimensions: { type: 'SNCL' } },
        ],
      },
      {
        text: 'Ngoài Văn phòng và 03 phòng nghiệp vụ, Ban có 02 trung tâm trực thuộc.',
        records: [{ metric: 'org.units', value: 2 }],
      },
      {
        // Another kind of affiliated body named before "đơn vị".
        text: 'Bộ máy của Sở gồm Văn phòng, Thanh tra, 06 phòng chuyên môn và 04 chi cục, đơn vị sự nghiệp trực thuộc.',
        records: [{ metric: 'org.units', value: 4, dimensions: { type: 'SNCL' } }],
      },
      {
        // "do ngân sách bảo đảm" without "nhà nước".
        text: 'Có 05 đơn vị do ngân sách bảo đảm toàn bộ chi thường xuyên.',
        records: [{ metric: 'org.units', value: 5, dimensions: { type: 'SNCL' } }],
      },
      {
        // Affiliated bodies of their own kind, counted beside the agency's divisions and units.
        text: 'Tổ chức bộ máy của Sở gồm Văn phòng, Thanh tra, 07 phòng chuyên môn, 03 chi cục và 05 đơn vị sự nghiệp trực thuộc.',
        records: [
          { metric: 'org.units', value: 3 },
          { metric: 'org.units', value: 5, dimensions: { type: 'SNCL' } },
        ],
      },
      {
        text: 'Ngoài 04 phòng nghiệp vụ, Ban có 02 trung tâm và 01 đơn vị sự nghiệp.',
        records: [
          { metric: 'org.units', value: 2 },
          { metric: 'org.units', value: 1, dimensions: { type: 'SNCL' } },
        ],
      },
      {
        // The level in the owner phrase of the figure before is that figure's, not this one's.
        text: 'Hiện nay, toàn thị xã có 11 cơ quan chuyên môn thuộc UBND thị xã và 27 đơn vị sự nghiệp công lập.',
        records: [{ metric: 'org.units', value: 27, dimensions: { type: 'SNCL' } }],
      },
    ],
    invalid: [
      // Units reorganised in the period, not the count the agency has.
      { text: 'Trong năm, Sở Nội vụ đã tham mưu kiện toàn 04 đơn vị sự nghiệp công lập thuộc UBND tỉnh.' },
      // Bodies doing ISO work, with no 'có' stating a structure.
      { text: 'Sở và 05 đơn vị sự nghiệp trực thuộc tiếp tục duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.' },
      { text: 'Trong năm, có 03 đơn vị sự nghiệp trực thuộc được giải thể.' },
      { text: 'Sở đã kiểm tra công tác cải cách hành chính tại 03 chi cục và 02 phòng chuyên môn.' },
      { text: 'Có 04 chi cục đã áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.' },
      { text: 'Tỉnh giảm 3 chi cục, từ 15 chi cục xuống còn 12 chi cục; giảm 20 phòng chuyên môn.' },
      { before: 'Năm 2024, Sở đã kiểm tra công tác cải cách hành chính tại 05 phòng, đơn vị, gồm:', text: 'b) 02 đơn vị sự nghiệp trực thuộc.' },
      { text: 'Số đơn vị sự nghiệp công lập giảm 12 đơn vị so với năm 2020.' },
      { text: 'Đoàn công tác đã làm việc với 02 chi cục trực thuộc Sở về công tác cải cách hành chính.' },
      { text: 'Trong đó có 40 đơn vị sự nghiệp giáo dục và 12 đơn vị sự nghiệp y tế.' },
      { text: 'Huyện có 52 đơn vị sự nghiệp giáo dục trực thuộc UBND huyện.' },
      { text: 'Kiểm tra công tác cải cách hành chính tại 03 phòng, đơn vị trực thuộc Sở.' },
      { text: 'Đến năm 2025 tỉnh sẽ giảm 30 đơn vị sự nghiệp công lập.' },
      { text: 'Trong năm, UBND tỉnh quyết định thành lập mới 02 đơn vị sự nghiệp công lập thuộc Sở Y tế.' },
      { text: 'Sở đã hướng dẫn 12 đơn vị sự nghiệp lập phương án tự chủ và giao quyền tự chủ cho 09 đơn vị sự nghiệp công lập.' },
      { text: 'Trong quý, có 04 đơn vị trực thuộc còn để xảy ra hồ sơ trễ hạn.' },
      { text: 'Trong quý, không có đơn vị trực thuộc nào để xảy ra hồ sơ trễ hạn.' },
      { text: 'Cả 09 đơn vị trực thuộc đều được kiểm tra về thực hiện quy chế dân chủ.' },
      { text: 'Năm 2024 giảm 03 phòng chuyên môn, 05 đơn vị sự nghiệp công lập so với năm 2021.' },
      { text: 'Đoàn kiểm tra của UBND huyện đã làm việc tại 06 cơ quan, đơn vị (02 phòng chuyên môn, 04 đơn vị sự nghiệp công lập).' },
    ],
  },
  cue: /don vi|truc thuoc|chi cuc|trung tam/,
  match(ctx) {
    const f = withoutSpelledOut(ctx.folded);
    let counted = false;
    const leadUnits = leadInFigure(ctx.leadIn, (m) => m === 'org.units');
    for (const n of ctx.numbers) {
      // ("(năm 2023: 128 dự thảo)", "(cùng kỳ năm trước: 15)": a bracket of another period's figures is no record of this one.)
      if (inOtherPeriodBracket(f, n.start)) continue;
      // ("Ban có Văn phòng và 05 phòng chuyên môn, không có đơn vị sự nghiệp trực thuộc.": a stated zero of the structure, the
      // clause ending on the units — not "không có đơn vị trực thuộc nào để xảy ra …".)
      if (n.form === 'zero-phrase' && /^(?:khong|chua) co$/.test(f.slice(n.start, n.end)) && NO_UNITS.test(f.slice(n.end))) {
        counted = true;
        ctx.emit({ metric: 'org.units', value: 0, range: [n.start, n.end] });
        continue;
      }
      // ("02/04 đơn vị sự nghiệp tự bảo đảm chi thường xuyên": the units of a kind of autonomy out of all, the numerator theirs.)
      if (n.denominator !== undefined && !AUTONOMY_FRACTION.test(f.slice(n.end))) continue;
      if (n.percent || n.form === 'zero-phrase' || isFromValue(f, n) || inChangeList(f, n.start)) continue;
      const tail = f.slice(n.end);
      const u = UNIT.exec(tail);
      // ("số đơn vị sự nghiệp công lập thuộc huyện giảm từ 86 xuống 79 đơn vị": the value a change starts from is no figure between.)
      const before0 = u ? null : KIND_BEFORE.exec(withoutFromValue(f.slice(f.lastIndexOf(';', n.start) + 1, n.start)));
      // "… giảm 78 đơn vị sự nghiệp công lập, hiện còn 694 đơn vị": what is left of the kind just named.
      // ("Số đơn vị sự nghiệp công lập giảm từ 1.094 xuống còn 968 đơn vị": the value the change starts from is no figure between.)
      const remaining = !u && !before0 && /\b(?:hien )?con\s*$/.test(f.slice(Math.max(0, n.start - 12), n.start)) ? KIND_EARLIER.exec(withoutChangeValue(withoutFromValue(f.slice(Math.max(0, n.start - 110), n.start)))) : null;
      const before = before0 ?? remaining;
      const bare = before ? /^\s*(?:don vi)?(?=\s*(?:[,;.()]|va\b|$))/.exec(tail) : null;
      // "…; tự bảo đảm một phần là 56 đơn vị": a further kind of autonomy after a count of units.
      // ("41 đơn vị, trong đó tự bảo đảm một phần chi thường xuyên: 02 đơn vị": the label after the breakdown's cue.)
      const autonomyClause = f.slice(f.lastIndexOf(';', n.start) + 1, n.start);
      const autonomyLabel = AUTONOMY_LABEL.test(autonomyClause) || AUTONOMY_LABEL.test(autonomyClause.replace(BEFORE_PART_CUE, ''));
      const autonomy = !u && !bare && counted && autonomyLabel ? /^\s*don vi\b/.exec(tail) : null;
      // "a) Đơn vị tự bảo đảm chi thường xuyên: 01 đơn vị;" under "Tổng số đơn vị sự nghiệp trực thuộc Sở: 04 đơn vị, trong đó:":
      // an item labelled by a kind of the lead-in's units.
      const part = !u && !(before && bare) && !autonomy && leadUnits && labelOnly(f.slice(0, n.start)) ? /^\s*don vi\b/.exec(tail) : null;
      // "Số đơn vị sự nghiệp công lập tự chủ tài chính: nhóm 1 có 05 đơn vị, nhóm 2 có 18 đơn vị": counts by autonomy group.
      // ("nhóm 1 (tự bảo đảm chi thường xuyên và chi đầu tư): 01 đơn vị": the group's kind in a bracket before its colon.)
      const groupLabel = f.slice(Math.max(0, n.start - 120), n.start).replace(/\([^()]*\)/g, ' ');
      // ("- Nhóm 2 (tự bảo đảm chi thường xuyên): 05 đơn vị;" under "… 24 đơn vị sự nghiệp công lập trực thuộc, trong đó:": the
      // units the groups share are named by the lead-in the item belongs to.)
      // ("02 đơn vị sự nghiệp (01 đơn vị nhóm 2, 01 đơn vị nhóm 3)": the group written after the units' noun.)
      const groupAfter = !u && !(before && bare) && !autonomy && !part ? GROUP_AFTER.exec(tail) : null;
      const unitsNamed = PUBLIC_UNITS.test(f.slice(0, n.start)) || (leadUnits !== undefined && PUBLIC_UNITS.test(ctx.leadIn!.folded));
      const group =
        !u && !(before && bare) && !autonomy && !part && unitsNamed && (AUTONOMY_GROUP.test(groupLabel) || groupAfter !== null) ? (groupAfter ?? /^\s*don vi\b/.exec(tail)) : null;
      // "Cơ cấu tổ chức của Sở gồm 06 phòng chuyên môn, 04 chi cục và 09 đơn vị sự nghiệp": chi cục and trung tâm counted
      // beside the agency's other divisions and units are affiliated units of their own kind.
      const body = !u && !(before && bare) && !autonomy && !part && !group ? BODY_KIND.exec(tail) : null;
      if (body && !STRUCTURE_BEFORE.test(f.slice(0, n.start)) && !STRUCTURE_AFTER.test(f.slice(n.end + body[0].length)) && !STRUCTURE_LEAD.test(f.slice(0, n.start))) continue;
      if (!u && !(before && bare) && !autonomy && !part && !group && !body) continue;
      const unitLength = u ? u[0].length : bare ? bare[0].length : autonomy ? autonomy[0].length : part ? part[0].length : group ? group[0].length : body![0].length;
      if (u && SECTOR.test(tail.slice(unitLength))) continue;
      // ("giảm từ 15 xuống còn 12 đơn vị sự nghiệp": what is left after a change is the record.)
      // (A closed bracket before the figure says something of its own: "còn 05 phòng (giảm 02 phòng) và 03 đơn vị sự nghiệp".)
      const left = maskClosedParens(f, n.start).slice(Math.max(0, f.lastIndexOf(';', n.start) + 1, f.lastIndexOf(',', n.start) + 1), n.start);
      if ((OTHER_VERB.test(left) && !/\b(?:xuong(?: con)?|con)\s*$/.test(left)) || CREATED.test(left)) continue;
      if (inPartsOfInspected(f, n.start)) continue;
      // ("hướng dẫn 12 đơn vị sự nghiệp …", "02 phòng chuyên môn còn hồ sơ quá hạn": bodies acted on or picked out by dossiers.)
      if (notStructure(f, n.start, n.end)) continue;
      // (Items of "… áp dụng ISO tại 05 phòng, đơn vị, cụ thể:" name the bodies of that work.)
      if (bodiesOfWork(ctx.leadIn, f.slice(0, n.start))) continue;
      const kind = u ? u[1]! : before ? before[1]! : group ? 'bao dam' : part && leadUnits?.dimensions?.type === undefined ? 'truc thuoc' : 'bao dam';
      counted = true;
      // ("nhóm 2 có 18 đơn vị": a group of financial autonomy, Nghị định 60/2021 — "SNCL nhóm 2", a kind of the units counted.)
      const groupNo = group ? (groupAfter?.[1] ?? /\bnhom ([1-4])\s*(?::|\bla|\bco)\s*$/.exec(groupLabel)?.[1]) : undefined;
      const type = body ? (body[1] === 'chi cuc' ? 'chi cục' : 'trung tâm') : kind === 'truc thuoc' ? undefined : groupNo ? `SNCL nhóm ${groupNo}` : 'SNCL';
      const tier = levelOnlyBefore(f, ctx.numbers, n, n.end + unitLength) ? undefined : tierOf(ctx, n, n.end + unitLength);
      ctx.emit({
        metric: 'org.units',
        value: n.value,
        range: [n.start, n.end],
        ...(type || tier ? { dimensions: { ...(type ? { type } : {}), ...(tier ? { tier } : {}) } } : {}),
        ...(n.qualifier ? { qualifier: n.qualifier } : {}),
      });
    }
  },
});
