/**
 * Limits on what one conversion may cost: file size, pages, time. Each comes from the
 * ConvertOptions, else from the environment, else from a default generous enough for a
 * 300-page report (a few MB of text, a minute of parsing).
 *
 * Environment: SOLIEU_MAX_FILE_MB, SOLIEU_MAX_PAGES, SOLIEU_MAX_XML_MB, SOLIEU_CONVERT_TIMEOUT_S,
 * SOLIEU_OCR_TIMEOUT_S, SOLIEU_OCR (0/false/off disables OCR).
 */
import { strFromU8, unzipSync } from 'fflate';
import { InputError } from './input-error.ts';
import type { ConvertOptions } from './types.ts';

export interface ConvertLimits {
  maxFileBytes: number;
  maxPages: number;
  maxDocxXmlBytes: number;
  timeoutMs: number;
  ocrTimeoutMs: number;
  ocr: boolean;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<ConvertLimits> = {
  maxFileBytes: 150 * MB,
  maxPages: 1000,
  maxDocxXmlBytes: 200 * MB,
  timeoutMs: 5 * 60_000,
  ocrTimeoutMs: 60 * 60_000,
  ocr: true,
};

type Env = Readonly<Record<string, string | undefined>>;

function positive(env: Env, name: string, scale: number): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? Math.round(n * scale) : undefined;
}

function flag(env: Env, name: string): boolean | undefined {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  return !['0', 'false', 'off', 'no'].includes(raw);
}

/** The limits in force: options first, then the environment, then the defaults. */
export function resolveLimits(options: ConvertOptions = {}, env: Env = process.env): ConvertLimits {
  return {
    maxFileBytes: options.maxFileBytes ?? positive(env, 'SOLIEU_MAX_FILE_MB', MB) ?? DEFAULT_LIMITS.maxFileBytes,
    maxPages: options.maxPages ?? positive(env, 'SOLIEU_MAX_PAGES', 1) ?? DEFAULT_LIMITS.maxPages,
    maxDocxXmlBytes:
      options.maxDocxXmlBytes ?? positive(env, 'SOLIEU_MAX_XML_MB', MB) ?? DEFAULT_LIMITS.maxDocxXmlBytes,
    timeoutMs: options.timeoutMs ?? positive(env, 'SOLIEU_CONVERT_TIMEOUT_S', 1000) ?? DEFAULT_LIMITS.timeoutMs,
    ocrTimeoutMs: options.ocrTimeoutMs ?? positive(env, 'SOLIEU_OCR_TIMEOUT_S', 1000) ?? DEFAULT_LIMITS.ocrTimeoutMs,
    ocr: options.ocr ?? flag(env, 'SOLIEU_OCR') ?? DEFAULT_LIMITS.ocr,
  };
}

const mb = (bytes: number): string => (bytes / MB).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

export function checkFileSize(size: number, limits: ConvertLimits): void {
  if (size > limits.maxFileBytes) {
    throw new InputError(
      'file-too-large',
      `Tệp quá lớn (${mb(size)} MB), vượt giới hạn ${mb(limits.maxFileBytes)} MB ` +
        '(đặt SOLIEU_MAX_FILE_MB để thay đổi giới hạn).',
    );
  }
}

export function tooManyPages(pages: number, limit: number): InputError {
  return new InputError(
    'too-many-pages',
    `Tài liệu có ${pages} trang, vượt giới hạn ${limit} trang (đặt SOLIEU_MAX_PAGES để thay đổi giới hạn).`,
  );
}

export function timedOut(ms: number): InputError {
  return new InputError(
    'conversion-timeout',
    `Quá thời gian chuyển đổi tệp (${Math.round(ms / 1000)} giây); tệp có thể bị hỏng hoặc quá phức tạp ` +
      '(đặt SOLIEU_CONVERT_TIMEOUT_S để thay đổi giới hạn).',
  );
}

/**
 * Run `work` under a time limit: the signal it gets is aborted when time is up, and the returned
 * promise rejects with `conversion-timeout` then, even if `work` never looks at the signal.
 */
export async function withTimeLimit<T>(
  ms: number,
  outer: AbortSignal | undefined,
  work: (signal: AbortSignal) => Promise<T>,
  onTimeout: () => InputError = () => timedOut(ms),
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const abortFromOuter = (): void => controller.abort(outer?.reason);
  outer?.addEventListener('abort', abortFromOuter, { once: true });
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = onTimeout();
      controller.abort(error);
      reject(error);
    }, ms);
    timer.unref?.();
  });
  try {
    return await Promise.race([work(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', abortFromOuter);
  }
}

/**
 * The page count Word saved in a .docx (docProps/app.xml `<Pages>`), or undefined when absent.
 * Only a hint — LibreOffice and generators often omit it — but it costs one small inflate.
 */
export function docxSavedPages(bytes: Uint8Array): number | undefined {
  try {
    const files = unzipSync(bytes, {
      filter: (f) => f.name === 'docProps/app.xml' && f.originalSize < 1024 * 1024,
    });
    const app = files['docProps/app.xml'];
    if (app === undefined) return undefined;
    const m = /<Pages>\s*(\d+)\s*<\/Pages>/.exec(strFromU8(app));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}
