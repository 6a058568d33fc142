import { fold } from '../../text/normalize.ts';
import { districtOwnBodies } from '../dimensions/own-bodies.ts';
import { foldedBefore, inOtherPeriodBracket, inParens, TIER_OF, tierAround, withoutSpelledOut } from '../figure-context.ts';
import { ITEM_MARKER, labelOnly, leadInFigure } from '../lead-in.ts';
import { blockIndex } from '../dossier/document.ts';
import { defineRule, type LeadIn, type RuleContext } from '../rule.ts';

/** Bodies that can be inspected: "03 phòng, đơn vị", "15 cơ quan", "12 xã, phường", "UBND cấp xã", "01 Trung tâm", "02 Chi cục", "03 bệnh viện". */
// ("08 đơn vị (03 bệnh viện, 05 trung tâm y tế)", "02 trạm", "01 viện": public service bodies by their own kind.)
// ("03 bộ phận chuyên môn thuộc phường": a ward's sections.)
const BODY = /^\s*(?:phong|don vi|co quan|so|ban|nganh|xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|ubnd|uy ban nhan dan|dia phuong|truong(?! hop)|trung tam|chi cuc|benh vien|tram|vien(?! chuc)|bo phan)\b/;
/** "kiểm tra (công tác) CCHC (tại|đối với) …" — an inspection of reform work, to the figure's left. */
/** Between a count inspected and the next figure: only its bodies' nouns, then ";" or "và" ("09 sở, ban, ngành; 05 huyện"). */
// ("05 cơ quan chuyên môn thuộc UBND huyện; 07 UBND xã": the committee the bodies serve may close their name.)
// ("…; 07 UBND xã và 02 đơn vị sự nghiệp công lập.": a kind of public service unit closes the next count.)
const LISTED_BODIES = String.raw`(?:(?:ubnd|uy ban nhan dan|co quan|don vi|so|ban|nganh|phong|xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|cap|tinh|chuyen mon|nghiep vu|su nghiep|cong lap|sncl|truc thuoc|thuoc)\s*,?\s*)+`;
const LISTED_NEXT = new RegExp(String.raw`^\s*${LISTED_BODIES}(?:;|\bva\b)\s*$`);
/** … and the next count's own bodies close its item ("05 huyện, thị xã và", not "03 xã còn niêm yết …"). */
const LISTED_CLOSE = new RegExp(String.raw`^\s*${LISTED_BODIES}(?:[;.)]|\bva\b|$)`);
/** Between a count inspected and a further count: its breakdown opened, in the same sentence and clause. */
// ("…: 09 (gồm: 04 sở, ngành; …)": or "gồm".)
const PARTS_AFTER = /^[^;.]*\b(?:trong do|gom|bao gom)\b[^;.]*$/;
// ("kiểm tra 100% xã, phường (10/10) và 05 phòng": a share of the bodies before the next count is no break.)
const INSPECT = /\bkiem tra\b(?:(?!\b(?:thanh tra|van ban|ho so|iso|htqlcl)\b)[a-z0-9,&/()% ]){0,80}?(?:\b(?:tai|doi voi|o|cua))?[\s,]*(?:(?:hon|tren|gan|khoang)\s*)?$/;
/** "kiểm tra công tác CCHC và việc áp dụng ISO tại 30 cơ quan": a reform inspection that also looks at ISO. */
const INSPECT_REFORM =
  /\bkiem tra (?:cong tac )?(?:cai cach hanh chinh|cchc)\b(?:(?!\b(?:thanh tra|van ban|ho so)\b)[a-z0-9,&/: ]){0,80}?(?:\b(?:tai|doi voi|o|cua))?[\s,]*(?:(?:hon|tren|gan|khoang)\s*)?$/;
