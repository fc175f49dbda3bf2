// Reports: one unit's answer for a period or a request. The status machine
// (draft → submitted → accepted | returned; returned → submitted), value entry with
// qualifiers and evidence, and the audit trail of every change.
import { AppError } from '#src/errors.ts';
import type { Db } from '#src/storage/db.ts';
import * as repo from '#src/storage/reports.repository.ts';
import type { ValueEvidence } from '#src/storage/reports.repository.ts';
import * as unitsRepo from '#src/storage/units.repository.ts';
import { appendAudit } from '#src/storage/audit.repository.ts';
import { insertNotification } from '#src/storage/requests.repository.ts';
import { isCommuneLevel } from '#src/core/units/units.ts';
import { type Actor, accountId, assertAllowed, canActForUnit, canReadUnit, canReviewProvince } from '#src/core/auth/authorization.ts';
import type { Qualifier } from '#src/core/extraction/extraction.types.ts';
import { checkReport } from '#src/core/validation/validation.ts';
import { formatViNumber } from '#src/core/validation/rules.ts';

export type ReportStatus = 'draft' | 'submitted' | 'accepted' | 'returned';

export const statusLabels: Record<ReportStatus, string> = {
  draft: 'Bản nháp',
  submitted: 'Đã gửi',
  accepted: 'Đã chấp nhận',
  returned: 'Bị trả lại',
};

export type ReportAction = 'submit' | 'accept' | 'return';

const transitions: Record<ReportAction, { from: ReportStatus[]; to: ReportStatus }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  accept: { from: ['submitted'], to: 'accepted' },
  return: { from: ['submitted'], to: 'returned' },
};

/** Pure rule: the status after an action, or an error naming why it is not allowed. */
export function nextStatus(current: ReportStatus, action: ReportAction): ReportStatus {
  const t = transitions[action];
  if (!t.from.includes(current)) {
    throw new AppError('INVALID_STATE', `Không thể ${actionLabels[action]} báo cáo đang ở trạng thái "${statusLabels[current]}".`);
  }
  return t.to;
}

const actionLabels: Record<ReportAction, string> = { submit: 'gửi', accept: 'chấp nhận', return: 'trả lại' };

/** The commune may edit only while the report is a draft or was returned. */
export function isEditable(status: ReportStatus): boolean {
  return status === 'draft' || status === 'returned';
}

export interface ValueInput {
  indicator: string;
  value: number;
  qualifier?: Qualifier;
  max?: number | null;
  source?: 'typed' | 'extracted';
  evidence?: ValueEvidence | null;
  /** For a value confirmed from extraction: what the extractor proposed. */
  extractedValue?: number | null;
}

export function validateValue(v: ValueInput): void {
  if (!Number.isFinite(v.value)) throw new AppError('VALIDATION', `Giá trị của ${v.indicator} phải là một số`);
  const q = v.qualifier ?? 'exact';
  if (q === 'range') {
    if (v.max === undefined || v.max === null || !Number.isFinite(v.max)) throw new AppError('VALIDATION', `Khoảng giá trị của ${v.indicator} cần giá trị lớn nhất`);
    if (v.max < v.value) throw new AppError('VALIDATION', `Khoảng giá trị của ${v.indicator}: giá trị lớn nhất nhỏ hơn giá trị nhỏ nhất`);
  } else if (v.max !== undefined && v.max !== null) {
    throw new AppError('VALIDATION', `Chỉ khoảng giá trị mới có giá trị lớn nhất (${v.indicator})`);
  }
}

function actorLabel(a: Actor): string {
  return `${a.fullName} (${a.username})`;
}

