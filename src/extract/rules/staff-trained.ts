import { inOtherPeriodBracket, inParens, issuerAboveCommunes, lastTierIn, mixedTierAfter, TIER_OF, tierAround, withoutSpelledOut, type Tier } from '../figure-context.ts';
import { DEGREE_WORD, degreeOf, withoutSectorTraining } from '../dimensions/degree.ts';
import { levelItemTier } from '../lead-in.ts';
import { defineRule } from '../rule.ts';

/** The people a training figure counts: "lượt cán bộ", "người", "đồng chí", "học viên", "công chức" (not "người dân", "người lao động nông thôn"). */
const PEOPLE = /^\s*(?:luot(?! (?:nguoi dan|cong dan|nhan dan|hoc sinh|sinh vien|doanh nghiep|ho(?: gia dinh)?|nong dan|thanh nien|hoi vien|doan vien|nguoi lao dong(?! hop dong))\b)(?: nguoi| can bo| cong chuc| vien chuc| cbccvc| cbcc| cb,? ?cc(?:,? ?vc)?| cc,? ?vc| hoc vien)?|nguoi(?! (?:dan|lao dong(?! hop dong)|nong dan|khuyet tat|co cong|ngheo|cao tuoi)\b)|can bo|cong chuc|vien chuc|dong chi|hoc vien|nghien cuu sinh|dai bieu|cbccvc|cbcc|ccvc|cb,? ?cc(?:,? ?vc)?|cc,? ?vc|ca nhan)\b(?:\s*(?:,|va)\s*(?:can bo|cong chuc|vien chuc|nguoi lao dong)\b)*/;
/** Training cues: "đào tạo", "bồi dưỡng", "tập huấn", "đi học", "tham gia (các) lớp". */
/** ("đi học tập kinh nghiệm", "khảo sát học tập mô hình" are study tours, not training.) */
// ("Cơ cấu trình độ đào tạo: sau đại học 14 người": "trình độ đào tạo" is the staff's qualification, no training.)
const TRAINING = /\b(?:(?<!trinh do )dao tao|boi duong|tap huan|di hoc(?! tap)|cu di hoc(?! tap)|theo hoc|hoc (?:cao hoc|dai hoc|trung cap|cao cap|sau dai hoc|thac s[iy]|tien s[iy]|cac lop|nghien cuu sinh)|lam nghien cuu sinh|tham gia (?:cac )?(?:lop|khoa hoc))\b/;
/** What is not training even next to a training word: money, classes, plans, counts of classes. */
const NOT = /\b(?:ke hoach|nhu cau|du kien|tuyen dung|tiep don|tiep|huong dan)\s*$/;

