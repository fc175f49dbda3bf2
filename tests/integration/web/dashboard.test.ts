// The province dashboard and the home page per role, in-process over HTTP: completeness and
// deadlines of requests, overdue units, server-rendered SVG charts, plan targets, the page
// budget and the cached stylesheet, and who may see what.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { ADMIN_PASSWORD, useTestDb } from '../../support/test-db.ts';
import { makeUser, PASSWORD, unitId, yearPeriod } from '../../support/factories.ts';
import { Browser, testApp, type TestApp } from '../../support/http-client.ts';
import { changeReportStatus, getOrCreateReport, setReportValues } from '#src/core/reports/reports.ts';
import type { Actor } from '#src/core/auth/authorization.ts';

let app: TestApp;
let hp: number;
let period: number;
let requestId: number;
let officers: Record<string, Actor>;
let analyst: Actor;

async function report(code: string, values: Record<string, number>, status: 'draft' | 'submitted' | 'accepted' | 'returned') {
  const officer = officers[code]!;
  const r = await getOrCreateReport(t.db, officer, await unitId(t.db, code), period, requestId);
  await setReportValues(t.db, officer, r.id, Object.entries(values).map(([indicator, value]) => ({ indicator, value })));
  if (status !== 'draft') await changeReportStatus(t.db, officer, r.id, 'submit');
  if (status === 'accepted') await changeReportStatus(t.db, analyst, r.id, 'accept');
  if (status === 'returned') await changeReportStatus(t.db, analyst, r.id, 'return', 'Thiếu số liệu tổ công nghệ số');
  return r.id;
}

const t = useTestDb(async (t) => {
  app = testApp(t);
  hp = await unitId(t.db, 'HP');
  period = await yearPeriod(t.db, 2025);
  analyst = await makeUser(t.db, 'dash.analyst', 'province_analyst', 'HP');
  await makeUser(t.db, 'dash.qng', 'province_analyst', 'QNG');
  officers = {
    'HP-CAT-HAI': await makeUser(t.db, 'dash.cathai', 'commune_officer', 'HP-CAT-HAI'),
    'HP-HAI-HUNG': await makeUser(t.db, 'dash.haihung', 'commune_officer', 'HP-HAI-HUNG'),
    'HP-HONG-BANG': await makeUser(t.db, 'dash.hongbang', 'commune_officer', 'HP-HONG-BANG'),
  };
  // A request whose deadline has passed, answered by two of the four communes.
  requestId = (await t.db.query<{ id: number }>(
    `INSERT INTO report_requests (province_id, number, issued_on, subject, period_id, deadline) VALUES ($1, '77/SKHCN-TTTT', '2025-12-01', 'Báo cáo kết quả tuyên truyền năm 2025', $2, '2025-12-20') RETURNING id`,
    [hp, period],
  ))[0]!.id;
  await report('HP-CAT-HAI', { COMMUNITY_TECH_TEAMS: 12, COMMUNITY_TECH_MEMBERS: 60 }, 'accepted');
  await report('HP-HAI-HUNG', { COMMUNITY_TECH_TEAMS: 7, COMMUNITY_TECH_MEMBERS: 35 }, 'submitted');
  await report('HP-HONG-BANG', { COMMUNITY_TECH_TEAMS: 3 }, 'returned');
  const plan = (await t.db.query<{ id: number }>(`INSERT INTO plans (province_id, unit_id, title) VALUES ($1, $1, 'Kế hoạch tuyên truyền 2025') RETURNING id`, [hp]))[0]!.id;
  await t.db.query(`INSERT INTO plan_targets (plan_id, indicator_code, year, value, unit, text) VALUES ($1, 'COMMUNITY_TECH_TEAMS', 2025, 40, 'tổ', '100% xã có tổ công nghệ số cộng đồng')`, [plan]);
});

test('the analyst\'s dashboard shows completeness, overdue units, charts and plan progress', async () => {
  const b = new Browser(app);
  await b.login('dash.analyst', PASSWORD);
  const res = await b.req('/dashboard');
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /Bảng điều khiển — Hải Phòng/);
  assert.match(html, /77\/SKHCN-TTTT/);
  assert.match(html, />2\/4</, 'two of four communes sent the report');
  assert.match(html, /quá hạn \d+ ngày/);
  // Overdue: the returned one and the one that never answered; not those who sent.
  const overdue = html.slice(html.indexOf('id="late-h"'), html.indexOf('id="cmp-h"'));
  assert.match(overdue, /phường Hồng Bàng/);
  assert.match(overdue, /xã Nguyễn Lương Bằng/);
  assert.doesNotMatch(overdue, /Cát Hải/);
  // Charts are SVG drawn on the server; totals count submitted and accepted reports only.
  assert.ok((html.match(/<svg /g) ?? []).length >= 2, 'trend and comparison charts');
  assert.doesNotMatch(html, /<script/i);
  assert.match(html, /Tiến độ so với chỉ tiêu kế hoạch năm 2025/);
  assert.match(html, /100% xã có tổ công nghệ số cộng đồng/);
  assert.match(html, />19</, '12 + 7 teams (the returned report does not count)');
  assert.match(html, />47,5%</, '19 of 40 planned teams');
});

