// Format sniffing by magic bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sniff } from './sniff.ts';

test('formats are recognised by their first bytes, whatever the name', () => {
  assert.equal(sniff(Buffer.from('%PDF-1.7\n...')), 'pdf');
  assert.equal(sniff(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])), 'zip');
  assert.equal(sniff(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])), 'png');
  assert.equal(sniff(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 'jpeg');
  assert.equal(sniff(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), 'ole');
  assert.equal(sniff(Buffer.from('Báo cáo kết quả\r\n', 'utf8')), 'text');
  assert.equal(sniff(Buffer.from([0xff, 0xfe, 0x42, 0x00])), 'text');
});

test('bytes with NULs or many control characters are binary, not text', () => {
  assert.equal(sniff(Buffer.from([0x41, 0x00, 0x42])), 'binary');
  assert.equal(sniff(Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))), 'binary');
});
