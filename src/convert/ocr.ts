/**
 * Scanned PDFs (no text layer) read by OCR: pages rasterised with poppler's `pdftoppm`, each read
 * by Tesseract with its Vietnamese data (`vie`) and, where installed, its English data (`eng`),
 * whose reading of figures is preferred (ocr-lines.ts). All three are optional system packages
 * (Debian: tesseract-ocr tesseract-ocr-vie poppler-utils); without them the caller keeps its
 * `no-text-layer` error.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findOnPath, runTool } from './external-tool.ts';
import { InputError } from './input-error.ts';
import { decodeGrayPng } from './ocr-ink.ts';
import { ocrLayout } from './ocr-layout.ts';
import { wordInk } from './ocr-lines.ts';
import type { Conversion } from './types.ts';

export interface OcrTools {
  pdftoppm: string;
  tesseract: string;
  pdfinfo: string | undefined;
  /** Tesseract also has its English data, whose reading of figures is the better one. */
  english?: boolean;
}

let toolsProbe: Promise<OcrTools | string> | undefined;

/** The OCR tools, or the Vietnamese reason they cannot be used (probed once per process). */
export function ocrTools(): Promise<OcrTools | string> {
  toolsProbe ??= probe();
  return toolsProbe;
}

async function probe(): Promise<OcrTools | string> {
  const pdftoppm = findOnPath('pdftoppm');
  const tesseract = findOnPath('tesseract');
  if (pdftoppm === undefined || tesseract === undefined) {
    return 'máy chủ chưa cài Tesseract OCR và poppler (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils)';
  }
  const langs = await runTool(tesseract, ['--list-langs'], { timeoutMs: 15_000 });
  const list = `${langs.stdout.toString('utf8')}\n${langs.stderr}`;
  if (!/^vie$/m.test(list)) {
    return 'Tesseract chưa có dữ liệu tiếng Việt (Debian/Ubuntu: apt-get install tesseract-ocr-vie)';
  }
  return { pdftoppm, tesseract, pdfinfo: findOnPath('pdfinfo'), english: /^eng$/m.test(list) };
}

export interface OcrOptions {
  maxPages: number;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Rasterisation resolution (default 300 dpi, what Tesseract is trained for). */
  dpi?: number;
}

export const OCR_WARNING =
  'ocr: Tệp PDF không có lớp chữ (bản quét); nội dung được nhận dạng bằng OCR (Tesseract, tiếng Việt) nên có thể sai sót — cần đối chiếu số liệu với bản gốc.';

/** Read a scanned PDF by OCR. Throws `conversion-timeout`, or `no-text-layer` when nothing is read. */
export async function ocrPdf(bytes: Uint8Array, tools: OcrTools, options: OcrOptions): Promise<Conversion> {
  const deadline = Date.now() + options.timeoutMs;
  const remaining = (): number => {
    const left = deadline - Date.now();
    if (left <= 0) throw ocrTimeout(options.timeoutMs);
    return left;
  };
  const dir = await mkdtemp(join(tmpdir(), 'solieu-ocr-'));
  try {
    const input = join(dir, 'input.pdf');
    await writeFile(input, bytes);
    const warnings = [OCR_WARNING];
    const dpi = options.dpi ?? 300;
    let last = options.maxPages;
    if (tools.pdfinfo !== undefined) {
      const info = await runTool(tools.pdfinfo, [input], { timeoutMs: remaining(), signal: options.signal });
      const total = Number(/^Pages:\s+(\d+)/m.exec(info.stdout.toString('latin1'))?.[1] ?? NaN);
      if (total > options.maxPages) {
        warnings.push(`Chỉ nhận dạng ${options.maxPages}/${total} trang đầu của tệp PDF (giới hạn số trang).`);
      }
    }
    const raster = await runTool(
      tools.pdftoppm,
      ['-r', String(dpi), '-gray', '-png', '-f', '1', '-l', String(last), input, join(dir, 'page')],
      { timeoutMs: remaining(), signal: options.signal },
    );
    if (raster.killed) throw ocrTimeout(options.timeoutMs);
    const images = (await readdir(dir))
      .filter((f) => /^page-\d+\.png$/.test(f))
      .sort((a, b) => pageNo(a) - pageNo(b));
    last = images.length;
    // Each page is read twice at once, in Vietnamese and, for its figures, in English (ocr-lines.ts).
    const read = async (image: string, lang: string): Promise<string> => {
      const r = await runTool(tools.tesseract, [join(dir, image), 'stdout', '-l', lang, '--psm', '3', 'tsv'], {
        timeoutMs: remaining(),
        signal: options.signal,
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      });
      if (r.killed) throw ocrTimeout(options.timeoutMs);
      return r.stdout.toString('utf8');
    };
    const texts: string[] = [];
    const english: (string | undefined)[] = [];
    const ink: ([number, number][] | undefined)[] = [];
    for (const image of images) {
      const [vie, eng] = await Promise.all([read(image, 'vie'), tools.english === true ? read(image, 'eng') : undefined]);
      texts.push(vie);
      english.push(eng);
      // The page's ink under each word, for bold (ocr-ink.ts); the image is not kept.
      const img = decodeGrayPng(await readFile(join(dir, image)));
      ink.push(img === undefined ? undefined : wordInk(vie, img));
    }
    const { markdown, pages } = ocrLayout(texts, dpi, english, ink);
    if (markdown.replace(/[^\p{L}]/gu, '').length < 20) {
      throw new InputError(
        'no-text-layer',
        'Tệp PDF không có lớp chữ (bản quét) và nhận dạng OCR không đọc được nội dung; hãy dùng bản .docx hoặc bản PDF xuất trực tiếp từ Word.',
      );
    }
    return { format: 'pdf', markdown, pages, warnings, origin: 'ocr' };
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

const pageNo = (f: string): number => Number(/(\d+)/.exec(f)?.[1] ?? 0);

function ocrTimeout(ms: number): InputError {
  return new InputError(
    'conversion-timeout',
    `Quá thời gian nhận dạng OCR tệp PDF bản quét (${Math.round(ms / 1000)} giây) ` +
      '(đặt SOLIEU_OCR_TIMEOUT_S để thay đổi giới hạn).',
  );
}
