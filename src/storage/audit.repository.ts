// SQL for the audit log: an append-only record of changes (data values, report status, catalog,
// units, accounts, requests, rules) and of synthesis exports.
import type { Db } from './db.ts';

export interface AuditEntry {
  actorUserId: number | null;
  actorLabel: string;
  entity: 'data_value' | 'report' | 'unit' | 'user' | 'indicator' | 'request' | 'rule' | 'synthesis';
  entityId: string | number;
  action: string;
  oldValue: unknown;
  newValue: unknown;
  unitId: number | null;
  provinceId: number | null;
}

export interface AuditRow {
  id: number;
  at: Date;
  actor_user_id: number | null;
  actor_label: string;
  entity: string;
  entity_id: string;
  action: string;
  old_value: unknown;
  new_value: unknown;
  unit_id: number | null;
  province_id: number | null;
}

export async function appendAudit(db: Db, e: AuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (actor_user_id, actor_label, entity, entity_id, action, old_value, new_value, unit_id, province_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [e.actorUserId, e.actorLabel, e.entity, String(e.entityId), e.action, json(e.oldValue), json(e.newValue), e.unitId, e.provinceId],
  );
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

export async function listAudit(
  db: Db,
  f: { provinceIds?: number[] | null; entity?: string; entityId?: string; unitId?: number; actor?: string; from?: string; to?: string; limit?: number },
): Promise<AuditRow[]> {
  return db.query<AuditRow & Record<string, unknown>>(
    `SELECT id, at, actor_user_id, actor_label, entity, entity_id, action, old_value, new_value, unit_id, province_id
       FROM audit_log
      WHERE ($1::int[] IS NULL OR province_id = ANY($1::int[]))
        AND ($2::text IS NULL OR entity = $2) AND ($3::text IS NULL OR entity_id = $3)
        AND ($4::int IS NULL OR unit_id = $4) AND ($5::text IS NULL OR actor_label ILIKE '%' || $5 || '%')
        AND ($6::date IS NULL OR at >= $6::date) AND ($7::date IS NULL OR at < ($7::date + 1))
      ORDER BY id DESC LIMIT $8`,
    [f.provinceIds ?? null, f.entity ?? null, f.entityId ?? null, f.unitId ?? null, f.actor ?? null, f.from ?? null, f.to ?? null, f.limit ?? 200],
  );
}
