// Vietnamese number reading: forms, qualifiers, and what is not a quantity (dates, codes,
// headings, years). Sentences are written for this test, not taken from any seed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNumbers, parseVietnameseNumber, fixDigitConfusions, wordsValue } from './numbers.ts';
import { extractDate, extractNumber } from './metadata.ts';
import { buildStructure } from './text-structure.ts';
import { foldKeepLength } from './fold.ts';

const nums = (s: string) => findNumbers(s).map((t) => ({ value: t.value, max: t.max, q: t.qualifier, pct: t.percent, den: t.denominator }));
const one = (s: string) => {
  const all = nums(s);
  assert.equal(all.length, 1, `${s} → ${JSON.stringify(all)}`);
  return all[0]!;
};

test('dots group thousands, a comma is the decimal mark', () => {
  assert.equal(parseVietnameseNumber('2.370'), 2370);
  assert.equal(parseVietnameseNumber('12.480.000'), 12480000);
  assert.equal(parseVietnameseNumber('87,46'), 87.46);
  assert.equal(parseVietnameseNumber('05'), 5);
  assert.equal(parseVietnameseNumber('1.44'), null); // not a thousands group
  assert.deepEqual(one('đạt 87,6% kế hoạch'), { value: 87.6, max: null, q: 'exact', pct: true, den: null });
  assert.deepEqual(one('tỷ lệ 85,9 % hồ sơ'), { value: 85.9, max: null, q: 'exact', pct: true, den: null });
});

test('qualifiers before the number: hơn/trên/>/ít nhất are lower bounds, gần/khoảng/~ approximate, dưới upper', () => {
  assert.equal(one('hơn 650 đại biểu').q, 'at_least');
  assert.equal(one('trên 2.000 lượt').q, 'at_least');
  assert.equal(one('> 15.000 lượt xem').q, 'at_least');
  assert.equal(one('ít nhất 40 người').q, 'at_least');
  assert.equal(one('gần 300 người').q, 'approx');
  assert.equal(one('khoảng 1.500 người').q, 'approx');
  assert.equal(one('đạt ~ 87%').q, 'approx');
  // "≈" as the English OCR model reads it; a footnote star after the number is no qualifier.
  assert.equal(one('dân số * 12.400 người').q, 'approx');
  assert.equal(one('chia sẻ ¥ 160 tin').q, 'approx');
  assert.equal(one('* 120 người').q, 'exact');
  // "≈" as the Vietnamese OCR model reads it, also with the number wrapped to the next line;
  // a percent sign after a number stays that number's.
  assert.equal(one('tổ chức % 35 buổi').q, 'approx');
  assert.equal(one('có %\n250 hộ').q, 'approx');
  assert.equal(one('bình quân z 60 lượt').q, 'approx');
  assert.equal(one('% 40 người').q, 'exact');
  // A two-word qualifier that a line end splits still qualifies.
  assert.equal(one('có tối\nthiểu 75 học viên').q, 'at_least');
  assert.equal(one('không\nquá 20 hồ sơ').q, 'at_most');
  const rate = nums('đạt 64,5 % 18 xóm');
  assert.equal(rate[0]!.pct, true);
  assert.equal(rate[1]!.q, 'exact');
  assert.equal(one('dưới 10 hồ sơ').q, 'at_most');
  assert.equal(one('từ 15 tuổi trở lên').q, 'at_least');
  assert.equal(one('500 người (ước tính theo báo cáo thôn)').q, 'approx');
});

test('"được" is not "ước": a word ending in a qualifier does not qualify', () => {
  assert.equal(one('tổ chức được 12 lớp').q, 'exact');
  assert.equal(one('đã chuyển được 40 hồ sơ').q, 'exact');
});

test('ranges with -, – or từ … đến, and scale words', () => {
  assert.deepEqual(one('125 – 130 cán bộ'), { value: 125, max: 130, q: 'range', pct: false, den: null });
  assert.deepEqual(one('từ 15 đến 18 lớp'), { value: 15, max: 18, q: 'range', pct: false, den: null });
  assert.equal(one('đạt 20 nghìn lượt').value, 20000);
  assert.equal(one('khoảng 1,1 nghìn lượt').value, 1100);
  assert.equal(one('1,5 tỷ đồng').value, 1_500_000_000);
});

