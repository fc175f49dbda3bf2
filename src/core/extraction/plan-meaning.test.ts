// Plan task readers that go by meaning rather than exact words: table headers known by what their
// columns hold, field labels of other wordings, kinds of bodies whose names have lower-case words,
// timeframes of more shapes. Every line here was written for this test (none comes from a seed,
// a bank or a labelled fixture); each rule has a near miss.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from './analyze-text.ts';
import { withNamedLeads } from './plan.ts';

const doc = (body: string) => `ỦY BAN NHÂN DÂN\nXÃ THỬ NGHIỆM\nSố: 31/KH-UBND\nThử Nghiệm, ngày 14 tháng 10 năm 2025\n\nKẾ HOẠCH\nThử nghiệm đọc kế hoạch\n\n${body}\n\nNơi nhận:\n- Lưu: VT.\n`;
// (A unit's trailing level word is left out, as the scorer leaves it out: "Bưu điện xã" = "Bưu điện".)
const unit = (u: string | null) => (u ?? '').replace(/\s+xã$/u, '');
const tasks = (body: string) => analyzeText(doc(body)).result.tasks.map((t) => `${unit(t.lead)} | ${t.coordinating.map(unit).join('; ')} | ${t.timeframe}`);

test('a ruled task table is known by its columns’ meaning: "Giải pháp", "Trách nhiệm", "Mốc thời gian"', () => {
  const body = [
    'III. GIẢI PHÁP VÀ PHÂN CÔNG',
    '| TT | Giải pháp | Trách nhiệm | Đơn vị hỗ trợ | Mốc thời gian |',
    '|---|---|---|---|---|',
    '| 1 | Đặt hộp thư góp ý điện tử tại nhà văn hóa | Trạm Y tế xã | Các xóm | Tháng 7/2028 |',
    '| 2 | Sửa chữa loa ở xóm Đồi | Ban quản lý công trình | Phòng Kinh tế | 6 tháng cuối năm 2028 |',
  ].join('\n');
  assert.deepEqual(tasks(body), ['Trạm Y tế | Các xóm | Tháng 7/2028', 'Ban quản lý công trình | Phòng Kinh tế | 6 tháng cuối năm 2028']);
  // Near miss: a table of results whose columns name no one who answers for the work is no task table.
  const results = ['III. KẾT QUẢ', '| TT | Giải pháp | Kết quả | Ghi chú |', '|---|---|---|---|', '| 1 | Đặt hộp thư góp ý điện tử | Đã xong | Trạm Y tế xã |'].join('\n');
  assert.deepEqual(tasks(results), []);
});

test('a bare "Đơn vị" column beside the work and its time is the lead; "Đơn vị tính" is not', () => {
  const body = ['III. NHIỆM VỤ', '| STT | Nội dung | Đơn vị | Thời gian |', '|---|---|---|---|', '| 1 | Kiểm tra đường truyền ở trạm bơm | Công an xã | Quý I/2028 |'].join('\n');
  assert.deepEqual(tasks(body), ['Công an |  | Quý I/2028']);
  const measure = ['III. NHIỆM VỤ', '| STT | Nội dung | Đơn vị tính | Thời gian |', '|---|---|---|---|', '| 1 | Kiểm tra đường truyền ở trạm bơm | trạm | Quý I/2028 |'].join('\n');
  assert.deepEqual(tasks(measure), []);
});

test('a tab-separated task table gives each cell its column; the time cell is read whole', () => {
  const body = ['III. NHIỆM VỤ', 'TT\tViệc cần làm\tĐơn vị chịu trách nhiệm\tPhối hợp\tTiến độ', '1\tLập nhóm hỏi đáp của xóm\tBan Chỉ huy Quân sự xã\tCác xóm\tTừ tháng 5/2028'].join('\n');
  assert.deepEqual(tasks(body), ['Ban Chỉ huy Quân sự | Các xóm | Từ tháng 5/2028']);
  // Near miss: a row whose lead cell names no body gives no task.
  const noBody = ['III. NHIỆM VỤ', 'TT\tViệc cần làm\tĐơn vị chịu trách nhiệm\tPhối hợp\tTiến độ', '1\tLập nhóm hỏi đáp của xóm\tchưa phân công\tCác xóm\tTừ tháng 5/2028'].join('\n');
  assert.deepEqual(tasks(noBody), []);
});

