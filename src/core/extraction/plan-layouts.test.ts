// Layouts of plan tasks and targets beyond the numbered fields and plain tables: grids drawn with
// box-drawing characters, tab-separated tables, merged header cells, lettered unit headings,
// single-year value columns, "Lộ trình" columns, "hằng năm" clauses. Every line here was written
// for this test (none comes from a seed or a labelled fixture); each rule has a near miss.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, normaliseText } from './analyze-text.ts';

const doc = (body: string) => `ỦY BAN NHÂN DÂN\nXÃ THỬ NGHIỆM\nSố: 12/KH-UBND\nThử Nghiệm, ngày 02 tháng 12 năm 2025\n\nKẾ HOẠCH\nVề việc thử nghiệm\n\n${body}\n\nNơi nhận:\n- Lưu: VT.\n`;
const read = (body: string) => analyzeText(doc(body)).result;
const targets = (body: string) => read(body).targets.map((t) => `${t.year}:${t.value}${t.unit === '%' ? '%' : ` ${t.unit}`}`);
const tasks = (body: string) => read(body).tasks.map((t) => `${t.lead} | ${t.coordinating.join('; ')} | ${t.timeframe}`);

test('a grid drawn with box-drawing characters is read as a ruled table', () => {
  const body = [
    'II. CHỈ TIÊU',
    '┌────┬────────────────────────────┬──────┬──────────┐',
    '│ TT │ Chỉ tiêu                   │ ĐVT  │ Năm 2027 │',
    '├────┼────────────────────────────┼──────┼──────────┤',
    '│ 1  │ Tỷ lệ hộ dùng ví điện tử   │ %    │ 65       │',
    '└────┴────────────────────────────┴──────┴──────────┘',
  ].join('\n');
  assert.deepEqual(targets(body), ['2027:65%']);
  // Near miss: a box-drawing dash among words is no rule line; the words stay.
  assert.equal(normaliseText('Lớp học ─ tháng 5'), 'Lớp học ─ tháng 5');
});

test('tasks: "Thời hạn hoàn thành:" is the time field', () => {
  const body = ['III. NHIỆM VỤ', 'a) Lập bản đồ số các điểm du lịch', '- Cơ quan chủ trì: Phòng Kinh tế.', '- Thời hạn hoàn thành: Quý III/2027.'].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Kinh tế |  | Quý III/2027']);
  // Near miss: without its colon the words are prose, not a field.
  const prose = ['III. NHIỆM VỤ', 'a) Lập bản đồ số các điểm du lịch', '- Cơ quan chủ trì: Phòng Kinh tế.', '- Thời hạn hoàn thành do Ủy ban nhân dân xã quyết định.'].join('\n');
  assert.deepEqual(tasks(prose), ['Phòng Kinh tế |  | null']);
});

test('tasks: a tab-separated header row in the task part is no sentence task', () => {
  const body = [
    'III. NHIỆM VỤ',
    'Stt\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\tSản phẩm\tGhi chú',
    '1\tTrồng cây xanh tại khu dân cư\tPhòng Kinh tế\tCác thôn\tQuý I/2027\tCây xanh\t',
  ].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Kinh tế | Các thôn | Quý I/2027']);
  // Near miss: a sentence indented by a tab is still read as a sentence.
  const indented = ['III. NHIỆM VỤ', '\tGiao Phòng Kinh tế chủ trì, phối hợp với các thôn trồng cây xanh tại khu dân cư, hoàn thành trong Quý I/2027.'].join('\n');
  assert.deepEqual(tasks(indented), ['Phòng Kinh tế | các thôn | Quý I/2027']);
});

test('tasks: a time field on its own line completes the sentence task above it', () => {
  const body = [
    'III. NHIỆM VỤ',
    '1. Chỉnh trang nhà văn hóa các thôn',
    'Giao Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân tổ chức khảo sát, lập dự toán chỉnh trang.',
    'Thời gian thực hiện: 2027 - 2028.',
  ].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Kinh tế | Hội Nông dân | 2027 - 2028']);
  // Near miss: a time field under a heading with no task sentence makes no task.
  assert.deepEqual(tasks(['III. NHIỆM VỤ', '1. Chỉnh trang nhà văn hóa các thôn', 'Thời gian thực hiện: 2027 - 2028.'].join('\n')), []);
});

