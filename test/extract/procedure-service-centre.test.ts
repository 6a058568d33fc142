import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../src/extract/index.ts';
import { readStructure } from '../../src/structure/index.ts';

/** The procedure figures of a short report under a two-line header. */
function procedures(issuer: string, body: string) {
  const md = `UBND TỈNH THÁI BÌNH\n\n${issuer}\n\nBÁO CÁO\n\nKết quả công tác quý III năm 2024\n\n${body}\n`;
  return extractRecords(readStructure(md))
    .filter((r) => r.metric.startsWith('procedure.'))
    .map((r) => [r.metric, r.value, r.dimensions]);
}

describe('procedures of the departments', () => {
  it('are the province level in another body\'s report, the whole scope of the public-service centre in its own', () => {
    const body = 'Trong quý, đang thực hiện 1.320 TTHC của các sở, ngành.';
    expect(procedures('SỞ NỘI VỤ', body)).toEqual([['procedure.total', 1320, { tier: 'province' }]]);
    expect(procedures('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', body)).toEqual([['procedure.total', 1320, {}]]);
  });
});
