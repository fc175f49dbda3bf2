// Opens the same database the web server uses (LANTOA_DATA_DIR or DATABASE_URL), migrated.
import { loadConfig } from '#src/config/config.ts';
import { openDb, type Db } from '#src/storage/db.ts';
import { bootstrap } from '#src/core/setup/bootstrap.ts';

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
