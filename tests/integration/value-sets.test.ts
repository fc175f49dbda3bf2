// Packed report values (report_value_sets, migration 0004) on a real database (PGlite, or
// PostgreSQL when DATABASE_URL is set): the triggers keep them equal to data_values through
// every kind of write, the migration fills them for existing data, and the roll-up and the
// synthesis's per-unit values computed from them equal the single-query SQL they replaced
// (tests/support/reference-rollup.ts) on data with qualifiers, ranges, half-values, ties
// in one period, values typed without a report, every report status and a request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScratchPostgres, useTestDb } from '../support/test-db.ts';
import { makeUser } from '../support/factories.ts';
import { insertRequest } from '../support/synthesis-fixture.ts';
import { referenceRollupRows, referenceUnitValues } from '../support/reference-rollup.ts';
import { computeTotals, loadPeriodValues, rollup, rollupRows } from '#src/core/rollup/rollup.ts';
import { foldUnitValues } from '#src/core/rollup/unit-values.ts';
import { changeReportStatus, getOrCreateReport, setReportValues } from '#src/core/reports/reports.ts';
import { listIndicators, type IndicatorRow } from '#src/storage/catalog.repository.ts';
import type { RollupScope } from '#src/storage/rollup.repository.ts';
import { ensurePeriod } from '#src/storage/periods.repository.ts';
import { regularPeriod } from '#src/core/periods/periods.ts';
import { openPglite, openPostgres, type Db } from '#src/storage/db.ts';
import { migrate, migrationFiles } from '#src/storage/migrate.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let indicators: IndicatorRow[];
let provinceId: number;
let otherProvinceId: number;
let communes: number[];
let quarters: number[];
let half: number;
let year: number;
let requestId: number;

const QUALS = ['exact', 'approx', 'at_least', 'at_most', 'range'] as const;

/** Inserts generated values for reports (one statement, as a bulk import would). */
async function insertValues(db: Db, reports: { id: number; province_id: number; unit_id: number; period_id: number }[], seed: number): Promise<void> {
  const cols: unknown[][] = [[], [], [], [], [], [], [], []];
  for (const r of reports) {
    indicators.forEach((ind, k) => {
      const h = (r.id * 7919 + k * 104729 + seed * 31) % 1009;
      if (h % 6 === 0) return; // not every report gives every indicator
      const value = ind.aggregation === 'flag' ? h % 2 : ind.aggregation === 'percent' ? (h % 201) / 2 : h % 4 === 0 ? h / 2 : h % 97;
      const q = ind.aggregation === 'flow' || ind.aggregation === 'stock' ? QUALS[h % 9 < 5 ? h % 9 : 0]! : QUALS[h % 11 < 4 ? h % 11 : 0]!;
      const row = [r.province_id, r.unit_id, r.period_id, ind.code, r.id, value, q === 'range' ? value + (h % 13) + 1 : null, q];
      row.forEach((x, i) => cols[i]!.push(x));
    });
  }
  await db.query(
    `INSERT INTO data_values (province_id, unit_id, period_id, indicator_code, report_id, value, value_max, qualifier, source)
     SELECT *, 'typed' FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::int[], $6::float8[], $7::float8[], $8::text[])`,
    cols,
  );
}

