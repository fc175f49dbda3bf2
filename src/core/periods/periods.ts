// Reporting periods: year, half-year, quarter, and the ad-hoc period of a report request.
// Pure rules for boundaries and Vietnamese labels.
import { AppError } from '#src/errors.ts';

export type PeriodKind = 'year' | 'half' | 'quarter' | 'adhoc';

export interface PeriodSpec {
  kind: PeriodKind;
  year: number;
  number: number | null;
  startsOn: string;
  endsOn: string;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const roman = ['I', 'II', 'III', 'IV'];

export function regularPeriod(kind: Exclude<PeriodKind, 'adhoc'>, year: number, number: number | null = null): PeriodSpec {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new AppError('VALIDATION', `Năm không hợp lệ: ${year}`);
  if (kind === 'year') return { kind, year, number: null, startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, label: `Năm ${year}` };
  const max = kind === 'half' ? 2 : 4;
  if (number === null || !Number.isInteger(number) || number < 1 || number > max) {
    throw new AppError('VALIDATION', `Số thứ tự kỳ không hợp lệ: ${number ?? '(trống)'}`);
  }
  const months = kind === 'half' ? 6 : 3;
  const m1 = (number - 1) * months + 1;
  const m2 = m1 + months - 1;
  const label = kind === 'half' ? `${number === 1 ? '6 tháng đầu' : '6 tháng cuối'} năm ${year}` : `Quý ${roman[number - 1]}/${year}`;
  return { kind, year, number, startsOn: `${year}-${pad(m1)}-01`, endsOn: `${year}-${pad(m2)}-${pad(lastDay(year, m2))}`, label };
}

export function adhocPeriod(startsOn: string, endsOn: string, label?: string): PeriodSpec {
  if (!isIsoDate(startsOn) || !isIsoDate(endsOn)) throw new AppError('VALIDATION', 'Ngày bắt đầu/kết thúc kỳ phải có dạng YYYY-MM-DD');
  if (endsOn < startsOn) throw new AppError('VALIDATION', 'Ngày kết thúc kỳ phải sau ngày bắt đầu');
  return {
    kind: 'adhoc',
    year: Number(endsOn.slice(0, 4)),
    number: null,
    startsOn,
    endsOn,
    label: label ?? `Từ ${formatViDate(startsOn)} đến ${formatViDate(endsOn)}`,
  };
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** 2025-12-05 → 05/12/2025 */
export function formatViDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
