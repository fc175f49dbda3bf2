// Small builders for test data on top of the seeded database.
import type { Db } from '#src/storage/db.ts';
import { createUser } from '#src/core/auth/users.ts';
import { loadActor } from '#src/core/auth/sessions.ts';
import type { Actor, Role } from '#src/core/auth/authorization.ts';
import { ensurePeriod } from '#src/storage/periods.repository.ts';
import { regularPeriod } from '#src/core/periods/periods.ts';
import { getUnitByCode } from '#src/storage/units.repository.ts';
import { isAppError } from '#src/errors.ts';

export const PASSWORD = 'test-password-1';

/** The code of an application error (the text of anything else), for asserting rejections. */
export const errorCode = (e: unknown): string => (isAppError(e) ? e.code : String(e));

export async function makeUser(db: Db, username: string, role: Role, unitCode: string | null): Promise<Actor> {
  const u = await createUser(db, { username, password: PASSWORD, fullName: `Người dùng ${username}`, role, unitCode });
  return loadActor(db, u.id);
}

export async function unitId(db: Db, code: string): Promise<number> {
  const u = await getUnitByCode(db, code);
  if (!u) throw new Error(`no unit ${code}`);
  return u.id;
}

export async function yearPeriod(db: Db, year = 2025): Promise<number> {
  return ensurePeriod(db, regularPeriod('year', year));
}
