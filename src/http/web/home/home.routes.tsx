// Home page per role. A commune officer sees what is due first (each open request with its
// deadline and the unit's report, returned ones with the province's comment), then any other
// unfinished report, and their unit's latest report; a province analyst or admin
// sees each province's open requests, completeness and who is overdue, with the way to the
// dashboard; the system administrator also sees the administration pages.
import { Hono } from 'hono';
import { communeHome, homeUnits, type OpenReport } from '#src/core/home/home.ts';
import { communeIds, isSystemAdmin, roleLabels, type Actor } from '#src/core/auth/authorization.ts';
import { statusLabels } from '#src/core/reports/reports.ts';
import { unitDisplayName } from '#src/core/units/units.ts';
import { formatViDate } from '#src/core/periods/periods.ts';
import { dashboardProvinces, overdueUnits, requestProgress, todayIso } from '#src/core/dashboard/dashboard.ts';
import type { Db } from '#src/storage/db.ts';
import { Layout } from '../layout.tsx';
import { CompletenessBar } from '../components.tsx';
import { CommuneDue } from '../requests/commune-due.tsx';
import type { AppEnv } from '../../context.ts';

async function ProvinceSummary(props: { db: Db; actor: Actor }) {
  const provinces = await dashboardProvinces(props.db, props.actor);
  if (!provinces.length) return null;
  const today = todayIso();
  const rows = await Promise.all(
    provinces.map(async (p) => {
      const [reqs, late] = await Promise.all([requestProgress(props.db, p.id, today, 5), overdueUnits(props.db, p.id, today)]);
      return { p, open: reqs.filter((r) => r.accepted < r.expected), late: late.length };
    }),
  );
  return (
    <section class="card" aria-labelledby="prov-h">
      <h2 id="prov-h">Tình hình báo cáo</h2>
      <table>
        <thead><tr><th>Tỉnh/Thành phố</th><th>Yêu cầu đang mở</th><th class="num">Đơn vị quá hạn</th><th></th></tr></thead>
        <tbody>
          {rows.map(({ p, open, late }) => (
            <tr>
              <td>{p.name}</td>
              <td>
                {open.length === 0 ? <span class="muted">Không có</span> : open.slice(0, 3).map((r) => (
                  <div>
                    <a href={`/requests/${r.id}`}>{r.number}</a> — hạn {formatViDate(r.deadline)}: {`${r.submitted}/${r.expected}`} đã gửi
                    <CompletenessBar c={r} />
                  </div>
                ))}
              </td>
              <td class={late ? 'num overdue' : 'num'}>{late}</td>
              <td><a href={`/dashboard?province=${p.id}`}>Bảng điều khiển</a></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Unfinished reports that answer no request listed as due (those are in the due table). */
function CommuneWork(props: { returned: OpenReport[]; drafts: OpenReport[] }) {
  const { returned, drafts } = props;
  return (
    <>
      {returned.length ? (
        <section class="card" aria-labelledby="ret-h">
          <h2 id="ret-h">Báo cáo bị trả lại — cần sửa và gửi lại</h2>
          <ul>
            {returned.map((r) => (
              <li>
                <a href={`/reports/${r.id}`}>{`${unitDisplayName({ name: r.unitName, level: r.unitLevel })} — ${r.periodLabel}${r.requestNumber ? ` (${r.requestNumber})` : ''}`}</a>
                {r.deadline ? <span class="muted"> — hạn {formatViDate(r.deadline)}</span> : null}
                {r.reviewComment ? <p class="warning">Nhận xét của Sở: {r.reviewComment}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {drafts.length ? (
        <section class="card" aria-labelledby="draft-h">
          <h2 id="draft-h">Bản nháp chưa gửi</h2>
          <ul>
            {drafts.map((r) => (
              <li>
                <a href={`/reports/${r.id}`}>{`${unitDisplayName({ name: r.unitName, level: r.unitLevel })} — ${r.periodLabel}${r.requestNumber ? ` (${r.requestNumber})` : ''}`}</a>
                {r.deadline ? <span class="muted"> — hạn {formatViDate(r.deadline)}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

export function homeRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const isCommune = communeIds(actor).length > 0;
    const units = await homeUnits(db, actor);
    const commune = isCommune ? await communeHome(db, actor) : null;
    return c.html(
      <Layout title="Trang chủ" actor={actor} csrf={c.get('csrfToken')} path="/">
        <h1>Xin chào, {actor.fullName}</h1>
        <p class="muted">
          Vai trò: {actor.roles.map((r) => `${roleLabels[r.role]}${r.unitName ? ` — ${r.unitName}` : ''}`).join('; ')}
        </p>
        {commune ? <CommuneDue items={commune.due} notices={commune.notices} /> : null}
        {commune ? <CommuneWork returned={commune.returned} drafts={commune.drafts} /> : null}
        <ProvinceSummary db={db} actor={actor} />
        {isSystemAdmin(actor) ? (
          <section class="card" aria-labelledby="adm-h">
            <h2 id="adm-h">Quản trị</h2>
            <ul>
              <li><a href="/admin/units">Đơn vị hành chính, sáp nhập, đổi tên, nhập từ CSV</a></li>
              <li><a href="/admin/users">Tài khoản người dùng</a></li>
              <li><a href="/admin/catalog">Danh mục chỉ tiêu</a></li>
              <li><a href="/admin/audit">Nhật ký thay đổi</a></li>
            </ul>
          </section>
        ) : null}
        <section class="card" aria-labelledby="units-h">
          <h2 id="units-h">{isCommune ? 'Đơn vị của bạn' : 'Các đơn vị'}</h2>
          {units.length === 0 ? (
            <p>Tài khoản chưa được gắn với đơn vị nào.</p>
          ) : (
            <details open={isCommune || units.length <= 12}>
              <summary>{`${units.length} đơn vị`}</summary>
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
            </details>
          )}
        </section>
      </Layout>,
    );
  });
  return app;
}
