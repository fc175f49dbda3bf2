// Session cookie handling: resolves the signed-in actor and issues the CSRF token that every
// form must echo. Anonymous visitors get a random pre-session id so the login form is covered too.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { resumeSession } from '#src/core/auth/sessions.ts';
import { AppError } from '#src/errors.ts';
import type { AppEnv } from '../context.ts';

export const SESSION_COOKIE = 'lantoa_session';
const PRE_COOKIE = 'lantoa_pre';

export function csrfFor(secret: string, id: string): string {
  return createHmac('sha256', secret).update(`csrf:${id}`).digest('base64url');
}

export function cookieOptions(secure: boolean, maxAgeSeconds?: number) {
  return { httpOnly: true, secure, sameSite: 'Lax' as const, path: '/', ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}) };
}

export const session: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { db, config, secret } = c.get('deps');
  const token = getCookie(c, SESSION_COOKIE) ?? null;
  let actor = null;
  if (token) {
    actor = await resumeSession(db, token, config.sessionHours, config.sessionMaxHours);
    if (!actor) deleteCookie(c, SESSION_COOKIE, { path: '/' });
  }
  let pre = getCookie(c, PRE_COOKIE);
  if (!actor && !pre) {
    pre = randomBytes(18).toString('base64url');
    setCookie(c, PRE_COOKIE, pre, cookieOptions(config.cookieSecure));
  }
  c.set('actor', actor);
  c.set('sessionToken', actor ? token : null);
  c.set('csrfToken', csrfFor(secret, actor && token ? token : (pre ?? '')));
  await next();
};

/** Rejects state-changing requests whose CSRF token does not match this session's. */
export const csrf: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next();
  let sent = c.req.header('x-csrf-token') ?? null;
  if (!sent) {
    const type = c.req.header('content-type') ?? '';
    if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
      const body = await c.req.parseBody();
      const v = body['_csrf'];
      sent = typeof v === 'string' ? v : null;
    }
  }
  const expected = c.get('csrfToken');
  const ok = sent !== null && sent.length === expected.length && timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
  if (!ok) throw new AppError('CSRF', 'Phiên làm việc của biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và thử lại.');
  await next();
};

export const requireLogin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('actor')) {
    if (c.req.method === 'GET' && (c.req.header('accept') ?? '').includes('text/html')) {
      return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`);
    }
    throw new AppError('UNAUTHENTICATED', 'Vui lòng đăng nhập.');
  }
  await next();
};
