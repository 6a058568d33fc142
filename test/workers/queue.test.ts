/**
 * The queue end to end against the real Redis (a unique key prefix) and PostgreSQL (a fresh
 * schema): `solieu worker` processes started once and reused, `solieu ingest`, `schedule`,
 * `reprocess` and `status` called in this process.
 */
import { Queue } from 'bullmq';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseMarkdown } from '../../pipelines/analyse-markdown.ts';
import { reprocess } from '../../pipelines/reprocess.ts';
import { runIngest } from '../../src/cli/commands/ingest.ts';
import { runReprocess } from '../../src/cli/commands/reprocess.ts';
import { runSchedule } from '../../src/cli/commands/schedule.ts';
import { collectStatus, formatStatus, runStatus } from '../../src/cli/commands/status.ts';
import { NIGHTLY_SCHEDULER_ID, QUEUE } from '../../src/queue/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { captured, tempDir, writeBadFiles } from '../pipelines/helpers.ts';
import { writeReport, writeReports } from './helpers/generate-reports.ts';
import { freshSchema, type TestSchema } from './helpers/postgres.ts';
import { dropPrefix, SHARED_REDIS_URL, uniquePrefix } from './helpers/redis.ts';
import { waitUntil } from './helpers/wait.ts';
import { isReady, startWorker, type WorkerProcess } from './helpers/worker-process.ts';

const tmp = tempDir('solieu-queue-');
const input = join(tmp.dir, 'in');
const prefix = uniquePrefix();
let schema: TestSchema;
let db = '';
let store: Store;
let workers: WorkerProcess[] = [];
let restarts = 0;
const queues: { [name: string]: Queue } = {};

const env = () => ({ db, redisUrl: SHARED_REDIS_URL, prefix, logFile: join(tmp.dir, 'workers.log') });
const counts = (name: string) => queues[name]!.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'completed', 'failed');

beforeAll(async () => {
  process.env['REDIS_URL'] = SHARED_REDIS_URL;
  process.env['SOLIEU_QUEUE_PREFIX'] = prefix;
  schema = await freshSchema();
  db = schema.location;
  store = await openStore(db, { poolSize: 4 }); // migrated before the workers open it
  workers = [startWorker(env()), startWorker(env())];
  for (const name of Object.values(QUEUE)) queues[name] = new Queue(name, { connection: { url: SHARED_REDIS_URL }, prefix });
  await writeReports(input, 0, 200);
  writeBadFiles(join(input, 'hong'), join(input, 'r000.docx'));
  await Promise.all(workers.map((w) => w.waitForLog(isReady)));
}, 180_000);

afterAll(async () => {
  await Promise.allSettled(workers.map((w) => w.stop('SIGTERM')));
  await Promise.allSettled(Object.values(queues).map((q) => q.close()));
  await store?.close();
  await dropPrefix(SHARED_REDIS_URL, prefix);
  await schema?.drop();
  tmp.remove();
}, 60_000);

