// Facts of the period reported on (25 Nov 2026): a report states its own period's figures beside
// figures of other periods (the same period a year before, an earlier quarter, the start of the
// year, the next quarter), of the plan, of running totals, of wider areas and other units, and per
// session. Only the report's own period, for the reporting unit, is a fact. Every sentence and
// table is written for this test (none from a seed, a labelled document or a phrasing bank), each
// rule beside a near miss where it must not fire.
import { test } from 'node:test';
import { minimalDocument } from '../../../tests/support/minimal-document.ts';
import { checkFacts as check, type FactsOptions } from '../../../tests/support/read-facts.ts';

/** A report dated 24/11/2025 whose subject line (and so its period) is given. */
const report = (subject: string, opening: string[] = []): FactsOptions => ({ document: (body) => minimalDocument({ number: '15/BC-UBND', title: 'BÁO CÁO', subject, opening }, body), sort: true });
const yearly = report('Kết quả thực hiện Nghị quyết 57-NQ/TW năm 2025');
const thirdQuarter = report('Kết quả thực hiện Nghị quyết 57-NQ/TW quý III năm 2025');

test('a comma phrase opening with the period compared against states no fact', () => {
  check(
    [
      ['Năm 2025, đài truyền thanh xã phát 186 lượt tin, bài, cùng kỳ năm trước phát 140 lượt.', ['RADIO_BROADCASTS=186']],
      ['Tỷ lệ hồ sơ nộp trực tuyến đạt 88,2%, trong khi cùng kỳ chỉ đạt 71,5%.', ['ONLINE_DOSSIER_PCT=88.2']],
      ['Tỷ lệ cán bộ được quán triệt Nghị quyết đạt 97,1% (cùng kỳ 2024: 83%).', ['OFFICIALS_BRIEFED_PCT=97.1']],
      // Near miss: a later comma phrase naming the year reported on is that year's figure.
      ['Năm 2024 chưa tổ chức lớp nào, năm 2025 xã mở 07 lớp tập huấn kỹ năng số.', ['TRAINING_SESSIONS=7']],
    ],
    yearly,
  );
});

test('a bracket after what a figure is compared with holds the compared figure, whatever its year', () => {
  check(
    [
      ['Bộ phận Một cửa tiếp nhận 2.915 hồ sơ, tăng 9% so với năm 2025 (2.674 hồ sơ).', ['TOTAL_DOSSIERS=2915']],
      ['Trang thông tin điện tử đăng 64 tin, bài, nhiều hơn so với kỳ trước (41 tin, bài).', ['PORTAL_ARTICLES=64']],
      // Near miss: a bracket with only a qualifier belongs to its own figure.
      ['Xã tổ chức 02 hội nghị quán triệt (150 người tham dự).', ['BRIEFING_CONFERENCES=2', 'EVENT_PARTICIPANTS=150']],
    ],
    yearly,
  );
});

test('the average of a wider area and a wider area set beside the commune are no facts', () => {
  check(
    [
      ['Tỷ lệ hồ sơ trực tuyến của xã đạt 83,4%, cao hơn mức bình quân của tỉnh (74,9%).', ['ONLINE_DOSSIER_PCT=83.4']],
      ['Xã có 6 sản phẩm OCOP được giới thiệu trên sàn thương mại điện tử, trong khi toàn tỉnh có 275 sản phẩm OCOP.', ['OCOP_ECOMMERCE=6']],
      // Near miss: the commune's own average is its figure.
      ['Tỷ lệ hồ sơ trực tuyến bình quân của xã đạt 79%.', ['ONLINE_DOSSIER_PCT=79']],
    ],
    yearly,
  );
});

test('figures of a later period than the one reported on are planned', () => {
  check(
    [
      ['Trong quý IV, xã tổ chức 04 lớp tập huấn cho 160 người dân.', []],
      ['Thời gian tới, Trung tâm Văn hóa treo thêm 25 băng rôn tại các trục đường chính.', []],
      // Near miss: the quarter reported on.
      ['Trong quý III, xã tổ chức 04 lớp tập huấn cho 160 người dân.', ['TRAINEES=160', 'TRAINING_SESSIONS=4']],
    ],
    thirdQuarter,
  );
  // Near miss: a yearly report covers the fourth quarter.
  check([['Trong quý IV, xã tổ chức 04 lớp tập huấn cho 160 người dân.', ['TRAINEES=160', 'TRAINING_SESSIONS=4']]], yearly);
});

