// SQL for report requests, what they ask for, whom they address, recurring regimes and
// notifications (reminders).
import type { Db } from './db.ts';
import type { UnitRow } from './units.repository.ts';

export type RequestSection = 'results' | 'models' | 'difficulties' | 'recommendations';

export interface RequestRow {
  id: number;
  province_id: number;
  number: string;
  issued_on: string;
  subject: string;
  period_id: number;
  deadline: string;
  sections: RequestSection[];
  all_units: boolean;
  status: 'open' | 'closed';
  regime_id: number | null;
  note: string | null;
  created_by: number | null;
  created_at: Date;
  updated_at: Date;
}

/** A request with its period's label and bounds, as lists and pages show it. */
export interface RequestListRow extends RequestRow {
  period_label: string;
  period_kind: string;
  starts_on: string;
  ends_on: string;
}

const cols = `r.id, r.province_id, r.number, r.issued_on, r.subject, r.period_id, r.deadline, r.sections, r.all_units, r.status,
  r.regime_id, r.note, r.created_by, r.created_at, r.updated_at`;
const listCols = `${cols}, p.label AS period_label, p.kind AS period_kind, p.starts_on, p.ends_on`;

export interface RequestInsert {
  provinceId: number;
  number: string;
  issuedOn: string;
  subject: string;
  periodId: number;
  deadline: string;
  sections: RequestSection[];
  allUnits: boolean;
  regimeId: number | null;
  note: string | null;
  createdBy: number | null;
}

export async function insertRequest(db: Db, r: RequestInsert): Promise<RequestRow> {
  const rows = await db.query<RequestRow & Record<string, unknown>>(
    `INSERT INTO report_requests AS r (province_id, number, issued_on, subject, period_id, deadline, sections, all_units, regime_id, note, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${cols}`,
    [r.provinceId, r.number, r.issuedOn, r.subject, r.periodId, r.deadline, JSON.stringify(r.sections), r.allUnits, r.regimeId, r.note, r.createdBy],
  );
  return rows[0]!;
}

export async function updateRequest(
  db: Db,
  id: number,
  r: Omit<RequestInsert, 'provinceId' | 'regimeId' | 'createdBy'> & { status: 'open' | 'closed' },
): Promise<void> {
  await db.query(
    `UPDATE report_requests SET number = $2, issued_on = $3, subject = $4, period_id = $5, deadline = $6, sections = $7,
        all_units = $8, note = $9, status = $10, updated_at = now() WHERE id = $1`,
    [id, r.number, r.issuedOn, r.subject, r.periodId, r.deadline, JSON.stringify(r.sections), r.allUnits, r.note, r.status],
  );
}

export async function getRequestRow(db: Db, id: number): Promise<RequestListRow | undefined> {
  return (
    await db.query<RequestListRow & Record<string, unknown>>(
      `SELECT ${listCols} FROM report_requests r JOIN periods p ON p.id = r.period_id WHERE r.id = $1`,
      [id],
    )
  )[0];
}

export async function findRequestByNumber(db: Db, provinceId: number, number: string): Promise<RequestRow | undefined> {
  return (
    await db.query<RequestRow & Record<string, unknown>>(`SELECT ${cols} FROM report_requests r WHERE r.province_id = $1 AND r.number = $2`, [provinceId, number])
  )[0];
}

/** Requests of some provinces (null: all), newest deadline first. */
export async function listRequestRows(db: Db, provinceIds: number[] | null, f: { status?: 'open' | 'closed'; periodId?: number } = {}): Promise<RequestListRow[]> {
  return db.query<RequestListRow & Record<string, unknown>>(
    `SELECT ${listCols} FROM report_requests r JOIN periods p ON p.id = r.period_id
      WHERE ($1::int[] IS NULL OR r.province_id = ANY($1::int[]))
        AND ($2::text IS NULL OR r.status = $2) AND ($3::int IS NULL OR r.period_id = $3)
      ORDER BY r.deadline DESC, r.id DESC`,
    [provinceIds, f.status ?? null, f.periodId ?? null],
  );
}

