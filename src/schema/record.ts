import { z } from 'zod';

/** Units of CONTRACT §3. */
export const Unit = z.enum(['dossier', 'procedure', 'percent', 'person', 'unit', 'document', 'case', 'vnd']);
export type Unit = z.infer<typeof Unit>;

export const Dimensions = z
  .object({
    field: z.string().min(1).optional(),
    channel: z.enum(['online', 'postal', 'direct']).optional(),
    mechanism: z.enum(['one_stop', 'interlinked']).optional(),
    level: z.enum(['3', '4', '3-4', 'full', 'partial']).optional(),
    degree: z.enum(['doctorate', 'master', 'bachelor', 'college', 'other']).optional(),
    status: z.enum(['proposed', 'draft', 'planned']).optional(),
    tier: z.enum(['province', 'district', 'commune']).optional(),
    type: z.string().min(1).optional(),
    subject: z.string().min(1).optional(),
  })
  .strict();
export type Dimensions = z.infer<typeof Dimensions>;

export const Qualifier = z.enum(['over', 'under', 'about']);
export type Qualifier = z.infer<typeof Qualifier>;

/** One figure stated in the text (CONTRACT §3). */
export const Record = z.object({
  metric: z.string().regex(/^[a-z_]+\.[a-z_]+$/),
  value: z.number().finite(),
  unit: Unit,
  dimensions: Dimensions,
  qualifier: Qualifier.optional(),
  section: z.string(),
  canonicalSection: z.string().nullable(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /**
   * Markdown offsets [figureStart, figureEnd) of the figure itself inside the sentence (solieu's
   * addition to CONTRACT §3: optional, absent in records made elsewhere).
   */
  figureStart: z.number().int().nonnegative().optional(),
  figureEnd: z.number().int().nonnegative().optional(),
  page: z.number().int().positive().optional(),
  rule: z.string(),
  confidence: z.number().min(0).max(1),
});
export type Record = z.infer<typeof Record>;
