// Tables as the English-model OCR leaves them (issue 3): what a scan does to any table — rules
// read as scraps, blank lines between rows, header words run together, columns collapsed to
// single spaces, cells garbled. Each test is written for this file in the unaccented, misread
// form that model gives (no seed or labelled fixture text); each checks that the damaged table
// reads as its clean form does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, normaliseText } from './analyze-text.ts';
import { readFacts } from '../../../tests/support/read-facts.ts';

const facts = (body: string): string[] => readFacts(body, { title: 'BAO CAO', subject: 'Ket qua thuc hien', wholePath: true, print: 'qualifier' });

test('inside a pipe table, the rule read as a scrap is a rule and the blank lines between rows go', () => {
  assert.equal(
    normaliseText('| Noi dung | Ket qua |\nJl}\n\n| Hoi nghi | 2 |\n\n| Lop hoc | 3 |\n\nXa da hoan thanh.'),
    '| Noi dung | Ket qua |\n|---|\n| Hoi nghi | 2 |\n| Lop hoc | 3 |\n\nXa da hoan thanh.',
  );
  // A short line outside a table, or between a table and a sentence, stays as written.
  for (const s of ['Ghi chu\nJf\n| a | b |', '| a | b |\n[=\nKet luan cua xa.', 'Muc I\n\nab\n\nMuc II']) assert.equal(normaliseText(s), s);
});

test('a plan-and-result table whose rule the scan garbled keeps only the result column', () => {
  const table = [
    'Ket qua thang 11 nam 2026',
    '| Noi dung | Ke hoach | Thuc hien | % KH |',
    '[=f}',
    '',
    '| Lop tap huan ky nang so | 5 | 6 | 120 |',
    '',
    '| Hoi nghi quan triet | 3 | 2 | 66,7 |',
  ].join('\n');
  assert.deepEqual(facts(table), ['TRAINING_SESSIONS=6', 'BRIEFING_CONFERENCES=2']);
});

test('a change in words whose vowel the scan lost ("ting", "tùng") is still a change cell', () => {
  const table = [
    '| Chi tieu | Nam 2026 | Nam 2025 | So sanh |',
    '|---|---|---|---|',
    '| Lop tap huan ky nang so | 9 | 7 | ting 28,6% |',
    '| Hoi nghi quan triet | 4 | 5 | giam 1 |',
  ].join('\n');
  assert.deepEqual(facts(table), ['TRAINING_SESSIONS=9', 'BRIEFING_CONFERENCES=4']);
});

test('months as column labels ("T4 | T5 | T6") stay months, a month run into its number ("Thang5") is split', () => {
  const text = analyzeText('BAO CAO\n\n| Chi tieu | T4 | T5 | T6 |\n|---|\n| Lop tap huan | 1 | 2 | 1 |\n').text;
  assert.match(text, /\| T4 \| T5 \| T6 \|/);
  // One "T6" opening a place name is still the repair's ("Tổ dân phố").
  assert.match(analyzeText('T6 dan pho so 3 co 40 ho.').text, /^Tổ dân phố/);
  // The same label twice on a row is a word, not two months.
  assert.match(analyzeText('10 | T6 cong nghe so | T6 | 41 | 41').text, /\| Tổ \| 41/);
  assert.equal(normaliseText('Chi tieu Thang 7 Thang8 Tháng9 Quy III'), 'Chi tieu Thang 7 Thang 8 Tháng 9 Quy III');
  // The months of a running total keep their digit ("Lũy ké9 tháng", "Lũy kế 6tháng"); a figure
  // glued to a word that is no month stays.
  assert.equal(normaliseText('Noidung Quy I Liy ké9 thang'), 'Noidung Quy I Liy ké 9 thang');
  assert.equal(normaliseText('Lũy kế 6tháng | 12thôn'), 'Lũy kế 6 tháng | 12thôn');
});

test('header words the scan ran together ("Thuchién", "Chitiêu", "QuyIl") still name plan, result and quarter columns', () => {
  const plan = 'Noi dung Kehoach Thuchién %KH\nLop tap huan ky nang so 4 5 125\nHoi nghi quan triet 2 2 100';
  assert.deepEqual(facts(plan), ['TRAINING_SESSIONS=5', 'BRIEFING_CONFERENCES=2']);
  const quarter = '| Chi tieu | T7 | T8 | T9 | QuyIl |\n|---|\n| Lop tap huan ky nang so | 1 | 2 | 1 | 4 |';
  assert.deepEqual(facts(quarter), ['TRAINING_SESSIONS=4']);
});

