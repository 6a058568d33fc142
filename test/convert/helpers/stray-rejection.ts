/**
 * Child of pdf-stray-rejection.test.ts: reads a PDF the way solieu does (pdf.js loaded), then leaves
 * a rejection unhandled — an error named as argv[2] says — and reports whether the process lived on.
 */
import { readFileSync } from 'node:fs';
import { convert } from '../../../src/convert/index.ts';

const conversion = await convert(readFileSync(new URL('../../../fixtures/reports/so-y-te-q1-2024.pdf', import.meta.url)));
const stray = new Error('Bad (uncompressed) XRef entry: 12R');
stray.name = process.argv[2] ?? 'Error';
void Promise.reject(stray);
await new Promise((resolve) => setTimeout(resolve, 100));
console.log(`alive ${conversion.format}`);