const t = useTestDb(async (t) => {
  const db = t.db;
  indicators = await listIndicators(db);
  const [p1, p2] = await db.query<{ id: number }>(
    "INSERT INTO units (code, name, level, valid_from) VALUES ('VS1', 'Tỉnh Một', 'tinh', '2025-01-01'), ('VS2', 'Tỉnh Hai', 'tinh', '2025-01-01') RETURNING id",
  );
  provinceId = p1!.id;
  otherProvinceId = p2!.id;
  const units = await db.query<{ id: number; province_id: number }>(
    `INSERT INTO units (code, name, level, parent_id, province_id, valid_from)
       SELECT 'VS-C' || g, 'Xã Thử ' || g, 'xa', p.id, p.id, '2025-01-01'
         FROM generate_series(1, 12) g JOIN units p ON p.code = CASE WHEN g <= 9 THEN 'VS1' ELSE 'VS2' END
     RETURNING id, province_id`,
  );
  communes = units.map((u) => u.id);
  quarters = [];
  for (let q = 1; q <= 4; q++) quarters.push(await ensurePeriod(db, regularPeriod('quarter', 2025, q)));
  half = await ensurePeriod(db, regularPeriod('half', 2025, 1));
  year = await ensurePeriod(db, regularPeriod('year', 2025));
  requestId = await insertRequest(db, provinceId, quarters[1]!, '7/VS-TEST', 'Báo cáo thử');
  const statuses = ['accepted', 'accepted', 'submitted', 'returned', 'draft'];
  const plan: { unit: number; province: number; period: number; status: string; request: number | null }[] = [];
  units.forEach((u, i) => {
    quarters.forEach((q, k) => plan.push({ unit: u.id, province: u.province_id, period: q, status: statuses[(i + k) % 5]!, request: null }));
    if (i % 3 === 0) plan.push({ unit: u.id, province: u.province_id, period: half, status: 'accepted', request: null });
    if (i === 4) plan.push({ unit: u.id, province: u.province_id, period: year, status: 'accepted', request: null });
    // A request report in the same quarter as the unit's own quarterly report: two values of one unit in one period.
    if (u.province_id === provinceId && i < 5) plan.push({ unit: u.id, province: u.province_id, period: quarters[1]!, status: i % 2 ? 'submitted' : 'accepted', request: requestId });
  });
  const reports = await db.query<{ id: number; province_id: number; unit_id: number; period_id: number }>(
    `INSERT INTO reports (province_id, unit_id, period_id, status, request_id)
       SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::int[]) RETURNING id, province_id, unit_id, period_id`,
    [plan.map((p) => p.province), plan.map((p) => p.unit), plan.map((p) => p.period), plan.map((p) => p.status), plan.map((p) => p.request)],
  );
  await insertValues(db, reports, 1);
  // Values typed without a report (they count in the roll-up, not in a synthesis).
  await db.query(
    `INSERT INTO data_values (province_id, unit_id, period_id, indicator_code, value, qualifier, source)
       SELECT $1, $2, $3, code, 40 + sort, CASE WHEN sort % 3 = 0 THEN 'approx' ELSE 'exact' END, 'typed' FROM indicators WHERE province_id IS NULL`,
    [provinceId, communes[1], quarters[3]],
  );
});

/** report_value_sets as it should be: recomputed from data_values in code. */
async function assertSetsMatchValues(db: Db): Promise<void> {
  const values = await db.query<{ report_id: number; province_id: number; unit_id: number; period_id: number; indicator_code: string; value: number; value_max: number | null; qualifier: string }>(
    'SELECT report_id, province_id, unit_id, period_id, indicator_code, value, value_max, qualifier FROM data_values WHERE report_id IS NOT NULL ORDER BY report_id, indicator_code',
  );
  type Packed = { key: number[]; codes: string[]; v: [number[], string, (number | null)[] | null] };
  const expected = new Map<number, Packed>();
  for (const v of values) {
    let e = expected.get(v.report_id);
    if (!e) expected.set(v.report_id, (e = { key: [v.province_id, v.unit_id, v.period_id], codes: [], v: [[], '', []] }));
    e.codes.push(v.indicator_code);
    e.v[0].push(v.value);
    e.v[1] += String(QUALS.indexOf(v.qualifier as (typeof QUALS)[number]));
    e.v[2]!.push(v.value_max);
  }
  for (const e of expected.values()) if (e.v[2]!.every((m) => m === null)) e.v[2] = null;
  const sets = await db.query<{ report_id: number; province_id: number; unit_id: number; period_id: number; codes: string; v: Packed['v'] }>(
    'SELECT s.report_id, s.province_id, s.unit_id, s.period_id, l.codes, s.v FROM report_value_sets s JOIN value_layouts l ON l.id = s.layout_id',
  );
  const actual = new Map(sets.map((s) => [s.report_id, { key: [s.province_id, s.unit_id, s.period_id], codes: s.codes.split(','), v: s.v }]));
  assert.equal(actual.size, expected.size);
  for (const [id, e] of expected) assert.deepEqual(actual.get(id), e, `report ${id}`);
}

