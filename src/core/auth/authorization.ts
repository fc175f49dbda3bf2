// Who may do what: roles are scoped to units. A commune officer acts for their commune;
// a province analyst reads and reviews within their province; a province admin also manages
// accounts, units, catalog and rules there; the system admin may do everything.
import { AppError } from '#src/errors.ts';

export const roles = ['system_admin', 'province_admin', 'province_analyst', 'commune_officer'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  system_admin: 'Quản trị hệ thống',
  province_admin: 'Quản trị cấp tỉnh',
  province_analyst: 'Chuyên viên cấp tỉnh',
  commune_officer: 'Cán bộ cấp xã',
};

export interface Actor {
  userId: number;
  username: string;
  fullName: string;
  roles: { role: Role; unitId: number | null; provinceId: number | null; unitName: string | null }[];
}

/**
 * The account an actor's writes are recorded against (audit entries, created_by, updated_by…):
 * none for the console operator (userId 0, src/cli/context.ts), who is named by label only, nor
 * for a write the system makes with no actor (scheduled reminders, regimes).
 */
export function accountId(a: Actor | null | undefined): number | null {
  return a && a.userId > 0 ? a.userId : null;
}

/** The minimal facts about a unit that authorization needs. */
export interface UnitScope {
  id: number;
  provinceId: number | null;
}

export function isSystemAdmin(a: Actor): boolean {
  return a.roles.some((r) => r.role === 'system_admin');
}

/** Provinces where the actor has a province-level role (analyst or admin). */
export function provinceIds(a: Actor, which: 'read' | 'admin' = 'read'): number[] {
  const ok: Role[] = which === 'admin' ? ['province_admin'] : ['province_admin', 'province_analyst'];
  return a.roles.filter((r) => ok.includes(r.role) && r.unitId !== null).map((r) => r.unitId!);
}

export function communeIds(a: Actor): number[] {
  return a.roles.filter((r) => r.role === 'commune_officer' && r.unitId !== null).map((r) => r.unitId!);
}

export function canReadUnit(a: Actor, u: UnitScope): boolean {
  if (isSystemAdmin(a)) return true;
  const prov = u.provinceId ?? u.id;
  if (provinceIds(a).includes(prov)) return true;
  return communeIds(a).includes(u.id);
}

/** Typing and submitting a commune's report. */
export function canActForUnit(a: Actor, u: UnitScope): boolean {
  if (isSystemAdmin(a)) return true;
  return communeIds(a).includes(u.id) || provinceIds(a, 'admin').includes(u.provinceId ?? u.id);
}

/** Accepting or returning reports, creating requests, synthesis. */
export function canReviewProvince(a: Actor, provinceId: number): boolean {
  return isSystemAdmin(a) || provinceIds(a).includes(provinceId);
}

export function canAdminProvince(a: Actor, provinceId: number): boolean {
  return isSystemAdmin(a) || provinceIds(a, 'admin').includes(provinceId);
}

export function assertAllowed(ok: boolean, what = 'thực hiện thao tác này'): void {
  if (!ok) throw new AppError('FORBIDDEN', `Bạn không có quyền ${what}.`);
}
