import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreNotFoundError, sha256Of, type Store } from '../../src/store/index.ts';
import type { StoreBackend, TestDatabase } from './harness.ts';
import { figure, fileBytes, flag, report } from './reports.ts';
import { bodyKeyOf } from '../../src/text/body-key.ts';

const run = promisify(execFile);

/** The behaviour every store backend must have. */
export function defineStoreConformance(backend: StoreBackend): void {
  describe(`store conformance: ${backend.name}`, () => {
    let database: TestDatabase;
    let store: Store;
    const extra: Store[] = [];

    async function another(): Promise<Store> {
      const s = await database.open();
      extra.push(s);
      return s;
    }

    async function newDocument(s: Store = store, label?: string): Promise<number> {
      return (await s.putDocument({ content: fileBytes(label), fileName: 'bao-cao.docx', format: 'docx' })).id;
    }

    beforeEach(async () => {
      database = await backend.createDatabase();
      store = await database.open();
    });

    afterEach(async () => {
      for (const s of extra.splice(0)) await s.close();
      await store.close();
      await database.drop();
    });

    it('reports its kind and a location without password', () => {
      expect(store.kind).toBe(backend.name);
      expect(store.location).not.toMatch(/:[^:@/]+@/);
    });

    describe('documents', () => {
      it('putDocument is idempotent by sha256 and keeps the original bytes', async () => {
        const content = new TextEncoder().encode('Báo cáo kết quả cải cách hành chính quý I năm 2023');
        const first = await store.putDocument({ content, fileName: 'a.docx', format: 'docx', uploader: 'lan' });
        const again = await store.putDocument({ content, fileName: 'a-copy.docx', format: 'docx', uploader: 'minh' });
        expect(first.created).toBe(true);
        expect(again).toEqual({ id: first.id, sha256: first.sha256, created: false });
        expect(first.sha256).toBe(sha256Of(content));

        const doc = await store.getDocumentBySha(first.sha256);
        expect(doc).toMatchObject({
          id: first.id,
          fileName: 'a.docx',
          uploader: 'lan',
          format: 'docx',
          size: content.byteLength,
          status: 'queued',
          agency: null,
          period: null,
          errorCode: null,
        });
        expect(new Date(doc!.uploadedAt).toISOString()).toBe(doc!.uploadedAt);
        expect(await store.getDocumentById(first.id)).toEqual(doc);
        expect(Buffer.from((await store.getDocumentContent(first.id))!)).toEqual(Buffer.from(content));
        expect(await store.listDocuments()).toHaveLength(1);

        const other = await store.putDocument({ content: fileBytes(), fileName: 'b.pdf', format: 'pdf' });
        expect(other.created).toBe(true);
        expect(other.id).not.toBe(first.id);
      });

      it('returns undefined for unknown documents', async () => {
        expect(await store.getDocumentById(999_999)).toBeUndefined();
        expect(await store.getDocumentBySha('0'.repeat(64))).toBeUndefined();
        expect(await store.getDocumentContent(999_999)).toBeUndefined();
      });

      it('keeps binary content byte for byte', async () => {
        const content = new Uint8Array(70_000).map((_, i) => (i * 31 + 7) % 256);
        const { id } = await store.putDocument({ content: content.subarray(5), fileName: 'x.pdf', format: 'pdf' });
        expect(Buffer.from((await store.getDocumentContent(id))!)).toEqual(Buffer.from(content.subarray(5)));
      });

      it('sets status, keeps an error only when failed, and lists by filter', async () => {
        const a = await store.putDocument({ content: fileBytes(), fileName: 'a.docx', format: 'docx', uploadedAt: '2023-01-10T08:00:00Z' });
        const b = await store.putDocument({ content: fileBytes(), fileName: 'b.pdf', format: 'pdf', uploadedAt: '2023-04-10T08:00:00Z' });
        const c = await store.putDocument({ content: fileBytes(), fileName: 'c.pdf', format: 'pdf', uploadedAt: '2023-07-10T08:00:00Z' });

        await store.setDocumentStatus(b.id, 'failed', { code: 'encrypted-pdf', message: 'Tệp PDF được mã hóa.' });
        expect(await store.getDocumentById(b.id)).toMatchObject({
          status: 'failed',
          errorCode: 'encrypted-pdf',
          errorMessage: 'Tệp PDF được mã hóa.',
        });
        await store.setDocumentMetadata(a.id, { agency: 'Sở Tư pháp', province: 'Nam Định', period: '2023-Q1' });
        await store.setDocumentMetadata(c.id, { agency: 'Sở Tư pháp', province: 'Nam Định', period: '2023-Q2' });

        const ids = (docs: { id: number }[]) => docs.map((d) => d.id);
        expect(ids(await store.listDocuments({ status: 'failed' }))).toEqual([b.id]);
        expect(ids(await store.listDocuments({ agency: 'Sở Tư pháp' }))).toEqual([a.id, c.id]);
        expect(ids(await store.listDocuments({ agency: 'Sở Tư pháp', period: '2023-Q2' }))).toEqual([c.id]);
        expect(ids(await store.listDocuments({ since: '2023-04-01' }))).toEqual([b.id, c.id]);
        expect(ids(await store.listDocuments({ limit: 2 }))).toEqual([a.id, b.id]);
        expect(ids(await store.listDocuments({ offset: 1 }))).toEqual([b.id, c.id]);

        await store.setDocumentStatus(b.id, 'queued');
        expect(await store.getDocumentById(b.id)).toMatchObject({ status: 'queued', errorCode: null, errorMessage: null });
        expect(ids(await store.listDocuments({ bodies: [] }))).toEqual([]);
        await expect(store.setDocumentStatus(424_242, 'queued')).rejects.toBeInstanceOf(StoreNotFoundError);
      });

      it('stores one row when several connections put the same file at once', async () => {
        const stores = [store, await another(), await another(), await another()];
        const content = new TextEncoder().encode('cùng một tệp, nhiều tiến trình');
        const results = await Promise.all(
          stores.flatMap((s) => [1, 2, 3].map(() => s.putDocument({ content, fileName: 'x.docx', format: 'docx' }))),
        );
        expect(results.filter((r) => r.created)).toHaveLength(1);
        expect(new Set(results.map((r) => r.id)).size).toBe(1);
        expect(await store.listDocuments()).toHaveLength(1);
      });
    });

    describe('conversions', () => {
      it('keeps one conversion per converter version; the latest is current', async () => {
        const id = await newDocument();
        const pages = [{ page: 1, start: 0, end: 20 }, { page: 2, start: 20, end: 41 }];
        const first = await store.putConversion({ documentId: id, converterVersion: 'c1', markdown: '# Báo cáo\n\nlần một', pages, warnings: ['cảnh báo'] });
        expect(first).toMatchObject({ documentId: id, converterVersion: 'c1', pages, warnings: ['cảnh báo'] });
        expect((await store.getDocumentById(id))!.status).toBe('converted');

        const retried = await store.putConversion({ documentId: id, converterVersion: 'c1', markdown: 'lần hai', pages: [] });
        expect(retried.id).toBe(first.id);
        expect((await store.getCurrentConversion(id))!.markdown).toBe('lần hai');

        await store.putConversion({ documentId: id, converterVersion: 'c2', markdown: 'bộ chuyển đổi mới', pages });
        expect(await store.getCurrentConversion(id)).toMatchObject({ converterVersion: 'c2', markdown: 'bộ chuyển đổi mới', pages, warnings: [] });
        expect((await store.getConversion(id, 'c1'))!.markdown).toBe('lần hai');
        expect(await store.getConversion(id, 'c3')).toBeUndefined();
        expect(await store.getCurrentConversion(await newDocument())).toBeUndefined();
        await expect(store.putConversion({ documentId: 515_151, converterVersion: 'c1', markdown: '', pages: [] })).rejects.toBeInstanceOf(StoreNotFoundError);
      });
    });

    describe('extractions', () => {
      it('adds a version per run, exactly one current, history kept', async () => {
        const id = await newDocument();
        const r1 = await store.putExtraction({ documentId: id, rulesVersion: 'r1', report: report({ flags: [flag('fp-1')] }) });
        const r2 = await store.putExtraction({ documentId: id, rulesVersion: 'r2', report: report({ flags: [flag('fp-1', 'error'), flag('fp-2')] }) });
        const r3Report = report({
          agency: 'Sở Nội vụ',
          period: '2023-H1',
          records: [figure('dossier.received', 1204), figure('dossier.resolved', 1180)],
          flags: [flag('fp-1'), flag('fp-3', 'info')],
        });
        const r3 = await store.putExtraction({ documentId: id, rulesVersion: 'r3', report: r3Report, createdAt: '2024-01-02T03:04:05.000Z' });

        expect([r1, r2, r3].map((r) => [r.version, r.created, r.previousId])).toEqual([
          [1, true, null],
          [2, true, r1.id],
          [3, true, r2.id],
        ]);
        const history = await store.listExtractions(id);
        expect(history.map((e) => [e.version, e.current, e.rulesVersion])).toEqual([
          [1, false, 'r1'],
          [2, false, 'r2'],
          [3, true, 'r3'],
        ]);
        expect(history[1]!.flagCounts).toEqual({ error: 1, warning: 1, info: 0 });

        const current = await store.getCurrentExtraction(id);
        expect(current).toMatchObject({ id: r3.id, version: 3, current: true, recordCount: 2, createdAt: '2024-01-02T03:04:05.000Z' });
        expect(current!.flagCounts).toEqual({ error: 0, warning: 1, info: 1 });
        expect(current!.report).toEqual(r3Report);
        expect((await store.getExtraction(r1.id))!.report.flags.map((f) => f.fingerprint)).toEqual(['fp-1']);

        expect(await store.getDocumentById(id)).toMatchObject({
          status: 'extracted',
          agency: 'Sở Nội vụ',
          province: 'Nam Định',
          period: '2023-H1',
        });
        const [{ n }] = (await database.query<{ n: number | string }>(
          `select count(*) as n from extractions where document_id = ${id} and is_current = ${backend.name === 'postgres' ? 'true' : '1'}`,
        )) as [{ n: number | string }];
        expect(Number(n)).toBe(1);
      });

      it('refuses a second current row at the database level', async () => {
        const id = await newDocument();
        await store.putExtraction({ documentId: id, rulesVersion: 'r1', report: report() });
        const t = backend.name === 'postgres' ? 'true' : '1';
        await expect(
          database.query(
            `insert into extractions (document_id, version, is_current, rules_version, report, record_count, flags_error, flags_warning, flags_info, created_at)
             values (${id}, 2, ${t}, 'x', '{}', 0, 0, 0, 0, '2024-01-01T00:00:00Z')`,
          ),
        ).rejects.toThrow();
      });

      it('an idempotency key makes a retried put a no-op', async () => {
        const id = await newDocument();
        const first = await store.putExtraction({ documentId: id, rulesVersion: 'r1', report: report(), key: 'job-1' });
        const retry = await store.putExtraction({ documentId: id, rulesVersion: 'r1', report: report(), key: 'job-1' });
        expect(retry).toEqual({ id: first.id, version: 1, created: false, previousId: first.id });
        const next = await store.putExtraction({ documentId: id, rulesVersion: 'r1', report: report(), key: 'job-2' });
        expect(next).toMatchObject({ version: 2, created: true, previousId: first.id });
        expect(await store.listExtractions(id)).toHaveLength(2);
      });

      it('validates the report and the document', async () => {
        const id = await newDocument();
        const bad = { ...report(), records: [{ ...figure('dossier.received', 1), metric: 'Không Hợp Lệ' }] };
        await expect(store.putExtraction({ documentId: id, rulesVersion: 'r1', report: bad })).rejects.toThrow();
        await expect(store.putExtraction({ documentId: 777_777, rulesVersion: 'r1', report: report() })).rejects.toBeInstanceOf(StoreNotFoundError);
        expect(await store.listExtractions(id)).toEqual([]);
        expect(await store.getCurrentExtraction(id)).toBeUndefined();
      });

      it('concurrent puts from several connections get distinct versions and one current', async () => {
        const id = await newDocument();
        const stores = [store, await another(), await another()];
        const results = await Promise.all(
          stores.flatMap((s) => [1, 2, 3, 4].map(() => s.putExtraction({ documentId: id, rulesVersion: 'r', report: report() }))),
        );
        expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
        const history = await store.listExtractions(id);
        expect(history.filter((e) => e.current).map((e) => e.version)).toEqual([12]);
      });

      it('lists current extractions across documents', async () => {
        const a = await newDocument();
        const b = await newDocument();
        const c = await newDocument();
        await store.putExtraction({ documentId: a, rulesVersion: 'r', report: report({ period: '2023-Q1' }) });
        await store.putExtraction({ documentId: a, rulesVersion: 'r', report: report({ period: '2023-Q1' }) });
        await store.putExtraction({ documentId: b, rulesVersion: 'r', report: report({ period: '2023-H1' }) });
        await store.putExtraction({ documentId: c, rulesVersion: 'r', report: report({ agency: 'Sở Y tế', period: '2023-Q1' }) });

        const all = await store.listCurrentExtractions();
        expect(all.map((e) => [e.documentId, e.version])).toEqual([[a, 2], [b, 1], [c, 1]]);
        expect((await store.listCurrentExtractions({ agency: 'Sở Tư pháp' })).map((e) => e.documentId)).toEqual([a, b]);
        expect((await store.listCurrentExtractions({ period: '2023-Q1' })).map((e) => e.documentId)).toEqual([a, c]);
        expect((await store.listCurrentExtractions({ documentIds: [c] })).map((e) => e.documentId)).toEqual([c]);
        expect(await store.listCurrentExtractions({ documentIds: [] })).toEqual([]);
      });
    });

    it('stores NUL characters and lone surrogates as U+FFFD, keeping offsets', async () => {
      const hostile = 'Tiếp nhận\u0000 1.204 hồ sơ \uD800.';
      const safe = 'Tiếp nhận\uFFFD 1.204 hồ sơ \uFFFD.';
      const { id } = await store.putDocument({ content: fileBytes(), fileName: 'bao\u0000cao.pdf', format: 'pdf' });
      expect((await store.getDocumentById(id))!.fileName).toBe('bao\uFFFDcao.pdf');
      await store.putConversion({ documentId: id, converterVersion: 'c1', markdown: hostile, pages: [], warnings: [hostile] });
      const conversion = (await store.getCurrentConversion(id))!;
      expect(conversion.markdown).toBe(safe);
      expect(conversion.markdown).toHaveLength(hostile.length);
      expect(conversion.warnings).toEqual([safe]);
      await store.putExtraction({ documentId: id, rulesVersion: 'r', report: report({ records: [figure('dossier.received', 1204, hostile)] }) });
      expect((await store.getCurrentExtraction(id))!.report.records[0]!.text).toBe(safe);
    });

    describe('reviews', () => {
      it('attach by fingerprint and survive a new extraction version; latest wins, history kept', async () => {
        const id = await newDocument();
        await store.putExtraction({ documentId: id, rulesVersion: 'r1', report: report({ flags: [flag('fp-keep'), flag('fp-gone')] }) });
        await store.addReview({ documentId: id, fingerprint: 'fp-keep', check: 'sum-mismatch', decision: 'confirmed', reviewer: 'lan', createdAt: '2024-03-01T08:00:00Z' });
        await store.addReview({ documentId: id, fingerprint: 'fp-gone', decision: 'dismissed', reason: 'Số liệu lũy kế', reviewer: 'lan', createdAt: '2024-03-01T08:05:00Z' });
        await store.addReview({
          documentId: id,
          fingerprint: 'fp-keep',
          decision: 'corrected',
          correctedValue: 64.5,
          reason: 'Tổng số đúng là 64,5',
          reviewer: 'minh',
          createdAt: '2024-03-02T08:00:00Z',
        });

        await store.putExtraction({ documentId: id, rulesVersion: 'r2', report: report({ flags: [flag('fp-keep'), flag('fp-new')] }) });
        const current = (await store.getCurrentExtraction(id))!;
        const latest = await store.latestReviewsByFingerprint(id);
        const attached = current.report.flags.map((f) => [f.fingerprint, latest.get(f.fingerprint)?.decision ?? null]);
        expect(attached).toEqual([
          ['fp-keep', 'corrected'],
          ['fp-new', null],
        ]);
        expect(latest.get('fp-keep')).toMatchObject({ correctedValue: 64.5, reviewer: 'minh', createdAt: '2024-03-02T08:00:00.000Z' });

        const history = await store.listReviews({ fingerprint: 'fp-keep' });
        expect(history.map((r) => [r.decision, r.reviewer, r.check])).toEqual([
          ['confirmed', 'lan', 'sum-mismatch'],
          ['corrected', 'minh', null],
        ]);
        expect(await store.listReviews({ documentId: id })).toHaveLength(3);
        expect(await store.listReviews({ documentId: await newDocument() })).toEqual([]);
      });

      it('a corrected decision needs a value', async () => {
        const id = await newDocument();
        await expect(store.addReview({ documentId: id, fingerprint: 'fp', decision: 'corrected', reviewer: 'lan' })).rejects.toThrow(RangeError);
      });
    });

    describe('runs', () => {
      it('records runs with their summary; lastRun by kind', async () => {
        const nightly1 = await store.startRun({ kind: 'nightly', params: { all: true }, startedAt: '2024-05-01T19:00:00Z' });
        expect(nightly1).toMatchObject({ kind: 'nightly', status: 'running', params: { all: true }, summary: null, finishedAt: null });
        const summary = { documents: 3, recordsAdded: 4, recordsRemoved: 1, recordsChanged: 2, flagsOpened: 1, flagsClosed: 0 };
        const done = await store.finishRun(nightly1.id, { summary, finishedAt: '2024-05-01T19:02:00Z' });
        expect(done).toMatchObject({ status: 'succeeded', summary, finishedAt: '2024-05-01T19:02:00.000Z' });

        const nightly2 = await store.startRun({ kind: 'nightly', startedAt: '2024-05-02T19:00:00Z' });
        await store.startRun({ kind: 'batch' });
        expect((await store.lastRun('nightly'))!.id).toBe(nightly2.id);
        expect((await store.lastRun('nightly', { finished: true }))!.id).toBe(nightly1.id);
        expect(await store.lastRun('reprocess')).toBeUndefined();

        const failed = await store.finishRun(nightly2.id, { error: 'Redis không phản hồi' });
        expect(failed).toMatchObject({ status: 'failed', error: 'Redis không phản hồi' });
        expect((await store.listRuns({ kind: 'nightly' })).map((r) => r.id)).toEqual([nightly2.id, nightly1.id]);
        expect(await store.getRun(nightly1.id)).toEqual(done);
        await expect(store.finishRun(989_898)).rejects.toBeInstanceOf(StoreNotFoundError);
      });
    });

    describe('accounts', () => {
      it('keeps users, tokens and an audit log', async () => {
        const user = await store.createUser({ name: 'lan', role: 'analyst', passwordHash: 'scrypt$abc' });
        expect(await store.getUserByName('lan')).toEqual(user);
        expect(user).toMatchObject({ role: 'analyst', disabled: false });
        await expect(store.createUser({ name: 'lan', role: 'admin', passwordHash: 'x' })).rejects.toThrow();

        const token = await store.createToken({ name: 'may-quet', role: 'uploader', tokenHash: 'h1' });
        expect(await store.getTokenByHash('h1')).toEqual(token);
        await store.revokeToken(token.id);
        expect(await store.getTokenByHash('h1')).toBeUndefined();

        await store.addAudit({ actor: 'lan', action: 'review.add', detail: { fingerprint: 'fp' }, at: '2024-01-01T00:00:00Z' });
        await store.addAudit({ actor: 'minh', action: 'document.upload', at: '2024-01-02T00:00:00Z' });
        expect((await store.listAudit()).map((e) => e.action)).toEqual(['document.upload', 'review.add']);
        expect(await store.listAudit({ actor: 'lan' })).toMatchObject([{ detail: { fingerprint: 'fp' } }]);
      });
    });

    it('stats count documents, current extractions, records and flags by severity', async () => {
      expect(await store.stats()).toEqual({
        documents: { total: 0, byStatus: { queued: 0, converted: 0, extracted: 0, failed: 0 } },
        extractions: { total: 0, current: 0 },
        records: 0,
        flags: { error: 0, warning: 0, info: 0 },
        reviews: { total: 0, byDecision: { confirmed: 0, dismissed: 0, corrected: 0 } },
      });
      const a = await newDocument();
      const b = await newDocument();
      const failed = await newDocument();
      await newDocument();
      await store.setDocumentStatus(failed, 'failed', { code: 'corrupt-docx', message: 'Tệp hỏng.' });
      await store.putExtraction({ documentId: a, rulesVersion: 'r1', report: report({ flags: [flag('1', 'error'), flag('2', 'error')] }) });
      await store.putExtraction({
        documentId: a,
        rulesVersion: 'r2',
        report: report({ records: [figure('dossier.received', 1), figure('dossier.resolved', 1)], flags: [flag('1', 'error'), flag('3')] }),
      });
      await store.putExtraction({ documentId: b, rulesVersion: 'r2', report: report({ flags: [flag('4'), flag('5', 'info')] }) });
      await store.addReview({ documentId: a, fingerprint: '1', decision: 'dismissed', reviewer: 'lan' });

      expect(await store.stats()).toEqual({
        documents: { total: 4, byStatus: { queued: 1, converted: 0, extracted: 2, failed: 1 } },
        extractions: { total: 3, current: 2 },
        records: 3,
        flags: { error: 1, warning: 2, info: 1 },
        reviews: { total: 1, byDecision: { confirmed: 0, dismissed: 1, corrected: 0 } },
      });
    });

    describe('bodies', () => {
      const judicial = bodyKeyOf('Sở Tư pháp', 'Nam Định')!;

      it('lists the documents of a body whatever the spelling of its agency and province, kept by metadata and extractions', async () => {
        const a = await newDocument(store, 'a');
        const b = await newDocument(store, 'b');
        const c = await newDocument(store, 'c');
        const d = await newDocument(store, 'd');
        await store.setDocumentMetadata(a, { agency: 'Sở Tư pháp', province: 'Nam Định', period: '2023-Q1' });
        await store.setDocumentMetadata(b, { agency: 'SỞ TƯ  PHÁP', province: 'nam dinh', period: '2023-Q2' });
        await store.setDocumentMetadata(c, { agency: 'Sở Tư pháp', province: 'Hà Nam', period: '2023-Q1' });
        await store.putExtraction({ documentId: d, rulesVersion: 'r1', report: { ...report(), agency: 'Sở  tư pháp', province: 'Nam Định' } });
        const ids = async (bodies: string[]) => (await store.listDocuments({ bodies })).map((x) => x.id);
        expect(await ids([judicial])).toEqual([a, b, d]);
        expect(await ids([judicial, bodyKeyOf('Sở Tư pháp', 'Hà Nam')!])).toEqual([a, b, c, d]);
        expect((await store.listDocuments({ bodies: [judicial], status: 'extracted' })).map((x) => x.id)).toEqual([d]);
        // a new reading of the report moves the document to its new body
        await store.setDocumentMetadata(a, { agency: 'Sở Nội vụ', province: 'Nam Định', period: '2023-Q1' });
        expect(await ids([judicial])).toEqual([b, d]);
      });

      it('the migration gives the documents stored before it their body', async () => {
        const a = await newDocument(store, 'a');
        await store.setDocumentMetadata(a, { agency: 'SỞ TƯ PHÁP', province: 'Nam Định', period: '2023-Q1' });
        // back to the schema before 0003, the document's metadata kept
        await database.query('drop index documents_body_key');
        await database.query('alter table documents drop column body_key');
        await database.query("delete from kysely_migration where name = '0003-body-key'");
        const reopened = await another();
        expect((await reopened.listDocuments({ bodies: [judicial] })).map((x) => x.id)).toEqual([a]);
      });
    });

    describe('migrations', () => {
      it('run once and are re-entrant: opening again, even concurrently, changes nothing', async () => {
        const id = await newDocument();
        const reopened = await Promise.all([another(), another(), another()]);
        for (const s of reopened) expect((await s.getDocumentById(id))!.id).toBe(id);
        const rows = await database.query<{ name: string }>('select name from kysely_migration order by name');
        expect(rows.map((r) => r.name)).toEqual(['0001-initial', '0002-accounts', '0003-body-key']);
      });
    });

    it('several processes putting the same file and extracting it concurrently: one document, distinct versions', async () => {
      const script = new URL('./put-same-file.ts', import.meta.url).pathname;
      const content = `tệp dùng chung ${Math.random()}`;
      const outputs = await Promise.all(
        [1, 2, 3].map(() =>
          run(process.execPath, ['--import', 'tsx', script, database.location, content, '3'], {
            cwd: new URL('../..', import.meta.url).pathname,
          }),
        ),
      );
      const results = outputs.map((o) => JSON.parse(o.stdout) as { puts: { id: number; created: boolean }[]; versions: number[] });
      const puts = results.flatMap((r) => r.puts);
      expect(puts.filter((p) => p.created)).toHaveLength(1);
      expect(new Set(puts.map((p) => p.id)).size).toBe(1);
      const versions = results.flatMap((r) => r.versions).sort((a, b) => a - b);
      expect(versions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      const docs = await store.listDocuments();
      expect(docs).toHaveLength(1);
      expect((await store.listExtractions(docs[0]!.id)).filter((e) => e.current).map((e) => e.version)).toEqual([9]);
    }, 60_000);
  });
}
