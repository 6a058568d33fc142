import { fold } from '../../text/normalize.ts';
import { parseNumberToken } from '../../text/numbers.ts';
import { DEGREE_WORD, degreeOf, withoutSectorTraining } from '../dimensions/degree.ts';
import { foldedBefore, inOtherPeriodBracket, lastSentence, lastTierIn, TIER_OF, tierOf, withoutSpelledOut, type Tier } from '../figure-context.ts';
import { defineRule, type Emission, type RuleContext } from '../rule.ts';

/** "trung cấp và tương đương 15": a degree and its equivalents is that degree. */
const AND_EQUIVALENT = String.raw`(?:\s+(?:va\s+)?tuong duong)?`;
/** "03 tiến sỹ", "18 người có trình độ thạc sĩ": the figure, then the degree. */
const NUMBER_FIRST = new RegExp(String.raw`^\s*(?:nguoi\s+)?(?:co\s+)?(?:trinh do\s+(?:chuyen mon\s+)?)?(${DEGREE_WORD})\b`);
/** "3.877 cán bộ, công chức cấp xã có trình độ đại học": the figure, its people, then the degree (group 1: the people). */
const PEOPLE_FIRST = new RegExp(
  String.raw`^(\s*(?:can bo|cong chuc|vien chuc|nguoi|cbccvc|cbcc|ccvc)(?:\s*(?:,|va)\s*(?:can bo|cong chuc|vien chuc))*)(?:\s+cap (?:tinh|huyen|xa|phuong))?\s+(?:da\s+)?co\s+trinh do\s+(?:chuyen mon\s+)?(${DEGREE_WORD})\b(?!\s*(?:,|va|\/|hoac)\s*${DEGREE_WORD}|\s*tro len)`,
);
/** "trình độ đại học có 326 người", "thạc sỹ là 18 người", "- Tiến sĩ: 03 người": the degree, then the figure. */
const DEGREE_FIRST = new RegExp(String.raw`(${DEGREE_WORD})${AND_EQUIVALENT}\s*(?:(?:co|la|gom|dat)\s+|:\s*)?$`);
const SERIES = new RegExp(String.raw`\d\s+${DEGREE_WORD}\b`, 'g');
/** "tiến sĩ 01, thạc sĩ 24, đại học 61" ("thạc sĩ 21 người, đại học 91 người"): degree words each followed by its figure. */
const SERIES_LABELLED = new RegExp(String.raw`\b${DEGREE_WORD}${AND_EQUIVALENT}\s*(?::|la|co)?\s*\d+(?:[.,]\d{3})*\s*(?:(?:nguoi|dong chi)\s*)?(?=[,;.)]|va\b|$)`, 'g');
/** "thạc sĩ chiếm 23,1% (12 người)": the degree, its share, then its count in brackets. Group 1: the degree. */
const SHARE_THEN_COUNT = new RegExp(String.raw`(${DEGREE_WORD})\s*(?:(?:co|la|chiem|chiem ty le|dat)\s*)*\d+(?:[.,]\d+)?\s*%\s*\(\s*$`);
/**
 * "trình độ tiến sĩ/thạc sĩ/đại học/khác: 01/12/40/03": degree words joined by slashes, then as many figures joined
 * by slashes (group 1: the degrees, group 2: the figures). The figures are no date; the k-th is the k-th degree's.
 */
