// The home page's facts: the units an actor works with and their latest report's status.
import type { Db } from '#src/storage/db.ts';
import { type Actor, communeIds, isSystemAdmin, provinceIds } from '#src/core/auth/authorization.ts';
import { listCommunes, listProvinces, getUnit, type UnitRow } from '#src/storage/units.repository.ts';
import { latestReports, type ReportRow } from '#src/storage/reports.repository.ts';
import { dueForActor, type DueItem } from '#src/core/requests/due.ts';
import type { NotificationRow } from '#src/storage/requests.repository.ts';

export interface HomeUnit {
  unit: UnitRow;
  province: string | null;
  latest: (ReportRow & { period_label: string }) | null;
}

export async function homeUnits(db: Db, actor: Actor): Promise<HomeUnit[]> {
  const provinces = isSystemAdmin(actor) ? await listProvinces(db) : (await Promise.all(provinceIds(actor).map((id) => getUnit(db, id)))).filter((u): u is UnitRow => !!u);
  const units: { unit: UnitRow; province: string | null }[] = [];
  for (const p of provinces) for (const u of await listCommunes(db, p.id)) units.push({ unit: u, province: p.name });
  for (const id of communeIds(actor)) {
    if (units.some((x) => x.unit.id === id)) continue;
    const u = await getUnit(db, id);
    if (u) units.push({ unit: u, province: u.province_id ? ((await getUnit(db, u.province_id))?.name ?? null) : null });
  }
  const latest = new Map((await latestReports(db, units.map((u) => u.unit.id))).map((r) => [r.unit_id, r]));
  const collator = new Intl.Collator('vi');
  return units
    .map((u) => ({ ...u, latest: latest.get(u.unit.id) ?? null }))
    .sort((a, b) => collator.compare(a.province ?? '', b.province ?? '') || collator.compare(a.unit.name, b.unit.name));
}

export interface OpenReport {
  id: number;
  unitId: number;
  unitName: string;
  unitLevel: UnitRow['level'];
  status: 'draft' | 'returned';
  periodLabel: string;
  requestNumber: string | null;
  deadline: string | null;
  reviewComment: string | null;
  updatedAt: Date;
}

/** A commune officer's unfinished work: drafts and returned reports (with the province's comment). */
export async function openReportsOf(db: Db, actor: Actor): Promise<OpenReport[]> {
  const ids = communeIds(actor);
  if (!ids.length) return [];
  const rows = await db.query<{
    id: number; unit_id: number; name: string; level: UnitRow['level']; status: 'draft' | 'returned'; label: string;
    number: string | null; deadline: string | null; review_comment: string | null; updated_at: Date;
  }>(
    `SELECT r.id, r.unit_id, u.name, u.level, r.status, p.label, rr.number, rr.deadline, r.review_comment, r.updated_at
       FROM reports r
       JOIN units u ON u.id = r.unit_id
       JOIN periods p ON p.id = r.period_id
       LEFT JOIN report_requests rr ON rr.id = r.request_id
      WHERE r.unit_id = ANY($1::int[]) AND r.status IN ('draft', 'returned')
      ORDER BY (r.status = 'returned') DESC, rr.deadline NULLS LAST, r.updated_at DESC`,
    [ids],
  );
  return rows.map((r) => ({
    id: r.id, unitId: r.unit_id, unitName: r.name, unitLevel: r.level, status: r.status, periodLabel: r.label,
    requestNumber: r.number, deadline: r.deadline, reviewComment: r.review_comment, updatedAt: r.updated_at,
  }));
}

/**
 * The commune officer's home: what open requests are due (with each unit's report), the latest
 * notices, and the other unfinished reports. A draft or returned report that answers a listed
 * request is shown there, with its deadline, and not again among the other unfinished ones.
 */
export async function communeHome(db: Db, actor: Actor): Promise<{ due: DueItem[]; notices: NotificationRow[]; returned: OpenReport[]; drafts: OpenReport[] }> {
  const [{ items, notices }, open] = await Promise.all([dueForActor(db, actor), openReportsOf(db, actor)]);
  const listed = new Set(items.flatMap((i) => (i.report ? [i.report.id] : [])));
  const rest = open.filter((r) => !listed.has(r.id));
  return { due: items, notices, returned: rest.filter((r) => r.status === 'returned'), drafts: rest.filter((r) => r.status === 'draft') };
}
