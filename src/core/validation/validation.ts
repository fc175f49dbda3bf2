// Use-cases around validation rules: seeding a province's defaults, checking a report,
// and the province admin's list/edit of rules (audited).
import { AppError } from '#src/errors.ts';
import type { Db } from '#src/storage/db.ts';
import * as rulesRepo from '#src/storage/validation-rules.repository.ts';
import { listIndicators } from '#src/storage/catalog.repository.ts';
import { getPeriod } from '#src/storage/periods.repository.ts';
import { valuesOfReport, type ReportRow } from '#src/storage/reports.repository.ts';
import { appendAudit } from '#src/storage/audit.repository.ts';
import { type Actor, accountId, assertAllowed, canAdminProvince, canReviewProvince } from '#src/core/auth/authorization.ts';
import { defaultRules, evaluateRules, ruleInputSchema, type CatalogEntry, type Finding, type Rule, type ValueForCheck } from './rules.ts';

export async function catalogEntries(db: Db, provinceId: number): Promise<CatalogEntry[]> {
  const rows = await listIndicators(db, provinceId);
  return rows.filter((r) => r.active).map((r) => ({ code: r.code, name: r.name, aggregation: r.aggregation, numerator: r.numerator_code, denominator: r.denominator_code }));
}

/** Gives a province the default rules once; later edits (or switching rules off) are kept. */
export async function ensureDefaultRules(db: Db, provinceId: number): Promise<void> {
  if (await rulesRepo.isSeeded(db, provinceId)) return;
  await db.transaction(async (tx) => {
    if (await rulesRepo.isSeeded(tx, provinceId)) return;
    for (const r of defaultRules(await catalogEntries(tx, provinceId))) await rulesRepo.insertRuleIfAbsent(tx, provinceId, r, null);
    await rulesRepo.markSeeded(tx, provinceId);
  });
}

export async function rulesOf(db: Db, provinceId: number): Promise<Rule[]> {
  await ensureDefaultRules(db, provinceId);
  return rulesRepo.listRules(db, provinceId);
}

/** Findings for a report's current values (no authorization: callers have checked it). */
export async function checkReport(db: Db, report: Pick<ReportRow, 'id' | 'province_id' | 'unit_id' | 'period_id'>): Promise<Finding[]> {
  const values = await valuesOfReport(db, report.id);
  return checkValues(db, report, new Map(values.map((v) => [v.indicator_code, { value: v.value, max: v.value_max, qualifier: v.qualifier }])));
}

/** Findings for values not stored yet (a document's proposals under review). */
export async function checkValues(db: Db, report: Pick<ReportRow, 'province_id' | 'unit_id' | 'period_id'>, values: ReadonlyMap<string, ValueForCheck>): Promise<Finding[]> {
  const [rules, catalog, period] = await Promise.all([rulesOf(db, report.province_id), catalogEntries(db, report.province_id), getPeriod(db, report.period_id)]);
  const previous = period ? await rulesRepo.previousValues(db, report.unit_id, period.starts_on) : new Map<string, number>();
  return evaluateRules(rules, values, catalog, previous);
}

export async function listProvinceRules(db: Db, actor: Actor, provinceId: number): Promise<Rule[]> {
  assertAllowed(canReviewProvince(actor, provinceId), 'xem quy tắc kiểm tra của tỉnh này');
  return rulesOf(db, provinceId);
}

/** Creates (id null) or updates a rule of a province; only its admins may. */
export async function saveRule(db: Db, actor: Actor, provinceId: number, id: number | null, input: unknown): Promise<Rule> {
  assertAllowed(canAdminProvince(actor, provinceId), 'sửa quy tắc kiểm tra của tỉnh này');
  const parsed = ruleInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION', parsed.error.issues.map((i) => i.message).join('; '));
  const r: Rule = { ...parsed.data };
  return db.transaction(async (tx) => {
    await ensureDefaultRules(tx, provinceId);
    const known = new Set((await catalogEntries(tx, provinceId)).map((c) => c.code));
    for (const code of [r.indicator, r.other]) {
      if (code && !known.has(code)) throw new AppError('UNKNOWN_INDICATOR', `Mã chỉ tiêu không tồn tại: ${code}`);
    }
    const label = `${actor.fullName} (${actor.username})`;
    if (id === null) {
      if (!(await rulesRepo.insertRuleIfAbsent(tx, provinceId, r, accountId(actor)))) throw new AppError('DUPLICATE', `Đã có quy tắc mã "${r.code}".`);
      await appendAudit(tx, { actorUserId: accountId(actor), actorLabel: label, entity: 'rule', entityId: `${provinceId}:${r.code}`, action: 'create', oldValue: null, newValue: r, unitId: null, provinceId });
      return r;
    }
    const old = await rulesRepo.getRule(tx, provinceId, id);
    if (!old) throw new AppError('NOT_FOUND', 'Không tìm thấy quy tắc.');
    const next = { ...r, code: old.code, id };
    await rulesRepo.updateRule(tx, provinceId, id, next, accountId(actor));
    await appendAudit(tx, { actorUserId: accountId(actor), actorLabel: label, entity: 'rule', entityId: `${provinceId}:${old.code}`, action: 'update', oldValue: old, newValue: next, unitId: null, provinceId });
    return next;
  });
}
