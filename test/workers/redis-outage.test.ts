/**
 * A failing Redis loses no job: a private redis-server (append-only file) is stopped while a
 * worker is reading an upload and `solieu ingest --wait` follows it, then started again. Ingest
 * says what happened; the work resumes and every report is stored once. With Redis down from
 * the start, ingest says so at once and reads the files itself.
 */
import { Queue } from 'bullmq';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/cli/commands/ingest.ts';
import { QUEUE } from '../../src/queue/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { captured, tempDir } from '../pipelines/helpers.ts';
import { writeReport, writeReports } from './helpers/generate-reports.ts';
import { freshSchema, type TestSchema } from './helpers/postgres.ts';
import { freePort, PrivateRedis, uniquePrefix } from './helpers/redis.ts';
import { waitUntil } from './helpers/wait.ts';
import { isReady, startWorker, type WorkerProcess } from './helpers/worker-process.ts';

const tmp = tempDir('solieu-outage-');
const prefix = uniquePrefix();
let redis: PrivateRedis;
let schema: TestSchema;
let store: Store;
let worker: WorkerProcess;

beforeAll(async () => {
  redis = new PrivateRedis(await freePort(), join(tmp.dir, 'redis'));
  await redis.start();
  process.env['REDIS_URL'] = redis.url;
  process.env['SOLIEU_QUEUE_PREFIX'] = prefix;
  schema = await freshSchema();
  store = await openStore(schema.location, { poolSize: 4 });
  worker = startWorker({ db: schema.location, redisUrl: redis.url, prefix, logFile: join(tmp.dir, 'worker.log') });
  await writeReports(join(tmp.dir, 'in'), 100, 130);
  await worker.waitForLog(isReady);
}, 180_000);

afterAll(async () => {
  await worker?.stop('SIGTERM');
  await store?.close();
  await redis?.stop();
  await schema?.drop();
  tmp.remove();
}, 60_000);

describe('Redis outage', () => {
  it('stopped mid-run then started: ingest reports the outage, no job is lost, each report stored once', async () => {
    const ingest = captured(() => runIngest([join(tmp.dir, 'in')], { db: schema.location, wait: true }));
    await waitUntil(async () => (await store.stats()).documents.byStatus.extracted >= 5, 120_000);
    await redis.stop();
    const extractedAtStop = (await store.stats()).documents.byStatus.extracted;
    await new Promise((r) => setTimeout(r, 5000));
    await redis.start();
    const { result, stdout, stderr } = await ingest;

    expect(result).toBe(0);
    expect(stderr).toContain('Mất kết nối Redis');
    expect(stderr).toContain('các báo cáo đã gửi vẫn nằm trong hàng đợi, không bị mất');
    expect(stderr).toContain('Đã kết nối lại Redis');
    expect(stdout).toContain('30 báo cáo đã đọc, 0 tệp lỗi');
    expect(extractedAtStop).toBeLessThan(30);

    const docs = await store.listDocuments();
    expect(docs).toHaveLength(30);
    for (const d of docs) {
      expect(d.status).toBe('extracted');
      expect((await store.listExtractions(d.id)).map((e) => e.key)).toEqual([`process-${d.sha256}`]);
    }
    const q = new Queue(QUEUE.report, { connection: { url: redis.url }, prefix });
    try {
      expect(await q.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed')).toEqual({ waiting: 0, active: 0, delayed: 0, completed: 30, failed: 0 });
    } finally {
      await q.close();
    }
    expect(worker.logs.some((l) => String(l['msg']).startsWith('Lỗi kết nối Redis'))).toBe(true);
  }, 180_000);

  it('with Redis down, ingest says so at once and reads the files itself', async () => {
    await redis.stop();
    try {
      const file = await writeReport(join(tmp.dir, 'later'), 140);
      const started = Date.now();
      const { result, stderr, stdout } = await captured(() => runIngest([file], { db: schema.location }));
      expect(result).toBe(0);
      expect(stderr).toContain(`Không kết nối được Redis tại ${redis.url}`);
      expect(stderr).toContain('Chuyển sang xử lý ngay trong tiến trình này');
      expect(stdout).toContain('1 báo cáo đã đọc');
      expect(Date.now() - started).toBeLessThan(15_000);
      const doc = (await store.listDocuments()).find((d) => d.fileName === 'r140.docx')!;
      expect(doc.status).toBe('extracted');
    } finally {
      await redis.start();
      // let the worker reconnect (it retries every few seconds) before the suite stops it
      await new Promise((r) => setTimeout(r, 4000));
    }
  }, 60_000);

  it('SIGTERM while Redis is down: the worker still stops within its shutdown timeout', async () => {
    await redis.stop();
    try {
      await new Promise((r) => setTimeout(r, 1000));
      const started = Date.now();
      const ended = await worker.stop('SIGTERM');
      expect(ended.code).toBe(0);
      expect(Date.now() - started).toBeLessThan(15_000 + 10_000);
      expect(worker.logs.some((l) => String(l['msg']).startsWith('Đã dừng'))).toBe(true);
    } finally {
      await redis.start();
    }
  }, 60_000);
});
