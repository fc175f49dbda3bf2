// Report requests: a province asks its communes for a report on a period by a deadline,
// naming the indicators and narrative sections it wants and the units it addresses.
// Creating a request creates a draft report (request_id set) for every expected unit, so the
// commune finds it on its home page; ensureRequestDrafts() repeats this idempotently after
// mergers (the successor gets a draft too). See docs/decisions/020-report-requests.md.
import { AppError } from '#src/errors.ts';
import type { Db } from '#src/storage/db.ts';
import * as repo from '#src/storage/requests.repository.ts';
import * as unitsRepo from '#src/storage/units.repository.ts';
import * as reportsRepo from '#src/storage/reports.repository.ts';
import { ensurePeriod } from '#src/storage/periods.repository.ts';
import { listIndicators } from '#src/storage/catalog.repository.ts';
import { appendAudit } from '#src/storage/audit.repository.ts';
import { adhocPeriod, formatViDate, isIsoDate, regularPeriod, type PeriodSpec } from '#src/core/periods/periods.ts';
import { isCommuneLevel, successorMap } from '#src/core/units/units.ts';
import { type Actor, accountId, assertAllowed, canReviewProvince, communeIds, isSystemAdmin, provinceIds } from '#src/core/auth/authorization.ts';

export type { RequestRow, RequestListRow, RequestSection } from '#src/storage/requests.repository.ts';

export const requestSections = ['results', 'models', 'difficulties', 'recommendations'] as const satisfies readonly repo.RequestSection[];

export const sectionLabels: Record<repo.RequestSection, string> = {
  results: 'Kết quả thực hiện',
  models: 'Mô hình hay, cách làm hiệu quả cần nhân rộng',
  difficulties: 'Khó khăn, vướng mắc',
  recommendations: 'Đề xuất, kiến nghị',
};

/** Who/what a request is, as other areas (report form, synthesis, dashboard) read it. */
export interface RequestDetail {
  request: repo.RequestListRow;
  indicators: string[];
  sections: repo.RequestSection[];
  /** Units named on the request; empty when it addresses all commune-level units. */
  unitIds: number[];
}

export interface RequestInput {
  number: string;
  issuedOn: string;
  subject: string;
  /** '2025', '2025-H1', '2025-Q4', 'YYYY-MM-DD:YYYY-MM-DD', or a PeriodSpec. Default: the year of issuedOn. */
  period?: string | PeriodSpec | null;
  deadline: string;
  indicators?: string[];
  sections?: string[];
  /** null/undefined: every commune-level unit of the province. */
  unitIds?: number[] | null;
  note?: string | null;
}

/** Parses the period notation of the CLI and forms. */
export function parsePeriodSpec(s: string): PeriodSpec {
  const t = s.trim();
  let m: RegExpMatchArray | null;
  if ((m = /^(\d{4})$/.exec(t))) return regularPeriod('year', Number(m[1]));
  if ((m = /^(\d{4})-?H([12])$/i.exec(t))) return regularPeriod('half', Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})-?Q([1-4])$/i.exec(t))) return regularPeriod('quarter', Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4}-\d{2}-\d{2})\s*:\s*(\d{4}-\d{2}-\d{2})$/.exec(t))) return adhocPeriod(m[1]!, m[2]!);
  throw new AppError('VALIDATION', `Kỳ báo cáo không hợp lệ: "${s}" (dùng 2025, 2025-H2, 2025-Q4 hoặc YYYY-MM-DD:YYYY-MM-DD)`);
}

interface CleanInput {
  number: string;
  issuedOn: string;
  subject: string;
  period: PeriodSpec;
  deadline: string;
  indicators: string[];
  sections: repo.RequestSection[];
  unitIds: number[] | null;
  note: string | null;
}

