// Plan content: targets by year, tasks with lead/coordinating units and timeframe, reporting
// deadlines. Every paragraph here was written for this test (none comes from a seed or a
// labelled fixture), in the varied layouts communes use.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from './analyze-text.ts';
import { extractFromText } from './extract.ts';

const plan = (body: string) => extractFromText(`KẾ HOẠCH\nVề việc thử nghiệm\n\n${body}\n`);
const targets = (body: string) => plan(body).targets.map((t) => `${t.year}:${t.value}${t.unit === '%' ? '%' : ` ${t.unit}`}`);
const tasks = (body: string) => plan(body).tasks.map((t) => `${t.lead} | ${t.coordinating.join('; ')} | ${t.timeframe}`);

test('targets: a column table "Chỉ tiêu | Năm … | Năm …" gives one target per cell', () => {
  const body = [
    'II. MỤC TIÊU',
    '2. Chỉ tiêu cụ thể',
    'Chỉ tiêu                                   Năm 2026    Năm 2028',
    'Tỷ lệ người dân có tài khoản định danh     70%         85%',
    'Số cụm loa truyền thanh thông minh         04          10',
    '',
    'III. NHIỆM VỤ',
  ].join('\n');
  assert.deepEqual(targets(body), ['2026:70%', '2028:85%', '2026:4 cụm', '2028:10 cụm']);
  const piped = ['II. MỤC TIÊU', 'Nội dung | Năm 2026 | Năm 2027 | Năm 2030', 'Tỷ lệ hộ gia đình dùng ví điện tử | 40% | 55% | 80%', '', 'III. NHIỆM VỤ'].join('\n');
  assert.deepEqual(targets(piped), ['2026:40%', '2027:55%', '2030:80%']);
});

test('targets: "Phấn đấu đến năm …" and "năm … đạt …" sentences under the goals heading', () => {
  const body = [
    'I. MỤC TIÊU',
    '- Phấn đấu đến năm 2026, 100% thôn có Tổ công nghệ số cộng đồng hoạt động hiệu quả.',
    '- Năm 2027 đạt 90% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến.',
    '- Đến năm 2030: 100% hộ gia đình có địa chỉ số; mỗi thôn có ít nhất 02 điểm phát wifi miễn phí.',
    '',
    'II. NHIỆM VỤ',
  ].join('\n');
  assert.deepEqual(targets(body), ['2026:100%', '2027:90%', '2030:100%', '2030:2 điểm']);
});

test('targets: figures outside the goals section are not targets', () => {
  assert.deepEqual(targets('I. THỰC TRẠNG\nNăm 2024 đạt 61% hồ sơ trực tuyến.\n'), []);
});

test('tasks: "Chủ trì / Phối hợp / Thời gian" written on one line after the task', () => {
  const body = [
    'III. NHIỆM VỤ',
    '1. Mở chuyên mục chuyển đổi số trên trang thông tin điện tử của xã.',
    'Chủ trì: Văn phòng HĐND và UBND xã. Phối hợp: Phòng Văn hóa - Xã hội; Đoàn Thanh niên xã. Thời gian hoàn thành: Quý II/2026.',
    '',
    '2. Tập huấn kỹ năng số cho người dân.',
    'Cơ quan chủ trì: Phòng Kinh tế. Cơ quan phối hợp: Các thôn. Thời gian: Hằng năm.',
  ].join('\n');
  assert.deepEqual(tasks(body), [
    'Văn phòng HĐND và UBND | Phòng Văn hóa - Xã hội; Đoàn Thanh niên | Quý II/2026',
    'Phòng Kinh tế | Các thôn | Hằng năm',
  ]);
  assert.equal(plan(body).tasks[0]?.title, 'Mở chuyên mục chuyển đổi số trên trang thông tin điện tử của xã.');
});

test('tasks: bullet fields; on OCR text the repair gives timeframes and acronyms their spelling', async () => {
  // As an English-model OCR returns it: no marks, Đ read as D, look-alikes in the quarter's numeral.
  const body = [
    'III. NHIEM VU',
    '1. Xay dung ban tin so',
    '- Don vi chu tri: Van phong HDND va UBND phuong.',
    '- Don vi phoi hop: Phong Kinh te, Ha tang va Do thi.',
    '- Thoi gian thuc hien: Quy IH/2026.',
    '2. Duy tri nhom Zalo to dan pho',
    '- Don vi chu tri: Cong an phuong.',
    '- Thoi gian thuc hien: Hang nam.',
    '3. So hoa tai lieu',
    '- Don vi chu tri: Phong Kinh te.',
    "- Thoi gian thu'c hien: Quy [V/2026.",
  ].join('\n');
  const { analyzeText } = await import('./analyze-text.ts');
  const got = analyzeText(`KE HOACH\nVe viec thu nghiem\n\n${body}\n`).result.tasks.map((t) => `${t.lead} | ${t.coordinating.join('; ')} | ${t.timeframe}`);
  assert.deepEqual(got, ['Văn phòng HĐND và UBND | Phòng Kinh tế, Hạ tầng và Đô thị | Quý III/2026', 'Công an phường |  | Hằng năm', 'Phòng Kinh tế |  | Quý IV/2026']);
  // Text that came with its marks is not re-spelled: a document's own "Hàng năm" stays.
  assert.deepEqual(tasks('III. NHIỆM VỤ\n1. Duy trì nhóm Zalo\n- Đơn vị chủ trì: Công an phường.\n- Thời gian thực hiện: Hàng năm.'), ['Công an phường |  | Hàng năm']);
});

test('tasks: a table with "Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện" columns', () => {
  const body = [
    'III. NHIỆM VỤ CỤ THỂ',
    'STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện',
    '1 | Phát động cuộc thi tìm hiểu về chuyển đổi số | Phòng Văn hóa - Xã hội | Đoàn Thanh niên | Quý I/2027',
    '2 | Số hóa hồ sơ lưu trữ | Văn phòng HĐND và UBND | Các phòng chuyên môn | 2026 - 2027',
    '',
    'IV. TỔ CHỨC THỰC HIỆN',
  ].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Văn hóa - Xã hội | Đoàn Thanh niên | Quý I/2027', 'Văn phòng HĐND và UBND | Các phòng chuyên môn | 2026 - 2027']);
});

