// "Đổi mật khẩu": a logged-in user changes their own password over HTTP. The current password is
// required, the new one follows the account policy and is stored as an Argon2id hash, the form is
// CSRF-protected, wrong current passwords are throttled like logins, the change is audited and the
// user's other sessions end while the one that made the change goes on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useTestDb } from '../../support/test-db.ts';
import { makeUser, PASSWORD } from '../../support/factories.ts';
import { Browser, testApp, type TestApp } from '../../support/http-client.ts';
import { createApp } from '#src/http/app.ts';
import { loadConfig } from '#src/config/config.ts';
import { listAudit } from '#src/storage/audit.repository.ts';
import { LoginLimiter } from '#src/http/middleware/rate-limit.ts';
import { PASSWORD_MIN_LENGTH } from '#src/core/auth/passwords.ts';

let app: TestApp;
const t = useTestDb(async (t) => {
  app = testApp(t);
  await makeUser(t.db, 'pw.cathai', 'commune_officer', 'HP-CAT-HAI');
  await makeUser(t.db, 'pw.short', 'commune_officer', 'HP-HONG-BANG');
  await makeUser(t.db, 'pw.limited', 'province_analyst', 'HP');
  await makeUser(t.db, 'pw.csrf', 'province_analyst', 'QNG');
});

const hashOf = async (username: string) => (await t.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE username = $1', [username]))[0]!.password_hash;
const sessionsOf = async (username: string) => Number((await t.db.query<{ n: number }>('SELECT count(*) AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = $1', [username]))[0]!.n);

async function change(b: Browser, form: { current_password: string; new_password: string; confirm_password?: string }): Promise<Response> {
  const token = await b.csrf('/account/password');
  return b.post('/account/password', { _csrf: token, confirm_password: form.new_password, ...form });
}

test('the page is reachable from every page once logged in, and not without a login', async () => {
  const anon = new Browser(app);
  const res = await anon.req('/account/password');
  assert.equal(res.status, 302);
  assert.match(res.headers.get('location') ?? '', /^\/login/);
  const b = await Browser.as(app, 'pw.cathai');
  assert.match(await b.text('/'), /href="\/account\/password"[^>]*>Đổi mật khẩu</);
  const page = await b.text('/account/password');
  assert.match(page, /<h1>Đổi mật khẩu<\/h1>/);
  assert.match(page, new RegExp(`name="new_password"[^>]*minlength="${PASSWORD_MIN_LENGTH}"`));
});

test('with the current password the password changes to an Argon2id hash, other sessions end, this one goes on, and it is audited', async () => {
  const before = await hashOf('pw.cathai');
  const b = await Browser.as(app, 'pw.cathai');
  const other = await Browser.as(app, 'pw.cathai');
  assert.equal((await other.req('/')).status, 200);
  assert.equal(await sessionsOf('pw.cathai'), 3, 'the first test left one session too');

  const res = await change(b, { current_password: PASSWORD, new_password: 'mật-khẩu-mới-2026' });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/account/password?changed=1');
  assert.match(await b.text('/account/password?changed=1'), /Đã đổi mật khẩu/);

  const after = await hashOf('pw.cathai');
  assert.notEqual(after, before);
  assert.match(after, /^\$argon2id\$/);
  assert.ok(!after.includes('mật-khẩu-mới-2026'));
  assert.equal((await b.req('/')).status, 200, 'the session that made the change goes on');
  const ended = await other.req('/');
  assert.equal(ended.status, 302, 'another session of the user has ended');
  assert.match(ended.headers.get('location') ?? '', /^\/login/);
  assert.equal(await sessionsOf('pw.cathai'), 1);

  assert.equal((await new Browser(app).attemptLogin('pw.cathai', PASSWORD)).status, 401, 'the old password no longer works');
  await new Browser(app).login('pw.cathai', 'mật-khẩu-mới-2026');

  const audit = (await listAudit(t.db, { entity: 'user' })).filter((a) => a.action === 'change_password');
  assert.equal(audit.length, 1);
  assert.match(audit[0]!.actor_label, /pw\.cathai/);
  assert.equal(audit[0]!.old_value, null);
  assert.equal(audit[0]!.new_value, null);
});

test('a wrong current password, a short, unconfirmed or unchanged new one are refused in Vietnamese and change nothing', async () => {
  const before = await hashOf('pw.short');
  const b = await Browser.as(app, 'pw.short');
  const other = await Browser.as(app, 'pw.short');
  const cases: [Parameters<typeof change>[1], number, RegExp][] = [
    [{ current_password: 'not-the-password', new_password: 'mot-mat-khau-dai' }, 401, /Mật khẩu hiện tại không đúng/],
    [{ current_password: PASSWORD, new_password: 'a'.repeat(PASSWORD_MIN_LENGTH - 1) }, 400, new RegExp(`ít nhất ${PASSWORD_MIN_LENGTH} ký tự`)],
    [{ current_password: PASSWORD, new_password: 'mot-mat-khau-dai', confirm_password: 'mot-mat-khau-khac' }, 400, /nhập lại không khớp/],
    [{ current_password: PASSWORD, new_password: PASSWORD }, 400, /phải khác mật khẩu hiện tại/],
  ];
  for (const [form, status, message] of cases) {
    const res = await change(b, form);
    assert.equal(res.status, status, JSON.stringify(form));
    const html = await res.text();
    assert.match(html, message);
    assert.ok(!html.includes(form.new_password) || form.new_password === PASSWORD, 'passwords are not echoed back');
  }
  assert.equal(await hashOf('pw.short'), before);
  assert.equal((await other.req('/')).status, 200, 'no session ended');
  assert.equal((await listAudit(t.db, { entity: 'user' })).filter((a) => a.action === 'change_password' && a.actor_label.includes('pw.short')).length, 0);
});

test('repeated wrong current passwords are rate-limited like logins, even when the right one follows', async () => {
  const limited = createApp({ db: t.db, config: loadConfig({ LANTOA_COOKIE_SECURE: '0' }), secret: t.secret }, { passwordLimiter: new LoginLimiter(3) });
  const b = await Browser.as(limited, 'pw.limited');
  const before = await hashOf('pw.limited');
  for (let i = 0; i < 3; i++) assert.equal((await change(b, { current_password: `wrong-${i}-password`, new_password: 'mot-mat-khau-dai' })).status, 401);
  const blocked = await change(b, { current_password: PASSWORD, new_password: 'mot-mat-khau-dai' });
  assert.equal(blocked.status, 429);
  assert.ok(Number(blocked.headers.get('retry-after')) > 0);
  assert.match(await blocked.text(), /quá nhiều lần/);
  assert.equal(await hashOf('pw.limited'), before);
  assert.equal((await b.req('/')).status, 200, 'throttling does not end the session');
});

test('the form is refused without or with a forged CSRF token', async () => {
  const before = await hashOf('pw.csrf');
  const b = await Browser.as(app, 'pw.csrf');
  const form = { current_password: PASSWORD, new_password: 'mot-mat-khau-dai', confirm_password: 'mot-mat-khau-dai' };
  assert.equal((await b.post('/account/password', form)).status, 403);
  assert.equal((await b.post('/account/password', { ...form, _csrf: 'x'.repeat(43) })).status, 403);
  assert.equal(await hashOf('pw.csrf'), before);
});
