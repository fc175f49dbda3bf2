// Facts read from prose (25 Nov 2026): how a figure relates to the others of its sentence —
// parts adding up to a stated total, a rate stated as the share a count makes, a part after
// "trong đó" whose own cue stands before it, people singled out among those counted, a zero in the
// last comma phrase, a wider body as subject. Every sentence is written for this test (none from a
// seed, a labelled document or a phrasing bank), each rule beside a sentence where it must not fire.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minimalDocument } from '../../../tests/support/minimal-document.ts';
import { checkFacts as check, readFacts as facts, type FactCases, type FactsOptions } from '../../../tests/support/read-facts.ts';

test('figures of one indicator that add up to a total stated beside them are its parts', () => {
  check([
    ['Các tổ dân phố treo 70 băng rôn; Trung tâm Văn hóa dựng 05 pa nô tại các ngã ba. Tổng cộng 75 băng rôn, pa nô trong năm.', ['BANNERS=75']],
    ['Xã ban hành 11 văn bản chỉ đạo về chuyển đổi số và đổi mới sáng tạo trong năm qua (01 nghị quyết, 04 kế hoạch, 06 công văn).', ['DIRECTIVE_DOCS=11']],
    ['Tổ ở thôn Đông có 9 thành viên, tổ ở thôn Tây có 7 thành viên Tổ công nghệ số; tổng cộng 16 thành viên.', ['COMMUNITY_TECH_MEMBERS=16']],
    // Near miss: figures that do not add up stay facts of their own.
    ['Các tổ dân phố treo 70 băng rôn; Trung tâm Văn hóa dựng 05 pa nô. Năm trước có 60 cái.', ['BANNERS=70', 'BANNERS=5']],
  ]);
});

test('a rate stated as the share a count makes is that count’s rate or none', () => {
  check([
    // Officials who finished an online course: no rate of officials briefed.
    ['Có 26 cán bộ, công chức hoàn thành khóa học MOOCs về kỹ năng số, đạt 81,3% tổng số cán bộ, công chức của xã.', ['MOOC_COMPLETIONS=26']],
    // Online dossiers: their share is the online rate, though no rate cue stands by the percentage.
    ['Bộ phận Một cửa tiếp nhận 1.642 hồ sơ, trong đó nộp qua Cổng DVC 1.054 hồ sơ, chiếm 64,2%.', ['TOTAL_DOSSIERS=1642', 'ONLINE_DOSSIERS=1054', 'ONLINE_DOSSIER_PCT=64.2']],
    // Near miss: a rate with its own cue is read as before.
    ['Tỷ lệ cán bộ, công chức được quán triệt Nghị quyết đạt 96%.', ['OFFICIALS_BRIEFED_PCT=96']],
  ]);
});

test('a part after "trong đó" whose own cue stands before its figure replaces the whole', () => {
  check([
    ['Tổng số tin, bài đăng trên các kênh là 95 tin, bài, trong đó trang TTĐT xã 40 tin, bài; Zalo OA 55 tin, bài.', ['PORTAL_ARTICLES=40', 'SOCIAL_POSTS=55']],
    // Near miss: a media noun is a kind of item, not a cue of its own: the whole stays.
    ['Trang thông tin điện tử xã đăng 140 tin, bài, trong đó 20 bài viết về mô hình chợ số.', ['PORTAL_ARTICLES=140']],
    // A clause after ";" that opens with "trong đó" names its part in full.
    ['Cuộc thi trực tuyến có 430 lượt đăng ký dự thi; trong đó 390 lượt hoàn thành bài thi.', ['CONTEST_REGISTRATIONS=430', 'CONTEST_COMPLETIONS=390']],
  ]);
});

test('people singled out — rewarded, winning, going through to a final — are no count', () => {
  check([
    // (The team of the whole commune: one village's team is a share, see facts-scope.test.ts.)
    ['Tổ công nghệ số cộng đồng của xã có 12 thành viên; 04 tổ viên được Chủ tịch UBND xã khen thưởng.', ['COMMUNITY_TECH_MEMBERS=12']],
    ['Hội thi tin học trẻ thu hút 260 thí sinh đăng ký dự thi, 25 thí sinh vào vòng chung kết.', ['CONTEST_REGISTRATIONS=260']],
    ['Sau khóa tập huấn, 7 học viên đạt loại xuất sắc.', []],
    // Near miss: an event held to honour counts; so does a road ("tuyến đường" folds like "tuyên dương").
    ['Xã tổ chức 02 hội nghị biểu dương điển hình trong chuyển đổi số.', ['BRIEFING_CONFERENCES=2']],
    ['Treo 60 băng rôn và 9 pa nô trên các tuyến đường chính.', ['BANNERS=60', 'BANNERS=9']],
  ]);
});

