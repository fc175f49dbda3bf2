// Home page: the user's units and the status of each one's latest report.
import { Hono } from 'hono';
import { homeUnits } from '#src/core/home/home.ts';
import { roleLabels } from '#src/core/auth/authorization.ts';
import { statusLabels } from '#src/core/reports/reports.ts';
import { unitDisplayName } from '#src/core/units/units.ts';
import { Layout } from '../layout.tsx';
import type { AppEnv } from '../../context.ts';

export function homeRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const actor = c.get('actor')!;
    const units = await homeUnits(c.get('deps').db, actor);
    return c.html(
      <Layout title="Trang chủ" actor={actor} csrf={c.get('csrfToken')}>
        <h1>Xin chào, {actor.fullName}</h1>
        <p class="muted">
          Vai trò: {actor.roles.map((r) => `${roleLabels[r.role]}${r.unitName ? ` — ${r.unitName}` : ''}`).join('; ')}
        </p>
        <section class="card" aria-labelledby="units-h">
          <h2 id="units-h">Đơn vị của bạn</h2>
          {units.length === 0 ? (
            <p>Tài khoản chưa được gắn với đơn vị nào.</p>
          ) : (
            <table>
              <thead>
                <tr><th>Tỉnh/Thành phố</th><th>Đơn vị</th><th>Báo cáo gần nhất</th><th>Trạng thái</th></tr>
              </thead>
              <tbody>
                {units.map((u) => (
                  <tr>
                    <td>{u.province ?? ''}</td>
                    <td>{unitDisplayName(u.unit)}</td>
                    <td>{u.latest ? <a href={`/reports/${u.latest.id}`}>{u.latest.period_label}</a> : <span class="muted">Chưa có báo cáo</span>}</td>
                    <td>{u.latest ? <span class={`status status-${u.latest.status}`}>{statusLabels[u.latest.status]}</span> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </Layout>,
    );
  });
  return app;
}
