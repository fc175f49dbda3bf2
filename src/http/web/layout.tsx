// The page shell: server-rendered Vietnamese HTML, light enough for old PCs. No framework and
// no JavaScript; one small stylesheet served as a cached static file (static.routes.ts).
// Navigation depends on the actor's roles. hono/jsx escapes every value.
import type { Child } from 'hono/jsx';
import { type Actor, type Role, roleLabels } from '#src/core/auth/authorization.ts';
import { stylesheetHref } from './static.routes.ts';

export interface NavItem {
  href: string;
  label: string;
  /** Who sees the item; system_admin sees every item. */
  roles: Role[];
  order: number;
}

const province: Role[] = ['province_admin', 'province_analyst'];
const commune: Role[] = ['commune_officer'];
const everyone: Role[] = [...province, ...commune];

/**
 * The main navigation. Areas add their pages here (one line each), so the menu stays in one place.
 */
export const navItems: NavItem[] = [
  { href: '/', label: 'Trang chủ', roles: everyone, order: 0 },
  { href: '/dashboard', label: 'Bảng điều khiển', roles: province, order: 10 },
  { href: '/requests', label: 'Yêu cầu báo cáo', roles: everyone, order: 20 },
  { href: '/synthesis', label: 'Tổng hợp', roles: province, order: 30 },
  { href: '/admin/units', label: 'Đơn vị', roles: ['province_admin'], order: 80 },
  { href: '/admin/users', label: 'Tài khoản', roles: ['province_admin'], order: 81 },
  { href: '/admin/catalog', label: 'Chỉ tiêu', roles: ['province_admin'], order: 82 },
  { href: '/admin/rules', label: 'Quy tắc kiểm tra', roles: ['province_admin'], order: 83 },
  { href: '/admin/audit', label: 'Nhật ký', roles: province, order: 84 },
];

export function navFor(actor: Actor): NavItem[] {
  const mine = new Set(actor.roles.map((r) => r.role));
  const sys = mine.has('system_admin');
  return navItems.filter((i) => sys || i.roles.some((r) => mine.has(r))).sort((a, b) => a.order - b.order);
}

function isCurrent(href: string, path: string | undefined): boolean {
  if (!path) return false;
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

export function Layout(props: { title: string; actor: Actor | null; csrf: string; path?: string; refreshSeconds?: number; children?: Child }) {
  const a = props.actor;
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} — Lan Tỏa`}</title>
        {props.refreshSeconds ? <meta http-equiv="refresh" content={String(props.refreshSeconds)} /> : null}
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={stylesheetHref()} />
      </head>
      <body>
        <a class="skip" href="#main">Bỏ qua, tới nội dung chính</a>
        <header class="top">
          <a class="brand" href="/">Lan Tỏa</a>
          {a ? (
            <>
              <nav aria-label="Điều hướng chính">
                <ul>
                  {navFor(a).map((i) => (
                    <li>
                      <a href={i.href} aria-current={isCurrent(i.href, props.path) ? 'page' : undefined}>{i.label}</a>
                    </li>
                  ))}
                </ul>
              </nav>
              <div class="who">
                <span title={a.roles.map((r) => `${roleLabels[r.role]}${r.unitName ? ` — ${r.unitName}` : ''}`).join('; ')}>{a.fullName}</span>
                <a href="/account/password" class="noprint" aria-current={props.path === '/account/password' ? 'page' : undefined}>Đổi mật khẩu</a>
                <form method="post" action="/logout" class="noprint">
                  <input type="hidden" name="_csrf" value={props.csrf} />
                  <button type="submit" class="secondary">Đăng xuất</button>
                </form>
              </div>
            </>
          ) : null}
        </header>
        <main id="main" tabindex={-1}>{props.children}</main>
      </body>
    </html>
  );
}
