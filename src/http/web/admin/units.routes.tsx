// Administration of units: the province's commune-level units, create, rename or merge with an
// effective date (history kept), and bulk import of units with one officer account each from
// CSV (all-or-nothing, row-numbered Vietnamese errors, generated passwords shown once).
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '#src/errors.ts';
import { adminProvinces, adminUnitProvince, createCommuneAs, importUnitsAs, listUnitsForAdmin, loadOfficialUnitsAs, mergeUnitsAs, renameUnitAs, type UnitListRow } from '#src/core/admin/admin.ts';
import { levelLabels, unitDisplayName } from '#src/core/units/units.ts';
import { unitCsvColumns } from '#src/core/units/import-units.ts';
import { formatViDate } from '#src/core/periods/periods.ts';
import type { UnitRow } from '#src/storage/units.repository.ts';
import type { ImportResult } from '#src/core/units/import-units.ts';
import { Layout } from '../layout.tsx';
import type { AppEnv } from '../../context.ts';
import { asFormError, chosenProvince, ErrorBox, idSchema, parseIdParam, ProvincePicker, str } from './common.tsx';

const MAX_CSV_BYTES = 2 * 1024 * 1024;

const done: Record<string, string> = {
  created: 'Đã thêm đơn vị.',
  renamed: 'Đã đổi tên đơn vị; tên cũ được lưu trong lịch sử.',
  merged: 'Đã sáp nhập đơn vị; các đơn vị cũ ngừng hoạt động từ ngày trước ngày hiệu lực.',
};

interface PageProps {
  province: UnitRow;
  provinces: UnitRow[];
  units: UnitListRow[];
  csrf: string;
  error?: AppError | null;
  notice?: string | undefined;
  context?: string | undefined;
}

