// Completeness and timeliness of a request or of a period: who was expected, who submitted,
// on time or late, who was accepted, who has not answered. Merger-aware: expected units come
// from expectedUnits() (mergers effective by the deadline), and a successor with no report of
// its own is covered by the best report of the units merged into it.
// Timeliness is judged on the first submission (reports.first_submitted_at) in Vietnamese time.
import { AppError } from '#src/errors.ts';
import type { Db } from '#src/storage/db.ts';
import * as repo from '#src/storage/requests.repository.ts';
import { getPeriod } from '#src/storage/periods.repository.ts';
import { type Actor, assertAllowed, canReviewProvince } from '#src/core/auth/authorization.ts';
import { expectedUnits, mapToSuccessors, type ExpectedUnit } from './requests.ts';
import type { UnitLevel } from '#src/core/units/units.ts';

/** Per unit: where its answer stands. */
export type AnswerState = 'accepted' | 'submitted' | 'returned' | 'draft' | 'missing';

export const answerStateLabels: Record<AnswerState, string> = {
  accepted: 'Đã chấp nhận',
  submitted: 'Đã gửi, chờ duyệt',
  returned: 'Bị trả lại, chờ gửi lại',
  draft: 'Đang soạn',
  missing: 'Chưa có báo cáo',
};

export interface UnitAnswer {
  unitId: number;
  name: string;
  level: UnitLevel;
  predecessorIds: number[];
  state: AnswerState;
  reportId: number | null;
  /** The report that answers for this unit belongs to a unit merged into it. */
  viaPredecessor: boolean;
  /** First submission, Vietnamese calendar day; null if never submitted. */
  submittedOn: string | null;
  onTime: boolean | null;
  reviewComment: string | null;
}

export interface Completeness {
  deadline: string | null;
  today: string;
  expected: number;
  /** Ever submitted (submitted, returned after submission, or accepted). */
  submitted: number;
  accepted: number;
  returned: number;
  awaitingReview: number;
  onTime: number;
  late: number;
  /** Not submitted yet (no report, or still a draft). */
  missing: number;
  /** Missing and the deadline has passed. */
  overdue: number;
  /** 0..1 of expected that submitted. */
  rate: number;
  units: UnitAnswer[];
  /** Units that have not answered (state draft or missing), by name. */
  missingUnits: UnitAnswer[];
}

