// The report form and document upload over HTTP, in-process: the form a request generates,
// Vietnamese number input, validation shown beside values and blocking submission, the upload
// job end to end on a real fixture (progress page, review with evidence, a correction recorded
// and audited), downloads only for authorized users, CSRF and escaping of file names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createTestDb, type TestDb } from '../../support/test-db.ts';
import { makeUser } from '../../support/factories.ts';
import { makeRequest } from '../../support/answers.ts';
import { createApp } from '#src/http/app.ts';
import { loadConfig } from '#src/config/config.ts';
import { readReport } from '#src/core/reports/reports.ts';
import { listAudit } from '#src/storage/audit.repository.ts';
import type { Actor } from '#src/core/auth/authorization.ts';
import { UploadQueue } from '#src/core/answers/upload-queue.ts';
import { Browser } from '../../support/http-client.ts';

let t: TestDb;
let app: ReturnType<typeof createApp>;
let requestId: number;
let uploads: UploadQueue;
let officer: Actor;
let hongbang: Actor;
before(async () => {
  t = await createTestDb();
  uploads = new UploadQueue(t.db);
  app = createApp({ db: t.db, config: loadConfig({ LANTOA_COOKIE_SECURE: '0', LANTOA_MAX_UPLOAD_MB: '1' }), secret: t.secret, uploads });
  requestId = await makeRequest(t.db, 'HP', 2025, '4383/SKHCN-TTTT', {
    indicators: ['COMMUNITY_TECH_TEAMS', 'COMMUNITY_TECH_MEMBERS', 'ONLINE_DOSSIER_PCT', 'CONTEST_REGISTRATIONS', 'RADIO_BROADCASTS', 'LOUDSPEAKER_CLUSTERS', 'LOUDSPEAKER_CLUSTERS_DOWN'],
    sections: ['difficulties', 'recommendations'],
  });
  officer = await makeUser(t.db, 'web.cathai', 'commune_officer', 'HP-CAT-HAI');
  hongbang = await makeUser(t.db, 'web.hongbang', 'commune_officer', 'HP-HONG-BANG');
  await makeUser(t.db, 'web.analyst.hp', 'province_analyst', 'HP');
  await makeUser(t.db, 'web.analyst.qng', 'province_analyst', 'QNG');
  await makeUser(t.db, 'web.admin.hp', 'province_admin', 'HP');
});
after(async () => {
  await uploads.onIdle();
  await t.close();
});

async function reportOf(unitCode: string): Promise<number> {
  const rows = await t.db.query<{ id: number }>('SELECT r.id FROM reports r JOIN units u ON u.id = r.unit_id WHERE r.request_id = $1 AND u.code = $2', [requestId, unitCode]);
  return rows[0]!.id;
}

test('the form shows the indicators and sections the request asks for, reads Vietnamese numbers and keeps a range and the narrative', async () => {
  const b = await Browser.as(app, 'web.hongbang');
  const id = await reportOf('HP-HONG-BANG');
  const page = await (await b.req(`/reports/${id}`)).text();
  assert.match(page, /name="v_CONTEST_REGISTRATIONS"/);
  assert.doesNotMatch(page, /name="v_BANNERS"/, 'an indicator not asked for is not on the form');
  assert.match(page, /name="n_difficulties"/);
  assert.doesNotMatch(page, /name="n_models"/);
  const tok = await b.csrf(`/reports/${id}`);
  const res = await b.post(`/reports/${id}/values`, {
    _csrf: tok, action: 'save',
    v_CONTEST_REGISTRATIONS: '1.440', q_CONTEST_REGISTRATIONS: 'exact', max_CONTEST_REGISTRATIONS: '',
    v_ONLINE_DOSSIER_PCT: '98,39', q_ONLINE_DOSSIER_PCT: 'exact', max_ONLINE_DOSSIER_PCT: '',
    v_RADIO_BROADCASTS: '125', q_RADIO_BROADCASTS: 'range', max_RADIO_BROADCASTS: '130',
    n_difficulties: 'Kinh phí hạn chế; hạ tầng mạng yếu.',
  });
  assert.equal(res.status, 303);
  const after = await (await b.req(`/reports/${id}`)).text();
  assert.match(after, /value="1\.440"/);
  assert.match(after, /value="98,39"/);
  assert.match(after, /name="max_RADIO_BROADCASTS"[^>]*value="130"/);
  assert.match(after, /Kinh phí hạn chế; hạ tầng mạng yếu\./);
  const { values, report } = await readReport(t.db, hongbang, id);
  assert.equal(values.find((v) => v.indicator_code === 'CONTEST_REGISTRATIONS')!.value, 1440);
  assert.equal(values.find((v) => v.indicator_code === 'ONLINE_DOSSIER_PCT')!.value, 98.39);
  const radio = values.find((v) => v.indicator_code === 'RADIO_BROADCASTS')!;
  assert.deepEqual([radio.value, radio.value_max, radio.qualifier], [125, 130, 'range']);
  assert.equal((report.narrative as Record<string, string>).difficulties, 'Kinh phí hạn chế; hạ tầng mạng yếu.');
});

