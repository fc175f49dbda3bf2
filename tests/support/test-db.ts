// A fresh, migrated and seeded database for one test file: in-memory PGlite by default, or a
// new PostgreSQL database on the server named by DATABASE_URL (dropped afterwards).
import { randomBytes } from 'node:crypto';
import { after, before } from 'node:test';
import { openPglite, openPostgres, type Db } from '#src/storage/db.ts';
import { bootstrap } from '#src/core/setup/bootstrap.ts';

export const ADMIN_PASSWORD = 'admin-test-password';

export interface TestDb {
  db: Db;
  secret: string;
  close(): Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const url = process.env.DATABASE_URL;
  let db: Db;
  let drop = async () => {};
  if (url) {
    const scratch = await createScratchPostgres(url);
    db = await openPostgres(scratch.url);
    drop = scratch.drop;
  } else {
    db = await openPglite();
  }
  const boot = await bootstrap(db, { adminPassword: ADMIN_PASSWORD });
  return {
    db,
    secret: boot.secret,
    async close() {
      await db.close();
      await drop();
    },
  };
}

/**
 * The database of one test file: created in a `before` hook, then `setup` (the file's own
 * preparation) runs on it; closed in an `after` hook. (Node 20 runs a file's top-level `before`
 * hooks concurrently: preparation that needs the database goes in `setup`, not in a hook of its own.)
 */
export function useTestDb(setup?: (t: TestDb) => Promise<void>): TestDb {
  let inner: TestDb | undefined;
  before(async () => {
    inner = await createTestDb();
    await setup?.(inner);
  });
  after(async () => {
    await inner?.close();
  });
  const open = (): TestDb => {
    if (!inner) throw new Error('useTestDb: the database is created in the before hook');
    return inner;
  };
  return {
    get db() {
      return open().db;
    },
    get secret() {
      return open().secret;
    },
    close: () => open().close(),
  };
}

/** Creates an empty database on the server of `url`; drop() removes it (even with open sessions). */
export async function createScratchPostgres(url: string, prefix = 'lantoa_t'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = await openPostgres(url);
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const a = await openPostgres(url);
      // pg's pool.end() resolves before the server has seen every session go: give them a moment,
      // since FORCE would otherwise kill a closing session and its client would throw an error
      // event nobody listens to any more (an uncaught exception in whichever test runs next).
      for (let i = 0; i < 100; i++) {
        const [row] = await a.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (!row || row.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await a.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.close();
    },
  };
}
