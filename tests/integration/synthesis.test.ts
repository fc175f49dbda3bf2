// Synthesis on a real database (PGlite, or PostgreSQL when DATABASE_URL is set): totals by
// aggregation with qualifiers, what counts, grouping of narrative, merged units, authorization.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useTestDb } from '../support/test-db.ts';
import { makeUser, unitId, errorCode } from '../support/factories.ts';
import { buildRound, insertRequest, type RoundFixture } from '../support/synthesis-fixture.ts';
import { parsePeriodArg, synthesize, type Synthesis } from '#src/core/synthesis/synthesis.ts';
import { formatTotal, totalNote } from '#src/core/synthesis/format.ts';
import { changeReportStatus, getOrCreateReport, setReportValues } from '#src/core/reports/reports.ts';
import { mergeUnits, createUnit } from '#src/core/units/units.ts';
import { ensurePeriod } from '#src/storage/periods.repository.ts';
import { regularPeriod } from '#src/core/periods/periods.ts';

let round: RoundFixture;
const t = useTestDb(async (t) => {
  round = await buildRound(t.db, 'syn');
});

const total = (s: Synthesis, ind: string) => s.totals.find((x) => x.indicator === ind);

test('totals add up accepted reports only, and qualified contributions are never printed as exact', async () => {
  const s = await synthesize(t.db, round.analyst, { requestId: round.requestId });
  assert.equal(s.scope.kind, 'request');
  assert.equal(s.scope.provinceName, 'Hải Phòng');
  assert.equal(s.scope.provinceKind, 'thành phố');
  // Hồng Bàng 70 + Cát Hải 58; the submitted (12) and returned (1000) reports do not count.
  assert.equal(total(s, 'COMMUNITY_TECH_TEAMS')!.value, 128);
  assert.equal(formatTotal(total(s, 'COMMUNITY_TECH_TEAMS')!), '128 tổ');
  const members = total(s, 'COMMUNITY_TECH_MEMBERS')!;
  assert.equal(members.value, 935);
  assert.equal(formatTotal(members), 'khoảng 935 người');
  assert.match(totalNote(members), /1 đơn vị báo cáo số ước tính/);
  assert.equal(formatTotal(total(s, 'CHANNEL_VISITS')!), 'ít nhất 20.000 lượt');
  assert.equal(formatTotal(total(s, 'CONTEST_REGISTRATIONS')!), 'từ 560 đến 600 lượt');
  // A flag counts the units where it is true.
  assert.equal(formatTotal(total(s, 'PORTAL_SECTION')!), '2/2 đơn vị');
  // The percentage is recomputed from numerator and denominator of the units giving both.
  const pct = total(s, 'ONLINE_DOSSIER_PCT')!;
  assert.equal(pct.method, 'ratio');
  assert.equal(pct.value, Math.round((100 * 5910) / 6092 * 100) / 100);
  assert.equal(pct.unitsReporting, 2);
  assert.equal(total(s, 'PORTAL_ARTICLES'), undefined);
  assert.equal(s.counts.counted, 2);
  assert.equal(s.counts.notCounted, 2);
  assert.equal(s.counts.expected, 4);
});

test('with includeSubmitted, submitted reports count and are flagged as not yet reviewed', async () => {
  const s = await synthesize(t.db, round.analyst, { requestId: round.requestId, includeSubmitted: true });
  assert.equal(total(s, 'COMMUNITY_TECH_TEAMS')!.value, 140);
  assert.equal(formatTotal(total(s, 'PORTAL_ARTICLES')!), 'ít nhất 20 tin, bài');
  const nlb = s.units.find((u) => u.code === 'HP-NGUYEN-LUONG-BANG')!;
  assert.equal(nlb.standing, 'counted_unreviewed');
  assert.equal(s.units.find((u) => u.code === 'HP-HAI-HUNG')!.standing, 'not_counted');
  assert.equal(s.counts.countedUnreviewed, 1);
});

