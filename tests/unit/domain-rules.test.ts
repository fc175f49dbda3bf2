// Unit tests of the foundation's pure rules: periods, unit history, report status machine,
// value validation, roll-up arithmetic, the catalog schema, CSV parsing and login throttling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adhocPeriod, formatViDate, isIsoDate, regularPeriod } from '#src/core/periods/periods.ts';
import { addDays, allowedParentLevels, successorMap, unitDisplayName } from '#src/core/units/units.ts';
import { isEditable, nextStatus, validateValue } from '#src/core/reports/reports.ts';
import { combineQualifier, computeTotals } from '#src/core/rollup/rollup.ts';
import { loadDefaultCatalog, parseCatalog } from '#src/core/catalog/catalog.ts';
import { parseUnitsCsv } from '#src/core/units/import-units.ts';
import { LoginLimiter } from '#src/http/middleware/rate-limit.ts';
import type { RollupRow } from '#src/storage/rollup.repository.ts';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'no error';
};

test('regular periods have calendar boundaries (leap years included) and Vietnamese labels', () => {
  assert.deepEqual(regularPeriod('year', 2025), { kind: 'year', year: 2025, number: null, startsOn: '2025-01-01', endsOn: '2025-12-31', label: 'Năm 2025' });
  const h2 = regularPeriod('half', 2025, 2);
  assert.equal(h2.startsOn, '2025-07-01');
  assert.equal(h2.endsOn, '2025-12-31');
  assert.equal(h2.label, '6 tháng cuối năm 2025');
  assert.equal(regularPeriod('quarter', 2024, 1).endsOn, '2024-03-31');
  assert.equal(regularPeriod('half', 2024, 1).endsOn, '2024-06-30');
  assert.equal(regularPeriod('quarter', 2026, 4).label, 'Quý IV/2026');
  assert.equal(code(() => regularPeriod('quarter', 2025, 5)), 'VALIDATION');
  assert.equal(code(() => regularPeriod('half', 2025, null)), 'VALIDATION');
  assert.equal(code(() => regularPeriod('year', 1999)), 'VALIDATION');
});

test('ad-hoc periods check their dates', () => {
  const p = adhocPeriod('2025-07-01', '2025-11-30');
  assert.equal(p.year, 2025);
  assert.equal(p.label, 'Từ 01/07/2025 đến 30/11/2025');
  assert.equal(code(() => adhocPeriod('2025-12-01', '2025-11-30')), 'VALIDATION');
  assert.equal(code(() => adhocPeriod('2025-02-30', '2025-03-01')), 'VALIDATION');
  assert.equal(isIsoDate('2024-02-29'), true);
  assert.equal(isIsoDate('2025-02-29'), false);
  assert.equal(formatViDate('2025-12-05'), '05/12/2025');
  assert.equal(addDays('2025-07-01', -1), '2025-06-30');
  assert.equal(addDays('2024-12-31', 1), '2025-01-01');
});

test('successorMap follows chains of mergers up to the date, and ignores later ones', () => {
  const s = [
    { predecessor_id: 1, successor_id: 3, effective_date: '2025-07-01' },
    { predecessor_id: 2, successor_id: 3, effective_date: '2025-07-01' },
    { predecessor_id: 3, successor_id: 4, effective_date: '2026-01-01' },
  ];
  const mid = successorMap(s, '2025-09-30');
  assert.equal(mid.get(1), 3);
  assert.equal(mid.get(2), 3);
  assert.equal(mid.has(3), false);
  const late = successorMap(s, '2026-06-30');
  assert.equal(late.get(1), 4);
  assert.equal(late.get(3), 4);
  assert.equal(successorMap(s, '2025-06-30').size, 0);
  // A cycle in bad data must not hang.
  const cyc = successorMap([{ predecessor_id: 5, successor_id: 6, effective_date: '2025-01-01' }, { predecessor_id: 6, successor_id: 5, effective_date: '2025-01-01' }], '2025-02-01');
  assert.equal(cyc.size, 2);
});

