// Administration use-cases behind the web pages: units (create, rename, merge, bulk import),
// accounts, the indicator catalog and the audit log. A province admin acts only within their
// province; the system admin everywhere. Every change is written to the audit log.
import { z } from 'zod';
import { AppError } from '#src/errors.ts';
import type { Db } from '#src/storage/db.ts';
import * as unitsRepo from '#src/storage/units.repository.ts';
import * as usersRepo from '#src/storage/users.repository.ts';
import { appendAudit, listAudit, type AuditEntry, type AuditRow } from '#src/storage/audit.repository.ts';
import { listIndicators, upsertIndicator, type IndicatorRow } from '#src/storage/catalog.repository.ts';
import {
  type Actor,
  type Role,
  accountId,
  assertAllowed,
  canAdminProvince,
  canReviewProvince,
  isSystemAdmin,
  provinceIds,
  roles as allRoles,
} from '#src/core/auth/authorization.ts';
import { createUnit, isCommuneLevel, mergeUnits, renameUnit, type UnitLevel } from '#src/core/units/units.ts';
import { importUnits, parseUnitsCsv, type ImportResult } from '#src/core/units/import-units.ts';
import { addOfficialUnits, officialProvinceName, type OfficialLoad } from '#src/core/units/official-units.ts';
import { createUser } from '#src/core/auth/users.ts';
import { forgetSessions } from '#src/core/auth/sessions.ts';
import { generatePassword, hashPassword } from '#src/core/auth/passwords.ts';
import { aggregationTypes, indicatorSchema } from '#src/core/catalog/catalog.ts';
import { isIsoDate } from '#src/core/periods/periods.ts';

const label = (a: Actor) => `${a.fullName} (${a.username})`;

async function audit(db: Db, a: Actor, e: Omit<AuditEntry, 'actorUserId' | 'actorLabel'>): Promise<void> {
  await appendAudit(db, { actorUserId: accountId(a), actorLabel: label(a), ...e });
}

/** Provinces the actor administers (all for the system admin). */
export async function adminProvinces(db: Db, actor: Actor): Promise<unitsRepo.UnitRow[]> {
  if (isSystemAdmin(actor)) return unitsRepo.listProvinces(db);
  const ids = provinceIds(actor, 'admin');
  return (await Promise.all(ids.map((id) => unitsRepo.getUnit(db, id)))).filter((u): u is unitsRepo.UnitRow => !!u);
}

async function provinceOf(db: Db, actor: Actor, provinceId: number, what: string): Promise<unitsRepo.UnitRow> {
  assertAllowed(canAdminProvince(actor, provinceId), what);
  const p = await unitsRepo.getUnit(db, provinceId);
  if (!p || p.level !== 'tinh') throw new AppError('NOT_FOUND', 'Không tìm thấy tỉnh/thành phố');
  return p;
}

/** A commune-level unit of a province the actor administers (NOT_FOUND otherwise: no probing). */
async function communeOf(db: Db, actor: Actor, unitId: number): Promise<unitsRepo.UnitRow> {
  const u = await unitsRepo.getUnit(db, unitId);
  if (!u || !isCommuneLevel(u.level) || u.province_id === null || !canAdminProvince(actor, u.province_id)) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị');
  return u;
}

// ---------- units ----------

export interface UnitListRow extends unitsRepo.UnitRow {
  successor_name: string | null;
  successor_date: string | null;
  officers: number;
}

export async function listUnitsForAdmin(db: Db, actor: Actor, provinceId: number): Promise<UnitListRow[]> {
  await provinceOf(db, actor, provinceId, 'quản lý đơn vị của tỉnh/thành phố này');
  return db.query<UnitListRow & Record<string, unknown>>(
    `SELECT u.id, u.code, u.name, u.level, u.parent_id, u.province_id, u.valid_from, u.valid_to,
            su.name AS successor_name, s.effective_date AS successor_date,
            (SELECT count(*)::int FROM user_roles r WHERE r.unit_id = u.id AND r.role = 'commune_officer') AS officers
       FROM units u
       LEFT JOIN unit_successions s ON s.predecessor_id = u.id
       LEFT JOIN units su ON su.id = s.successor_id
      WHERE u.province_id = $1 AND u.level IN ('xa', 'phuong', 'dac_khu')
      ORDER BY (u.valid_to IS NOT NULL), u.name`,
    [provinceId],
  );
}

