/**
 * Sessions as signed cookies (HttpOnly, SameSite=Lax, Secure when configured): the cookie holds
 * the user name and an expiry, signed with the server secret. The user is read from the store on
 * every request, so a disabled account is locked out at once. API requests use Bearer tokens only.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import type { AppContext, AuthUser } from '../context.ts';
import { hashToken } from './tokens.ts';

export const SESSION_COOKIE = 'solieu_session';

interface SessionPayload {
  n: string;
  e: number;
}

export function startSession(reply: FastifyReply, ctx: AppContext, name: string): void {
  const payload: SessionPayload = { n: name, e: Date.now() + ctx.sessionMs };
  reply.setCookie(SESSION_COOKIE, Buffer.from(JSON.stringify(payload)).toString('base64url'), {
    signed: true,
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.secureCookies,
    path: '/',
    maxAge: Math.floor(ctx.sessionMs / 1000),
  });
}

export function endSession(reply: FastifyReply, ctx: AppContext): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: ctx.secureCookies });
}

function readSession(req: FastifyRequest): SessionPayload | null {
  const raw = req.cookies[SESSION_COOKIE];
  if (!raw) return null;
  const unsigned = req.unsignCookie(raw);
  if (!unsigned.valid || unsigned.value === null) return null;
  try {
    const payload = JSON.parse(Buffer.from(unsigned.value, 'base64url').toString('utf8')) as SessionPayload;
    return typeof payload.n === 'string' && typeof payload.e === 'number' && payload.e > Date.now() ? payload : null;
  } catch {
    return null;
  }
}

export async function userFromSession(req: FastifyRequest, ctx: AppContext): Promise<AuthUser | null> {
  const session = readSession(req);
  if (!session) return null;
  const user = await ctx.store.getUserByName(session.n);
  return user && !user.disabled ? { name: user.name, role: user.role, via: 'session' } : null;
}

export async function userFromToken(req: FastifyRequest, ctx: AppContext): Promise<AuthUser | null> {
  const header = req.headers.authorization;
  const m = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!m) return null;
  const token = await ctx.store.getTokenByHash(hashToken(m[1]!));
  return token ? { name: `token:${token.name}`, role: token.role, via: 'token' } : null;
}