test('unit names and levels', () => {
  assert.equal(unitDisplayName({ name: 'Hải Hưng', level: 'xa' }), 'xã Hải Hưng');
  assert.equal(unitDisplayName({ name: 'Cát Hải', level: 'dac_khu' }), 'đặc khu Cát Hải');
  assert.deepEqual(allowedParentLevels('phuong'), ['tinh']);
  assert.deepEqual(allowedParentLevels('thon'), ['xa', 'phuong', 'dac_khu']);
  assert.deepEqual(allowedParentLevels('tinh'), []);
});

test('report status machine: only the allowed transitions, and editing only when open', () => {
  assert.equal(nextStatus('draft', 'submit'), 'submitted');
  assert.equal(nextStatus('returned', 'submit'), 'submitted');
  assert.equal(nextStatus('submitted', 'accept'), 'accepted');
  assert.equal(nextStatus('submitted', 'return'), 'returned');
  for (const [from, action] of [['accepted', 'submit'], ['accepted', 'return'], ['draft', 'accept'], ['draft', 'return'], ['submitted', 'submit']] as const) {
    assert.equal(code(() => nextStatus(from, action)), 'INVALID_STATE', `${from} + ${action}`);
  }
  assert.equal(isEditable('draft'), true);
  assert.equal(isEditable('returned'), true);
  assert.equal(isEditable('submitted'), false);
  assert.equal(isEditable('accepted'), false);
});

test('value validation: ranges need an ordered maximum, other qualifiers none', () => {
  validateValue({ indicator: 'X', value: 125, qualifier: 'range', max: 130 });
  validateValue({ indicator: 'X', value: 0 });
  assert.equal(code(() => validateValue({ indicator: 'X', value: 130, qualifier: 'range', max: 125 })), 'VALIDATION');
  assert.equal(code(() => validateValue({ indicator: 'X', value: 1, qualifier: 'range' })), 'VALIDATION');
  assert.equal(code(() => validateValue({ indicator: 'X', value: 1, qualifier: 'at_least', max: 3 })), 'VALIDATION');
  assert.equal(code(() => validateValue({ indicator: 'X', value: Number.NaN })), 'VALIDATION');
});

const row = (r: Partial<RollupRow> & Pick<RollupRow, 'indicator_code' | 'aggregation'>): RollupRow => ({
  units: 1, total: 0, total_max: 0, mean: 0, flagged: 0, approx_units: 0, at_least_units: 0, at_most_units: 0, range_units: 0, ...r,
});
const ind = (code: string, aggregation: RollupRow['aggregation'], numerator_code: string | null = null, denominator_code: string | null = null) => ({ code, name: code, unit: 'x', aggregation, numerator_code, denominator_code });

test('computeTotals respects aggregation types and never hides a lower bound', () => {
  const totals = computeTotals(
    [
      row({ indicator_code: 'F', aggregation: 'flow', units: 3, total: 60, total_max: 65, at_least_units: 1, range_units: 1 }),
      row({ indicator_code: 'S', aggregation: 'stock', units: 2, total: 10, total_max: 10 }),
      row({ indicator_code: 'P', aggregation: 'percent', units: 2, mean: 50 }),
      row({ indicator_code: 'N', aggregation: 'flow', units: 2, total: 30, total_max: 30 }),
      row({ indicator_code: 'D', aggregation: 'flow', units: 2, total: 40, total_max: 40, approx_units: 1 }),
      row({ indicator_code: 'M', aggregation: 'percent', units: 4, mean: 77.777 }),
      row({ indicator_code: 'G', aggregation: 'flag', units: 5, flagged: 3 }),
    ],
    [ind('F', 'flow'), ind('S', 'stock'), ind('P', 'percent', 'N', 'D'), ind('M', 'percent'), ind('G', 'flag'), ind('Z', 'flow')],
  );
  const by = new Map(totals.map((t) => [t.indicator, t]));
  assert.equal(by.get('F')!.value, 60);
  assert.equal(by.get('F')!.max, 65);
  assert.equal(by.get('F')!.qualifier, 'mixed');
  assert.equal(by.get('S')!.qualifier, 'exact');
  assert.equal(by.get('P')!.method, 'ratio');
  assert.equal(by.get('P')!.value, 75);
  assert.equal(by.get('P')!.qualifier, 'approx', 'an approximate denominator makes the ratio approximate');
  assert.equal(by.get('M')!.method, 'mean');
  assert.equal(by.get('M')!.value, 77.78);
  assert.equal(by.get('G')!.method, 'count');
  assert.equal(by.get('G')!.value, 3);
  assert.equal(by.has('Z'), false, 'an indicator nobody reported is absent, not zero');
  assert.equal(combineQualifier({ approx_units: 0, at_least_units: 2, at_most_units: 0, range_units: 0 }), 'at_least');
});

