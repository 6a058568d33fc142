/**
 * The review app and its JSON API: one Fastify instance over a store and a pipeline bridge.
 * Pages are rendered on the server (escaping template), with one small script; every response
 * carries a strict Content-Security-Policy (no inline script), so report text can never run.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Store } from '../store/index.ts';
import { userFromSession, userFromToken } from './auth/session.ts';
import { csrfUserInfo } from './respond.ts';
import type { AppContext } from './context.ts';
import { errorHandler, isApi, notFoundHandler } from './error-handler.ts';
import { createPipelineBridge, type PipelineBridge } from './pipeline-bridge.ts';
import { adminRoutes } from './routes/admin.ts';
import { apiRoutes } from './routes/api.ts';
import { authRoutes } from './routes/auth.ts';
import { exportRoutes } from './routes/export.ts';
import { flagRoutes } from './routes/flags.ts';
import { matrixRoutes } from './routes/matrix.ts';
import { reportRoutes } from './routes/reports.ts';
import { uploadRoutes } from './routes/upload.ts';
import { uploadLimits, type UploadLimits } from './upload/limits.ts';

export interface AppOptions {
  store: Store;
  /** Where uploads and reprocessing go; in-process by default. */
  bridge?: PipelineBridge;
  /** Signs session and CSRF cookies (≥ 32 chars). Default: SOLIEU_SECRET, else random per process. */
  secret?: string;
  /** Mark cookies Secure (serve over HTTPS). Default: SOLIEU_COOKIE_SECURE=1. */
  secureCookies?: boolean;
  /** Session length; default 12 hours. */
  sessionHours?: number;
  limits?: UploadLimits;
  logger?: FastifyServerOptions['logger'];
  /** Trust X-Forwarded-* (behind a reverse proxy). */
  trustProxy?: boolean;
}

const ASSETS = new URL('./assets/', import.meta.url);
const asset = (name: string) => readFileSync(new URL(name, ASSETS));

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
  "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export function resolveSecret(secret: string | undefined): { secret: string; generated: boolean } {
  const s = secret ?? process.env['SOLIEU_SECRET'];
  if (s && s.length >= 32) return { secret: s, generated: false };
  if (s) throw new Error('SOLIEU_SECRET phải dài ít nhất 32 ký tự.');
  return { secret: randomBytes(32).toString('base64url'), generated: true };
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { secret, generated } = resolveSecret(options.secret);
  const limits = options.limits ?? uploadLimits();
  const ctx: AppContext = {
    store: options.store,
    bridge: options.bridge ?? createPipelineBridge(options.store),
    limits,
    flagCache: new Map(),
    sessionMs: (options.sessionHours ?? 12) * 3600_000,
    secureCookies: options.secureCookies ?? process.env['SOLIEU_COOKIE_SECURE'] === '1',
  };

  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
  });
  if (generated) app.log.warn('SOLIEU_SECRET chưa đặt: dùng khóa ngẫu nhiên, phiên đăng nhập mất khi khởi động lại.');

  await app.register(cookie, { secret });
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  await app.register(multipart, { limits: { fileSize: Math.max(limits.maxFileBytes, limits.maxZipBytes), files: limits.maxFiles } });
  await app.register(csrf, {
    cookieKey: 'solieu_csrf',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, signed: true, secure: ctx.secureCookies },
    getUserInfo: csrfUserInfo,
    csrfOpts: { hmacKey: secret },
  });

  app.decorateRequest('user', null);
  app.addHook('onRequest', async (req) => {
    if (req.url.startsWith('/assets/')) return;
    req.user = isApi(req) ? await userFromToken(req, ctx) : await userFromSession(req, ctx);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    if (!req.url.startsWith('/assets/')) reply.header('cache-control', 'no-store');
    return payload;
  });
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);

  const css = asset('app.css');
  const js = asset('app.js');
  app.get('/assets/app.css', async (_req, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300').send(css));
  app.get('/assets/app.js', async (_req, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=300').send(js),
  );
  app.get('/healthz', async () => ({ ok: true }));

  authRoutes(app, ctx);
  matrixRoutes(app, ctx);
  uploadRoutes(app, ctx);
  reportRoutes(app, ctx);
  flagRoutes(app, ctx);
  exportRoutes(app, ctx);
  adminRoutes(app, ctx);
  apiRoutes(app, ctx);

  app.addHook('onClose', async () => {
    await ctx.bridge.close();
  });
  return app;
}
