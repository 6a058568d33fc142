/**
 * The JSON API through Fastify's inject: every route, its roles (401 without a token, 403 for a
 * role too low), its validation (400 with a message saying what is wrong), its answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../../src/schema/index.ts';
import { findSoffice } from '../../src/convert/doc.ts';
import { bearer, makeHarness, multipart, uploadApi, type Harness } from './helpers.ts';
import { PARTS_ADD_UP, PARTS_EXCEED, makeReport } from './make-report.ts';

let h: Harness;
let flagged: Uint8Array;
let clean: Uint8Array;

beforeAll(async () => {
  h = await makeHarness();
  flagged = await makeReport({ body: PARTS_EXCEED });
  clean = await makeReport({
    agencyLine: 'SỞ Y TẾ',
    provinceLine: 'UBND TỈNH NINH BÌNH',
    body: PARTS_ADD_UP,
  });
});
afterAll(() => h.close());

const get = (url: string, token?: string) => h.app.inject({ method: 'GET', url, headers: token ? bearer(token) : {} });
const postJson = (url: string, body: unknown, token?: string) =>
  h.app.inject({ method: 'POST', url, payload: JSON.stringify(body), headers: { 'content-type': 'application/json', ...(token ? bearer(token) : {}) } });

function expectError(res: { statusCode: number; json(): unknown }, status: number, code?: string) {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { error: { code: string; message: string } };
  expect(body.error.message).toMatch(/\S/);
  if (code) expect(body.error.code).toBe(code);
  return body.error;
}

describe('authentication and roles', () => {
  const routes: [string, string][] = [
    ['GET', '/api/reports'],
    ['GET', '/api/reports/1'],
    ['POST', '/api/reports'],
    ['POST', '/api/reports/1/reprocess'],
    ['GET', '/api/flags'],
    ['POST', '/api/flags/abcdef012345/review'],
    ['GET', '/api/export?period=2023-Q1'],
  ];

  it.each(routes)('%s %s without a token is 401', async (method, url) => {
    const res = await h.app.inject({ method: method as 'GET', url });
    expectError(res, 401, 'unauthorized');
  });

  it('a wrong or revoked token is 401, and a session cookie does not open the API', async () => {
    expectError(await get('/api/reports', 'slu_not-a-real-token'), 401);
    const res = await h.app.inject({ method: 'GET', url: '/api/reports', headers: { cookie: 'solieu_session=x' } });
    expectError(res, 401);
  });

  it.each([
    ['GET', '/api/flags'],
    ['POST', '/api/flags/abcdef012345/review'],
    ['GET', '/api/export?period=2023-Q1'],
    ['POST', '/api/reports/1/reprocess'],
  ])('%s %s as uploader is 403', async (method, url) => {
    const res = await h.app.inject({ method: method as 'GET', url, headers: bearer(h.tokens.uploader) });
    const error = expectError(res, 403, 'forbidden');
    expect(error.message).toContain('Chuyên viên phân tích');
  });
});

describe('POST /api/reports and GET /api/reports', () => {
  it('stores several files, answers 202 with statuses, and processes them', async () => {
    const res = await uploadApi(h, [
      { name: 'so-tu-phap-quy-1.docx', bytes: flagged },
      { name: 'so-y-te-quy-1.docx', bytes: clean },
    ]);
    expect(res.statusCode).toBe(202);
    const body = res.json() as { files: { id: number; created: boolean; status: string }[] };
    expect(body.files).toHaveLength(2);
    expect(body.files.every((f) => f.created)).toBe(true);

    const list = await get('/api/reports?period=2023-Q1', h.tokens.uploader);
    expect(list.statusCode).toBe(200);
    const reports = (list.json() as { reports: { fileName: string; status: string; agency: string; flags: { error: number } }[] }).reports;
    const byName = Object.fromEntries(reports.map((r) => [r.fileName, r]));
    expect(byName['so-tu-phap-quy-1.docx']).toMatchObject({ status: 'flagged', agency: 'Sở Tư pháp' });
    expect(byName['so-tu-phap-quy-1.docx']!.flags.error).toBeGreaterThan(0);
    expect(byName['so-y-te-quy-1.docx']).toMatchObject({ agency: 'Sở Y tế' });
  });

  it('the same file again is not stored twice', async () => {
    const res = await uploadApi(h, [{ name: 'lai-lan-nua.docx', bytes: flagged }]);
    expect(res.statusCode).toBe(202);
    expect((res.json() as { files: { created: boolean }[] }).files[0]!.created).toBe(false);
    const all = (await get('/api/reports', h.tokens.admin)).json() as { reports: unknown[] };
    expect(all.reports).toHaveLength(2);
  });

  it('refuses other file types with a Vietnamese reason, and a request with no valid file is 400', async () => {
    const body = multipart([{ name: 'ghi-chu.txt', bytes: new TextEncoder().encode('xin chào') }]);
    const res = await h.app.inject({ method: 'POST', url: '/api/reports', payload: body.payload, headers: { ...body.headers, ...bearer(h.tokens.uploader) } });
    expect(res.statusCode).toBe(400);
    const json = res.json() as { error: { code: string }; refused: { code: string; message: string }[] };
    expect(json.error.code).toBe('no-valid-files');
    expect(json.refused[0]).toMatchObject({ code: 'unsupported-type' });
    expect(json.refused[0]!.message).toContain('.docx');
  });

  it.runIf(findSoffice() !== undefined)('takes an OpenDocument text (.odt) and reads it through LibreOffice', { timeout: 240_000 }, async () => {
    const odt = new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/bad/report-unicode.odt')));
    const res = await uploadApi(h, [{ name: 'bao-cao-quy-2.odt', bytes: odt }]);
    expect(res.statusCode).toBe(202);
    const all = (await get('/api/reports', h.tokens.uploader)).json() as { reports: { fileName: string; status: string; agency: string | null }[] };
    const got = all.reports.find((r) => r.fileName === 'bao-cao-quy-2.odt');
    expect(got).toBeDefined();
    expect(got!.status).not.toBe('failed');
    expect(got!.agency).toBeTruthy();
  });

  it('a body that is not multipart is 400 with a clear message', async () => {
    const res = await postJson('/api/reports', { files: [] }, h.tokens.uploader);
    const error = expectError(res, 400, 'not-multipart');
    expect(error.message).toContain('multipart/form-data');
  });

  it('an empty multipart is 400', async () => {
    const body = multipart([], { note: 'không có tệp' });
    const res = await h.app.inject({ method: 'POST', url: '/api/reports', payload: body.payload, headers: { ...body.headers, ...bearer(h.tokens.uploader) } });
    expectError(res, 400, 'no-files');
  });

  it('validates the query', async () => {
    const error = expectError(await get('/api/reports?period=quy-1', h.tokens.uploader), 400, 'invalid-input');
    expect(error.message).toContain('"period"');
    expect(error.message).toContain('2022-Q1');
    expectError(await get('/api/reports?status=lost', h.tokens.uploader), 400, 'invalid-input');
  });
});

describe('GET /api/reports/:id', () => {
  it('is the contract Report plus status and versions', async () => {
    const res = await get('/api/reports/1', h.tokens.uploader);
    expect(res.statusCode).toBe(200);
    const body = res.json() as Report & { id: number; status: string; versions: { version: number; current: boolean }[] };
    expect(() => Report.parse(body)).not.toThrow();
    expect(body).toMatchObject({ id: 1, status: 'flagged', agency: 'Sở Tư pháp', period: '2023-Q1' });
    expect(body.records.length).toBeGreaterThan(0);
    expect(body.versions).toEqual([expect.objectContaining({ version: 1, current: true })]);
  });

  it('404 for an unknown id, 400 for a malformed one', async () => {
    expectError(await get('/api/reports/999', h.tokens.uploader), 404, 'not-found');
    const error = expectError(await get('/api/reports/abc', h.tokens.uploader), 400, 'invalid-input');
    expect(error.message).toContain('mã');
  });
});

describe('flags and reviews', () => {
  let fingerprint = '';

  it('GET /api/flags lists flags with filters', async () => {
    const res = await get('/api/flags?period=2023-Q1&check=sum-mismatch&severity=error&status=open', h.tokens.analyst);
    expect(res.statusCode).toBe(200);
    const flags = (res.json() as { flags: { fingerprint: string; check: string; status: string; documentId: number }[] }).flags;
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ check: 'sum-mismatch', status: 'open', documentId: 1 });
    fingerprint = flags[0]!.fingerprint;
    const none = (await get('/api/flags?period=2024-Q1', h.tokens.analyst)).json() as { flags: unknown[] };
    expect(none.flags).toHaveLength(0);
  });

  it('GET /api/flags rejects unknown filter values', async () => {
    const error = expectError(await get('/api/flags?severity=fatal', h.tokens.analyst), 400, 'invalid-input');
    expect(error.message).toContain('"severity"');
    expectError(await get('/api/flags?status=closed', h.tokens.analyst), 400, 'invalid-input');
  });

  it('POST review validates the decision', async () => {
    const url = `/api/flags/${fingerprint}/review`;
    let error = expectError(await postJson(url, { decision: 'dismissed' }, h.tokens.analyst), 400, 'invalid-input');
    expect(error.message).toContain('lý do');
    error = expectError(await postJson(url, { decision: 'corrected', reason: 'sai số' }, h.tokens.analyst), 400);
    expect(error.message).toContain('giá trị');
    error = expectError(await postJson(url, { decision: 'maybe' }, h.tokens.analyst), 400);
    expect(error.message).toContain('confirmed');
    error = expectError(await postJson(url, { decision: 'corrected', value: 'nhiều' }, h.tokens.analyst), 400);
    expect(error.message).toContain('số');
    expectError(
      await h.app.inject({ method: 'POST', url, payload: '{"decision":', headers: { 'content-type': 'application/json', ...bearer(h.tokens.analyst) } }),
      400,
      'invalid-json',
    );
    expectError(await postJson('/api/flags/0123456789abcdef01234567/review', { decision: 'confirmed' }, h.tokens.analyst), 404);
    expectError(await postJson('/api/flags/not-hex!/review', { decision: 'confirmed' }, h.tokens.analyst), 400);
  });

  it('POST review stores the decision by fingerprint and audits it', async () => {
    const res = await postJson(`/api/flags/${fingerprint}/review`, { decision: 'dismissed', reason: 'Số liệu lĩnh vực gồm cả hồ sơ kỳ trước' }, h.tokens.analyst);
    expect(res.statusCode).toBe(201);
    expect((res.json() as { review: unknown }).review).toMatchObject({ decision: 'dismissed', reviewer: 'token:analyst-script', fingerprint });
    const flags = (await get('/api/flags?status=dismissed', h.tokens.analyst)).json() as { flags: { fingerprint: string; review: { reason: string } }[] };
    expect(flags.flags.map((f) => f.fingerprint)).toEqual([fingerprint]);
    expect(flags.flags[0]!.review.reason).toContain('kỳ trước');
    const audit = await h.store.listAudit({ actor: 'token:analyst-script' });
    expect(audit.some((a) => a.action === 'flag.review' && a.detail['fingerprint'] === fingerprint)).toBe(true);
  });

  it('reprocessing keeps the decision (POST /api/reports/:id/reprocess)', async () => {
    h.rules = 'r-test-2'; // the rules changed: reprocessing writes a new version
    const res = await h.app.inject({ method: 'POST', url: '/api/reports/1/reprocess', headers: bearer(h.tokens.analyst) });
    expect(res.statusCode).toBe(202);
    await h.bridge.idle();
    const report = (await get('/api/reports/1', h.tokens.analyst)).json() as { versions: { version: number; current: boolean }[] };
    expect(report.versions.map((v) => v.version)).toEqual([1, 2]);
    const flags = (await get(`/api/flags?check=sum-mismatch&period=2023-Q1`, h.tokens.analyst)).json() as { flags: { fingerprint: string; status: string; version: number }[] };
    expect(flags.flags).toEqual([expect.objectContaining({ fingerprint, status: 'dismissed', version: 2 })]);
    expectError(await h.app.inject({ method: 'POST', url: '/api/reports/999/reprocess', headers: bearer(h.tokens.analyst) }), 404);
  });

  it('a finding that the new rules no longer raise is shown as resolved', async () => {
    const current = (await h.store.getCurrentExtraction(1))!;
    const report = { ...current.report, flags: current.report.flags.filter((f) => f.fingerprint !== fingerprint) };
    await h.store.putExtraction({ documentId: 1, rulesVersion: 'rules-after-change', report });
    const flags = (await get('/api/flags?status=resolved', h.tokens.analyst)).json() as {
      flags: { fingerprint: string; status: string; resolvedInVersion: number; review: { decision: string } }[];
    };
    expect(flags.flags).toEqual([expect.objectContaining({ fingerprint, status: 'resolved', resolvedInVersion: 3 })]);
    expect(flags.flags[0]!.review.decision).toBe('dismissed');
    const error = expectError(await postJson(`/api/flags/${fingerprint}/review`, { decision: 'confirmed' }, h.tokens.analyst), 400, 'flag-resolved');
    expect(error.message).toContain('quy tắc mới');
  });
});

describe('GET /api/export', () => {
  it('needs a valid period and format', async () => {
    let error = expectError(await get('/api/export', h.tokens.analyst), 400, 'invalid-input');
    expect(error.message).toContain('"period"');
    error = expectError(await get('/api/export?period=2023-Q1&format=pdf', h.tokens.analyst), 400, 'invalid-input');
    expect(error.message).toContain('csv');
  });

  it('CSV: one row per agency, totals', async () => {
    const res = await get('/api/export?period=2023-Q1&format=csv', h.tokens.analyst);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('solieu-2023-Q1.csv');
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toContain('Hồ sơ tiếp nhận — lĩnh vực Chứng thực');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^Sở Tư pháp,Ninh Bình,70,/);
    expect(lines[2]).toMatch(/^Sở Y tế,Ninh Bình,70,/);
    expect(lines[3]).toMatch(/^Tổng cộng,,140,/);
  });

  it('CSV of the flag list carries the decisions', async () => {
    const res = await get('/api/export?period=2023-Q1&format=csv&table=flags', h.tokens.analyst);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Hết theo quy tắc mới');
    expect(res.body).toContain('Số liệu lĩnh vực gồm cả hồ sơ kỳ trước');
  });

  it('xlsx reads back with both sheets', async () => {
    const res = await get('/api/export?period=2023-Q1&format=xlsx', h.tokens.analyst);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Tổng hợp')!;
    expect(sheet.getRow(4).getCell(1).value).toBe('Sở Tư pháp');
    expect(sheet.getRow(6).getCell(1).value).toBe('Tổng cộng');
    expect(sheet.getRow(6).getCell(3).value).toBe(140);
    expect(wb.getWorksheet('Cảnh báo')!.rowCount).toBeGreaterThan(1);
  });
});