test('the per-unit table lists every commune with its own values, and rankings order units by value', async () => {
  const s = await synthesize(t.db, round.analyst, { requestId: round.requestId });
  const hb = s.units.find((u) => u.code === 'HP-HONG-BANG')!;
  assert.equal(hb.displayName, 'phường Hồng Bàng');
  assert.equal(hb.cells.COMMUNITY_TECH_MEMBERS!.value, 549);
  assert.deepEqual(s.units.find((u) => u.code === 'HP-CAT-HAI')!.cells.COMMUNITY_TECH_MEMBERS!.qualifiers, ['approx']);
  assert.equal(Object.keys(s.units.find((u) => u.code === 'HP-HAI-HUNG')!.cells).length, 0);
  const r = s.rankings.find((x) => x.indicator.code === 'COMMUNITY_TECH_TEAMS')!;
  assert.deepEqual(r.top.map((x) => x.unit), ['phường Hồng Bàng', 'đặc khu Cát Hải']);
  assert.ok(s.groups.some((g) => g.code === 'SKILLS' && g.indicators.some((i) => i.code === 'COMMUNITY_TECH_MEMBERS')));
});

test('difficulties are grouped by theme with the units that raised them; recommendations by addressee', async () => {
  const s = await synthesize(t.db, round.analyst, { requestId: round.requestId });
  const themes = new Map(s.difficulties.map((d) => [d.theme, d]));
  assert.deepEqual(themes.get('funding')!.units, ['phường Hồng Bàng']);
  assert.equal(themes.get('funding')!.name, 'Kinh phí hạn chế');
  // Free text classified with the catalog cues.
  assert.deepEqual(themes.get('staffing')!.units, ['đặc khu Cát Hải']);
  assert.deepEqual(themes.get('infrastructure')!.units, ['đặc khu Cát Hải']);
  assert.match(themes.get('infrastructure')!.quotes[0]!.text, /Hạ tầng mạng internet/);
  // "UBND thành phố" and "Ủy ban nhân dân thành phố" are one addressee.
  const city = s.recommendations.find((r) => r.addressee === 'Ủy ban nhân dân thành phố')!;
  assert.deepEqual(city.units, ['đặc khu Cát Hải', 'phường Hồng Bàng']);
  assert.equal(city.items.length, 2);
  const dept = s.recommendations.find((r) => r.addressee === 'Sở Khoa học và Công nghệ')!;
  assert.ok(dept.items.some((i) => i.unit === 'đặc khu Cát Hải' && /tập huấn chuyên sâu/.test(i.text)));
  assert.deepEqual(s.models, [{ unit: 'phường Hồng Bàng', text: 'Kênh thông tin phường truy cập bằng mã QR phát tới từng hộ dân' }]);
});

test('only analysts and admins of the province may synthesize it; the nation only the system admin', async () => {
  const other = await makeUser(t.db, 'syn.qng', 'province_analyst', 'QNG');
  const officer = await makeUser(t.db, 'syn.officer', 'commune_officer', 'HP-HONG-BANG');
  await assert.rejects(() => synthesize(t.db, other, { requestId: round.requestId }), (e) => errorCode(e) === 'NOT_FOUND');
  await assert.rejects(() => synthesize(t.db, officer, { requestId: round.requestId }), (e) => errorCode(e) === 'NOT_FOUND');
  const year = parsePeriodArg('2025');
  await assert.rejects(() => synthesize(t.db, officer, { provinceId: round.provinceId, ...year }), (e) => errorCode(e) === 'FORBIDDEN');
  await assert.rejects(() => synthesize(t.db, other, { provinceId: round.provinceId, ...year }), (e) => errorCode(e) === 'FORBIDDEN');
  await assert.rejects(() => synthesize(t.db, round.admin, { nation: true, ...year }), (e) => errorCode(e) === 'FORBIDDEN');
  await assert.rejects(() => synthesize(t.db, round.analyst, { requestId: 999999 }), (e) => errorCode(e) === 'NOT_FOUND');
  const sysadmin = await makeUser(t.db, 'syn.root', 'system_admin', null);
  const nation = await synthesize(t.db, sysadmin, { nation: true, ...year });
  assert.equal(nation.scope.kind, 'nation');
  const hp = nation.units.find((u) => u.name === 'Hải Phòng')!;
  assert.equal(hp.cells.COMMUNITY_TECH_TEAMS!.value, 128);
});