const unitInput = z.object({
  code: z.string().trim().min(1, 'Cần mã đơn vị').max(64),
  name: z.string().trim().min(1, 'Cần tên đơn vị').max(200),
  level: z.enum(['xa', 'phuong', 'dac_khu'], { message: 'Cấp đơn vị phải là xã, phường hoặc đặc khu' }),
  validFrom: z.string().trim().optional(),
});

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const r = schema.safeParse(input);
  if (!r.success) throw new AppError('VALIDATION', r.error.issues.map((i) => i.message).join('; '));
  return r.data;
}

export async function createCommuneAs(db: Db, actor: Actor, provinceId: number, input: { code: string; name: string; level: string; validFrom?: string }): Promise<unitsRepo.UnitRow> {
  const p = await provinceOf(db, actor, provinceId, 'thêm đơn vị cho tỉnh/thành phố này');
  const v = parse(unitInput, input);
  if (v.validFrom && !isIsoDate(v.validFrom)) throw new AppError('VALIDATION', 'Ngày bắt đầu phải có dạng YYYY-MM-DD');
  return db.transaction(async (tx) => {
    const u = await createUnit(tx, { code: v.code, name: v.name, level: v.level, parentCode: p.code, validFrom: v.validFrom || null });
    await audit(tx, actor, { entity: 'unit', entityId: u.id, action: 'create', oldValue: null, newValue: { code: u.code, name: u.name, level: u.level }, unitId: u.id, provinceId: p.id });
    return u;
  });
}

/**
 * Adds the missing official units (the 2025 list) of a province the actor administers, audited in
 * the same transaction. The row is the one given by id; its name only picks the list
 * ("Thành phố Hải Phòng" reads the list of Hải Phòng).
 */
export async function loadOfficialUnitsAs(db: Db, actor: Actor, provinceId: number): Promise<OfficialLoad> {
  const p = await provinceOf(db, actor, provinceId, 'thêm đơn vị cho tỉnh/thành phố này');
  return loadOfficial(db, actor, officialProvinceName(p.name), p);
}

/** By name (the CLI): an existing province as above; a missing one only by the system admin. */
export async function loadOfficialUnitsByNameAs(db: Db, actor: Actor, provinceName: string): Promise<OfficialLoad> {
  const province = officialProvinceName(provinceName);
  const existing = await unitsRepo.findProvinceByName(db, province);
  if (existing) return loadOfficialUnitsAs(db, actor, existing.id);
  assertAllowed(isSystemAdmin(actor), 'thêm tỉnh/thành phố mới');
  return loadOfficial(db, actor, province, null);
}

async function loadOfficial(db: Db, actor: Actor, province: string, row: unitsRepo.UnitRow | null): Promise<OfficialLoad> {
  return db.transaction(async (tx) => {
    const res = await addOfficialUnits(tx, province, row);
    if (res.created || res.provinceCreated) {
      await audit(tx, actor, { entity: 'unit', entityId: res.provinceId, action: 'load_official', oldValue: null, newValue: { province, created: res.created, provinceCreated: res.provinceCreated }, unitId: null, provinceId: res.provinceId });
    }
    return res;
  });
}

/** The province of a commune-level unit the actor administers; null when there is none (no such unit, or not theirs). */
export async function adminUnitProvince(db: Db, actor: Actor, unitId: number): Promise<number | null> {
  return communeOf(db, actor, unitId).then(
    (u) => u.province_id,
    (e: unknown) => {
      if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
      throw e;
    },
  );
}

