// Binding numbers to catalog indicators: the general rules, on sentences written for this test
// (none comes from a seed or a labelled fixture).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFacts } from '../../../tests/support/read-facts.ts';

const facts = (body: string, kind: 'BÁO CÁO' | 'KẾ HOẠCH' = 'BÁO CÁO'): string[] => readFacts(body, { title: kind });

test('the word after the number says what is counted: people are never conferences or documents', () => {
  assert.deepEqual(facts('Xã tổ chức 02 hội nghị quán triệt cho hơn 320 đại biểu.'), ['BRIEFING_CONFERENCES=2', 'EVENT_PARTICIPANTS=320:at_least']);
  assert.deepEqual(facts('Tổ công nghệ số đã hướng dẫn hơn 900 lượt người dân cài đặt ứng dụng.'), ['CITIZENS_GUIDED=900:at_least']);
});

test('organisations are counted by no indicator', () => {
  assert.deepEqual(facts('Hướng dẫn 12 hợp tác xã đưa 9 sản phẩm OCOP lên sàn thương mại điện tử.'), ['OCOP_ECOMMERCE=9']);
});

test('a whole before "trong đó" is the total, the part after it names its kind', () => {
  assert.deepEqual(facts('Bộ phận một cửa tiếp nhận 2.400 hồ sơ, trong đó 2.050 hồ sơ trực tuyến.'), ['TOTAL_DOSSIERS=2400', 'ONLINE_DOSSIERS=2050']);
  assert.deepEqual(facts('Toàn xã có 40 cụm loa, trong đó 6 cụm bị hỏng.'), ['LOUDSPEAKER_CLUSTERS=40', 'LOUDSPEAKER_CLUSTERS_DOWN=6']);
});

test('the specifier on the right decides: participants of a training are trainees', () => {
  assert.deepEqual(facts('Mở 8 lớp, thu hút khoảng 560 lượt người tham gia tập huấn.'), ['TRAINING_SESSIONS=8', 'TRAINEES=560:approx']);
  assert.deepEqual(facts('Lễ phát động thu hút khoảng 700 người tham gia.'), ['EVENT_PARTICIPANTS=700:approx']);
});

test('negations give zero facts, also with a subject before them; a unit alone is not enough', () => {
  assert.deepEqual(facts('Phường chưa có màn hình LED tuyên truyền.'), ['LED_SCREENS=0']);
  assert.deepEqual(facts('Không có hồ sơ giải quyết quá hạn.'), ['OVERDUE_DOSSIERS=0']);
  assert.deepEqual(facts('Không có hồ sơ nào bị trả lại.'), []);
});

test('table rows: the index column is not a value, each row is its own clause', () => {
  const table = 'STT | Nội dung | Đơn vị | Kết quả\n1 | Tổng số cụm loa truyền thanh | cụm | 33\n2 | Tin, bài đăng trên Trang thông tin điện tử | tin, bài | 21';
  assert.deepEqual(facts(table), ['LOUDSPEAKER_CLUSTERS=33', 'PORTAL_ARTICLES=21']);
});

test('measurements and names are not counts; a percentage wrapped to a new line is kept', () => {
  assert.deepEqual(facts('Nhiều thôn cách trung tâm trên 20 km.'), []);
  assert.deepEqual(facts('Triển khai Đề án 06 và mô hình 2 cấp.'), []);
  assert.deepEqual(facts('Tỷ lệ cán bộ, công chức được quán triệt đạt\n97%.'), ['OFFICIALS_BRIEFED_PCT=97']);
});

test('a plan: figures of the situation section are facts, targets are not', () => {
  const plan = 'I. THỰC TRẠNG\nPhường có 18 tổ dân phố.\n\nII. MỤC TIÊU\n- Năm 2026: 100% tổ dân phố có nhóm Zalo; tổ chức 10 lớp tập huấn.';
  assert.deepEqual(facts(plan, 'KẾ HOẠCH'), ['VILLAGES=18']);
});

