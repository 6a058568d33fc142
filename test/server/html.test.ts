import { describe, expect, it } from 'vitest';
import { escapeHtml, html, query } from '../../src/server/html.ts';
import { renderExcerpts } from '../../src/server/views/excerpt.ts';

describe('the escaping template', () => {
  it('escapes every interpolated value, keeps nested templates', () => {
    const evil = '<script>alert("x")</script>&\'`';
    const out = html`<p title="${evil}">${evil}${html`<b>${evil}</b>`}${[evil, 1, null, undefined, false]}</p>`.value;
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;&#96;');
    expect(out).toContain('<b>&lt;script&gt;');
    expect(escapeHtml('"')).toBe('&quot;');
  });

  it('builds query strings with encoded values', () => {
    expect(query({ period: '2023-Q1', agency: 'Sở Tư pháp & "x"', empty: '', none: undefined })).toBe(
      '?period=2023-Q1&agency=S%E1%BB%9F%20T%C6%B0%20ph%C3%A1p%20%26%20%22x%22',
    );
  });
});

describe('report excerpts', () => {
  const md = 'Mở đầu.\n\n**Kết quả**\n\nSở tiếp nhận 1.204 hồ sơ \\<script>x\\</script>.\n\nĐã giải quyết 1.180 hồ sơ.\n\nKết thúc.';
  const place = md.indexOf('Sở tiếp');
  const cause = md.indexOf('Đã giải');

  it('highlights both places and the figures, as text', () => {
    const out = renderExcerpts(
      md,
      [
        { start: place, end: md.indexOf('\n\nĐã'), kind: 'place' },
        { start: cause, end: md.indexOf('\n\nKết thúc'), kind: 'cause' },
      ],
      [1204, 1180],
    ).value;
    expect(out).toContain('<mark class="place">Sở tiếp nhận <strong class="figure">1.204</strong> hồ sơ &lt;script&gt;x&lt;/script&gt;.</mark>');
    expect(out).toContain('<mark class="cause">Đã giải quyết <strong class="figure">1.180</strong> hồ sơ.</mark>');
    expect(out).toContain('Kết quả');
    expect(out).not.toContain('**');
    expect(out).not.toContain('<script>');
  });

  it('says so when the flag has no place', () => {
    expect(renderExcerpts(md, [], []).value).toContain('Không có vị trí');
  });
});

describe('report excerpts with the records\' figure spans', () => {
  it('marks exactly the spans given', () => {
    const md = 'Sở tiếp nhận 120 hồ sơ, trong đó 120 hồ sơ trực tuyến.';
    const second = md.lastIndexOf('120');
    const out = renderExcerpts(md, [{ start: 0, end: md.length, kind: 'place' }], [120], [{ start: second, end: second + 3 }]).value;
    expect(out.match(/<strong class="figure">/g)).toHaveLength(1);
    expect(out).toContain('trong đó <strong class="figure">120</strong> hồ sơ');
  });
});
