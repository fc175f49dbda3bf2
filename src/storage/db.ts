// The only database handle in the product: one small interface over two engines.
// PGlite (PostgreSQL in WASM, embedded in a data directory) by default, PostgreSQL through
// `pg` when DATABASE_URL is set. Both run the same SQL; queries use $1.. parameters.
import { mkdirSync } from 'node:fs';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';

export type Row = Record<string, unknown>;

export interface Db {
  readonly engine: 'pglite' | 'postgres';
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs fn in a transaction; nested calls reuse the outer transaction. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// DATE columns come back as 'YYYY-MM-DD' strings on both engines: a JS Date would shift by the
// server's time zone. int8 (count(*)) comes back as number: our counts stay far below 2^53.
const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;
pg.types.setTypeParser(DATE_OID, (v: string) => v);
pg.types.setTypeParser(INT8_OID, (v: string) => Number(v));
pg.types.setTypeParser(NUMERIC_OID, (v: string) => Number(v));

export async function openDb(opts: { databaseUrl?: string | undefined; dataDir?: string | undefined }): Promise<Db> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPglite(opts.dataDir);
}

/** dataDir undefined → in-memory database (tests). */
export async function openPglite(dataDir?: string): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const parsers = {
    [DATE_OID]: (v: string) => v,
    [INT8_OID]: (v: string) => Number(v),
    [NUMERIC_OID]: (v: string) => Number(v),
  };
  const pgl = dataDir ? new PGlite(dataDir, { parsers }) : new PGlite({ parsers });
  await pgl.waitReady;
  // One connection serves everything, so it may use more sort/hash memory than PostgreSQL's
  // per-connection default; national roll-ups otherwise spill to temporary files.
  await pgl.exec("SET work_mem = '64MB'");
  type Queryable = Pick<PGlite, 'query' | 'exec'>;
  const wrap = (q: Queryable, inTx: boolean): Db => ({
    engine: 'pglite',
    async query<T extends Row>(sql: string, params: unknown[] = []) {
      const r = await q.query<T>(sql, params);
      return r.rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      if (inTx) return fn(wrap(q, true));
      return pgl.transaction((tx) => fn(wrap(tx, true)));
    },
    async close() {
      if (!inTx && !pgl.closed) await pgl.close();
    },
  });
  return wrap(pgl, false);
}

export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Fail fast with a clear reason if the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  const clientDb = (client: pg.PoolClient): Db => ({
    engine: 'postgres',
    async query<T extends Row>(sql: string, params: unknown[] = []) {
      return (await client.query<T>(sql, params)).rows;
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>) {
      return fn(clientDb(client));
    },
    async close() {},
  });
  return {
    engine: 'postgres',
    async query<T extends Row>(sql: string, params: unknown[] = []) {
      return (await pool.query<T>(sql, params)).rows;
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(clientDb(client));
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
