import type { FastifyInstance } from 'fastify';
import { StoreNotFoundError } from '../../store/index.ts';
import { addToken, addUser, removeToken } from '../accounts.ts';
import { pageRole } from '../auth/guard.ts';
import { ROLE_LABELS } from '../auth/roles.ts';
import type { AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { html, type Html } from '../html.ts';
import { csrfToken, sendPage } from '../respond.ts';
import { idSchema, parseInput } from '../validate.ts';
import { formatTime } from '../views/format.ts';

const roleOptions = html`${Object.entries(ROLE_LABELS).map(([v, l]) => html`<option value="${v}">${l}</option>`)}`;

async function adminPage(ctx: AppContext, csrf: string, extra?: Html) {
  const audit = await ctx.store.listAudit({ limit: 200 });
  const runs = await ctx.store.listRuns({ limit: 10 });
  return html`
${extra ?? ''}
<section class="card">
  <h2>Xử lý lại toàn bộ</h2>
  <p>Đọc lại mọi báo cáo đã lưu theo quy tắc hiện hành (từ văn bản đã chuyển đổi). Quyết định của chuyên viên được giữ theo mã cảnh báo.</p>
  <form method="post" action="/admin/reprocess"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit">Xử lý lại tất cả báo cáo</button></form>
  ${runs.length ? html`<table class="grid"><thead><tr><th>Lượt</th><th>Loại</th><th>Trạng thái</th><th>Bắt đầu</th><th>Kết thúc</th><th>Tóm tắt</th></tr></thead><tbody>${runs.map(
    (r) => html`<tr><td>${r.id}</td><td>${r.kind}</td><td>${r.status}</td><td>${formatTime(r.startedAt)}</td><td>${r.finishedAt ? formatTime(r.finishedAt) : ''}</td><td><code>${r.summary ? JSON.stringify(r.summary) : ''}</code></td></tr>`,
  )}</tbody></table>` : ''}
</section>
<section class="card">
  <h2>Thêm tài khoản</h2>
  <form method="post" action="/admin/users" class="stack">
    <input type="hidden" name="_csrf" value="${csrf}">
    <label>Tên đăng nhập <input name="name" required></label>
    <label>Vai trò <select name="role">${roleOptions}</select></label>
    <label>Mật khẩu <input name="password" type="password" required autocomplete="new-password"></label>
    <button type="submit">Thêm</button>
  </form>
</section>
<section class="card">
  <h2>Mã truy cập API</h2>
  <form method="post" action="/admin/tokens" class="stack">
    <input type="hidden" name="_csrf" value="${csrf}">
    <label>Tên (để nhận biết) <input name="name" required></label>
    <label>Vai trò <select name="role">${roleOptions}</select></label>
    <button type="submit">Tạo mã</button>
  </form>
  <form method="post" action="/admin/tokens/revoke" class="stack">
    <input type="hidden" name="_csrf" value="${csrf}">
    <label>Thu hồi mã số <input name="id" inputmode="numeric" required size="6"></label>
    <button type="submit">Thu hồi</button>
  </form>
</section>
<section>
  <h2>Nhật ký thao tác (200 dòng gần nhất)</h2>
  <table class="grid" id="audit"><thead><tr><th>Thời điểm</th><th>Người</th><th>Thao tác</th><th>Chi tiết</th></tr></thead><tbody>${audit.map(
    (a) => html`<tr><td>${formatTime(a.at)}</td><td>${a.actor}</td><td>${a.action}</td><td><code>${JSON.stringify(a.detail)}</code></td></tr>`,
  )}</tbody></table>
</section>`;
}

export function adminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const guard = { preHandler: [pageRole('admin'), app.csrfProtection] };

  app.get('/admin', { preHandler: pageRole('admin') }, async (req, reply) =>
    sendPage(req, reply, { title: 'Quản trị', active: 'admin', body: await adminPage(ctx, csrfToken(req, reply)) }),
  );

  app.post('/admin/reprocess', guard, async (req, reply) => {
    const run = await ctx.bridge.reprocess({ all: true }, req.user!.name);
    await ctx.store.addAudit({ actor: req.user!.name, action: 'reprocess.all', detail: { documents: run.documents } });
    return sendPage(req, reply, {
      title: 'Quản trị',
      active: 'admin',
      notice: `Đã bắt đầu xử lý lại ${run.documents} báo cáo; kết quả ở bảng các lượt chạy bên dưới.`,
      body: await adminPage(ctx, csrfToken(req, reply)),
    });
  });

  app.post('/admin/users', guard, async (req, reply) => {
    const user = await addUser(ctx.store, req.body, req.user!.name);
    return sendPage(req, reply, {
      title: 'Quản trị',
      active: 'admin',
      notice: `Đã thêm tài khoản "${user.name}" (${ROLE_LABELS[user.role]}).`,
      body: await adminPage(ctx, csrfToken(req, reply)),
    });
  });

  app.post('/admin/tokens', guard, async (req, reply) => {
    const { token, stored } = await addToken(ctx.store, req.body, req.user!.name);
    const shown = html`<div class="card token-shown"><p>Mã truy cập số ${stored.id} ("${stored.name}", ${ROLE_LABELS[stored.role]}) — chỉ hiện một lần, hãy lưu lại ngay:</p><pre id="new-token">${token}</pre></div>`;
    return sendPage(req, reply, { title: 'Quản trị', active: 'admin', body: await adminPage(ctx, csrfToken(req, reply), shown) });
  });

  app.post('/admin/tokens/revoke', guard, async (req, reply) => {
    const id = parseInput(idSchema, (req.body as { id?: unknown } | undefined)?.id, 'Mã số');
    try {
      await removeToken(ctx.store, id, req.user!.name);
    } catch (e) {
      if (e instanceof StoreNotFoundError) throw notFound('Không có mã truy cập với số này.');
      throw e;
    }
    return sendPage(req, reply, { title: 'Quản trị', active: 'admin', notice: `Đã thu hồi mã truy cập số ${id}.`, body: await adminPage(ctx, csrfToken(req, reply)) });
  });
}
