// Signature block: title and name, on signature blocks written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from './analyze-text.ts';
import { extractFromText } from './extract.ts';

const withSignature = (block: string): ReturnType<typeof extractFromText>['signer'] =>
  extractFromText(['BÁO CÁO', 'Kết quả thực hiện nhiệm vụ', '', ...Array.from({ length: 8 }, () => 'Nội dung báo cáo.'), '', block].join('\n')).signer;

test('the signer title: chair, vice-chair signing for the chair, acting chair', () => {
  assert.equal(withSignature('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Tâm')?.title, 'Chủ tịch');
  assert.equal(withSignature('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Tâm')?.title, 'Phó Chủ tịch');
  assert.equal(withSignature('TM. UY BAN NHAN DAN\nQ. CHU TICH\n\nLê Văn Tâm')?.title, 'Quyền Chủ tịch');
  assert.equal(withSignature('TM. ỦY BAN NHÂN DÂN\nQUYỀN CHỦ TỊCH\n\nLê Văn Tâm')?.title, 'Quyền Chủ tịch');
});

test('names of the Central Highlands peoples with an apostrophe are signers too', () => {
  for (const name of ["Rơ Châm H'Linh", "K'Điểu Sang", "Y'Bhin Mlô"]) {
    assert.equal(withSignature(`TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n${name}`)?.name, name);
  }
  // An apostrophe alone does not make a name: a quoted word in a sentence is not one.
  assert.equal(withSignature("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nXã 'Nông thôn mới'")?.name ?? null, null);
});

test('a board or steering committee signs by its head; its number keeps the zero it is written with', () => {
  assert.equal(withSignature('TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\n\nLê Văn Tâm')?.title, 'Trưởng ban');
  assert.equal(withSignature('TM. BAN CHỈ ĐẠO\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nLê Văn Tâm')?.title, 'Phó Trưởng ban');
  const header = 'ỦY BAN NHÂN DÂN XÃ AN BÌNH\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ\nSố: 05/BC-BCD\n\nBÁO CÁO\nKết quả\n';
  assert.equal(extractFromText(header).number, '05/BC-BCĐ');
});

test('a short word left in capitals inside the signer name is still part of it', () => {
  assert.deepEqual(withSignature('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Thị MỸ Linh'), { name: 'Trần Thị Mỹ Linh', title: 'Chủ tịch' });
});

test('a signer name printed in capitals, broken over two lines, or after a courtesy title', () => {
  // Names written for this test.
  assert.equal(withSignature('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLƯƠNG THỊ BÍCH NGÂN')?.name, 'Lương Thị Bích Ngân');
  // A title in capitals is no name, and a heading after the block (an annex) is not one either.
  assert.equal(withSignature('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)') ?? null, null);
  assert.equal(withSignature('TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\n\nĐặng Hữu Lộc\n\n\nPHỤ LỤC')?.name, 'Đặng Hữu Lộc');
  // Family names that fold like title words are still names in capitals (Đặng/ĐẢNG, Trương/TRƯỞNG).
  assert.equal(withSignature('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐẶNG VĂN TRƯƠNG')?.name, 'Đặng Văn Trương');
  assert.equal(withSignature('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nVi Văn\nKhiêm')?.name, 'Vi Văn Khiêm');
  assert.equal(withSignature('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nBà Quan Thị Nụ')?.name, 'Quan Thị Nụ');
  assert.equal(withSignature('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nÔng Triệu Đức Vượng')?.name, 'Triệu Đức Vượng');
  // "Ông" is a family name too: before two words it stays.
  assert.equal(withSignature('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nÔng Văn Bảy')?.name, 'Ông Văn Bảy');
});

test('the name is the first one printed after the block title: an appendix, recipients or a post after it are not read', () => {
  // Names, places and lists written for this test.
  const appendix = 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLã Văn Thuấn\n\nPHỤ LỤC\nĐiểm sinh hoạt cộng đồng\nSTT   Thôn    Địa điểm\n1   Thôn Nam   Nhà văn hóa Bản Giữa';
  assert.equal(withSignature(appendix)?.name, 'Lã Văn Thuấn');
  const recipientsAfter = 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nCù Thị Hằng\n\nNơi nhận:\n- Như trên\n- UBND xã Hòa Sơn\n- Lưu VT';
  assert.equal(withSignature(recipientsAfter)?.name, 'Cù Thị Hằng');
  const post = 'TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\n\nMẫn Văn Khiết\nChủ tịch UBND xã Đồng Tâm';
  assert.equal(withSignature(post)?.name, 'Mẫn Văn Khiết');
  // Near-miss: a recipient that names a chair ("- Chủ tịch UBND xã;") is no title line, and with
  // no title line read the last name of the tail is still taken.
  assert.equal(withSignature('Nơi nhận:\n- Chủ tịch UBND xã;\n- Lưu: VT.\n\nLã Văn Thuấn')?.name, 'Lã Văn Thuấn');
  // Near-miss: a run of capitals before the name (a stamp's words) yields to the name in title case.
  assert.equal(withSignature('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nXÃ HÒA SƠN\n(Đã ký)\nLã Văn Thuấn')?.name, 'Lã Văn Thuấn');
});

