import { ListCounter, type NumberLabel } from './docx-list-counter.ts';
import { parseNumbering } from './docx-numbering.ts';
import { parseStyles } from './docx-styles.ts';
import { childVal, decodeEntities, stripElements } from './docx-xml.ts';
import type { DocxParts } from './docx-zip.ts';
import { matchKey } from './docx-match-key.ts';

/** A w:p of document.xml in document order: a text key to align it with mammoth, and its number. */
export interface XmlParagraph {
  key: string;
  label: NumberLabel | undefined;
  /**
   * The paragraph's style makes its text bold and no run of it turns bold off: its runs are bold
   * although mammoth, which reads only a run's own properties, says they are not.
   */
  styleBold?: boolean;
}

/** Our own reading of document.xml. */
export interface XmlReading {
  paragraphs: XmlParagraph[];
  /** Character styles that make their runs bold ("Strong"), which mammoth does not apply. */
  boldCharacterStyles: ReadonlySet<string>;
}

// One pass over the XML: paragraph open (incl. self-closing), paragraph close, properties, text.
// A run property turning bold off (a paragraph's own w:pPr is taken whole before it can match).
const TOKEN_RE =
  /<w:p(?=[\s/>])[^>]*?(\/?)>|(<\/w:p>)|<w:pPr(?:\s[^>]*)?>([\s\S]*?)<\/w:pPr>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|(<w:b\s+w:val=["'](?:0|false|off)["']\s*\/>)/g;
const NUMPR_RE = /<w:numPr>([\s\S]*?)<\/w:numPr>/;
const DELETED_MARK_RE = /<w:rPr(?:\s[^>]*)?>[\s\S]*?<w:del(?=[\s/>])/;

interface Pending {
  text: string;
  pPr: string | undefined;
  /** A run turns bold off explicitly. */
  unbold: boolean;
}

/**
 * The paragraphs of document.xml (body, tables, text boxes) in the order mammoth emits them,
 * each with the automatic number Word would render for it, and the bold character styles.
 */
export function readXmlDocument(parts: DocxParts): XmlReading {
  const styles = parseStyles(parts.styles);
  const defs = parseNumbering(parts.numbering, styles.numberingLinks);
  const counter = new ListCounter(defs);
  let xml = parts.document;
  // Content Word does not show in the final view, or that mammoth skips: alternative renderings,
  // tracked-change history, moved-away text.
  for (const tag of ['mc:Choice', 'w:pPrChange', 'w:rPrChange', 'w:numberingChange', 'w:moveFrom']) {
    xml = stripElements(xml, tag);
  }

  const ordered: Pending[] = [];
  const stack: Pending[] = [];
  for (const m of xml.matchAll(TOKEN_RE)) {
    if (m[1] !== undefined) {
      const p: Pending = { text: '', pPr: undefined, unbold: false };
      ordered.push(p);
      if (m[1] !== '/') stack.push(p);
    } else if (m[2] !== undefined) {
      stack.pop();
    } else if (m[3] !== undefined) {
      const top = stack[stack.length - 1];
      if (top !== undefined && top.pPr === undefined) top.pPr = m[3];
    } else if (m[4] !== undefined) {
      const top = stack[stack.length - 1];
      if (top !== undefined) top.text += m[4];
    } else if (m[5] !== undefined) {
      const top = stack[stack.length - 1];
      if (top !== undefined) top.unbold = true;
    }
  }

  const out: XmlParagraph[] = [];
  let carried = '';
  for (const p of ordered) {
    const pPr = p.pPr ?? '';
    // A deleted paragraph mark merges the paragraph into the next one (as mammoth does).
    if (DELETED_MARK_RE.test(pPr)) {
      carried += p.text;
      continue;
    }
    const text = carried + p.text;
    carried = '';
    const paragraph: XmlParagraph = { key: matchKey(decodeEntities(text)), label: numberParagraph(pPr) };
    if (!p.unbold && styles.paragraphBold(childVal(pPr, 'w:pStyle'))) paragraph.styleBold = true;
    out.push(paragraph);
  }
  return { paragraphs: out, boldCharacterStyles: styles.boldCharacterStyles };

  function numberParagraph(pPr: string): NumberLabel | undefined {
    const numPr = NUMPR_RE.exec(pPr)?.[1];
    const styleId = childVal(pPr, 'w:pStyle');
    const direct = numPr === undefined ? undefined : childVal(numPr, 'w:numId');
    const directLvl = numPr === undefined ? undefined : childVal(numPr, 'w:ilvl');
    if (direct === undefined && styleId === undefined) return undefined;
    const fromStyle = styleId === undefined ? undefined : styles.paragraphNumbering(styleId);
    const numId = direct ?? fromStyle?.numId;
    if (numId === undefined || numId === '0') return undefined;
    let ilvl = directLvl !== undefined ? Number(directLvl) : fromStyle?.ilvl;
    if (ilvl === undefined && styleId !== undefined) ilvl = defs.levelForStyle(numId, styleId);
    ilvl ??= 0;
    if (!Number.isInteger(ilvl) || ilvl < 0 || ilvl > 8) return undefined;
    return counter.next(numId, ilvl);
  }
}
