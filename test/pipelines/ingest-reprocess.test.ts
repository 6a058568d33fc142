/**
 * The embedded path end to end on SQLite: `solieu ingest --inline` into the store, re-submitting
 * the same files, a Redis that is not there, cross-report flags across the store, and
 * `solieu reprocess` after a rule change with the analysts' reviews kept.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseMarkdown } from '../../pipelines/analyse-markdown.ts';
import { reprocess } from '../../pipelines/reprocess.ts';
import { defaultConfig } from '../../src/check/index.ts';
import { runIngest } from '../../src/cli/commands/ingest.ts';
import { runReprocess } from '../../src/cli/commands/reprocess.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { writeReport } from '../workers/helpers/generate-reports.ts';
import { captured, copyFixtures, tempDir, writeBadFiles } from './helpers.ts';

const tmp = tempDir('solieu-inline-');
const db = join(tmp.dir, 'solieu.db');
const input = join(tmp.dir, 'in');
let store: Store;

const PLANTED = [
  'period-regression-1-q1-so-tu-phap-da-nang',
  'period-regression-2-h1-so-tu-phap-da-nang',
  'duplicate-report-1-so-khcn-tay-ninh',
  'duplicate-report-2-so-khcn-tay-ninh',
  'sum-mismatch-1-so-xay-dung-binh-dinh',
  'rate-mismatch-1-so-gtvt-ha-tinh',
];

beforeAll(async () => {
  for (let i = 0; i < 6; i++) await writeReport(input, i);
  copyFixtures(input, PLANTED);
  writeBadFiles(join(input, 'bad'), join(input, 'r000.docx'));
  store = await openStore(db);
}, 120_000);

afterAll(async () => {
  await store?.close();
  tmp.remove();
});

async function versions(): Promise<number> {
  return (await store.stats()).extractions.total;
}

async function currentByName(name: string) {
  const doc = (await store.listDocuments()).find((d) => d.fileName === `${name}.docx`);
  if (!doc) throw new Error(`no ${name}`);
  return { doc, current: (await store.getCurrentExtraction(doc.id))! };
}

describe('solieu ingest --inline', () => {
  it('stores and reads every file once, failing unreadable ones with their code', async () => {
    const { result, stdout, stderr } = await captured(() => runIngest([input], { inline: true, db, uploader: 'Nguyễn Thị Lan' }));
    expect(result).toBe(0);
    expect(stdout).toContain('Đã lưu 14 tệp: 14 tệp mới');
    expect(stderr).toContain('[14/14]');
    const docs = await store.listDocuments();
    expect(docs).toHaveLength(14);
    expect(docs.every((d) => d.uploader === 'Nguyễn Thị Lan')).toBe(true);
    const failed = docs.filter((d) => d.status === 'failed');
    expect(failed.map((d) => [d.fileName, d.errorCode]).sort()).toEqual([
      ['bi-cat-ngan.docx', 'corrupt-docx'],
      ['khong-phai-bao-cao.docx', 'unsupported-format'],
    ]);
    for (const d of docs.filter((x) => x.status !== 'failed')) {
      expect(d.status).toBe('extracted');
      const all = await store.listExtractions(d.id);
      expect(all.filter((e) => e.key === `process-${d.sha256}`)).toHaveLength(1);
    }
    const run = await store.lastRun('batch');
    expect(run).toMatchObject({ status: 'succeeded', summary: { documents: 14, extracted: 12, failed: 2 } });
  });

  it('raises the cross-report flags across the store on the later report', async () => {
    const h1 = await currentByName('period-regression-2-h1-so-tu-phap-da-nang');
    const q1 = await currentByName('period-regression-1-q1-so-tu-phap-da-nang');
    expect(h1.current.report.flags.map((f) => f.check)).toContain('period-regression');
    expect(q1.current.report.flags.map((f) => f.check)).not.toContain('period-regression');
    const second = await currentByName('duplicate-report-2-so-khcn-tay-ninh');
    const first = await currentByName('duplicate-report-1-so-khcn-tay-ninh');
    expect(second.current.report.flags.map((f) => f.check)).toContain('duplicate-report');
    expect(first.current.report.flags.map((f) => f.check)).not.toContain('duplicate-report');
  });

  it('changes nothing when the same files are submitted again', async () => {
    const before = await versions();
    const { result, stdout } = await captured(() => runIngest([input], { inline: true, db }));
    expect(result).toBe(0);
    expect(stdout).toContain('0 tệp mới, 14 tệp đã có trong kho');
    expect(stdout).toContain('Không có tệp nào cần xử lý');
    expect(await versions()).toBe(before);
    expect((await store.listDocuments()).length).toBe(14);
  });

  it('says so and runs in-process when Redis cannot be reached, without hanging', async () => {
    const extra = await writeReport(join(tmp.dir, 'extra'), 6);
    const saved = process.env['REDIS_URL'];
    process.env['REDIS_URL'] = 'redis://127.0.0.1:1';
    const started = Date.now();
    try {
      const { result, stderr, stdout } = await captured(() => runIngest([extra], { db }));
      expect(result).toBe(0);
      expect(stderr).toContain('Không kết nối được Redis tại redis://127.0.0.1:1');
      expect(stderr).toContain('Chuyển sang xử lý ngay trong tiến trình này');
      expect(stdout).toContain('xử lý tại chỗ');
    } finally {
      if (saved === undefined) delete process.env['REDIS_URL'];
      else process.env['REDIS_URL'] = saved;
    }
    expect(Date.now() - started).toBeLessThan(20_000);
    expect((await store.listDocuments({ status: 'extracted' })).length).toBe(13);
  });
});

describe('solieu reprocess', () => {
  it('writes nothing when neither the rules nor the results changed', async () => {
    const before = await versions();
    const { result, stdout } = await captured(() => runReprocess({ all: true, db, json: true }));
    expect(result).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({ documents: 13, written: 0, unchanged: 13, failed: 0, reconverted: 0 });
    expect(await versions()).toBe(before);
  });

  it('selects by agency (without case or diacritics) and by period', async () => {
    const byAgency = JSON.parse((await captured(() => runReprocess({ agency: 'tu phap', db, json: true }))).stdout);
    const tuPhap = (await store.listDocuments({ status: 'extracted' })).filter((d) => /tư pháp/i.test(d.agency ?? ''));
    expect(byAgency.documents).toBe(tuPhap.length);
    expect(tuPhap.length).toBeGreaterThanOrEqual(3);
    const byPeriod = JSON.parse((await captured(() => runReprocess({ period: '2023-Q2', db, json: true }))).stdout);
    expect(byPeriod.documents).toBe((await store.listDocuments({ period: '2023-Q2', status: 'extracted' })).length);
    const none = await captured(() => runReprocess({ db }));
    expect(none.result).toBe(2);
    expect(none.stderr).toContain('hãy chọn --all');
  });

  it('after a rule change updates the records and keeps every review attached by fingerprint', async () => {
    // analysts decide on every flag raised so far
    const flagged = (await store.listCurrentExtractions()).filter((e) => e.report.flags.length > 0);
    expect(flagged.length).toBeGreaterThanOrEqual(4);
    let reviews = 0;
    for (const e of flagged) {
      for (const f of e.report.flags) {
        await store.addReview({ documentId: e.documentId, fingerprint: f.fingerprint, check: f.check, decision: reviews % 2 ? 'dismissed' : 'confirmed', reason: 'Đã đối chiếu bản gốc', reviewer: 'chuyenvien1' });
        reviews++;
      }
    }

    // rule change 1: a rule now reads every dossier figure one higher (records change, flags do not)
    const changed = await reprocess(store, { all: true }, {
      rulesVersion: 'test-rules-2',
      analyse: (md, sha, o) => {
        const a = analyseMarkdown(md, sha, o);
        a.records = a.records.map((r) => (r.metric.startsWith('dossier.') && r.unit === 'dossier' ? { ...r, value: r.value + 1 } : r));
        return a;
      },
    });
    expect(changed.summary).toMatchObject({ documents: 13, written: 13, failed: 0, flagsOpened: 0, flagsClosed: 0, reviewsCarried: reviews, reviewsOrphaned: 0 });
    expect(changed.summary.recordsChanged).toBeGreaterThan(20);
    expect(changed.summary.recordsAdded + changed.summary.recordsRemoved).toBe(0);
    for (const e of await store.listCurrentExtractions()) expect(e.rulesVersion).toBe('test-rules-2');

    // rule change 2: the sum check switched off closes its flags; the reviews stay in the store
    const noSum = defaultConfig();
    noSum.checks['sum-mismatch'] = { enabled: false, severity: null, tolerance: null };
    const closed = await reprocess(store, { all: true }, { rulesVersion: 'test-rules-3', checks: noSum });
    expect(closed.summary.flagsClosed).toBeGreaterThan(0);
    expect(closed.summary.reviewsOrphaned).toBe(closed.summary.flagsClosed);
    expect(closed.summary.recordsChanged).toBe(changed.summary.recordsChanged);

    // back to the real rules: the same findings, the same fingerprints, every review attached again
    const back = await reprocess(store, { all: true }, {});
    expect(back.summary).toMatchObject({ flagsOpened: closed.summary.flagsClosed, flagsClosed: 0, reviewsCarried: reviews, reviewsOrphaned: 0 });
    expect((await store.listReviews({})).length).toBe(reviews);
    for (const e of await store.listCurrentExtractions()) {
      const latest = await store.latestReviewsByFingerprint(e.documentId);
      const fps = new Set(e.report.flags.map((f) => f.fingerprint));
      for (const fp of latest.keys()) expect(fps.has(fp)).toBe(true);
    }
    const runs = await store.listRuns({ kind: 'reprocess' });
    expect(runs[0]).toMatchObject({ status: 'succeeded', summary: { flagsOpened: closed.summary.flagsClosed } });
  });

  it('re-converts from the stored file only when the converter version changed', async () => {
    const { doc } = await currentByName('r002');
    const raw = new Database(db);
    raw.prepare(`update conversions set converter_version = 'cu' where document_id = ?`).run(doc.id);
    raw.close();
    const { summary } = await reprocess(store, { all: true }, {});
    expect(summary).toMatchObject({ documents: 13, reconverted: 1, written: 0, failed: 0 });
    expect((await store.getCurrentConversion(doc.id))?.converterVersion).not.toBe('cu');
  });
});
