// The analysis worker of uploads is kept between documents: each answer is what analyzeText
// gives in-process, a document over its time limit fails alone (the next starts a new worker),
// and documents sent together are answered in order, each within its own limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeIsolated, analyzeWorkerStarts } from './analyze-isolated.ts';
import { analyzeText } from '#src/core/extraction/analyze-text.ts';

// (Invented reports.)
const first = 'UBND XÃ AN BÌNH\nSố: 12/BC-UBND\n\nBÁO CÁO\nKết quả năm 2025\n\nXã đã lắp đặt 7 cụm loa truyền thanh.\n';
const second = 'UBND PHUONG HOA LAC\nSo: 03/BC-UBND\n\nBAO CAO\nKet qua quy III nam 2025\n\nPhuong da to chuc 4 lop tap huan cho 120 nguoi dan.\n';
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

test('documents analysed one after the other in the kept worker give what analyzeText gives', async () => {
  const started = analyzeWorkerStarts();
  const [a, b] = await Promise.all([analyzeIsolated(first), analyzeIsolated(second)]);
  assert.deepEqual(plain(a), plain(analyzeText(first)));
  assert.deepEqual(plain(b), plain(analyzeText(second)));
  assert.deepEqual(plain(await analyzeIsolated(first)), plain(a));
  // One worker (the model loaded once) for the three documents.
  assert.equal(analyzeWorkerStarts() - started, 1);
});

test('a document over its time limit fails with FILE_TIMEOUT and the next one is still read', async () => {
  await assert.rejects(analyzeIsolated(second.repeat(200), 1), (e: { code?: string }) => e.code === 'FILE_TIMEOUT');
  const started = analyzeWorkerStarts();
  assert.deepEqual(plain(await analyzeIsolated(second)), plain(analyzeText(second)));
  // The worker that ran over was ended: a new one read the next document.
  assert.equal(analyzeWorkerStarts() - started, 1);
});
