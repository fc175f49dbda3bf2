// The unit gazetteer: real spellings for names read without marks, the province of a unit the
// header does not place, and no guess when two real units fit. Headers are written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFromText } from './extract.ts';
import { matchUnit, provinceNames } from './gazetteer.ts';

test('the gazetteer holds the 34 provinces of 2025, short names', () => {
  const p = provinceNames();
  assert.equal(p.length, 34);
  assert.ok(p.includes('Hồ Chí Minh') && p.includes('Huế') && p.includes('Đắk Lắk'));
  assert.ok(!p.some((x) => /^(?:Thành phố|Tỉnh)\s/u.test(x)));
});

test('letters without marks get the real spelling and, for a name found in one province only, that province', () => {
  assert.deepEqual(matchUnit('Hoan Kiem', 'phuong', null), { name: 'Hoàn Kiếm', province: 'Hà Nội' });
  // Wrong marks are as good as none.
  assert.deepEqual(matchUnit('Hoản Kiêm', 'phuong', 'Hà Nội'), { name: 'Hoàn Kiếm', province: 'Hà Nội' });
});

test('no guess when the letters fit units spelled differently', () => {
  // "Tan Thanh" is Tân Thạnh, Tân Thành or Tân Thanh depending on the place.
  assert.equal(matchUnit('Tan Thanh', 'xa', null).name, null);
  // A made-up name stays as it was read.
  assert.deepEqual(matchUnit('Quynh Lam Vien', 'xa', 'Hà Nội'), { name: null, province: null });
});

test('one letter off is corrected only inside the known province', () => {
  assert.equal(matchUnit('Hoan Kien', 'phuong', 'Hà Nội').name, 'Hoàn Kiếm');
  assert.equal(matchUnit('Hoan Kien', 'phuong', null).name, null);
});

test('an issuer read from capitals without marks is spelled as the real unit, and placed', () => {
  const header = [
    'UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM',
    'PHUONG HOAN KIEM Doc lap - Tu do - Hanh phuc',
    'Số: 12/BC-UBND',
    '',
    'BÁO CÁO',
    'Kết quả thực hiện nhiệm vụ',
    '',
    'Nội dung báo cáo.',
  ].join('\n');
  const issuer = extractFromText(header).issuer;
  assert.equal(issuer?.unitName, 'Hoàn Kiếm');
  assert.equal(issuer?.name, 'UBND phường Hoàn Kiếm');
  assert.equal(issuer?.province, 'Hà Nội');
});
