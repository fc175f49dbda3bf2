// Table header → indicator, notes columns, plan/result headers: tables written for these tests
// (no fixture or bank table), one per failure class of the table banks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFacts } from '../../../tests/support/read-facts.ts';

const facts = (body: string): string[] => readFacts(body, { print: 'qualifier' });
// Read by the whole text path (normalisation and OCR repair first), indicator and value only.
const wholePath = (body: string): string[] => readFacts(body, { wholePath: true, print: 'value' });

test('a total row right under its header is read cell by cell under the header', () => {
  assert.deepEqual(facts('Khu dân cư | Số tổ công nghệ số | Số thành viên\nTổng cộng | 9 | 64'), ['COMMUNITY_TECH_TEAMS=9', 'COMMUNITY_TECH_MEMBERS=64']);
  assert.deepEqual(facts('Đơn vị | Số lớp tập huấn | Số học viên\nToàn phường | 5 | 212'), ['TRAINING_SESSIONS=5', 'TRAINEES=212']);
});

test('a value column whose header names an indicator decides it, not the row label', () => {
  const t = '| Đợt thi | Số lượt đăng ký dự thi | Số lượt hoàn thành bài thi |\n|---|---|---|\n| Đợt trực tuyến tháng 9 | 830 | 712 |';
  assert.deepEqual(facts(t), ['CONTEST_REGISTRATIONS=830', 'CONTEST_COMPLETIONS=712']);
});

test('money and proposal columns hold no count', () => {
  assert.deepEqual(facts('| STT | Hạng mục | Dự toán (triệu đồng) |\n|---|---|---|\n| 1 | Thay thế cụm loa truyền thanh | 48 |'), []);
  assert.deepEqual(facts('| Hạng mục | Hiện trạng | Đề xuất |\n|---|---|---|\n| Cụm loa truyền thanh | 11 cụm | lắp thêm 4 cụm loa |'), ['LOUDSPEAKER_CLUSTERS=11']);
});

test('a notes column holds no fact of the row\'s own indicator; another indicator beside a value is one', () => {
  const t = '| TT | Nội dung | Số lượng | Ghi chú |\n|---|---|---|---|\n| 1 | Lớp tập huấn kỹ năng số | 06 lớp | trong đó 2 lớp cho hộ kinh doanh |\n| 2 | Hội nghị triển khai | 03 | có 240 đại biểu dự |\n| 3 | Sự kiện hưởng ứng | | khoảng 900 người tham gia cấp tỉnh |';
  assert.deepEqual(facts(t), ['TRAINING_SESSIONS=6', 'BRIEFING_CONFERENCES=3', 'EVENT_PARTICIPANTS=240']);
});

test('a ruled row with a very long cell is still read, its note left out (the note is found from the last borders)', () => {
  // A label the scan ran on for 20,000 characters: a pattern retried from every border took
  // seconds on it (bench/normalise-shapes.bench.ts times the shape).
  const t = `| TT | Nội dung | Kế hoạch | Thực hiện | Ghi chú |\n|---|---|---|---|---|\n| 1 | Cụm loa truyền thanh ${'được kiểm tra '.repeat(1500)}| 5 | 6 | có 2 cụm hỏng |`;
  assert.deepEqual(facts(t), ['LOUDSPEAKER_CLUSTERS=6']);
  // Without the closing border the note is still the last cell.
  assert.deepEqual(facts(t.slice(0, -2)), ['LOUDSPEAKER_CLUSTERS=6']);
});

test('a row index inside the outer border is no count, even for a row alone', () => {
  assert.deepEqual(facts('| TT | Nội dung | Số lượng |\n| 4 | Lớp tập huấn kỹ năng số | 06 |'), ['TRAINING_SESSIONS=6']);
});

test('a "Giá trị" column without a money unit holds the rows\' values; with one it holds sums', () => {
  const t = '| STT | Chỉ tiêu | ĐVT | Giá trị |\n|---|---|---|---|\n| 1 | Lớp tập huấn kỹ năng số | lớp | 7 |\n| 2 | Cụm loa truyền thanh | cụm | 28 |';
  assert.deepEqual(facts(t), ['TRAINING_SESSIONS=7', 'LOUDSPEAKER_CLUSTERS=28']);
  assert.deepEqual(facts('| STT | Hạng mục | Giá trị (triệu đồng) |\n|---|---|---|\n| 1 | Nâng cấp cụm loa truyền thanh | 120 |'), []);
  assert.deepEqual(facts('| STT | Hạng mục | Kinh phí |\n|---|---|---|\n| 1 | Mua sắm cụm loa truyền thanh | 75 |'), []);
});

