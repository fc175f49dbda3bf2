// Numbers in context (issue 3, precision): figures that stand beside the report's values but are
// not this commune's indicator values — units of measure, things no indicator counts, names and
// phone lines, later periods, norms per period, other units' figures. Each rule is checked on
// sentences written for this test (none from a seed, a labelled document or a phrasing bank),
// with a sentence beside it that must keep its fact.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFacts as check, readFacts as facts } from '../../../tests/support/read-facts.ts';

test('units of measure after a number are no count: frequencies, power, screen sizes, bandwidth', () => {
  check([
    ['Đài truyền thanh xã phát trên tần số 96,5 MHz, mỗi cụm loa công suất 30W.', []],
    ['Hội trường được lắp 01 màn hình 75 inch và đường truyền 200 Mbps.', ['LED_SCREENS=1']],
    ['Xã đã lắp đặt 14 cụm loa không dây.', ['LOUDSPEAKER_CLUSTERS=14']],
  ]);
});

test('things no indicator counts: TV sets, computers, printed sheets, stalls, counters, accounts, calls', () => {
  check([
    // "ti vi" is a TV set, never "tỉ" (a billion).
    ['Phòng họp của xã có 03 ti vi và 08 máy tính để bàn kết nối trực tuyến.', []],
    ['Đoàn thanh niên phát 4.100 tờ gấp có mã QR truy cập kênh thông tin của xã.', []],
    ['Ngày hội có 15 gian hàng giới thiệu sản phẩm số.', []],
    ['Có 8.540 tài khoản định danh điện tử được kích hoạt và 96 cuộc gọi hỏi về dịch vụ công.', []],
    ['Xã treo 45 băng rôn, khẩu hiệu tuyên truyền.', ['BANNERS=45']],
    // "tổ" is not the printed "tờ": both fold to "to".
    ['Kiện toàn 17 Tổ công nghệ số cộng đồng.', ['COMMUNITY_TECH_TEAMS=17']],
  ]);
});

test('names: phone lines, counters and a list of numbered things, a building of a named village', () => {
  check([
    ['Đường dây nóng 1900 của tỉnh tiếp nhận phản ánh của người dân.', []],
    ['Tổng đài hỗ trợ 1080 giải đáp về thủ tục hành chính.', []],
    // A count after the phone line's words is still a count.
    ['Tổng đài hướng dẫn 120 người dân cài đặt VNeID.', ['CITIZENS_GUIDED=120']],
    ['Hồ sơ trực tuyến được tiếp nhận tại quầy số 2 và số 5 của Bộ phận một cửa.', []],
    ['Buổi ra mắt tổ chức tại Nhà văn hóa thôn 4; sau đó tuyên truyền tại thôn 9.', []],
    ['Xã có 12 thôn.', ['VILLAGES=12']],
  ]);
});

test('a clause dated after the period reported on is a plan; a horizon or a result is not', () => {
  // The wrapper report carries no date: the period comes from the document's date line.
  const report = (body: string) =>
    facts(body, { document: (b) => `ỦY BAN NHÂN DÂN XÃ AN PHÚ\nSố: 12/BC-UBND\nAn Phú, ngày 20 tháng 11 năm 2025\n\nBÁO CÁO\nVề việc thử nghiệm\n\n${b}\n`, print: 'value' });
  assert.deepEqual(report('Trong năm 2027, xã lắp đặt bổ sung 16 cụm loa thông minh.'), []);
  assert.deepEqual(report('Giai đoạn 2026 - 2028, xã đầu tư 03 màn hình LED tại trung tâm.'), []);
  assert.deepEqual(report('Năm 2025, xã đã lắp đặt 16 cụm loa thông minh.'), ['LOUDSPEAKER_CLUSTERS=16']);
  assert.deepEqual(report('Thực hiện Chương trình chuyển đổi số định hướng đến năm 2030, xã tổ chức 4 hội nghị quán triệt.'), ['BRIEFING_CONFERENCES=4']);
});

