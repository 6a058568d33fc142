import { decodeTcvn3, decodeVni, type LegacyEncoding } from '../text/legacy-encoding.ts';
import { detectEncoding } from '../text/legacy-encoding-detect.ts';
import type { Conversion, PageSpan } from './types.ts';

const NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };

/**
 * Decode TCVN3/VNI text in a finished Markdown pivot (a PDF typed in .VnTime or VNI-Times gives
 * the legacy codes as Latin-1 letters), paragraph by paragraph, from character statistics alone:
 * a PDF does not say which font drew which letter. Markdown syntax is ASCII and left untouched.
 * Page spans are moved to the new offsets. Capitals-font (.VnTimeH) text stays in lower case.
 */
export function decodeLegacyMarkdown(conversion: Conversion): Conversion {
  const blocks = conversion.markdown.split('\n\n');
  const documentGuess = detectEncoding(conversion.markdown).encoding;
  let changed = 0;
  const used = new Set<LegacyEncoding>();
  const decoded = blocks.map((block) => {
    const guess = detectEncoding(block, { minWords: 4 }).encoding ?? documentGuess;
    if (guess !== 'tcvn3' && guess !== 'vni') return block;
    const out = guess === 'tcvn3' ? decodeTcvn3(block) : decodeVni(block);
    if (out !== block) {
      changed++;
      used.add(guess);
    }
    return out;
  });
  if (changed === 0) return conversion;

  // Old block starts → new block starts, to carry the page spans over.
  const oldStarts: number[] = [];
  const newStarts: number[] = [];
  let o = 0;
  let n = 0;
  blocks.forEach((b, i) => {
    oldStarts.push(o);
    newStarts.push(n);
    o += b.length + 2;
    n += (decoded[i] ?? '').length + 2;
  });
  const markdown = decoded.join('\n\n');
  const move = (offset: number): number => {
    let i = oldStarts.length - 1;
    while (i > 0 && (oldStarts[i] ?? 0) > offset) i--;
    const within = offset - (oldStarts[i] ?? 0);
    const length = (decoded[i] ?? '').length;
    return Math.min(markdown.length, (newStarts[i] ?? 0) + Math.min(within, length));
  };
  const pages: PageSpan[] = conversion.pages.map((p) => ({ page: p.page, start: move(p.start), end: move(p.end) }));
  const warnings = [...used].map(
    (enc) => `legacy-encoding: Đã chuyển ${changed} đoạn văn từ bảng mã ${NAMES[enc]} sang Unicode (nhận biết theo thống kê ký tự).`,
  );
  return { ...conversion, markdown, pages, warnings: [...warnings, ...conversion.warnings] };
}
