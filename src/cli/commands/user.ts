import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import { Command, Option } from 'commander';
import { dbOption } from '../options.ts';

/** Who ran a CLI command, for the audit log. */
export function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/** Reads a line from the terminal without echoing it. */
export function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!process.stdin.isTTY) {
      reject(new Error('Không có mật khẩu: dùng --password hoặc biến môi trường SOLIEU_PASSWORD khi không chạy trong terminal.'));
      return;
    }
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const rlOut = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WritableStream };
    let asked = false;
    rlOut._writeToOutput = (s: string) => {
      if (!asked) {
        rlOut.output.write(s);
        asked = true;
      }
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

interface AddOptions {
  name: string;
  role: string;
  password?: string;
  db?: string;
}

export async function runUserAdd(opts: AddOptions): Promise<number> {
  const password = opts.password ?? process.env['SOLIEU_PASSWORD'] ?? (await promptHidden(`Mật khẩu cho ${opts.name}: `));
  const { addUser } = await import('../../server/accounts.ts');
  const { openStore } = await import('../../store/index.ts');
  const store = await openStore(opts.db);
  try {
    const user = await addUser(store, { name: opts.name, role: opts.role, password }, cliActor());
    process.stdout.write(`Đã tạo tài khoản "${user.name}" (vai trò ${user.role}).\n`);
    return 0;
  } finally {
    await store.close();
  }
}

export function userCommand(): Command {
  const user = new Command('user').description('Quản lý tài khoản của ứng dụng web');
  user
    .command('add')
    .description('Tạo tài khoản (mật khẩu từ --password, SOLIEU_PASSWORD, hoặc nhập khi được hỏi)')
    .requiredOption('--name <name>', 'tên đăng nhập')
    .addOption(new Option('--role <role>', 'vai trò').choices(['uploader', 'analyst', 'admin']).makeOptionMandatory())
    .option('--password <password>', 'mật khẩu (tối thiểu 8 ký tự); tránh dùng trên máy nhiều người vì lộ trong lịch sử lệnh')
    .addOption(dbOption())
    .addHelpText('after', '\nVí dụ: solieu user add --name admin --role admin\n')
    .action(async (opts: AddOptions) => {
      process.exitCode = await runUserAdd(opts);
    });
  return user;
}
