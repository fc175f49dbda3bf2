// Recurring reporting regimes: a province fixes deadlines that repeat ("before 15/6 and 15/12
// each year"), and Lan Tỏa opens the matching request by itself. openDueRequests() runs at
// start-up and daily (it also reminds late units automatically); it is idempotent (one request per regime and period, enforced by a unique
// index) and takes the clock as a parameter so tests can move time.
import { AppError } from '#src/errors.ts';
import type { Db } from '#src/storage/db.ts';
import * as repo from '#src/storage/requests.repository.ts';
import { getUnit } from '#src/storage/units.repository.ts';
import { listIndicators } from '#src/storage/catalog.repository.ts';
import { appendAudit } from '#src/storage/audit.repository.ts';
import { isIsoDate, regularPeriod, type PeriodSpec } from '#src/core/periods/periods.ts';
import { addDays } from '#src/core/units/units.ts';
import { type Actor, accountId, assertAllowed, canReviewProvince } from '#src/core/auth/authorization.ts';
import { createRequest, ensureRequestDrafts, requestSections } from './requests.ts';
import { vnDate } from './completeness.ts';
import { reminderMessage, sendReminders, type Mailer } from './reminders.ts';

export type RegimeKind = repo.RegimeRow['kind'];
const periodsPerYear: Record<RegimeKind, number> = { year: 1, half: 2, quarter: 4 };

export const regimeKindLabels: Record<RegimeKind, string> = { year: 'Hằng năm', half: '6 tháng một lần', quarter: 'Hằng quý' };

export interface RegimeInput {
  kind: RegimeKind;
  name: string;
  subject: string;
  /** One 'MM-DD' (or 'DD/MM') per period of the year, in period order. */
  deadlines: string[];
  numberPrefix?: string;
  openDaysBefore?: number;
  indicators?: string[];
  sections?: string[];
  startsOn: string;
}

