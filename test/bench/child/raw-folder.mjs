// The plain-script baseline for `solieu extract <folder>`: mammoth.extractRawText / pdf-parse getText
// over the same files, one after the other, in plain JavaScript (no tsx). Usage: node raw-folder.mjs <folder>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';

const dir = process.argv[2];
let chars = 0;
for (const name of readdirSync(dir).sort()) {
  const bytes = readFileSync(join(dir, name));
  if (name.endsWith('.pdf')) {
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    chars += (await parser.getText()).text.length;
    await parser.destroy();
  } else if (name.endsWith('.docx')) {
    chars += (await mammoth.extractRawText({ buffer: bytes })).value.length;
  }
}
console.log(JSON.stringify({ chars }));
