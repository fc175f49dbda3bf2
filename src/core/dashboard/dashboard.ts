// The province dashboard's facts: open requests with completeness and deadlines, units that are
// overdue, indicator totals for a period, one indicator compared across units and over time,
// and progress against plan targets. Read-only; authorization checked here.
import type { Db } from '#src/storage/db.ts';
import { AppError } from '#src/errors.ts';
import { type Actor, assertAllowed, canReviewProvince, isSystemAdmin, provinceIds } from '#src/core/auth/authorization.ts';
import { getUnit, listProvinces, type UnitRow } from '#src/storage/units.repository.ts';
import { listIndicators, type IndicatorRow } from '#src/storage/catalog.repository.ts';
import { rollup, type IndicatorTotal } from '#src/core/rollup/rollup.ts';
import type { UnitLevel } from '#src/core/units/units.ts';
import { requestCompleteness, type Completeness } from '#src/core/requests/completeness.ts';
import { listRequestRows, type RequestListRow } from '#src/storage/requests.repository.ts';

export interface RequestProgress {
  id: number;
  number: string;
  subject: string;
  issuedOn: string;
  deadline: string;
  periodLabel: string;
  expected: number;
  submitted: number;
  accepted: number;
  returned: number;
  late: number;
  overdue: boolean;
  daysLeft: number;
}

export interface OverdueUnit {
  unitId: number;
  name: string;
  level: UnitLevel;
  requests: { id: number; number: string; deadline: string; status: string | null }[];
}

export interface PeriodOption {
  id: number;
  kind: string;
  year: number;
  label: string;
  endsOn: string;
  units: number;
}

export interface UnitValue {
  unitId: number;
  name: string;
  level: UnitLevel;
  value: number;
  valueMax: number | null;
  qualifier: string;
}

export interface TrendPoint {
  periodId: number;
  label: string;
  value: number;
  units: number;
}

export interface TargetProgress {
  planTitle: string;
  indicator: string;
  name: string;
  year: number;
  target: number;
  achieved: number | null;
  unit: string;
  text: string;
}

export interface ProvinceDashboard {
  province: UnitRow;
  today: string;
  communes: number;
  requests: RequestProgress[];
  overdue: OverdueUnit[];
  periods: PeriodOption[];
  period: PeriodOption | null;
  indicators: IndicatorRow[];
  indicator: IndicatorRow | null;
  totals: IndicatorTotal[];
  byUnit: UnitValue[];
  trend: TrendPoint[];
  targets: TargetProgress[];
}

const communeLevels = "('xa', 'phuong', 'dac_khu')";
const counted = ['submitted', 'accepted'];

/** The provinces an actor may see on the dashboard (all for the system admin). */
export async function dashboardProvinces(db: Db, actor: Actor): Promise<UnitRow[]> {
  if (isSystemAdmin(actor)) return listProvinces(db);
  const ids = provinceIds(actor);
  return (await Promise.all(ids.map((id) => getUnit(db, id)))).filter((u): u is UnitRow => !!u && u.level === 'tinh');
}