test('targets: one row per year in a tab-separated table', () => {
  const body = ['II. MỤC TIÊU', 'Năm\tTỷ lệ hộ có internet (%)\tSố điểm wifi (điểm)', '2026\t70\t4', '2027\t80\t6'].join('\n');
  assert.deepEqual(targets(body), ['2026:70%', '2026:4 điểm', '2027:80%', '2027:6 điểm']);
  // Near miss: one space after "Năm" is a sentence, not a header.
  assert.deepEqual(targets(['II. MỤC TIÊU', 'Năm nay xã tiếp tục duy trì các điểm wifi', '2026 đội ngũ 12 người'].join('\n')), []);
});

test('targets: a "hằng năm" clause without its own year is no target of the item\'s year', () => {
  const body = ['II. MỤC TIÊU', 'Phấn đấu đến năm 2028 tỷ lệ hộ dùng ví điện tử đạt 85% và hằng năm tổ chức ít nhất 02 lớp tập huấn.'].join('\n');
  assert.deepEqual(targets(body), ['2028:85%']);
  // Near miss: a count of the year itself is a target.
  const dated = ['II. MỤC TIÊU', 'Phấn đấu đến năm 2028 tỷ lệ hộ dùng ví điện tử đạt 85% và tổ chức ít nhất 02 lớp tập huấn.'].join('\n');
  assert.deepEqual(targets(dated), ['2028:85%', '2028:2 lớp']);
});

test('targets: "Lộ trình năm …" columns hold targets, "Hiện trạng năm …" a result', () => {
  const body = [
    'III. LỘ TRÌNH THỰC HIỆN',
    '| TT | Nội dung | Hiện trạng năm 2025 | Lộ trình năm 2026 | Lộ trình năm 2027 |',
    '|---|---|---|---|---|',
    '| 1 | Tỷ lệ thôn có camera an ninh (%) | 20 | 50 | 80 |',
  ].join('\n');
  assert.deepEqual(targets(body), ['2026:50%', '2027:80%']);
  // Near miss: bare "Năm …" columns outside the goals name no plan column.
  assert.deepEqual(targets(body.replace(/Lộ trình năm/g, 'Năm')), []);
});

test('targets: a two-word counted noun in brackets is the row\'s unit, "(lũy kế)" is not', () => {
  const body = ['II. MỤC TIÊU', '| Chỉ tiêu | Năm 2026 | Năm 2028 |', '|---|---|---|', '| Số loa lắp mới (cụm loa) | 5 | 9 |'].join('\n');
  assert.deepEqual(targets(body), ['2026:5 cụm loa', '2028:9 cụm loa']);
  assert.ok(!targets(body.replace('(cụm loa)', '(lũy kế)')).some((t) => t.includes('lũy kế')));
});

test('tasks: a merged "Đơn vị thực hiện" header over "Chủ trì | Phối hợp"', () => {
  const body = [
    'III. NHIỆM VỤ',
    '| TT | Nội dung | Đơn vị thực hiện | | Thời gian |',
    '| | | Chủ trì | Phối hợp | |',
    '|---|---|---|---|---|',
    '| 1 | Sửa chữa cụm loa hư hỏng | Phòng Kinh tế | Các thôn | Quý II/2027 |',
  ].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Kinh tế | Các thôn | Quý II/2027']);
  // Near miss: a one-line header with a numbered row after it is read as before.
  const plain = ['III. NHIỆM VỤ', '| TT | Nội dung | Đơn vị thực hiện | Thời gian |', '| 1 | Sửa chữa cụm loa hư hỏng | Phòng Kinh tế | Quý II/2027 |'].join('\n');
  assert.deepEqual(tasks(plain), ['Phòng Kinh tế |  | Quý II/2027']);
});

test('tasks: "Hoạt động" and "Đơn vị phụ trách" columns', () => {
  const body = ['III. NHIỆM VỤ', '| TT | Hoạt động | Đơn vị phụ trách | Tiến độ |', '|---|---|---|---|', '| 1 | Ngày hội sách điện tử | Đoàn Thanh niên | Tháng 4/2027 |'].join('\n');
  assert.deepEqual(tasks(body), ['Đoàn Thanh niên |  | Tháng 4/2027']);
  // Near miss: a sentence about an activity a unit is in charge of is no table.
  assert.deepEqual(tasks(['III. NHIỆM VỤ', 'Hoạt động của các câu lạc bộ do Đoàn Thanh niên phụ trách.'].join('\n')), []);
});

