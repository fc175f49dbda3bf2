// Loading a province's official units from the shipped 2025 list: only missing units are created
// (the ones the first start made, under other codes, stay single), a second run adds nothing, a
// province the database lacks is created by the system admin only, an unknown name is refused
// naming the 34; on the web the action is the province admin's own, CSRF-checked and audited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useTestDb } from '../support/test-db.ts';
import { makeUser, PASSWORD, unitId } from '../support/factories.ts';
import { Browser, testApp, type TestApp } from '../support/http-client.ts';
import { codeFromName } from '#src/core/units/official-units.ts';
import { loadOfficialUnitsByNameAs } from '#src/core/admin/admin.ts';
import { officialUnitsOf } from '#src/core/extraction/gazetteer.ts';
import * as unitsRepo from '#src/storage/units.repository.ts';
import { AppError } from '#src/errors.ts';

let app: TestApp;
const t = useTestDb(async (t) => {
  app = testApp(t);
});

const audits = async (action: string) => Number((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE action = $1', [action]))[0]!.n);

test('codes from names drop marks and join words', () => {
  assert.equal(codeFromName('Hải Phòng'), 'HAI-PHONG');
  assert.equal(codeFromName('Đắk Lắk'), 'DAK-LAK');
  assert.equal(codeFromName('  Phường 12 '), 'PHUONG-12');
});

test('web: the province admin loads every official unit once; others, forged posts and a second run add nothing', async () => {
  const hp = await unitId(t.db, 'HP');
  await makeUser(t.db, 'off.hp', 'province_admin', 'HP');
  await makeUser(t.db, 'off.qng', 'province_admin', 'QNG');
  await makeUser(t.db, 'off.officer', 'commune_officer', 'HP-CAT-HAI');
  // The province's own name may be written in full: the row given by id is loaded, no second one made.
  await t.db.query("UPDATE units SET name = 'Thành phố Hải Phòng' WHERE id = $1", [hp]);
  const provinces = (await unitsRepo.listProvinces(t.db)).length;
  const before = await unitsRepo.listCommunes(t.db, hp);
  const official = officialUnitsOf('Hải Phòng');
  assert.ok(official.length > before.length);

  const other = new Browser(app);
  await other.login('off.qng', PASSWORD);
  assert.equal((await other.post('/admin/units/load-official', { _csrf: await other.csrf('/admin/units'), province: String(hp) })).status, 403);
  const officer = new Browser(app);
  await officer.login('off.officer', PASSWORD);
  assert.equal((await officer.post('/admin/units/load-official', { _csrf: await officer.csrf('/'), province: String(hp) })).status, 403);
  const admin = new Browser(app);
  await admin.login('off.hp', PASSWORD);
  assert.equal((await admin.post('/admin/units/load-official', { _csrf: 'forged', province: String(hp) })).status, 403);
  assert.equal((await unitsRepo.listCommunes(t.db, hp)).length, before.length, 'nothing written by refused posts');

  let res = await admin.post('/admin/units/load-official', { _csrf: await admin.csrf('/admin/units'), province: String(hp) });
  assert.equal(res.status, 200);
  assert.match(await res.text(), new RegExp(`Đã thêm ${official.length - before.length} đơn vị theo danh mục`));
  const after = await unitsRepo.listCommunes(t.db, hp);
  assert.equal(after.length, official.length, 'one row per official unit');
  for (const u of before) assert.ok(after.some((a) => a.id === u.id && a.code === u.code), `${u.name} kept its code`);
  assert.ok(after.every((u) => u.province_id === hp && u.parent_id === hp));
  assert.equal(new Set(after.map((u) => `${u.level}|${u.name}`)).size, after.length);
  assert.equal(new Set(after.map((u) => u.code)).size, after.length, 'codes are unique, also for names that differ only in marks');
  assert.equal(await audits('load_official'), 1);
  assert.equal((await unitsRepo.listProvinces(t.db)).length, provinces);

  res = await admin.post('/admin/units/load-official', { _csrf: await admin.csrf('/admin/units'), province: String(hp) });
  assert.match(await res.text(), /không thêm đơn vị nào/);
  assert.equal((await unitsRepo.listCommunes(t.db, hp)).length, official.length);
  assert.equal(await audits('load_official'), 1, 'a run that adds nothing is not a change');
});

test('a province the database lacks: the system admin creates it, a province admin may not; unknown names are refused', async () => {
  const provAdmin = await makeUser(t.db, 'off.hp2', 'province_admin', 'HP');
  await assert.rejects(loadOfficialUnitsByNameAs(t.db, provAdmin, 'Cà Mau'), (e: unknown) => e instanceof AppError && e.code === 'FORBIDDEN');
  assert.equal(await unitsRepo.findProvinceByName(t.db, 'Cà Mau'), undefined);

  const sys = await makeUser(t.db, 'off.sys', 'system_admin', null);
  const res = await loadOfficialUnitsByNameAs(t.db, sys, 'tỉnh ca mau');
  const cm = await unitsRepo.findProvinceByName(t.db, 'Cà Mau');
  assert.ok(cm && res.provinceCreated);
  assert.equal(cm.code, 'CA-MAU');
  const communes = await unitsRepo.listCommunes(t.db, cm.id);
  assert.equal(communes.length, res.created);
  assert.equal(communes.length, officialUnitsOf('Cà Mau').length);
  assert.ok(communes.every((u) => u.code.startsWith('CA-MAU-') && u.valid_from !== null));

  const provinces = (await unitsRepo.listProvinces(t.db)).length;
  await assert.rejects(loadOfficialUnitsByNameAs(t.db, sys, 'Atlantis'), (e: unknown) => e instanceof AppError && /Không có tỉnh, thành phố "Atlantis".*Hải Phòng/.test(e.message));
  assert.equal((await unitsRepo.listProvinces(t.db)).length, provinces);
});
