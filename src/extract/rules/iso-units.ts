import type { NumberMention } from '../../text/numbers.ts';
import { fold } from '../../text/normalize.ts';
import { bracketHead, foldedBefore, inOtherPeriodBracket, inParens, lastSentence, lastTierIn, maskClosedParens, mixedTierAfter, TIER_OF, tierAround, tierOf, withoutSpelledOut, type Tier } from '../figure-context.ts';
import { districtOwnBodies } from '../dimensions/own-bodies.ts';
import { labelOnly } from '../lead-in.ts';
import { defineRule, type RuleContext } from '../rule.ts';

/** Bodies that apply a quality system: "86 xã, phường", "168 đơn vị", "237 cơ quan", "29 UBND cấp xã", "19 sở/ngành". */
const BODY = /^\s*(?:don vi|co quan|xa|phuong|thi tran|so|huyen|quan|ubnd|uy ban nhan dan|chi cuc|phong|ban|nganh|dia phuong)\b/;
/** An item's label naming bodies ("Cơ quan cấp tỉnh:", "UBND cấp xã:", "Sở, ban, ngành:"). */
const BODY_IN_LABEL = /\b(?:don vi|co quan|xa|phuong|thi tran|so|huyen|quan|ubnd|uy ban nhan dan|chi cuc|phong|nganh)\b/;
/** "số lượng phường/xã/thị trấn … là 307/322": the bodies named before the figure. */
const BODY_BEFORE = /\bso (?:luong )?(?:cac )?(?:don vi|co quan|xa|phuong|ubnd|uy ban nhan dan|phong)\b[^;]*?\b(?:la|dat|:)\s*$/;
const ISO = /\biso\b|\bhtqlcl\b|\bhe thong quan ly chat luong\b|\btcvn 9001\b/;
/** Not the ISO bodies: those left out, inspections, other metrics. */
// ("Kết quả kiểm tra việc áp dụng HTQLCL … cho thấy: 11/11 UBND cấp huyện …": a check's findings after its colon are adopters.)
const NOT_LEFT = /\b(?:con lai|chua|giam(?! (?:doc|sat|dinh))|tinh gian)\b[^,;]{0,40}$|\bkiem tra\b(?:[^,;:]|,\s*(?=(?:ap dung|duy tri|cai tien|xay dung|van hanh)\b)){0,50}(?::\s*(?:tai|o|doi voi)\s*)?$/;

