// Recurring reporting deadlines in the forms plans write them. Every sentence here was written
// for this test (none comes from a seed or a labelled fixture).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFromText } from './extract.ts';

const deadlines = (body: string) => extractFromText(`KẾ HOẠCH\nVề việc thử nghiệm\n\n${body}\n`).reportDeadlines;

test('deadlines: "ngày d của tháng cuối quý" is one date per quarter', () => {
  const body = 'IV. TỔ CHỨC THỰC HIỆN\nCác thôn, tổ dân phố báo cáo kết quả hằng quý về Ủy ban nhân dân xã trước ngày 12 của tháng cuối quý.';
  assert.deepEqual(deadlines(body), ['03-12', '06-12', '09-12', '12-12']);
});

test('deadlines: "hằng quý, trước ngày d tháng đầu quý sau" falls in January, April, July, October', () => {
  const body = 'V. CHẾ ĐỘ BÁO CÁO\nHằng quý, trước ngày 7 tháng đầu quý sau, Phòng Kinh tế gửi báo cáo về Văn phòng HĐND và UBND.';
  assert.deepEqual(deadlines(body), ['01-07', '04-07', '07-07', '10-07']);
});

test('deadlines: "ngày d các tháng 3, 6, 9 và 12" and "ngày d tháng 6 và tháng 12"', () => {
  const listed = 'IV. TỔ CHỨC THỰC HIỆN\nCác đơn vị gửi báo cáo trước ngày 18 các tháng 3, 6, 9 và 12.';
  assert.deepEqual(deadlines(listed), ['03-18', '06-18', '09-18', '12-18']);
  const twoMonths = 'IV. TỔ CHỨC THỰC HIỆN\nĐịnh kỳ các tổ công nghệ số báo cáo trước ngày 22 tháng 6 và tháng 12.';
  assert.deepEqual(deadlines(twoMonths), ['06-22', '12-22']);
});

test('deadlines: a report named by its period, "chậm nhất", and two dates with no recurrence word', () => {
  const annual = 'IV. TỔ CHỨC THỰC HIỆN\nBáo cáo năm gửi Ủy ban nhân dân phường trước ngày 26/11.';
  assert.deepEqual(deadlines(annual), ['11-26']);
  const latest = 'IV. TỔ CHỨC THỰC HIỆN\nỦy ban nhân dân xã tổng hợp, báo cáo Sở Khoa học và Công nghệ chậm nhất vào ngày 3/7 hằng năm.';
  assert.deepEqual(deadlines(latest), ['07-03']);
  const pair = 'IV. TỔ CHỨC THỰC HIỆN\nCác trường học báo cáo kết quả về Phòng Văn hóa - Xã hội trước ngày 24/5 và 24/11 để tổng hợp.';
  assert.deepEqual(deadlines(pair), ['05-24', '11-24']);
});

test('deadlines: a table of reporting periods gives one deadline per row', () => {
  const body = [
    'V. CHẾ ĐỘ BÁO CÁO',
    'Kỳ báo cáo | Thời hạn gửi',
    'Báo cáo quý | Trước ngày 14 của tháng cuối quý',
    'Báo cáo năm | Trước ngày 27/11',
    '',
    'VI. KINH PHÍ',
  ].join('\n');
  assert.deepEqual(deadlines(body), ['03-14', '06-14', '09-14', '12-14', '11-27']);
});

test('deadlines: one-off dates are not recurring deadlines', () => {
  const body = [
    'III. NHIỆM VỤ',
    '1. Hoàn thành lắp đặt 06 cụm loa trước ngày 30/9.',
    '2. Hội nghị triển khai được tổ chức ngày 16/8 tại hội trường xã.',
    '3. Báo cáo kết quả hội thi tin học trẻ trước ngày 31/10.',
    '4. Báo cáo năm 2026 gửi trước ngày 15/1.',
    '5. Các đơn vị báo cáo kết quả định kỳ trước ngày 20/6/2026.',
  ].join('\n');
  assert.deepEqual(deadlines(body), []);
});

test('deadlines: rows of a reporting table whose date cells have no "trước"', () => {
  const body = [
    'V. CHẾ ĐỘ BÁO CÁO',
    'Các đơn vị gửi báo cáo theo bảng sau:',
    'Loại báo cáo | Thời hạn | Nơi nhận',
    'Quý | Ngày 16 tháng cuối quý | Phòng Văn hóa - Xã hội',
    '6 tháng | 11/6 | Văn phòng HĐND và UBND',
    'Năm | 11/12 | Văn phòng HĐND và UBND',
    '',
    'VI. KINH PHÍ',
    'Đợt 1 | 30/6/2026 | giải ngân',
  ].join('\n');
  assert.deepEqual(deadlines(body), ['03-16', '06-16', '09-16', '12-16', '06-11', '12-11']);
});

test('deadlines: reports named by their period with dated deadlines ("báo cáo 6 tháng trước ngày 12/6/2026")', () => {
  const body = 'V. TỔ CHỨC THỰC HIỆN\nCác đơn vị báo cáo kết quả 6 tháng trước ngày 12/6/2026 và báo cáo năm trước ngày 04/12/2026 về Ủy ban nhân dân xã.';
  assert.deepEqual(deadlines(body), ['06-12', '12-04']);
  const spelled = 'V. TỔ CHỨC THỰC HIỆN\nPhòng Văn hóa - Xã hội gửi báo cáo quý I về Ủy ban nhân dân phường chậm nhất ngày 18 tháng 3 năm 2026.';
  assert.deepEqual(deadlines(spelled), ['03-18']);
  // As OCR leaves it: "trước" damaged, diacritics gone.
  const ocr = 'V. TO CHUC THUC HIEN\nCac don vi bdo cdo ket qua 6 thang truéc ngay\n12/6/2026 va bdo cdo nam trwdéc ngay 04/12/2026.';
  assert.deepEqual(deadlines(ocr), ['06-12', '12-04']);
});

test('deadlines: near-misses with a year — a report of one year, a one-off report, a date after "định kỳ"', () => {
  const body = [
    'III. NHIỆM VỤ',
    '1. Báo cáo năm 2026 gửi trước ngày 15/1/2027.',
    '2. Báo cáo kết quả hội thi tin học trẻ trước ngày 31/10/2026.',
    '3. Các đơn vị báo cáo kết quả định kỳ trước ngày 20/6/2026.',
    '4. Hoàn thành báo cáo quy hoạch trước ngày 30/9/2026.',
  ].join('\n');
  assert.deepEqual(deadlines(body), []);
});
