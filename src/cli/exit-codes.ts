/** Exit codes of every solieu command. */
export const EXIT = {
  /** Done; no error-level flag. */
  ok: 0,
  /** Done; at least one error-level flag was raised. */
  errorFlags: 1,
  /** Failed: bad arguments, or no input could be read. */
  failure: 2,
} as const;
