// Generates national-scale data in SQL on either database: 34 provinces, 3,321 commune-level
// units (the first province has 114, like Hải Phòng), 10 quarterly periods, one accepted report
// per unit and period, and one value per catalog indicator (≈1 M data values). Values are
// deterministic; about 4 % carry a qualifier so roll-ups exercise the qualified paths. Values go
// in through data_values like any writer's, so its triggers fill report_value_sets (decision 042).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite, openPostgres, type Db } from '#src/storage/db.ts';
import { bootstrap } from '#src/core/setup/bootstrap.ts';
import { ensurePeriod } from '#src/storage/periods.repository.ts';
import { regularPeriod } from '#src/core/periods/periods.ts';
import { createScratchPostgres } from '../../tests/support/test-db.ts';

export const PROVINCES = 34;
export const COMMUNES = 3321;
export const FIRST_PROVINCE_COMMUNES = 114;

export interface NationalData {
  db: Db;
  engine: 'pglite' | 'postgres';
  /** The 114-unit province. */
  provinceId: number;
  periodIds: number[];
  /** The last four quarters (one year). */
  yearPeriodIds: number[];
  close(): Promise<void>;
}

export async function openBenchDb(engine: 'pglite' | 'postgres'): Promise<{ db: Db; close(): Promise<void> }> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'lantoa-bench-'));
    const db = await openPglite(dir);
    return { db, close: async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const scratch = await createScratchPostgres(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', 'lantoa_bench');
  const db = await openPostgres(scratch.url);
  return {
    db,
    close: async () => {
      await db.close();
      await scratch.drop();
    },
  };
}

export async function generateNationalData(engine: 'pglite' | 'postgres'): Promise<NationalData> {
  const { db, close } = await openBenchDb(engine);
  await bootstrap(db, { adminPassword: 'bench-password-not-secret' });
  await db.exec(`
    INSERT INTO units (code, name, level, valid_from)
      SELECT 'P' || g, 'Tỉnh ' || g, 'tinh', DATE '2025-07-01' FROM generate_series(1, ${PROVINCES}) g;
    INSERT INTO units (code, name, level, parent_id, province_id, valid_from)
      SELECT 'P' || p.n || '-C' || c.g, 'Xã ' || c.g, CASE WHEN c.g % 3 = 0 THEN 'phuong' ELSE 'xa' END, u.id, u.id, DATE '2025-07-01'
        FROM generate_series(1, ${COMMUNES}) c(g)
        CROSS JOIN LATERAL (SELECT CASE WHEN c.g <= ${FIRST_PROVINCE_COMMUNES} THEN 1
                                        ELSE 2 + (c.g - ${FIRST_PROVINCE_COMMUNES + 1}) % ${PROVINCES - 1} END AS n) p
        JOIN units u ON u.code = 'P' || p.n;
  `);
  const periodIds: number[] = [];
  for (let i = 0; i < 10; i++) {
    const q = 3 + i; // 2023-Q3 … 2025-Q4
    periodIds.push(await ensurePeriod(db, regularPeriod('quarter', 2023 + Math.floor((q - 1) / 4), ((q - 1) % 4) + 1)));
  }
  await db.exec(`
    INSERT INTO reports (province_id, unit_id, period_id, status, submitted_at)
      SELECT u.province_id, u.id, p.id, 'accepted', now()
        FROM units u CROSS JOIN periods p
       WHERE u.code LIKE 'P%-C%' AND p.id IN (${periodIds.join(',')});
    INSERT INTO data_values (province_id, unit_id, period_id, indicator_code, report_id, value, value_max, qualifier, source)
      SELECT r.province_id, r.unit_id, r.period_id, i.code, r.id,
             CASE WHEN i.aggregation = 'percent' THEN (r.id * 7 + i.sort) % 101
                  WHEN i.aggregation = 'flag' THEN (r.id + i.sort) % 2
                  ELSE (r.id * 31 + i.sort * 17) % 500 END,
             CASE WHEN (r.id + i.sort) % 100 = 3 AND i.aggregation IN ('flow', 'stock') THEN (r.id * 31 + i.sort * 17) % 500 + 5 END,
             CASE WHEN (r.id + i.sort) % 100 = 1 THEN 'at_least'
                  WHEN (r.id + i.sort) % 100 = 2 THEN 'approx'
                  WHEN (r.id + i.sort) % 100 = 3 AND i.aggregation IN ('flow', 'stock') THEN 'range'
                  ELSE 'exact' END,
             'typed'
        FROM reports r CROSS JOIN indicators i;
    ANALYZE;
  `);
  const provinceId = (await db.query<{ id: number }>("SELECT id FROM units WHERE code = 'P1'"))[0]!.id;
  return { db, engine, provinceId, periodIds, yearPeriodIds: periodIds.slice(-4), close };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<{ median: number; min: number; max: number }> {
  await fn(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}
