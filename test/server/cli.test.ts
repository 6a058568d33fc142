/** `solieu user add` and `solieu token create/revoke` against a temp store (in-process). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { verifyPassword } from '../../src/server/auth/passwords.ts';
import { hashToken } from '../../src/server/auth/tokens.ts';
import { openStore } from '../../src/store/index.ts';

let dir = '';
let db = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'solieu-cli-users-'));
  db = join(dir, 'store.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env['SOLIEU_PASSWORD'];
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  return { out, err };
}

describe('solieu user add', () => {
  it('creates the first admin with an argon2 hash and audits it', async () => {
    const io = capture();
    expect(await main(['user', 'add', '--name', 'quan.tri', '--role', 'admin', '--password', 'mat-khau-rat-dai', '--db', db])).toBe(0);
    expect(io.out.join('')).toContain('Đã tạo tài khoản "quan.tri"');
    const store = await openStore(db);
    const user = (await store.getUserByName('quan.tri'))!;
    expect(user.role).toBe('admin');
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, 'mat-khau-rat-dai')).toBe(true);
    expect((await store.listAudit()).some((a) => a.action === 'user.create' && a.actor.startsWith('cli'))).toBe(true);
    await store.close();
  });

  it('takes the password from SOLIEU_PASSWORD; refuses short passwords, duplicates and bad roles', async () => {
    const io = capture();
    process.env['SOLIEU_PASSWORD'] = 'tu-bien-moi-truong';
    expect(await main(['user', 'add', '--name', 'chuyen.vien', '--role', 'analyst', '--db', db])).toBe(0);
    expect(await main(['user', 'add', '--name', 'chuyen.vien', '--role', 'analyst', '--db', db])).toBe(2);
    expect(io.err.join('')).toContain('đã tồn tại');
    expect(await main(['user', 'add', '--name', 'ngan', '--role', 'analyst', '--password', '123', '--db', db])).toBe(2);
    expect(io.err.join('')).toContain('mật khẩu tối thiểu 8 ký tự');
    expect(await main(['user', 'add', '--name', 'x1', '--role', 'boss', '--password', 'mat-khau-rat-dai', '--db', db])).toBe(2);
  });
});

describe('solieu token', () => {
  it('creates a token (printed once, stored hashed) and revokes it', async () => {
    const io = capture();
    expect(await main(['token', 'create', '--role', 'uploader', '--name', 'may-quet', '--db', db])).toBe(0);
    const token = io.out.join('').trim();
    expect(token).toMatch(/^slu_[\w-]{40,}$/);
    const store = await openStore(db);
    const stored = (await store.getTokenByHash(hashToken(token)))!;
    expect(stored).toMatchObject({ name: 'may-quet', role: 'uploader' });
    expect(await main(['token', 'revoke', String(stored.id), '--db', db])).toBe(0);
    expect(await store.getTokenByHash(hashToken(token))).toBeUndefined();
    expect(await main(['token', 'revoke', '9999', '--db', db])).toBe(2);
    expect(io.err.join('')).toContain('Không có mã truy cập số 9999');
    await store.close();
  });
});
