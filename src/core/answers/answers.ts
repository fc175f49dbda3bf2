// Answering a request from a document: uploading the commune's own file (read in the
// background), reviewing what was extracted, confirming or correcting each value, and the
// batch import that does the same for a folder of files. Authorization per unit on every call.
import { createHash } from 'node:crypto';
import { AppError } from '#src/errors.ts';
import type { Db } from '#src/storage/db.ts';
import type { DocumentExtraction } from '#src/core/extraction/extraction.types.ts';
import type { Actor } from '#src/core/auth/authorization.ts';
import { accountId, assertAllowed, canActForUnit, canReadUnit } from '#src/core/auth/authorization.ts';
import { sniff } from '#src/ingest/sniff.ts';
import * as docsRepo from '#src/storage/documents.repository.ts';
import * as jobsRepo from '#src/storage/upload-jobs.repository.ts';
import * as reportsRepo from '#src/storage/reports.repository.ts';
import { getRequestRow } from '#src/storage/requests.repository.ts';
import { getUnit } from '#src/storage/units.repository.ts';
import { expectedUnits } from '#src/core/requests/requests.ts';
import { changeReportStatus, getOrCreateReport, isEditable, readReport, saveNarrative, setReportValues, statusLabels, type ReportStatus, type ValueInput } from '#src/core/reports/reports.ts';
import { catalogEntries, checkReport } from '#src/core/validation/validation.ts';
import type { Finding } from '#src/core/validation/rules.ts';
import { matchIssuer, proposeNarrative, proposeValues, narrativeSections, type NarrativeSection, type Proposal } from './proposals.ts';

const mediaTypes: Partial<Record<ReturnType<typeof sniff>, string>> = {
  text: 'text/plain; charset=utf-8',
  zip: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
};

