// Administration of accounts: the province's users with their roles, create an account
// (password generated and shown once), lock/unlock, reset a password.
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '#src/errors.ts';
import { adminProvinces, createAccountAs, listAccounts, resetPasswordAs, setAccountActiveAs, listUnitsForAdmin, type AccountRow } from '#src/core/admin/admin.ts';
import { roleLabels } from '#src/core/auth/authorization.ts';
import { unitDisplayName } from '#src/core/units/units.ts';
import type { UnitRow } from '#src/storage/units.repository.ts';
import { Layout } from '../layout.tsx';
import type { AppEnv } from '../../context.ts';
import { asFormError, chosenProvince, ErrorBox, idSchema, parseIdParam, ProvincePicker, str } from './common.tsx';

function UsersPage(props: { province: UnitRow; provinces: UnitRow[]; accounts: AccountRow[]; units: UnitRow[]; csrf: string; error?: AppError | null; selfId: number }) {
  const { province: p, csrf } = props;
  return (
    <>
      <h1>Tài khoản — {p.name}</h1>
      <ProvincePicker provinces={props.provinces} current={p} action="/admin/users" />
      <ErrorBox error={props.error} />
      <section class="card" aria-labelledby="acc-h">
        <h2 id="acc-h">Tài khoản ({props.accounts.length})</h2>
        <div class="scroll">
          <table>
            <thead><tr><th>Tên đăng nhập</th><th>Họ và tên</th><th>Vai trò</th><th>Đơn vị</th><th>Trạng thái</th><th class="noprint">Thao tác</th></tr></thead>
            <tbody>
              {props.accounts.map((a) => (
                <tr>
                  <td>{a.username}</td>
                  <td>{a.full_name}{a.email ? <><br /><span class="small muted">{a.email}</span></> : null}</td>
                  <td>{roleLabels[a.role]}</td>
                  <td>{a.unit_name && a.unit_level ? unitDisplayName({ name: a.unit_name, level: a.unit_level }) : ''}</td>
                  <td>{a.active ? 'Đang dùng' : <span class="status status-returned">Đã khóa</span>}</td>
                  <td class="noprint">
                    {a.id === props.selfId ? <span class="muted small">(bạn)</span> : (
                      <div class="row">
                        <form method="post" action={`/admin/users/${a.id}/active`}>
                          <input type="hidden" name="_csrf" value={csrf} />
                          <input type="hidden" name="province" value={String(p.id)} />
                          <input type="hidden" name="active" value={a.active ? '0' : '1'} />
                          <button type="submit" class="secondary">{a.active ? 'Khóa' : 'Mở khóa'}</button>
                        </form>
                        <form method="post" action={`/admin/users/${a.id}/reset-password`}>
                          <input type="hidden" name="_csrf" value={csrf} />
                          <button type="submit" class="secondary">Cấp lại mật khẩu</button>
                        </form>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section class="card" aria-labelledby="new-h">
        <h2 id="new-h">Tạo tài khoản</h2>
        <form method="post" action="/admin/users">
          <input type="hidden" name="_csrf" value={csrf} />
          <input type="hidden" name="province" value={String(p.id)} />
          <div class="row">
            <div><label for="nu-user">Tên đăng nhập</label><input id="nu-user" name="username" required maxlength={64} pattern="[A-Za-z0-9._\-]{3,64}" autocomplete="off" /></div>
            <div><label for="nu-name">Họ và tên</label><input id="nu-name" name="full_name" required maxlength={200} /></div>
            <div><label for="nu-email">Thư điện tử</label><input id="nu-email" name="email" type="email" maxlength={200} /></div>
            <div>
              <label for="nu-role">Vai trò</label>
              <select id="nu-role" name="role">
                <option value="commune_officer">{roleLabels.commune_officer}</option>
                <option value="province_analyst">{roleLabels.province_analyst}</option>
                <option value="province_admin">{roleLabels.province_admin}</option>
              </select>
            </div>
            <div>
              <label for="nu-unit">Đơn vị</label>
              <select id="nu-unit" name="unit">
                <option value={String(p.id)}>{p.name} (cấp tỉnh)</option>
                {props.units.map((u) => <option value={String(u.id)}>{unitDisplayName(u)}</option>)}
              </select>
            </div>
          </div>
          <p class="small muted">Mật khẩu được tạo ngẫu nhiên và chỉ hiện một lần sau khi tạo.</p>
          <p><button type="submit">Tạo tài khoản</button></p>
        </form>
      </section>
    </>
  );
}

function PasswordPage(props: { username: string; password: string; created: boolean; provinceId: number | null }) {
  return (
    <>
      <h1>{props.created ? 'Đã tạo tài khoản' : 'Đã cấp lại mật khẩu'}</h1>
      <div class="card">
        <p>Tên đăng nhập: <strong>{props.username}</strong></p>
        <p>Mật khẩu: <span class="pw">{props.password}</span></p>
        <p class="warning">Mật khẩu chỉ hiện một lần. Hãy gửi cho người dùng qua kênh an toàn.</p>
        <p><a href={`/admin/users${props.provinceId ? `?province=${props.provinceId}` : ''}`}>Về danh sách tài khoản</a></p>
      </div>
    </>
  );
}

export function usersAdminRoutes() {
  const app = new Hono<AppEnv>();

  async function render(c: Context<AppEnv>, provinceRaw: string | undefined, error: AppError | null = null, status: ContentfulStatusCode = 200) {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const provinces = await adminProvinces(db, actor);
    const province = chosenProvince(c, provinces, provinceRaw);
    const [accounts, units] = await Promise.all([listAccounts(db, actor, province.id), listUnitsForAdmin(db, actor, province.id)]);
    c.header('Cache-Control', 'no-store');
    return c.html(
      <Layout title="Tài khoản" actor={actor} csrf={c.get('csrfToken')} path="/admin/users">
        <UsersPage province={province} provinces={provinces} accounts={accounts} units={units.filter((u) => !u.valid_to)} csrf={c.get('csrfToken')} error={error} selfId={actor.userId} />
      </Layout>,
      status,
    );
  }

  app.get('/admin/users', (c) => render(c, undefined));

  app.post('/admin/users', async (c) => {
    const actor = c.get('actor')!;
    const body = await c.req.parseBody();
    const province = str(body['province']);
    try {
      const unit = idSchema.safeParse(body['unit']);
      if (!unit.success) throw new AppError('VALIDATION', 'Chọn đơn vị cho tài khoản');
      const res = await createAccountAs(c.get('deps').db, actor, { username: str(body['username']), fullName: str(body['full_name']), email: str(body['email']), role: str(body['role']), unitId: unit.data });
      c.header('Cache-Control', 'no-store');
      return c.html(
        <Layout title="Đã tạo tài khoản" actor={actor} csrf={c.get('csrfToken')} path="/admin/users">
          <PasswordPage username={res.username} password={res.password} created provinceId={idSchema.safeParse(province).data ?? null} />
        </Layout>,
      );
    } catch (e) {
      const err = asFormError(e);
      return render(c, province, err, err.status as ContentfulStatusCode);
    }
  });

  app.post('/admin/users/:id/active', async (c) => {
    const id = parseIdParam(c.req.param('id'), 'Không tìm thấy tài khoản');
    const body = await c.req.parseBody();
    const province = str(body['province']);
    try {
      await setAccountActiveAs(c.get('deps').db, c.get('actor')!, id, str(body['active']) === '1');
      return c.redirect(`/admin/users${province ? `?province=${encodeURIComponent(province)}` : ''}`, 303);
    } catch (e) {
      const err = asFormError(e);
      return render(c, province, err, err.status as ContentfulStatusCode);
    }
  });

  app.post('/admin/users/:id/reset-password', async (c) => {
    const actor = c.get('actor')!;
    const id = parseIdParam(c.req.param('id'), 'Không tìm thấy tài khoản');
    const res = await resetPasswordAs(c.get('deps').db, actor, id);
    c.header('Cache-Control', 'no-store');
    return c.html(
      <Layout title="Đã cấp lại mật khẩu" actor={actor} csrf={c.get('csrfToken')} path="/admin/users">
        <PasswordPage username={res.username} password={res.password} created={false} provinceId={null} />
      </Layout>,
    );
  });
  return app;
}
