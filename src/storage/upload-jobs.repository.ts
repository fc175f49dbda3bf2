// SQL for upload jobs: the persisted state of reading one uploaded document in the background.
import type { Db } from './db.ts';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';
export type JobStage = 'queued' | 'reading' | 'ocr' | 'extracting' | 'done' | 'failed';

export interface UploadJobRow {
  id: number;
  report_id: number;
  document_id: number;
  status: JobStatus;
  stage: JobStage;
  progress_done: number;
  progress_total: number;
  error_code: string | null;
  error_message: string | null;
  created_by: number | null;
  created_at: Date;
  finished_at: Date | null;
}

const cols = 'id, report_id, document_id, status, stage, progress_done, progress_total, error_code, error_message, created_by, created_at, finished_at';

export async function insertJob(db: Db, j: { reportId: number; documentId: number; createdBy: number | null }): Promise<number> {
  const rows = await db.query<{ id: number }>('INSERT INTO upload_jobs (report_id, document_id, created_by) VALUES ($1, $2, $3) RETURNING id', [j.reportId, j.documentId, j.createdBy]);
  return rows[0]!.id;
}

export async function getJob(db: Db, id: number): Promise<UploadJobRow | undefined> {
  return (await db.query<UploadJobRow & Record<string, unknown>>(`SELECT ${cols} FROM upload_jobs WHERE id = $1`, [id]))[0];
}

export async function jobsOfReport(db: Db, reportId: number): Promise<(UploadJobRow & { filename: string })[]> {
  return db.query<UploadJobRow & { filename: string } & Record<string, unknown>>(
    `SELECT ${cols.split(', ').map((c) => `j.${c}`).join(', ')}, d.filename FROM upload_jobs j JOIN documents d ON d.id = j.document_id WHERE j.report_id = $1 ORDER BY j.id DESC`,
    [reportId],
  );
}

/** Jobs left unfinished (queued, or running when the process stopped), oldest first. */
export async function unfinishedJobs(db: Db): Promise<number[]> {
  return (await db.query<{ id: number }>("SELECT id FROM upload_jobs WHERE status IN ('queued', 'running') ORDER BY id")).map((r) => r.id);
}

export async function markJob(db: Db, id: number, s: { status?: JobStatus; stage: JobStage; done?: number; total?: number; errorCode?: string | null; errorMessage?: string | null }): Promise<void> {
  await db.query(
    `UPDATE upload_jobs SET status = COALESCE($2, status), stage = $3, progress_done = COALESCE($4, progress_done), progress_total = COALESCE($5, progress_total),
        error_code = COALESCE($6, error_code), error_message = COALESCE($7, error_message),
        started_at = CASE WHEN $2 = 'running' AND started_at IS NULL THEN now() ELSE started_at END,
        finished_at = CASE WHEN $2 IN ('done', 'failed') THEN now() ELSE finished_at END, updated_at = now()
      WHERE id = $1`,
    [id, s.status ?? null, s.stage, s.done ?? null, s.total ?? null, s.errorCode ?? null, s.errorMessage ?? null],
  );
}
