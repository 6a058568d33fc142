import { statedZero } from '../../text/numbers.ts';
import { inOtherPeriodBracket, inParens, issuerAboveCommunes, lastTierIn, TIER_OF, tierAround, tierOf, withoutSpelledOut } from '../figure-context.ts';
import { levelItemTier, listLeadBefore } from '../lead-in.ts';
import { defineRule } from '../rule.ts';

/** (Officials named by their post count as people: "01 Chủ tịch UBND xã", "02 Phó Trưởng phòng".) */
const PEOPLE = /^\s*(?:truong hop|can bo|cong chuc|vien chuc|nguoi lao dong|nguoi|ca nhan|dong chi|cbccvc|cbcc|ccvc|(?:pho )?chu tich|(?:pho )?truong phong|(?:pho )?giam doc|lanh dao)\b/;
/** "cấp huyện 4 người": a level labelling the next part of a count. */
const TIER_PART = /\bcap (tinh|huyen|xa|phuong|quan)\s*(?::|\bla|\bco)?\s*$/;
/** "kỷ luật", or "vi phạm … (phải/bị) xử lý". */
const DISCIPLINE = /\bky luat\b|\bvi pham\b.{0,30}\bxu ly\b/;
/** A discipline proposed to the body that decides it ("kiến nghị xử lý kỷ luật", "đề nghị kỷ luật"). */
// ("đề nghị cấp có thẩm quyền xem xét kỷ luật": the body asked, and its consideration, may stand between.)
const PROPOSED = /\b(?:kien nghi|de nghi)\s+(?:[a-z]+\s+){0,8}?(?:xu ly\s+)?ky luat\b[^;]*$/;
/** "xử lý (đối với)" right before a count of people. */
const HANDLED = /\bxu ly\s*(?:doi voi\s*)?$/;
/** Staff said to have broken the rules right after their count: "04 cán bộ, công chức vi phạm". */
const VIOLATING_STAFF = /^\s*(?:can bo|cong chuc|vien chuc|cbccvc|cbcc|ccvc|nguoi lao dong|dong chi)\b[a-z ,]{0,40}?\bvi pham\b/;
/** Staff named in the sentence. */
const STAFF_NAMED = /\b(?:can bo|cong chuc|vien chuc|cbccvc|cbcc|ccvc|nguoi lao dong|dong chi)\b/;
/** A milder treatment than discipline right before the count: "nhắc nhở 08 công chức", "phê bình, rút kinh nghiệm 03 cán bộ". */
const OTHER_TREATMENT = /\b(?:nhac nho|phe binh|chan chinh|kiem diem|rut kinh nghiem|khen thuong|bieu duong)\s*(?:doi voi\s*)?$/;
/** A form of discipline the people suffered: "02 công chức bị khiển trách", "1 viên chức bị cảnh cáo". */
const SUFFERED_FORM = /\bbi\s+(?:xu ly\s+)?(?:(?:bang\s+)?hinh thuc\s+)?(?:khien trach|canh cao|ha bac luong|giang chuc|cach chuc|buoc thoi viec|bai nhiem)\b/;
/** A form of discipline right after its count, ending its item ("01 cảnh cáo,"). */
const FORM_AFTER = /^\s*(?:truong hop\s+)?(?:bi\s+)?(?:khien trach|canh cao|ha bac luong|giang chuc|cach chuc|buoc thoi viec|bai nhiem)\s*(?:[,;)]|va\b)/;
/** A form of discipline right before its count ("khiển trách 02", "cảnh cáo đối với 01 công chức"). */
const FORM_BEFORE = /\b(?:khien trach|canh cao|ha bac luong|ha (?:bac|ngach|luong)|giang chuc|cach chuc|buoc thoi viec|bai nhiem)\s*(?::|la|co|doi voi)?\s*$/;

