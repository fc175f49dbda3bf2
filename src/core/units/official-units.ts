// Loads a province's official commune-level units (the 2025 list shipped as the gazetteer,
// core/extraction/admin-units.json) into the database, so a province does not type 100 names
// before its first report request. Idempotent: a unit already present with the same name and
// level (whatever its code) is left as it is; only missing units are created.
// Authorization and the audit entry are the caller's (core/admin loadOfficialUnitsAs).
import { AppError } from '#src/errors.ts';
import type { Db } from '#src/storage/db.ts';
import * as unitsRepo from '#src/storage/units.repository.ts';
import { matchProvince, officialUnitsOf, provinceNames } from '#src/core/extraction/gazetteer.ts';
import { fold } from '#src/core/extraction/fold.ts';
import { createUnit } from './units.ts';

/** The day the two-level local government and its new units took effect. */
export const OFFICIAL_UNITS_FROM = '2025-07-01';

export interface OfficialLoad {
  province: string;
  provinceId: number;
  /** Whether the province itself was missing and has been created. */
  provinceCreated: boolean;
  created: number;
  existing: number;
}

/** "Hải Phòng" → "HAI-PHONG": a code from a name (letters without marks, words joined by '-'). */
export function codeFromName(name: string): string {
  return fold(name)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The gazetteer's name of a province written loosely ("hai phong", "Thành phố Hải Phòng");
 * an unknown name is refused with the list of the 34.
 */
export function officialProvinceName(written: string): string {
  const province = matchProvince(written.trim().replace(/^(?:thành phố|tp\.?|tỉnh)\s+/iu, ''));
  if (!province) throw new AppError('VALIDATION', `Không có tỉnh, thành phố "${written}" trong danh mục 34 đơn vị hành chính cấp tỉnh: ${provinceNames().join(', ')}.`);
  return province;
}

/**
 * Inside the caller's transaction: each missing unit of the gazetteer's `province` under the
 * province row `found` (created when null).
 */
export async function addOfficialUnits(tx: Db, province: string, found: unitsRepo.UnitRow | null): Promise<OfficialLoad> {
  const units = officialUnitsOf(province);
  const row = found ?? (await createUnit(tx, { code: codeFromName(province), name: province, level: 'tinh' }));
  // Keyed by the name with its marks: Cẩm Giang and Cẩm Giàng are two communes of one province.
  // A unit that ended before the new units took effect (merged away) does not stand for one.
  const key = (level: string, name: string) => `${level}|${name.normalize('NFC').toLowerCase()}`;
  const alive = (await unitsRepo.listCommunes(tx, row.id)).filter((u) => u.valid_to === null || u.valid_to >= OFFICIAL_UNITS_FROM);
  const present = new Set(alive.map((u) => key(u.level, u.name)));
  const codes = new Set(await unitsRepo.codesStartingWith(tx, `${row.code}-`));
  let created = 0;
  for (const u of units) {
    if (u.level === 'unknown' || u.level === 'tinh' || present.has(key(u.level, u.name))) continue;
    // Names that differ only in marks, or a xã and a phường of one name, share letters: number them.
    const base = `${row.code}-${codeFromName(u.name)}`;
    let code = base;
    for (let n = 2; codes.has(code); n++) code = `${base}-${n}`;
    await unitsRepo.insertUnit(tx, { code, name: u.name, level: u.level, parentId: row.id, provinceId: row.id, validFrom: OFFICIAL_UNITS_FROM });
    codes.add(code);
    present.add(key(u.level, u.name));
    created++;
  }
  return { province, provinceId: row.id, provinceCreated: !found, created, existing: units.length - created };
}

/** addOfficialUnits in a transaction of its own (tests, scripts). */
export async function loadOfficialUnits(db: Db, written: string): Promise<OfficialLoad> {
  const province = officialProvinceName(written);
  return db.transaction(async (tx) => addOfficialUnits(tx, province, (await unitsRepo.findProvinceByName(tx, province)) ?? null));
}
