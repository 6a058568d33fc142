import type { Level } from '../dimensions/level.ts';
import { levelsIn } from '../dimensions/level-spans.ts';
import type { NumberMention } from '../../text/numbers.ts';
import { NOUN, lastCue, maskClosedParens, nounAfter, tierOf, type Tier } from '../figure-context.ts';
import { defineRule } from '../rule.ts';

/** Verb cues to the figure's left, nearest wins (longer wordings first). */
const CUES: readonly (readonly [string, string])[] = [
  ['amended', String.raw`sua doi,? bo sung|sua doi|thay the|dieu chinh`],
  ['abolished', String.raw`bai bo|huy bo|loai bo`],
  ['skip', String.raw`cong bo (?:htqlcl|he thong|iso)`],
  ['published', String.raw`cong bo(?: moi)?|bo sung|(?:kem theo )?quyet dinh nay`],
  ['total', String.raw`bo (?:tthc|thu tuc hanh chinh|thu tuc)\b[^;.:]*?\bgom|tong so|tong cong|hien (?:dang )?co|tong`],
  ['breakdown', String.raw`bao gom|gom|trong do|cu the|chia ra`],
  ['provide', String.raw`cung cap|trien khai`],
  ['skip', String.raw`ra soat|danh gia|don gian hoa|chuyen|kiem soat|cat giam|xay dung|phe duyet|thong qua`],
  ['handle', String.raw`tiep nhan|giai quyet|tra ket qua|niem yet|cong khai`],
];
/** "(Tổng) số TTHC … là N (TTHC)": a subject that counts procedures, then the copula. */
const SUBJECT = /\b(?:tong so|so luong|so)\s+(?:tthc|thu tuc hanh chinh|thu tuc)\b([^;]*?)\b(?:la|:|gom|co)\s*(?:(?:hon|tren|gan|khoang)\s*)?$/;
/** "lĩnh vực X" right after the noun: the field. */
const FIELD = /^\s*(?:hanh chinh\s+)?(?:\([^)]*\)\s*)?(?:thuoc\s+)?linh vuc\s+/;
const FIELD_STOP = /\s+(?:thuoc|cua|tai|tren|theo|duoc|da|cho|de|trong|nham|sang)\b|[,;.()]|$/;
/** Nouns that make the figure something else (dossiers, percentages of dossiers). */
const OTHER_NOUN = /^\s*(?:ho so|hs|luot|%)/;

type Metric = 'procedure.total' | 'procedure.online' | 'procedure.published' | 'procedure.amended' | 'procedure.abolished';

/** The field named right after the counted noun, as written; none for a list of fields. */
function fieldAfter(text: string, folded: string, from: number): string | undefined {
  const m = FIELD.exec(folded.slice(from));
  if (!m) return undefined;
  const start = from + m[0].length;
  const stop = FIELD_STOP.exec(folded.slice(start));
  const end = start + (stop?.index ?? 0);
  const field = text.slice(start, end).trim();
  if (!field || /\bva\b|,/.test(folded.slice(start, end))) return undefined;
  return field;
}

/**
 * The online level that qualifies the figure: in its own noun phrase (before the next figure), else
 * written before it (after its cue, with no other figure between), else closing the series on its right.
 */
function levelFor(folded: string, n: { start: number; end: number }, cueEnd: number, next: number): Level | 'low' | undefined {
  const hits = levelsIn(folded);
  const i = folded.slice(n.end).search(/;|\.(?!\d)/);
  const clauseEnd = i < 0 ? folded.length : n.end + i;
  const right = hits.filter((h) => h.index >= n.end && h.index < clauseEnd);
  const own = right.find((h) => h.index < next);
  const left = hits.filter((h) => h.end <= n.start && h.index >= cueEnd && !/[;.]|\d/.test(folded.slice(h.end, n.start))).at(-1);
  const label = left && /^\s*(?:la|co|:|dat|gom)?\s*(?:(?:hon|tren|gan|khoang)\s*)?$/.test(folded.slice(left.end, n.start));
  return (label ? left : own ?? left ?? right[0])?.level;
}

