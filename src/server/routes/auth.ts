import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { verifyPassword } from '../auth/passwords.ts';
import { endSession, startSession } from '../auth/session.ts';
import { LoginThrottle } from '../auth/throttle.ts';
import type { AppContext } from '../context.ts';
import { html } from '../html.ts';
import { csrfToken, sendPage } from '../respond.ts';

const LoginForm = z.object({
  name: z.string().trim().max(200).default(''),
  password: z.string().max(1000).default(''),
  next: z.string().max(2000).optional(),
});

/** Only a local path may follow a login (no open redirect). */
function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/';
}

function loginBody(csrf: string, next: string, name = '', error?: string) {
  return html`
<form method="post" action="/login" class="card narrow">
  ${error ? html`<p class="error-message" role="alert">${error}</p>` : ''}
  <input type="hidden" name="_csrf" value="${csrf}">
  <input type="hidden" name="next" value="${next}">
  <label>Tên đăng nhập <input name="name" autocomplete="username" required value="${name}"></label>
  <label>Mật khẩu <input name="password" type="password" autocomplete="current-password" required></label>
  <button type="submit">Đăng nhập</button>
</form>`;
}

export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  const throttle = new LoginThrottle();

  app.get('/login', async (req, reply) => {
    if (req.user) return reply.redirect('/', 303);
    const next = safeNext((req.query as { next?: string }).next);
    const csrf = csrfToken(req, reply);
    return sendPage(req, reply, { title: 'Đăng nhập', body: loginBody(csrf, next) });
  });

  app.post('/login', { preHandler: app.csrfProtection }, async (req, reply) => {
    const form = LoginForm.safeParse(req.body);
    const name = form.success ? form.data.name : '';
    const next = safeNext(form.success ? form.data.next : undefined);
    const again = (message: string, status: number) => {
      const csrf = csrfToken(req, reply);
      return sendPage(req, reply, { title: 'Đăng nhập', body: loginBody(csrf, next, name, message), status });
    };
    if (!form.success || !name || !form.data.password) return again('Hãy nhập tên đăng nhập và mật khẩu.', 400);
    if (throttle.locked(name)) return again('Đăng nhập sai quá nhiều lần. Hãy thử lại sau một phút.', 429);
    const user = await ctx.store.getUserByName(name);
    const ok = await verifyPassword(user?.passwordHash, form.data.password);
    if (!user || !ok || user.disabled) {
      throttle.fail(name);
      await ctx.store.addAudit({ actor: name, action: 'login.failed', detail: { ip: req.ip } });
      return again('Tên đăng nhập hoặc mật khẩu không đúng.', 401);
    }
    throttle.succeed(name);
    startSession(reply, ctx, user.name);
    await ctx.store.addAudit({ actor: user.name, action: 'login', detail: { ip: req.ip } });
    return reply.redirect(next, 303);
  });

  app.post('/logout', { preHandler: app.csrfProtection }, async (req, reply) => {
    if (req.user) await ctx.store.addAudit({ actor: req.user.name, action: 'logout', detail: {} });
    endSession(reply, ctx);
    return reply.redirect('/login', 303);
  });
}
