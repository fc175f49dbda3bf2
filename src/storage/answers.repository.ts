// SQL the answering of a request needs about the request itself: its period and the units
// it was addressed to.
import type { Db } from './db.ts';

export interface RequestBasics {
  id: number;
  province_id: number;
  number: string;
  subject: string;
  period_id: number;
  deadline: string;
}

export async function getRequestBasics(db: Db, id: number): Promise<RequestBasics | undefined> {
  return (await db.query<RequestBasics & Record<string, unknown>>('SELECT id, province_id, number, subject, period_id, deadline FROM report_requests WHERE id = $1', [id]))[0];
}

/** Commune-level units the request was addressed to (every commune of the province, active in its period). */
export async function addressedUnits(db: Db, requestId: number): Promise<{ id: number; code: string; name: string; level: string; province_id: number }[]> {
  return db.query(
    `SELECT u.id, u.code, u.name, u.level, u.province_id
       FROM report_requests q JOIN periods p ON p.id = q.period_id
       JOIN units u ON u.province_id = q.province_id AND u.level IN ('xa', 'phuong', 'dac_khu')
      WHERE q.id = $1
        AND (u.valid_from IS NULL OR u.valid_from <= p.ends_on) AND (u.valid_to IS NULL OR u.valid_to >= p.starts_on)
      ORDER BY u.name`,
    [requestId],
  );
}
