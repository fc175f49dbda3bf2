// What a commune owes: the open requests that expect an answer from the actor's units, with
// the deadline and where the unit's report stands, and the latest notices (reminders, returns).
import type { Db } from '#src/storage/db.ts';
import { type Actor, communeIds } from '#src/core/auth/authorization.ts';
import * as repo from '#src/storage/requests.repository.ts';
import { getUnit, type UnitRow } from '#src/storage/units.repository.ts';
import { findReport, type ReportRow } from '#src/storage/reports.repository.ts';
import { expectedUnits } from './requests.ts';
import { vnDate } from './completeness.ts';

export interface DueItem {
  unit: UnitRow;
  request: repo.RequestListRow;
  report: ReportRow | null;
  /** Days until the deadline (negative: overdue), Vietnamese calendar. */
  daysLeft: number;
  /** The unit still has to submit (no report, a draft, or a returned report). */
  pending: boolean;
}

export async function dueForActor(db: Db, actor: Actor, now: Date = new Date()): Promise<{ items: DueItem[]; notices: repo.NotificationRow[] }> {
  const today = vnDate(now);
  const ids = communeIds(actor);
  const items: DueItem[] = [];
  for (const uid of ids) {
    const unit = await getUnit(db, uid);
    if (!unit?.province_id) continue;
    for (const r of await repo.listRequestRows(db, [unit.province_id], { status: 'open' })) {
      if (!(await expectedUnits(db, r)).some((e) => e.unitId === uid)) continue;
      const report = (await findReport(db, uid, r.period_id, r.id)) ?? null;
      const pending = !report || report.status === 'draft' || report.status === 'returned';
      const daysLeft = Math.round((Date.parse(`${r.deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
      items.push({ unit, request: r, report, daysLeft, pending });
    }
  }
  items.sort((a, b) => Number(b.pending) - Number(a.pending) || a.request.deadline.localeCompare(b.request.deadline));
  return { items, notices: await repo.notificationsForUnits(db, ids, 10) };
}
