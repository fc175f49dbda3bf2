// The Decree 30 pieces shared by the synthesis and a commune's report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indicatorTable, reportHeader, requestBasis } from '#src/documents/official-document.ts';

test('the report header leaves the number blank for the clerk unless one is given', () => {
  const base = { superiorBody: 'UBND', issuingBody: 'Sở', symbol: 'BC-SKHCN', place: 'Hà Nội', date: null, year: 2026 };
  assert.equal(reportHeader(base).numberSymbol, 'Số:        /BC-SKHCN');
  assert.equal(reportHeader({ ...base, number: '7/BC-SKHCN' }).numberSymbol, 'Số: 7/BC-SKHCN');
  assert.equal(reportHeader(base).type, 'Báo cáo');
});

test('the indicator table numbers rows across groups and leaves out groups without rows', () => {
  const t = indicatorTable('Bảng', 40, [{ title: 'Kết quả', width: 20 }], [
    { name: 'Nhóm A', rows: [{ name: 'a1', cells: ['1'] }, { name: 'a2', cells: ['2'] }] },
    { name: 'Nhóm trống', rows: [] },
    { name: 'Nhóm B', rows: [{ name: 'b1', cells: ['3'] }] },
  ]);
  assert.deepEqual(t.columns.map((c) => c.title), ['TT', 'Chỉ tiêu', 'Kết quả']);
  assert.deepEqual(t.rows.map((r) => r.cells), [['Nhóm A'], ['1', 'a1', '1'], ['2', 'a2', '2'], ['Nhóm B'], ['3', 'b1', '3']]);
  assert.deepEqual(t.rows.map((r) => !!r.span), [true, false, false, true, false]);
});

test('the basis clause cites the request with its subject in lower case', () => {
  assert.equal(requestBasis({ number: '9/SKHCN', issuedOn: '2026-01-05', subject: 'Báo cáo kết quả' }, (d) => d.split('-').reverse().join('/')), 'Thực hiện Văn bản số 9/SKHCN ngày 05/01/2026 về việc báo cáo kết quả, ');
});