const SLASH_SERIES = new RegExp(
  String.raw`\b(${DEGREE_WORD}(?:\s*\/\s*${DEGREE_WORD})+)\s*\)?\s*(?:\((?:nguoi|ng)\)\s*)?(?:(?:lan luot|tuong ung)\s+)?(?:(?:la|co)\s*:?|:)\s*(\d+(?:[.,]\d{3})*(?:\s*\/\s*\d+(?:[.,]\d{3})*)+)(?![\d\/])`,
  'g',
);
/** Staff named in a label ("… của công chức cấp xã:"). */
const STAFF_LABEL = /\b(?:can bo|cong chuc|vien chuc|cbcc|cbccvc)\b/;
/** Every degree word of a text. */
const DEGREE_ALL = new RegExp(DEGREE_WORD, 'g');
/** A bare figure closing its item: nothing but punctuation or "và" after it. */
const CLOSES_ITEM = /^\s*(?:[,;.)]|va\b|$)/;
/** Every figure of the rule has a degree word in its sentence ("khắc phục" folds to "khac phuc", never a degree). */
const DEGREE_IN = new RegExp(DEGREE_WORD.replace('|khac)', String.raw`|khac(?!\s+phuc))`));
/** "sau đại học", "trên đại học" right before the degree word: postgraduates. */
const POSTGRADUATE = /\b(?:sau|tren)\s*$/;
const PERSON_AFTER = /^\s*(?:nguoi|can bo|cong chuc|vien chuc|cbccvc|ccvc|cbcc|dong chi)\b/;
/** ("Về trình độ đào tạo: … Đại học: 33" names the staff's qualification, "chưa qua đào tạo" its lack: no training.) */
const TRAINING = /\b(?:(?<!trinh do |qua )dao tao|boi duong|di hoc|cu di hoc|theo hoc)\b/;

/** A second degree joined to the one a figure's label names, with no figure of its own after it ("cao đẳng, trung cấp"). Group 1: the word. */
/** A degree joined right before another's label: "cao đẳng, trung cấp 36 người". Group 1: the first degree. */
const JOINED_BEFORE = new RegExp(String.raw`\b(${DEGREE_WORD})\s*(?:,|\bva\b|\bhoac\b|\/)\s*$`);
const JOINED_DEGREE = new RegExp(String.raw`^\s*(?:,|\bva\b|\bhoac\b|\/)\s*(${DEGREE_WORD})\b(?!\s*(?::|\bla\b)?\s*\d)`);

/** A lead-in stating a head count of staff, then opening its breakdown: "… là 248 người; trong đó:", "… 57 công chức, viên chức, gồm:". */
const HEAD_COUNT_LEAD = /\d[\d.]*\s+(?:nguoi|can bo|cong chuc|vien chuc)\b[^:;.]*[;,]?\s*(?:trong do|gom|bao gom|cu the)\s*:\s*$/;

