// Units and catalog on both databases: bulk import (all-or-nothing, duplicates), rename and
// merge history, catalog import; and the CLI's exit codes and messages for bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useTestDb } from '../support/test-db.ts';
import { importUnits } from '#src/core/units/import-units.ts';
import { mergeUnits, renameUnit, successorMap } from '#src/core/units/units.ts';
import { getUnitByCode, listCommunes, listSuccessions, nameHistory } from '#src/storage/units.repository.ts';
import { getUserByUsername } from '#src/storage/users.repository.ts';
import { login } from '#src/core/auth/sessions.ts';
import { loadDefaultCatalog } from '#src/core/catalog/catalog.ts';
import { listIndicators, upsertCatalog } from '#src/storage/catalog.repository.ts';

const t = useTestDb();

const header = 'province_code,code,name,level,parent_code,officer_username,officer_full_name,officer_email';
const count = async (sql: string) => Number((await t.db.query<{ n: number }>(sql))[0]!.n);

test('units import creates every unit and an officer who can log in, or nothing at all', async () => {
  const unitsBefore = await count('SELECT count(*)::int AS n FROM units');
  const usersBefore = await count('SELECT count(*)::int AS n FROM users');
  // Row 3 points at a province that does not exist: the whole file must be refused.
  const bad = `${header}\nHP,HP-IMP-1,Thủy Nguyên,phuong,,officer.imp1,,\nZZ,HP-IMP-2,Bạch Đằng,xa,,officer.imp2,,\n`;
  await assert.rejects(importUnits(t.db, bad), (e: { userMessage: string }) => /Dòng 3/.test(e.userMessage));
  assert.equal(await count('SELECT count(*)::int AS n FROM units'), unitsBefore, 'no unit of the refused file remains');
  assert.equal(await count('SELECT count(*)::int AS n FROM users'), usersBefore, 'no account of the refused file remains');

  const rows = Array.from({ length: 114 }, (_, i) => `HP,HP-BULK-${i + 1},Đơn vị ${i + 1},${i % 3 === 0 ? 'phuong' : 'xa'},,officer.bulk${i + 1},,`);
  const res = await importUnits(t.db, `${header}\n${rows.join('\n')}\n`);
  assert.equal(res.units, 114);
  assert.equal(res.accounts.length, 114);
  const hp = await getUnitByCode(t.db, 'HP');
  assert.ok((await listCommunes(t.db, hp!.id)).length >= 114);
  const acc = res.accounts[7]!;
  const session = await login(t.db, acc.username, acc.password, 1);
  assert.ok(session, 'the generated password works');
  assert.deepEqual(session.actor.roles.map((r) => r.role), ['commune_officer']);

  // Importing the same file again: duplicates named by row, nothing written.
  const before2 = await count('SELECT count(*)::int AS n FROM units');
  await assert.rejects(importUnits(t.db, `${header}\n${rows.slice(0, 2).join('\n')}\n`), (e: { code: string; userMessage: string }) => {
    assert.equal(e.code, 'DUPLICATE');
    assert.match(e.userMessage, /Dòng 2: mã đơn vị "HP-BULK-1" đã tồn tại/);
    assert.match(e.userMessage, /Dòng 3: tên đăng nhập "officer.bulk2" đã tồn tại/);
    return true;
  });
  assert.equal(await count('SELECT count(*)::int AS n FROM units'), before2);
});