test('a zero in the last comma phrase of a long clause', () => {
  check([
    ['Qua kiểm tra tháng 9, 18 cụm loa vẫn phát tốt, không có cụm loa nào hư hỏng.', ['LOUDSPEAKER_CLUSTERS=18', 'LOUDSPEAKER_CLUSTERS_DOWN=0']],
    // Near miss: "không có … nào" followed by something else is no zero of the down clusters.
    ['Qua kiểm tra tháng 9, 18 cụm loa vẫn phát tốt, không có cụm loa nào phải di dời.', ['LOUDSPEAKER_CLUSTERS=18']],
  ]);
});

test('a city body as subject states the city’s figure, also for a part after "trong đó"', () => {
  check([
    ['Trung tâm Y tế thành phố mở 9 lớp tập huấn chuyển đổi số cho nhân viên y tế.', []],
    ['Báo điện tử thành phố đã đăng 1.400 tin, bài về Nghị quyết, trong đó 5 bài viết về mô hình của xã.', []],
    // Near miss: the commune acting, and a quoted name holding "Thành phố".
    ['Xã phối hợp với Trung tâm Y tế thành phố mở 9 lớp tập huấn chuyển đổi số.', ['TRAINING_SESSIONS=9']],
    ['Cuộc thi "Vì Thành phố số" ghi nhận 310 lượt đăng ký dự thi từ xã.', ['CONTEST_REGISTRATIONS=310']],
  ]);
});

test('items aired on the loudspeakers are broadcasts without the word "truyền thanh"', () => {
  check([
    ['Hệ thống loa của các tổ dân phố phát 64 tin, bài về chuyển đổi số.', ['RADIO_BROADCASTS=64']],
    // Near miss: clusters of the loudspeaker system stay clusters.
    ['Hệ thống loa của xã gồm 31 cụm.', ['LOUDSPEAKER_CLUSTERS=31']],
  ]);
});

const factsIn = (title: string, body: string) => facts(body, { subject: title, print: 'qualifier' });

test('a running total over a span inside the period is the period’s figure, unless the report is on a shorter period', () => {
  const sentence = 'Bình quân mỗi tháng đài phát 6 lượt tin về chuyển đổi số; lũy kế 4 tháng đã phát 25 lượt.';
  assert.deepEqual(factsIn('Kết quả tuyên truyền năm 2025', sentence), ['RADIO_BROADCASTS=25']);
  assert.deepEqual(factsIn('Kết quả tuyên truyền quý III năm 2025', sentence), []);
  // A running total since an earlier start stays no figure of the period.
  assert.deepEqual(factsIn('Kết quả tuyên truyền năm 2025', 'Lũy kế từ khi khai trương đến nay, đài đã phát 210 lượt tin về chuyển đổi số.'), []);
  // A total raised since the year began, in a quarterly report; the quarter's own figure stays.
  assert.deepEqual(factsIn('Kết quả tuyên truyền quý III năm 2025', 'Trong quý ban hành 03 văn bản chỉ đạo, nâng tổng số văn bản từ đầu năm lên 9 văn bản.'), ['DIRECTIVE_DOCS=3']);
  // A running total in closed brackets does not reach the figure after them.
  assert.deepEqual(factsIn('Kết quả tuyên truyền quý III năm 2025', 'Trong quý mở 04 lớp tập huấn (lũy kế 9 tháng: 10 lớp) với 150 lượt học viên.'), ['TRAINING_SESSIONS=4', 'TRAINEES=150']);
});

test('verbs of airing name broadcasts; launching a campaign or handing out codes does not', () => {
  check([
    ['Đài truyền thanh duy trì chuyên mục riêng; trong năm, chuyên mục được phát 80 lượt, mỗi lượt 10 phút.', ['RADIO_BROADCASTS=80']],
    ['Xã đã phát động phong trào với 500 lượt người dân tham gia.', ['EVENT_PARTICIPANTS=500']],
    // A verb cue negated is no zero: "chưa phát được" says the loudspeakers are silent.
    ['Có 03 cụm loa hư hỏng, chưa phát được.', ['LOUDSPEAKER_CLUSTERS_DOWN=3']],
    ['Thôn | Số hộ được phát mã QR | Tỷ lệ (%)\nToàn xã | 1.320 | 94,5', ['HOUSEHOLD_QR_PCT=94.5']],
  ]);
});

