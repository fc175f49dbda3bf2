// Roll-up of indicators across units and periods, respecting each indicator's aggregation:
// flow = sum over time and units; stock = latest value over time, sum over units;
// percent = recomputed from numerator/denominator when both exist, else the mean over
// units (flagged as such); flag = number of units where true. Qualifiers are carried:
// a total that includes lower bounds or approximations says so.
import type { Db } from '#src/storage/db.ts';
import { listDirectValues, listValueSets, periodEnds, type RollupRow, type RollupScope, type ValueSetFilter } from '#src/storage/rollup.repository.ts';
import { listIndicators, type IndicatorRow } from '#src/storage/catalog.repository.ts';
import { foldUnitValues, packDirectValues, periodValuesOf, type PeriodValues } from './unit-values.ts';

export type RollupMethod = 'sum' | 'ratio' | 'mean' | 'count';

export interface IndicatorTotal {
  indicator: string;
  name: string;
  unit: string;
  aggregation: IndicatorRow['aggregation'];
  method: RollupMethod;
  value: number;
  /** Upper end when ranges contributed (sum of range maxima), else equal to value. */
  max: number;
  unitsReporting: number;
  /** exact: every contribution exact; otherwise the total is approximate, a lower bound, … */
  qualifier: 'exact' | 'approx' | 'at_least' | 'at_most' | 'range' | 'mixed';
  breakdown: { approx: number; atLeast: number; atMost: number; range: number };
}

export function combineQualifier(r: Pick<RollupRow, 'approx_units' | 'at_least_units' | 'at_most_units' | 'range_units'>): IndicatorTotal['qualifier'] {
  const kinds = [
    r.approx_units > 0 ? 'approx' : null,
    r.at_least_units > 0 ? 'at_least' : null,
    r.at_most_units > 0 ? 'at_most' : null,
    r.range_units > 0 ? 'range' : null,
  ].filter((k): k is 'approx' | 'at_least' | 'at_most' | 'range' => k !== null);
  if (kinds.length === 0) return 'exact';
  if (kinds.length === 1) return kinds[0]!;
  return 'mixed';
}

