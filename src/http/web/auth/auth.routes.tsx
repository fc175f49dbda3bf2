// Login and logout pages.
import { Hono } from 'hono';
import { setCookie, deleteCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { login, logout } from '#src/core/auth/sessions.ts';
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