/** Renames a commune-level unit the actor administers (the old name kept in its history, audited); returns the unit as it was. */
export async function renameUnitAs(db: Db, actor: Actor, unitId: number, newName: string, effectiveDate: string): Promise<unitsRepo.UnitRow> {
  const u = await communeOf(db, actor, unitId);
  const name = newName.trim();
  if (!name || name.length > 200) throw new AppError('VALIDATION', 'Tên mới không được để trống (tối đa 200 ký tự)');
  if (name === u.name) throw new AppError('VALIDATION', 'Tên mới trùng với tên hiện tại');
  await db.transaction(async (tx) => {
    await renameUnit(tx, u.id, name, effectiveDate);
    await audit(tx, actor, { entity: 'unit', entityId: u.id, action: 'rename', oldValue: { name: u.name }, newValue: { name, effectiveDate }, unitId: u.id, provinceId: u.province_id });
  });
  return u;
}

export async function mergeUnitsAs(
  db: Db,
  actor: Actor,
  provinceId: number,
  input: { predecessorIds: number[]; successorId?: number | null; newUnit?: { code: string; name: string; level: string } | null; effectiveDate: string; note?: string },
): Promise<unitsRepo.UnitRow> {
  const p = await provinceOf(db, actor, provinceId, 'sáp nhập đơn vị của tỉnh/thành phố này');
  const ids = [...new Set(input.predecessorIds)];
  if (ids.length < 1) throw new AppError('VALIDATION', 'Chọn ít nhất một đơn vị được sáp nhập');
  const preds = await Promise.all(ids.map((id) => communeOf(db, actor, id)));
  if (preds.some((u) => u.province_id !== p.id)) throw new AppError('VALIDATION', 'Các đơn vị sáp nhập phải cùng một tỉnh/thành phố');
  let successor: { code: string; name?: string; level?: UnitLevel; parentCode?: string };
  if (input.successorId) {
    const s = await communeOf(db, actor, input.successorId);
    if (s.province_id !== p.id) throw new AppError('VALIDATION', 'Đơn vị tiếp nhận phải cùng tỉnh/thành phố');
    successor = { code: s.code };
  } else if (input.newUnit) {
    const v = parse(unitInput, input.newUnit);
    if (await unitsRepo.getUnitByCode(db, v.code)) throw new AppError('DUPLICATE', `Mã đơn vị đã tồn tại: ${v.code}`);
    successor = { code: v.code, name: v.name, level: v.level, parentCode: p.code };
  } else {
    throw new AppError('VALIDATION', 'Chọn đơn vị tiếp nhận hoặc nhập đơn vị mới');
  }
  if (preds.length === 1 && input.successorId === preds[0]!.id) throw new AppError('VALIDATION', 'Đơn vị tiếp nhận phải khác đơn vị được sáp nhập');
  const note = input.note?.trim().slice(0, 500) || undefined;
  return db.transaction(async (tx) => {
    const s = await mergeUnits(tx, { predecessorCodes: preds.map((u) => u.code), successor, effectiveDate: input.effectiveDate, ...(note ? { note } : {}) });
    await audit(tx, actor, {
      entity: 'unit', entityId: s.id, action: 'merge',
      oldValue: { units: preds.map((u) => ({ code: u.code, name: u.name })) },
      newValue: { code: s.code, name: s.name, effectiveDate: input.effectiveDate, note: note ?? null },
      unitId: s.id, provinceId: p.id,
    });
    return s;
  });
}

/** Bulk import from CSV; the actor must administer every province named in the file. */
export async function importUnitsAs(db: Db, actor: Actor, csv: string, fileName: string): Promise<ImportResult> {
  const rows = parseUnitsCsv(csv);
  const codes = [...new Set(rows.map((r) => r.provinceCode))];
  const provinces = await unitsRepo.findUnitsByCodes(db, codes);
  const errors: string[] = [];
  for (const r of rows) {
    const p = provinces.find((x) => x.code === r.provinceCode && x.level === 'tinh');
    if (!p) errors.push(`Dòng ${r.line}: không tìm thấy tỉnh/thành phố "${r.provinceCode}"`);
    else if (!canAdminProvince(actor, p.id)) errors.push(`Dòng ${r.line}: bạn không có quyền thêm đơn vị cho "${p.name}"`);
  }
  if (errors.length) throw new AppError('BAD_CSV', errors.slice(0, 50).join('\n'), { details: { errors } });
  // importUnits is all-or-nothing on its own; its slow password hashing stays outside any
  // transaction so other users are not held up. The audit entry follows the import.
  const res = await importUnits(db, csv);
  for (const p of provinces) {
    const n = rows.filter((r) => r.provinceCode === p.code).length;
    if (n) await audit(db, actor, { entity: 'unit', entityId: p.id, action: 'import', oldValue: null, newValue: { file: fileName.slice(0, 200), units: n, accounts: res.accounts.length }, unitId: null, provinceId: p.id });
  }
  return res;
}