test('the packed values equal data_values after bulk inserts and through product edits, updates and deletes', async () => {
  const db = t.db;
  await assertSetsMatchValues(db);
  const [draft] = await db.query<{ id: number }>("SELECT id FROM reports WHERE status = 'draft' AND request_id IS NULL ORDER BY id LIMIT 1");
  const admin = await makeUser(db, 'vs.admin', 'province_admin', 'VS1');
  const codesOf = async (id: number) => (await db.query<{ codes: string }>('SELECT l.codes FROM report_value_sets s JOIN value_layouts l ON l.id = s.layout_id WHERE s.report_id = $1', [id]))[0]!.codes.split(',');
  const before = await codesOf(draft!.id);
  // The answer form: one value changed (upsert), one added as a range, one removed.
  const [changed, , removed] = before;
  const missing = indicators.find((i) => i.aggregation === 'flow' && !before.includes(i.code))!;
  await setReportValues(db, admin, draft!.id, [
    { indicator: changed!, value: 1234.5, qualifier: 'approx' },
    { indicator: missing.code, value: 10, max: 15, qualifier: 'range' },
    { indicator: removed!, value: null },
  ]);
  await assertSetsMatchValues(db);
  const after = await codesOf(draft!.id);
  const [values, quals, maxes] = (await db.query<{ v: [number[], string, (number | null)[]] }>('SELECT v FROM report_value_sets WHERE report_id = $1', [draft!.id]))[0]!.v;
  assert.equal(values[after.indexOf(changed!)], 1234.5);
  assert.equal(quals[after.indexOf(changed!)], String(QUALS.indexOf('approx')));
  assert.equal(maxes[after.indexOf(missing.code)], 15);
  assert.ok(!after.includes(removed!));
  // A report created and filled through the product path gets its row.
  const fresh = await getOrCreateReport(db, admin, communes[0]!, year);
  await setReportValues(db, admin, fresh.id, [{ indicator: missing.code, value: 3 }]);
  await changeReportStatus(db, admin, fresh.id, 'submit');
  await assertSetsMatchValues(db);
  // A statement that moves values to another period (a request's period changing) and one that deletes a report's values.
  await db.query('UPDATE data_values SET period_id = $2 WHERE report_id = $1', [fresh.id, half]);
  await assertSetsMatchValues(db);
  await db.query('DELETE FROM data_values WHERE report_id = $1', [fresh.id]);
  await assertSetsMatchValues(db);
  assert.equal((await db.query('SELECT 1 FROM report_value_sets WHERE report_id = $1', [fresh.id])).length, 0);
  // Writes inside a rolled-back transaction leave no trace.
  await assert.rejects(db.transaction(async (tx) => {
    await tx.query('DELETE FROM data_values WHERE report_id = $1', [draft!.id]);
    throw new Error('rollback');
  }));
  await assertSetsMatchValues(db);
  assert.equal((await db.query('SELECT 1 FROM report_value_sets WHERE report_id = $1', [draft!.id])).length, 1);
});

test('roll-ups from the packed values equal the single-query SQL roll-up, scope by scope', async () => {
  const db = t.db;
  const scopes: RollupScope[] = [
    { periodIds: quarters, provinceId },
    { periodIds: [...quarters, half, year], provinceId },
    { periodIds: [...quarters, half, year], provinceId: null },
    { periodIds: [quarters[1]!], provinceId, reportStatuses: ['accepted'] },
    { periodIds: [quarters[1]!], provinceId, requestId },
    { periodIds: quarters, provinceId, unitIds: communes.slice(0, 4) },
    { periodIds: [quarters[3]!], provinceId: otherProvinceId, reportStatuses: ['draft', 'returned'] },
  ];
  for (const scope of scopes) {
    const inds = await listIndicators(db, scope.provinceId ?? undefined);
    const codes = new Set(inds.map((i) => i.code));
    const reference = (await referenceRollupRows(db, scope)).filter((r) => codes.has(r.indicator_code));
    const fast = await rollupRows(db, scope, inds);
    assert.ok(reference.length > 0, JSON.stringify(scope));
    assert.deepEqual(sortByCode(fast), sortByCode(reference), JSON.stringify(scope));
    assert.deepEqual(await rollup(db, scope), computeTotals(reference, inds));
  }
  // The data exercise every qualifier, ranges and flags.
  const all = await referenceRollupRows(db, scopes[2]!);
  for (const k of ['approx_units', 'at_least_units', 'at_most_units', 'range_units', 'flagged'] as const) assert.ok(all.some((r) => r[k] > 0), k);
});