test('ratios are part/total; dates, codes, headings and years are not quantities', () => {
  assert.deepEqual(one('4.126/4.388 hồ sơ'), { value: 4126, max: null, q: 'exact', pct: false, den: 4388 });
  assert.deepEqual(one('20/20 cán bộ'), { value: 20, max: null, q: 'exact', pct: false, den: 20 });
  assert.deepEqual(nums('ngày 15/6 và ngày 08/8/2025'), []);
  assert.deepEqual(nums('Nghị quyết số 57-NQ/TW, Kế hoạch 09-KH/ĐU, Công văn 388/BC-UBND'), []);
  assert.deepEqual(nums('Công nghiệp 4.0'), []);
  assert.deepEqual(nums('2.1. Truyền thanh cơ sở'), []);
  assert.deepEqual(nums('giai đoạn 2025 – 2030'), []);
  assert.deepEqual(nums('3 | Tổng số cụm loa | cụm | 31').map((n) => n.value), [31]); // row index is not a value
  assert.deepEqual(nums('Tỷ lệ cán bộ được quán triệt đạt\n98%.').map((n) => n.value), [98]); // wrapped percent
});

test('a number after "word/" is a second count only in "N unit/M unit", not a per-capita base or a path', () => {
  assert.deepEqual(nums('17 tổ/83 thành viên').map((n) => n.value), [17, 83]);
  assert.deepEqual(nums('6 đội / 40 người').map((n) => n.value), [6, 40]);
  // A per-capita base (a power of ten) is no count.
  assert.deepEqual(nums('có 64 máy tính/100 hộ dân').map((n) => n.value), [64]);
  assert.deepEqual(nums('đạt 12 thuê bao băng rộng/1.000 dân').map((n) => n.value), [12]);
  // No figure before the word: the slash joins two phrases, not two counts.
  assert.deepEqual(nums('số người dự thi/tổng số đăng ký 300 người').map((n) => n.value), [300]);
  assert.deepEqual(nums('học viên tham gia lớp học/250 người đăng ký'), []);
  // A long phrase between the first figure and the slash: the second figure is no count of its own.
  assert.deepEqual(nums('lắp 22 cụm loa truyền thanh không dây/19 thôn').map((n) => n.value), [22]);
  // Web addresses and references.
  assert.deepEqual(nums('xem tại https://xaa.gov.vn/thong-bao/215 và trang tin/44'), []);
  assert.deepEqual(nums('theo Kế hoạch KH/45 của xã'), []);
});

test('OCR letters between digits are digits; letters in words are left alone', () => {
  assert.equal(fixDigitConfusions('3Q0 người, 1O0 lớp, 2l5 tổ'), '300 người, 100 lớp, 215 tổ');
  assert.equal(fixDigitConfusions('Quảng Ninh, lớp 10, QD'), 'Quảng Ninh, lớp 10, QD');
  assert.equal(fixDigitConfusions('| 6|8|12 |'), '| 6|8|12 |');
});

test('document date from the place-and-date line, also with OCR damage in the month', () => {
  const st = (s: string) => buildStructure(s, foldKeepLength(s));
  assert.equal(extractDate(st('Số: 12/BC-UBND      Tân Hòa, ngày 05 tháng 11 năm 2025\nBÁO CÁO')), '2025-11-05');
  assert.equal(extractDate(st('S6: 12/BC-UBND Tan Hoa, ngay 26 thang 77 nam 2025\nBAO CAO')), '2025-11-26');
  assert.equal(extractDate(st('Hà Nội, ngày 3/12/2025\nBÁO CÁO')), '2025-12-03');
  assert.equal(extractDate(st('BÁO CÁO không ghi ngày')), null);
  assert.equal(extractNumber(st('S6: 319 /BC-UBND Cat Hai, ngay 9 thang 12 nam 2025')), '319/BC-UBND');
  // The Party's format writes the type before the slash; it is read since Party committees'
  // reports are scored (r90/r91's gold). A central number is never the document's own.
  assert.equal(extractNumber(st('Số: 09-KH/ĐU\nKẾ HOẠCH')), '09-KH/ĐU');
  assert.equal(extractNumber(st('Số 57-NQ/TW\nKẾ HOẠCH')), null);
});

test('numbers in words: tens, hundreds, thousands; read only before a counted noun', () => {
  assert.equal(wordsValue('mười bốn'), 14);
  assert.equal(wordsValue('hai mươi lăm'), 25);
  assert.equal(wordsValue('một trăm năm mươi'), 150);
  assert.equal(wordsValue('ba trăm linh năm'), 305);
  assert.equal(wordsValue('hai nghìn bốn trăm'), 2400);
  assert.deepEqual(nums('gồm mười hai thôn'), [{ value: 12, max: null, q: 'exact', pct: false, den: null }]);
  assert.deepEqual(nums('thu hút gần năm trăm lượt người'), [{ value: 500, max: null, q: 'approx', pct: false, den: null }]);
  assert.deepEqual(nums('một lớp học, một số người dân, trong năm lớp học'), []);
  // A figure spelled out after its digits is read once, and its unit after the bracket.
  assert.deepEqual(nums('tổ chức 03 (ba) hội nghị').map((n) => n.value), [3]);
});