/** A training verb a few words after the people ("02 đồng chí tiếp tục tham gia đào tạo"). */
const RIGHT_CUE = /^\s*(?:[a-z]+\s+){0,8}?(?:duoc |da |tiep tuc |tham gia |di |cu di )*(?:dao tao|boi duong|tap huan|di hoc(?! tap)|theo hoc|tham gia (?:cac |\d+ )?(?:lop|khoa|chuong trinh)|hoc (?:cao hoc|dai hoc|trung cap|cao cap|sau dai hoc|thac s[iy]|tien s[iy]|cac lop|lop|chuong trinh|nghien cuu sinh)|lam nghien cuu sinh)/;
/** "… cho cán bộ, công chức cấp xã với": the people trained and their level named before a figure of attendances. Group 1: the level. */
const FOR_PEOPLE = /\bcho (?:(?:doi ngu|cac) )?(?:can bo|cong chuc|vien chuc|cbcc|cbccvc)\b[^;.\d]*?\bcap (tinh|huyen|xa|phuong)\b[^;.\d]{0,20}?\bvoi\s*(?:(?:hon|tren|gan|khoang)\s*)?$/;
/** "3 lớp bồi dưỡng (cho) công chức cấp xã (": classes naming the people and their level, right before a bracket. Group 1: the level. */
const CLASS_FOR_PEOPLE = /\d\s+(?:lop|khoa)\b[^;()\d]*?\b(?:can bo|cong chuc|vien chuc|cbcc|cbccvc)\b[^;()\d]*?\bcap (tinh|huyen|xa|phuong)\s*\(\s*$/;
/** A verb of the people's own after them ("… lượt người tham gia các hội nghị", "… người dự hội thi"). */
const OWN_VERB = /^\s*(?:[a-z]+\s+){0,6}?(?:tham gia|tham du|du|duoc)\b/;
/** A count of classes or courses right after a figure. */
const CLASSES = /^\s*(?:lop|khoa|dot)\b/;
/**
 * The words that go on naming the people, up to a comma, a figure, "và" or a verb of training; "tại" only where
 * it says where they work ("học viên là công chức làm việc tại Bộ phận Một cửa cấp xã").
 */
/** A comma before another kind of staff: "cán bộ, công chức". */
const STAFF_COMMA = /,(?=\s*(?:cong chuc|vien chuc|can bo|nguoi lao dong)\b)/g;
const PEOPLE_PHRASE = /^(?:(?!\s(?:va|tham gia|duoc|di|da|dao tao|boi duong|tap huan|ve)\b|(?<!\blam viec)\stai\b)[^,;.(\d])*/;
/** ", cấp xã" after "cấp huyện": the comma of a list of levels. */
// ("cấp huyện, xã": the second level named without its "cấp".)
// ("215 lượt cán bộ quản lý, giáo viên tham gia bồi dưỡng": a comma before another kind of staff does not end the people either.)
const LEVEL_COMMA = /,(?=\s*cap (?:tinh|huyen|xa|phuong)\b)|(?<=\bcap (?:tinh|huyen|quan|thi xa|thanh pho)),(?=\s*(?:huyen|xa|phuong|thi tran)\b)|,(?=\s*(?:can bo|cong chuc|vien chuc|giao vien|nhan vien|nguoi lao dong)\b)/g;
/** "(Tổng) số (lượt) cán bộ, công chức cấp xã được bồi dưỡng … là": the label names the people's tier. */
/** "cán bộ, công chức cấp xã được bồi dưỡng 612 lượt": the people, their level, then the training and its figure ("được đào tạo, bồi dưỡng trong năm: 314 lượt"). */
const SUBJECT_TIER = /(?:^|[;,.:]\s*)\W*(?:can bo|cong chuc|vien chuc|cbcc|cbccvc)(?:\s*(?:,|va)\s*(?:cong chuc|vien chuc))*\s+cap (tinh|huyen|xa|phuong)\s+(?:da\s+)?(?:duoc\s+)?(?:cu\s+(?:di\s+)?)?(?:dao tao|boi duong|tap huan)(?:\s*(?:,|va)\s*(?:dao tao|boi duong|tap huan))*\b(?:[^;,.\d]|\b\d{1,2} thang\b){0,40}$/;
/** "…; cấp huyện là 215 lượt": a clause after ";" that names only another level. Group 1: the level. */
const NEXT_LEVEL = /^\s*[a-z ]{0,20};\s*cap (tinh|huyen|xa|phuong)\s*(?::|\bla|\bco)\s*$/;
/** "05 lớp, mỗi lớp 60 học viên": a figure per class, not the people trained. */
const PER_CLASS = /\b(?:moi (?:lop|khoa|dot)|binh quan|trung binh)\s*(?:co\s*)?$/;
// ("Số lượng cán bộ, công chức cấp xã được đào tạo, bồi dưỡng năm 2024 là": "số lượng", and a year, may be in it.)
const LABEL_TIER = /\bso (?:luong |luot )?(?:can bo|cong chuc|vien chuc)\b[^;:\d]*?\bcap (tinh|huyen|xa|phuong)\b(?:[^;:\d]|\bnam \d{4}\b)*?(?:\bla|:)\s*(?:(?:hon|tren|gan|khoang)\s*)?$/;
const CLASS_COUNT = /\d\s+(?:lop|khoa)\b/;
/** "… đại biểu là người dân, doanh nghiệp": the learners said to be the public, right after their noun. */
const PUBLIC_APPOSITION = /^\s*(?:(?:dai bieu|hoc vien|nguoi)\s+)?(?:la|gom)\s+(?:(?:cac|nhung)\s+)?(?:nguoi dan|cong dan|nhan dan|doanh nghiep|hoc sinh|sinh vien|to chuc, ca nhan|ho gia dinh|nong dan|hoi vien|doan vien)\b/;
/** "Số lượt CBCCVC được đào tạo, bồi dưỡng (trong kỳ):": a label counting people trained, up to its bare figure. */
const TRAINED_LABEL = /(?:^|[^a-z])so (?:luong |luot )?(?:luot )?(?:nguoi|can bo|cong chuc|vien chuc|cbccvc|cbcc|ccvc|cb,? ?cc(?:,? ?vc)?)\b[^;:.\d]*?\b(?:duoc |da duoc |da |tham gia )?(?:dao tao|boi duong|tap huan)\b[^;:\d]*(?::|\bla)\s*(?:(?:hon|tren|gan|khoang)\s*)?$/;
/** A training cue, then a colon opening its items, still open ("Kết quả bồi dưỡng theo tiêu chuẩn ngạch: …"). */
const TRAINING_COLON = /\b(?:dao tao|boi duong|tap huan)\b[^.:;]*:[^.:;]*$/;
const BREAKDOWN = /\b(?:trong do|gom|bao gom|cu the)\b/;
/**
 * "trong đó: bồi dưỡng chuyên môn 29 lượt; lý luận chính trị 05 lượt": a further part after ";", the one before closed by its
 * people, this one opened by its label alone (no verb of its own).
 */
const PART_AFTER_SEMICOLON = /^\s*(?:luot(?: nguoi)?|nguoi|hoc vien)?\s*;\s*(?!(?:cu|co|to chuc|mo|da|nam|ngoai ra|rieng)\b)[a-z ,]{2,80}:?\s*$/;
/** A part named by a degree is read by staff-by-degree (staff.trained with its degree). */
const DEGREE_NEAR = new RegExp(String.raw`\b${DEGREE_WORD}\b`, 'g');

/** A degree word in f[from, to), but a rank of political theory ("trung cấp" after "lý luận chính trị": degreeOf). */
function degreeNear(f: string, from: number, to: number): boolean {
  const window = f.slice(from, to);
  DEGREE_NEAR.lastIndex = 0;
  for (let m = DEGREE_NEAR.exec(window); m; m = DEGREE_NEAR.exec(window)) {
    const at = from + m.index;
    // (Only a rank's "trung cấp" / "sơ cấp" is let through; "sau đại học" stays staff-by-degree's.)
    if (!/^(?:trung cap|so cap)$/.test(m[0]) || degreeOf(m[0], f.slice(0, at), f.slice(at + m[0].length)) !== undefined) return true;
  }
  return false;
}

/** An act of study right after a bare figure: "02 đi học thạc sĩ", "03 được cử đi đào tạo". */
const ELIDED_STUDY = /^\s+(?:(?:duoc|da)\s+)?(?:cu\s+)?(?:di hoc(?! tap)|di dao tao|theo hoc|tham gia (?:lop|khoa))\b/;

export default defineRule({
  id: 'staff-trained',
  description:
    'Staff sent to training: "02 đồng chí tham gia đào tạo", "bồi dưỡng 1.250 lượt người", "đào tạo, bồi dưỡng cho 640 người"; ' +
    'the training cue sits in the figure\'s stretch of the sentence (between the figure and its neighbours).',
  examples: {
    valid: [
      {
        // The district's staff named "công chức huyện" beside the communes' "cấp xã": the district tier; one named district's are not.
        text: 'Năm 2020, huyện cử 27 lượt công chức huyện và 85 lượt công chức cấp xã đi bồi dưỡng; 04 công chức huyện Kim Sơn đi học cao cấp lý luận chính trị.',
        records: [
          { metric: 'staff.trained', value: 27, dimensions: { tier: 'district' } },
          { metric: 'staff.trained', value: 85, dimensions: { tier: 'commune' } },
          { metric: 'staff.trained', value: 4 },
        ],
      },
      {
        // Learners in brackets after classes naming their level; a part in PhD study after a whole's "sau đại học".
        text: 'Năm 2015, tỉnh mở 2 lớp quản lý nhà nước (140 học viên) và 4 lớp bồi dưỡng cán bộ, công chức cấp xã (310 học viên); cử 21 công chức đi học sau đại học, trong đó 4 nghiên cứu sinh.',
        records: [
          { metric: 'staff.trained', value: 140 },
          { metric: 'staff.trained', value: 310, dimensions: { tier: 'commune' } },
          { metric: 'staff.trained', value: 21 },
          { metric: 'staff.trained', value: 4 },
        ],
      },
      {
        // The trainees' apposition names their level after a comma between kinds of staff.
        text: 'Năm 2024, Sở tổ chức 6 lớp bồi dưỡng cho 540 học viên là cán bộ, công chức cấp xã.',
        records: [{ metric: 'staff.trained', value: 540, dimensions: { tier: 'commune' } }],
      },
      {
        // Two kinds of staff joined by a comma, the first with its own words after it.
        text: 'Trong năm, Sở cử 132 lượt cán bộ quản lý, giáo viên tham gia các lớp bồi dưỡng thường xuyên.',
        records: [{ metric: 'staff.trained', value: 132 }],
      },
      {
        // Two levels, the second without its "cấp" ("cấp huyện, xã"; "cấp thị xã và cấp xã"): a mixed group, no tier.
        text: 'Năm 2025, huyện cử 64 lượt công chức cấp huyện, xã tham gia bồi dưỡng; thị xã mở lớp tập huấn cho 210 lượt cán bộ, công chức cấp thị xã và cấp xã.',
        records: [
          { metric: 'staff.trained', value: 64 },
          { metric: 'staff.trained', value: 210 },
        ],
      },
      {
        // 'công chức xã' without 'cấp', in a paragraph naming the district: the commune tier; a list 'xã, phường' always.
        text: 'UBND huyện cử 07 công chức xã tham gia lớp bồi dưỡng nghiệp vụ hộ tịch do Sở Tư pháp tổ chức.',
        records: [{ metric: 'staff.trained', value: 7, dimensions: { tier: 'commune' } }],
      },
      {
        // The district as the subject sending its staff, or named with its communes: 'công chức xã' are the communes'.
        text: 'Trong năm, huyện cử 38 lượt cán bộ, công chức xã đi bồi dưỡng. Huyện Mường Lát có 09 xã; năm 2024 cử 12 công chức xã học đại học.',
        records: [
          { metric: 'staff.trained', value: 38, dimensions: { tier: 'commune' } },
          { metric: 'staff.trained', value: 12, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Sở Nội vụ đã bồi dưỡng cho 215 cán bộ, công chức xã, phường về kỹ năng số.',
        records: [{ metric: 'staff.trained', value: 215, dimensions: { tier: 'commune' } }],
      },
      {
        // One named commune's staff: a subject, no tier.
        text: 'UBND huyện cử 02 công chức xã Hòa Bình đi bồi dưỡng kỹ năng số.',
        records: [{ metric: 'staff.trained', value: 2 }],
      },
      {
        text: 'Trong kỳ, có 03 đồng chí tiếp tục tham gia đào tạo trình độ thạc sĩ.',
        records: [{ metric: 'staff.trained', value: 3 }],
      },
      {
        text: 'Sở đã cử 145 lượt công chức, viên chức tham gia các lớp bồi dưỡng kiến thức quản lý nhà nước.',
        records: [{ metric: 'staff.trained', value: 145 }],
      },
      {
        text: 'Năm 2023, huyện đã tổ chức đào tạo, bồi dưỡng cho 2.310 lượt người; mở 12 lớp tập huấn nghiệp vụ cho 640 người.',
        records: [
          { metric: 'staff.trained', value: 2310 },
          { metric: 'staff.trained', value: 640 },
        ],
      },
      {
        text: 'Có 58 lượt cán bộ, công chức được bồi dưỡng về lý luận chính trị.',
        records: [{ metric: 'staff.trained', value: 58 }],
      },
      {
        text: 'Tỉnh hỗ trợ kinh phí cho hơn 20 người đi học sau đại học.',
        records: [{ metric: 'staff.trained', value: 20, qualifier: 'over' }],
      },
      {
        text: 'Trong năm, Sở cử 02 (hai) đồng chí đi học trung cấp lý luận chính trị.',
        records: [{ metric: 'staff.trained', value: 2 }],
      },
      {
        text: 'Huyện mở 6 lớp tập huấn nghiệp vụ cho 420 lượt cán bộ, công chức cấp xã.',
        records: [{ metric: 'staff.trained', value: 420, dimensions: { tier: 'commune' } }],
      },
      {
        // Labelled items after a training cue and its colon, separated by commas.
        text: 'Kết quả bồi dưỡng theo chức danh: lãnh đạo cấp phòng 12 người, công chức chuyên môn 58 người.',
        records: [
          { metric: 'staff.trained', value: 12 },
          { metric: 'staff.trained', value: 58 },
        ],
      },
      {
        // People of two levels listed with a comma: the training after them is theirs, with no one tier.
        text: 'Trong quý, cử 52 lượt cán bộ, công chức cấp tỉnh, cấp huyện tham gia lớp bồi dưỡng kỹ năng số.',
        records: [{ metric: 'staff.trained', value: 52 }],
      },
      {
        // The people's tier where they work; a count of courses between the people and the training.
        text: 'Mở 02 lớp tập huấn cho 140 học viên là công chức làm việc tại Bộ phận Một cửa cấp xã; cử 04 lượt người tham gia 02 khóa đào tạo ở nước ngoài.',
        records: [
          { metric: 'staff.trained', value: 140, dimensions: { tier: 'commune' } },
          { metric: 'staff.trained', value: 4 },
        ],
      },
      {
        // The people and their level as the subject, the figure after the training.
        text: 'Năm 2024, cán bộ, công chức cấp xã được bồi dưỡng 540 lượt; cán bộ, công chức cấp huyện được bồi dưỡng 210 lượt.',
        records: [
          { metric: 'staff.trained', value: 540, dimensions: { tier: 'commune' } },
          { metric: 'staff.trained', value: 210, dimensions: { tier: 'district' } },
        ],
      },
      {
        // Delegates of a training conference are the people trained.
        text: 'Tổ chức 01 hội nghị tập huấn cho hơn 150 đại biểu là công chức các phòng, đơn vị.',
        records: [{ metric: 'staff.trained', value: 150, qualifier: 'over' }],
      },
      {
        text: 'Trong năm, 02 công chức học cao cấp lý luận chính trị; 01 viên chức học lớp bồi dưỡng kế toán trưởng.',
        records: [
          { metric: 'staff.trained', value: 2 },
          { metric: 'staff.trained', value: 1 },
        ],
      },
      {
        // Two counts of people coordinated, the training after the second.
        text: 'Trong năm, cử 64 lượt công chức cấp huyện và 250 lượt cán bộ, công chức cấp xã tham gia các lớp bồi dưỡng.',
        records: [
          { metric: 'staff.trained', value: 64, dimensions: { tier: 'district' } },
          { metric: 'staff.trained', value: 250, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The items of a training lead-in, labelled by level.
        before: 'Kết quả bồi dưỡng cán bộ, công chức năm 2024:',
        text: '- Cấp xã: 1.120 lượt;',
        records: [{ metric: 'staff.trained', value: 1120, dimensions: { tier: 'commune' } }],
      },
      {
        // The people and their level named before the figure of attendances.
        text: 'Sở đã tổ chức tập huấn cho công chức cấp huyện với 215 lượt người tham gia.',
        records: [{ metric: 'staff.trained', value: 215, dimensions: { tier: 'district' } }],
      },
      {
        // A coordinated count with a verb of its own that names no training did something else.
        text: 'Huyện cử 86 lượt công chức cấp xã tham gia tập huấn và hơn 900 lượt người tham gia hội nghị phổ biến pháp luật.',
        records: [{ metric: 'staff.trained', value: 86, dimensions: { tier: 'commune' } }],
      },
      {
        // "Giám đốc" (director) is no reduction ("giảm").
        text: 'Sở cử 01 đồng chí Phó Giám đốc và 02 đồng chí trưởng phòng học cao cấp lý luận chính trị.',
        records: [
          { metric: 'staff.trained', value: 1 },
          { metric: 'staff.trained', value: 2 },
        ],
      },
      {
        // The people, then what they are studying ("đang theo học").
        text: 'Hiện có 03 viên chức đang theo học cao học tại Học viện Hành chính Quốc gia.',
        records: [{ metric: 'staff.trained', value: 3 }],
      },
      {
        // Two training verbs after the people and their level, then a colon and the figure.
        text: 'Công chức cấp huyện được đào tạo, bồi dưỡng trong 6 tháng: 128 lượt người.',
        records: [{ metric: 'staff.trained', value: 128, dimensions: { tier: 'district' } }],
      },
      {
        text: 'Số lượt cán bộ, công chức cấp xã được tập huấn về kỹ năng số là 840 lượt; cấp huyện là 190 lượt.',
        records: [
          { metric: 'staff.trained', value: 840, dimensions: { tier: 'commune' } },
          { metric: 'staff.trained', value: 190, dimensions: { tier: 'district' } },
        ],
      },
      {
        // A recruitment after the colon is no item of the training.
        text: 'Kết quả đào tạo, bồi dưỡng năm 2024: bồi dưỡng 25 người, tuyển dụng 04 người.',
        records: [{ metric: 'staff.trained', value: 25 }],
      },
      {
        text: 'Số công chức được bồi dưỡng ngạch chuyên viên: 31 người; ngạch chuyên viên chính: 07 người.',
        records: [
          { metric: 'staff.trained', value: 31 },
          { metric: 'staff.trained', value: 7 },
        ],
      },
      {
        text: 'Tập huấn nghiệp vụ cho 480 lượt công chức cấp huyện, cấp xã.',
        records: [{ metric: 'staff.trained', value: 480 }],
      },
      {
        text: 'Thị xã cử 180 lượt cán bộ, công chức đi bồi dưỡng (trong đó: cấp huyện 64 lượt; cấp xã 116 lượt).',
        records: [
          { metric: 'staff.trained', value: 180 },
          { metric: 'staff.trained', value: 64, dimensions: { tier: 'district' } },
          { metric: 'staff.trained', value: 116, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Năm 2024, tỉnh mở 12 lớp bồi dưỡng cho 960 lượt công chức.',
        records: [{ metric: 'staff.trained', value: 960 }],
      },
      {
        text: 'Kinh phí đào tạo, bồi dưỡng 380 triệu đồng cho 265 lượt công chức.',
        records: [{ metric: 'staff.trained', value: 265 }],
      },
      {
        text: 'Tổng số lượt cán bộ, công chức cấp xã được bồi dưỡng trong năm là 1.920 lượt.',
        records: [{ metric: 'staff.trained', value: 1920, dimensions: { tier: 'commune' } }],
      },
      {
        // ("người đang học": "đang" after the people is no "người dân".)
        text: 'Hiện nay, thị trấn có 03 người đang theo học trung cấp lý luận chính trị và 02 người đang tham gia lớp bồi dưỡng ngạch chuyên viên.',
        records: [
          { metric: 'staff.trained', value: 3 },
          { metric: 'staff.trained', value: 2 },
        ],
      },
      {
        text: 'Trường Chính trị tỉnh mở 04 lớp cao cấp lý luận chính trị với 236 học viên.',
        records: [{ metric: 'staff.trained', value: 236 }],
      },
      {
        text: 'Tập huấn nghiệp vụ cho 640 lượt cán bộ, công chức cấp xã và 85 lượt công chức Bộ phận Một cửa cấp huyện.',
        records: [
          { metric: 'staff.trained', value: 640, dimensions: { tier: 'commune' } },
          { metric: 'staff.trained', value: 85, dimensions: { tier: 'district' } },
        ],
      },
      {
        text: '+ Bồi dưỡng nghiệp vụ công tác văn thư: 03 lớp, 210 học viên;',
        records: [{ metric: 'staff.trained', value: 210 }],
      },
      {
        text: 'Năm 2023, thị xã cử 318 lượt cán bộ, công chức đi bồi dưỡng, trong đó cấp huyện 96 lượt, cấp xã 222 lượt.',
        records: [
          { metric: 'staff.trained', value: 318 },
          { metric: 'staff.trained', value: 96, dimensions: { tier: 'district' } },
          { metric: 'staff.trained', value: 222, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The figure in words first, then in digits in brackets.
        text: 'Trong quý, Chi cục có ba (03) công chức được cử đi bồi dưỡng ngạch chuyên viên.',
        records: [{ metric: 'staff.trained', value: 3 }],
      },
      {
        // A figure coordinated after a trained count, its people dropped.
        text: 'Năm 2025, phường cử 04 công chức đi học đại học, 01 đi học thạc sĩ.',
        records: [
          { metric: 'staff.trained', value: 4 },
          { metric: 'staff.trained', value: 1 },
        ],
      },
      {
        // Parts after ";", each opened by its label alone.
        text: 'Trong năm, Sở cử 52 lượt công chức, viên chức đi bồi dưỡng, trong đó: quản lý nhà nước 30 lượt; tin học 12 lượt; ngoại ngữ 10 lượt.',
        records: [
          { metric: 'staff.trained', value: 52 },
          { metric: 'staff.trained', value: 30 },
          { metric: 'staff.trained', value: 12 },
          { metric: 'staff.trained', value: 10 },
        ],
      },
      {
        // Parts by course after "trong đó:": ranks of political theory are no degrees, and a long course label after ";" opens a part.
        text: 'Năm 2024, Sở cử 31 lượt công chức đi bồi dưỡng, trong đó: lý luận chính trị cao cấp 01 người, trung cấp 04 người; bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên chính 07 người, chuyên viên 19 người.',
        records: [
          { metric: 'staff.trained', value: 31 },
          { metric: 'staff.trained', value: 1 },
          { metric: 'staff.trained', value: 4 },
          { metric: 'staff.trained', value: 7 },
          { metric: 'staff.trained', value: 19 },
        ],
      },
      {
        // A bracket right after the whole's people holds its parts by level.
        text: 'Năm 2024, huyện mở 08 lớp bồi dưỡng cho 1.215 lượt cán bộ, công chức (cấp huyện 405 lượt, cấp xã 810 lượt).',
        records: [
          { metric: 'staff.trained', value: 1215 },
          { metric: 'staff.trained', value: 405, dimensions: { tier: 'district' } },
          { metric: 'staff.trained', value: 810, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // Learners said to be officials of two levels: no one tier.
        text: 'Sở tổ chức 03 lớp tập huấn cho 240 lượt học viên là công chức làm công tác văn thư cấp huyện, cấp xã.',
        records: [{ metric: 'staff.trained', value: 240 }],
      },
      {
        // People counts coordinated by a comma before the training they all took; a bare figure under a label naming the training.
        text: 'Năm 2024 đã cử 36 lượt công chức cấp huyện, 145 lượt cán bộ, công chức cấp xã tham gia bồi dưỡng. Số lượt CBCCVC được đào tạo, bồi dưỡng trong năm: 181.',
        records: [
          { metric: 'staff.trained', value: 36, dimensions: { tier: 'district' } },
          { metric: 'staff.trained', value: 145, dimensions: { tier: 'commune' } },
          { metric: 'staff.trained', value: 181 },
        ],
      },
      {
        // A label's level with "số lượng" and a year in it.
        text: 'Số lượng cán bộ, công chức cấp xã được bồi dưỡng năm 2023 là 980 lượt người.',
        records: [{ metric: 'staff.trained', value: 980, dimensions: { tier: 'commune' } }],
      },
      {
        // The count closing a bracket after a share, the training after the bracket.
        text: 'Năm 2024, Sở đã cử 100% công chức lãnh đạo cấp phòng (09/09 người) tham gia bồi dưỡng kiến thức quản lý nhà nước.',
        records: [{ metric: 'staff.trained', value: 9 }],
      },
    ],
    invalid: [
      { text: 'Sở tổ chức 02 hội nghị tập huấn cho 260 lượt đại biểu là người dân, doanh nghiệp về dịch vụ công trực tuyến.' },
      { text: 'Đã tổ chức 04 lớp bồi dưỡng kỹ năng số, mỗi lớp 55 học viên.' },
      // Citizens, pupils, firms trained are no staff.
      { text: 'Huyện tổ chức tập huấn sử dụng dịch vụ công trực tuyến cho 860 lượt người dân và 140 lượt doanh nghiệp.' },
      { text: 'Trình độ chuyên môn: đại học 26 người, sơ cấp 01 người, chưa qua đào tạo 02 người.' },
      { text: 'Sở cử 02 viên chức đi học tập kinh nghiệm tại Nhật Bản và 12 lượt công chức đi khảo sát học tập mô hình tại các tỉnh.' },
      { text: 'Huyện tổ chức tập huấn cho 180 người dân về dịch vụ công trực tuyến.' },
      { text: 'Phòng Lao động phối hợp đào tạo nghề cho 900 người, trong đó 320 người có việc làm sau đào tạo.' },
      { text: 'Hội nghị sơ kết có 120 đại biểu tham dự.' },
      { text: 'Trung tâm đã tiếp đón và hướng dẫn trên 500 lượt người đến giao dịch.' },
      { text: 'Kinh phí đào tạo, bồi dưỡng năm 2023 là 2,5 tỷ đồng.' },
      { text: 'Về trình độ đào tạo: sau đại học 09 người, đại học 40 người.' },
      { text: 'Tỉnh đã mở 40 lớp bồi dưỡng chuyên môn.' },
      { text: 'Đơn vị có 25 công chức, trong đó 10 người đã qua đào tạo sau đại học.' },
      { text: 'Phòng Giáo dục - Đào tạo huyện có 14 công chức, viên chức.' },
    ],
  },
  // (An item labelled only by a level, "- Cấp xã: 1.340 lượt;", names no training: its lead-in does.)
  cue: /dao tao|boi duong|tap huan|hoc|tham gia|^\W*cap (?:tinh|huyen|quan|thi xa|thanh pho|xa|phuong|thi tran)/,
  match(ctx) {
    const f = withoutSectorTraining(withoutSpelledOut(ctx.folded));
    const nums = ctx.numbers.filter((n) => n.form !== 'zero-phrase' && !n.percent);
    // The end of the last whole training figure, and the index of the last part of it.
    let trainedEnd: number | null = null;
    let lastPart = -2;
    /** The tier of the last whole training figure, for a bare "N lượt" coordinated after it. */
    let lastTier: Tier | undefined;
    // "Kết quả đào tạo, bồi dưỡng năm 2024:" then "- Cấp xã: 1.340 lượt;": the lead-in's training, by level.
    const trainingLead = ctx.leadIn !== null && TRAINING.test(ctx.leadIn.folded);
    nums.forEach((n, i) => {
      const people = PEOPLE.exec(f.slice(n.end));
      // "- Số lượt CBCCVC được đào tạo, bồi dưỡng trong kỳ: 356;": a bare figure under a label naming the people and their training.
      if (!people && TRAINED_LABEL.test(f.slice(f.lastIndexOf(';', n.start) + 1, n.start)) && /^\s*(?:[;,.]|$)/.test(f.slice(n.end)) && !inOtherPeriodBracket(f, n.start)) {
        const label = LABEL_TIER.exec(f.slice(0, n.start));
        trainedEnd = n.end;
        ctx.emit({ metric: 'staff.trained', value: n.value, range: [n.start, n.end], ...(label ? { dimensions: { tier: TIER_OF[label[1]!]! } } : {}), ...(n.qualifier ? { qualifier: n.qualifier } : {}) });
        return;
      }
      // "cử 06 cán bộ, công chức đi học đại học, 02 đi học thạc sĩ": a figure coordinated after a trained count, its people
      // dropped before its own act of study, is trained too.
      if (!people) {
        if (i > 0 && trainedEnd === nums[i - 1]!.end && /^[^;.\d]{0,60}?(?:,|\bva)\s*$/.test(f.slice(trainedEnd, n.start)) && ELIDED_STUDY.test(f.slice(n.end))) {
          trainedEnd = n.end;
          ctx.emit({ metric: 'staff.trained', value: n.value, range: [n.start, n.end], ...(lastTier ? { dimensions: { tier: lastTier } } : {}) });
        }
        return;
      }
      // ("(năm 2023: 1.120 lượt người)": a bracket of another period's figures is no record of this one.)
      if (inOtherPeriodBracket(f, n.start)) return;
      // ("cho 320 lượt đại biểu là người dân, doanh nghiệp": learners said to be the public, no staff.)
      if (PUBLIC_APPOSITION.test(f.slice(n.end + people[0].length))) return;
      const levelItem = trainingLead && i === 0 ? levelItemTier(f.slice(0, n.start)) : undefined;
      if (levelItem && /^\s*[;.]?\s*$/.test(f.slice(n.end + people[0].length))) {
        trainedEnd = n.end;
        ctx.emit({ metric: 'staff.trained', value: n.value, range: [n.start, n.end], dimensions: { tier: levelItem } });
        return;
      }
      // The figure's stretch: from the previous figure (or the clause start) to the next one;
      // a count of classes before it ("06 lớp, 425 học viên") is part of its stretch.
      let p = i - 1;
      while (p >= 0 && CLASSES.test(f.slice(nums[p]!.end))) p--;
      const prevEnd = p >= 0 ? nums[p]!.end : 0;
      const nextStart = i + 1 < nums.length ? nums[i + 1]!.start : f.length;
      const leftFrom = Math.max(prevEnd, f.lastIndexOf(';', n.start) + 1);
      const left = f.slice(leftFrom, n.start);
      const from = n.end + people[0].length;
      // ("37 lượt cán bộ, công chức cấp huyện, cấp xã tham gia …": a comma between levels does not end the people's stretch.)
      const stop = f.slice(from).replace(LEVEL_COMMA, ' ').search(/;|[.,](?!\d)/);
      // ("cử 06 lượt người tham gia 03 khóa đào tạo": a count of courses after the people is part of their stretch.)
      const nextIsClasses = i + 1 < nums.length && CLASSES.test(f.slice(nums[i + 1]!.end));
      const rightTo = Math.min(nextIsClasses && i + 2 < nums.length ? nums[i + 2]!.start : nextIsClasses ? f.length : nextStart, stop < 0 ? f.length : from + stop);
      // ("cử 100% công chức lãnh đạo cấp phòng (12/12 người) tham gia bồi dưỡng": the count closing a bracket after a share, the
      // training after the bracket.)
      const right = f.slice(n.end + people[0].length, rightTo).replace(LEVEL_COMMA, ' ').replace(/^\s*\)/, '');
      // "mở 05 lớp trung cấp lý luận chính trị với 412 học viên": a count of classes names the training too.
      const leftCue = (TRAINING.test(left) || CLASS_COUNT.test(left)) && !NOT.test(left.replace(/\s*(?:cho|den|voi)?\s*(?:(?:hon|tren|gan|khoang)\s*)?$/, ''));
      // ("cử 86 lượt công chức cấp huyện và 312 lượt cán bộ cấp xã tham gia các lớp bồi dưỡng": the training after the
      // count of people coordinated with this one by "và" is theirs too.)
      const next = i + 1 < nums.length ? nums[i + 1]! : null;
      // ("cử 48 lượt công chức cấp huyện, 210 lượt cán bộ, công chức cấp xã tham gia …": or by a comma.)
      const nextPeople = next && /^[^;.\d]{0,60}?(?:\bva|,)\s*$/.test(f.slice(from, next.start)) ? PEOPLE.exec(f.slice(next.end)) : null;
      const aheadFrom = next && nextPeople ? next.end + nextPeople[0].length : -1;
      const aheadStop = aheadFrom < 0 ? -1 : f.slice(aheadFrom).search(/;|[.,](?!\d)/);
      const ahead = aheadFrom < 0 ? '' : f.slice(aheadFrom, aheadStop < 0 ? f.length : aheadFrom + aheadStop);
      const rightCue = RIGHT_CUE.test(right) || (ahead !== '' && RIGHT_CUE.test(ahead));
      // "cử 236 lượt … bồi dưỡng; trong đó cấp huyện 74 lượt, cấp xã 162 lượt": the parts of a training figure.
      // A further part follows the one before it with no ";" between.
      const sincePrevious = f.slice(i > 0 ? nums[i - 1]!.end : 0, n.start);
      // ("… cho 3.860 lượt cán bộ, công chức (cấp tỉnh 1.120 lượt, cấp huyện 1.540 lượt, …)": a bracket right after the whole's
      // people opens its parts as "trong đó" does.)
      const open = inParens(f, n.start) ? f.lastIndexOf('(', n.start) : -1;
      const bracketAfterWhole = trainedEnd !== null && open >= trainedEnd && !/[\d;]|\.(?!\d)/.test(f.slice(trainedEnd, open));
      const part =
        trainedEnd !== null && (BREAKDOWN.test(f.slice(trainedEnd, n.start)) || bracketAfterWhole) &&
        (BREAKDOWN.test(sincePrevious) ||
          (bracketAfterWhole && i > 0 && nums[i - 1]!.end === trainedEnd) ||
          (lastPart === i - 1 && (!/[;.]/.test(sincePrevious) || (inParens(f, n.start) && !/[()]/.test(sincePrevious)) || PART_AFTER_SEMICOLON.test(sincePrevious)))) &&
        // ("cử 35 cán bộ đi đào tạo sau đại học, trong đó 6 nghiên cứu sinh": the whole's degree before the part's comma is not the part's.)
        // ("lý luận chính trị cao cấp 02 người, trung cấp 05 người": a rank of political theory is no degree.)
        !degreeNear(f, Math.max(prevEnd, f.lastIndexOf(',', n.start)), rightTo);
      // "cho 1.532 lượt cán bộ, công chức cấp xã và 96 lượt công chức …": people coordinated with a training figure;
      // "…ngạch chuyên viên: 26 người; ngạch chuyên viên chính: 09 người": a parallel labelled item after ";".
      // ("Kết quả bồi dưỡng theo ngạch: chuyên viên chính 15 người, chuyên viên 46 người": labelled items after a training colon.)
      const coordinated =
        i > 0 && trainedEnd === nums[i - 1]!.end &&
        (/^[^;.\d]{0,60}?(?:,|\bva\b)\s*(?:(?:hon|tren|gan|khoang)\s*)?$/.test(sincePrevious) ||
          /^\s*[a-z ]{0,20};\s*[a-z ,]{2,40}:\s*$/.test(sincePrevious) ||
          // ("… cấp xã được tập huấn … là 960 lượt; cấp huyện là 215 lượt": a further level after ";".)
          NEXT_LEVEL.test(sincePrevious) ||
          (/^\s*[a-z ]{0,20},\s*[a-z ]{2,40}:?\s*$/.test(sincePrevious) && TRAINING_COLON.test(f.slice(0, n.start))));
      if (!leftCue && !rightCue && !part && !coordinated) return;
      // ("… tham gia bồi dưỡng và trên 1.000 lượt người tham gia các hội nghị tuyên truyền": a coordinated count with a verb of
      // its own that names no training did something else.)
      // (The training between the two figures is the first one's.)
      const afterTrained = i > 0 && trainedEnd === nums[i - 1]!.end && /(?:\bva|,)\s*(?:(?:hon|tren|gan|khoang)\s*)?$/.test(left);
      if ((afterTrained || (!leftCue && !part)) && !rightCue && OWN_VERB.test(right)) return;
      // ("chưa qua đào tạo 02 người": staff without a qualification, not trained.)
      if (/\bqua dao tao\b/.test(right) || /\bqua dao tao\s*(?::\s*)?$/.test(left) || /\b(?:giam(?! (?:doc|sat|dinh))|tinh gian|tuyen dung)\b/.test(left) || PER_CLASS.test(left)) return;
      // Vocational training is for workers, not staff; "(có việc làm) sau đào tạo" is an outcome of it.
      if (/\bdao tao nghe\b/.test(f) || /\bsau dao tao\b/.test(right)) return;
      // "cho 1.100 lượt cán bộ, công chức cấp xã": the tier written on the people themselves.
      // ("96 lượt công chức Bộ phận Một cửa cấp huyện": a tier closing the people's own phrase.)
      // ("Tổng số lượt cán bộ, công chức cấp xã được bồi dưỡng … là 2.840 lượt": a tier in the label of the figure.)
      const label = LABEL_TIER.exec(left);
      // ("đào tạo, bồi dưỡng cho cán bộ, công chức cấp xã với 1.120 lượt người": the people named before the figure.)
      const forPeople = FOR_PEOPLE.exec(left);
      // ("3 lớp bồi dưỡng công chức cấp xã (282 học viên)": the learners in a bracket after classes that name the people's level.)
      const classPeople = inParens(f, n.start) ? CLASS_FOR_PEOPLE.exec(left) : null;
      // ("cán bộ, công chức cấp xã được bồi dưỡng 612 lượt": the level of the people named as the subject.)
      const subject = SUBJECT_TIER.exec(f.slice(f.lastIndexOf(';', n.start) + 1, n.start));
      // ("520 lượt công chức cấp huyện, cấp xã": several tiers, none.)
      const nextLevel = coordinated && !leftCue && !rightCue ? NEXT_LEVEL.exec(sincePrevious) : null;
      // ("180 lượt học viên là công chức làm công tác nội vụ cấp huyện, cấp xã": the people's own phrase naming two levels, likewise.)
      const peopleLevels = new Set([...(PEOPLE_PHRASE.exec(f.slice(from, from + 90).replace(LEVEL_COMMA, ' '))?.[0] ?? '').matchAll(/\bcap (tinh|huyen|thi xa|thanh pho|quan(?! ly)|xa|phuong)\b/g)].map((m) => TIER_OF[m[1]!]));
      const tier = nextLevel ? TIER_OF[nextLevel[1]!] : mixedTierAfter(f, from) || peopleLevels.size > 1
        ? undefined
        : (tierAround(f, n.start, from, ctx.text, ctx.block, issuerAboveCommunes(ctx)) ??
          // ("1.200 học viên là cán bộ, công chức cấp xã": a comma between kinds of staff does not end the people's phrase.)
          lastTierIn(PEOPLE_PHRASE.exec(f.slice(from, from + 70).replace(STAFF_COMMA, ' '))?.[0] ?? '') ??
          (label ? TIER_OF[label[1]!] : undefined) ??
          (subject ? TIER_OF[subject[1]!] : undefined) ??
          (forPeople ? TIER_OF[forPeople[1]!] : undefined) ??
          (classPeople ? TIER_OF[classPeople[1]!] : undefined) ??
          // ("cử 26 công chức cấp xã đi đào tạo đại học, 118 lượt tham gia bồi dưỡng": a bare count of turns coordinated after a
          // training figure counts the same people.)
          (coordinated && /^\s*luot$/.test(people[0]) && !/[;.]/.test(sincePrevious) ? lastTier : undefined));
      if (part) lastPart = i;
      else {
        trainedEnd = n.end;
        lastTier = tier;
      }
      ctx.emit({
        metric: 'staff.trained',
        value: n.value,
        range: [n.start, n.end],
        ...(tier ? { dimensions: { tier } } : {}),
        ...(n.qualifier ? { qualifier: n.qualifier } : {}),
      });
    });
  },
});