test('a table closed by a total row whose columns OCR collapsed to single spaces gives only its total row, under the header cells', () => {
  // Header cells are told apart by their capitals; a "Trong đó" column is a part; blank lines between rows.
  const parts = ['Bản Số người dân được hướng dẫn Trong đó cài đặt VNeID', 'Ban Mòng 120 80', '', 'Ban Nà 96 51', '', 'Toan xa 216 131'].join('\n');
  assert.deepEqual(facts(parts), ['CITIZENS_GUIDED=216']);
  // A notes column after the figures, a row with one value column named only by its kind.
  const notes = ['Noi dang Số tin, bài Ghi chú', 'Fanpage xã 41 có video', 'Zalo OA 17', 'Tổng cộng 58 không trùng'].join('\n');
  assert.deepEqual(facts(notes), ['SOCIAL_POSTS=58']);
  // A stray mark between the total row's figures, a last column that sums the row.
  const sum = ['Nền tảng Tin, bài Video Cộng', 'Fanpage 20 5 25', 'Zalo 10 2 12', 'Cộng 30 = 7 37'].join('\n');
  assert.deepEqual(facts(sum), ['SOCIAL_POSTS=37']);
});

test('header words the scan ran together still name their column ("Hosotructuyén", "Cumloa")', () => {
  const table = ['Thang Tiepnhan Hosotructuyén Qua han', '07/2026 300 280 0', '08/2026 250 240 1', 'Cong quy III 550 520 1'].join('\n');
  assert.deepEqual(facts(table), ['TOTAL_DOSSIERS=550', 'ONLINE_DOSSIERS=520', 'OVERDUE_DOSSIERS=1']);
  const piped = ['| Thôn | Cumloa | Cum loa hu hong |', '|---|', '| Thôn 1 | 3 | 1 |', '| Thôn 2 | 4 | 0 |', '| Cộng | 7 | 1 |'].join('\n');
  assert.deepEqual(facts(piped), ['LOUDSPEAKER_CLUSTERS=7', 'LOUDSPEAKER_CLUSTERS_DOWN=1']);
});

test('the column named by the period reported on: a running total under a title on those months, a quarter under a title on it', () => {
  const table = ['| Chỉ tiêu | Quý III | Lũy kế 9 tháng |', '|---|', '| Lớp tập huấn kỹ năng số | 2 | 7 |'].join('\n');
  assert.deepEqual(facts(`Kết quả 9 tháng đầu năm 2026\n${table}`), ['TRAINING_SESSIONS=7']);
  assert.deepEqual(facts(`Kết quả quý III năm 2026\n${table}`), ['TRAINING_SESSIONS=2']);
  // Quarters side by side with no sum: the one reported on; the report's own title when no caption names a period.
  const quarters = 'Chỉ tiêu   Quý I   Quý II\nLớp tập huấn kỹ năng số   3   4';
  assert.deepEqual(readFacts(quarters, { subject: 'Kết quả chuyển đổi số quý I năm 2026', wholePath: true, print: 'value' }), ['TRAINING_SESSIONS=3']);
  // A plan and a result both named by the period: the result, as without a title.
  const plan = 'Kết quả quý III năm 2026\nNội dung   Kế hoạch quý III   Thực hiện quý III\nLớp tập huấn kỹ năng số   4   5';
  assert.deepEqual(facts(plan), ['TRAINING_SESSIONS=5']);
});

test('two tables closed by total rows, apart by a blank line, each give their total under their own header', () => {
  const clusters = ['| Thôn | Cụm loa | Cụm loa hư hỏng |', '|---|---|---|', '| Thôn 1 | 3 | 1 |', '| Thôn 2 | 4 | 0 |', '| Cộng | 7 | 1 |'];
  const posts = ['| Nền tảng | Tin, bài | Video |', '|---|---|---|', '| Fanpage | 20 | 5 |', '| Zalo | 10 | 2 |', '| Cộng | 30 | 7 |'];
  // (Read as one table, the second total row was read under the first header: 30 clusters.)
  assert.deepEqual(facts([...clusters, '', ...posts].join('\n')), ['LOUDSPEAKER_CLUSTERS=7', 'LOUDSPEAKER_CLUSTERS_DOWN=1']);
  // A plan-and-result table after it, its header with no drawn rule under it.
  const plan = ['| Nội dung | Kế hoạch | Thực hiện |', '| Lớp tập huấn kỹ năng số | 5 | 6 |', '| Hội nghị quán triệt | 3 | 2 |'];
  assert.deepEqual(facts([...clusters, '', ...plan].join('\n')), ['LOUDSPEAKER_CLUSTERS=7', 'LOUDSPEAKER_CLUSTERS_DOWN=1', 'TRAINING_SESSIONS=6', 'BRIEFING_CONFERENCES=2']);
});

