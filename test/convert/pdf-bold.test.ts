import { describe, expect, it } from 'vitest';
import { detectBoldFonts, type MeasuredRun } from '../../src/convert/pdf-bold.ts';
import { FACES, textEm } from '../../src/convert/pdf-metrics.ts';

const face = (name: string) => FACES.find((f) => f.face === name)!;

/** A run as pdf.js would measure it in `faceName`, stretched by `stretch` (justification). */
function run(str: string, font: string, faceName: string, stretch = 1, size = 14): MeasuredRun {
  return { str, font, size, width: size * textEm(str, face(faceName)).em * stretch };
}

const BODY = [
  'Công tác cải cách hành chính được xác định là một trong những công tác',
  'trọng tâm của Sở. Năm 2022, Sở tiếp tục đẩy mạnh việc thực hiện các',
  'nhiệm vụ theo kế hoạch.',
];
const HEADINGS = ['I. Công tác chỉ đạo, điều hành', '2.1. Về kiểm soát thủ tục hành chính'];

describe('detectBoldFonts', () => {
  it('tells Times bold from Times regular, justified lines included', () => {
    const runs = [
      run(BODY[0]!, 'f1', 'times', 1.04),
      run(BODY[1]!, 'f1', 'times', 1.02),
      run(BODY[2]!, 'f1', 'times'),
      ...HEADINGS.map((h) => run(h, 'f2', 'timesBold')),
    ];
    expect([...detectBoldFonts(runs)]).toEqual(['f2']);
  });

  it('tells Helvetica bold from Helvetica regular', () => {
    const runs = [...BODY.map((b) => run(b, 'r', 'helvetica')), ...HEADINGS.map((h) => run(h, 'b', 'helveticaBold'))];
    expect([...detectBoldFonts(runs)]).toEqual(['b']);
  });

  it('marks nothing in a short document set in one regular font', () => {
    const runs = [
      run(BODY[0]!, 'f1', 'times', 1.05),
      run(BODY[1]!, 'f1', 'times', 1.03),
      run(BODY[2]!, 'f1', 'times', 1.01),
      run('đơn vị.', 'f1', 'times'),
      run('Kết quả tự đánh giá năm 2020 của khối huyện', 'f1', 'times', 1.02),
    ];
    expect(detectBoldFonts(runs).size).toBe(0);
  });

  it('marks nothing when a font matches no known face', () => {
    const runs = [...BODY.map((b) => run(b, 'x', 'times', 0.82)), ...HEADINGS.map((h) => run(h, 'y', 'times', 1.2))];
    expect(detectBoldFonts(runs).size).toBe(0);
  });
});
