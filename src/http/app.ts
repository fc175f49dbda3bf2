// The web application: middleware order, routes, and the one error handler that turns
// AppErrors into Vietnamese pages or JSON. Built from dependencies so tests run it in-process.
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { AppError, isAppError } from '#src/errors.ts';
import type { AppDeps, AppEnv } from './context.ts';
import { csrf, requireLogin, session } from './middleware/session.ts';
import { LoginLimiter } from './middleware/rate-limit.ts';
import { authRoutes, passwordRoutes } from './web/auth/auth.routes.tsx';
import { homeRoutes } from './web/home/home.routes.tsx';
import { reportRoutes } from './web/reports/reports.routes.tsx';
import { dashboardRoutes } from './web/dashboard/dashboard.routes.tsx';
import { requestRoutes } from './web/requests/requests.routes.tsx';
import { unitsAdminRoutes } from './web/admin/units.routes.tsx';
import { usersAdminRoutes } from './web/admin/users.routes.tsx';
import { catalogAdminRoutes } from './web/admin/catalog.routes.tsx';
import { auditRoutes } from './web/admin/audit.routes.tsx';
import { synthesisRoutes } from './web/synthesis/synthesis.routes.tsx';
import { errorPage } from './web/error-page.tsx';
import { UploadQueue } from '#src/core/answers/upload-queue.ts';
import { uploadRoutes } from './web/reports/upload.routes.tsx';
import { rulesAdminRoutes } from './web/admin/rules.routes.tsx';
import { staticRoutes } from './web/static.routes.ts';

export function createApp(given: AppDeps, opts: { limiter?: LoginLimiter; passwordLimiter?: LoginLimiter } = {}) {
  const deps: AppDeps = { ...given, uploads: given.uploads ?? new UploadQueue(given.db, { read: { maxBytes: given.config.maxUploadBytes }, log: (m) => console.error(m) }) };
  const app = new Hono<AppEnv>();
  // Pages shrink 5-10x with gzip: weak networks first.
  app.use('*', compress({ threshold: 1024 }));
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('*', secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'], scriptSrc: ["'self'"], formAction: ["'self'"], frameAncestors: ["'none'"] } }));
  app.use('*', bodyLimit({ maxSize: deps.config.maxUploadBytes + 1024 * 1024, onError: () => { throw new AppError('FILE_TOO_LARGE', `Tệp hoặc dữ liệu gửi lên quá lớn (tối đa ${Math.round(deps.config.maxUploadBytes / 1048576)} MB).`); } }));

  app.get('/health', async (c) => {
    try {
      await deps.db.query('SELECT 1');
      return c.json({ status: 'ok', database: deps.db.engine });
    } catch {
      return c.json({ status: 'error', database: deps.db.engine }, 503);
    }
  });

  // Static files need neither a session nor the database.
  app.route('/', staticRoutes());

  app.use('*', session);
  app.use('*', csrf);
  app.route('/', authRoutes(opts.limiter));
  app.use('*', requireLogin);
  app.route('/', passwordRoutes(opts.passwordLimiter));
  app.route('/', homeRoutes());
  app.route('/', reportRoutes());
  app.route('/', uploadRoutes());
  app.route('/', dashboardRoutes());
  app.route('/', requestRoutes());
  app.route('/', unitsAdminRoutes());
  app.route('/', usersAdminRoutes());
  app.route('/', catalogAdminRoutes());
  app.route('/', auditRoutes());
  app.route('/', synthesisRoutes());
  app.route('/', rulesAdminRoutes());

  app.notFound((c) => errorPage(c, new AppError('NOT_FOUND', 'Không tìm thấy trang.')));
  app.onError((err, c) => {
    const e = isAppError(err) ? err : new AppError('INTERNAL', 'Đã có lỗi xảy ra. Vui lòng thử lại hoặc liên hệ quản trị viên.', { cause: err });
    if (!isAppError(err)) console.error('[lantoa] unexpected error on', c.req.method, c.req.path, err);
    return errorPage(c, e);
  });
  return app;
}
