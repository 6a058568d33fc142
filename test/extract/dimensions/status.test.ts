import { describe, expect, it } from 'vitest';
import { statusOf } from '../../../src/extract/dimensions/status.ts';
import { enrichDimensions } from '../../../src/extract/dimensions/enrich.ts';
import type { Block } from '../../../src/structure/types.ts';

const block = {} as Block;

describe('statusOf', () => {
  const s = 'Sở tham mưu ban hành 03 VBQPPL và tự kiểm tra 12 văn bản.';
  it('gives draft to legal documents issued only', () => {
    expect(statusOf('legal_doc.issued', s, s.indexOf('03'), false)).toBe('draft');
    expect(statusOf('legal_doc.reviewed', s, s.indexOf('12'), false)).toBeUndefined();
  });
  it('gives planned in a plan section and proposed after "đề nghị"', () => {
    expect(statusOf('legal_doc.reviewed', 'Rà soát 40 văn bản.', 7, true)).toBe('planned');
    const p = 'Sở đề nghị bãi bỏ 02 TTHC.';
    expect(statusOf('procedure.abolished', p, p.indexOf('02'), false)).toBe('proposed');
    const c = 'Trong kỳ, Sở đã trình công bố 05 TTHC mới ban hành.';
    expect(statusOf('procedure.published', c, c.indexOf('05'), false)).toBe('proposed');
  });
  it('plans the first clause of a sentence opening on what the plan says, not on a plan cited by number nor work said done', () => {
    const k = 'Theo Kế hoạch, năm 2025 kiểm tra CCHC tại 20 cơ quan, đơn vị; đến nay đã kiểm tra 18/20 cơ quan, đơn vị.';
    expect(statusOf('inspection.units', k, k.indexOf('20 cơ'), false)).toBe('planned');
    expect(statusOf('inspection.units', k, k.indexOf('18'), false)).toBeUndefined();
    const n = 'Theo Kế hoạch số 15/KH-UBND, Sở kiểm tra 08 đơn vị trực thuộc.';
    expect(statusOf('inspection.units', n, n.indexOf('08'), false)).toBeUndefined();
    const d = 'Theo kế hoạch, Sở đã kiểm tra 08 đơn vị trực thuộc.';
    expect(statusOf('inspection.units', d, d.indexOf('08'), false)).toBeUndefined();
  });
  it('keeps a proposal proposed in a plan section; dossiers and other plan items stay planned', () => {
    const q = 'Rà soát, đề nghị bãi bỏ 04 TTHC không còn phù hợp; kiểm tra 06 phòng.';
    expect(statusOf('procedure.abolished', q, q.indexOf('04'), true)).toBe('proposed');
    expect(statusOf('inspection.units', q, q.indexOf('06'), true)).toBe('planned');
    const d = 'Đề nghị các phòng giải quyết 100% hồ sơ đúng hạn.';
    expect(statusOf('dossier.on_time_rate', d, d.indexOf('100'), true)).toBe('planned');
  });
  it('leaves a proposal to its own figure when a comma opens another acting body or "và" another act', () => {
    const t = 'UBND huyện trình HĐND huyện thông qua 02 Nghị quyết, UBND huyện ban hành 05 Quyết định QPPL.';
    expect(statusOf('legal_doc.issued', t, t.indexOf('02'), false)).toBe('proposed');
    expect(statusOf('legal_doc.issued', t, t.indexOf('05'), false)).toBeUndefined();
    const v = 'Năm 2025, UBND tỉnh trình HĐND tỉnh thông qua 11 nghị quyết và ban hành theo thẩm quyền 38 quyết định QPPL.';
    expect(statusOf('legal_doc.issued', v, v.indexOf('11'), false)).toBe('proposed');
    expect(statusOf('legal_doc.issued', v, v.indexOf('38'), false)).toBeUndefined();
    const k = 'Sở kiến nghị UBND tỉnh, Bộ Tài chính bãi bỏ 03 TTHC.';
    expect(statusOf('procedure.abolished', k, k.indexOf('03'), false)).toBe('proposed');
  });
  it('reads past a thousands point: it ends no clause, so the plan word still governs the figures after it', () => {
    const t = 'Năm 2026, Bộ phận Một cửa dự kiến tiếp nhận 2.300 hồ sơ, giải quyết 2.180 hồ sơ đúng hạn.';
    expect(statusOf('dossier.received', t, t.indexOf('2.300'), false)).toBe('planned');
    expect(statusOf('dossier.resolved_on_time', t, t.indexOf('2.180'), false)).toBe('planned');
    const done = 'Sở đã tiếp nhận 2.300 hồ sơ. Dự kiến quý sau giải quyết 150 hồ sơ còn lại.';
    expect(statusOf('dossier.received', done, done.indexOf('2.300'), false)).toBeUndefined();
  });
  it('under a plan label, keeps a proposal proposed and a drafting drafted; "và kiểm tra" opens its own act', () => {
    const t = 'Phương hướng năm 2026: tham mưu ban hành 04 quyết định QPPL; kiến nghị bãi bỏ 07 TTHC và kiểm tra 09 xã; bồi dưỡng 200 lượt công chức.';
    expect(statusOf('legal_doc.issued', t, t.indexOf('04'), false)).toBe('draft');
    expect(statusOf('procedure.abolished', t, t.indexOf('07'), false)).toBe('proposed');
    expect(statusOf('inspection.units', t, t.indexOf('09'), false)).toBe('planned');
    expect(statusOf('staff.trained', t, t.indexOf('200'), false)).toBe('planned');
    const m = 'Mục tiêu đến năm 2026 có 90% TTHC được cung cấp trực tuyến toàn trình.';
    expect(statusOf('procedure.online_rate', m, m.indexOf('90'), false)).toBe('planned');
  });
  it('carries a plan word into the next clause that goes on with the same subject', () => {
    const t = 'Quý IV, Phòng dự kiến kiểm tra 06 xã; tổ chức 03 lớp tập huấn cho khoảng 120 công chức.';
    expect(statusOf('staff.trained', t, t.indexOf('120'), false)).toBe('planned');
    const done = 'Phòng dự kiến kiểm tra 06 xã; đã tổ chức 03 lớp tập huấn cho 120 công chức.';
    expect(statusOf('staff.trained', done, done.indexOf('120'), false)).toBeUndefined();
    const own = 'Phòng dự kiến kiểm tra 06 xã; UBND các xã cử 120 công chức tham gia tập huấn.';
    expect(statusOf('staff.trained', own, own.indexOf('120'), false)).toBeUndefined();
  });
  it('gives planned to a target set ("đặt mục tiêu"), not to one reached ("đạt mục tiêu")', () => {
    const set = 'Năm 2024, huyện đặt mục tiêu tiếp nhận 3.000 hồ sơ trực tuyến.';
    expect(statusOf('dossier.received', set, set.indexOf('3.000'), false)).toBe('planned');
    const reached = 'Năm 2024, huyện đạt mục tiêu đề ra, tiếp nhận 3.000 hồ sơ trực tuyến.';
    expect(statusOf('dossier.received', reached, reached.indexOf('3.000'), false)).toBeUndefined();
  });
  it('reads "Chỉ tiêu biên chế …:" as the quota assigned, not a plan label', () => {
    const q = 'Chỉ tiêu biên chế năm 2024: 56; thực hiện: 52.';
    expect(statusOf('staff.quota_assigned', q, q.indexOf('56'), false)).toBeUndefined();
    const t = 'Chỉ tiêu năm 2025: tiếp nhận 3.000 hồ sơ.';
    expect(statusOf('dossier.received', t, t.indexOf('3.000'), false)).toBe('planned');
  });
  it('gives planned to a figure whose own clause goes on to a coming quarter', () => {
    const at = (t: string) => statusOf('staff.trained', t, t.indexOf('02'), false);
    expect(at('Tổ chức 02 lớp tập huấn vào Quý IV')).toBe('planned');
    expect(at('Tổ chức 02 lớp tập huấn vào quý 3/2025.')).toBe('planned');
    expect(at('Tổ chức 02 lớp tập huấn; vào Quý IV tổng kết.')).toBeUndefined();
    expect(at('Tổ chức 02 lớp tập huấn. Vào Quý IV tổng kết.')).toBeUndefined();
    expect(at('Tổ chức 02 lớp tập huấn vào quý trước.')).toBeUndefined();
  });
  it('gives proposed to a change recommended to a named body', () => {
    const p = 'Sở đã kiến nghị Bộ Tư pháp sửa đổi 03 TTHC và bãi bỏ 01 TTHC.';
    expect(statusOf('procedure.amended', p, p.indexOf('03'), false)).toBe('proposed');
    expect(statusOf('procedure.abolished', p, p.indexOf('01'), false)).toBe('proposed');
    // A named authority may take more words and commas before the verb.
    const r = 'Năm 2024, tỉnh kiến nghị Chính phủ, các Bộ, ngành trung ương bãi bỏ 08 TTHC, sửa đổi, bổ sung 17 TTHC.';
    expect(statusOf('procedure.abolished', r, r.indexOf('08'), false)).toBe('proposed');
    expect(statusOf('procedure.amended', r, r.indexOf('17'), false)).toBe('proposed');
    const t = 'Sở kiến nghị Bộ Giao thông vận tải bãi bỏ 02 TTHC về đăng ký xe máy chuyên dùng.';
    expect(statusOf('procedure.abolished', t, t.indexOf('02'), false)).toBe('proposed');
    const q = 'Tiếp nhận 05 kiến nghị, đã xử lý 05 kiến nghị.';
    expect(statusOf('feedback.resolved', q, q.lastIndexOf('05'), false)).toBeUndefined();
  });
  it('plans the first clause of a sentence opening on the plan of a period, unless it says the work done', () => {
    const k = 'Kế hoạch quý IV tổ chức kiểm tra CCHC tại 06 xã.';
    expect(statusOf('inspection.units', k, k.indexOf('06'), false)).toBe('planned');
    const d = 'Kế hoạch năm 2024 đã được triển khai tại 06 xã.';
    expect(statusOf('inspection.units', d, d.indexOf('06'), false)).toBeUndefined();
  });
  it('gives planned to a bracket opening right after the target it gives, not after a plan cited by number', () => {
    const t = 'Tỷ lệ dịch vụ công toàn trình đạt 47%, cao hơn mục tiêu được giao (40%).';
    expect(statusOf('procedure.online_rate', t, t.indexOf('40'), false)).toBe('planned');
    expect(statusOf('procedure.online_rate', t, t.indexOf('47'), false)).toBeUndefined();
    const n = 'Thực hiện Kế hoạch số 12/KH-UBND (kiểm tra 09 đơn vị).';
    expect(statusOf('inspection.units', n, n.indexOf('09'), false)).toBeUndefined();
  });
  it('gives planned to every figure of a sentence that opens on a plan label', () => {
    const at = (t: string) => statusOf('staff.trained', t, t.indexOf('12 '), false);
    expect(at('Phương hướng năm 2025: tiếp tục rà soát VBQPPL; tổ chức 12 lớp bồi dưỡng.')).toBe('planned');
    expect(at('Mục tiêu quý IV: bồi dưỡng cho 12 công chức.')).toBe('planned');
    expect(at('Kết quả năm 2024: tổ chức 12 lớp bồi dưỡng.')).toBeUndefined();
  });
});

describe('enrichDimensions', () => {
  const sentence = 'Dự kiến bãi bỏ 04 thủ tục hành chính.';
  const range: [number, number] = [sentence.indexOf('04'), sentence.indexOf('04') + 2];
  it('infers status when the rule left it unset', () => {
    expect(enrichDimensions({ metric: 'procedure.abolished', value: 4, range }, { sentence, block, inPlan: false })).toEqual({ status: 'planned' });
  });
  it('keeps a status the rule set', () => {
    const e = { metric: 'procedure.abolished', value: 4, range, dimensions: { status: 'proposed' as const } };
    expect(enrichDimensions(e, { sentence, block, inPlan: true })).toEqual({ status: 'proposed' });
  });
  it('infers nothing when the rule says inferStatus: false', () => {
    const e = { metric: 'procedure.abolished', value: 4, range, inferStatus: false, dimensions: { tier: 'district' as const } };
    expect(enrichDimensions(e, { sentence, block, inPlan: true })).toEqual({ tier: 'district' });
  });
});