test('an error-level finding is shown beside its value and blocks "save and submit"; values are still saved', async () => {
  const b = await Browser.as(app, 'web.hongbang');
  const id = await reportOf('HP-HONG-BANG');
  const tok = await b.csrf(`/reports/${id}`);
  const res = await b.post(`/reports/${id}/values`, { _csrf: tok, action: 'submit', v_COMMUNITY_TECH_TEAMS: '70', q_COMMUNITY_TECH_TEAMS: 'exact', v_COMMUNITY_TECH_MEMBERS: '54', q_COMMUNITY_TECH_MEMBERS: 'exact' });
  assert.equal(res.status, 303);
  assert.match(res.headers.get('location') ?? '', /blocked=1/);
  const page = await (await b.req(res.headers.get('location')!)).text();
  assert.match(page, /id="f_COMMUNITY_TECH_MEMBERS"><span class="finding error"[^>]*>Lỗi: Số thành viên \(54\) không thể ít hơn số tổ công nghệ số cộng đồng \(70\)/);
  assert.match(page, /Bản nháp/);
  const tok2 = await b.csrf(`/reports/${id}`);
  const ok = await b.post(`/reports/${id}/values`, { _csrf: tok2, action: 'submit', v_COMMUNITY_TECH_MEMBERS: '549', q_COMMUNITY_TECH_MEMBERS: 'exact' });
  assert.equal(ok.headers.get('location'), `/reports/${id}`);
  assert.match(await (await b.req(`/reports/${id}`)).text(), /Đã gửi/);
});

test('a non-number re-shows the form with what was typed and a Vietnamese message beside the field; nothing is saved', async () => {
  const haihung = await makeUser(t.db, 'web.haihung', 'commune_officer', 'HP-HAI-HUNG');
  const b = await Browser.as(app, 'web.haihung');
  const id = await reportOf('HP-HAI-HUNG');
  const before = await readReport(t.db, haihung, id);
  const tok = await b.csrf(`/reports/${id}`);
  const res = await b.post(`/reports/${id}/values`, {
    _csrf: tok, action: 'submit',
    v_CONTEST_REGISTRATIONS: 'khoảng <b>hai</b> nghìn', q_CONTEST_REGISTRATIONS: 'approx', max_CONTEST_REGISTRATIONS: '',
    v_RADIO_BROADCASTS: '40', q_RADIO_BROADCASTS: 'range', max_RADIO_BROADCASTS: '4O',
    v_COMMUNITY_TECH_TEAMS: '2.350', q_COMMUNITY_TECH_TEAMS: 'exact', max_COMMUNITY_TECH_TEAMS: '',
    n_difficulties: 'Nội dung mới chưa lưu.',
  });
  assert.equal(res.status, 422);
  const page = await res.text();
  // The typed text comes back as typed (escaped), the qualifier still chosen, beside it the reason.
  assert.match(page, /name="v_CONTEST_REGISTRATIONS" [^>]*value="khoảng &lt;b&gt;hai&lt;\/b&gt; nghìn"[^>]*aria-invalid="true"/);
  assert.match(page, /<option value="approx" selected="">Khoảng<\/option>/);
  assert.match(page, /id="f_CONTEST_REGISTRATIONS"><span class="finding error" role="alert">Lỗi: Giá trị: &quot;khoảng &lt;b&gt;hai&lt;\/b&gt; nghìn&quot; không phải là số/);
  assert.match(page, /id="f_RADIO_BROADCASTS"><span class="finding error" role="alert">Lỗi: Số &quot;đến&quot;: &quot;4O&quot; không phải là số/);
  assert.match(page, /name="max_RADIO_BROADCASTS" [^>]*value="4O"/);
  assert.match(page, /name="v_COMMUNITY_TECH_TEAMS" [^>]*value="2.350"/, 'a good value is kept as typed too');
  assert.match(page, /Nội dung mới chưa lưu\./);
  assert.match(page, /Có 2 ô số liệu chưa đúng/);
  const after = await readReport(t.db, haihung, id);
  assert.deepEqual(after.values, before.values, 'no value saved');
  assert.deepEqual(after.report.narrative, before.report.narrative, 'narrative not saved');
  assert.equal(after.report.status, before.report.status, 'not submitted');
  // Someone else's report: the usual refusal, not a form showing its data.
  const other = await Browser.as(app, 'web.cathai');
  const otok = await other.csrf('/');
  assert.equal((await other.post(`/reports/${id}/values`, { _csrf: otok, v_CONTEST_REGISTRATIONS: 'x' })).status, 404);
});

