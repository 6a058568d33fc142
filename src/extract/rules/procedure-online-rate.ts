import type { Level } from '../dimensions/level.ts';
import { lastLevel, levelMembers, levelsIn } from '../dimensions/level-spans.ts';
import { inOtherPeriodBracket, inParens, isFromValue, TIER_OF, tierAround, withoutSpelledOut, type Tier } from '../figure-context.ts';
import { lastMatchBefore } from '../../text/last-match.ts';
import { inTargetColumn } from '../dossier/table.ts';
import { labelOnly } from '../lead-in.ts';
import { defineRule, type RuleContext } from '../rule.ts';
import { OFFER_VERB, OFFERED_AFTER_BRACKET, onlineProcedures } from '../procedure/online.ts';
import { respectiveSlot } from '../dossier/respectively.ts';

/**
 * "Tỷ lệ DVCTT toàn trình và một phần … lần lượt là 52,3% và 41,2%": the k-th share of a list after "lần lượt" / "tương ứng" is
 * the k-th level named before it, when the list has as many shares as the label has levels; undefined otherwise.
 */
function respectiveLevel(f: string, at: number): Level | undefined {
  if (!/\b(?:lan luot|tuong ung)\b/.test(f)) return undefined;
  const slot = respectiveSlot(f, at);
  if (!slot) return undefined;
  // ("Tỷ lệ DVCTT mức độ 3, mức độ 4 … lần lượt là 38% và 41%": levels joined in one phrase are members too, unless tiers are.)
  const words = f.slice(slot.from, slot.to);
  const named = /\bcap (?:tinh|huyen|xa|phuong|quan|thi xa|thanh pho)\b/.test(words) ? levelsIn(words).map((h) => h.level) : levelMembers(words);
  const levels = [...new Set(named)].filter((l): l is Level => l !== 'low');
  if (levels.length < 2) return undefined;
  const rest = f.slice(slot.first);
  const stop = rest.search(/;|\.(?!\d)/);
  const shares = (stop < 0 ? rest : rest.slice(0, stop)).match(/\d[\d.,]*\s*%/g)?.length ?? 0;
  return shares === levels.length ? levels[slot.k] : undefined;
}

const PROCEDURE = /\b(?:tthc|thu tuc|dich vu cong|dvc|dvctt)\b/;
const ONLINE = /\b(?:truc tuyen|dvctt|toan trinh|mot phan|muc do [34])\b/;
/** Shares of dossiers, not of procedures. */
const DOSSIER = /\b(?:ho so|phat sinh|giao dich|thanh toan)\b/;

const PAYMENT = /\bthanh toan\b/;
/** "Tỷ lệ TTHC được cung cấp dịch vụ công trực tuyến của Sở:": a lead-in naming the rate its items give by level. */
const RATE_LEAD = /\bt[iy] le\b[^:;%]*\b(?:tthc|thu tuc|dich vu cong|dvc|dvctt)\b[^:;%]*:\s*$/;

