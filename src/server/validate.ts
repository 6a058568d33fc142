/** zod at the edge: input that does not fit becomes a 400 with a message saying what is wrong, in Vietnamese. */
import { z } from 'zod';
import { badRequest } from './errors.ts';

export function parseInput<T extends z.ZodType>(schema: T, data: unknown, what = 'Tham số'): z.infer<T> {
  const result = schema.safeParse(data ?? {});
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `"${path}": ${issue.message}` : issue.message;
  });
  throw badRequest(`${what} không hợp lệ — ${details.join('; ')}`, 'invalid-input');
}

/** Canonical periods (CONTRACT §1): 2022-Q1, 2022-H1, 2022-9M, 2022, 2022-03. */
export const periodSchema = z
  .string()
  .trim()
  .regex(/^\d{4}(-(Q[1-4]|H[12]|9M|0[1-9]|1[0-2]))?$/, 'kỳ phải có dạng 2022-Q1, 2022-H1, 2022-9M, 2022 hoặc 2022-03');

/** An optional query parameter: empty means absent. */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

export const idSchema = z.coerce.number({ message: 'mã phải là số nguyên dương' }).int('mã phải là số nguyên dương').positive('mã phải là số nguyên dương');

export const fingerprintSchema = z.string().regex(/^[0-9a-f]{8,64}$/, 'mã cảnh báo (fingerprint) phải là chuỗi hex');