test('a header whose last cell wrapped to its own line, and a row whose last figures wrapped, are read as one line each', () => {
  const table = [
    'TT | Noi dung | Ke hoach nam 2026 | Thuc hien | Ty',
    '1e so voi KH (%)',
    '',
    '1 | Lop tap huan ky nang so | 5 | 6 |',
    '120,0',
    '',
    '2 | Hoi nghi quan triet | 3 | 2 | 66,7',
  ].join('\n');
  const normal = normaliseText(table);
  assert.match(normal, /\| Ty 1e so voi KH \(%\)\n/);
  assert.match(normal, /\| 6 \| 120,0\n/);
  assert.deepEqual(facts(table), ['TRAINING_SESSIONS=6', 'BRIEFING_CONFERENCES=2']);
  // A bordered row's last cells of figures wrapped together.
  assert.equal(normaliseText('| 9 | Lop tap huan | 1.000 |\n1.148 | 114,8 |\n'), '| 9 | Lop tap huan | 1.000 | 1.148 | 114,8 |\n');
  // A figure alone after a paragraph, or after a row with a blank line between, stays on its line.
  for (const s of ['Ket qua nhu sau:\n12\n', '| a | b | 3 |\n\n12\n\nMuc II']) assert.equal(normaliseText(s), s);
});

test('rules the scan read as a long run of letters or with one border, and borders glued to cell words', () => {
  assert.equal(normaliseText('| Noi dung | Ket qua |\nwon fpssssaefeveeeneeefene eee\n\n| Hoi nghi | 2 |'), '| Noi dung | Ket qua |\n|---|\n| Hoi nghi | 2 |');
  assert.equal(normaliseText('| Noi dung | Ket qua |\n[|b\n\n| Hoi nghi | 2 |'), '| Noi dung | Ket qua |\n|---|\n| Hoi nghi | 2 |');
  assert.equal(normaliseText('| Man hinh dien ttr| 1 |T6ng |'), '| Man hinh dien ttr | 1 | T6ng |');
  // Outside a table, a long word of a sentence is not a rule.
  const prose = 'Ghi chu\nwon fpssssaefeveeeneeefene eee\nKet luan';
  assert.equal(normaliseText(prose), prose);
});

test('a pipe opening a word outside a table is an l; an underscore between words is a space', () => {
  assert.equal(normaliseText('mo 14 lop (12 |p tai cac thon)'), 'mo 14 lop (12 lp tai cac thon)');
  assert.equal(normaliseText('dien tu xa_tin, bai 51'), 'dien tu xa tin, bai 51');
  // Addresses and file names keep theirs; a table keeps its borders.
  for (const s of ['gui ubnd_xa@example.vn', 'tep bao_cao.pdf', '| a | b |']) assert.equal(normaliseText(s), s);
});

test('a wide row the page wrapped at a cell border is one line again; a row that only lost its opening border stays a row', () => {
  const header = '| TT | Thon | So ho | Ho nhan ma QR | So to CNSCD | Thanh vien |\nNguoi dan duoc huong dan |';
  const rows = '| 1 | Thon Dong | 210 | 204 | 1 | 6 | 150 |\n| | Toan xa | 640 | 611 | 3 | 19 | 472 |';
  assert.equal(normaliseText(`${header}\n${rows}`).split('\n')[0], '| TT | Thon | So ho | Ho nhan ma QR | So to CNSCD | Thanh vien | Nguoi dan duoc huong dan |');
  const row = '| STT | Chi tieu | Ke hoach | Thuc hien | Ty le (%) | Ghi chu |\n| 1 | Lop tap huan ky nang so cho nguoi dan | 10 | 12 |\n120,0 | Phoi hop Doan Thanh nien |\n| 2 | Hoi nghi quan triet | 2 | 3 | 150 | |';
  assert.equal(normaliseText(row).split('\n')[1], '| 1 | Lop tap huan ky nang so cho nguoi dan | 10 | 12 | 120,0 | Phoi hop Doan Thanh nien |');
  assert.deepEqual(facts(row), ['TRAINING_SESSIONS=12', 'BRIEFING_CONFERENCES=3']);
  // Near miss: a whole row above a row whose opening border was lost: as many borders as a full line, not joined.
  const lost = '| TT | Thon | So ho |\n| 1 | Ban A | 120 |\n2 | Ban B | 95 |\n| 3 | Ban C | 88 |';
  assert.equal(normaliseText(lost).split('\n').length, 4);
});

