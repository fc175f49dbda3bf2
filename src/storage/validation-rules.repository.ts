// SQL for validation rules (per province) and the values rules compare against
// (the unit's previous periods).
import type { Db } from './db.ts';
import type { Operator, Rule, RuleKind, Severity } from '#src/core/validation/rules.ts';

interface RuleRow {
  id: number;
  code: string;
  kind: RuleKind;
  indicator_code: string | null;
  other_code: string | null;
  operator: Operator | null;
  limit: number | null;
  severity: Severity;
  message: string;
  active: boolean;
}

const cols = 'id, code, kind, indicator_code, other_code, operator, "limit", severity, message, active';
const toRule = (r: RuleRow): Rule => ({
  id: r.id,
  code: r.code,
  kind: r.kind,
  indicator: r.indicator_code,
  other: r.other_code,
  operator: r.operator,
  limit: r.limit,
  severity: r.severity,
  message: r.message,
  active: r.active,
});

export async function listRules(db: Db, provinceId: number): Promise<Rule[]> {
  const rows = await db.query<RuleRow & Record<string, unknown>>(`SELECT ${cols} FROM validation_rules WHERE province_id = $1 ORDER BY id`, [provinceId]);
  return rows.map(toRule);
}

export async function getRule(db: Db, provinceId: number, id: number): Promise<Rule | undefined> {
  const rows = await db.query<RuleRow & Record<string, unknown>>(`SELECT ${cols} FROM validation_rules WHERE province_id = $1 AND id = $2`, [provinceId, id]);
  return rows[0] ? toRule(rows[0]) : undefined;
}

/** Inserts the rule unless the province already has one with that code; returns whether it did. */
export async function insertRuleIfAbsent(db: Db, provinceId: number, r: Rule, userId: number | null): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO validation_rules (province_id, code, kind, indicator_code, other_code, operator, "limit", severity, message, active, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (province_id, code) DO NOTHING RETURNING id`,
    [provinceId, r.code, r.kind, r.indicator, r.other, r.operator, r.limit, r.severity, r.message, r.active, userId],
  );
  return rows.length > 0;
}

export async function updateRule(db: Db, provinceId: number, id: number, r: Rule, userId: number | null): Promise<void> {
  await db.query(
    `UPDATE validation_rules SET kind = $3, indicator_code = $4, other_code = $5, operator = $6, "limit" = $7, severity = $8,
        message = $9, active = $10, updated_by = $11, updated_at = now()
      WHERE province_id = $1 AND id = $2`,
    [provinceId, id, r.kind, r.indicator, r.other, r.operator, r.limit, r.severity, r.message, r.active, userId],
  );
}

export async function isSeeded(db: Db, provinceId: number): Promise<boolean> {
  return (await db.query('SELECT 1 FROM settings WHERE key = $1', [`rules_seeded:${provinceId}`])).length > 0;
}

export async function markSeeded(db: Db, provinceId: number): Promise<void> {
  await db.query("INSERT INTO settings (key, value) VALUES ($1, now()::text) ON CONFLICT (key) DO NOTHING", [`rules_seeded:${provinceId}`]);
}

/**
 * The unit's value of each indicator in its latest period that ended before `before`, from
 * submitted or accepted reports and from values entered without a report.
 */
export async function previousValues(db: Db, unitId: number, before: string): Promise<Map<string, number>> {
  const rows = await db.query<{ indicator_code: string; value: number }>(
    `SELECT DISTINCT ON (v.indicator_code) v.indicator_code, v.value
       FROM data_values v
       JOIN periods p ON p.id = v.period_id
       LEFT JOIN reports r ON r.id = v.report_id
      WHERE v.unit_id = $1 AND p.ends_on < $2::date
        AND (v.report_id IS NULL OR r.status IN ('submitted', 'accepted'))
      ORDER BY v.indicator_code, p.ends_on DESC, v.id DESC`,
    [unitId, before],
  );
  return new Map(rows.map((r) => [r.indicator_code, r.value]));
}