// Phrasings written for generalisation: synonyms officers use, unit words, classifiers and
// numbers that are no indicator at all. None repeats a fixture sentence.
const cases: [string, string[]][] = [
  ['Tổ chức 3 cuộc hội nghị học tập, quán triệt Nghị quyết.', ['BRIEFING_CONFERENCES=3']],
  ['Đài truyền thanh xã đã phát sóng 150 lượt tin, bài tuyên truyền.', ['RADIO_BROADCASTS=150']],
  ['Hệ thống truyền thanh cơ sở gồm 27 cụm loa, trong đó 5 cụm đã xuống cấp.', ['LOUDSPEAKER_CLUSTERS=27', 'LOUDSPEAKER_CLUSTERS_DOWN=5']],
  ['Số cụm loa không sử dụng được: 3 cụm.', ['LOUDSPEAKER_CLUSTERS_DOWN=3']],
  ['Đăng tải 52 bài viết trên Trang TTĐT của xã.', ['PORTAL_ARTICLES=52']],
  ['Tổ công nghệ số cộng đồng hỗ trợ 1.450 người dân cài đặt VNeID.', ['CITIZENS_GUIDED=1450']],
  ['Lễ ra quân thu hút hơn 450 người tham dự.', ['EVENT_PARTICIPANTS=450:at_least']],
  ['Tổ chức 7 buổi tập huấn với 315 lượt người tham dự.', ['TRAINING_SESSIONS=7', 'TRAINEES=315']],
  ['Cuộc thi có 1.320 lượt người dự thi.', ['CONTEST_REGISTRATIONS=1320']],
  ['Xã gồm 14 bản, dân số 8.900 người.', ['VILLAGES=14', 'POPULATION=8900']],
  ['Kiện toàn 11 Tổ CNSCĐ ở thôn, tổng số 66 thành viên.', ['COMMUNITY_TECH_TEAMS=11', 'COMMUNITY_TECH_MEMBERS=66']],
  ['Số lượt người dân được hỗ trợ kích hoạt tài khoản định danh điện tử: 980 lượt.', ['CITIZENS_GUIDED=980']],
  ['Có 31/34 cán bộ, công chức hoàn thành các khóa học về chuyển đổi số.', ['MOOC_COMPLETIONS=31']],
];

test('indicator assignment generalises to phrasings and synonyms not seen in the fixtures', () => {
  for (const [sentence, expected] of cases) assert.deepEqual(facts(sentence), expected, sentence);
});

test('numbers that belong to no indicator are left out', () => {
  for (const sentence of [
    'Năm 2025, xã đạt 19/19 tiêu chí nông thôn mới.',
    'Đài phát 2 kỳ/tuần vào buổi sáng.',
    'Đoàn kiểm tra làm việc tại 5 thôn.',
    'Tiếp nhận 45 ý kiến phản ánh qua ứng dụng.',
    'Tổ chức 2 cuộc thi tìm hiểu về chuyển đổi số.',
    'Nhiều thôn ở 6 vùng sâu chưa có sóng di động.',
    'Kinh phí thực hiện 45 triệu đồng.',
  ]) {
    assert.deepEqual(facts(sentence), [], sentence);
  }
  // Dossiers settled on time are no indicator; a cue never runs across a comma.
  assert.deepEqual(facts('Tiếp nhận 1.640 hồ sơ; giải quyết đúng hạn 1.628 hồ sơ, trễ hạn 12 hồ sơ.'), ['TOTAL_DOSSIERS=1640', 'OVERDUE_DOSSIERS=12']);
  assert.deepEqual(facts('Tổ chức 01 lễ phát động với hơn 500 người tham gia.'), ['EVENT_PARTICIPANTS=500:at_least']);
});

test('a table whose columns are only spaces: the row index is no value, each row is a clause', () => {
  const table = 'TT  Nội dung  ĐVT  Kết quả\n1   Số hội nghị quán triệt   hội nghị   3\n2   Tổng số cụm loa truyền thanh   cụm   28\n3   Pa nô, áp phích tuyên truyền   cái   40';
  assert.deepEqual(facts(table), ['BRIEFING_CONFERENCES=3', 'LOUDSPEAKER_CLUSTERS=28', 'BANNERS=40']);
  // Collapsed by OCR to single spaces, it still reads the same way.
  assert.deepEqual(facts(table.replace(/ {2,}/g, ' ')), ['BRIEFING_CONFERENCES=3', 'LOUDSPEAKER_CLUSTERS=28', 'BANNERS=40']);
});

