/**
 * Peak RSS of one conversion in this fresh process. Usage: peak-rss.ts <raw|solieu|idle> <file>
 * raw: mammoth.extractRawText / pdf-parse getText; solieu: processReport; idle: load solieu, read nothing.
 * Prints JSON: { maxRss (bytes, from getrusage), ms }.
 */
import { readFileSync } from 'node:fs';

const [mode = 'solieu', file = ''] = process.argv.slice(2);
const t = performance.now();
if (mode === 'raw') {
  const bytes = readFileSync(file);
  if (file.endsWith('.pdf')) {
    const { PDFParse } = await import('pdf-parse');
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    await parser.getText();
    await parser.destroy();
  } else {
    const mammoth = (await import('mammoth')).default;
    await mammoth.extractRawText({ buffer: bytes });
  }
} else {
  const { processReport } = await import('../../../pipelines/process-report.ts');
  if (mode === 'solieu') {
    const { report } = await processReport(readFileSync(file), file);
    if (report.errors.length > 0) throw new Error(JSON.stringify(report.errors));
  }
}
console.log(JSON.stringify({ maxRss: process.resourceUsage().maxRSS * 1024, ms: performance.now() - t }));
