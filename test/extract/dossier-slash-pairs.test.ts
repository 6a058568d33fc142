import { describe, expect, it } from 'vitest';
import { slashPair } from '../../src/extract/dossier/slash-pairs.ts';
import { findNumbers } from '../../src/text/numbers.ts';
import { fold } from '../../src/text/normalize.ts';

function pairOf(text: string) {
  const [n] = findNumbers(text).filter((x) => x.denominator !== undefined);
  return n ? slashPair(text, fold(text), n) : undefined;
}

describe('slashPair', () => {
  it('reads two names over two figures as a pair, the second figure a mention of its own', () => {
    const text = 'Hồ sơ giải quyết đúng hạn/quá hạn: 1.701/6 hồ sơ.';
    const p = pairOf(text)!;
    expect(p.names).toEqual(['dung han', 'qua han']);
    expect(p.second.value).toBe(6);
    expect(text.slice(p.second.start, p.second.end)).toBe('6');
  });
  it('reads a fraction as no pair when a name does not say what its figure is, or no label precedes it', () => {
    expect(pairOf('Số hồ sơ giải quyết đúng hạn/tổng số: 1.200/1.250 hồ sơ.')).toBeUndefined();
    expect(pairOf('Phòng đã giải quyết 702/745 hồ sơ.')).toBeUndefined();
  });
  it('takes names of up to three words', () => {
    expect(pairOf('Tiếp nhận/trả kết quả: 500/480 hồ sơ.')?.names).toEqual(['tiep nhan', 'tra ket qua']);
  });
});