test('a first cell is a row index only when it looks like one: short before a capital, or under STT', () => {
  // A value in the first column, its unit in the next.
  assert.deepEqual(facts('| Cụm loa truyền thanh | ĐVT |\n|---|---|\n| 42 | cụm |'), ['LOUDSPEAKER_CLUSTERS=42']);
  assert.deepEqual(facts('| Số lượt phát thanh chuyên đề | ĐVT |\n|---|---|\n| 126 | lượt |'), ['RADIO_BROADCASTS=126']);
  // A long index under an STT header is still an index.
  assert.deepEqual(facts('| STT | Nội dung | Số lượng |\n|---|---|---|\n| 112 | Lớp tập huấn kỹ năng số | 05 |'), ['TRAINING_SESSIONS=5']);
});

test('a figure in the notes column is the row\'s value when the value cell is empty and the note is only a quantity', () => {
  const t = '| TT | Nội dung | Số lượng | Ghi chú |\n|---|---|---|---|\n| 1 | Cụm loa truyền thanh | | 29 cụm |';
  assert.deepEqual(facts(t), ['LOUDSPEAKER_CLUSTERS=29']);
});

test('a bracket stating the total sums the parts listed before it', () => {
  assert.deepEqual(facts('UBND xã ban hành 3 kế hoạch và 5 công văn (tổng cộng 8 văn bản) về chuyển đổi số.'), ['DIRECTIVE_DOCS=8']);
});

test('a plan/result header wrapped onto a second line keeps the result column only', () => {
  const t = 'TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2025 | Thực hiện năm 2025 | Tỷ\nlệ so với KH (%)\n1 | Lớp tập huấn kỹ năng số | lớp | 6 | 8 | 133,3\n2 | Tin, bài trên Trang thông tin điện tử xã | tin, bài | 50 | 64 | 128,0';
  assert.deepEqual(facts(t), ['TRAINING_SESSIONS=8', 'PORTAL_ARTICLES=64']);
});

test('a label opening with the verb "Ban hành" counts documents, not villages', () => {
  const t = 'Nội dung                       Kế hoạch    Thực hiện    Đạt (%)\nBan hành văn bản chỉ đạo              6            7        116,7\nLớp tập huấn kỹ năng số               10            9         90,0';
  assert.deepEqual(facts(t), ['DIRECTIVE_DOCS=7', 'TRAINING_SESSIONS=9']);
});

test('a slash after a word starts a second count: teams and their members', () => {
  assert.deepEqual(facts('Số Tổ công nghệ số cộng đồng: 14 tổ/86 thành viên.'), ['COMMUNITY_TECH_TEAMS=14', 'COMMUNITY_TECH_MEMBERS=86']);
});

test("an earlier period's figure in a bracket, and a multiple with a qualifier, are no facts", () => {
  const dated = (body: string) =>
    readFacts(body, { document: (b) => `ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 12/BC-UBND\nTân Lập, ngày 10 tháng 12 năm 2025\nBÁO CÁO\nKết quả năm 2025\n${b}\n`, print: 'value' });
  assert.deepEqual(dated('Xã tổ chức 7 lớp tập huấn kỹ năng số với 265 lượt học viên, gấp khoảng 3 lần năm 2024 (88 lượt).'), ['TRAINING_SESSIONS=7', 'TRAINEES=265']);
});

test('a flag whose label ends with a negation is a zero', () => {
  assert.deepEqual(facts('5. Chuyên mục về chuyển đổi số trên Trang thông tin điện tử xã: chưa có.'), ['PORTAL_SECTION=0']);
});