test('deadlines: recurring reporting dates only', () => {
  const body = 'IV. TỔ CHỨC THỰC HIỆN\nCác đơn vị báo cáo định kỳ 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 10 tháng 12 hằng năm.\nHoàn thành trước ngày 30/9/2026.';
  assert.deepEqual(plan(body).reportDeadlines, ['06-10', '12-10']);
});

test('targets: the year at the end of the item, "Đến cuối năm …", and a table with a unit column', () => {
  const body = [
    'II. MỤC TIÊU',
    '- 100% thôn có loa truyền thanh thông minh vào năm 2027.',
    '- Đến cuối năm 2026, 80% hộ kinh doanh sử dụng thanh toán không dùng tiền mặt.',
    '',
    'STT | Chỉ tiêu | ĐVT | 2026 | 2028',
    '1 | Tỷ lệ thủ tục hành chính trực tuyến toàn trình | % | 60 | 80',
    '2 | Số điểm wifi công cộng | điểm | 3 | 6',
    '',
    'III. NHIỆM VỤ',
  ].join('\n');
  assert.deepEqual(targets(body), ['2027:100%', '2026:80%', '2026:60%', '2028:80%', '2026:3 điểm', '2028:6 điểm']);
});

test('tasks: "Giao … chủ trì, phối hợp với …" written as a sentence, with its timeframe', () => {
  const body = [
    'III. NHIỆM VỤ, GIẢI PHÁP',
    '1. Tuyên truyền trên hệ thống truyền thanh. Giao Trung tâm Phục vụ hành chính công chủ trì, phối hợp với Công an xã thực hiện. Thời gian: thường xuyên.',
    '2. Tổ chức hội thi tin học trẻ. Phòng Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên triển khai trong Quý III/2026.',
  ].join('\n');
  assert.deepEqual(tasks(body), ['Trung tâm Phục vụ hành chính công | Công an xã | thường xuyên', 'Phòng Văn hóa - Xã hội | Đoàn Thanh niên | Quý III/2026']);
});

test('deadlines: a second date joined by "và" belongs to the same rule', () => {
  const body = 'IV. TỔ CHỨC THỰC HIỆN\nĐịnh kỳ, các đơn vị báo cáo kết quả trước ngày 20 tháng 6 và ngày 20 tháng 12 hằng năm; báo cáo quý trước ngày 15/3, 15/9.';
  assert.deepEqual(plan(body).reportDeadlines, ['06-20', '12-20', '03-15', '09-15']);
});

test('targets: an unnumbered capitals heading opens the goals; lettered year lines lead their bullets', () => {
  const body = [
    'MỤC TIÊU, CHỈ TIÊU',
    'a) Đến năm 2026:',
    '- 70% hộ gia đình có người dùng ứng dụng công dân số.',
    'b) Năm 2028:',
    '- 95% hộ gia đình có người dùng ứng dụng công dân số.',
    '',
    'NHIỆM VỤ VÀ GIẢI PHÁP',
    '- Năm 2026 tổ chức 10 lớp tập huấn, 100% cán bộ tham gia.',
  ].join('\n');
  assert.deepEqual(targets(body), ['2026:70%', '2028:95%']);
});

test('targets: a goals sub-heading ending in its year leads the bullets; "Định hướng đến năm …:" is an item', () => {
  const body = [
    'II. MỤC TIÊU',
    '1. Mục tiêu chung: nâng cao nhận thức của người dân về chuyển đổi số.',
    '2. Mục tiêu cụ thể năm 2027:',
    '- 85% hộ gia đình có người biết dùng ứng dụng định danh điện tử;',
    '- Phấn đấu 20 sản phẩm của hợp tác xã được bán trên sàn thương mại điện tử;',
    '- Mỗi thôn có tối thiểu 02 cộng tác viên công nghệ số, phổ biến Nghị quyết 57 tại nhà văn hóa.',
    '3. Định hướng đến năm 2030: 100% trường học sử dụng học bạ số.',
    '',
    'III. NHIỆM VỤ',
  ].join('\n');
  // A person counted by role is counted in "người"; the catalog's two-word unit is kept whole;
  // the number in "Nghị quyết 57" names a document and is no target.
  assert.deepEqual(targets(body), ['2027:85%', '2027:20 sản phẩm', '2027:2 người', '2030:100%']);
});

test('targets in a report: a "Phương hướng năm …" section, and a planned figure dated in its sentence', () => {
  const text = [
    'BÁO CÁO',
    'Kết quả thử nghiệm',
    '',
    'I. KẾT QUẢ',
    'Đã mở 05 lớp tập huấn. Trong quý I/2027, phường dự kiến mở thêm 03 lớp cho hộ kinh doanh và tổ chức một hội thi.',
    'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027',
    'Duy trì chuyên mục trên Trang thông tin điện tử; phấn đấu 90% hồ sơ được nộp trực tuyến.',
    '',
    'Nơi nhận:',
    '- Như trên;',
  ].join('\n');
  const got = extractFromText(text).targets.map((t) => `${t.year}:${t.value}${t.unit === '%' ? '%' : ` ${t.unit}`}`);
  assert.deepEqual(got.sort(), ['2027:3 lớp', '2027:90%']);
});

test('tasks: "<title>: <unit> chủ trì; phối hợp với …; thực hiện <timeframe>" on one long line', () => {
  const body = [
    'III. NHIỆM VỤ',
    '1. Xây dựng chuyên mục hỏi đáp về chuyển đổi số trên Trang thông tin điện tử và nhóm Zalo của các tổ dân phố trên địa bàn phường: Văn phòng HĐND và UBND phường chủ trì; phối hợp với Trung tâm Văn hóa, Thể thao và Truyền thông, Tổ công nghệ số cộng đồng; thực hiện hằng quý.',
    '2. Hướng dẫn hộ kinh doanh mở tài khoản thanh toán: Phòng Kinh tế chủ trì; phối hợp với Đoàn Thanh niên; thực hiện trong Quý IV/ 2026.',
  ].join('\n');
  assert.deepEqual(tasks(body), [
    'Văn phòng HĐND và UBND | Trung tâm Văn hóa, Thể thao và Truyền thông; Tổ công nghệ số cộng đồng | hằng quý',
    'Phòng Kinh tế | Đoàn Thanh niên | Quý IV/2026',
  ]);
  assert.equal(plan(body).tasks[1]?.title, 'Hướng dẫn hộ kinh doanh mở tài khoản thanh toán');
});