test('rename keeps the old name with its dates; merge closes predecessors and maps them to the successor', async () => {
  await importUnits(t.db, `${header}\nHP,HP-M-A,Tân Tiến,xa,,,,\nHP,HP-M-B,An Hòa,xa,,,,\nHP,HP-M-C,Quang Phục,xa,,,,\n`);
  const a = (await getUnitByCode(t.db, 'HP-M-A'))!;
  await renameUnit(t.db, a.id, 'Tân Tiến Mới', '2025-03-01');
  const hist = await nameHistory(t.db, a.id);
  assert.deepEqual(hist.map((h) => [h.name, h.valid_to]), [['Tân Tiến', '2025-02-28'], ['Tân Tiến Mới', null]]);

  const successor = await mergeUnits(t.db, { predecessorCodes: ['HP-M-A', 'HP-M-B', 'HP-M-C'], successor: { code: 'HP-M-NEW', name: 'Tiên Lãng', level: 'xa', parentCode: 'HP' }, effectiveDate: '2025-07-01' });
  const hp = (await getUnitByCode(t.db, 'HP'))!;
  const before = (await listCommunes(t.db, hp.id, '2025-06-30')).map((u) => u.code);
  const afterMerge = (await listCommunes(t.db, hp.id, '2025-07-01')).map((u) => u.code);
  assert.ok(before.includes('HP-M-A') && !before.includes('HP-M-NEW'));
  assert.ok(!afterMerge.includes('HP-M-A') && afterMerge.includes('HP-M-NEW'));
  const map = successorMap(await listSuccessions(t.db, hp.id), '2025-12-31');
  assert.equal(map.get(a.id), successor.id);
  await assert.rejects(mergeUnits(t.db, { predecessorCodes: ['HP-M-A'], successor: { code: 'HP-M-NEW' }, effectiveDate: '2025-09-01' }), { code: 'INVALID_STATE' });
  await assert.rejects(mergeUnits(t.db, { predecessorCodes: ['HP-M-NEW', 'QNG-DAK-BLA'], successor: { code: 'HP-M-NEW' }, effectiveDate: '2025-09-01' }), { code: 'VALIDATION' });
});

test('a province adds and edits indicators without code changes', async () => {
  const cat = loadDefaultCatalog();
  cat.indicators.push({ code: 'QR_SCANS', group: cat.groups[0]!.code, name: 'Số lượt quét mã QR', unit: 'lượt', aggregation: 'flow' });
  cat.indicators[0]!.name = 'Tên đã sửa';
  await upsertCatalog(t.db, cat);
  const inds = await listIndicators(t.db);
  assert.ok(inds.some((i) => i.code === 'QR_SCANS'));
  assert.equal(inds.find((i) => i.code === cat.indicators[0]!.code)!.name, 'Tên đã sửa');
});

function cli(args: string[], dataDir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANTOA_DATA_DIR: dataDir, LANTOA_ADMIN_PASSWORD: 'cli-test-password', NODE_ENV: 'test' },
    timeout: 120_000,
  });
}

test('CLI: bad CSV and unknown indicator references exit non-zero with a Vietnamese reason and write nothing', { skip: !!process.env.DATABASE_URL && 'the CLI runs on its own embedded database' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-cli-'));
  try {
    const data = join(dir, 'data');
    const csv = join(dir, 'units.csv');
    writeFileSync(csv, `${header}\nHP,HP-CLI-1,Lê Chân,phuong,,officer.cli1,,\nHP,HP-CLI-2,,xa,,,,\n`);
    const r1 = cli(['units', 'import', csv], data);
    assert.notEqual(r1.status, 0);
    assert.match(r1.stderr, /Dòng 3: thiếu tên đơn vị/);
    const cat = loadDefaultCatalog();
    cat.indicators[0]!.denominator = 'KHONG_CO';
    const catFile = join(dir, 'cat.json');
    writeFileSync(catFile, JSON.stringify(cat));
    const r2 = cli(['catalog', 'import', catFile], data);
    assert.notEqual(r2.status, 0);
    assert.match(r2.stderr, /KHONG_CO/);
    writeFileSync(csv, `${header}\nHP,HP-CLI-1,Lê Chân,phuong,,officer.cli1,,\n`);
    const r3 = cli(['units', 'import', csv], data);
    assert.equal(r3.status, 0, r3.stderr);
    assert.match(r3.stdout, /officer\.cli1,HP-CLI-1,\S+/);
    const r4 = cli(['units', 'import', csv], data);
    assert.notEqual(r4.status, 0);
    assert.match(r4.stderr, /đã tồn tại/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the officer account of an imported unit exists with the right role', async () => {
  const u = await getUserByUsername(t.db, 'officer.bulk1');
  assert.ok(u);
});