test("the synthesis's per-unit values from the packed values equal the single-query SQL, with reports left out or chosen", async () => {
  const db = t.db;
  const flowCodes = indicators.filter((i) => i.aggregation === 'flow').map((i) => i.code);
  const ends = await db.query<{ id: number }>('SELECT id FROM periods WHERE id = ANY($1::int[]) ORDER BY ends_on, id', [[...quarters, half, year]]);
  const periodIds = ends.map((p) => p.id);
  const reports = await db.query<{ id: number; status: string }>('SELECT id, status FROM reports WHERE province_id = $1 ORDER BY id', [provinceId]);
  const notAccepted = reports.filter((r) => r.status !== 'accepted').map((r) => r.id);
  const some = reports.filter((_, i) => i % 3 === 0).map((r) => r.id);
  for (const scope of [
    { periodIds, provinceId, includeReportIds: null, excludeReportIds: notAccepted },
    { periodIds, provinceId: null, includeReportIds: null, excludeReportIds: [] },
    { periodIds, provinceId, includeReportIds: some, excludeReportIds: [] },
  ]) {
    const reference = await referenceUnitValues(db, { ...scope, flowCodes });
    const position = new Map(periodIds.map((id, i) => [id, i + 1]));
    const sets = await loadPeriodValues(db, scope, (id) => position.get(id)!);
    const fast = foldUnitValues(sets, (c) => flowCodes.includes(c)).toList().map((v) => ({
      unit_id: v.unitId, indicator_code: v.indicator, value: v.value, vmax: v.max, pos: v.rank, qualifiers: [...v.qualifiers] as string[],
    }));
    const key = (r: { unit_id: number; indicator_code: string }) => `${r.unit_id}|${r.indicator_code}`;
    const byKey = <T extends { unit_id: number; indicator_code: string }>(l: T[]) => [...l].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    assert.ok(reference.length > 50);
    assert.deepEqual(byKey(fast), byKey(reference));
  }
});

test('the migration fills the packed values for data that existed before it', async () => {
  let db: Db;
  let drop = async () => {};
  if (process.env.DATABASE_URL) {
    const scratch = await createScratchPostgres(process.env.DATABASE_URL);
    db = await openPostgres(scratch.url);
    drop = scratch.drop;
  } else db = await openPglite();
  try {
    const dir = fileURLToPath(new URL('../../src/storage/migrations/', import.meta.url));
    await db.exec('CREATE TABLE schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    for (const f of migrationFiles().filter((f) => f < '0004')) {
      await db.exec(readFileSync(dir + f, 'utf8'));
      await db.query('INSERT INTO schema_migrations (version) VALUES ($1)', [f]);
    }
    await db.exec(`
      INSERT INTO indicator_groups (code, name, sort) VALUES ('G', 'Nhóm', 1);
      INSERT INTO indicators (code, group_code, name, unit, aggregation, sort) VALUES ('A', 'G', 'Chỉ tiêu A', 'lượt', 'flow', 1), ('B', 'G', 'Chỉ tiêu B', 'người', 'stock', 2);
      INSERT INTO units (code, name, level) VALUES ('P', 'Tỉnh', 'tinh');
      INSERT INTO units (code, name, level, parent_id, province_id) SELECT 'C' || g, 'Xã ' || g, 'xa', u.id, u.id FROM generate_series(1, 3) g, units u WHERE u.code = 'P';
      INSERT INTO periods (kind, year, number, starts_on, ends_on, label) VALUES ('quarter', 2025, 1, '2025-01-01', '2025-03-31', 'Quý I năm 2025');
      INSERT INTO reports (province_id, unit_id, period_id, status) SELECT province_id, id, (SELECT id FROM periods), 'accepted' FROM units WHERE level = 'xa';
      INSERT INTO data_values (province_id, unit_id, period_id, indicator_code, report_id, value, value_max, qualifier, source)
        SELECT r.province_id, r.unit_id, r.period_id, i.code, r.id, r.id * 10 + i.sort + 0.25,
               CASE WHEN i.code = 'B' AND r.id % 2 = 0 THEN r.id * 10 + 9 END, CASE WHEN i.code = 'B' AND r.id % 2 = 0 THEN 'range' ELSE 'exact' END, 'typed'
          FROM reports r CROSS JOIN indicators i;`);
    assert.deepEqual(await migrate(db), migrationFiles().filter((f) => f >= '0004'));
    await assertSetsMatchValues(db);
    assert.equal((await db.query('SELECT 1 FROM report_value_sets')).length, 3);
    assert.equal((await db.query('SELECT 1 FROM value_layouts')).length, 1);
  } finally {
    await db.close();
    await drop();
  }
});

function sortByCode<T extends { indicator_code: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (a.indicator_code < b.indicator_code ? -1 : 1));
}