/** A file name safe to store and show: no path, no control characters, bounded length. */
export function cleanFilename(name: string): string {
  // Old browsers send a full Windows path; keep its last part. A slash is never part of a name.
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const base = (name.split('\\').pop() ?? '').replace(/\//g, '_').replace(/[\u0000-\u001f\u007f]/g, '').normalize('NFC').trim();
  return (base || 'tai-lieu').slice(0, 200);
}

/** Refuses an upload by size and type before anything is stored. */
export function checkUpload(bytes: Buffer, maxBytes: number): { mediaType: string } {
  if (bytes.length === 0) throw new AppError('FILE_EMPTY', 'Tệp trống (0 byte). Hãy chọn lại tệp báo cáo.');
  if (bytes.length > maxBytes) {
    throw new AppError('FILE_TOO_LARGE', `Tệp quá lớn (${(bytes.length / 1048576).toFixed(1).replace('.', ',')} MB); giới hạn là ${Math.round(maxBytes / 1048576)} MB.`);
  }
  const type = sniff(bytes);
  const mediaType = mediaTypes[type];
  if (!mediaType) {
    throw new AppError('FILE_UNSUPPORTED', 'Định dạng tệp không được hỗ trợ. Hãy tải lên văn bản (.txt), Word (.docx), PDF hoặc ảnh chụp/bản quét PNG, JPG, TIFF.');
  }
  return { mediaType };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Stores the file and queues it for reading; returns the job id to follow. */
export async function startUpload(db: Db, actor: Actor, reportId: number, file: { bytes: Buffer; filename: string }, maxBytes: number): Promise<number> {
  const { mediaType } = checkUpload(file.bytes, maxBytes);
  return db.transaction(async (tx) => {
    const { report } = await readReport(tx, actor, reportId);
    assertAllowed(canActForUnit(actor, { id: report.unit_id, provinceId: report.province_id }), 'tải văn bản lên báo cáo của đơn vị này');
    if (!isEditable(report.status)) throw new AppError('INVALID_STATE', `Báo cáo đang ở trạng thái "${statusLabels[report.status]}" nên không tải văn bản lên được.`);
    const documentId = await docsRepo.insertDocument(tx, { provinceId: report.province_id, unitId: report.unit_id, filename: cleanFilename(file.filename), mediaType, bytes: file.bytes, sha256: sha256(file.bytes), uploadedBy: accountId(actor) });
    return jobsRepo.insertJob(tx, { reportId, documentId, createdBy: accountId(actor) });
  });
}

export async function readUploadJob(db: Db, actor: Actor, jobId: number): Promise<{ job: jobsRepo.UploadJobRow; report: reportsRepo.ReportRow; filename: string }> {
  const job = await jobsRepo.getJob(db, jobId);
  if (!job) throw new AppError('NOT_FOUND', 'Không tìm thấy lượt tải lên.');
  const { report } = await readReport(db, actor, job.report_id).catch(() => {
    throw new AppError('NOT_FOUND', 'Không tìm thấy lượt tải lên.');
  });
  const doc = await docsRepo.getDocument(db, job.document_id);
  return { job, report, filename: doc?.filename ?? '' };
}

/** The original file, for users who may read the unit it belongs to. */
export async function downloadDocument(db: Db, actor: Actor, documentId: number): Promise<{ filename: string; mediaType: string; bytes: Buffer }> {
  const doc = await docsRepo.getDocument(db, documentId);
  if (!doc || doc.unit_id === null || !canReadUnit(actor, { id: doc.unit_id, provinceId: doc.province_id })) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản.');
  const bytes = await docsRepo.getDocumentContent(db, documentId);
  if (!bytes) throw new AppError('NOT_FOUND', 'Văn bản không còn lưu tệp gốc.');
  return { filename: doc.filename, mediaType: doc.media_type, bytes };
}

export interface ReviewModel {
  report: reportsRepo.ReportRow;
  document: docsRepo.DocumentRow;
  extraction: DocumentExtraction;
  proposals: Map<string, Proposal>;
  narrative: Partial<Record<NarrativeSection, string>>;
}

/** What the officer reviews: the document's text and the values proposed from it. */
export async function reviewModel(db: Db, actor: Actor, reportId: number, documentId: number): Promise<ReviewModel> {
  const { report } = await readReport(db, actor, reportId);
  const document = await docsRepo.getDocument(db, documentId);
  if (!document || document.unit_id !== report.unit_id || !document.extraction) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản đã đọc của báo cáo này.');
  const catalog = await catalogEntries(db, report.province_id);
  const agg = new Map(catalog.map((c) => [c.code, c.aggregation]));
  const proposals = proposeValues(document.extraction.result.facts, (c) => agg.get(c));
  return { report, document, extraction: document.extraction, proposals: new Map(proposals.map((p) => [p.indicator, p])), narrative: proposeNarrative(document.extraction.result) };
}

function evidenceOf(p: Proposal, documentId: number): reportsRepo.ValueEvidence {
  const first = p.evidence[0]!;
  return { documentId, start: first.start, end: first.end, text: first.text, ...(p.evidence.length > 1 ? { parts: p.evidence } : {}) };
}

export type ReviewedValue = { indicator: string; value: number | null; qualifier: ValueInput['qualifier']; max: number | null };

/**
 * Saves what the officer confirmed or corrected from a document: a value the document proposed
 * keeps source "extracted" with its evidence and the extracted figure (so a change is recorded
 * as a correction); other values are typed. The document is attached to the report.
 */
export async function confirmReview(db: Db, actor: Actor, reportId: number, documentId: number, values: ReviewedValue[], narrative: Record<string, string>): Promise<void> {
  await db.transaction(async (tx) => {
    const model = await reviewModel(tx, actor, reportId, documentId);
    const inputs = values.map((v) => {
      if (v.value === null) return { indicator: v.indicator, value: null };
      const p = model.proposals.get(v.indicator);
      const base = { indicator: v.indicator, value: v.value, qualifier: v.qualifier ?? 'exact', max: v.qualifier === 'range' ? v.max : null };
      return p ? { ...base, source: 'extracted' as const, extractedValue: p.value, evidence: evidenceOf(p, documentId) } : { ...base, source: 'typed' as const };
    });
    await setReportValues(tx, actor, reportId, inputs);
    await saveNarrative(tx, actor, reportId, cleanNarrative({ ...(model.report.narrative as Record<string, string>), ...narrative }));
    await reportsRepo.setReportDocument(tx, reportId, documentId);
  });
}

export function cleanNarrative(n: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of narrativeSections) {
    const v = n[s];
    if (typeof v !== 'string') continue;
    if (v.length > 20_000) throw new AppError('VALIDATION', 'Mỗi phần nội dung tối đa 20.000 ký tự.');
    if (v.trim()) out[s] = v.replace(/\r\n?/g, '\n');
  }
  return out;
}

// --- Batch import (CLI): one file → one unit's report for a request, all or nothing.

export interface ImportOutcome {
  reportId: number;
  unit: { id: number; code: string; name: string; level: string };
  documentId: number;
  status: ReportStatus;
  values: number;
  findings: Finding[];
  /** The same file was already attached to this report: nothing changed. */
  unchanged: boolean;
}

/**
 * Applies one read document to the report of the unit that issued it (matched by name among the
 * units the request addresses, or given by code). The report ends submitted when its values
 * pass the error-level rules, else it stays a draft for the commune to fix (decision 031).
 * Runs in one transaction: a failure leaves nothing behind.
 */
export async function importDocument(
  db: Db,
  actor: Actor,
  opts: { requestId: number; unitCode?: string | undefined; file: { bytes: Buffer; filename: string }; extraction: DocumentExtraction; submit?: boolean },
): Promise<ImportOutcome> {
  return db.transaction(async (tx) => {
    // A plan states intentions, not results: it cannot answer a request for a report.
    if (opts.extraction.result.kind === 'plan') {
      throw new AppError('VALIDATION', `Văn bản là kế hoạch${opts.extraction.result.number ? ` (${opts.extraction.result.number})` : ''}, không phải báo cáo kết quả; không nhập làm báo cáo.`);
    }
    const request = await getRequestRow(tx, opts.requestId);
    if (!request) throw new AppError('NOT_FOUND', `Không tìm thấy yêu cầu báo cáo số ${opts.requestId}.`);
    // The units expected to answer (after mergers), as the reporting cycle defines them.
    const units = (await Promise.all((await expectedUnits(tx, request)).map((e) => getUnit(tx, e.unitId)))).filter((u) => !!u);
    let unit;
    if (opts.unitCode) {
      unit = units.find((u) => u.code === opts.unitCode);
      if (!unit) throw new AppError('VALIDATION', `Đơn vị ${opts.unitCode} không thuộc danh sách được yêu cầu báo cáo.`);
    } else {
      unit = matchIssuer(opts.extraction.result.issuer, units);
      if (!unit) {
        const who = opts.extraction.result.issuer?.name ?? 'không rõ';
        throw new AppError('VALIDATION', `Không xác định được đơn vị ban hành (${who}) trong danh sách được yêu cầu; dùng --unit MÃ_ĐƠN_VỊ.`);
      }
    }
    const { mediaType } = checkUpload(opts.file.bytes, Number.MAX_SAFE_INTEGER);
    const report = await getOrCreateReport(tx, actor, unit.id, request.period_id, request.id);
    const hash = sha256(opts.file.bytes);
    if (report.document_id !== null) {
      const attached = await docsRepo.getDocument(tx, report.document_id);
      if (attached?.sha256 === hash) {
        return { reportId: report.id, unit, documentId: attached.id, status: report.status, values: (await reportsRepo.valuesOfReport(tx, report.id)).length, findings: await checkReport(tx, report), unchanged: true };
      }
    }
    if (!isEditable(report.status)) throw new AppError('INVALID_STATE', `Báo cáo của ${unit.name} đang ở trạng thái "${statusLabels[report.status]}"; không ghi đè được.`);
    const documentId = await docsRepo.insertDocument(tx, { provinceId: report.province_id, unitId: unit.id, filename: cleanFilename(opts.file.filename), mediaType, bytes: opts.file.bytes, sha256: hash, uploadedBy: accountId(actor) });
    await docsRepo.saveExtraction(tx, documentId, opts.extraction);
    const catalog = await catalogEntries(tx, report.province_id);
    const agg = new Map(catalog.map((c) => [c.code, c.aggregation]));
    const proposals = proposeValues(opts.extraction.result.facts, (c) => agg.get(c));
    await setReportValues(tx, actor, report.id, proposals.map((p) => ({ indicator: p.indicator, value: p.value, qualifier: p.qualifier, max: p.max, source: 'extracted' as const, extractedValue: p.value, evidence: evidenceOf(p, documentId) })));
    // Narrative the commune already wrote is kept; only empty sections are filled.
    const existing = report.narrative as Record<string, string>;
    const proposed = proposeNarrative(opts.extraction.result);
    const merged: Record<string, string> = { ...proposed, ...Object.fromEntries(Object.entries(existing).filter(([, v]) => typeof v === 'string' && v.trim())) };
    await saveNarrative(tx, actor, report.id, cleanNarrative(merged));
    await reportsRepo.setReportDocument(tx, report.id, documentId);
    const findings = await checkReport(tx, report);
    let status: ReportStatus = report.status;
    if ((opts.submit ?? true) && !findings.some((f) => f.severity === 'error')) status = await changeReportStatus(tx, actor, report.id, 'submit');
    return { reportId: report.id, unit, documentId, status, values: proposals.length, findings, unchanged: false };
  });
}
