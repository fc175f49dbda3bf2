// Plan task times and leads as the English-model scan leaves them: a quarter's Roman numeral read
// stroke by stroke, a stroke read as a bracket in a ruled row, a range of one quarter twice, the
// en dash of a name read as an em dash in a table without rules. Every line here was written for
// this test (none comes from a seed, a bank or a labelled fixture); each rule has a near miss.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from './analyze-text.ts';

const doc = (body: string) => `ỦY BAN NHÂN DÂN\nXÃ THỬ NGHIỆM\nSố: 52/KH-UBND\nThử Nghiệm, ngày 14 tháng 11 năm 2025\n\nKẾ HOẠCH\nThử nghiệm đọc phân công\n\n${body}\n\nNơi nhận:\n- Lưu: VT.\n`;
const tasks = (body: string) => analyzeText(doc(body)).result.tasks.map((t) => `${t.lead} | ${t.timeframe}`);
const items = (...times: string[]) => ['III. NHIỆM VỤ CỤ THỂ', ...times.flatMap((t, k) => [`${k + 1}. Dạy bơi an toàn cho học sinh xóm ${['Bãi', 'Gò', 'Đầm', 'Soi'][k]}.`, '- Đơn vị chủ trì: Công an xã.', `- Thời gian thực hiện: ${t}.`])].join('\n');

test('a quarter’s numeral read stroke by stroke is put back', () => {
  assert.deepEqual(tasks(items('Quý 11/2027', 'Quý H/2027', 'Quý ITI/2027', 'Quý lV/2027')), ['Công an xã | Quý II/2027', 'Công an xã | Quý II/2027', 'Công an xã | Quý III/2027', 'Công an xã | Quý IV/2027']);
  // Near miss: a single figure is the quarter's number, and a numeral read right stays as it is.
  assert.deepEqual(tasks(items('Quý 3/2027', 'Quý II/2027')), ['Công an xã | Quý III/2027', 'Công an xã | Quý II/2027']);
});

test('a range or pair of one quarter twice lost a stroke in its second', () => {
  assert.deepEqual(tasks(items('Quý I - quý I/2028', 'Quý II, quý II/2028')), ['Công an xã | Quý I - quý II/2028', 'Công an xã | Quý II, quý III/2028']);
  // Near miss: two different quarters stay as written.
  assert.deepEqual(tasks(items('Quý I - quý III/2028')), ['Công an xã | Quý I - quý III/2028']);
});

test('in a ruled row, a bracket right after the quarter’s word is a stroke, not a rule', () => {
  const table = (time: string) => ['III. NHIỆM VỤ', '| TT | Nội dung | Đơn vị chủ trì | Thời gian |', `| 1 | Sửa loa xóm Gò | Phòng Kinh tế | ${time} |`].join('\n');
  assert.deepEqual(tasks(table('Quý [1/2028')), ['Phòng Kinh tế | Quý II/2028']);
  // Near miss: a stray bracket elsewhere in the row is still read as a rule, and the cells stay apart.
  assert.deepEqual(tasks(['III. NHIỆM VỤ', '| TT | Nội dung | Đơn vị chủ trì | Thời gian |', '| 1 | Sửa loa xóm Gò [ Phòng Kinh tế | Quý II/2028 |'].join('\n')), ['Phòng Kinh tế | Quý II/2028']);
});

test('a standard name in a table without rules keeps the en dash the scan read as an em dash', () => {
  const body = ['III. NHIỆM VỤ', 'TT Nội dung công việc Đơn vị chủ trì Phối hợp Thời gian', '1 Sửa loa xóm Gò Phòng Văn hóa — Xã hội Công an xã Quý III/2028', '2 Dạy bơi cho học sinh Phòng Văn hóa - Xã hội Đoàn Thanh niên xã Quý IV/2028'].join('\n');
  // Near miss: the second row writes a hyphen, which stays.
  assert.deepEqual(tasks(body), ['Phòng Văn hóa – Xã hội | Quý III/2028', 'Phòng Văn hóa - Xã hội | Quý IV/2028']);
});

test('a lead named alone in a bracket after the work, the time in a label after it', () => {
  const body = ['III. NHIỆM VỤ', '1. Lắp bảng tra cứu thủ tục tại nhà văn hóa các xóm (Phòng Kinh tế; phối hợp: Đoàn Thanh niên xã). Thời hạn: Quý III/2028.', '2. Sửa loa xóm Gò (Công an xã). Thời gian: Tháng 9/2028.'].join('\n');
  assert.deepEqual(tasks(body), ['Phòng Kinh tế | Quý III/2028', 'Công an xã | Tháng 9/2028']);
  // Near miss: a bracket that is no body's name ("(trừ …)"), or a name with work in it, gives no task.
  const other = ['III. NHIỆM VỤ', '1. Lắp bảng tra cứu thủ tục tại nhà văn hóa (trừ xóm Gò). Thời hạn: Quý III/2028.', '2. Sửa loa xóm Gò (Công an xã hướng dẫn). Thời gian: Tháng 9/2028.'].join('\n');
  assert.deepEqual(tasks(other), []);
});
