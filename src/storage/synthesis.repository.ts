// SQL for the synthesis: the reports in scope (a request, or the periods inside a date range,
// for one province or the nation) and the narrative parts that documents read for them. Their
// values come packed per report (listValueSets in rollup.repository.ts); aggregation itself
// happens in core (src/core/synthesis).
import type { Db } from './db.ts';
import type { ReportStatus } from '#src/core/reports/reports.ts';

export interface SynthesisReportRow {
  id: number;
  province_id: number;
  unit_id: number;
  status: ReportStatus;
  period_id: number;
  starts_on: string;
  ends_on: string;
}

export interface NarrativeRow {
  id: number;
  narrative: Record<string, unknown>;
  /** The extraction's difficulties and recommendations of the attached document, if any. */
  doc_difficulties: unknown;
  doc_recommendations: unknown;
}

export interface ReportFilter {
  requestId: number | null;
  /** null: every province (nation). */
  provinceId: number | null;
  /** Date range for period scope; ignored with a request. */
  from: string | null;
  to: string | null;
  statuses: ReportStatus[];
}

// The nation reads ≈13 k reports: each list comes as one JSON array of tuples, since the
// embedded engine's cost is per row and field (docs/decisions/042).

// A request: its own reports. A period: the reports whose period lies inside [from, to].
export async function listReportsInScope(db: Db, f: ReportFilter): Promise<SynthesisReportRow[]> {
  const rows = await db.query<{ list: [number, number, number, ReportStatus, number, string, string][] | null }>(
    `SELECT json_agg(json_build_array(r.id, r.province_id, r.unit_id, r.status, r.period_id, p.starts_on, p.ends_on)) AS list
       FROM reports r JOIN periods p ON p.id = r.period_id
      WHERE ($1::int IS NULL OR r.request_id = $1)
        AND ($2::int IS NULL OR r.province_id = $2)
        AND ($3::date IS NULL OR p.starts_on >= $3::date)
        AND ($4::date IS NULL OR p.ends_on <= $4::date)
        AND r.status = ANY($5::text[])`,
    [f.requestId, f.provinceId, f.from, f.to, f.statuses],
  );
  return (rows[0]?.list ?? []).map(([id, province_id, unit_id, status, period_id, starts_on, ends_on]) => ({ id, province_id, unit_id, status, period_id, starts_on, ends_on }));
}

export async function listNarratives(db: Db, reportIds: number[]): Promise<NarrativeRow[]> {
  if (reportIds.length === 0) return [];
  const rows = await db.query<{ list: [number, Record<string, unknown>, unknown, unknown][] | null }>(
    `SELECT json_agg(json_build_array(r.id, r.narrative, d.extraction->'result'->'difficulties', d.extraction->'result'->'recommendations')) AS list
       FROM reports r LEFT JOIN documents d ON d.id = r.document_id
      WHERE r.id = ANY($1::int[]) AND (r.narrative <> '{}'::jsonb OR r.document_id IS NOT NULL)`,
    [reportIds],
  );
  return (rows[0]?.list ?? []).map(([id, narrative, doc_difficulties, doc_recommendations]) => ({ id, narrative, doc_difficulties, doc_recommendations }));
}

export interface UnitInfoRow {
  id: number;
  code: string;
  name: string;
  level: 'tinh' | 'xa' | 'phuong' | 'dac_khu' | 'thon' | 'to_dan_pho';
  province_id: number | null;
  valid_from: string | null;
  valid_to: string | null;
}

/** Commune-level units (of a province, or all) whose life overlaps [from, to]. */
export async function listCommunesOverlapping(db: Db, provinceId: number | null, from: string, to: string): Promise<UnitInfoRow[]> {
  const rows = await db.query<{ list: [number, string, string, UnitInfoRow['level'], number | null, string | null, string | null][] | null }>(
    `SELECT json_agg(json_build_array(id, code, name, level, province_id, valid_from, valid_to)) AS list FROM units
      WHERE level IN ('xa', 'phuong', 'dac_khu') AND ($1::int IS NULL OR province_id = $1)
        AND (valid_from IS NULL OR valid_from <= $3::date) AND (valid_to IS NULL OR valid_to >= $2::date)`,
    [provinceId, from, to],
  );
  return (rows[0]?.list ?? []).map(([id, code, name, level, province_id, valid_from, valid_to]) => ({ id, code, name, level, province_id, valid_from, valid_to }));
}

export async function listUnitsByIds(db: Db, ids: number[]): Promise<UnitInfoRow[]> {
  if (ids.length === 0) return [];
  return db.query<UnitInfoRow & Record<string, unknown>>(
    'SELECT id, code, name, level, province_id, valid_from, valid_to FROM units WHERE id = ANY($1::int[])',
    [ids],
  );
}

export async function listAllSuccessions(db: Db, provinceId: number | null): Promise<{ predecessor_id: number; successor_id: number; effective_date: string }[]> {
  return db.query(
    `SELECT s.predecessor_id, s.successor_id, s.effective_date FROM unit_successions s JOIN units u ON u.id = s.successor_id
      WHERE $1::int IS NULL OR u.province_id = $1`,
    [provinceId],
  );
}

export interface RequestRow {
  id: number;
  province_id: number;
  number: string;
  issued_on: string;
  subject: string;
  period_id: number;
  deadline: string;
  starts_on: string;
  ends_on: string;
  period_label: string;
  all_units: boolean;
}

/** Units a request addressed when it did not address all of them (migration 0002). */
export async function listRequestUnitIds(db: Db, requestId: number): Promise<number[]> {
  return (await db.query<{ unit_id: number }>('SELECT unit_id FROM request_units WHERE request_id = $1', [requestId])).map((r) => r.unit_id);
}

/** Indicators a request asked for; empty when it asked for the whole catalog. */
export async function listRequestIndicatorCodes(db: Db, requestId: number): Promise<string[]> {
  return (await db.query<{ indicator_code: string }>('SELECT indicator_code FROM request_indicators WHERE request_id = $1 ORDER BY sort', [requestId])).map((r) => r.indicator_code);
}

export async function getRequestWithPeriod(db: Db, id: number): Promise<RequestRow | undefined> {
  return (
    await db.query<RequestRow & Record<string, unknown>>(
      `SELECT q.id, q.province_id, q.number, q.issued_on, q.subject, q.period_id, q.deadline,
              p.starts_on, p.ends_on, p.label AS period_label, q.all_units
         FROM report_requests q JOIN periods p ON p.id = q.period_id WHERE q.id = $1`,
      [id],
    )
  )[0];
}

export async function listDifficultyThemes(db: Db): Promise<{ code: string; name: string; cues: string[] }[]> {
  return db.query('SELECT code, name, cues FROM difficulty_themes ORDER BY sort, code');
}

export async function listGroups(db: Db): Promise<{ code: string; name: string }[]> {
  return db.query('SELECT code, name FROM indicator_groups ORDER BY sort, code');
}
