// A figure's role in its clause (25 Nov 2026, afternoon): the whole or a part of it, a level or a
// rate, a result or a plan, this unit's or another body's, a count or a token that only looks
// like one. Every sentence is written for this test (none from a seed, a labelled document or a
// phrasing bank), each rule beside a sentence where it must not fire.
import { test } from 'node:test';
import { checkFacts as check } from '../../../tests/support/read-facts.ts';

test('a part after "trong đó" is a subset of a whole its own words already name', () => {
  check([
    // The whole names what the indicator counts (a cue before its figure): the part is a subset.
    ['Các tổ đã hỗ trợ 2.480 lượt người dân, trong đó 930 lượt cài đặt ứng dụng định danh.', ['CITIZENS_GUIDED=2480']],
    // A part after ";" breaks down the figure of the clause before it.
    ['Mở 11 lớp tập huấn kỹ năng số cho cán bộ thôn; trong đó 4 lớp dành cho hội viên phụ nữ.', ['TRAINING_SESSIONS=11']],
    ['Trang thông tin điện tử xã đăng 74 tin, bài; trong đó có 12 bài phóng sự ảnh.', ['PORTAL_ARTICLES=74']],
    // Near miss: a whole lacking the words the indicator requires leaves the part as the fact.
    ['Xã có 06 sản phẩm OCOP; trong đó 04 sản phẩm đã lên sàn thương mại điện tử.', ['OCOP_ECOMMERCE=4']],
    ['Xã có 06 sản phẩm OCOP, trong đó 04 sản phẩm đã lên sàn thương mại điện tử.', ['OCOP_ECOMMERCE=4']],
    // Near miss: those who finished among those enrolled are what the indicator counts.
    ['Có 52 cán bộ đăng ký khóa học MOOCs về chuyển đổi số, trong đó 40 người đã hoàn thành.', ['MOOC_COMPLETIONS=40']],
    // Near miss: a part of another indicator after ";" stays its own fact.
    ['Có 520 lượt đăng ký dự thi; trong đó 470 lượt hoàn thành bài thi.', ['CONTEST_REGISTRATIONS=520', 'CONTEST_COMPLETIONS=470']],
  ]);
});

test('a figure per area or per head is a density or a rate, no count', () => {
  check([
    ['Dân số 27.300 người, mật độ 615 người/km².', ['POPULATION=27300']],
    ['Xã rộng 48 km2; mật độ dân số khoảng 530 người/km2.', ['AREA_KM2=48']],
    ['Bình quân 4,2 người/hộ, toàn xã có 21.760 nhân khẩu.', ['POPULATION=21760']],
    // Near miss: a slash between two nouns of places is no rate.
    ['Xã có 17 thôn, tổ dân phố với 9.800 dân.', ['VILLAGES=17', 'POPULATION=9800']],
  ]);
});

test('telephone numbers and designated places count nothing', () => {
  check([
    ['Điểm hỗ trợ dịch vụ công | Nhà văn hóa thôn 6 | 0987 123 456', []],
    ['Liên hệ số 0234.3567.890 khi cần; các tổ đã hỗ trợ 230 người dân.', ['CITIZENS_GUIDED=230']],
    ['Tổ dân phố số 5 vừa ra mắt 1 Tổ công nghệ số cộng đồng mới.', ['COMMUNITY_TECH_TEAMS=1']],
    ['Chi hội số 2 vận động hội viên treo 14 băng rôn.', ['BANNERS=14']],
    // Near miss: a count with its noun after "số" stays a count.
    ['Xã có tổng số 19 thôn, 6.200 hộ.', ['VILLAGES=19']],
  ]);
});

test('a difference stated by a comparative, or an earlier level, is no level of the period', () => {
  check([
    ['Trong tháng, chuyên mục có 3.150 lượt truy cập, nhiều hơn tháng trước khoảng 260 lượt.', ['CHANNEL_VISITS=3150']],
    ['Quý này mở được 9 lớp tập huấn, ít hơn quý I 3 lớp.', ['TRAINING_SESSIONS=9']],
    ['Lượt người tham gia tập huấn nhích lên khoảng 25 lượt so với quý trước.', []],
    ['So với năm trước, Fanpage của xã có thêm 18 tin, bài về chuyển đổi số.', []],
    ['Tỷ lệ hồ sơ trực tuyến tăng từ 55% (năm 2024) lên 81,2%.', ['ONLINE_DOSSIER_PCT=81.2']],
    // Near misses: a bound of a level, an addition with no comparison, a level after its own verb.
    ['Trang thông tin điện tử xã đăng nhiều hơn 140 tin, bài.', ['PORTAL_ARTICLES=140:at_least']],
    ['Trong quý, xã treo thêm 26 băng rôn tại các thôn.', ['BANNERS=26']],
    ['Số lớp ít hơn năm ngoái vì lũ sớm nhưng vẫn đạt 13 lớp tập huấn về kỹ năng số.', ['TRAINING_SESSIONS=13']],
  ]);
});

