// Legacy Vietnamese encodings: detection and conversion back to NFC Unicode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText, decodeTcvn3, decodeVni, encodeTcvn3, encodeVni, vietnameseScore } from './encodings.ts';

const sample = 'Ủy ban nhân dân phường tổ chức hội nghị quán triệt; người dân được hướng dẫn sử dụng dịch vụ công trực tuyến, đạt kết quả tốt.';

test('TCVN3 bytes from the published chart decode to the right letters', () => {
  // "Bảo Thắng", "Mường Khương" typed with ABC fonts (ư is 0xAD, ơ is 0xAC, ờ is 0xEA).
  assert.equal(decodeTcvn3(Buffer.from('B\xb6o Th\xbeng M\xad\xeang Kh\xad\xacng', 'latin1')), 'Bảo Thắng Mường Khương');
});

test('VNI-Windows text from the published chart decodes to the right letters', () => {
  assert.equal(decodeVni(Buffer.from('Xin chaøo caùc baïn. Tieáng Vieät raát hay. Ñoàng Thaùp', 'latin1')), 'Xin chào các bạn. Tiếng Việt rất hay. Đồng Tháp');
});

test('a TCVN3 file is detected, converted and reported in a warning', () => {
  const r = decodeText(encodeTcvn3(sample));
  assert.equal(r.encoding, 'tcvn3');
  // TCVN3 has no toned capitals: "Ủ" survives because VN1 positions are shared, text is otherwise exact.
  assert.equal(r.text.toLowerCase(), sample.toLowerCase());
  assert.match(r.warnings[0] ?? '', /TCVN3/);
});

test('a VNI-Windows file is detected and converted exactly', () => {
  const r = decodeText(encodeVni(sample));
  assert.equal(r.encoding, 'vni-windows');
  assert.equal(r.text, sample);
});

test('UTF-8 and UTF-16 with BOM are read as they are, in NFC', () => {
  assert.equal(decodeText(Buffer.from(sample.normalize('NFD'), 'utf8')).text, sample);
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
  assert.deepEqual([decodeText(le).encoding, decodeText(le).text], ['utf-16le', sample]);
});

test('8-bit text that is no Vietnamese encoding is rejected with FILE_ENCODING naming what was tried', () => {
  const cyrillic = Buffer.from('Привет, как дела? Это тестовый документ на русском языке, вовсе не вьетнамский.', 'utf8');
  const cp1251ish = Buffer.from(cyrillic.toString('utf8').split('').map((c) => (c.charCodeAt(0) > 0x400 ? c.charCodeAt(0) - 0x350 : c.charCodeAt(0))));
  assert.throws(() => decodeText(cp1251ish), (e: { code?: string; userMessage?: string }) => e.code === 'FILE_ENCODING' && /UTF-8/.test(e.userMessage ?? ''));
});

test('the syllable score separates Vietnamese from mis-decoded text', () => {
  const good = vietnameseScore(sample);
  assert.ok(good.good / good.words > 0.95);
  const bad = vietnameseScore(encodeVni(sample).toString('latin1'));
  assert.ok(bad.good / bad.words < 0.6);
});
