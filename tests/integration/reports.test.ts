// Repositories and use-cases on a real database (PGlite, or PostgreSQL when DATABASE_URL is set).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useTestDb } from '../support/test-db.ts';
import { makeUser, unitId, yearPeriod, errorCode } from '../support/factories.ts';
import { changeReportStatus, getOrCreateReport, readReport, setReportValues } from '#src/core/reports/reports.ts';
import { listAudit } from '#src/storage/audit.repository.ts';
import { rollup } from '#src/core/rollup/rollup.ts';

const t = useTestDb();

test('a report goes draft → submitted → returned → submitted → accepted and every step is audited', async () => {
  const officer = await makeUser(t.db, 'officer.cathai', 'commune_officer', 'HP-CAT-HAI');
  const analyst = await makeUser(t.db, 'analyst.hp', 'province_analyst', 'HP');
  const period = await yearPeriod(t.db);
  const r = await getOrCreateReport(t.db, officer, await unitId(t.db, 'HP-CAT-HAI'), period);
  await setReportValues(t.db, officer, r.id, [{ indicator: 'COMMUNITY_TECH_TEAMS', value: 12 }]);
  assert.equal(await changeReportStatus(t.db, officer, r.id, 'submit'), 'submitted');
  await assert.rejects(() => setReportValues(t.db, officer, r.id, [{ indicator: 'COMMUNITY_TECH_TEAMS', value: 13 }]), (e) => errorCode(e) === 'INVALID_STATE');
  await assert.rejects(() => changeReportStatus(t.db, analyst, r.id, 'return', '  '), (e) => errorCode(e) === 'VALIDATION');
  assert.equal(await changeReportStatus(t.db, analyst, r.id, 'return', 'Thiếu số thành viên'), 'returned');
  await setReportValues(t.db, officer, r.id, [{ indicator: 'COMMUNITY_TECH_MEMBERS', value: 80, qualifier: 'approx' }]);
  await changeReportStatus(t.db, officer, r.id, 'submit');
  assert.equal(await changeReportStatus(t.db, analyst, r.id, 'accept'), 'accepted');
  await assert.rejects(() => changeReportStatus(t.db, analyst, r.id, 'return', 'muộn'), (e) => errorCode(e) === 'INVALID_STATE');
  await assert.rejects(() => setReportValues(t.db, officer, r.id, [{ indicator: 'COMMUNITY_TECH_TEAMS', value: 1 }]), (e) => errorCode(e) === 'INVALID_STATE');

  const audit = await listAudit(t.db, { entity: 'report', entityId: String(r.id) });
  assert.deepEqual(audit.map((a) => a.action).reverse(), ['create', 'submit', 'return', 'submit', 'accept']);
  const returned = audit.find((a) => a.action === 'return')!;
  assert.deepEqual(returned.old_value, { status: 'submitted' });
  assert.equal((returned.new_value as { comment: string }).comment, 'Thiếu số thành viên');
  assert.match(returned.actor_label, /analyst\.hp/);
  const values = await listAudit(t.db, { entity: 'data_value' });
  assert.ok(values.some((a) => a.entity_id === `${r.id}:COMMUNITY_TECH_MEMBERS` && (a.new_value as { qualifier: string }).qualifier === 'approx'));
});

test('a commune officer cannot read or change another commune\'s report; an analyst reads only their province', async () => {
  const own = await makeUser(t.db, 'officer.hongbang', 'commune_officer', 'HP-HONG-BANG');
  const other = await makeUser(t.db, 'officer.haihung', 'commune_officer', 'HP-HAI-HUNG');
  const qng = await makeUser(t.db, 'analyst.qng', 'province_analyst', 'QNG');
  const period = await yearPeriod(t.db);
  const r = await getOrCreateReport(t.db, own, await unitId(t.db, 'HP-HONG-BANG'), period);
  await assert.rejects(() => readReport(t.db, other, r.id), (e) => errorCode(e) === 'NOT_FOUND');
  await assert.rejects(() => setReportValues(t.db, other, r.id, [{ indicator: 'BANNERS', value: 3 }]), (e) => errorCode(e) === 'NOT_FOUND');
  const hongBang = await unitId(t.db, 'HP-HONG-BANG');
  await assert.rejects(() => getOrCreateReport(t.db, other, hongBang, period), (e) => errorCode(e) === 'FORBIDDEN');
  await assert.rejects(() => readReport(t.db, qng, r.id), (e) => errorCode(e) === 'NOT_FOUND');
  await changeReportStatus(t.db, own, r.id, 'submit');
  await assert.rejects(() => changeReportStatus(t.db, own, r.id, 'accept'), (e) => errorCode(e) === 'FORBIDDEN');
  await assert.rejects(() => changeReportStatus(t.db, qng, r.id, 'accept'), (e) => errorCode(e) === 'NOT_FOUND');
});