test('a figure per week, month or quarter is a rate, not the period total; the total beside it stays', () => {
  check([
    ['Theo quy định, mỗi tuần Fanpage của xã đăng ít nhất 5 tin, bài.', []],
    ['Hằng tháng, hệ thống truyền thanh phát 8 lượt chuyên mục.', []],
    ['Hệ thống truyền thanh phát 10 lượt mỗi quý, cả năm phát 46 lượt.', ['RADIO_BROADCASTS=46']],
    ['Ban Chỉ đạo họp hằng tháng (đã họp 5 phiên) và tổ chức 03 hội nghị quán triệt.', ['BRIEFING_CONFERENCES=3']],
    ['Mỗi tháng phát 4 lượt, tổng cộng cả năm phát 48 lượt chuyên mục.', ['RADIO_BROADCASTS=48']],
  ]);
});

test("other units' figures and the time before the merger are not the commune's", () => {
  check([
    ['Toàn thành phố có hơn 85.000 lượt hoàn thành bài thi trực tuyến.', []],
    ['Trước sắp xếp, huyện cũ có 142 thôn, tổ dân phố.', []],
    ['Xã cũ có 9 thôn; nay xã có 23 thôn.', ['VILLAGES=23']],
    ['Trang thông tin điện tử xã đã đăng 64 tin, bài về chuyển đổi số.', ['PORTAL_ARTICLES=64']],
  ]);
});

test('what the indicator does not count: repaired clusters named by joined verbs, pending dossiers, payment and provision rates', () => {
  check([
    ['Trong năm, xã đã khắc phục, thay mới 7 cụm loa bị hư hỏng.', []],
    ['Xã có 5 cụm loa hư hỏng cần thay thế.', ['LOUDSPEAKER_CLUSTERS_DOWN=5']],
    ['Bộ phận một cửa tiếp nhận 1.450 hồ sơ, đang giải quyết 38 hồ sơ.', ['TOTAL_DOSSIERS=1450']],
    ['Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính đạt 58,4%.', []],
    ['Tỷ lệ thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến đạt 81%.', []],
    ['Có 64% hộ kinh doanh trong chợ dùng mã QR để thanh toán.', []],
  ]);
});

test('an instruction to prevent is no zero; a stated absence is', () => {
  check([
    ['Chủ tịch UBND xã yêu cầu các bộ phận không để phát sinh hồ sơ trễ hạn.', []],
    ['Trong kỳ, xã không để phát sinh hồ sơ trễ hạn.', ['OVERDUE_DOSSIERS=0']],
  ]);
});

test('a later year or a norm dates a figure only before it, in its own phrase or at its clause start', () => {
  const dated = (body: string) =>
    facts(body, { document: (b) => `ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 12/BC-UBND\nTân Lập, ngày 10 tháng 12 năm 2025\nBÁO CÁO\nKết quả năm 2025\n${b}\n`, print: 'value' });
  const cases: [string, string[]][] = [
    // A result about a later plan is a result; a figure the later year dates is a plan.
    ['Xã tổ chức 4 hội nghị quán triệt Kế hoạch chuyển đổi số giai đoạn 2026-2030 của tỉnh.', ['BRIEFING_CONFERENCES=4']],
    ['Theo Kế hoạch, giai đoạn 2026-2030 xã lắp đặt thêm 16 cụm loa truyền thanh.', []],
    // "đa dạng" is no "đã".
    ['Trong năm 2027, xã đa dạng hóa, lắp đặt bổ sung 16 cụm loa truyền thanh.', []],
    // A routine named earlier in the clause is no norm for the figure after its comma.
    ['Ban Chỉ đạo duy trì giao ban hằng tháng, tổ chức 12 hội nghị quán triệt.', ['BRIEFING_CONFERENCES=12']],
    ['Duy trì phát sóng hằng ngày, hệ thống truyền thanh xã phát 320 lượt chuyên mục.', ['RADIO_BROADCASTS=320']],
    ['Mỗi tháng, Trang thông tin điện tử xã đăng từ 6 đến 8 tin, bài.', []],
  ];
  for (const [sentence, expected] of cases) assert.deepEqual(dated(sentence), expected, sentence);
});
