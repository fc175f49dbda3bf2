// The indicator catalog as data: list, add and edit indicators without code changes. Shared
// indicators are edited by the system admin; a province admin adds and edits the province's own.
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '#src/errors.ts';
import { adminProvinces, canEditIndicator, catalogFor, saveIndicatorAs } from '#src/core/admin/admin.ts';
import { aggregationTypes } from '#src/core/catalog/catalog.ts';
import type { IndicatorRow } from '#src/storage/catalog.repository.ts';
import type { UnitRow } from '#src/storage/units.repository.ts';
import type { Actor } from '#src/core/auth/authorization.ts';
import { Layout } from '../layout.tsx';
import type { AppEnv } from '../../context.ts';
import { asFormError, chosenProvince, ErrorBox, ProvincePicker, str } from './common.tsx';

export const aggregationLabels: Record<(typeof aggregationTypes)[number], string> = {
  flow: 'Cộng dồn theo kỳ (lượt, số buổi…)',
  stock: 'Số hiện có (lấy kỳ mới nhất)',
  percent: 'Tỷ lệ %',
  flag: 'Có/không',
};

interface Draft {
  code: string;
  group: string;
  name: string;
  unit: string;
  aggregation: string;
  numerator: string;
  denominator: string;
  active: boolean;
}

function toDraft(i: IndicatorRow): Draft {
  return { code: i.code, group: i.group_code, name: i.name, unit: i.unit, aggregation: i.aggregation, numerator: i.numerator_code ?? '', denominator: i.denominator_code ?? '', active: i.active };
}

function IndicatorForm(props: { province: UnitRow; groups: { code: string; name: string }[]; csrf: string; draft: Draft | null; editing: boolean }) {
  const d = props.draft;
  return (
    <form method="post" action="/admin/catalog">
      <input type="hidden" name="_csrf" value={props.csrf} />
      <input type="hidden" name="province" value={String(props.province.id)} />
      <div class="row">
        <div>
          <label for="ic-code">Mã chỉ tiêu</label>
          {props.editing ? (
            <><input id="ic-code" value={d?.code ?? ''} disabled /><input type="hidden" name="code" value={d?.code ?? ''} /></>
          ) : (
            <input id="ic-code" name="code" required maxlength={64} pattern="[A-Za-z][A-Za-z0-9_]*" value={d?.code ?? ''} aria-describedby="ic-code-h" />
          )}
          <p id="ic-code-h" class="small muted">Chữ in hoa không dấu, số, gạch dưới (ví dụ ZALO_GROUPS).</p>
        </div>
        <div>
          <label for="ic-group">Nhóm</label>
          <select id="ic-group" name="group">{props.groups.map((g) => <option value={g.code} selected={d?.group === g.code}>{g.name}</option>)}</select>
        </div>
      </div>
      <label for="ic-name">Tên chỉ tiêu</label>
      <input id="ic-name" name="name" required maxlength={300} size={60} value={d?.name ?? ''} />
      <div class="row">
        <div><label for="ic-unit">Đơn vị tính</label><input id="ic-unit" name="unit" required maxlength={50} value={d?.unit ?? ''} /></div>
        <div>
          <label for="ic-agg">Cách tổng hợp</label>
          <select id="ic-agg" name="aggregation">{aggregationTypes.map((a) => <option value={a} selected={d?.aggregation === a}>{aggregationLabels[a]}</option>)}</select>
        </div>
        <div><label for="ic-num">Tử số (mã, với tỷ lệ)</label><input id="ic-num" name="numerator" maxlength={64} value={d?.numerator ?? ''} /></div>
        <div><label for="ic-den">Mẫu số (mã, với tỷ lệ)</label><input id="ic-den" name="denominator" maxlength={64} value={d?.denominator ?? ''} /></div>
      </div>
      <p><input id="ic-active" type="checkbox" name="active" value="1" checked={d ? d.active : true} /><label class="inline" for="ic-active">Đang sử dụng</label></p>
      <p><button type="submit">{props.editing ? 'Lưu thay đổi' : 'Thêm chỉ tiêu'}</button>{props.editing ? <> <a href={`/admin/catalog?province=${props.province.id}`}>Hủy</a></> : null}</p>
    </form>
  );
}

