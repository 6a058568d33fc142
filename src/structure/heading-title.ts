/** Where a numbered block's title ends and its inline content begins. */
export interface TitleSpan {
  titleStart: number;
  titleEnd: number;
  contentStart: number;
  /** The title is bold (the block is wholly bold, or its leading run after the number is). */
  bold: boolean;
  /** The title was cut from inline content (at a colon or at the end of a bold run). */
  split: boolean;
}

const TRAILING = /[\s:;.,\-–]+$/;
const MAX_SPLIT_TITLE = 160;

function trimEndAt(text: string, from: number, to: number): number {
  const m = TRAILING.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

function skipSeparators(text: string, i: number): number {
  while (i < text.length && /[\s:.\-–]/.test(text[i] as string)) i++;
  return i;
}

/** End of the leading bold run from `from` (spaces may sit inside it), or -1 when not bold. */
function boldRunEnd(text: string, bold: Uint8Array, from: number): number {
  let i = from;
  while (i < text.length && text[i] === ' ') i++;
  if (bold[i] !== 1) return -1;
  let end = i;
  for (; i < text.length; i++) {
    if (bold[i] === 1) end = i + 1;
    else if (text[i] !== ' ') break;
  }
  return end;
}

/** The first colon that ends a title ("Tiêu đề: nội dung" or "Tiêu đề:"), or -1. */
function titleColon(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_SPLIT_TITLE);
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === ';') return -1;
    if (c === ':' && (i + 1 === text.length || /\s/.test(text[i + 1] as string))) return i;
  }
  return -1;
}

/** Cut a numbered block into its title and inline content. */
export function titleSpan(text: string, bold: Uint8Array, titleStart: number, wholeBold: boolean): TitleSpan {
  const runEnd = wholeBold ? text.length : boldRunEnd(text, bold, titleStart);
  const partialBold = runEnd > titleStart && runEnd < text.length;
  const colon = titleColon(text, titleStart);
  if (partialBold && (colon < 0 || colon >= runEnd)) {
    // The bold run is the title ("**1. Cải cách thể chế.** Trong quý …").
    const titleEnd = trimEndAt(text, titleStart, runEnd);
    if (titleEnd > titleStart) {
      return { titleStart, titleEnd, contentStart: skipSeparators(text, runEnd), bold: true, split: true };
    }
  }
  if (colon > titleStart) {
    const titleEnd = trimEndAt(text, titleStart, colon);
    const contentStart = skipSeparators(text, colon + 1);
    return { titleStart, titleEnd, contentStart, bold: runEnd >= colon, split: contentStart < text.length };
  }
  return {
    titleStart,
    titleEnd: trimEndAt(text, titleStart, text.length),
    contentStart: text.length,
    bold: runEnd === text.length || wholeBold,
    split: false,
  };
}