test('a period synthesis takes a yearly report over the half-year inside it, so flows are not counted twice', async () => {
  const admin = await makeUser(t.db, 'syn.admin2', 'province_admin', 'HP');
  const analyst = await makeUser(t.db, 'syn.analyst2', 'province_analyst', 'HP');
  const unit = await unitId(t.db, 'HP-HAI-HUNG');
  const y = await ensurePeriod(t.db, regularPeriod('year', 2024));
  const h1 = await ensurePeriod(t.db, regularPeriod('half', 2024, 1));
  for (const [p, v] of [[y, 30], [h1, 12]] as const) {
    const r = await getOrCreateReport(t.db, admin, unit, p);
    await setReportValues(t.db, admin, r.id, [{ indicator: 'TRAINING_SESSIONS', value: v }]);
    await changeReportStatus(t.db, admin, r.id, 'submit');
    await changeReportStatus(t.db, analyst, r.id, 'accept');
  }
  const s = await synthesize(t.db, analyst, { provinceId: round.provinceId, ...parsePeriodArg('2024') });
  assert.equal(s.scope.periodLabel, 'Năm 2024');
  assert.equal(total(s, 'TRAINING_SESSIONS')!.value, 30);
  const h = await synthesize(t.db, analyst, { provinceId: round.provinceId, ...parsePeriodArg('2024-H1') });
  assert.equal(total(h, 'TRAINING_SESSIONS')!.value, 12);
  assert.throws(() => parsePeriodArg('2024-H3'), (e) => errorCode(e) === 'VALIDATION');
});

test('units merged during the period: predecessors\' reports count for their successor, named in its row', async () => {
  const admin = await makeUser(t.db, 'syn.admin3', 'province_admin', 'HP');
  const analyst = await makeUser(t.db, 'syn.analyst3', 'province_analyst', 'HP');
  await createUnit(t.db, { code: 'HP-MRG-A', name: 'Tân Á', level: 'xa', parentCode: 'HP', validFrom: '2023-01-01' });
  await createUnit(t.db, { code: 'HP-MRG-B', name: 'Tân Bình', level: 'xa', parentCode: 'HP', validFrom: '2023-01-01' });
  const q1 = await ensurePeriod(t.db, regularPeriod('quarter', 2023, 1));
  const q4 = await ensurePeriod(t.db, regularPeriod('quarter', 2023, 4));
  const answer = async (unitCode: string, period: number, values: { indicator: string; value: number }[]) => {
    const r = await getOrCreateReport(t.db, admin, await unitId(t.db, unitCode), period);
    await setReportValues(t.db, admin, r.id, values);
    await changeReportStatus(t.db, admin, r.id, 'submit');
    await changeReportStatus(t.db, analyst, r.id, 'accept');
  };
  await answer('HP-MRG-A', q1, [{ indicator: 'TRAINING_SESSIONS', value: 5 }, { indicator: 'COMMUNITY_TECH_TEAMS', value: 3 }]);
  await answer('HP-MRG-B', q1, [{ indicator: 'TRAINING_SESSIONS', value: 4 }, { indicator: 'COMMUNITY_TECH_TEAMS', value: 2 }]);
  await mergeUnits(t.db, { predecessorCodes: ['HP-MRG-A', 'HP-MRG-B'], successor: { code: 'HP-MRG-C', name: 'Tân Hợp', level: 'xa', parentCode: 'HP' }, effectiveDate: '2023-07-01' });
  await answer('HP-MRG-C', q4, [{ indicator: 'TRAINING_SESSIONS', value: 6 }, { indicator: 'COMMUNITY_TECH_TEAMS', value: 6 }]);
  const s = await synthesize(t.db, analyst, { provinceId: round.provinceId, ...parsePeriodArg('2023') });
  const c = s.units.find((u) => u.code === 'HP-MRG-C')!;
  assert.deepEqual(c.mergedFrom, ['xã Tân Á', 'xã Tân Bình']);
  assert.equal(s.units.some((u) => u.code === 'HP-MRG-A' || u.code === 'HP-MRG-B'), false);
  // Flows add up over the year (5 + 4 + 6); the stock is the successor's latest figure.
  assert.equal(c.cells.TRAINING_SESSIONS!.value, 15);
  assert.equal(c.cells.COMMUNITY_TECH_TEAMS!.value, 6);
  // Before the successor reported, the stock is the predecessors' latest figures added up.
  const h1 = await synthesize(t.db, analyst, { provinceId: round.provinceId, ...parsePeriodArg('2023-H1') });
  assert.equal(h1.units.find((u) => u.code === 'HP-MRG-A')!.cells.COMMUNITY_TECH_TEAMS!.value, 3);
});

