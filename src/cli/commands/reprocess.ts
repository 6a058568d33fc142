import { Command } from 'commander';
import { dbOption, configOption } from '../options.ts';
import { reprocess, type ReprocessSelection, type ReprocessSummary } from '../../../pipelines/reprocess.ts';
import { ConfigError, loadConfig, type CheckConfig } from '../../check/index.ts';
import { EXIT } from '../exit-codes.ts';

export interface ReprocessCliOptions {
  all?: boolean;
  since?: string;
  agency?: string;
  period?: string;
  db?: string;
  force?: boolean;
  json?: boolean;
  config?: string;
  queue?: boolean;
}

const say = (line: string) => process.stderr.write(`${line}\n`);

export function formatReprocessSummary(runId: number, s: ReprocessSummary): string {
  const lines = [
    `Lượt xử lý lại #${runId} (quy tắc ${s.rulesVersion}, bộ chuyển đổi ${s.converterVersion}): ${s.documents} báo cáo, ` +
      `${s.written} phiên bản mới, ${s.unchanged} không đổi, ${s.failed} lỗi, ${s.reconverted} chuyển đổi lại; ${(s.durationMs / 1000).toFixed(1)} giây.`,
    `Số liệu: +${s.recordsAdded} thêm, −${s.recordsRemoved} bớt, ${s.recordsChanged} thay đổi giá trị.`,
    `Cảnh báo: ${s.flagsOpened} mới, ${s.flagsClosed} đã hết; ý kiến rà soát: ${s.reviewsCarried} vẫn gắn với cảnh báo, ${s.reviewsOrphaned} không còn cảnh báo tương ứng.`,
  ];
  if (s.crossUpdated) lines.push(`Báo cáo khác cùng cơ quan có cảnh báo đối chiếu thay đổi: ${s.crossUpdated}.`);
  for (const f of s.failures) lines.push(`  ${f.fileName} (#${f.documentId}): [${f.code}] ${f.message}`);
  return lines.join('\n') + '\n';
}

export async function runReprocess(opts: ReprocessCliOptions): Promise<number> {
  if (!opts.all && !opts.since && !opts.agency && !opts.period) {
    say('solieu: hãy chọn --all, --since NGÀY, --agency TÊN hoặc --period KỲ.');
    return EXIT.failure;
  }
  if (opts.since && Number.isNaN(Date.parse(opts.since))) {
    say(`solieu: --since cần một ngày dạng YYYY-MM-DD (nhận "${opts.since}").`);
    return EXIT.failure;
  }
  let checks: CheckConfig;
  try {
    checks = loadConfig(opts.config);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    say(`solieu: ${e.message}`);
    return EXIT.failure;
  }
  const selection: ReprocessSelection = {
    ...(opts.all ? { all: true } : {}),
    ...(opts.since ? { since: opts.since } : {}),
    ...(opts.agency ? { agency: opts.agency } : {}),
    ...(opts.period ? { period: opts.period } : {}),
  };
  if (opts.queue) return enqueueReprocess(selection);

  const { openStore } = await import('../../store/index.ts');
  const store = await openStore(opts.db);
  try {
    let shown = 0;
    const { run, summary } = await reprocess(store, selection, {
      checks,
      ...(opts.force ? { force: true } : {}),
      onProgress: (done, total) => {
        const pct = Math.floor((done / total) * 10);
        if (pct > shown || done === total) {
          shown = pct;
          say(`Đang xử lý lại: ${done}/${total} báo cáo`);
        }
      },
    });
    process.stdout.write(opts.json ? JSON.stringify({ runId: run.id, ...summary }, null, 2) + '\n' : formatReprocessSummary(run.id, summary));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

/** `--queue`: hand the reprocess to the workers (the nightly queue) instead of running it here. */
async function enqueueReprocess(selection: ReprocessSelection): Promise<number> {
  const { Queue } = await import('bullmq');
  const { connectionOptions, probeRedis, QUEUE, queueConfig } = await import('../../queue/index.ts');
  const config = queueConfig();
  const probe = await probeRedis(config.redisUrl);
  if (!probe.ok) {
    say(`solieu: ${probe.message} Chạy lại không có --queue để xử lý ngay tại chỗ.`);
    return EXIT.failure;
  }
  const q = new Queue(QUEUE.nightly, { connection: connectionOptions(config, 'producer'), prefix: config.prefix });
  q.on('error', () => undefined);
  try {
    const job = await q.add('reprocess', selection, { attempts: 3, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: { count: 60 }, removeOnFail: { count: 60 } });
    process.stdout.write(`Đã đưa lượt xử lý lại vào hàng đợi (công việc ${job.id}); theo dõi bằng "solieu status".\n`);
    return EXIT.ok;
  } finally {
    await q.close();
  }
}

export function reprocessCommand(): Command {
  return new Command('reprocess')
    .description('Đọc lại các báo cáo đã lưu từ Markdown với quy tắc hiện tại (không chuyển đổi lại trừ khi bộ chuyển đổi đổi phiên bản)')
    .option('--all', 'mọi báo cáo trong kho')
    .option('--since <date>', 'báo cáo tải lên từ ngày này (YYYY-MM-DD)')
    .option('--agency <name>', 'báo cáo của cơ quan (không phân biệt hoa thường, dấu; khớp một phần)')
    .option('--period <period>', 'báo cáo của kỳ, ví dụ 2023-Q2, 2023-H1, 2023')
    .addOption(dbOption())
    .option('--force', 'ghi phiên bản mới cả khi kết quả không đổi')
    .option('--json', 'in tóm tắt dạng JSON')
    .addOption(configOption())
    .option('--queue', 'giao cho worker (hàng đợi) thay vì chạy ngay')
    .addHelpText(
      'after',
      '\nMỗi báo cáo có kết quả thay đổi được ghi thành một phiên bản mới; ý kiến rà soát gắn theo dấu vân tay của\n' +
        'cảnh báo nên được giữ nguyên. Các kiểm tra giữa các báo cáo (trùng kỳ, số lũy kế giảm) chạy trên toàn kho.\n' +
        'Ví dụ:\n  solieu reprocess --all\n  solieu reprocess --agency "tư pháp" --period 2023-Q2\n',
    )
    .action(async (opts: ReprocessCliOptions) => {
      process.exitCode = await runReprocess(opts);
    });
}