export default defineRule({
  id: 'staff-by-degree',
  description:
    'Staff by qualification: "03 tiến sỹ, 18 thạc sỹ, 43 đại học", "trình độ đại học 40 người" (staff.by_degree with degree); ' +
    'when the paragraph is about training, the same figures are staff.trained with degree.',
  examples: {
    valid: [
      {
        // A degree "and its equivalents" is that degree.
        text: 'Trình độ chuyên môn: thạc sĩ 11, đại học và tương đương 64, trung cấp và tương đương 07 người.',
        records: [
          { metric: 'staff.by_degree', value: 11, dimensions: { degree: 'master' } },
          { metric: 'staff.by_degree', value: 64, dimensions: { degree: 'bachelor' } },
          { metric: 'staff.by_degree', value: 7, dimensions: { degree: 'other' } },
        ],
      },
      {
        // Below a degree is the rest, other qualifications.
        text: 'Về trình độ của công chức: đại học 48 người, dưới đại học 5 người.',
        records: [
          { metric: 'staff.by_degree', value: 48, dimensions: { degree: 'bachelor' } },
          { metric: 'staff.by_degree', value: 5, dimensions: { degree: 'other' } },
        ],
      },
      {
        // A breakdown under its own label, in the sentence after a head count of one level's staff, takes that level.
        text: 'Cả thị xã có 205 cán bộ, công chức cấp xã. Về trình độ chuyên môn: thạc sĩ 06 người; đại học 171 người; trung cấp 28 người.',
        records: [
          { metric: 'staff.by_degree', value: 6, dimensions: { degree: 'master', tier: 'commune' } },
          { metric: 'staff.by_degree', value: 171, dimensions: { degree: 'bachelor', tier: 'commune' } },
          { metric: 'staff.by_degree', value: 28, dimensions: { degree: 'other', tier: 'commune' } },
        ],
      },
      {
        // A head count of a whole body's people (no level): the breakdown has none.
        text: 'Sở có 64 công chức, viên chức. Về trình độ chuyên môn: thạc sĩ 15 người, đại học 49 người.',
        records: [
          { metric: 'staff.by_degree', value: 15, dimensions: { degree: 'master' } },
          { metric: 'staff.by_degree', value: 49, dimensions: { degree: 'bachelor' } },
        ],
      },
      {
        // A degree breakdown in the clause after a head count of the communes' staff takes their level.
        text: 'Tổng số cán bộ, công chức các xã, thị trấn là 318 người; về trình độ: đại học 270 người, cao đẳng 18 người, trung cấp 30 người.',
        records: [
          { metric: 'staff.by_degree', value: 270, dimensions: { degree: 'bachelor', tier: 'commune' } },
          { metric: 'staff.by_degree', value: 18, dimensions: { degree: 'college', tier: 'commune' } },
          { metric: 'staff.by_degree', value: 30, dimensions: { degree: 'other', tier: 'commune' } },
        ],
      },
      {
        // A series of degrees each with "người": "khác" is the rest of them.
        text: 'Đơn vị có 36 viên chức, trong đó thạc sĩ 08 người, đại học 25 người, khác 03 người.',
        records: [
          { metric: 'staff.by_degree', value: 8, dimensions: { degree: 'master' } },
          { metric: 'staff.by_degree', value: 25, dimensions: { degree: 'bachelor' } },
          { metric: 'staff.by_degree', value: 3, dimensions: { degree: 'other' } },
        ],
      },
      {
        // "Đào tạo" in the department's name is no training.
        text: 'Tổng số công chức của Sở Giáo dục và Đào tạo là 61 người, trong đó thạc sĩ 19 người, đại học 42 người.',
        records: [
          { metric: 'staff.by_degree', value: 19, dimensions: { degree: 'master' } },
          { metric: 'staff.by_degree', value: 42, dimensions: { degree: 'bachelor' } },
        ],
      },
      {
        text: 'Về trình độ chuyên môn, đơn vị hiện có 02 tiến sĩ, 11 thạc sĩ, 27 đại học, 04 cao đẳng và 03 người có trình độ khác.',
        records: [
          { metric: 'staff.by_degree', value: 2, dimensions: { degree: 'doctorate' } },
          { metric: 'staff.by_degree', value: 11, dimensions: { degree: 'master' } },
          { metric: 'staff.by_degree', value: 27, dimensions: { degree: 'bachelor' } },
          { metric: 'staff.by_degree', value: 4, dimensions: { degree: 'college' } },
          { metric: 'staff.by_degree', value: 3, dimensions: { degree: 'other' } },
        ],
      },
      {
        text: 'Trong đó, trình độ thạc sỹ có 7 người, trình độ đại học là 30 người, trung cấp 3 người.',
        records: [
          { metric: 'staff.by_degree', value: 7, dimensions: { degree: 'master' } },
          { metric: 'staff.by_degree', value: 30, dimensions: { degree: 'bachelor' } },
          { metric: 'staff.by_degree', value: 3, dimensions: { degree: 'other' } },
        ],
      },
      {
        before: 'Về trình độ chuyên môn của công chức:',
        text: '- Thạc sĩ: 12 người;',
        records: [{ metric: 'staff.by_degree', value: 12, dimensions: { degree: 'master' } }],
      },
      {
        text: 'Năm qua, huyện cử đi đào tạo chuyên môn cho 120 người, trong đó trình độ thạc sĩ có 15 người.',
        records: [{ metric: 'staff.trained', value: 15, dimensions: { degree: 'master' } }],
      },
      {
        text: 'Trình độ chuyên môn: đại học 41 người, trung cấp 5 người; lý luận chính trị: trung cấp 9 người.',
        records: [
          { metric: 'staff.by_degree', value: 41, dimensions: { degree: 'bachelor' } },
          { metric: 'staff.by_degree', value: 5, dimensions: { degree: 'other' } },
        ],
      },
      {
        text: 'Toàn huyện có 2.140 cán bộ, công chức cấp xã có trình độ đại học, chiếm 91,2%.',
        records: [{ metric: 'staff.by_degree', value: 2140, dimensions: { degree: 'bachelor', tier: 'commune' } }],
      },
      {
        text: 'Phòng có 9 công chức, trong đó 3 người có trình độ thạc sỹ.',
        records: [{ metric: 'staff.by_degree', value: 3, dimensions: { degree: 'master' } }],
      },
      {
        text: 'Sở có 58 công chức, viên chức; trong đó: thạc sĩ 15, đại học 38, cao đẳng 02 và trình độ khác 03.',
        records: [
          { metric: 'staff.by_degree', value: 15, dimensions: { degree: 'master' } },
          { metric: 'staff.by_degree', value: 38, dimensions: { degree: 'bachelor' } },
          { metric: 'staff.by_degree', value: 2, dimensions: { degree: 'college' } },
          { metric: 'staff.by_degree', value: 3, dimensions: { degree: 'other' } },
        ],
      },
      {
        text: 'Về trình độ đào tạo: thạc sĩ: 07; đại học: 29.',
        records: [
          { metric: 'staff.by_degree', value: 7, dimensions: { degree: 'master' } },
          { metric: 'staff.by_degree', value: 29, dimensions: { degree: 'bachelor' } },
        ],
      },
      {
        // The share first, the count in brackets.
        text: 'Về trình độ chuyên môn: thạc sĩ chiếm 18,2% (08 người); đại học chiếm 81,8% (36 người).',
        records: [
          { metric: 'staff.by_degree', value: 8, dimensions: { degree: 'master' } },
          { metric: 'staff.by_degree', value: 36, dimensions: { degree: 'bachelor' } },
        ],
      },
      {
        // The staff's level named in the label before the colon.
        text: 'Trình độ chuyên môn của cán bộ, công chức cấp huyện: thạc sĩ chiếm 14,5% (29 người), đại học 84% (168 người).',
        records: [
          { metric: 'staff.by_degree', value: 29, dimensions: { degree: 'master', tier: 'district' } },
          { metric: 'staff.by_degree', value: 168, dimensions: { degree: 'bachelor', tier: 'district' } },
        ],
      },
      {
        // Degrees joined by slashes, then their figures joined by slashes: no date.
        text: 'Về trình độ chuyên môn tiến sỹ/thạc sỹ/đại học/khác: 02/09/33/04.',
        records: [
          { metric: 'staff.by_degree', value: 2, dimensions: { degree: 'doctorate' } },
          { metric: 'staff.by_degree', value: 9, dimensions: { degree: 'master' } },
          { metric: 'staff.by_degree', value: 33, dimensions: { degree: 'bachelor' } },
          { metric: 'staff.by_degree', value: 4, dimensions: { degree: 'other' } },
        ],
      },
      {
        text: 'Phòng có 14 công chức (thạc sĩ/đại học): 05/09 người.',
        records: [
          { metric: 'staff.by_degree', value: 5, dimensions: { degree: 'master' } },
          { metric: 'staff.by_degree', value: 9, dimensions: { degree: 'bachelor' } },
        ],
      },
      {
        // "chưa qua đào tạo" (no qualification) is a degree of its own kind, no training.
        text: 'Trình độ chuyên môn của công chức Chi cục: đại học 19 người, trung cấp 03 người, chưa qua đào tạo 01 người.',
        records: [
          { metric: 'staff.by_degree', value: 19, dimensions: { degree: 'bachelor' } },
          { metric: 'staff.by_degree', value: 3, dimensions: { degree: 'other' } },
          { metric: 'staff.by_degree', value: 1, dimensions: { degree: 'other' } },
        ],
      },
      {
        // Postgraduates are counted by qualification with no one degree of their own.
        text: 'Về trình độ chuyên môn: sau đại học 11 người, đại học 38 người, trình độ khác 02 người.',
        records: [
          { metric: 'staff.by_degree', value: 11 },
          { metric: 'staff.by_degree', value: 38, dimensions: { degree: 'bachelor' } },
          { metric: 'staff.by_degree', value: 2, dimensions: { degree: 'other' } },
        ],
      },
      {
        text: 'Trên đại học 8 người, chiếm 4%.',
        records: [{ metric: 'staff.by_degree', value: 8 }],
      },
      {
        // Degrees as items under a lead-in stating the head count they break down.
        text: 'Tổng số công chức, viên chức của Chi cục là 57 người, gồm:\n- 04 thạc sĩ;\n- 49 đại học;\n- 04 trung cấp.',
        records: [
          { metric: 'staff.by_degree', value: 4, dimensions: { degree: 'master' } },
          { metric: 'staff.by_degree', value: 49, dimensions: { degree: 'bachelor' } },
          { metric: 'staff.by_degree', value: 4, dimensions: { degree: 'other' } },
        ],
      },
    ],
    invalid: [
      { text: 'Hội nghị sơ kết Đề án liên kết đại học/cao đẳng tổ chức ngày 12/10/2024.' },
      { text: 'Tỷ lệ tốt nghiệp đại học chiếm 92% (năm 2023).' },
      { text: 'Có 45 người có trình độ trung cấp chính trị và 6 người cao cấp lý luận chính trị.' },
      { text: 'Lý luận chính trị: cao cấp 04, trung cấp 19.' },
      { text: 'Hỗ trợ kinh phí cho 30 người học đại học và trung cấp.' },
      { text: 'Trên địa bàn tỉnh có 3 trường đại học, 5 trường cao đẳng.' },
      { text: 'Biên chế giáo dục thực hiện 900 biên chế; đại học, cao đẳng 120 (bằng số giao).' },
      { text: 'Có trên 900 công chức cấp xã có trình độ cao đẳng, đại học trở lên.' },
      { text: 'Về lý luận chính trị: cao cấp 7 người, trung cấp 26 người.' },
    ],
  },
  cue: DEGREE_IN,
  match(ctx) {
    const f = withoutSectorTraining(withoutSpelledOut(ctx.folded));
    const before = withoutSectorTraining(foldedBefore(ctx.block.text, ctx.text, fold));
    const prior = /^\W*trong do\b/.test(f) ? lastSentence(before) : '';
    const series = (f.match(SERIES) ?? []).length;
    const labelledSeries = (f.match(SERIES_LABELLED) ?? []).length >= 2;
    // ("Tổng số công chức, viên chức của Sở là 248 người; trong đó:" then "- 36 thạc sĩ;": the items break down the head count above
    // them, as the same list written inline after "trong đó:" is a series of degrees.)
    const headCountLead = ctx.leadIn !== null && HEAD_COUNT_LEAD.test(ctx.leadIn.folded);
    const degreeContext = /\btrinh do\b/.test(f) || /\btrinh do\b/.test(ctx.leadIn?.folded ?? '') || series >= 2 || labelledSeries || headCountLead;
    if (f.includes('/')) slashSeries(ctx, f, prior);
    for (const n of ctx.numbers) {
      // ("(năm 2023: 128 dự thảo)", "(cùng kỳ năm trước: 15)": a bracket of another period's figures is no record of this one.)
      if (inOtherPeriodBracket(f, n.start)) continue;
      if (n.percent || n.form === 'zero-phrase') continue;
      let word: string | undefined;
      let wordAt = 0;
      const tail = f.slice(n.end);
      const a = NUMBER_FIRST.exec(tail);
      const p = a ? null : PEOPLE_FIRST.exec(tail);
      let nounEnd = n.end;
      if (a && degreeContext) {
        word = a[1]!;
        wordAt = n.end + a[0].length - word.length;
      } else if (p) {
        word = p[2]!;
        wordAt = n.end + p[0].length - word.length;
        nounEnd = n.end + p[1]!.length;
      } else {
        // ("đại học hơn 326 người": the label ends before a bound written before the figure.)
        const at = n.boundStart ?? n.start;
        const head = f.slice(Math.max(0, at - 40), at);
        const b = DEGREE_FIRST.exec(head);
        const isLabelItem = ctx.leadIn !== null && /^\W*$/.test(head.slice(0, b?.index ?? 0)) && /^\s*[;.]?\s*$/.test(tail);
        // "…; trong đó: tiến sĩ 01, thạc sĩ 24, đại học 61": a bare figure after its degree, in a series of them.
        const bareInSeries = labelledSeries && CLOSES_ITEM.test(tail);
        if (b && (PERSON_AFTER.test(tail) || isLabelItem || bareInSeries)) {
          word = b[1]!;
          wordAt = at - head.length + b.index;
        }
        const shared = b ? null : SHARE_THEN_COUNT.exec(head);
        if (shared && /^\s*(?:nguoi|can bo|cong chuc|vien chuc)?\s*\)/.test(tail)) {
          word = shared[1]!;
          wordAt = at - head.length + shared.index;
        }
      }
      if (!word) continue;
      // "khác" is a degree only in a list of degrees ("…, 43 đại học và 06 người có trình độ khác").
      if (word === 'khac' && !degreeContext) continue;
      let degree = degreeOf(word, f.slice(0, wordAt), f.slice(wordAt + word.length));
      // "07 người có trình độ cao đẳng, trung cấp": a figure whose own label joins two degrees has none of them (as "sau đại học").
      const joined = wordAt >= n.end ? JOINED_DEGREE.exec(f.slice(wordAt + word.length)) : null;
      // ("…, cao đẳng, trung cấp 36 người": likewise a label before its figure joining two degrees.)
      const joinedBefore = wordAt < n.start ? JOINED_BEFORE.exec(f.slice(0, wordAt)) : null;
      const mixed =
        (joined !== null && degree !== undefined && degreeOf(joined[1]!, '', f.slice(wordAt + word.length + joined[0].length)) !== degree) ||
        (joinedBefore !== null && degree !== undefined && degreeOf(joinedBefore[1]!, f.slice(0, joinedBefore.index), f.slice(joinedBefore.index + joinedBefore[1]!.length)) !== degree);
      if (mixed) degree = undefined;
      // "sau đại học 09 người": postgraduates (masters and doctors together) are staff by qualification, with no one
      // degree of the contract's (CONTRACT §3 names none for them).
      const postgraduate = !degree && word === 'dai hoc' && POSTGRADUATE.test(f.slice(0, wordAt));
      if (!degree && !postgraduate && !mixed) continue;
      const training = TRAINING.test(f.slice(0, n.start)) || TRAINING.test(prior);
      const tier = training ? undefined : (tierOf(ctx, n, nounEnd) ?? labelTier(f, n.start) ?? headCountTier(f, before) ?? (headCountLead ? leadCountTier(ctx.leadIn!.emissions) : undefined));
      ctx.emit({
        metric: training ? 'staff.trained' : 'staff.by_degree',
        value: n.value,
        range: [n.start, n.end],
        dimensions: { ...(degree ? { degree } : {}), ...(tier ? { tier } : {}) },
        ...(n.qualifier ? { qualifier: n.qualifier } : {}),
        confidence: 0.9,
      });
    }
  },
});

