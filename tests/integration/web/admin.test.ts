// Administration pages over HTTP: units (create, rename, merge, CSV import all-or-nothing with
// row-numbered Vietnamese errors), accounts, the indicator catalog and the audit log, each
// scoped to the admin's province.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_PASSWORD, useTestDb } from '../../support/test-db.ts';
import { makeUser, PASSWORD, unitId } from '../../support/factories.ts';
import { Browser, testApp, type TestApp } from '../../support/http-client.ts';
import { nameHistory, listSuccessions, getUnitByCode } from '#src/storage/units.repository.ts';

let app: TestApp;
let hp: number;
let qng: number;
let admin: Browser;
const count = async (sql: string) => Number((await t.db.query<{ n: number }>(sql))[0]!.n);

const t = useTestDb(async (t) => {
  app = testApp(t);
  hp = await unitId(t.db, 'HP');
  qng = await unitId(t.db, 'QNG');
  await makeUser(t.db, 'adm.hp', 'province_admin', 'HP');
  await makeUser(t.db, 'adm.qng', 'province_admin', 'QNG');
  await makeUser(t.db, 'adm.analyst', 'province_analyst', 'HP');
  await makeUser(t.db, 'adm.officer', 'commune_officer', 'HP-CAT-HAI');
  admin = new Browser(app);
  await admin.login('adm.hp', PASSWORD);
});

function csvFile(text: string | Uint8Array, name = 'don-vi.csv'): FormData {
  const f = new FormData();
  f.set('file', new File([text], name, { type: name.endsWith('.png') ? 'image/png' : 'text/csv' }));
  return f;
}

async function upload(b: Browser, text: string | Uint8Array, name?: string) {
  const form = csvFile(text, name);
  form.set('_csrf', await b.csrf('/admin/units'));
  return b.postMultipart('/admin/units/import', form);
}

test('a province admin creates, renames and merges units; history is kept and audited', async () => {
  let tok = await admin.csrf('/admin/units');
  let res = await admin.post('/admin/units', { _csrf: tok, province: String(hp), code: 'HP-TAN-AN', name: 'Tân An', level: 'xa', valid_from: '' });
  assert.equal(res.status, 303);
  assert.match(await admin.text(res.headers.get('location')!), /Đã thêm đơn vị/);
  const tanAn = (await getUnitByCode(t.db, 'HP-TAN-AN'))!;

  res = await admin.post(`/admin/units/${tanAn.id}/rename`, { _csrf: tok, name: 'Tân An Mới', effective_date: '2025-07-01' });
  assert.equal(res.status, 303);
  const hist = await nameHistory(t.db, tanAn.id);
  assert.deepEqual(hist.map((h) => h.name), ['Tân An', 'Tân An Mới']);

  tok = await admin.csrf('/admin/units');
  const haiHung = await unitId(t.db, 'HP-HAI-HUNG');
  res = await admin.req('/admin/units/merge', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams([['_csrf', tok], ['province', String(hp)], ['predecessor', String(tanAn.id)], ['predecessor', String(haiHung)], ['successor', ''], ['new_code', 'HP-HAI-AN'], ['new_name', 'Hải An'], ['new_level', 'phuong'], ['effective_date', '2025-07-01'], ['note', 'Nghị quyết 1669/NQ-UBTVQH15']]),
  });
  assert.equal(res.status, 303);
  const page = await admin.text('/admin/units');
  assert.match(page, /Ngừng từ 30\/06\/2025 — sáp nhập vào Hải An/);
  const succ = await listSuccessions(t.db, hp);
  assert.equal(succ.filter((s) => s.effective_date === '2025-07-01').length, 2);
  assert.equal(await count(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'unit' AND action IN ('create', 'rename', 'merge') AND province_id = ${hp}`), 3);

  // Bad input: a Vietnamese message beside the form, nothing written.
  res = await admin.post(`/admin/units/${tanAn.id}/rename`, { _csrf: tok, name: 'X', effective_date: '07/2025' });
  assert.equal(res.status, 400);
  assert.match(await res.text(), /Ngày hiệu lực phải có dạng YYYY-MM-DD/);
  res = await admin.post('/admin/units', { _csrf: tok, province: String(hp), code: 'HP-TAN-AN', name: 'Trùng', level: 'xa' });
  assert.equal(res.status, 409);
  assert.match(await res.text(), /Mã đơn vị đã tồn tại/);
});

test("renaming a unit: another province's admin gets not found and a page of their own province; a bad name comes back on the unit's province", async () => {
  const catHai = await unitId(t.db, 'HP-CAT-HAI');
  const renames = () => count(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'unit' AND action = 'rename' AND entity_id = '${catHai}'`);
  const q = new Browser(app);
  await q.login('adm.qng', PASSWORD);
  let res = await q.post(`/admin/units/${catHai}/rename`, { _csrf: await q.csrf('/admin/units'), name: 'Chiếm', effective_date: '2025-01-01' });
  assert.equal(res.status, 404);
  const page = await res.text();
  assert.match(page, /Không tìm thấy đơn vị/);
  // (Nothing of the other province on the page: its units are not listed.)
  assert.doesNotMatch(page, /Cát Hải|Hồng Bàng/);
  assert.equal((await getUnitByCode(t.db, 'HP-CAT-HAI'))!.name, 'Cát Hải');
  assert.equal(await renames(), 0);
  // No such unit: not found, nothing written.
  assert.equal((await admin.post('/admin/units/999999/rename', { _csrf: await admin.csrf('/admin/units'), name: 'Mới', effective_date: '2025-01-01' })).status, 404);
  // The unit's own admin, a name equal to the current one: the form comes back on Hải Phòng's units.
  res = await admin.post(`/admin/units/${catHai}/rename`, { _csrf: await admin.csrf('/admin/units'), name: 'Cát Hải', effective_date: '2025-01-01' });
  assert.equal(res.status, 400);
  const again = await res.text();
  assert.match(again, /Tên mới trùng với tên hiện tại/);
  assert.match(again, /Hồng Bàng/);
  assert.equal(await renames(), 0);
});