test('field labels "Trách nhiệm:", "Đơn vị phụ trách:", "Hoàn thành:" and "Thực hiện:" after a sentence', () => {
  const body = [
    'III. NHIỆM VỤ',
    '1. Lắp biển chỉ dẫn mã QR tại bến đò.',
    'Trách nhiệm: Phòng Kinh tế; phối hợp: Bưu điện xã. Hoàn thành: Quý IV/2028.',
    '2. Chụp ảnh tư liệu lễ hội làng. Thực hiện: Đoàn Thanh niên xã chủ trì, phối hợp Hội Nông dân xã. Thời gian: tháng 2/2028.',
  ].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Kinh tế | Bưu điện | Quý IV/2028', 'Đoàn Thanh niên | Hội Nông dân | tháng 2/2028']);
  // Near miss: "thực hiện:" inside a sentence ("… cần thực hiện: …") labels no lead.
  const inside = ['III. NHIỆM VỤ', '1. Mỗi hộ cần thực hiện: Phòng Kinh tế hướng dẫn cách quét mã. Thời gian: tháng 2/2028.'].join('\n');
  assert.deepEqual(tasks(inside), []);
});

test('fields inside a bracket end before its closing bracket', () => {
  const body = ['III. NHIỆM VỤ', '1. Tổ chức phiên chợ nông sản trực tuyến (Chủ trì: Hội Nông dân xã; thời gian: tháng 9/2028).'].join('\n');
  assert.deepEqual(tasks(body), ['Hội Nông dân |  | tháng 9/2028']);
});

test('a kind of body whose name has lower-case words is named whole; timeframes of more shapes', () => {
  const body = [
    'IV. TỔ CHỨC THỰC HIỆN',
    '1. Giao Trạm Y tế xã hướng dẫn người dân đặt lịch tiêm chủng trực tuyến, hoàn thành trong 6 tháng đầu năm 2028.',
    '2. Giao Hội Người cao tuổi xã vận động hội viên học dùng điện thoại thông minh trong quý II năm 2028.',
  ].join('\n');
  assert.deepEqual(tasks(body), ['Trạm Y tế |  | 6 tháng đầu năm 2028', 'Hội Người cao tuổi |  | quý II năm 2028']);
  // Near miss: a body's name stops before the verb of its work (no lower-case word outside a known kind).
  const other = ['IV. TỔ CHỨC THỰC HIỆN', '1. Giao Phòng Kinh tế hướng dẫn người dân bán hàng trực tuyến trong tháng 8 năm 2028.'].join('\n');
  assert.deepEqual(tasks(other), ['Phòng Kinh tế |  | tháng 8 năm 2028']);
});

// ---- what the scan does to lists ----

const targets = (body: string) => analyzeText(doc(body)).result.targets.map((t) => `${t.year}:${t.value} ${t.unit}`);

test('a field label the page broke over two lines still labels its value', () => {
  const body = ['III. NHIỆM VỤ', '1. Lập sổ tay hướng dẫn ký số cho các xóm. Cơ quan chủ', 'trì: Phòng Kinh tế. Thời hạn: Quý III/2028.'].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Kinh tế |  | Quý III/2028']);
  // Near miss: a line ending in the word "chủ" followed by a line with no colon labels nothing.
  const prose = ['III. NHIỆM VỤ', '1. Lập sổ tay hướng dẫn ký số cho các xóm do người dân làm chủ', 'trì hoãn việc này đến năm sau.'].join('\n');
  assert.deepEqual(tasks(prose), []);
});

test('a bordered target row whose unit cell the page wrapped is read as one row', () => {
  const body = [
    'II. CHỈ TIÊU',
    '| STT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 |',
    '|---|---|---|---|---|',
    '| 1 | Số buổi phát thanh về an toàn mạng | buổi phát',
    'thanh | 20 | 24 |',
  ].join('\n');
  assert.deepEqual(targets(body), ['2027:20 buổi phát thanh', '2028:24 buổi phát thanh']);
  // Near miss: rows of a table without outer borders are all "open"; each stays its own row.
  const open = ['II. CHỈ TIÊU', 'Chỉ tiêu | 2027 | 2028', 'Buổi phát thanh về an toàn mạng | 20 buổi | 24 buổi', 'Tỷ lệ xóm có loa | 80% | 90%'].join('\n');
  assert.deepEqual(targets(open), ['2027:20 buổi', '2028:24 buổi', '2027:80 %', '2028:90 %']);
});