test('a request of another round does not leak into this one', async () => {
  const other = await insertRequest(t.db, round.provinceId, round.periodId, '100/TEST', 'Yêu cầu khác');
  const s = await synthesize(t.db, round.analyst, { requestId: other });
  assert.equal(s.totals.length, 0);
  assert.equal(s.counts.counted, 0);
  assert.equal(s.counts.missing, s.counts.expected);
});

test('a request addressed to a list of units expects only those, and reports only the indicators it asked for', async () => {
  const id = await insertRequest(t.db, round.provinceId, round.periodId, '101/TEST', 'Yêu cầu một số đơn vị');
  await t.db.query('UPDATE report_requests SET all_units = false WHERE id = $1', [id]);
  for (const c of ['HP-HONG-BANG', 'HP-CAT-HAI']) await t.db.query('INSERT INTO request_units (request_id, unit_id) VALUES ($1, $2)', [id, await unitId(t.db, c)]);
  await t.db.query("INSERT INTO request_indicators (request_id, indicator_code, sort) VALUES ($1, 'COMMUNITY_TECH_TEAMS', 0), ($1, 'ONLINE_DOSSIER_PCT', 1)", [id]);
  const admin = await makeUser(t.db, 'syn.admin4', 'province_admin', 'HP');
  const analyst = await makeUser(t.db, 'syn.analyst4', 'province_analyst', 'HP');
  const r = await getOrCreateReport(t.db, admin, await unitId(t.db, 'HP-HONG-BANG'), round.periodId, id);
  await setReportValues(t.db, admin, r.id, [{ indicator: 'COMMUNITY_TECH_TEAMS', value: 7 }, { indicator: 'BANNERS', value: 3 }, { indicator: 'ONLINE_DOSSIERS', value: 1 }, { indicator: 'TOTAL_DOSSIERS', value: 4 }]);
  await changeReportStatus(t.db, admin, r.id, 'submit');
  await changeReportStatus(t.db, analyst, r.id, 'accept');
  const s = await synthesize(t.db, analyst, { requestId: id });
  assert.deepEqual(s.units.map((u) => u.code).sort(), ['HP-CAT-HAI', 'HP-HONG-BANG']);
  assert.deepEqual(s.totals.map((x) => x.indicator).sort(), ['COMMUNITY_TECH_TEAMS', 'ONLINE_DOSSIERS', 'ONLINE_DOSSIER_PCT', 'TOTAL_DOSSIERS']);
  assert.equal(total(s, 'ONLINE_DOSSIER_PCT')!.value, 25);
  assert.equal(s.counts.missing, 1);
});
