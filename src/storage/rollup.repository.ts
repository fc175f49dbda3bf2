// SQL for rolling data values up over periods and units. Each report's values are read packed
// in one row of report_value_sets (migration 0004, docs/decisions/042): a national year is
// ≈13 k rows instead of ≈412 k, and the per-unit roll-up (src/core/rollup/unit-values.ts) runs
// in code. Values typed without a report are read from data_values (a partial index finds them).
import type { Db } from './db.ts';

/** The per-indicator aggregate over units that totals are computed from (src/core/rollup). */
export interface RollupRow {
  indicator_code: string;
  aggregation: 'flow' | 'stock' | 'percent' | 'flag';
  units: number;
  total: number;
  total_max: number;
  mean: number;
  flagged: number;
  approx_units: number;
  at_least_units: number;
  at_most_units: number;
  range_units: number;
}

export interface RollupScope {
  periodIds: number[];
  /** null: the whole nation. */
  provinceId: number | null;
  /** Only values of reports in these statuses count (values typed directly always count). */
  reportStatuses?: string[];
  /** Restrict to these units (e.g. the units a request addressed). */
  unitIds?: number[] | null;
  requestId?: number | null;
}

/**
 * A report's values in the order of its layout's codes: [values, one qualifier digit per value
 * (position in QUALIFIERS of core/rollup/unit-values.ts), upper ends or null when none is a range].
 */
export type PackedValues = [number[], string, (number | null)[] | null];

/** One report's packed values: [report id, unit id, period id, layout id, values]. */
export type ValueSet = [number, number, number, number, PackedValues];

export interface ValueSetFilter {
  periodIds: number[];
  provinceId: number | null;
  /** Report statuses that count; null: any. */
  statuses?: string[] | null;
  requestId?: number | null;
  unitIds?: number[] | null;
  /** Exactly these reports (null: every report matching the rest). */
  includeReportIds?: number[] | null;
  excludeReportIds?: number[];
}

/**
 * The packed values of the reports of these periods (and province) that pass the filter, with
 * the indicator codes of the layouts they use (each a list in code order), in one round trip.
 * Sets come as one JSON array: the embedded engine's cost is per row and field, so ≈13 k rows
 * of a nation cost several times more than the same data in one row (docs/decisions/042).
 */
export async function listValueSets(db: Db, f: ValueSetFilter): Promise<{ sets: ValueSet[]; layouts: Map<number, string[]> }> {
  if (f.periodIds.length === 0 || (f.includeReportIds && f.includeReportIds.length === 0)) return { sets: [], layouts: new Map() };
  const needReports = (f.statuses ?? null) !== null || (f.requestId ?? null) !== null;
  const rows = await db.query<{ sets: ValueSet[] | null; layouts: [number, string][] | null }>(
    `WITH s AS (
       SELECT s.report_id, s.unit_id, s.period_id, s.layout_id, s.v
         FROM report_value_sets s ${needReports ? 'JOIN reports r ON r.id = s.report_id' : ''}
        WHERE s.period_id = ANY($1::int[]) AND ($2::int IS NULL OR s.province_id = $2)
          AND ($3::int[] IS NULL OR s.unit_id = ANY($3::int[]))
          AND ($4::int[] IS NULL OR s.report_id = ANY($4::int[])) AND NOT (s.report_id = ANY($5::int[]))
          ${needReports ? 'AND ($6::text[] IS NULL OR r.status = ANY($6::text[])) AND ($7::int IS NULL OR r.request_id = $7)' : ''})
     SELECT (SELECT json_agg(json_build_array(report_id, unit_id, period_id, layout_id, v)) FROM s) AS sets,
            (SELECT json_agg(json_build_array(l.id, l.codes)) FROM value_layouts l WHERE l.id IN (SELECT layout_id FROM s)) AS layouts`,
    [f.periodIds, f.provinceId, f.unitIds ?? null, f.includeReportIds ?? null, f.excludeReportIds ?? [],
      ...(needReports ? [f.statuses ?? null, f.requestId ?? null] : [])],
  );
  const layouts = new Map((rows[0]?.layouts ?? []).map(([id, codes]) => [id, codes.split(',')]));
  return { sets: rows[0]?.sets ?? [], layouts };
}

export interface DirectValueRow {
  unit_id: number;
  period_id: number;
  indicator_code: string;
  value: number;
  value_max: number | null;
  qualifier: string;
}

/** Values typed directly, without a report, in these periods (and province, and units). */
export async function listDirectValues(db: Db, periodIds: number[], provinceId: number | null, unitIds: number[] | null): Promise<DirectValueRow[]> {
  if (periodIds.length === 0) return [];
  return db.query<DirectValueRow & Record<string, unknown>>(
    `SELECT unit_id, period_id, indicator_code, value, value_max, qualifier FROM data_values
      WHERE report_id IS NULL AND period_id = ANY($1::int[]) AND ($2::int IS NULL OR province_id = $2)
        AND ($3::int[] IS NULL OR unit_id = ANY($3::int[]))`,
    [periodIds, provinceId, unitIds],
  );
}

export async function periodEnds(db: Db, periodIds: number[]): Promise<{ id: number; ends_on: string }[]> {
  if (periodIds.length === 0) return [];
  return db.query('SELECT id, ends_on FROM periods WHERE id = ANY($1::int[])', [periodIds]);
}