test('tasks: a table without column rules, aligned with spaces or run together with wrapped cells', () => {
  const aligned = [
    'IV. PHÂN CÔNG NHIỆM VỤ',
    'STT  Nhiệm vụ                          Chủ trì                       Phối hợp               Thời gian',
    '1    Số hóa sổ hộ tịch                 Văn phòng HĐND và UBND        Công an xã             Quý I/2027',
    '2    Cài đặt ứng dụng cho người        Trung tâm Phục vụ hành        Các thôn               Thường xuyên',
    '     cao tuổi                          chính công',
    '',
    'V. KINH PHÍ',
  ].join('\n');
  assert.deepEqual(tasks(aligned), ['Văn phòng HĐND và UBND | Công an xã | Quý I/2027', 'Trung tâm Phục vụ hành chính công | Các thôn | Thường xuyên']);
  // The same rows as an OCR engine returns them: single spaces, cells of one row on several lines.
  const runTogether = [
    'IV. PHÂN CÔNG NHIỆM VỤ',
    'STT Nhiệm vụ Chủ trì Phối hợp Thời',
    'gian',
    '1 Tuyên truyền trên loa truyền thanh Trung tâm Văn hóa, Thể thao Các',
    'thôn Hằng tháng',
    '',
    'các thôn và Truyền thông',
    '2 Mở lớp kỹ năng số cho phụ nữ Phòng Văn hóa - Xã hội Hội Liên hiệp Phụ nữ; 2026 - 2028',
    'V. KINH PHÍ',
  ].join('\n');
  assert.deepEqual(
    plan(runTogether).tasks.map((t) => `${t.lead} | ${t.timeframe}`),
    ['Trung tâm Văn hóa, Thể thao và Truyền thông | Hằng tháng', 'Phòng Văn hóa - Xã hội | 2026 - 2028'],
  );
});

test('targets: a clause stating its own year takes it; lettered items dated inside, over several lines', () => {
  const body = [
    'II. MỤC TIÊU',
    'a) Phấn đấu đến năm 2026 có 60% hộ kinh doanh dùng mã QR; đến năm 2028 đạt 90%.',
    'b) Ngay trong năm 2026, 100% thôn có nhóm Zalo; tỷ lệ người dân cài ứng dụng công dân số',
    'đạt từ 75% trở lên.',
    'c) Theo Kế hoạch ngày 05 tháng 3 năm 2025, 100% trường học dùng sổ điểm điện tử trong quý II năm 2027.',
    '',
    'III. NHIỆM VỤ',
  ].join('\n');
  assert.deepEqual(targets(body), ['2026:60%', '2028:90%', '2026:100%', '2026:75%', '2027:100%']);
});

test('targets: a table with one year column and a unit column; an OCR-damaged Roman numeral opens the goals', () => {
  const body = [
    'Il]. CHỈ TIÊU NĂM 2027',
    'Chỉ tiêu | Đơn vị tính | Năm 2027',
    'Cán bộ được bồi dưỡng kỹ năng số | % | 100',
    'Tin, bài về chuyển đổi số trên trang thông tin điện tử | tin, bài | 80',
    '',
    'IV. NHIỆM VỤ',
  ].join('\n');
  assert.deepEqual(targets(body), ['2027:100%', '2027:80 tin, bài']);
});

test('tasks: a ruled table whose rows wrap over lines and blank lines; the quarter of the field is Roman', () => {
  const body = [
    'IV. PHÂN CÔNG',
    'TT | Nội dung | Chủ trì | Phối hợp | Thời gian',
    '1 | Tập huấn sử dụng chữ ký số cho cán bộ | Văn phòng HĐND và UBND xã | Các',
    'phòng chuyên môn | Quý 1/2027',
    '',
    '2 | Tuyên truyền dịp Ngày Chuyển đổi số quốc gia | Phòng Văn hóa - Xã hội xã | Đoàn Thanh niên | Tháng 9 và tháng',
    '10/2027',
    '',
    '3 | Hỗ trợ người dân cài ứng dụng định danh | Công an xã | Các thôn | Thường xuyên',
    '',
    'V. KINH PHÍ',
  ].join('\n');
  assert.deepEqual(
    plan(body).tasks.map((t) => `${t.lead} | ${t.timeframe}`),
    ['Văn phòng HĐND và UBND | Quý I/2027', 'Phòng Văn hóa - Xã hội | Tháng 9 và tháng 10/2027', 'Công an xã | Thường xuyên'],
  );
});

test('tasks: OCR marks glued to a row number and a fraction slash in a quarter', async () => {
  const { analyzeText } = await import('./analyze-text.ts');
  const doc = [
    'KẾ HOẠCH',
    'Thử nghiệm',
    '',
    'IV. PHÂN CÔNG',
    'TT Nhiệm vụ Chủ trì Phối hợp Thời gian',
    '1_ Số hóa hồ sơ hộ tịch Văn phòng HĐND và UBND Công an xã Quý II\u20442027',
    '2 Tập huấn kỹ năng số Phòng Văn hóa - Xã hội Đoàn Thanh niên Hằng năm',
    '',
    'V. KINH PHÍ',
  ].join('\n');
  const { result } = analyzeText(doc);
  assert.deepEqual(result.tasks.map((t) => `${t.lead} | ${t.timeframe}`), ['Văn phòng HĐND và UBND | Quý II/2027', 'Phòng Văn hóa - Xã hội | Hằng năm']);
});

test('deadlines: "trước" damaged by OCR before "ngày" still opens a deadline', () => {
  const body = 'IV. TỔ CHỨC THỰC HIỆN\nCác đơn vị báo cáo định kỳ 6 tháng (trwdéc ngày 12/6) và năm (trước ngày 12/12) về Ủy ban nhân dân xã.';
  assert.deepEqual(plan(body).reportDeadlines, ['06-12', '12-12']);
});