/** "Số cơ quan, đơn vị được kiểm tra (công tác CCHC) …:" — a label of bodies inspected. */
const LABEL = /\bso (?:luong )?(?:co quan|don vi|phong)\b[^;:\d]{0,30}?\b(?:duoc|da duoc) kiem tra\b(?:[^;:\d]|\bnam \d{4}){0,50}(?::|\bla)\s*$/;
/** A clause opening on that label: "- Số cơ quan, đơn vị được kiểm tra:". */
const LABEL_OPENING = /(?:^|;)\W*so (?:luong )?(?:co quan|don vi|phong)\b[^;:\d]{0,30}?\b(?:duoc|da duoc) kiem tra\b[^;:\d]{0,50}(?::|\bla)/;
/** "12 sở, ngành", "10 sở, ban, ngành": departments of the province. */
// ("02 sở: Sở Công Thương, Sở Xây dựng": the bare noun counted, its names after.)
const DEPARTMENTS = /^\s*so(?:,? (?:ban,? )?nganh\b|(?=\s*(?:[:;,.(]|va\b|$)))/;
/** "cơ quan chuyên môn thuộc UBND tỉnh / huyện": the departments of a province, or the divisions of a district (group 1). */
const SERVING = /^\s*(?:co quan|phong(?:,? ban)?) chuyen mon (?:thuoc|cua|truc thuoc) (?:ubnd|uy ban nhan dan) (?:tinh|(huyen|quan|thi xa))\b/;
/** "10 xã, thị trấn", "06 phường": communes. */
const COMMUNES = /^\s*(?:xa|phuong|thi tran)(?:\s*(?:,|\/|\bva\b)\s*(?:xa|phuong|thi tran))*(?![a-z])(?!\s+\p{Lu})/u;
/** "03 huyện, thành phố", "02 quận": districts. */
const DISTRICTS = /^\s*(?:huyen|quan|thi xa|thanh pho)(?:\s*(?:,|\/|\bva\b)\s*(?:huyen|quan|thi xa|thanh pho))*(?![a-z])(?!\s+\p{Lu})/u;
/** An item's label that is only bodies ("UBND huyện, thị xã, thành phố:", "Sở, ban, ngành:", "UBND cấp xã:", "Phòng chuyên môn:"); group 1: their level words. */
const BODY_LABEL = new RegExp(
  String.raw`${ITEM_MARKER}(?:ubnd |uy ban nhan dan |cac |co quan |don vi )?((?:so,? (?:ban,? )?nganh|(?:cap )?(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh)(?:\s*(?:,|\/|va)\s*(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho))*|(?:cac )?(?:phong(?:,? ban)?|co quan) chuyen mon))\s*:\s*$`,
);
/** A label of specialised divisions ("Phòng chuyên môn", "Phòng, ban chuyên môn", "Cơ quan chuyên môn"). */
const OWN_DIVISIONS = /(?:phong(?:,? ban)?|co quan) chuyen mon$/;
/** A district-level committee named (the inspector of its own divisions and its communes). */
const DISTRICT_COMMITTEE = /\b(?:ubnd|uy ban nhan dan) (?:huyen|quan|thi xa|thanh pho)\b/;
/** An inspection still to come. */
const PLANNED =
  /\b(?:ke hoach(?: so [a-z0-9/.-]+)?(?: ngay [0-9/.-]+)?(?: (?:ca nam|trong nam|nam(?: \d{4})?|quy [ivx\d]+|\d+ thang(?: dau nam| cuoi nam)?))?(?: (?:ve|ve viec|cua [a-z ]{1,30}?))? kiem tra|du kien (?:se )?(?:duoc )?(?:tiep tuc )?(?:tien hanh |to chuc )?kiem tra|se (?:tiep tuc )?(?:tien hanh |to chuc )?kiem tra)\b/;
/** "đã ban hành Kế hoạch kiểm tra … và tổ chức kiểm tra tại": a done inspection coordinated after the plan it follows. */
const DONE_AFTER_PLAN = /\bda\b[^;]*\bke hoach\b[^;]*\b(?:va|,)\s+(?:(?:tien hanh|to chuc|thuc hien|trien khai)\s+)*kiem tra\b(?![^;]*\b(?:ke hoach|se|du kien)\b)/;
/** "tiếp tục kiểm tra tại 05 xã còn lại": the inspection goes on to the bodies not yet inspected — still to come. */
const GOES_ON_TO_REST = /\btiep tuc (?:tien hanh |to chuc )?kiem tra\b[^.;]*\bcon lai\b/;
/** The inspection is about administrative reform or public service. */
// ("kiểm tra việc thực hiện quy tắc ứng xử của công chức": the code of conduct is public-service reform too.)
const REFORM = /\b(?:cai cach hanh chinh|cchc|ky luat, ky cuong|ky cuong hanh chinh|cong vu|thu tuc hanh chinh|tthc|mot cua|van hoa cong so|gio giac lam viec|gio lam viec|quy tac ung xu)\b/;

/** An inspection that names what it looks at ("kiểm tra việc thực hiện …", "kiểm tra chuyên đề về …"). */
const OBJECT_NAMED = /^kiem tra\s+(?:dot xuat\s+|dinh ky\s+)?(?:viec|ve|chuyen de|cong tac)\b/;
/** Work the reform areas also cover: the digital government, records, public finance, quality systems, service ethics. */
const REFORM_ALSO = /\b(?:chuyen doi so|chinh quyen (?:dien tu|so)|cong nghe thong tin|cntt|van thu|luu tru|tu chu|iso|htqlcl|dao duc|ky luat|ky cuong|dich vu cong|buu chinh)\b/;
/** A lead-in that plans its inspection: its own figure is planned, or it has none and says so ("Dự kiến kiểm tra tại:"). */
function leadPlanned(leadIn: LeadIn | null): boolean {
  if (leadIn === null) return false;
  const whole = leadInFigure(leadIn, (m) => m === 'inspection.units');
  return whole ? whole.dimensions?.status === 'planned' : PLANNED.test(leadIn.folded);
}

/** An earlier sentence of this paragraph tells of reform inspections. */
function reformInspectionBefore(ctx: RuleContext): boolean {
  if (!/\bkiem tra\b/.test(ctx.folded)) return false;
  const before = foldedBefore(ctx.block.text, ctx.text, fold);
  return /\bkiem tra\b/.test(before) && REFORM.test(before);
}

/** The paragraph or item right before this one (no heading between) tells of reform inspections. */
// ("Kết quả kiểm tra công tác CCHC quý II:" then a table of the bodies inspected, then "Trong quý III, dự kiến kiểm tra …":
// the table's caption tells it.)
function afterReformInspection(ctx: RuleContext): boolean {
  if (!ctx.blocks) return false;
  let at = blockIndex(ctx.blocks, ctx.block) - 1;
  while (at > 0 && ctx.blocks[at]!.kind === 'tableRow') at--;
  const prev = ctx.blocks[at];
  if (!prev || prev.kind === 'heading') return false;
  const text = fold(prev.text);
  return /\bkiem tra\b/.test(text) && REFORM.test(text);
}

export default defineRule({
  id: 'inspection-units',
  description:
    'Units inspected on administrative reform: "kiểm tra công tác CCHC tại 03 phòng, đơn vị" (status planned when it is ' +
    'scheduled: "vào Quý IV", "sẽ", a plan section).',
  examples: {
    valid: [
      {
        // The paragraph before tells of the reform inspections planned: the next one goes on with those done.
        before: 'UBND huyện ban hành Kế hoạch kiểm tra CCHC năm 2025 tại 08 cơ quan chuyên môn.',
        text: 'Đến ngày 15/6/2025, đã kiểm tra 04 cơ quan chuyên môn.',
        records: [{ metric: 'inspection.units', value: 4 }],
      },
      {
        // A zero in words under a label that names the inspected bodies.
        before: 'Công tác kiểm tra cải cách hành chính:',
        text: '- Số cơ quan được kiểm tra trong quý: không có.',
        records: [{ metric: 'inspection.units', value: 0 }],
      },
      {
        // A labelled count of bodies inspected, its parts by body in the bracket after it.
        text: '+ Số cơ quan, đơn vị được kiểm tra công tác CCHC năm 2017: 09 (gồm: 04 sở, ngành; 05 UBND cấp xã).',
        records: [
          { metric: 'inspection.units', value: 9 },
          { metric: 'inspection.units', value: 4, dimensions: { tier: 'province' } },
          { metric: 'inspection.units', value: 5, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The bodies inspected listed on after ";" and "và", each with its level.
        text: 'Năm 2024, Đoàn kiểm tra CCHC của tỉnh đã kiểm tra 07 sở, ban, ngành; 04 huyện, thị xã và 15 xã, phường, thị trấn.',
        records: [
          { metric: 'inspection.units', value: 7, dimensions: { tier: 'province' } },
          { metric: 'inspection.units', value: 4, dimensions: { tier: 'district' } },
          { metric: 'inspection.units', value: 15, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // (After the bodies inspected, another clause's count of bodies found at fault is no list of them.)
        text: 'Đã kiểm tra CCHC tại 08 xã, phường; 03 xã còn niêm yết TTHC chưa đầy đủ.',
        records: [{ metric: 'inspection.units', value: 8, dimensions: { tier: 'commune' } }],
      },
      {
        // The parts of the count inspected after an aside, far from the verb.
        text: 'Trong năm 2024, Sở Nội vụ đã kiểm tra công tác cải cách hành chính tại 36 cơ quan, đơn vị, địa phương (vượt 2 đơn vị so với kế hoạch), trong đó có 12 sở, ban, ngành, 09 UBND cấp huyện và 15 UBND cấp xã.',
        records: [
          { metric: 'inspection.units', value: 36 },
          { metric: 'inspection.units', value: 12, dimensions: { tier: 'province' } },
          { metric: 'inspection.units', value: 9, dimensions: { tier: 'district' } },
          { metric: 'inspection.units', value: 15, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A long closed bracket of names before the next count takes no room of the inspection's reach.
        text: 'Đoàn kiểm tra của tỉnh đã kiểm tra công tác CCHC tại 04 đơn vị cấp huyện (thị xã Ayun Pa, huyện Chư Prông, huyện Đak Đoa, huyện Krông Pa) và 08 đơn vị cấp xã.',
        records: [
          { metric: 'inspection.units', value: 4, dimensions: { tier: 'district' } },
          { metric: 'inspection.units', value: 8, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // Public service bodies of their own kind, as parts in a bracket.
        text: 'Năm 2025, Sở kiểm tra công tác CCHC tại 07 đơn vị (02 bệnh viện, 05 trung tâm y tế).',
        records: [
          { metric: 'inspection.units', value: 7 },
          { metric: 'inspection.units', value: 2 },
          { metric: 'inspection.units', value: 5 },
        ],
      },
      {
        text: 'Sở đã tiến hành kiểm tra công tác cải cách hành chính tại 04 phòng, đơn vị trực thuộc.',
        records: [{ metric: 'inspection.units', value: 4 }],
      },
      {
        // The bodies an inspection found at fault are no count of those inspected.
        text: 'UBND huyện kiểm tra công tác CCHC tại 09 xã; qua kiểm tra phát hiện 02 xã niêm yết TTHC chưa đầy đủ.',
        records: [{ metric: 'inspection.units', value: 9, dimensions: { tier: 'commune' } }],
      },
      {
        // The plan's span between "kế hoạch" and "kiểm tra" ("kế hoạch cả năm kiểm tra", "kế hoạch năm 2025 kiểm tra").
        text: 'Quý I đã kiểm tra công tác CCHC tại 04 đơn vị; kế hoạch cả năm kiểm tra 15 cơ quan, đơn vị.',
        records: [
          { metric: 'inspection.units', value: 4 },
          { metric: 'inspection.units', value: 15, dimensions: { status: 'planned' } },
        ],
      },
      {
        text: 'Theo kế hoạch, Sở sẽ kiểm tra CCHC đối với 05 cơ quan, đơn vị vào Quý III năm 2023.',
        records: [{ metric: 'inspection.units', value: 5, dimensions: { status: 'planned' } }],
      },
      {
        text: 'Sở ban hành Kế hoạch kiểm tra cải cách hành chính năm 2024 đối với 09 cơ quan, đơn vị.',
        records: [{ metric: 'inspection.units', value: 9, dimensions: { status: 'planned' } }],
      },
      {
        // The plan named, then the inspection done under the same "đã": no plan still to come.
        text: 'Năm 2022, Sở đã ban hành Kế hoạch kiểm tra CCHC và tổ chức kiểm tra tại 06 đơn vị trực thuộc, đạt 100% kế hoạch.',
        records: [{ metric: 'inspection.units', value: 6 }],
      },
      {
        // ("… và sẽ kiểm tra": the verb after the plan is still to come.)
        text: 'Chi cục đã xây dựng Kế hoạch kiểm tra cải cách hành chính năm 2025 và sẽ kiểm tra tại 04 đơn vị trực thuộc trong quý III.',
        records: [{ metric: 'inspection.units', value: 4, dimensions: { status: 'planned' } }],
      },
      {
        // The count in brackets restates a share of the bodies inspected.
        text: 'Sở đã kiểm tra công tác cải cách hành chính tại 100% đơn vị trực thuộc (11 đơn vị). Quý IV, Sở sẽ kiểm tra CCHC tại 100% phòng chuyên môn (06 phòng).',
        records: [
          { metric: 'inspection.units', value: 11 },
          { metric: 'inspection.units', value: 6, dimensions: { status: 'planned' } },
        ],
      },
      {
        text: 'Đoàn kiểm tra CCHC của tỉnh đã kiểm tra 05 sở, ban, ngành và 04 huyện, thị xã.',
        records: [
          { metric: 'inspection.units', value: 5, dimensions: { tier: 'province' } },
          { metric: 'inspection.units', value: 4, dimensions: { tier: 'district' } },
        ],
      },
      {
        text: 'UBND huyện đã kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại 12 xã, thị trấn.',
        records: [{ metric: 'inspection.units', value: 12, dimensions: { tier: 'commune' } }],
      },
      {
        // A plan to go on inspecting, in a sentence after the paragraph's reform inspection.
        text: 'Đoàn kiểm tra CCHC của huyện đã kiểm tra 07 cơ quan chuyên môn. Tháng 12, Đoàn sẽ tiếp tục kiểm tra 05 đơn vị còn lại.',
        records: [
          { metric: 'inspection.units', value: 7 },
          { metric: 'inspection.units', value: 5, dimensions: { status: 'planned' } },
        ],
      },
      {
        text: 'Văn phòng UBND tỉnh đã kiểm tra công tác CCHC và việc duy trì hệ thống ISO tại 12 sở, ngành. Năm tới, dự kiến kiểm tra tại 15 cơ quan, đơn vị.',
        records: [
          { metric: 'inspection.units', value: 12, dimensions: { tier: 'province' } },
          { metric: 'inspection.units', value: 15, dimensions: { status: 'planned' } },
        ],
      },
      {
        // The share's count in brackets, then the communes it counts.
        text: 'UBND huyện đã kiểm tra công tác cải cách hành chính tại 100% (12/12) xã, thị trấn.',
        records: [{ metric: 'inspection.units', value: 12, dimensions: { tier: 'commune' } }],
      },
      {
        // The committee the specialised bodies serve names their level.
        text: 'Năm 2024, Sở Nội vụ đã kiểm tra công tác cải cách hành chính tại 09 cơ quan chuyên môn thuộc UBND tỉnh.',
        records: [{ metric: 'inspection.units', value: 9, dimensions: { tier: 'province' } }],
      },
      {
        text: 'Đoàn kiểm tra CCHC của tỉnh đã kiểm tra 10 sở, ngành và 5 UBND cấp huyện.',
        records: [
          { metric: 'inspection.units', value: 10, dimensions: { tier: 'province' } },
          { metric: 'inspection.units', value: 5, dimensions: { tier: 'district' } },
        ],
      },
      {
        text: 'Năm 2024, UBND huyện đã kiểm tra công tác CCHC tại 05 phòng, ban chuyên môn cấp huyện và 07 UBND cấp xã.',
        records: [
          { metric: 'inspection.units', value: 5, dimensions: { tier: 'district' } },
          { metric: 'inspection.units', value: 7, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Đoàn kiểm tra CCHC của tỉnh đã kiểm tra 08 sở, ngành, 02 UBND cấp huyện và 06 UBND cấp xã.',
        records: [
          { metric: 'inspection.units', value: 8, dimensions: { tier: 'province' } },
          { metric: 'inspection.units', value: 2, dimensions: { tier: 'district' } },
          { metric: 'inspection.units', value: 6, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Trong quý II, Sở đã kiểm tra công tác CCHC tại 03 phòng thuộc Sở và 02 Chi cục trực thuộc.',
        records: [
          { metric: 'inspection.units', value: 3 },
          { metric: 'inspection.units', value: 2 },
        ],
      },
      {
        // The count in brackets after a share, the bodies after the bracket.
        text: 'Năm 2024, Sở đã kiểm tra công tác CCHC đối với 100% (08/08) phòng, đơn vị trực thuộc.',
        records: [{ metric: 'inspection.units', value: 8 }],
      },
      {
        // A year inside the label.
        text: 'Số cơ quan, đơn vị được kiểm tra về công tác CCHC năm 2024 là 16; năm 2025 dự kiến kiểm tra 18 cơ quan, đơn vị.',
        records: [
          { metric: 'inspection.units', value: 16 },
          { metric: 'inspection.units', value: 18, dimensions: { status: 'planned' } },
        ],
      },
      {
        // The bodies, then the inspection; the share's bodies give the bracketed count its tier.
        text: 'Kết quả: 09/09 cơ quan chuyên môn cấp huyện và 100% xã, thị trấn (15/15 đơn vị) đã được kiểm tra công tác CCHC.',
        records: [
          { metric: 'inspection.units', value: 9, dimensions: { tier: 'district' } },
          { metric: 'inspection.units', value: 15, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A bracketed breakdown between the inspection and a further count.
        text: 'Đoàn kiểm tra CCHC đã kiểm tra tại 6 địa phương (4 huyện, 2 thị xã) và 10 sở, ban, ngành.',
        records: [
          { metric: 'inspection.units', value: 6 },
          { metric: 'inspection.units', value: 4, dimensions: { tier: 'district' } },
          { metric: 'inspection.units', value: 2, dimensions: { tier: 'district' } },
          { metric: 'inspection.units', value: 10, dimensions: { tier: 'province' } },
        ],
      },
      {
        text: 'Đã kiểm tra công tác CCHC tại 12 cơ quan, đơn vị, trong đó cấp tỉnh 04, cấp huyện 03, cấp xã 05.',
        records: [
          { metric: 'inspection.units', value: 12 },
          { metric: 'inspection.units', value: 4, dimensions: { tier: 'province' } },
          { metric: 'inspection.units', value: 3, dimensions: { tier: 'district' } },
          { metric: 'inspection.units', value: 5, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Văn phòng UBND huyện tham mưu kiểm tra việc thực hiện TTHC tại 100% xã, thị trấn (11/11).',
        records: [{ metric: 'inspection.units', value: 11, dimensions: { tier: 'commune' } }],
      },
      {
        // An inspection of another subject after a reform inspection in the same sentence is not one.
        text: 'UBND tỉnh kiểm tra công tác CCHC tại 12 cơ quan, đơn vị; ngoài ra kiểm tra việc thực hiện quy chế dân chủ ở cơ sở tại 04 xã.',
        records: [{ metric: 'inspection.units', value: 12 }],
      },
      {
        // A city's own divisions counted beside its wards are the district tier.
        text: 'Năm 2024, UBND thành phố đã kiểm tra công tác CCHC tại 09 phòng, ban chuyên môn và 12/12 UBND phường.',
        records: [
          { metric: 'inspection.units', value: 9, dimensions: { tier: 'district' } },
          { metric: 'inspection.units', value: 12, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Phòng Nội vụ tham mưu kiểm tra đột xuất việc thực hiện văn hóa công sở, giờ giấc làm việc tại 05 cơ quan, đơn vị.',
        records: [{ metric: 'inspection.units', value: 5 }],
      },
      {
        // The district's own divisions beside its communes: the district tier (as for ISO adopters).
        text: 'Trong năm, UBND huyện đã kiểm tra công tác cải cách hành chính tại 04 phòng chuyên môn và 06 UBND xã, thị trấn.',
        records: [
          { metric: 'inspection.units', value: 4, dimensions: { tier: 'district' } },
          { metric: 'inspection.units', value: 6, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Sở ban hành Kế hoạch số 15/KH-SXD ngày 10/01/2024 về kiểm tra công tác CCHC đối với 06 phòng, đơn vị thuộc Sở.',
        records: [{ metric: 'inspection.units', value: 6, dimensions: { status: 'planned' } }],
      },
      {
        text: 'Năm 2024, Sở đã kiểm tra công tác cải cách hành chính tại 07 đơn vị trực thuộc; 05 đơn vị còn lại sẽ được kiểm tra trong quý IV.',
        records: [
          { metric: 'inspection.units', value: 7 },
          { metric: 'inspection.units', value: 5, dimensions: { status: 'planned' } },
        ],
      },
      {
        text: 'Số cơ quan, đơn vị được kiểm tra công tác CCHC trong năm: 09.',
        records: [{ metric: 'inspection.units', value: 9 }],
      },
      {
        before: 'Công tác kiểm tra CCHC năm 2024 đã thực hiện tại:',
        text: '- Cấp xã: 09 xã.',
        records: [{ metric: 'inspection.units', value: 9, dimensions: { tier: 'commune' } }],
      },
      {
        // An item of a planned inspection is planned; a short line with its figure after a lead-in is an item, not a heading.
        before: 'Năm 2025, Sở dự kiến kiểm tra công tác cải cách hành chính tại 05 đơn vị, gồm:',
        text: 'a) 03 phòng chuyên môn thuộc Sở;',
        records: [{ metric: 'inspection.units', value: 3, dimensions: { status: 'planned' } }],
      },
      {
        before: 'Đoàn kiểm tra CCHC của tỉnh đã kiểm tra tại 11 cơ quan, đơn vị, trong đó:',
        text: '2) UBND cấp huyện: 04 đơn vị;',
        records: [{ metric: 'inspection.units', value: 4, dimensions: { tier: 'district' } }],
      },
      {
        // The heading names the reform work; the lead-in only the inspection.
        heading: '3. Công tác kiểm tra cải cách hành chính',
        before: 'Đoàn kiểm tra của huyện đã kiểm tra tại:',
        text: 'b) Cấp xã: 06 xã, thị trấn.',
        records: [{ metric: 'inspection.units', value: 6, dimensions: { tier: 'commune' } }],
      },
      {
        // The items of a plan of inspections are planned, whatever verb they repeat.
        before: 'Sở đã xây dựng kế hoạch kiểm tra công tác CCHC, cụ thể như sau:',
        text: '- Quý IV: kiểm tra 04 đơn vị;',
        records: [{ metric: 'inspection.units', value: 4, dimensions: { status: 'planned' } }],
      },
      {
        // A bare figure after a label naming the bodies inspected.
        before: 'Số cơ quan, đơn vị được kiểm tra công tác cải cách hành chính trong năm là 26, gồm:',
        text: '3. UBND xã, phường, thị trấn: 12.',
        records: [{ metric: 'inspection.units', value: 12, dimensions: { tier: 'commune' } }],
      },
      {
        // Parts in a bracket after the count inspected, set apart by ";".
        text: 'Năm 2025, UBND tỉnh kiểm tra công tác CCHC tại 14 cơ quan, đơn vị (06 sở, ngành; 08 UBND huyện, thị xã).',
        records: [
          { metric: 'inspection.units', value: 14 },
          { metric: 'inspection.units', value: 6, dimensions: { tier: 'province' } },
          { metric: 'inspection.units', value: 8, dimensions: { tier: 'district' } },
        ],
      },
      {
        // Items labelled by the bodies, their noun after the figure; a district committee's own divisions are the district tier.
        before: 'Trong năm, UBND huyện đã kiểm tra công tác CCHC tại 09 cơ quan, đơn vị, gồm:',
        text: '- Phòng, ban chuyên môn: 03 đơn vị;',
        records: [{ metric: 'inspection.units', value: 3, dimensions: { tier: 'district' } }],
      },
      {
        before: 'Trong năm, UBND huyện đã kiểm tra công tác CCHC tại 09 cơ quan, đơn vị, gồm:',
        text: '- UBND xã, thị trấn: 06 đơn vị.',
        records: [{ metric: 'inspection.units', value: 6, dimensions: { tier: 'commune' } }],
      },
      {
        // The code of conduct of civil servants is public-service reform work.
        text: 'Trong quý, Sở đã kiểm tra việc thực hiện quy tắc ứng xử của công chức tại 04 phòng, đơn vị.',
        records: [{ metric: 'inspection.units', value: 4 }],
      },
      {
        // A planned inspection in its own item, right after the paragraph on the reform inspections done.
        before: 'Trong 9 tháng, Sở đã kiểm tra công tác CCHC tại 04 phòng chuyên môn.',
        text: '- Quý IV, Sở sẽ kiểm tra tại 03 đơn vị sự nghiệp trực thuộc.',
        records: [{ metric: 'inspection.units', value: 3, dimensions: { status: 'planned' } }],
      },
      {
        // Done under the plan: "đã" and the agency's part in it before the verb.
        text: 'Thực hiện Kế hoạch kiểm tra CCHC năm 2025, Sở Nội vụ đã chủ trì, phối hợp kiểm tra tại 07 cơ quan, đơn vị.',
        records: [{ metric: 'inspection.units', value: 7 }],
      },
      {
        // A share of communes with its count in brackets, then the district's own divisions.
        text: 'Năm 2025, UBND huyện kiểm tra công tác CCHC tại 100% xã, thị trấn (14/14 đơn vị) và 04 phòng chuyên môn.',
        records: [
          { metric: 'inspection.units', value: 14, dimensions: { tier: 'commune' } },
          { metric: 'inspection.units', value: 4, dimensions: { tier: 'district' } },
        ],
      },
      {
        // The departments counted by the bare noun, their names after a colon.
        text: '- Kiểm tra công tác CCHC tại 03 sở: Sở Tư pháp, Sở Y tế, Sở Nội vụ.',
        records: [{ metric: 'inspection.units', value: 3, dimensions: { tier: 'province' } }],
      },
      {
        // The next bodies after ";", the first named with the committee they serve.
        text: 'Năm 2025, Ban Chỉ đạo kiểm tra công tác CCHC tại 04 phòng chuyên môn thuộc UBND thị xã; 06 UBND phường.',
        records: [
          { metric: 'inspection.units', value: 4, dimensions: { tier: 'district' } },
          { metric: 'inspection.units', value: 6, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A labelled count of bodies inspected in the report's part on direction, a fraction of those planned.
        heading: 'I. Công tác chỉ đạo, điều hành',
        text: '- Số cơ quan, đơn vị được kiểm tra: 05/07 cơ quan, đơn vị theo kế hoạch.',
        records: [{ metric: 'inspection.units', value: 5 }],
      },
      {
        // A bare count after a ";" in the item, with no label, is not one inspected; a plan's label with its colon plans.
        before: 'Kết quả kiểm tra cải cách hành chính quý II:',
        text: '- Đã kiểm tra 05/06 đơn vị trực thuộc; 01 đơn vị lùi sang quý III. Theo chỉ tiêu giao: kiểm tra CCHC tại 06 cơ quan trong năm.',
        records: [
          { metric: 'inspection.units', value: 5 },
          { metric: 'inspection.units', value: 6, dimensions: { status: 'planned' } },
        ],
      },
    ],
    invalid: [
      // A label that says what the bodies scored is no label of the bodies inspected.
      { before: 'Kết quả kiểm tra công tác cải cách hành chính năm 2024:', text: '- Số cơ quan, đơn vị được đánh giá tốt: 15.' },
      { text: 'Dự kiến kiểm tra tại 20 đơn vị về công tác phòng cháy chữa cháy.' },
      { text: 'Thanh tra Sở đã thanh tra hành chính đối với 04 đơn vị trực thuộc về công tác cải cách hành chính.' },
      { text: 'Thanh tra tỉnh đã ban hành 8 kết luận thanh tra đối với 8 đơn vị.' },
      { text: 'Sở Tư pháp kiểm tra 14 văn bản do các huyện gửi đến.' },
      { text: 'Tổ kiểm tra đã làm việc với 06 đơn vị về công tác tài chính.' },
      { text: 'Kết quả kiểm tra công tác CCHC cho thấy 03 đơn vị chưa cập nhật quy trình nội bộ.' },
      // "trường hợp" (cases) are no "trường" (schools) inspected.
      { text: 'Qua kiểm tra công tác CCHC, đã nhắc nhở 05 trường hợp đi làm muộn.' },
    ],
  },
  // No cue: an item of an inspection lead-in ("- Cấp xã: 09 xã.") names no inspection itself.
  match(ctx) {
    if (!ctx.folded.includes('kiem tra') && !ctx.leadIn?.folded.includes('kiem tra')) return;
    const f = withoutSpelledOut(ctx.folded);
    // "Năm 2024, dự kiến kiểm tra tại 35 cơ quan" after a sentence about reform inspections in the same paragraph.
    // ("- Trong quý IV, dự kiến kiểm tra tại 05 xã còn lại." in its own paragraph or item, right after the one on the reform
    // inspections done.)
    // ("Trong quý IV, tiếp tục kiểm tra tại 05 xã còn lại.": the rest of the bodies, likewise.)
    const goesOnToRest = GOES_ON_TO_REST.test(f) && !/\bda (?:tiep tuc )?(?:tien hanh |to chuc )?kiem tra\b/.test(f);
    const plannedHere = (PLANNED.test(f) || goesOnToRest) && (REFORM.test(fold(ctx.block.text)) || afterReformInspection(ctx));
    // "Công tác kiểm tra CCHC năm 2024 đã thực hiện tại:" then "- Cấp tỉnh: 08 sở, ngành;": items of an inspection lead-in.
    const leadText = ctx.leadIn?.folded ?? '';
    const underInspection = ctx.headings.some((h) => /\bkiem tra\b/.test(h) && /\b(?:cai cach|cchc)\b/.test(h));
    // ("3. Công tác kiểm tra CCHC" then "Đoàn kiểm tra đã kiểm tra tại:": the heading names the reform the lead-in inspects.)
    const leadInspection = /\bkiem tra\b/.test(leadText) && (REFORM.test(leadText) || underInspection);
    // ("Theo Kế hoạch kiểm tra CCHC năm 2024, UBND huyện kiểm tra 08 cơ quan. Đến ngày 15/6, đã kiểm tra được 05/08 đơn vị":
    // a sentence going on with the reform inspection of the one before it in its paragraph.)
    // ("- Số cơ quan, đơn vị được kiểm tra: 06/08;" in the report's part on direction, where reform inspections are told.)
    const directionLabel = ctx.section?.canonical === 'direction' && LABEL_OPENING.test(f);
    // ("Kế hoạch kiểm tra CCHC năm 2024 tại 06 cơ quan …" then, in the next paragraph, "Đến ngày 31/5, đã kiểm tra 03 cơ quan …":
    // the inspections the paragraph before told of.)
    const goesOn = (): boolean => /\bkiem tra\b/.test(f) && afterReformInspection(ctx);
    if (!REFORM.test(f) && !plannedHere && !leadInspection && !underInspection && !directionLabel && !reformInspectionBefore(ctx) && !goesOn()) return;
    /** Where the last count of bodies inspected ends (-1: none yet), for its parts by level. */
    let inspectedEnd = -1;
    /** The last count inspected was a part of a count's breakdown ("trong đó có 15 sở, …"). */
    let partsOpen = false;
    /** The last count inspected was still to come. */
    let lastPlanned: boolean = false;
    for (const n of ctx.numbers) {
      // ("(năm 2023: 128 dự thảo)", "(cùng kỳ năm trước: 15)": a bracket of another period's figures is no record of this one.)
      if (inOtherPeriodBracket(f, n.start)) continue;
      if (n.percent || n.form === 'zero-phrase') continue;
      // "Số cơ quan, đơn vị được kiểm tra công tác CCHC trong kỳ: 06": the bodies inspected named in the label.
      const labelled = LABEL.test(f.slice(f.lastIndexOf(';', n.start) + 1, n.start)) && /^\s*(?:co quan|don vi)?\s*(?:[;,.()]|$)/.test(f.slice(n.end));
      if (labelled) {
        const planned = PLANNED.test(f.slice(0, n.start));
        ctx.emit({ metric: 'inspection.units', value: n.value, range: [n.start, n.end], ...(planned ? { dimensions: { status: 'planned' as const } } : {}), confidence: 0.85 });
        // ("…: 14 (trong đó: 06 sở, ngành; 03 UBND cấp huyện; …)": its parts by body in the bracket after it.)
        inspectedEnd = n.end;
        lastPlanned = planned;
        continue;
      }
      // "2. UBND huyện, thị xã, thành phố: 06;": an item of an inspection lead-in labelled by the bodies, its figure bare.
      // ("- Phòng chuyên môn: 04 đơn vị;": the bodies' noun may follow the figure; a district committee's own divisions are its tier.)
      const bareItem = leadInspection && /^\s*(?:don vi|co quan|xa|phuong|phong)?\s*[;.]?\s*$/.test(f.slice(n.end)) ? BODY_LABEL.exec(f.slice(0, n.start)) : null;
      if (bareItem) {
        const label = bareItem[1]!;
        const ownDivisions = OWN_DIVISIONS.test(label) && (DISTRICT_COMMITTEE.test(leadText) || /^(?:Ủy ban nhân dân|UBND) (?:huyện|quận|thị xã|thành phố)/u.test(ctx.metadata?.agency ?? ''));
        const tier =
          tierAround(f, n.start, n.end) ??
          (DEPARTMENTS.test(label) ? 'province' : COMMUNES.test(label) ? 'commune' : DISTRICTS.test(label) ? 'district' : ownDivisions ? 'district' : undefined);
        const dims = { ...(leadPlanned(ctx.leadIn) ? { status: 'planned' as const } : {}), ...(tier ? { tier } : {}) };
        ctx.emit({ metric: 'inspection.units', value: n.value, range: [n.start, n.end], ...(Object.keys(dims).length ? { dimensions: dims } : {}), confidence: 0.85 });
        continue;
      }
      // "đối với 100% (25/25) cơ quan, đơn vị": the count in brackets after a share names the bodies after the bracket.
      const shift = /\d\s*%\s*\(\s*$/.test(f.slice(0, n.start)) ? (/^\s*\)/.exec(f.slice(n.end))?.[0].length ?? 0) : 0;
      // "đã kiểm tra … tại 15 cơ quan, đơn vị, trong đó cấp tỉnh 05, cấp huyện 04, cấp xã 06": the count's bare parts by level.
      const levelPart = inspectedEnd >= 0 && /\btrong do\b/.test(f.slice(inspectedEnd, n.start)) ? /(?:\btrong do|,|;)\s*:?\s*cap (tinh|huyen|xa|phuong)\s*(?::|\bla|\bco)?\s*$/.exec(f.slice(inspectedEnd, n.start)) : null;
      if (levelPart && /^\s*(?:co quan|don vi)?\s*(?:[,;.)]|va\b|$)/.test(f.slice(n.end))) {
        ctx.emit({ metric: 'inspection.units', value: n.value, range: [n.start, n.end], dimensions: { tier: TIER_OF[levelPart[1]!]! }, confidence: 0.85 });
        continue;
      }
      // ("kiểm tra … tại 100% xã, thị trấn (13/13).": the bracket restates the share's bodies and closes on the count.)
      const restatesShare = /\d+(?:[.,]\d+)?\s*%\s+[a-z ,]*\(\s*$/.test(f.slice(Math.max(0, n.start - 80), n.start)) && /^\s*(?:[a-z]+\s*){0,3}\)/.test(f.slice(n.end));
      if (!BODY.test(f.slice(n.end + shift)) && !restatesShare) continue;
      // ("(08 sở, ngành; 10 UBND huyện, thành phố)": a ";" between the parts in a bracket does not end the clause the bracket is in.)
      const bracketed = inParens(f, n.start);
      const clauseCut = bracketed ? f.lastIndexOf(';', f.lastIndexOf('(', n.start)) : f.lastIndexOf(';', n.start);
      // ("kiểm tra 03 đơn vị cấp huyện (thị xã Buôn Hồ, huyện Krông Búk, huyện Cư M'gar) và 06 đơn vị cấp xã": a closed bracket of
      // names before the figure takes no room of its reach.)
      const clauseLeft = f.slice(Math.max(0, clauseCut + 1), n.start);
      const unbracketed = clauseLeft.includes(')') ? clauseLeft.replace(/\([^()]*\)/g, ' ') : clauseLeft;
      const cutLeft = unbracketed.slice(Math.max(0, unbracketed.length - 120));
      const left = bracketed ? cutLeft.replace(/;/g, ',') : cutLeft;
      // "kiểm tra … tại 100% đơn vị trực thuộc (12 đơn vị)": the count in brackets restates the share before it.
      const share = /\d+(?:[.,]\d+)?\s*%\s+[a-z ,]*\(\s*$/.exec(left);
      const lead = share ? left.slice(0, share.index) : left;
      // "… đã kiểm tra 19 đơn vị, còn 08 đơn vị sẽ kiểm tra trong tháng 12": the bodies, then the inspection (left for later).
      // ("11/11 cơ quan chuyên môn cấp huyện và 21/21 UBND cấp xã đã được kiểm tra": a count coordinated by "và" may stand between.)
      const verbAfter = /^(?:[^;.\d]|(?<=\bva |\()\d[\d./]*){0,70}?\b(?:(se|du kien)\s+)?(?:(?:tien hanh|to chuc|duoc)\s+)*kiem tra\b/.exec(f.slice(n.end, n.end + 90));
      const laterAfter = verbAfter?.[1] !== undefined;
      // "a) UBND cấp huyện: 03 đơn vị;", "b) 02 đơn vị sự nghiệp trực thuộc.": an item of the lead-in, its label short or none.
      // ("+ Kết quả: đã kiểm tra 07/08 đơn vị; 01 đơn vị chuyển sang năm sau": a bare count after a ";" inside the item, with no
      // label of its own, is no item of the lead-in.)
      const item = leadInspection && labelOnly(left) && (clauseCut < 0 || /[a-z]/.test(left));
      // ("… kiểm tra CCHC đối với 42 cơ quan, đơn vị, địa phương (đạt 100% kế hoạch), trong đó có 15 sở, ngành, 10 UBND
      // cấp huyện và 17 UBND cấp xã": the parts of the count inspected, however far its verb.)
      // (The parts after the first go on in its clause: "…, 10 UBND cấp huyện và 17 UBND cấp xã".)
      const partOfInspected: boolean = inspectedEnd >= 0 && (partsOpen ? !/[;.]/.test(f.slice(inspectedEnd, n.start)) : PARTS_AFTER.test(f.slice(inspectedEnd, n.start)));
      partsOpen = partOfInspected;
      // ("đã kiểm tra 09 sở, ban, ngành; 05 huyện, thị xã và 18 xã, phường": the next bodies of the list, after ";" or "và".)
      const between = inspectedEnd >= 0 ? f.slice(inspectedEnd, n.start) : '';
      const listedNext = inspectedEnd >= 0 && LISTED_NEXT.test(between) && BODY.test(between) && LISTED_CLOSE.test(f.slice(n.end));
      if (!INSPECT.test(lead) && !INSPECT_REFORM.test(lead) && !verbAfter && !item && !partOfInspected && !listedNext) continue;
      // ("qua kiểm tra phát hiện 03 đơn vị niêm yết TTHC chưa đầy đủ": the bodies an inspection found at fault, not those inspected.)
      // ("Kết quả kiểm tra cho thấy 02 đơn vị chưa ban hành kế hoạch": what the inspection showed.)
      if (/\b(?:phat hien|con|nhac nho|chan chinh|de nghi|yeu cau|cho thay|ghi nhan)(?: (?:co|them))?\s*$/.test(left)) continue;
      // ("… và 06 UBND xã thuộc hai huyện này": the districts owning the bodies inspected are no bodies inspected.)
      if (/\bthuoc\s*$/.test(left)) continue;
      // ("…; kiểm tra việc thực hiện quy chế dân chủ tại 05 xã": an inspection naming another subject than reform work,
      // though the sentence names reform before it.)
      const own = lead.slice(lead.lastIndexOf('kiem tra'));
      if (lead.includes('kiem tra') && OBJECT_NAMED.test(own) && !REFORM.test(own) && !REFORM_ALSO.test(own)) continue;
      // "Ban hành Kế hoạch kiểm tra CCHC … đối với 12 cơ quan", "dự kiến kiểm tra tại 35 cơ quan": still to come.
      // (An item of a lead-in that plans the inspection is planned too: "Sở dự kiến kiểm tra tại 06 đơn vị, gồm:".)
      const planned: boolean =
        (listedNext && lastPlanned) ||
        laterAfter ||
        (goesOnToRest && /\btiep tuc (?:tien hanh |to chuc )?kiem tra\b/.test(left)) ||
        // ("Thực hiện Kế hoạch kiểm tra CCHC năm 2025, Sở đã chủ trì, phối hợp kiểm tra tại 08 cơ quan": done under the plan.)
        // ("Sở đã ban hành Kế hoạch kiểm tra CCHC năm 2022 và tổ chức kiểm tra tại 06 đơn vị": the plan named, then the
        // inspection done under the same "đã".)
        (PLANNED.test(left) && !/\bda (?:(?:tien hanh|to chuc|thuc hien|chu tri|phoi hop|truc tiep|tham gia|tu)\s*,?\s*)*kiem tra\b/.test(left) && !DONE_AFTER_PLAN.test(left)) ||
        // ("Sở đã xây dựng kế hoạch kiểm tra, cụ thể:" then "- Quý III: kiểm tra 03 đơn vị;": the plan's items, not done yet.)
        ((item || (leadInspection && !/\bda\b/.test(left))) && leadPlanned(ctx.leadIn));
      // "5 UBND cấp huyện": the tier written on the bodies themselves (a list of body names gives none,
      // but the province's departments, "sở, ngành", are the province tier as they are for ISO).
      const body = /^\s*(?:ubnd|uy ban nhan dan|co quan|don vi|phong(?:,? ban)?(?: chuyen mon)?)\b/.exec(f.slice(n.end + shift));
      // "03 UBND xã, phường", "05 UBND huyện": the bodies of one level of government name that tier.
      // ("10 cơ quan chuyên môn thuộc UBND tỉnh", "06 cơ quan chuyên môn thuộc UBND huyện": the committee they serve names the level.)
      const bodiesTier = /^\s*(?:ubnd|uy ban nhan dan) (?:cac )?(?:(xa|phuong|thi tran)|(huyen|quan|thi xa))\b/.exec(f.slice(n.end + shift));
      const serving = SERVING.exec(f.slice(n.end + shift));
      // ("tại 100% xã, thị trấn (19/19 đơn vị)": the bodies the share names give the bracketed count its tier.)
      const shared = share ? left.slice(share.index).replace(/^[\d.,]+\s*%\s+/, '') : '';
      const shareTier = !share ? undefined : DEPARTMENTS.test(shared) ? ('province' as const) : COMMUNES.test(shared) ? ('commune' as const) : DISTRICTS.test(shared) ? ('district' as const) : undefined;
      // "12 sở, ngành": the province's departments.
      const tier = shareTier ?? (body
        ? (tierAround(f, n.start, n.end + body[0].length) ??
          (bodiesTier ? (bodiesTier[1] ? 'commune' : 'district') : undefined) ??
          (serving ? (serving[1] ? 'district' : 'province') : undefined) ??
          // ("tại 10 phòng, ban chuyên môn và 14/14 UBND phường": a city's own divisions beside its wards.)
          districtOwnBodies(f, f.slice(n.end), ctx.metadata?.agency))
        : DEPARTMENTS.test(f.slice(n.end + shift))
          ? ('province' as const)
          : COMMUNES.test(f.slice(n.end + shift))
            ? ('commune' as const)
            : DISTRICTS.test(f.slice(n.end + shift))
              ? ('district' as const)
              : undefined);
      const dims = { ...(planned ? { status: 'planned' as const } : {}), ...(tier ? { tier } : {}) };
      inspectedEnd = n.end;
      lastPlanned = planned;
      ctx.emit({
        metric: 'inspection.units',
        value: n.value,
        range: [n.start, n.end],
        ...(Object.keys(dims).length ? { dimensions: dims } : {}),
        ...(n.qualifier ? { qualifier: n.qualifier } : {}),
        confidence: 0.9,
      });
    }
  },
});