test('completeness changes on the dashboard as soon as a report is submitted', async () => {
  const b = new Browser(app);
  await b.login('dash.analyst', PASSWORD);
  assert.match(await b.text('/dashboard'), />2\/4</);
  const id = (await t.db.query<{ id: number }>('SELECT id FROM reports WHERE request_id = $1 AND status = $2', [requestId, 'returned']))[0]!.id;
  await changeReportStatus(t.db, officers['HP-HONG-BANG']!, id, 'submit');
  // A reload (as browsers send it) always sees the change; plain navigation within a second may not.
  assert.match(await (await b.req('/dashboard', { headers: { 'cache-control': 'max-age=0' } })).text(), />3\/4</);
  await new Promise((r) => setTimeout(r, 1100));
  assert.match(await b.text('/dashboard'), />3\/4</);
});

test('the commune officer\'s home shows returned reports with the comment; the dashboard is refused', async () => {
  const cmt = 'Đề nghị bổ sung <b>số liệu</b>';
  const id = (await t.db.query<{ id: number }>(`SELECT id FROM reports WHERE request_id = $1 AND unit_id = $2`, [requestId, await unitId(t.db, 'HP-HAI-HUNG')]))[0]!.id;
  await changeReportStatus(t.db, analyst, id, 'return', cmt);
  const b = new Browser(app);
  await b.login('dash.haihung', PASSWORD);
  const home = await b.text('/');
  assert.match(home, /Báo cáo bị trả lại/);
  assert.ok(home.includes('Đề nghị bổ sung &lt;b&gt;số liệu&lt;/b&gt;'), 'the comment is shown, escaped');
  assert.doesNotMatch(home, /href="\/dashboard"/, 'no dashboard in a commune officer\'s menu');
  assert.equal((await b.req('/dashboard')).status, 403);
  assert.equal((await b.req(`/dashboard?province=${hp}`)).status, 403);
});

test('an analyst of another province cannot open this province\'s dashboard', async () => {
  const b = new Browser(app);
  await b.login('dash.qng', PASSWORD);
  assert.equal((await b.req(`/dashboard?province=${hp}`)).status, 403);
  const own = await b.text('/dashboard');
  assert.match(own, /Quảng Ngãi/);
  assert.doesNotMatch(own, /77\/SKHCN-TTTT/);
  assert.equal((await b.req('/dashboard?indicator=<x>')).status, 400);
});

test('the province home lists open requests; the system admin sees every province and the admin menu', async () => {
  const b = new Browser(app);
  await b.login('dash.analyst', PASSWORD);
  const home = await b.text('/');
  assert.match(home, /Tình hình báo cáo/);
  assert.match(home, /77\/SKHCN-TTTT/);
  const a = new Browser(app);
  await a.login('admin', ADMIN_PASSWORD);
  const ah = await a.text('/');
  assert.match(ah, /Quảng Ngãi/);
  assert.match(ah, /href="\/admin\/units"/);
  assert.match(await a.text(`/dashboard?province=${hp}`), /Bảng điều khiển — Hải Phòng/);
});

test('pages are light: one cached stylesheet, no JavaScript, a skip link, and the login page within budget', async () => {
  const b = new Browser(app);
  const login = await b.req('/login', { headers: { 'accept-encoding': 'gzip' } });
  const body = Buffer.from(await login.arrayBuffer());
  const html = (login.headers.get('content-encoding') === 'gzip' ? (await import('node:zlib')).gunzipSync(body) : body).toString('utf8');
  assert.match(html, /class="skip" href="#main"/);
  assert.doesNotMatch(html, /<script/i);
  const href = html.match(/<link rel="stylesheet" href="([^"]+)"/)?.[1];
  assert.ok(href && /^\/static\/app\.css\?v=/.test(href));
  const css = await b.req(href);
  assert.equal(css.status, 200);
  assert.match(css.headers.get('cache-control') ?? '', /immutable/);
  assert.match(css.headers.get('content-type') ?? '', /text\/css/);
  const cssText = await css.text();
  assert.match(cssText, /@media print/);
  const etag = css.headers.get('etag')!;
  assert.equal((await b.req(href, { headers: { 'if-none-match': etag } })).status, 304);
  const transferred = body.length + gzipSync(cssText).length;
  assert.ok(transferred < 150 * 1024, `first load ${transferred} bytes`);

  await b.login('dash.analyst', PASSWORD);
  const dash = await b.req('/dashboard', { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(dash.headers.get('content-encoding'), 'gzip');
  assert.ok((await dash.arrayBuffer()).byteLength < 150 * 1024);
});