test('targets: one row per year and one column per indicator, the header wrapped, in two tables', () => {
  const body = [
    'II. MỤC TIÊU',
    '2. Chỉ tiêu theo năm',
    'Năm | Tỷ lệ thôn có wifi công cộng (%) | Số cụm loa thông minh | Buổi tập huấn cho',
    'người dân (buổi)',
    '2027 | 40 | 6 | 8',
    '2029 | 75 | 9 | 12',
    '2030 | 90 | 12',
    '',
    'Chỉ tiêu về hộ kinh doanh:',
    'Năm | Hộ kinh doanh dùng mã QR',
    '2027 | 35%',
    '2029 | 60%',
    '',
    'III. NHIỆM VỤ',
  ].join('\n');
  // The 2030 row has one value fewer than the columns: skipped, not guessed.
  assert.deepEqual(targets(body), ['2027:40%', '2027:6 cụm', '2027:8 buổi', '2029:75%', '2029:9 cụm', '2029:12 buổi', '2027:35%', '2029:60%']);
  // Columns apart by wide spaces instead of rules.
  const spaced = ['II. MỤC TIÊU', 'Năm     Tỷ lệ hồ sơ trực tuyến     Số điểm wifi', '2027    65%                        4', '2028    80%                        7', '', 'III. NHIỆM VỤ'].join('\n');
  assert.deepEqual(targets(spaced), ['2027:65%', '2027:4 điểm', '2028:80%', '2028:7 điểm']);
});

test('targets: year columns whose cells carry their units, "≥" before a value, a row wrapped after a rule', () => {
  const body = [
    'II. MỤC TIÊU',
    'Nội dung | 2027 | 2029 | 2030',
    'Nhóm Zalo của thôn hoạt động thường xuyên | 12 nhóm | 15 nhóm | 19 nhóm',
    'Video hướng dẫn thủ tục hành chính | 6 video | 9 video |',
    '14 video',
    'Người cao tuổi biết dùng điện thoại thông minh | ≥ 30% | ≥ 45% | ≥ 60%',
    // A unit the scan damaged in one cell takes the one the row's other cells write.
    'Điểm bưu điện văn hóa có máy tính | 3 điểm | 5 điểm | 6 diễm',
    'Số lượt truy cập (lũy kế) | 500 | 900 | 1.400',
    '',
    'III. NHIỆM VỤ',
  ].join('\n');
  assert.deepEqual(targets(body), [
    '2027:12 nhóm', '2029:15 nhóm', '2030:19 nhóm',
    '2027:6 video', '2029:9 video', '2030:14 video',
    '2027:30%', '2029:45%', '2030:60%',
    '2027:3 điểm', '2029:5 điểm', '2030:6 điểm',
    // "(lũy kế)" qualifies the label, it is no unit: the counted noun after "Số" is.
    '2027:500 lượt', '2029:900 lượt', '2030:1400 lượt',
  ]);
});

test('targets: sentences under a year line or a goals sub-heading ending in its year', () => {
  const body = [
    'II. MỤC TIÊU',
    '3. Chỉ tiêu khác',
    'a) Năm 2027',
    'Phấn đấu 70% hộ gia đình có người biết dùng ví điện tử. Mỗi tổ dân phố có ít nhất 02',
    'tuyên truyền viên về chuyển đổi số.',
    'b) Năm 2029',
    'Tối thiểu 50% hợp tác xã bán hàng trên sàn thương mại điện tử; duy trì ≥ 98% hồ sơ đúng hạn.',
    '4. Định hướng đến năm 2031',
    'Phấn đấu 100% trường học dùng học bạ số.',
    '',
    'Hằng năm, rà soát kết quả thực hiện.',
    '5. Mục tiêu chung',
    'Nâng cao nhận thức, phấn đấu 80% người dân hiểu về chuyển đổi số.',
    '',
    'III. NHIỆM VỤ',
  ].join('\n');
  // A sub-heading without a year ends the dated paragraphs: "5. Mục tiêu chung" dates nothing.
  assert.deepEqual(targets(body), ['2027:70%', '2027:2 người', '2029:50%', '2029:98%', '2031:100%']);
});

test('tasks: a table ruled on every side whose cells wrap onto ruled lines of their own', () => {
  const body = [
    'IV. PHÂN CÔNG THỰC HIỆN',
    '| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |',
    '| 1 | Số hóa sổ hộ tịch | Văn phòng HĐND | Công an xã | Quý II/',
    '2027 |',
    '|   | và sổ đăng ký kết hôn | và UBND xã | |   |',
    '| 2 | Mở lớp kỹ năng số cho | Phòng Văn hóa - | Hội Nông dân; Hội Cựu | Năm 2027 - |',
    '|   | nông dân các thôn | Xã hdi | chiến binh | 2028 |',
    '',
    'V. KINH PHÍ',
  ].join('\n');
  assert.deepEqual(tasks(body), [
    'Văn phòng HĐND và UBND | Công an xã | Quý II/2027',
    // One letter the scan got wrong ("hdi") still names the standard unit.
    'Phòng Văn hóa - Xã hội | Hội Nông dân; Hội Cựu chiến binh | Năm 2027 - 2028',
  ]);
  assert.equal(plan(body).tasks[1]?.title, 'Mở lớp kỹ năng số cho nông dân các thôn');
  // The same table as a low-resolution scan returns it: the number column lost (read apart as
  // noise), the wrapped lines without their first rule.
  const scanned = [
    'IV. PHÂN CÔNG THỰC HIỆN',
    'STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |',
    '| Số hóa sổ hộ tịch | Văn phòng HĐND | Công an xã | Quý II/',
    '2027 |',
    'và sổ đăng ký kết hôn | và UBND xã | | |',
    '| Mở lớp kỹ năng số cho | Phòng Văn hóa - | Hội Nông dân; Hội Cựu | Năm 2027',
    'w',
    'nông dân các thôn | Xã hội | chiến binh | |',
    '',
    'V. KINH PHÍ',
  ].join('\n');
  assert.deepEqual(plan(scanned).tasks.map((t) => `${t.lead} | ${t.timeframe}`), ['Văn phòng HĐND và UBND | Quý II/2027', 'Phòng Văn hóa - Xã hội | Năm 2027']);
});

