import { z } from 'zod';
import { Record } from './record.ts';
import { Flag } from './flag.ts';

export const Canonical = z.enum([
  'direction',
  'institutions',
  'procedures',
  'organization',
  'civil_service',
  'public_finance',
  'digital_government',
  'assessment',
  'plan',
  'proposals',
]);
export type Canonical = z.infer<typeof Canonical>;

export interface Section {
  number: string;
  title: string;
  level: number;
  canonical: Canonical | null;
  children: Section[];
}
export const Section: z.ZodType<Section> = z.lazy(() =>
  z.object({
    number: z.string(),
    title: z.string(),
    level: z.number().int().positive(),
    canonical: Canonical.nullable(),
    children: z.array(Section),
  }),
);

/** An input error: a file that cannot be read, with a stable code. Never a finding. */
export const InputErrorInfo = z.object({ code: z.string(), message: z.string() });
export type InputErrorInfo = z.infer<typeof InputErrorInfo>;

export const Format = z.enum(['docx', 'pdf', 'doc', 'odt', 'txt', 'unknown']);
export type Format = z.infer<typeof Format>;

/** One report as printed by `solieu extract --format json` (CONTRACT §5). */
export const Report = z.object({
  source: z.string(),
  sha256: z.string(),
  format: Format,
  agency: z.string().nullable(),
  province: z.string().nullable(),
  period: z.string().nullable(),
  periodLabel: z.string().nullable(),
  documentNumber: z.string().nullable().optional(),
  documentDate: z.string().nullable().optional(),
  sections: z.array(Section),
  records: z.array(Record),
  flags: z.array(Flag),
  errors: z.array(InputErrorInfo),
});
export type Report = z.infer<typeof Report>;
