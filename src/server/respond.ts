import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/csrf-protection';
import type { Html } from './html.ts';
import { layout } from './views/layout.ts';

export interface SendPage {
  title: string;
  body: Html;
  active?: string;
  status?: number;
  notice?: string | null;
  error?: string | null;
}

/** Non-empty (the csrf library refuses an empty one); ':' never appears in a user name. */
export const csrfUserInfo = (req: FastifyRequest): string => req.user?.name ?? ':anonymous';

const tokens = new WeakMap<FastifyRequest, string>();

/**
 * A CSRF token bound to the signed-in user (empty user before login). Made once per request:
 * a second generateCsrf in the same request would set a second, different secret cookie.
 */
export function csrfToken(req: FastifyRequest, reply: FastifyReply): string {
  let token = tokens.get(req);
  if (token === undefined) {
    token = reply.generateCsrf({ userInfo: csrfUserInfo(req) });
    tokens.set(req, token);
  }
  return token;
}

export function sendPage(req: FastifyRequest, reply: FastifyReply, page: SendPage): FastifyReply {
  const csrf = csrfToken(req, reply);
  return reply
    .status(page.status ?? 200)
    .type('text/html; charset=utf-8')
    .send(layout({ title: page.title, body: page.body, user: req.user, csrf, active: page.active, notice: page.notice ?? null, error: page.error ?? null }));
}