export function todayIso(now = new Date()): string {
  // Vietnam is UTC+7 all year: deadlines are Vietnamese calendar days.
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** An instant on a Vietnamese calendar day, for the completeness rules that take a Date. */
function noonOf(day: string): Date {
  return new Date(`${day}T12:00:00+07:00`);
}

/** Open requests of a province (newest deadline first) that pass `keep`, each with its merger-aware completeness. */
async function openRequestsWithCompleteness(
  db: Db,
  provinceId: number,
  today: string,
  keep: (r: RequestListRow, index: number) => boolean,
): Promise<{ request: RequestListRow; c: Completeness }[]> {
  const requests = (await listRequestRows(db, [provinceId], { status: 'open' })).filter(keep);
  return Promise.all(requests.map(async (request) => ({ request, c: await requestCompleteness(db, request, noonOf(today)) })));
}

/**
 * Requests of a province with completeness counts, newest deadline first. The counts are those of
 * completeness() (expected units after mergers, a successor covered by its predecessors'
 * reports); "submitted" here means waiting for review or accepted.
 */
export async function requestProgress(db: Db, provinceId: number, today: string, limit = 12): Promise<RequestProgress[]> {
  return (await openRequestsWithCompleteness(db, provinceId, today, (_, i) => i < limit)).map(({ request: r, c }) => {
    const submitted = c.accepted + c.awaitingReview;
    return {
      id: r.id,
      number: r.number,
      subject: r.subject,
      issuedOn: r.issued_on,
      deadline: r.deadline,
      periodLabel: r.period_label,
      expected: c.expected,
      submitted,
      accepted: c.accepted,
      returned: c.returned,
      late: c.units.filter((u) => (u.state === 'accepted' || u.state === 'submitted') && u.onTime === false).length,
      overdue: r.deadline < today && submitted < c.expected,
      daysLeft: daysBetween(today, r.deadline),
    };
  });
}

/**
 * Units that have not sent (or had returned and not resent) a report whose deadline has passed,
 * within the last `sinceDays` days; after a merger the successor owes the report unless one of
 * the units merged into it answered.
 */
export async function overdueUnits(db: Db, provinceId: number, today: string, sinceDays = 400): Promise<OverdueUnit[]> {
  const since = new Date(Date.parse(`${today}T00:00:00Z`) - sinceDays * 86_400_000).toISOString().slice(0, 10);
  const byUnit = new Map<number, OverdueUnit>();
  for (const { request, c } of await openRequestsWithCompleteness(db, provinceId, today, (r) => r.deadline < today && r.deadline >= since)) {
    for (const a of c.units) {
      if (a.state !== 'missing' && a.state !== 'draft' && a.state !== 'returned') continue;
      let u = byUnit.get(a.unitId);
      if (!u) byUnit.set(a.unitId, (u = { unitId: a.unitId, name: a.name, level: a.level, requests: [] }));
      u.requests.push({ id: request.id, number: request.number, deadline: request.deadline, status: a.state === 'missing' ? null : a.state });
    }
  }
  const collator = new Intl.Collator('vi');
  for (const u of byUnit.values()) u.requests.sort((a, b) => b.deadline.localeCompare(a.deadline));
  return [...byUnit.values()].sort((a, b) => b.requests.length - a.requests.length || collator.compare(a.name, b.name));
}

/** Periods for which the province has data, newest first (a year before its halves and quarters). */
export async function periodsWithData(db: Db, provinceId: number): Promise<PeriodOption[]> {
  const rows = await db.query<{ id: number; kind: string; year: number; label: string; ends_on: string; units: number }>(
    `SELECT p.id, p.kind, p.year, p.label, p.ends_on, x.units
       FROM (SELECT period_id, count(DISTINCT unit_id)::int AS units FROM data_values WHERE province_id = $1 GROUP BY period_id) x
       JOIN periods p ON p.id = x.period_id
      ORDER BY p.ends_on DESC, (p.ends_on - p.starts_on) DESC`,
    [provinceId],
  );
  return rows.map((r) => ({ id: r.id, kind: r.kind, year: r.year, label: r.label, endsOn: r.ends_on, units: r.units }));
}

/** One value per unit (the latest counted report's, or a directly entered one) for a period and indicator. */
export async function valuesByUnit(db: Db, provinceId: number, periodId: number, indicator: string): Promise<UnitValue[]> {
  const rows = await db.query<{ unit_id: number; name: string; level: UnitLevel; value: number; value_max: number | null; qualifier: string }>(
    `SELECT DISTINCT ON (u.id) u.id AS unit_id, u.name, u.level, dv.value, dv.value_max, dv.qualifier
       FROM data_values dv
       JOIN units u ON u.id = dv.unit_id
       LEFT JOIN reports r ON r.id = dv.report_id
      WHERE dv.province_id = $1 AND dv.period_id = $2 AND dv.indicator_code = $3
        AND (dv.report_id IS NULL OR r.status = ANY($4::text[]))
      ORDER BY u.id, dv.updated_at DESC`,
    [provinceId, periodId, indicator, counted],
  );
  return rows
    .map((r) => ({ unitId: r.unit_id, name: r.name, level: r.level, value: r.value, valueMax: r.value_max, qualifier: r.qualifier }))
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'vi'));
}

/** The indicator's province figure in every period of one kind (sum, mean or count by type). */
export async function indicatorTrend(db: Db, provinceId: number, kind: string, ind: Pick<IndicatorRow, 'code' | 'aggregation'>): Promise<TrendPoint[]> {
  const rows = await db.query<{ id: number; label: string; total: number; mean: number; flagged: number; units: number }>(
    `SELECT p.id, p.label, sum(x.value)::float8 AS total, avg(x.value)::float8 AS mean,
            count(*) FILTER (WHERE x.value > 0)::int AS flagged, count(*)::int AS units
       FROM (SELECT DISTINCT ON (dv.unit_id, dv.period_id) dv.unit_id, dv.period_id, dv.value
               FROM data_values dv LEFT JOIN reports r ON r.id = dv.report_id
              WHERE dv.province_id = $1 AND dv.indicator_code = $2 AND (dv.report_id IS NULL OR r.status = ANY($4::text[]))
              ORDER BY dv.unit_id, dv.period_id, dv.updated_at DESC) x
       JOIN periods p ON p.id = x.period_id AND p.kind = $3
      GROUP BY p.id, p.label, p.ends_on
      ORDER BY p.ends_on`,
    [provinceId, ind.code, kind, counted],
  );
  return rows.map((r) => ({
    periodId: r.id,
    label: r.label,
    value: ind.aggregation === 'percent' ? Math.round(r.mean * 100) / 100 : ind.aggregation === 'flag' ? r.flagged : r.total,
    units: r.units,
  }));
}