test('tasks: a heading as the title and the task in a sentence under it; numbered sub-sections with fields', () => {
  const body = [
    'III. NHIỆM VỤ',
    '1. Đưa sản phẩm của làng nghề lên sàn thương mại điện tử',
    '',
    'Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân xã và Bưu điện văn hóa xã hướng dẫn các hộ sản xuất mở gian hàng, hoàn thành trong Quý II/2027.',
    '',
    '2. Nhiệm vụ thường xuyên',
    '2.1. Cập nhật bản tin chuyển đổi số trên loa truyền thanh',
    'Đơn vị chủ trì: Trung tâm Văn hóa, Thể thao và Truyền thông.',
    'Đơn vị phối hợp: Các thôn.',
    'Thời gian: Hằng tuần.',
    '2.2. Rà soát tài khoản định danh của người cao tuổi',
    '2.3. Đơn vị chủ trì: Công an xã.',
    '2.4. Thời gian thực hiện: Quý III/2027.',
  ].join('\n');
  const got = plan(body).tasks;
  assert.deepEqual(got.map((t) => `${t.lead} | ${t.coordinating.join('; ')} | ${t.timeframe}`), [
    'Phòng Kinh tế | Hội Nông dân; Bưu điện văn hóa | Quý II/2027',
    'Trung tâm Văn hóa, Thể thao và Truyền thông | Các thôn | Hằng tuần',
    'Công an xã |  | Quý III/2027',
  ]);
  assert.deepEqual(got.map((t) => t.title), [
    'Đưa sản phẩm của làng nghề lên sàn thương mại điện tử',
    'Cập nhật bản tin chuyển đổi số trên loa truyền thanh',
    'Rà soát tài khoản định danh của người cao tuổi',
  ]);
});

test('tasks: a space-aligned table whose header the scan misread ("Cho trì") and a unit name cut short', () => {
  const body = [
    'IV. PHÂN CÔNG',
    'TT Nhiệm vụ Cho trì Phối hợp Thời gian',
    '1 Lắp camera an ninh tại Phòng Kinh tế, Hạ Công an xã Quý I/',
    '2028',
    'các ngã ba tầng vaDo thi',
    '2 Cài ứng dụng cho người dân Công an xã Các thôn Hằng quý',
    '',
    'V. KINH PHÍ',
  ].join('\n');
  assert.deepEqual(plan(body).tasks.map((t) => `${t.lead} | ${t.timeframe}`), ['Phòng Kinh tế, Hạ tầng và Đô thị | Quý I/2028', 'Công an xã | Hằng quý']);
});

test('tasks: a quarter whose numeral the page wrapped to the next line, on OCR text', async () => {
  const { analyzeText } = await import('./analyze-text.ts');
  const doc = ['KE HOACH', 'Thu nghiem', '', 'III. NHIEM VU', '1. Mo lop tin hoc cho thieu nhi', '', 'Doan Thanh nien chu tri, phoi hop voi cac truong hoc to chuc trong Quy', 'IIT/2027.'].join('\n');
  assert.deepEqual(analyzeText(doc).result.tasks.map((t) => `${t.lead} | ${t.timeframe}`), ['Đoàn Thanh niên | Quý III/2027']);
});

test('targets: a row-per-year table after a number column, rows led by "Năm …"', () => {
  const body = [
    'II. MỤC TIÊU',
    'STT | Năm | Tỷ lệ trường học dùng sổ liên lạc điện tử (%) | Số tuyến phố có camera',
    '1 | Năm 2027 | 50 | 3',
    '2 | Năm 2030 | 100 | 8',
    '',
    'III. NHIỆM VỤ',
  ].join('\n');
  assert.deepEqual(targets(body), ['2027:50%', '2027:3 tuyến', '2030:100%', '2030:8 tuyến']);
});

test('tasks: a grid drawn with "+---+" rules, a rule lost where the page broke a row, a header over two lines', () => {
  const grid = [
    'IV. PHÂN CÔNG',
    '+----+----------------------+--------------+-------------+------------+',
    '| TT | Nhiệm vụ             | Chủ trì      | Phối hợp    | Thời gian  |',
    '+----+----------------------+--------------+-------------+------------+',
    '| 1  | Số hóa sổ địa chính  | Phòng Kinh tế | Các thôn   | Quý I/2028 |',
    '+----+----------------------+--------------+-------------+------------+',
    '| 2  | Tập huấn cho đoàn    | Đoàn Thanh   | Các chi hội | Hằng năm   |',
    '|    | viên                 | niên         |             |            |',
    '+----+----------------------+--------------+-------------+------------+',
    'Các đơn vị chủ động bố trí nhân lực để thực hiện các nhiệm vụ nêu trên.',
  ].join('\n');
  assert.deepEqual(tasks(grid), ['Phòng Kinh tế | Các thôn | Quý I/2028', 'Đoàn Thanh niên | Các chi hội | Hằng năm']);
  // The rule between the lead and the next cell lost at a line break: the break before a
  // capital puts it back when the row is short of cells.
  const broken = [
    'IV. PHÂN CÔNG',
    'TT | Nội dung | Chủ trì | Phối hợp | Thời gian',
    '1 | Rà soát hộ nghèo trên phần mềm quản lý | Phòng Văn hóa - Xã hội',
    'Các thôn | Quý II/2028',
  ].join('\n');
  assert.deepEqual(tasks(broken), ['Phòng Văn hóa - Xã hội | Các thôn | Quý II/2028']);
  const twoLines = [
    'IV. PHÂN CÔNG',
    'TT    Nội dung               Đơn vị           Đơn vị         Thời gian',
    '                             chủ trì          phối hợp       hoàn thành',
    '1     Mở chuyên mục hỏi      Văn phòng HĐND   Công an xã     Quý III/2028',
    '      đáp trực tuyến         và UBND',
    '',
    'STT | Nội dung | Đơn vị | Đơn vị | Thời gian',
    '| | chủ trì | phối hợp | thực hiện',
    '1 | Lắp wifi tại nhà văn hóa | Phòng Kinh tế | Các thôn | Năm 2028',
  ].join('\n');
  assert.deepEqual(tasks(twoLines), ['Phòng Kinh tế | Các thôn | Năm 2028', 'Văn phòng HĐND và UBND | Công an xã | Quý III/2028']);
});

test('tasks: a quarter the repair gave the wrong tone ("Quỳ II/2027") is "Quý II/2027"', async () => {
  const { repairVietnamese } = await import('#src/core/vietnamese/repair.ts');
  assert.match(repairVietnamese('Thoi gian thuc hien: Quỳ II/2027.').text, /Quý II\/2027/);
});

