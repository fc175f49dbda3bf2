// Text normalisation before repair and extraction. Sentences are written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, joinWrappedLines, normaliseText } from './analyze-text.ts';

test('a blank line inside a running sentence (Vietnamese-model OCR) is dropped', () => {
  assert.equal(normaliseText('Xã đã in 40 tờ rơi và\n\nphát cho các hộ.'), 'Xã đã in 40 tờ rơi và\nphát cho các hộ.');
  assert.equal(normaliseText('thành lập 6 tổ với tổng số\n\n52 thành viên.'), 'thành lập 6 tổ với tổng số\n52 thành viên.');
  assert.equal(normaliseText('gồm các thôn,\n\nkhu dân cư'), 'gồm các thôn,\nkhu dân cư');
});

test('a blank line after a sentence, before a heading, item or row stays', () => {
  for (const s of [
    'Xã đã in 40 tờ rơi.\n\nphát cho các hộ',
    'kết quả đạt được\n\n2. Khó khăn',
    'kết quả đạt được\n\na) Truyền thanh',
    'các nội dung sau\n\n- Treo băng rôn',
    'danh sách các tổ\n\n3 Tổ thôn Bắc',
    'I. KẾT QUẢ\n\nnăm 2025',
  ]) assert.equal(normaliseText(s), s);
});

test('OCR marks on the rows of a table are undone', () => {
  assert.equal(normaliseText('3 [ Băng rôn, khẩu hiệu | cái | 14'), '3 | Băng rôn, khẩu hiệu | cái | 14');
  // (The border read back is glued to the word before it: it gets its space, as any glued border.)
  assert.equal(normaliseText('2 | Thôn Bắc] Nguyễn Văn A | 6'), '2 | Thôn Bắc | Nguyễn Văn A | 6');
  assert.equal(normaliseText('7_ Lớp tập huấn   lớp   4'), '7  Lớp tập huấn   lớp   4');
  // A bracketed note in a row, a bracket outside a table and an underscore in a word stay.
  for (const s of ['1 | Tin, bài [đã duyệt] | tin | 9', 'Ghi chú [1 trang', '12_ban thôn']) assert.equal(normaliseText(s), s);
});

test('a header cell of a pipe table wrapped to the next line joins its row', () => {
  assert.equal(
    normaliseText('TT | Thôn | Số hộ được hướng dẫn thanh toán\nkhông dùng tiền mặt | Ghi chú\n1 | Thôn A | 40 |'),
    'TT | Thôn | Số hộ được hướng dẫn thanh toán không dùng tiền mặt | Ghi chú\n1 | Thôn A | 40 |',
  );
  // A sentence after a table, or a row after a row, is not joined.
  for (const s of ['1 | Thôn A | 40 |\n2 | Thôn B | 35 |', 'Tổng | 2 thôn | 75\nTrong đó | thôn A']) assert.equal(normaliseText(s), s);
});

test('a row of a pipe table whose first border the scan lost gets it back', () => {
  assert.equal(
    normaliseText('1 Thôn Đông | 1 | 6 | 150\n\n2 | Thôn Tây | 1 | 5 | 130'),
    // (The blank line between two rows goes too: tables-ocr.test.ts.)
    '1 | Thôn Đông | 1 | 6 | 150\n2 | Thôn Tây | 1 | 5 | 130',
  );
  // No next index after it, or a line with fewer cells: left as written.
  for (const s of ['1 Thôn Đông | 1 | 6 | 150\n3 | Thôn Tây | 1 | 5', '2 Cụm loa | cụm\n3 | Tin, bài | tin | 9']) assert.equal(normaliseText(s), s);
});

