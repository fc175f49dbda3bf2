// Facts that survive OCR damage: each test is one class of damage the English-model OCR does to a
// figure or its label, checked on sentences written for this test (in the unaccented, misread
// form that model gives), never taken from a seed or a labelled fixture. See docs/extraction.md,
// "Facts that survive OCR damage".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseText } from './analyze-text.ts';
import { findNumbers } from './numbers.ts';
import { buildStructure } from './text-structure.ts';
import { foldKeepLength } from './fold.ts';
import { readFacts } from '../../../tests/support/read-facts.ts';

const facts = (body: string): string[] => readFacts(body, { title: 'BAO CAO', subject: 'Ket qua thuc hien', wholePath: true, print: 'qualifier' });

test('"ở" read as a lone 6 is no count: "thanh lap 6 12/12 thon", "to 6 ap"', () => {
  // (The ratio after it is read as one: the unit's villages and the teams they have, see facts-scope.test.ts.)
  assert.deepEqual(facts('Xa da thanh lap 6 12/12 thon mot To cong nghé so cong dong.'), ['VILLAGES=12', 'COMMUNITY_TECH_TEAMS=12']);
  assert.deepEqual(facts('Lap dat 14 cum loa 6 cac thon vung cao.'), ['LOUDSPEAKER_CLUSTERS=14']);
  assert.deepEqual(facts('Nguoi dan 6 thon xa it tham gia cac lop.'), []);
  // A real count of six stays one.
  assert.deepEqual(facts('Xa co 6 thon, ban.'), ['VILLAGES=6']);
});

test('a label split by a line end still names a reference: "Nghi⏎quyét 57" is no count', () => {
  assert.deepEqual(facts('Dai truyén thanh phat 36 luot chuyén muc vé Nghi\nquyét 57 trong nam.'), ['RADIO_BROADCASTS=36']);
});

test('a number spelled out in brackets whose marks were lost still belongs to the figure', () => {
  const tok = findNumbers('Có 07 (bay) sản phẩm OCOP')[0]!;
  assert.equal('Có 07 (bay) sản phẩm OCOP'.slice(tok.unitStart), 'sản phẩm OCOP');
  assert.deepEqual(facts('Có 05 (nam) sản phẩm OCOP của xã được bán trên sàn thương mại điện tử.'), ['OCOP_ECOMMERCE=5']);
});

test('"≥" read as "=" before a figure that runs on is a lower bound; in a column gap it is a speck', () => {
  assert.equal(findNumbers('Dai xa da phat = 75 luot tin').find((t) => t.value === 75)?.qualifier, 'at_least');
  assert.equal(findNumbers('Luot truy cap trang thong tin = 12.400').find((t) => t.value === 12400)?.qualifier, 'exact');
  assert.equal(findNumbers('Tong = 40').find((t) => t.value === 40)?.qualifier, 'exact');
});

test('a blank line after a word whose last letter was read as a digit ("tong s6") is inside the sentence', () => {
  assert.equal(normaliseText('thanh lap 5 to voi tong s6\n\n37 thanh vién.'), 'thanh lap 5 to voi tong s6\n37 thanh vién.');
  // After a bare figure the blank line stays (a table value, a heading number).
  assert.equal(normaliseText('Tong so to: 5\n\n37 thanh vién'), 'Tong so to: 5\n\n37 thanh vién');
});

test('a guillemet or copyright sign glued to a figure is a speck', () => {
  assert.equal(normaliseText('6 Tin, bai trén Trang thong tin xa tin, bai «64'), '6 Tin, bai trén Trang thong tin xa tin, bai  64');
  assert.equal(normaliseText('Ghi chú «trích dẫn»'), 'Ghi chú «trích dẫn»');
});

test('a Roman numeral whose I the scan read as a bracket still opens a section ("Il]. CHỈ TIÊU")', () => {
  const text = 'KẾ HOẠCH\nTruyền thông năm 2027\n\nI. THỰC TRẠNG\nXã có 9 thôn.\n\nIl]. CHỈ TIÊU NĂM 2027\nPhát 60 lượt tin trên loa.\n';
  const st = buildStructure(text, foldKeepLength(text));
  assert.deepEqual(st.sections.map((s) => text.slice(s.start, s.start + 6)), ['I. THỰ', 'Il]. C']);
});

test('rows of a per-place table whose index cell the scan lost are still shares of the total row', () => {
  const table = [
    'TT | Thôn | Số Tổ công nghệ số | Số thành viên | Số người dân được hướng dẫn',
    'Thôn Nam | 1 | 7 | 212',
    '',
    'Thôn Bắc | 1 | 5 | 98',
    '3 | Thôn Trung | 1 | 6 | 143',
    'Tổng cộng | 3 thôn | 3 | 18 | 453',
  ].join('\n');
  assert.deepEqual(facts(table).sort(), ['CITIZENS_GUIDED=453', 'COMMUNITY_TECH_MEMBERS=18', 'COMMUNITY_TECH_TEAMS=3']);
});

test('an area whose "²" the scan read as a degree sign or "?" is still an area, also across a line end (the repair gives the unit back)', () => {
  assert.deepEqual(facts('Xã có diện tích tự nhiên 23,45\nkm°, dân số 8.120 người.').filter((f) => f.startsWith('AREA')), ['AREA_KM2=23.45']);
  assert.deepEqual(facts('Xa co dién tich tu nhién 96,4 km?, gom 18 thon.'), ['AREA_KM2=96.4', 'VILLAGES=18']);
  assert.deepEqual(facts('Phuong co 31,7 km? dién tich tu nhién.'), ['AREA_KM2=31.7']);
});