/** Plan targets (with an indicator) for a year, beside what the province achieved that year. */
export async function targetProgress(db: Db, provinceId: number, year: number, periods: PeriodOption[]): Promise<TargetProgress[]> {
  const rows = await db.query<{ title: string; indicator_code: string; name: string; year: number; value: number; unit: string; text: string }>(
    `SELECT pl.title, t.indicator_code, i.name, t.year, t.value, t.unit, t.text
       FROM plan_targets t
       JOIN plans pl ON pl.id = t.plan_id
       JOIN indicators i ON i.code = t.indicator_code
      WHERE pl.province_id = $1 AND pl.unit_id = $1 AND t.year = $2
      ORDER BY i.sort, t.id`,
    [provinceId, year],
  );
  if (!rows.length) return [];
  // The year's figure: the year period when reported, else the halves, else the quarters.
  const ofYear = periods.filter((p) => p.year === year);
  const kind = ['year', 'half', 'quarter'].find((k) => ofYear.some((p) => p.kind === k));
  const totals = kind ? await rollup(db, { provinceId, periodIds: ofYear.filter((p) => p.kind === kind).map((p) => p.id) }) : [];
  const byCode = new Map(totals.map((t) => [t.indicator, t.value]));
  return rows.map((r) => ({ planTitle: r.title, indicator: r.indicator_code, name: r.name, year: r.year, target: r.value, achieved: byCode.get(r.indicator_code) ?? null, unit: r.unit, text: r.text }));
}

export async function provinceDashboard(
  db: Db,
  actor: Actor,
  opts: { provinceId: number; periodId?: number | null; indicator?: string | null; today?: string },
): Promise<ProvinceDashboard> {
  assertAllowed(canReviewProvince(actor, opts.provinceId), 'xem bảng điều khiển của tỉnh/thành phố này');
  const province = await getUnit(db, opts.provinceId);
  if (!province || province.level !== 'tinh') throw new AppError('NOT_FOUND', 'Không tìm thấy tỉnh/thành phố');
  const today = opts.today ?? todayIso();
  const [requests, overdue, periods, indicators, communeRows] = await Promise.all([
    requestProgress(db, province.id, today),
    overdueUnits(db, province.id, today),
    periodsWithData(db, province.id),
    listIndicators(db, province.id),
    db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM units WHERE province_id = $1 AND level IN ${communeLevels} AND (valid_to IS NULL OR valid_to >= $2::date)`,
      [province.id, today],
    ),
  ]);
  const active = indicators.filter((i) => i.active);
  const period = periods.find((p) => p.id === opts.periodId) ?? periods[0] ?? null;
  const totals = period ? await rollup(db, { provinceId: province.id, periodIds: [period.id] }) : [];
  const withData = new Set(totals.map((t) => t.indicator));
  const indicator =
    active.find((i) => i.code === opts.indicator) ??
    active.find((i) => withData.has(i.code) && i.aggregation !== 'flag' && i.group_code !== 'AREA') ??
    active.find((i) => withData.has(i.code)) ??
    null;
  const [byUnit, trend, targets] = await Promise.all([
    period && indicator ? valuesByUnit(db, province.id, period.id, indicator.code) : Promise.resolve([]),
    period && indicator ? indicatorTrend(db, province.id, period.kind, indicator) : Promise.resolve([]),
    targetProgress(db, province.id, period?.year ?? Number(today.slice(0, 4)), periods),
  ]);
  return { province, today, communes: communeRows[0]?.n ?? 0, requests, overdue, periods, period, indicators: active, indicator, totals, byUnit, trend, targets };
}

/**
 * A cheap fingerprint of everything the dashboard shows for a province: cached pages are
 * reused only while it is unchanged (plus a short time limit for edits it cannot see).
 */
export async function dashboardFingerprint(db: Db, provinceId: number): Promise<string> {
  const r = await db.query<{ a: string; b: string; c: string }>(
    `SELECT (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM reports WHERE province_id = $1) AS a,
            (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM report_requests WHERE province_id = $1) AS b,
            (SELECT count(*) || ':' || coalesce(max(t.id), 0) FROM plan_targets t JOIN plans p ON p.id = t.plan_id WHERE p.province_id = $1) AS c`,
    [provinceId],
  );
  const x = r[0];
  return x ? `${x.a}|${x.b}|${x.c}` : '';
}
