// Request pages in-process over HTTP: list with completeness, creation form (CSRF, validation
// re-shown, nothing written), detail with the units that have not answered and "send reminder",
// editing, the commune's home and entry into its report, and who may do what.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useTestDb } from '../../support/test-db.ts';
import { makeUser, PASSWORD, unitId } from '../../support/factories.ts';
import { Browser, testApp, type TestApp } from '../../support/http-client.ts';
import { changeReportStatus } from '#src/core/reports/reports.ts';
import { reportForRequest } from '#src/core/requests/requests.ts';
import { notificationsForUnits } from '#src/storage/requests.repository.ts';
import type { Actor } from '#src/core/auth/authorization.ts';

let app: TestApp;
let hp: number;
let officer: Actor;

const t = useTestDb(async (t) => {
  app = testApp(t);
  hp = await unitId(t.db, 'HP');
  await makeUser(t.db, 'wr.analyst', 'province_analyst', 'HP');
  officer = await makeUser(t.db, 'wr.hongbang', 'commune_officer', 'HP-HONG-BANG');
  await makeUser(t.db, 'wr.qng', 'province_analyst', 'QNG');
});

const count = async (sql: string) => Number((await t.db.query<{ n: number }>(sql))[0]!.n);

test('an analyst creates, reads, edits a request and sends reminders; pages are escaped and CSRF-protected', async () => {
  const b = new Browser(app);
  await b.login('wr.analyst', PASSWORD);
  const form = await b.text(`/requests/new?province=${hp}`);
  assert.match(form, /Tạo yêu cầu báo cáo — Hải Phòng/);
  assert.match(form, /name="indicators" value="COMMUNITY_TECH_TEAMS"/);
  const token = form.match(/name="_csrf" value="([^"]+)"/)![1]!;

  // Without the CSRF token: refused, nothing written.
  const before = await count('SELECT count(*) AS n FROM report_requests');
  const noCsrf = await b.post('/requests', { province: String(hp), number: 'W-0', issued_on: '2025-12-02', deadline: '2025-12-10', subject: 'x', period_kind: 'year', period_year: '2025', sections: 'results' });
  assert.equal(noCsrf.status, 403);
  // Bad input: the form comes back with the message and the typed values; nothing written.
  const bad = await b.post('/requests', { _csrf: token, province: String(hp), number: 'W-1', issued_on: '2025-12-02', deadline: '2025-11-10', subject: '<script>alert(1)</script>', period_kind: 'year', period_year: '2025', sections: 'results' });
  assert.equal(bad.status, 400);
  const badHtml = await bad.text();
  assert.match(badHtml, /Hạn báo cáo phải từ ngày ban hành trở đi/);
  assert.ok(!badHtml.includes('<script>alert(1)</script>'));
  assert.match(badHtml, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.equal(await count('SELECT count(*) AS n FROM report_requests'), before);

  const body = new URLSearchParams({ _csrf: token, province: String(hp), number: '4383/SKHCN-TTTT', issued_on: '2025-12-02', deadline: '2025-12-10', subject: 'Báo cáo kết quả <b>tuyên truyền</b>', period_kind: 'half', period_year: '2025', period_no: '2', units: 'all' });
  for (const s of ['results', 'difficulties']) body.append('sections', s);
  for (const i of ['COMMUNITY_TECH_TEAMS', 'COMMUNITY_TECH_MEMBERS']) body.append('indicators', i);
  const created = await b.req('/requests', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(created.status, 303);
  const loc = created.headers.get('location')!;
  const id = Number(loc.match(/^\/requests\/(\d+)/)![1]);
  const detail = await b.text(loc);
  assert.match(detail, /Đã tạo yêu cầu/);
  assert.match(detail, /6 tháng cuối năm 2025/);
  assert.match(detail, /Số Tổ công nghệ số cộng đồng/);
  assert.match(detail, /Báo cáo kết quả &lt;b&gt;tuyên truyền&lt;\/b&gt;/);
  assert.match(detail, /Đơn vị chưa gửi báo cáo \(4\)/);
  assert.match(detail, /phường Hồng Bàng/);

  // The officer submits: the detail shows 1/4 and the list shows the bar.
  const hb = await unitId(t.db, 'HP-HONG-BANG');
  const r = await reportForRequest(t.db, officer, id, hb);
  await changeReportStatus(t.db, officer, r.id, 'submit');
  const after = await b.text(`/requests/${id}`);
  assert.match(after, /Đơn vị chưa gửi báo cáo \(3\)/);
  const list = await b.text(`/requests?province=${hp}`);
  assert.match(list, new RegExp(`href="/requests/${id}">4383/SKHCN-TTTT`));
  assert.match(list, /1\/4/);
  assert.match(list, /class="bar"/);

  // Send reminder: three units get an in-app notice; Hồng Bàng (answered) none.
  const reminded = await b.post(`/requests/${id}/remind`, { _csrf: token });
  assert.equal(reminded.status, 303);
  assert.match(reminded.headers.get('location')!, /reminded=3/);
  assert.equal((await notificationsForUnits(t.db, [await unitId(t.db, 'HP-CAT-HAI')])).filter((n) => n.kind === 'reminder').length, 1);
  assert.equal((await notificationsForUnits(t.db, [hb])).filter((n) => n.kind === 'reminder').length, 0);

  // Edit: the form is pre-filled; change the subject and close the request.
  const edit = await b.text(`/requests/${id}/edit`);
  assert.match(edit, /value="4383\/SKHCN-TTTT"/);
  assert.match(edit, /name="indicators" value="COMMUNITY_TECH_TEAMS" checked/);
  const eb = new URLSearchParams({ _csrf: token, number: '4383/SKHCN-TTTT', issued_on: '2025-12-02', deadline: '2025-12-12', subject: 'Báo cáo 6 tháng cuối năm', period_kind: 'half', period_year: '2025', period_no: '2', units: 'all', status: 'closed', sections: 'results', indicators: 'COMMUNITY_TECH_TEAMS' });
  const saved = await b.req(`/requests/${id}`, { method: 'POST', body: eb, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(saved.status, 303);
  const savedHtml = await b.text(`/requests/${id}`);
  assert.match(savedHtml, /Báo cáo 6 tháng cuối năm/);
  assert.match(savedHtml, /đã đóng/);
  // Changing the period now that a report was submitted is refused with the form shown again.
  eb.set('period_kind', 'year');
  const refused = await b.req(`/requests/${id}`, { method: 'POST', body: eb, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(refused.status, 409);
  assert.match(await refused.text(), /không đổi được kỳ báo cáo/);
});

test('authorization: an officer cannot create or edit requests; another province sees nothing; the commune sees what is due', async () => {
  const hb = await unitId(t.db, 'HP-HONG-BANG');
  const id = (await t.db.query<{ id: number }>("SELECT id FROM report_requests WHERE number = '4383/SKHCN-TTTT'"))[0]!.id;
  // The first test closed it; reopen so it is due again.
  await t.db.query("UPDATE report_requests SET status = 'open' WHERE id = $1", [id]);
  const o = new Browser(app);
  await o.login('wr.hongbang', PASSWORD);
  const token = await o.csrf('/');
  assert.equal((await o.req(`/requests/new?province=${hp}`)).status, 403);
  const before = await count('SELECT count(*) AS n FROM report_requests');
  const tryCreate = await o.post('/requests', { _csrf: token, province: String(hp), number: 'O-1', issued_on: '2025-12-02', deadline: '2025-12-10', subject: 'x', period_kind: 'year', period_year: '2025', sections: 'results' });
  assert.equal(tryCreate.status, 403);
  assert.equal(await count('SELECT count(*) AS n FROM report_requests'), before);
  assert.equal((await o.req(`/requests/${id}/edit`)).status, 403);
  assert.equal((await o.post(`/requests/${id}/remind`, { _csrf: token })).status, 404);
  // The officer sees the request (addressed to them) without the other units' details.
  const view = await o.text(`/requests/${id}`);
  assert.match(view, /Mở báo cáo của phường Hồng Bàng/);
  assert.ok(!view.includes('Đơn vị chưa gửi báo cáo'));
  // Opening their report goes to it; asking for another unit's is refused.
  const open = await o.post(`/requests/${id}/report`, { _csrf: token, unit: String(hb) });
  assert.equal(open.status, 303);
  assert.match(open.headers.get('location')!, /^\/reports\/\d+$/);
  const other = await o.post(`/requests/${id}/report`, { _csrf: token, unit: String(await unitId(t.db, 'HP-CAT-HAI')) });
  assert.equal(other.status, 404);
  // Home: what is due, with the deadline.
  const home = await o.text('/');
  assert.match(home, /Báo cáo cần gửi/);
  assert.match(home, /4383\/SKHCN-TTTT/);

  const q = new Browser(app);
  await q.login('wr.qng', PASSWORD);
  assert.equal((await q.req(`/requests/${id}`)).status, 404);
  assert.equal((await q.req(`/requests?province=${hp}`)).status, 404);
  assert.ok(!(await q.text('/requests')).includes('4383/SKHCN-TTTT'));
  assert.equal((await q.req(`/requests/new?province=${hp}`)).status, 403);
});

test('regimes page: an analyst adds "15/6 and 15/12"; bad deadlines are shown back', async () => {
  const b = new Browser(app);
  await b.login('wr.analyst', PASSWORD);
  const page = await b.text(`/requests/regimes?province=${hp}`);
  const token = page.match(/name="_csrf" value="([^"]+)"/)![1]!;
  const bad = await b.post('/requests/regimes', { _csrf: token, province: String(hp), name: 'Báo cáo 6 tháng', kind: 'half', deadlines: '15/6', subject: 'Báo cáo NQ57', open_days: '30', starts_on: '2025-01-01', sections: 'results' });
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /Cần đúng 2 hạn báo cáo/);
  const ok = await b.post('/requests/regimes', { _csrf: token, province: String(hp), name: 'Báo cáo 6 tháng', kind: 'half', deadlines: '15/6, 15/12', subject: 'Báo cáo NQ57', open_days: '30', prefix: 'BC-6T', starts_on: '2099-01-01', sections: 'results' });
  assert.equal(ok.status, 303);
  const list = await b.text(`/requests/regimes?province=${hp}`);
  assert.match(list, /15\/06, 15\/12/);
  const q = new Browser(app);
  await q.login('wr.qng', PASSWORD);
  assert.equal((await q.req(`/requests/regimes?province=${hp}`)).status, 404);
});

test('completeness per period: the province page counts every commune alive at the period end; other provinces get 404', async () => {
  const b = new Browser(app);
  await b.login('wr.analyst', PASSWORD);
  const periodId = (await t.db.query<{ period_id: number }>("SELECT period_id FROM report_requests WHERE number = '4383/SKHCN-TTTT'"))[0]!.period_id;
  const html = await b.text(`/requests/period?province=${hp}&period=${periodId}`);
  assert.match(html, /6 tháng cuối năm 2025 — hạn muộn nhất 12\/12\/2025/);
  assert.match(html, /Đơn vị chưa gửi báo cáo \(3\)/);
  assert.match(html, /<b>1<\/b>đã gửi/);
  const q = new Browser(app);
  await q.login('wr.qng', PASSWORD);
  assert.equal((await q.req(`/requests/period?province=${hp}&period=${periodId}`)).status, 404);
});