test('a label announcing the next period makes the figures under it planned', () => {
  check(
    [
      ['Kế hoạch quý IV:\n- Tổ chức 02 hội nghị quán triệt chuyên đề.\n- Treo 35 băng rôn, khẩu hiệu.', []],
      // Near miss: a label of the quarter's results.
      ['Kết quả quý III:\n- Tổ chức 02 hội nghị quán triệt chuyên đề.\n- Treo 35 băng rôn, khẩu hiệu.', ['BANNERS=35', 'BRIEFING_CONFERENCES=2']],
    ],
    thirdQuarter,
  );
});

test('what each session holds is no count of the period', () => {
  check(
    [
      ['Đài phát chuyên mục 3 buổi mỗi tuần, mỗi buổi phát 4 tin, bài về chuyển đổi số.', []],
      ['Các lớp tập huấn kỹ năng số có khoảng 45 người/buổi.', []],
      // Near miss: a place that does something still reports what was done.
      ['Mỗi thôn tổ chức 3 lớp tập huấn kỹ năng số cho người dân.', ['TRAINING_SESSIONS=3']],
    ],
    yearly,
  );
});

test('columns of averages, other areas and ranks hold no fact of the commune', () => {
  check(
    [
      ['| Nội dung | Kết quả của xã | Bình quân toàn tỉnh |\n| Tỷ lệ hồ sơ trực tuyến (%) | 86,3 | 72,8 |', ['ONLINE_DOSSIER_PCT=86.3']],
      ['| Chỉ tiêu | Kết quả | Xếp hạng |\n| Tỷ lệ hồ sơ trực tuyến (%) | 86,3 | 5/38 |', ['ONLINE_DOSSIER_PCT=86.3']],
      // Near miss: "tính" is no "tỉnh".
      ['| Nội dung | Tính đến 30/9/2025 |\n| Số cụm loa truyền thanh | 41 |', ['LOUDSPEAKER_CLUSTERS=41']],
    ],
    yearly,
  );
});

test('abbreviated and dated column names: TH, KH, CK, a stock at a date', () => {
  check(
    [
      ['Chỉ tiêu | KH 2025 | TH 2025 | CK 2024\nSố lớp tập huấn kỹ năng số | 9 | 11 | 6', ['TRAINING_SESSIONS=11']],
      ['Chỉ tiêu\tCK 2024\tTH 2025\tSo sánh với CK (%)\nSố hội nghị quán triệt\t3\t5\t166,7', ['BRIEFING_CONFERENCES=5']],
      ['Chỉ tiêu | Thời điểm 31/12/2024 | Thời điểm 31/10/2025\nTổ công nghệ số cộng đồng | 11 | 15', ['COMMUNITY_TECH_TEAMS=15']],
      // Near miss: targets only, no result column.
      ['Chỉ tiêu | KH 2026 | KH 2027\nSố lớp tập huấn kỹ năng số | 12 | 14', []],
    ],
    yearly,
  );
});

test('the results heading names the period when the title does not', () => {
  const untitled = report('Kết quả công tác chuyển đổi số');
  check(
    [
      // A nine-month period: the running total to its end is its figure.
      ['II. KẾT QUẢ THỰC HIỆN 9 THÁNG ĐẦU NĂM 2025\nChỉ tiêu | Quý III/2025 | Lũy kế đến 30/9/2025\nBăng rôn, khẩu hiệu | 14 | 41', ['BANNERS=41']],
      // A month: the running total from the start of the year is no figure of it.
      ['II. KẾT QUẢ THỰC HIỆN THÁNG 10/2025\nTrong tháng, Trang thông tin điện tử xã đăng 11 tin, bài; lũy kế từ đầu năm 97 tin, bài.', ['PORTAL_ARTICLES=11']],
      // Near miss: a quarter heading keeps the quarter's column.
      ['II. KẾT QUẢ THỰC HIỆN QUÝ III/2025\nChỉ tiêu | Quý III/2025 | Lũy kế đến 30/9/2025\nBăng rôn, khẩu hiệu | 14 | 41', ['BANNERS=14']],
    ],
    untitled,
  );
});

