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
