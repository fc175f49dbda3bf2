// Helpers for answering tests: a report request addressed to a province's communes, and a
// database reachable from a child process (the CLI) on either engine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '#src/storage/db.ts';
import { openPglite, openPostgres } from '#src/storage/db.ts';
import { bootstrap } from '#src/core/setup/bootstrap.ts';
import { createRequest } from '#src/core/requests/requests.ts';
import { getUnitByCode } from '#src/storage/units.repository.ts';
import { ADMIN_PASSWORD, createScratchPostgres } from './test-db.ts';

export async function makeRequest(db: Db, provinceCode = 'HP', year = 2025, number = '4383/SKHCN-TTTT', opts: { indicators?: string[]; sections?: string[] } = {}): Promise<number> {
  const province = await getUnitByCode(db, provinceCode);
  if (!province) throw new Error(`no province ${provinceCode}`);
  const d = await createRequest(db, null, province.id, {
    number,
    issuedOn: `${year}-12-02`,
    subject: 'Báo cáo kết quả tuyên truyền Nghị quyết 57-NQ/TW',
    period: String(year),
    deadline: `${year}-12-15`,
    ...(opts.indicators ? { indicators: opts.indicators } : {}),
    ...(opts.sections ? { sections: opts.sections } : {}),
  });
  return d.request.id;
}

/** A database a child process can open too: a PGlite data directory, or a fresh PostgreSQL database. */
export async function sharedDb(): Promise<{ env: NodeJS.ProcessEnv; open(): Promise<Db>; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const scratch = await createScratchPostgres(url);
    try {
      const first = await openPostgres(scratch.url);
      try {
        await bootstrap(first, { adminPassword: ADMIN_PASSWORD });
      } finally {
        await first.close();
      }
    } catch (e) {
      await scratch.drop();
      throw e;
    }
    return { env: { ...process.env, DATABASE_URL: scratch.url }, open: () => openPostgres(scratch.url), drop: scratch.drop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-db-'));
  const first = await openPglite(dir);
  await bootstrap(first, { adminPassword: ADMIN_PASSWORD });
  await first.close();
  const env: NodeJS.ProcessEnv = { ...process.env, LANTOA_DATA_DIR: dir };
  delete env.DATABASE_URL;
  return { env, open: () => openPglite(dir), async drop() { rmSync(dir, { recursive: true, force: true }); } };
}
