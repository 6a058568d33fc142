import { Command, Option } from 'commander';
import { dbOption, configOption } from '../options.ts';
import { rulesVersion } from '../../../pipelines/rules-version.ts';
import { createLogger } from '../../../workers/log.ts';
import { ConfigError, loadConfig, type CheckConfig } from '../../check/index.ts';
import { QUEUE_NAMES, queueConfig, type QueueName } from '../../queue/config.ts';
import { EXIT } from '../exit-codes.ts';

export interface WorkerOptions {
  concurrency: string;
  db?: string;
  queues?: string;
  config?: string;
  shutdownTimeout: string;
  lockDuration: string;
  stalledInterval: string;
  convertTimeout?: string;
}

function positiveInt(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} phải là số nguyên dương (nhận "${raw}").`);
  return n;
}

/** Runs the workers until SIGTERM or SIGINT, then closes them gracefully within the timeout. */
export async function runWorker(opts: WorkerOptions): Promise<number> {
  let checks: CheckConfig;
  try {
    checks = loadConfig(opts.config);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`solieu: ${e.message}\n`);
    return EXIT.failure;
  }
  const queues = opts.queues?.split(',').map((q) => q.trim()).filter(Boolean) as QueueName[] | undefined;
  const unknown = queues?.filter((q) => !QUEUE_NAMES.includes(q));
  if (unknown?.length) {
    process.stderr.write(`solieu: hàng đợi không có: ${unknown.join(', ')} (có: ${QUEUE_NAMES.join(', ')})\n`);
    return EXIT.failure;
  }
  const log = createLogger({ pid: process.pid });
  const { openStore } = await import('../../store/index.ts');
  const { runWorkers } = await import('../../../workers/run-workers.ts');
  const store = await openStore(opts.db);
  const convertTimeoutMs = positiveInt(opts.convertTimeout, '--convert-timeout');
  const running = await runWorkers({
    config: queueConfig(),
    store,
    log,
    rulesVersion: rulesVersion(checks),
    checks,
    concurrency: positiveInt(opts.concurrency, '--concurrency')!,
    lockDurationMs: positiveInt(opts.lockDuration, '--lock-duration')!,
    stalledIntervalMs: positiveInt(opts.stalledInterval, '--stalled-interval')!,
    ...(queues ? { queues } : {}),
    ...(convertTimeoutMs ? { convertTimeoutMs } : {}),
  });
  const timeoutMs = positiveInt(opts.shutdownTimeout, '--shutdown-timeout')!;
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  log.info(`Nhận ${signal}: dừng nhận việc mới, chờ các việc đang chạy xong (tối đa ${Math.round(timeoutMs / 1000)} giây)`);
  const how = await running.close(timeoutMs);
  await store.close();
  log.info(how === 'graceful' ? 'Đã dừng' : 'Đã dừng (hết thời gian chờ; việc dở dang sẽ được worker khác làm lại)');
  // Nothing should be left running; if a stray handle remains, do not hang the shutdown on it.
  setTimeout(() => process.exit(), 2000).unref();
  return EXIT.ok;
}

export function workerCommand(): Command {
  return new Command('worker')
    .description('Chạy các worker hàng đợi (BullMQ): đọc báo cáo, tổng hợp lô, xử lý lại hằng đêm')
    .option('-n, --concurrency <n>', 'số báo cáo xử lý cùng lúc trong tiến trình này', '2')
    .addOption(dbOption())
    .option('--queues <list>', `chỉ chạy các hàng đợi này (${QUEUE_NAMES.join(',')})`)
    .addOption(configOption())
    .option('--shutdown-timeout <ms>', 'thời gian chờ các việc đang chạy khi nhận SIGTERM/SIGINT', '30000')
    .addOption(new Option('--lock-duration <ms>', 'thời hạn khóa công việc; sau sự cố, thời gian trước khi worker khác nhận lại').default('30000'))
    .addOption(new Option('--stalled-interval <ms>', 'chu kỳ tìm công việc bị treo').default('30000'))
    .option('--convert-timeout <ms>', 'giới hạn cứng cho một lần chuyển đổi tệp (mặc định: giới hạn của bộ chuyển đổi + 30 giây)')
    .addHelpText(
      'after',
      '\nRedis: REDIS_URL (mặc định redis://127.0.0.1:6379), tiền tố khóa SOLIEU_QUEUE_PREFIX (mặc định solieu).\n' +
        'Chạy nhiều worker trên nhiều máy với cùng Redis và cùng PostgreSQL (DATABASE_URL).\n',
    )
    .action(async (opts: WorkerOptions) => {
      process.exitCode = await runWorker(opts);
    });
}