function UnitsPage(props: PageProps) {
  const { province: p, units, csrf } = props;
  const active = units.filter((u) => !u.valid_to);
  const levelOptions = (['xa', 'phuong', 'dac_khu'] as const).map((l) => <option value={l}>{levelLabels[l]}</option>);
  return (
    <>
      <h1>Đơn vị hành chính — {p.name}</h1>
      <ProvincePicker provinces={props.provinces} current={p} action="/admin/units" />
      <ErrorBox error={props.error} context={props.context} />
      {props.notice ? <p class="notice" role="status">{props.notice}</p> : null}
      <section class="card" aria-labelledby="list-h">
        <h2 id="list-h">Danh sách đơn vị cấp xã ({active.length} đang hoạt động)</h2>
        <div class="scroll">
          <table>
            <thead><tr><th>Mã</th><th>Tên</th><th>Cấp</th><th>Trạng thái</th><th class="num">Cán bộ</th><th class="noprint">Đổi tên</th></tr></thead>
            <tbody>
              {units.map((u) => (
                <tr>
                  <td>{u.code}</td>
                  <td>{u.name}</td>
                  <td>{levelLabels[u.level]}</td>
                  <td>
                    {u.valid_to
                      ? `Ngừng từ ${formatViDate(u.valid_to)}${u.successor_name ? ` — sáp nhập vào ${u.successor_name}` : ''}`
                      : u.valid_from ? `Hoạt động từ ${formatViDate(u.valid_from)}` : 'Đang hoạt động'}
                  </td>
                  <td class="num">{u.officers}</td>
                  <td class="noprint">
                    {u.valid_to ? null : (
                      <form method="post" action={`/admin/units/${u.id}/rename`} class="row">
                        <input type="hidden" name="_csrf" value={csrf} />
                        <div><label class="sr-only" for={`rn-${u.id}`}>Tên mới của {unitDisplayName(u)}</label><input id={`rn-${u.id}`} name="name" size={16} required placeholder="Tên mới" /></div>
                        <div><label class="sr-only" for={`rd-${u.id}`}>Ngày hiệu lực</label><input id={`rd-${u.id}`} name="effective_date" type="date" required /></div>
                        <div><button type="submit" class="secondary">Đổi tên</button></div>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <div class="grid">
        <section class="card" aria-labelledby="new-h">
          <h2 id="new-h">Thêm đơn vị</h2>
          <form method="post" action="/admin/units">
            <input type="hidden" name="_csrf" value={csrf} />
            <input type="hidden" name="province" value={String(p.id)} />
            <label for="nu-code">Mã đơn vị</label>
            <input id="nu-code" name="code" required maxlength={64} pattern="[A-Za-z0-9._\-]+" aria-describedby="nu-code-h" />
            <p id="nu-code-h" class="small muted">Chữ không dấu, số, dấu chấm, gạch ngang; ví dụ {p.code}-TAN-AN.</p>
            <label for="nu-name">Tên đơn vị</label>
            <input id="nu-name" name="name" required maxlength={200} />
            <label for="nu-level">Cấp</label>
            <select id="nu-level" name="level">{levelOptions}</select>
            <label for="nu-from">Hoạt động từ ngày (không bắt buộc)</label>
            <input id="nu-from" name="valid_from" type="date" />
            <p><button type="submit">Thêm đơn vị</button></p>
          </form>
        </section>

        <section class="card" aria-labelledby="merge-h">
          <h2 id="merge-h">Sáp nhập đơn vị</h2>
          <form method="post" action="/admin/units/merge">
            <input type="hidden" name="_csrf" value={csrf} />
            <input type="hidden" name="province" value={String(p.id)} />
            <label for="mg-from">Các đơn vị được sáp nhập</label>
            <select id="mg-from" name="predecessor" multiple size={Math.min(8, Math.max(3, active.length))} required aria-describedby="mg-from-h">
              {active.map((u) => <option value={String(u.id)}>{unitDisplayName(u)}</option>)}
            </select>
            <p id="mg-from-h" class="small muted">Giữ Ctrl (hoặc Shift) để chọn nhiều đơn vị.</p>
            <label for="mg-to">Đơn vị tiếp nhận</label>
            <select id="mg-to" name="successor">
              <option value="">— Đơn vị mới (nhập bên dưới) —</option>
              {active.map((u) => <option value={String(u.id)}>{unitDisplayName(u)}</option>)}
            </select>
            <fieldset>
              <legend>Đơn vị mới</legend>
              <label for="mg-code">Mã</label><input id="mg-code" name="new_code" maxlength={64} />
              <label for="mg-name">Tên</label><input id="mg-name" name="new_name" maxlength={200} />
              <label for="mg-level">Cấp</label><select id="mg-level" name="new_level">{levelOptions}</select>
            </fieldset>
            <label for="mg-date">Ngày hiệu lực</label>
            <input id="mg-date" name="effective_date" type="date" required />
            <label for="mg-note">Căn cứ (số nghị quyết, ghi chú)</label>
            <input id="mg-note" name="note" maxlength={500} size={40} />
            <p><button type="submit">Sáp nhập</button></p>
          </form>
        </section>
      </div>

      <section class="card" aria-labelledby="off-h">
        <h2 id="off-h">Nạp danh mục đơn vị hành chính từ 1/7/2025</h2>
        <p>
          Thêm các xã, phường, đặc khu của {p.name} theo danh mục đơn vị hành chính cấp xã hiện hành.
          Chỉ thêm đơn vị còn thiếu; đơn vị đã có (cùng tên, cùng cấp) giữ nguyên mã và lịch sử.
        </p>
        <form method="post" action="/admin/units/load-official">
          <input type="hidden" name="_csrf" value={csrf} />
          <input type="hidden" name="province" value={String(p.id)} />
          <p><button type="submit">Nạp danh mục</button></p>
        </form>
      </section>

      <section class="card" aria-labelledby="imp-h">
        <h2 id="imp-h">Nhập đơn vị và tài khoản cán bộ từ tệp CSV</h2>
        <p>
          Mỗi dòng một đơn vị, kèm tài khoản cán bộ (không bắt buộc). Tệp được kiểm tra toàn bộ trước khi lưu:
          nếu có lỗi ở bất kỳ dòng nào thì không có gì được lưu.
        </p>
        <p class="small">Các cột (dòng đầu tiên): <code>{unitCsvColumns.join(',')}</code>; mã tỉnh của trang này: <code>{p.code}</code>; cấp: xa, phuong, dac_khu.</p>
        <form method="post" action="/admin/units/import" enctype="multipart/form-data">
          <input type="hidden" name="_csrf" value={csrf} />
          <label for="imp-file">Tệp CSV (UTF-8, tối đa 2 MB)</label>
          <input id="imp-file" name="file" type="file" accept=".csv,text/csv" required />
          <p><button type="submit">Nhập từ tệp</button></p>
        </form>
      </section>
    </>
  );
}

function ImportResultPage(props: { fileName: string; result: ImportResult }) {
  const r = props.result;
  return (
    <>
      <h1>Kết quả nhập từ tệp</h1>
      <p class="notice" role="status">Đã nhập {r.units} đơn vị và {r.accounts.length} tài khoản từ tệp “{props.fileName}”.</p>
      {r.accounts.length ? (
        <section class="card">
          <h2>Tài khoản cán bộ mới</h2>
          <p class="warning">Mật khẩu chỉ hiện một lần. Hãy in hoặc lưu trang này và gửi cho từng cán bộ; cán bộ nên đổi mật khẩu sau lần đăng nhập đầu.</p>
          <table>
            <thead><tr><th>Mã đơn vị</th><th>Tên đăng nhập</th><th>Mật khẩu</th></tr></thead>
            <tbody>{r.accounts.map((a) => <tr><td>{a.unitCode}</td><td>{a.username}</td><td><span class="pw">{a.password}</span></td></tr>)}</tbody>
          </table>
        </section>
      ) : null}
      <p><a href="/admin/units">Về trang đơn vị</a></p>
    </>
  );
}

export function unitsAdminRoutes() {
  const app = new Hono<AppEnv>();

  async function render(c: Context<AppEnv>, provinceRaw: string | undefined, extra: { error?: AppError; notice?: string; context?: string } = {}, status: ContentfulStatusCode = 200) {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const provinces = await adminProvinces(db, actor);
    const province = chosenProvince(c, provinces, provinceRaw);
    const units = await listUnitsForAdmin(db, actor, province.id);
    c.header('Cache-Control', 'no-store');
    return c.html(
      <Layout title="Đơn vị hành chính" actor={actor} csrf={c.get('csrfToken')} path="/admin/units">
        <UnitsPage province={province} provinces={provinces} units={units} csrf={c.get('csrfToken')} error={extra.error ?? null} notice={extra.notice} context={extra.context} />
      </Layout>,
      status,
    );
  }

  app.get('/admin/units', (c) => render(c, undefined, { ...(done[c.req.query('ok') ?? ''] ? { notice: done[c.req.query('ok')!] } : {}) }));

  app.post('/admin/units', async (c) => {
    const body = await c.req.parseBody();
    const province = str(body['province']);
    try {
      const pid = idSchema.safeParse(province);
      if (!pid.success) throw new AppError('NOT_FOUND', 'Không tìm thấy tỉnh/thành phố');
      await createCommuneAs(c.get('deps').db, c.get('actor')!, pid.data, { code: str(body['code']), name: str(body['name']), level: str(body['level']), validFrom: str(body['valid_from']) });
      return c.redirect(`/admin/units?province=${pid.data}&ok=created`, 303);
    } catch (e) {
      const err = asFormError(e);
      return render(c, province, { error: err }, err.status as ContentfulStatusCode);
    }
  });

  app.post('/admin/units/load-official', async (c) => {
    const body = await c.req.parseBody();
    const province = str(body['province']);
    try {
      const pid = idSchema.safeParse(province);
      if (!pid.success) throw new AppError('NOT_FOUND', 'Không tìm thấy tỉnh/thành phố');
      const res = await loadOfficialUnitsAs(c.get('deps').db, c.get('actor')!, pid.data);
      return render(c, String(pid.data), { notice: res.created ? `Đã thêm ${res.created} đơn vị theo danh mục; ${res.existing} đơn vị đã có.` : `Danh sách đã đủ ${res.existing} đơn vị theo danh mục; không thêm đơn vị nào.` });
    } catch (e) {
      const err = asFormError(e);
      return render(c, province, { error: err }, err.status as ContentfulStatusCode);
    }
  });

  app.post('/admin/units/merge', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const province = str(body['province']);
    try {
      const pid = idSchema.safeParse(province);
      if (!pid.success) throw new AppError('NOT_FOUND', 'Không tìm thấy tỉnh/thành phố');
      const preds = ([] as unknown[]).concat(body['predecessor'] ?? []).map((v) => idSchema.safeParse(v)).filter((r) => r.success).map((r) => r.data!);
      const succ = idSchema.safeParse(body['successor']);
      await mergeUnitsAs(c.get('deps').db, c.get('actor')!, pid.data, {
        predecessorIds: preds,
        successorId: succ.success ? succ.data : null,
        newUnit: succ.success ? null : { code: str(body['new_code']), name: str(body['new_name']), level: str(body['new_level']) },
        effectiveDate: str(body['effective_date']),
        note: str(body['note']),
      });
      return c.redirect(`/admin/units?province=${pid.data}&ok=merged`, 303);
    } catch (e) {
      const err = asFormError(e);
      return render(c, province, { error: err }, err.status as ContentfulStatusCode);
    }
  });

  app.post('/admin/units/:id/rename', async (c) => {
    const id = parseIdParam(c.req.param('id'), 'Không tìm thấy đơn vị');
    const body = await c.req.parseBody();
    const { db } = c.get('deps');
    const actor = c.get('actor')!;
    try {
      const unit = await renameUnitAs(db, actor, id, str(body['name']), str(body['effective_date']));
      return c.redirect(`/admin/units?province=${unit.province_id ?? ''}&ok=renamed`, 303);
    } catch (e) {
      const err = asFormError(e);
      // The form comes back on the unit's province, only when the actor administers it.
      const province = await adminUnitProvince(db, actor, id);
      return render(c, province === null ? undefined : String(province), { error: err }, err.status as ContentfulStatusCode);
    }
  });

  app.post('/admin/units/import', async (c) => {
    const actor = c.get('actor')!;
    const body = await c.req.parseBody();
    const file = body['file'];
    try {
      if (!(file instanceof File) || file.size === 0) throw new AppError('FILE_EMPTY', 'Chưa chọn tệp CSV hoặc tệp trống.');
      if (file.size > MAX_CSV_BYTES) throw new AppError('FILE_TOO_LARGE', 'Tệp CSV quá lớn (tối đa 2 MB).');
      if (!/\.csv$/i.test(file.name) && !/csv|text\/plain/.test(file.type)) throw new AppError('FILE_UNSUPPORTED', `Tệp “${file.name}” không phải tệp CSV.`);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
      } catch {
        throw new AppError('FILE_ENCODING', `Tệp “${file.name}” không phải văn bản UTF-8. Hãy lưu lại tệp dưới dạng “CSV UTF-8”.`);
      }
      const result = await importUnitsAs(c.get('deps').db, actor, text, file.name);
      c.header('Cache-Control', 'no-store');
      return c.html(
        <Layout title="Kết quả nhập từ tệp" actor={actor} csrf={c.get('csrfToken')} path="/admin/units">
          <ImportResultPage fileName={file.name} result={result} />
        </Layout>,
      );
    } catch (e) {
      const err = asFormError(e);
      const fileName = file instanceof File ? file.name : '';
      return render(c, undefined, { error: err, ...(fileName ? { context: `Tệp “${fileName}”` } : {}) }, err.status as ContentfulStatusCode);
    }
  });
  return app;
}