test('a blank line between two pipe tables stays; the blank lines OCR leaves inside one table go', () => {
  // A drawn rule under the line after the gap, or a header row (no figure, every cell a capitalised
  // word) under a row of figures: a new table, the gap stays.
  for (const s of [
    '| Thôn | Số hộ |\n|---|---|\n| Thôn 1 | 3 |\n\n| Nền tảng | Tin, bài | Video |\n|---|---|---|\n| Fanpage | 20 | 5 |',
    '| Thôn | Số hộ |\n|---|---|\n| Thôn 1 | 3 |\n\n| Nội dung | Số lượng |\n| --- | --- |\n| Hội nghị | 2 |',
    'Thôn | Số hộ\nThôn 1 | 3\nCộng | 3\n\nNền tảng | Tin, bài | Ghi chú\nFanpage | 20 |',
  ]) assert.equal(normaliseText(s), s);
  // One table the scan broke: blank lines between rows, a scrap for its rule, a row that lost a
  // border (fewer cells), a row with no figure that goes on the one before (lower case, an empty cell).
  assert.equal(
    normaliseText('| Noi dung | Ke hoach | Thuc hien |\nJf}\n\n| Hoi nghi | 2 | 3 |\n\n| Lop hoc 4 | 5 |\n\n| | tai cac thon | |\n\n| Cong | 6 | 8 |'),
    '| Noi dung | Ke hoach | Thuc hien |\n|---|\n| Hoi nghi | 2 | 3 |\n| Lop hoc 4 | 5 |\n| | tai cac thon | |\n| Cong | 6 | 8 |',
  );
  // A header row under a header row (a header over two lines) is one table too.
  for (const head of ['| Chi tieu | Nam 2026 |', '| Chi tieu | 2026 |']) {
    assert.equal(normaliseText(`${head}\n\n| Tong so | Trong do |\n\n| Hoi nghi | 2 |`), `${head}\n| Tong so | Trong do |\n| Hoi nghi | 2 |`);
  }
});

test("a row's last cells wrapped to the next line join the row; a last header cell wrapped alone joins its header", () => {
  assert.equal(normaliseText('| 1 | Cụm loa | 40 | 52 |\n130\n| 2 | Tin, bài | 8 | 9 |'), '| 1 | Cụm loa | 40 | 52 | 130\n| 2 | Tin, bài | 8 | 9 |');
  assert.equal(normaliseText('| 3 | Lớp | 2.000 |\n2.250 | 112,5 % |\n'), '| 3 | Lớp | 2.000 | 2.250 | 112,5 % |\n');
  assert.equal(normaliseText('TT | Nội dung | Kế hoạch | Tỷ lệ hộ\ndùng (%)\n\n1 | Hộ | 40 | 52'), 'TT | Nội dung | Kế hoạch | Tỷ lệ hộ dùng (%)\n1 | Hộ | 40 | 52');
  // A sentence or a figure with a word after it under a row stays on its line; so does a figure
  // under a row with fewer than three borders.
  for (const s of ['| 1 | Cụm loa | 40 |\n130 hộ đã dùng', '| 1 | Cụm loa | 40 |\nXã đã lắp 130 cụm', 'Cụm loa | 40 |\n130']) assert.equal(normaliseText(s), s);
});

test('long lines, many borders and long runs without spaces are normalised as any text', () => {
  // (Patterns that looked back over the whole line at every position took seconds on these.)
  const cells = ('x|'.repeat(500) + '\n').repeat(20);
  assert.equal(normaliseText(cells), ('x | '.repeat(499) + 'x |\n').repeat(20));
  const prose = 'Xã tổ chức các lớp tập huấn kỹ năng số cho người dân. '.repeat(730);
  assert.equal(normaliseText(prose), prose);
  assert.equal(normaliseText(`${'a'.repeat(20000)}_b x`), `${'a'.repeat(20000)} b x`);
  const rows = ('| 1 '.repeat(300) + '|\n12\n').repeat(10);
  assert.equal(normaliseText(rows), ('| 1 '.repeat(300) + '| 12\n').repeat(10));
});

test('the rule under a header read as a run of letters becomes a rule; prose whose spaces the scan lost stays', () => {
  assert.equal(
    normaliseText('| Nội dung | Số lượng |\nwon fnnneeeennrrreeeee eee\n| Hội nghị | 2 |'),
    '| Nội dung | Số lượng |\n|---|\n| Hội nghị | 2 |',
  );
  const glued = '| Nội dung | Số lượng |\nNguồn: thongtindientuphuongxa\n| Hội nghị | 2 |';
  assert.equal(normaliseText(glued), glued);
});

