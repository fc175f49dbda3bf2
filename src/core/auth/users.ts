// Creating accounts with unit-scoped roles.
import { AppError } from '#src/errors.ts';
import type { Db } from '#src/storage/db.ts';
import * as users from '#src/storage/users.repository.ts';
import * as units from '#src/storage/units.repository.ts';
import { isCommuneLevel } from '#src/core/units/units.ts';
import { hashPassword } from './passwords.ts';
import { roles, type Role } from './authorization.ts';

export function normaliseUsername(u: string): string {
  return u.trim().toLowerCase();
}

export function assertUsername(u: string): void {
  if (!/^[a-z0-9._-]{3,64}$/.test(u)) {
    throw new AppError('VALIDATION', `Tên đăng nhập "${u}" không hợp lệ: 3–64 ký tự gồm chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới`);
  }
}

export async function createUser(
  db: Db,
  input: { username: string; password: string; fullName: string; email?: string | null; role: Role; unitCode?: string | null },
): Promise<users.UserRow> {
  const username = normaliseUsername(input.username);
  assertUsername(username);
  if (!roles.includes(input.role)) throw new AppError('VALIDATION', `Vai trò không hợp lệ: ${input.role}`);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (await users.getUserByUsername(tx, username)) throw new AppError('DUPLICATE', `Tên đăng nhập đã tồn tại: ${username}`);
    let unitId: number | null = null;
    if (input.role !== 'system_admin') {
      if (!input.unitCode) throw new AppError('VALIDATION', 'Vai trò này cần mã đơn vị');
      const unit = await units.getUnitByCode(tx, input.unitCode);
      if (!unit) throw new AppError('NOT_FOUND', `Không tìm thấy đơn vị: ${input.unitCode}`);
      const wantsProvince = input.role === 'province_admin' || input.role === 'province_analyst';
      if (wantsProvince && unit.level !== 'tinh') throw new AppError('VALIDATION', 'Vai trò cấp tỉnh phải gắn với một tỉnh/thành phố');
      if (input.role === 'commune_officer' && !isCommuneLevel(unit.level)) throw new AppError('VALIDATION', 'Cán bộ cấp xã phải gắn với xã, phường hoặc đặc khu');
      unitId = unit.id;
    }
    const user = await users.insertUser(tx, { username, passwordHash, fullName: input.fullName.trim() || username, email: input.email ?? null });
    await users.addRole(tx, user.id, input.role, unitId);
    return user;
  });
}
