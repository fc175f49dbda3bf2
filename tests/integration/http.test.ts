// In-process HTTP tests: login, logout, CSRF rejection, rate limiting, authorization per unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_PASSWORD, useTestDb } from '../support/test-db.ts';
import { makeUser, PASSWORD, unitId, yearPeriod } from '../support/factories.ts';
import { createApp } from '#src/http/app.ts';
import { loadConfig } from '#src/config/config.ts';
import { getOrCreateReport } from '#src/core/reports/reports.ts';
import { Browser, testApp, type TestApp } from '../support/http-client.ts';

let app: TestApp;
const t = useTestDb(async (t) => {
  app = testApp(t);
});

test('the login page is Vietnamese and the admin can log in and out', async () => {
  const b = new Browser(app);
  const page = await (await b.req('/login')).text();
  assert.match(page, /<html lang="vi"/);
  assert.match(page, /Đăng nhập/);
  const res = await b.login('admin', ADMIN_PASSWORD);
  assert.equal(res.status, 303);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('lantoa_session='))!;
  assert.match(cookie, /HttpOnly/i);
  assert.match(cookie, /SameSite=Lax/i);
  const home = await b.req('/');
  assert.equal(home.status, 200);
  assert.match(await home.text(), /Hải Phòng/);
  const token = await b.csrf('/');
  const out = await b.post('/logout', { _csrf: token });
  assert.equal(out.status, 303);
  const after = await b.req('/');
  assert.equal(after.status, 302);
  assert.match(after.headers.get('location') ?? '', /^\/login/);
});

test('cookies are marked Secure by default', async () => {
  const secureApp = createApp({ db: t.db, config: loadConfig({}), secret: t.secret });
  const res = await secureApp.request('/login');
  assert.ok(res.headers.getSetCookie().every((c) => /Secure/.test(c)));
});

test('a wrong password is refused with a Vietnamese message, and repeated failures are rate-limited', async () => {
  const b = new Browser(app);
  const bad = await b.attemptLogin('admin', 'wrong-password');
  assert.equal(bad.status, 401);
  assert.match(await bad.text(), /không đúng/);
  let last: Response | undefined;
  for (let i = 0; i < 6; i++) last = await b.attemptLogin('ratelimited', 'nope-nope');
  assert.equal(last!.status, 429);
  assert.ok(Number(last!.headers.get('retry-after')) > 0);
});

test('a form posted without or with a forged CSRF token is rejected', async () => {
  const b = new Browser(app);
  await b.login('admin', ADMIN_PASSWORD);
  const none = await b.post('/logout', {});
  assert.equal(none.status, 403);
  const forged = await b.post('/logout', { _csrf: 'x'.repeat(43) });
  assert.equal(forged.status, 403);
  assert.match(await forged.text(), /không hợp lệ/);
  const other = new Browser(app);
  const foreignToken = await other.csrf('/login');
  assert.equal((await b.post('/logout', { _csrf: foreignToken })).status, 403);
  assert.equal((await b.req('/')).status, 200, 'still logged in after rejected posts');
});

test('over HTTP a commune officer cannot read or change another commune\'s report; an analyst reads only their province', async () => {
  const owner = await makeUser(t.db, 'http.cathai', 'commune_officer', 'HP-CAT-HAI');
  await makeUser(t.db, 'http.haihung', 'commune_officer', 'HP-HAI-HUNG');
  await makeUser(t.db, 'http.analyst.qng', 'province_analyst', 'QNG');
  await makeUser(t.db, 'http.analyst.hp', 'province_analyst', 'HP');
  const report = await getOrCreateReport(t.db, owner, await unitId(t.db, 'HP-CAT-HAI'), await yearPeriod(t.db));

  const ownerB = new Browser(app);
  await ownerB.login('http.cathai', PASSWORD);
  assert.equal((await ownerB.req(`/reports/${report.id}`)).status, 200);
  const tok = await ownerB.csrf(`/reports/${report.id}`);
  assert.equal((await ownerB.post(`/reports/${report.id}/values`, { _csrf: tok, v_BANNERS: '12', q_BANNERS: 'exact' })).status, 303);
  assert.match(await (await ownerB.req(`/reports/${report.id}`)).text(), /value="12"/);

  const intruder = new Browser(app);
  await intruder.login('http.haihung', PASSWORD);
  assert.equal((await intruder.req(`/reports/${report.id}`)).status, 404);
  const itok = await intruder.csrf('/');
  assert.equal((await intruder.post(`/reports/${report.id}/values`, { _csrf: itok, v_BANNERS: '99' })).status, 404);
  assert.equal((await intruder.post(`/reports/${report.id}/submit`, { _csrf: itok })).status, 404);

  const qng = new Browser(app);
  await qng.login('http.analyst.qng', PASSWORD);
  assert.equal((await qng.req(`/reports/${report.id}`)).status, 404);
  const hp = new Browser(app);
  await hp.login('http.analyst.hp', PASSWORD);
  assert.equal((await hp.req(`/reports/${report.id}`)).status, 200);
  const htok = await hp.csrf('/');
  assert.equal((await hp.post(`/reports/${report.id}/values`, { _csrf: htok, v_BANNERS: '1' })).status, 403, 'an analyst reviews but does not type a commune\'s numbers');
  assert.match(await (await ownerB.req(`/reports/${report.id}`)).text(), /value="12"/);
});

test('script payloads in stored names are escaped in pages', async () => {
  await makeUser(t.db, 'http.xss', 'commune_officer', 'HP-HONG-BANG');
  await t.db.query("UPDATE users SET full_name = '<script>alert(1)</script>' WHERE username = 'http.xss'");
  const b = new Browser(app);
  await b.login('http.xss', PASSWORD);
  const html = await (await b.req('/')).text();
  assert.ok(!html.includes('<script>alert(1)</script>'));
  assert.ok(html.includes('&lt;script&gt;'));
});

test('the health endpoint checks the database', async () => {
  const res = await app.request('/health');
  assert.equal(res.status, 200);
  const body = (await res.json()) as { status: string };
  assert.equal(body.status, 'ok');
});
