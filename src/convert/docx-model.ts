import mammoth from 'mammoth';
import { InputError } from './input-error.ts';
import { useLeanXmlReader } from './docx-mammoth-xml.ts';

/** The parts of mammoth's document model (lib/documents.js) that the Markdown writer reads. */
export interface MNode {
  type: string;
  children?: MNode[];
}
export interface MText extends MNode {
  type: 'text';
  value: string;
}
export interface MRun extends MNode {
  type: 'run';
  children: MNode[];
  isBold: boolean;
  isItalic: boolean;
  isAllCaps: boolean;
  /** The run's character style (w:rStyle), if any. */
  styleId?: string | null;
}
export interface MBreak extends MNode {
  type: 'break';
  breakType: string;
}
export interface MParagraph extends MNode {
  type: 'paragraph';
  children: MNode[];
  styleId: string | null;
  styleName: string | null;
  /** w:jc: "center", "right", "both" …; null when the paragraph sets none. */
  alignment?: string | null;
}
export interface MTableCell extends MNode {
  type: 'tableCell';
  children: MNode[];
  colSpan: number;
  rowSpan: number;
}
export interface MTableRow extends MNode {
  type: 'tableRow';
  children: MNode[];
}
export interface MTable extends MNode {
  type: 'table';
  children: MNode[];
}
export interface MDocument extends MNode {
  type: 'document';
  children: MNode[];
}

export const isParagraph = (n: MNode): n is MParagraph => n.type === 'paragraph';
export const isTable = (n: MNode): n is MTable => n.type === 'table';
export const isRow = (n: MNode): n is MTableRow => n.type === 'tableRow';
export const isCell = (n: MNode): n is MTableCell => n.type === 'tableCell';

export interface MammothReading {
  document: MDocument;
  messages: Array<{ type: string; message: string }>;
}

/**
 * Read a .docx into mammoth's document model. The model is captured in `transformDocument`
 * and an empty document is handed back, so mammoth spends no time writing HTML we would discard.
 */
export async function readMammothDocument(bytes: Uint8Array): Promise<MammothReading> {
  useLeanXmlReader();
  let captured: MDocument | undefined;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        includeDefaultStyleMap: false,
        transformDocument: (doc: MDocument) => {
          captured = doc;
          return { ...doc, children: [] };
        },
      },
    );
    if (captured === undefined) throw new Error('mammoth returned no document');
    return { document: captured, messages: result.messages };
  } catch (cause) {
    if (cause instanceof InputError) throw cause;
    throw new InputError('corrupt-docx', 'Tệp Word (.docx) bị hỏng: không đọc được nội dung văn bản.', { cause });
  }
}
