// Target tables of plans as the English-model scan leaves them when their cells are apart by tabs
// or rules on the page: the number column read as a word of its own, year cells of a wrapped
// header set apart, a decimal run into the next value, unit cells glued or with the wrong marks.
// Every line here was written for this test (none comes from a seed, a bank or a labelled
// fixture); each rule has a near miss.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from './analyze-text.ts';

const doc = (body: string) => `ỦY BAN NHÂN DÂN\nXÃ THỬ NGHIỆM\nSố: 51/KH-UBND\nThử Nghiệm, ngày 14 tháng 11 năm 2025\n\nKẾ HOẠCH\nThử nghiệm đọc bảng chỉ tiêu\n\n${body}\n\nNơi nhận:\n- Lưu: VT.\n`;
const targets = (body: string) => analyzeText(doc(body)).result.targets.map((t) => `${t.year}:${t.value} ${t.unit}`);

test('the number column read as one word, or a lone word, is skipped inside a column table', () => {
  const body = ['2. Chỉ tiêu cụ thể', 'TT Nội dung chỉ tiêu Đơn vị tính Năm 2027 Năm 2028', '', 'ABWN', '', 'Tỷ lệ xóm có bảng tin điện tử % 45 70', 'Số lớp bơi an toàn cho học sinh lớp 4 6'].join('\n');
  assert.deepEqual(targets(body), ['2027:45 %', '2028:70 %', '2027:4 lớp', '2028:6 lớp']);
  // Near miss: a line of prose ends the table; the row after it is no row of the table.
  const prose = ['2. Chỉ tiêu cụ thể', 'TT Nội dung chỉ tiêu Đơn vị tính Năm 2027 Năm 2028', '', 'Các xóm phối hợp rà soát số liệu trước khi giao', '', 'Tỷ lệ xóm có bảng tin điện tử % 45 70'].join('\n');
  assert.deepEqual(targets(prose), []);
});

test('a decimal the scan ran into the next value gets its gap back when the row is short', () => {
  const body = ['2. Chỉ tiêu cụ thể', 'TT Nội dung chỉ tiêu Đơn vị tính Năm 2027 Năm 2028 Năm 2029', 'Tỷ lệ hộ nộp thuế điện tử % 42,555 70', 'Tỷ lệ xóm có camera an ninh % 61,472,380,1'].join('\n');
  assert.deepEqual(targets(body), ['2027:42.5 %', '2028:55 %', '2029:70 %', '2027:61.4 %', '2028:72.3 %', '2029:80.1 %']);
  // Near miss: a row short for another reason keeps its two-place decimal whole, and is skipped.
  const lost = ['2. Chỉ tiêu cụ thể', 'TT Nội dung chỉ tiêu Đơn vị tính Năm 2027 Năm 2028 Năm 2029', 'Tỷ lệ hộ nộp thuế điện tử % 42,75 70'].join('\n');
  assert.deepEqual(targets(lost), []);
});

test('year cells of a wrapped header that the scan set apart are put back in time order', () => {
  // Above the header, under a lone "TT"; the row numbers read as lines of their own.
  const above = ['2. Chỉ tiêu cụ thể', 'TT', '', '2028', '', 'Nội dung chỉ tiêu Đơn vị tính Năm 2027 Năm', '', 'Năm 2029', 'Tỷ lệ hộ nộp thuế điện tử % 40 55 70'].join('\n');
  assert.deepEqual(targets(above), ['2027:40 %', '2028:55 %', '2029:70 %']);
  // Below it, among the number column's scraps.
  const below = ['2. Chỉ tiêu cụ thể', 'TT Nội dung chỉ tiêu Đơn vị tính 2027', '', '1', '2', '', 'Năm 2028', '', 'Tỷ lệ hộ nộp thuế điện tử % 40 55', 'Số lớp bơi an toàn cho học sinh lớp 4 6'].join('\n');
  assert.deepEqual(targets(below), ['2027:40 %', '2028:55 %', '2027:4 lớp', '2028:6 lớp']);
  // Near miss: a year line above a header that no lone "TT" opens is not the header's: the
  // header's two years take the row's last two values.
  const loose = ['2. Chỉ tiêu cụ thể', 'Năm 2028', '', 'Nội dung chỉ tiêu Đơn vị tính Năm 2027 Năm 2029', 'Tỷ lệ hộ nộp thuế điện tử % 40 55 70'].join('\n');
  assert.deepEqual(targets(loose), ['2027:55 %', '2029:70 %']);
});

test('a unit column header read "PVT", and a year glued to its word, still head the table', () => {
  const body = ['2. Chỉ tiêu cụ thể', 'TT Nội dung chỉ tiêu PVT Năm 2027 Năm2028', 'Số lớp bơi an toàn cho học sinh lớp 4 6'].join('\n');
  assert.deepEqual(targets(body), ['2027:4 lớp', '2028:6 lớp']);
  // Near miss: a word that is no unit column ("PV") leaves one year column, not enough for a table.
  const other = ['2. Chỉ tiêu cụ thể', 'TT Nội dung chỉ tiêu PV Năm2028', 'Số lớp bơi an toàn cho học sinh lớp 4'].join('\n');
  assert.deepEqual(targets(other), []);
});