export default defineRule({
  id: 'staff-disciplined',
  description:
    'Staff disciplined: "kỷ luật 02 công chức", "03 trường hợp bị xử lý kỷ luật", and the stated zero ' +
    '"không có trường hợp … nào vi phạm phải xử lý" → 0.',
  examples: {
    valid: [
      {
        // A stated zero under a bare "Kỷ luật:" label.
        before: 'Kết quả công tác cán bộ năm 2023:',
        text: '- Kỷ luật: không có.',
        records: [{ metric: 'staff.disciplined', value: 0 }],
      },
      {
        // Staff who broke the rules, dealt with ("xử lý" before them, no "kỷ luật"); proposed where it is recommended.
        text: 'Đoàn kiểm tra công vụ đề nghị xử lý đối với 03 viên chức vi phạm quy chế làm việc; huyện đã xử lý 02 công chức vi phạm giờ giấc.',
        records: [
          { metric: 'staff.disciplined', value: 3, dimensions: { status: 'proposed' } },
          { metric: 'staff.disciplined', value: 2 },
        ],
      },
      {
        // The sum after a list of discipline by form, its part by level after "trong đó".
        before: 'Kết quả xử lý kỷ luật cán bộ, công chức năm 2022:\n\n- Khiển trách: 05 người;\n\n- Cảnh cáo: 02 người.',
        text: 'Tổng số 07 người, trong đó cấp huyện 03 người.',
        records: [
          { metric: 'staff.disciplined', value: 7 },
          { metric: 'staff.disciplined', value: 3, dimensions: { tier: 'district' } },
        ],
      },
      {
        // After head counts of two levels, a clause past ";" naming no level is about both: no tier.
        text: 'Cán bộ, công chức cấp huyện là 150 người, cấp xã là 310 người; có 03 trường hợp bị xử lý kỷ luật.',
        records: [{ metric: 'staff.disciplined', value: 3 }],
      },
      {
        // Counts labelled by their level after a discipline label.
        text: 'Kết quả xử lý kỷ luật trong quý: cấp tỉnh 02 đồng chí, cấp huyện 03 đồng chí.',
        records: [
          { metric: 'staff.disciplined', value: 2, dimensions: { tier: 'province' } },
          { metric: 'staff.disciplined', value: 3, dimensions: { tier: 'district' } },
        ],
      },
      {
        // Counts of people with their own level in the bracket right after the disciplined count: its parts by level.
        text: 'Năm 2025, UBND huyện xử lý kỷ luật 03 cán bộ, công chức (01 công chức cấp huyện, 02 cán bộ cấp xã) bằng hình thức khiển trách.',
        records: [
          { metric: 'staff.disciplined', value: 3 },
          { metric: 'staff.disciplined', value: 1, dimensions: { tier: 'district' } },
          { metric: 'staff.disciplined', value: 2, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // 'công chức xã' without 'cấp', in a paragraph naming the district.
        text: 'Trong kỳ, UBND huyện có 01 công chức xã bị xử lý kỷ luật bằng hình thức cảnh cáo.',
        records: [{ metric: 'staff.disciplined', value: 1, dimensions: { tier: 'commune' } }],
      },
      {
        // A sentence naming another level before the figure (the trainees' "cấp xã") takes no level from the sentence before.
        text: 'Biên chế công chức được giao của các cơ quan cấp tỉnh là 1.204 biên chế. Năm 2025, cử 312 lượt công chức cấp xã đi tập huấn; kỷ luật 02 công chức.',
        records: [{ metric: 'staff.disciplined', value: 2 }],
      },
      {
        text: 'Trong năm, không có trường hợp cán bộ, công chức nào vi phạm phải xử lý kỷ luật.',
        records: [{ metric: 'staff.disciplined', value: 0 }],
      },
      {
        text: 'Đơn vị đã xử lý kỷ luật 02 công chức vi phạm quy định về đạo đức công vụ.',
        records: [{ metric: 'staff.disciplined', value: 2 }],
      },
      {
        text: 'Có 3 trường hợp công chức bị kỷ luật bằng hình thức khiển trách.',
        records: [{ metric: 'staff.disciplined', value: 3 }],
      },
      {
        text: 'Cả năm, đơn vị không có cán bộ, công chức nào bị xử lý kỷ luật.',
        records: [{ metric: 'staff.disciplined', value: 0 }],
      },
      {
        text: 'Trong kỳ, không có công chức, viên chức nào vi phạm kỷ luật, kỷ cương hành chính.',
        records: [{ metric: 'staff.disciplined', value: 0 }],
      },
      {
        text: 'Năm qua, huyện đã xử lý kỷ luật 9 công chức (khiển trách: 6, cảnh cáo: 2, buộc thôi việc: 1).',
        records: [
          { metric: 'staff.disciplined', value: 9 },
          { metric: 'staff.disciplined', value: 6 },
          { metric: 'staff.disciplined', value: 2 },
          { metric: 'staff.disciplined', value: 1 },
        ],
      },
      {
        text: 'Năm 2024, có 4 công chức bị kỷ luật khiển trách và 2 viên chức bị cảnh cáo.',
        records: [
          { metric: 'staff.disciplined', value: 4 },
          { metric: 'staff.disciplined', value: 2 },
        ],
      },
      {
        text: 'Năm 2023, toàn huyện xử lý kỷ luật 07 cán bộ, công chức, trong đó cấp huyện 2 người, cấp xã 5 người.',
        records: [
          { metric: 'staff.disciplined', value: 7 },
          { metric: 'staff.disciplined', value: 2, dimensions: { tier: 'district' } },
          { metric: 'staff.disciplined', value: 5, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // Parts by level written with thousands points.
        text: 'Giai đoạn 2021 - 2025, toàn tỉnh xử lý kỷ luật 1.130 cán bộ, công chức, trong đó cấp huyện 1.012 người, cấp xã 118 người.',
        records: [
          { metric: 'staff.disciplined', value: 1130 },
          { metric: 'staff.disciplined', value: 1012, dimensions: { tier: 'district' } },
          { metric: 'staff.disciplined', value: 118, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Huyện đã xử lý kỷ luật 05 công chức (02 cảnh cáo, 03 khiển trách).',
        records: [
          { metric: 'staff.disciplined', value: 5 },
          { metric: 'staff.disciplined', value: 2 },
          { metric: 'staff.disciplined', value: 3 },
        ],
      },
      {
        // The first count's bracket of forms between two coordinated counts.
        text: 'Năm 2025, ngành đã xử lý kỷ luật 03 viên chức (01 cảnh cáo, 02 khiển trách) và 02 công chức (khiển trách).',
        records: [
          { metric: 'staff.disciplined', value: 3 },
          { metric: 'staff.disciplined', value: 1 },
          { metric: 'staff.disciplined', value: 2 },
          { metric: 'staff.disciplined', value: 2 },
        ],
      },
      {
        before: 'Về công tác cán bộ:',
        text: '- Kỷ luật: 02 trường hợp (khiển trách).',
        records: [{ metric: 'staff.disciplined', value: 2 }],
      },
      {
        // The tier of the people trained in the sentence before does not carry over.
        text: 'Huyện đã bồi dưỡng 320 lượt công chức cấp xã. Không có cán bộ, công chức nào vi phạm phải xử lý kỷ luật.',
        records: [{ metric: 'staff.disciplined', value: 0 }],
      },
      {
        // … nor that of the clause before, its level written after a staff noun with a comma ("cán bộ, công chức cấp xã").
        text: 'Huyện cử 41 lượt cán bộ, công chức cấp xã dự lớp bồi dưỡng nghiệp vụ; không có cán bộ, công chức bị xử lý kỷ luật.',
        records: [{ metric: 'staff.disciplined', value: 0 }],
      },
      {
        text: 'Năm 2024, huyện xử lý kỷ luật 03 cán bộ cấp xã và 01 công chức cấp huyện.',
        records: [
          { metric: 'staff.disciplined', value: 3, dimensions: { tier: 'commune' } },
          { metric: 'staff.disciplined', value: 1, dimensions: { tier: 'district' } },
        ],
      },
      {
        text: 'Số cán bộ, công chức bị kỷ luật trong năm: 03.',
        records: [{ metric: 'staff.disciplined', value: 3 }],
      },
      {
        text: 'Số cán bộ, công chức bị xử lý kỷ luật trong năm: không có.',
        records: [{ metric: 'staff.disciplined', value: 0 }],
      },
      {
        before: 'Kết quả xử lý kỷ luật cán bộ, công chức trong năm:',
        text: '+ Khiển trách: 04 trường hợp;',
        records: [{ metric: 'staff.disciplined', value: 4 }],
      },
      {
        text: 'Năm 2024, có 02 cán bộ cấp xã bị bãi nhiệm, 01 công chức bị buộc thôi việc.',
        records: [
          { metric: 'staff.disciplined', value: 2, dimensions: { tier: 'commune' } },
          { metric: 'staff.disciplined', value: 1 },
        ],
      },
      {
        text: 'Năm 2024, huyện đã xử lý kỷ luật 01 Phó Chủ tịch UBND xã bằng hình thức khiển trách.',
        records: [{ metric: 'staff.disciplined', value: 1 }],
      },
      {
        text: 'Trong năm, Sở đã xử lý kỷ luật 03 công chức với hình thức cảnh cáo và 02 viên chức với hình thức khiển trách.',
        records: [
          { metric: 'staff.disciplined', value: 3 },
          { metric: 'staff.disciplined', value: 2 },
        ],
      },
      {
        text: 'Thực hiện nghiêm kỷ cương hành chính; trong kỳ không có cán bộ, công chức vi phạm.',
        records: [{ metric: 'staff.disciplined', value: 0 }],
      },
      {
        text: 'Sở Nội vụ tham mưu xử lý kỷ luật 02 công chức thuộc UBND huyện Bảo Yên và 01 viên chức thuộc Sở Y tế.',
        records: [
          { metric: 'staff.disciplined', value: 2 },
          { metric: 'staff.disciplined', value: 1 },
        ],
      },
      {
        // The items of a discipline lead-in, labelled by level.
        before: 'Năm 2024, toàn tỉnh xử lý kỷ luật 11 cán bộ, công chức, cụ thể:',
        text: '- Cấp xã: 08 người;',
        records: [{ metric: 'staff.disciplined', value: 8, dimensions: { tier: 'commune' } }],
      },
      {
        text: 'Qua kiểm tra công vụ, đã kiến nghị xử lý kỷ luật 03 công chức cấp xã.',
        records: [{ metric: 'staff.disciplined', value: 3, dimensions: { tier: 'commune', status: 'proposed' } }],
      },
      {
        // Counts of people listed after a discipline label, each with its level.
        text: 'Kết quả xử lý kỷ luật năm 2024: 02 cán bộ cấp xã (khiển trách); 01 công chức cấp huyện (cảnh cáo).',
        records: [
          { metric: 'staff.disciplined', value: 2, dimensions: { tier: 'commune' } },
          { metric: 'staff.disciplined', value: 1, dimensions: { tier: 'district' } },
        ],
      },
      {
        // The form, then "đối với" and the people it fell on.
        text: 'Qua kiểm tra, đã xử lý kỷ luật bằng hình thức khiển trách đối với 02 công chức và cảnh cáo 01 Phó Chủ tịch UBND phường.',
        records: [
          { metric: 'staff.disciplined', value: 2 },
          { metric: 'staff.disciplined', value: 1 },
        ],
      },
      {
        text: 'Số cán bộ, công chức bị kỷ luật trong kỳ: 05 người (khiển trách 03, cảnh cáo 02).',
        records: [
          { metric: 'staff.disciplined', value: 5 },
          { metric: 'staff.disciplined', value: 3 },
          { metric: 'staff.disciplined', value: 2 },
        ],
      },
      {
        // The forms, then the whole labelled "tổng số", after a label about discipline.
        text: 'Kết quả thi hành kỷ luật năm 2024: cảnh cáo 01 trường hợp; khiển trách 03 trường hợp; tổng số 04 viên chức.',
        records: [
          { metric: 'staff.disciplined', value: 1 },
          { metric: 'staff.disciplined', value: 3 },
          { metric: 'staff.disciplined', value: 4 },
        ],
      },
      {
        // Parts by level in a bracket, with no noun of their own.
        text: 'Trong năm, tỉnh đã kỷ luật 08 công chức (cấp tỉnh 01, cấp huyện 02, cấp xã 05).',
        records: [
          { metric: 'staff.disciplined', value: 8 },
          { metric: 'staff.disciplined', value: 1, dimensions: { tier: 'province' } },
          { metric: 'staff.disciplined', value: 2, dimensions: { tier: 'district' } },
          { metric: 'staff.disciplined', value: 5, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // "chưa phát hiện … nào vi phạm": a stated zero.
        text: 'Năm 2025, chưa phát hiện trường hợp công chức nào vi phạm phải xử lý kỷ luật.',
        records: [{ metric: 'staff.disciplined', value: 0 }],
      },
      {
        // The first count's cadre list ("diện … quản lý") between two coordinated counts.
        text: 'Năm 2025, huyện kỷ luật 01 cán bộ diện Ban Thường vụ Huyện ủy quản lý và 04 công chức cấp xã.',
        records: [
          { metric: 'staff.disciplined', value: 1 },
          { metric: 'staff.disciplined', value: 4, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The reminded before the disciplined are not counted; the disciplined are.
        text: 'Qua kiểm tra, huyện đã nhắc nhở 04 cán bộ, xử lý kỷ luật khiển trách 01 công chức địa chính.',
        records: [{ metric: 'staff.disciplined', value: 1 }],
      },
      {
        // A consideration asked of the body that decides it is a discipline proposed.
        text: 'Năm 2025, Sở đã đề nghị Ủy ban nhân dân tỉnh xem xét xử lý kỷ luật 02 viên chức vi phạm quy định.',
        records: [{ metric: 'staff.disciplined', value: 2, dimensions: { status: 'proposed' } }],
      },
    ],
    invalid: [
      { text: 'Qua kiểm tra phát hiện 07 viên chức vi phạm kỷ luật lao động.' },
      { text: 'Công an huyện đã xử lý 12 trường hợp vi phạm trật tự an toàn giao thông.' },
      { text: 'Hình thức kỷ luật gồm khiển trách, cảnh cáo theo Nghị định của Chính phủ.' },
      { text: 'Hiện nay, Sở đang xem xét kỷ luật 02 viên chức vi phạm quy định.' },
      { text: 'Qua kiểm tra, phát hiện 02 công chức vi phạm giờ giấc làm việc, đã nhắc nhở.' },
      // People reminded, with the discipline of others after them in the clause.
      { text: 'Sau đợt kiểm tra, Sở đã phê bình, nhắc nhở 05 viên chức, còn lại không phát hiện vi phạm phải xử lý kỷ luật.' },
      { text: 'Công an huyện phạt tiền 120 triệu đồng; có 09 trường hợp vi phạm giao thông bị xử lý.' },
      { text: 'Tổ kiểm tra đã kiểm tra kỷ luật, kỷ cương hành chính tại 05 phòng chuyên môn.' },
      { text: 'Không có hồ sơ vi phạm phải xử lý.' },
      { text: 'Kiến nghị thu hồi 25 triệu đồng và xử lý kỷ luật theo quy định.' },
    ],
  },
  // (An item labelled only by a level, "- Cấp xã: 07 người;", names no discipline: its lead-in does.)
  // ("Tổng cộng 70 trường hợp" after a list of discipline: the list's sum.)
  cue: /ky luat|vi pham|khien trach|canh cao|ha bac|giang chuc|cach chuc|buoc thoi viec|bai nhiem|^\W*cap (?:tinh|huyen|quan|thi xa|thanh pho|xa|phuong|thi tran)|^\W*tong (?:cong|so):? \d/,
  match(ctx) {
    const f = withoutSpelledOut(ctx.folded);
    /** End of the people counted by the last disciplined figure (-1: none yet). */
    let lastEnd = -1;
    /** Whether the last disciplined figure had a tier written on its own people. */
    let lastOwnTier = false;
    // "… xử lý kỷ luật 09 cán bộ, công chức, cụ thể:" then "- Cấp xã: 07 người;": the lead-in's discipline, by level.
    const disciplineLead = ctx.leadIn !== null && /\bky luat\b/.test(ctx.leadIn.folded) && !/\bkhong\b/.test(ctx.leadIn.folded);
    for (const n of ctx.numbers) {
      // ("(năm 2023: 128 dự thảo)", "(cùng kỳ năm trước: 15)": a bracket of another period's figures is no record of this one.)
      if (inOtherPeriodBracket(f, n.start)) continue;
      if (n.percent) continue;
      const zero = statedZero(n);
      const levelItem = disciplineLead && !zero ? levelItemTier(f.slice(0, n.start)) : undefined;
      // ("- Cấp xã: 03 người (02 khiển trách, 01 cảnh cáo);": its forms in a bracket after it.)
      if (levelItem && /^\s*(?:nguoi|truong hop|can bo|cong chuc|vien chuc)?\s*(?:\([^()]*\))?\s*[;.]?\s*$/.test(f.slice(n.end))) {
        ctx.emit({ metric: 'staff.disciplined', value: n.value, range: [n.start, n.end], dimensions: { tier: levelItem } });
        continue;
      }
      const tail = f.slice(n.end);
      // A breakdown by form of discipline: "(khiển trách 25, cảnh cáo 10, cách chức 2)".
      // ("Kết quả xử lý kỷ luật:" then "+ Khiển trách: 03 trường hợp;": the lead-in names the discipline.)
      if (!zero && FORM_BEFORE.test(f.slice(Math.max(0, n.start - 30), n.start)) && (/\bky luat\b/.test(f.slice(0, n.start)) || /\bky luat\b/.test(ctx.leadIn?.folded ?? ''))) {
        const tier = tierOf(ctx, n, n.end);
        ctx.emit({ metric: 'staff.disciplined', value: n.value, range: [n.start, n.end], ...(tier ? { dimensions: { tier } } : {}) });
        continue;
      }
      // "xử lý kỷ luật 03 cán bộ (01 cảnh cáo, 02 khiển trách)": the count, then its form, in the bracket after the whole.
      // ("- Cấp xã: 03 người (02 khiển trách, …)" under a lead-in on discipline, likewise.)
      if (!zero && inParens(f, n.start) && FORM_AFTER.test(tail) && (/\bky luat\b/.test(f.slice(0, f.lastIndexOf('(', n.start))) || disciplineLead)) {
        const tier = tierOf(ctx, n, n.end);
        ctx.emit({ metric: 'staff.disciplined', value: n.value, range: [n.start, n.end], ...(tier ? { dimensions: { tier } } : {}) });
        continue;
      }
      const clauseFrom = f.lastIndexOf(';', n.start) + 1;
      const left = f.slice(clauseFrom, n.start);
      // "kỷ luật 12 cán bộ, công chức, trong đó cấp huyện 4 người, cấp xã 8 người": the parts by tier of a disciplined count.
      const tierPart = lastEnd >= 0 && !zero && (/\btrong do\b(?:[^;.]|(?<=\d)\.(?=\d))*$/.test(f.slice(lastEnd, n.start)) || inParens(f, n.start)) ? TIER_PART.exec(f.slice(lastEnd, n.start)) : null;
      // ("(cấp tỉnh 02, cấp huyện 03, cấp xã 04)": parts in a bracket may drop the people's noun.)
      if (tierPart && (PEOPLE.test(tail) || (inParens(f, n.start) && /^\s*(?:[,;)]|va\b)/.test(tail)))) {
        ctx.emit({ metric: 'staff.disciplined', value: n.value, range: [n.start, n.end], dimensions: { tier: TIER_OF[tierPart[1]!]! } });
        continue;
      }
      // "xử lý kỷ luật 05 công chức (01 công chức cấp tỉnh, 04 công chức cấp huyện)": counts of people with their own level, in the
      // bracket right after a disciplined count, are its parts by level.
      if (!zero && lastEnd >= 0 && inParens(f, n.start) && /^(?:\s*(?:,|va)\s*(?:can bo|cong chuc|vien chuc|nguoi lao dong))*\s*\($/.test(f.slice(lastEnd, f.lastIndexOf('(', n.start) + 1))) {
        const people = PEOPLE.exec(tail);
        const tier = people ? tierAround(f, n.start, n.end + people[0].length, ctx.text, ctx.block, issuerAboveCommunes(ctx)) : undefined;
        if (tier) {
          ctx.emit({ metric: 'staff.disciplined', value: n.value, range: [n.start, n.end], dimensions: { tier } });
          continue;
        }
      }
      // "- Số công chức bị kỷ luật: 02.", "…: không có.": a labelled figure names its people in the label.
      const labelledCount =
        /^\s*(?:(?:nguoi|truong hop|can bo|cong chuc|vien chuc|dong chi)\s*)?(?:[;,.()]|$)/.test(tail) &&
        // ("số cán bộ, công chức cấp xã bị kỷ luật là 05 người": "là" closes the label as a colon does.)
        /\bky luat\b[^;:]*(?::|\bla)\s*(?:(?:hon|tren|gan|khoang)\s*)?$/.test(left) &&
        // (A "\b" after the colon would need a word right after it: "Kỷ luật: không có." is such a label.)
        /\b(?:ky luat\s*:|(?:can bo|cong chuc|vien chuc|cbccvc|cbcc|truong hop)\b)/.test(left);
      if (labelledCount) {
        // (The level may be written on the people in the label: "số công chức cấp xã bị kỷ luật là 05".)
        const tier = zero ? undefined : (tierAround(f, n.start, n.end, ctx.text, ctx.block, issuerAboveCommunes(ctx)) ?? lastTierIn(left));
        ctx.emit({ metric: 'staff.disciplined', value: n.value, range: [n.start, n.end], ...(tier ? { dimensions: { tier } } : {}), ...(n.qualifier ? { qualifier: n.qualifier } : {}) });
        continue;
      }
      if (!PEOPLE.test(tail)) continue;
      const end = tail.search(/;|\.(?!\d)/);
      const right = end < 0 ? tail : tail.slice(0, end);
      // "kỷ luật 02 công chức", "- Kỷ luật: 01 trường hợp".
      // ("Kết quả xử lý kỷ luật năm 2024: 03 cán bộ cấp xã (…); 02 công chức cấp huyện": counts listed after a discipline label.)
      // ("…: khiển trách 02; cảnh cáo 01; tổng số 03 công chức": the whole labelled "tổng số" among them.)
      // ("Kết quả xử lý kỷ luật năm 2024: cấp huyện 01 đồng chí, cấp xã 04 đồng chí": counts labelled by their level.)
      const listed =
        /\bky luat\b[^:;.]*:[^:]*$/.test(f.slice(0, n.start)) &&
        (/^\W*(?:tong (?:so|cong)\s*(?:la\s*)?)?$/.test(f.slice(Math.max(f.lastIndexOf(';', n.start), f.lastIndexOf(':', n.start)) + 1, n.start)) ||
          /^\W*cap (?:tinh|huyen|xa|phuong|thi xa|thanh pho|quan)\s*(?::|\bla|\bco)?\s*$/.test(f.slice(Math.max(f.lastIndexOf(';', n.start), f.lastIndexOf(':', n.start), f.lastIndexOf(',', n.start)) + 1, n.start)));
      // ("Kết quả xử lý kỷ luật năm 2021:" then its items by form, then "Tổng cộng 70 trường hợp, …": the list's sum after it.)
      const sumOfList = /^\W*(?:tong cong|tong so|cong)\s*(?::|\bla)?\s*$/.test(left) && /\bky luat\b/.test(listLeadBefore(ctx.blocks, ctx.block) ?? '');
      const leftCue = listed || sumOfList || /\bky luat\s*:?\s*(?:(?:hon|tren|gan|khoang|doi voi|cho)\s*)*$/.test(left);
      // "kỷ luật 02 cán bộ cấp xã, 01 công chức cấp huyện": a coordinated count of people after a disciplined one.
      // ("kỷ luật 02 công chức với hình thức khiển trách và 01 viên chức …": the first count's form may stand between.)
      // ("03 công chức thuộc UBND huyện Hàm Yên và 01 viên chức …", "02 cán bộ diện Ban Thường vụ quản lý và 14 …": the first
      // count's owner may stand between.)
      // ("06 viên chức (02 cảnh cáo, 04 khiển trách) và 01 công chức": the first count's bracket of forms may stand between.)
      const coordinated =
        lastEnd >= 0 &&
        /^(?:[a-z ]{0,20}|\s*(?:thuoc|dien) [a-z ]{2,40}?|\s*(?:voi |bang )?hinh thuc [a-z ]{2,30}?)\s*(?:,|\bva\b)\s*$/.test(f.slice(lastEnd, n.start).replace(/\([^()]*\)/g, ' '));
      // ("12 trường hợp vi phạm giao thông bị xử lý": "vi phạm … xử lý" without "kỷ luật" is about staff only where the sentence names them.)
      const disciplineRight = DISCIPLINE.test(right) && (/\bky luat\b/.test(right) || STAFF_NAMED.test(f));
      // ("trong kỳ không có cán bộ, công chức vi phạm": no staff violated, so none disciplined — a stated zero only;
      // "02 công chức vi phạm … đã nhắc nhở" counts violators, not the disciplined.)
      const noViolator = zero && /^[^;.]{0,40}?\bvi pham\b/.test(right);
      // ("(kiến nghị) xử lý 04 cán bộ, công chức vi phạm": staff who broke the rules, dealt with — "xử lý" before them, not
      // "12 trường hợp vi phạm giao thông".)
      const violators = right.includes('vi pham') ? VIOLATING_STAFF.exec(right) : null;
      const handledViolators = violators !== null && HANDLED.test(left);
      // ("phát hiện 11 công chức vi phạm kỷ luật lao động, đã xử lý kỷ luật 03 trường hợp": violators found, their "kỷ luật" the rules
      // they broke — not those "vi phạm bị/phải xử lý", nor a count after a discipline cue.)
      if (violators && !zero && !leftCue && !handledViolators && !/^[^,;]*\b(?:bi|phai)\b/.test(right.slice(violators[0].length))) continue;
      if (!leftCue && !coordinated && !disciplineRight && !noViolator && !handledViolators && !SUFFERED_FORM.test(right)) continue;
      // ("chấn chỉnh, nhắc nhở 08 công chức, xử lý kỷ luật 01 viên chức": people reminded or criticised, with the discipline of
      // others after them, are not disciplined.)
      if (!leftCue && OTHER_TREATMENT.test(left)) continue;
      // ("đang xem xét kỷ luật 02 viên chức": not disciplined yet.)
      // ("đề nghị … xem xét kỷ luật 01 trường hợp" is a proposal, read below.)
      if (/\b(?:xem xet|dang xu ly|chua xu ly)(?: xu ly)?(?: ky luat)?\s*:?\s*(?:doi voi\s*)?$/.test(left) && !PROPOSED.test(left)) continue;
      // ("02 viên chức đang trong thời hạn xem xét kỷ luật": likewise, the consideration after the people.)
      if (/^\s*[a-z ,]{0,30}?\bdang (?:trong thoi han )?(?:xem xet|xu ly)\b/.test(right.slice(PEOPLE.exec(tail)![0].length))) continue;
      if (!zero && /\bkhong\b/.test(right.slice(0, 40))) continue;
      const people = PEOPLE.exec(tail)!;
      // The tier written on the people, or named in this sentence: one from an earlier sentence is about other people.
      const nounEnd = n.end + people[0].length;
      // ("03 cán bộ cấp xã bị bãi nhiệm, 02 công chức bị buộc thôi việc": the tier written on the people before is theirs alone.)
      const ownTier = tierAround(f, n.start, nounEnd, ctx.text, ctx.block, issuerAboveCommunes(ctx));
      const tier = ownTier ?? (!lastOwnTier && /\bcap (?:tinh|huyen|xa|phuong|thi xa|thanh pho|quan(?! ly))\b|\b(?:ubnd|uy ban nhan dan) cac (?:xa|phuong|thi tran|huyen|quan)\b/.test(f) ? tierOf(ctx, n, nounEnd) : undefined);
      lastOwnTier = ownTier !== undefined;
      // ("03 cán bộ, công chức cấp xã (…) và 01 công chức cấp thành phố": the people's further nouns are theirs too.)
      lastEnd = nounEnd + (/^(?:\s*(?:,|va)\s*(?:can bo|cong chuc|vien chuc|nguoi lao dong)\b)*/.exec(f.slice(nounEnd))?.[0].length ?? 0);
      // ("kiến nghị xử lý kỷ luật 02 công chức": a discipline proposed, not done.)
      const proposed = PROPOSED.test(left) || (handledViolators && /\b(?:kien nghi|de nghi)\s+xu ly\s*(?:doi voi\s*)?$/.test(left));
      const dims = { ...(tier ? { tier } : {}), ...(proposed ? { status: 'proposed' as const } : {}) };
      ctx.emit({
        metric: 'staff.disciplined',
        value: n.value,
        range: [n.start, n.end],
        ...(Object.keys(dims).length ? { dimensions: dims } : {}),
        ...(proposed ? { inferStatus: false } : {}),
        ...(n.qualifier ? { qualifier: n.qualifier } : {}),
      });
    }
  },
});