test('a paragraph the scan wrapped is read as one line; rows, headers, headings and items are not joined', () => {
  // Invented text; lines as long as a page's.
  const prose = [
    'Trong quý, Ủy ban nhân dân xã đã tổ chức 04 buổi tập huấn kỹ năng số cho đội ngũ cán',
    'bộ, công chức và thành viên các tổ công nghệ số cộng đồng ở các ấp trên địa bàn xã.',
  ].join('\n');
  const joined = joinWrappedLines(prose);
  assert.equal(joined.length, prose.length);
  assert.match(joined, /cho đội ngũ cán bộ, công chức/);
  // Near-misses: a full line ending a sentence; a short heading; an item letter.
  const kept = [
    'Trong quý, Ủy ban nhân dân xã đã tổ chức 04 buổi tập huấn kỹ năng số cho cán bộ và công chức.',
    'các tổ công nghệ số cộng đồng phối hợp thực hiện việc hướng dẫn người dân ở các ấp của xã',
    'a) hướng dẫn cài đặt ứng dụng trên điện thoại thông minh cho người dân ở các ấp trong xã',
    'Kết quả cụ thể',
    'như sau:',
  ].join('\n');
  assert.equal(joinWrappedLines(kept), kept);
  // A table's header whose last cell wrapped, before its rows: left to the table readers.
  const table = [
    'STT Tên ấp Số hộ gia đình được hướng dẫn Số tài khoản được kích hoạt trong quý Ghi',
    'chú',
    '1 Ấp Bàu Tre 120 96',
    '2 Ấp Gò Sao 85 70',
  ].join('\n');
  assert.equal(joinWrappedLines(table), table);
});

test('a running total whose cue the scan broke over two lines is still no figure of the period', () => {
  const doc = (body: string): string =>
    ['ỦY BAN NHÂN DÂN', 'XÃ AN HÒA', 'Số: 12/BC-UBND', '', 'BÁO CÁO', 'Kết quả tháng 11/2025', '', body, '', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Lê Văn Bình'].join('\n');
  const values = (body: string): number[] => analyzeText(doc(body)).result.facts.filter((f) => f.indicator === 'PORTAL_ARTICLES').map((f) => f.value);
  const line1 = 'Trong tháng 11/2025, Trang thông tin điện tử của xã đã đăng tải 12 tin, bài tuyên truyền; lũy';
  assert.deepEqual(values(`${line1}\nkế từ đầu năm đăng 130 tin, bài.`), [12]);
});

test('a long text is joined as its paragraphs are, each read on its own (the line after next found once)', () => {
  // Wrapped paragraphs written for this test, 5,000 of them, blank lines between, a row of figures last.
  const first = (k: number): string => `Tổ công tác số ${k} của xã đã đến từng hộ ở các thôn để hướng dẫn cài đặt ứng dụng và`;
  const second = (k: number): string => `kích hoạt tài khoản cho người dân, nhất là người cao tuổi (đợt ${k}).`;
  const paragraphs = Array.from({ length: 5000 }, (_, k) => `${first(k)}\n${second(k)}`);
  const row = 'Thôn Bãi Sậy   118   97';
  const text = [...paragraphs, row].join('\n\n\n');
  const joined = joinWrappedLines(text);
  assert.equal(joined.length, text.length);
  const out = joined.split('\n').filter((l) => l !== '');
  assert.equal(out.length, 4999 + 2 + 1);
  assert.equal(out[0], `${first(0)} ${second(0)}`);
  assert.equal(out[4998], `${first(4998)} ${second(4998)}`);
  // Near-miss: the last paragraph, whose line after next (blank lines between) is a row of
  // figures, is left to the table readers.
  assert.deepEqual(out.slice(4999), [first(4999), second(4999), row]);
});
