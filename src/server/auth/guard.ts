/** Route guards: pages send people to the login page, the API answers 401 / 403 as JSON. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../store/index.ts';
import { forbidden, unauthorized } from '../errors.ts';
import { ROLE_LABELS, roleAllows } from './roles.ts';

function forbiddenFor(role: Role) {
  return forbidden(`Thao tác này cần quyền "${ROLE_LABELS[role]}" trở lên.`);
}

export function pageRole(role: Role) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!req.user) {
      const next = req.method === 'GET' ? `?next=${encodeURIComponent(req.url)}` : '';
      await reply.redirect(`/login${next}`, 303);
      return;
    }
    if (!roleAllows(req.user.role, role)) throw forbiddenFor(role);
  };
}

export function apiRole(role: Role) {
  return async (req: FastifyRequest): Promise<void> => {
    if (!req.user) throw unauthorized();
    if (!roleAllows(req.user.role, role)) throw forbiddenFor(role);
  };
}