function parseMonthDay(s: string): string {
  const t = s.trim();
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(t);
  const md = m ? `${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : /^\d{2}-\d{2}$/.test(t) ? t : null;
  // 2024 is a leap year, so 29/2 is accepted (it falls back to 28/2 in other years).
  if (!md || !isIsoDate(`2024-${md}`)) throw new AppError('VALIDATION', `Hạn báo cáo định kỳ không hợp lệ: "${s}" (dạng DD/MM hoặc MM-DD)`);
  return md;
}

/** The deadline of one period: MM-DD in the period's year, or the next year if that falls before the period starts. */
export function regimeDeadline(monthDay: string, period: PeriodSpec): string {
  const inYear = (y: number) => {
    const d = `${y}-${monthDay}`;
    return isIsoDate(d) ? d : `${y}-${monthDay.slice(0, 2)}-28`;
  };
  const d = inYear(period.year);
  return d < period.startsOn ? inYear(period.year + 1) : d;
}

export interface DuePeriod {
  period: PeriodSpec;
  deadline: string;
  opensOn: string;
}

/** Pure: the periods whose request should be open on `today` (opened and not before the regime's start). */
export function duePeriods(regime: Pick<repo.RegimeRow, 'kind' | 'deadlines' | 'open_days_before' | 'starts_on'>, today: string): DuePeriod[] {
  const out: DuePeriod[] = [];
  const year = Number(today.slice(0, 4));
  const n = periodsPerYear[regime.kind];
  for (let y = year - 1; y <= year + 1; y++) {
    for (let i = 1; i <= n; i++) {
      const period = regime.kind === 'year' ? regularPeriod('year', y) : regularPeriod(regime.kind, y, i);
      const md = regime.deadlines[i - 1];
      if (!md) continue;
      const deadline = regimeDeadline(md, period);
      const opensOn = addDays(deadline, -regime.open_days_before);
      if (opensOn <= today && deadline >= regime.starts_on) out.push({ period, deadline, opensOn });
    }
  }
  return out.sort((a, b) => a.deadline.localeCompare(b.deadline));
}

function periodSuffix(p: PeriodSpec): string {
  return p.kind === 'year' ? `${p.year}` : p.kind === 'half' ? `${p.year}-H${p.number}` : `${p.year}-Q${p.number}`;
}

/** Province admin or analyst defines a regime; the first due requests open immediately. */
export async function createRegime(db: Db, actor: Actor | null, provinceId: number, input: RegimeInput): Promise<repo.RegimeRow> {
  if (actor) assertAllowed(canReviewProvince(actor, provinceId), 'đặt chế độ báo cáo định kỳ cho tỉnh/thành phố này');
  if (!(input.kind in periodsPerYear)) throw new AppError('VALIDATION', `Loại kỳ không hợp lệ: ${String(input.kind)} (year, half, quarter)`);
  const deadlines = input.deadlines.map(parseMonthDay);
  if (deadlines.length !== periodsPerYear[input.kind]) throw new AppError('VALIDATION', `Cần đúng ${periodsPerYear[input.kind]} hạn báo cáo cho loại kỳ này.`);
  const name = input.name.trim();
  const subject = input.subject.trim();
  if (!name || !subject) throw new AppError('VALIDATION', 'Cần tên chế độ báo cáo và trích yếu.');
  if (!isIsoDate(input.startsOn)) throw new AppError('VALIDATION', 'Ngày bắt đầu áp dụng phải có dạng YYYY-MM-DD.');
  const open = input.openDaysBefore ?? 30;
  if (!Number.isInteger(open) || open < 0 || open > 366) throw new AppError('VALIDATION', 'Số ngày mở trước hạn phải từ 0 đến 366.');
  const indicators = [...new Set((input.indicators ?? []).map((c) => c.trim().toUpperCase()).filter(Boolean))];
  const sections = (input.sections ?? [...requestSections]).map((s) => s.trim()).filter(Boolean);
  const badSection = sections.find((s) => !(requestSections as readonly string[]).includes(s));
  if (badSection) throw new AppError('VALIDATION', `Phần nội dung không hợp lệ: "${badSection}"`);
  return db.transaction(async (tx) => {
    const province = await getUnit(tx, provinceId);
    if (!province || province.level !== 'tinh') throw new AppError('NOT_FOUND', 'Không tìm thấy tỉnh/thành phố');
    if (indicators.length) {
      const known = new Set((await listIndicators(tx, provinceId)).filter((i) => i.active).map((i) => i.code));
      const unknown = indicators.filter((c) => !known.has(c));
      if (unknown.length) throw new AppError('UNKNOWN_INDICATOR', `Mã chỉ tiêu không tồn tại: ${unknown.join(', ')}`);
    }
    const row = await repo.insertRegime(tx, {
      province_id: provinceId,
      kind: input.kind,
      name,
      number_prefix: (input.numberPrefix ?? '').trim(),
      subject,
      deadlines,
      open_days_before: open,
      indicators,
      sections: sections as repo.RequestSection[],
      starts_on: input.startsOn,
      created_by: accountId(actor),
    });
    await appendAudit(tx, { actorUserId: accountId(actor), actorLabel: actor ? `${actor.fullName} (${actor.username})` : 'Hệ thống', entity: 'request', entityId: `regime:${row.id}`, action: 'create_regime', oldValue: null, newValue: { kind: row.kind, deadlines, subject }, unitId: null, provinceId });
    return row;
  });
}

export async function listProvinceRegimes(db: Db, actor: Actor, provinceId: number): Promise<repo.RegimeRow[]> {
  assertAllowed(canReviewProvince(actor, provinceId), 'xem chế độ báo cáo của tỉnh/thành phố này');
  return repo.listRegimes(db, [provinceId]);
}

export async function setRegimeActive(db: Db, actor: Actor, regimeId: number, active: boolean): Promise<void> {
  const r = await repo.getRegime(db, regimeId);
  if (!r || !canReviewProvince(actor, r.province_id)) throw new AppError('NOT_FOUND', 'Không tìm thấy chế độ báo cáo');
  await repo.setRegimeActive(db, regimeId, active);
}

export interface CycleRunResult {
  opened: { regimeId: number; requestId: number; number: string }[];
  draftsCreated: number;
  /** Automatic reminders sent by this run. */
  reminded: { requestId: number; units: number; emails: number }[];
  errors: { regimeId: number; reason: string }[];
}

/**
 * The daily cycle job: opens the due requests of every active regime (idempotent), and
 * re-creates drafts of open requests whose expected units changed (mergers).
 */
export async function openDueRequests(db: Db, now: Date = new Date(), opts: { mailer?: Mailer | null } = {}): Promise<CycleRunResult> {
  const today = vnDate(now);
  const result: CycleRunResult = { opened: [], draftsCreated: 0, reminded: [], errors: [] };
  for (const regime of await repo.listRegimes(db, null, true)) {
    for (const due of duePeriods(regime, today)) {
      try {
        const periodRow = await db.query<{ id: number }>('SELECT id FROM periods WHERE kind = $1 AND year = $2 AND number IS NOT DISTINCT FROM $3', [due.period.kind, due.period.year, due.period.number]);
        if (periodRow[0] && (await repo.findRegimeRequest(db, regime.id, periodRow[0].id))) continue;
        let number = `${regime.number_prefix || `ĐK${regime.id}`}-${periodSuffix(due.period)}`;
        if (await repo.findRequestByNumber(db, regime.province_id, number)) number = `${number} (ĐK${regime.id})`;
        const d = await createRequest(
          db,
          null,
          regime.province_id,
          {
            number,
            issuedOn: due.opensOn < regime.starts_on ? regime.starts_on : due.opensOn,
            subject: `${regime.subject} — ${due.period.label}`,
            period: due.period,
            deadline: due.deadline,
            indicators: regime.indicators,
            sections: regime.sections,
            unitIds: null,
          },
          { regimeId: regime.id },
        );
        result.opened.push({ regimeId: regime.id, requestId: d.request.id, number });
      } catch (e) {
        // Another server may have opened it a moment ago (unique index): not an error.
        const again = await db.query<{ id: number }>(
          `SELECT r.id FROM report_requests r JOIN periods p ON p.id = r.period_id WHERE r.regime_id = $1 AND p.kind = $2 AND p.year = $3 AND p.number IS NOT DISTINCT FROM $4`,
          [regime.id, due.period.kind, due.period.year, due.period.number],
        );
        if (!again.length) result.errors.push({ regimeId: regime.id, reason: e instanceof AppError ? e.userMessage : e instanceof Error ? e.message : String(e) });
      }
    }
  }
  for (const r of await repo.listRequestRows(db, null, { status: 'open' })) {
    if (r.deadline < addDays(today, -60)) continue;
    result.draftsCreated += await ensureRequestDrafts(db, r.id);
    // Automatic reminders: AUTO_REMIND_DAYS_BEFORE days before the deadline and the day after it.
    if (today === addDays(r.deadline, -AUTO_REMIND_DAYS_BEFORE) || today === addDays(r.deadline, 1)) {
      // Once per slot: the before and after messages differ, so the text identifies the slot.
      const message = reminderMessage(r, today);
      const already = (await repo.notificationsOfRequest(db, r.id)).some((n) => n.kind === 'reminder' && n.created_by === null && n.message === message);
      if (!already) {
        const sent = await sendReminders(db, null, r.id, { mailer: opts.mailer ?? null, now });
        if (sent.units) result.reminded.push({ requestId: r.id, units: sent.units, emails: sent.emails });
        for (const f of sent.emailFailures) result.errors.push({ regimeId: r.regime_id ?? 0, reason: `E-mail tới đơn vị ${f.unitId}: ${f.reason}` });
      }
    }
  }
  return result;
}

/** Days before a deadline when the daily job reminds units that have not answered. */
export const AUTO_REMIND_DAYS_BEFORE = 3;

/** Runs the cycle job now and then every 24 hours; the timer does not keep the process alive. */
export function startCycleScheduler(db: Db, opts: { mailer?: Mailer | null; log?: (msg: string) => void } = {}): () => void {
  const log = opts.log ?? ((m: string) => process.stdout.write(`${m}\n`));
  const run = async () => {
    try {
      const r = await openDueRequests(db, new Date(), { mailer: opts.mailer ?? null });
      for (const x of r.reminded) log(`Đã tự động nhắc ${x.units} đơn vị chưa gửi báo cáo (yêu cầu ${x.requestId}).`);
      if (r.opened.length) log(`Đã mở ${r.opened.length} yêu cầu báo cáo định kỳ: ${r.opened.map((o) => o.number).join(', ')}`);
      for (const e of r.errors) log(`Không mở được yêu cầu định kỳ (chế độ ${e.regimeId}): ${e.reason}`);
    } catch (e) {
      log(`Lỗi khi chạy lịch báo cáo định kỳ: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  void run();
  const timer = setInterval(() => void run(), 24 * 3600_000);
  timer.unref();
  return () => clearInterval(timer);
}
