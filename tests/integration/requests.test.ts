// Report requests on a real database (PGlite, or PostgreSQL when DATABASE_URL is set):
// creation with drafts, validation writing nothing, authorization, editing, mergers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useTestDb } from '../support/test-db.ts';
import { makeUser, unitId, errorCode } from '../support/factories.ts';
import { createRequest, expectedUnits, getRequest, listRequests, parsePeriodSpec, reportForRequest, updateRequest } from '#src/core/requests/requests.ts';
import { reportsOfRequest } from '#src/storage/requests.repository.ts';
import { listAudit } from '#src/storage/audit.repository.ts';
import { createUnit, mergeUnits } from '#src/core/units/units.ts';
import { changeReportStatus } from '#src/core/reports/reports.ts';

const t = useTestDb();

const count = async (sql: string) => Number((await t.db.query<{ n: number }>(sql))[0]!.n);

test('period notation: year, half, quarter, ad-hoc; nonsense is refused', () => {
  assert.deepEqual([parsePeriodSpec('2025').kind, parsePeriodSpec('2025').endsOn], ['year', '2025-12-31']);
  const h2 = parsePeriodSpec('2025-H2');
  assert.deepEqual([h2.kind, h2.number, h2.startsOn, h2.label], ['half', 2, '2025-07-01', '6 tháng cuối năm 2025']);
  assert.equal(parsePeriodSpec('2025-Q4').startsOn, '2025-10-01');
  const a = parsePeriodSpec('2025-01-01:2025-11-30');
  assert.deepEqual([a.kind, a.endsOn], ['adhoc', '2025-11-30']);
  for (const bad of ['2025-H3', '25', '2025-Q5', '2025-12-01:2025-01-01', 'năm nay']) assert.throws(() => parsePeriodSpec(bad), (e) => errorCode(e) === 'VALIDATION', bad);
});

test('a province analyst creates a request: drafts for every commune, audited; officers and other provinces cannot', async () => {
  const hp = await unitId(t.db, 'HP');
  const analyst = await makeUser(t.db, 'req.analyst.hp', 'province_analyst', 'HP');
  const officer = await makeUser(t.db, 'req.officer.hb', 'commune_officer', 'HP-HONG-BANG');
  const qng = await makeUser(t.db, 'req.analyst.qng', 'province_analyst', 'QNG');
  const input = { number: '4383/SKHCN-TTTT', issuedOn: '2025-12-02', subject: 'Báo cáo kết quả tuyên truyền Nghị quyết 57', period: '2025', deadline: '2025-12-10', indicators: ['COMMUNITY_TECH_TEAMS', 'community_tech_members'] };

  await assert.rejects(() => createRequest(t.db, officer, hp, input), (e) => errorCode(e) === 'FORBIDDEN');
  await assert.rejects(() => createRequest(t.db, qng, hp, input), (e) => errorCode(e) === 'FORBIDDEN');

  const d = await createRequest(t.db, analyst, hp, input);
  assert.equal(d.request.number, '4383/SKHCN-TTTT');
  assert.equal(d.request.period_label, 'Năm 2025');
  assert.deepEqual(d.indicators, ['COMMUNITY_TECH_TEAMS', 'COMMUNITY_TECH_MEMBERS']);
  assert.deepEqual(d.sections, ['results', 'models', 'difficulties', 'recommendations']);
  assert.equal(d.request.all_units, true);
  const reports = await reportsOfRequest(t.db, d.request.id);
  const communes = await count(`SELECT count(*) AS n FROM units u JOIN units p ON p.id = u.province_id WHERE p.code = 'HP' AND u.level IN ('xa','phuong','dac_khu') AND u.valid_to IS NULL`);
  assert.equal(reports.length, communes);
  assert.ok(reports.every((r) => r.status === 'draft'));
  const audit = await listAudit(t.db, { entity: 'request', entityId: String(d.request.id) });
  assert.equal(audit[0]?.action, 'create');
  assert.match(audit[0]!.actor_label, /req\.analyst\.hp/);

  // Reading: the officer of an addressed commune yes; another province's analyst no.
  assert.equal((await getRequest(t.db, officer, d.request.id)).request.id, d.request.id);
  await assert.rejects(() => getRequest(t.db, qng, d.request.id), (e) => errorCode(e) === 'NOT_FOUND');
  assert.ok((await listRequests(t.db, analyst)).some((r) => r.id === d.request.id));
  assert.ok(!(await listRequests(t.db, qng)).some((r) => r.id === d.request.id));
  await assert.rejects(() => listRequests(t.db, qng, { provinceId: hp }), (e) => errorCode(e) === 'FORBIDDEN');
  await assert.rejects(() => updateRequest(t.db, qng, d.request.id, input), (e) => errorCode(e) === 'NOT_FOUND');

  // The same number again is refused.
  await assert.rejects(() => createRequest(t.db, analyst, hp, input), (e) => errorCode(e) === 'DUPLICATE');
});

