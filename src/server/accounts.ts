/** Creating accounts and API tokens (CLI and admin page): validated, hashed, audited. */
import { z } from 'zod';
import { ROLES, type Role, type Store, type StoredToken, type StoredUser } from '../store/index.ts';
import { MIN_PASSWORD_LENGTH, hashPassword } from './auth/passwords.ts';
import { generateToken, hashToken } from './auth/tokens.ts';
import { badRequest } from './errors.ts';
import { parseInput } from './validate.ts';

const roleSchema = z.enum(ROLES as [Role, ...Role[]], { message: 'vai trò là uploader, analyst hoặc admin' });

export const NewUserInput = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'tên đăng nhập tối thiểu 2 ký tự')
    .max(64, 'tên đăng nhập tối đa 64 ký tự')
    .regex(/^[\p{L}\p{N}._@-]+$/u, 'tên đăng nhập chỉ gồm chữ, số và . _ @ -'),
  role: roleSchema,
  password: z.string().min(MIN_PASSWORD_LENGTH, `mật khẩu tối thiểu ${MIN_PASSWORD_LENGTH} ký tự`).max(1000),
});

export const NewTokenInput = z.object({
  name: z.string().trim().min(1, 'cần tên cho mã truy cập').max(100, 'tên tối đa 100 ký tự'),
  role: roleSchema,
});

export async function addUser(store: Store, input: unknown, actor: string): Promise<StoredUser> {
  const data = parseInput(NewUserInput, input, 'Tài khoản');
  if (await store.getUserByName(data.name)) throw badRequest(`Tên đăng nhập "${data.name}" đã tồn tại.`, 'user-exists');
  const user = await store.createUser({ name: data.name, role: data.role, passwordHash: await hashPassword(data.password) });
  await store.addAudit({ actor, action: 'user.create', detail: { name: user.name, role: user.role } });
  return user;
}

/** Returns the token itself once; only its hash is stored. */
export async function addToken(store: Store, input: unknown, actor: string): Promise<{ token: string; stored: StoredToken }> {
  const data = parseInput(NewTokenInput, input, 'Mã truy cập');
  const token = generateToken();
  const stored = await store.createToken({ name: data.name, role: data.role, tokenHash: hashToken(token) });
  await store.addAudit({ actor, action: 'token.create', detail: { id: stored.id, name: stored.name, role: stored.role } });
  return { token, stored };
}

export async function removeToken(store: Store, id: number, actor: string): Promise<void> {
  await store.revokeToken(id);
  await store.addAudit({ actor, action: 'token.revoke', detail: { id } });
}
