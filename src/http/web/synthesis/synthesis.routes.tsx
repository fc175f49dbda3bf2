// The synthesis page (analysts and admins of the province): choose a request or a period, see
// the totals with their qualifiers, a chart and ranking per indicator (SVG drawn on the server),
// the per-unit table, difficulties by theme and recommendations by addressee; download the
// official DOCX, the XLSX annex and the PDF. Also a commune report's own DOCX.
// Authorization is checked in core (synthesize, readReport) on every route.
import { Hono } from 'hono';
import type { Context } from 'hono';
import { raw } from 'hono/html';
import { z } from 'zod';
import { AppError } from '#src/errors.ts';
import { isSystemAdmin, provinceIds, type Actor } from '#src/core/auth/authorization.ts';
import { parsePeriodArg, standingLabels, synthesize, type Synthesis, type SynthesisInput } from '#src/core/synthesis/synthesis.ts';
import { formatCell, formatTotal, formatViNumber, totalNote } from '#src/core/synthesis/format.ts';
import { listRequests } from '#src/core/requests/requests.ts';
import { listProvinces } from '#src/storage/units.repository.ts';
import { synthesisDocument } from '#src/documents/synthesis.document.ts';
import { renderDecree30Docx } from '#src/documents/decree30.docx.ts';
import { renderSynthesisXlsx } from '#src/documents/synthesis.xlsx.ts';
import { docxToPdf } from '#src/documents/pdf.converter.ts';
import { recordSynthesisExport } from '#src/core/synthesis/export-audit.ts';
import { communeReportDocument } from '#src/documents/report.document.ts';
import { Layout } from '../layout.tsx';
import { barChart } from '../charts.ts';
import type { AppEnv } from '../../context.ts';

const query = z.object({
  request: z.coerce.number().int().positive().optional(),
  province: z.coerce.number().int().positive().optional(),
  period: z.string().regex(/^\d{4}(?:-[HhQq][1-4])?$/).optional(),
  submitted: z.enum(['1']).optional(),
  indicator: z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/).optional(),
});
type Query = z.infer<typeof query>;

function parseQuery(c: Context<AppEnv>): Query {
  const r = query.safeParse(c.req.query());
  if (!r.success) throw new AppError('VALIDATION', 'Tham số tổng hợp không hợp lệ (kỳ dạng 2025, 2025-H1 hoặc 2025-Q3).');
  return r.data;
}

/** The province an actor works in by default (their first province role). */
function defaultProvince(actor: Actor): number | undefined {
  return provinceIds(actor)[0];
}

function inputOf(actor: Actor, q: Query): SynthesisInput | null {
  const includeSubmitted = q.submitted === '1';
  if (q.request) return { requestId: q.request, includeSubmitted };
  const provinceId = q.province ?? defaultProvince(actor);
  if (!provinceId || !q.period) return null;
  return { provinceId, ...parsePeriodArg(q.period), includeSubmitted };
}

function queryString(q: Query, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  if (q.request) p.set('request', String(q.request));
  else {
    if (q.province) p.set('province', String(q.province));
    if (q.period) p.set('period', q.period);
  }
  if (q.submitted) p.set('submitted', '1');
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p.toString();
}

function fileStem(s: Synthesis): string {
  return s.scope.request ? `tong-hop-yeu-cau-${s.scope.request.id}` : `tong-hop-${s.scope.from.slice(0, 10)}-${s.scope.to.slice(0, 10)}`;
}