/** Pure: turns per-indicator SQL aggregates into totals by aggregation type. */
export function computeTotals(rows: RollupRow[], indicators: Pick<IndicatorRow, 'code' | 'name' | 'unit' | 'aggregation' | 'numerator_code' | 'denominator_code'>[]): IndicatorTotal[] {
  const byCode = new Map(rows.map((r) => [r.indicator_code, r]));
  const out: IndicatorTotal[] = [];
  for (const ind of indicators) {
    const r = byCode.get(ind.code);
    if (!r) continue;
    const base = {
      indicator: ind.code,
      name: ind.name,
      unit: ind.unit,
      aggregation: ind.aggregation,
      unitsReporting: r.units,
      qualifier: combineQualifier(r),
      breakdown: { approx: r.approx_units, atLeast: r.at_least_units, atMost: r.at_most_units, range: r.range_units },
    };
    if (ind.aggregation === 'flow' || ind.aggregation === 'stock') {
      out.push({ ...base, method: 'sum', value: r.total, max: r.total_max });
    } else if (ind.aggregation === 'flag') {
      out.push({ ...base, method: 'count', value: r.flagged, max: r.flagged });
    } else {
      const num = ind.numerator_code ? byCode.get(ind.numerator_code) : undefined;
      const den = ind.denominator_code ? byCode.get(ind.denominator_code) : undefined;
      if (num && den && den.total > 0) {
        const value = round((100 * num.total) / den.total, 2);
        out.push({ ...base, method: 'ratio', value, max: value, qualifier: combineQualifier({
          approx_units: num.approx_units + den.approx_units,
          at_least_units: num.at_least_units + den.at_least_units,
          at_most_units: num.at_most_units + den.at_most_units,
          range_units: num.range_units + den.range_units,
        }) });
      } else {
        const value = round(r.mean, 2);
        out.push({ ...base, method: 'mean', value, max: value });
      }
    }
  }
  return out;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export async function rollup(db: Db, scope: RollupScope): Promise<IndicatorTotal[]> {
  const indicators = await listIndicators(db, scope.provinceId ?? undefined);
  return computeTotals(await rollupRows(db, scope, indicators), indicators);
}

/**
 * Per indicator, the aggregate over units of each unit's time-rolled-up value: flows summed
 * over the periods, stocks, percentages and flags the latest period's value (by period end).
 * Values of reports in the given statuses count, and values typed without a report (except
 * for a request's roll-up).
 */
export async function rollupRows(db: Db, scope: RollupScope, indicators: readonly Pick<IndicatorRow, 'code' | 'aggregation'>[]): Promise<RollupRow[]> {
  const requestId = scope.requestId ?? null;
  const ends = await periodEnds(db, scope.periodIds);
  const rank = new Map(ends.map((p) => [p.id, Date.parse(p.ends_on)]));
  const rankOf = (periodId: number) => rank.get(periodId)!;
  const [reported, direct] = await Promise.all([
    loadPeriodValues(db, { periodIds: scope.periodIds, provinceId: scope.provinceId, statuses: scope.reportStatuses ?? ['submitted', 'accepted'], requestId, unitIds: scope.unitIds ?? null }, rankOf),
    requestId === null ? listDirectValues(db, scope.periodIds, scope.provinceId, scope.unitIds ?? null) : Promise.resolve([]),
  ]);
  const aggregation = new Map(indicators.map((i) => [i.code, i.aggregation]));
  const f = foldUnitValues([...reported, ...packDirectValues(direct, rankOf)], (code) => aggregation.get(code) === 'flow');
  // Per indicator over units: the same sums and counts as aggregateCells, read from the columns.
  const out: RollupRow[] = [];
  const n = f.codes.length;
  f.codes.forEach((code, c) => {
    const agg = aggregation.get(code);
    if (!agg) return;
    const row: RollupRow = { indicator_code: code, aggregation: agg, units: 0, total: 0, total_max: 0, mean: 0, flagged: 0, approx_units: 0, at_least_units: 0, at_most_units: 0, range_units: 0 };
    for (let cell = c; cell < f.present.length; cell += n) {
      if (!f.present[cell]) continue;
      const v = f.value[cell]!;
      const bits = f.qbits[cell]!;
      row.units++;
      row.total += v;
      row.total_max += f.max[cell]!;
      if (v > 0) row.flagged++;
      if (bits & 2) row.approx_units++;
      if (bits & 4) row.at_least_units++;
      if (bits & 8) row.at_most_units++;
      if (bits & 16) row.range_units++;
    }
    row.mean = row.total / row.units;
    out.push(row);
  });
  return out.sort((a, b) => (a.indicator_code < b.indicator_code ? -1 : 1));
}

/** The packed values of the reports that pass the filter, with their codes, ranked by period. */
export async function loadPeriodValues(db: Db, filter: ValueSetFilter, rankOf: (periodId: number) => number): Promise<PeriodValues[]> {
  const { sets, layouts } = await listValueSets(db, filter);
  return periodValuesOf(sets, layouts, rankOf);
}

/** One unit's value for one indicator after time is rolled up; qualifiers it was built from. */
export interface UnitCell {
  value: number;
  max: number;
  qualifiers: readonly ('exact' | 'approx' | 'at_least' | 'at_most' | 'range')[];
}

/**
 * Pure: the SQL aggregate row of rollupByIndicator, computed from per-unit cells instead
 * (the synthesis rolls time up in code because merged units and overlapping periods need it).
 */
const QUALIFIED = ['approx', 'at_least', 'at_most', 'range'] as const;

export function aggregateCells(indicator: string, aggregation: IndicatorRow['aggregation'], cells: readonly UnitCell[]): RollupRow {
  let total = 0;
  let totalMax = 0;
  let flagged = 0;
  const n = { approx: 0, at_least: 0, at_most: 0, range: 0 };
  for (const c of cells) {
    total += c.value;
    totalMax += c.max;
    if (c.value > 0) flagged++;
    const q = c.qualifiers;
    if (q.length === 1) {
      if (q[0] !== 'exact') n[q[0]!]++;
    } else for (const k of QUALIFIED) if (q.includes(k)) n[k]++;
  }
  return {
    indicator_code: indicator,
    aggregation,
    units: cells.length,
    total,
    total_max: totalMax,
    mean: cells.length ? total / cells.length : 0,
    flagged,
    approx_units: n.approx,
    at_least_units: n.at_least,
    at_most_units: n.at_most,
    range_units: n.range,
  };
}
