import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** A place in the normalized Markdown, for people (line:column) and for code (offsets). */
export const Place = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  section: z.string().optional(),
  text: z.string().optional(),
});
export type Place = z.infer<typeof Place>;

/** An inconsistency an analyst must look at (CONTRACT §4), shaped like a vfile message. */
export const Flag = z.object({
  check: z.string(),
  severity: Severity,
  message: z.string(),
  records: z.array(z.number().int().nonnegative()),
  expected: z.number().optional(),
  actual: z.number().optional(),
  place: Place.optional(),
  cause: Place.optional(),
  fingerprint: z.string(),
});
export type Flag = z.infer<typeof Flag>;
