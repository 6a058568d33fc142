import { describe, expect, it } from 'vitest';
import { findCues } from '../../src/extract/dossier/cues.ts';
import { fold } from '../../src/text/normalize.ts';

/** The cues of a whole folded phrase, as [folded words, kind, metric]. */
function cues(phrase: string): [string, string, string | null][] {
  const f = fold(phrase);
  return findCues(f, 0, f.length).map((c) => [f.slice(c.start, c.end), c.kind, c.metric]);
}

describe('dossier cues', () => {
  it('finds verbs, timeliness and pending states, one metric each', () => {
    expect(cues('đã tiếp nhận')).toEqual([['tiep nhan', 'verb', 'dossier.received']]);
    expect(cues('được giải quyết đúng hạn')).toEqual([
      ['duoc giai quyet', 'verb', 'dossier.resolved'],
      ['dung han', 'timing', 'dossier.resolved_on_time'],
    ]);
    expect(cues('trả kết quả trước hẹn')).toEqual([
      ['tra ket qua', 'verb', 'dossier.returned'],
      ['truoc hen', 'timing', 'dossier.resolved_early'],
    ]);
    expect(cues('đang giải quyết')).toEqual([['dang giai quyet', 'verb', 'dossier.pending']]);
    expect(cues('đang được xử lý')).toEqual([['dang duoc xu ly', 'verb', 'dossier.pending']]);
    // Not yet resolved, passive as well: still pending.
    expect(cues('chưa được giải quyết')).toEqual([['chua duoc giai quyet', 'verb', 'dossier.pending']]);
    // The deadline written as "thời gian quy định".
    expect(cues('đúng thời gian quy định')).toEqual([['dung thoi gian quy dinh', 'timing', 'dossier.resolved_on_time']]);
    expect(cues('sớm hơn thời gian quy định')).toEqual([['som hon thoi gian quy dinh', 'timing', 'dossier.resolved_early']]);
    expect(cues('vượt thời gian quy định')).toEqual([['vuot thoi gian quy dinh', 'timing', 'dossier.resolved_late']]);
    // Sent back to the applicant is refused, not a result returned.
    expect(cues('bị trả về')).toEqual([['bi tra ve', 'verb', 'dossier.rejected']]);
    // The backlog; the backlog carried from before is carried over.
    expect(cues('số hồ sơ tồn')).toEqual([['ho so ton', 'verb', 'dossier.pending']]);
    expect(cues('hồ sơ tồn kỳ trước')[0]?.[2]).toBe('dossier.carried_over');
    expect(cues('trả về')).toEqual([['tra ve', 'verb', 'dossier.returned']]);
    // Results the applicants collected are results returned; "kết quả nhận hồ sơ" (of the intake) is none.
    expect(cues('kết quả nhận tại Bộ phận Một cửa')[0]?.[2]).toBe('dossier.returned');
    expect(cues('kết quả nhận hồ sơ trực tuyến').some((c) => c[2] === 'dossier.returned')).toBe(false);
    expect(cues('xử lý qua dịch vụ công trực tuyến')).toEqual([['xu ly qua dich vu cong', 'verb', 'dossier.processed']]);
    expect(cues('từ chối tiếp nhận')).toEqual([['tu choi tiep nhan', 'verb', 'dossier.rejected']]);
    expect(cues('công dân xin rút')).toEqual([['xin rut', 'verb', 'dossier.rejected']]);
    expect(cues('kỳ trước chuyển sang')).toEqual([['ky truoc chuyen sang', 'verb', 'dossier.carried_over']]);
    // The backlog the period opened with; the one it closed with stays pending.
    expect(cues('số hồ sơ tồn đầu kỳ')).toEqual([['ho so ton dau ky', 'verb', 'dossier.carried_over']]);
    expect(cues('hồ sơ đầu quý')).toEqual([['ho so dau quy', 'verb', 'dossier.carried_over']]);
    expect(cues('6 tháng đầu năm')).toEqual([]);
    expect(cues('hồ sơ tồn cuối kỳ')[0]?.[2]).toBe('dossier.pending');
    expect(cues('hồ sơ chuyển từ năm 2023 sang')).toEqual([['chuyen tu nam 2023 sang', 'verb', 'dossier.carried_over']]);
    // The result handed over in electronic form is returned; "thụ lý trong kỳ:" is the period's intake, not the new part.
    expect(cues('trả bản điện tử')).toEqual([['tra ban dien tu', 'verb', 'dossier.returned']]);
    expect(cues('số hồ sơ thụ lý trong kỳ:')).toEqual([['thu ly', 'verb', 'dossier.received']]);
    // A bare "nhận" right before its figure is intake; "xác nhận", "ghi nhận" are none.
    expect(cues('Văn phòng nhận')).toEqual([['nhan', 'verb', 'dossier.received']]);
    expect(cues('đã xác nhận')).toEqual([]);
  });

  it('keeps the longest of overlapping cues and drops phrases that only look like a verb', () => {
    // "tiếp nhận và giải quyết": one figure, the first verb counts.
    expect(cues('tiếp nhận và giải quyết')).toEqual([['tiep nhan va giai quyet', 'verb', 'dossier.received']]);
    expect(cues('thẩm quyền giải quyết')).toEqual([]);
    expect(cues('Bộ phận một cửa')).toEqual([]);
    expect(cues('thời hạn giải quyết')).toEqual([]);
    // A timeliness word ending on "thời hạn" keeps it: the neutral phrase does not swallow it.
    expect(cues('đang trong thời hạn giải quyết')).toEqual([
      ['trong thoi han', 'timing', 'dossier.pending_on_time'],
      ['giai quyet', 'verb', 'dossier.resolved'],
    ]);
    expect(cues('trả kết quả trước thời hạn giải quyết')[1]).toEqual(['truoc thoi han', 'timing', 'dossier.resolved_early']);
  });

  it('marks blockers, and finds nothing where no cue is written', () => {
    expect(cues('hồ sơ được số hóa')).toEqual([['so hoa', 'block', null]]);
    expect(cues('chưa đến hạn')).toEqual([['chua den han', 'timing', 'dossier.pending_on_time']]);
    expect(cues('hồ sơ thuộc lĩnh vực đất đai')).toEqual([]);
    // A place named with a blocker's word is no blocker; the verb done by a commune still is.
    expect(cues('phường Độc Lập 412 hồ sơ')).toEqual([]);
    expect(cues('xã đã lập hồ sơ')).toEqual([['lap', 'block', null]]);
    expect(cues('')).toEqual([]);
  });

  it('gives offsets within the folded text, at the segment asked for', () => {
    const f = fold('Trong quý, Sở tiếp nhận 48 hồ sơ, giải quyết 45 hồ sơ.');
    const from = f.indexOf('48');
    const found = findCues(f, from, f.length);
    expect(found.map((c) => f.slice(c.start, c.end))).toEqual(['giai quyet']);
    expect(findCues(f, 0, from).map((c) => c.metric)).toEqual(['dossier.received']);
    // A cue is a whole word: "nộp" inside another word is not one.
    expect(cues('hồ sơ nộpx')).toEqual([]);
  });
});
