import { decodeLegacy, fontReading, type LegacyEncoding, type LegacyReading } from '../text/legacy-encoding.ts';
import { detectEncoding } from '../text/legacy-encoding-detect.ts';
import { isParagraph, type MDocument, type MNode, type MParagraph, type MText } from './docx-model.ts';
import type { StyleFonts } from './docx-legacy-fonts.ts';

interface LegacyRun extends MNode {
  type: 'run';
  font?: string | null;
  styleId?: string | null;
}

interface RunInfo {
  texts: MText[];
  paragraph: MParagraph | undefined;
  reading: LegacyReading | undefined;
}

// Letters a legacy 8-bit font cannot hold: a run that has them is Unicode whatever its font says.
const UNICODE_ONLY = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u0323]/;

const NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };

/**
 * Decode text typed in the pre-Unicode Vietnamese encodings, in place. A run set in a legacy font
 * (.VnTime, .VnTimeH, VNI-Times …, directly or through its styles) is decoded by that font's
 * encoding; runs in other fonts are decoded when the character statistics of their paragraph —
 * or, for short paragraphs, of the whole document — clearly say TCVN3 or VNI.
 * Returns a warning per encoding met ('' entries are never returned).
 */
export function decodeLegacyText(doc: MDocument, fonts: StyleFonts): string[] {
  const runs: RunInfo[] = [];
  collect(doc, undefined, fonts, runs);

  const counts: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
  const unknown: RunInfo[] = [];
  for (const run of runs) {
    if (run.reading === undefined) unknown.push(run);
    else if (decodeRun(run, run.reading)) counts[run.reading.encoding]++;
  }

  if (unknown.length > 0) {
    // A legacy font in the font table or styles makes a legacy reading of the rest more likely.
    const hinted = fonts.names.some((n) => fontReading(n) !== undefined);
    const options = hinted ? { margin: 0.15, minScore: 0.5 } : {};
    // The document's guess, for paragraphs too short to say: read only when one needs it.
    let documentGuess: { encoding: LegacyEncoding | 'unicode' | null } | undefined;
    const guessDocument = () => (documentGuess ??= detectEncoding(unknown.map(textOf).join(' '), options)).encoding;
    const byParagraph = new Map<MParagraph | undefined, RunInfo[]>();
    for (const run of unknown) byParagraph.set(run.paragraph, [...(byParagraph.get(run.paragraph) ?? []), run]);
    for (const group of byParagraph.values()) {
      const guess = detectEncoding(group.map(textOf).join(' '), { ...options, minWords: 4 }).encoding ?? guessDocument();
      if (guess !== 'tcvn3' && guess !== 'vni') continue;
      for (const run of group) if (decodeRun(run, { encoding: guess, caps: false })) counts[guess]++;
    }
  }

  return (Object.keys(counts) as LegacyEncoding[])
    .filter((enc) => counts[enc] > 0)
    .map((enc) => `legacy-encoding: Đã chuyển ${counts[enc]} đoạn chữ từ bảng mã ${NAMES[enc]} sang Unicode.`);
}

function collect(node: MNode, paragraph: MParagraph | undefined, fonts: StyleFonts, out: RunInfo[]): void {
  if (isParagraph(node)) paragraph = node;
  if (node.type === 'run') {
    const run = node as LegacyRun;
    const texts: MText[] = [];
    gatherTexts(run, texts);
    if (texts.length > 0) {
      const font = run.font ?? fonts.font(run.styleId, paragraph?.styleId);
      out.push({ texts, paragraph, reading: fontReading(font) });
    }
    return;
  }
  for (const child of node.children ?? []) collect(child, paragraph, fonts, out);
}

function gatherTexts(node: MNode, out: MText[]): void {
  if (node.type === 'text') out.push(node as MText);
  for (const child of node.children ?? []) gatherTexts(child, out);
}

const textOf = (run: RunInfo): string => run.texts.map((t) => t.value).join('');

/** Decode a run's text nodes; false when there was nothing to decode or it is already Unicode. */
function decodeRun(run: RunInfo, reading: LegacyReading): boolean {
  const text = textOf(run);
  if (!/[^\x00-\x7f]/.test(text) && !reading.caps) return false;
  if (UNICODE_ONLY.test(text)) return false;
  let changed = false;
  for (const t of run.texts) {
    // A lone U+00AD is how mammoth reads <w:softHyphen/>; in a legacy run it is still TCVN3's ư
    // (LibreOffice saves that letter as a soft hyphen, and Vietnamese has no use for hyphenation).
    const decoded = decodeLegacy(t.value, reading);
    if (decoded !== t.value) {
      t.value = decoded;
      changed = true;
    }
  }
  return changed;
}
