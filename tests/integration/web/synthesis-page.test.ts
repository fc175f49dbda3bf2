// The synthesis page in-process: analysts of the province see totals with qualifiers, a chart
// drawn on the server and the grouped narrative; downloads are real DOCX/XLSX files; other
// provinces and communes are refused; unit names are escaped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import mammoth from 'mammoth';
import { useTestDb } from '../../support/test-db.ts';
import { makeUser, PASSWORD } from '../../support/factories.ts';
import { Browser, testApp, type TestApp } from '../../support/http-client.ts';
import { buildRound, type RoundFixture } from '../../support/synthesis-fixture.ts';
import { renameUnit } from '#src/core/units/units.ts';
import { unitId } from '../../support/factories.ts';
import { listAudit } from '#src/storage/audit.repository.ts';
import { getUserByUsername } from '#src/storage/users.repository.ts';

let app: TestApp;
let round: RoundFixture;
let analystId: number;
const t = useTestDb(async (t) => {
  app = testApp(t);
  round = await buildRound(t.db, 'web');
  analystId = (await getUserByUsername(t.db, 'web.analyst'))!.id;
  await makeUser(t.db, 'web.qng', 'province_analyst', 'QNG');
  await makeUser(t.db, 'web.officer', 'commune_officer', 'HP-HONG-BANG');
  // A hostile unit name must come out escaped in the table and in the chart.
  await renameUnit(t.db, await unitId(t.db, 'HP-CAT-HAI'), 'Cát Hải<script>alert(1)</script>', '2025-01-01');
});

test('an analyst sees the synthesis of a request: totals with qualifiers, chart, units, difficulties, recommendations', async () => {
  const b = new Browser(app);
  await b.login('web.analyst', PASSWORD);
  const res = await b.req(`/synthesis?request=${round.requestId}`);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /Tổng hợp — thành phố Hải Phòng/);
  assert.match(html, /khoảng 935 người/);
  assert.match(html, /ít nhất 20\.000 lượt/);
  assert.match(html, /<svg[^>]*>/);
  assert.match(html, /Kinh phí hạn chế — 1 đơn vị/);
  assert.match(html, /Ủy ban nhân dân thành phố — 2 đơn vị/);
  assert.match(html, /href="\/synthesis\/download\.docx\?request=\d+"/);
  assert.ok(!html.includes('<script>alert(1)</script>'), 'a unit name was not escaped');
  assert.match(html, /Cát Hải&lt;script&gt;/);
  // The period view works too, and the navigation offers the page.
  const year = await b.text(`/synthesis?period=2025`);
  assert.match(year, /Kỳ: <strong>Năm 2025<\/strong>/);
  assert.match(year, /href="\/synthesis"/);
});

test('downloads are a Decree 30 DOCX and an XLSX', async () => {
  const b = new Browser(app);
  await b.login('web.analyst', PASSWORD);
  const docx = await b.req(`/synthesis/download.docx?request=${round.requestId}`);
  assert.equal(docx.status, 200);
  assert.match(docx.headers.get('content-disposition') ?? '', /attachment; filename="tong-hop-yeu-cau-\d+\.docx"/);
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) });
  assert.match(value, /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
  assert.match(value, /khoảng 935 người/);
  const xlsx = await b.req(`/synthesis/download.xlsx?request=${round.requestId}`);
  assert.equal(xlsx.status, 200);
  assert.equal(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString(), 'PK');
  const report = await b.req(`/reports/${round.reports.hongBang}/document.docx`);
  assert.equal(report.status, 200);
  // Each download is in the audit log: who, which request, which format.
  const log = await listAudit(t.db, { entity: 'synthesis', entityId: String(round.requestId) });
  assert.deepEqual(log.map((r) => [r.action, (r.new_value as { formats: string[] }).formats, r.actor_user_id, r.province_id]).reverse(), [
    ['export', ['docx'], analystId, round.provinceId],
    ['export', ['xlsx'], analystId, round.provinceId],
  ]);
  assert.match(log[0]!.actor_label, /web\.analyst/);
  const entry = log[0]!.new_value as { request: { id: number; number: string }; channel: string };
  assert.deepEqual([entry.request.id, entry.request.number, entry.channel], [round.requestId, '99/WEB-TEST', 'web']);
  await b.req(`/synthesis/download.xlsx?province=${round.provinceId}&period=2025`);
  const period = await listAudit(t.db, { entity: 'synthesis', entityId: `period:${round.provinceId}:2025-01-01..2025-12-31` });
  assert.deepEqual(period.map((r) => (r.new_value as { formats: string[] }).formats), [['xlsx']]);
});

test('another province\'s analyst and a commune officer cannot see or download the synthesis', async () => {
  const qng = new Browser(app);
  await qng.login('web.qng', PASSWORD);
  assert.equal((await qng.req(`/synthesis?request=${round.requestId}`)).status, 404);
  assert.equal((await qng.req(`/synthesis/download.docx?request=${round.requestId}`)).status, 404);
  assert.equal((await qng.req(`/synthesis/download.xlsx?province=${round.provinceId}&period=2025`)).status, 403);
  const officer = new Browser(app);
  await officer.login('web.officer', PASSWORD);
  assert.equal((await officer.req('/synthesis')).status, 403);
  assert.equal((await officer.req(`/synthesis/download.docx?request=${round.requestId}`)).status, 404);
  assert.equal((await officer.req(`/reports/${round.reports.catHai}/document.docx`)).status, 404);
  assert.equal((await officer.req(`/reports/${round.reports.hongBang}/document.docx`)).status, 200);
  const anon = new Browser(app);
  assert.notEqual((await anon.req(`/synthesis/download.docx?request=${round.requestId}`)).status, 200);
  assert.equal((await qng.req('/synthesis?period=2025-H9')).status, 400);
  // A refused download leaves no export in the audit log.
  const exports = await listAudit(t.db, { entity: 'synthesis' });
  assert.ok(exports.every((r) => /web\.analyst/.test(r.actor_label)), JSON.stringify(exports.map((r) => r.actor_label)));
});
