// Binding numbers to catalog indicators: the general rules, on sentences written for this test
// (none comes from a seed or a labelled fixture).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFromText } from './extract.ts';

const facts = (body: string, kind: 'BÁO CÁO' | 'KẾ HOẠCH' = 'BÁO CÁO') =>
  extractFromText(`${kind}\nVề việc thử nghiệm\n\n${body}\n`).facts.map((f) => `${f.indicator}=${f.value}${f.qualifier === 'exact' ? '' : `:${f.qualifier}`}${f.max !== null ? `-${f.max}` : ''}`);

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