test('a title printed beside the recipients column is the block title; the name may share the last line', () => {
  const block = [
    'Nơi nhận:                                 TM. ỦY BAN NHÂN DÂN',
    '- Như trên;                               CHỦ TỊCH',
    '- Lưu: VT.',
    '',
    'PHỤ LỤC',
  ].join('\n');
  assert.equal(withSignature(block.replace('- Lưu: VT.', '- Lưu: VT.                                Đàm Thị Xoan'))?.name, 'Đàm Thị Xoan');
  // Near-miss: a title in lower case at the end of a sentence is not the block title.
  assert.equal(withSignature('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐàm Thị Xoan\n\nĐề nghị gửi ý kiến về đồng chí Phó Chủ tịch\nBản Giữa Hòa Sơn')?.name, 'Đàm Thị Xoan');
});

test('specks and quote marks the scan leaves before a name are no part of it', () => {
  assert.equal(withSignature("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n'Vương Văn Tịnh")?.name, 'Vương Văn Tịnh');
  assert.equal(withSignature('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n| Vương Văn Tịnh.')?.name, 'Vương Văn Tịnh');
  // Near-miss: an apostrophe inside a Central Highlands name stays.
  assert.equal(withSignature("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nH'Mai Niê")?.name, "H'Mai Niê");
});

test('a P before a vowel is kept in a name printed with marks or in title case; in capitals without marks it is a misread Đ', () => {
  assert.equal(withSignature('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nSùng A Pủa')?.name, 'Sùng A Pủa');
  assert.equal(withSignature('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTHÀO A PÁ')?.name, 'Thào A Pá');
  // English-model OCR in title case prints Đ as D: a P there is the name's own letter.
  assert.equal(withSignature('TM. UY BAN NHAN DAN\nCHU TICH\n\nMua A Pao')?.name, 'Mua A Pao');
  // Near-miss: the same scan of "ĐINH VĂN LƯƠNG" in capitals (no marks of its own) is a misread Đ.
  assert.equal(withSignature('TM. UY BAN NHAN DAN\nCHU TICH\n\nPINH VAN LUONG')?.name, 'Đinh Van Luong');
});

test('a courtesy title the scan read without its mark is no part of the name', () => {
  assert.equal(withSignature('TM. UY BAN NHAN DAN\nCHU TICH\n\nOng Mạc Văn Sinh')?.name, 'Mạc Văn Sinh');
  assert.equal(withSignature('TM. UY BAN NHAN DAN\nCHU TICH\n\nBa Lò Thị Dinh')?.name, 'Lò Thị Dinh');
  // Near-miss: "Ong" before two words is the family name Ông read without its mark.
  assert.equal(withSignature('TM. UY BAN NHAN DAN\nCHU TICH\n\nOng Văn Sinh')?.name, 'Ong Văn Sinh');
});

test('the recipients column beside the name: its last abbreviation is no part of the name', () => {
  assert.equal(withSignature('Nơi nhận:       KT. CHỦ TỊCH\n- Như trên;      PHÓ CHỦ TỊCH\n- Lưu: VT Tạ Quang Hưng')?.name, 'Tạ Quang Hưng');
  // Near-miss: a short word in capitals inside the name is still a name word.
  assert.equal(withSignature('Nơi nhận:       KT. CHỦ TỊCH\n- Như trên;      PHÓ CHỦ TỊCH\n- Lưu: VT. Tạ Thị MỸ Hưng')?.name, 'Tạ Thị Mỹ Hưng');
});

test("a highland name whose apostrophe the scan lost gets it back", () => {
  assert.equal(withSignature('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHMai Êban')?.name, "H'Mai Êban");
  // Near-miss: a word with two capitals of another kind is no such name.
  assert.equal(withSignature('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTMai Êban') ?? null, null);
});