test('plan and result columns followed by a notes column: the result, whatever the note says', () => {
  const spaced = [
    'Nội dung                           Kế hoạch     Thực hiện     Đạt (%)     Ghi chú',
    'Hội nghị triển khai chuyên đề      4            5             125         Có 2 hội nghị trực tuyến',
    'Pa nô, băng rôn cổ động            20           26            130',
    'Video hướng dẫn thủ tục            8            9             112,5       Đăng trên Fanpage xã',
  ].join('\n');
  assert.deepEqual(facts(spaced), ['BRIEFING_CONFERENCES=5', 'BANNERS=26', 'TTHC_GUIDE_VIDEOS=9']);
  // As the English model reads it: single spaces, a note wrapped to a line of its own.
  const ocr = [
    'Noi dung Ké hoach Thuc hién Dat (%) Ghi chu',
    'Hoi nghi trién khai chuyén dé 4 5 125 Co 2 hoi nghi truc',
    'tuyén',
    'Pa no, bang ron c6 dong 20 26 130',
    'Video huéng dan thu tuc 8 9 112,5 Dang trén Fanpage xa',
  ].join('\n');
  assert.deepEqual(facts(ocr), ['BRIEFING_CONFERENCES=5', 'BANNERS=26', 'TTHC_GUIDE_VIDEOS=9']);
  // Near miss: a sentence after the table is no wrapped note (a capital, a figure): it is read.
  assert.deepEqual(facts(`${ocr}\nNgoài ra, xã treo thêm 12 băng rôn tại các thôn.`).sort(), ['BANNERS=12', 'BANNERS=26', 'BRIEFING_CONFERENCES=5', 'TTHC_GUIDE_VIDEOS=9']);
});

test('a rate "so với kế hoạch" is one column, not a rate and a plan; a row the page wrapped keeps its cells', () => {
  const t = [
    '| TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Thực hiện năm 2025 | Tỷ lệ so với kế hoạch (%) | Ghi chú |',
    '|---|---|---|---|---|---|---|',
    '| 1 | Lớp tập huấn kỹ năng số | lớp | 6 | 8 | 133,3 | Phối hợp Đoàn Thanh niên |',
    '| 2 | Lượt người được tập huấn | lượt người | 300 | 342 | 114,0 | |',
  ].join('\n');
  assert.deepEqual(facts(t), ['TRAINING_SESSIONS=8', 'TRAINEES=342']);
  const wrapped = [
    '| TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Thực hiện năm 2025 | Tỷ lệ so',
    'với kế hoạch (%) | Ghi chú |',
    '| 1 | Lớp tập huấn kỹ năng số cho người dân các thôn | lớp | 6 | 8 |',
    '133,3 | Phối hợp Đoàn Thanh niên |',
    '| 2 | Lượt người được tập huấn | lượt người | 300 | 342 | 114,0 | |',
  ].join('\n');
  // (Read by the whole text path: the normalisation joins the header the page wrapped.)
  assert.deepEqual(wholePath(wrapped), ['TRAINING_SESSIONS=8', 'TRAINEES=342']);
});

test('a header cell spanning the plan and result columns under it names both; the total row gives the results', () => {
  const t = [
    '| Đối tượng | Số lớp tập huấn | | Lượt người được tập huấn | |',
    '| | Kế hoạch | Thực hiện | Kế hoạch | Thực hiện |',
    '|---|---|---|---|---|',
    '| Cán bộ, công chức | 2 | 3 | 50 | 61 |',
    '| Người dân | 4 | 4 | 120 | 133 |',
    '| Tổng cộng | 6 | 7 | 170 | 194 |',
  ].join('\n');
  assert.deepEqual(facts(t), ['TRAINING_SESSIONS=7', 'TRAINEES=194']);
  // Near miss: an upper cell over one column only names that one (the empty cell after it is no span).
  const one = ['| Đối tượng | Số lớp tập huấn | Lượt người được tập huấn |', '|---|---|---|', '| Người dân | 4 | 133 |', '| Tổng cộng | 6 | 194 |'].join('\n');
  assert.deepEqual(facts(one), ['TRAINING_SESSIONS=6', 'TRAINEES=194']);
});

test('a tab-separated table with a notes column: the notes cell is counted by tabs, not by characters', () => {
  const t = ['STT\tHình thức\tĐVT\tKế hoạch\tThực hiện\tGhi chú', '1\tPa nô, áp phích, băng rôn cổ động\tcái\t40\t46\tTreo tại các thôn', '2\tVideo hướng dẫn thủ tục hành chính\tvideo\t12\t15'].join('\n');
  assert.deepEqual(facts(t), ['BANNERS=46', 'TTHC_GUIDE_VIDEOS=15']);
  // Near miss: a figure typed in the notes cell is still a note ("thêm 3 cái" is no result of the row).
  const note = ['STT\tHình thức\tĐVT\tKết quả\tGhi chú', '1\tPa nô, áp phích cổ động\tcái\t46\tthay mới 3 cái'].join('\n');
  assert.deepEqual(facts(note), ['BANNERS=46']);
});

