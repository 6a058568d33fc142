/** API tokens: random, shown once, stored only as their sha256. */
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'slu_';

export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
