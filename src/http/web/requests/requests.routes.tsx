// Report requests in the browser: the province's list with completeness bars and deadlines,
// the creation/editing form, the detail page (completeness, units that have not answered,
// "send reminder"), recurring regimes, and the commune's way into its report for a request.
// Every action checks authorization in core; every form carries the CSRF token.
import { Hono } from 'hono';
import type { Context } from 'hono';
import { z } from 'zod';
import { AppError, isAppError } from '#src/errors.ts';
import type { Db } from '#src/storage/db.ts';
import { type Actor, canReviewProvince, communeIds, isSystemAdmin, provinceIds } from '#src/core/auth/authorization.ts';
import {
  createRequest,
  getRequest,
  listRequests,
  reportForRequest,
  requestSections,
  sectionLabels,
  updateRequest,
  type RequestDetail,
  type RequestInput,
  type RequestListRow,
} from '#src/core/requests/requests.ts';
import { answerStateLabels, completeness, periodCompleteness, requestCompleteness, vnDate, type Completeness } from '#src/core/requests/completeness.ts';
import { mailerFromConfig, sendReminders } from '#src/core/requests/reminders.ts';
import { createRegime, listProvinceRegimes, openDueRequests, regimeKindLabels, setRegimeActive, type RegimeKind } from '#src/core/requests/regimes.ts';
import { notificationsOfRequest, requestIdsForUnit, getRequestRow } from '#src/storage/requests.repository.ts';
import { getUnit, listCommunes, listProvinces, type UnitRow } from '#src/storage/units.repository.ts';
import { getPeriod } from '#src/storage/periods.repository.ts';
import { listIndicators, type IndicatorRow } from '#src/storage/catalog.repository.ts';
import { adhocPeriod, formatViDate, regularPeriod, type PeriodSpec } from '#src/core/periods/periods.ts';
import { unitDisplayName } from '#src/core/units/units.ts';
import { Layout } from '../layout.tsx';
import { CompletenessBar, DataTable, Kpis, PageHeader } from '../components.tsx';
import type { AppEnv } from '../../context.ts';