export async function getOrCreateReport(db: Db, actor: Actor, unitId: number, periodId: number, requestId: number | null = null): Promise<repo.ReportRow> {
  return db.transaction(async (tx) => {
    const unit = await unitsRepo.getUnit(tx, unitId);
    if (!unit || !isCommuneLevel(unit.level)) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị cấp xã');
    assertAllowed(canActForUnit(actor, { id: unit.id, provinceId: unit.province_id }), 'lập báo cáo cho đơn vị này');
    const existing = await repo.findReport(tx, unitId, periodId, requestId);
    if (existing) return existing;
    const r = await repo.insertReport(tx, { provinceId: unit.province_id!, unitId, periodId, requestId, createdBy: accountId(actor) });
    await appendAudit(tx, { actorUserId: accountId(actor), actorLabel: actorLabel(actor), entity: 'report', entityId: r.id, action: 'create', oldValue: null, newValue: { status: r.status }, unitId, provinceId: r.province_id });
    return r;
  });
}

/** Reads a report after checking the actor may see its unit. */
export async function readReport(db: Db, actor: Actor, reportId: number): Promise<{ report: repo.ReportRow; values: repo.DataValueRow[] }> {
  const report = await repo.getReport(db, reportId);
  // The same answer whether it does not exist or is not yours: no probing of ids.
  if (!report || !canReadUnit(actor, { id: report.unit_id, provinceId: report.province_id })) throw new AppError('NOT_FOUND', 'Không tìm thấy báo cáo');
  return { report, values: await repo.valuesOfReport(db, reportId) };
}

async function loadForChange(tx: Db, actor: Actor, reportId: number): Promise<repo.ReportRow> {
  const report = await repo.getReport(tx, reportId, tx.engine === 'postgres');
  if (!report || !canReadUnit(actor, { id: report.unit_id, provinceId: report.province_id })) throw new AppError('NOT_FOUND', 'Không tìm thấy báo cáo');
  return report;
}

/** Sets (or with value null, clears) values of an editable report; every change is audited. */
export async function setReportValues(db: Db, actor: Actor, reportId: number, inputs: (ValueInput | { indicator: string; value: null })[]): Promise<void> {
  await db.transaction(async (tx) => {
    const report = await loadForChange(tx, actor, reportId);
    assertAllowed(canActForUnit(actor, { id: report.unit_id, provinceId: report.province_id }), 'sửa báo cáo của đơn vị này');
    if (!isEditable(report.status)) throw new AppError('INVALID_STATE', `Báo cáo đang ở trạng thái "${statusLabels[report.status]}" nên không sửa được.`);
    const known = new Set((await tx.query<{ code: string }>('SELECT code FROM indicators WHERE active')).map((r) => r.code));
    for (const input of inputs) {
      if (!known.has(input.indicator)) throw new AppError('UNKNOWN_INDICATOR', `Mã chỉ tiêu không tồn tại: ${input.indicator}`);
      const old = await repo.getReportValue(tx, reportId, input.indicator);
      if (input.value === null) {
        if (!old) continue;
        await repo.deleteReportValue(tx, reportId, input.indicator);
        await appendAudit(tx, { actorUserId: accountId(actor), actorLabel: actorLabel(actor), entity: 'data_value', entityId: `${reportId}:${input.indicator}`, action: 'delete', oldValue: snapshot(old), newValue: null, unitId: report.unit_id, provinceId: report.province_id });
        continue;
      }
      const v = input as ValueInput;
      validateValue(v);
      const extractedValue = v.extractedValue ?? old?.extracted_value ?? null;
      const source = v.source ?? old?.source ?? 'typed';
      const next: Omit<repo.DataValueRow, 'id'> = {
        province_id: report.province_id,
        unit_id: report.unit_id,
        period_id: report.period_id,
        indicator_code: v.indicator,
        report_id: reportId,
        value: v.value,
        value_max: v.qualifier === 'range' ? (v.max ?? null) : null,
        qualifier: v.qualifier ?? 'exact',
        source: source === 'computed' ? 'typed' : source,
        evidence: v.evidence ?? old?.evidence ?? null,
        // A correction: the officer changed what the document said.
        corrected: extractedValue !== null && extractedValue !== v.value,
        extracted_value: extractedValue,
      };
      if (old && old.value === next.value && old.value_max === next.value_max && old.qualifier === next.qualifier && old.source === next.source) continue;
      await repo.upsertReportValue(tx, { ...next, updatedBy: accountId(actor) });
      await appendAudit(tx, {
        actorUserId: accountId(actor),
        actorLabel: actorLabel(actor),
        entity: 'data_value',
        entityId: `${reportId}:${v.indicator}`,
        action: old ? (next.corrected && !old.corrected ? 'correct' : 'update') : 'create',
        oldValue: old ? snapshot(old) : null,
        newValue: snapshot(next),
        unitId: report.unit_id,
        provinceId: report.province_id,
      });
    }
  });
}

