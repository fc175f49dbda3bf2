// The roll-up and the synthesis's per-unit aggregation as single SQL queries over data_values,
// exactly as they ran before report_value_sets (migration 0004). Tests compare the packed-values
// path against these on the same data, on both databases.
import type { Db } from '#src/storage/db.ts';
import type { RollupRow, RollupScope } from '#src/storage/rollup.repository.ts';

export async function referenceRollupRows(db: Db, s: RollupScope): Promise<RollupRow[]> {
  return db.query<RollupRow & Record<string, unknown>>(
    `WITH v AS (
       SELECT dv.unit_id, dv.indicator_code, i.aggregation, dv.value, COALESCE(dv.value_max, dv.value) AS vmax,
              CASE dv.qualifier WHEN 'exact' THEN 0 WHEN 'approx' THEN 1 WHEN 'at_least' THEN 2 WHEN 'at_most' THEN 3 ELSE 4 END AS q,
              (p.ends_on - DATE '2000-01-01')::float8 AS t
         FROM data_values dv
         JOIN periods p ON p.id = dv.period_id
         JOIN indicators i ON i.code = dv.indicator_code
         LEFT JOIN reports r ON r.id = dv.report_id
        WHERE dv.period_id = ANY($1::int[])
          AND ($2::int IS NULL OR dv.province_id = $2)
          AND (dv.report_id IS NULL OR r.status = ANY($3::text[]))
          AND ($4::int[] IS NULL OR dv.unit_id = ANY($4::int[]))
          AND ($5::int IS NULL OR r.request_id = $5)
     ), g AS (
       SELECT unit_id, indicator_code, aggregation, sum(value) AS fsum, sum(vmax) AS fmax,
              bool_or(q = 1) AS fa, bool_or(q = 2) AS fl, bool_or(q = 3) AS fm, bool_or(q = 4) AS fr,
              max(ARRAY[t, value, vmax, q]) AS latest
         FROM v GROUP BY unit_id, indicator_code, aggregation
     ), per_unit AS (
       SELECT indicator_code, aggregation,
              CASE WHEN aggregation = 'flow' THEN fsum ELSE latest[2] END AS value,
              CASE WHEN aggregation = 'flow' THEN fmax ELSE latest[3] END AS vmax,
              CASE WHEN aggregation = 'flow' THEN fa ELSE latest[4] = 1 END AS qa,
              CASE WHEN aggregation = 'flow' THEN fl ELSE latest[4] = 2 END AS ql,
              CASE WHEN aggregation = 'flow' THEN fm ELSE latest[4] = 3 END AS qm,
              CASE WHEN aggregation = 'flow' THEN fr ELSE latest[4] = 4 END AS qr
         FROM g
     )
     SELECT indicator_code, aggregation, count(*)::int AS units,
            sum(value)::float8 AS total, sum(vmax)::float8 AS total_max, avg(value)::float8 AS mean,
            count(*) FILTER (WHERE value > 0)::int AS flagged,
            count(*) FILTER (WHERE qa)::int AS approx_units,
            count(*) FILTER (WHERE ql)::int AS at_least_units,
            count(*) FILTER (WHERE qm)::int AS at_most_units,
            count(*) FILTER (WHERE qr)::int AS range_units
       FROM per_unit GROUP BY indicator_code, aggregation ORDER BY indicator_code`,
    [s.periodIds, s.provinceId, s.reportStatuses ?? ['submitted', 'accepted'], s.unitIds ?? null, s.requestId ?? null],
  );
}

const QUALIFIERS = ['exact', 'approx', 'at_least', 'at_most', 'range'];

/** Per original unit and indicator over the given reports: flows summed, others the latest (by position in periodIds). */
export async function referenceUnitValues(
  db: Db,
  s: { periodIds: number[]; provinceId: number | null; includeReportIds: number[] | null; excludeReportIds: number[]; flowCodes: string[] },
): Promise<{ unit_id: number; indicator_code: string; value: number; vmax: number; pos: number; qualifiers: string[] }[]> {
  const rows = await db.query<{ unit_id: number; indicator_code: string; total: number; total_max: number; qbits: number; last: number[] }>(
    `SELECT unit_id, indicator_code, sum(value)::float8 AS total, sum(COALESCE(value_max, value))::float8 AS total_max,
            bit_or(1 << (array_position($3::text[], qualifier) - 1)) AS qbits,
            max(ARRAY[array_position($1::int[], period_id)::float8, value, COALESCE(value_max, value),
                      (array_position($3::text[], qualifier) - 1)::float8]) AS last
       FROM data_values
      WHERE period_id = ANY($1::int[]) AND ($2::int IS NULL OR province_id = $2) AND report_id IS NOT NULL
        AND ($4::int[] IS NULL OR report_id = ANY($4::int[])) AND NOT (report_id = ANY($5::int[]))
      GROUP BY unit_id, indicator_code`,
    [s.periodIds, s.provinceId, QUALIFIERS, s.includeReportIds, s.excludeReportIds],
  );
  const flows = new Set(s.flowCodes);
  return rows.map((r) => {
    const [pos, value, vmax, q] = r.last as [number, number, number, number];
    if (flows.has(r.indicator_code)) {
      return { unit_id: r.unit_id, indicator_code: r.indicator_code, value: r.total, vmax: r.total_max, pos, qualifiers: QUALIFIERS.filter((_, i) => (r.qbits & (1 << i)) !== 0) };
    }
    return { unit_id: r.unit_id, indicator_code: r.indicator_code, value, vmax, pos, qualifiers: [QUALIFIERS[q]!] };
  });
}
