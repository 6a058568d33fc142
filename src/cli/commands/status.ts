import { Command } from 'commander';
import { dbOption } from '../options.ts';
import { QUEUE_NAMES } from '../../queue/config.ts';
import type { QueueStatus } from '../../queue/index.ts';
import type { StoreStats, StoredRun } from '../../store/index.ts';
import { EXIT } from '../exit-codes.ts';

export interface StatusOptions {
  db?: string;
  json?: boolean;
}

export interface StatusReport {
  store: { kind: string; location: string };
  documents: StoreStats['documents'];
  extractions: StoreStats['extractions'];
  records: number;
  flags: StoreStats['flags'];
  reviews: StoreStats['reviews'];
  redis: { url: string; prefix: string; reachable: boolean; error: string | null };
  jobs: QueueStatus['counts'] | null;
  failedJobs: QueueStatus['failed'];
  schedulers: QueueStatus['schedulers'];
  lastNightly: StoredRun | null;
  lastBatch: StoredRun | null;
  lastReprocess: StoredRun | null;
}

export async function collectStatus(opts: StatusOptions): Promise<StatusReport> {
  const { openStore } = await import('../../store/index.ts');
  const { describeRedis, probeRedis, queueConfig, queueStatus } = await import('../../queue/index.ts');
  const store = await openStore(opts.db);
  try {
    const stats = await store.stats();
    const config = queueConfig();
    const probe = await probeRedis(config.redisUrl);
    let queues: QueueStatus | null = null;
    let error = probe.ok ? null : probe.message;
    if (probe.ok) {
      try {
        queues = await queueStatus(config);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
    }
    return {
      store: { kind: store.kind, location: store.location },
      ...stats,
      redis: { url: describeRedis(config.redisUrl), prefix: config.prefix, reachable: queues !== null, error },
      jobs: queues?.counts ?? null,
      failedJobs: queues?.failed ?? [],
      schedulers: queues?.schedulers ?? [],
      lastNightly: (await store.lastRun('nightly')) ?? null,
      lastBatch: (await store.lastRun('batch')) ?? null,
      lastReprocess: (await store.lastRun('reprocess')) ?? null,
    };
  } finally {
    await store.close();
  }
}

const QUEUE_LABELS: Record<string, string> = { report: 'báo cáo', batch: 'lô', nightly: 'hằng đêm' };

function runLine(label: string, run: StoredRun | null): string {
  if (!run) return `${label}: chưa có.`;
  const s = run.summary ?? {};
  const parts = [`#${run.id} ${run.status}, bắt đầu ${run.startedAt}${run.finishedAt ? `, xong ${run.finishedAt}` : ''}`];
  if (typeof s.documents === 'number') parts.push(`${s.documents} báo cáo`);
  if (typeof s.written === 'number') parts.push(`${s.written} phiên bản mới`);
  if (typeof s.recordsAdded === 'number') parts.push(`số liệu +${s.recordsAdded}/−${s.recordsRemoved ?? 0}/~${s.recordsChanged ?? 0}`);
  if (typeof s.flagsOpened === 'number') parts.push(`cảnh báo mới ${s.flagsOpened}, hết ${s.flagsClosed ?? 0}`);
  if (typeof s.failed === 'number') parts.push(`${s.failed} lỗi`);
  if (run.error) parts.push(`lỗi: ${run.error}`);
  return `${label}: ${parts.join('; ')}.`;
}

export function formatStatus(r: StatusReport): string {
  const d = r.documents.byStatus;
  const lines = [
    `Kho dữ liệu (${r.store.kind}): ${r.store.location}`,
    `  Tài liệu: ${r.documents.total} (chờ ${d.queued}, đã chuyển đổi ${d.converted}, đã đọc ${d.extracted}, lỗi ${d.failed})`,
    `  Kết quả trích xuất hiện hành: ${r.extractions.current} (tổng ${r.extractions.total} phiên bản); ${r.records} số liệu`,
    `  Cảnh báo: ${r.flags.error} lỗi, ${r.flags.warning} cảnh báo, ${r.flags.info} thông tin; rà soát: ${r.reviews.total}`,
    `Redis ${r.redis.url} (tiền tố ${r.redis.prefix}): ${r.redis.reachable ? 'kết nối được' : `KHÔNG kết nối được — ${r.redis.error ?? ''}`}`,
  ];
  if (r.jobs) {
    for (const q of QUEUE_NAMES) {
      const c = r.jobs[q];
      lines.push(
        `  Hàng đợi ${QUEUE_LABELS[q]}: chờ ${c.waiting + c.prioritized + c.delayed}, đang chạy ${c.active}, chờ việc con ${c['waiting-children']}, xong ${c.completed}, lỗi ${c.failed}`,
      );
    }
    for (const s of r.schedulers) lines.push(`  Lịch ${s.id}: "${s.pattern}" (${s.tz}), lần tới ${s.next ?? '?'}`);
    if (r.schedulers.length === 0) lines.push('  Chưa có lịch xử lý lại hằng đêm (đặt bằng "solieu schedule").');
    if (r.failedJobs.length) lines.push('  Công việc lỗi gần đây:');
    for (const f of r.failedJobs) lines.push(`    [${QUEUE_LABELS[f.queue]}] ${f.fileName ?? f.id}: ${f.reason}`);
  }
  lines.push(runLine('Lượt hằng đêm gần nhất', r.lastNightly), runLine('Lô tải lên gần nhất', r.lastBatch), runLine('Lượt xử lý lại gần nhất', r.lastReprocess));
  return lines.join('\n') + '\n';
}

export async function runStatus(opts: StatusOptions): Promise<number> {
  const report = await collectStatus(opts);
  process.stdout.write(opts.json ? JSON.stringify(report, null, 2) + '\n' : formatStatus(report));
  return EXIT.ok;
}

export function statusCommand(): Command {
  return new Command('status')
    .description('Tình trạng: tài liệu, kết quả, cảnh báo trong kho; công việc trong hàng đợi; lượt chạy hằng đêm gần nhất')
    .addOption(dbOption())
    .option('--json', 'in dạng JSON (cho máy đọc)')
    .action(async (opts: StatusOptions) => {
      process.exitCode = await runStatus(opts);
    });
}
