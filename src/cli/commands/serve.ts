import { Command, Option } from 'commander';
import { dbOption, configOption } from '../options.ts';
import { loadConfig } from '../../check/index.ts';

export interface ServeOptions {
  port: string;
  host: string;
  db?: string;
  config?: string;
  mode: 'auto' | 'queue' | 'inline';
  trustProxy?: boolean;
}

export async function runServe(opts: ServeOptions): Promise<number> {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Cổng không hợp lệ: ${opts.port}`);
  const checks = loadConfig(opts.config);
  // loaded here, not at start-up: other commands need not load the web stack
  const { buildApp, createPipelineBridge } = await import('../../server/index.ts');
  const { openStore } = await import('../../store/index.ts');
  const store = await openStore(opts.db);
  let log: ((e: unknown, what: string) => void) | undefined;
  const bridge = createPipelineBridge(store, { mode: opts.mode, checks, onError: (e, what) => log?.(e, what) });
  const app = await buildApp({
    store,
    bridge,
    logger: { level: process.env['LOG_LEVEL'] ?? 'info' },
    ...(opts.trustProxy ? { trustProxy: true } : {}),
  });
  log = (e, what) => app.log.error({ err: e }, `background ${what} failed`);
  await app.listen({ port, host: opts.host });
  const address = app.server.address();
  const shown = typeof address === 'object' && address ? `http://${opts.host}:${address.port}` : String(address);
  process.stderr.write(`solieu: trang rà soát đang chạy tại ${shown} (kho dữ liệu ${store.location}). Ctrl+C để dừng.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stderr.write('solieu: đang dừng (chờ các việc đang làm dở) …\n');
  await app.close();
  await store.close();
  return 0;
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('Chạy ứng dụng web rà soát (tải lên, ma trận nộp báo cáo, cảnh báo, xuất dữ liệu) và API JSON')
    .option('-p, --port <port>', 'cổng', process.env['PORT'] ?? '8080')
    .option('--host <host>', 'địa chỉ lắng nghe', process.env['HOST'] ?? '127.0.0.1')
    .addOption(dbOption())
    .addOption(configOption())
    .addOption(
      new Option('--mode <mode>', 'xử lý tệp tải lên: auto (hàng đợi khi có Redis, không thì ngay trong tiến trình), queue, inline')
        .choices(['auto', 'queue', 'inline'])
        .default('auto'),
    )
    .option('--trust-proxy', 'tin các tiêu đề X-Forwarded-* (khi chạy sau reverse proxy)')
    .addHelpText(
      'after',
      '\nTệp tải lên được lưu vào kho rồi đưa vào hàng đợi (REDIS_URL; chạy "solieu worker" để xử lý); không có Redis thì\n' +
        'xử lý ngay trong tiến trình này (--mode auto, mặc định). Xử lý lại chạy trong tiến trình này.\n' +
        'Biến môi trường: SOLIEU_SECRET (khóa ký cookie, ≥ 32 ký tự; nên đặt cố định), SOLIEU_COOKIE_SECURE=1 (khi dùng HTTPS),\n' +
        'SOLIEU_UPLOAD_MAX_MB, SOLIEU_ZIP_MAX_MB, SOLIEU_ZIP_MAX_INFLATED_MB, SOLIEU_UPLOAD_MAX_FILES, LOG_LEVEL.\n' +
        'Tạo tài khoản quản trị đầu tiên: solieu user add --name admin --role admin\n',
    )
    .action(async (opts: ServeOptions) => {
      process.exitCode = await runServe(opts);
    });
}