test('a bare noun header ("Số tổ", "Thành viên") counts what the caption names with that noun', () => {
  const t = ['Tổ công nghệ số cộng đồng ở các khu dân cư', 'Khu dân cư\tSố tổ\tThành viên\tGhi chú', 'Khu 1\t1\t6\tmới thành lập', 'Khu 2\t1\t5', 'Cộng\t2\t11'].join('\n');
  assert.deepEqual(facts(t), ['COMMUNITY_TECH_TEAMS=2', 'COMMUNITY_TECH_MEMBERS=11']);
  // Near miss: a caption that names no such thing leaves the bare nouns unread.
  const other = ['Các tổ hòa giải ở cơ sở', 'Khu dân cư\tSố tổ\tThành viên', 'Khu 1\t1\t6', 'Khu 2\t1\t5', 'Cộng\t2\t11'].join('\n');
  assert.deepEqual(facts(other), []);
});

test('rows of events with a date and a place beside their count are rows, not header lines, under a total row', () => {
  const t = [
    '| STT | Tên sự kiện | Thời gian | Địa điểm | Số lượt người tham gia |',
    '|---|---|---|---|---|',
    '| 1 | Ngày hội đọc sách số | 21/4/2025 | Nhà văn hóa xã | 210 |',
    '| 2 | Lễ ra quân tình nguyện hè | 05/6/2025 | Sân trường tiểu học | 185 |',
    '| | Cộng | | | 395 |',
  ].join('\n');
  assert.deepEqual(facts(t), ['EVENT_PARTICIPANTS=395']);
  // Near miss: with no total row, each event's count is its own fact.
  assert.deepEqual(facts(t.split('\n').slice(0, -1).join('\n')), ['EVENT_PARTICIPANTS=210', 'EVENT_PARTICIPANTS=185']);
});

test('a drawn grid ("+----+----+"): its rules are rules, a header spanning columns names them by position, a label going on on the next line stays with its row', () => {
  const t = [
    '+----+------------------------------+----------+------------------------------+--------------------+',
    '| TT | Nội dung                     | Đơn vị   | Kết quả năm 2025             | Ghi chú            |',
    '|    |                              | tính     +----------+----------+--------+                    |',
    '|    |                              |          | Kế hoạch | Thực hiện | Đạt % |                    |',
    '+----+------------------------------+----------+----------+----------+--------+--------------------+',
    '| 1  | Hội nghị triển khai          | hội nghị | 2        | 4        | 200    | 01 hội nghị trực   |',
    '| 2  | Tin, bài, video đăng trên    | tin, bài | 90       | 118      | 131,1  |                    |',
    '|    | Fanpage, Zalo của xã         |          |          |          |        |                    |',
    '+----+------------------------------+----------+----------+----------+--------+--------------------+',
  ].join('\n');
  assert.deepEqual(facts(t), ['BRIEFING_CONFERENCES=4', 'SOCIAL_POSTS=118']);
  const total = [
    '+----+--------------+--------+-----------------------+',
    '| TT | Khu phố      | Số hộ  | Thành viên Tổ CNSCĐ   |',
    '+----+--------------+--------+-----------------------+',
    '| 1  | Khu phố 1    | 410    | 6                     |',
    '| 2  | Khu phố 2    | 388    | 5                     |',
    '+----+--------------+--------+-----------------------+',
    '|    | Tổng cộng    | 798    | 11                    |',
    '+----+--------------+--------+-----------------------+',
  ].join('\n');
  assert.deepEqual(facts(total), ['COMMUNITY_TECH_MEMBERS=11']);
  // Near miss: a line of dashes in prose, with words, is no rule ("Kết quả ---- xem phụ lục").
  assert.deepEqual(facts('Kết quả ---- xem phụ lục: xã tổ chức 3 hội nghị triển khai.'), ['BRIEFING_CONFERENCES=3']);
});

