// Addressees of recommendations, on a section written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFromText } from './extract.ts';

test('an addressee keeps the province it names, and only a real province', () => {
  const text = [
    'BÁO CÁO',
    'Kết quả thực hiện nhiệm vụ',
    '',
    'I. KẾT QUẢ',
    'Nội dung báo cáo.',
    '',
    'II. KIẾN NGHỊ',
    '- Đề nghị Sở Khoa học và Công nghệ tỉnh Lào Cai hỗ trợ thiết bị cho tổ công nghệ số.',
    '- Đề nghị Ủy ban nhân dân thành phố Cần Thơ bổ sung kinh phí.',
    '- Đề nghị Công an tỉnh tăng cường cảnh báo lừa đảo trực tuyến.',
    '- Đề nghị Sở Tài chính tỉnh sớm bố trí kinh phí.',
    '',
  ].join('\n');
  assert.deepEqual(
    extractFromText(text).recommendations.map((r) => r.to),
    ['Sở Khoa học và Công nghệ tỉnh Lào Cai', 'Ủy ban nhân dân thành phố Cần Thơ', 'Công an tỉnh', 'Sở Tài chính'],
  );
});