// ---------- accounts ----------

export interface AccountRow {
  id: number;
  username: string;
  full_name: string;
  email: string | null;
  active: boolean;
  role: Role;
  unit_id: number | null;
  unit_name: string | null;
  unit_level: UnitLevel | null;
}

export async function listAccounts(db: Db, actor: Actor, provinceId: number): Promise<AccountRow[]> {
  await provinceOf(db, actor, provinceId, 'quản lý tài khoản của tỉnh/thành phố này');
  return db.query<AccountRow & Record<string, unknown>>(
    `SELECT us.id, us.username, us.full_name, us.email, us.active, r.role, r.unit_id, u.name AS unit_name, u.level AS unit_level
       FROM user_roles r JOIN users us ON us.id = r.user_id JOIN units u ON u.id = r.unit_id
      WHERE u.id = $1 OR u.province_id = $1
      ORDER BY (r.role = 'commune_officer'), u.name, us.username`,
    [provinceId],
  );
}

/** Is every role of this user inside provinces the actor administers? (system admins: only by a system admin) */
async function assertManagesUser(db: Db, actor: Actor, userId: number): Promise<usersRepo.UserRow> {
  const user = await usersRepo.getUser(db, userId);
  if (!user) throw new AppError('NOT_FOUND', 'Không tìm thấy tài khoản');
  const rs = await usersRepo.rolesOf(db, userId);
  const ok = isSystemAdmin(actor) || (rs.length > 0 && rs.every((r) => r.role !== 'system_admin' && r.province_id !== null && canAdminProvince(actor, r.province_id)));
  if (!ok) throw new AppError('NOT_FOUND', 'Không tìm thấy tài khoản');
  return user;
}

export async function createAccountAs(
  db: Db,
  actor: Actor,
  input: { username: string; fullName: string; email?: string; role: string; unitId: number },
): Promise<{ username: string; password: string }> {
  const role = input.role as Role;
  if (!allRoles.includes(role) || role === 'system_admin') throw new AppError('VALIDATION', 'Vai trò không hợp lệ');
  const unit = await unitsRepo.getUnit(db, input.unitId);
  const provinceId = unit ? (unit.level === 'tinh' ? unit.id : unit.province_id) : null;
  if (!unit || provinceId === null) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị');
  assertAllowed(canAdminProvince(actor, provinceId), 'tạo tài khoản cho đơn vị này');
  const fullName = input.fullName.trim();
  if (!fullName || fullName.length > 200) throw new AppError('VALIDATION', 'Cần họ và tên (tối đa 200 ký tự)');
  const email = input.email?.trim() || null;
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AppError('VALIDATION', `Thư điện tử không hợp lệ: "${email}"`);
  const password = generatePassword();
  return db.transaction(async (tx) => {
    const u = await createUser(tx, { username: input.username, password, fullName, email, role, unitCode: unit.code });
    await audit(tx, actor, { entity: 'user', entityId: u.id, action: 'create', oldValue: null, newValue: { username: u.username, fullName, role, unit: unit.name }, unitId: unit.id, provinceId });
    return { username: u.username, password };
  });
}

