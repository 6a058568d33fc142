import { clauseStart, inChangeList, inOtherPeriodBracket, inPartsOfInspected, isFromValue, lastTierIn, tierOf, withoutSpelledOut } from '../figure-context.ts';
import { ITEM_MARKER, bodiesOfWork } from '../lead-in.ts';
import { notStructure } from '../org-context.ts';
import { defineRule } from '../rule.ts';

/** "phòng chuyên môn", "phòng nghiệp vụ", "phòng, ban chuyên môn", "phòng thuộc Sở", "phòng cấp huyện". */
const DIVISION = /^\s*phong(?:\s*,\s*ban)?(?:\s+(chuyen mon|nghiep vu|chuc nang|thuoc|truc thuoc|cap (?:tinh|huyen)|va tuong duong))?\b/;
/**
 * A sentence stating an agency's structure, where a bare "phòng" is a division: the standing bodies listed with it ("Sở hiện
 * có Văn phòng, Thanh tra và 06 phòng"), the units beside it ("gồm 05 phòng và 02 đơn vị sự nghiệp"), or a department,
 * sub-department or board as the subject that has them ("Chi cục gồm 04 phòng").
 */
const STRUCTURE = new RegExp(
  [
    String.raw`\b(?:van phong|thanh tra|ban giam doc|ban lanh dao|lanh dao)\b[^;.\d]{0,40}(?:,|\bva)\s*\d[\d.]*\s+phong\b`,
    String.raw`\b\d[\d.]*\s+phong\s*(?:,|\bva)\s*\d[\d.]*\s+(?:don vi|chi cuc|trung tam)\b`,
    String.raw`(?:^|[.;]\s*)\W*(?:so|chi cuc|ban|cuc)\b(?! (?:luong|phong|lieu|ho so))[^;.\d]{0,40}\b(?:co|gom|bao gom)\s*:?\s*\d[\d.]*\s+phong\b(?!\s*(?:hop|lam viec|may|tiep))`,
  ].join('|'),
);
/** A room, not a division ("phòng họp", "phòng làm việc", "phòng, đơn vị" = mixed group). */
const NOT_DIVISION = /^\s*phong\s*(?:,\s*don vi|hop|lam viec|may|tiep|truyen thong|chay|chong|ngua|khach)\b/;
/** "- Số phòng chuyên môn: 05;", "Số lượng phòng thuộc Sở: 06": the divisions named before a bare figure. */
const LABEL_BEFORE = new RegExp(
  String.raw`(?:${ITEM_MARKER}|\bso(?: luong)? )(?:cac )?phong(?:,? ban)? (?:(?:chuyen mon|nghiep vu|chuc nang)(?:,? nghiep vu)?(?: (?:thuoc|truc thuoc|cua) [a-z ]{1,25}?)?|(?:thuoc|truc thuoc) (?:so|chi cuc|trung tam|ubnd|uy ban nhan dan)\b[a-z ]{0,25}?)(?: sau (?:sap xep|kien toan|sap nhap))?\s*(?::|\bla)\s*(?:(?:hon|tren|gan|khoang)\s*)?$`,
);
/** "05 phòng (Phòng Hành chính - Tổng hợp, Phòng …)": a bare count of "phòng" whose bracket names them (capitalised) as divisions. */
const NAMED_DIVISIONS = /^\s*phòng\s*\(\s*(?:Văn phòng|Phòng)\s/u;
/** The province's departments as the owner of the divisions counted ("các sở, ban, ngành còn"). */
const DEPARTMENTS_OWN = /\b(?:cac )?so,? (?:ban,? )?nganh\b[^;,.\d]{0,30}$/;
/** The departments (no group) or the districts (group 1) as the subject of the clause that counts their divisions. */
// ("Sau sắp xếp, các sở có tổng số 94 phòng": after a phrase of its own, and "các sở" alone before their verb.)
// ("…; 08 huyện, thị xã, thành phố với 98 phòng chuyên môn": the districts counted, then their divisions.)
const OWNER_SUBJECT = /^\W*(?:(?:sau|den nay|hien nay|tinh den)\b[^,;\d]{0,30},\s*)?(?:cac|\d{1,3}) (?:so,? (?:ban,? )?nganh|so(?= (?:hien |da )?(?:co|con|gom)\b)|(huyen|quan|thi xa)(?:,? (?:thi xa|thanh pho|quan|huyen))*)\b(?! (?:va|,))/;
/** A committee stating what it has ("UBND huyện có", "Ủy ban nhân dân thành phố hiện có … gồm", "sau sắp xếp còn"). */
/** ("Huyện có 15 cơ quan chuyên môn": a district-level territory as the subject of a sentence stands for its committee.) */
/** ("UBND tỉnh có 19 cơ quan chuyên môn": a province's specialised bodies are its departments, no divisions.) */
const COMMITTEE_HAS = /(?:\b(?:ubnd|uy ban nhan dan)\b(?! tinh\b)|(?:^|[.;]\s*)\W*(?:huyen|quan|thi xa|thanh pho)\b)[^;.\d]{0,40}\b(?:co|gom|bao gom|con)\s*(?::\s*)?$/;
/** "… có", "… gồm", "hiện có": a clause stating what there is, up to its figure. */
const HAS = /\b(?:co|gom|bao gom)\s*(?::\s*)?$/;
/** "12 cơ quan chuyên môn thuộc UBND huyện" closing its phrase: the district committee's specialised bodies (a province's are its departments). */
const DISTRICT_BODIES = /^\s*co quan chuyen mon (?:thuoc|truc thuoc|cua) (?:ubnd|uy ban nhan dan) (?:huyen|quan|thi xa|thanh pho)\b(?=\s*(?:[,;.(]|va\b|$))/;
/**
 * The owners named right after the divisions: "118 phòng chuyên môn thuộc sở", "… thuộc các sở, ban, ngành" (the province's
 * departments, written in lower case — "thuộc Sở" is the reporting department's own), "… thuộc UBND cấp huyện" (group 1).
 */
const OWNER_AFTER = /^\s*thuộc\s+(?:(?:các\s+)?sở(?:,?\s+(?:ban,?\s+)?ngành)?(?![\p{L}])|(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(cấp huyện|các huyện)|UBND cấp tỉnh)/u;
/** Inspections, dossiers and reductions are other metrics. */
const OTHER_VERB = /\b(?:kiem tra|thanh tra|giam sat|khao sat|giam|tinh gian|sap nhap|hop nhat|thanh lap(?: moi| them)?|giai the)\s*(?:(?:cong tac [a-z ]{0,30})?(?:tai|doi voi|o|cua|cac)\s*)*$/;
/** "kiểm tra việc áp dụng HTQLCL … tại 03 phòng chuyên môn": the divisions where something is done, not the structure. */
/** "đã kiểm tra 100% đơn vị trực thuộc (04 đơn vị) và 02 phòng chuyên môn": divisions coordinated with inspected bodies. */
/** (A clause stating the structure, "gồm Văn phòng, Thanh tra và 06 phòng", names the Inspectorate, not an inspection.) */
const INSPECTED_CLAUSE = /^(?![^;.]*\b(?:co|gom|bao gom)\b)[^;.]*\b(?:kiem tra|thanh tra|giam sat|khao sat)\b[^;.]*$/;
const DONE_AT = /\b(?:kiem tra|thanh tra|giam sat|khao sat|iso|htqlcl|he thong quan ly chat luong)\b[^;.]{0,100}\btai\b[^;.\d]{0,40}$/;

export default defineRule({
  id: 'org-divisions',
  description:
    'Specialised divisions of an agency: "05 phòng chuyên môn", "còn 104 phòng"; in "từ X phòng xuống còn Y phòng" only Y.',
  examples: {
    valid: [
      {
        // The communes counted with their divisions after "với".
        text: 'Sau sắp xếp, toàn tỉnh có 65 xã, phường với 195 phòng chuyên môn.',
        records: [{ metric: 'org.divisions', value: 195, dimensions: { tier: 'commune' } }],
      },
      {
        // The owners of the divisions as the subject of each clause.
        text: 'Các sở, ban, ngành đã sắp xếp, hiện còn 118 phòng chuyên môn; các huyện, thành phố còn 86 phòng.',
        records: [
          { metric: 'org.divisions', value: 118, dimensions: { tier: 'province' } },
          { metric: 'org.divisions', value: 86, dimensions: { tier: 'district' } },
        ],
      },
      {
        // The bodies counted before their divisions: each count's owners give the level.
        text: 'Hiện nay, toàn tỉnh có 18 sở, ngành với 131 phòng chuyên môn; 09 huyện, thị xã với 104 phòng chuyên môn.',
        records: [
          { metric: 'org.divisions', value: 131, dimensions: { tier: 'province' } },
          { metric: 'org.divisions', value: 104, dimensions: { tier: 'district' } },
        ],
      },
      {
        // The staff placed in the divisions ("bố trí tại"): the divisions are the agency's own.
        text: 'Chi cục có 27 công chức, được bố trí tại 03 phòng chuyên môn.',
        records: [{ metric: 'org.divisions', value: 3 }],
      },
      {
        // "cơ quan chuyên môn" names the specialised bodies; the bare "phòng" after it counts them.
        text: 'Cơ quan chuyên môn của Sở được kiện toàn, hiện có 07 phòng và Văn phòng Sở.',
        records: [{ metric: 'org.divisions', value: 7 }],
      },
      {
        text: 'Cơ cấu tổ chức của Sở gồm 14 đầu mối (08 phòng chuyên môn, 06 đơn vị sự nghiệp công lập).',
        records: [{ metric: 'org.divisions', value: 8 }],
      },
      {
        text: 'Cơ cấu tổ chức của Sở gồm Văn phòng, Thanh tra và 06 phòng chuyên môn, nghiệp vụ.',
        records: [{ metric: 'org.divisions', value: 6 }],
      },
      {
        text: 'UBND huyện có 12 cơ quan chuyên môn và 05 đơn vị sự nghiệp công lập.',
        records: [{ metric: 'org.divisions', value: 12 }],
      },
      {
        // What a committee keeps after restructuring is its structure; the reduction in the bracket is a change.
        text: 'Thực hiện Nghị định của Chính phủ, UBND thị xã đã sắp xếp còn 11 cơ quan chuyên môn (giảm 02 phòng).',
        records: [{ metric: 'org.divisions', value: 11 }],
      },
      {
        text: 'Số lượng phòng thuộc Sở: 05 phòng (giảm 01 phòng so với năm 2022).',
        records: [{ metric: 'org.divisions', value: 5 }],
      },
      {
        text: 'Sau sắp xếp, các sở, ban, ngành còn 88 phòng chuyên môn (giảm 27 phòng).',
        records: [{ metric: 'org.divisions', value: 88, dimensions: { tier: 'province' } }],
      },
      {
        // A clause opening on the reporting area as its subject takes no level from the clause before.
        text: 'Đến nay, 100% UBND cấp xã (14/14 xã, thị trấn) đã áp dụng ISO điện tử; huyện có 11 phòng chuyên môn.',
        records: [{ metric: 'org.divisions', value: 11 }],
      },
      {
        // The specialised bodies said to be owned by a district's committee, in a clause stating what there is.
        text: 'Hiện nay, toàn thị xã có 11 cơ quan chuyên môn thuộc UBND thị xã và 27 đơn vị sự nghiệp công lập.',
        records: [{ metric: 'org.divisions', value: 11 }],
      },
      {
        // A district as the subject of its structure.
        text: 'Năm 2024, huyện tiếp nhận 9.120 hồ sơ. Huyện có 13 cơ quan chuyên môn và 28 đơn vị sự nghiệp công lập.',
        records: [{ metric: 'org.divisions', value: 13 }],
      },
      {
        // A bare "phòng" whose bracket names the divisions.
        text: 'Hiện nay, Trung tâm có 04 phòng (Phòng Hành chính - Tổng hợp, Phòng Tiếp nhận hồ sơ, Phòng Giám sát, Phòng Công nghệ thông tin).',
        records: [{ metric: 'org.divisions', value: 4 }],
      },
      {
        text: 'Sở hiện có 04 phòng chuyên môn và 03 đơn vị trực thuộc.',
        records: [{ metric: 'org.divisions', value: 4 }],
      },
      {
        text: 'Sau sắp xếp, số phòng chuyên môn cấp huyện từ 96 phòng xuống còn 80 phòng.',
        records: [{ metric: 'org.divisions', value: 80, dimensions: { tier: 'district' } }],
      },
      {
        before: 'Tổ chức bộ máy của Sở:',
        text: '- Số phòng chuyên môn, nghiệp vụ: 06;',
        records: [{ metric: 'org.divisions', value: 6 }],
      },
      {
        // The owners named right after the divisions, the province's departments in lower case.
        text: 'Đến nay, toàn tỉnh có 124 phòng chuyên môn thuộc các sở, ban, ngành và 87 phòng chuyên môn thuộc UBND cấp huyện.',
        records: [
          { metric: 'org.divisions', value: 124, dimensions: { tier: 'province' } },
          { metric: 'org.divisions', value: 87, dimensions: { tier: 'district' } },
        ],
      },
      {
        text: 'Các sở dự kiến sẽ sắp xếp lại còn 75 phòng chuyên môn cấp tỉnh.',
        records: [{ metric: 'org.divisions', value: 75, dimensions: { tier: 'province', status: 'planned' } }],
      },
      {
        // A clause naming its own body ("thuộc UBND huyện") does not take the commune tier of the clause before.
        text: 'Sau sắp xếp, huyện còn 21 đơn vị hành chính cấp xã; số phòng chuyên môn thuộc UBND huyện là 13 phòng.',
        records: [{ metric: 'org.divisions', value: 13 }],
      },
      {
        text: 'Số phòng chuyên môn của Sở sau sắp xếp: 05 (giảm 01 phòng).',
        records: [{ metric: 'org.divisions', value: 5 }],
      },
      {
        before: 'Sau khi sắp xếp, cơ cấu tổ chức của Sở gồm:',
        text: 'a) Số phòng chuyên môn, nghiệp vụ: 05;',
        records: [{ metric: 'org.divisions', value: 5 }],
      },
      {
        // A bare "phòng" beside the standing bodies of a structure, or counted by a department as its subject.
        text: 'Ban hiện có Văn phòng, Thanh tra và 05 phòng. Chi cục gồm 03 phòng và 02 đơn vị trực thuộc.',
        records: [
          { metric: 'org.divisions', value: 5 },
          { metric: 'org.divisions', value: 3 },
        ],
      },
    ],
    invalid: [
      // Divisions that earned a title are picked out of the structure.
      { text: 'Năm 2024, Sở có 04 phòng chuyên môn đạt danh hiệu “Tập thể lao động xuất sắc”.' },
      // What merged bodies became is a change, not a count of the divisions.
      { text: 'Năm 2025, Sở hợp nhất 04 phòng chuyên môn thành 02 phòng.' },
      // Bodies merged away are a change, not the structure.
      { text: 'Trong năm, có 02 phòng chuyên môn được sáp nhập vào Văn phòng Sở.' },
      { text: 'Trụ sở Trung tâm có 05 phòng (phòng họp, phòng chờ và 03 phòng làm việc).' },
      { text: 'Số phòng chuyên môn có hồ sơ trễ hạn: 02 phòng (Phòng Tư pháp, Phòng Quản lý đô thị).' },
      { text: 'Ở cấp huyện, các phòng chuyên môn được sắp xếp còn 10 phòng/huyện; ở cấp tỉnh, mỗi sở còn bình quân 05 phòng.' },
      { text: 'Trong năm, Sở đã kiểm tra 100% đơn vị trực thuộc (04 đơn vị) và 02 phòng chuyên môn.' },
      { text: 'UBND huyện có 12 cơ quan chuyên môn đã áp dụng ISO 9001:2015.' },
      // A province's specialised bodies are its departments (sở), not divisions.
      { text: 'Hiện nay, Ủy ban nhân dân tỉnh có 18 cơ quan chuyên môn và 02 cơ quan hành chính khác.' },
      { text: 'Đến cuối quý, UBND huyện còn 03 cơ quan chuyên môn chưa công khai quy trình nội bộ.' },
      // The items of a lead-in about work done at bodies (ISO, inspections) are those bodies, not the structure.
      { before: 'Sở áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại 06 phòng, đơn vị, cụ thể:', text: 'a) 04 phòng chuyên môn;' },
      { text: 'Kiểm tra công tác cải cách hành chính tại 03 phòng, đơn vị trực thuộc.' },
      { text: 'Trụ sở mới có 12 phòng làm việc và 02 phòng họp.' },
      { text: 'Việc chuyển đổi quy trình điện tử đã xong tại 07 phòng; 03 phòng chuyên môn còn lại hoàn thành trong tháng 12.' },
      { text: 'Năm 2024, có 02 phòng chuyên môn được Chủ tịch UBND tỉnh tặng Bằng khen.' },
      { text: 'Sở đã tự kiểm tra việc duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại 04 phòng chuyên môn.' },
      { text: 'Tỉnh giảm 15 phòng chuyên môn so với năm 2020.' },
      // Divisions created or dissolved in the period are a change, not the structure.
      { text: 'Năm 2024, Sở thành lập mới 01 phòng chuyên môn và giải thể 02 phòng nghiệp vụ.' },
      { text: 'So với năm 2020, huyện giảm 02 đơn vị sự nghiệp và 03 phòng chuyên môn.' },
      { text: 'Đoàn kiểm tra của UBND huyện đã làm việc tại 06 cơ quan, đơn vị (02 phòng chuyên môn, 04 đơn vị sự nghiệp công lập).' },
    ],
  },
  cue: /phong|co quan chuyen mon/,
  match(ctx) {
    const f = withoutSpelledOut(ctx.folded);
    // "Các cơ quan chuyên môn thuộc UBND huyện gồm 12 phòng": the specialised bodies named before the bare "phòng".
    const orgSentence = /\bphong (?:chuyen mon|nghiep vu|chuc nang)|\bphong, ban\b|\bco cau to chuc\b|\bco quan chuyen mon\b|\bbo may\b/.test(f) || STRUCTURE.test(f) || /\bto chuc bo may\b/.test(ctx.headings.join(' '));
    for (const n of ctx.numbers) {
      // ("(năm 2023: 128 dự thảo)", "(cùng kỳ năm trước: 15)": a bracket of another period's figures is no record of this one.)
      if (inOtherPeriodBracket(f, n.start)) continue;
      if (n.percent || n.form === 'zero-phrase' || n.denominator !== undefined || isFromValue(f, n) || inChangeList(f, n.start)) continue;
      const tail = f.slice(n.end);
      const labelled = LABEL_BEFORE.test(f.slice(f.lastIndexOf(';', n.start) + 1, n.start)) ? /^\s*(?:phong)?(?=\s*(?:[;,.()]|$))/.exec(tail) : null;
      // "UBND huyện có 12 cơ quan chuyên môn": the specialised bodies of a committee, stated as its structure.
      // ("Toàn huyện có 12 cơ quan chuyên môn thuộc UBND huyện và …": the bodies owned by a district's committee, said to be there.)
      const bodies =
        !labelled && COMMITTEE_HAS.test(f.slice(0, n.start))
          ? /^\s*co quan chuyen mon(?! (?:da|dang|duoc|chua|ap dung|thuc hien|cong bo|xay dung|trien khai))\b/.exec(tail)
          : !labelled && HAS.test(f.slice(0, n.start))
            ? DISTRICT_BODIES.exec(tail)
            : null;
      const d = labelled ? ([labelled[0], 'chuyen mon'] as const) : bodies ? ([bodies[0], 'chuyen mon'] as const) : DIVISION.exec(tail);
      if (!d || (!labelled && NOT_DIVISION.test(tail))) continue;
      // ("còn 10 phòng/huyện", "mỗi sở còn bình quân 05 phòng": a figure per body, not a count.)
      if (/^\s*phong\s*\/\s*[a-z]/.test(tail) || /\b(?:binh quan|trung binh|moi (?:so|huyen|don vi|co quan))\b[^;.\d]{0,20}$/.test(f.slice(Math.max(0, n.start - 40), n.start))) continue;
      if (!d[1] && !orgSentence && !NAMED_DIVISIONS.test(ctx.text.slice(n.end))) continue;
      const clause = f.slice(f.lastIndexOf(';', n.start) + 1, n.start);
      if (OTHER_VERB.test(f.slice(Math.max(0, n.start - 80), n.start)) || DONE_AT.test(clause) || INSPECTED_CLAUSE.test(clause)) continue;
      if (inPartsOfInspected(f, n.start)) continue;
      // ("hướng dẫn 12 đơn vị sự nghiệp …", "02 phòng chuyên môn còn hồ sơ quá hạn": bodies acted on or picked out by dossiers.)
      if (notStructure(f, n.start, n.end)) continue;
      // (Items of "… áp dụng ISO tại 05 phòng, đơn vị, cụ thể:" name the bodies of that work.)
      if (bodiesOfWork(ctx.leadIn, f.slice(0, n.start))) continue;
      // ("các sở, ban, ngành còn 93 phòng chuyên môn": the divisions of the province's departments.)
      // ("Các sở, ban, ngành đã sắp xếp giảm 41 phòng, hiện còn 132 phòng; các huyện giảm 18 phòng, còn 97 phòng": the owners as the clause's subject.)
      const clause0 = f.slice(clauseStart(f, n.start), n.start);
      const owner = OWNER_SUBJECT.exec(clause0);
      const ownerTier = DEPARTMENTS_OWN.test(clause0) || (owner && !owner[1]) ? ('province' as const) : owner?.[1] ? ('district' as const) : undefined;
      // (The owner written in the noun, "… thuộc UBND huyện", is the reporting district's own committee: no level from it.)
      const ownedNoun = bodies !== null && !COMMITTEE_HAS.test(f.slice(0, n.start));
      const after = OWNER_AFTER.exec(ctx.text.slice(n.end + d[0].length, n.end + d[0].length + 60));
      const afterTier = after ? (after[1] ? ('district' as const) : ('province' as const)) : undefined;
      const tier = lastTierIn(f.slice(clauseStart(f, n.start), n.start)) ?? afterTier ?? ownerTier ?? (ownedNoun ? undefined : tierOf(ctx, n, n.end + d[0].length));
      ctx.emit({
        metric: 'org.divisions',
        value: n.value,
        range: [n.start, n.end],
        ...(tier ? { dimensions: { tier } } : {}),
        ...(n.qualifier ? { qualifier: n.qualifier } : {}),
      });
    }
  },
});