/** "100% cơ quan, đơn vị cấp tỉnh (": a share of bodies, its count to follow in the bracket. Group 1: the bodies. */
const SHARE_OF_BODIES = /\d\s*%\s+((?:cac )?(?:co quan|don vi|xa|phuong|thi tran|so|ubnd|uy ban nhan dan|huyen|phong)\b[^()%;\d]{0,60}?)\(\s*$/;
/** "… và UBND các xã, phường (15/15)": bodies named after "và" or a comma, their fraction in the bracket. Group 1: the bodies. */
const BODIES_THEN_FRACTION = /(?:\bva|,)\s+((?:(?:ubnd|uy ban nhan dan)\s+)?(?:cac )?(?:co quan|don vi|xa|phuong|thi tran|so|huyen|phong)\b[^()%;\d]{0,60}?)\(\s*$/;

/**
 * The paragraph's tier for a figure, unless it was named only in an earlier clause of the sentence
 * ("… cấp tỉnh (23/23) đã công bố HTQLCL; hiện có 28 cơ quan áp dụng ISO điện tử": the 28 are not said to be provincial).
 */
function tierOfClause(ctx: RuleContext, n: NumberMention, nounEnd: number): Tier | undefined {
  const tier = tierOf(ctx, n, nounEnd);
  if (!tier) return undefined;
  const from = ctx.folded.lastIndexOf(';', n.start) + 1;
  if (from > 0 && lastTierIn(ctx.folded.slice(0, from)) === tier && lastTierIn(ctx.folded.slice(from)) === undefined) return undefined;
  return tier;
}

/** "cấp tỉnh 21": only a tier labelling a part in a bracket. Group 1: the level. */
const TIER_PART = /^\s*cap (tinh|huyen|xa|phuong)\s*(?::|\bla\b|\bco\b)?\s*$/;

/** A clause that adds only a tier label (or a share) before its figure ("; cấp huyện 10/10 đơn vị", "; 100% (18/18) phòng …"). */
/** ("; số đơn vị đã công bố: 165": or a label of bodies that did an ISO step.) */
// ("Chỉ tiêu: 100% cơ quan áp dụng HTQLCL …; kết quả: 36/36 cơ quan đã áp dụng": or the label of the result set against a target.)
// ("; đến nay có 28/28 cơ quan … đã công bố": or a time of the count and "có"; "; riêng cấp xã có …": or a level set apart.)
// ("; ở cấp xã có 145/152 xã, phường áp dụng": the level after "ở" or "tại".)
const ELLIPTIC_BEFORE = /^\s*(?:(?:(?:den nay|hien nay|hien|luy ke|tinh den [a-z0-9/ ]{1,20}?),?\s*)?(?:da )?co\s*|(?:rieng |doi voi |o |tai )?cap (?:tinh|huyen|xa|phuong)\s*(?::|\bla\b|\bco\b)?\s*|ket qua(?: thuc hien| dat duoc)?\s*:\s*|\d+(?:[.,]\d+)?\s*%\s*\(\s*|so (?:luong )?(?:cac )?(?:don vi|co quan|xa, phuong|xa|phuong) (?:da |dang )?(?:xay dung|ap dung|cong bo|duy tri|trien khai|chuyen doi)\s*(?::|\bla\b)\s*)?$/;
/** … and after its bodies nothing, a tier, or an ISO verb ("; 02 cơ quan đang xây dựng"). */
// ("cấp xã có 158/161 đơn vị áp dụng, chiếm 98,1%": the verb alone.)
// ("; 11/11 UBND huyện và 68 UBND xã áp dụng": or a further count of bodies after "và" sharing the verb.)
const ELLIPTIC_AFTER = /^(?:[a-z ,/]{0,50}?\bva \d+(?:\/\d+)? )?[a-z ,/]{0,50}?(?:\s*(?:[;.]|$)|\b(?:(?:dang|da)\s+)?(?:xay dung|ap dung|cong bo|duy tri|trien khai)\b)/;

/** "11/11 UBND huyện, thị xã và ": a count of bodies then "và", ahead of a further count sharing its verb. */
const CONJOINED_COUNT = /\d+(?:\/\d+)?\s+[a-z ,/]{0,50}?\bva\s*$/;

/**
 * "… đã công bố HTQLCL; cấp huyện 10/10 đơn vị; cấp xã 154/154 đơn vị": a verbless clause after ";" goes on
 * with the quality system of the clause before it (not with an inspection of it).
 */
function continuesIso(f: string, clauseFrom: number, before: string, afterBody: string): boolean {
  if (clauseFrom === 0 || !ELLIPTIC_AFTER.test(afterBody)) return false;
  // ("; cấp huyện có 11/11 UBND huyện và 68 UBND xã áp dụng": the count after "và" goes on as the one before it does.)
  if (!ELLIPTIC_BEFORE.test(before) && !(/\bva\s*$/.test(before) && ELLIPTIC_BEFORE.test(before.replace(CONJOINED_COUNT, '')))) return false;
  const prior = f.slice(f.lastIndexOf('. ', clauseFrom - 1) + 1, clauseFrom);
  // ("Kết quả kiểm tra việc áp dụng HTQLCL cho thấy: …": an inspection's findings after its colon are no inspection.)
  return ISO.test(prior) && !/\bkiem tra\b/.test(prior.slice(prior.lastIndexOf(':') + 1));
}

/** A target after ";" that names no system of its own: "phấn đấu đến hết năm 2025 hoàn thành tại 12 xã còn lại". */
const TARGET_BEFORE = /^\s*(?:phan dau|du kien|ke hoach)\b[^;:]{0,60}?\b(?:hoan thanh|trien khai|xay dung|ap dung|cong bo)\b(?:[^;:\d]{0,30}?\b(?:tai|o|doi voi|cho)\b)?\s*(?:(?:cac|con lai)\s*)?$/;

/** A sentence opening on a target ("Dự kiến năm 2017 mở rộng áp dụng tại 50 UBND cấp xã."). */
const TARGET_OPENING = /^\W*(?:phan dau|du kien|ke hoach)\b/;

/**
 * "… đã áp dụng ISO 9001:2008. Dự kiến năm 2017 mở rộng áp dụng tại 50 UBND cấp xã.": a target sentence that names no system of
 * its own goes on with the quality system of the paragraph's sentence before it, as a target clause after ";" does.
 */
function targetSentenceAfterIso(ctx: RuleContext, f: string): boolean {
  if (!TARGET_OPENING.test(f)) return false;
  const prior = lastSentence(foldedBefore(ctx.block.text, ctx.text, fold));
  return ISO.test(prior) && !/\bkiem tra\b/.test(prior);
}

/**
 * "… đã công bố HTQLCL phù hợp; phấn đấu đến hết năm 2025 hoàn thành tại 12 xã còn lại": a target clause after ";" goes on
 * with the quality system of the clause before it (the plan word makes it planned).
 */
function targetAfterIso(f: string, clauseFrom: number, before: string): boolean {
  if (clauseFrom === 0 || !TARGET_BEFORE.test(before)) return false;
  const prior = f.slice(f.lastIndexOf('. ', clauseFrom - 1) + 1, clauseFrom);
  return ISO.test(prior) && !/\bkiem tra\b/.test(prior);
}

/**
 * "toàn tỉnh có 16/16 sở, ban, ngành; 09/09 UBND cấp huyện và 141/141 UBND cấp xã áp dụng ISO …": bodies counted
 * in a clause with no verb of its own ("có", a label or nothing before them), ahead of the clause that names the
 * quality system for the whole list.
 */
function listedBeforeIso(f: string, clauseTo: number, before: string, afterBody: string): boolean {
  if (clauseTo < 0 || !/^[a-z ,/]{0,30}?\s*;/.test(afterBody) || !/(?:^|\bco|\bgom|:)\s*$/.test(before)) return false;
  const stop = f.indexOf('. ', clauseTo);
  const rest = f.slice(clauseTo + 1, stop < 0 ? f.length : stop);
  // ("…; cấp huyện có 9/9 huyện, thành phố đã áp dụng ISO": the next clause may open on its level.)
  // ("Thành phố có 21 phường, xã; 100% UBND phường, xã đã áp dụng HTQLCL": a share opening the next clause is no further count
  // of the list — the bodies counted before are the area's, not adopters.)
  return /^\s*(?:cap (?:tinh|huyen|xa)\s*(?:co|:)?\s*)?\d(?![\d.,]*\s*%\s*[^\s(])/.test(rest) && ISO.test(rest) && !/\bkiem tra\b/.test(rest);
}

/** "cơ quan chuyên môn thuộc UBND tỉnh / huyện": the departments of a province, or the divisions of a district (group 1). */
const SERVING = /^\s*(?:cac )?(?:co quan|phong(?:,? ban)?) chuyen mon (?:thuoc|cua|truc thuoc) (?:ubnd|uy ban nhan dan) (?:tinh|(huyen|quan|thi xa))\b/;

/** A single department ("Sở …", "Chi cục …", "Trung tâm …"), as opposed to a level of government. */
const DEPARTMENT = /^(?:Sở|Chi cục|Trung tâm|Ban|Văn phòng)\s/u;

/**
 * The tier a homogeneous list of bodies names: "xã, phường" (or "đơn vị xã") → commune, "quận/huyện" → district,
 * "sở, ngành" → province.
 */
function tierOfBodies(text: string): Tier | undefined {
  // "9/9 UBND huyện": the committees of one level count as that level's bodies.
  const list = /^\s*(?:(?:ubnd|uy ban nhan dan)\s+(?:cac\s+)?|don vi (?:hanh chinh )?(?:cap )?)?((?:(?:xa|phuong|thi tran|quan|huyen|thi xa|thanh pho|so|nganh|ban)\b\s*(?:,|\/|\bva\b)?\s*)+)/.exec(text);
  if (!list) return undefined;
  const words = list[1]!.split(/\s*(?:,|\/|\bva\b)\s*/).map((w) => w.trim()).filter(Boolean);
  const tiers = new Set(words.map((w) => (/^(?:xa|phuong|thi tran)$/.test(w) ? 'commune' : /^(?:quan|huyen|thi xa|thanh pho)$/.test(w) ? 'district' : 'province')));
  return tiers.size === 1 ? ([...tiers][0] as Tier) : undefined;
}

export default defineRule({
  id: 'iso-units',
  description:
    'Bodies building, applying or announcing an ISO 9001 quality system: "86 xã, phường xây dựng và áp dụng HTQLCL", ' +
    '"237/249 cơ quan công bố hệ thống quản lý chất lượng" (the numerator), "19 sở/ngành, 24 quận/huyện".',
  examples: {
    valid: [
      {
        // "Xã hội" in a department's name is no commune beside its own divisions: no tier.
        text: 'Sở Lao động - Thương binh và Xã hội đã áp dụng HTQLCL tại 100% phòng chuyên môn (07/07 phòng).',
        records: [{ metric: 'iso.units', value: 7 }],
      },
      {
        // The level after "ở" opening the clause after ";".
        text: 'Các sở, ngành đã áp dụng HTQLCL theo TCVN ISO 9001:2015; ở cấp xã có 88/90 xã, thị trấn áp dụng.',
        records: [{ metric: 'iso.units', value: 88, dimensions: { tier: 'commune' } }],
      },
      {
        // A clause after ";" with only its time and "có" before the bodies goes on with the system named before it.
        text: 'Sở đã hướng dẫn các địa phương chuyển đổi HTQLCL sang TCVN ISO 9001:2015; đến nay có 15/17 UBND cấp xã đã công bố; riêng cấp huyện có 3/3 UBND huyện đã công bố.',
        records: [
          { metric: 'iso.units', value: 15, dimensions: { tier: 'commune' } },
          { metric: 'iso.units', value: 3, dimensions: { tier: 'district' } },
        ],
      },
      {
        // Two counts of bodies joined by "và" after ";" share the verb of the clause going on with the system.
        text: 'Các sở, ban, ngành đều đã công bố HTQLCL phù hợp TCVN ISO 9001:2008; 07/07 UBND huyện, thị xã và 95 UBND xã, thị trấn cũng đã áp dụng.',
        records: [
          { metric: 'iso.units', value: 7, dimensions: { tier: 'district' } },
          { metric: 'iso.units', value: 95, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A target sentence naming no system of its own goes on with the quality system of the sentence before.
        text: 'Đến nay, 20/20 sở, ngành đã áp dụng ISO 9001:2015. Dự kiến năm 2026 mở rộng áp dụng tại 35 UBND cấp xã.',
        records: [
          { metric: 'iso.units', value: 20, dimensions: { tier: 'province' } },
          { metric: 'iso.units', value: 35, dimensions: { tier: 'commune', status: 'planned' } },
        ],
      },
      {
        text: 'Hiện đang hướng dẫn 45 xã, thị trấn xây dựng và áp dụng HTQLCL theo TCVN ISO 9001:2015.',
        records: [{ metric: 'iso.units', value: 45, dimensions: { tier: 'commune' } }],
      },
      {
        text: 'Đến nay, toàn tỉnh có 120/126 cơ quan đã công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015.',
        records: [{ metric: 'iso.units', value: 120 }],
      },
      {
        text: 'Đã có 30/31 đơn vị (12 sở, ngành; 18 huyện, thị xã) công bố HTQLCL.',
        records: [
          { metric: 'iso.units', value: 30 },
          { metric: 'iso.units', value: 12, dimensions: { tier: 'province' } },
          { metric: 'iso.units', value: 18, dimensions: { tier: 'district' } },
        ],
      },
      {
        text: 'Số lượng xã, phường đã công bố HTQLCL theo TCVN ISO 9001 là 96/100.',
        records: [{ metric: 'iso.units', value: 96, dimensions: { tier: 'commune' } }],
      },
      {
        intro: 'Sở Xây dựng báo cáo kết quả công tác cải cách hành chính quý II năm 2023 như sau:',
        text: 'Sở tiếp tục hướng dẫn 52 xã, thị trấn xây dựng và áp dụng HTQLCL theo TCVN ISO 9001:2015.',
        records: [{ metric: 'iso.units', value: 52 }],
      },
      {
        text: 'Đến nay, 100% xã, thị trấn (17/17) đã công bố HTQLCL; hiện có 9 cơ quan đang áp dụng ISO điện tử.',
        records: [
          { metric: 'iso.units', value: 17, dimensions: { tier: 'commune' } },
          { metric: 'iso.units', value: 9 },
        ],
      },
      {
        text: 'Huyện đã công bố HTQLCL theo TCVN ISO 9001:2015 tại 14/15 cơ quan, đơn vị thuộc huyện.',
        records: [{ metric: 'iso.units', value: 14, dimensions: { tier: 'district' } }],
      },
      {
        text: 'Số phòng, đơn vị áp dụng HTQLCL theo TCVN ISO 9001:2015: 09/09.',
        records: [{ metric: 'iso.units', value: 9 }],
      },
      {
        text: 'Danh sách 17 UBND cấp xã xây dựng, áp dụng HTQLCL theo TCVN ISO 9001:2015 năm 2023.',
        records: [{ metric: 'iso.units', value: 17, dimensions: { tier: 'commune' } }],
      },
      {
        text: 'Đến nay, 11/12 cơ quan chuyên môn thuộc UBND huyện và 15/15 xã, thị trấn trên địa bàn huyện đã công bố HTQLCL phù hợp TCVN ISO 9001:2015.',
        records: [
          { metric: 'iso.units', value: 11, dimensions: { tier: 'district' } },
          { metric: 'iso.units', value: 15, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Hiện có 13 cơ quan chuyên môn và 21 xã, thị trấn trên địa bàn huyện áp dụng HTQLCL theo TCVN ISO 9001:2015.',
        records: [
          { metric: 'iso.units', value: 13, dimensions: { tier: 'district' } },
          { metric: 'iso.units', value: 21, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Đến nay, 19/19 cơ quan chuyên môn thuộc UBND tỉnh và 8/8 UBND huyện đã áp dụng HTQLCL theo TCVN ISO 9001:2015.',
        records: [
          { metric: 'iso.units', value: 19, dimensions: { tier: 'province' } },
          { metric: 'iso.units', value: 8, dimensions: { tier: 'district' } },
        ],
      },
      {
        text: 'Đến nay, 100% (12/12) cơ quan chuyên môn cấp huyện đã công bố HTQLCL phù hợp TCVN ISO 9001:2015.',
        records: [{ metric: 'iso.units', value: 12, dimensions: { tier: 'district' } }],
      },
      {
        text: 'Về ISO: 100% (21/21) cơ quan hành chính cấp tỉnh đã công bố HTQLCL; cấp huyện 09/09 đơn vị; cấp xã 126/126 đơn vị.',
        records: [
          { metric: 'iso.units', value: 21, dimensions: { tier: 'province' } },
          { metric: 'iso.units', value: 9, dimensions: { tier: 'district' } },
          { metric: 'iso.units', value: 126, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Số cơ quan hành chính đã công bố HTQLCL theo TCVN ISO 9001:2015 là 160/160 cơ quan (cấp tỉnh 19, cấp huyện 10, cấp xã 131).',
        records: [
          { metric: 'iso.units', value: 160 },
          { metric: 'iso.units', value: 19, dimensions: { tier: 'province' } },
          { metric: 'iso.units', value: 10, dimensions: { tier: 'district' } },
          { metric: 'iso.units', value: 131, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A clause of bodies before the one naming the system; a label of bodies that did an ISO step after it.
        text: 'Đến nay, toàn tỉnh có 18/18 sở, ban, ngành; 10/10 UBND cấp huyện đã áp dụng ISO điện tử; số đơn vị đã công bố: 28.',
        records: [
          { metric: 'iso.units', value: 18, dimensions: { tier: 'province' } },
          { metric: 'iso.units', value: 10, dimensions: { tier: 'district' } },
          { metric: 'iso.units', value: 28 },
        ],
      },
      {
        // Each clause opening on its level; bodies about to start are planned.
        text: 'Cấp tỉnh có 18/18 sở, ban, ngành; cấp huyện có 8/8 huyện, thị xã đã áp dụng ISO điện tử; 06 đơn vị xã đang chuẩn bị triển khai.',
        records: [
          { metric: 'iso.units', value: 18, dimensions: { tier: 'province' } },
          { metric: 'iso.units', value: 8, dimensions: { tier: 'district' } },
          { metric: 'iso.units', value: 6, dimensions: { tier: 'commune', status: 'planned' } },
        ],
      },
      {
        // A clause with a verb of its own ("hỗ trợ 12 xã …") is not a list ahead of the ISO clause.
        text: 'Huyện đã hỗ trợ 12 xã xây dựng nông thôn mới; 05 xã áp dụng ISO điện tử.',
        records: [{ metric: 'iso.units', value: 5, dimensions: { tier: 'commune' } }],
      },
      {
        // A clause after ";" going on with the system of the clause before, its communes named there.
        text: 'Toàn thành phố có 33/33 phường, xã đã áp dụng HTQLCL; 100% (14/14) phòng, ban chuyên môn thuộc UBND thành phố đã công bố lại.',
        records: [
          { metric: 'iso.units', value: 33, dimensions: { tier: 'commune' } },
          { metric: 'iso.units', value: 14, dimensions: { tier: 'district' } },
        ],
      },
      {
        // Fractions in brackets after the bodies, with and without a share before them.
        text: 'UBND huyện đã chỉ đạo 100% phòng chuyên môn (13/13 phòng) và UBND các xã, thị trấn (17/17) duy trì HTQLCL theo TCVN ISO 9001:2015.',
        records: [
          { metric: 'iso.units', value: 13, dimensions: { tier: 'district' } },
          { metric: 'iso.units', value: 17, dimensions: { tier: 'commune' } },
        ],
      },
      {
        before: 'Tình hình áp dụng HTQLCL theo TCVN ISO 9001:2015:',
        text: '- UBND cấp xã: 127 đơn vị.',
        records: [{ metric: 'iso.units', value: 127, dimensions: { tier: 'commune' } }],
      },
      {
        text: 'Áp dụng HTQLCL ISO điện tử tại 11 cơ quan, đơn vị; 03 cơ quan đang xây dựng.',
        records: [
          { metric: 'iso.units', value: 11 },
          { metric: 'iso.units', value: 3 },
        ],
      },
      {
        before: 'Sở áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại 06 phòng, đơn vị, cụ thể:',
        text: 'a) 04 phòng chuyên môn;',
        records: [{ metric: 'iso.units', value: 4 }],
      },
      {
        before: 'Số cơ quan, đơn vị đang áp dụng ISO 9001:2015 là 139, cụ thể:',
        text: 'a) Cơ quan cấp tỉnh: 20;',
        records: [{ metric: 'iso.units', value: 20, dimensions: { tier: 'province' } }],
      },
      {
        // The committee the departments serve names their level.
        text: 'Đến nay, 100% cơ quan chuyên môn thuộc UBND tỉnh (19/19 cơ quan) duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015.',
        records: [{ metric: 'iso.units', value: 19, dimensions: { tier: 'province' } }],
      },
      {
        // A district's divisions named by the committee they serve.
        text: 'Đến nay, 100% phòng, ban chuyên môn thuộc UBND huyện (11/11 phòng) duy trì HTQLCL theo TCVN ISO 9001:2015.',
        records: [{ metric: 'iso.units', value: 11, dimensions: { tier: 'district' } }],
      },
      {
        // ("…; 04/04 đơn vị trực thuộc (…) đã áp dụng": the bodies' names in brackets before the verb of the clause going on.)
        text: 'Sở đã công bố HTQLCL phù hợp TCVN ISO 9001:2015; 03/03 đơn vị trực thuộc (Trung tâm Quan trắc môi trường, Trung tâm Công nghệ thông tin, Văn phòng Đăng ký đất đai) đã xây dựng và áp dụng.',
        records: [{ metric: 'iso.units', value: 3 }],
      },
      {
        // A target after ";" with no system named goes on with the system of the clause before it, planned.
        text: 'Hiện có 41 xã, thị trấn đã xây dựng, áp dụng HTQLCL theo TCVN ISO 9001:2015; dự kiến trong quý IV hoàn thành tại 07 xã còn lại.',
        records: [
          { metric: 'iso.units', value: 41, dimensions: { tier: 'commune' } },
          { metric: 'iso.units', value: 7, dimensions: { tier: 'commune', status: 'planned' } },
        ],
      },
      {
        // The result set against a target names no system of its own: the target's clause before names it; done, not planned.
        text: 'Chỉ tiêu: 100% UBND cấp xã áp dụng HTQLCL theo TCVN ISO 9001:2015; kết quả: 141/141 xã đã áp dụng.',
        records: [{ metric: 'iso.units', value: 141, dimensions: { tier: 'commune' } }],
      },
    ],
    invalid: [
      // (A target sentence about something else after an ISO sentence.)
      { text: 'Đến nay đã áp dụng ISO 9001:2015. Dự kiến năm 2026 tổ chức tập huấn tại 35 xã.' },
      { text: 'Đoàn đã kiểm tra cải cách hành chính, việc áp dụng ISO 9001:2015 tại 8 phòng, đơn vị.' },
      // (A check of the system's upkeep, named in a pair of verbs: "duy trì, áp dụng".)
      { text: 'Năm 2025, Chi cục đã kiểm tra việc duy trì, cải tiến HTQLCL tại 22 cơ quan, đơn vị.' },
      { text: 'Còn lại 6 cơ quan chưa công bố HTQLCL theo quy định.' },
      { text: 'Đến nay 100% xã, phường đã áp dụng HTQLCL theo TCVN ISO 9001:2015.' },
      { text: 'Sở đã tổ chức 03 lớp tập huấn về ISO cho 150 công chức.' },
      { text: 'Sở hỗ trợ 120 xã triển khai phần mềm quản lý văn bản; đôn đốc các cơ quan duy trì ISO.' },
      { text: 'Đến nay 100% cơ quan thuộc huyện Đạ Huoai đã công bố HTQLCL theo TCVN ISO 9001:2015.' },
    ],
  },
  match(ctx) {
    const f = withoutSpelledOut(ctx.folded);
    // ("Tình hình áp dụng ISO 9001:2015:" then "- UBND cấp xã: 149 đơn vị.": the lead-in names the quality system.)
    const isoLead = ISO.test(ctx.leadIn?.folded ?? '');
    const targetSentence = !ISO.test(f) && !isoLead && targetSentenceAfterIso(ctx, f);
    if (!ISO.test(f) && !isoLead && !targetSentence) return;
    /** The end of the last ISO count read in the sentence, for its parts by tier after "trong đó" (-1: none yet). */
    let wholeEnd = -1;
    for (const n of ctx.numbers) {
      // ("(năm 2023: 128 dự thảo)", "(cùng kỳ năm trước: 15)": a bracket of another period's figures is no record of this one.)
      if (inOtherPeriodBracket(f, n.start)) continue;
      if (n.percent || n.form === 'zero-phrase') continue;
      // "100% (15/15) cơ quan …": the count in brackets after a share names the bodies that follow.
      const shift = /\d\s*%\s*\(\s*$/.test(f.slice(0, n.start)) ? (/^\s*\)/.exec(f.slice(n.end))?.[0].length ?? 0) : 0;
      const tail = f.slice(n.end + shift);
      const body = BODY.exec(tail);
      const before = f.slice(Math.max(0, f.lastIndexOf(';', n.start) + 1), n.start);
      // "100% cơ quan, đơn vị cấp tỉnh (23/23) đã công bố": the count in brackets after a share of bodies named before it.
      // ("… và UBND các xã, phường (15/15) duy trì HTQLCL": a fraction in brackets after bodies, with no share.)
      // ("100% phòng chuyên môn (12/12 phòng)": the bracket may restate the bodies' noun after the count.)
      const closesBracket = /^\s*(?:[a-z]+\s*){0,3}\)/.test(tail);
      const shareOf = closesBracket ? (SHARE_OF_BODIES.exec(before) ?? (n.denominator !== undefined ? BODIES_THEN_FRACTION.exec(before) : null)) : null;
      if (shareOf) {
        const bodies = shareOf[1]!.replace(/^(?:ubnd|uy ban nhan dan)\s+/, '');
        // ("100% phòng chuyên môn (12/12 phòng) và UBND các xã": the district's own divisions beside its communes.)
        // ("100% cơ quan chuyên môn thuộc UBND tỉnh (21/21 cơ quan)": the committee the departments serve names their level.)
        const serving = SERVING.exec(bodies);
        const tier =
          lastTierIn(bodies) ??
          (serving ? (serving[1] ? 'district' : 'province') : undefined) ??
          (!DEPARTMENT.test(ctx.metadata?.agency ?? '') ? tierOfBodies(shareOf[1]!) : undefined) ??
          districtOwnBodies(f, bodies + f.slice(n.end), ctx.metadata?.agency);
        ctx.emit({ metric: 'iso.units', value: n.value, range: [n.start, n.end], ...(tier ? { dimensions: { tier } } : {}) });
        continue;
      }
      // "… là 245/245 cơ quan (cấp tỉnh 21, cấp huyện 12, cấp xã 212)": an ISO count's parts by tier, bare in its bracket.
      // ("… có 214 cơ quan, đơn vị áp dụng HTQLCL, trong đó: cấp tỉnh 21, cấp huyện 11, cấp xã 182.": after "trong đó", likewise.)
      const afterWhole = wholeEnd >= 0 && !inParens(f, n.start) && /\btrong do\b/.test(f.slice(wholeEnd, n.start)) && !/;|\.(?!\d)/.test(f.slice(wholeEnd, n.start));
      const tierPart =
        (inParens(f, n.start) && /\d/.test(bracketHead(f, n.start) ?? '')) || afterWhole
          ? TIER_PART.exec(f.slice(Math.max(f.lastIndexOf('(', n.start), f.lastIndexOf(',', n.start), afterWhole ? f.lastIndexOf(':', n.start) : -1) + 1, n.start))
          : null;
      if (tierPart && /^\s*(?:don vi|co quan)?\s*(?:[,;)]|\.(?!\d)|$)/.test(f.slice(n.end))) {
        ctx.emit({ metric: 'iso.units', value: n.value, range: [n.start, n.end], dimensions: { tier: TIER_OF[tierPart[1]!]! } });
        continue;
      }
      // "a) Cơ quan cấp tỉnh: 20;" under "Số cơ quan, đơn vị đang áp dụng ISO 9001:2015 là 139, cụ thể:": an item labelled by its bodies.
      const labelItem = !body && isoLead && /^\s*[;.]?\s*$/.test(tail) && labelOnly(before) && BODY_IN_LABEL.test(before);
      if (!body && !labelItem && !(BODY_BEFORE.test(before) && /^\s*(?:[,;.(]|$)/.test(tail))) continue;
      // The quality system is named in the figure's own clause ("…; phối hợp kiểm tra việc áp dụng ISO tại …" is another clause).
      // (";" inside a bracketed breakdown does not end the clause.)
      const flat = maskClosedParens(f, f.length);
      const clauseTo = flat.indexOf(';', n.end);
      const clauseFrom = flat.lastIndexOf(';', n.start) + 1;
      const afterBody = f.slice(n.end + shift + (body?.[0].length ?? 0));
      if (!ISO.test(f.slice(clauseFrom, clauseTo < 0 ? f.length : clauseTo)) && !ISO.test(ctx.leadIn?.folded ?? '') && !continuesIso(f, clauseFrom, before, afterBody.replace(/\([^()]*\)/g, ' ')) && !listedBeforeIso(f, clauseTo, before, afterBody) && !targetAfterIso(f, clauseFrom, before) && !(targetSentence && clauseFrom === 0 && TARGET_BEFORE.test(before)))
        continue;
      // "kiểm tra công tác CCHC và việc áp dụng ISO tại 30 cơ quan": the bodies inspected, not ISO adopters.
      if (/\bkiem tra (?:cong tac )?(?:cai cach hanh chinh|cchc)\b/.test(before)) continue;
      if (NOT_LEFT.test(before) || /^\s*[a-z/ ,]{0,30}\bchua\b/.test(tail)) continue;
      // ("05 xã đang chuẩn bị triển khai": bodies about to start, planned.)
      const preparing = /^\s*[a-z/ ,]{0,30}?\b(?:dang chuan bi|chuan bi|se|du kien)\b/.test(tail);
      const nounEnd = n.end + shift + (body?.[0].length ?? 0);
      // A department's own report counts the bodies it supports ("đôn đốc 86 xã, phường …"): the kind
      // of body names a tier only in reports of a government that has those tiers (or of unknown origin).
      const bodiesNameTier = !DEPARTMENT.test(ctx.metadata?.agency ?? '');
      // "tại 12/13 cơ quan, đơn vị thuộc huyện": bodies owned by a level of government are that tier.
      // ("thuộc huyện Đạ Huoai" names one district: a subject, not a tier.)
      const owner = body ? /^[a-z ,]{0,30}?\bthuoc (?:ubnd |uy ban nhan dan )?(tinh|huyen|quan|thi xa)\b/.exec(f.slice(nounEnd, nounEnd + 50)) : null;
      const named = owner !== null && /^\s+\p{Lu}/u.test(ctx.text.slice(nounEnd + owner[0].length));
      const ownerTier: Tier | undefined = owner && !named ? (owner[1] === 'tinh' ? 'province' : 'district') : undefined;
      const tier =
        tierAround(f, n.start, nounEnd) ??
        ownerTier ??
        (bodiesNameTier ? tierOfBodies(body ? tail : before.replace(/^.*\bso (?:luong )?(?:cac )?/, '')) : undefined) ??
        (mixedTierAfter(f, nounEnd) ? undefined : tierOfClause(ctx, n, nounEnd)) ??
        districtOwnBodies(f, tail, ctx.metadata?.agency);
      const dims = { ...(preparing ? { status: 'planned' as const } : {}), ...(tier ? { tier } : {}) };
      wholeEnd = n.end;
      ctx.emit({
        metric: 'iso.units',
        value: n.value,
        range: [n.start, n.end],
        ...(Object.keys(dims).length ? { dimensions: dims } : {}),
        ...(n.qualifier ? { qualifier: n.qualifier } : {}),
      });
    }
  },
});
