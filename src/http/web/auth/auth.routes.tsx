// Login and logout pages, and the page where a logged-in user changes their own password.
import { Hono } from 'hono';
import { setCookie, deleteCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { changeOwnPassword, login, logout } from '#src/core/auth/sessions.ts';
import { PASSWORD_MIN_LENGTH } from '#src/core/auth/passwords.ts';
import { isAppError } from '#src/errors.ts';
import type { Actor } from '#src/core/auth/authorization.ts';
import { Layout } from '../layout.tsx';
import type { AppEnv } from '../../context.ts';
import { cookieOptions, SESSION_COOKIE } from '../../middleware/session.ts';
import { LoginLimiter } from '../../middleware/rate-limit.ts';

function LoginPage(props: { csrf: string; error?: string; username?: string; next?: string }) {
  return (
    <Layout title="Đăng nhập" actor={null} csrf={props.csrf}>
      <div class="card" style="max-width:26rem;margin:2rem auto">
        <h1>Đăng nhập Lan Tỏa</h1>
        <p class="muted">Hệ thống theo dõi, báo cáo tuyên truyền Nghị quyết 57-NQ/TW.</p>
        {props.error ? <p class="error" role="alert">{props.error}</p> : null}
        <form method="post" action="/login">
          <input type="hidden" name="_csrf" value={props.csrf} />
          <input type="hidden" name="next" value={props.next ?? '/'} />
          <label for="username">Tên đăng nhập</label>
          <input id="username" name="username" autocomplete="username" required value={props.username ?? ''} autofocus />
          <label for="password">Mật khẩu</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
          <p><button type="submit">Đăng nhập</button></p>
        </form>
      </div>
    </Layout>
  );
}

function PasswordPage(props: { actor: Actor; csrf: string; error?: string | undefined; done?: boolean }) {
  return (
    <Layout title="Đổi mật khẩu" actor={props.actor} csrf={props.csrf} path="/account/password">
      <div class="card" style="max-width:30rem">
        <h1>Đổi mật khẩu</h1>
        {props.done ? <p class="notice" role="status">Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản này đã được đăng xuất.</p> : null}
        {props.error ? <p class="error" role="alert">{props.error}</p> : null}
        <form method="post" action="/account/password">
          <input type="hidden" name="_csrf" value={props.csrf} />
          <input type="hidden" name="username" value={props.actor.username} autocomplete="username" />
          <label for="current_password">Mật khẩu hiện tại</label>
          <input id="current_password" name="current_password" type="password" autocomplete="current-password" required />
          <label for="new_password">Mật khẩu mới</label>
          <input id="new_password" name="new_password" type="password" autocomplete="new-password" required minlength={PASSWORD_MIN_LENGTH} maxlength={256} aria-describedby="new_password_hint" />
          <p id="new_password_hint" class="small muted">{`Ít nhất ${PASSWORD_MIN_LENGTH} ký tự. Sau khi đổi, các phiên đăng nhập khác của tài khoản sẽ bị đăng xuất.`}</p>
          <label for="confirm_password">Nhập lại mật khẩu mới</label>
          <input id="confirm_password" name="confirm_password" type="password" autocomplete="new-password" required minlength={PASSWORD_MIN_LENGTH} maxlength={256} />
          <p><button type="submit">Đổi mật khẩu</button></p>
        </form>
      </div>
    </Layout>
  );
}

function clientIp(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local'; // in-process requests in tests have no socket
  }
}

/** Only same-site relative paths may be a post-login destination (no open redirect). */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : '/';
}

export function authRoutes(limiter = new LoginLimiter()) {
  const app = new Hono<AppEnv>();
  app.get('/login', (c) => {
    if (c.get('actor')) return c.redirect('/');
    return c.html(<LoginPage csrf={c.get('csrfToken')} next={safeNext(c.req.query('next'))} />);
  });
  app.post('/login', async (c) => {
    const { db, config } = c.get('deps');
    const body = await c.req.parseBody();
    const username = String(body['username'] ?? '').trim().toLowerCase().slice(0, 64);
    const password = String(body['password'] ?? '');
    const next = safeNext(body['next']);
    const ip = clientIp(c);
    const wait = limiter.retryAfter(ip, username);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return c.html(<LoginPage csrf={c.get('csrfToken')} username={username} error={`Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(wait / 60)} phút.`} />, 429);
    }
    const res = await login(db, username, password, config.sessionHours);
    if (!res) {
      limiter.fail(ip, username);
      return c.html(<LoginPage csrf={c.get('csrfToken')} username={username} error="Tên đăng nhập hoặc mật khẩu không đúng." />, 401);
    }
    limiter.succeed(ip, username);
    setCookie(c, SESSION_COOKIE, res.token, cookieOptions(config.cookieSecure, config.sessionMaxHours * 3600));
    return c.redirect(next, 303);
  });
  app.post('/logout', async (c) => {
    const token = c.get('sessionToken');
    if (token) await logout(c.get('deps').db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/login', 303);
  });
  return app;
}

/**
 * "Đổi mật khẩu" for the logged-in user (mounted after requireLogin). Wrong current passwords
 * are throttled like logins, per (IP, username), with a limiter of their own.
 */
export function passwordRoutes(limiter = new LoginLimiter()) {
  const app = new Hono<AppEnv>();
  app.get('/account/password', (c) => c.html(<PasswordPage actor={c.get('actor')!} csrf={c.get('csrfToken')} done={c.req.query('changed') === '1'} />));
  app.post('/account/password', async (c) => {
    const actor = c.get('actor')!;
    const page = (error: string, status: 400 | 401 | 429) => c.html(<PasswordPage actor={actor} csrf={c.get('csrfToken')} error={error} />, status);
    const ip = clientIp(c);
    const wait = limiter.retryAfter(ip, actor.username);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return page(`Nhập sai mật khẩu hiện tại quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(wait / 60)} phút.`, 429);
    }
    const body = await c.req.parseBody();
    const field = (k: string) => (typeof body[k] === 'string' ? body[k] : '');
    try {
      await changeOwnPassword(c.get('deps').db, actor, { current: field('current_password'), next: field('new_password'), confirm: field('confirm_password') }, c.get('sessionToken'));
    } catch (e) {
      if (!isAppError(e) || (e.code !== 'VALIDATION' && e.code !== 'UNAUTHENTICATED')) throw e;
      if (e.code === 'UNAUTHENTICATED') limiter.fail(ip, actor.username);
      return page(e.userMessage, e.code === 'UNAUTHENTICATED' ? 401 : 400);
    }
    limiter.succeed(ip, actor.username);
    return c.redirect('/account/password?changed=1', 303);
  });
  return app;
}