export async function setAccountActiveAs(db: Db, actor: Actor, userId: number, active: boolean): Promise<void> {
  if (userId === actor.userId) throw new AppError('VALIDATION', 'Không thể tự khóa tài khoản của chính mình');
  const user = await assertManagesUser(db, actor, userId);
  if (user.active === active) return;
  const rs = await usersRepo.rolesOf(db, userId);
  await db.transaction(async (tx) => {
    await tx.query('UPDATE users SET active = $2 WHERE id = $1', [userId, active]);
    if (!active) await tx.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
    forgetSessions(db, userId);
    await audit(tx, actor, { entity: 'user', entityId: userId, action: active ? 'activate' : 'deactivate', oldValue: { active: user.active }, newValue: { active }, unitId: rs[0]?.unit_id ?? null, provinceId: rs[0]?.province_id ?? null });
  });
  forgetSessions(db, userId); // again after commit: a request racing the transaction may have re-read it
}

export async function resetPasswordAs(db: Db, actor: Actor, userId: number): Promise<{ username: string; password: string }> {
  const user = await assertManagesUser(db, actor, userId);
  const password = generatePassword();
  const hash = await hashPassword(password);
  const rs = await usersRepo.rolesOf(db, userId);
  await db.transaction(async (tx) => {
    await usersRepo.setPassword(tx, userId, hash);
    await tx.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
    forgetSessions(db, userId);
    await audit(tx, actor, { entity: 'user', entityId: userId, action: 'reset_password', oldValue: null, newValue: null, unitId: rs[0]?.unit_id ?? null, provinceId: rs[0]?.province_id ?? null });
  });
  forgetSessions(db, userId);
  return { username: user.username, password };
}

// ---------- indicator catalog ----------

export async function catalogFor(db: Db, actor: Actor, provinceId: number): Promise<{ indicators: IndicatorRow[]; groups: { code: string; name: string }[] }> {
  await provinceOf(db, actor, provinceId, 'quản lý danh mục chỉ tiêu của tỉnh/thành phố này');
  const [indicators, groups] = await Promise.all([
    listIndicators(db, provinceId),
    db.query<{ code: string; name: string }>('SELECT code, name FROM indicator_groups ORDER BY sort, code'),
  ]);
  return { indicators, groups };
}

/** A shared indicator (province_id NULL) is edited only by the system admin; a province's own by its admin. */
export function canEditIndicator(actor: Actor, ind: Pick<IndicatorRow, 'province_id'>): boolean {
  return ind.province_id === null ? isSystemAdmin(actor) : canAdminProvince(actor, ind.province_id);
}

