// Loading a province's official units from the shipped 2025 list: only missing units are created
// (the ones the first start made, under other codes, stay single), a second run adds nothing, a
// province the database lacks is created, and an unknown name is refused naming the 34.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb } from '../support/test-db.ts';
import { loadOfficialUnits, codeFromName } from '#src/core/units/official-units.ts';
import { officialUnitsOf } from '#src/core/extraction/gazetteer.ts';
import * as unitsRepo from '#src/storage/units.repository.ts';
import { AppError } from '#src/errors.ts';

test('codes from names drop marks and join words', () => {
  assert.equal(codeFromName('Hải Phòng'), 'HAI-PHONG');
  assert.equal(codeFromName('Đắk Lắk'), 'DAK-LAK');
  assert.equal(codeFromName('  Phường 12 '), 'PHUONG-12');
});

test('a province gets every official commune-level unit once; a second run adds nothing', async () => {
  const t = await createTestDb();
  try {
    const province = (await unitsRepo.listProvinces(t.db)).find((p) => p.name === 'Hải Phòng');
    assert.ok(province, 'the first start creates Hải Phòng');
    const before = await unitsRepo.listCommunes(t.db, province.id);
    const official = officialUnitsOf('Hải Phòng');
    assert.ok(official.length > before.length);

    const first = await loadOfficialUnits(t.db, 'thành phố hai phong');
    assert.equal(first.province, 'Hải Phòng');
    const after = await unitsRepo.listCommunes(t.db, province.id);
    assert.equal(after.length, official.length, 'one row per official unit');
    assert.equal(first.created, official.length - before.length);
    for (const u of before) assert.ok(after.some((a) => a.id === u.id && a.code === u.code), `${u.name} kept its code`);
    assert.ok(after.every((u) => u.province_id === province.id && u.parent_id === province.id));
    assert.equal(new Set(after.map((u) => `${u.level}|${u.name}`)).size, after.length);
    assert.equal(new Set(after.map((u) => u.code)).size, after.length, "codes are unique, also for names that differ only in marks");

    const second = await loadOfficialUnits(t.db, 'Hải Phòng');
    assert.equal(second.created, 0);
    assert.equal((await unitsRepo.listCommunes(t.db, province.id)).length, official.length);
  } finally {
    await t.close();
  }
});

test('a province the database lacks is created; an unknown one is refused and nothing is written', async () => {
  const t = await createTestDb();
  try {
    const res = await loadOfficialUnits(t.db, 'Cà Mau');
    const cm = await unitsRepo.findProvinceByName(t.db, 'Cà Mau');
    assert.ok(cm);
    assert.equal(cm.code, 'CA-MAU');
    const communes = await unitsRepo.listCommunes(t.db, cm.id);
    assert.equal(communes.length, res.created);
    assert.equal(communes.length, officialUnitsOf('Cà Mau').length);
    assert.ok(communes.every((u) => u.code.startsWith('CA-MAU-') && u.valid_from !== null));

    const provinces = (await unitsRepo.listProvinces(t.db)).length;
    await assert.rejects(loadOfficialUnits(t.db, 'Atlantis'), (e: unknown) => e instanceof AppError && /Không có tỉnh, thành phố "Atlantis".*Hải Phòng/.test(e.message));
    assert.equal((await unitsRepo.listProvinces(t.db)).length, provinces);
  } finally {
    await t.close();
  }
});