test('a quarter whose mark went wrong and a school read as its head keep their names', () => {
  const body = ['III. NHIỆM VỤ', '| TT | Nhiệm vụ | Chủ trì | Thời gian |', '|---|---|---|---|', '| 1 | Dạy kỹ năng số cho học sinh | Trưởng THCS Bến Đò | Quỳ II/2028 |'].join('\n');
  assert.deepEqual(tasks(body), ['Trường THCS Bến Đò |  | Quý II/2028']);
  // Near miss: "Trưởng thôn" is a person's role and stays as written.
  const head = ['III. NHIỆM VỤ', '| TT | Nhiệm vụ | Chủ trì | Thời gian |', '|---|---|---|---|', '| 1 | Dạy kỹ năng số cho học sinh | Trưởng thôn Bến Đò | Quý II/2028 |'].join('\n');
  assert.deepEqual(tasks(head), ['Trưởng thôn Bến Đò |  | Quý II/2028']);
});

// ---- forms of unseen plans ----

test('a standard name keeps the document’s dash; a trailing proper name is no level word', () => {
  const body = ['III. NHIỆM VỤ', '| TT | Nhiệm vụ | Chủ trì | Thời gian |', '|---|---|---|---|', '| 1 | In tờ gấp | Phòng Văn hóa – Xã hội | Quý I/2028 |', '| 2 | Dạy tin học | Trường THCS Thanh Phương | Quý II/2028 |'].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Văn hóa – Xã hội |  | Quý I/2028', 'Trường THCS Thanh Phương |  | Quý II/2028']);
  // Near miss: a lower-case level word after the name is still dropped.
  const level = ['III. NHIỆM VỤ', '| TT | Nhiệm vụ | Chủ trì | Thời gian |', '|---|---|---|---|', '| 1 | In tờ gấp | Phòng Kinh tế phường | Quý I/2028 |'].join('\n');
  assert.deepEqual(tasks(level), ['Phòng Kinh tế |  | Quý I/2028']);
});

test('short forms of bodies are written out (HTX, Phòng KT, Hội ND, Trường MN / THPT / TH&THCS); THCS stays', () => {
  const body = [
    'III. PHÂN CÔNG',
    '1. HTX Rau sạch Đồng Tâm chủ trì mở gian hàng trực tuyến; thời gian: Quý II/2028.',
    '2. Phòng KT chủ trì, phối hợp Hội ND xã xây dựng bản đồ vùng trồng; thời gian: năm 2028.',
    '3. Trường MN Hoa Sen chủ trì, phối hợp Trường THCS Đồng Tâm triển khai sổ liên lạc điện tử; thời gian: tháng 9/2028.',
  ].join('\n');
  assert.deepEqual(tasks(body), ['Hợp tác xã Rau sạch Đồng Tâm |  | Quý II/2028', 'Phòng Kinh tế | Hội Nông dân | năm 2028', 'Trường Mầm non Hoa Sen | Trường THCS Đồng Tâm | tháng 9/2028']);
});

test('fields written time first belong to the task whose lead follows', () => {
  const body = ['III. NHIỆM VỤ', '1. Lắp wifi ở chợ phiên.', 'Thời gian: Quý I/2028 – Đơn vị chủ trì: Phòng Kinh tế – Đơn vị phối hợp: Ban quản lý chợ.', '2. Mở lớp ký số.', 'Thời gian: Quý II/2028 – Đơn vị chủ trì: Công an xã.'].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Kinh tế | Ban quản lý chợ | Quý I/2028', 'Công an |  | Quý II/2028']);
});

test('several units’ work in one paragraph, each after its name and a colon', () => {
  const body = ['IV. TỔ CHỨC THỰC HIỆN', 'Giao Phòng Kinh tế: lập bản đồ số các trang trại, hoàn thành trong quý II/2028; Trạm Y tế xã: nhắn tin nhắc lịch tiêm, thời gian: hằng tháng.'].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Kinh tế |  | quý II/2028', 'Trạm Y tế |  | hằng tháng']);
  // Near miss: a semicolon before a capitalised phrase that names no body splits nothing.
  const one = ['IV. TỔ CHỨC THỰC HIỆN', 'Giao Phòng Kinh tế: lập bản đồ số các trang trại; Lưu ý: hoàn thành trong quý II/2028.'].join('\n');
  assert.deepEqual(tasks(one), ['Phòng Kinh tế |  | quý II/2028']);
});

