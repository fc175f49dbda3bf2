// Renders an AppError as a Vietnamese HTML page, or JSON for API clients.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppError } from '#src/errors.ts';
import { Layout } from './layout.tsx';
import type { AppEnv } from '../context.ts';

export function errorPage(c: Context<AppEnv>, e: AppError) {
  const status = e.status as ContentfulStatusCode;
  const wantsJson = (c.req.header('accept') ?? '').includes('application/json') && !(c.req.header('accept') ?? '').includes('text/html');
  if (wantsJson) return c.json({ error: { code: e.code, message: e.userMessage } }, status);
  const actor = c.get('actor') ?? null;
  return c.html(
    <Layout title="Lỗi" actor={actor} csrf={c.get('csrfToken') ?? ''}>
      <div class="card">
        <h1>Không thực hiện được</h1>
        <p class="error" role="alert">{e.userMessage}</p>
        <p><a href="/">Về trang chủ</a></p>
      </div>
    </Layout>,
    status,
  );
}
