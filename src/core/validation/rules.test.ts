import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultRules, evaluateRules, formatViNumber, hasErrors, ruleInputSchema, type CatalogEntry, type ValueForCheck } from './rules.ts';

const catalog: CatalogEntry[] = [
  { code: 'COMMUNITY_TECH_TEAMS', name: 'Tổ', aggregation: 'stock', numerator: null, denominator: null },
  { code: 'COMMUNITY_TECH_MEMBERS', name: 'Thành viên', aggregation: 'stock', numerator: null, denominator: null },
  { code: 'LOUDSPEAKER_CLUSTERS', name: 'Cụm loa', aggregation: 'stock', numerator: null, denominator: null },
  { code: 'LOUDSPEAKER_CLUSTERS_DOWN', name: 'Cụm loa hỏng', aggregation: 'stock', numerator: null, denominator: null },
  { code: 'ONLINE_DOSSIER_PCT', name: 'Tỷ lệ', aggregation: 'percent', numerator: 'ONLINE_DOSSIERS', denominator: 'TOTAL_DOSSIERS' },
  { code: 'ONLINE_DOSSIERS', name: 'Hồ sơ trực tuyến', aggregation: 'flow', numerator: null, denominator: null },
  { code: 'TOTAL_DOSSIERS', name: 'Tổng hồ sơ', aggregation: 'flow', numerator: null, denominator: null },
  { code: 'PORTAL_SECTION', name: 'Chuyên mục', aggregation: 'flag', numerator: null, denominator: null },
  { code: 'RADIO_BROADCASTS', name: 'Phát thanh', aggregation: 'flow', numerator: null, denominator: null },
];
const rules = defaultRules(catalog);
const exact = (value: number): ValueForCheck => ({ value, max: null, qualifier: 'exact' });
const vals = (o: Record<string, number | ValueForCheck>) =>
  new Map(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? exact(v) : v]));
const rulesHit = (o: Record<string, number | ValueForCheck>, prev?: Record<string, number>) =>
  evaluateRules(rules, vals(o), catalog, new Map(Object.entries(prev ?? {}))).map((f) => `${f.rule}:${f.indicator}:${f.severity}`);

test('the defaults cover members ≥ teams, broken ≤ loudspeakers, percentages ≤ 100, ratio consistency and the previous period', () => {
  const codes = rules.map((r) => r.code);
  for (const c of ['members_ge_teams', 'broken_le_loudspeakers', 'pct_le_100_online_dossier_pct', 'pct_ratio_online_dossier_pct', 'far_from_previous']) assert.ok(codes.includes(c), c);
  for (const r of rules) assert.ok(ruleInputSchema.safeParse(r).success, `default rule ${r.code} passes the admin schema`);
});

test('fewer members than teams is an error shown beside the members value, with Vietnamese numbers', () => {
  const f = evaluateRules(rules, vals({ COMMUNITY_TECH_TEAMS: 2315, COMMUNITY_TECH_MEMBERS: 64 }), catalog);
  assert.equal(f.length, 1);
  assert.equal(f[0]!.indicator, 'COMMUNITY_TECH_MEMBERS');
  assert.equal(f[0]!.severity, 'error');
  assert.match(f[0]!.message, /\(64\).*\(2\.315\)/);
  assert.ok(hasErrors(f));
  assert.deepEqual(rulesHit({ COMMUNITY_TECH_TEAMS: 64, COMMUNITY_TECH_MEMBERS: 412 }), []);
  assert.deepEqual(rulesHit({ COMMUNITY_TECH_TEAMS: 64, COMMUNITY_TECH_MEMBERS: 64 }), []);
});

test('more broken loudspeaker clusters than clusters is an error; a rule is silent when a value is missing', () => {
  assert.deepEqual(rulesHit({ LOUDSPEAKER_CLUSTERS: 88, LOUDSPEAKER_CLUSTERS_DOWN: 228 }), ['broken_le_loudspeakers:LOUDSPEAKER_CLUSTERS_DOWN:error']);
  assert.deepEqual(rulesHit({ LOUDSPEAKER_CLUSTERS: 228, LOUDSPEAKER_CLUSTERS_DOWN: 88 }), []);
  assert.deepEqual(rulesHit({ LOUDSPEAKER_CLUSTERS_DOWN: 88 }), []);
});

