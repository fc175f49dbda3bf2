// Security of the web app as a whole: every POST route rejects a missing or forged CSRF token
// (routes enumerated from the app itself, so new pages are covered automatically); script
// payloads typed into every text field of the pages here, and in a file name, come back
// escaped; sessions expire when idle and after their absolute lifetime; every route with an id
// refuses another province's commune officer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_PASSWORD, useTestDb } from '../../support/test-db.ts';
import { makeUser, PASSWORD, unitId, yearPeriod } from '../../support/factories.ts';
import { Browser, testApp, type TestApp } from '../../support/http-client.ts';
import { changeReportStatus, getOrCreateReport, setReportValues } from '#src/core/reports/reports.ts';
import { forgetSessions } from '#src/core/auth/sessions.ts';

const XSS = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
const RAW = /<script>alert\(1\)<\/script>|<img src=x onerror/;

let app: TestApp;
let hp: number;

const t = useTestDb(async (t) => {
  app = testApp(t, { LANTOA_SESSION_HOURS: '2', LANTOA_SESSION_MAX_HOURS: '12' });
  hp = await unitId(t.db, 'HP');
  await makeUser(t.db, 'sec.admin', 'province_admin', 'HP');
});

function postRoutes(): string[] {
  const paths = new Set<string>();
  for (const r of app.routes) if (r.method === 'POST') paths.add(r.path);
  return [...paths].sort();
}

test('every POST route of the app rejects a request without a CSRF token or with a forged one', async () => {
  const routes = postRoutes();
  assert.ok(routes.length >= 10, `found ${routes.length} POST routes`);
  for (const must of ['/login', '/logout', '/admin/units', '/admin/units/import', '/admin/catalog', '/admin/users']) assert.ok(routes.includes(must), must);
  const b = new Browser(app);
  await b.login('admin', ADMIN_PASSWORD);
  for (const path of routes) {
    const url = path.replace(/:[A-Za-z_]+(\{[^}]*\})?/g, '1');
    const none = await b.post(url, { name: 'x' });
    assert.equal(none.status, 403, `${path} without a token: ${none.status}`);
    assert.match(await none.text(), /không hợp lệ/, path);
    const forged = await b.post(url, { _csrf: 'A'.repeat(43), name: 'x' });
    assert.equal(forged.status, 403, `${path} with a forged token`);
    const multipart = new FormData();
    multipart.set('file', new File(['a'], 'a.csv'));
    assert.equal((await b.postMultipart(url, multipart)).status, 403, `${path} multipart without a token`);
  }
  assert.equal((await b.req('/')).status, 200, 'still signed in: nothing was done');
});