function CatalogPage(props: { actor: Actor; province: UnitRow; provinces: UnitRow[]; indicators: IndicatorRow[]; groups: { code: string; name: string }[]; csrf: string; error?: AppError | null; draft: Draft | null; editing: boolean; saved: boolean }) {
  const { province: p } = props;
  const groupName = new Map(props.groups.map((g) => [g.code, g.name]));
  return (
    <>
      <h1>Danh mục chỉ tiêu — {p.name}</h1>
      <ProvincePicker provinces={props.provinces} current={p} action="/admin/catalog" />
      <ErrorBox error={props.error} />
      {props.saved ? <p class="notice" role="status">Đã lưu chỉ tiêu.</p> : null}
      <section class="card" aria-labelledby="form-h" id="form">
        <h2 id="form-h">{props.editing ? `Sửa chỉ tiêu ${props.draft?.code ?? ''}` : 'Thêm chỉ tiêu của tỉnh'}</h2>
        <IndicatorForm province={p} groups={props.groups} csrf={props.csrf} draft={props.draft} editing={props.editing} />
      </section>
      <section class="card" aria-labelledby="list-h">
        <h2 id="list-h">Các chỉ tiêu ({props.indicators.length})</h2>
        <div class="scroll">
          <table>
            <thead><tr><th>Mã</th><th>Tên</th><th>Nhóm</th><th>Đơn vị tính</th><th>Tổng hợp</th><th>Phạm vi</th><th>Trạng thái</th><th class="noprint"></th></tr></thead>
            <tbody>
              {props.indicators.map((i) => (
                <tr>
                  <td><code>{i.code}</code></td>
                  <td>{i.name}{i.numerator_code ? <span class="small muted">{` = ${i.numerator_code} / ${i.denominator_code ?? '?'}`}</span> : null}</td>
                  <td class="small">{groupName.get(i.group_code) ?? i.group_code}</td>
                  <td>{i.unit}</td>
                  <td class="small">{aggregationLabels[i.aggregation]}</td>
                  <td class="small">{i.province_id === null ? 'Dùng chung' : 'Riêng của tỉnh'}</td>
                  <td class="small">{i.active ? 'Đang dùng' : 'Ngừng dùng'}</td>
                  <td class="noprint">{canEditIndicator(props.actor, i) ? <a href={`/admin/catalog?province=${p.id}&edit=${encodeURIComponent(i.code)}#form`}>Sửa</a> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

export function catalogAdminRoutes() {
  const app = new Hono<AppEnv>();

  async function render(c: Context<AppEnv>, provinceRaw: string | undefined, opts: { error?: AppError | null; draft?: Draft | null; editing?: boolean; saved?: boolean } = {}, status: ContentfulStatusCode = 200) {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const provinces = await adminProvinces(db, actor);
    const province = chosenProvince(c, provinces, provinceRaw);
    const { indicators, groups } = await catalogFor(db, actor, province.id);
    let draft = opts.draft ?? null;
    let editing = opts.editing ?? false;
    const edit = c.req.query('edit');
    if (!draft && edit) {
      const ind = indicators.find((i) => i.code === edit);
      if (!ind || !canEditIndicator(actor, ind)) throw new AppError('NOT_FOUND', 'Không tìm thấy chỉ tiêu hoặc bạn không có quyền sửa chỉ tiêu này');
      draft = toDraft(ind);
      editing = true;
    }
    return c.html(
      <Layout title="Danh mục chỉ tiêu" actor={actor} csrf={c.get('csrfToken')} path="/admin/catalog">
        <CatalogPage actor={actor} province={province} provinces={provinces} indicators={indicators} groups={groups} csrf={c.get('csrfToken')} error={opts.error ?? null} draft={draft} editing={editing} saved={opts.saved ?? false} />
      </Layout>,
      status,
    );
  }

  app.get('/admin/catalog', (c) => render(c, undefined, { saved: c.req.query('ok') === '1' }));

  app.post('/admin/catalog', async (c) => {
    const body = await c.req.parseBody();
    const province = str(body['province']);
    const draft: Draft = {
      code: str(body['code']), group: str(body['group']), name: str(body['name']), unit: str(body['unit']), aggregation: str(body['aggregation']),
      numerator: str(body['numerator']), denominator: str(body['denominator']), active: str(body['active']) === '1',
    };
    const { db } = c.get('deps');
    const existing = (await db.query('SELECT 1 FROM indicators WHERE code = $1', [draft.code.trim().toUpperCase()])).length > 0;
    try {
      const pid = Number(province);
      if (!Number.isInteger(pid) || pid <= 0) throw new AppError('NOT_FOUND', 'Không tìm thấy tỉnh/thành phố');
      await saveIndicatorAs(db, c.get('actor')!, pid, { ...draft });
      return c.redirect(`/admin/catalog?province=${pid}&ok=1`, 303);
    } catch (e) {
      const err = asFormError(e);
      return render(c, province, { error: err, draft, editing: existing && err.code !== 'DUPLICATE' }, err.status as ContentfulStatusCode);
    }
  });
  return app;
}