test('a ruled row is read by the cell under the column reported on, units and words beside the figures', () => {
  const t = [
    '| Nội dung | ĐVT | Năm 2025 | | So sánh TH/KH (%) |',
    '| | | Kế hoạch | Thực hiện | |',
    '|---|---|---|---|---|',
    '| Lượt phát thanh chuyên mục | lượt | 90 lượt | 104 lượt | 115,6 |',
    '| Cụm loa truyền thanh | cụm | 20 cụm | 20 cụm (hỏng 03 cụm) | 100 |',
    '| Lớp tập huấn kỹ năng số | lớp | 8 lớp | 06 lớp | 75 |',
  ].join('\n');
  assert.deepEqual(facts(t).sort(), ['LOUDSPEAKER_CLUSTERS=20', 'LOUDSPEAKER_CLUSTERS_DOWN=3', 'RADIO_BROADCASTS=104', 'TRAINING_SESSIONS=6']);
  // Near miss: a row with a cell fewer than the header (its last value moved to the next line) is not read by position.
  const moved = '| Nội dung | Kế hoạch | Thực hiện | Tỷ lệ (%) |\n| Lớp tập huấn kỹ năng số | 8 | 6 |\n75';
  assert.deepEqual(facts(moved), ['TRAINING_SESSIONS=6']);
});

test('a column of months closing a year ("Tháng 7 - 11/2025") is that year against an earlier one', () => {
  const t = ['Chỉ tiêu                     6 tháng cuối 2024     Tháng 7 - 11/2025     Tăng (+), giảm (-)', 'Tổng số hồ sơ tiếp nhận      2.950                 3.410                 +460', 'Hồ sơ nộp trực tuyến         1.900                 2.870                 +970'].join('\n');
  assert.deepEqual(facts(t), ['TOTAL_DOSSIERS=3410', 'ONLINE_DOSSIERS=2870']);
});

test('a total column of businesses counts no people; "cài đặt" in a header is no "đạt"', () => {
  const biz = ['TT   Khu phố        Số thành viên   Hộ kinh doanh được hướng dẫn thanh toán số', '1    Khu phố 1      6               84', '2    Khu phố 2      5               71', '     Tổng cộng      11              155'].join('\n');
  assert.deepEqual(facts(`3. Tổ công nghệ số cộng đồng\n${biz}`), ['COMMUNITY_TECH_MEMBERS=11']);
  const guided = ['TT\tThôn\tNgười dân được hướng dẫn cài đặt VNeID\tGhi chú', '1\tThôn 1\t120', '2\tThôn 2\t95\tvùng lõm sóng', '\tTổng cộng\t215'].join('\n');
  assert.deepEqual(facts(guided), ['CITIZENS_GUIDED=215']);
});

test('Markdown bold around a total row is read through; a bare noun header takes the numbered heading above the table', () => {
  const t = ['3. Tổ công nghệ số cộng đồng', 'Các tổ hoạt động đều, hỗ trợ người dân tại nhà văn hóa.', '', '| STT | Thôn | Số tổ | Số thành viên |', '|---|---|---|---|', '| 1 | Thôn A | 1 | 5 |', '| 2 | Thôn B | 1 | 6 |', '| | **Tổng cộng** | **2** | **11** |'].join('\n');
  assert.deepEqual(wholePath(t), ['COMMUNITY_TECH_TEAMS=2', 'COMMUNITY_TECH_MEMBERS=11']);
  // Near miss: under a heading on another subject, "Số thành viên" names nothing.
  const other = t.replace('3. Tổ công nghệ số cộng đồng', '3. Các tổ hòa giải');
  assert.deepEqual(wholePath(other), []);
});

test('a plan\'s target table with a column of what was done states the present: that column, not the targets', () => {
  const table = ['TT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2025\tNăm 2026\tNăm 2030', '1\tTỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến\t%\t81,5\t88\t95', '2\tLớp "Bình dân học vụ số"\tlớp\t9\t12\t20'].join('\n');
  const plan = (body: string): string[] =>
    readFacts(body, { document: (b) => `ỦY BAN NHÂN DÂN\nXÃ THỬ NGHIỆM\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nTuyên truyền về chuyển đổi số năm 2026\n\nIII. CHỈ TIÊU\n${b}\n`, wholePath: true, print: 'qualifier' });
  assert.deepEqual(plan(table), ['ONLINE_DOSSIER_PCT=81.5', 'TRAINING_SESSIONS=9']);
  // Near miss: a target table without such a column gives no fact in the plan's targets part.
  assert.deepEqual(plan(['TT\tChỉ tiêu\tĐơn vị tính\tNăm 2026\tNăm 2030', '1\tLớp "Bình dân học vụ số"\tlớp\t12\t20'].join('\n')), []);
});