test('a drawn grid as the scan reads it: rules as dashes and letters, a row broken in its last cells, "=|" borders', () => {
  const ocr = [
    '4----4-------------------- peeeeene-ee fee e eee +',
    '| TT | Noi dung | Don vi | Ket qua nam 2025 | Ghi chu |',
    '| | | tinh +---------- +----------- 4--------- + |',
    '| | | | Ke hoach | Thuc hien | Dat % | |',
    '4-------------------------- ve feeeeeneee ve ponn-----',
    'face nen e em en eee en eee neu +',
    '',
    '| 1 | Hoi nghi trien khai | hoi nghi | 2 | 4 | 200 =| 01 hoi nghi truc tuyen |',
    '| 2 | Lop tap huan ky nang so | lop | 6 | 7 | 116,7',
    '',
    '| |',
    '| 3 | Luot nguoi duoc tap huan | luot nguoi | 300 | 352 | 117,3 | |',
    'pone nen e neu eee +',
  ].join('\n');
  const text = normaliseText(ocr);
  assert.match(text, /\| 2 \| Lop tap huan ky nang so \| lop \| 6 \| 7 \| 116,7 +\| \|/);
  assert.match(text, /\| 200 \| 01 hoi/);
  assert.deepEqual(facts(ocr), ['BRIEFING_CONFERENCES=4', 'TRAINING_SESSIONS=7', 'TRAINEES=352']);
  // Near miss: a line ending in "+" outside a table stays as written.
  assert.equal(normaliseText('Ket qua dat kha +\nXa da hoan thanh.'), 'Ket qua dat kha +\nXa da hoan thanh.');
});

test('a borderless comparison header whose last cell the page wrapped onto a line of its own with a year ("Nam 2030") is read whole', () => {
  const table = ['TT Chi tieu Don vi tinh Thuc hien nam 2025 Nam 2026 Nam 2027', 'Nam 2030', '1 Lop tap huan ky nang so lop 7 10 12 15', '', 'Tin, bai tren Trang thong tin dien tu tin, bai 40 60 80 100'];
  assert.deepEqual(facts(table.join('\n')), ['TRAINING_SESSIONS=7', 'PORTAL_ARTICLES=40']);
});

test('a row short of a figure (two cells run together) does not end a borderless comparison table and gives no figure; prose after it ends it', () => {
  const rows = ['Noi dung Ke hoach Thuc hien Ty le (%)', 'Hoi nghi quan triet 2 2 100', 'Lop tap huan ky nang so 8 675', 'Tin, bai tren Trang thong tin dien tu 40 52 130'];
  assert.deepEqual(facts(rows.join('\n')), ['BRIEFING_CONFERENCES=2', 'PORTAL_ARTICLES=52']);
  // A sentence after the short row is prose: the table ended there.
  const prose = [...rows.slice(0, 3), 'Xa da dang 12 tin, bai tren Trang thong tin dien tu.'];
  const read = facts(prose.join('\n'));
  assert.ok(read.includes('PORTAL_ARTICLES=12') && read.includes('BRIEFING_CONFERENCES=2'), read.join(' '));
});

test('a ruled row whose index cell the scan lost is read one column to the right, under its own header', () => {
  const table = [
    'Ket qua quy III nam 2026',
    'STT | Noi dung | Don vi tinh | Chi tieu nam | Ket qua quy | Luy ke | Dat %',
    '1 | Van ban chi dao da ban hanh | van ban | 8 | 2 | 7 | 87,5',
    'Buoi phat thanh tren loa cua xa | buoi | 150 | 41 | 120 | 80,0',
    'Lop boi duong ky nang so | lop | 6 | 3 | 5 | 83,3',
  ].join('\n');
  assert.deepEqual(facts(table), ['DIRECTIVE_DOCS=2', 'RADIO_BROADCASTS=41', 'TRAINING_SESSIONS=3']);
  // Rows of places under such a header are shares of the total row, as numbered ones are.
  const places = [
    'Ket qua quy III nam 2026',
    'STT | Thon | To truong | So thanh vien to cong nghe so | Nguoi dan duoc huong dan',
    'Thon Bai Doi | Ha Van Son | 5 | 171 |',
    'Thon Suoi Da | Luu Thi Mai | 6 | 223 |',
    '| Tong cong | | 11 | 394 |',
  ].join('\n');
  assert.deepEqual(facts(places), ['COMMUNITY_TECH_MEMBERS=11', 'CITIZENS_GUIDED=394']);
  // Near misses: a row that keeps its index and lost its last cell, and a row one cell short
  // under a header with no index column, stay under the columns they are counted under.
  const lastLost = [
    'Ket qua quy III nam 2026',
    'STT | Noi dung | Ke hoach | Thuc hien | Dat %',
    '1 | Hoi nghi quan triet | 4 | 3 | 75,0',
    '2 | Lop boi duong ky nang so | 6 | 5',
  ].join('\n');
  assert.deepEqual(facts(lastLost), ['BRIEFING_CONFERENCES=3', 'TRAINING_SESSIONS=5']);
  assert.deepEqual(facts(lastLost.replace('STT | ', '').replace(/\n\d \| /g, '\n')), ['BRIEFING_CONFERENCES=3', 'TRAINING_SESSIONS=5']);
});