test('tasks: a pipe table without outer borders ends at a blank line before prose', () => {
  const body = ['III. NHIỆM VỤ', 'TT | Nhiệm vụ | Chủ trì | Thời gian', '1 | Mở lớp tin học cho hội viên | Hội Nông dân | Quý I/2027', '', 'Các đơn vị chủ động triển khai.'].join('\n');
  assert.deepEqual(tasks(body), ['Hội Nông dân |  | Quý I/2027']);
  // Near miss: with outer borders, a wrapped last cell after the row still belongs to it.
  const bordered = ['III. NHIỆM VỤ', '| TT | Nhiệm vụ | Chủ trì | Thời gian |', '| 1 | Mở lớp tin học cho hội viên | Hội Nông dân | Quý I/2027, |', 'hằng năm', ''].join('\n');
  assert.deepEqual(tasks(bordered), ['Hội Nông dân |  | Quý I/2027, hằng năm']);
});

test('tasks: a field value ends before the next labelled sentence ("… Sản phẩm: …")', () => {
  const body = ['III. NHIỆM VỤ', 'Nhiệm vụ 1. Số hóa sổ sách địa chính', 'Đơn vị chủ trì: Phòng Kinh tế. Thời gian hoàn thành: Năm 2027. Sản phẩm: dữ liệu số.'].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Kinh tế |  | Năm 2027']);
  // Near miss: a sentence without a label goes on with the value.
  const plain = ['III. NHIỆM VỤ', 'Nhiệm vụ 1. Số hóa sổ sách địa chính', 'Đơn vị phối hợp: Trường THCS. Hội Khuyến học', 'Đơn vị chủ trì: Phòng Kinh tế.'].join('\n');
  assert.deepEqual(read(plain).tasks.length, 1);
});

test('targets: a ruled header may hold longer column names ("Năm 2025 (ước thực hiện)", "Ghi chú")', () => {
  const body = [
    'II. CHỈ TIÊU',
    '| STT | Chỉ tiêu | Năm 2025 (ước thực hiện) | Kế hoạch năm 2026 | Kế hoạch năm 2027 | Ghi chú |',
    '|---|---|---|---|---|---|',
    '| 1 | Tỷ lệ hộ có internet (%) | 60 | 70 | 80 | |',
  ].join('\n');
  assert.deepEqual(targets(body), ['2026:70%', '2027:80%']);
  // Near miss: a long line without rules that names two years is a sentence.
  assert.deepEqual(targets(['II. CHỈ TIÊU', 'Chỉ tiêu các năm được giao cụ thể cho từng thôn năm 2026 năm 2027 theo phụ lục kèm theo kế hoạch'].join('\n')), []);
});

test('tasks: a lettered line naming a unit heads the unit\'s work under it', () => {
  const body = [
    'V. TỔ CHỨC THỰC HIỆN',
    'a) Trung tâm Văn hóa, Thể thao và Truyền thông xã',
    '- Chủ trì sản xuất phóng sự về mô hình số, hoàn thành trong tháng 10/2027.',
    'b) Phòng Kinh tế',
    '- Chủ trì khảo sát điểm phát wifi công cộng, hoàn thành trong Quý II/2027.',
  ].join('\n');
  assert.deepEqual(tasks(body), ['Trung tâm Văn hóa, Thể thao và Truyền thông |  | tháng 10/2027', 'Phòng Kinh tế |  | Quý II/2027']);
  // Near miss: a lettered line that is work, not a unit, ends the unit's part; and a unit's
  // standing role with a recurrence is no task.
  const near = [
    'V. TỔ CHỨC THỰC HIỆN',
    'a) Phòng Kinh tế',
    '- Theo dõi, tổng hợp, báo cáo kết quả hằng quý.',
    'b) Tổ chức sơ kết việc thực hiện',
    '- Hoàn thành trong Quý II/2027.',
  ].join('\n');
  assert.deepEqual(tasks(near), []);
});