test('bad input writes nothing: unknown indicator, foreign unit, deadline before issue date', async () => {
  const hp = await unitId(t.db, 'HP');
  const before = await count('SELECT count(*) AS n FROM report_requests');
  const reportsBefore = await count('SELECT count(*) AS n FROM reports');
  const base = { number: 'X-1', issuedOn: '2025-06-01', subject: 'Thử', deadline: '2025-06-15' };
  await assert.rejects(() => createRequest(t.db, null, hp, { ...base, indicators: ['NOT_A_CODE'] }), (e) => errorCode(e) === 'UNKNOWN_INDICATOR');
  const dakBla = await unitId(t.db, 'QNG-DAK-BLA');
  await assert.rejects(() => createRequest(t.db, null, hp, { ...base, unitIds: [dakBla] }), (e) => errorCode(e) === 'VALIDATION');
  await assert.rejects(() => createRequest(t.db, null, hp, { ...base, deadline: '2025-05-01' }), (e) => errorCode(e) === 'VALIDATION');
  await assert.rejects(() => createRequest(t.db, null, hp, { ...base, deadline: '2025-02-30' }), (e) => errorCode(e) === 'VALIDATION');
  await assert.rejects(() => createRequest(t.db, null, hp, { ...base, sections: ['poems'] }), (e) => errorCode(e) === 'VALIDATION');
  assert.equal(await count('SELECT count(*) AS n FROM report_requests'), before);
  assert.equal(await count('SELECT count(*) AS n FROM reports'), reportsBefore);
});

test('a chosen list of units; editing it drops untouched drafts, keeps submitted ones, and the period is then fixed', async () => {
  const hp = await unitId(t.db, 'HP');
  const admin = await makeUser(t.db, 'req.admin.hp', 'province_admin', 'HP');
  const hb = await unitId(t.db, 'HP-HONG-BANG');
  const hh = await unitId(t.db, 'HP-HAI-HUNG');
  const ch = await unitId(t.db, 'HP-CAT-HAI');
  const officer = await makeUser(t.db, 'req.officer.hh', 'commune_officer', 'HP-HAI-HUNG');
  const input = { number: '12/KH-SKHCN', issuedOn: '2025-06-01', subject: 'Báo cáo 6 tháng', period: '2025-H1', deadline: '2025-06-15', indicators: ['BANNERS'], sections: ['results'], unitIds: [hb, hh] };
  const d = await createRequest(t.db, admin, hp, input);
  assert.deepEqual(d.unitIds.sort(), [hb, hh].sort());
  assert.deepEqual((await reportsOfRequest(t.db, d.request.id)).map((r) => r.unit_id).sort(), [hb, hh].sort());
  // An officer of a unit not addressed cannot see the request.
  const other = await makeUser(t.db, 'req.officer.ch', 'commune_officer', 'HP-CAT-HAI');
  await assert.rejects(() => getRequest(t.db, other, d.request.id), (e) => errorCode(e) === 'NOT_FOUND');

  const hhReport = await reportForRequest(t.db, officer, d.request.id, hh);
  await changeReportStatus(t.db, officer, hhReport.id, 'submit');
  await assert.rejects(() => updateRequest(t.db, admin, d.request.id, { ...input, period: '2025' }), (e) => errorCode(e) === 'INVALID_STATE');

  const edited = await updateRequest(t.db, admin, d.request.id, { ...input, subject: 'Báo cáo 6 tháng đầu năm', unitIds: [ch] });
  assert.equal(edited.request.subject, 'Báo cáo 6 tháng đầu năm');
  const units = (await reportsOfRequest(t.db, d.request.id)).map((r) => r.unit_id).sort();
  assert.deepEqual(units, [hh, ch].sort(), 'Hồng Bàng untouched draft dropped; Hải Hưng submitted kept; Cát Hải added');
  const audit = await listAudit(t.db, { entity: 'request', entityId: String(d.request.id) });
  assert.equal(audit[0]?.action, 'update');
  assert.equal((audit[0]!.old_value as { subject: string }).subject, 'Báo cáo 6 tháng');
});

test('mergers: a unit merged away before the deadline is replaced by its successor; after the deadline it still owes the report', async () => {
  await createUnit(t.db, { code: 'HP-M-A', name: 'Thử A', level: 'xa', parentCode: 'HP' });
  await createUnit(t.db, { code: 'HP-M-B', name: 'Thử B', level: 'xa', parentCode: 'HP' });
  const a = await unitId(t.db, 'HP-M-A');
  const b = await unitId(t.db, 'HP-M-B');
  const hp = await unitId(t.db, 'HP');
  const early = await createRequest(t.db, null, hp, { number: 'M-1', issuedOn: '2025-05-01', subject: 'Trước sáp nhập', period: '2025-H1', deadline: '2025-06-15', unitIds: [a, b] });
  const late = await createRequest(t.db, null, hp, { number: 'M-2', issuedOn: '2025-05-01', subject: 'Sau sáp nhập', period: '2025', deadline: '2025-12-15', unitIds: [a, b] });
  const c = await mergeUnits(t.db, { predecessorCodes: ['HP-M-A', 'HP-M-B'], successor: { code: 'HP-M-C', name: 'Thử C', level: 'xa', parentCode: 'HP' }, effectiveDate: '2025-07-01' });
  assert.deepEqual((await expectedUnits(t.db, early.request)).map((e) => e.unitId), [a, b]);
  const lateExpected = await expectedUnits(t.db, late.request);
  assert.deepEqual(lateExpected, [{ unitId: c.id, predecessorIds: [a, b] }]);
});
