// The audit log with filters (province, unit, user, date range, kind of record). Province
// readers see their province's entries; the system admin sees all.
import { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '#src/errors.ts';
import { auditEntities, auditFor } from '#src/core/admin/admin.ts';
import { dashboardProvinces } from '#src/core/dashboard/dashboard.ts';
import { isSystemAdmin } from '#src/core/auth/authorization.ts';
import { listCommunes } from '#src/storage/units.repository.ts';
import { unitDisplayName } from '#src/core/units/units.ts';
import { Layout } from '../layout.tsx';
import type { AppEnv } from '../../context.ts';
import { formatDateTime } from './common.tsx';

const filterSchema = z.object({
  province: z.coerce.number().int().positive().optional(),
  unit: z.coerce.number().int().positive().optional(),
  user: z.string().max(100).optional(),
  entity: z.string().max(30).optional(),
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
});

const actionLabels: Record<string, string> = {
  create: 'Tạo', update: 'Sửa', delete: 'Xóa', correct: 'Sửa số trích xuất', submit: 'Gửi', accept: 'Chấp nhận', return: 'Trả lại',
  rename: 'Đổi tên', merge: 'Sáp nhập', import: 'Nhập từ tệp', activate: 'Mở khóa', deactivate: 'Khóa', reset_password: 'Cấp lại mật khẩu', change_password: 'Tự đổi mật khẩu', status: 'Đổi trạng thái',
};

function show(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 299)}…` : s;
}

export function auditRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/admin/audit', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const raw = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
    const q = filterSchema.safeParse(raw);
    if (!q.success) throw new AppError('VALIDATION', 'Bộ lọc nhật ký không hợp lệ.');
    const f = q.data;
    const provinces = await dashboardProvinces(db, actor);
    if (!provinces.length && !isSystemAdmin(actor)) throw new AppError('FORBIDDEN', 'Bạn không có quyền xem nhật ký thay đổi.');
    const provinceId = f.province ?? (provinces.length === 1 ? provinces[0]!.id : null);
    const rows = await auditFor(db, actor, { provinceId, unitId: f.unit ?? null, user: f.user ?? null, entity: f.entity ?? null, from: f.from ?? null, to: f.to ?? null });
    const units = provinceId ? await listCommunes(db, provinceId) : [];
    const unitName = new Map(units.map((u) => [u.id, unitDisplayName(u)]));
    return c.html(
      <Layout title="Nhật ký thay đổi" actor={actor} csrf={c.get('csrfToken')} path="/admin/audit">
        <h1>Nhật ký thay đổi</h1>
        <form method="get" action="/admin/audit" class="card filters noprint" aria-label="Lọc nhật ký">
          <div>
            <label for="af-province">Tỉnh/Thành phố</label>
            <select id="af-province" name="province">
              {isSystemAdmin(actor) ? <option value="">Tất cả</option> : null}
              {provinces.map((p) => <option value={String(p.id)} selected={p.id === provinceId}>{p.name}</option>)}
            </select>
          </div>
          <div>
            <label for="af-unit">Đơn vị</label>
            <select id="af-unit" name="unit">
              <option value="">Tất cả</option>
              {units.map((u) => <option value={String(u.id)} selected={u.id === f.unit}>{unitDisplayName(u)}</option>)}
            </select>
          </div>
          <div><label for="af-user">Người thực hiện</label><input id="af-user" name="user" value={f.user ?? ''} maxlength={100} size={14} /></div>
          <div>
            <label for="af-entity">Loại</label>
            <select id="af-entity" name="entity">
              <option value="">Tất cả</option>
              {Object.entries(auditEntities).map(([k, v]) => <option value={k} selected={k === f.entity}>{v}</option>)}
            </select>
          </div>
          <div><label for="af-from">Từ ngày</label><input id="af-from" name="from" type="date" value={f.from ?? ''} /></div>
          <div><label for="af-to">Đến ngày</label><input id="af-to" name="to" type="date" value={f.to ?? ''} /></div>
          <div><button type="submit">Lọc</button></div>
        </form>
        <section class="card" aria-labelledby="log-h">
          <h2 id="log-h">{rows.length >= 200 ? '200 mục gần nhất' : `${rows.length} mục`}</h2>
          {rows.length === 0 ? <p class="muted">Không có mục nào khớp bộ lọc.</p> : (
            <div class="scroll">
              <table>
                <thead><tr><th>Thời điểm</th><th>Người thực hiện</th><th>Loại</th><th>Đối tượng</th><th>Thao tác</th><th>Đơn vị</th><th>Trước</th><th>Sau</th></tr></thead>
                <tbody>
                  {rows.map((r) => (
                    <tr>
                      <td class="small">{formatDateTime(r.at)}</td>
                      <td>{r.actor_label}</td>
                      <td>{auditEntities[r.entity] ?? r.entity}</td>
                      <td class="small"><code>{r.entity_id}</code></td>
                      <td>{actionLabels[r.action] ?? r.action}</td>
                      <td class="small">{r.unit_id ? (unitName.get(r.unit_id) ?? `#${r.unit_id}`) : ''}</td>
                      <td class="small"><code>{show(r.old_value)}</code></td>
                      <td class="small"><code>{show(r.new_value)}</code></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </Layout>,
    );
  });
  return app;
}