describe('queue workers', () => {
  it('200 reports through 2 workers, one killed mid-run: each stored once, every job completed or failed with a reason', async () => {
    const { result, stdout } = await captured(() => runIngest([input], { db, uploader: 'Sở Nội vụ' }));
    expect(result).toBe(0);
    expect(stdout).toContain('Đã lưu 202 tệp: 202 tệp mới');
    expect(stdout).toMatch(/202 báo cáo đã vào hàng đợi/);

    // kill one worker (SIGKILL: no chance to clean up) while it is busy, and start another
    const victim = workers[0]!;
    await waitUntil(() => victim.logs.filter((l) => l['msg'] === 'Xong').length >= 4, 120_000);
    victim.child.kill('SIGKILL');
    expect((await victim.exited).signal).toBe('SIGKILL');
    workers[0] = startWorker(env());
    restarts++;

    const run = await store.lastRun('batch');
    await waitUntil(async () => (await store.getRun(run!.id))?.status === 'succeeded', 170_000, async () =>
      JSON.stringify({ stats: (await store.stats()).documents, jobs: await counts(QUEUE.report) }),
    );

    const docs = await store.listDocuments();
    expect(docs).toHaveLength(202);
    expect(docs.filter((d) => d.status === 'extracted')).toHaveLength(200);
    expect(docs.filter((d) => d.status === 'failed').map((d) => d.errorCode).sort()).toEqual(['corrupt-docx', 'unsupported-format']);
    for (const d of docs.filter((x) => x.status === 'extracted')) {
      const versions = await store.listExtractions(d.id);
      expect(versions.map((v) => v.key)).toEqual([`process-${d.sha256}`]);
    }

    expect(await counts(QUEUE.report)).toMatchObject({ waiting: 0, active: 0, delayed: 0, prioritized: 0, completed: 200, failed: 2 });
    const failed = await queues[QUEUE.report]!.getFailed();
    expect(failed.map((j) => j.failedReason.slice(0, 20)).sort()).toEqual(['[corrupt-docx] Tệp W', '[unsupported-format]']);
    expect(failed.every((j) => j.attemptsMade === 1)).toBe(true); // input errors are not retried

    // the killed worker's jobs were taken up again (stalled-job recovery), not lost
    const completed = await queues[QUEUE.report]!.getCompleted(0, -1);
    expect(completed.reduce((n, j) => n + j.stalledCounter, 0)).toBeGreaterThanOrEqual(1);

    const summary = (await store.getRun(run!.id))!.summary!;
    expect(summary).toMatchObject({ documents: 202, extracted: 200, failed: 2, records: 800 });
    expect(await counts(QUEUE.batch)).toMatchObject({ completed: 1, failed: 0, 'waiting-children': 0 });
  }, 200_000);

  it('re-ingesting the same files changes nothing', async () => {
    const before = { stats: await store.stats(), jobs: await counts(QUEUE.report), batches: await counts(QUEUE.batch) };
    const { result, stdout } = await captured(() => runIngest([input], { db }));
    expect(result).toBe(0);
    expect(stdout).toContain('0 tệp mới, 202 tệp đã có trong kho');
    expect(stdout).toContain('Không có tệp nào cần xử lý');
    expect(await store.stats()).toEqual(before.stats);
    expect(await counts(QUEUE.report)).toEqual(before.jobs);
    expect(await counts(QUEUE.batch)).toEqual(before.batches);
  });

  it('the same agency and period in a different file: a new document flagged duplicate-report', async () => {
    const dup = await writeReport(join(tmp.dir, 'dup'), 7, 1);
    const { result, stdout } = await captured(() => runIngest([dup], { db, wait: true }));
    expect(result).toBe(0);
    expect(stdout).toContain('1 báo cáo đã đọc, 0 tệp lỗi');
    const docs = await store.listDocuments();
    const copy = docs.find((d) => d.fileName === 'r007-v1.docx')!;
    const original = docs.find((d) => d.fileName === 'r007.docx')!;
    expect([copy.agency, copy.period]).toEqual([original.agency, original.period]);
    const flags = (await store.getCurrentExtraction(copy.id))!.report.flags;
    expect(flags.map((f) => f.check)).toEqual(['duplicate-report']);
    expect(flags[0]!.message).toContain('r007.docx');
    expect((await store.getCurrentExtraction(original.id))!.report.flags).toEqual([]);
  }, 90_000);

  it('schedules the nightly run from one place; workers run reprocess jobs', async () => {
    expect(await queues[QUEUE.nightly]!.getJobSchedulersCount()).toBe(0); // workers never register it
    const { result, stdout } = await captured(() => runSchedule({ cron: '0 2 * * *', tz: 'Asia/Ho_Chi_Minh' }));
    expect(result).toBe(0);
    expect(stdout).toContain('Lịch xử lý lại hằng đêm: "0 2 * * *" (Asia/Ho_Chi_Minh)');

    // the nightly processor, given a selection through the queue
    const queued = await captured(() => runReprocess({ queue: true, period: '2023-Q1' }));
    expect(queued.result).toBe(0);
    await waitUntil(async () => (await store.lastRun('nightly'))?.status === 'succeeded', 90_000);
    const nightly = (await store.lastRun('nightly'))!;
    expect(nightly.params).toMatchObject({ period: '2023-Q1' });
    // same rules: nothing to write, unless the rule sources changed since the extractions were made
    // (the rules version is read from the files when a worker starts)
    const s = nightly.summary as { documents: number; written: number; unchanged: number; failed: number; rulesVersion: string };
    expect(s).toMatchObject({ documents: 50, failed: 0 });
    expect(s.written + s.unchanged).toBe(50);
    const q1 = await store.listCurrentExtractions({ period: '2023-Q1' });
    expect(q1).toHaveLength(50);
    expect(q1.every((e) => e.rulesVersion === s.rulesVersion)).toBe(true);
    expect(q1.filter((e) => e.version > 1)).toHaveLength(s.written);
  }, 120_000);

  it('reprocessing after a rule change updates records while every analyst review survives', async () => {
    const copy = (await store.listDocuments()).find((d) => d.fileName === 'r007-v1.docx')!;
    const flag = (await store.getCurrentExtraction(copy.id))!.report.flags[0]!;
    await store.addReview({ documentId: copy.id, fingerprint: flag.fingerprint, check: flag.check, decision: 'confirmed', reason: 'Đơn vị gửi hai lần, lấy bản sau', reviewer: 'chuyenvien2' });
    const { summary } = await reprocess(store, { agency: 'xây dựng' }, {
      rulesVersion: 'test-rules-2',
      analyse: (md, sha, o) => {
        const a = analyseMarkdown(md, sha, o);
        a.records = a.records.map((r) => (r.metric === 'dossier.received' ? { ...r, value: r.value + 1 } : r));
        return a;
      },
    });
    expect(summary).toMatchObject({ documents: 41, written: 41, failed: 0, recordsChanged: 41, recordsAdded: 0, recordsRemoved: 0, reviewsCarried: 1, reviewsOrphaned: 0 });
    const now = (await store.getCurrentExtraction(copy.id))!;
    expect(now.rulesVersion).toBe('test-rules-2');
    expect(now.version).toBe(2);
    const latest = await store.latestReviewsByFingerprint(copy.id);
    expect(now.report.flags.map((f) => f.fingerprint)).toEqual([...latest.keys()]);
    expect((await store.listReviews({ documentId: copy.id }))).toHaveLength(1);
  }, 90_000);

  it('after 3 worker restarts the nightly scheduler exists once', async () => {
    // restarts 2 and 3 (the SIGKILL above was the first): one worker stopped with SIGTERM, the other
    // with SIGINT, each closing gracefully and replaced by a new process
    const signals = ['SIGINT', 'SIGTERM'] as const;
    await Promise.all(
      signals.map(async (signal, i) => {
        const old = workers[i]!;
        await old.waitForLog(isReady);
        const ended = await old.stop(signal);
        expect(ended.code).toBe(0);
        expect(old.logs.some((l) => l['msg'] === 'Đã dừng')).toBe(true); // graceful, not forced
        workers[i] = startWorker(env());
        await workers[i]!.waitForLog(isReady);
        restarts++;
      }),
    );
    expect(restarts).toBe(3);
    await captured(() => runSchedule({ cron: '0 2 * * *', tz: 'Asia/Ho_Chi_Minh' }));
    expect(await queues[QUEUE.nightly]!.getJobSchedulersCount()).toBe(1);
    const scheduler = await queues[QUEUE.nightly]!.getJobScheduler(NIGHTLY_SCHEDULER_ID);
    expect(scheduler).toMatchObject({ pattern: '0 2 * * *', tz: 'Asia/Ho_Chi_Minh' });
  }, 120_000);

  it('solieu status --json: documents, extractions, flags, jobs by state, failures, the last nightly run', async () => {
    const { stdout } = await captured(() => runStatus({ db, json: true }));
    const status = JSON.parse(stdout);
    expect(status.documents).toMatchObject({ total: 203, byStatus: { extracted: 201, failed: 2 } });
    expect(status.extractions.current).toBe(201);
    expect(status.flags.warning).toBe(1);
    expect(status.redis).toMatchObject({ reachable: true, prefix });
    expect(status.jobs.report).toMatchObject({ completed: 201, failed: 2, active: 0 });
    expect(status.failedJobs.map((f: { reason: string }) => f.reason.split(']')[0]).sort()).toEqual(['[corrupt-docx', '[unsupported-format']);
    expect(status.schedulers).toEqual([expect.objectContaining({ id: NIGHTLY_SCHEDULER_ID, pattern: '0 2 * * *' })]);
    expect(status.lastNightly.summary).toMatchObject({ documents: 50 });
    const text = formatStatus(await collectStatus({ db }));
    expect(text).toContain('Kho dữ liệu (postgres)');
    expect(text).toContain('Hàng đợi báo cáo: chờ 0, đang chạy 0, chờ việc con 0, xong 201, lỗi 2');
    expect(text).toContain('[báo cáo] khong-phai-bao-cao.docx: [unsupported-format]');
  });
});