test('numbers in names of units, roads, addresses and legal texts count nothing', () => {
  check([
    ['Cán bộ xã Hòa Phú 2 đã treo 35 băng rôn tại trung tâm xã.', ['BANNERS=35']],
    ['Tổ công nghệ số ấp Tân Lập 2 đã hỗ trợ 140 người dân.', ['CITIZENS_GUIDED=140']],
    ['Treo 48 băng rôn dọc Quốc lộ 14 và Đường tỉnh 741.', ['BANNERS=48']],
    ['Màn hình LED đặt tại số 42 đường Lê Lợi, hoạt động hằng ngày.', []],
    ['Có 03 hồ sơ quá hạn (lĩnh vực đất đai, theo Nghị định 118).', ['OVERDUE_DOSSIERS=3']],
    ['Phường có 2 cụm loa hư hỏng, ít hơn so với phường Tân An 3 (7 cụm).', ['LOUDSPEAKER_CLUSTERS_DOWN=2']],
    // Near miss: a count after a unit's name is a count.
    ['Xã Tân Hòa có 12 thôn.', ['VILLAGES=12']],
  ]);
});

test('figures of a department, a ministry or a wider area are no figures of the unit', () => {
  check([
    ['Sở Nội vụ đã mở 04 lớp tập huấn cho công chức cấp xã; xã cử 3 người tham dự.', []],
    ['Cuộc thi trực tuyến có 36.200 lượt đăng ký trên toàn tỉnh.', []],
    ['Theo Sở Văn hóa và Thể thao, toàn tỉnh còn 175 cụm loa hư hỏng.', []],
    ['Triển khai 11 văn bản chỉ đạo của tỉnh, UBND xã ban hành 04 văn bản triển khai.', ['DIRECTIVE_DOCS=4']],
    ['Cổng thông tin tỉnh có 1,8 triệu lượt truy cập, riêng chuyên mục Nghị quyết 12 của tỉnh khoảng 95.000 lượt.', []],
    // Near misses: the unit's own counter, a building, working with a department.
    ['Bộ phận Một cửa tiếp nhận 1.310 hồ sơ.', ['TOTAL_DOSSIERS=1310']],
    ['Trụ sở UBND xã lắp 2 màn hình LED.', ['LED_SCREENS=2']],
    ['Xã cùng Sở Nội vụ mở 3 lớp tập huấn về kỹ năng số.', ['TRAINING_SESSIONS=3']],
  ]);
});

test('subsets: among a whole, one village or item singled out', () => {
  check([
    ['Trong số người dân được hướng dẫn, có 205 người cao tuổi.', []],
    ['Trong các văn bản đã ban hành có 03 kế hoạch chuyên đề.', []],
    ['Video ngắn chiếm 17 trong số tin, bài đăng trên mạng xã hội của xã.', []],
    ['Lĩnh vực đất đai có nhiều hồ sơ nộp trực tuyến nhất (265 hồ sơ).', []],
    ['Thôn Bình An có 280 hộ, 1.020 nhân khẩu.', []],
    ['Riêng 3 xóm ven sông có gần 1.100 nhân khẩu.', []],
    // Near misses: a catalog part among a total; a period after "trong các"; a class of another noun.
    ['Trong tổng số 1.140 hồ sơ, có 980 hồ sơ nộp trực tuyến.', ['TOTAL_DOSSIERS=1140', 'ONLINE_DOSSIERS=980']],
    ['Trong các tháng hè, xã mở 7 lớp tập huấn về kỹ năng số.', ['TRAINING_SESSIONS=7']],
    ['Trong các lớp tập huấn có 260 lượt học viên tham gia.', ['TRAINEES=260']],
    ['Xã có 11 ấp, 18.300 nhân khẩu.', ['VILLAGES=11', 'POPULATION=18300']],
  ]);
});

test('aims stated inside a report are no results', () => {
  check([
    ['Kế hoạch cải cách hành chính năm 2026 đề ra tiếp nhận trực tuyến tối thiểu 2.000 hồ sơ.', []],
    ['Chỉ tiêu năm 2027: 90% cán bộ xã học xong tối thiểu 02 khóa học MOOCs.', []],
    // Near misses: the result after the aim; a result after "thực hiện".
    ['Chỉ tiêu huyện giao 75%, kết quả tỷ lệ hồ sơ trực tuyến của xã đạt 79,3%.', ['ONLINE_DOSSIER_PCT=79.3']],
    ['Kế hoạch năm: 12 lớp; thực hiện: 14 lớp tập huấn.', ['TRAINING_SESSIONS=14']],
  ]);
});