test('unit cells: a glued dash, a scrap before the unit, a label counting by its first noun', () => {
  // "lượt- 30 45": the unit cell run into an empty result cell; "= buổi": a scrap for the gap.
  const body = ['2. Chỉ tiêu cụ thể', 'TT Nội dung chỉ tiêu Đơn vị tính Thực hiện năm 2025 Năm 2026 Năm 2027', 'Lượt tư vấn pháp luật trực tuyến lượt- 30 45', 'Số buổi chiếu phim khoa học = buổi 2 4 6'].join('\n');
  assert.deepEqual(targets(body), ['2026:30 lượt', '2027:45 lượt', '2026:4 buổi', '2027:6 buổi']);
  // A table with no unit column: a label opening with a counted noun counts by it.
  const noUnit = ['2. Chỉ tiêu cụ thể', 'TT Nội dung chỉ tiêu Năm 2026 Năm 2027', 'Lượt tư vấn pháp luật trực tuyến 30 45'].join('\n');
  assert.deepEqual(targets(noUnit), ['2026:30 lượt', '2027:45 lượt']);
  // Near miss: a label opening with no counted noun gives no unit, and no target.
  const none = ['2. Chỉ tiêu cụ thể', 'TT Nội dung chỉ tiêu Năm 2026 Năm 2027', 'Hoạt động tư vấn pháp luật trực tuyến 30 45'].join('\n');
  assert.deepEqual(targets(none), []);
});

test('a counted noun of two words after "Số" is read whole; a unit with the wrong marks is the noun of its letters', () => {
  const body = ['2. Chỉ tiêu cụ thể', 'TT Nội dung chỉ tiêu Năm 2026 Năm 2027', 'Số mô hình vườn mẫu có mã QR 3 5', 'Số bưởi nói chuyện chuyên đề 8 10'].join('\n');
  assert.deepEqual(targets(body), ['2026:3 mô hình', '2027:5 mô hình', '2026:8 buổi', '2027:10 buổi']);
  // Near miss: a one-word noun stays one word, and a word of no counted noun's letters stays as written.
  const plain = ['2. Chỉ tiêu cụ thể', 'TT Nội dung chỉ tiêu Năm 2026 Năm 2027', 'Số hộ mở gian hàng số 30 45', 'Số khóa học trực tuyến 2 3'].join('\n');
  assert.deepEqual(targets(plain), ['2026:30 hộ', '2027:45 hộ', '2026:2 khóa', '2027:3 khóa']);
});

test('under a result column, a row with only the targets’ count of figures and no dash ran its result into a target', () => {
  const head = ['2. Chỉ tiêu cụ thể', 'TT Nội dung chỉ tiêu Đơn vị tính Ước thực hiện năm 2025 Năm 2026 Năm 2027 Năm 2028'];
  assert.deepEqual(targets([...head, 'Tỷ lệ hộ nộp thuế điện tử % 48,360 75 90'].join('\n')), ['2026:60 %', '2027:75 %', '2028:90 %']);
  // Near miss: with a dash for the empty result cell, the row holds its three targets: a
  // two-place decimal among them stays whole.
  assert.deepEqual(targets([...head, 'Tỷ lệ hộ nộp thuế điện tử % - 48,36 75 90'].join('\n')), ['2026:48.36 %', '2027:75 %', '2028:90 %']);
});

test('a 0 among rising figures is a figure the scan lost digits of; a row going down to 0 keeps it', () => {
  const head = ['2. Chỉ tiêu cụ thể', 'TT Nội dung chỉ tiêu Đơn vị tính Năm 2026 Năm 2027 Năm 2028'];
  assert.deepEqual(targets([...head, 'Tỷ lệ xóm có camera an ninh % 55 0 90', 'Số lớp bơi an toàn cho học sinh lớp 4 6 0'].join('\n')), ['2026:55 %', '2028:90 %', '2026:4 lớp', '2027:6 lớp']);
  // Near miss: a count planned to fall to nothing.
  assert.deepEqual(targets([...head, 'Số xóm còn dùng loa hư hỏng xóm 5 3 0'].join('\n')), ['2026:5 xóm', '2027:3 xóm', '2028:0 xóm']);
});

test('a unit per year is its noun; values wrapped below a blank line complete the row, not a lone row number', () => {
  const head = ['III. CHỈ TIÊU THEO NĂM', '| Chỉ tiêu | ĐVT | 2026 | 2027 | 2028 | 2029 |'];
  // The label's own figure ("Đề án 06") is no value of the row; the row's values go on below a blank line.
  assert.deepEqual(targets([...head, '| Số buổi tọa đàm về Đề án 06 | buổi/năm | 4 | 6 |', '', '8 | 10 |'].join('\n')), ['2026:4 buổi', '2027:6 buổi', '2028:8 buổi', '2029:10 buổi']);
  // Near miss: a lone small figure below a blank line is a scrap of the number column, not the row's.
  assert.deepEqual(targets([...head, '| Số buổi tọa đàm về Đề án 06 | buổi | 4 | 6 | 8 |', '', '3'].join('\n')), []);
});
