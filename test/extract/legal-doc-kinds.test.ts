import { describe, expect, it } from 'vitest';
import { readStructure } from '../../src/structure/index.ts';
import { extractRecords } from '../../src/extract/runner.ts';
import { analyseMarkdown } from '../../pipelines/analyse-markdown.ts';

function read(text: string) {
  const md = `**1. Cải cách thể chế**\n\n${text}\n`;
  return extractRecords(readStructure(md)).map((r) => [r.metric, r.value, r.dimensions.type]);
}

describe('legal documents by kind (type)', () => {
  it('sets the parts of a whole by kind apart from it and from each other', () => {
    const got = read('Năm 2025, HĐND và UBND huyện đã ban hành 11 văn bản QPPL, gồm: 03 nghị quyết của HĐND huyện và 08 quyết định của UBND huyện.');
    expect(got).toEqual([
      ['legal_doc.issued', 11, undefined],
      ['legal_doc.issued', 3, 'nghị quyết'],
      ['legal_doc.issued', 8, 'quyết định'],
    ]);
  });
  it('reads the kind of a part labelled by its issuing body', () => {
    const got = read('Toàn tỉnh ban hành 40 văn bản quy phạm pháp luật (HĐND tỉnh 12, UBND tỉnh 28).');
    expect(got).toContainEqual(['legal_doc.issued', 12, 'nghị quyết']);
    expect(got).toContainEqual(['legal_doc.issued', 28, 'quyết định']);
  });
  it('lets the parts by kind be summed against their whole', () => {
    const md = '**1. Cải cách thể chế**\n\nTrong năm, UBND tỉnh đã ban hành 20 văn bản quy phạm pháp luật, gồm 06 nghị quyết và 12 quyết định.\n';
    const { flags } = analyseMarkdown(md, 'kinds');
    expect(flags.map((f) => [f.check, f.expected, f.actual])).toContainEqual(['sum-mismatch', 20, 18]);
  });
});