test('the shipped catalog is valid and a broken one is refused with a reason', () => {
  const cat = loadDefaultCatalog();
  assert.ok(cat.indicators.length >= 31);
  const broken = structuredClone(cat);
  broken.indicators.push({ ...broken.indicators[0]! });
  assert.equal(code(() => parseCatalog(broken)), 'DUPLICATE');
  const badGroup = structuredClone(cat);
  badGroup.indicators[0]!.group = 'NO_SUCH_GROUP';
  assert.equal(code(() => parseCatalog(badGroup)), 'VALIDATION');
  const badRef = structuredClone(cat);
  badRef.indicators[0]!.numerator = 'NO_SUCH_CODE';
  assert.equal(code(() => parseCatalog(badRef)), 'UNKNOWN_INDICATOR');
  assert.equal(code(() => parseCatalog({ groups: [] })), 'VALIDATION');
});

const header = 'province_code,code,name,level,parent_code,officer_username,officer_full_name,officer_email';

test('units CSV: good rows parse; every bad row is named by its line', () => {
  const rows = parseUnitsCsv(`\uFEFF${header}\nHP,HP-A,An Lư,xa,,can.bo.a,Nguyễn Văn A,a@example.vn\nHP,HP-A-1,Thôn 1,thon,HP-A,,,\n`);
  assert.equal(rows.length, 2);
  assert.equal(rows[0]!.name, 'An Lư');
  assert.equal(rows[0]!.parentCode, 'HP');
  assert.equal(rows[1]!.line, 3);
  try {
    parseUnitsCsv(`${header}\nHP,HP-A,An Lư,xa,,u1,,\nHP,HP-A,Trùng,xa,,u2,,\nHP,HP-C,,huyen,,,,\nHP,HP-D,Đ,xa,,u1,,bad-mail\n`);
    assert.fail('should throw');
  } catch (e) {
    const err = e as { code: string; userMessage: string };
    assert.equal(err.code, 'BAD_CSV');
    assert.match(err.userMessage, /Dòng 3: mã đơn vị "HP-A" trùng với dòng 2/);
    assert.match(err.userMessage, /Dòng 4: thiếu tên đơn vị/);
    assert.match(err.userMessage, /Dòng 4: cấp đơn vị không hợp lệ "huyen"/);
    assert.match(err.userMessage, /Dòng 5: tên đăng nhập "u1" trùng với dòng 2/);
    assert.match(err.userMessage, /Dòng 5: thư điện tử không hợp lệ/);
  }
  assert.equal(code(() => parseUnitsCsv('code,name\nX,Y\n')), 'BAD_CSV');
  assert.equal(code(() => parseUnitsCsv('')), 'BAD_CSV');
  assert.equal(code(() => parseUnitsCsv(`${header}\nHP,"HP-Q,Quote,xa\n`)), 'BAD_CSV');
});

test('login limiter blocks after five failures per user and IP, for the window only', () => {
  const l = new LoginLimiter(5, 30, 60_000);
  const t0 = 1_000_000;
  for (let i = 0; i < 4; i++) l.fail('1.2.3.4', 'admin', t0 + i);
  assert.equal(l.retryAfter('1.2.3.4', 'admin', t0 + 10), 0);
  l.fail('1.2.3.4', 'admin', t0 + 5);
  assert.ok(l.retryAfter('1.2.3.4', 'admin', t0 + 10) > 0);
  assert.equal(l.retryAfter('5.6.7.8', 'admin', t0 + 10), 0, 'another IP is not blocked by this one');
  assert.equal(l.retryAfter('1.2.3.4', 'admin', t0 + 60_001), 0, 'the window slides');
  l.succeed('1.2.3.4', 'admin');
  assert.equal(l.retryAfter('1.2.3.4', 'admin', t0 + 10), 0);
});
