// The dashboard's completeness and overdue list when communes were merged during the period:
// both come from the merger-aware completeness() (expected units after the merger, the
// successor covered by the reports of the units merged into it). Runs on PGlite, and on
// PostgreSQL when DATABASE_URL is set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useTestDb } from '../support/test-db.ts';
import { makeUser, unitId } from '../support/factories.ts';
import { createRequest, reportForRequest } from '#src/core/requests/requests.ts';
import { requestCompleteness } from '#src/core/requests/completeness.ts';
import { getRequestRow } from '#src/storage/requests.repository.ts';
import { createUnit, mergeUnits } from '#src/core/units/units.ts';
import { changeReportStatus } from '#src/core/reports/reports.ts';
import { overdueUnits, provinceDashboard, requestProgress } from '#src/core/dashboard/dashboard.ts';

const t = useTestDb();

const today = '2026-01-10';

test('units merged during the period: the dashboard counts the successor once, covered by its predecessors\' reports', async () => {
  const hp = await unitId(t.db, 'HP');
  await createUnit(t.db, { code: 'HP-DM-A', name: 'Thử Ghép A', level: 'xa', parentCode: 'HP' });
  await createUnit(t.db, { code: 'HP-DM-B', name: 'Thử Ghép B', level: 'xa', parentCode: 'HP' });
  const communesBefore = Number((await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM units WHERE province_id = $1 AND level IN ('xa', 'phuong', 'dac_khu')`, [hp]))[0]!.n);
  const req = await createRequest(t.db, null, hp, { number: 'DM-1', issuedOn: '2025-06-01', subject: 'Báo cáo năm', period: '2025', deadline: '2025-12-15' });
  // Both communes answer, then merge before the deadline.
  for (const code of ['HP-DM-A', 'HP-DM-B']) {
    const officer = await makeUser(t.db, `dm.${code.toLowerCase()}`, 'commune_officer', code);
    const r = await reportForRequest(t.db, officer, req.request.id, await unitId(t.db, code));
    await changeReportStatus(t.db, officer, r.id, 'submit');
  }
  const c = await mergeUnits(t.db, { predecessorCodes: ['HP-DM-A', 'HP-DM-B'], successor: { code: 'HP-DM-C', name: 'Thử Ghép C', level: 'xa', parentCode: 'HP' }, effectiveDate: '2025-10-01' });

  const expected = await requestCompleteness(t.db, (await getRequestRow(t.db, req.request.id))!, new Date(`${today}T12:00:00+07:00`));
  const [progress] = (await requestProgress(t.db, hp, today)).filter((p) => p.id === req.request.id);
  assert.ok(progress);
  // Two communes became one: expected drops by one, and the one successor has answered once.
  assert.equal(progress.expected, communesBefore - 1);
  assert.equal(progress.expected, expected.expected);
  assert.equal(progress.submitted, 1);
  assert.equal(progress.submitted, expected.awaitingReview + expected.accepted);
  assert.equal(progress.late, 1, 'submitted after the deadline (the test runs later), counted once');
  assert.equal(progress.overdue, true, 'the other communes have not answered');

  const overdue = await overdueUnits(t.db, hp, today);
  const overdueIds = overdue.map((u) => u.unitId);
  assert.ok(!overdueIds.includes(c.id), 'the successor is covered by its predecessors\' reports');
  assert.ok(!overdueIds.includes(await unitId(t.db, 'HP-DM-A')), 'a merged-away unit is not chased');
  assert.deepEqual(overdueIds.sort(), expected.missingUnits.map((u) => u.unitId).sort());
  // A request opens with a draft for every addressed commune: they are overdue as drafts.
  assert.deepEqual([...new Set(overdue.map((u) => u.requests.find((r) => r.id === req.request.id)?.status))], ['draft']);

  // The same figures reach the page's data.
  const admin = await makeUser(t.db, 'dm.analyst', 'province_analyst', 'HP');
  const d = await provinceDashboard(t.db, admin, { provinceId: hp, today });
  assert.deepEqual(d.requests.find((r) => r.id === req.request.id), progress);
  assert.equal(d.overdue.length, overdue.length);
});

test('before the deadline nobody is overdue; a returned report is', async () => {
  const hp = await unitId(t.db, 'HP');
  const req = await createRequest(t.db, null, hp, { number: 'DM-2', issuedOn: '2025-06-01', subject: 'Báo cáo 6 tháng', period: '2025-H2', deadline: '2025-12-20', unitIds: [await unitId(t.db, 'HP-CAT-HAI')] });
  const officer = await makeUser(t.db, 'dm.cathai', 'commune_officer', 'HP-CAT-HAI');
  const analyst = await makeUser(t.db, 'dm.analyst2', 'province_analyst', 'HP');
  const r = await reportForRequest(t.db, officer, req.request.id, await unitId(t.db, 'HP-CAT-HAI'));
  await changeReportStatus(t.db, officer, r.id, 'submit');
  await changeReportStatus(t.db, analyst, r.id, 'return', 'Thiếu số liệu');
  const mine = (u: { requests: { id: number }[] }) => u.requests.some((x) => x.id === req.request.id);
  assert.equal((await overdueUnits(t.db, hp, '2025-12-19')).filter(mine).length, 0);
  const after = (await overdueUnits(t.db, hp, today)).filter(mine);
  assert.deepEqual(after.map((u) => [u.unitId, u.requests.find((x) => x.id === req.request.id)!.status]), [[await unitId(t.db, 'HP-CAT-HAI'), 'returned']]);
  const [p] = (await requestProgress(t.db, hp, today)).filter((x) => x.id === req.request.id);
  assert.deepEqual([p!.expected, p!.submitted, p!.returned], [1, 0, 1]);
});
