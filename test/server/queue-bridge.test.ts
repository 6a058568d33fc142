/**
 * Uploads from the web app through the queue: the real Redis (a unique key prefix, removed
 * afterwards) and a worker run in this process. And without Redis: `queue` mode says so (503,
 * files kept), `auto` mode falls back to processing in this process.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToken } from '../../src/server/accounts.ts';
import { buildApp } from '../../src/server/app.ts';
import { createPipelineBridge, type BridgeOptions, type PipelineBridge } from '../../src/server/pipeline-bridge.ts';
import { probeRedis } from '../../src/queue/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { runWorkers, type RunningWorkers } from '../../workers/run-workers.ts';
import { createLogger } from '../../workers/log.ts';
import { bearer, multipart } from './helpers.ts';
import { PARTS_ADD_UP, PARTS_EXCEED, makeReport } from './make-report.ts';
import { dropPrefix } from '../workers/helpers/redis.ts';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const redisUp = (await probeRedis(REDIS_URL)).ok;
const prefix = `solieu-test-web-${process.pid}-${randomBytes(3).toString('hex')}`;


async function waitUntil(ok: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

let dir = '';
let reports: Uint8Array[] = [];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'solieu-queue-bridge-'));
  reports = [await makeReport({ body: PARTS_EXCEED }), await makeReport({ agencyLine: 'SỞ Y TẾ', body: PARTS_ADD_UP })];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function appWith(name: string, options: BridgeOptions) {
  const store = await openStore(join(dir, `${name}.db`));
  const bridge = createPipelineBridge(store, { rulesVersion: () => 'r-queue', ...options });
  const app = await buildApp({ store, bridge, secret: 'q'.repeat(40) });
  const token = (await addToken(store, { name: 'kich-ban', role: 'uploader' }, 'test')).token;
  const upload = async () => {
    const body = multipart(reports.map((bytes, i) => ({ name: `bao-cao-${i}.docx`, bytes })));
    return app.inject({ method: 'POST', url: '/api/reports', payload: body.payload, headers: { ...body.headers, ...bearer(token) } });
  };
  return { store, bridge, app, upload };
}

const statuses = async (store: Store) => (await store.listDocuments()).map((d) => d.status);

describe.skipIf(!redisUp)(`through the queue${redisUp ? '' : ` (skipped: no Redis at ${REDIS_URL})`}`, () => {
  let workers: RunningWorkers | undefined;
  let env: { store: Store; bridge: PipelineBridge; app: Awaited<ReturnType<typeof buildApp>> } | undefined;
  afterAll(async () => {
    await workers?.close(10_000);
    await env?.app.close();
    await env?.store.close();
    await dropPrefix(REDIS_URL, prefix);
  }, 60_000);

  it('an upload becomes a batch; a worker reads it; the statuses move to the end', async () => {
    const a = await appWith('queue', { mode: 'queue', queue: { redisUrl: REDIS_URL, prefix } });
    env = a;
    const res = await a.upload();
    expect(res.statusCode).toBe(202);
    expect((res.json() as { mode: string }).mode).toBe('queue');
    expect(await statuses(a.store)).toEqual(['queued', 'queued']);
    workers = await runWorkers({
      config: { redisUrl: REDIS_URL, prefix },
      store: a.store,
      rulesVersion: 'r-queue',
      log: createLogger({}, { write: () => undefined }),
      concurrency: 1,
    });
    await waitUntil(async () => (await statuses(a.store)).every((s) => s === 'extracted'), 120_000);
    const flagged = (await a.store.listCurrentExtractions()).find((e) => e.report.flags.some((f) => f.check === 'sum-mismatch'));
    expect(flagged?.rulesVersion).toBe('r-queue');
  }, 180_000);
});

describe('without Redis', () => {
  const nowhere = { redisUrl: 'redis://127.0.0.1:1', prefix: 'solieu-test-none' };

  it('queue mode: 503 in Vietnamese, the files are kept', async () => {
    const a = await appWith('no-queue', { mode: 'queue', queue: nowhere });
    const res = await a.upload();
    expect(res.statusCode).toBe(503);
    const body = res.json() as { error: { code: string; message: string } };
    expect(body.error.code).toBe('queue-unavailable');
    expect(body.error.message).toContain('Hàng đợi xử lý không hoạt động');
    expect(await statuses(a.store)).toEqual(['queued', 'queued']);
    await a.app.close();
    await a.store.close();
  });

  it('auto mode: processed in this process instead', async () => {
    const a = await appWith('auto', { mode: 'auto', queue: nowhere });
    const res = await a.upload();
    expect(res.statusCode).toBe(202);
    expect((res.json() as { mode: string }).mode).toBe('inline');
    await a.bridge.idle();
    expect(await statuses(a.store)).toEqual(['extracted', 'extracted']);
    await a.app.close();
    await a.store.close();
  });
});
