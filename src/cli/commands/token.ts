import { Command, Option } from 'commander';
import { dbOption } from '../options.ts';
import { cliActor } from './user.ts';

interface CreateOptions {
  role: string;
  name?: string;
  db?: string;
}

export async function runTokenCreate(opts: CreateOptions): Promise<number> {
  const { addToken } = await import('../../server/accounts.ts');
  const { openStore } = await import('../../store/index.ts');
  const store = await openStore(opts.db);
  try {
    const { token, stored } = await addToken(store, { name: opts.name ?? `${opts.role}-token`, role: opts.role }, cliActor());
    process.stderr.write(`Mã truy cập số ${stored.id} (${stored.role}) — chỉ hiện một lần, hãy lưu lại:\n`);
    process.stdout.write(`${token}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

export async function runTokenRevoke(id: string, opts: { db?: string }): Promise<number> {
  const n = Number(id);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`Mã số không hợp lệ: ${id}`);
  const { removeToken } = await import('../../server/accounts.ts');
  const { StoreNotFoundError, openStore } = await import('../../store/index.ts');
  const store = await openStore(opts.db);
  try {
    await removeToken(store, n, cliActor());
    process.stdout.write(`Đã thu hồi mã truy cập số ${n}.\n`);
    return 0;
  } catch (e) {
    if (e instanceof StoreNotFoundError) throw new Error(`Không có mã truy cập số ${n}.`);
    throw e;
  } finally {
    await store.close();
  }
}

export function tokenCommand(): Command {
  const token = new Command('token').description('Mã truy cập API (Authorization: Bearer …) cho các chương trình');
  token
    .command('create')
    .description('Tạo mã truy cập và in ra (chỉ một lần)')
    .addOption(new Option('--role <role>', 'vai trò').choices(['uploader', 'analyst', 'admin']).makeOptionMandatory())
    .option('--name <name>', 'tên để nhận biết mã (ví dụ: "bao-cao-hang-dem")')
    .addOption(dbOption())
    .action(async (opts: CreateOptions) => {
      process.exitCode = await runTokenCreate(opts);
    });
  token
    .command('revoke')
    .description('Thu hồi mã truy cập theo số')
    .argument('<id>', 'số của mã truy cập')
    .addOption(dbOption())
    .action(async (id: string, opts: { db?: string }) => {
      process.exitCode = await runTokenRevoke(id, opts);
    });
  return token;
}
