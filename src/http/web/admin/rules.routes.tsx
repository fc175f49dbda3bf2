// Validation rules of a province: list, edit (severity, threshold, message, on/off) and add.
// Province admins edit their province's rules; analysts of the province may read them.
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '#src/errors.ts';
import { adminProvinces } from '#src/core/admin/admin.ts';
import { listProvinceRules, saveRule, catalogEntries } from '#src/core/validation/validation.ts';
import { operators, ruleKindLabels, ruleKinds, severityLabels, type Rule } from '#src/core/validation/rules.ts';
import { parseViNumber } from '../reports/reports.routes.tsx';
import { Layout } from '../layout.tsx';
import type { AppEnv } from '../../context.ts';
import { asFormError, chosenProvince, ErrorBox, parseIdParam, ProvincePicker, str } from './common.tsx';

const operatorLabels: Record<(typeof operators)[number], string> = { '<=': '≤', '>=': '≥', '<': '<', '>': '>' };

function ruleFromForm(body: Record<string, unknown>, code: string) {
  const opt = (k: string) => (str(body[k]).trim() ? str(body[k]).trim() : null);
  const limit = opt('limit');
  return {
    code,
    kind: str(body['kind']),
    indicator: opt('indicator'),
    other: opt('other'),
    operator: opt('operator'),
    limit: limit === null ? null : parseViNumber(limit),
    severity: str(body['severity']),
    message: str(body['message']),
    active: body['active'] === 'on' || body['active'] === '1',
  };
}

function RuleFields(props: { r: Partial<Rule>; codes: { code: string; name: string }[]; idp: string; disabled: boolean }) {
  const { r, idp, disabled } = props;
  const pick = (name: string, value: string | null | undefined, label: string, allowEmpty: boolean) => (
    <div>
      <label for={`${idp}-${name}`}>{label}</label>
      <select id={`${idp}-${name}`} name={name} disabled={disabled}>
        {allowEmpty ? <option value="">{name === 'indicator' ? '(mọi chỉ tiêu)' : '—'}</option> : null}
        {props.codes.map((c) => <option value={c.code} selected={value === c.code}>{c.code} — {c.name}</option>)}
      </select>
    </div>
  );
  return (
    <>
      <div class="row">
        <div>
          <label for={`${idp}-kind`}>Loại</label>
          <select id={`${idp}-kind`} name="kind" disabled={disabled}>{ruleKinds.map((k) => <option value={k} selected={r.kind === k}>{ruleKindLabels[k]}</option>)}</select>
        </div>
        {pick('indicator', r.indicator, 'Chỉ tiêu', true)}
        <div>
          <label for={`${idp}-operator`}>Phép so sánh</label>
          <select id={`${idp}-operator`} name="operator" disabled={disabled}>
            <option value="">—</option>
            {operators.map((o) => <option value={o} selected={r.operator === o}>{operatorLabels[o]}</option>)}
          </select>
        </div>
        {pick('other', r.other, 'So với chỉ tiêu', true)}
        <div>
          <label for={`${idp}-limit`}>Giới hạn / hệ số / sai số</label>
          <input id={`${idp}-limit`} name="limit" size={6} inputmode="decimal" value={r.limit === null || r.limit === undefined ? '' : String(r.limit).replace('.', ',')} disabled={disabled} />
        </div>
        <div>
          <label for={`${idp}-severity`}>Mức độ</label>
          <select id={`${idp}-severity`} name="severity" disabled={disabled}>
            {(['error', 'warning'] as const).map((s) => <option value={s} selected={r.severity === s}>{severityLabels[s]}</option>)}
          </select>
        </div>
        <div>
          <label><input type="checkbox" name="active" checked={r.active ?? true} disabled={disabled} /> Đang áp dụng</label>
        </div>
      </div>
      <label for={`${idp}-message`}>Thông báo hiện bên cạnh giá trị</label>
      <input id={`${idp}-message`} name="message" size={90} maxlength={500} required value={r.message ?? ''} disabled={disabled} />
    </>
  );
}

async function page(c: Context<AppEnv>, provinceRaw: string | undefined, error: AppError | null, status: ContentfulStatusCode = 200) {
  const actor = c.get('actor')!;
  const { db } = c.get('deps');
  const provinces = await adminProvinces(db, actor);
  const province = chosenProvince(c, provinces, provinceRaw);
  const [rules, catalog] = await Promise.all([listProvinceRules(db, actor, province.id), catalogEntries(db, province.id)]);
  const csrf = c.get('csrfToken');
  const codes = catalog.map((x) => ({ code: x.code, name: x.name }));
  return c.html(
    <Layout title="Quy tắc kiểm tra số liệu" actor={actor} csrf={csrf} path="/admin/rules">
      <h1>Quy tắc kiểm tra số liệu — {province.name}</h1>
      <ProvincePicker provinces={provinces} current={province} action="/admin/rules" />
      <p class="muted small">Lỗi chặn việc gửi báo cáo; cảnh báo chỉ hiện bên cạnh giá trị. Trong thông báo có thể dùng {'{value}'}, {'{other}'}, {'{limit}'}, {'{expected}'}, {'{previous}'}.</p>
      <ErrorBox error={error} />
      {rules.map((r) => (
        <form method="post" action={`/admin/rules/${r.id}`} class="card">
          <input type="hidden" name="_csrf" value={csrf} />
          <input type="hidden" name="province" value={String(province.id)} />
          <h2 class="small">{r.code}</h2>
          <RuleFields r={r} codes={codes} idp={`r${r.id}`} disabled={false} />
          <p><button type="submit">Lưu quy tắc</button></p>
        </form>
      ))}
      <form method="post" action="/admin/rules" class="card">
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="province" value={String(province.id)} />
        <h2>Thêm quy tắc</h2>
        <label for="new-code">Mã quy tắc</label>
        <input id="new-code" name="code" required pattern="[a-z0-9_]{1,64}" size={30} />
        <RuleFields r={{ kind: 'compare', severity: 'warning', active: true }} codes={codes} idp="new" disabled={false} />
        <p><button type="submit">Thêm quy tắc</button></p>
      </form>
    </Layout>,
    status,
  );
}

export function rulesAdminRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/admin/rules', (c) => page(c, undefined, null));
  app.post('/admin/rules', async (c) => {
    const body = await c.req.parseBody();
    const provinceId = parseIdParam(str(body['province']), 'Không tìm thấy tỉnh/thành phố');
    try {
      await saveRule(c.get('deps').db, c.get('actor')!, provinceId, null, ruleFromForm(body, str(body['code']).trim()));
    } catch (e) {
      return page(c, String(provinceId), asFormError(e), 400);
    }
    return c.redirect(`/admin/rules?province=${provinceId}`, 303);
  });
  app.post('/admin/rules/:id', async (c) => {
    const body = await c.req.parseBody();
    const provinceId = parseIdParam(str(body['province']), 'Không tìm thấy tỉnh/thành phố');
    const id = parseIdParam(c.req.param('id'), 'Không tìm thấy quy tắc');
    try {
      await saveRule(c.get('deps').db, c.get('actor')!, provinceId, id, ruleFromForm(body, 'unchanged'));
    } catch (e) {
      return page(c, String(provinceId), asFormError(e), 400);
    }
    return c.redirect(`/admin/rules?province=${provinceId}`, 303);
  });
  return app;
}
