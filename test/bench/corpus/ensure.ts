/**
 * The benchmark corpus, generated once and cached under test/bench/.corpus/ (gitignored):
 *   sizes/bench-{5,50,500}p.{docx,pdf}   one report per size (manual layout, like the seed)
 *   folder/r-NNN.{docx|pdf}              200 five-page reports, half .docx, half .pdf, three layouts
 * The .docx come from fixtures/lib/build-docx.ts over generated sources; the PDFs from LibreOffice.
 * A manifest records the corpus version; a version bump regenerates everything.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocx } from '../../../fixtures/lib/build-docx.ts';
import { toPdf } from '../../../fixtures/lib/pdf.ts';
import type { Layout } from '../../../fixtures/lib/types.ts';
import { reportSource } from './report-source.ts';

export const CORPUS_VERSION = 5;
export const SIZES = [5, 50, 500] as const;
export const FOLDER_COUNT = 200;

export const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '..', '.corpus');

export interface Corpus {
  sizes: { pages: number; docx: string; pdf: string | null }[];
  /** The 200-report folder (both formats when LibreOffice is present, else .docx only). */
  folder: string;
  folderFiles: string[];
  /** Five-page .docx of the folder, for reprocessing from Markdown. */
  folderDocx: string[];
  soffice: boolean;
  /** What was (re)built in this run, for the log. */
  built: string[];
}

export function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

async function writeDocx(path: string, pages: number, seed: number, layout: Layout, name: string): Promise<void> {
  const bytes = await buildDocx(reportSource({ pages, seed, layout, name }));
  writeFileSync(`${path}.tmp`, bytes);
  renameSync(`${path}.tmp`, path);
}

const LAYOUTS: Layout[] = ['manual', 'styles', 'autonumber'];

export async function ensureCorpus(log: (s: string) => void = () => undefined): Promise<Corpus> {
  const soffice = hasSoffice();
  const manifestPath = join(corpusDir, 'manifest.json');
  const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { version?: number }) : {};
  if (manifest.version !== CORPUS_VERSION) rmSync(corpusDir, { recursive: true, force: true });
  const sizesDir = join(corpusDir, 'sizes');
  const folder = join(corpusDir, 'folder');
  mkdirSync(sizesDir, { recursive: true });
  mkdirSync(folder, { recursive: true });
  const built: string[] = [];

  const sizes: Corpus['sizes'] = [];
  const sizePdfs: string[] = [];
  for (const pages of SIZES) {
    const base = join(sizesDir, `bench-${pages}p`);
    if (!existsSync(`${base}.docx`)) {
      log(`corpus: writing ${pages}-page .docx`);
      await writeDocx(`${base}.docx`, pages, 1000 + pages, 'manual', `bench-${pages}p`);
      rmSync(`${base}.pdf`, { force: true });
      built.push(`${base}.docx`);
    }
    if (soffice && !existsSync(`${base}.pdf`)) sizePdfs.push(`${base}.docx`);
    sizes.push({ pages, docx: `${base}.docx`, pdf: soffice ? `${base}.pdf` : null });
  }

  // Folder: even indexes stay .docx, odd ones are shipped as .pdf (their .docx kept aside).
  const asideDir = join(corpusDir, 'folder-docx');
  mkdirSync(asideDir, { recursive: true });
  const folderFiles: string[] = [];
  const folderDocx: string[] = [];
  const folderPdfs: string[] = [];
  for (let i = 0; i < FOLDER_COUNT; i++) {
    const name = `r-${String(i).padStart(3, '0')}`;
    const docx = join(asideDir, `${name}.docx`);
    if (!existsSync(docx)) {
      await writeDocx(docx, 5, 20_000 + i, LAYOUTS[i % 3] ?? 'manual', name);
      rmSync(join(folder, `${name}.pdf`), { force: true });
      rmSync(join(folder, `${name}.docx`), { force: true });
      built.push(docx);
    }
    folderDocx.push(docx);
    const wantPdf = soffice && i % 2 === 1;
    const target = join(folder, `${name}.${wantPdf ? 'pdf' : 'docx'}`);
    // One file per report: a leftover of the other format (a run with or without soffice) goes.
    rmSync(join(folder, `${name}.${wantPdf ? 'docx' : 'pdf'}`), { force: true });
    if (!wantPdf && !existsSync(target)) writeFileSync(target, readFileSync(docx));
    if (wantPdf && !existsSync(target)) folderPdfs.push(docx);
    folderFiles.push(target);
  }
  if (soffice && (sizePdfs.length > 0 || folderPdfs.length > 0)) {
    log(`corpus: LibreOffice → ${sizePdfs.length + folderPdfs.length} PDFs (once; cached afterwards)`);
    // Up to ~100 files in one LibreOffice run: a longer limit than the fixtures need.
    toPdf(sizePdfs, sizesDir, 900_000);
    toPdf(folderPdfs, folder, 900_000);
    built.push(...sizePdfs.map((p) => p.replace(/\.docx$/, '.pdf')));
    built.push(...folderPdfs.map((p) => join(folder, p.slice(asideDir.length + 1).replace(/\.docx$/, '.pdf'))));
  }
  if (!soffice) log('corpus: LibreOffice (soffice) not found — PDF rows are skipped and the folder holds .docx only');
  writeFileSync(manifestPath, JSON.stringify({ version: CORPUS_VERSION, soffice }, null, 1));
  return { sizes, folder, folderFiles, folderDocx, soffice, built };
}
