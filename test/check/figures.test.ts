import { describe, expect, it } from 'vitest';
import { buildView } from '../../src/check/report-view.ts';
import { figureBySpan } from '../../src/check/figures.ts';
import type { TextBlock } from '../../src/check/types.ts';
import type { Record } from '../../src/schema/record.ts';

// "**20**" in the Markdown: the block's text is plain, its offsets skip the markers.
const markdown = '**II. Kết quả**\n\nTiếp nhận **20** hồ sơ của 20 xã, phường.\n';
const blockStart = markdown.indexOf('Tiếp');
const text = 'Tiếp nhận 20 hồ sơ của 20 xã, phường.';
const offsets: number[] = [];
for (let i = 0, j = blockStart; i <= text.length; i++, j++) {
  while (markdown[j] === '*') j++;
  offsets.push(j);
}
const block: TextBlock = { kind: 'paragraph', text, start: blockStart, end: blockStart + markdown.slice(blockStart).trimEnd().length, section: 'II', canonical: null, offsets };
const second = text.lastIndexOf('20');

function record(withSpan: boolean): Record {
  const r: Record = {
    metric: 'iso.units', value: 20, unit: 'unit', dimensions: {}, section: 'II', canonicalSection: null,
    text, start: blockStart, end: block.end, rule: 'iso-units', confidence: 0.8,
  };
  if (withSpan) {
    r.figureStart = offsets[second]!;
    r.figureEnd = offsets[second + 1]! + 1;
  }
  return r;
}

describe('figures placed by their Markdown span', () => {
  it('places the figure exactly, through bold markup', () => {
    expect(markdown.slice(offsets[second]!, offsets[second + 1]! + 1)).toBe('20');
    expect(figureBySpan(record(true), offsets, 0)).toEqual({ start: second, end: second + 2, raw: '20', decimals: 0 });
    const r = { ...record(false), figureStart: markdown.indexOf('**20**') + 2, figureEnd: markdown.indexOf('**20**') + 4 };
    expect(figureBySpan(r, offsets, 0)?.start).toBe(text.indexOf('20'));
  });
  it('tells apart two equal values where the words beside them do not', () => {
    const view = buildView({ sha256: 'x', period: null, records: [record(true)], blocks: [block], markdown });
    expect(view.facts[0]!.figure?.start).toBe(second);
    expect(view.facts[0]!.at).toBe(second);
  });
  it('falls back to the value and nearby words without a span or without offsets', () => {
    const noSpan = buildView({ sha256: 'x', period: null, records: [record(false)], blocks: [block], markdown });
    expect(noSpan.facts[0]!.figure?.start).toBe(text.indexOf('20'));
    const { offsets: _, ...bare } = block;
    const noOffsets = buildView({ sha256: 'x', period: null, records: [record(true)], blocks: [bare], markdown });
    expect(noOffsets.facts[0]!.figure?.start).toBe(text.indexOf('20'));
  });
  it('ignores a span that does not fall on a figure of the sentence', () => {
    const r = { ...record(false), figureStart: blockStart, figureEnd: blockStart + 4 };
    expect(figureBySpan(r, offsets, 0)).toBeNull();
  });
});
