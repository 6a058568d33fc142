import { Command } from 'commander';
import { dbOption, configOption } from '../options.ts';
import { ingestInline } from '../../../pipelines/ingest-inline.ts';
import { storeFiles, type SubmittedFile } from '../../../pipelines/ingest-files.ts';
import { rulesVersion } from '../../../pipelines/rules-version.ts';
import type { BatchSummary } from '../../../pipelines/batch-summary.ts';
import { ConfigError, loadConfig, type CheckConfig } from '../../check/index.ts';
import type { Store, StoredDocument } from '../../store/index.ts';
import { EXIT } from '../exit-codes.ts';
import { expandInputs } from '../inputs.ts';

export interface IngestOptions {
  inline?: boolean;
  db?: string;
  uploader?: string;
  wait?: boolean;
  json?: boolean;
  config?: string;
}

interface Outcome {
  mode: 'queue' | 'inline';
  files: number;
  created: number;
  existing: number;
  unreadable: { path: string; code: string; message: string }[];
  toProcess: number;
  runId: number | null;
  batchJobId: string | null;
  inFlight: number;
  summary: BatchSummary | null;
}

const say = (line: string) => process.stderr.write(`${line}\n`);

function printOutcome(o: Outcome, json: boolean): void {
  if (json) {
    process.stdout.write(JSON.stringify(o, null, 2) + '\n');
    return;
  }
  const lines = [`Đã lưu ${o.files} tệp: ${o.created} tệp mới, ${o.existing} tệp đã có trong kho.`];
  for (const u of o.unreadable) lines.push(`  ${u.path}: [${u.code}] ${u.message}`);
  if (o.toProcess === 0) lines.push('Không có tệp nào cần xử lý.');
  else if (o.mode === 'queue' && !o.summary) {
    lines.push(
      o.batchJobId
        ? `Lô #${o.runId}: ${o.toProcess - o.inFlight} báo cáo đã vào hàng đợi (công việc ${o.batchJobId}); theo dõi bằng "solieu status".`
        : `Các báo cáo này đang được xử lý trong hàng đợi (${o.inFlight}).`,
    );
  }
  if (o.summary) {
    const s = o.summary;
    lines.push(
      `Lô #${o.runId} (${o.mode === 'inline' ? 'xử lý tại chỗ' : 'hàng đợi'}): ${s.extracted} báo cáo đã đọc, ${s.failed} tệp lỗi; ` +
        `${s.records} số liệu; cảnh báo: ${s.flags.error} lỗi, ${s.flags.warning} cảnh báo, ${s.flags.info} thông tin.`,
    );
    if (s.crossUpdated > 0) {
      lines.push(
        `Đối chiếu với các báo cáo đã lưu (trùng kỳ, số lũy kế): ${s.crossUpdated} báo cáo được cập nhật cảnh báo ` +
          `(${s.flagsOpened} mới, ${s.flagsClosed} đã hết).`,
      );
    }
    for (const f of s.failures) lines.push(`  ${f.fileName ?? f.sha256.slice(0, 12)}: [${f.code}] ${f.message}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

async function runInline(store: Store, docs: StoredDocument[], checks: CheckConfig, opts: IngestOptions, skipped: number) {
  let n = 0;
  return ingestInline(store, docs, {
    rulesVersion: rulesVersion(checks),
    checks,
    uploader: opts.uploader ?? null,
    skipped,
    onDocument: (doc, outcome) => {
      n++;
      const failed = 'code' in outcome ? ` — lỗi [${outcome.code}]` : '';
      say(`[${n}/${docs.length}] ${doc.fileName}${failed}`);
    },
  });
}

export async function runIngest(paths: string[], opts: IngestOptions): Promise<number> {
  let checks: CheckConfig;
  try {
    checks = loadConfig(opts.config);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    say(`solieu: ${e.message}`);
    return EXIT.failure;
  }
  const files = await expandInputs(paths);
  if (files.length === 0) {
    say('Không có tệp báo cáo nào (.docx, .pdf, .doc, .odt) trong các đường dẫn đã cho.');
    return EXIT.failure;
  }
  // The store and the queue load with the command that needs them: `solieu extract` never starts them.
  const { openStore } = await import('../../store/index.ts');
  const { describeRedis, enqueueBatch, probeRedis, queueConfig, reportWorkers, waitForBatch } = await import('../../queue/index.ts');
  const store = await openStore(opts.db);
  try {
    say(`Đang lưu ${files.length} tệp vào kho dữ liệu ${store.location} …`);
    const submitted: SubmittedFile[] = await storeFiles(store, files, { uploader: opts.uploader ?? null });
    const stored = submitted.filter((f) => f.document !== null);
    const docs = submitted.filter((f) => f.process).map((f) => f.document!);
    const outcome: Outcome = {
      mode: opts.inline ? 'inline' : 'queue',
      files: stored.length,
      created: stored.filter((f) => f.created).length,
      existing: stored.filter((f) => !f.created).length,
      unreadable: submitted.flatMap((f) => (f.error ? [{ path: f.path, ...f.error }] : [])),
      toProcess: docs.length,
      runId: null,
      batchJobId: null,
      inFlight: 0,
      summary: null,
    };
    if (docs.length > 0 && !opts.inline) {
      const config = queueConfig();
      const probe = await probeRedis(config.redisUrl);
      if (!probe.ok) {
        say(`${probe.message} Chuyển sang xử lý ngay trong tiến trình này (như --inline), kết quả vẫn ghi vào kho dữ liệu.`);
        outcome.mode = 'inline';
      } else {
        const run = await store.startRun({ kind: 'batch', params: { mode: 'queue', documents: docs.length, uploader: opts.uploader ?? null } });
        outcome.runId = run.id;
        try {
          const enq = await enqueueBatch(config, {
            runId: run.id,
            uploader: opts.uploader ?? null,
            documents: docs.map((d) => ({ sha256: d.sha256, fileName: d.fileName })),
          });
          outcome.batchJobId = enq.batchJobId;
          outcome.inFlight = enq.inFlight;
          if (!enq.batchJobId) await store.finishRun(run.id, { status: 'succeeded', summary: { documents: 0, inFlight: enq.inFlight } });
          else {
            say(`Đã đưa ${enq.added} báo cáo vào hàng đợi (${describeRedis(config.redisUrl)}, lô ${enq.batchJobId}).`);
            if ((await reportWorkers(config).catch(() => 1)) === 0) {
              say('Chưa có worker nào đang chạy: lô sẽ được xử lý khi "solieu worker" được khởi động (hoặc dùng --inline).');
            }
          }
        } catch (e) {
          const reason = e instanceof Error ? e.message : String(e);
          say(`Không đưa được lô vào hàng đợi Redis (${reason}). Chuyển sang xử lý ngay trong tiến trình này.`);
          await store.finishRun(run.id, { status: 'failed', error: `Redis: ${reason}` });
          outcome.mode = 'inline';
          outcome.runId = null;
        }
        if (outcome.mode === 'queue' && outcome.batchJobId && opts.wait) {
          outcome.summary = (await waitForBatch(config, outcome.batchJobId, docs.length - outcome.inFlight, {
            onProgress: (done, total) => say(`Tiến độ lô: ${done}/${total} báo cáo`),
            onOutage: (reason) =>
              say(`Mất kết nối Redis (${reason}). Đang chờ Redis hoạt động lại; các báo cáo đã gửi vẫn nằm trong hàng đợi, không bị mất.`),
            onRecover: () => say('Đã kết nối lại Redis; tiếp tục theo dõi lô.'),
          })) as BatchSummary;
        }
      }
    }
    if (docs.length > 0 && outcome.mode === 'inline') {
      const { runId, summary } = await runInline(store, docs, checks, opts, stored.length - docs.length);
      outcome.runId = runId;
      outcome.summary = summary;
    }
    printOutcome(outcome, opts.json ?? false);
    if (stored.length === 0) return EXIT.failure;
    if (outcome.summary && outcome.summary.documents > 0 && outcome.summary.extracted === 0) return EXIT.failure;
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('Lưu báo cáo vào kho dữ liệu và đưa vào hàng đợi xử lý (hoặc xử lý ngay với --inline)')
    .argument('<paths...>', 'tệp hoặc thư mục báo cáo (thư mục được duyệt đệ quy)')
    .option('--inline', 'xử lý ngay trong tiến trình này, không cần Redis')
    .addOption(dbOption())
    .option('--uploader <name>', 'người tải lên (ghi cùng tài liệu)')
    .option('--wait', 'chờ đến khi cả lô được xử lý xong (chế độ hàng đợi)')
    .option('--json', 'in kết quả dạng JSON')
    .addOption(configOption())
    .addHelpText(
      'after',
      '\nMỗi lần tải lên là một lô: các báo cáo được xử lý bởi "solieu worker" (Redis: REDIS_URL, mặc định\n' +
        'redis://127.0.0.1:6379). Khi không kết nối được Redis, lệnh tự xử lý ngay tại chỗ như --inline.\n' +
        'Gửi lại một tệp đã có (cùng nội dung) không tạo thêm gì.\n' +
        'Ví dụ:\n  solieu ingest bao-cao/ --inline\n  solieu ingest a.docx b.pdf --uploader "Nguyễn Văn A" --wait\n',
    )
    .action(async (paths: string[], opts: IngestOptions) => {
      process.exitCode = await runIngest(paths, opts);
    });
}
