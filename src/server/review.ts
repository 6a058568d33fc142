/** An analyst's decision on a flag, from the page or the API: validated, stored by fingerprint, audited. */
import { z } from 'zod';
import { findFlagView } from '../export/index.ts';
import type { StoredReview } from '../store/index.ts';
import { parseNumberToken } from '../text/numbers.ts';
import type { AppContext, AuthUser } from './context.ts';
import { badRequest, notFound } from './errors.ts';
import { parseInput } from './validate.ts';

function toNumber(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trim().replace(/\s|%$/g, '');
  if (t === '') return undefined;
  if (!/^-?\d[\d.,]*$/.test(t)) return Number.NaN;
  const negative = t.startsWith('-');
  const n = parseNumberToken(negative ? t.slice(1) : t, true);
  return negative ? -n : n;
}

export const ReviewInput = z
  .object({
    decision: z.enum(['confirmed', 'dismissed', 'corrected'], {
      message: 'quyết định phải là confirmed (xác nhận), dismissed (bỏ qua) hoặc corrected (sửa giá trị)',
    }),
    reason: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.string({ message: 'lý do phải là chuỗi' }).trim().max(2000, 'lý do tối đa 2000 ký tự').optional(),
    ),
    value: z.preprocess(toNumber, z.number({ message: 'giá trị phải là một số' }).finite('giá trị phải là một số').optional()),
  })
  .superRefine((input, ctx) => {
    if (input.decision === 'dismissed' && !input.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'cần nêu lý do khi bỏ qua cảnh báo' });
    }
    if (input.decision === 'corrected' && input.value === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'cần nhập giá trị đúng khi sửa giá trị' });
    }
  });
export type ReviewInput = z.infer<typeof ReviewInput>;

export async function reviewFlag(ctx: AppContext, user: AuthUser, fingerprint: string, body: unknown): Promise<StoredReview> {
  const input = parseInput(ReviewInput, body, 'Quyết định');
  const view = await findFlagView(ctx.store, fingerprint, undefined, ctx.flagCache);
  if (!view) throw notFound('Không tìm thấy cảnh báo với mã này.');
  if (view.status === 'resolved') {
    throw badRequest('Cảnh báo này đã hết theo quy tắc mới; không cần quyết định nữa.', 'flag-resolved');
  }
  const review = await ctx.store.addReview({
    documentId: view.document.id,
    fingerprint,
    check: view.flag.check,
    decision: input.decision,
    correctedValue: input.decision === 'corrected' ? (input.value ?? null) : null,
    reason: input.reason ?? null,
    reviewer: user.name,
  });
  await ctx.store.addAudit({
    actor: user.name,
    action: 'flag.review',
    detail: {
      fingerprint,
      documentId: view.document.id,
      check: view.flag.check,
      decision: input.decision,
      ...(input.reason ? { reason: input.reason } : {}),
      ...(review.correctedValue !== null ? { value: review.correctedValue } : {}),
      reviewId: review.id,
    },
  });
  return review;
}