function snapshot(v: Pick<repo.DataValueRow, 'value' | 'value_max' | 'qualifier' | 'source'>): Record<string, unknown> {
  return { value: v.value, max: v.value_max, qualifier: v.qualifier, source: v.source };
}

export async function saveNarrative(db: Db, actor: Actor, reportId: number, narrative: Record<string, string>): Promise<void> {
  await db.transaction(async (tx) => {
    const report = await loadForChange(tx, actor, reportId);
    assertAllowed(canActForUnit(actor, { id: report.unit_id, provinceId: report.province_id }), 'sửa báo cáo của đơn vị này');
    if (!isEditable(report.status)) throw new AppError('INVALID_STATE', `Báo cáo đang ở trạng thái "${statusLabels[report.status]}" nên không sửa được.`);
    if (JSON.stringify(report.narrative ?? {}) === JSON.stringify(narrative)) return;
    await repo.updateNarrative(tx, reportId, narrative);
    await appendAudit(tx, { actorUserId: accountId(actor), actorLabel: actorLabel(actor), entity: 'report', entityId: reportId, action: 'narrative', oldValue: report.narrative ?? {}, newValue: narrative, unitId: report.unit_id, provinceId: report.province_id });
  });
}

/** submit (commune), accept / return (province). Returning needs a comment. */
export async function changeReportStatus(db: Db, actor: Actor, reportId: number, action: ReportAction, comment?: string): Promise<ReportStatus> {
  return db.transaction(async (tx) => {
    const report = await loadForChange(tx, actor, reportId);
    const scope = { id: report.unit_id, provinceId: report.province_id };
    if (action === 'submit') assertAllowed(canActForUnit(actor, scope), 'gửi báo cáo của đơn vị này');
    else assertAllowed(canReviewProvince(actor, report.province_id), 'duyệt báo cáo');
    const to = nextStatus(report.status, action);
    if (action === 'submit') {
      // Error-level validation findings block submission; warnings do not.
      const errors = (await checkReport(tx, report)).filter((f) => f.severity === 'error');
      if (errors.length) {
        throw new AppError('VALIDATION', `Chưa gửi được: báo cáo còn ${formatViNumber(errors.length)} lỗi số liệu. ${errors.map((e) => e.message).join(' ')}`, { details: { findings: errors } });
      }
    }
    const trimmed = comment?.trim() ?? '';
    if (action === 'return' && !trimmed) throw new AppError('VALIDATION', 'Cần ghi rõ lý do trả lại báo cáo.');
    if (trimmed.length > 5000) throw new AppError('VALIDATION', 'Nhận xét quá dài (tối đa 5.000 ký tự).');
    await repo.updateReportStatus(tx, reportId, {
      status: to,
      submittedAt: action === 'submit',
      reviewedBy: action === 'submit' ? null : accountId(actor),
      reviewComment: action === 'submit' ? undefined : trimmed || null,
    });
    await appendAudit(tx, {
      actorUserId: accountId(actor),
      actorLabel: actorLabel(actor),
      entity: 'report',
      entityId: reportId,
      action,
      oldValue: { status: report.status },
      newValue: { status: to, ...(trimmed ? { comment: trimmed } : {}) },
      unitId: report.unit_id,
      provinceId: report.province_id,
    });
    // The commune sees the return, with the comment, on its home page.
    if (action === 'return') {
      await insertNotification(tx, { unitId: report.unit_id, requestId: report.request_id, reportId, kind: 'returned', channel: 'app', message: `Báo cáo bị trả lại: ${trimmed}`, recipients: null, createdBy: accountId(actor) });
    }
    return to;
  });
}
