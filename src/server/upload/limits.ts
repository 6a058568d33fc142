/** Upload limits, from the environment or defaults (SOLIEU_UPLOAD_MAX_MB, SOLIEU_UPLOAD_MAX_FILES, SOLIEU_ZIP_MAX_MB). */
export interface UploadLimits {
  /** One report file (.docx/.pdf/.doc/.odt), inside a zip or not. */
  maxFileBytes: number;
  /** One uploaded .zip (compressed). */
  maxZipBytes: number;
  /** Files in one request, and entries in one zip. */
  maxFiles: number;
  /** Everything a zip may inflate to. */
  maxZipInflatedBytes: number;
}

const MB = 1024 * 1024;

function positive(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return raw !== undefined && raw.trim() !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
}

export function uploadLimits(env: NodeJS.ProcessEnv = process.env): UploadLimits {
  return {
    maxFileBytes: Math.round(positive(env['SOLIEU_UPLOAD_MAX_MB'], 50) * MB),
    maxZipBytes: Math.round(positive(env['SOLIEU_ZIP_MAX_MB'], 200) * MB),
    maxFiles: Math.round(positive(env['SOLIEU_UPLOAD_MAX_FILES'], 500)),
    maxZipInflatedBytes: Math.round(positive(env['SOLIEU_ZIP_MAX_INFLATED_MB'], 1024) * MB),
  };
}