test('targets: a value column "Chỉ tiêu" under a label of one year', () => {
  const body = ['II. MỤC TIÊU', '2. Chỉ tiêu năm 2027', '| TT | Nội dung | Đơn vị tính | Chỉ tiêu |', '|---|---|---|---|', '| 1 | Số lớp tập huấn chữ ký số | lớp | 3 |'].join('\n');
  assert.deepEqual(targets(body), ['2027:3 lớp']);
  // Near miss: without a year above it the column names no year.
  assert.deepEqual(targets(body.replace('2. Chỉ tiêu năm 2027', '2. Chỉ tiêu cụ thể')), []);
});

// ---- as an English-model OCR reads such tables ----------------------------------------------

test('tasks: a ruled line of rules only ("|---|") closes the row above it', () => {
  const body = ['III. NHIỆM VỤ', '| Nhiệm vụ | Chủ trì | Thời gian |', '|---|', '| Lập sổ tay chuyển đổi số | Phòng Kinh tế | Quý I/2027 |', '| In tờ rơi hướng dẫn | Công an xã | Quý II/2027 |'].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Kinh tế |  | Quý I/2027', 'Công an xã |  | Quý II/2027']);
  // Near miss: a dash standing for an empty cell in a row is a cell, not a rule.
  const dash = ['III. NHIỆM VỤ', '| Nhiệm vụ | Chủ trì | Phối hợp | Thời gian |', '| Lập sổ tay chuyển đổi số | Phòng Kinh tế | - | Quý I/2027 |'].join('\n');
  assert.deepEqual(tasks(dash), ['Phòng Kinh tế |  | Quý I/2027']);
});

test('tasks: rows numbered 1, 2 … make a table numbered whatever the scan made of "STT"', () => {
  const body = ['III. NHIỆM VỤ', 'Sử Nội dung nhiệm vụ Đơn vị chủ trì Thời gian', '', '1 Lập sổ tay chuyển đổi số cho cán bộ Phòng Kinh tế Quý I/2027', '', '2 In tờ rơi hướng dẫn cài đặt ứng dụng Công an xã Quý II/2027'].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Kinh tế |  | Quý I/2027', 'Công an xã |  | Quý II/2027']);
  // Near miss: rows that do not open with 1 are no numbered rows.
  const loose = ['III. NHIỆM VỤ', 'Sử Nội dung nhiệm vụ Đơn vị chủ trì Thời gian', '', '5 năm qua xã đã lập sổ tay Phòng Kinh tế Quý I/2027'].join('\n');
  assert.deepEqual(tasks(loose), []);
});

test('tasks: a lead column whose words the scan glued ("Đơn vichu trì")', () => {
  const body = ['III. NHIỆM VỤ', 'TT Nhiệm vụ Đơn vichu trì Thời gian', '1 Lập sổ tay chuyển đổi số cho cán bộ Phòng Kinh tế Quý I/2027'].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Kinh tế |  | Quý I/2027']);
  // Near miss: a header naming no lead column is no task table.
  assert.deepEqual(tasks(body.replace('Đơn vichu trì', 'Ghi chú')), []);
});

test('targets: a dot the scan put after a column name ends no sentence', () => {
  const body = ['II. MỤC TIÊU', 'Chỉ tiêu. Đơn vị tính 2026 2027', 'Tỷ lệ hộ có chữ ký số % 40 60'].join('\n');
  assert.deepEqual(targets(body), ['2026:40%', '2027:60%']);
  // Near miss: a sentence ending in a dot after its years stays a sentence.
  assert.deepEqual(targets(['II. MỤC TIÊU', 'Chỉ tiêu. Đơn vị tính 2026 2027 được giao.', 'Tỷ lệ hộ có chữ ký số % 40 60'].join('\n')), []);
});

test('a short line of one letter three times running between table lines is a rule scrap', () => {
  assert.equal(normaliseText('| TT | Nội dung | Năm 2026 |\nbbb\n| 1 | Tỷ lệ | 50 |'), '| TT | Nội dung | Năm 2026 |\n|---|\n| 1 | Tỷ lệ | 50 |');
  // Near miss: outside a table it stays.
  assert.equal(normaliseText('Đoạn văn\nbbb\nĐoạn sau'), 'Đoạn văn\nbbb\nĐoạn sau');
});

