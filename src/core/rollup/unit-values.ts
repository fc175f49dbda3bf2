// Pure: time rolled up per unit and indicator, from each report's packed values
// (report_value_sets). Flows add up over the periods (their qualifiers are every one met);
// stocks, percentages and flags take the latest period's value. "Latest" is the greatest
// (rank, value, upper end, qualifier position): the period's rank first, and on a tie (two
// values of one unit in the same period) the larger value, as the SQL roll-up it replaced did.
import type { PackedValues, ValueSet } from '#src/storage/rollup.repository.ts';
import type { UnitCell } from './rollup.ts';

export const QUALIFIERS = ['exact', 'approx', 'at_least', 'at_most', 'range'] as const;
export type QualifierCode = (typeof QUALIFIERS)[number];

/** One unit's values of one period (a report's, or values typed without a report). */
export interface PeriodValues {
  unitId: number;
  /** Orders periods in time: the latest value of a stock is the one with the greatest rank. */
  rank: number;
  /** Indicator codes of the values; reports with the same codes share one array. */
  codes: readonly string[];
  v: PackedValues;
}

/** One unit's value for one indicator, time rolled up. */
export interface UnitValue extends UnitCell {
  unitId: number;
  indicator: string;
  /** Rank of the period the latest value came from. */
  rank: number;
}

// Qualifier lists are shared, not allocated per cell: one per bit set.
const QUALIFIER_LISTS: readonly (readonly QualifierCode[])[] = Array.from({ length: 1 << QUALIFIERS.length }, (_, bits) =>
  Object.freeze(QUALIFIERS.filter((_, i) => (bits & (1 << i)) !== 0)),
);

/** Report sets with their layouts' codes, ranked by period. */
export function periodValuesOf(sets: readonly ValueSet[], layouts: ReadonlyMap<number, readonly string[]>, rankOf: (periodId: number) => number): PeriodValues[] {
  return sets.map(([, unitId, periodId, layoutId, v]) => ({ unitId, rank: rankOf(periodId), codes: layouts.get(layoutId)!, v }));
}

/** Time rolled up per unit (row) and indicator (column), in flat typed arrays. */
export class FoldedValues {
  constructor(
    readonly unitIds: readonly number[],
    readonly codes: readonly string[],
    /** Per cell (row × codes.length + column): 0 when the unit gave no value. */
    readonly present: Uint8Array,
    readonly value: Float64Array,
    readonly max: Float64Array,
    /** Bit set of qualifier positions. */
    readonly qbits: Uint8Array,
    readonly rank: Float64Array,
  ) {}

  qualifiers(cell: number): readonly QualifierCode[] {
    return QUALIFIER_LISTS[this.qbits[cell]!]!;
  }

  /** The cells as objects (unit, indicator, value, …). */
  toList(): UnitValue[] {
    const out: UnitValue[] = [];
    const n = this.codes.length;
    for (let u = 0; u < this.unitIds.length; u++) {
      for (let c = 0; c < n; c++) {
        const cell = u * n + c;
        if (!this.present[cell]) continue;
        out.push({ unitId: this.unitIds[u]!, indicator: this.codes[c]!, rank: this.rank[cell]!, value: this.value[cell]!, max: this.max[cell]!, qualifiers: this.qualifiers(cell) });
      }
    }
    return out;
  }
}

export function foldUnitValues(inputs: readonly PeriodValues[], isFlow: (indicator: string) => boolean): FoldedValues {
  // Indicators get columns and units rows; each distinct code list maps its positions to columns once.
  const columnOf = new Map<string, number>();
  const codes: string[] = [];
  const columnsOf = new Map<readonly string[], Int32Array>();
  const rowOf = new Map<number, number>();
  const unitIds: number[] = [];
  for (const { unitId, codes: list } of inputs) {
    if (!rowOf.has(unitId)) {
      rowOf.set(unitId, unitIds.length);
      unitIds.push(unitId);
    }
    if (columnsOf.has(list)) continue;
    columnsOf.set(list, Int32Array.from(list, (c) => {
      let col = columnOf.get(c);
      if (col === undefined) {
        columnOf.set(c, (col = codes.length));
        codes.push(c);
      }
      return col;
    }));
  }
  const n = codes.length;
  const size = unitIds.length * n;
  const present = new Uint8Array(size);
  const sum = new Float64Array(size);
  const sumMax = new Float64Array(size);
  const qbits = new Uint8Array(size);
  const rank = new Float64Array(size);
  const value = new Float64Array(size);
  const max = new Float64Array(size);
  const q = new Uint8Array(size);
  for (const input of inputs) {
    const cols = columnsOf.get(input.codes)!;
    const base = rowOf.get(input.unitId)! * n;
    const r = input.rank;
    const [values, quals, maxes] = input.v;
    for (let i = 0; i < cols.length; i++) {
      const cell = base + cols[i]!;
      const x = values[i]!;
      const m = maxes?.[i] ?? x;
      const qi = quals.charCodeAt(i) - 48;
      if (!present[cell]) {
        present[cell] = 1;
        sum[cell] = x;
        sumMax[cell] = m;
        qbits[cell] = 1 << qi;
        rank[cell] = r;
        value[cell] = x;
        max[cell] = m;
        q[cell] = qi;
        continue;
      }
      sum[cell] = sum[cell]! + x;
      sumMax[cell] = sumMax[cell]! + m;
      qbits[cell] = qbits[cell]! | (1 << qi);
      const cr = rank[cell]!;
      const cv = value[cell]!;
      const cm = max[cell]!;
      if (r > cr || (r === cr && (x > cv || (x === cv && (m > cm || (m === cm && qi > q[cell]!)))))) {
        rank[cell] = r;
        value[cell] = x;
        max[cell] = m;
        q[cell] = qi;
      }
    }
  }
  // Flows keep the sums and every qualifier met; the rest the latest value and its qualifier.
  const flow = codes.map(isFlow);
  for (let cell = 0; cell < size; cell++) {
    if (!present[cell]) continue;
    if (flow[cell % n]) {
      value[cell] = sum[cell]!;
      max[cell] = sumMax[cell]!;
    } else qbits[cell] = 1 << q[cell]!;
  }
  return new FoldedValues(unitIds, codes, present, value, max, qbits, rank);
}

/** Values typed without a report, grouped per unit and period into the packed form. */
export function packDirectValues(
  rows: readonly { unit_id: number; period_id: number; indicator_code: string; value: number; value_max: number | null; qualifier: string }[],
  rankOf: (periodId: number) => number,
): PeriodValues[] {
  const groups = new Map<string, { unitId: number; rank: number; codes: string[]; values: number[]; quals: string; maxes: (number | null)[] }>();
  for (const r of rows) {
    const key = `${r.unit_id}:${r.period_id}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { unitId: r.unit_id, rank: rankOf(r.period_id), codes: [], values: [], quals: '', maxes: [] }));
    g.codes.push(r.indicator_code);
    g.values.push(r.value);
    g.quals += String(QUALIFIERS.indexOf(r.qualifier as QualifierCode));
    g.maxes.push(r.value_max);
  }
  return [...groups.values()].map((g) => ({ unitId: g.unitId, rank: g.rank, codes: g.codes, v: [g.values, g.quals, g.maxes] }));
}