/** Emits the figures of each slash series of degrees in the sentence ("tiến sĩ/thạc sĩ/đại học: 02/09/31"). */
function slashSeries(ctx: RuleContext, f: string, prior: string): void {
  SLASH_SERIES.lastIndex = 0;
  for (let m = SLASH_SERIES.exec(f); m; m = SLASH_SERIES.exec(f)) {
    const labels = m[1]!;
    const labelsAt = m.index;
    const words = [...labels.matchAll(DEGREE_ALL)];
    const figuresAt = m.index + m[0].length - m[2]!.length;
    const figures = [...m[2]!.matchAll(/\d+(?:[.,]\d{3})*/g)];
    if (words.length !== figures.length) continue;
    const training = TRAINING.test(f.slice(0, m.index)) || TRAINING.test(prior);
    words.forEach((w, k) => {
      const at = labelsAt + w.index;
      const degree = degreeOf(w[0], f.slice(0, at), f.slice(at + w[0].length));
      if (!degree) return;
      const fig = figures[k]!;
      const start = figuresAt + fig.index;
      ctx.emit({
        metric: training ? 'staff.trained' : 'staff.by_degree',
        value: parseNumberToken(fig[0], true),
        range: [start, start + fig[0].length],
        dimensions: { degree },
        confidence: 0.9,
      });
    });
  }
}