async function waitForJob(b: Browser, url: string): Promise<string> {
  for (let i = 0; i < 300; i++) {
    const res = await b.req(url);
    const html = await res.text();
    if (!/http-equiv="refresh"/.test(html)) return html;
    assert.match(html, /data-stage="(queued|reading|ocr|extracting)"/);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('upload job did not finish');
}

test('an uploaded document is read in the background, pre-fills the form with evidence, and a corrected value is recorded and audited', async () => {
  const b = await Browser.as(app, 'web.cathai');
  const id = await reportOf('HP-CAT-HAI');
  const tok = await b.csrf(`/reports/${id}`);
  const bytes = readFileSync('tests/fixtures/own/r01/ocr-eng-300.txt');
  const up = await b.upload(`/reports/${id}/upload`, { _csrf: tok }, { bytes, name: 'bao-cao-xa.txt' });
  assert.equal(up.status, 303);
  const jobUrl = up.headers.get('location')!;
  assert.match(jobUrl, /^\/uploads\/\d+$/);
  const done = await waitForJob(b, jobUrl);
  const reviewUrl = done.match(/href="(\/reports\/\d+\/review\/\d+)"/)?.[1];
  assert.ok(reviewUrl, done);
  const review = await (await b.req(reviewUrl)).text();
  assert.match(review, /name="v_LOUDSPEAKER_CLUSTERS" [^>]*value="64"/);
  assert.match(review, /href="#ev-LOUDSPEAKER_CLUSTERS-0">xem trong văn bản<\/a>: «[^»]*64 cụm loa/);
  assert.match(review, /<mark id="ev-LOUDSPEAKER_CLUSTERS-0">/);
  assert.match(review, /name="n_difficulties"[^>]*>- /, 'difficulties pre-filled from the document');
  const documentId = Number(reviewUrl.split('/').pop());

  // The officer corrects one value and confirms the others; a typo first comes back to the form.
  const form = [...review.matchAll(/name="(v_[A-Z_]+)"[^>]*value="([^"]*)"/g)].reduce<Record<string, string>>((o, m) => ({ ...o, [m[1]!]: m[2]! }), {});
  const typo = await b.post(reviewUrl, { _csrf: await b.csrf(reviewUrl), action: 'save', ...form, v_LOUDSPEAKER_CLUSTERS: '6б', q_LOUDSPEAKER_CLUSTERS: 'exact', n_difficulties: 'Thiếu kinh phí.' });
  assert.equal(typo.status, 422);
  const typoPage = await typo.text();
  assert.match(typoPage, /name="v_LOUDSPEAKER_CLUSTERS" [^>]*value="6б"/);
  assert.match(typoPage, /id="f_LOUDSPEAKER_CLUSTERS"><span class="finding error" role="alert">Lỗi: Giá trị: &quot;6б&quot; không phải là số/);
  assert.match(typoPage, /<mark id="ev-LOUDSPEAKER_CLUSTERS-0">/, 'the document text is still beside the form');
  assert.match(typoPage, />Thiếu kinh phí\.<\/textarea>/);
  assert.equal((await readReport(t.db, officer, id)).report.document_id, null, 'nothing confirmed');
  const rtok = await b.csrf(reviewUrl);
  const posted = await b.post(reviewUrl, { _csrf: rtok, action: 'save', ...form, v_LOUDSPEAKER_CLUSTERS: '66', q_LOUDSPEAKER_CLUSTERS: 'exact', n_difficulties: 'Thiếu kinh phí.' });
  assert.equal(posted.status, 303);
  const { report, values } = await readReport(t.db, officer, id);
  assert.equal(report.document_id, documentId);
  const ls = values.find((v) => v.indicator_code === 'LOUDSPEAKER_CLUSTERS')!;
  assert.deepEqual([ls.value, ls.source, ls.corrected, ls.extracted_value], [66, 'extracted', true, 64]);
  assert.equal(ls.evidence?.documentId, documentId);
  const down = values.find((v) => v.indicator_code === 'LOUDSPEAKER_CLUSTERS_DOWN')!;
  assert.deepEqual([down.value, down.source, down.corrected], [9, 'extracted', false]);
  const audit = await listAudit(t.db, { entity: 'data_value', entityId: `${id}:LOUDSPEAKER_CLUSTERS` });
  assert.equal(audit[0]!.action, 'create');
  assert.equal((report.narrative as Record<string, string>).difficulties, 'Thiếu kinh phí.');
  // Correcting a confirmed value later is audited as a correction.
  const rtok2 = await b.csrf(`/reports/${id}`);
  await b.post(`/reports/${id}/values`, { _csrf: rtok2, action: 'save', v_LOUDSPEAKER_CLUSTERS_DOWN: '10', q_LOUDSPEAKER_CLUSTERS_DOWN: 'exact' });
  const corr = await listAudit(t.db, { entity: 'data_value', entityId: `${id}:LOUDSPEAKER_CLUSTERS_DOWN` });
  assert.equal(corr[0]!.action, 'correct');
  const page = await (await b.req(`/reports/${id}`)).text();
  assert.match(page, /đã sửa \(văn bản ghi 9\)/);
  assert.match(page, new RegExp(`href="/documents/${documentId}/download">bao-cao-xa\\.txt`));

  // The original file: the owner, the province's analyst; not another commune nor another province.
  const file = await b.req(`/documents/${documentId}/download`);
  assert.equal(file.status, 200);
  assert.deepEqual(Buffer.from(await file.arrayBuffer()), bytes);
  assert.match(file.headers.get('content-disposition') ?? '', /attachment; filename="bao-cao-xa\.txt"/);
  assert.equal((await (await Browser.as(app, 'web.analyst.hp')).req(`/documents/${documentId}/download`)).status, 200);
  const other = await Browser.as(app, 'web.hongbang');
  assert.equal((await other.req(`/documents/${documentId}/download`)).status, 404);
  assert.equal((await other.req(jobUrl)).status, 404);
  assert.equal((await other.req(reviewUrl)).status, 404);
  assert.equal((await (await Browser.as(app, 'web.analyst.qng')).req(`/documents/${documentId}/download`)).status, 404);
  const otok = await other.csrf('/');
  const intrude = await other.upload(`/reports/${id}/upload`, { _csrf: otok }, { bytes, name: 'x.txt' });
  assert.equal(intrude.status, 404);
});

test('uploads are refused without a CSRF token, when too large or of an unsupported type, with Vietnamese messages and nothing stored', async () => {
  const b = await Browser.as(app, 'web.cathai');
  const id = await reportOf('HP-CAT-HAI');
  const count = async () => Number((await t.db.query<{ n: number }>('SELECT count(*) AS n FROM documents'))[0]!.n);
  const before = await count();
  const noToken = await b.upload(`/reports/${id}/upload`, {}, { bytes: Buffer.from('Báo cáo'), name: 'a.txt' });
  assert.equal(noToken.status, 403);
  const forged = await b.upload(`/reports/${id}/upload`, { _csrf: 'x'.repeat(43) }, { bytes: Buffer.from('Báo cáo'), name: 'a.txt' });
  assert.equal(forged.status, 403);
  const tok = await b.csrf(`/reports/${id}`);
  const big = await b.upload(`/reports/${id}/upload`, { _csrf: tok }, { bytes: Buffer.alloc(1024 * 1024 + 10, 0x41), name: 'big.txt' });
  assert.equal(big.status, 413);
  assert.match(await big.text(), /quá lớn/);
  const junk = await b.upload(`/reports/${id}/upload`, { _csrf: tok }, { bytes: readFileSync('tests/fixtures/broken/junk.bin'), name: 'x.doc' });
  assert.equal(junk.status, 415);
  assert.match(await junk.text(), /Định dạng tệp không được hỗ trợ/);
  const empty = await b.upload(`/reports/${id}/upload`, { _csrf: tok }, { bytes: Buffer.alloc(0), name: 'e.txt' });
  assert.equal(empty.status, 400);
  assert.equal(await count(), before);
});

test('a script payload in a file name is escaped on every page that shows it', async () => {
  const b = await Browser.as(app, 'web.cathai');
  const id = await reportOf('HP-CAT-HAI');
  const tok = await b.csrf(`/reports/${id}`);
  const evil = '"><img src=x onerror=alert(1)><script>alert(1)</script>.txt';
  const up = await b.upload(`/reports/${id}/upload`, { _csrf: tok }, { bytes: Buffer.from('UBND XÃ CÁT HẢI\nBÁO CÁO\nTổ chức 12 buổi tập huấn.'), name: evil });
  assert.equal(up.status, 303);
  const progress = await (await b.req(up.headers.get('location')!)).text();
  assert.doesNotMatch(progress, /<script>alert|<img src=x/);
  assert.match(progress, /&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;&lt;script&gt;alert\(1\)&lt;_script&gt;\.txt/);
  await waitForJob(b, up.headers.get('location')!);
  const page = await (await b.req(`/reports/${id}`)).text();
  assert.doesNotMatch(page, /<script>alert|<img src=x/);
  assert.match(page, /&lt;img src=x onerror=alert\(1\)&gt;/);
});

test('a province admin edits a validation rule on the rules page; an analyst cannot reach it', async () => {
  const admin = await Browser.as(app, 'web.admin.hp');
  const page = await (await admin.req('/admin/rules')).text();
  assert.match(page, /members_ge_teams/);
  const all = [...page.matchAll(/action="\/admin\/rules\/(\d+)"[^]*?<h2 class="small">([a-z0-9_]+)<\/h2>/g)].map((x) => [x[1], x[2]]);
  const far = all.find((x) => x[1] === 'far_from_previous');
  assert.ok(far, 'far_from_previous is listed');
  const tok = await admin.csrf('/admin/rules');
  const hp = page.match(/name="province" value="(\d+)"/)![1]!;
  const res = await admin.post(`/admin/rules/${far[0]}`, { _csrf: tok, province: hp, kind: 'previous', indicator: '', other: '', operator: '', limit: '3', severity: 'warning', message: 'Giá trị {value} khác xa kỳ trước ({previous}).', active: 'on' });
  assert.equal(res.status, 303);
  assert.match(await (await admin.req('/admin/rules')).text(), /Giá trị \{value\} khác xa kỳ trước/);
  const bad = await admin.post(`/admin/rules/${far[0]}`, { _csrf: tok, province: hp, kind: 'previous', indicator: '', other: '', operator: '', limit: '1', severity: 'warning', message: 'x', active: 'on' });
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /hệ số lớn hơn 1/);
  const analyst = await Browser.as(app, 'web.analyst.hp');
  assert.equal((await analyst.req('/admin/rules')).status, 403);
});