test('vie-model scan damage: a year row with a lost rule or run-together cells, "TT:" in a header, a doubled slash, a speck cell', async () => {
  const goals = [
    'II. MỤC TIÊU',
    'Năm | Số thôn có điểm wifi | Lớp tập huấn kỹ năng số',
    '(lớp)',
    '2027 4 |6',
    '202859',
    '2029|7|8',
    '',
    'III. NHIỆM VỤ',
  ].join('\n');
  // "202859" (cells run together) is neither a row nor part of the header; "(lớp)" is.
  assert.deepEqual(targets(goals), ['2027:4 thôn', '2027:6 lớp', '2029:7 thôn', '2029:8 lớp']);
  const table = [
    'KẾ HOẠCH',
    'Thử nghiệm',
    '',
    'IV. PHÂN CÔNG',
    'TT: Nhiệm vụ Chủ trì Phối hợp Thời gian',
    '1 Số hóa hồ sơ hộ tịch Công an xã Các thôn Quý I1//2028',
    '',
    'STT | Nội dung | Chủ trì | Phối hợp | Thời gian |',
    '| 1 | Lập nhóm Zalo | Phòng Văn hóa - Xã hội | Các | Quý IV/2028 |',
    '| | của thôn | | thôn|_ |',
  ].join('\n');
  const { analyzeText } = await import('./analyze-text.ts');
  assert.deepEqual(analyzeText(table).result.tasks.map((t) => `${t.lead} | ${t.coordinating.join('; ')} | ${t.timeframe}`).sort(), [
    'Công an xã | Các thôn | Quý II/2028',
    'Phòng Văn hóa - Xã hội | Các thôn | Quý IV/2028',
  ]);
});

test('targets: a period column takes its last year; a header and a label the page wrapped', () => {
  const body = [
    'II. MỤC TIÊU',
    'TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Giai đoạn 2026',
    '- 2030',
    '1 | Tỷ lệ người dân trưởng thành có tài khoản thanh toán điện tử đang hoạt động',
    'thường xuyên | % | 50 | 65 | 85',
    '2 | Số điểm giao dịch không dùng tiền mặt | điểm | 4 | 6 | 12',
    '',
    'III. NHIỆM VỤ',
  ].join('\n');
  assert.deepEqual(targets(body), ['2027:50%', '2028:65%', '2030:85%', '2027:4 điểm', '2028:6 điểm', '2030:12 điểm']);
});

test('tasks: a table whose lead column is "Đơn vị thực hiện", rows numbered "1.", a "Thời hạn" column', () => {
  const body = [
    'III. NHIỆM VỤ',
    'STT | Công việc | Đơn vị thực hiện | Thời hạn',
    '1. | Cập nhật bản đồ số các điểm du lịch | Phòng Kinh tế | Quý IV/2027',
    '2. | Tập huấn chữ ký số cho hợp tác xã | Hội Nông dân | Năm 2028',
    '',
    'IV. KINH PHÍ',
  ].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Kinh tế |  | Quý IV/2027', 'Hội Nông dân |  | Năm 2028']);
});

test('targets: bare year columns without rules, and a dated paragraph under the goals heading', () => {
  const body = [
    'II. MỤC TIÊU',
    'Tỷ lệ hộ sản xuất có tem truy xuất nguồn gốc điện tử đạt 75% vào năm',
    '2028; các thôn đều có điểm bán hàng trực tuyến.',
    '',
    'Chỉ tiêu                          2027     2028',
    'Tỷ lệ thôn có loa thông minh      40%      70%',
    'Số camera an ninh                 12       20',
    '',
    'III. NHIỆM VỤ',
  ].join('\n');
  assert.deepEqual(targets(body), ['2028:75%', '2027:40%', '2028:70%', '2027:12 camera', '2028:20 camera']);
});

test('tasks: a recurrence the scan ran into one word ("Hangnam_") is read as written in full (the repair spells it, on the whole text path)', () => {
  const body = ['IV. PHÂN CÔNG', 'TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian', '1 | Rà soát thủ tục hành chính | Văn phòng HĐND và UBND | Các phòng | Hangnam_', '2 | Đăng tin về chuyển đổi số | Phòng Văn hóa - Xã hội | Các thôn | Thuongxuyen'].join('\n');
  const read = analyzeText(`KẾ HOẠCH\nVề việc thử nghiệm\n\n${body}\n`).result;
  assert.deepEqual(read.tasks.map((t) => t.timeframe), ['Hằng năm', 'Thường xuyên']);
});

test('targets: a numbered sentence under the goals that mentions them is an item, dated per clause', () => {
  const body = [
    'III. CHỈ TIÊU',
    '1. Chỉ tiêu theo từng năm:',
    '',
    'TT | Chỉ tiêu | Năm 2026 | Năm 2028',
    '1 | Tỷ lệ hồ sơ nộp trực tuyến | 60% | 80%',
    '',
    '2. Bên cạnh các chỉ tiêu trên, trong năm 2027 phấn đấu 100% tổ dân phố có điểm wifi công cộng',
    '(lắp thêm 03 điểm còn thiếu); đến năm 2030 có ít nhất 70% hộ gia đình dùng ví điện tử.',
    '',
    'IV. NHIỆM VỤ',
  ].join('\n');
  assert.deepEqual(targets(body), ['2026:60%', '2028:80%', '2027:100%', '2030:70%']);
  // On one line the sentence is not a row of the table above it.
  assert.deepEqual(targets(body.replace('công cộng\n(lắp', 'công cộng (lắp')), ['2026:60%', '2028:80%', '2027:100%', '2030:70%']);
});

test('targets: a count in brackets beside a figure explains it; it is a target when it stands alone', () => {
  const body = ['II. MỤC TIÊU', '- Trong năm 2026, phấn đấu 100% thôn có Tổ công nghệ số (hiện còn 04 thôn chưa có).', '- Năm 2027 (tối thiểu 05 lớp tập huấn).', '', 'III. NHIỆM VỤ'].join('\n');
  assert.deepEqual(targets(body), ['2026:100%', '2027:5 lớp']);
});

test('targets: a bullet under a year line ends where an item led by its own year begins', () => {
  const body = [
    'II. MỤC TIÊU',
    'Đến hết năm 2026:',
    '- Tối thiểu 90% hồ sơ thủ tục hành chính được xử lý trực tuyến.',
    '- Trên 70% người dân trưởng thành có tài khoản định danh điện tử.',
    'Đến năm 2030, có trên 95% hộ gia đình dùng thanh toán không tiền mặt và tối thiểu 12 điểm wifi công cộng.',
    '',
    'III. NHIỆM VỤ',
  ].join('\n');
  assert.deepEqual(targets(body), ['2026:90%', '2026:70%', '2030:95%', '2030:12 điểm']);
});

