// Validation rules on a real database: defaults seeded per province, errors block submission,
// warnings do not, the previous period is compared, and only a province's admins edit its rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useTestDb } from '../../support/test-db.ts';
import { makeUser, unitId, yearPeriod, errorCode } from '../../support/factories.ts';
import { changeReportStatus, getOrCreateReport, readReport, setReportValues } from '#src/core/reports/reports.ts';
import { checkReport, listProvinceRules, saveRule } from '#src/core/validation/validation.ts';
import { listAudit } from '#src/storage/audit.repository.ts';

const t = useTestDb();

test('every province gets the default rules on first use, once', async () => {
  const analyst = await makeUser(t.db, 'rules.analyst.qng', 'province_analyst', 'QNG');
  const qng = await unitId(t.db, 'QNG');
  const rules = await listProvinceRules(t.db, analyst, qng);
  assert.ok(rules.some((r) => r.code === 'members_ge_teams' && r.severity === 'error'));
  assert.ok(rules.some((r) => r.code === 'far_from_previous' && r.limit === 5));
  assert.equal((await listProvinceRules(t.db, analyst, qng)).length, rules.length);
  const hp = await unitId(t.db, 'HP');
  await assert.rejects(() => listProvinceRules(t.db, analyst, hp), (e) => errorCode(e) === 'FORBIDDEN');
});

test('an error-level finding blocks submission with a Vietnamese message; fixing the value lets it through', async () => {
  const officer = await makeUser(t.db, 'rules.officer.cathai', 'commune_officer', 'HP-CAT-HAI');
  const r = await getOrCreateReport(t.db, officer, await unitId(t.db, 'HP-CAT-HAI'), await yearPeriod(t.db, 2025));
  await setReportValues(t.db, officer, r.id, [{ indicator: 'COMMUNITY_TECH_TEAMS', value: 58 }, { indicator: 'COMMUNITY_TECH_MEMBERS', value: 38 }]);
  await assert.rejects(() => changeReportStatus(t.db, officer, r.id, 'submit'), (e) => errorCode(e) === 'VALIDATION' && /thành viên \(38\).*\(58\)/.test((e as Error & { userMessage: string }).userMessage));
  assert.equal((await readReport(t.db, officer, r.id)).report.status, 'draft');
  await setReportValues(t.db, officer, r.id, [{ indicator: 'COMMUNITY_TECH_MEMBERS', value: 386 }]);
  assert.equal(await changeReportStatus(t.db, officer, r.id, 'submit'), 'submitted');
});

test('warnings do not block: an inconsistent percentage and a value far from the previous period are reported beside the value', async () => {
  const officer = await makeUser(t.db, 'rules.officer.hb', 'commune_officer', 'HP-HONG-BANG');
  const analyst = await makeUser(t.db, 'rules.analyst.hp', 'province_analyst', 'HP');
  const unit = await unitId(t.db, 'HP-HONG-BANG');
  const prev = await getOrCreateReport(t.db, officer, unit, await yearPeriod(t.db, 2024));
  await setReportValues(t.db, officer, prev.id, [{ indicator: 'RADIO_BROADCASTS', value: 28 }]);
  await changeReportStatus(t.db, officer, prev.id, 'submit');
  await changeReportStatus(t.db, analyst, prev.id, 'accept');
  const r = await getOrCreateReport(t.db, officer, unit, await yearPeriod(t.db, 2025));
  await setReportValues(t.db, officer, r.id, [
    { indicator: 'RADIO_BROADCASTS', value: 200 },
    { indicator: 'ONLINE_DOSSIER_PCT', value: 89.3 },
    { indicator: 'ONLINE_DOSSIERS', value: 5010 },
    { indicator: 'TOTAL_DOSSIERS', value: 5092 },
  ]);
  const findings = await checkReport(t.db, r);
  assert.deepEqual(findings.map((f) => [f.indicator, f.severity]).sort(), [['ONLINE_DOSSIER_PCT', 'warning'], ['RADIO_BROADCASTS', 'warning']]);
  assert.match(findings.find((f) => f.indicator === 'RADIO_BROADCASTS')!.message, /200.*\(28\)/);
  assert.equal(await changeReportStatus(t.db, officer, r.id, 'submit'), 'submitted');
});

test('a province admin edits a rule (audited); an analyst or another province\'s admin cannot; the edit changes what blocks', async () => {
  const hp = await unitId(t.db, 'HP');
  const admin = await makeUser(t.db, 'rules.admin.hp', 'province_admin', 'HP');
  const analyst = await makeUser(t.db, 'rules.analyst2.hp', 'province_analyst', 'HP');
  const qngAdmin = await makeUser(t.db, 'rules.admin.qng', 'province_admin', 'QNG');
  const rule = (await listProvinceRules(t.db, admin, hp)).find((r) => r.code === 'broken_le_loudspeakers')!;
  const input = { ...rule, severity: 'warning' };
  await assert.rejects(() => saveRule(t.db, analyst, hp, rule.id!, input), (e) => errorCode(e) === 'FORBIDDEN');
  await assert.rejects(() => saveRule(t.db, qngAdmin, hp, rule.id!, input), (e) => errorCode(e) === 'FORBIDDEN');
  await assert.rejects(() => saveRule(t.db, admin, hp, rule.id!, { ...input, indicator: 'NO_SUCH' }), (e) => errorCode(e) === 'UNKNOWN_INDICATOR');
  await saveRule(t.db, admin, hp, rule.id!, input);
  const audit = await listAudit(t.db, { entity: 'rule' });
  assert.equal(audit[0]!.action, 'update');
  assert.equal((audit[0]!.old_value as { severity: string }).severity, 'error');
  assert.equal((audit[0]!.new_value as { severity: string }).severity, 'warning');

  const officer = await makeUser(t.db, 'rules.officer.hh', 'commune_officer', 'HP-HAI-HUNG');
  const r = await getOrCreateReport(t.db, officer, await unitId(t.db, 'HP-HAI-HUNG'), await yearPeriod(t.db, 2025));
  await setReportValues(t.db, officer, r.id, [{ indicator: 'LOUDSPEAKER_CLUSTERS', value: 10 }, { indicator: 'LOUDSPEAKER_CLUSTERS_DOWN', value: 12 }]);
  assert.equal(await changeReportStatus(t.db, officer, r.id, 'submit'), 'submitted', 'a warning no longer blocks');

  await saveRule(t.db, admin, hp, null, { code: 'banners_max', kind: 'bound', indicator: 'BANNERS', other: null, operator: '<=', limit: 1000, severity: 'error', message: 'Quá nhiều pano ({value}).', active: true });
  await assert.rejects(() => saveRule(t.db, admin, hp, null, { code: 'banners_max', kind: 'bound', indicator: 'BANNERS', other: null, operator: '<=', limit: 1, severity: 'error', message: 'x', active: true }), (e) => errorCode(e) === 'DUPLICATE');
});
