// The home page's facts: the units an actor works with and their latest report's status.
import type { Db } from '#src/storage/db.ts';
import { type Actor, communeIds, isSystemAdmin, provinceIds } from '#src/core/auth/authorization.ts';
import { listCommunes, listProvinces, getUnit, type UnitRow } from '#src/storage/units.repository.ts';
import { latestReports, type ReportRow } from '#src/storage/reports.repository.ts';

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
