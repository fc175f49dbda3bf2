// SQL for administrative units, their names over time and their successions (mergers).
import type { Db } from './db.ts';
import type { UnitLevel } from '#src/core/units/units.ts';

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  level: UnitLevel;
  parent_id: number | null;
  province_id: number | null;
  valid_from: string | null;
  valid_to: string | null;
}

const cols = 'id, code, name, level, parent_id, province_id, valid_from, valid_to';

export async function insertUnit(
  db: Db,
  u: { code: string; name: string; level: UnitLevel; parentId: number | null; provinceId: number | null; validFrom?: string | null },
): Promise<UnitRow> {
  const rows = await db.query<UnitRow & Record<string, unknown>>(
    `INSERT INTO units (code, name, level, parent_id, province_id, valid_from) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${cols}`,
    [u.code, u.name, u.level, u.parentId, u.provinceId, u.validFrom ?? null],
  );
  const row = rows[0]!;
  await db.query('INSERT INTO unit_names (unit_id, name, valid_from) VALUES ($1, $2, $3)', [row.id, row.name, u.validFrom ?? null]);
  return row;
}

export async function getUnit(db: Db, id: number): Promise<UnitRow | undefined> {
  return (await db.query<UnitRow & Record<string, unknown>>(`SELECT ${cols} FROM units WHERE id = $1`, [id]))[0];
}

export async function getUnitByCode(db: Db, code: string): Promise<UnitRow | undefined> {
  return (await db.query<UnitRow & Record<string, unknown>>(`SELECT ${cols} FROM units WHERE code = $1`, [code]))[0];
}

export async function findUnitsByCodes(db: Db, codes: string[]): Promise<UnitRow[]> {
  if (codes.length === 0) return [];
  return db.query<UnitRow & Record<string, unknown>>(`SELECT ${cols} FROM units WHERE code = ANY($1::text[])`, [codes]);
}

/** Every unit code that begins with `prefix` (compared as text, no LIKE wildcards). */
export async function codesStartingWith(db: Db, prefix: string): Promise<string[]> {
  return (await db.query<{ code: string }>('SELECT code FROM units WHERE left(code, length($1)) = $1', [prefix])).map((r) => r.code);
}

export async function listProvinces(db: Db): Promise<UnitRow[]> {
  return db.query<UnitRow & Record<string, unknown>>(`SELECT ${cols} FROM units WHERE level = 'tinh' ORDER BY name`);
}

/** Commune-level units of a province active on a date (all when date is null). */
export async function listCommunes(db: Db, provinceId: number, onDate: string | null = null): Promise<UnitRow[]> {
  return db.query<UnitRow & Record<string, unknown>>(
    `SELECT ${cols} FROM units
      WHERE province_id = $1 AND level IN ('xa', 'phuong', 'dac_khu')
        AND ($2::date IS NULL OR ((valid_from IS NULL OR valid_from <= $2::date) AND (valid_to IS NULL OR valid_to >= $2::date)))
      ORDER BY name`,
    [provinceId, onDate],
  );
}

export async function findUnitByName(db: Db, provinceId: number, name: string): Promise<UnitRow | undefined> {
  return (
    await db.query<UnitRow & Record<string, unknown>>(
      `SELECT ${cols} FROM units WHERE province_id = $1 AND lower(name) = lower($2) ORDER BY valid_to NULLS FIRST LIMIT 1`,
      [provinceId, name],
    )
  )[0];
}

export async function findProvinceByName(db: Db, name: string): Promise<UnitRow | undefined> {
  return (
    await db.query<UnitRow & Record<string, unknown>>(`SELECT ${cols} FROM units WHERE level = 'tinh' AND (lower(name) = lower($1) OR code = $1)`, [name])
  )[0];
}

export async function renameUnit(db: Db, unitId: number, newName: string, effectiveDate: string): Promise<void> {
  await db.query('UPDATE unit_names SET valid_to = ($3::date - 1) WHERE unit_id = $1 AND valid_to IS NULL AND name <> $2', [unitId, newName, effectiveDate]);
  await db.query('INSERT INTO unit_names (unit_id, name, valid_from) VALUES ($1, $2, $3)', [unitId, newName, effectiveDate]);
  await db.query('UPDATE units SET name = $2 WHERE id = $1', [unitId, newName]);
}

export async function closeUnit(db: Db, unitId: number, lastDay: string): Promise<void> {
  await db.query('UPDATE units SET valid_to = $2 WHERE id = $1', [unitId, lastDay]);
  await db.query('UPDATE unit_names SET valid_to = $2 WHERE unit_id = $1 AND valid_to IS NULL', [unitId, lastDay]);
}

export async function insertSuccession(db: Db, predecessorId: number, successorId: number, effectiveDate: string, kind: 'merge' | 'split', note: string | null): Promise<void> {
  await db.query(
    'INSERT INTO unit_successions (predecessor_id, successor_id, effective_date, kind, note) VALUES ($1, $2, $3, $4, $5)',
    [predecessorId, successorId, effectiveDate, kind, note],
  );
}

export async function listSuccessions(db: Db, provinceId: number): Promise<{ predecessor_id: number; successor_id: number; effective_date: string; kind: string }[]> {
  return db.query(
    `SELECT s.predecessor_id, s.successor_id, s.effective_date, s.kind
       FROM unit_successions s JOIN units u ON u.id = s.successor_id WHERE u.province_id = $1`,
    [provinceId],
  );
}

export async function nameHistory(db: Db, unitId: number): Promise<{ name: string; valid_from: string | null; valid_to: string | null }[]> {
  return db.query('SELECT name, valid_from, valid_to FROM unit_names WHERE unit_id = $1 ORDER BY valid_from NULLS FIRST', [unitId]);
}
