// SQL for periods.
import type { PeriodSpec } from '#src/core/periods/periods.ts';
import type { Db } from './db.ts';

export interface PeriodRow {
  id: number;
  kind: PeriodSpec['kind'];
  year: number;
  number: number | null;
  starts_on: string;
  ends_on: string;
  label: string;
}

/** Returns the id of the period, creating it if needed (regular periods are unique). */
export async function ensurePeriod(db: Db, p: PeriodSpec): Promise<number> {
  if (p.kind !== 'adhoc') {
    const found = await db.query<{ id: number }>('SELECT id FROM periods WHERE kind = $1 AND year = $2 AND number IS NOT DISTINCT FROM $3', [p.kind, p.year, p.number]);
    if (found[0]) return found[0].id;
  }
  const rows = await db.query<{ id: number }>(
    'INSERT INTO periods (kind, year, number, starts_on, ends_on, label) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
    [p.kind, p.year, p.number, p.startsOn, p.endsOn, p.label],
  );
  return rows[0]!.id;
}

export async function getPeriod(db: Db, id: number): Promise<PeriodRow | undefined> {
  return (await db.query<PeriodRow & Record<string, unknown>>('SELECT * FROM periods WHERE id = $1', [id]))[0];
}