test('script payloads in every text field and in a file name come back escaped', async () => {
  const b = new Browser(app);
  await b.login('sec.admin', PASSWORD);
  const pages: string[] = [];
  let tok = await b.csrf('/admin/units');
  // Units: create, rename, merge (note and new name).
  let res = await b.post('/admin/units', { _csrf: tok, province: String(hp), code: 'HP-XSS-1', name: XSS, level: 'xa' });
  assert.equal(res.status, 303);
  const u1 = (await t.db.query<{ id: number }>(`SELECT id FROM units WHERE code = 'HP-XSS-1'`))[0]!.id;
  await b.post('/admin/units', { _csrf: tok, province: String(hp), code: 'HP-XSS-2', name: 'Thứ hai', level: 'xa' });
  const u2 = (await t.db.query<{ id: number }>(`SELECT id FROM units WHERE code = 'HP-XSS-2'`))[0]!.id;
  res = await b.post(`/admin/units/${u2}/rename`, { _csrf: tok, name: `${XSS} mới`, effective_date: '2025-01-01' });
  assert.equal(res.status, 303);
  res = await b.req('/admin/units/merge', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams([['_csrf', tok], ['province', String(hp)], ['predecessor', String(u2)], ['successor', ''], ['new_code', 'HP-XSS-3'], ['new_name', `${XSS} 3`], ['new_level', 'xa'], ['effective_date', '2025-06-01'], ['note', XSS]]),
  });
  assert.equal(res.status, 303);
  // A rejected form echoes what was typed: still escaped.
  pages.push(await (await b.post('/admin/units', { _csrf: tok, province: String(hp), code: XSS, name: XSS, level: 'xa' })).text());
  // CSV import: names, officer names, e-mail, and the file name itself; both a failing and a good file.
  const header = 'province_code,code,name,level,parent_code,officer_username,officer_full_name,officer_email';
  for (const csv of [`${header}\nHP,HP-XSS-4,"${XSS.replace(/"/g, '""')}",xa,,xss.officer,"${XSS.replace(/"/g, '""')}",\n`, `${header}\nHP,HP-XSS-5,,bad,,,,"${XSS.replace(/"/g, '""')}"\n`]) {
    const form = new FormData();
    form.set('_csrf', await b.csrf('/admin/units'));
    form.set('file', new File([csv], `${XSS}.csv`, { type: 'text/csv' }));
    const r = await b.postMultipart('/admin/units/import', form);
    const html = await r.text();
    assert.ok(html.includes('&lt;script&gt;'), 'the file name is shown, escaped');
    pages.push(html);
  }
  // Accounts: full name, e-mail (rejected, echoed), username (rejected).
  tok = await b.csrf('/admin/users');
  res = await b.post('/admin/users', { _csrf: tok, province: String(hp), username: 'xss.user', full_name: XSS, email: '', role: 'province_analyst', unit: String(hp) });
  assert.equal(res.status, 200);
  pages.push(await res.text());
  pages.push(await (await b.post('/admin/users', { _csrf: tok, province: String(hp), username: XSS, full_name: XSS, email: XSS, role: 'commune_officer', unit: String(u1) })).text());
  // Catalog: name and unit; a rejected code.
  tok = await b.csrf('/admin/catalog');
  res = await b.post('/admin/catalog', { _csrf: tok, province: String(hp), code: 'XSS_IND', group: 'ONLINE', name: XSS, unit: '<b>u</b>', aggregation: 'flow', active: '1' });
  assert.equal(res.status, 303);
  pages.push(await (await b.post('/admin/catalog', { _csrf: tok, province: String(hp), code: XSS, group: 'ONLINE', name: XSS, unit: XSS, aggregation: 'flow' })).text());
  pages.push(await b.text('/admin/catalog?edit=XSS_IND'));
  // Data that reaches the dashboard and home: a unit with the payload as its name reporting values,
  // a request number and subject, a return comment.
  const officer = await makeUser(t.db, 'xss.officer2', 'commune_officer', 'HP-XSS-1');
  const period = await yearPeriod(t.db, 2025);
  const reqId = (await t.db.query<{ id: number }>(`INSERT INTO report_requests (province_id, number, issued_on, subject, period_id, deadline) VALUES ($1, $2, '2025-01-01', $2, $3, '2025-02-01') RETURNING id`, [hp, XSS, period]))[0]!.id;
  const rep = await getOrCreateReport(t.db, officer, u1, period, reqId);
  await setReportValues(t.db, officer, rep.id, [{ indicator: 'BANNERS', value: 5 }, { indicator: 'XSS_IND', value: 3 }]);
  await changeReportStatus(t.db, officer, rep.id, 'submit');
  const analyst = await makeUser(t.db, 'xss.analyst', 'province_analyst', 'HP');
  await changeReportStatus(t.db, analyst, rep.id, 'return', XSS);
  await changeReportStatus(t.db, officer, rep.id, 'submit');
  await t.db.query(`INSERT INTO plans (province_id, unit_id, title) VALUES ($1, $1, $2)`, [hp, XSS]);
  await t.db.query(`INSERT INTO plan_targets (plan_id, indicator_code, year, value, unit, text) SELECT id, 'BANNERS', 2025, 10, $1, $1 FROM plans WHERE title = $1`, [XSS]);

  const an = new Browser(app);
  await an.login('xss.analyst', PASSWORD);
  for (const p of ['/', '/dashboard', '/dashboard?indicator=BANNERS', '/dashboard?indicator=XSS_IND', `/admin/audit?user=${encodeURIComponent(XSS)}`, '/admin/audit']) pages.push(await an.text(p));
  for (const p of ['/admin/units', '/admin/users', '/admin/catalog', '/admin/audit', '/']) pages.push(await b.text(p));
  const o = new Browser(app);
  await o.login('xss.officer2', PASSWORD);
  await changeReportStatus(t.db, analyst, rep.id, 'return', XSS);
  pages.push(await o.text('/'));

  const dash = pages.find((p) => p.includes('<svg') && p.includes('Thứ hai') === false && p.includes('So sánh giữa các đơn vị'));
  assert.ok(dash, 'a dashboard with a chart was checked');
  for (const [i, html] of pages.entries()) {
    assert.doesNotMatch(html, RAW, `page ${i} contains the raw payload`);
  }
  assert.ok(pages.some((p) => p.includes('&lt;script&gt;alert(1)&lt;/script&gt;')), 'payloads are displayed as text');
});