/** Checks everything that needs no database; throws a Vietnamese VALIDATION error. */
export function validateRequestInput(input: RequestInput): CleanInput {
  const number = (input.number ?? '').trim();
  const subject = (input.subject ?? '').trim();
  if (!number) throw new AppError('VALIDATION', 'Cần số hiệu văn bản yêu cầu.');
  if (number.length > 100) throw new AppError('VALIDATION', 'Số hiệu văn bản quá dài (tối đa 100 ký tự).');
  if (!subject) throw new AppError('VALIDATION', 'Cần trích yếu (nội dung yêu cầu).');
  if (subject.length > 1000) throw new AppError('VALIDATION', 'Trích yếu quá dài (tối đa 1.000 ký tự).');
  if (!isIsoDate(input.issuedOn ?? '')) throw new AppError('VALIDATION', `Ngày ban hành không hợp lệ: "${input.issuedOn ?? ''}" (dạng YYYY-MM-DD)`);
  if (!isIsoDate(input.deadline ?? '')) throw new AppError('VALIDATION', `Hạn báo cáo không hợp lệ: "${input.deadline ?? ''}" (dạng YYYY-MM-DD)`);
  if (input.deadline < input.issuedOn) throw new AppError('VALIDATION', 'Hạn báo cáo phải từ ngày ban hành trở đi.');
  const period = input.period == null || input.period === '' ? regularPeriod('year', Number(input.issuedOn.slice(0, 4))) : typeof input.period === 'string' ? parsePeriodSpec(input.period) : input.period;
  const indicators = [...new Set((input.indicators ?? []).map((c) => c.trim().toUpperCase()).filter(Boolean))];
  const rawSections = input.sections ?? [...requestSections];
  const sections: repo.RequestSection[] = [];
  for (const s of rawSections) {
    const t = s.trim();
    if (!t) continue;
    if (!(requestSections as readonly string[]).includes(t)) throw new AppError('VALIDATION', `Phần nội dung không hợp lệ: "${t}" (results, models, difficulties, recommendations)`);
    if (!sections.includes(t as repo.RequestSection)) sections.push(t as repo.RequestSection);
  }
  if (indicators.length === 0 && sections.length === 0) throw new AppError('VALIDATION', 'Yêu cầu phải hỏi ít nhất một chỉ tiêu hoặc một phần nội dung.');
  const note = input.note?.trim() ? input.note.trim() : null;
  if (note && note.length > 5000) throw new AppError('VALIDATION', 'Ghi chú quá dài (tối đa 5.000 ký tự).');
  const unitIds = input.unitIds == null ? null : [...new Set(input.unitIds)];
  if (unitIds && unitIds.length === 0) throw new AppError('VALIDATION', 'Cần chọn ít nhất một đơn vị nhận yêu cầu.');
  return { number, issuedOn: input.issuedOn, subject, period, deadline: input.deadline, indicators, sections, unitIds, note };
}

async function checkAgainstDb(tx: Db, provinceId: number, c: CleanInput): Promise<void> {
  if (c.indicators.length) {
    const known = new Map((await listIndicators(tx, provinceId)).map((i) => [i.code, i]));
    const unknown = c.indicators.filter((code) => !known.get(code)?.active);
    if (unknown.length) throw new AppError('UNKNOWN_INDICATOR', `Mã chỉ tiêu không tồn tại: ${unknown.join(', ')}`);
  }
  if (c.unitIds) {
    for (const id of c.unitIds) {
      const u = await unitsRepo.getUnit(tx, id);
      if (!u || u.province_id !== provinceId || !isCommuneLevel(u.level)) throw new AppError('VALIDATION', 'Đơn vị nhận yêu cầu phải là đơn vị cấp xã của tỉnh/thành phố này.');
      if (u.valid_to && u.valid_to < c.issuedOn) throw new AppError('VALIDATION', `Đơn vị ${u.name} đã ngừng hoạt động từ ${u.valid_to}.`);
    }
  }
}

function actorLabel(a: Actor | null): string {
  return a ? `${a.fullName} (${a.username})` : 'Hệ thống';
}

/**
 * Creates a request and the draft reports of its expected units, in one transaction.
 * actor null = the system (CLI operator, recurring regimes); otherwise a province admin or analyst.
 */