export default defineRule({
  id: 'procedure-count',
  description:
    'Counts of procedures ("N TTHC / thủ tục / dịch vụ công"), routed by the nearest verb to the left: công bố → published, ' +
    'sửa đổi, bổ sung → amended, bãi bỏ → abolished (proposed after "đề nghị"), bộ TTHC gồm / tổng số / hiện có → total; ' +
    'with an online level (mức độ 3/4, toàn trình, một phần) → online.',
  examples: {
    valid: [
      {
        text: 'Hiện nay, Sở đang cung cấp bộ TTHC gồm 96 TTHC trên Cổng Dịch vụ công trực tuyến của tỉnh.',
        records: [{ metric: 'procedure.total', value: 96 }],
      },
      {
        text: 'Trong quý, Sở đã trình UBND tỉnh đề nghị bãi bỏ 03 TTHC thuộc lĩnh vực Đo lường (theo Quyết định của Bộ).',
        records: [{ metric: 'procedure.abolished', value: 3, dimensions: { field: 'Đo lường', status: 'proposed' } }],
      },
      {
        text: 'Chủ tịch UBND tỉnh công bố 12 TTHC mới ban hành và sửa đổi, bổ sung 05 TTHC lĩnh vực Hộ tịch.',
        records: [
          { metric: 'procedure.published', value: 12 },
          { metric: 'procedure.amended', value: 5, dimensions: { field: 'Hộ tịch' } },
        ],
      },
      {
        text: 'Toàn tỉnh có 640 TTHC thực hiện dịch vụ công trực tuyến mức độ 4, gồm cấp tỉnh 520 TTHC, cấp huyện 90 TTHC và cấp xã 30 TTHC.',
        records: [
          { metric: 'procedure.online', value: 640, dimensions: { level: '4' } },
          { metric: 'procedure.online', value: 520, dimensions: { level: '4', tier: 'province' } },
          { metric: 'procedure.online', value: 90, dimensions: { level: '4', tier: 'district' } },
          { metric: 'procedure.online', value: 30, dimensions: { level: '4', tier: 'commune' } },
        ],
      },
      {
        text: 'Mức độ 3 là 15 thủ tục, mức độ 4 là 40 thủ tục.',
        records: [
          { metric: 'procedure.online', value: 15, dimensions: { level: '3' } },
          { metric: 'procedure.online', value: 40, dimensions: { level: '4' } },
        ],
      },
      {
        text: 'Tỉnh đã cung cấp 1.020 dịch vụ công trực tuyến toàn trình và 480 dịch vụ công trực tuyến một phần.',
        records: [
          { metric: 'procedure.online', value: 1020, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 480, dimensions: { level: 'partial' } },
        ],
      },
      {
        text: 'Số thủ tục hành chính thực hiện tại Trung tâm Phục vụ hành chính công là 1.210 TTHC.',
        records: [{ metric: 'procedure.total', value: 1210 }],
      },
      {
        text: 'Bổ sung 06 thủ tục hành chính vào Bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Sở.',
        records: [{ metric: 'procedure.published', value: 6 }],
      },
    ],
    invalid: [
      { text: 'Sở đã rà soát, đánh giá 18 TTHC thuộc lĩnh vực quản lý của ngành.' },
      { text: 'Số TTHC giải quyết qua trang DVCTT: 48 hồ sơ.' },
      { text: 'Các Bộ đã hoàn thành đơn giản hóa 210 TTHC theo phương án được phê duyệt.' },
      { text: 'Đã chuyển 75/80 thủ tục hành chính sang tiếp nhận tại Trung tâm.' },
    ],
  },
  match(ctx) {
    const f = ctx.folded;
    const last: { prev: { metric: Metric; level: Level | undefined; end: number } | null } = { prev: null };
    const emit = (n: NumberMention, metric: Metric, nounEnd: number, level: Level | undefined) => {
      const field = fieldAfter(ctx.text, f, nounEnd);
      const tier = tierOf(ctx, n, nounEnd);
      const dims: { level?: Level; field?: string; tier?: Tier } = {};
      if (level) dims.level = level;
      if (field) dims.field = field;
      if (tier) dims.tier = tier;
      ctx.emit({
        metric,
        value: n.value,
        range: [n.start, n.end],
        ...(Object.keys(dims).length ? { dimensions: dims } : {}),
        ...(n.qualifier ? { qualifier: n.qualifier } : {}),
        confidence: 0.85,
      });
      last.prev = { metric, level, end: nounEnd };
    };
    for (const n of ctx.numbers) {
      if (n.percent || n.form === 'zero-phrase') continue;
      const tail = f.slice(n.end);
      if (OTHER_NOUN.test(tail)) continue;
      const noun = nounAfter(f, n.end, NOUN.procedure);
      const masked = maskClosedParens(f, n.start).slice(0, n.start);
      const subject = SUBJECT.exec(masked);
      const levelLabel = /\bmuc(?: do)?\s*\d\s*(?:la|co|:|dat|gom)?\s*$/.test(masked) && /\b(?:tthc|thu tuc|dich vu cong|dvc)/.test(f);
      if (!noun && !((subject || levelLabel) && /^\s*(?:tthc|thu tuc)?\s*(?:[,;.(]|$)/.test(tail))) continue;
      // "… là 1.439 TTHC và 82 TTHC của …": a coordinated figure takes its neighbour's metric.
      const prev = last.prev;
      if (noun && prev && /^\s*(?:,|va)\s*$/.test(f.slice(prev.end, n.start))) {
        emit(n, prev.metric, noun.end, prev.level);
        continue;
      }
      let cue = lastCue(masked, CUES);
      // "…, gồm cấp tỉnh 520 TTHC": a breakdown takes the metric of the figure it breaks down.
      if (cue?.label === 'breakdown') {
        if (prev && prev.end <= n.start) {
          emit(n, prev.metric, noun?.end ?? n.end, prev.level);
          continue;
        }
        const further = lastCue(masked.slice(0, cue.index), CUES);
        cue = further && further.label !== 'breakdown' ? further : { label: 'total', index: cue.index, end: cue.end };
      }
      const next = ctx.numbers.find((m) => m.start > n.end)?.start ?? f.length;
      const level = levelFor(f, n, cue?.end ?? 0, next);
      const onlineNoun = noun !== null && /truc tuyen|dvctt/.test(noun.noun);
      let metric: Metric | undefined;
      if (cue && (cue.label === 'published' || cue.label === 'amended' || cue.label === 'abolished')) {
        metric = `procedure.${cue.label}`;
      } else if (level && level !== 'low') {
        metric = 'procedure.online';
      } else if (level === 'low') {
        continue;
      } else if (onlineNoun) {
        metric = 'procedure.online';
      } else if (subject && !/\b(?:ra soat|danh gia|don gian hoa|chuyen|cat giam)\b/.test(subject[1]!)) {
        metric = 'procedure.total';
      } else if (cue?.label === 'total') {
        metric = 'procedure.total';
      }
      if (!metric) continue;
      emit(n, metric, noun?.end ?? n.end, metric === 'procedure.online' && level !== 'low' ? level : undefined);
    }
  },
});
