// SQL for the indicator catalog and difficulty themes.
import type { Catalog, Indicator } from '#src/core/catalog/catalog.ts';
import type { Db } from './db.ts';

export interface IndicatorRow {
  code: string;
  group_code: string;
  name: string;
  unit: string;
  aggregation: 'flow' | 'stock' | 'percent' | 'flag';
  numerator_code: string | null;
  denominator_code: string | null;
  cues: string[];
  province_id: number | null;
  active: boolean;
  sort: number;
}

/** Inserts or updates every group, indicator and theme of the catalog (never deletes). */
export async function upsertCatalog(db: Db, cat: Catalog, provinceId: number | null = null): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [i, g] of cat.groups.entries()) {
      await tx.query(
        `INSERT INTO indicator_groups (code, name, sort) VALUES ($1, $2, $3)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, sort = EXCLUDED.sort`,
        [g.code, g.name, i],
      );
    }
    for (const [i, ind] of cat.indicators.entries()) await upsertIndicator(tx, ind, i, provinceId);
    for (const [i, t] of cat.difficultyThemes.entries()) {
      await tx.query(
        `INSERT INTO difficulty_themes (code, name, cues, sort) VALUES ($1, $2, $3, $4)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, cues = EXCLUDED.cues, sort = EXCLUDED.sort`,
        [t.code, t.name, JSON.stringify(t.cues ?? []), i],
      );
    }
  });
}

export async function upsertIndicator(db: Db, ind: Indicator, sort: number, provinceId: number | null): Promise<void> {
  await db.query(
    `INSERT INTO indicators (code, group_code, name, unit, aggregation, numerator_code, denominator_code, cues, province_id, sort)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (code) DO UPDATE SET group_code = EXCLUDED.group_code, name = EXCLUDED.name, unit = EXCLUDED.unit,
       aggregation = EXCLUDED.aggregation, numerator_code = EXCLUDED.numerator_code,
       denominator_code = EXCLUDED.denominator_code, cues = EXCLUDED.cues, sort = EXCLUDED.sort`,
    [ind.code, ind.group, ind.name, ind.unit, ind.aggregation, ind.numerator ?? null, ind.denominator ?? null, JSON.stringify(ind.cues ?? []), provinceId, sort],
  );
}

export async function listIndicators(db: Db, provinceId?: number): Promise<IndicatorRow[]> {
  return db.query<IndicatorRow & Record<string, unknown>>(
    `SELECT code, group_code, name, unit, aggregation, numerator_code, denominator_code, cues, province_id, active, sort
       FROM indicators WHERE province_id IS NULL OR province_id = $1 ORDER BY sort, code`,
    [provinceId ?? null],
  );
}

export async function readCatalog(db: Db): Promise<Catalog> {
  const groups = await db.query<{ code: string; name: string }>('SELECT code, name FROM indicator_groups ORDER BY sort, code');
  const inds = await listIndicators(db);
  const themes = await db.query<{ code: string; name: string; cues: string[] }>('SELECT code, name, cues FROM difficulty_themes ORDER BY sort, code');
  return {
    version: 1,
    groups,
    indicators: inds.map((r) => ({
      code: r.code,
      group: r.group_code,
      name: r.name,
      unit: r.unit,
      aggregation: r.aggregation,
      ...(r.numerator_code ? { numerator: r.numerator_code } : {}),
      ...(r.denominator_code ? { denominator: r.denominator_code } : {}),
      ...(r.cues.length ? { cues: r.cues } : {}),
    })),
    difficultyThemes: themes.map((t) => ({ code: t.code, name: t.name, ...(t.cues.length ? { cues: t.cues } : {}) })),
  };
}