/** A level opening a part, then its share: "…, mức độ 4 chiếm 48%", "trong đó toàn trình đạt 41%". */
const LEVEL_SHARE = /(?:^|[,;:]|\btrong do)\s*,?\s*(?:muc do [34]|toan trinh|mot phan)\s*(?:chiem|dat)(?: t[iy] le)?\s*$/;
/** A breakdown of counts joined by "và" right before a share that follows after a comma: "gồm 486 … toàn trình và 641 … một phần, đạt". */
// ("cung cấp 96 DVCTT mức độ 3 và 41 DVCTT mức độ 4 trên tổng số 148 TTHC, đạt tỷ lệ 92,6%": with no marker, the whole they are of between.)
const PARTS_OF_LEVELS =
  /(?:\b(?:gom|bao gom|trong do)\b[\s:,]*|(?<![\d.,/])(?=\d))\d[\d.]*(?:[^;\d(]|\([^)]*\))*?(?:,|\bva)\s*\d[\d.]*[^;\d%(]*?(?:\btren (?:tong so )?\d[\d.]*[^;\d%(]*?)?,\s*(?:dat|chiem)(?: t[iy] le)?(?: (?:khoang|gan|hon|tren))?\s*$/;
/** A level's count and its share, as a clause of their own: "cấp xã là 46 thủ tục, đạt". */
const NEXT_LEVEL_SHARE = /^\W*(?:va\s+)?cap (?:tinh|huyen|xa|phuong|thi xa|thanh pho|quan(?! ly))\s*(?::|\bla\b|\bco\b)?\s*\d[\d.]*\s*(?:tthc|thu tuc(?: hanh chinh)?|dich vu|dvctt|dvc)?\s*[,(]\s*(?:dat|chiem)(?: t[iy] le)?\s*$/;
/** A count of procedures, then a bracket opening on its share: "1.987 TTHC (", "64 thủ tục (đạt". */
const COUNT_BRACKET = /(?<![\d.,/])\d[\d.]*\s*(?:tthc|thu tuc(?: hanh chinh)?|dich vu cong|dvc)\s*\(\s*(?:(?:dat|chiem)(?: t[iy] le)?\s*)?$/;
/** The offer's verb alone and its count, then the share: "; đã cung cấp 161 thủ tục (đạt". */
const OFFERED_SHARE = new RegExp(String.raw`${OFFER_VERB}\d[\d.]*\s*(?:tthc|thu tuc(?: hanh chinh)?|dich vu(?: cong)?)?\s*(?:[,(]\s*(?:dat|chiem)|\()(?: (?:t[iy] le|khoang|gan|hon|tren))*\s*$`);
/** A level's label, then its share: "cấp huyện 46,1%", "cấp xã: 39,5%", "cấp tỉnh đạt 58,2%". */
const TIER_RATE = String.raw`(?:va\s+)?cap (?:tinh|huyen|xa|phuong|thi xa|thanh pho|quan(?! ly))\s*(?::|\bla\b|\bdat\b)?\s*`;
/**
 * A rate (group 1: its words) opening a list of levels' shares parted by ";", up to the label of the share being read
 * ("Tỷ lệ … toàn trình: cấp tỉnh 58,2%; cấp huyện").
 */
const TIER_RATE_LIST = new RegExp(String.raw`\b(t[iy] le [^;%]*?):?\s*${TIER_RATE}\d+(?:,\d+)?\s*%(?:\s*;\s*${TIER_RATE}\d+(?:,\d+)?\s*%)*\s*;\s*${TIER_RATE}$`);
/** "tỷ lệ", also spelled "tỉ lệ" (folded "ti le"). */
const RATE_WORD = /\bt[iy] le\b/g;

/** Where the last "tỷ lệ" starts in a folded text, or -1. */
function lastRateWord(folded: string): number {
  return lastMatchBefore(RATE_WORD, folded, folded.length)?.index ?? -1;
}

/** The one tier a phrase names ("các TTHC cấp tỉnh"), none when it names two. */
function oneTierIn(folded: string): Tier | undefined {
  const named = new Set([...folded.matchAll(/\bcap (tinh|huyen|xa|phuong|thi xa|thanh pho|quan(?! ly))\b/g)].map((m) => TIER_OF[m[1]!]));
  return named.size === 1 ? [...named][0] : undefined;
}

/** The lead-in, when it names a share of procedures offered online (not of dossiers). */
function rateLead(ctx: RuleContext): string | null {
  const lead = ctx.leadIn?.folded;
  if (!lead || !RATE_LEAD.test(lead) || DOSSIER.test(lead) || PAYMENT.test(lead)) return null;
  return lead.slice(lastRateWord(lead));
}

export default defineRule({
  id: 'procedure-online-rate',
  description:
    'Share of procedures offered online: "tỷ lệ TTHC mức độ 3 và mức độ 4 đạt 81%" (level 3-4), "100% TTHC được cung cấp ' +
    'DVCTT toàn trình" (level full); shares of dossiers filed online are not this metric.',
  examples: {
    valid: [
      {
        // The next level's count and share after ';', the offer named in the clause before; 'cấp thành phố' is the district level.
        text: 'Số TTHC cung cấp DVCTT một phần cấp thành phố là 84 thủ tục, đạt 32,6%; cấp phường là 27 thủ tục, đạt 26,5%.',
        records: [
          { metric: 'procedure.online_rate', value: 32.6, dimensions: { level: 'partial', tier: 'district' } },
          { metric: 'procedure.online_rate', value: 26.5, dimensions: { level: 'partial', tier: 'commune' } },
        ],
      },
      {
        // The share in a bracket right after a count, the offer said after the bracket.
        text: 'Có 1.530 TTHC (86,2%) được cung cấp trực tuyến toàn trình.',
        records: [{ metric: 'procedure.online_rate', value: 86.2, dimensions: { level: 'full' } }],
      },
      {
        // The share of the count the offer's verb alone gives after ";", at the level of the clause before.
        text: 'Số TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến một phần: 75 thủ tục; đã cung cấp 72 thủ tục (đạt 96%).',
        records: [{ metric: 'procedure.online_rate', value: 96, dimensions: { level: 'partial' } }],
      },
      {
        // The same after a comma, the eligible procedures in the clause before it.
        text: 'Số TTHC đủ điều kiện cung cấp trực tuyến toàn trình là 240 thủ tục, đã cung cấp 228 thủ tục (đạt 95%).',
        records: [{ metric: 'procedure.online_rate', value: 95, dimensions: { level: 'full' } }],
      },
      {
        // The shares of further levels after ";", under the rate the sentence opens on.
        text: 'Tỷ lệ TTHC được cung cấp dịch vụ công trực tuyến một phần: cấp tỉnh 31,5%; cấp huyện 22%; cấp xã 18,4%.',
        records: [
          { metric: 'procedure.online_rate', value: 31.5, dimensions: { level: 'partial', tier: 'province' } },
          { metric: 'procedure.online_rate', value: 22, dimensions: { level: 'partial', tier: 'district' } },
          { metric: 'procedure.online_rate', value: 18.4, dimensions: { level: 'partial', tier: 'commune' } },
        ],
      },
      {
        // A share's count alone in a bracket, the procedures named before it or after it.
        text: 'Đến nay, 100% TTHC (164/164) đủ điều kiện đã được cung cấp trực tuyến toàn trình; 100% (57/57) TTHC cấp xã được cung cấp dịch vụ công trực tuyến một phần.',
        records: [
          { metric: 'procedure.online_rate', value: 100, dimensions: { level: 'full' } },
          { metric: 'procedure.online_rate', value: 100, dimensions: { level: 'partial', tier: 'commune' } },
        ],
      },
      {
        // The rate of offering online after counts of procedures, the procedures not named again.
        text: 'Có 415 TTHC được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ cung cấp trực tuyến toàn trình đạt 41,2%.',
        records: [{ metric: 'procedure.online_rate', value: 41.2, dimensions: { level: 'full' } }],
      },
      {
        // A share of procedures opening its own part after a dossier rate.
        text: 'Năm 2024, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%, 92% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.',
        records: [{ metric: 'procedure.online_rate', value: 92, dimensions: { level: 'full' } }],
      },
      {
        // Last year's share in a bracket beside this period's: only this period's.
        text: 'Tỷ lệ thủ tục cung cấp dịch vụ công trực tuyến toàn trình đạt 61,5% (cùng kỳ năm trước đạt 54,2%).',
        records: [{ metric: 'procedure.online_rate', value: 61.5, dimensions: { level: 'full' } }],
      },
      {
        // A table of targets and results: the result, and the target as planned.
        text: '| Chỉ tiêu | Kế hoạch | Thực hiện |\n| --- | --- | --- |\n| Tỷ lệ TTHC cung cấp DVCTT toàn trình (%) | 75% | 71,2% |',
        records: [
          { metric: 'procedure.online_rate', value: 75, dimensions: { level: 'full', status: 'planned' } },
          { metric: 'procedure.online_rate', value: 71.2, dimensions: { level: 'full' } },
        ],
      },
      {
        text: 'Trong đó, tỷ lệ TTHC mức độ 3 và mức độ 4 đạt 76% số TTHC của Sở.',
        records: [{ metric: 'procedure.online_rate', value: 76, dimensions: { level: '3-4' } }],
      },
      {
        text: 'Đến nay, 100% TTHC đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình.',
        records: [{ metric: 'procedure.online_rate', value: 100, dimensions: { level: 'full' } }],
      },
      {
        text: 'Trong đó, toàn trình 410 TTHC (41,2%), một phần 300 TTHC (30,1%).',
        records: [
          { metric: 'procedure.online_rate', value: 41.2, dimensions: { level: 'full' } },
          { metric: 'procedure.online_rate', value: 30.1, dimensions: { level: 'partial' } },
        ],
      },
      {
        text: '- DVCTT một phần: 212 DVC, chiếm 30,4%;',
        records: [{ metric: 'procedure.online_rate', value: 30.4, dimensions: { level: 'partial' } }],
      },
      {
        text: 'Năm 2024, tỉ lệ DVCTT toàn trình của huyện đạt 58,3%.',
        records: [{ metric: 'procedure.online_rate', value: 58.3, dimensions: { level: 'full' } }],
      },
      {
        text: 'Các TTHC được cung cấp trực tuyến toàn trình của Sở: 64 thủ tục (đạt tỷ lệ 55,2% trên tổng số 116 thủ tục).',
        records: [{ metric: 'procedure.online_rate', value: 55.2, dimensions: { level: 'full' } }],
      },
      {
        // The one tier the rate's subject names; procedures with online dossiers are no offer.
        text: 'Các TTHC cấp huyện thực hiện trực tuyến: 210/265 TTHC (79,2%); có 180/265 TTHC phát sinh hồ sơ trực tuyến (67,9%).',
        records: [{ metric: 'procedure.online_rate', value: 79.2, dimensions: { tier: 'district' } }],
      },
      {
        text: 'Năm 2020, DVC mức độ 3, 4 của huyện là 214 dịch vụ (đạt 82%); trong đó, mức độ 3 chiếm 51%, mức độ 4 chiếm 31%.',
        records: [
          { metric: 'procedure.online_rate', value: 82, dimensions: { level: '3-4' } },
          { metric: 'procedure.online_rate', value: 51, dimensions: { level: '3' } },
          { metric: 'procedure.online_rate', value: 31, dimensions: { level: '4' } },
        ],
      },
      {
        // A bracket of figures after the rate names its parts' levels; a labelled count's rate in a bare bracket.
        text: 'Sở có 100% TTHC được cung cấp trực tuyến (toàn trình 38, một phần 45); số TTHC đã cung cấp DVCTT: 1.204 (96,1%).',
        records: [
          { metric: 'procedure.online_rate', value: 100 },
          { metric: 'procedure.online_rate', value: 96.1 },
        ],
      },
      {
        // The rest, not said to be online, has no rate.
        text: 'Tỷ lệ TTHC toàn trình đạt 51%, một phần đạt 43%, còn lại 6% TTHC chỉ cung cấp thông tin.',
        records: [
          { metric: 'procedure.online_rate', value: 51, dimensions: { level: 'full' } },
          { metric: 'procedure.online_rate', value: 43, dimensions: { level: 'partial' } },
        ],
      },
      {
        // Both kinds of online service joined name no one level.
        text: 'Tỷ lệ TTHC được cung cấp trực tuyến toàn trình, một phần của Sở đạt 91,3%.',
        records: [{ metric: 'procedure.online_rate', value: 91.3 }],
      },
      {
        text: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4 tăng mạnh, từ 12,5% năm 2021 lên 41,2% năm 2022.',
        records: [{ metric: 'procedure.online_rate', value: 41.2, dimensions: { level: '4' } }],
      },
      {
        text: 'Tỉnh có 900/1.000 TTHC thực hiện dịch vụ công trực tuyến mức độ 4, đạt tỷ lệ gần 90% tổng số TTHC.',
        records: [{ metric: 'procedure.online_rate', value: 90, dimensions: { level: '4' }, qualifier: 'under' }],
      },
      {
        text: 'Sở thực hiện 64 TTHC, trong đó 50 thủ tục được cung cấp dưới hình thức trực tuyến toàn trình, đạt tỷ lệ 78,1%, và 14 thủ tục trực tuyến một phần.',
        records: [{ metric: 'procedure.online_rate', value: 78.1, dimensions: { level: 'full' } }],
      },
      {
        // A level glossed in a bracket is the level written before it.
        text: 'Tỷ lệ DVCTT mức độ 4 (toàn trình) của huyện đạt 38,2% tổng số TTHC.',
        records: [{ metric: 'procedure.online_rate', value: 38.2, dimensions: { level: '4' } }],
      },
      {
        // The offer may follow the bracket holding the share.
        text: 'Hiện nay, 870/1.240 TTHC (chiếm 70,2%) đã được cung cấp dịch vụ công trực tuyến một phần.',
        records: [{ metric: 'procedure.online_rate', value: 70.2, dimensions: { level: 'partial' } }],
      },
      {
        text: 'Toàn tỉnh có 1.050/1.600 TTHC được cung cấp DVCTT toàn trình, đạt 65,6%.',
        records: [{ metric: 'procedure.online_rate', value: 65.6, dimensions: { level: 'full' } }],
      },
      {
        text: 'Sở thực hiện 95 thủ tục hành chính, trong đó mức độ 3 có 20 thủ tục (chiếm 21,1%), mức độ 4 có 64 thủ tục (chiếm 67,4%).',
        records: [
          { metric: 'procedure.online_rate', value: 21.1, dimensions: { level: '3' } },
          { metric: 'procedure.online_rate', value: 67.4, dimensions: { level: '4' } },
        ],
      },
      {
        text: 'Số thủ tục được cung cấp dịch vụ công trực tuyến một phần là 35 thủ tục, đạt tỷ lệ 27,6%.',
        records: [{ metric: 'procedure.online_rate', value: 27.6, dimensions: { level: 'partial' } }],
      },
      {
        text: 'Sở đang thực hiện 88 thủ tục, trong đó 61 thủ tục được cung cấp trực tuyến toàn trình (chiếm 69,3%).',
        records: [{ metric: 'procedure.online_rate', value: 69.3, dimensions: { level: 'full' } }],
      },
      {
        text: 'Tỷ lệ DVCTT toàn trình trên tổng số TTHC của tỉnh là 52,4%, của cấp xã là 38%.',
        records: [
          { metric: 'procedure.online_rate', value: 52.4, dimensions: { level: 'full' } },
          { metric: 'procedure.online_rate', value: 38, dimensions: { level: 'full', tier: 'commune' } },
        ],
      },
      {
        text: '- Số TTHC thực hiện DVCTT toàn trình: 45/110 TTHC (40,9%);',
        records: [{ metric: 'procedure.online_rate', value: 40.9, dimensions: { level: 'full' } }],
      },
      {
        text: 'Tỉnh cung cấp 980 DVCTT; trong đó 512 DVCTT toàn trình (52,2%).',
        records: [{ metric: 'procedure.online_rate', value: 52.2, dimensions: { level: 'full' } }],
      },
      {
        // A bare bracket after the count: "… 42 TTHC trực tuyến một phần (31,5%)".
        text: 'Huyện có 75 TTHC cung cấp trực tuyến toàn trình; 42 TTHC trực tuyến một phần (31,5%).',
        records: [{ metric: 'procedure.online_rate', value: 31.5, dimensions: { level: 'partial' } }],
      },
      {
        // An item labelled by a level under a lead-in naming the share of procedures offered online.
        before: 'Tỷ lệ TTHC được cung cấp dịch vụ công trực tuyến của Sở:',
        text: 'b) Một phần: 38,5%;',
        records: [{ metric: 'procedure.online_rate', value: 38.5, dimensions: { level: 'partial' } }],
      },
      {
        // A tier label on the item, the level from the lead-in.
        before: 'Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình của các cấp:',
        text: 'b) Cấp huyện: 54,5%;',
        records: [{ metric: 'procedure.online_rate', value: 54.5, dimensions: { level: 'full', tier: 'district' } }],
      },
      {
        // Two levels written as one phrase, then their shares respectively: each share its level.
        text: 'Tỷ lệ TTHC cung cấp trực tuyến mức độ 3 và mức độ 4 của huyện lần lượt là 22,5% và 61%.',
        records: [
          { metric: 'procedure.online_rate', value: 22.5, dimensions: { level: '3' } },
          { metric: 'procedure.online_rate', value: 61, dimensions: { level: '4' } },
        ],
      },
      {
        // Shares listed by level, respectively: each share its level.
        text: 'Tỷ lệ dịch vụ công trực tuyến toàn trình và một phần trên tổng số TTHC của huyện lần lượt là 47,5% và 38,1%.',
        records: [
          { metric: 'procedure.online_rate', value: 47.5, dimensions: { level: 'full' } },
          { metric: 'procedure.online_rate', value: 38.1, dimensions: { level: 'partial' } },
        ],
      },
      {
        // The share of the online offer listed by level, respectively: of both levels together.
        text: 'Số TTHC cung cấp dịch vụ công trực tuyến toàn trình và một phần của huyện lần lượt là 148 và 96 thủ tục, đạt tỷ lệ 90,4%.',
        records: [{ metric: 'procedure.online_rate', value: 90.4 }],
      },
      {
        // A share after parts of two levels joined by "và" is the whole's; a bracket right after a part is that part's.
        text: 'Huyện cung cấp 318 DVCTT, bao gồm 120 DVCTT toàn trình (37,7%) và 198 DVCTT một phần, đạt tỷ lệ 71,3% tổng số TTHC.',
        records: [
          { metric: 'procedure.online_rate', value: 37.7, dimensions: { level: 'full' } },
          { metric: 'procedure.online_rate', value: 71.3 },
        ],
      },
      {
        // Two levels joined by a comma after the count's noun: the share of the count, at levels 3-4.
        text: 'Đến hết năm 2021, huyện đã cung cấp 214 DVCTT mức độ 3, 4 trên tổng số 296 TTHC, đạt tỷ lệ 72,3%.',
        records: [{ metric: 'procedure.online_rate', value: 72.3, dimensions: { level: '3-4' } }],
      },
    ],
    invalid: [
      // (A share of procedures in the one-stop mechanism, online services named only in another clause.)
      { text: 'Sở đã niêm yết 54/54 TTHC tại Bộ phận một cửa, đạt 100%; 18 TTHC được cung cấp trực tuyến mức độ 4.' },
      // The same layout for shares of dossiers is no offer of procedures.
      { before: 'Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến:', text: 'a) Cấp tỉnh: 72,4%;' },
      { text: 'Tỷ lệ trả kết quả giải quyết TTHC điện tử đạt 88,5%, tỷ lệ hồ sơ nộp phí trực tuyến đạt 41%.' },
      { text: 'Hiện còn 7,5% TTHC chưa được cung cấp dịch vụ công trực tuyến toàn trình.' },
      { text: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 35,6%.' },
      { text: 'Sở đã chuyển 100% TTHC sang tiếp nhận tại Trung tâm Phục vụ hành chính công.' },
      { text: 'Tỷ lệ DVCTT mức độ 4 phát sinh hồ sơ đạt 62%.' },
      { text: 'Sở tiếp nhận 820 hồ sơ của 40 TTHC trực tuyến toàn trình, đạt 71%.' },
      { text: 'Có 980 TTHC đã triển khai thanh toán trực tuyến, chiếm 64,5% tổng số TTHC có thu phí, lệ phí.' },
    ],
  },
  match(ctx) {
    const f = withoutSpelledOut(ctx.folded);
    const lead = rateLead(ctx);
    if ((!PROCEDURE.test(f) || !ONLINE.test(f)) && lead === null) return;
    for (const n of ctx.numbers) {
      if (!n.percent || isFromValue(f, n)) continue;
      // "… đạt 52,6% (cùng kỳ năm trước đạt 47,1%)": a bracket of another period's share is no record.
      if (inOtherPeriodBracket(f, n.start)) continue;
      // "a) Toàn trình: 56,4%;" under "Tỷ lệ TTHC được cung cấp DVCTT:": an item labelled by a level gives that level's rate.
      if (lead !== null && labelOnly(f.slice(0, n.start)) && /^\s*[;.]?\s*$/.test(f.slice(n.end))) {
        const level = [...levelsIn(f.slice(0, n.start)), ...levelsIn(lead)].map((h) => h.level).find((l): l is Level => l !== 'low');
        // ("a) Cấp tỉnh: 68,2%;" under "Tỷ lệ … toàn trình của các cấp:": a tier label, the lead-in's level.)
        const tier = tierAround(f, n.start, n.end);
        if (level || ONLINE.test(lead)) {
          const dims = { ...(level ? { level } : {}), ...(tier ? { tier } : {}) };
          ctx.emit({ metric: 'procedure.online_rate', value: n.value, range: [n.start, n.end], ...(level || tier ? { dimensions: dims } : {}), confidence: 0.85 });
        }
        continue;
      }
      // "| Tỷ lệ TTHC cung cấp DVCTT toàn trình | 80% | 76,5% |" under "Kế hoạch | Thực hiện": the target is not yet done (planned).
      const target = ctx.blocks !== undefined && inTargetColumn(ctx.block, ctx.blocks, (ctx.offset ?? 0) + n.start);
      const from = f.lastIndexOf(';', n.start) + 1;
      const left = f.slice(from, n.start);
      const rightEnd = f.slice(n.end).search(/;|[,.](?!\d)/);
      const right = f.slice(n.end, rightEnd < 0 ? f.length : n.end + rightEnd);
      const rateAt = lastRateWord(left);
      const subject = rateAt >= 0 ? left.slice(rateAt) : '';
      // ("Số TTHC … toàn trình là 782 thủ tục …; tỷ lệ cung cấp trực tuyến toàn trình đạt 39,7%": offering online is what
      // procedures get, in a sentence about them.)
      const rateLeft = PROCEDURE.test(subject) || (/\bcung cap\b/.test(subject) && ONLINE.test(subject) && PROCEDURE.test(f));
      // ("100% (218/218) TTHC …": the share's count in a bracket may come before its procedures.)
      const shareRight = /^\s*(?:\(\s*\d[\d.]*\s*\/\s*\d[\d.]*\s*\)\s*)?(?:so |tong so )?(?:cac )?(?:tthc|thu tuc|dich vu cong|dvc)\b/.test(right);
      // "… 1.234/1.890 TTHC được cung cấp DVCTT toàn trình, đạt 65,3%": the share of the fraction just stated.
      // ("1.285/1.856 TTHC phát sinh hồ sơ trực tuyến (69,2%)": procedures with online dossiers are no offer.)
      const fraction = /\d\s*\/\s*\d[\d.]*\s*(?:tthc|thu tuc|dich vu cong|dvc)\b([^;%]*?)(?:[,(]\s*(?:dat|chiem)|\()(?: (?:t[iy] le|khoang|gan|hon|tren))*\s*$/.exec(left);
      // ("…; đưa 96/96 TTHC vào giải quyết theo cơ chế một cửa, đạt 100%": a share of procedures with no online word in its clause
      // is some other share, even where the sentence speaks of online services elsewhere.)
      const clauseEnd = fraction !== null && lead === null ? f.indexOf(';', n.end) : -1;
      const ofFraction = fraction !== null && !DOSSIER.test(fraction[1]!) && (lead !== null || ONLINE.test(f.slice(from, clauseEnd < 0 ? f.length : clauseEnd)));
      // "… trong đó 41 thủ tục được cung cấp DVCTT toàn trình, đạt tỷ lệ 78,8%" (or "(chiếm 78,8%)"): the share of the count just stated.
      // ("… 643 DVCTT toàn trình (35,6%)": the online services counted by their own noun.)
      // ("… cung cấp 1.256 DVCTT mức độ 3, 4, đạt tỷ lệ 68,19%": the comma of the two levels joined is no end of the count's words.)
      const ofCount =
        !DOSSIER.test(left) &&
        /\d[\d.]*\s*(?:(?:tthc|thu tuc)\b[^;%,]*?\b(?:truc tuyen|dvctt|toan trinh|mot phan|muc do [34])\b|(?:dvctt|dich vu cong truc tuyen)\b)[^;%,(]*(?:[,(]\s*(?:dat|chiem)|\()(?: (?:t[iy] le|khoang|gan|hon|tren))*\s*$/.test(
          left.replace(/\b(muc do 3)\s*,\s*(?=(?:muc do\s*)?4\b)/g, '$1 va '),
        );
      // "Số TTHC cung cấp DVCTT toàn trình là 97 thủ tục, đạt tỷ lệ 78,2%": the share of a labelled count of online procedures.
      const ofSubject =
        !DOSSIER.test(left) &&
        /(?:\b(?:so (?:luong )?|cac )(?:tthc|thu tuc|dich vu cong)\b[^;%]*?\b(?:truc tuyen|dvctt|toan trinh|mot phan|muc do [34])|(?:^|[;,])\W*(?:dvctt|dvc)\b[^;%]*?\b(?:toan trinh|mot phan|muc do 3\s*(?:,|va)\s*(?:muc do\s*)?4|muc do [34]))\b[^;%\d]*?(?:\bla|:)\s*\d[\d.]*(?:\s*(?:,|va)\s*\d[\d.]*)*\s*(?:tthc|thu tuc|dich vu)?\s*(?:[,(]\s*(?:dat|chiem)|\()(?: (?:t[iy] le|khoang|gan|hon|tren))*\s*$/.test(left);
      // "… trong đó mức độ 4 có 86 thủ tục (chiếm 76,8%)", "- DVCTT toàn trình: 436 DVC, chiếm 44,3%": the share of a count under a level label.
      const ofLevelCount =
        !DOSSIER.test(left) &&
        /\b(?:truc tuyen|dvctt|toan trinh|mot phan|muc do [34])\s*(?:la|co|:|dat|gom)?\s*\d[\d.]*\s*(?:tthc|thu tuc|dich vu|dvc|dvctt)\b[^;%,(]*(?:[,(]\s*(?:dat|chiem)|\()(?: (?:t[iy] le|khoang|gan|hon|tren))*\s*$/.test(left);
      // "…; trong đó, mức độ 3 chiếm 30%, mức độ 4 chiếm 48%": a level's share, in a sentence about procedures, not dossiers.
      const ofLevelShare = !DOSSIER.test(f) && LEVEL_SHARE.test(left);
      // "… mức độ 4 cấp thị xã là 158 thủ tục, đạt 57,2%; cấp xã là 46 thủ tục, đạt 44,2%": the next level's count and share after
      // ";", the online offer named in the clause before, which ends on its own share.
      const prevClause = from > 1 ? f.slice(f.lastIndexOf(';', from - 2) + 1, from - 1) : '';
      const ofNextLevel = NEXT_LEVEL_SHARE.test(left) && /%\s*$/.test(prevClause) && ONLINE.test(prevClause) && PROCEDURE.test(prevClause) && !DOSSIER.test(prevClause);
      // "Số TTHC đủ điều kiện cung cấp DVCTT toàn trình: 168 thủ tục; đã cung cấp 161 thủ tục (đạt 95,8%)": the share of the count
      // the offer's verb alone gives, its object (and level) the online service of the clause before.
      // ("…: số TTHC đủ điều kiện … toàn trình là 612 thủ tục, đã cung cấp 598 thủ tục (đạt 97,7%)": or the clause before a comma.)
      const comma = left.lastIndexOf(',');
      const ofOffered = (OFFERED_SHARE.test(left) && onlineProcedures(prevClause)) || (comma > 0 && OFFERED_SHARE.test(left.slice(comma + 1)) && onlineProcedures(left.slice(0, comma)));
      // "Có 1.987 TTHC (94,4%) được cung cấp trực tuyến": the share in a bracket right after a count, the offer after the bracket.
      const afterBracket = /^\s*\)/.test(f.slice(n.end)) ? f.slice(f.indexOf(')', n.end) + 1) : '';
      const offeredAfter = COUNT_BRACKET.test(left) && OFFERED_AFTER_BRACKET.test(afterBracket);
      // "Tỷ lệ TTHC cung cấp DVCTT toàn trình: cấp tỉnh 58,2%; cấp huyện 46,1%; cấp xã 39,5%": a further level's share after ";",
      // under the rate the sentence opens on.
      const sentence = f.slice(Math.max(f.lastIndexOf('. ', n.start), 0), n.start);
      const levelList = TIER_RATE_LIST.exec(sentence);
      const ofLevelList = levelList !== null && PROCEDURE.test(levelList[1]!) && ONLINE.test(levelList[1]!) && !DOSSIER.test(levelList[1]!) && !PAYMENT.test(levelList[1]!);
      if (ofLevelList) {
        const level = lastLevel(levelList[1]!, levelsIn(levelList[1]!));
        const tier = tierAround(f, n.start, n.end) ?? oneTierIn(left);
        if (level !== 'low') {
          const dims = { ...(level ? { level } : {}), ...(tier ? { tier } : {}), ...(target ? { status: 'planned' as const } : {}) };
          ctx.emit({ metric: 'procedure.online_rate', value: n.value, range: [n.start, n.end], ...(Object.keys(dims).length ? { dimensions: dims } : {}), ...(n.qualifier ? { qualifier: n.qualifier } : {}), confidence: 0.85 });
        }
        continue;
      }
      if (offeredAfter) {
        const words = afterBracket.split(/[;,(]|\.(?!\d)/)[0]!;
        const level = lastLevel(words, levelsIn(words));
        const tier = tierAround(f, n.start, n.end) ?? oneTierIn(left + words);
        if (level !== 'low') {
          const dims = { ...(level ? { level } : {}), ...(tier ? { tier } : {}), ...(target ? { status: 'planned' as const } : {}) };
          ctx.emit({ metric: 'procedure.online_rate', value: n.value, range: [n.start, n.end], ...(Object.keys(dims).length ? { dimensions: dims } : {}), ...(n.qualifier ? { qualifier: n.qualifier } : {}), confidence: 0.85 });
        }
        continue;
      }
      if (!rateLeft && !shareRight && !ofFraction && !ofCount && !ofSubject && !ofLevelCount && !ofLevelShare && !ofNextLevel && !ofOffered) continue;
      // ("… đúng hạn đạt 98%, 100% TTHC đủ điều kiện được cung cấp trực tuyến toàn trình": a share that opens its own part
      // after a comma, its procedures named right after it, is not the dossier rate's before.)
      if ((DOSSIER.test(subject) && !(shareRight && /,\s*$/.test(left))) || DOSSIER.test(right)) continue;
      // "1.456 TTHC thực hiện thanh toán trực tuyến, chiếm 76,2%": procedures paid online are no online service.
      if (PAYMENT.test(left) || PAYMENT.test(right)) continue;
      // "còn 7% TTHC chưa được cung cấp trực tuyến": the share not offered.
      if (/\b(?:chua|khong) (?:duoc |the )?(?:cung cap|thuc hien|trien khai|dua)\b/.test(right)) continue;
      // (Up to the next rate: "…TTHC điện tử đạt 92,4%, tỷ lệ hồ sơ thanh toán trực tuyến đạt 38%" says nothing online of the first.)
      // ("100% TTHC đã được đưa lên Cổng DVC, trong đó 70 TTHC mức độ 4": a breakdown after the rate names its parts' levels.)
      const restEnd = f.slice(n.end).search(/;|\.(?!\d)|\b(?:t[iy] le|trong do)\b/);
      // ("100% TTHC được cung cấp trực tuyến (toàn trình 41, một phần 43)": a bracket of figures names the parts' levels.)
      const rest = f.slice(n.end, restEnd < 0 ? f.length : n.end + restEnd).replace(/\([^)]*\d[^)]*\)?/g, (m) => ' '.repeat(m.length));
      // The share of a count just stated has that count's level, whatever follows it.
      // ("…, còn lại 5,2% TTHC chỉ cung cấp thông tin": the rest, not said to be online.)
      if (/\bcon lai\s*$/.test(left) && !ONLINE.test(rest)) continue;
      // ("1.204/1.650 TTHC (đạt 73%) đã được cung cấp DVCTT toàn trình": the offer of a stated count may follow its bracket.)
      const stated = (ofCount || ofFraction || ofSubject || ofLevelCount || ofLevelShare || ofNextLevel || ofOffered) && !rateLeft && !shareRight;
      const where = (ofNextLevel || ofOffered) && !ONLINE.test(left) ? `${prevClause} ${left}` : stated ? (ONLINE.test(left) ? left : left + right) : [subject, rest, left].find((t) => ONLINE.test(t));
      if (!where) continue;
      // ("… 1.127 DVCTT, gồm 486 DVCTT toàn trình và 641 DVCTT một phần, đạt tỷ lệ 61,2%": after parts of two levels joined by
      // "và", the share is the whole's, with the whole's level if it has one.)
      // (The digits of "mức độ 3" are no counts: masked, same length.)
      const parts = inParens(f, n.start) ? null : PARTS_OF_LEVELS.exec(left.replace(/\b(muc do|muc) ([34])\b/g, '$1 _'));
      const partLevels = parts ? new Set(levelsIn(left.slice(parts.index, parts.index + parts[0].length)).map((h) => h.level)) : null;
      const whole = partLevels !== null && partLevels.size >= 2 ? left.slice(0, parts!.index) : null;
      // (Parts at levels 3 and 4 make a share at levels 3-4.)
      const found =
        whole === null ? lastLevel(where, levelsIn(where)) : partLevels!.size === 2 && partLevels!.has('3') && partLevels!.has('4') ? ('3-4' as const) : lastLevel(whole, levelsIn(whole));
      if (found === 'low') continue;
      // ("… toàn trình và một phần lần lượt là 824 và 612 thủ tục, đạt tỷ lệ 86,9%": the share of two levels together has neither.)
      const together = ofSubject && /\b(?:lan luot|tuong ung)\b[^;%]*\d\s*(?:,|va)\s*\d/.test(left) && new Set(levelsIn(where).map((h) => h.level)).size >= 2;
      const level: Level | undefined = together ? undefined : (respectiveLevel(f, n.start) ?? found);
      // "…, của cấp huyện là 41%": the tier labelling the rate; else the one tier the rate's subject names ("Các TTHC cấp tỉnh …").
      const tier = tierAround(f, n.start, n.end) ?? oneTierIn(ofNextLevel ? left : where);
      const dims = { ...(level ? { level } : {}), ...(tier ? { tier } : {}), ...(target ? { status: 'planned' as const } : {}) };
      ctx.emit({
        metric: 'procedure.online_rate',
        value: n.value,
        range: [n.start, n.end],
        ...(Object.keys(dims).length ? { dimensions: dims } : {}),
        ...(n.qualifier ? { qualifier: n.qualifier } : {}),
        confidence: 0.9,
      });
    }
  },
});
