// Target tables with a column of results beside the year columns ("Thực hiện năm 2025 | Năm 2026 |
// …"): the results are facts, not targets, in ruled, tab-separated and space-aligned layouts and as
// OCR gives them. Invented plans.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFromText } from './extract.ts';

const plan = (body: string, date = 'ngày 20 tháng 10 năm 2025') => extractFromText(`ỦY BAN NHÂN DÂN XÃ TÂN LẬP\nSố: 77/KH-UBND                Tân Lập, ${date}\n\nKẾ HOẠCH\nVề việc thử nghiệm\n\n${body}\n`);
const targets = (body: string, date?: string) => plan(body, date).targets.map((t) => `${t.year}:${t.value}${t.unit === '%' ? '%' : ` ${t.unit}`}`);

const EXPECTED = ['2026:60%', '2027:75%', '2030:90%', '2026:12 lớp', '2027:15 lớp', '2030:20 lớp', '2026:40 tin, bài', '2027:50 tin, bài', '2030:70 tin, bài'];

test('targets: a tab-separated table whose "Thực hiện năm …" column comes before the year columns; a dash for no result', () => {
  const body = [
    'II. CHỈ TIÊU',
    '',
    'TT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2025\tNăm 2026\tNăm 2027\tNăm 2030',
    '1\tTỷ lệ hộ dùng ví điện tử\t%\t48,5\t60\t75\t90',
    '2\tLớp tập huấn kỹ năng số\tlớp\t-\t12\t15\t20',
    '3\tTin, bài trên cổng thông tin xã\ttin, bài\t31\t40\t50\t70',
    '',
    'III. NHIỆM VỤ',
  ].join('\n');
  assert.deepEqual(targets(body), EXPECTED);
});

test('targets: the same table ruled, and space-aligned as OCR reads it (unit "%" ending the label, header wrapped)', () => {
  const ruled = [
    'II. CHỈ TIÊU',
    '| TT | Chỉ tiêu | ĐVT | Kết quả năm 2025 | Năm 2026 | Năm 2027 | Năm 2030 |',
    '|---|---|---|---|---|---|---|',
    '| 1 | Tỷ lệ hộ dùng ví điện tử | % | 48,5 | 60 | 75 | 90 |',
    '| 2 | Lớp tập huấn kỹ năng số | lớp | - | 12 | 15 | 20 |',
    '| 3 | Tin, bài trên cổng thông tin xã | tin, bài | 31 | 40 | 50 | 70 |',
    '',
    'III. NHIỆM VỤ',
  ].join('\n');
  assert.deepEqual(targets(ruled), EXPECTED);
  const ocr = [
    'II. CHI TIEU',
    '',
    'TT Chitiéu Donvitinh  Thuc hién nam 2025 Nam 2026 Nam 2027',
    'Nam 2030',
    '1 Ty 1é ho dung vi dién tir % 48,5 60 75 90',
    '',
    'Lép tap huan ky nang s6 lop - 12 15 20',
    '',
    'Tin, bai trén céng thong tin xa tin, bai 31 40 50 70',
    '',
    'III. NHIEM VU',
  ].join('\n');
  assert.deepEqual(targets(ocr), EXPECTED);
});

test('targets: without a result column every year column is read; "Kế hoạch"/"Chỉ tiêu thực hiện" columns are targets', () => {
  const body = [
    'II. CHỈ TIÊU',
    '| TT | Chỉ tiêu | ĐVT | Chỉ tiêu thực hiện năm 2026 | Kế hoạch năm 2027 |',
    '| 1 | Tỷ lệ hộ dùng ví điện tử | % | 60 | 75 |',
    '',
    'III. NHIỆM VỤ',
  ].join('\n');
  assert.deepEqual(targets(body), ['2026:60%', '2027:75%']);
});

