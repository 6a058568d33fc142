/**
 * A file that cannot be read as a report. Carries a stable `code` (e.g. `encrypted-pdf`,
 * `corrupt-docx`, `unsupported-format`) and a Vietnamese message for people.
 * Input errors are never findings: pipelines turn them into a Report's `errors`,
 * workers fail the job without retrying.
 */
export class InputError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InputError';
    this.code = code;
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
