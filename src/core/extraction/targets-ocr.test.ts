// Target tables as English-model OCR leaves them: header cells run together with single spaces,
// a column name wrapped below the rows, unit cells damaged. Every line here was written for this
// test (none comes from a seed, a bank or a labelled fixture); each rule has a near miss.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from './analyze-text.ts';

const doc = (body: string) => `ỦY BAN NHÂN DÂN\nXÃ THỬ NGHIỆM\nSố: 44/KH-UBND\nThử Nghiệm, ngày 23 tháng 10 năm 2025\n\nKẾ HOẠCH\nThử nghiệm đọc chỉ tiêu\n\n${body}\n\nNơi nhận:\n- Lưu: VT.\n`;
const targets = (body: string) => analyzeText(doc(body)).result.targets.map((t) => `${t.year}:${t.value} ${t.unit}`);

test('a year-row header that lost its gaps is split at the bracketed unit each name closes with', () => {
  const body = ['3. Lộ trình', 'Năm Buổi chiếu phim khoa học (buổi) Lượt người xem', '(lượt)', '2027 6 400', '2028 9 650', '2029 12 900'].join('\n');
  assert.deepEqual(targets(body), ['2027:6 buổi', '2027:400 lượt', '2028:9 buổi', '2028:650 lượt', '2029:12 buổi', '2029:900 lượt']);
  // Near miss: words after the last bracket belong to no column, so no table is read.
  const loose = ['3. Lộ trình', 'Năm Buổi chiếu phim khoa học (buổi) Lượt người xem', '2027 6 400', '2028 9 650'].join('\n');
  assert.deepEqual(targets(loose), []);
});

test('a column name the page wrapped below the rows is the header’s missing one', () => {
  const body = ['3. Lộ trình', 'Năm Tỷ lệ xóm có điểm wifi (%)', '2027 40 6', '2028 65 9', '', 'Số buổi chiếu phim khoa học (buổi)'].join('\n');
  assert.deepEqual(targets(body), ['2027:40 %', '2027:6 buổi', '2028:65 %', '2028:9 buổi']);
  // Near miss: a sentence below the rows is no column name; the rows' second values stay unread.
  const sentence = ['3. Lộ trình', 'Năm Tỷ lệ xóm có điểm wifi (%)', '2027 40 6', '2028 65 9', '', 'Số buổi chiếu phim sẽ tăng dần theo năm.'].join('\n');
  assert.deepEqual(targets(sentence), []);
});

test('a unit cell OCR ran into the label repeats the noun the label opens with', () => {
  const body = ['Bảng theo dõi', 'Chỉ tiêu ĐVT 2027 2028 Ghi chú', 'Xóm có loa thông minh % 50 80 Theo số xóm hiện có', 'Buổi chiếu phim tài liệu ở nhà văn hóa bnoi 3 5'].join('\n');
  assert.deepEqual(targets(body), ['2027:50 %', '2028:80 %', '2027:3 buổi', '2028:5 buổi']);
  // Near miss: a label ending in another word than its first gives no unit, and no target.
  const other = ['Bảng theo dõi', 'Chỉ tiêu ĐVT 2027 2028 Ghi chú', 'Buổi chiếu phim tài liệu ở nhà văn hóa xóm 3 5'].join('\n');
  assert.deepEqual(targets(other), []);
});

test('a unit cell the scan damaged gives way to the noun the row’s label counts; a known unit stays', () => {
  const body = ['II. CHỈ TIÊU', '| TT | Chỉ tiêu | ĐVT | 2027 | 2028 |', '|---|---|---|---|---|', '| 1 | Số lớp tin học cho hội viên | iớp | 3 | 4 |', '| 2 | Lượt tư vấn pháp luật trực tuyến | mượt | 40 | 60 |'].join('\n');
  assert.deepEqual(targets(body), ['2027:3 lớp', '2028:4 lớp', '2027:40 lượt', '2028:60 lượt']);
  // Near miss: a unit the row may rightly count by ("lượt" of people) is kept though the label says "Số người".
  const known = ['II. CHỈ TIÊU', '| TT | Chỉ tiêu | ĐVT | 2027 | 2028 |', '|---|---|---|---|---|', '| 1 | Số người được tập huấn | lượt | 40 | 60 |'].join('\n');
  assert.deepEqual(targets(known), ['2027:40 lượt', '2028:60 lượt']);
  // Near miss: an unknown cell far from the label's noun is left as written.
  const far = ['II. CHỈ TIÊU', '| TT | Chỉ tiêu | ĐVT | 2027 | 2028 |', '|---|---|---|---|---|', '| 1 | Số lớp tin học cho hội viên | khóa | 3 | 4 |'].join('\n');
  assert.deepEqual(targets(far), ['2027:3 khóa', '2028:4 khóa']);
});

