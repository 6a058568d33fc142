/**
 * A plain many-page PDF written by hand (Times-Roman, WinAnsi text, uncompressed), to show that a
 * long report passes the default limits without committing megabytes of fixture.
 */
export function longPdf(pageCount: number, linesPerPage = 40): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('PAGES');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (let p = 1; p <= pageCount; p++) {
    const lines: string[] = ['BT', '/F1 12 Tf', '14 TL', '60 780 Td'];
    for (let l = 1; l <= linesPerPage; l++) {
      const text =
        l === 1
          ? `Trang ${p}: Ket qua cong tac cai cach hanh chinh, phan ${p}.`
          : `Trong ky, don vi so ${p}.${l} tiep nhan ${100 + ((p * 7 + l) % 900)} ho so va da giai quyet dung han.`;
      lines.push(`(${text}) '`);
    }
    lines.push('ET');
    const stream = lines.join('\n');
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`),
    );
  }
  objects[1] = `<< /Type /Pages /Count ${pageCount} /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] >>`;

  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