test('CSV import is all-or-nothing with row-numbered Vietnamese errors; generated passwords are shown once', async () => {
  const header = 'province_code,code,name,level,parent_code,officer_username,officer_full_name,officer_email';
  const unitsBefore = await count('SELECT count(*)::int AS n FROM units');
  let res = await upload(admin, `${header}\nHP,HP-CSV-1,Một,xa,,csv.one,,\nHP,HP-CSV-2,,xa,,csv.two,,\nHP,HP-CSV-1,Ba,thon,,,,\n`);
  assert.equal(res.status, 400);
  let html = await res.text();
  assert.match(html, /Dòng 3: thiếu tên đơn vị/);
  assert.match(html, /Dòng 4: mã đơn vị &quot;HP-CSV-1&quot; trùng với dòng 2|Dòng 4: mã đơn vị "HP-CSV-1" trùng với dòng 2/);
  assert.match(html, /không có thay đổi nào được lưu/);
  assert.equal(await count('SELECT count(*)::int AS n FROM units'), unitsBefore);

  res = await upload(admin, `${header}\nQNG,QNG-CSV-1,Một,xa,,,,\n`);
  assert.equal(res.status, 400);
  assert.match(await res.text(), /Dòng 2: bạn không có quyền thêm đơn vị cho/);

  res = await upload(admin, new Uint8Array([0x70, 0x72, 0xff, 0xfe, 0x00, 0xc3]), 'x.csv');
  assert.equal(res.status, 422);
  assert.match(await res.text(), /không phải văn bản UTF-8/);
  res = await upload(admin, 'abc', 'anh.png');
  assert.equal(res.status, 415);

  res = await upload(admin, `${header}\nHP,HP-CSV-1,Hòa Bình,xa,,csv.one,Nguyễn Văn A,a@example.vn\nHP,HP-CSV-2,Lê Lợi,phuong,,csv.two,,\n`, 'danh-sach.csv');
  assert.equal(res.status, 200);
  html = await res.text();
  assert.match(html, /Đã nhập 2 đơn vị và 2 tài khoản từ tệp “danh-sach.csv”/);
  const pw = html.match(/csv\.one<\/td><td><span class="pw">([^<]+)</)?.[1];
  assert.ok(pw, 'password shown');
  const officer = new Browser(app);
  await officer.login('csv.one', pw);
  assert.match(await officer.text('/'), /Hòa Bình/);
  assert.equal(await count(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'unit' AND action = 'import'`), 1);
});

test('accounts: create (password once), lock (sessions end), reset; only within the province', async () => {
  let tok = await admin.csrf('/admin/users');
  const cat = await unitId(t.db, 'HP-CAT-HAI');
  let res = await admin.post('/admin/users', { _csrf: tok, province: String(hp), username: 'new.officer', full_name: 'Trần Thị B', email: '', role: 'commune_officer', unit: String(cat) });
  assert.equal(res.status, 200);
  const pw = (await res.text()).match(/class="pw">([^<]+)</)?.[1];
  assert.ok(pw);
  const b = new Browser(app);
  await b.login('new.officer', pw);
  const id = (await t.db.query<{ id: number }>(`SELECT id FROM users WHERE username = 'new.officer'`))[0]!.id;
  tok = await admin.csrf('/admin/users');
  res = await admin.post(`/admin/users/${id}/active`, { _csrf: tok, province: String(hp), active: '0' });
  assert.equal(res.status, 303);
  assert.equal((await b.req('/')).status, 302, 'a locked account is signed out');
  assert.match(await admin.text('/admin/users'), /Đã khóa/);

  // Another province's admin cannot touch this account, nor create one in this province.
  const q = new Browser(app);
  await q.login('adm.qng', PASSWORD);
  const qt = await q.csrf('/admin/users');
  assert.equal((await q.post(`/admin/users/${id}/reset-password`, { _csrf: qt })).status, 404);
  assert.equal((await q.post('/admin/users', { _csrf: qt, province: String(qng), username: 'sneaky', full_name: 'X', role: 'commune_officer', unit: String(cat) })).status, 403);
  assert.equal((await q.req(`/admin/users?province=${hp}`)).status, 403);
  assert.doesNotMatch(await q.text('/admin/users'), /new\.officer/);
  // Nor can a province admin reset the system administrator's password.
  const sys = (await t.db.query<{ id: number }>(`SELECT id FROM users WHERE username = 'admin'`))[0]!.id;
  assert.equal((await admin.post(`/admin/users/${sys}/reset-password`, { _csrf: await admin.csrf('/admin/users') })).status, 404);
});

test('catalog: a province adds and edits its own indicator; shared ones are the system admin\'s', async () => {
  let tok = await admin.csrf('/admin/catalog');
  let res = await admin.post('/admin/catalog', { _csrf: tok, province: String(hp), code: 'ZALO_GROUPS', group: 'ONLINE', name: 'Số nhóm Zalo thôn, tổ dân phố', unit: 'nhóm', aggregation: 'stock', numerator: '', denominator: '', active: '1' });
  assert.equal(res.status, 303);
  let rows = await t.db.query<{ province_id: number; name: string; active: boolean }>(`SELECT province_id, name, active FROM indicators WHERE code = 'ZALO_GROUPS'`);
  assert.equal(rows[0]!.province_id, hp);
  res = await admin.post('/admin/catalog', { _csrf: tok, province: String(hp), code: 'ZALO_GROUPS', group: 'ONLINE', name: 'Số nhóm Zalo', unit: 'nhóm', aggregation: 'stock' });
  assert.equal(res.status, 303);
  rows = await t.db.query(`SELECT province_id, name, active FROM indicators WHERE code = 'ZALO_GROUPS'`);
  assert.equal(rows[0]!.name, 'Số nhóm Zalo');
  assert.equal(rows[0]!.active, false, 'unchecked box: no longer used');

  res = await admin.post('/admin/catalog', { _csrf: tok, province: String(hp), code: 'BANNERS', group: 'VISUAL', name: 'Đổi tên', unit: 'cái', aggregation: 'flow', active: '1' });
  assert.equal(res.status, 403);
  res = await admin.post('/admin/catalog', { _csrf: tok, province: String(hp), code: 'bad code', group: 'VISUAL', name: 'X', unit: 'cái', aggregation: 'flow' });
  assert.equal(res.status, 400);
  assert.match(await res.text(), /Mã: chỉ gồm chữ in hoa/);
  res = await admin.post('/admin/catalog', { _csrf: tok, province: String(hp), code: 'X_PCT', group: 'VISUAL', name: 'X', unit: '%', aggregation: 'percent', numerator: 'NOPE', denominator: 'BANNERS' });
  assert.equal(res.status, 400);
  assert.match(await res.text(), /Mã chỉ tiêu không tồn tại: NOPE/);

  // The other province neither sees nor may take the code.
  const q = new Browser(app);
  await q.login('adm.qng', PASSWORD);
  assert.doesNotMatch(await q.text('/admin/catalog'), /<code>ZALO_GROUPS<\/code>/);
  tok = await q.csrf('/admin/catalog');
  assert.equal((await q.post('/admin/catalog', { _csrf: tok, province: String(qng), code: 'ZALO_GROUPS', group: 'ONLINE', name: 'Chiếm', unit: 'nhóm', aggregation: 'stock' })).status, 409);

  const sys = new Browser(app);
  await sys.login('admin', ADMIN_PASSWORD);
  tok = await sys.csrf('/admin/catalog');
  res = await sys.post('/admin/catalog', { _csrf: tok, province: String(hp), code: 'BANNERS', group: 'VISUAL', name: 'Số pa nô, áp phích, băng rôn', unit: 'cái', aggregation: 'flow', active: '1' });
  assert.equal(res.status, 303);
});

test('the audit log filters by unit, user, kind and dates, within the reader\'s province', async () => {
  const a = new Browser(app);
  await a.login('adm.analyst', PASSWORD);
  let html = await a.text('/admin/audit');
  assert.match(html, /Sáp nhập/);
  assert.match(html, /Người dùng adm\.hp/);
  html = await a.text('/admin/audit?entity=indicator');
  assert.match(html, /ZALO_GROUPS/);
  assert.doesNotMatch(html, /Sáp nhập/);
  html = await a.text('/admin/audit?user=khong-co-ai');
  assert.match(html, /Không có mục nào/);
  html = await a.text('/admin/audit?from=2000-01-01&to=2000-12-31');
  assert.match(html, /Không có mục nào/);
  const tanAn = (await getUnitByCode(t.db, 'HP-TAN-AN'))!;
  html = await a.text(`/admin/audit?unit=${tanAn.id}`);
  assert.match(html, /Đổi tên/);
  assert.doesNotMatch(html, /ZALO_GROUPS/);
  assert.equal((await a.req('/admin/audit?from=hôm-qua')).status, 400);
  assert.equal((await a.req(`/admin/audit?province=${qng}`)).status, 403);
  const q = new Browser(app);
  await q.login('adm.qng', PASSWORD);
  assert.doesNotMatch(await q.text('/admin/audit'), /ZALO_GROUPS|Sáp nhập/);
});

test('commune officers and analysts cannot reach administration of units, accounts or catalog', async () => {
  const o = new Browser(app);
  await o.login('adm.officer', PASSWORD);
  for (const p of ['/admin/units', '/admin/users', '/admin/catalog', '/admin/audit', `/admin/units?province=${hp}`]) {
    assert.equal((await o.req(p)).status, 403, p);
  }
  const tok = await o.csrf('/');
  const cat = await unitId(t.db, 'HP-CAT-HAI');
  assert.ok([403, 404].includes((await o.post(`/admin/units/${cat}/rename`, { _csrf: tok, name: 'Chiếm', effective_date: '2025-01-01' })).status));
  assert.equal((await o.post('/admin/units', { _csrf: tok, province: String(hp), code: 'X-1', name: 'X', level: 'xa' })).status, 403);
  const an = new Browser(app);
  await an.login('adm.analyst', PASSWORD);
  for (const p of ['/admin/units', '/admin/users', '/admin/catalog']) assert.equal((await an.req(p)).status, 403, p);
  assert.equal((await getUnitByCode(t.db, 'HP-CAT-HAI'))!.name, 'Cát Hải');
});