test('a part of the year beside the running total to its end, or another quarter beside the own one, is no fact', () => {
  check(
    [
      ['Tháng 9 đài truyền thanh phát 12 lượt tin, bài; tính đến hết tháng 9 đài truyền thanh phát 96 lượt tin, bài.', ['RADIO_BROADCASTS=96']],
    ],
    report('Kết quả thực hiện Nghị quyết 57-NQ/TW 9 tháng đầu năm 2025'),
  );
  check(
    [
      ['Trong quý III có 05 hồ sơ giải quyết quá hạn (quý II: 9 hồ sơ quá hạn).', ['OVERDUE_DOSSIERS=5']],
      // Near miss: a sentence opening with a quarter stands alone (its numeral may be OCR-damaged).
      ['Quý II/2025, xã tổ chức 03 hội nghị quán triệt.', ['BRIEFING_CONFERENCES=3']],
    ],
    thirdQuarter,
  );
  check(
    [
      // Near miss: a month inside the period with no running total beside it is the period's.
      ['Tháng 9, xã tổ chức Ngày hội chuyển đổi số thu hút 1.350 lượt người tham gia.', ['EVENT_PARTICIPANTS=1350']],
    ],
    report('Kết quả thực hiện Nghị quyết 57-NQ/TW 9 tháng đầu năm 2025'),
  );
});

test('the start of the period, changes, old units and the plan’s figure are no facts', () => {
  check(
    [
      ['Hệ thống truyền thanh hiện có 38 cụm loa; đầu năm có 41 cụm loa.', ['LOUDSPEAKER_CLUSTERS=38']],
      ['Xã tổ chức 05 hội nghị cho 420 người, tăng 2 hội nghị và 130 người so với cùng kỳ.', ['BRIEFING_CONFERENCES=5', 'EVENT_PARTICIPANTS=420']],
      ['Trang thông tin điện tử xã đăng 118 tin, bài, vượt 18 tin, bài so với chỉ tiêu.', ['PORTAL_ARTICLES=118']],
      ['Xã Tân Lập cũ có 8 thôn trước khi hợp nhất.', []],
      ['Số người dân được hướng dẫn cài đặt ứng dụng: thực hiện 1.240 người, kế hoạch năm 1.500 người.', ['CITIZENS_GUIDED=1240']],
      // Near misses: what there is now; a count of plans issued; a named unit that is no old one.
      ['Hệ thống truyền thanh hiện có 38 cụm loa.', ['LOUDSPEAKER_CLUSTERS=38']],
      ['Ủy ban nhân dân xã ban hành 03 kế hoạch về chuyển đổi số.', ['DIRECTIVE_DOCS=3']],
      ['Xã Tân Lập có 8 thôn.', ['VILLAGES=8']],
    ],
    yearly,
  );
});

test('another commune marked as another one states its own figure, not the report’s', () => {
  check(
    [
      ['Xã Phú Lương (đơn vị bạn) đã hướng dẫn 4.300 người dân cài đặt ứng dụng VNeID.', []],
      ['Trang thông tin điện tử của phường Đông Xuyên đăng 210 tin, bài, nhiều gấp đôi so với xã.', []],
      // Near misses: a unit named with nothing setting it against the reporting one (a report
      // names itself so); a comparison with another named unit; a channel named after a unit.
      ['Xã Phú Lương đã hướng dẫn 4.300 người dân cài đặt ứng dụng VNeID.', ['CITIZENS_GUIDED=4300']],
      ['Trang thông tin điện tử của xã Phú Lương đăng 210 tin, bài, nhiều hơn so với xã Đông Xuyên.', ['PORTAL_ARTICLES=210']],
      ['Fanpage "Xã Phú Lương (đơn vị bạn)" đăng 32 tin, bài.', ['SOCIAL_POSTS=32']],
    ],
    yearly,
  );
});
