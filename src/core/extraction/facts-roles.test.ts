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
    // Near miss: a part of another indicator after ";" stays its own fact.
    ['Có 520 lượt đăng ký dự thi; trong đó 470 lượt hoàn thành bài thi.', ['CONTEST_REGISTRATIONS=520', 'CONTEST_COMPLETIONS=470']],
  ]);
});