function download(c: Context<AppEnv>, data: Buffer, filename: string, type: string): Response {
  return c.body(new Uint8Array(data), 200, {
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'private, no-store',
  });
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function Chooser(props: { q: Query; requests: { id: number; number: string; subject: string; period_label: string }[]; provinces: { id: number; name: string }[] | null }) {
  const { q } = props;
  return (
    <div class="card noprint">
      <form method="get" action="/synthesis">
        <label for="request">Tổng hợp theo yêu cầu báo cáo</label>
        <select id="request" name="request">
          <option value="">— Chọn yêu cầu —</option>
          {props.requests.map((r) => <option value={String(r.id)} selected={q.request === r.id}>{`${r.number} — ${r.subject} (${r.period_label})`}</option>)}
        </select>
        <label><input type="checkbox" name="submitted" value="1" checked={q.submitted === '1'} /> Tính cả báo cáo đã gửi nhưng chưa duyệt (được đánh dấu)</label>
        <p><button type="submit">Xem tổng hợp</button></p>
      </form>
      <form method="get" action="/synthesis">
        {props.provinces ? (
          <>
            <label for="province">Tỉnh/thành phố</label>
            <select id="province" name="province">{props.provinces.map((p) => <option value={String(p.id)} selected={q.province === p.id}>{p.name}</option>)}</select>
          </>
        ) : null}
        <label for="period">Hoặc theo kỳ (năm 2025, 6 tháng 2025-H1, quý 2025-Q3)</label>
        <input id="period" name="period" value={q.request ? '' : (q.period ?? '')} placeholder="2025" size={10} pattern="\d{4}(-[HhQq][1-4])?" />
        <label><input type="checkbox" name="submitted" value="1" checked={q.submitted === '1'} /> Tính cả báo cáo chưa duyệt</label>
        <p><button type="submit">Xem tổng hợp theo kỳ</button></p>
      </form>
    </div>
  );
}

function SynthesisView(props: { s: Synthesis; q: Query }) {
  const { s, q } = props;
  const c = s.counts;
  const rankings = s.rankings;
  const chosen = rankings.find((r) => r.indicator.code === q.indicator) ?? rankings[0];
  const chartRows = chosen
    ? s.units.filter((u) => u.cells[chosen.indicator.code]).map((u) => ({ label: u.displayName, value: u.cells[chosen.indicator.code]!.value })).sort((a, b) => b.value - a.value).slice(0, 20)
    : [];
  const key = rankings.slice(0, 4).map((r) => r.indicator);
  const qs = queryString(q);
  const area = s.scope.provinceName ? `${s.scope.provinceKind} ${s.scope.provinceName}` : 'cả nước';
  return (
    <>
      <h1>Tổng hợp — {area}</h1>
      <p>
        {s.scope.request ? <>Yêu cầu số <strong>{s.scope.request.number}</strong>: {s.scope.request.subject}. </> : null}
        Kỳ: <strong>{s.scope.periodLabel}</strong>.
      </p>
      <p class="noprint">
        Tải về: <a class="button" href={`/synthesis/download.docx?${qs}`}>Văn bản DOCX</a>{' '}
        <a class="button" href={`/synthesis/download.xlsx?${qs}`}>Phụ lục XLSX</a>{' '}
        <a class="button" href={`/synthesis/download.pdf?${qs}`}>PDF</a>
      </p>
      <div class="card">
        <p>
          Được tổng hợp: <strong>{formatViNumber(c.counted + c.countedUnreviewed)}/{formatViNumber(c.expected)}</strong> đơn vị
          {c.countedUnreviewed ? <> (trong đó {formatViNumber(c.countedUnreviewed)} báo cáo chưa duyệt)</> : null}; chưa được chấp nhận: {formatViNumber(c.notCounted)}; chưa báo cáo: {formatViNumber(c.missing)}.
        </p>
        <p class="muted">Chỉ báo cáo đã được chấp nhận được tính{s.scope.includeSubmitted ? ' (và báo cáo đã gửi chưa duyệt, có đánh dấu)' : ''}. Số "ít nhất", "khoảng" không được cộng như số chính xác.</p>
      </div>

      <h2>Kết quả theo chỉ tiêu</h2>
      {s.totals.length === 0 ? <p>Chưa có số liệu từ báo cáo đã được chấp nhận.</p> : (
        <table>
          <thead><tr><th>Chỉ tiêu</th><th>Kết quả</th><th>Số đơn vị báo cáo</th><th>Ghi chú</th></tr></thead>
          <tbody>
            {s.groups.map((g) => (
              <>
                <tr><th colspan={4}>{g.name}</th></tr>
                {g.indicators.map((i) => {
                  const t = s.totals.find((x) => x.indicator === i.code);
                  return t ? <tr><td>{i.name}</td><td class="num">{formatTotal(t)}</td><td class="num">{formatViNumber(t.unitsReporting)}</td><td>{totalNote(t)}</td></tr> : null;
                })}
              </>
            ))}
          </tbody>
        </table>
      )}

      {chosen ? (
        <>
          <h2>So sánh đơn vị: {chosen.indicator.name} ({chosen.indicator.unit})</h2>
          <form method="get" action="/synthesis" class="noprint">
            {q.request ? <input type="hidden" name="request" value={String(q.request)} /> : <><input type="hidden" name="province" value={String(q.province ?? s.scope.provinceId ?? '')} /><input type="hidden" name="period" value={q.period ?? ''} /></>}
            {q.submitted ? <input type="hidden" name="submitted" value="1" /> : null}
            <label for="indicator">Chỉ tiêu</label>
            <select id="indicator" name="indicator">{rankings.map((r) => <option value={r.indicator.code} selected={r.indicator.code === chosen.indicator.code}>{r.indicator.name}</option>)}</select>{' '}
            <button type="submit">Xem</button>
          </form>
          <figure role="img" aria-label={`Biểu đồ ${chosen.indicator.name} theo đơn vị`}>{raw(barChart(chartRows, { unit: chosen.indicator.unit }))}</figure>
          <p>Cao nhất: {chosen.top.map((x) => `${x.unit} (${formatCell(x.cell, chosen.indicator.aggregation, chosen.indicator.unit)})`).join('; ')}.</p>
        </>
      ) : null}

      <h2>Theo đơn vị</h2>
      <table>
        <thead><tr><th>TT</th><th>Đơn vị</th><th>Tình trạng</th>{key.map((k) => <th>{k.name} ({k.unit})</th>)}</tr></thead>
        <tbody>
          {s.units.map((u, i) => (
            <tr>
              <td>{i + 1}</td>
              <td>{u.displayName}{u.mergedFrom.length ? <span class="muted"> (gồm {u.mergedFrom.join(', ')})</span> : null}</td>
              <td><span class={`status status-${u.standing}`}>{standingLabels[u.standing]}</span></td>
              {key.map((k) => <td class="num">{u.cells[k.code] ? formatCell(u.cells[k.code]!, k.aggregation, k.unit) : ''}</td>)}
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Mô hình, cách làm hay</h2>
      {s.models.length ? <ul>{s.models.map((m) => <li>{m.text} <span class="muted">({m.unit})</span></li>)}</ul> : <p>Chưa có.</p>}

      <h2>Khó khăn, vướng mắc</h2>
      {s.difficulties.length ? s.difficulties.map((d) => (
        <div class="card">
          <h3>{d.name} — {formatViNumber(d.units.length)} đơn vị</h3>
          <p class="muted">{d.units.join(', ')}</p>
          {d.quotes.map((x) => <blockquote>“{x.text}” — {x.unit}</blockquote>)}
        </div>
      )) : <p>Chưa có.</p>}

      <h2>Kiến nghị, đề xuất</h2>
      {s.recommendations.length ? s.recommendations.map((r) => (
        <div class="card">
          <h3>{r.addressee} — {formatViNumber(r.units.length)} đơn vị</h3>
          <ul>{r.items.map((x) => <li>{x.text} <span class="muted">({x.unit})</span></li>)}</ul>
        </div>
      )) : <p>Chưa có.</p>}
    </>
  );
}

export function synthesisRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/synthesis', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const q = parseQuery(c);
    const sys = isSystemAdmin(actor);
    if (!sys && provinceIds(actor).length === 0) throw new AppError('FORBIDDEN', 'Chỉ chuyên viên và quản trị cấp tỉnh xem được tổng hợp.');
    const input = inputOf(actor, q);
    const [s, requests, provinces] = await Promise.all([
      input ? synthesize(db, actor, input) : Promise.resolve(null),
      listRequests(db, actor, {}),
      sys ? listProvinces(db) : Promise.resolve(null),
    ]);
    return c.html(
      <Layout title="Tổng hợp" actor={actor} csrf={c.get('csrfToken')} path="/synthesis">
        {s ? null : <h1>Tổng hợp báo cáo</h1>}
        <Chooser q={q} requests={requests} provinces={provinces} />
        {s ? <SynthesisView s={s} q={q} /> : <p>Chọn một yêu cầu báo cáo hoặc một kỳ để xem tổng hợp.</p>}
      </Layout>,
    );
  });

  for (const ext of ['docx', 'xlsx', 'pdf'] as const) app.get(`/synthesis/download.${ext}`, async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const q = parseQuery(c);
    const input = inputOf(actor, q);
    if (!input) throw new AppError('VALIDATION', 'Cần chọn yêu cầu báo cáo hoặc kỳ để tải tổng hợp.');
    const s = await synthesize(db, actor, input);
    let file: { bytes: Buffer; name: string; type: string };
    if (ext === 'xlsx') file = { bytes: await renderSynthesisXlsx(s), name: `${fileStem(s)}-phu-luc.xlsx`, type: XLSX };
    else {
      const docx = await renderDecree30Docx(synthesisDocument(s));
      file = ext === 'docx' ? { bytes: docx, name: `${fileStem(s)}.docx`, type: DOCX } : { bytes: await docxToPdf(docx), name: `${fileStem(s)}.pdf`, type: 'application/pdf' };
    }
    // Rendered: the export is recorded before the file leaves.
    await recordSynthesisExport(db, actor, s, [ext], 'web');
    return download(c, file.bytes, file.name, file.type);
  });

  app.get('/reports/:id/document.docx', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const id = z.coerce.number().int().positive().safeParse(c.req.param('id'));
    if (!id.success) throw new AppError('NOT_FOUND', 'Không tìm thấy báo cáo');
    const doc = await communeReportDocument(db, actor, id.data);
    return download(c, await renderDecree30Docx(doc), `bao-cao-${id.data}.docx`, DOCX);
  });
  return app;
}