test('aims beside results, earlier units in a bracket, parts singled out and bases of parts', () => {
  check([
    ['Trang thông tin điện tử xã đăng 71 tin, bài, vượt chỉ tiêu kế hoạch là 50 tin, bài.', ['PORTAL_ARTICLES=71']],
    ['Các tổ đã hướng dẫn 1.930 người dân cài đặt VNeID, đạt 96,5% kế hoạch năm là 2.000 người.', ['CITIZENS_GUIDED=1930']],
    ['Tỷ lệ hồ sơ nộp trực tuyến cả năm đạt 83,4%, vượt chỉ tiêu Nghị quyết Đảng bộ xã đề ra (80%).', ['ONLINE_DOSSIER_PCT=83.4']],
    ['Xã có 16 thôn (trước sắp xếp, hai xã cũ có tổng cộng 23 thôn).', ['VILLAGES=16']],
    ['Các nhóm Zalo thôn chia sẻ 180 tin, bài trên mạng xã hội, riêng nhóm của 3 thôn vùng cao chia sẻ 64 tin, bài.', ['SOCIAL_POSTS=180']],
    ['Xã có 7 sản phẩm OCOP bày bán trên sàn thương mại điện tử trên tổng số 12 sản phẩm OCOP của xã.', ['OCOP_ECOMMERCE=7']],
    // Near misses: a base of another indicator; a part of another indicator singled out.
    ['Có 612 lượt hoàn thành bài thi trên tổng số 700 lượt đăng ký dự thi.', ['CONTEST_COMPLETIONS=612', 'CONTEST_REGISTRATIONS=700']],
    ['Xã có 9 cụm loa, riêng cụm loa thôn Đông bị hư hỏng 1 cụm.', ['LOUDSPEAKER_CLUSTERS=9', 'LOUDSPEAKER_CLUSTERS_DOWN=1']],
  ]);
});

test('averages per item, a second figure per item, peak periods and those still at it', () => {
  check([
    ['Các tổ đã hướng dẫn 1.870 người dân; bình quân mỗi tổ hướng dẫn khoảng 130 người.', ['CITIZENS_GUIDED=1870']],
    ['Mỗi thôn được cấp 3 băng rôn và 2 pa nô để treo tại nhà văn hóa.', []],
    ['Trung bình mỗi tháng xã tiếp nhận khoảng 280 hồ sơ, tháng cao điểm trên 400 hồ sơ.', []],
    ['Hiện 27 công chức xã đã học xong khóa học MOOCs, 06 người còn đang học.', ['MOOC_COMPLETIONS=27']],
    // Near misses: an item that reports what it did; two figures joined by "và" with no item.
    ['Mỗi khu vực tổ chức từ 20 đến 25 buổi hướng dẫn.', ['TRAINING_SESSIONS=20:range-25']],
    ['Xã treo 40 băng rôn và 6 pa nô.', ['BANNERS=40', 'BANNERS=6']],
  ]);
});

test('a whole named by no indicator takes the indicator of the parts that add up to it', () => {
  check([
    ['Thực hiện 58 sản phẩm tuyên truyền trực quan, trong đó 30 băng rôn, 20 pa nô và 8 áp phích.', ['BANNERS=58']],
    // Near misses: parts that do not add up; parts of two indicators.
    ['Thực hiện 58 sản phẩm tuyên truyền trực quan, trong đó 30 băng rôn, 20 pa nô.', ['BANNERS=30', 'BANNERS=20']],
    ['Phường có 9 thiết bị, gồm 4 màn hình LED và 5 cụm loa.', ['LED_SCREENS=4', 'LOUDSPEAKER_CLUSTERS=5']],
  ]);
});

test('a zero of a part named after the whole’s full name is the part’s', () => {
  check([
    ['Suốt quý III không có hồ sơ thủ tục hành chính bị quá hạn.', ['OVERDUE_DOSSIERS=0']],
    // Near misses: the whole's own zero; a part named right after the negation.
    ['Trong tháng không tiếp nhận hồ sơ thủ tục hành chính nào.', ['TOTAL_DOSSIERS=0']],
    ['Chưa có hồ sơ trễ hạn.', ['OVERDUE_DOSSIERS=0']],
  ]);
});

test('an earlier year right after the figure’s noun makes it that year’s', () => {
  check([
    ['Tổng số 15 cụm loa; không có cụm hư hỏng (05 cụm hư hỏng năm 2023 đã sửa xong).', ['LOUDSPEAKER_CLUSTERS=15', 'LOUDSPEAKER_CLUSTERS_DOWN=0']],
    // Near misses: the year reported on; a comparison with an earlier year.
    ['Xã mở 9 lớp tập huấn trong năm 2025.', ['TRAINING_SESSIONS=9']],
    ['Xã mở 9 lớp tập huấn, tăng so với năm 2024.', ['TRAINING_SESSIONS=9']],
  ], { document: (body) => `UBND XÃ SƠN LÂM\nSố: 27/BC-UBND\nSơn Lâm, ngày 21 tháng 11 năm 2025\nBÁO CÁO\nCông tác thông tin cơ sở năm 2025\n\n${body}\n` });
});
