// Pure: time rolled up per unit and indicator, from each report's packed values
// (report_value_sets). Flows add up over the periods (their qualifiers are every one met);
// stocks, percentages and flags take the latest period's value. "Latest" is the greatest
// (rank, value, upper end, qualifier position): the period's rank first, and on a tie (two
// values of one unit in the same period) the larger value, as the SQL roll-up it replaced did.
import type { PackedValues } from '#src/storage/rollup.repository.ts';
import type { UnitCell } from './rollup.ts';

export const QUALIFIERS = ['exact', 'approx', 'at_least', 'at_most', 'range'] as const;
export type QualifierCode = (typeof QUALIFIERS)[number];

/** One unit's values of one period (a report's, or values typed without a report). */
export interface PeriodValues {
  unitId: number;
  /** Orders periods in time: the latest value of a stock is the one with the greatest rank. */
  rank: number;
  v: PackedValues;
}

/** One unit's value for one indicator, time rolled up. */
export interface UnitValue extends UnitCell {
  unitId: number;
  indicator: string;
  /** Rank of the period the latest value came from. */
  rank: number;
}

interface Acc {
  unitId: number;
  indicator: string;
  sum: number;
  sumMax: number;
  qbits: number;
  rank: number;
  value: number;
  max: number;
  q: number;
}

// Qualifier lists are shared, not allocated per cell: one per bit set.
const QUALIFIER_LISTS: readonly (readonly QualifierCode[])[] = Array.from({ length: 1 << QUALIFIERS.length }, (_, bits) =>
  Object.freeze(QUALIFIERS.filter((_, i) => (bits & (1 << i)) !== 0)),
);

export function foldUnitValues(inputs: Iterable<PeriodValues>, isFlow: (indicator: string) => boolean): UnitValue[] {
  const byUnit = new Map<number, Map<string, Acc>>();
  for (const { unitId, rank, v } of inputs) {
    const [codes, values, maxes, quals] = v;
    let acc = byUnit.get(unitId);
    if (!acc) byUnit.set(unitId, (acc = new Map()));
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      const value = values[i]!;
      const max = maxes[i] ?? value;
      const q = quals[i]!;
      const a = acc.get(code);
      if (!a) {
        acc.set(code, { unitId, indicator: code, sum: value, sumMax: max, qbits: 1 << q, rank, value, max, q });
        continue;
      }
      a.sum += value;
      a.sumMax += max;
      a.qbits |= 1 << q;
      if (rank > a.rank || (rank === a.rank && (value > a.value || (value === a.value && (max > a.max || (max === a.max && q > a.q)))))) {
        a.rank = rank;
        a.value = value;
        a.max = max;
        a.q = q;
      }
    }
  }
  const out: UnitValue[] = [];
  for (const acc of byUnit.values()) {
    for (const a of acc.values()) {
      out.push(
        isFlow(a.indicator)
          ? { unitId: a.unitId, indicator: a.indicator, rank: a.rank, value: a.sum, max: a.sumMax, qualifiers: QUALIFIER_LISTS[a.qbits]! }
          : { unitId: a.unitId, indicator: a.indicator, rank: a.rank, value: a.value, max: a.max, qualifiers: QUALIFIER_LISTS[1 << a.q]! },
      );
    }
  }
  return out;
}

/** Values typed without a report, grouped per unit and period into the packed form. */
export function packDirectValues(
  rows: readonly { unit_id: number; period_id: number; indicator_code: string; value: number; value_max: number | null; qualifier: string }[],
  rankOf: (periodId: number) => number,
): PeriodValues[] {
  const groups = new Map<string, PeriodValues>();
  for (const r of rows) {
    const key = `${r.unit_id}:${r.period_id}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { unitId: r.unit_id, rank: rankOf(r.period_id), v: [[], [], [], []] }));
    g.v[0].push(r.indicator_code);
    g.v[1].push(r.value);
    g.v[2].push(r.value_max);
    g.v[3].push(QUALIFIERS.indexOf(r.qualifier as QualifierCode));
  }
  return [...groups.values()];
}
