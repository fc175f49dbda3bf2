// A report's page (values and status) and its actions: change values, submit, accept, return.
// Authorization is checked per unit in core on every action.
import { Hono } from 'hono';
import { z } from 'zod';
import { changeReportStatus, readReport, setReportValues, statusLabels, isEditable } from '#src/core/reports/reports.ts';
import { getUnit } from '#src/storage/units.repository.ts';
import { getPeriod } from '#src/storage/periods.repository.ts';
import { listIndicators } from '#src/storage/catalog.repository.ts';
import { unitDisplayName } from '#src/core/units/units.ts';
import { canActForUnit, canReviewProvince } from '#src/core/auth/authorization.ts';
import { AppError } from '#src/errors.ts';
import { Layout } from '../layout.tsx';
import type { AppEnv } from '../../context.ts';

const idParam = z.coerce.number().int().positive();
const qualifiers = ['exact', 'approx', 'at_least', 'at_most', 'range'] as const;
const qualifierLabels: Record<(typeof qualifiers)[number], string> = { exact: 'Chính xác', approx: 'Khoảng', at_least: 'Ít nhất', at_most: 'Nhiều nhất', range: 'Khoảng từ…đến' };

function parseId(s: string): number {
  const r = idParam.safeParse(s);
  if (!r.success) throw new AppError('NOT_FOUND', 'Không tìm thấy báo cáo');
  return r.data;
}

/** Vietnamese number input: "1.440" → 1440, "98,39" → 98.39. */
export function parseViNumber(s: string): number | null {
  const t = s.trim().replace(/\s/g, '');
  if (!t) return null;
  const norm = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) ? t.replace(/\./g, '').replace(',', '.') : t.replace(',', '.');
  const n = Number(norm);
  if (!Number.isFinite(n)) throw new AppError('VALIDATION', `"${s}" không phải là số`);
  return n;
}

export function reportRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/reports/:id', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const { report, values } = await readReport(db, actor, parseId(c.req.param('id')));
    const [unit, period, indicators] = await Promise.all([getUnit(db, report.unit_id), getPeriod(db, report.period_id), listIndicators(db, report.province_id)]);
    const byCode = new Map(values.map((v) => [v.indicator_code, v]));
    const editable = isEditable(report.status) && canActForUnit(actor, { id: report.unit_id, provinceId: report.province_id });
    const reviewer = report.status === 'submitted' && canReviewProvince(actor, report.province_id);
    const csrf = c.get('csrfToken');
    return c.html(
      <Layout title="Báo cáo" actor={actor} csrf={csrf}>
        <h1>Báo cáo {unit ? unitDisplayName(unit) : ''} — {period?.label}</h1>
        <p>Trạng thái: <span class={`status status-${report.status}`}>{statusLabels[report.status]}</span></p>
        {report.review_comment ? <p class="notice">Nhận xét của Sở: {report.review_comment}</p> : null}
        <form method="post" action={`/reports/${report.id}/values`} class="card">
          <input type="hidden" name="_csrf" value={csrf} />
          <table>
            <thead><tr><th>Chỉ tiêu</th><th>Giá trị</th><th>Loại</th><th>Đơn vị tính</th></tr></thead>
            <tbody>
              {indicators.map((ind) => {
                const v = byCode.get(ind.code);
                return (
                  <tr>
                    <td><label for={`v_${ind.code}`} style="font-weight:400;margin:0">{ind.name}</label></td>
                    <td><input id={`v_${ind.code}`} name={`v_${ind.code}`} inputmode="decimal" size={10} value={v ? String(v.value).replace('.', ',') : ''} disabled={!editable} /></td>
                    <td>
                      <select name={`q_${ind.code}`} disabled={!editable} aria-label={`Loại giá trị ${ind.name}`}>
                        {qualifiers.map((q) => <option value={q} selected={(v?.qualifier ?? 'exact') === q}>{qualifierLabels[q]}</option>)}
                      </select>
                    </td>
                    <td>{ind.unit}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {editable ? <p><button type="submit">Lưu số liệu</button></p> : null}
        </form>
        {editable ? (
          <form method="post" action={`/reports/${report.id}/submit`}>
            <input type="hidden" name="_csrf" value={csrf} />
            <button type="submit">Gửi báo cáo</button>
          </form>
        ) : null}
        {reviewer ? (
          <div class="card">
            <form method="post" action={`/reports/${report.id}/accept`} style="display:inline">
              <input type="hidden" name="_csrf" value={csrf} />
              <button type="submit">Chấp nhận</button>
            </form>
            <form method="post" action={`/reports/${report.id}/return`}>
              <input type="hidden" name="_csrf" value={csrf} />
              <label for="comment">Lý do trả lại</label>
              <textarea id="comment" name="comment" rows={3} cols={60} required></textarea>
              <p><button type="submit" class="secondary">Trả lại</button></p>
            </form>
          </div>
        ) : null}
      </Layout>,
    );
  });

  app.post('/reports/:id/values', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const id = parseId(c.req.param('id'));
    const body = await c.req.parseBody();
    const inputs = [];
    for (const [k, raw] of Object.entries(body)) {
      if (!k.startsWith('v_') || typeof raw !== 'string') continue;
      const indicator = k.slice(2);
      const value = parseViNumber(raw);
      const q = String(body[`q_${indicator}`] ?? 'exact');
      const qualifier = (qualifiers as readonly string[]).includes(q) ? (q as (typeof qualifiers)[number]) : 'exact';
      const maxRaw = body[`max_${indicator}`];
      const max = typeof maxRaw === 'string' ? parseViNumber(maxRaw) : null;
      inputs.push(value === null ? { indicator, value: null } : { indicator, value, qualifier, max: qualifier === 'range' ? max : null });
    }
    await setReportValues(db, actor, id, inputs);
    return c.redirect(`/reports/${id}`, 303);
  });

  for (const action of ['submit', 'accept', 'return'] as const) {
    app.post(`/reports/:id/${action}`, async (c) => {
      const id = parseId(c.req.param('id'));
      const body = await c.req.parseBody();
      await changeReportStatus(c.get('deps').db, c.get('actor')!, id, action, typeof body['comment'] === 'string' ? body['comment'] : undefined);
      return c.redirect(`/reports/${id}`, 303);
    });
  }
  return app;
}
