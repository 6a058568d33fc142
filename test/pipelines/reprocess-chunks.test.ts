/**
 * `reprocess` goes through the archive in chunks of whole bodies: the same store reprocessed in
 * one chunk and in chunks of one body ends with the same reports and the same cross-report flags,
 * also when a new reading moves a report to a body whose other reports sit in another chunk.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunksByBody, reprocess } from '../../pipelines/reprocess.ts';
import { runIngest } from '../../src/cli/commands/ingest.ts';
import { openStore, type Store, type StoredDocument } from '../../src/store/index.ts';
import { writeReport } from '../workers/helpers/generate-reports.ts';
import { captured, copyFixtures, tempDir } from './helpers.ts';

const tmp = tempDir('solieu-chunks-');
const input = join(tmp.dir, 'in');
const PLANTED = [
  'period-regression-1-q1-so-tu-phap-da-nang',
  'period-regression-2-h1-so-tu-phap-da-nang',
  'duplicate-report-1-so-khcn-tay-ninh',
  'duplicate-report-2-so-khcn-tay-ninh',
];
let whole: Store;
let chunked: Store;

beforeAll(async () => {
  for (let i = 0; i < 4; i++) await writeReport(input, i);
  copyFixtures(input, PLANTED);
  for (const name of ['whole', 'chunked']) {
    const { result } = await captured(() => runIngest([input], { inline: true, db: join(tmp.dir, `${name}.db`) }));
    expect(result).toBe(0);
  }
  whole = await openStore(join(tmp.dir, 'whole.db'));
  chunked = await openStore(join(tmp.dir, 'chunked.db'));
}, 120_000);

afterAll(async () => {
  await whole?.close();
  await chunked?.close();
  tmp.remove();
});

/** Each document's current report (by file name): its records and its flags' fingerprints and messages. */
async function state(store: Store) {
  const docs = new Map((await store.listDocuments()).map((d) => [d.id, d.fileName]));
  const out: { [file: string]: { records: unknown[]; flags: string[] } } = {};
  for (const e of await store.listCurrentExtractions()) {
    out[docs.get(e.documentId)!] = {
      records: e.report.records,
      flags: e.report.flags.map((f) => `${f.check} ${f.fingerprint} ${f.message}`).sort(),
    };
  }
  return out;
}

/** Stores a report of the Đà Nẵng Sở Tư pháp pair as if an older reading had given it another body. */
async function misfile(store: Store): Promise<void> {
  const doc = (await store.listDocuments()).find((d) => d.fileName.startsWith('period-regression-2'))!;
  await store.setDocumentMetadata(doc.id, { agency: 'Sở Văn hóa', province: 'Quảng Nam', period: doc.period });
}

describe('reprocess in chunks of whole bodies', () => {
  it('ends with the same reports and cross-report flags as one chunk, a moved report included', async () => {
    await misfile(whole);
    await misfile(chunked);
    const one = await reprocess(whole, { all: true }, { rulesVersion: 'r2' });
    const many = await reprocess(chunked, { all: true }, { rulesVersion: 'r2', chunkSize: 1 });
    expect(many.summary).toMatchObject({ documents: one.summary.documents, written: one.summary.written, failed: 0 });

    const a = await state(whole);
    const b = await state(chunked);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const file of Object.keys(a)) expect({ file, ...b[file] }).toEqual({ file, ...a[file] });
    // the planted cross-report findings are there, the moved report's one included
    const checks = (file: string) => b[`${file}.docx`]!.flags.map((f) => f.split(' ')[0]);
    expect(checks('period-regression-2-h1-so-tu-phap-da-nang')).toContain('period-regression');
    expect([...checks('duplicate-report-1-so-khcn-tay-ninh'), ...checks('duplicate-report-2-so-khcn-tay-ninh')]).toContain('duplicate-report');
  });
});

describe('chunksByBody', () => {
  const doc = (id: number, agency: string | null, province = 'Hà Nam') => ({ id, agency, province }) as StoredDocument;

  it('never splits a body, and fills chunks up to the size', () => {
    const docs = [doc(1, 'Sở A'), doc(2, 'SỞ A'), doc(3, 'Sở B'), doc(4, null), doc(5, 'Sở A'), doc(6, 'Sở C'), doc(7, 'Sở C')];
    const ids = (size: number) => chunksByBody(docs, size).map((c) => c.map((d) => d.id));
    expect(ids(2)).toEqual([[1, 2, 5], [3, 4], [6, 7]]);
    expect(ids(4)).toEqual([[1, 2, 5, 3], [4, 6, 7]]);
    expect(ids(100)).toEqual([[1, 2, 5, 3, 4, 6, 7]]);
  });
});