test('a signature before the middle of the text (a long annex after it) is still found', () => {
  // Report, names and annex written for this test.
  const annex = Array.from({ length: 30 }, (_, k) => `${k + 1}   Thôn Bến ${k + 1}   Nhà văn hóa Xóm Chợ   ${k % 4} điểm`);
  const doc = (block: string): ReturnType<typeof extractFromText>['signer'] =>
    extractFromText(['ỦY BAN NHÂN DÂN', 'XÃ YÊN THẮNG', 'BÁO CÁO', 'Kết quả thực hiện', 'Nội dung báo cáo.', '', block, '', 'PHỤ LỤC', 'Điểm phát wifi', ...annex].join('\n')).signer;
  assert.deepEqual(doc('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nKha Văn Lịch'), { name: 'Kha Văn Lịch', title: 'Phó Chủ tịch' });
  // Near-miss: a title with no name after it opens no block; an annex row is not read as the name.
  assert.equal(doc('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)') ?? null, null);
});

test('the title is read down to the name: a post printed after the name or in an annex is not the title', () => {
  assert.equal(withSignature('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nKha Văn Lịch\n\nPHỤ LỤC\nTổ công tác\n1   Lò Văn Pọm   Phó Chủ tịch UBND xã')?.title, 'Chủ tịch');
  // Near-miss: a vice-chair's block keeps its title.
  assert.equal(withSignature('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nKha Văn Lịch\n\nPHỤ LỤC\nTổ công tác\n1   Lò Văn Pọm   Chủ tịch UBND xã')?.title, 'Phó Chủ tịch');
});

test("a signer's name read from English-model OCR is read as a name, wherever the scan put it", () => {
  const ocr = (block: string[]): string | undefined =>
    analyzeText(['UY BAN NHAN DAN', 'XA YEN THANG', 'BAO CAO', 'Ket qua thuc hien nhiem vu', '', ...Array.from({ length: 8 }, () => 'Noi dung bao cao cua xa.'), '', ...block].join('\n')).result.signer?.name;
  // Beside the recipients column (read as running text, it was "Không Được Tại").
  assert.equal(ocr(['Noi nhan:                KT. CHU TICH', '- Nhu tren;              PHO CHU TICH', '- Luu: VT.   Khong Duc Tai']), 'Khổng Đức Tài');
  // Broken over two lines (the first line alone was read as a name of two words, "Lê Thi").
  assert.equal(ocr(['KT. CHU TICH', 'PHO CHU TICH', '', 'Le Thi', 'Hoa']), 'Lê Thị Hoa');
  // Near-misses: a name the document prints with its marks is its own spelling; a recipient is no name.
  assert.equal(ocr(['Noi nhan:                KT. CHU TICH', '- Nhu tren;              PHO CHU TICH', '- Lưu: VT.   Lò Văn Pắn']), 'Lò Văn Pắn');
  assert.equal(ocr(['Noi nhan:', '- UBND xa Yen Thang;', 'KT. CHU TICH', 'PHO CHU TICH', '', 'Tran Quoc Hung']), 'Trần Quốc Hùng');
});

test("a signer's name is read again from the scan's words when a paragraph of the body was wrapped", () => {
  // A body with a paragraph the page wrapped (read as one line by the extraction): the lines of
  // the scan are still found for the name. Text written for this test.
  const wrapped = ['Trong thang, xa da huong dan cac ho kinh doanh o cho trung tam mo tai khoan thanh toan va', 'ma QR cho tung quay hang.'];
  const ocr = (body: string[], block: string[]): string | undefined =>
    analyzeText(['UY BAN NHAN DAN', 'XA YEN THANG', 'BAO CAO', 'Ket qua thuc hien nhiem vu', '', ...body, ...Array.from({ length: 8 }, () => 'Noi dung bao cao cua xa.'), '', ...block].join('\n')).result.signer?.name;
  const beside = ['Noi nhan:                KT. CHU TICH', '- Nhu tren;              PHO CHU TICH', '- Luu: VT.   Khong Duc Tai'];
  assert.equal(ocr(wrapped, beside), 'Khổng Đức Tài');
  assert.equal(ocr([...wrapped, '', ...wrapped], ['KT. CHU TICH', 'PHO CHU TICH', '', 'Le Thi', 'Hoa']), 'Lê Thị Hoa');
  // Near-misses: the same body with the paragraph on one line; a name printed with its marks stays as printed.
  assert.equal(ocr([wrapped.join(' ')], beside), 'Khổng Đức Tài');
  assert.equal(ocr(wrapped, [...beside.slice(0, 2), '- Lưu: VT.   Lò Văn Pắn']), 'Lò Văn Pắn');
});