test('the lead and time in a bracket closing the item; a bracket without a body’s role is none', () => {
  const body = ['III. CÁC HOẠT ĐỘNG', '- In sổ tay ký số cho hộ kinh doanh (Bưu điện xã thực hiện, Phòng Kinh tế phối hợp; Quý III/2028).'].join('\n');
  assert.deepEqual(tasks(body), ['Bưu điện |  | Quý III/2028']);
  const aside = ['III. CÁC HOẠT ĐỘNG', '- In sổ tay ký số cho hộ kinh doanh (Bưu điện xã có sẵn mẫu; Quý III/2028).'].join('\n');
  assert.deepEqual(tasks(aside), []);
});

test('rows with no header: a unit first and a time last', () => {
  const body = ['3. Phân công', 'Trạm Y tế xã\tNhắn tin nhắc lịch khám\tHằng tháng', 'Công an xã\tCảnh báo lừa đảo trên nhóm Zalo\tQuý II/2028'].join('\n');
  assert.deepEqual(tasks(body), ['Trạm Y tế |  | Hằng tháng', 'Công an |  | Quý II/2028']);
  // Near miss: a row whose first cell is no body gives nothing.
  const other = ['3. Phân công', 'Nhắn tin nhắc lịch khám\tTrạm Y tế xã\tHằng tháng'].join('\n');
  assert.deepEqual(tasks(other), []);
});

test('a numbered heading naming bodies opens their work; one stating their work is an item', () => {
  const body = ['5. Đối với nhà trường', '- Trường Tiểu học Đồng Tâm: mở câu lạc bộ robot; thời gian: năm học 2027 - 2028.'].join('\n');
  assert.deepEqual(tasks(body), ['Trường Tiểu học Đồng Tâm |  | năm học 2027 - 2028']);
  // Near miss: without such a heading (or a task part) the line is not read as work.
  const loose = ['5. Kết quả của nhà trường', '- Trường Tiểu học Đồng Tâm: mở câu lạc bộ robot; thời gian: năm học 2027 - 2028.'].join('\n');
  assert.deepEqual(tasks(loose), []);
});

test('under a unit’s heading outside the organisation part, work without a time is one task; inside it, none', () => {
  const body = ['2. Phân công từng đơn vị', '2.1. Công an xã (chủ trì):', '- Lập nhóm cảnh báo lừa đảo;', '- Dán mã QR báo tin ở các xóm.'].join('\n');
  assert.deepEqual(tasks(body), ['Công an |  | null']);
  const duty = ['V. TỔ CHỨC THỰC HIỆN', '1. Công an xã', '- Lập nhóm cảnh báo lừa đảo;', '- Dán mã QR báo tin ở các xóm.'].join('\n');
  assert.deepEqual(tasks(duty), []);
});

// ---- targets ----

test('a table of one row per year to come holds targets outside the goals; one with a past year does not', () => {
  const body = ['III. LỘ TRÌNH', '| Năm | Số lớp | Tỷ lệ hộ có ví điện tử (%) |', '|---|---|---|', '| 2027 | 05 | 60 |', '| 2028 | 07 | 75 |'].join('\n');
  assert.deepEqual(targets(body), ['2027:5 lớp', '2027:60 %', '2028:7 lớp', '2028:75 %']);
  const past = ['I. TÌNH HÌNH', '| Năm | Số lớp | Tỷ lệ hộ có ví điện tử (%) |', '|---|---|---|', '| 2024 | 03 | 40 |', '| 2027 | 05 | 60 |'].join('\n');
  assert.deepEqual(targets(past), []);
});

test('a column table of years after the plan’s, with a unit column, holds targets outside the goals', () => {
  const body = ['Bảng theo dõi', 'Chỉ tiêu\tĐVT\t2027\t2028\tGhi chú', 'Điểm wifi công cộng\tđiểm\t4\t6\tỞ nhà văn hóa'].join('\n');
  assert.deepEqual(targets(body), ['2027:4 điểm', '2028:6 điểm']);
  // Near miss: the same table with the plan's own year among its columns is a record, not targets.
  const record = ['Bảng theo dõi', 'Chỉ tiêu\tĐVT\t2025\t2026\tGhi chú', 'Điểm wifi công cộng\tđiểm\t4\t6\tỞ nhà văn hóa'].join('\n');
  assert.deepEqual(targets(record), []);
});

