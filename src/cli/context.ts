// Opens the same database the web server uses (LANTOA_DATA_DIR or DATABASE_URL), migrated.
import { loadConfig } from '#src/config/config.ts';
import { openDb, type Db } from '#src/storage/db.ts';
import { bootstrap } from '#src/core/setup/bootstrap.ts';
import { AppError } from '#src/errors.ts';
import type { Actor } from '#src/core/auth/authorization.ts';
import { loadActor } from '#src/core/auth/sessions.ts';
import { getUserByUsername } from '#src/storage/users.repository.ts';

/** The operator at the console acts as the system; --as USERNAME runs with that user's rights. */
export const consoleActor: Actor = { userId: 0, username: 'console', fullName: 'Dòng lệnh', roles: [{ role: 'system_admin', unitId: null, provinceId: null, unitName: null }] };

/** The console, or the active account named by --as. */
export async function actorFor(db: Db, username: string | undefined): Promise<Actor> {
  if (!username) return consoleActor;
  const u = await getUserByUsername(db, username);
  if (!u || !u.active) throw new AppError('NOT_FOUND', `Không tìm thấy tài khoản: ${username}`);
  return loadActor(db, u.id);
}

export async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const boot = await bootstrap(db, { adminPassword: config.adminPassword, secret: config.secret });
    if (boot.generatedAdminPassword) process.stderr.write(`Đã tạo tài khoản "admin" với mật khẩu: ${boot.generatedAdminPassword}\n`);
    return await fn(db);
  } finally {
    await db.close();
  }
}
