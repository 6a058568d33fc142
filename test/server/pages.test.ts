/**
 * The pages through inject with a cookie jar: login, roles, CSRF, upload with live status,
 * matrix, report and flag pages (report text escaped), decisions, reprocessing, admin, errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/index.ts';
import { Session, makeHarness, multipart, type Harness } from './helpers.ts';
import { PARTS_ADD_UP, PARTS_EXCEED, SCRIPT_TEXT, makeReport } from './make-report.ts';

let h: Harness;
let analyst: Session;
const EVIL_NAME = '<img src=x onerror=alert(1)>.docx';

beforeAll(async () => {
  h = await makeHarness();
  analyst = new Session(h.app);
  await analyst.login('analyst');
});
afterAll(() => h.close());

async function uploadAsPage(s: Session, files: { name: string; bytes: Uint8Array }[], csrf = s.csrf) {
  const body = multipart(files);
  return h.app.inject({
    method: 'POST',
    url: '/upload',
    payload: body.payload,
    headers: { ...body.headers, cookie: s.cookieHeader, 'x-csrf-token': csrf, accept: 'application/json' },
  });
}

describe('login, sessions, roles', () => {
  it('sends people who are not signed in to the login page', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/flags?period=2023-Q1' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/login?next=%2Fflags%3Fperiod%3D2023-Q1');
    const login = await h.app.inject({ method: 'GET', url: '/login' });
    expect(login.body).toContain('Đăng nhập');
    expect(login.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('refuses a wrong password in Vietnamese and audits it', async () => {
    const s = new Session(h.app);
    await s.get('/login');
    const res = await s.post('/login', { name: 'analyst', password: 'sai-mat-khau' });
    expect(res.statusCode).toBe(401);
    expect(res.body).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(s.cookies.has('solieu_session')).toBe(false);
    const audit = await h.store.listAudit({ actor: 'analyst' });
    expect(audit.some((a) => a.action === 'login.failed')).toBe(true);
  });

  it('refuses a form without its CSRF token', async () => {
    const s = new Session(h.app);
    await s.get('/login');
    const res = await s.post('/login', { name: 'analyst', password: 'mat-khau-thu-nghiem' }, false);
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Biểu mẫu đã hết hạn');
  });

  it('sets an HttpOnly, SameSite session cookie and only lets a local path follow the login', async () => {
    const s = new Session(h.app);
    await s.get('/login');
    const res = await s.post('/login', { name: 'uploader', password: 'mat-khau-thu-nghiem', next: '//evil.example/' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/solieu_session=[^;]+;.*HttpOnly/);
    expect(cookie).toContain('SameSite=Lax');
  });

  it('gives each role its pages and a Vietnamese 403 for the others', async () => {
    const uploader = new Session(h.app);
    await uploader.login('uploader');
    expect((await uploader.get('/upload')).statusCode).toBe(200);
    const denied = await uploader.get('/flags');
    expect(denied.statusCode).toBe(403);
    expect(denied.body).toContain('Không có quyền');
    expect((await uploader.get('/export')).statusCode).toBe(403);
    expect((await analyst.get('/admin')).statusCode).toBe(403);
    expect((await analyst.get('/flags')).statusCode).toBe(200);
  });
});

describe('upload, matrix, report and flag pages', () => {
  let fingerprint = '';
  let docId = 0;

  it('uploads through the page (CSRF header) and reports live statuses', async () => {
    const flagged = await makeReport({ body: [SCRIPT_TEXT, ...PARTS_EXCEED.map((l, i) => (i === 0 ? l.replace('Trong quý,', 'Trong quý <b>I</b>,') : l))] });
    const clean = await makeReport({ agencyLine: 'SỞ Y TẾ', periodLabel: 'quý II năm 2023', date: '20 tháng 6 năm 2023', body: PARTS_ADD_UP });
    expect((await uploadAsPage(analyst, [{ name: 'x.docx', bytes: flagged }], 'wrong')).statusCode).toBe(403);
    const res = await uploadAsPage(analyst, [
      { name: EVIL_NAME, bytes: flagged },
      { name: 'so-y-te-quy-2.docx', bytes: clean },
      { name: 'anh.png', bytes: new Uint8Array([1, 2, 3]) },
    ]);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { files: { id: number; status: string }[]; refused: { fileName: string; message: string }[] };
    expect(body.files).toHaveLength(2);
    expect(body.refused).toEqual([expect.objectContaining({ fileName: 'anh.png' })]);
    docId = body.files[0]!.id;
    await h.bridge.idle();
    const status = await analyst.get(`/upload/status?ids=${body.files.map((f) => f.id).join(',')}`);
    const files = (status.json() as { files: { status: string; statusLabel: string }[] }).files;
    expect(files.map((f) => f.status)).toEqual(['flagged', 'flagged']);
    expect(files[0]!.statusLabel).toBe('Có cảnh báo');
    expect((await analyst.get('/upload/status?ids=abc')).statusCode).toBe(400);
  });

  it('the matrix shows arrived and missing reports with open errors', async () => {
    const res = await analyst.get('/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Quý I/2023');
    expect(res.body).toContain('Quý II/2023');
    expect(res.body).toContain('Sở Tư pháp (Ninh Bình)');
    expect(res.body).toContain('Chưa nộp');
    expect(res.body).toMatch(/\d+ lỗi chưa xử lý/);
    expect(res.body).toContain(`href="/reports/${docId}"`);
    expect((await analyst.get('/?year=2023&kind=Q')).statusCode).toBe(200);
    expect((await analyst.get('/?kind=weekly')).statusCode).toBe(400);
  });

  it('the report page renders the report text as text', async () => {
    const res = await analyst.get(`/reports/${docId}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<img src=x');
    expect(res.body).not.toContain('<b>I</b>');
    expect(res.body).toContain('&lt;img src=x onerror=alert(1)&gt;.docx');
    expect(res.body).toContain('Trong quý &lt;b&gt;I&lt;/b&gt;');
    expect(res.body).toContain('Cấu trúc mục');
    expect(res.body).toContain('Lịch sử phiên bản trích xuất');
    const m = /href="\/flags\/([0-9a-f]+)">Tổng các lĩnh vực/.exec(res.body);
    expect(m).not.toBeNull();
    fingerprint = m![1]!;
    const original = await analyst.get(`/reports/${docId}/original`);
    expect(original.statusCode).toBe(200);
    expect(original.headers['content-disposition']).toContain("filename*=UTF-8''%3Cimg");
    expect(original.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('the flag page shows the text around the figures, escaped, with both places', async () => {
    const res = await analyst.get(`/flags/${fingerprint}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>window.__pwned');
    expect(res.body).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(res.body).toMatch(/<mark class="place[^"]*">/);
    expect(res.body).toContain('<strong class="figure">48</strong>');
    expect(res.body).toContain('name="decision" value="dismissed"');
    expect((await analyst.get('/flags/zzz')).statusCode).toBe(400);
    expect((await analyst.get('/flags/0123456789abcdef01234567')).statusCode).toBe(404);
  });

  it('a dismissal needs a reason; the decision shows on the page and in the queue', async () => {
    await analyst.get(`/flags/${fingerprint}`);
    const missing = await analyst.post(`/flags/${fingerprint}/review`, { decision: 'dismissed', reason: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('cần nêu lý do khi bỏ qua cảnh báo');
    expect(missing.body).toContain('id="review-form"');
    await analyst.get(`/flags/${fingerprint}`);
    const ok = await analyst.post(`/flags/${fingerprint}/review`, { decision: 'dismissed', reason: 'Đã đối chiếu <sổ> tiếp nhận' });
    expect(ok.statusCode).toBe(303);
    const page = await analyst.get(ok.headers.location as string);
    expect(page.body).toContain('Đã lưu quyết định.');
    expect(page.body).toContain('Đã bỏ qua');
    expect(page.body).toContain('Đã đối chiếu &lt;sổ&gt; tiếp nhận');
    const queue = await analyst.get('/flags?status=dismissed');
    expect(queue.body).toContain(`/flags/${fingerprint}`);
    expect((await analyst.get('/flags')).body).not.toContain(`/flags/${fingerprint}"`);
  });

  it('reprocessing from the report page keeps the decision', async () => {
    await analyst.get(`/reports/${docId}`);
    h.rules = 'r-test-2';
    const res = await analyst.post(`/reports/${docId}/reprocess`, {});
    expect(res.statusCode).toBe(303);
    await h.bridge.idle();
    const page = await analyst.get(`/reports/${docId}?reprocess=1`);
    expect(page.body).toContain('2 (hiện hành)');
    const flag = await analyst.get(`/flags/${fingerprint}`);
    expect(flag.body).toMatch(/id="flag-status"><span class="flag-status flag-status-dismissed">Đã bỏ qua/);
    const audit = await h.store.listAudit({ actor: 'analyst' });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['report.reprocess', 'flag.review', 'document.upload', 'login']));
  });

  it('exports from the page', async () => {
    expect((await analyst.get('/export')).body).toContain('2023-Q1');
    const res = await analyst.get('/export/file?period=2023-Q1&format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Sở Tư pháp');
    expect((await analyst.get('/export/file?period=Q1')).statusCode).toBe(400);
  });
});

describe('admin', () => {
  it('adds a user, creates and revokes a token, shows the audit log', async () => {
    const admin = new Session(h.app);
    await admin.login('admin');
    await admin.get('/admin');
    const bad = await admin.post('/admin/users', { name: 'x', role: 'analyst', password: 'ngan' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('mật khẩu tối thiểu 8 ký tự');
    await admin.get('/admin');
    const ok = await admin.post('/admin/users', { name: 'chuyen.vien2', role: 'analyst', password: 'mot-mat-khau-dai' });
    expect(ok.body).toContain('Đã thêm tài khoản');
    const made = await admin.post('/admin/tokens', { name: 'kich-ban', role: 'uploader' });
    const token = /<pre id="new-token">([^<]+)<\/pre>/.exec(made.body)![1]!;
    expect((await h.app.inject({ method: 'GET', url: '/api/reports', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);
    const id = (await h.store.getTokenByHash((await import('../../src/server/auth/tokens.ts')).hashToken(token)))!.id;
    await admin.post('/admin/tokens/revoke', { id: String(id) });
    expect((await h.app.inject({ method: 'GET', url: '/api/reports', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    const page = await admin.get('/admin');
    expect(page.body).toContain('user.create');
    expect(page.body).toContain('token.revoke');
    const second = new Session(h.app);
    await second.login('chuyen.vien2', 'mot-mat-khau-dai');
    expect((await second.get('/flags')).statusCode).toBe(200);
  });

  it('logs out', async () => {
    const s = new Session(h.app);
    await s.login('uploader');
    const res = await s.post('/logout', {});
    expect(res.statusCode).toBe(303);
    expect(s.cookies.has('solieu_session')).toBe(false);
    expect((await s.get('/')).statusCode).toBe(303);
  });
});

describe('errors are Vietnamese pages, never stack traces', () => {
  it('404', async () => {
    const res = await analyst.get('/khong-co-trang-nay');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Không tìm thấy');
    const api = await h.app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(api.json()).toEqual({ error: { code: 'not-found', message: expect.any(String) } });
  });

  it('500 hides the cause', async () => {
    const broken: Store = {
      ...h.store,
      listDocuments: async () => {
        throw new Error('SQLITE_CORRUPT at /srv/secret/path.db');
      },
    };
    const app = await buildApp({ store: broken, secret: 'y'.repeat(40) });
    const s = new Session(app);
    await s.login('analyst');
    const res = await s.get('/');
    expect(res.statusCode).toBe(500);
    expect(res.body).toContain('Lỗi hệ thống');
    expect(res.body).not.toContain('SQLITE_CORRUPT');
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    await app.close();
  });
});