test('a clause without its own year keeps the year of the clause before it; an earlier year in brackets is a result', () => {
  const body = ['II. CHỈ TIÊU', 'Năm 2027: 70% hộ có ví điện tử; 100% xóm có loa thông minh. Năm 2028: 85% hộ có ví điện tử (năm 2027 dự kiến 70%); 12 lớp kỹ năng số.'].join('\n');
  assert.deepEqual(targets(body), ['2027:70 %', '2027:100 %', '2028:85 %', '2028:12 lớp']);
});

test('targets quoted from another level’s plan are none; a count after a share is its condition', () => {
  const body = ['II. MỤC TIÊU', 'Đề án của UBND tỉnh đặt mục tiêu tới năm 2031 có 85% xã phát thanh qua loa thông minh. Căn cứ đề án, xã phấn đấu tới năm 2029 có 100% xóm có ít nhất 03 cụm loa thông minh.'].join('\n');
  assert.deepEqual(targets(body), ['2029:100 %']);
  // Near miss: the commune's own count stays a target.
  const own = ['II. MỤC TIÊU', 'Xã phấn đấu tới năm 2029 lắp 14 cụm loa thông minh; 100% xóm nghe được loa.'].join('\n');
  assert.deepEqual(targets(own), ['2029:14 cụm loa', '2029:100 %']);
});

test('another level is the province, the city or the centre, not the commune’s own plan or a word that folds alike', () => {
  // The commune's own document number ("…/KH-UBND") and its own People's Committee are no other level.
  const numbered = ['II. MỤC TIÊU', 'Kế hoạch số 17/KH-UBND phấn đấu tới năm 2028 có 75% hộ kinh doanh dùng mã QR.'].join('\n');
  assert.deepEqual(targets(numbered), ['2028:75 %']);
  const ownBody = ['II. MỤC TIÊU', 'Kế hoạch của UBND xã đặt mục tiêu đến năm 2028 có 75% hộ kinh doanh dùng mã QR.'].join('\n');
  assert.deepEqual(targets(ownBody), ['2028:75 %']);
  // "tình hình", "máy tính" fold to the letters of "tỉnh".
  const situation = ['II. MỤC TIÊU', 'Kế hoạch nhằm cải thiện tình hình dùng mã QR đến năm 2028 có 75% hộ kinh doanh dùng mã QR.'].join('\n');
  assert.deepEqual(targets(situation), ['2028:75 %']);
  const computers = ['II. MỤC TIÊU', 'Kế hoạch trang bị máy tính đến năm 2028 có 100% nhà văn hóa xóm có máy tính kết nối mạng.'].join('\n');
  assert.deepEqual(targets(computers), ['2028:100 %']);
  // Near misses: the province's plan, the city's People's Committee, a province named as the subject
  // (its capital letter read on the text as written), the centre.
  const province = ['II. MỤC TIÊU', 'Kế hoạch số 93/KH-UBND của UBND tỉnh phấn đấu tới năm 2028 có 75% hộ kinh doanh dùng mã QR.'].join('\n');
  assert.deepEqual(targets(province), []);
  const named = ['II. MỤC TIÊU', 'Tỉnh Bình Nguyên phấn đấu tới năm 2028 có 75% hộ kinh doanh dùng mã QR; xã phấn đấu tới năm 2028 có 60% hộ kinh doanh dùng mã QR.'].join('\n');
  assert.deepEqual(targets(named), ['2028:60 %']);
  const city = ['II. MỤC TIÊU', 'UBND thành phố Đông Sơn đặt mục tiêu đến năm 2028 có 75% hộ kinh doanh dùng mã QR.'].join('\n');
  assert.deepEqual(targets(city), []);
  const centre = ['II. MỤC TIÊU', 'Chương trình của Chính phủ đặt mục tiêu tới năm 2031 có 88% người trong độ tuổi lao động dùng điện thoại thông minh.'].join('\n');
  assert.deepEqual(targets(centre), []);
  // A lower-case word after "tình" at a clause's start is no province named.
  const lower = ['II. MỤC TIÊU', 'Tình trạng hồ sơ giấy giảm, đến năm 2028 có 75% hồ sơ nộp trực tuyến.'].join('\n');
  assert.deepEqual(targets(lower), ['2028:75 %']);
});

