// Applies the SQL files in migrations/ in name order, each in its own transaction, and records
// them in schema_migrations. Runs at start-up and from `lantoa db migrate`; idempotent.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Db } from './db.ts';

const dir = fileURLToPath(new URL('./migrations/', import.meta.url));

export function migrationFiles(): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
}

export async function migrate(db: Db): Promise<string[]> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const applied = new Set((await db.query<{ version: string }>('SELECT version FROM schema_migrations')).map((r) => r.version));
  const done: string[] = [];
  for (const file of migrationFiles()) {
    if (applied.has(file)) continue;
    const sql = readFileSync(join(dir, file), 'utf8');
    await db.transaction(async (tx) => {
      // Two servers starting at once: the advisory lock makes the second wait, then skip.
      if (tx.engine === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(5702)');
      const again = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [file]);
      if (again.length) return;
      await tx.exec(sql);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [file]);
      done.push(file);
    });
  }
  return done;
}