/** Vietnamese calendar day of an instant (UTC+7 all year). */
export function vnDate(d: Date | string): string {
  return new Date(new Date(d).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

const rank: Record<repo.RequestReportRow['status'], number> = { accepted: 4, submitted: 3, returned: 2, draft: 1 };

function better(a: repo.RequestReportRow | undefined, b: repo.RequestReportRow | undefined): repo.RequestReportRow | undefined {
  if (!a) return b;
  if (!b) return a;
  if (rank[b.status] !== rank[a.status]) return rank[b.status] > rank[a.status] ? b : a;
  const ta = a.first_submitted_at ? new Date(a.first_submitted_at).getTime() : Infinity;
  const tb = b.first_submitted_at ? new Date(b.first_submitted_at).getTime() : Infinity;
  return tb < ta ? b : a;
}

/** Pure: counts from expected units, their reports (any unit), a deadline and today. */
export function computeCompleteness(
  expected: ExpectedUnit[],
  units: Map<number, { name: string; level: UnitLevel }>,
  reports: repo.RequestReportRow[],
  deadline: string | null,
  today: string,
): Completeness {
  const byUnit = new Map<number, repo.RequestReportRow>();
  for (const r of reports) byUnit.set(r.unit_id, better(byUnit.get(r.unit_id), r)!);
  const answers: UnitAnswer[] = expected.map((e) => {
    let report = byUnit.get(e.unitId);
    let via = false;
    if (!report || report.status === 'draft') {
      let best: repo.RequestReportRow | undefined;
      for (const p of e.predecessorIds) best = better(best, byUnit.get(p));
      if (best && (!report || rank[best.status] > rank[report.status])) {
        report = best;
        via = true;
      }
    }
    const u = units.get(e.unitId);
    const submittedOn = report?.first_submitted_at ? vnDate(report.first_submitted_at) : null;
    const state: AnswerState = report ? report.status : 'missing';
    return {
      unitId: e.unitId,
      name: u?.name ?? `#${e.unitId}`,
      level: u?.level ?? 'xa',
      predecessorIds: e.predecessorIds,
      state,
      reportId: report?.id ?? null,
      viaPredecessor: via,
      submittedOn,
      onTime: submittedOn && deadline ? submittedOn <= deadline : null,
      reviewComment: report?.review_comment ?? null,
    };
  });
  const collator = new Intl.Collator('vi');
  answers.sort((a, b) => collator.compare(a.name, b.name));
  const submitted = answers.filter((a) => a.submittedOn !== null);
  const missingUnits = answers.filter((a) => a.submittedOn === null);
  const pastDeadline = deadline !== null && today > deadline;
  return {
    deadline,
    today,
    expected: answers.length,
    submitted: submitted.length,
    accepted: answers.filter((a) => a.state === 'accepted').length,
    returned: answers.filter((a) => a.state === 'returned').length,
    awaitingReview: answers.filter((a) => a.state === 'submitted').length,
    onTime: submitted.filter((a) => a.onTime === true).length,
    late: submitted.filter((a) => a.onTime === false).length,
    missing: missingUnits.length,
    overdue: pastDeadline ? missingUnits.length : 0,
    rate: answers.length ? submitted.length / answers.length : 0,
    units: answers,
    missingUnits,
  };
}

async function unitInfo(db: Db, ids: number[]): Promise<Map<number, { name: string; level: UnitLevel }>> {
  if (!ids.length) return new Map();
  const rows = await db.query<{ id: number; name: string; level: UnitLevel }>('SELECT id, name, level FROM units WHERE id = ANY($1::int[])', [ids]);
  return new Map(rows.map((r) => [r.id, { name: r.name, level: r.level }]));
}

/** Completeness of one request; province staff of its province (or the system admin) only. */
export async function completeness(db: Db, actor: Actor | null, requestId: number, now: Date = new Date()): Promise<Completeness> {
  const request = await repo.getRequestRow(db, requestId);
  if (!request || (actor && !canReviewProvince(actor, request.province_id))) throw new AppError('NOT_FOUND', 'Không tìm thấy yêu cầu báo cáo');
  return requestCompleteness(db, request, now);
}

/** Same, without authorization: for callers that already checked (lists, the daily job). */
export async function requestCompleteness(db: Db, request: repo.RequestRow, now: Date = new Date()): Promise<Completeness> {
  const expected = await expectedUnits(db, request);
  const reports = await repo.reportsOfRequest(db, request.id);
  const info = await unitInfo(db, expected.map((e) => e.unitId));
  return computeCompleteness(expected, info, reports, request.deadline, vnDate(now));
}

/**
 * Completeness of a period across a province: every commune-level unit alive at the period's
 * end (after mergers effective by then) is expected; any report of the period counts (from any
 * request, or none). The deadline is the latest deadline of the province's requests for the
 * period (null when there is none: no timeliness then).
 */
export async function periodCompleteness(db: Db, actor: Actor | null, provinceId: number, periodId: number, now: Date = new Date()): Promise<Completeness> {
  if (actor) assertAllowed(canReviewProvince(actor, provinceId), 'xem tình hình báo cáo của tỉnh/thành phố này');
  const period = await getPeriod(db, periodId);
  if (!period) throw new AppError('NOT_FOUND', 'Không tìm thấy kỳ báo cáo');
  const ref = period.ends_on;
  const expected = await mapToSuccessors(db, provinceId, await repo.communesAliveBetween(db, provinceId, period.starts_on, ref), ref);
  const reports = await repo.reportsOfPeriod(db, provinceId, periodId);
  const deadlines = (await repo.listRequestRows(db, [provinceId], { periodId })).map((r) => r.deadline).sort();
  const info = await unitInfo(db, expected.map((e) => e.unitId));
  return computeCompleteness(expected, info, reports, deadlines.at(-1) ?? null, vnDate(now));
}