test('a bracket with an earlier year is a result only when that year can have passed or states what was reached', () => {
  // The plan is dated 2025: a bracketed 2027 between it and the target's year is a step of the plan.
  const step = ['II. MỤC TIÊU', 'Phấn đấu đến năm 2029 đạt 95% hồ sơ nộp trực tuyến (năm 2027 phấn đấu 70%).'].join('\n');
  assert.deepEqual(targets(step), ['2029:95 %', '2027:70 %']);
  // Near misses: the plan's own year in brackets with "đạt" is where the commune stands; a year
  // before the plan's is a result.
  const stands = ['II. MỤC TIÊU', 'Phấn đấu đến năm 2029 đạt 95% hồ sơ nộp trực tuyến (năm 2025 đạt 48%).'].join('\n');
  assert.deepEqual(targets(stands), ['2029:95 %']);
  const before = ['II. MỤC TIÊU', 'Phấn đấu đến năm 2029 đạt 95% hồ sơ được nộp qua mạng (năm 2023 đạt 37%).'].join('\n');
  assert.deepEqual(targets(before), ['2029:95 %']);
});

test('a period or a quarter opening a clause dates it', () => {
  const body = ['II. CHỈ TIÊU', 'Giai đoạn 2027 - 2028, mở 30 lớp kỹ năng số; giai đoạn 2029 - 2030, 100% hộ dùng ví điện tử.', '- Trong quý III/2027, 100% cán bộ xã được cấp chữ ký số.'].join('\n');
  assert.deepEqual(targets(body), ['2028:30 lớp', '2030:100 %', '2027:100 %']);
});

// ---- what the English-model scan does to plan tasks ----

test('the scan’s em dash between times and in a standard name is the en dash the page printed', () => {
  const body = ['III. NHIỆM VỤ', '| TT | Nhiệm vụ | Chủ trì | Thời gian |', '|---|---|---|---|', '| 1 | In tờ gấp | Phòng Văn hóa — Xã hội | Tháng 5 — 7/2028 |'].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Văn hóa – Xã hội |  | Tháng 5 – 7/2028']);
  // Near miss: an em dash between words of a title or a hyphen stays as written.
  const hyphen = ['III. NHIỆM VỤ', '| TT | Nhiệm vụ | Chủ trì | Thời gian |', '|---|---|---|---|', '| 1 | In tờ gấp | Phòng Văn hóa - Xã hội | Tháng 5 - 7/2028 |'].join('\n');
  assert.deepEqual(tasks(hyphen), ['Phòng Văn hóa - Xã hội |  | Tháng 5 - 7/2028']);
});

test('a word read for "trước" before a date, and more time shapes in a table', () => {
  const body = [
    'III. NHIỆM VỤ',
    '| TT | Nhiệm vụ | Chủ trì | Thời gian |',
    '|---|---|---|---|',
    '| 1 | In tờ gấp | Công an xã | Trục 30/6/2028 |',
    '| 2 | Ngày hội sách | Trường Tiểu học Bến Đò | 21/4 hằng năm |',
  ].join('\n');
  assert.deepEqual(tasks(body), ['Công an |  | Trước 30/6/2028', 'Trường Tiểu học Bến Đò |  | 21/4 hằng năm']);
  // Near miss: a word of that shape not before a date is left alone.
  const other = ['III. NHIỆM VỤ', '| TT | Nhiệm vụ | Chủ trì | Thời gian |', '|---|---|---|---|', '| 1 | In tờ gấp | Công an xã | Trục đường chính, năm 2028 |'].join('\n');
  assert.deepEqual(tasks(other), ['Công an |  | Trục đường chính, năm 2028']);
});

test('in an aligned table whose header names the time before the lead, the row’s time precedes its lead', () => {
  const body = ['III. PHÂN CÔNG', 'STT  Nội dung  Thời gian  Đơn vị chủ trì  Đơn vị phối hợp', '', '1  Dạy ký số cho hộ kinh doanh  Quý III/2028', 'Phòng Kinh tế Bưu điện xã'].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Kinh tế |  | Quý III/2028']);
  // Near miss: with the time named after the lead, a year in the title is no time.
  const after = ['III. PHÂN CÔNG', 'STT  Nội dung  Đơn vị chủ trì  Thời gian', '', '1  Tổng kết năm 2027 về ký số', 'Phòng Kinh tế Thường xuyên'].join('\n');
  assert.deepEqual(tasks(after), ['Phòng Kinh tế |  | Thường xuyên']);
});