export async function createRequest(db: Db, actor: Actor | null, provinceId: number, input: RequestInput, opts: { regimeId?: number | null } = {}): Promise<RequestDetail> {
  if (actor) assertAllowed(canReviewProvince(actor, provinceId), 'tạo yêu cầu báo cáo cho tỉnh/thành phố này');
  const c = validateRequestInput(input);
  return db.transaction(async (tx) => {
    const province = await unitsRepo.getUnit(tx, provinceId);
    if (!province || province.level !== 'tinh') throw new AppError('NOT_FOUND', 'Không tìm thấy tỉnh/thành phố');
    await checkAgainstDb(tx, provinceId, c);
    if (await repo.findRequestByNumber(tx, provinceId, c.number)) throw new AppError('DUPLICATE', `Số hiệu văn bản đã được dùng cho một yêu cầu khác: ${c.number}`);
    const periodId = await ensurePeriod(tx, c.period);
    const row = await repo.insertRequest(tx, {
      provinceId,
      number: c.number,
      issuedOn: c.issuedOn,
      subject: c.subject,
      periodId,
      deadline: c.deadline,
      sections: c.sections,
      allUnits: c.unitIds === null,
      regimeId: opts.regimeId ?? null,
      note: c.note,
      createdBy: accountId(actor),
    });
    await repo.setRequestIndicators(tx, row.id, c.indicators);
    if (c.unitIds) await repo.setRequestUnits(tx, row.id, c.unitIds);
    await appendAudit(tx, { actorUserId: accountId(actor), actorLabel: actorLabel(actor), entity: 'request', entityId: row.id, action: 'create', oldValue: null, newValue: snapshot(c, periodId), unitId: null, provinceId });
    await ensureRequestDrafts(tx, row.id, actor);
    // Every expected unit sees the new request among its notices.
    const message = `Yêu cầu báo cáo mới số ${c.number}: ${c.subject} — hạn gửi ${formatViDate(c.deadline)}.`;
    for (const e of await expectedUnits(tx, row)) {
      await repo.insertNotification(tx, { unitId: e.unitId, requestId: row.id, reportId: null, kind: 'opened', channel: 'app', message, recipients: null, createdBy: accountId(actor) });
    }
    return loadDetail(tx, row.id);
  });
}

function snapshot(c: CleanInput, periodId: number, status?: string): Record<string, unknown> {
  return { number: c.number, issuedOn: c.issuedOn, subject: c.subject, periodId, deadline: c.deadline, indicators: c.indicators, sections: c.sections, unitIds: c.unitIds, ...(status ? { status } : {}) };
}

async function loadDetail(db: Db, id: number): Promise<RequestDetail> {
  const request = await repo.getRequestRow(db, id);
  if (!request) throw new AppError('NOT_FOUND', 'Không tìm thấy yêu cầu báo cáo');
  const [indicators, unitIds] = await Promise.all([repo.requestIndicatorCodes(db, id), request.all_units ? Promise.resolve([]) : repo.requestUnitIds(db, id)]);
  return { request, indicators, sections: request.sections, unitIds };
}

/**
 * Reads a request: province staff of its province, the system admin, or an officer of a unit
 * the request expects an answer from. Anyone else gets NOT_FOUND (no probing of ids).
 */
export async function getRequest(db: Db, actor: Actor, requestId: number): Promise<RequestDetail> {
  const detail = await repo.getRequestRow(db, requestId);
  if (!detail) throw new AppError('NOT_FOUND', 'Không tìm thấy yêu cầu báo cáo');
  if (!canReviewProvince(actor, detail.province_id)) {
    const mine = communeIds(actor);
    const expected = mine.length ? (await expectedUnits(db, detail)).map((e) => e.unitId) : [];
    const named = mine.length && !detail.all_units ? await repo.requestUnitIds(db, requestId) : [];
    if (!mine.some((id) => expected.includes(id) || named.includes(id))) throw new AppError('NOT_FOUND', 'Không tìm thấy yêu cầu báo cáo');
  }
  return loadDetail(db, requestId);
}

/** Requests the actor may see as province staff (system admin: all; or one province). */
export async function listRequests(db: Db, actor: Actor, f: { provinceId?: number; status?: 'open' | 'closed'; periodId?: number } = {}): Promise<repo.RequestListRow[]> {
  let scope: number[] | null;
  if (f.provinceId !== undefined) {
    assertAllowed(canReviewProvince(actor, f.provinceId), 'xem yêu cầu báo cáo của tỉnh/thành phố này');
    scope = [f.provinceId];
  } else scope = isSystemAdmin(actor) ? null : provinceIds(actor);
  if (scope && scope.length === 0) return [];
  return repo.listRequestRows(db, scope, { status: f.status, periodId: f.periodId });
}