export async function saveIndicatorAs(
  db: Db,
  actor: Actor,
  provinceId: number,
  input: { code: string; group: string; name: string; unit: string; aggregation: string; numerator?: string; denominator?: string; active: boolean },
): Promise<void> {
  await provinceOf(db, actor, provinceId, 'sửa danh mục chỉ tiêu của tỉnh/thành phố này');
  const code = input.code.trim().toUpperCase();
  const parsed = indicatorSchema.safeParse({
    code,
    group: input.group,
    name: input.name.trim(),
    unit: input.unit.trim(),
    aggregation: input.aggregation,
    ...(input.numerator ? { numerator: input.numerator.trim().toUpperCase() } : {}),
    ...(input.denominator ? { denominator: input.denominator.trim().toUpperCase() } : {}),
  });
  if (!parsed.success) {
    const names: Record<string, string> = { code: 'Mã', group: 'Nhóm', name: 'Tên', unit: 'Đơn vị tính', aggregation: 'Cách tổng hợp', numerator: 'Tử số', denominator: 'Mẫu số' };
    throw new AppError('VALIDATION', parsed.error.issues.map((i) => `${names[String(i.path[0])] ?? i.path.join('.')}: ${i.path[0] === 'code' ? 'chỉ gồm chữ in hoa, số và dấu gạch dưới, bắt đầu bằng chữ' : i.code === 'too_small' ? 'không được để trống' : 'không hợp lệ'}`).join('; '));
  }
  const ind = parsed.data;
  if (ind.name.length > 300 || ind.unit.length > 50) throw new AppError('VALIDATION', 'Tên (tối đa 300 ký tự) hoặc đơn vị tính (tối đa 50 ký tự) quá dài');
  if (!(aggregationTypes as readonly string[]).includes(ind.aggregation)) throw new AppError('VALIDATION', 'Cách tổng hợp không hợp lệ');
  if ((ind.numerator || ind.denominator) && ind.aggregation !== 'percent') throw new AppError('VALIDATION', 'Tử số/mẫu số chỉ dùng cho chỉ tiêu loại tỷ lệ');
  await db.transaction(async (tx) => {
    const group = await tx.query('SELECT 1 FROM indicator_groups WHERE code = $1', [ind.group]);
    if (!group.length) throw new AppError('VALIDATION', `Nhóm chỉ tiêu không tồn tại: ${ind.group}`);
    const visible = await listIndicators(tx, provinceId);
    for (const ref of [ind.numerator, ind.denominator]) {
      if (ref && !visible.some((i) => i.code === ref)) throw new AppError('UNKNOWN_INDICATOR', `Mã chỉ tiêu không tồn tại: ${ref}`);
    }
    const old = (await tx.query<IndicatorRow & Record<string, unknown>>('SELECT code, group_code, name, unit, aggregation, numerator_code, denominator_code, cues, province_id, active, sort FROM indicators WHERE code = $1', [code]))[0];
    if (old) {
      // Another province's own indicator looks like "not found"; a shared one needs the system admin.
      if (old.province_id !== null && old.province_id !== provinceId) throw new AppError('DUPLICATE', `Mã chỉ tiêu đã được dùng: ${code}`);
      assertAllowed(canEditIndicator(actor, old), 'sửa chỉ tiêu dùng chung (chỉ quản trị hệ thống)');
    }
    const sort = old?.sort ?? ((await tx.query<{ s: number }>('SELECT coalesce(max(sort), 0) + 1 AS s FROM indicators'))[0]?.s ?? 0);
    await upsertIndicator(tx, { ...ind, cues: old?.cues ?? [] }, sort, old ? old.province_id : provinceId);
    await tx.query('UPDATE indicators SET active = $2 WHERE code = $1', [code, input.active]);
    await audit(tx, actor, {
      entity: 'indicator', entityId: code, action: old ? 'update' : 'create',
      oldValue: old ? { name: old.name, unit: old.unit, aggregation: old.aggregation, group: old.group_code, active: old.active } : null,
      newValue: { name: ind.name, unit: ind.unit, aggregation: ind.aggregation, group: ind.group, active: input.active },
      unitId: null, provinceId: old ? old.province_id : provinceId,
    });
  });
}

// ---------- audit log ----------

export interface AuditFilter {
  provinceId?: number | null;
  unitId?: number | null;
  user?: string | null;
  entity?: string | null;
  from?: string | null;
  to?: string | null;
}

export const auditEntities: Record<string, string> = {
  report: 'Báo cáo',
  data_value: 'Số liệu',
  unit: 'Đơn vị',
  user: 'Tài khoản',
  indicator: 'Chỉ tiêu',
  request: 'Yêu cầu báo cáo',
  rule: 'Quy tắc kiểm tra',
  synthesis: 'Tải văn bản tổng hợp',
};

/** The audit log, limited to the provinces the actor may read (all for the system admin). */
export async function auditFor(db: Db, actor: Actor, f: AuditFilter, limit = 200): Promise<AuditRow[]> {
  let scope: number[] | null;
  if (f.provinceId) {
    assertAllowed(canReviewProvince(actor, f.provinceId), 'xem nhật ký của tỉnh/thành phố này');
    scope = [f.provinceId];
  } else if (isSystemAdmin(actor)) {
    scope = null;
  } else {
    scope = provinceIds(actor);
    if (!scope.length) throw new AppError('FORBIDDEN', 'Bạn không có quyền xem nhật ký thay đổi.');
  }
  for (const d of [f.from, f.to]) if (d && !isIsoDate(d)) throw new AppError('VALIDATION', 'Ngày lọc phải có dạng YYYY-MM-DD');
  if (f.entity && !(f.entity in auditEntities)) throw new AppError('VALIDATION', 'Loại đối tượng không hợp lệ');
  return listAudit(db, {
    provinceIds: scope,
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.unitId ? { unitId: f.unitId } : {}),
    ...(f.user ? { actor: f.user.slice(0, 100) } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    limit,
  });
}