test('an aim opening the sentence governs its clauses after ";"', () => {
  check([
    ['Phấn đấu đến hết năm tỷ lệ hồ sơ trực tuyến đạt 88%; mở thêm 03 lớp tập huấn kỹ năng số.', []],
    // Near miss: a result before ";" and no aim.
    ['Xã đã tổ chức 04 lớp tập huấn; mở thêm 03 lớp Bình dân học vụ số.', ['TRAINING_SESSIONS=4', 'TRAINING_SESSIONS=3']],
  ]);
});

test('a heading naming the next period’s tasks is forward; one reporting on tasks is not', () => {
  check([
    ['I. KẾT QUẢ\nTổ chức 02 hội nghị quán triệt.\n\nIV. NHIỆM VỤ QUÝ IV/2025\nTổ chức thêm 03 hội nghị chuyên đề.', ['BRIEFING_CONFERENCES=2']],
    ['II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025\nTổ chức 03 hội nghị chuyên đề.', ['BRIEFING_CONFERENCES=3']],
  ]);
});

test('a number word ending a line counts no capitalised noun on the next', () => {
  check([
    ['Chỉ tiêu theo kế hoạch năm\nLượt phát thanh trên loa: 52', ['RADIO_BROADCASTS=52']],
    ['Trong quý, đài truyền thanh xã phát năm lượt chuyên mục về chuyển đổi số.', ['RADIO_BROADCASTS=5']],
  ]);
});

test('a list of places after the counted noun does not hide the part named after it', () => {
  check([
    ['Xã có 18 cụm loa truyền thanh, song 04 cụm tại các thôn Nà Lầu, Khuổi Mí, Pác Ngòi bị sét đánh, chưa sửa được.', ['LOUDSPEAKER_CLUSTERS=18', 'LOUDSPEAKER_CLUSTERS_DOWN=4']],
    ['Hệ thống truyền thanh có 15 cụm loa, trong đó 02 cụm ở thôn Tây, thôn Đông bị hư hỏng sau bão.', ['LOUDSPEAKER_CLUSTERS=15', 'LOUDSPEAKER_CLUSTERS_DOWN=2']],
    // The numbers of a list of designated places are names, not counts.
    ['Hệ thống có 30 cụm loa; 03 cụm tại các tổ dân phố 4, 8, 12 và 17 bị hư hỏng do mưa bão.', ['LOUDSPEAKER_CLUSTERS=30', 'LOUDSPEAKER_CLUSTERS_DOWN=3']],
    // Near miss: places listed, nothing said after them: the clusters stay clusters; a count after a place's number stays a count.
    // (Since 25 Nov, scope: clusters put at named places are their share, no total; where all of them stand is no share.)
    ['Xã lắp mới 06 cụm loa tại các thôn Nà Lầu, Khuổi Mí, năm nay.', []],
    ['Xã có 06 cụm loa, đặt tại các thôn Nà Lầu, Khuổi Mí.', ['LOUDSPEAKER_CLUSTERS=6']],
    ['Đã lắp loa tại thôn 3, 4 cụm tại thôn 5.', ['LOUDSPEAKER_CLUSTERS=4']],
  ]);
});

// Review fixes (25 Nov 2026): each sentence in a yearly report under the usual header.
const yearlyReport = (period = 'năm 2025'): FactsOptions => ({
  document: (body) => minimalDocument({ number: '40/BC-UBND', title: 'BÁO CÁO', subject: `Kết quả thực hiện Nghị quyết 57-NQ/TW ${period}` }, body),
  print: 'qualifier',
});
const yearly = (body: string, period?: string) => facts(body, yearlyReport(period));
const checkYearly = (cases: FactCases): void => check(cases, yearlyReport());

test('a verb of airing counts only for items aired, not for things handed out', () => {
  checkYearly([
    ['Đoàn Thanh niên đã phát 1.500 phiếu khảo sát mức độ hài lòng.', []],
    ['Hội Chữ thập đỏ đã phát 200 suất quà cho hộ nghèo.', []],
    ['Hội Nông dân đã phát 350 cuốn sổ tay hướng dẫn kỹ năng số.', []],
    // Near miss: the unit is what is aired, or a radio or loudspeaker word stands in the clause.
    ['Qua hệ thống loa, xã đã phát 85 lượt tin tuyên truyền.', ['RADIO_BROADCASTS=85']],
    ['Trong năm, đài xã đã phát 70 tin, bài về chuyển đổi số.', ['RADIO_BROADCASTS=70']],
    ['Hệ thống loa phát thanh đã phát 140 tin, bài tuyên truyền.', ['RADIO_BROADCASTS=140']],
  ]);
});