test('sessions end after the idle timeout and after their absolute lifetime', async () => {
  const uid = (await t.db.query<{ id: number }>(`SELECT id FROM users WHERE username = 'sec.admin'`))[0]!.id;
  await t.db.query('DELETE FROM sessions WHERE user_id = $1', [uid]);
  const b = new Browser(app);
  await b.login('sec.admin', PASSWORD);
  assert.equal((await b.req('/')).status, 200);
  // Idle for longer than LANTOA_SESSION_HOURS (2 h): the session is gone.
  await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 minute', last_seen_at = now() - interval '3 hours' WHERE user_id = $1`, [uid]);
  forgetSessions(t.db); // the clock moved: what the server remembers for a few seconds is stale
  let res = await b.req('/');
  assert.equal(res.status, 302);
  assert.match(res.headers.get('location') ?? '', /^\/login/);
  assert.equal(Number((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [uid]))[0]!.n), 0);

  // Busy but logged in 13 hours ago (LANTOA_SESSION_MAX_HOURS = 12): also ended.
  await b.login('sec.admin', PASSWORD);
  await t.db.query(`UPDATE sessions SET created_at = now() - interval '13 hours', last_seen_at = now() WHERE user_id = $1`, [uid]);
  forgetSessions(t.db); // the clock moved: what the server remembers for a few seconds is stale
  res = await b.req('/');
  assert.equal(res.status, 302);

  // An active session slides, but never past its absolute end.
  await b.login('sec.admin', PASSWORD);
  await t.db.query(`UPDATE sessions SET created_at = now() - interval '11 hours', last_seen_at = now() - interval '10 minutes' WHERE user_id = $1`, [uid]);
  forgetSessions(t.db); // the clock moved: what the server remembers for a few seconds is stale
  assert.equal((await b.req('/')).status, 200);
  const s = (await t.db.query<{ left_h: number }>(`SELECT extract(epoch FROM expires_at - now()) / 3600 AS left_h FROM sessions WHERE user_id = $1`, [uid]))[0]!;
  assert.ok(Number(s.left_h) <= 1.01 && Number(s.left_h) > 0.9, `expires at the absolute end (${s.left_h} h left)`);
  const cookie = (await new Browser(app).login('sec.admin', PASSWORD)).headers.getSetCookie().find((c) => c.startsWith('lantoa_session='))!;
  assert.match(cookie, /Max-Age=43200/);
});

test('every route with an id refuses a commune officer of another province', async () => {
  // Things of Hải Phòng: a report, a request, units, a user. Probe every parameterised GET and POST route with their ids.
  const owner = await makeUser(t.db, 'idor.owner', 'commune_officer', 'HP-CAT-HAI');
  const period = await yearPeriod(t.db, 2024);
  const rep = await getOrCreateReport(t.db, owner, await unitId(t.db, 'HP-CAT-HAI'), period);
  await setReportValues(t.db, owner, rep.id, [{ indicator: 'BANNERS', value: 4 }]);
  const reqId = (await t.db.query<{ id: number }>(`INSERT INTO report_requests (province_id, number, issued_on, subject, period_id, deadline) VALUES ($1, 'IDOR/1', '2024-01-01', 'Thử', $2, '2024-12-31') RETURNING id`, [hp, period]))[0]!.id;
  const ids = [...new Set([rep.id, reqId, await unitId(t.db, 'HP-CAT-HAI'), hp, owner.userId])];
  await makeUser(t.db, 'idor.qng', 'commune_officer', 'QNG-DAK-BLA');
  const b = new Browser(app);
  await b.login('idor.qng', PASSWORD);
  const tok = await b.csrf('/');
  const seen = new Set<string>();
  for (const r of app.routes) {
    if (!['GET', 'POST'].includes(r.method) || !/:[A-Za-z_]/.test(r.path) || seen.has(`${r.method} ${r.path}`)) continue;
    seen.add(`${r.method} ${r.path}`);
    for (const id of ids) {
      const url = r.path.replace(/:[A-Za-z_]+(\{[^}]*\})?/g, String(id));
      const res = r.method === 'GET' ? await b.req(url) : await b.post(url, { _csrf: tok, comment: 'x', name: 'x', v_BANNERS: '99' });
      assert.ok([302, 400, 403, 404, 405, 409].includes(res.status) || (res.status >= 400 && res.status < 500), `${r.method} ${url} answered ${res.status}`);
      await res.arrayBuffer();
    }
  }
  assert.ok(seen.size >= 3, `probed ${seen.size} routes`);
  const still = await t.db.query<{ value: number }>('SELECT value FROM data_values WHERE report_id = $1', [rep.id]);
  assert.equal(still[0]?.value, 4, 'nothing was changed');
});
