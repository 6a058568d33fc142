import type { AuthUser } from '../context.ts';
import { ROLE_LABELS, roleAllows } from '../auth/roles.ts';
import { html, type Html } from '../html.ts';
import type { Role } from '../../store/index.ts';

export interface PageOptions {
  title: string;
  body: Html;
  user: AuthUser | null;
  csrf: string;
  active?: string;
  /** A one-line notice at the top (e.g. after an action). */
  notice?: string | null;
  /** A problem with what was just submitted, shown above the page. */
  error?: string | null;
}

const NAV: { href: string; label: string; role: Role; id: string }[] = [
  { href: '/', label: 'Tình hình nộp báo cáo', role: 'uploader', id: 'matrix' },
  { href: '/upload', label: 'Tải lên', role: 'uploader', id: 'upload' },
  { href: '/reports', label: 'Báo cáo', role: 'uploader', id: 'reports' },
  { href: '/flags', label: 'Cảnh báo', role: 'analyst', id: 'flags' },
  { href: '/export', label: 'Xuất dữ liệu', role: 'analyst', id: 'export' },
  { href: '/admin', label: 'Quản trị', role: 'admin', id: 'admin' },
];

export function layout(o: PageOptions): string {
  const user = o.user;
  const nav = user
    ? NAV.filter((n) => roleAllows(user.role, n.role)).map(
        (n) => html`<a href="${n.href}"${n.id === o.active ? html` aria-current="page"` : ''}>${n.label}</a>`,
      )
    : [];
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${o.csrf}">
<title>${o.title} — solieu</title>
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<header class="top">
  <a class="brand" href="/">solieu</a>
  <nav>${nav}</nav>
  ${user
    ? html`<form class="logout" method="post" action="/logout">
    <span class="who">${user.name} · ${ROLE_LABELS[user.role]}</span>
    <input type="hidden" name="_csrf" value="${o.csrf}">
    <button type="submit" class="link">Đăng xuất</button>
  </form>`
    : ''}
</header>
<main>
${o.notice ? html`<p class="notice" role="status">${o.notice}</p>` : ''}
${o.error ? html`<p class="error-message alert" role="alert">${o.error}</p>` : ''}
<h1>${o.title}</h1>
${o.body}
</main>
</body>
</html>
`.value;
}