export async function setRequestIndicators(db: Db, requestId: number, codes: string[]): Promise<void> {
  await db.query('DELETE FROM request_indicators WHERE request_id = $1', [requestId]);
  if (!codes.length) return;
  await db.query(
    `INSERT INTO request_indicators (request_id, indicator_code, sort)
     SELECT $1, code, ord::int FROM unnest($2::text[]) WITH ORDINALITY AS t(code, ord)`,
    [requestId, codes],
  );
}

export async function requestIndicatorCodes(db: Db, requestId: number): Promise<string[]> {
  return (await db.query<{ indicator_code: string }>('SELECT indicator_code FROM request_indicators WHERE request_id = $1 ORDER BY sort, indicator_code', [requestId])).map(
    (r) => r.indicator_code,
  );
}

export async function setRequestUnits(db: Db, requestId: number, unitIds: number[]): Promise<void> {
  await db.query('DELETE FROM request_units WHERE request_id = $1', [requestId]);
  if (!unitIds.length) return;
  await db.query('INSERT INTO request_units (request_id, unit_id) SELECT $1, u FROM unnest($2::int[]) AS t(u) ON CONFLICT DO NOTHING', [requestId, unitIds]);
}

export async function requestUnitIds(db: Db, requestId: number): Promise<number[]> {
  return (await db.query<{ unit_id: number }>('SELECT unit_id FROM request_units WHERE request_id = $1 ORDER BY unit_id', [requestId])).map((r) => r.unit_id);
}

/** Ids of requests that list this unit explicitly, or address all units of its province. */
export async function requestIdsForUnit(db: Db, unitId: number, provinceId: number): Promise<number[]> {
  return (
    await db.query<{ id: number }>(
      `SELECT r.id FROM report_requests r
        WHERE r.province_id = $2 AND (r.all_units OR EXISTS (SELECT 1 FROM request_units ru WHERE ru.request_id = r.id AND ru.unit_id = $1))
        ORDER BY r.deadline, r.id`,
      [unitId, provinceId],
    )
  ).map((r) => r.id);
}

/** The reports answering a request, with the first submission time used for timeliness. */
export interface RequestReportRow {
  id: number;
  unit_id: number;
  status: 'draft' | 'submitted' | 'accepted' | 'returned';
  first_submitted_at: Date | null;
  submitted_at: Date | null;
  reviewed_at: Date | null;
  review_comment: string | null;
  updated_at: Date;
}

export async function reportsOfRequest(db: Db, requestId: number): Promise<RequestReportRow[]> {
  return db.query<RequestReportRow & Record<string, unknown>>(
    `SELECT id, unit_id, status, first_submitted_at, submitted_at, reviewed_at, review_comment, updated_at
       FROM reports WHERE request_id = $1 ORDER BY unit_id`,
    [requestId],
  );
}

/** Reports of a province for a period, from any request or none. */
export async function reportsOfPeriod(db: Db, provinceId: number, periodId: number): Promise<(RequestReportRow & { request_id: number | null })[]> {
  return db.query<RequestReportRow & { request_id: number | null } & Record<string, unknown>>(
    `SELECT id, unit_id, request_id, status, first_submitted_at, submitted_at, reviewed_at, review_comment, updated_at
       FROM reports WHERE province_id = $1 AND period_id = $2 ORDER BY unit_id, id`,
    [provinceId, periodId],
  );
}

// ---- Recurring regimes ----

export interface RegimeRow {
  id: number;
  province_id: number;
  kind: 'year' | 'half' | 'quarter';
  name: string;
  number_prefix: string;
  subject: string;
  deadlines: string[];
  open_days_before: number;
  indicators: string[];
  sections: RequestSection[];
  starts_on: string;
  active: boolean;
  created_by: number | null;
}

const regimeCols = 'id, province_id, kind, name, number_prefix, subject, deadlines, open_days_before, indicators, sections, starts_on, active, created_by';

export async function insertRegime(db: Db, r: Omit<RegimeRow, 'id' | 'active'>): Promise<RegimeRow> {
  const rows = await db.query<RegimeRow & Record<string, unknown>>(
    `INSERT INTO reporting_regimes (province_id, kind, name, number_prefix, subject, deadlines, open_days_before, indicators, sections, starts_on, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${regimeCols}`,
    [r.province_id, r.kind, r.name, r.number_prefix, r.subject, JSON.stringify(r.deadlines), r.open_days_before, JSON.stringify(r.indicators), JSON.stringify(r.sections), r.starts_on, r.created_by],
  );
  return rows[0]!;
}