/** A sentence opening on a label of qualification ("Về trình độ chuyên môn:", "Trình độ:"), with no staff of its own named. */
const QUALIFICATION_LABEL = /^\W*(?:ve\s+)?(?:co cau\s+)?trinh do(?:\s+(?:chuyen mon|dao tao|hoc van))?\s*:/;
/** "Toàn huyện có 412 cán bộ, công chức cấp xã": a head count of one level's staff. Group 1: the level. */
const HEAD_COUNT = /\d[^;:]*?\b(?:can bo|cong chuc|vien chuc|cbcc|cbccvc)\b[^;:\d]*?\bcap (tinh|huyen|xa|phuong)\b[^;:\d]*$|\b(?:can bo|cong chuc|vien chuc|cbcc|cbccvc)\b[^;:\d]*?\bcap (tinh|huyen|xa|phuong)\b[^;:\d]*?\b(?:la|co)\s+\d[^;:]*$/;

/**
 * "Toàn huyện có 412 cán bộ, công chức cấp xã. Về trình độ chuyên môn: thạc sĩ 11 người, …": a breakdown under its own
 * label, in the sentence right after a head count of one level's staff, is of that level's staff.
 */
function headCountTier(f: string, before: string): ReturnType<typeof lastTierIn> {
  if (!QUALIFICATION_LABEL.test(f)) return undefined;
  const h = HEAD_COUNT.exec(lastSentence(before).trim());
  const w = h?.[1] ?? h?.[2];
  return w ? TIER_OF[w] : undefined;
}

/**
 * "Tổng số công chức làm việc tại các cơ quan chuyên môn thuộc UBND huyện là 115 người, trong đó:" over "+ Thạc sĩ: 14
 * người;": an item of a head count's lead-in is of the level its head count was read with.
 */
function leadCountTier(emissions: readonly Emission[]): Tier | undefined {
  return emissions.findLast((e) => e.metric === 'staff.total')?.dimensions?.tier;
}

/**
 * "Trình độ chuyên môn của công chức cấp xã: đại học 230 người, …": the level of the staff named in the label before the
 * sentence's first colon (no figure in it).
 */
function labelTier(f: string, at: number): ReturnType<typeof lastTierIn> {
  const colon = f.indexOf(':');
  if (colon < 0 || colon > at) return undefined;
  const label = f.slice(0, colon);
  return /\d/.test(label) || !STAFF_LABEL.test(label) ? undefined : lastTierIn(label);
}
