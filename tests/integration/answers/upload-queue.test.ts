// The background reader of uploads on a real database: a scanned PDF goes through OCR with
// its page progress persisted while the database keeps answering, a corrupt file ends as a
// failed job with a Vietnamese reason, and a job a restart interrupted is read again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useTestDb } from '../../support/test-db.ts';
import { makeUser, unitId } from '../../support/factories.ts';
import { makeRequest } from '../../support/answers.ts';
import { startUpload } from '#src/core/answers/answers.ts';
import { UploadQueue } from '#src/core/answers/upload-queue.ts';
import { getJob, markJob } from '#src/storage/upload-jobs.repository.ts';
import { getDocument } from '#src/storage/documents.repository.ts';
import { findReport } from '#src/storage/reports.repository.ts';
import { getRequestRow } from '#src/storage/requests.repository.ts';
import type { Actor } from '#src/core/auth/authorization.ts';

let officer: Actor;
let reportId: number;
const MB = 1024 * 1024;
const t = useTestDb(async (t) => {
  const requestId = await makeRequest(t.db, 'HP', 2025, 'Q/1');
  officer = await makeUser(t.db, 'queue.hongbang', 'commune_officer', 'HP-HONG-BANG');
  const request = await getRequestRow(t.db, requestId);
  reportId = (await findReport(t.db, await unitId(t.db, 'HP-HONG-BANG'), request!.period_id, requestId))!.id;
});

test('a scanned PDF is read in the background: the OCR stage and its page count are visible while it runs, then the extraction is stored', async () => {
  const queue = new UploadQueue(t.db);
  const jobId = await startUpload(t.db, officer, reportId, { bytes: readFileSync('tests/fixtures/ingest/scan.pdf'), filename: 'ban-quet.pdf' }, 20 * MB);
  assert.equal((await getJob(t.db, jobId))!.status, 'queued');
  queue.enqueue(jobId);
  const seen = new Set<string>();
  let finished = false;
  const idle = queue.onIdle().then(() => { finished = true; });
  // The database answers other queries while the document is read (no timing asserted: the
  // job is observed in its intermediate stages, which needs the event loop to be free).
  while (!finished) {
    const j = (await getJob(t.db, jobId))!;
    seen.add(j.stage === 'ocr' ? `ocr ${j.progress_done}/${j.progress_total}` : j.stage);
    await new Promise((r) => setTimeout(r, 50));
  }
  await idle;
  const job = (await getJob(t.db, jobId))!;
  assert.equal(job.status, 'done', job.error_message ?? '');
  assert.ok(seen.has('ocr 0/1') || seen.has('ocr 1/1'), `OCR progress was visible: ${[...seen].join(', ')}`);
  assert.ok(seen.has('extracting'), `extraction stage was visible: ${[...seen].join(', ')}`);
  const doc = (await getDocument(t.db, job.document_id))!;
  assert.equal(doc.extraction?.source.format, 'pdf-scan');
  assert.equal(doc.extraction?.source.ocr?.pages, 1);
  assert.equal(doc.kind, 'report');
  assert.ok((doc.text ?? '').length > 100);
});

test('a corrupt file ends as a failed job with a Vietnamese reason; nothing is attached to the report', async () => {
  const queue = new UploadQueue(t.db);
  const jobId = await startUpload(t.db, officer, reportId, { bytes: readFileSync('tests/fixtures/broken/truncated.pdf'), filename: 'hong.pdf' }, 20 * MB);
  queue.enqueue(jobId);
  await queue.onIdle();
  const job = (await getJob(t.db, jobId))!;
  assert.deepEqual([job.status, job.stage, job.error_code], ['failed', 'failed', 'FILE_CORRUPT']);
  assert.match(job.error_message ?? '', /PDF bị hỏng/);
  const r = await t.db.query<{ document_id: number | null }>('SELECT document_id FROM reports WHERE id = $1', [reportId]);
  assert.equal(r[0]!.document_id, null);
});

test('a job left running by a stopped process is read again at start-up', async () => {
  const jobId = await startUpload(t.db, officer, reportId, { bytes: readFileSync('tests/fixtures/ingest/clean-vi.txt'), filename: 'bao-cao.txt' }, 20 * MB);
  await markJob(t.db, jobId, { status: 'running', stage: 'reading' });
  const queue = new UploadQueue(t.db);
  assert.ok((await queue.resume()) >= 1);
  await queue.onIdle();
  assert.equal((await getJob(t.db, jobId))!.status, 'done');
});