test('targets: units of two words and units with a comma are read whole', () => {
  const body = ['II. MỤC TIÊU', '- Năm 2027: mở ít nhất hai chuyên mục mới; đăng tối thiểu 150 tin, bài mỗi năm.', '', 'III. NHIỆM VỤ'].join('\n');
  assert.deepEqual(targets(body), ['2027:2 chuyên mục', '2027:150 tin, bài']);
});

test('targets: a ruled row whose values are written in words; a row without values does not end the table', () => {
  const body = [
    'II. MỤC TIÊU CỤ THỂ',
    '| Chỉ tiêu | Đơn vị tính | 2026 | 2027 | 2030 |',
    '| Số lớp tập huấn kỹ năng số | lớp | hai | ba | bốn |',
    '| Ghi chú: số liệu cộng dồn | | | | |',
    '| Số tin, bài đăng tải | tin, bài | 100 | 120 | 150 |',
    '',
    'III. NHIỆM VỤ',
  ].join('\n');
  assert.deepEqual(targets(body), ['2026:2 lớp', '2027:3 lớp', '2030:4 lớp', '2026:100 tin, bài', '2027:120 tin, bài', '2030:150 tin, bài']);
});

test('tasks: field lines opened by a letter ("a) Chủ trì:", "b) Phối hợp:") are separate fields', () => {
  const body = [
    'III. NHIỆM VỤ',
    '1. Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng',
    'a) Chủ trì: Đoàn Thanh niên xã.',
    'b) Phối hợp: Hội Liên hiệp Phụ nữ xã; các thôn.',
    'c) Thời hạn: Hằng quý.',
  ].join('\n');
  assert.deepEqual(tasks(body), ['Đoàn Thanh niên | Hội Liên hiệp Phụ nữ; các thôn | Hằng quý']);
});

test('tasks: a prose task ends its partners at the verb and takes a completion date as its timeframe', () => {
  const body = [
    'III. NHIỆM VỤ VÀ GIẢI PHÁP',
    '1. Văn phòng HĐND và UBND xã chủ trì, phối hợp với các đơn vị liên quan xây dựng chuyên mục về chuyển đổi số trên Trang thông tin điện tử xã, hoàn thành trước ngày 30/9/2026.',
    '2. Giao Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân xã và các hợp tác xã hướng dẫn người dân bán nông sản trên sàn thương mại điện tử, hoàn thành trong quý III/2026.',
  ].join('\n');
  assert.deepEqual(tasks(body), ['Văn phòng HĐND và UBND | các đơn vị liên quan | trước ngày 30/9/2026', 'Phòng Kinh tế | Hội Nông dân; các hợp tác xã | quý III/2026']);
});

test('tasks: a unit given a standing duty without partners or time is no task; the next numbered item is not part of it', () => {
  const body = [
    'V. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Văn hóa - Xã hội chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.',
    '2. Các đơn vị báo cáo kết quả về Ủy ban nhân dân xã trước ngày 10/12 hằng năm; tổng kết giai đoạn trước ngày 15/11/2030.',
  ].join('\n');
  assert.deepEqual(tasks(body), []);
});

test('targets: a period line dates what follows by its last year; a goals sub-heading ending in its year dates its bullets', () => {
  const period = ['II. MỤC TIÊU', '1. Trong năm 2026:', '- Tổ chức 03 lớp tập huấn kỹ năng số.', '2. Giai đoạn 2026 - 2030:', '- Trên 85% hộ gia đình dùng nền tảng số.', '', 'III. NHIỆM VỤ'].join('\n');
  assert.deepEqual(targets(period), ['2026:3 lớp', '2030:85%']);
  const heading = ['I. MỤC TIÊU', '1. Mục tiêu chung: nâng cao nhận thức.', '2. Mục tiêu cụ thể năm 2027', '+ 90% thôn có loa truyền thanh thông minh.', '+ Sản xuất 04 video tuyên truyền.', '', 'II. NHIỆM VỤ'].join('\n');
  assert.deepEqual(targets(heading), ['2027:90%', '2027:4 video']);
});

test('tasks: lettered items end a field value; a blank line and prose end a task table', () => {
  const lettered = [
    'III. NHIỆM VỤ',
    'a) Tổ chức ngày hội chuyển đổi số.',
    'Đơn vị chủ trì: Đoàn Thanh niên; thời gian: tháng 9/2026.',
    'b) Số hóa hồ sơ lưu trữ.',
    'Đơn vị chủ trì: Văn phòng HĐND và UBND; thời gian: năm 2027.',
  ].join('\n');
  assert.deepEqual(tasks(lettered), ['Đoàn Thanh niên |  | tháng 9/2026', 'Văn phòng HĐND và UBND |  | năm 2027']);
  const table = ['III. NHIỆM VỤ', '| TT | Nội dung | Chủ trì | Thời gian |', '|---|---|---|---|', '| 1 | Rà soát tổ công nghệ số | Phòng Văn hóa - Xã hội | Hằng quý |', '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.'].join('\n');
  assert.deepEqual(tasks(table), ['Phòng Văn hóa - Xã hội |  | Hằng quý']);
});

test('tasks: the lead and time in brackets after the title', () => {
  const body = ['III. NHIỆM VỤ', '1. Cập nhật tin, bài về chuyển đổi số (Văn phòng HĐND và UBND chủ trì; hằng tuần).', '2. Tập huấn cho tổ công nghệ số cộng đồng (Phòng Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên; Quý III/2026).'].join('\n');
  assert.deepEqual(tasks(body), ['Văn phòng HĐND và UBND |  | hằng tuần', 'Phòng Văn hóa - Xã hội | Đoàn Thanh niên | Quý III/2026']);
  assert.equal(plan(body).tasks[0]!.title, 'Cập nhật tin, bài về chuyển đổi số');
});