test('a range is flagged only when it certainly breaks the rule', () => {
  const range = (value: number, max: number): ValueForCheck => ({ value, max, qualifier: 'range' });
  assert.deepEqual(rulesHit({ COMMUNITY_TECH_TEAMS: 60, COMMUNITY_TECH_MEMBERS: range(50, 70) }), []);
  assert.deepEqual(rulesHit({ COMMUNITY_TECH_TEAMS: 80, COMMUNITY_TECH_MEMBERS: range(50, 70) }), ['members_ge_teams:COMMUNITY_TECH_MEMBERS:error']);
});

test('a percentage above 100 is an error', () => {
  assert.deepEqual(rulesHit({ ONLINE_DOSSIER_PCT: 100 }), []);
  assert.deepEqual(rulesHit({ ONLINE_DOSSIER_PCT: 929.8 }), ['pct_le_100_online_dossier_pct:ONLINE_DOSSIER_PCT:error']);
});

test('a percentage inconsistent with its numerator and denominator is a warning naming the computed figure', () => {
  assert.deepEqual(rulesHit({ ONLINE_DOSSIER_PCT: 92.98, ONLINE_DOSSIERS: 3217, TOTAL_DOSSIERS: 3460 }), []);
  const f = evaluateRules(rules, vals({ ONLINE_DOSSIER_PCT: 89.3, ONLINE_DOSSIERS: 3217, TOTAL_DOSSIERS: 3460 }), catalog);
  assert.deepEqual(f.map((x) => [x.rule, x.severity]), [['pct_ratio_online_dossier_pct', 'warning']]);
  assert.match(f[0]!.message, /89,3%.*92,98%/);
  assert.ok(!hasErrors(f), 'warnings do not block');
  // An approximate numerator cannot be checked exactly.
  assert.deepEqual(rulesHit({ ONLINE_DOSSIER_PCT: 50, ONLINE_DOSSIERS: { value: 5000, max: null, qualifier: 'approx' }, TOTAL_DOSSIERS: 3460 }), []);
});

test('a value more than five times (or under a fifth of) the previous period is a warning; flags and percentages are not compared', () => {
  assert.deepEqual(rulesHit({ RADIO_BROADCASTS: 200 }, { RADIO_BROADCASTS: 28 }), ['far_from_previous:RADIO_BROADCASTS:warning']);
  assert.deepEqual(rulesHit({ RADIO_BROADCASTS: 5 }, { RADIO_BROADCASTS: 28 }), ['far_from_previous:RADIO_BROADCASTS:warning']);
  assert.deepEqual(rulesHit({ RADIO_BROADCASTS: 100 }, { RADIO_BROADCASTS: 28 }), []);
  assert.deepEqual(rulesHit({ RADIO_BROADCASTS: 100 }), []);
  assert.deepEqual(rulesHit({ PORTAL_SECTION: 1 }, { PORTAL_SECTION: 0.1 }), []);
});

test('a switched-off rule and an edited severity are honoured', () => {
  const edited = rules.map((r) => (r.code === 'members_ge_teams' ? { ...r, severity: 'warning' as const } : r.code === 'broken_le_loudspeakers' ? { ...r, active: false } : r));
  const f = evaluateRules(edited, vals({ COMMUNITY_TECH_TEAMS: 10, COMMUNITY_TECH_MEMBERS: 5, LOUDSPEAKER_CLUSTERS: 1, LOUDSPEAKER_CLUSTERS_DOWN: 9 }), catalog);
  assert.deepEqual(f.map((x) => [x.rule, x.severity]), [['members_ge_teams', 'warning']]);
});

test('the admin schema refuses incomplete rules', () => {
  const base = { code: 'x', kind: 'compare', indicator: 'A', other: null, operator: '>=', limit: null, severity: 'error', message: 'm', active: true };
  assert.equal(ruleInputSchema.safeParse(base).success, false);
  assert.equal(ruleInputSchema.safeParse({ ...base, other: 'B' }).success, true);
  assert.equal(ruleInputSchema.safeParse({ ...base, kind: 'previous', limit: 1 }).success, false);
  assert.equal(ruleInputSchema.safeParse({ ...base, code: 'Bad Code' }).success, false);
});

test('Vietnamese number formatting groups thousands with dots and uses a decimal comma', () => {
  assert.equal(formatViNumber(2315), '2.315');
  assert.equal(formatViNumber(87.46), '87,46');
  assert.equal(formatViNumber(64000), '64.000');
  assert.equal(formatViNumber(-1234567.5), '-1.234.567,5');
});
