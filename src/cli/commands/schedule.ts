import { Command } from 'commander';
import { DEFAULT_NIGHTLY_CRON, DEFAULT_NIGHTLY_TZ } from '../../queue/jobs.ts';
import { EXIT } from '../exit-codes.ts';

export interface ScheduleOptions {
  cron: string;
  tz: string;
  remove?: boolean;
}

export async function runSchedule(opts: ScheduleOptions): Promise<number> {
  const { describeRedis, probeRedis, queueConfig, removeNightly, upsertNightly } = await import('../../queue/index.ts');
  const config = queueConfig();
  const probe = await probeRedis(config.redisUrl);
  if (!probe.ok) {
    process.stderr.write(`solieu: ${probe.message} Lịch chạy hằng đêm cần Redis.\n`);
    return EXIT.failure;
  }
  if (opts.remove) {
    const removed = await removeNightly(config);
    process.stdout.write(removed ? 'Đã xóa lịch xử lý lại hằng đêm.\n' : 'Chưa có lịch xử lý lại hằng đêm.\n');
    return EXIT.ok;
  }
  let scheduler;
  try {
    scheduler = await upsertNightly(config, { cron: opts.cron, tz: opts.tz });
  } catch (e) {
    process.stderr.write(`solieu: không đặt được lịch "${opts.cron}" (${opts.tz}): ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.failure;
  }
  const next = scheduler?.next ? new Date(scheduler.next).toISOString() : 'không rõ';
  process.stdout.write(
    `Lịch xử lý lại hằng đêm: "${opts.cron}" (${opts.tz}) trên ${describeRedis(config.redisUrl)}; lần chạy tới: ${next}.\n`,
  );
  return EXIT.ok;
}

export function scheduleCommand(): Command {
  return new Command('schedule')
    .description('Đặt (hoặc cập nhật) lịch xử lý lại toàn bộ kho dữ liệu hằng đêm; worker thực hiện')
    .option('--cron <pattern>', 'lịch dạng cron', DEFAULT_NIGHTLY_CRON)
    .option('--tz <zone>', 'múi giờ', DEFAULT_NIGHTLY_TZ)
    .option('--remove', 'xóa lịch')
    .addHelpText('after', '\nChạy lại lệnh này bao nhiêu lần cũng chỉ có một lịch. Ví dụ:\n  solieu schedule --cron "30 1 * * *"\n')
    .action(async (opts: ScheduleOptions) => {
      process.exitCode = await runSchedule(opts);
    });
}