test('tasks: an empty cell too many (a rule read twice) is dropped, a filled one is not', () => {
  const body = ['III. NHIỆM VỤ', 'STT | Nhiệm vụ | Chủ trì | Thời gian', '1 | | Lập sổ tay chuyển đổi số | Phòng Kinh tế | Quý I/2027'].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Kinh tế |  | Quý I/2027']);
  assert.deepEqual(tasks(body.replace('1 | |', '1 | Ghi chú |')), []);
});

test('tasks: the recipients end a table whose last row is open', () => {
  const body = ['III. NHIỆM VỤ', 'STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian', '1 | Lập sổ tay | Phòng Kinh tế | Các thôn | Quý I/2027', '| chuyển đổi số'].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Kinh tế | Các thôn | Quý I/2027']);
  // Near miss: "Nơi nhận" without its colon, inside a cell, is text of the row.
  assert.equal(read(body.replace('| chuyển đổi số', '| chuyển đổi số nơi nhận hồ sơ')).tasks[0]?.lead, 'Phòng Kinh tế');
});

test('targets: a row index without its dot is no part of the label ("2 Số buổi … buổi 24 48")', () => {
  const body = ['II. CHỈ TIÊU', 'TT Chỉ tiêu ĐVT Năm 2026 Năm 2030', '1 Tỷ lệ hộ có chữ ký số % 40 90', '2 Số buổi phát thanh chuyên đề buổi24 48'].join('\n');
  assert.deepEqual(targets(body), ['2026:40%', '2030:90%', '2026:24 buổi', '2030:48 buổi']);
  // Near miss: a lower-case word after the number is the label's own ("2 thôn …").
  assert.ok(!targets(body.replace('2 Số buổi', '2 buổi số')).includes('2026:24 thôn'));
});

test('tasks: a numbered item whose own line carries its fields ("1. … Đơn vị chủ trì: …; thời gian: …")', () => {
  const body = [
    'III. NHIỆM VỤ',
    '1. Lập nhóm Zalo của các thôn. Đơn vị chủ trì: Ban phát triển các thôn; thời gian: Quý I/2027.',
    '2. Mở lớp tập huấn sử dụng chữ ký số cho cán bộ, công chức, người lao động trong các cơ quan của xã trên nền tảng học tập trực tuyến. Đơn vị chủ trì: Văn phòng HĐND và UBND; thời gian: năm 2027.',
  ].join('\n');
  assert.deepEqual(tasks(body), ['Ban phát triển các thôn |  | Quý I/2027', 'Văn phòng HĐND và UBND |  | năm 2027']);
  // Near miss: a numbered line that is only the label names no task title, as before.
  assert.deepEqual(tasks(['III. NHIỆM VỤ', '1. Đơn vị chủ trì: Ban phát triển các thôn.'].join('\n')), []);
});

test('tasks: a roadmap line led by its time and an em dash', () => {
  const body = ['III. LỘ TRÌNH', 'Quý II/2027 — Phòng Kinh tế: khảo sát điểm phát wifi công cộng tại các thôn.'].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Kinh tế |  | Quý II/2027']);
  // Near miss: a time and a dash before work with no unit.
  assert.deepEqual(tasks(['III. LỘ TRÌNH', 'Quý II/2027 — khảo sát điểm phát wifi công cộng tại các thôn.'].join('\n')), []);
});

test('tasks: "Cơ quan tham mưu:" is the lead\'s label; "tham mưu:" alone is not', () => {
  const body = ['III. NHIỆM VỤ', '1. Ban hành quy chế hoạt động của Tổ công nghệ số. Cơ quan tham mưu: Phòng Văn hóa - Xã hội. Thời hạn: Quý I/2027.'].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Văn hóa - Xã hội |  | Quý I/2027']);
  assert.deepEqual(tasks(body.replace('Cơ quan tham mưu:', 'Nội dung tham mưu:')), []);
});

test('tasks: "tử" before a time is "từ" the scan misread', () => {
  const body = ['III. PHÂN CÔNG', 'a) Trạm Y tế: hướng dẫn người dân đặt lịch khám trực tuyến; thời gian: tử’ quý I/2027.'].join('\n');
  assert.deepEqual(tasks(body), ['Trạm Y tế |  | từ quý I/2027']);
  // Near miss: the time as written is kept.
  assert.deepEqual(tasks(body.replace('tử’ quý', 'trong quý')), ['Trạm Y tế |  | trong quý I/2027']);
});
