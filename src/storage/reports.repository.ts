// SQL for reports and their data values.
import type { Db } from './db.ts';
import type { ReportStatus } from '#src/core/reports/reports.ts';
import type { Qualifier } from '#src/core/extraction/extraction.types.ts';

/** Where an extracted value came from; parts lists every sentence when several were added up. */
export interface ValueEvidence {
  documentId?: number;
  start: number;
  end: number;
  text: string;
  parts?: { start: number; end: number; text: string; value: number }[];
}

export interface ReportRow {
  id: number;
  province_id: number;
  unit_id: number;
  period_id: number;
  request_id: number | null;
  status: ReportStatus;
  narrative: Record<string, unknown>;
  document_id: number | null;
  review_comment: string | null;
  submitted_at: Date | null;
  reviewed_at: Date | null;
  reviewed_by: number | null;
  created_by: number | null;
  updated_at: Date;
}

export interface DataValueRow {
  id: number;
  province_id: number;
  unit_id: number;
  period_id: number;
  indicator_code: string;
  report_id: number | null;
  value: number;
  value_max: number | null;
  qualifier: Qualifier;
  source: 'typed' | 'extracted' | 'computed';
  evidence: ValueEvidence | null;
  corrected: boolean;
  extracted_value: number | null;
}

const reportCols = `id, province_id, unit_id, period_id, request_id, status, narrative, document_id, review_comment,
  submitted_at, reviewed_at, reviewed_by, created_by, updated_at`;

export async function insertReport(
  db: Db,
  r: { provinceId: number; unitId: number; periodId: number; requestId: number | null; createdBy: number | null },
): Promise<ReportRow> {
  const rows = await db.query<ReportRow & Record<string, unknown>>(
    `INSERT INTO reports (province_id, unit_id, period_id, request_id, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING ${reportCols}`,
    [r.provinceId, r.unitId, r.periodId, r.requestId, r.createdBy],
  );
  return rows[0]!;
}

export async function getReport(db: Db, id: number, forUpdate = false): Promise<ReportRow | undefined> {
  return (await db.query<ReportRow & Record<string, unknown>>(`SELECT ${reportCols} FROM reports WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]))[0];
}

export async function findReport(db: Db, unitId: number, periodId: number, requestId: number | null): Promise<ReportRow | undefined> {
  return (
    await db.query<ReportRow & Record<string, unknown>>(
      `SELECT ${reportCols} FROM reports WHERE unit_id = $1 AND period_id = $2 AND request_id IS NOT DISTINCT FROM $3`,
      [unitId, periodId, requestId],
    )
  )[0];
}

export async function updateReportStatus(
  db: Db,
  id: number,
  s: { status: ReportStatus; reviewComment?: string | null; submittedAt?: boolean; reviewedBy?: number | null },
): Promise<void> {
  await db.query(
    `UPDATE reports SET status = $2, review_comment = CASE WHEN $3::boolean THEN $4 ELSE review_comment END,
        submitted_at = CASE WHEN $5::boolean THEN now() ELSE submitted_at END,
        first_submitted_at = CASE WHEN $5::boolean THEN COALESCE(first_submitted_at, now()) ELSE first_submitted_at END,
        reviewed_at = CASE WHEN $6::int IS NOT NULL THEN now() ELSE reviewed_at END,
        reviewed_by = COALESCE($6::int, reviewed_by), updated_at = now()
      WHERE id = $1`,
    [id, s.status, s.reviewComment !== undefined, s.reviewComment ?? null, s.submittedAt ?? false, s.reviewedBy ?? null],
  );
}

export async function updateNarrative(db: Db, id: number, narrative: Record<string, unknown>): Promise<void> {
  await db.query('UPDATE reports SET narrative = $2, updated_at = now() WHERE id = $1', [id, JSON.stringify(narrative)]);
}

export async function setReportDocument(db: Db, id: number, documentId: number): Promise<void> {
  await db.query('UPDATE reports SET document_id = $2, updated_at = now() WHERE id = $1', [id, documentId]);
}

/** Latest report of each unit (by period end, then id). */
export async function latestReports(db: Db, unitIds: number[]): Promise<(ReportRow & { period_label: string })[]> {
  if (!unitIds.length) return [];
  return db.query<ReportRow & { period_label: string } & Record<string, unknown>>(
    `SELECT DISTINCT ON (r.unit_id) ${reportCols.split(',').map((c) => `r.${c.trim()}`).join(', ')}, p.label AS period_label
       FROM reports r JOIN periods p ON p.id = r.period_id
      WHERE r.unit_id = ANY($1::int[])
      ORDER BY r.unit_id, p.ends_on DESC, r.id DESC`,
    [unitIds],
  );
}

const valueCols = `id, province_id, unit_id, period_id, indicator_code, report_id, value, value_max, qualifier, source,
  evidence, corrected, extracted_value`;

export async function valuesOfReport(db: Db, reportId: number): Promise<DataValueRow[]> {
  return db.query<DataValueRow & Record<string, unknown>>(`SELECT ${valueCols} FROM data_values WHERE report_id = $1 ORDER BY indicator_code`, [reportId]);
}

export async function getReportValue(db: Db, reportId: number, indicator: string): Promise<DataValueRow | undefined> {
  return (
    await db.query<DataValueRow & Record<string, unknown>>(`SELECT ${valueCols} FROM data_values WHERE report_id = $1 AND indicator_code = $2`, [reportId, indicator])
  )[0];
}

export async function upsertReportValue(
  db: Db,
  v: Omit<DataValueRow, 'id'> & { updatedBy: number | null },
): Promise<void> {
  await db.query(
    `INSERT INTO data_values (province_id, unit_id, period_id, indicator_code, report_id, value, value_max, qualifier, source, evidence, corrected, extracted_value, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (report_id, indicator_code) WHERE report_id IS NOT NULL DO UPDATE SET
       value = EXCLUDED.value, value_max = EXCLUDED.value_max, qualifier = EXCLUDED.qualifier, source = EXCLUDED.source,
       evidence = EXCLUDED.evidence, corrected = EXCLUDED.corrected, extracted_value = EXCLUDED.extracted_value,
       updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [v.province_id, v.unit_id, v.period_id, v.indicator_code, v.report_id, v.value, v.value_max, v.qualifier, v.source,
      v.evidence ? JSON.stringify(v.evidence) : null, v.corrected, v.extracted_value, v.updatedBy],
  );
}

export async function deleteReportValue(db: Db, reportId: number, indicator: string): Promise<void> {
  await db.query('DELETE FROM data_values WHERE report_id = $1 AND indicator_code = $2', [reportId, indicator]);
}
