// First-start set-up: migrations, the indicator catalog, the initial provinces and communes,
// the administrator account and the server secret. Idempotent: later starts change nothing
// that a province has edited.
import { randomBytes } from 'node:crypto';
import type { Db } from '#src/storage/db.ts';
import { migrate } from '#src/storage/migrate.ts';
import { upsertCatalog } from '#src/storage/catalog.repository.ts';
import * as unitsRepo from '#src/storage/units.repository.ts';
import * as usersRepo from '#src/storage/users.repository.ts';
import { loadDefaultCatalog } from '#src/core/catalog/catalog.ts';
import { createUnit, type UnitLevel } from '#src/core/units/units.ts';
import { generatePassword, hashPassword } from '#src/core/auth/passwords.ts';
import initial from './initial-units.json' with { type: 'json' };

export interface BootstrapResult {
  migrations: string[];
  /** Set only when the admin was created now with a generated password: print it once. */
  generatedAdminPassword: string | null;
  adminCreated: boolean;
  secret: string;
}

export async function bootstrap(db: Db, opts: { adminPassword?: string | undefined; secret?: string | undefined } = {}): Promise<BootstrapResult> {
  const migrations = await migrate(db);
  return db.transaction(async (tx) => {
    const seeded = (await tx.query<{ value: string }>("SELECT value FROM settings WHERE key = 'seeded'"))[0];
    if (!seeded) {
      await upsertCatalog(tx, loadDefaultCatalog());
      for (const p of initial.provinces) {
        if (!(await unitsRepo.getUnitByCode(tx, p.code))) await createUnit(tx, { code: p.code, name: p.name, level: 'tinh' });
        for (const c of p.communes) {
          if (!(await unitsRepo.getUnitByCode(tx, c.code))) await createUnit(tx, { code: c.code, name: c.name, level: c.level as UnitLevel, parentCode: p.code });
        }
      }
      await tx.query("INSERT INTO settings (key, value) VALUES ('seeded', now()::text)");
    }
    let generatedAdminPassword: string | null = null;
    let adminCreated = false;
    if (!(await usersRepo.getUserByUsername(tx, 'admin'))) {
      const password = opts.adminPassword ?? generatePassword();
      if (!opts.adminPassword) generatedAdminPassword = password;
      const user = await usersRepo.insertUser(tx, { username: 'admin', passwordHash: await hashPassword(password), fullName: 'Quản trị hệ thống' });
      await usersRepo.addRole(tx, user.id, 'system_admin', null);
      adminCreated = true;
    }
    let secret = opts.secret;
    if (!secret) {
      const row = (await tx.query<{ value: string }>("SELECT value FROM settings WHERE key = 'secret'"))[0];
      secret = row?.value ?? randomBytes(32).toString('base64url');
      if (!row) await tx.query("INSERT INTO settings (key, value) VALUES ('secret', $1)", [secret]);
    }
    return { migrations, generatedAdminPassword, adminCreated, secret };
  });
}