test('a blank line the scan put inside a sentence ends no item', () => {
  // The province's figure stays with its clause across the blank line, so it is no target of the commune.
  const body = ['II. MỤC TIÊU', 'Đề án của UBND tỉnh đặt mục tiêu tới năm 2031 cả tỉnh có', '', '72% hộ thanh toán qua ví điện tử. Xã phấn đấu năm 2029 đạt 58% hộ thanh toán qua ví điện tử.'].join('\n');
  assert.deepEqual(targets(body), ['2029:58 %']);
  // Near miss: after a closed sentence, the blank line does end it: the next paragraph is read on its own.
  const closed = ['II. MỤC TIÊU', 'Xã phấn đấu năm 2029 có 58% hộ thanh toán qua ví điện tử.', '', '85% xóm có loa thông minh vào năm 2030.'].join('\n');
  assert.deepEqual(targets(closed), ['2029:58 %', '2030:85 %']);
});

test('in a report, a planned sentence goes on after a blank line when its next line opens in lower case', () => {
  const report = (body: string) => `ỦY BAN NHÂN DÂN\nXÃ THỬ NGHIỆM\nSố: 45/BC-UBND\nThử Nghiệm, ngày 17 tháng 11 năm 2025\n\nBÁO CÁO\nThử nghiệm đọc chỉ tiêu\n\n${body}\n\nNơi nhận:\n- Lưu: VT.\n`;
  const reportTargets = (body: string) => analyzeText(report(body)).result.targets.map((t) => `${t.year}:${t.value} ${t.unit}`);
  assert.deepEqual(reportTargets(['III. KẾT QUẢ', 'Xã phấn đấu năm 2026 nâng tỷ lệ hộ thanh toán qua ví điện tử lên 63%;', '', 'lắp thêm 05 cụm loa ở các xóm ven sông.'].join('\n')), ['2026:63 %', '2026:5 cụm loa']);
  // Near miss: a line opening in capitals after the blank line is a sentence of its own, undated.
  assert.deepEqual(reportTargets(['III. KẾT QUẢ', 'Xã phấn đấu năm 2026 nâng tỷ lệ hộ thanh toán qua ví điện tử lên 63%;', '', 'Lắp thêm 05 cụm loa ở các xóm ven sông.'].join('\n')), ['2026:63 %']);
});

test('a province or city named as a clause’s subject sets its own target; a clause after a dated result is a result', () => {
  const body = ['II. CHỈ TIÊU', 'Tỉnh Sơn Lâm phấn đấu năm 2027 có 75% hộ dùng ví điện tử; xã phấn đấu đạt 80% trở lên.'].join('\n');
  assert.deepEqual(targets(body), ['2027:80 %']);
  // Near miss: the words "tỉnh" or "thành phố" not naming the subject ("… của thành phố") leave the clause the commune's.
  const own = ['II. CHỈ TIÊU', 'Năm 2027, xã có 75% hộ dùng ví điện tử như mục tiêu của thành phố.'].join('\n');
  assert.deepEqual(targets(own), ['2027:75 %']);
  // A clause without its own year after a result of an earlier year is that result too.
  const report = `ỦY BAN NHÂN DÂN\nXÃ THỬ NGHIỆM\nSố: 46/BC-UBND\nThử Nghiệm, ngày 17 tháng 11 năm 2025\n\nBÁO CÁO\nThử nghiệm đọc chỉ tiêu\n\nIV. PHƯƠNG HƯỚNG NĂM 2026\nNăm 2025, xã đã tổ chức 09 lớp kỹ năng số; 100% xóm có loa thông minh. Năm 2026, xã phấn đấu mở 12 lớp kỹ năng số.\n\nNơi nhận:\n- Lưu: VT.\n`;
  assert.deepEqual(analyzeText(report).result.targets.map((t) => `${t.year}:${t.value} ${t.unit}`), ['2026:12 lớp']);
});
