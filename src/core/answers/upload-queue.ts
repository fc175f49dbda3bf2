// The background reader of uploaded documents: an in-process queue over the persisted
// upload_jobs table. One job at a time (the machine's cores are shared with the web server);
// DOCX/PDF parsing runs in a worker, OCR in child processes and the analysis in a worker
// thread, so a job never holds the event loop that answers other users. Progress (stage, OCR
// page k of n) is written to the job row for the progress page. Jobs a restart interrupted are
// picked up again by resume().
import { AppError, isAppError } from '#src/errors.ts';
import type { Db } from '#src/storage/db.ts';
import type { DocumentExtraction } from '#src/core/extraction/extraction.types.ts';
import { readFileText, type ReadOptions } from '#src/ingest/read-document.ts';
import * as jobsRepo from '#src/storage/upload-jobs.repository.ts';
import * as docsRepo from '#src/storage/documents.repository.ts';
import { analyzeIsolated } from './analyze-isolated.ts';

export interface UploadQueueOptions {
  read?: ReadOptions;
  /** Wall-clock limit of the analysis step. */
  analyzeTimeoutMs?: number;
  log?: (message: string) => void;
}

export class UploadQueue {
  private readonly pending: number[] = [];
  private running: Promise<void> | null = null;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly db: Db, private readonly opts: UploadQueueOptions = {}) {}

  /** Queues the jobs left unfinished by a previous process. */
  async resume(): Promise<number> {
    const ids = await jobsRepo.unfinishedJobs(this.db);
    for (const id of ids) this.enqueue(id);
    return ids.length;
  }

  enqueue(jobId: number): void {
    if (!this.pending.includes(jobId)) this.pending.push(jobId);
    if (!this.running) this.running = this.drain();
  }

  /** Resolves when no job is queued or running. */
  onIdle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async drain(): Promise<void> {
    // Let the request that queued the job finish first.
    await new Promise((r) => setImmediate(r));
    for (let id = this.pending.shift(); id !== undefined; id = this.pending.shift()) {
      try {
        await this.run(id);
      } catch (e) {
        this.opts.log?.(`[lantoa] upload job ${id} could not be recorded: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    this.running = null;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private async run(jobId: number): Promise<void> {
    const job = await jobsRepo.getJob(this.db, jobId);
    if (!job || job.status === 'done' || job.status === 'failed') return;
    const mark = (s: Parameters<typeof jobsRepo.markJob>[2]) => jobsRepo.markJob(this.db, jobId, s);
    // Progress writes are chained so they land in order and never reject unobserved.
    let progress = Promise.resolve();
    try {
      await mark({ status: 'running', stage: 'reading', done: 0, total: 0 });
      const bytes = await docsRepo.getDocumentContent(this.db, job.document_id);
      const doc = await docsRepo.getDocument(this.db, job.document_id);
      if (!bytes || !doc) throw new AppError('NOT_FOUND', 'Không còn tệp đã tải lên.');
      const file = await readFileText({ bytes, filename: doc.filename }, {
        ...this.opts.read,
        onOcrPage: (done, total) => {
          progress = progress.then(() => mark({ stage: 'ocr', done, total })).catch(() => undefined);
        },
      });
      await progress;
      await mark({ stage: 'extracting', done: 0, total: 1 });
      const a = await analyzeIsolated(file.rawText, this.opts.analyzeTimeoutMs);
      const extraction: DocumentExtraction = { result: a.result, text: a.text, rawText: file.rawText, source: { ...file.source, repaired: a.repaired }, warnings: file.warnings };
      await docsRepo.saveExtraction(this.db, job.document_id, extraction);
      await mark({ status: 'done', stage: 'done', done: 1, total: 1 });
    } catch (e) {
      await progress;
      const err = isAppError(e) ? e : new AppError('INTERNAL', 'Lỗi không mong đợi khi đọc tệp.', { cause: e });
      if (!isAppError(e)) this.opts.log?.(`[lantoa] upload job ${jobId} failed: ${e instanceof Error ? e.stack : String(e)}`);
      await mark({ status: 'failed', stage: 'failed', errorCode: err.code, errorMessage: err.userMessage });
    }
  }
}