test('a year-row table whose header lost its gaps is split at its indicators’ names', () => {
  const body = ['III. LỘ TRÌNH', 'Năm Tỷ lệ hộ dùng ví điện tử (%) Tỷ lệ xóm có loa thông minh (%)', '', '2027 75 40', '', '2028 85 55'].join('\n');
  assert.deepEqual(targets(body), ['2027:75 %', '2027:40 %', '2028:85 %', '2028:55 %']);
  // Near miss: a sentence opening with "Năm" and a year is no header.
  const prose = ['III. LỘ TRÌNH', 'Năm 2027 tỷ lệ hộ dùng ví điện tử tăng.', '', '2027 75 40'].join('\n');
  assert.deepEqual(targets(prose), []);
});

test('under a heading of one year, a two-column table of label and value holds that year’s targets', () => {
  const body = ['2. Chỉ tiêu năm 2028 (toàn xã)', '| Nội dung | Mức cần đạt |', '|---|---|', '| Lớp kỹ năng số | 14 lớp |', '| Tỷ lệ hộ có ví điện tử | 70% |'].join('\n');
  assert.deepEqual(targets(body), ['2028:14 lớp', '2028:70 %']);
  // Near miss: a two-column table under a heading without a year gives no year and no target.
  const noYear = ['2. Chỉ tiêu (toàn xã)', '| Nội dung | Mức cần đạt |', '|---|---|', '| Lớp kỹ năng số | 14 lớp |'].join('\n');
  assert.deepEqual(targets(noYear), []);
});

// ---- recommendations of a report ----

const reportDoc = (body: string) => `ỦY BAN NHÂN DÂN\nXÃ THỬ NGHIỆM\nSố: 32/BC-UBND\nThử Nghiệm, ngày 14 tháng 10 năm 2025\n\nBÁO CÁO\nThử nghiệm đọc báo cáo\n\n${body}\n\nNơi nhận:\n- Lưu: VT.\n`;
const askedOf = (body: string) => analyzeText(reportDoc(body)).result.recommendations.map((r) => r.to);

test('"khảo sát" ends an addressee’s name; "TP" is "thành phố"; a sentence holding a request word is no name', () => {
  const asked = askedOf(['5. Đề xuất', 'Đề nghị Viễn thông Vùng Cao khảo sát, lắp thêm trạm phát sóng; đề nghị Công an TP khảo sát các điểm nóng lừa đảo.'].join('\n'));
  assert.deepEqual(asked, ['Viễn thông Vùng Cao', 'Công an thành phố']);
  const framed = askedOf(['4. Kiến nghị', 'Qua thực tiễn, xã Thử Nghiệm kiến nghị Sở Y tế sớm ban hành hướng dẫn.'].join('\n'));
  assert.ok(framed.includes('Sở Y tế'));
  assert.ok(framed.every((to) => !/kiến nghị/u.test(to)));
});

test('a time phrase or a scrap of rules is no lead', () => {
  const body = ['III. NHIỆM VỤ', '| TT | Nhiệm vụ | Chủ trì | Thời gian |', '|---|---|---|---|', '| 1 | In tờ gấp | Quý I/2028 | Công an xã |', '| 2 | Dán mã QR | - f - | Quý II/2028 |', '| 3 | Mở lớp | Công an xã | Quý III/2028 |'].join('\n');
  assert.deepEqual(tasks(body), ['Công an |  | Quý III/2028']);
});

test('a task with no lead stated (null) is kept; a lead that is no name is a misread row', () => {
  const task = (lead: string | null) => ({ title: 'Lập nhóm Zalo của xóm', lead, coordinating: ['Đoàn Thanh niên'], timeframe: 'Quý III/2027' });
  const kept = withNamedLeads([task(null), task('Công an xã'), task('Quý II/2027'), task('3 |'), task('')]);
  assert.deepEqual(kept.map((t) => t.lead), [null, 'Công an xã']);
});
