// How numbers and qualified totals are written in Vietnamese documents: "1.234", "87,46",
// "ít nhất 1.234", "khoảng 64.000", "từ 125 đến 130". A total built from lower bounds or
// approximations always says so; it is never printed as if it were exact.
import type { IndicatorTotal } from '#src/core/rollup/rollup.ts';
import type { UnitCell } from '#src/core/rollup/rollup.ts';

const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 1234.5 → "1.234,5" (dot groups thousands, comma is the decimal mark). */
export function formatViNumber(x: number): string {
  return nf.format(x);
}

interface Qualified {
  value: number;
  max: number;
  /** Which kinds of qualified contributions there were (counts or booleans). */
  approx: number;
  atLeast: number;
  atMost: number;
  range: number;
}

/**
 * The phrase for a value built from contributions of several kinds:
 *  - any lower bound (and no upper bound) → "ít nhất N";
 *  - any upper bound (and no lower bound) → "không quá N";
 *  - ranges → "từ N đến M" (or "ít nhất N" when lower bounds are mixed in);
 *  - approximations → "khoảng N" (combined: "ít nhất khoảng N").
 */
export function formatQualified(q: Qualified, unit?: string): string {
  const n = formatViNumber(q.value);
  const suffix = unit && unit !== '%' ? ` ${unit}` : unit === '%' ? '%' : '';
  const approx = q.approx > 0 ? 'khoảng ' : '';
  if (q.atLeast > 0 && q.atMost === 0) return `ít nhất ${approx}${n}${suffix}`;
  if (q.atMost > 0 && q.atLeast === 0 && q.range === 0) return `không quá ${approx}${n}${suffix}`;
  if (q.atLeast > 0 && q.atMost > 0) return `khoảng ${n}${suffix}`;
  if (q.range > 0 && q.max !== q.value) return `${approx ? 'khoảng ' : ''}từ ${n} đến ${formatViNumber(q.max)}${suffix}`;
  return `${approx}${n}${suffix}`;
}

export function formatTotal(t: IndicatorTotal): string {
  if (t.method === 'count') return `${formatViNumber(t.value)}/${formatViNumber(t.unitsReporting)} đơn vị`;
  const text = formatQualified({ value: t.value, max: t.max, approx: t.breakdown.approx, atLeast: t.breakdown.atLeast, atMost: t.breakdown.atMost, range: t.breakdown.range }, t.unit);
  return t.method === 'mean' ? `bình quân ${text}` : text;
}

export function formatCell(c: UnitCell, aggregation: 'flow' | 'stock' | 'percent' | 'flag', unit?: string): string {
  if (aggregation === 'flag') return c.value > 0 ? 'Có' : 'Không';
  const count = (k: UnitCell['qualifiers'][number]) => (c.qualifiers.includes(k) ? 1 : 0);
  return formatQualified({ value: c.value, max: c.max, approx: count('approx'), atLeast: count('at_least'), atMost: count('at_most'), range: count('range') }, unit === '%' ? '%' : undefined);
}

/** A note explaining what a qualified total contains, or '' when it is exact. */
export function totalNote(t: IndicatorTotal): string {
  const parts: string[] = [];
  if (t.method === 'ratio') parts.push('tính lại từ tử số và mẫu số');
  if (t.method === 'mean') parts.push('trung bình cộng các đơn vị (không có tử số, mẫu số)');
  if (t.breakdown.atLeast) parts.push(`${t.breakdown.atLeast} đơn vị báo cáo số tối thiểu`);
  if (t.breakdown.approx) parts.push(`${t.breakdown.approx} đơn vị báo cáo số ước tính`);
  if (t.breakdown.range) parts.push(`${t.breakdown.range} đơn vị báo cáo khoảng giá trị`);
  if (t.breakdown.atMost) parts.push(`${t.breakdown.atMost} đơn vị báo cáo số tối đa`);
  return parts.join('; ');
}

/** 2025-12-02 → "ngày 02 tháng 12 năm 2025" (days and months below 3 take a leading zero, Decree 30). */
export function viLongDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = m < 3 ? `0${m}` : String(m);
  return `ngày ${dd} tháng ${mm} năm ${y}`;
}

/** 2025-11-03 → "03/11/2025". */
export function viShortDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const collator = new Intl.Collator('vi');
export const compareVi = (a: string, b: string): number => collator.compare(a, b);