/** Edits a request; the period may change only while no report of it has been submitted. */
export async function updateRequest(db: Db, actor: Actor | null, requestId: number, input: RequestInput & { status?: 'open' | 'closed' }): Promise<RequestDetail> {
  const c = validateRequestInput(input);
  return db.transaction(async (tx) => {
    const old = await repo.getRequestRow(tx, requestId);
    if (!old || (actor && !canReviewProvince(actor, old.province_id))) throw new AppError('NOT_FOUND', 'Không tìm thấy yêu cầu báo cáo');
    await checkAgainstDb(tx, old.province_id, c);
    const clash = await repo.findRequestByNumber(tx, old.province_id, c.number);
    if (clash && clash.id !== requestId) throw new AppError('DUPLICATE', `Số hiệu văn bản đã được dùng cho một yêu cầu khác: ${c.number}`);
    const periodId = await ensurePeriod(tx, c.period);
    const reports = await repo.reportsOfRequest(tx, requestId);
    if (periodId !== old.period_id) {
      if (reports.some((r) => r.first_submitted_at || r.status !== 'draft')) throw new AppError('INVALID_STATE', 'Đã có đơn vị gửi báo cáo nên không đổi được kỳ báo cáo.');
      await tx.query('UPDATE reports SET period_id = $2, updated_at = now() WHERE request_id = $1', [requestId, periodId]);
      await tx.query('UPDATE data_values SET period_id = $2 WHERE report_id IN (SELECT id FROM reports WHERE request_id = $1)', [requestId, periodId]);
    }
    const oldDetail = await loadDetail(tx, requestId);
    const status = input.status ?? old.status;
    await repo.updateRequest(tx, requestId, { number: c.number, issuedOn: c.issuedOn, subject: c.subject, periodId, deadline: c.deadline, sections: c.sections, allUnits: c.unitIds === null, note: c.note, status });
    await repo.setRequestIndicators(tx, requestId, c.indicators);
    await repo.setRequestUnits(tx, requestId, c.unitIds ?? []);
    await appendAudit(tx, {
      actorUserId: accountId(actor),
      actorLabel: actorLabel(actor),
      entity: 'request',
      entityId: requestId,
      action: 'update',
      oldValue: { number: old.number, issuedOn: old.issued_on, subject: old.subject, periodId: old.period_id, deadline: old.deadline, indicators: oldDetail.indicators, sections: old.sections, unitIds: old.all_units ? null : oldDetail.unitIds, status: old.status },
      newValue: snapshot(c, periodId, status),
      unitId: null,
      provinceId: old.province_id,
    });
    // Units no longer addressed: drop their untouched drafts; anything with content stays.
    const expected = new Set((await expectedUnits(tx, (await repo.getRequestRow(tx, requestId))!)).map((e) => e.unitId));
    for (const r of reports) {
      if (expected.has(r.unit_id) || r.status !== 'draft' || r.first_submitted_at) continue;
      await tx.query(
        `DELETE FROM reports WHERE id = $1 AND status = 'draft' AND narrative = '{}'::jsonb AND document_id IS NULL
           AND NOT EXISTS (SELECT 1 FROM data_values WHERE report_id = $1)`,
        [r.id],
      );
    }
    await ensureRequestDrafts(tx, requestId, actor);
    return loadDetail(tx, requestId);
  });
}

export interface ExpectedUnit {
  /** The unit that must answer (after mergers effective by the deadline). */
  unitId: number;
  /** Units merged into it by the deadline that the request had addressed. */
  predecessorIds: number[];
}

/**
 * The units a request expects an answer from. Addressed units are mapped through mergers
 * effective on or before the deadline: a merged-away unit is replaced by its successor;
 * a merger after the deadline changes nothing (the old units still owe the report).
 */