test('an aim carries over ";" only to a clause with no result and no subject of its own', () => {
  checkYearly([
    ['Xã phấn đấu hoàn thành các chỉ tiêu được giao; tỷ lệ hồ sơ trực tuyến đạt 85%.', ['ONLINE_DOSSIER_PCT=85']],
    ['Mục tiêu năm 2025 là 90% hồ sơ trực tuyến; kết quả tỷ lệ hồ sơ trực tuyến đạt 87%.', ['ONLINE_DOSSIER_PCT=87']],
    ['Năm 2026, xã phấn đấu 100% hộ gia đình có địa chỉ số; tỷ lệ hồ sơ trực tuyến hiện đạt 85%.', ['ONLINE_DOSSIER_PCT=85']],
    // Near miss: a bare verb after ";" goes on with the aim; a later year governs a rate it does
    // not say is reached now.
    ['Phấn đấu đến hết năm tỷ lệ hồ sơ trực tuyến đạt 88%; mở thêm 04 lớp tập huấn kỹ năng số.', []],
    ['Năm 2027, xã phấn đấu 95% hộ gia đình có địa chỉ số; tỷ lệ hồ sơ trực tuyến đạt từ 80% trở lên.', []],
  ]);
});

test('a running total of part of the year is no figure of a yearly report', () => {
  checkYearly([
    ['Trong quý IV, xã tiếp nhận 320 hồ sơ trực tuyến (lũy kế 9 tháng: 900 hồ sơ).', ['ONLINE_DOSSIERS=320']],
    ['Lũy kế 9 tháng đầu năm, Đài truyền thanh xã phát 140 lượt; cả năm phát 190 lượt.', []],
    ['Lũy kế 9 tháng đầu năm, Đài truyền thanh xã phát 140 lượt tin; cả năm đài truyền thanh xã phát 190 lượt tin.', ['RADIO_BROADCASTS=190']],
    // Near miss: a running total since the year began, or over the report's own months, is the period's.
    ['Lũy kế từ đầu năm, xã đã tiếp nhận 1.250 hồ sơ trực tuyến.', ['ONLINE_DOSSIERS=1250']],
    ['Lũy kế 12 tháng, đài truyền thanh xã đã phát 210 lượt tin.', ['RADIO_BROADCASTS=210']],
  ]);
  assert.deepEqual(yearly('Lũy kế 6 tháng, xã phát 80 lượt tin trên hệ thống loa.', '6 tháng đầu năm 2025'), ['RADIO_BROADCASTS=80']);
});

test('honoured teams and honouring events are counted; only a round entered by contestants is not', () => {
  checkYearly([
    ['Xã có 8 Tổ công nghệ số cộng đồng được UBND tỉnh tặng bằng khen.', ['COMMUNITY_TECH_TEAMS=8']],
    ['Tổ chức 02 hội nghị tổng kết và biểu dương điển hình tiên tiến trong chuyển đổi số.', ['BRIEFING_CONFERENCES=2']],
    ['Tổ chức 01 hội nghị sơ kết và khen thưởng các tập thể, cá nhân có thành tích.', ['BRIEFING_CONFERENCES=1']],
    ['Cuộc thi có 420 thí sinh tham gia vào vòng thi trực tuyến.', ['CONTEST_REGISTRATIONS=420']],
    // Near miss: people rewarded or going through to a final stay no count.
    ['Cuộc thi có 300 thí sinh dự thi, 20 thí sinh vào vòng chung kết.', ['CONTEST_REGISTRATIONS=300']],
    ['Có 05 thành viên Tổ công nghệ số được Chủ tịch UBND xã khen thưởng.', []],
  ]);
});

test('a heading of the report year’s tasks carried out is no forward section', () => {
  checkYearly([
    ['II. NHIỆM VỤ NĂM 2025 ĐÃ THỰC HIỆN\nTổ chức 3 hội nghị quán triệt với 250 đại biểu.', ['BRIEFING_CONFERENCES=3', 'EVENT_PARTICIPANTS=250']],
    ['II. NHIỆM VỤ NĂM 2025\nTổ chức 3 hội nghị quán triệt với 250 đại biểu.', ['BRIEFING_CONFERENCES=3', 'EVENT_PARTICIPANTS=250']],
    // Near miss: the next year's tasks, or the next quarter's, are forward.
    ['I. KẾT QUẢ\nXã tổ chức 5 lớp tập huấn.\n\nII. NHIỆM VỤ NĂM 2026\nTổ chức 8 lớp tập huấn cho 300 người.', ['TRAINING_SESSIONS=5']],
  ]);
});
