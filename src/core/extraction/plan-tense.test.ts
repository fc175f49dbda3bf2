// Facts of a plan: figures describing the present or past are facts wherever the plan states them
// (situation parts under any heading, the opening paragraph, a clause of a sentence that also
// states a target); forward-looking figures (targets, tasks, funds, deadlines) are not. Plans
// written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFromText } from './extract.ts';
import { factStrings } from '../../../tests/support/read-facts.ts';

const HEADER = ['ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'XÃ AN LẠC                   Độc lập - Tự do - Hạnh phúc', '', 'Số: 77/KH-UBND              An Lạc, ngày 10 tháng 10 năm 2025', '', 'KẾ HOẠCH', 'Truyền thông về chuyển đổi số trên địa bàn xã giai đoạn 2025 - 2030', ''];

const facts = (body: string): string[] => {
  const r = extractFromText([...HEADER, body, '', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', ''].join('\n'));
  assert.equal(r.kind, 'plan');
  return factStrings(r.facts, { print: 'value', sort: true });
};

test('situation parts under other headings than "Thực trạng" give facts; target parts do not', () => {
  for (const heading of ['I. HIỆN TRẠNG', 'I. CƠ SỞ THỰC TIỄN', 'I. SỰ CẦN THIẾT XÂY DỰNG KẾ HOẠCH', 'I. BỐI CẢNH', 'I. KẾT QUẢ TRIỂN KHAI NĂM 2025', 'I. ĐÁNH GIÁ CÔNG TÁC TRUYỀN THÔNG', 'I. CĂN CỨ XÂY DỰNG KẾ HOẠCH']) {
    const body = `${heading}\nXã có 14 thôn với 9.200 nhân khẩu.\n\nII. MỤC TIÊU\nTổ chức 6 lớp tập huấn kỹ năng số.\n\nIII. KINH PHÍ\nBố trí cho 3 cụm loa mới.`;
    assert.deepEqual(facts(body), ['POPULATION=9200', 'VILLAGES=14'], heading);
  }
});

test('the opening paragraph before the first part is the present; a purpose part needs a cue', () => {
  const body = 'Xã có 14 thôn, dân số 9.200 người; hiện có 12 Tổ công nghệ số cộng đồng.\n\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm 100% thôn được tuyên truyền; hiện nay có 20 cụm loa.\n\nII. NHIỆM VỤ\nMở 6 lớp tập huấn.';
  assert.deepEqual(facts(body), ['COMMUNITY_TECH_TEAMS=12', 'LOUDSPEAKER_CLUSTERS=20', 'POPULATION=9200', 'VILLAGES=14']);
});

test('a sentence stating the present and a target: the present clause is a fact, the target is not', () => {
  assert.deepEqual(facts('II. MỤC TIÊU\n- Nâng tỷ lệ hồ sơ trực tuyến từ 45% hiện nay lên 80% vào năm 2027.'), ['ONLINE_DOSSIER_PCT=45']);
  assert.deepEqual(facts('I. THỰC TRẠNG\nToàn xã hiện có 24 cụm loa, phấn đấu đến năm 2027 có 30 cụm loa.'), ['LOUDSPEAKER_CLUSTERS=24']);
  assert.deepEqual(facts('Đến nay xã đã thành lập 12 Tổ công nghệ số cộng đồng; dự kiến năm 2026 mở 8 lớp tập huấn.'), ['COMMUNITY_TECH_TEAMS=12']);
});

test('numbered sub-parts: a target sub-heading inside a mixed part, a situation sub-heading inside the content part', () => {
  const body = 'I. MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU\n1. Mục đích, yêu cầu\nTuyên truyền sâu rộng.\n2. Chỉ tiêu\nMở 10 lớp tập huấn kỹ năng số.\n\nII. NỘI DUNG\n1. Thực trạng\nXã có 14 thôn.\n2. Nhiệm vụ\nLắp 5 cụm loa.';
  assert.deepEqual(facts(body), ['VILLAGES=14']);
});

test('forward cues in a situation part: a later year or an aim is no fact; what was done is', () => {
  assert.deepEqual(facts('I. TÌNH HÌNH CHUNG\nNăm 2025 xã đã mở 7 lớp tập huấn. Đến năm 2027 xã mở 12 lớp tập huấn.'), ['TRAINING_SESSIONS=7']);
});

test('"từ X% trở lên" under a target is a floor, not the figure a change starts from', () => {
  assert.deepEqual(facts('II. CHỈ TIÊU\n- Tỷ lệ hồ sơ nộp trực tuyến đạt từ 85% trở lên.'), []);
});

test('forward headings that name results or the present give no fact: the first word named decides', () => {
  for (const heading of ['III. KẾT QUẢ CẦN ĐẠT', 'III. DỰ KIẾN KẾT QUẢ', 'III. MỤC TIÊU VÀ KẾT QUẢ', 'III. NHIỆM VỤ TRONG TÌNH HÌNH MỚI']) {
    assert.deepEqual(facts(`I. THỰC TRẠNG\nXã có 14 thôn.\n\n${heading}\nTổ chức 6 lớp tập huấn kỹ năng số.`), ['VILLAGES=14'], heading);
  }
});

test('short heading lines of their own and labelled tables set the part; a task sub-part before any part is no opening paragraph', () => {
  assert.deepEqual(facts('Kết quả triển khai thời gian qua\nXã đã mở 7 lớp tập huấn kỹ năng số.'), ['TRAINING_SESSIONS=7']);
  assert.deepEqual(facts('Chỉ tiêu về kỹ năng số\nMở 7 lớp tập huấn kỹ năng số.'), []);
  assert.deepEqual(facts('Bảng 2. Chỉ tiêu theo năm\nMở 7 lớp tập huấn kỹ năng số.'), []);
  assert.deepEqual(facts('3. Phổ cập kỹ năng số\nMở 7 lớp tập huấn kỹ năng số cho người dân.'), []);
  assert.deepEqual(facts('Xã có 14 thôn.\n\nI. THỰC TRẠNG\n1. Hạ tầng truyền thanh\nToàn xã có 20 cụm loa.'), ['LOUDSPEAKER_CLUSTERS=20', 'VILLAGES=14']);
});

test('the present stated in a target or task sentence: "hiện …", "từ X hiện nay lên (ít nhất) Y" after an aim', () => {
  assert.deepEqual(facts('II. CHỈ TIÊU\n- Hiện chuyên mục đạt khoảng 3.500 lượt truy cập; phấn đấu năm 2026 đạt trên 10.000 lượt truy cập.'), ['CHANNEL_VISITS=3500']);
  assert.deepEqual(facts('III. NHIỆM VỤ, GIẢI PHÁP\n- Bổ sung thành viên Tổ công nghệ số cộng đồng từ 48 người hiện nay lên ít nhất 90 người.'), ['COMMUNITY_TECH_MEMBERS=48']);
  assert.deepEqual(facts('II. MỤC TIÊU\n- Phấn đấu nâng tỷ lệ hồ sơ nộp trực tuyến từ 64% hiện nay lên 85% vào năm 2027.'), ['ONLINE_DOSSIER_PCT=64']);
  assert.deepEqual(facts('III. NHIỆM VỤ\n- Hiện đại hóa hệ thống truyền thanh, lắp đặt 10 cụm loa thông minh.'), []);
});

test('a time fronted in a sentence governs the clauses a semicolon joins to it, outside a forward part', () => {
  // Under a purpose part (no tense of its own): the earlier year at the sentence's head makes every clause present.
  const body = 'I. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức của Nhân dân.\n\nNăm 2024, xã có 11 thôn; hệ thống truyền thanh gồm 19 cụm loa, trong đó 3 cụm hỏng; tỷ lệ hồ sơ nộp trực tuyến đạt 71,5%.\n\nII. CHỈ TIÊU\nMở 9 lớp tập huấn.';
  assert.deepEqual(facts(body), ['LOUDSPEAKER_CLUSTERS=19', 'LOUDSPEAKER_CLUSTERS_DOWN=3', 'ONLINE_DOSSIER_PCT=71.5']);
  const now = 'I. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức.\n\nĐến nay, xã có 11 thôn; toàn xã có 19 cụm loa.\n\nII. CHỈ TIÊU\nMở 9 lớp tập huấn.';
  assert.deepEqual(facts(now), ['LOUDSPEAKER_CLUSTERS=19', 'VILLAGES=11']);
  // Near-misses: a sentence ended by a full stop does not carry its time into the next one; an aim
  // at the head of the sentence makes its joined clauses aims; a forward part keeps its clauses forward.
  const split = 'I. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức.\n\nĐến nay, xã có 11 thôn. Toàn xã có 19 cụm loa.\n\nII. CHỈ TIÊU\nMở 9 lớp tập huấn.';
  assert.deepEqual(facts(split), ['VILLAGES=11']);
  const aim = 'I. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức.\n\nHiện nay xã có 11 thôn; phấn đấu năm 2027 có 25 cụm loa; 90% hồ sơ nộp trực tuyến.\n\nII. CHỈ TIÊU\nMở 9 lớp tập huấn.';
  assert.deepEqual(facts(aim), ['VILLAGES=11']);
  const forward = 'I. CHỈ TIÊU\nĐến nay xã có 11 thôn; lắp thêm 6 cụm loa.';
  assert.deepEqual(facts(forward), ['VILLAGES=11']);
});