test('targets: in a plan dated 2026, a table of last year\'s results beside "Kế hoạch năm 2026", even outside the goals section', () => {
  const body = [
    'I. ĐÁNH GIÁ TÌNH HÌNH NĂM 2025',
    'Kết quả một số chỉ tiêu năm 2025 và chỉ tiêu năm 2026 như sau:',
    '',
    '| TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Kế hoạch năm 2026 |',
    '|----|----------|-------------|----------|-------------------|',
    '| 1 | Lớp tập huấn kỹ năng số | lớp | 09 | 12 |',
    '| 2 | Tỷ lệ hồ sơ trực tuyến | % | 81,2 | 90 |',
    '',
    'II. NHIỆM VỤ',
  ].join('\n');
  assert.deepEqual(targets(body, 'ngày 12 tháng 01 năm 2026'), ['2026:12 lớp', '2026:90%']);
});

test('near-miss: a table of results outside the goals section, with no plan column, gives no targets', () => {
  const body = [
    'I. KẾT QUẢ THỰC HIỆN',
    '| TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2024 | Thực hiện năm 2025 |',
    '| 1 | Lớp tập huấn kỹ năng số | lớp | 09 | 12 |',
    '| 2 | Tỷ lệ hồ sơ trực tuyến | % | 70 | 81,2 |',
    '',
    'II. NHIỆM VỤ',
  ].join('\n');
  assert.deepEqual(targets(body, 'ngày 12 tháng 01 năm 2026'), []);
  // Under the goals heading too, a table of results only states none.
  assert.deepEqual(targets(body.replace('I. KẾT QUẢ THỰC HIỆN', 'I. MỤC TIÊU'), 'ngày 12 tháng 01 năm 2026'), []);
});

test('targets: OCR at a lower resolution — the header wrapped inside a column name, a row index with and without its dot', () => {
  const ocr = [
    'II. CHI TIEU',
    '',
    'TT Chitiéu Donvitinh Thwc hién naém 2025 Nam 2026 Nam 2027 Nam',
    '2030',
    '',
    '1 Ty lé ho dung vi dién tir % 48,5 60 75 90',
    '2 Lép tap huan ky nang s6 lop - 12 15 20',
    '',
    '3. Tin, bai trén céng thong tin xa tin, bai 31 40 50 70',
    '',
    'III. NHIEM VU',
  ].join('\n');
  assert.deepEqual(targets(ocr), EXPECTED);
});

const reportTargets = (body: string) =>
  extractFromText(`BÁO CÁO\nKết quả thử nghiệm\n\nI. KẾT QUẢ\n${body}\n\nNơi nhận:\n- Như trên;\n`).targets.map((t) => `${t.year}:${t.value}${t.unit === '%' ? '%' : ` ${t.unit}`}`);

test('targets in a report: the planning word governs the clauses after it, "đặt mục tiêu" too', () => {
  assert.deepEqual(reportTargets('Năm 2027, xã phấn đấu 95% hộ có ví điện tử; tỷ lệ hồ sơ trực tuyến đạt từ 85% trở lên.'), ['2027:95%', '2027:85%']);
  assert.deepEqual(reportTargets('Năm 2027, phường đặt mục tiêu mỗi tổ dân phố có 01 tổ công nghệ số và 70% người dân có tài khoản định danh.'), ['2027:1 tổ', '2027:70%']);
  assert.deepEqual(reportTargets('Tiếp tục duy trì chuyên mục, phấn đấu đến hết năm 2026 tỷ lệ hồ sơ trực tuyến đạt 88%; mở thêm 03 lớp tập huấn; tổ chức hội thi.'), ['2026:88%', '2026:3 lớp']);
});

test('near-miss: after the planning word, a clause of what was done, and the next sentence, are no targets', () => {
  assert.deepEqual(reportTargets('Năm 2027, xã phấn đấu 95% hộ có ví điện tử; đã mở 04 lớp tập huấn.\nXã có 12 lớp tập huấn.'), ['2027:95%']);
  assert.deepEqual(reportTargets('Năm 2027, xã phấn đấu 95% hộ có ví điện tử\n\nToàn xã có 14 tổ công nghệ số.'), ['2027:95%']);
});
