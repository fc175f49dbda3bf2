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