test('tasks in the prose of the organisation part: a unit and a colon, a unit heading with its work under it, "Giao …", a time-led roadmap', () => {
  const colon = [
    'V. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Văn hóa - Xã hội: là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.',
    '2. Trạm Y tế xã: hướng dẫn người dân dùng sổ sức khỏe điện tử; thời gian: từ quý II/2026.',
    '3. Văn phòng HĐND và UBND xã: bảo đảm kinh phí cho các hoạt động.',
  ].join('\n');
  // The standing role and the funding are no task.
  assert.deepEqual(tasks(colon), ['Trạm Y tế |  | từ quý II/2026']);
  const headed = ['IV. TỔ CHỨC THỰC HIỆN', '1. Hội Nông dân xã', '- Vận động hội viên bán nông sản trên sàn thương mại điện tử (năm 2026).', '2. Công an xã', '- Tuyên truyền phòng, chống lừa đảo (hằng quý).'].join('\n');
  assert.deepEqual(tasks(headed), ['Hội Nông dân |  | năm 2026', 'Công an xã |  | hằng quý']);
  const prose = ['III. NHIỆM VỤ', 'Giao Đoàn Thanh niên xã thành lập đội hình hỗ trợ kỹ năng số, hoàn thành trong quý III/2026. Ủy ban nhân dân xã tổng hợp kết quả trong tháng 12/2026.'].join('\n');
  // The commune's own committee is no unit given a task.
  assert.deepEqual(tasks(prose), ['Đoàn Thanh niên |  | quý III/2026']);
  const roadmap = ['PHỤ LỤC: LỘ TRÌNH THỰC HIỆN', 'Quý I/2026 – Phòng Kinh tế: rà soát vùng lõm sóng.', 'Quý II/2026 – Hội LHPN xã: tập huấn bán hàng trực tuyến.'].join('\n');
  assert.deepEqual(tasks(roadmap), ['Phòng Kinh tế |  | Quý I/2026', 'Hội Liên hiệp Phụ nữ |  | Quý II/2026']);
});

test('tasks: a spaced table with no number column, and short forms of the standard units', () => {
  const body = [
    'III. NHIỆM VỤ',
    'Nhiệm vụ                              Đơn vị chủ trì          Thời gian',
    'Tập huấn kỹ năng số cho tổ trưởng     Phòng VH-XH             Quý II/2026',
    'Lắp wifi tại nhà văn hóa              TT PVHCC                Năm 2026',
  ].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Văn hóa - Xã hội |  | Quý II/2026', 'Trung tâm Phục vụ hành chính công |  | Năm 2026']);
});

test('targets: a label line or lettered heading opens the goals; years per comma clause; figures of past years are no targets', () => {
  const dated = (body: string) =>
    extractFromText(`Số: 12/KH-UBND     Thử, ngày 20 tháng 11 năm 2025\nKẾ HOẠCH\nVề việc thử nghiệm\n\n${body}\n`).targets.map((t) => `${t.year}:${t.value}${t.unit === '%' ? '%' : ` ${t.unit}`}`);
  const label = ['Chỉ tiêu năm 2026:', '+ Phát sóng ít nhất 48 chương trình chuyên đề.', '+ Tỷ lệ hồ sơ nộp trực tuyến đạt trên 70%.'].join('\n');
  assert.deepEqual(dated(label), ['2026:48 chương trình', '2026:70%']);
  const lettered = ['b) Mục tiêu cụ thể', 'Tỷ lệ hộ có thành viên dùng ví điện tử: năm 2026 đạt 40%, năm 2027 đạt 55% và năm 2030 đạt 80%.'].join('\n');
  assert.deepEqual(dated(lettered), ['2026:40%', '2027:55%', '2030:80%']);
  // The present state and a comparison with a past year, beside the plan's own targets.
  const past = ['II. MỤC TIÊU', 'Năm 2025, tỷ lệ hồ sơ trực tuyến của xã đạt 52%. Phấn đấu năm 2026 tỷ lệ này đạt 70% (năm 2024 đạt 38%).'].join('\n');
  assert.deepEqual(dated(past), ['2026:70%']);
  // "Năm 2025:" as a label in a plan of 2025 sets targets.
  assert.deepEqual(dated(['II. MỤC TIÊU', '1. Năm 2025: 100% thôn có tổ công nghệ số.'].join('\n')), ['2025:100%']);
});

test('a column table with tab-separated cells and numbered rows (also after OCR put spaces for the tabs); "Nhiệm vụ N." over its fields', () => {
  const tabbed = ['III. CHỈ TIÊU CỤ THỂ', 'Chỉ tiêu\tĐơn vị tính\tNăm 2026\tNăm 2027', '1. Tỷ lệ hồ sơ nộp trực tuyến\t%\t80\t90', '2. Số lớp tập huấn kỹ năng số\tlớp\t6\t8', '', 'IV. NHIỆM VỤ'].join('\n');
  assert.deepEqual(targets(tabbed), ['2026:80%', '2027:90%', '2026:6 lớp', '2027:8 lớp']);
  const spaced = ['III. CHỈ TIÊU CỤ THỂ', 'Chỉ tiêu Đơn vị tính Năm 2026 Năm 2027', '1. Tỷ lệ hồ sơ nộp trực tuyến % 80 90', '2. Tỷ lệ hộ dùng ví điện tử % 40', '55', '', 'IV. NHIỆM VỤ'].join('\n');
  assert.deepEqual(targets(spaced), ['2026:80%', '2027:90%', '2026:40%', '2027:55%']);
  const named = ['IV. NHIỆM VỤ', 'Nhiệm vụ 1. Số hóa hồ sơ lưu trữ.', '    Đơn vị thực hiện: Văn phòng HĐND và UBND.', '    Thời gian thực hiện: Năm 2026.', 'Nhiệm vụ 2. Mở lớp kỹ năng số.', '    Đơn vị thực hiện: Đoàn Thanh niên.', '    Thời gian thực hiện: Hằng năm.'].join('\n');
  assert.deepEqual(tasks(named), ['Văn phòng HĐND và UBND |  | Năm 2026', 'Đoàn Thanh niên |  | Hằng năm']);
  assert.equal(plan(named).tasks[1]!.title, 'Mở lớp kỹ năng số.');
});

test('tasks: the organisation part gives units standing duties; with no time stated (a programme named "… đến năm 2030" is none) they are no task', () => {
  const body = [
    'IV. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Văn hóa - Xã hội xã',
    '- Chủ trì, phối hợp với các ban, ngành tổ chức thực hiện Kế hoạch này bảo đảm thường xuyên, kịp thời.',
    '- Tham mưu tuyên truyền Chiến lược chuyển đổi số quốc gia đến năm 2030 đến cán bộ, người dân.',
    '2. Tổ chức tuyên truyền trên hệ thống truyền thanh.',
    '3. Trung tâm Phục vụ hành chính công: hướng dẫn người dân dùng dịch vụ công trực tuyến.',
    '',
    'Trên đây là Kế hoạch của Ủy ban nhân dân xã, giai đoạn đến năm 2030.',
  ].join('\n');
  assert.deepEqual(tasks(body), []);
});