export async function expectedUnits(db: Db, request: Pick<repo.RequestRow, 'id' | 'province_id' | 'all_units' | 'issued_on' | 'deadline'>): Promise<ExpectedUnit[]> {
  const refDate = request.deadline;
  let addressed: unitsRepo.UnitRow[];
  if (request.all_units) {
    addressed = await repo.communesAliveBetween(db, request.province_id, request.issued_on < refDate ? request.issued_on : refDate, refDate);
  } else {
    const ids = await repo.requestUnitIds(db, request.id);
    addressed = (await Promise.all(ids.map((id) => unitsRepo.getUnit(db, id)))).filter((u): u is unitsRepo.UnitRow => !!u);
  }
  return mapToSuccessors(db, request.province_id, addressed, refDate);
}

/** Maps units to those carrying their reporting on refDate, keeping only units alive then. */
export async function mapToSuccessors(db: Db, provinceId: number, addressed: unitsRepo.UnitRow[], refDate: string): Promise<ExpectedUnit[]> {
  const successions = await unitsRepo.listSuccessions(db, provinceId);
  const next = successorMap(successions, refDate);
  const out = new Map<number, ExpectedUnit>();
  const alive = new Map<number, boolean>();
  for (const u of addressed) {
    const target = next.get(u.id) ?? u.id;
    if (!alive.has(target)) {
      const t = target === u.id ? u : await unitsRepo.getUnit(db, target);
      alive.set(target, !!t && (!t.valid_to || t.valid_to >= refDate) && (!t.valid_from || t.valid_from <= refDate));
    }
    if (!alive.get(target)) continue;
    const e = out.get(target) ?? { unitId: target, predecessorIds: [] };
    if (target !== u.id) e.predecessorIds.push(u.id);
    out.set(target, e);
  }
  return [...out.values()].sort((a, b) => a.unitId - b.unitId);
}

/** Creates the missing draft reports of a request's expected units; idempotent. Returns how many. */
export async function ensureRequestDrafts(db: Db, requestId: number, actor: Actor | null = null): Promise<number> {
  return db.transaction(async (tx) => {
    const request = await repo.getRequestRow(tx, requestId);
    if (!request) throw new AppError('NOT_FOUND', 'Không tìm thấy yêu cầu báo cáo');
    const reports = await repo.reportsOfRequest(tx, requestId);
    const have = new Set(reports.map((r) => r.unit_id));
    const answered = new Set(reports.filter((r) => r.first_submitted_at).map((r) => r.unit_id));
    let created = 0;
    for (const e of await expectedUnits(tx, request)) {
      if (have.has(e.unitId)) continue;
      // A successor whose merged-away units already answered owes nothing more.
      if (e.predecessorIds.some((p) => answered.has(p))) continue;
      const r = await reportsRepo.insertReport(tx, { provinceId: request.province_id, unitId: e.unitId, periodId: request.period_id, requestId, createdBy: accountId(actor) });
      await appendAudit(tx, { actorUserId: accountId(actor), actorLabel: actorLabel(actor), entity: 'report', entityId: r.id, action: 'create', oldValue: null, newValue: { status: r.status, requestId }, unitId: e.unitId, provinceId: request.province_id });
      created++;
    }
    return created;
  });
}

/** The report of a unit for a request (its draft is created on demand when the unit is expected). */
export async function reportForRequest(db: Db, actor: Actor, requestId: number, unitId: number): Promise<reportsRepo.ReportRow> {
  const detail = await getRequest(db, actor, requestId);
  const expected = await expectedUnits(db, detail.request);
  if (!expected.some((e) => e.unitId === unitId)) throw new AppError('NOT_FOUND', 'Đơn vị này không thuộc danh sách nhận yêu cầu.');
  const existing = await reportsRepo.findReport(db, unitId, detail.request.period_id, requestId);
  if (existing) {
    if (!canReviewProvince(actor, existing.province_id) && !communeIds(actor).includes(unitId) && !isSystemAdmin(actor)) throw new AppError('NOT_FOUND', 'Không tìm thấy báo cáo');
    return existing;
  }
  assertAllowed(communeIds(actor).includes(unitId) || canReviewProvince(actor, detail.request.province_id), 'lập báo cáo cho đơn vị này');
  await ensureRequestDrafts(db, requestId, actor);
  const created = await reportsRepo.findReport(db, unitId, detail.request.period_id, requestId);
  if (!created) throw new AppError('INTERNAL', 'Không tạo được báo cáo');
  return created;
}