test('an unknown indicator code is rejected and nothing of the batch is written', async () => {
  const officer = await makeUser(t.db, 'officer.nlb', 'commune_officer', 'HP-NGUYEN-LUONG-BANG');
  const r = await getOrCreateReport(t.db, officer, await unitId(t.db, 'HP-NGUYEN-LUONG-BANG'), await yearPeriod(t.db));
  await assert.rejects(
    () => setReportValues(t.db, officer, r.id, [{ indicator: 'BANNERS', value: 4 }, { indicator: 'NO_SUCH_CODE', value: 1 }]),
    (e) => errorCode(e) === 'UNKNOWN_INDICATOR',
  );
  const { values } = await readReport(t.db, officer, r.id);
  assert.equal(values.length, 0);
});

test('roll-up sums flows and stocks, recomputes percentages from numerator and denominator, and marks lower bounds', async () => {
  const admin = await makeUser(t.db, 'admin.hp', 'province_admin', 'HP');
  const analyst = await makeUser(t.db, 'analyst2.hp', 'province_analyst', 'HP');
  const period = await yearPeriod(t.db, 2026);
  const a = await getOrCreateReport(t.db, admin, await unitId(t.db, 'HP-CAT-HAI'), period);
  const b = await getOrCreateReport(t.db, admin, await unitId(t.db, 'HP-HAI-HUNG'), period);
  await setReportValues(t.db, admin, a.id, [
    { indicator: 'PORTAL_ARTICLES', value: 20, qualifier: 'at_least' },
    { indicator: 'ONLINE_DOSSIERS', value: 90 },
    { indicator: 'TOTAL_DOSSIERS', value: 100 },
    { indicator: 'ONLINE_DOSSIER_PCT', value: 90 },
    { indicator: 'PORTAL_SECTION', value: 1 },
  ]);
  await setReportValues(t.db, admin, b.id, [
    { indicator: 'PORTAL_ARTICLES', value: 7 },
    { indicator: 'ONLINE_DOSSIERS', value: 10 },
    { indicator: 'TOTAL_DOSSIERS', value: 100 },
    { indicator: 'ONLINE_DOSSIER_PCT', value: 10 },
    { indicator: 'PORTAL_SECTION', value: 0 },
  ]);
  for (const r of [a, b]) {
    await changeReportStatus(t.db, admin, r.id, 'submit');
    await changeReportStatus(t.db, analyst, r.id, 'accept');
  }
  const totals = await rollup(t.db, { periodIds: [period], provinceId: await unitId(t.db, 'HP') });
  const by = new Map(totals.map((x) => [x.indicator, x]));
  assert.equal(by.get('PORTAL_ARTICLES')!.value, 27);
  assert.equal(by.get('PORTAL_ARTICLES')!.qualifier, 'at_least');
  assert.equal(by.get('ONLINE_DOSSIER_PCT')!.method, 'ratio');
  assert.equal(by.get('ONLINE_DOSSIER_PCT')!.value, 50);
  assert.equal(by.get('PORTAL_SECTION')!.value, 1);
  assert.equal(by.get('PORTAL_SECTION')!.method, 'count');
});

test('over several periods a flow is summed and a stock takes each unit\'s latest value, with its qualifier', async () => {
  const admin = await makeUser(t.db, 'admin3.hp', 'province_admin', 'HP');
  const analyst = await makeUser(t.db, 'analyst3.hp', 'province_analyst', 'HP');
  const { ensurePeriod } = await import('#src/storage/periods.repository.ts');
  const { regularPeriod } = await import('#src/core/periods/periods.ts');
  const q3 = await ensurePeriod(t.db, regularPeriod('quarter', 2027, 3));
  const q4 = await ensurePeriod(t.db, regularPeriod('quarter', 2027, 4));
  const unit = await unitId(t.db, 'HP-NGUYEN-LUONG-BANG');
  // Entered out of order on purpose: "latest" must follow the period, not insertion order.
  for (const [period, teams, articles, q] of [[q4, 9, 5, 'approx'], [q3, 4, 7, 'exact']] as const) {
    const r = await getOrCreateReport(t.db, admin, unit, period);
    await setReportValues(t.db, admin, r.id, [
      { indicator: 'COMMUNITY_TECH_TEAMS', value: teams, qualifier: q },
      { indicator: 'PORTAL_ARTICLES', value: articles },
    ]);
    await changeReportStatus(t.db, admin, r.id, 'submit');
    await changeReportStatus(t.db, analyst, r.id, 'accept');
  }
  const by = new Map((await rollup(t.db, { periodIds: [q3, q4], provinceId: await unitId(t.db, 'HP') })).map((x) => [x.indicator, x]));
  assert.equal(by.get('PORTAL_ARTICLES')!.value, 12);
  assert.equal(by.get('PORTAL_ARTICLES')!.qualifier, 'exact');
  assert.equal(by.get('COMMUNITY_TECH_TEAMS')!.value, 9);
  assert.equal(by.get('COMMUNITY_TECH_TEAMS')!.qualifier, 'approx');
  assert.equal(by.get('COMMUNITY_TECH_TEAMS')!.unitsReporting, 1);
});
