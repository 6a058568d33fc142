/** Small Vietnamese reports written for these tests (npm `docx`), with or without planted problems. */
import { Document, Packer, Paragraph, TextRun } from 'docx';

export interface ReportSpec {
  agencyLine?: string;
  provinceLine?: string;
  periodLabel?: string;
  date?: string;
  /** Body paragraphs after the first heading. */
  body: string[];
}

export async function makeReport(spec: ReportSpec): Promise<Uint8Array> {
  const lines: { text: string; bold?: boolean }[] = [
    { text: spec.provinceLine ?? 'UBND TỈNH NINH BÌNH' },
    { text: spec.agencyLine ?? 'SỞ TƯ PHÁP', bold: true },
    { text: 'Số: 88/BC-STP' },
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true },
    { text: 'Độc lập - Tự do - Hạnh phúc', bold: true },
    { text: `Ninh Bình, ngày ${spec.date ?? '24 tháng 3 năm 2023'}` },
    { text: 'BÁO CÁO', bold: true },
    { text: `Kết quả công tác cải cách hành chính ${spec.periodLabel ?? 'quý I năm 2023'}`, bold: true },
    { text: 'I. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', bold: true },
    ...spec.body.map((text) => ({ text })),
  ];
  const doc = new Document({
    sections: [
      {
        children: lines.map(
          (l) => new Paragraph({ children: [new TextRun({ text: l.text, bold: l.bold ?? false, font: 'Times New Roman', size: 26 })] }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Fields that add up to more than the stated total: a sum-mismatch error. */
export const PARTS_EXCEED = [
  'Trong quý, Bộ phận một cửa của Sở đã tiếp nhận 70 hồ sơ, cụ thể như sau:',
  '+ Lĩnh vực Chứng thực: 48 hồ sơ.',
  '+ Lĩnh vực Luật sư: 31 hồ sơ.',
];

/** Fields that add up. */
export const PARTS_ADD_UP = [
  'Trong quý, Bộ phận một cửa của Sở đã tiếp nhận 70 hồ sơ, cụ thể như sau:',
  '+ Lĩnh vực Chứng thực: 45 hồ sơ.',
  '+ Lĩnh vực Luật sư: 25 hồ sơ.',
];

/** Markup in the text: must come out as text, never as HTML. */
export const SCRIPT_TEXT = 'Ghi chú của đơn vị <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned=2"> về tình hình hồ sơ.';
