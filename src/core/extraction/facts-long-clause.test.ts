// One sentence with three hundred figure phrases (a scan that ran a list into one sentence, a hostile
// upload): the rules that read the clause before each figure look up the words they need by place
// and keep the clause's first matches, so the sentence is read to its end and every rule still sees
// its start. (Time is measured in bench/analyze-shapes.bench.ts, not asserted here.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFacts } from '../../../tests/support/read-facts.ts';

const phrases = (n: number): string => Array.from({ length: n }, (_, i) => `thôn ${i + 1} mở ${(i % 7) + 2} lớp tập huấn kỹ năng số`).join(', ');
const sessions = ['TRAINING_SESSIONS=2', 'TRAINING_SESSIONS=3', 'TRAINING_SESSIONS=4', 'TRAINING_SESSIONS=5', 'TRAINING_SESSIONS=6', 'TRAINING_SESSIONS=7', 'TRAINING_SESSIONS=8'];

test('a sentence of three hundred figure phrases reads as a short one', () => {
  assert.deepEqual(readFacts(`Xã đã tổ chức ${phrases(3)}.`), sessions.slice(0, 3));
  assert.deepEqual(readFacts(`Xã đã tổ chức ${phrases(300)}.`), sessions);
  // A named commune as the subject is the reporting one unless marked as another.
  assert.deepEqual(readFacts(`Xã Tân Phú cùng ${phrases(300)}.`), sessions);
  // Words the rules need that stand in the clause but do not open it: nothing changes.
  assert.deepEqual(readFacts(`Xã đã tổ chức ${phrases(150)}, trước đây năm nào cũng ${phrases(150)}.`), sessions);
});

test('the opening of a sentence of three hundred figure phrases still governs its last figure', () => {
  // An earlier period, a later one, the time before, a plan, another commune marked as such.
  for (const opening of ['Cùng kỳ năm trước, ', 'Trong thời gian tới, ', 'Trước đây ', 'Dự kiến ', 'Xã Tân Phú (xã bạn) cùng ']) {
    assert.deepEqual(readFacts(`${opening}${phrases(3)}.`), [], opening);
    assert.deepEqual(readFacts(`${opening}${phrases(300)}.`), [], opening);
  }
});
