// Choosing the indicator of a number (facts.ts): sibling indicators that share a counted noun or a
// cue (people, sessions, posts, completions) are told apart by the words that govern the number.
// Every sentence is invented for this test; each rule has a near-miss beside it that must keep
// the other reading.
import { test } from 'node:test';
import { checkFacts, type FactCases } from '../../../tests/support/read-facts.ts';

// Indicator and value only, in sorted order.
const check = (cases: FactCases): void => checkFacts(cases, { print: 'value', sort: true });

test('a rate takes the words of what it counts (its numerator)', () => {
  check([
    // "Cổng dịch vụ công" names online dossiers; their share is the online rate.
    ['Có 87% hồ sơ được nộp qua Cổng dịch vụ công.', ['ONLINE_DOSSIER_PCT=87']],
    // Near-miss: a share of something else on the same portal is no dossier rate.
    ['Có 87% người dân hài lòng khi sử dụng Cổng dịch vụ công.', []],
  ]);
});

test('a rate counts a share of the noun right after it: only a rate named for that noun fits', () => {
  check([
    ['Có 97% hộ gia đình được phát mã QR.', ['HOUSEHOLD_QR_PCT=97']],
    ['Có 86% hồ sơ được tiếp nhận trực tuyến.', ['ONLINE_DOSSIER_PCT=86']],
    ['Đã quán triệt Nghị quyết tới 98% cán bộ, đảng viên.', ['OFFICIALS_BRIEFED_PCT=98']],
    // Near-miss: villages covered are no rate of the catalog, though the sentence names the radio.
    ['Có 100% thôn có cụm loa được quán triệt nội dung tuyên truyền.', []],
    // A bracket after the figure is no base: the rate keeps its label.
    ['Tỷ lệ hồ sơ thủ tục hành chính trực tuyến đạt 76,2% (kế hoạch đề ra từ đầu năm).', ['ONLINE_DOSSIER_PCT=76.2']],
  ]);
});

test('a cue that starts like another and goes on is the more specific one', () => {
  check([
    ['Cuộc thi có 720 người đăng ký, 610 người hoàn thành bài thi.', ['CONTEST_REGISTRATIONS=720', 'CONTEST_COMPLETIONS=610']],
    // Near-miss: completing a course is no contest completion.
    ['Có 45 cán bộ hoàn thành khóa học trực tuyến MOOCs về chuyển đổi số.', ['MOOC_COMPLETIONS=45']],
  ]);
});

test('a channel named in another phrase of the sentence speaks less for the figure', () => {
  check([
    ['Fanpage của xã đăng 47 tin bài, Trang thông tin điện tử đăng 25 tin bài.', ['PORTAL_ARTICLES=25', 'SOCIAL_POSTS=47']],
    ['Trang thông tin điện tử đăng 25 tin bài, Fanpage của xã đăng 47 tin bài.', ['PORTAL_ARTICLES=25', 'SOCIAL_POSTS=47']],
  ]);
});

test('broadcasts on the loudspeakers are broadcasts; the loudspeakers are clusters', () => {
  check([
    ['Tuyên truyền 36 lượt trên hệ thống loa.', ['RADIO_BROADCASTS=36']],
    ['Xã có 36 cụm loa trên hệ thống loa truyền thanh.', ['LOUDSPEAKER_CLUSTERS=36']],
  ]);
});

test('the verb right before the number governs it, not a subject further back', () => {
  check([
    // The members are the subject; the figure counts whom they helped.
    ['Các thành viên Tổ công nghệ số đã hỗ trợ 1.560 người dân.', ['CITIZENS_GUIDED=1560']],
    // Near-miss: the counted noun right after the number outranks a nearer cue before it.
    ['Mô hình Tổ công nghệ số cộng đồng được triển khai tại 100% thôn với 10 tổ.', ['COMMUNITY_TECH_TEAMS=10']],
    // Near-miss: a cue further on is a noun inside the object of the verb ("hoàn thành khóa bồi dưỡng").
    ['Số cán bộ, công chức đã hoàn thành khóa bồi dưỡng trực tuyến về chuyển đổi số là 39 người.', ['MOOC_COMPLETIONS=39']],
  ]);
});