const idSchema = z.coerce.number().int().positive();
function parseId(s: string | undefined, what = 'yêu cầu báo cáo'): number {
  const r = idSchema.safeParse(s);
  if (!r.success) throw new AppError('NOT_FOUND', `Không tìm thấy ${what}`);
  return r.data;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function deadlineText(deadline: string, today: string, done = false): string {
  const d = daysBetween(today, deadline);
  if (done) return formatViDate(deadline);
  if (d > 0) return `${formatViDate(deadline)} (còn ${d} ngày)`;
  if (d === 0) return `${formatViDate(deadline)} (hạn hôm nay)`;
  return `${formatViDate(deadline)} (quá hạn ${-d} ngày)`;
}

/** Provinces whose requests the actor manages. */
async function staffProvinces(db: Db, actor: Actor): Promise<UnitRow[]> {
  if (isSystemAdmin(actor)) return listProvinces(db);
  return (await Promise.all(provinceIds(actor).map((id) => getUnit(db, id)))).filter((u): u is UnitRow => !!u && u.level === 'tinh');
}

// ---- The form ----

interface FormValues {
  number: string;
  issuedOn: string;
  subject: string;
  periodKind: 'year' | 'half' | 'quarter' | 'adhoc';
  periodYear: string;
  periodNo: string;
  periodFrom: string;
  periodTo: string;
  deadline: string;
  indicators: string[];
  sections: string[];
  allUnits: boolean;
  unitIds: number[];
  note: string;
  status: 'open' | 'closed';
}

function emptyForm(today: string): FormValues {
  return {
    number: '', issuedOn: today, subject: '', periodKind: 'year', periodYear: today.slice(0, 4), periodNo: '1', periodFrom: '', periodTo: '',
    deadline: '', indicators: [], sections: [...requestSections], allUnits: true, unitIds: [], note: '', status: 'open',
  };
}

function formFromDetail(d: RequestDetail): FormValues {
  const r = d.request;
  return {
    number: r.number, issuedOn: r.issued_on, subject: r.subject,
    periodKind: r.period_kind as FormValues['periodKind'], periodYear: r.starts_on.slice(0, 4),
    periodNo: r.period_kind === 'half' ? String(Number(r.starts_on.slice(5, 7)) > 6 ? 2 : 1) : r.period_kind === 'quarter' ? String(Math.floor((Number(r.starts_on.slice(5, 7)) - 1) / 3) + 1) : '1',
    periodFrom: r.starts_on, periodTo: r.ends_on, deadline: r.deadline, indicators: d.indicators, sections: d.sections,
    allUnits: r.all_units, unitIds: d.unitIds, note: r.note ?? '', status: r.status,
  };
}

type Body = Record<string, string | File | (string | File)[]>;
const one = (b: Body, k: string): string => {
  const v = b[k];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s : '';
};
const many = (b: Body, k: string): string[] => {
  const v = b[k];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
};

function formFromBody(b: Body): FormValues {
  const kind = one(b, 'period_kind');
  return {
    number: one(b, 'number'), issuedOn: one(b, 'issued_on'), subject: one(b, 'subject'),
    periodKind: (['year', 'half', 'quarter', 'adhoc'].includes(kind) ? kind : 'year') as FormValues['periodKind'],
    periodYear: one(b, 'period_year'), periodNo: one(b, 'period_no'), periodFrom: one(b, 'period_from'), periodTo: one(b, 'period_to'),
    deadline: one(b, 'deadline'), indicators: many(b, 'indicators'), sections: many(b, 'sections'),
    allUnits: one(b, 'units') !== 'chosen', unitIds: many(b, 'unit_ids').map(Number).filter((n) => Number.isInteger(n) && n > 0),
    note: one(b, 'note'), status: one(b, 'status') === 'closed' ? 'closed' : 'open',
  };
}

function periodFromForm(f: FormValues): PeriodSpec {
  if (f.periodKind === 'adhoc') return adhocPeriod(f.periodFrom, f.periodTo);
  const year = Number(f.periodYear);
  if (!Number.isInteger(year)) throw new AppError('VALIDATION', `Năm không hợp lệ: "${f.periodYear}"`);
  return f.periodKind === 'year' ? regularPeriod('year', year) : regularPeriod(f.periodKind, year, Number(f.periodNo));
}

function inputFromForm(f: FormValues): RequestInput {
  return {
    number: f.number, issuedOn: f.issuedOn, subject: f.subject, period: periodFromForm(f), deadline: f.deadline,
    indicators: f.indicators, sections: f.sections, unitIds: f.allUnits ? null : f.unitIds, note: f.note,
  };
}

function RequestForm(props: { action: string; csrf: string; values: FormValues; indicators: IndicatorRow[]; communes: UnitRow[]; editing: boolean; error?: string | null; provinceId: number }) {
  const v = props.values;
  const groups = new Map<string, IndicatorRow[]>();
  for (const i of props.indicators.filter((x) => x.active)) groups.set(i.group_code, [...(groups.get(i.group_code) ?? []), i]);
  return (
    <form method="post" action={props.action} class="card">
      <input type="hidden" name="_csrf" value={props.csrf} />
      <input type="hidden" name="province" value={String(props.provinceId)} />
      {props.error ? <p class="error" role="alert">{props.error}</p> : null}
      <div class="row">
        <div><label for="number">Số hiệu văn bản</label><input id="number" name="number" required maxlength={100} value={v.number} placeholder="4383/SKHCN-TTTT" /></div>
        <div><label for="issued_on">Ngày ban hành</label><input id="issued_on" name="issued_on" type="date" required value={v.issuedOn} /></div>
        <div><label for="deadline">Hạn gửi báo cáo</label><input id="deadline" name="deadline" type="date" required value={v.deadline} /></div>
      </div>
      <label for="subject">Trích yếu (nội dung yêu cầu)</label>
      <textarea id="subject" name="subject" rows={2} cols={80} required maxlength={1000}>{v.subject}</textarea>
      <fieldset>
        <legend>Kỳ báo cáo</legend>
        <div class="row">
          <div>
            <label for="period_kind">Loại kỳ</label>
            <select id="period_kind" name="period_kind">
              <option value="year" selected={v.periodKind === 'year'}>Năm</option>
              <option value="half" selected={v.periodKind === 'half'}>6 tháng</option>
              <option value="quarter" selected={v.periodKind === 'quarter'}>Quý</option>
              <option value="adhoc" selected={v.periodKind === 'adhoc'}>Từ ngày … đến ngày …</option>
            </select>
          </div>
          <div><label for="period_year">Năm</label><input id="period_year" name="period_year" inputmode="numeric" size={6} value={v.periodYear} /></div>
          <div>
            <label for="period_no">6 tháng / quý thứ</label>
            <select id="period_no" name="period_no">
              {['1', '2', '3', '4'].map((n) => <option value={n} selected={v.periodNo === n}>{n}</option>)}
            </select>
          </div>
          <div><label for="period_from">Từ ngày</label><input id="period_from" name="period_from" type="date" value={v.periodFrom} /></div>
          <div><label for="period_to">Đến ngày</label><input id="period_to" name="period_to" type="date" value={v.periodTo} /></div>
        </div>
        <p class="muted small">Với kỳ năm chỉ cần năm; 6 tháng: thứ 1 hoặc 2; quý: 1–4; kỳ tùy chọn: điền từ ngày, đến ngày.</p>
      </fieldset>
      <fieldset>
        <legend>Phần nội dung yêu cầu</legend>
        {requestSections.map((s) => (
          <div><input type="checkbox" id={`sec_${s}`} name="sections" value={s} checked={v.sections.includes(s)} /><label class="inline" for={`sec_${s}`}>{sectionLabels[s]}</label></div>
        ))}
      </fieldset>
      <fieldset>
        <legend>Chỉ tiêu yêu cầu báo cáo</legend>
        {[...groups.entries()].map(([g, inds]) => (
          <details open={inds.some((i) => v.indicators.includes(i.code))}>
            <summary>{`Nhóm ${g} (${inds.filter((i) => v.indicators.includes(i.code)).length}/${inds.length} đã chọn)`}</summary>
            {inds.map((i) => (
              <div><input type="checkbox" id={`ind_${i.code}`} name="indicators" value={i.code} checked={v.indicators.includes(i.code)} /><label class="inline" for={`ind_${i.code}`}>{`${i.name} (${i.unit})`}</label></div>
            ))}
          </details>
        ))}
      </fieldset>
      <fieldset>
        <legend>Đơn vị nhận yêu cầu</legend>
        <div><input type="radio" id="units_all" name="units" value="all" checked={v.allUnits} /><label class="inline" for="units_all">{`Tất cả đơn vị cấp xã (${props.communes.length})`}</label></div>
        <div><input type="radio" id="units_chosen" name="units" value="chosen" checked={!v.allUnits} /><label class="inline" for="units_chosen">Chỉ các đơn vị được chọn dưới đây</label></div>
        <details open={!v.allUnits}>
          <summary>Chọn đơn vị</summary>
          {props.communes.map((u) => (
            <div><input type="checkbox" id={`u_${u.id}`} name="unit_ids" value={String(u.id)} checked={v.unitIds.includes(u.id)} /><label class="inline" for={`u_${u.id}`}>{unitDisplayName(u)}</label></div>
          ))}
        </details>
      </fieldset>
      <label for="note">Ghi chú</label>
      <textarea id="note" name="note" rows={2} cols={80} maxlength={5000}>{v.note}</textarea>
      {props.editing ? (
        <div>
          <label for="status">Trạng thái</label>
          <select id="status" name="status">
            <option value="open" selected={v.status === 'open'}>Đang mở</option>
            <option value="closed" selected={v.status === 'closed'}>Đã đóng</option>
          </select>
        </div>
      ) : null}
      <p><button type="submit">{props.editing ? 'Lưu thay đổi' : 'Tạo yêu cầu'}</button></p>
    </form>
  );
}

async function renderForm(c: Context<AppEnv>, opts: { provinceId: number; values: FormValues; editingId: number | null; error?: string | null; status?: 400 | 409 | 200 }) {
  const actor = c.get('actor')!;
  const { db } = c.get('deps');
  const province = await getUnit(db, opts.provinceId);
  const [indicators, communes] = await Promise.all([listIndicators(db, opts.provinceId), listCommunes(db, opts.provinceId, vnDate(new Date()))]);
  const title = opts.editingId ? 'Sửa yêu cầu báo cáo' : 'Tạo yêu cầu báo cáo';
  return c.html(
    <Layout title={title} actor={actor} csrf={c.get('csrfToken')} path="/requests">
      <PageHeader title={title} place={province?.name} back={{ href: opts.editingId ? `/requests/${opts.editingId}` : `/requests?province=${opts.provinceId}`, label: 'Quay lại' }} />
      <RequestForm action={opts.editingId ? `/requests/${opts.editingId}` : '/requests'} csrf={c.get('csrfToken')} values={opts.values} indicators={indicators} communes={communes} editing={!!opts.editingId} error={opts.error ?? null} provinceId={opts.provinceId} />
    </Layout>,
    opts.status ?? 200,
  );
}

const formErrors = new Set(['VALIDATION', 'UNKNOWN_INDICATOR', 'DUPLICATE', 'INVALID_STATE']);

// ---- Pages ----

function RequestsTable(props: { rows: { r: RequestListRow; c: Completeness }[]; today: string; showProvince?: Map<number, string> }) {
  return (
    <DataTable columns={[props.showProvince ? 'Tỉnh/Thành phố' : null, 'Số hiệu', 'Trích yếu', 'Kỳ', 'Hạn gửi', 'Đã gửi', { label: 'Chưa gửi', num: true }, 'Trạng thái']}>
      {props.rows.map(({ r, c }) => (
        <tr>
          {props.showProvince ? <td>{props.showProvince.get(r.province_id) ?? ''}</td> : null}
          <td><a href={`/requests/${r.id}`}>{r.number}</a></td>
          <td>{r.subject}</td>
          <td>{r.period_label}</td>
          <td class={c.overdue && r.status === 'open' ? 'overdue' : ''}>{deadlineText(r.deadline, props.today, r.status === 'closed' || c.missing === 0)}</td>
          <td>{`${c.submitted}/${c.expected}`} (chấp nhận {c.accepted})<CompletenessBar c={c} /></td>
          <td class={c.overdue ? 'num overdue' : 'num'}>{c.missing}</td>
          <td>{r.status === 'open' ? 'Đang mở' : 'Đã đóng'}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function CompletenessKpis(props: { c: Completeness }) {
  const c = props.c;
  return (
    <Kpis
      items={[
        { value: c.expected, label: 'phải gửi' },
        { value: c.submitted, label: `đã gửi (${Math.round(c.rate * 100)}%)` },
        { value: c.onTime, label: 'đúng hạn' },
        { value: c.late, label: 'gửi muộn', alert: c.late > 0 },
        { value: c.accepted, label: 'đã chấp nhận' },
        { value: c.returned, label: 'bị trả lại' },
        { value: c.missing, label: `chưa gửi${c.overdue ? ' (quá hạn)' : ''}`, alert: Boolean(c.overdue) },
      ]}
    />
  );
}

export function requestRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/requests', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const today = vnDate(new Date());
    const provinces = await staffProvinces(db, actor);
    if (provinces.length === 0) {
      // A commune officer: the requests addressed to their units.
      const mine: { r: RequestListRow; unit: UnitRow }[] = [];
      for (const uid of communeIds(actor)) {
        const unit = await getUnit(db, uid);
        if (!unit?.province_id) continue;
        for (const id of await requestIdsForUnit(db, uid, unit.province_id)) {
          const r = await getRequestRow(db, id);
          if (r) mine.push({ r, unit });
        }
      }
      return c.html(
        <Layout title="Yêu cầu báo cáo" actor={actor} csrf={c.get('csrfToken')} path="/requests">
          <PageHeader title="Yêu cầu báo cáo gửi đơn vị" />
          {mine.length === 0 ? <p class="muted">Chưa có yêu cầu báo cáo nào.</p> : (
            <DataTable columns={['Số hiệu', 'Trích yếu', 'Kỳ', 'Hạn gửi', 'Đơn vị']}>
              {mine.map(({ r, unit }) => (
                <tr>
                  <td><a href={`/requests/${r.id}`}>{r.number}</a></td><td>{r.subject}</td><td>{r.period_label}</td>
                  <td>{deadlineText(r.deadline, today, r.status === 'closed')}</td><td>{unitDisplayName(unit)}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </Layout>,
      );
    }
    const q = c.req.query('province');
    const provinceId = q ? parseId(q, 'tỉnh/thành phố') : provinces.length === 1 ? provinces[0]!.id : undefined;
    if (provinceId !== undefined && !canReviewProvince(actor, provinceId)) throw new AppError('NOT_FOUND', 'Không tìm thấy tỉnh/thành phố');
    const rows = (await listRequests(db, actor, provinceId !== undefined ? { provinceId } : {})).slice(0, 100);
    const withC = await Promise.all(rows.map(async (r) => ({ r, c: await requestCompleteness(db, r) })));
    const names = new Map(provinces.map((p) => [p.id, p.name]));
    const province = provinceId !== undefined ? provinces.find((p) => p.id === provinceId) : undefined;
    return c.html(
      <Layout title="Yêu cầu báo cáo" actor={actor} csrf={c.get('csrfToken')} path="/requests">
        <PageHeader title="Yêu cầu báo cáo" place={province?.name} />
        {provinces.length > 1 ? (
          <form method="get" action="/requests" class="filters noprint">
            <div>
              <label for="province">Tỉnh/Thành phố</label>
              <select id="province" name="province">
                <option value="">Tất cả</option>
                {provinces.map((p) => <option value={String(p.id)} selected={p.id === provinceId}>{p.name}</option>)}
              </select>
            </div>
            <button type="submit" class="secondary">Xem</button>
          </form>
        ) : null}
        {province ? (
          <p class="noprint">
            <a class="button" href={`/requests/new?province=${province.id}`}>Tạo yêu cầu báo cáo</a>{' '}
            <a href={`/requests/regimes?province=${province.id}`}>Chế độ báo cáo định kỳ</a>{' · '}
            <a href={`/requests/period?province=${province.id}`}>Tình hình theo kỳ</a>
          </p>
        ) : null}
        <section class="card">
          {withC.length === 0 ? <p class="muted">Chưa có yêu cầu báo cáo nào.</p> : <RequestsTable rows={withC} today={today} showProvince={province ? undefined : names} />}
          <p class="legend"><i style="background:#15803d"></i>đã chấp nhận<i style="background:#60a5fa"></i>đã gửi, chờ duyệt<i style="background:#e5e7eb"></i>chưa gửi</p>
        </section>
      </Layout>,
    );
  });

  app.get('/requests/new', async (c) => {
    const actor = c.get('actor')!;
    const provinceId = parseId(c.req.query('province'), 'tỉnh/thành phố');
    if (!canReviewProvince(actor, provinceId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền tạo yêu cầu báo cáo cho tỉnh/thành phố này.');
    return renderForm(c, { provinceId, values: emptyForm(vnDate(new Date())), editingId: null });
  });

  app.post('/requests', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const body = (await c.req.parseBody({ all: true })) as Body;
    const provinceId = parseId(one(body, 'province'), 'tỉnh/thành phố');
    if (!canReviewProvince(actor, provinceId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền tạo yêu cầu báo cáo cho tỉnh/thành phố này.');
    const values = formFromBody(body);
    try {
      const d = await createRequest(db, actor, provinceId, inputFromForm(values));
      return c.redirect(`/requests/${d.request.id}?created=1`, 303);
    } catch (e) {
      if (isAppError(e) && formErrors.has(e.code)) return renderForm(c, { provinceId, values, editingId: null, error: e.userMessage, status: e.code === 'DUPLICATE' ? 409 : 400 });
      throw e;
    }
  });

  app.get('/requests/period', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const provinceId = parseId(c.req.query('province'), 'tỉnh/thành phố');
    if (!canReviewProvince(actor, provinceId)) throw new AppError('NOT_FOUND', 'Không tìm thấy tỉnh/thành phố');
    const requests = await listRequests(db, actor, { provinceId });
    const periods = new Map<number, string>();
    for (const r of requests) if (!periods.has(r.period_id)) periods.set(r.period_id, r.period_label);
    const q = c.req.query('period');
    const periodId = q ? parseId(q, 'kỳ báo cáo') : [...periods.keys()][0];
    const province = await getUnit(db, provinceId);
    const comp = periodId !== undefined ? await periodCompleteness(db, actor, provinceId, periodId) : null;
    const label = periodId !== undefined ? (periods.get(periodId) ?? (await getPeriod(db, periodId))?.label ?? '') : '';
    return c.html(
      <Layout title="Tình hình báo cáo theo kỳ" actor={actor} csrf={c.get('csrfToken')} path="/requests">
        <PageHeader title="Tình hình báo cáo theo kỳ" place={province?.name} back={{ href: `/requests?province=${provinceId}`, label: 'Danh sách yêu cầu' }} />
        <form method="get" action="/requests/period" class="filters noprint">
          <input type="hidden" name="province" value={String(provinceId)} />
          <div>
            <label for="period">Kỳ báo cáo</label>
            <select id="period" name="period">
              {[...periods.entries()].map(([id, l]) => <option value={String(id)} selected={id === periodId}>{l}</option>)}
            </select>
          </div>
          <button type="submit" class="secondary">Xem</button>
        </form>
        {!comp ? <p class="muted">Chưa có yêu cầu báo cáo nào.</p> : (
          <>
            <section class="card">
              <h2>{label}{comp.deadline ? ` — hạn muộn nhất ${formatViDate(comp.deadline)}` : ''}</h2>
              <CompletenessKpis c={comp} />
              <CompletenessBar c={comp} />
              <p class="muted small">Mọi đơn vị cấp xã còn hoạt động cuối kỳ đều phải báo cáo (đơn vị đã sáp nhập được tính vào đơn vị mới); báo cáo của bất kỳ yêu cầu nào cho kỳ này đều được tính.</p>
            </section>
            <section class="card">
              <h2>{`Đơn vị chưa gửi báo cáo (${comp.missingUnits.length})`}</h2>
              {comp.missingUnits.length === 0 ? <p>Tất cả đơn vị đã gửi báo cáo.</p> : <ul>{comp.missingUnits.map((u) => <li>{unitDisplayName(u)}</li>)}</ul>}
            </section>
          </>
        )}
      </Layout>,
    );
  });

  app.get('/requests/regimes', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const provinceId = parseId(c.req.query('province'), 'tỉnh/thành phố');
    if (!canReviewProvince(actor, provinceId)) throw new AppError('NOT_FOUND', 'Không tìm thấy tỉnh/thành phố');
    return renderRegimes(c, db, actor, provinceId, null, 200);
  });

  app.post('/requests/regimes', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const body = (await c.req.parseBody({ all: true })) as Body;
    const provinceId = parseId(one(body, 'province'), 'tỉnh/thành phố');
    if (!canReviewProvince(actor, provinceId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền đặt chế độ báo cáo cho tỉnh/thành phố này.');
    try {
      const open = Number(one(body, 'open_days') || '30');
      await createRegime(db, actor, provinceId, {
        kind: one(body, 'kind') as RegimeKind,
        name: one(body, 'name'),
        subject: one(body, 'subject'),
        deadlines: one(body, 'deadlines').split(/[,;\s]+/).filter(Boolean),
        numberPrefix: one(body, 'prefix'),
        openDaysBefore: open,
        indicators: many(body, 'indicators'),
        sections: many(body, 'sections'),
        startsOn: one(body, 'starts_on') || vnDate(new Date()),
      });
    } catch (e) {
      if (isAppError(e) && formErrors.has(e.code)) return renderRegimes(c, db, actor, provinceId, e.userMessage, 400);
      throw e;
    }
    await openDueRequests(db);
    return c.redirect(`/requests/regimes?province=${provinceId}`, 303);
  });

  app.post('/requests/regimes/:id/active', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const id = parseId(c.req.param('id'), 'chế độ báo cáo');
    const body = (await c.req.parseBody()) as Body;
    await setRegimeActive(db, actor, id, one(body, 'active') === '1');
    return c.redirect(`/requests/regimes?province=${parseId(one(body, 'province'), 'tỉnh/thành phố')}`, 303);
  });

  app.get('/requests/:id', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const id = parseId(c.req.param('id'));
    const d = await getRequest(db, actor, id);
    const r = d.request;
    const today = vnDate(new Date());
    const indicators = new Map((await listIndicators(db, r.province_id)).map((i) => [i.code, i]));
    const province = await getUnit(db, r.province_id);
    const staff = canReviewProvince(actor, r.province_id);
    const csrf = c.get('csrfToken');
    const Info = () => (
      <section class="card">
        <p><b>Số hiệu:</b> {r.number} — <b>ngày</b> {formatViDate(r.issued_on)} — <b>{province?.name ?? ''}</b></p>
        <p><b>Trích yếu:</b> {r.subject}</p>
        <p><b>Kỳ báo cáo:</b> {r.period_label} ({formatViDate(r.starts_on)} – {formatViDate(r.ends_on)}); <b>hạn gửi:</b> {deadlineText(r.deadline, today, r.status === 'closed')}; {r.status === 'open' ? 'đang mở' : 'đã đóng'}</p>
        <p><b>Nội dung yêu cầu:</b> {d.sections.map((s) => sectionLabels[s]).join('; ') || '—'}</p>
        <details open={d.indicators.length <= 8}>
          <summary>{`${d.indicators.length} chỉ tiêu`}</summary>
          <ul>{d.indicators.map((code) => <li>{indicators.get(code) ? `${indicators.get(code)!.name} (${indicators.get(code)!.unit})` : code}</li>)}</ul>
        </details>
        {r.note ? <p><b>Ghi chú:</b> {r.note}</p> : null}
      </section>
    );
    if (!staff) {
      // A commune officer: the request and the way to their unit's report.
      const units = (await Promise.all(communeIds(actor).map((uid) => getUnit(db, uid)))).filter((u): u is UnitRow => !!u && u.province_id === r.province_id);
      return c.html(
        <Layout title={`Yêu cầu ${r.number}`} actor={actor} csrf={csrf} path="/requests">
          <PageHeader title={`Yêu cầu báo cáo ${r.number}`} />
          <Info />
          <section class="card">
            {units.map((u) => (
              <form method="post" action={`/requests/${r.id}/report`} style="margin:.3rem 0">
                <input type="hidden" name="_csrf" value={csrf} />
                <input type="hidden" name="unit" value={String(u.id)} />
                <button type="submit">{`Mở báo cáo của ${unitDisplayName(u)}`}</button>
              </form>
            ))}
          </section>
        </Layout>,
      );
    }
    const comp = await completeness(db, actor, id);
    const sent = await notificationsOfRequest(db, id);
    const lastReminder = sent.find((n) => n.kind === 'reminder');
    const flash = c.req.query('created') ? 'Đã tạo yêu cầu và bản nháp báo cáo cho các đơn vị.' : c.req.query('saved') ? 'Đã lưu thay đổi.' : c.req.query('reminded') !== undefined ? `Đã gửi nhắc nhở tới ${c.req.query('reminded')} đơn vị${c.req.query('emails') ? `, ${c.req.query('emails')} e-mail` : ''}.` : null;
    return c.html(
      <Layout title={`Yêu cầu ${r.number}`} actor={actor} csrf={csrf} path="/requests">
        <PageHeader title={`Yêu cầu báo cáo ${r.number}`} back={{ href: `/requests?province=${r.province_id}`, label: 'Danh sách yêu cầu' }} />
        {flash ? <p class="notice" role="status">{flash}</p> : null}
        <Info />
        <p class="noprint"><a class="button secondary" href={`/requests/${r.id}/edit`}>Sửa yêu cầu</a></p>
        <section class="card" aria-labelledby="comp-h">
          <h2 id="comp-h">Tình hình gửi báo cáo</h2>
          <CompletenessKpis c={comp} />
          <CompletenessBar c={comp} />
        </section>
        <section class="card" aria-labelledby="miss-h">
          <h2 id="miss-h">{`Đơn vị chưa gửi báo cáo (${comp.missingUnits.length})`}</h2>
          {comp.missingUnits.length === 0 ? <p>Tất cả đơn vị đã gửi báo cáo.</p> : (
            <>
              <ul>{comp.missingUnits.map((u) => <li class={comp.overdue ? 'overdue' : ''}>{unitDisplayName(u)}</li>)}</ul>
              {r.status === 'open' ? (
                <form method="post" action={`/requests/${r.id}/remind`} class="noprint">
                  <input type="hidden" name="_csrf" value={csrf} />
                  <button type="submit">Gửi nhắc nhở các đơn vị chưa gửi</button>
                  {lastReminder ? <span class="muted small"> Lần nhắc gần nhất: {formatViDate(vnDate(lastReminder.created_at))}</span> : null}
                </form>
              ) : null}
            </>
          )}
        </section>
        <section class="card" aria-labelledby="units-h">
          <h2 id="units-h">Từng đơn vị</h2>
          <DataTable columns={['Đơn vị', 'Trạng thái', 'Ngày gửi', 'Đúng hạn', 'Nhận xét của Sở']}>
            {comp.units.map((u) => (
              <tr>
                <td>
                  {u.reportId ? <a href={`/reports/${u.reportId}`}>{unitDisplayName(u)}</a> : unitDisplayName(u)}
                  {u.predecessorIds.length ? <span class="muted small"> (gồm đơn vị đã sáp nhập{u.viaPredecessor ? '; báo cáo do đơn vị cũ gửi' : ''})</span> : null}
                </td>
                <td><span class={`status status-${u.state === 'missing' || u.state === 'draft' ? 'missing' : u.state}`}>{answerStateLabels[u.state]}</span></td>
                <td>{u.submittedOn ? formatViDate(u.submittedOn) : '—'}</td>
                <td>{u.onTime === null ? '—' : u.onTime ? 'Đúng hạn' : <span class="overdue">Muộn</span>}</td>
                <td>{u.reviewComment ?? ''}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      </Layout>,
    );
  });

  app.get('/requests/:id/edit', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const id = parseId(c.req.param('id'));
    const d = await getRequest(db, actor, id);
    if (!canReviewProvince(actor, d.request.province_id)) throw new AppError('FORBIDDEN', 'Bạn không có quyền sửa yêu cầu báo cáo.');
    return renderForm(c, { provinceId: d.request.province_id, values: formFromDetail(d), editingId: id });
  });

  app.post('/requests/:id', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const id = parseId(c.req.param('id'));
    const d = await getRequest(db, actor, id);
    if (!canReviewProvince(actor, d.request.province_id)) throw new AppError('FORBIDDEN', 'Bạn không có quyền sửa yêu cầu báo cáo.');
    const values = formFromBody((await c.req.parseBody({ all: true })) as Body);
    try {
      await updateRequest(db, actor, id, { ...inputFromForm(values), status: values.status });
      return c.redirect(`/requests/${id}?saved=1`, 303);
    } catch (e) {
      if (isAppError(e) && formErrors.has(e.code)) return renderForm(c, { provinceId: d.request.province_id, values, editingId: id, error: e.userMessage, status: e.code === 'DUPLICATE' || e.code === 'INVALID_STATE' ? 409 : 400 });
      throw e;
    }
  });

  app.post('/requests/:id/remind', async (c) => {
    const actor = c.get('actor')!;
    const { db, config } = c.get('deps');
    const id = parseId(c.req.param('id'));
    const res = await sendReminders(db, actor, id, { mailer: mailerFromConfig(config) });
    return c.redirect(`/requests/${id}?reminded=${res.units}${res.emails ? `&emails=${res.emails}` : ''}`, 303);
  });

  app.post('/requests/:id/report', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const id = parseId(c.req.param('id'));
    const unit = parseId(one((await c.req.parseBody()) as Body, 'unit'), 'đơn vị');
    const report = await reportForRequest(db, actor, id, unit);
    return c.redirect(`/reports/${report.id}`, 303);
  });

  return app;
}

async function renderRegimes(c: Context<AppEnv>, db: Db, actor: Actor, provinceId: number, error: string | null, status: 200 | 400) {
  const [regimes, province, indicators] = await Promise.all([listProvinceRegimes(db, actor, provinceId), getUnit(db, provinceId), listIndicators(db, provinceId)]);
  const csrf = c.get('csrfToken');
  return c.html(
    <Layout title="Chế độ báo cáo định kỳ" actor={actor} csrf={csrf} path="/requests">
      <PageHeader title="Chế độ báo cáo định kỳ" place={province?.name} back={{ href: `/requests?province=${provinceId}`, label: 'Danh sách yêu cầu' }} />
      <p class="muted">Lan Tỏa tự mở yêu cầu báo cáo trước mỗi hạn (kiểm tra khi khởi động và hằng ngày), mỗi kỳ một lần.</p>
      <section class="card">
        {regimes.length === 0 ? <p class="muted">Chưa có chế độ báo cáo định kỳ nào.</p> : (
          <DataTable columns={['Tên', 'Loại', 'Hạn (ngày/tháng)', 'Mở trước hạn', 'Áp dụng từ', 'Trạng thái']}>
            {regimes.map((g) => (
              <tr>
                <td>{g.name}<div class="muted small">{g.subject}</div></td>
                <td>{regimeKindLabels[g.kind]}</td>
                <td>{g.deadlines.map((d) => `${d.slice(3)}/${d.slice(0, 2)}`).join(', ')}</td>
                <td>{`${g.open_days_before} ngày`}</td>
                <td>{formatViDate(g.starts_on)}</td>
                <td>
                  <form method="post" action={`/requests/regimes/${g.id}/active`} style="margin:0">
                    <input type="hidden" name="_csrf" value={csrf} />
                    <input type="hidden" name="province" value={String(provinceId)} />
                    <input type="hidden" name="active" value={g.active ? '0' : '1'} />
                    {g.active ? 'Đang áp dụng ' : 'Đã dừng '}<button type="submit" class="link">{g.active ? 'Dừng' : 'Áp dụng lại'}</button>
                  </form>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <form method="post" action="/requests/regimes" class="card">
        <h2>Thêm chế độ báo cáo định kỳ</h2>
        {error ? <p class="error" role="alert">{error}</p> : null}
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="province" value={String(provinceId)} />
        <div class="row">
          <div><label for="rg_name">Tên</label><input id="rg_name" name="name" required maxlength={200} placeholder="Báo cáo 6 tháng Nghị quyết 57" /></div>
          <div>
            <label for="rg_kind">Loại kỳ</label>
            <select id="rg_kind" name="kind">
              {(Object.keys(regimeKindLabels) as RegimeKind[]).map((k) => <option value={k} selected={k === 'half'}>{regimeKindLabels[k]}</option>)}
            </select>
          </div>
          <div><label for="rg_deadlines">Hạn (ngày/tháng, mỗi kỳ một hạn)</label><input id="rg_deadlines" name="deadlines" required placeholder="15/6, 15/12" /></div>
          <div><label for="rg_open">Mở trước hạn (ngày)</label><input id="rg_open" name="open_days" inputmode="numeric" size={4} value="30" /></div>
          <div><label for="rg_prefix">Tiền tố số hiệu</label><input id="rg_prefix" name="prefix" maxlength={60} placeholder="BC-NQ57" /></div>
          <div><label for="rg_from">Áp dụng từ ngày</label><input id="rg_from" name="starts_on" type="date" value={vnDate(new Date())} /></div>
        </div>
        <label for="rg_subject">Trích yếu</label>
        <input id="rg_subject" name="subject" required maxlength={1000} size={80} />
        <fieldset>
          <legend>Phần nội dung</legend>
          {requestSections.map((s) => <div><input type="checkbox" id={`rg_sec_${s}`} name="sections" value={s} checked /><label class="inline" for={`rg_sec_${s}`}>{sectionLabels[s]}</label></div>)}
        </fieldset>
        <details>
          <summary>Chỉ tiêu</summary>
          {indicators.filter((i) => i.active).map((i) => <div><input type="checkbox" id={`rg_ind_${i.code}`} name="indicators" value={i.code} /><label class="inline" for={`rg_ind_${i.code}`}>{i.name}</label></div>)}
        </details>
        <p><button type="submit">Thêm chế độ báo cáo</button></p>
      </form>
    </Layout>,
    status,
  );
}

