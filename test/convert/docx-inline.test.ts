import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { alignNumbers } from '../../src/convert/docx-align.ts';
import { escapeText, renderInline } from '../../src/convert/docx-inline.ts';
import type { MNode, MParagraph } from '../../src/convert/docx-model.ts';
import { escapeBlockStart } from '../../src/convert/docx-paragraph.ts';
import type { Segment } from '../../src/convert/docx-segments.ts';

const seg = (text: string, bold = false, italic = false): Segment => ({ text, bold, italic });
interface Node {
  value?: string;
  children?: Node[];
}
const text = (n: Node): string => n.value ?? (n.children ?? []).map(text).join('');
const plain = (markdown: string): string => text(unified().use(remarkParse).parse(markdown) as Node);

describe('renderInline', () => {
  it('wraps bold and italic, spaces outside the markers', () => {
    expect(renderInline([seg('Kết quả: ', true), seg('48', false, true), seg(' hồ sơ')])).toBe(
      '**Kết quả:** _48_ hồ sơ',
    );
    expect(renderInline([seg('Về ', true), seg('thể chế', true, true)])).toBe('**Về _thể chế_**');
  });

  it('uses * for italic inside a word, and drops emphasis CommonMark could not read', () => {
    expect(renderInline([seg('hồ'), seg('sơ', false, true), seg('đã')])).toBe('hồ*sơ*đã');
    const dropped = renderInline([seg('abc'), seg('(1)', true), seg('def')]);
    expect(plain(dropped)).toBe('abc(1)def');
  });

  it('reads back as the same text through remark', () => {
    const segs = [seg('Tổng số '), seg('*hồ_sơ* [1]', true), seg(' <đạt> ~', false, true), seg('`x` \\')];
    expect(plain(renderInline(segs))).toBe('Tổng số *hồ_sơ* [1] <đạt> ~`x` \\');
  });
});

describe('escapeText / escapeBlockStart', () => {
  it('escapes inline syntax but leaves intraword underscores and plain ampersands', () => {
    expect(escapeText('a_b _c [d] <e> &amp; KH&CN')).toBe('a_b \\_c \\[d] \\<e> \\&amp; KH&CN');
  });

  it('escapes block starts except typed bullets', () => {
    expect(escapeBlockStart('12. Nội dung')).toBe('12\\. Nội dung');
    expect(escapeBlockStart('3)')).toBe('3\\)');
    expect(escapeBlockStart('1.2. Nội dung')).toBe('1.2. Nội dung');
    expect(escapeBlockStart('\\* Kết quả')).toBe('* Kết quả');
    expect(escapeBlockStart('- Sở Nội vụ;')).toBe('- Sở Nội vụ;');
    expect(escapeBlockStart('# a')).toBe('\\# a');
  });
});

describe('alignNumbers', () => {
  const para = (text: string): MParagraph => ({
    type: 'paragraph',
    styleId: null,
    styleName: null,
    children: [{ type: 'run', children: [{ type: 'text', value: text } as MNode] } as MNode],
  });

  it('matches by order and text, skipping paragraphs only one side has', () => {
    const a = para('Công tác chỉ đạo');
    const b = para('Nội dung');
    const c = para('Kết quả'); // mammoth read a field differently: loose match
    const d = para('Phương hướng');
    const doc: MNode = {
      type: 'document',
      children: [a, { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [b] }] }] }, c, d],
    };
    const labels = alignNumbers(doc, [
      { key: 'Côngtácchỉđạo', label: { kind: 'number', text: 'I.', separator: ' ' } },
      { key: 'Hộpvănbản', label: { kind: 'number', text: 'II.', separator: ' ' } }, // text box mammoth skipped
      { key: 'Nộidung', label: undefined },
      { key: 'Kếtquả2023', label: { kind: 'number', text: 'III.', separator: ' ' } },
      { key: 'Phươnghướng', label: { kind: 'bullet' } },
    ]);
    expect(labels.get(a)).toEqual({ kind: 'number', text: 'I.', separator: ' ' });
    expect(labels.has(b)).toBe(false);
    expect(labels.get(c)).toEqual({ kind: 'number', text: 'III.', separator: ' ' });
    expect(labels.get(d)).toEqual({ kind: 'bullet' });
  });
});