export async function listRegimes(db: Db, provinceIds: number[] | null, activeOnly = false): Promise<RegimeRow[]> {
  return db.query<RegimeRow & Record<string, unknown>>(
    `SELECT ${regimeCols} FROM reporting_regimes WHERE ($1::int[] IS NULL OR province_id = ANY($1::int[])) AND (NOT $2::boolean OR active) ORDER BY id`,
    [provinceIds, activeOnly],
  );
}

export async function setRegimeActive(db: Db, id: number, active: boolean): Promise<void> {
  await db.query('UPDATE reporting_regimes SET active = $2 WHERE id = $1', [id, active]);
}

export async function getRegime(db: Db, id: number): Promise<RegimeRow | undefined> {
  return (await db.query<RegimeRow & Record<string, unknown>>(`SELECT ${regimeCols} FROM reporting_regimes WHERE id = $1`, [id]))[0];
}

export async function findRegimeRequest(db: Db, regimeId: number, periodId: number): Promise<number | undefined> {
  return (await db.query<{ id: number }>('SELECT id FROM report_requests WHERE regime_id = $1 AND period_id = $2', [regimeId, periodId]))[0]?.id;
}

// ---- Notifications ----

export interface NotificationRow {
  id: number;
  unit_id: number;
  request_id: number | null;
  report_id: number | null;
  kind: 'reminder' | 'returned' | 'opened';
  channel: 'app' | 'email';
  message: string;
  recipients: string[] | null;
  created_by: number | null;
  created_at: Date;
  read_at: Date | null;
}

export async function insertNotification(
  db: Db,
  n: { unitId: number; requestId: number | null; reportId: number | null; kind: NotificationRow['kind']; channel: NotificationRow['channel']; message: string; recipients: string[] | null; createdBy: number | null },
): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO notifications (unit_id, request_id, report_id, kind, channel, message, recipients, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [n.unitId, n.requestId, n.reportId, n.kind, n.channel, n.message, n.recipients ? JSON.stringify(n.recipients) : null, n.createdBy],
  );
  return rows[0]!.id;
}

export async function notificationsForUnits(db: Db, unitIds: number[], limit = 20): Promise<NotificationRow[]> {
  if (!unitIds.length) return [];
  return db.query<NotificationRow & Record<string, unknown>>(
    `SELECT id, unit_id, request_id, report_id, kind, channel, message, recipients, created_by, created_at, read_at
       FROM notifications WHERE unit_id = ANY($1::int[]) AND channel = 'app' ORDER BY created_at DESC, id DESC LIMIT $2`,
    [unitIds, limit],
  );
}

export async function notificationsOfRequest(db: Db, requestId: number): Promise<NotificationRow[]> {
  return db.query<NotificationRow & Record<string, unknown>>(
    `SELECT id, unit_id, request_id, report_id, kind, channel, message, recipients, created_by, created_at, read_at
       FROM notifications WHERE request_id = $1 ORDER BY created_at DESC, id DESC`,
    [requestId],
  );
}

/** E-mail addresses of the active officers of a unit. */
export async function officerEmails(db: Db, unitId: number): Promise<string[]> {
  return (
    await db.query<{ email: string }>(
      `SELECT DISTINCT u.email FROM users u JOIN user_roles ur ON ur.user_id = u.id
        WHERE ur.role = 'commune_officer' AND ur.unit_id = $1 AND u.active AND u.email IS NOT NULL AND u.email <> '' ORDER BY u.email`,
      [unitId],
    )
  ).map((r) => r.email);
}

/** Commune-level units of a province alive at some point between two dates (inclusive). */
export async function communesAliveBetween(db: Db, provinceId: number, from: string, to: string): Promise<UnitRow[]> {
  return db.query<UnitRow & Record<string, unknown>>(
    `SELECT id, code, name, level, parent_id, province_id, valid_from, valid_to FROM units
      WHERE province_id = $1 AND level IN ('xa', 'phuong', 'dac_khu')
        AND (valid_from IS NULL OR valid_from <= $3::date) AND (valid_to IS NULL OR valid_to >= $2::date)`,
    [provinceId, from, to],
  );
}
