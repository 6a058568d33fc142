/** Password hashing with argon2id (@node-rs/argon2, its defaults: 19 MiB, 2 passes). */
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 8;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'));
}

let dummy: Promise<string> | undefined;

/** Verifies; for an unknown user pass `undefined` — a dummy hash is checked so timing tells nothing. */
export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  const target = passwordHash ?? (await (dummy ??= hash('solieu-dummy-password')));
  try {
    const ok = await verify(target, password.normalize('NFC'));
    return ok && passwordHash !== undefined;
  } catch {
    return false;
  }
}