test('a bracket listing which ones says where they are, not what the number counts', () => {
  check([
    ['Số cụm loa hư hỏng: 02 (thôn Bắc Sơn, thôn Nam Sơn).', ['LOUDSPEAKER_CLUSTERS_DOWN=2']],
    // Near-miss: a number spelled out in brackets still reaches its unit.
    ['Xã có 09 (chín) thôn.', ['VILLAGES=9']],
  ]);
});

test('a label keeps its value across a bracket of parts; "VB" is a document', () => {
  check([
    ['Số VB chỉ đạo, hướng dẫn đã ban hành: 14 (trong đó 03 kế hoạch, 11 công văn).', ['DIRECTIVE_DOCS=14']],
    // Near-miss: without the label's noun the guiding verb keeps its people.
    ['Số người được hướng dẫn cài đặt ứng dụng: 640 (trong đó 210 người cao tuổi).', ['CITIZENS_GUIDED=640']],
  ]);
});

test('any cue of another indicator that overlaps the top one and reaches further right wins', () => {
  check([
    ['Số người tham gia tập huấn, bồi dưỡng: 760 lượt.', ['TRAINEES=760']],
    // Near-miss: people at an event stay event participants.
    ['Số người tham gia lễ phát động: 760 lượt.', ['EVENT_PARTICIPANTS=760']],
  ]);
});

test('catalog wording: variant spellings, loudspeakers off air, online by electronic means, late results', () => {
  check([
    ['Dọc các tuyến đường liên thôn đã căng 85 băng zôn tuyên truyền.', ['BANNERS=85']],
    ['Có 3 cụm loa phải tạm ngừng phát trong mùa mưa bão.', ['LOUDSPEAKER_CLUSTERS_DOWN=3']],
    ['Có 1.420 hồ sơ được tiếp nhận qua môi trường điện tử.', ['ONLINE_DOSSIERS=1420']],
    ['Có 6 hồ sơ chậm trả kết quả cho công dân.', ['OVERDUE_DOSSIERS=6']],
    ['Lực lượng tham gia các Tổ công nghệ số cộng đồng là 58 người.', ['COMMUNITY_TECH_MEMBERS=58']],
    ['Ngày hội chuyển đổi số có sự tham gia của 380 hội viên phụ nữ.', ['EVENT_PARTICIPANTS=380']],
  ]);
});

test('not counted by the catalog: outgoing documents, payments, volunteer squads, rice fields, norms per month', () => {
  check([
    ['Văn phòng đã phát hành 870 văn bản đi trên hệ thống quản lý văn bản.', []],
    ['Người dân đã thanh toán trực tuyến 215 giao dịch phí, lệ phí.', []],
    ['Đoàn Thanh niên ra quân 05 đội hình tình nguyện hỗ trợ người dân.', []],
    ['Diện tích gieo cấy lúa đạt 980 ha.', []],
    ['Hiện còn 21 hồ sơ đang trong thời hạn giải quyết.', []],
    ['Theo kế hoạch, Fanpage của xã đăng ít nhất 08 tin, bài mỗi tuần.', []],
  ]);
});

test('participation follows its occasion: the nearest class, event or team before the number', () => {
  check([
    ['Mở 06 lớp "Bình dân học vụ số" với 275 lượt người dân tham gia.', ['TRAINING_SESSIONS=6', 'TRAINEES=275']],
    // Across a semicolon of the same sentence, the label before the colon names the participation.
    ['Số lớp bồi dưỡng kỹ năng số: 04 lớp; số lượt người tham gia: 132 lượt.', ['TRAINING_SESSIONS=4', 'TRAINEES=132']],
    // Near-miss: people at an event stay the event's.
    ['Lễ phát động tháng cao điểm chuyển đổi số có 540 người dân tham gia.', ['EVENT_PARTICIPANTS=540']],
  ]);
});
