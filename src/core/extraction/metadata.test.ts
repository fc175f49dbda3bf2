// Signature block: title and name, on signature blocks written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
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