test('a total given with its parts: the parts are no facts of their own', () => {
  assert.deepEqual(facts('Đã ban hành 09 văn bản (gồm 5 kế hoạch, 4 công văn).'), ['DIRECTIVE_DOCS=9']);
  assert.deepEqual(facts('Ban hành thêm 2 kế hoạch và 1 công văn, nâng tổng số văn bản lên 12 văn bản.'), ['DIRECTIVE_DOCS=12']);
  assert.deepEqual(facts('Hệ thống có 33 cụm loa (25 cụm loa IP và 8 cụm loa FM).'), ['LOUDSPEAKER_CLUSTERS=33']);
  // Without a stated total each part is a fact.
  assert.deepEqual(facts('Ban hành 04 kế hoạch, 02 công văn hướng dẫn.'), ['DIRECTIVE_DOCS=4', 'DIRECTIVE_DOCS=2']);
});

test('changes, per-item limits, estimates and generic items', () => {
  assert.deepEqual(facts('Tỷ lệ hồ sơ trực tuyến đạt 91,2%, tăng 6,5% so với năm trước.'), ['ONLINE_DOSSIER_PCT=91.2']);
  assert.deepEqual(facts('Mở 9 lớp tập huấn, mỗi lớp tối đa 40 học viên.'), ['TRAINING_SESSIONS=9']);
  assert.deepEqual(facts('Lượt truy cập ước đạt 14.300 lượt.'), ['CHANNEL_VISITS=14300:approx']);
  assert.deepEqual(facts('Băng rôn, khẩu hiệu, pa nô: 210 sản phẩm.'), ['BANNERS=210']);
  assert.deepEqual(facts('Tập huấn 6 lớp cho 280 lượt thành viên tổ công nghệ số và người dân.'), ['TRAINING_SESSIONS=6', 'TRAINEES=280']);
});

test('labels with their value after a colon, zeros in words, ratios of counted things', () => {
  assert.deepEqual(facts('- Tỷ lệ hộ gia đình được phát mã QR truy cập kênh thông tin của phường: 64,5%.'), ['HOUSEHOLD_QR_PCT=64.5']);
  assert.deepEqual(facts('- Video hướng dẫn thủ tục hành chính: chưa xây dựng.'), ['TTHC_GUIDE_VIDEOS=0']);
  assert.deepEqual(facts('Tỷ lệ hồ sơ trực tuyến đạt 88%, không có hồ sơ quá hạn.'), ['ONLINE_DOSSIER_PCT=88', 'OVERDUE_DOSSIERS=0']);
  assert.deepEqual(facts('- Sản phẩm OCOP được giới thiệu trên sàn thương mại điện tử: 7/11 sản phẩm.'), ['OCOP_ECOMMERCE=7']);
});

test('the channel named earlier in the paragraph governs a later sentence, more weakly than its own clause', () => {
  const para = 'Chuyên mục được mở trên Trang thông tin điện tử xã từ tháng 8; đến nay đã có 39 tin, bài được đăng tải.';
  assert.deepEqual(facts(para), ['PORTAL_SECTION=1', 'PORTAL_ARTICLES=39']);
  const two = 'Trang thông tin điện tử xã đăng 20 tin, bài. Fanpage của xã đăng tải 75 tin, bài, clip ngắn.';
  assert.deepEqual(facts(two), ['PORTAL_ARTICLES=20', 'SOCIAL_POSTS=75']);
  assert.deepEqual(facts('Mở 4 lớp tập huấn. Lễ ra quân thu hút khoảng 900 người tham gia.'), ['TRAINING_SESSIONS=4', 'EVENT_PARTICIPANTS=900:approx']);
});

test('wide table columns, long unit phrases and islands', () => {
  const row = 'TT   Nội dung                                   ĐVT        Kết quả\n1    Băng rôn, khẩu hiệu, pa nô                  cái        31';
  assert.deepEqual(facts(row), ['BANNERS=31']);
  assert.deepEqual(facts('Có 47 cán bộ, công chức, viên chức được cấp chứng nhận hoàn thành khóa học MOOCs.'), ['MOOC_COMPLETIONS=47']);
  assert.deepEqual(facts('Xã đảo có 6 thôn, trải trên hơn 40 hòn đảo.'), ['VILLAGES=6']);
});
