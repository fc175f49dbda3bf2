// Tables as the English-model OCR leaves them (issue 3): what a scan does to any table — rules
// read as scraps, blank lines between rows, header words run together, columns collapsed to
// single spaces, cells garbled. Each test is written for this file in the unaccented, misread
// form that model gives (no seed or labelled fixture text); each checks that the damaged table
// reads as its clean form does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, normaliseText } from './analyze-text.ts';

const facts = (body: string): string[] =>
  analyzeText(`BAO CAO\nKet qua thuc hien\n\n${body}\n`).result.facts.map((f) => `${f.indicator}=${f.value}${f.qualifier === 'exact' ? '' : `:${f.qualifier}`}`);

test('inside a pipe table, the rule read as a scrap is a rule and the blank lines between rows go', () => {
  assert.equal(
    normaliseText('| Noi dung | Ket qua |\nJl}\n\n| Hoi nghi | 2 |\n\n| Lop hoc | 3 |\n\nXa da hoan thanh.'),
    '| Noi dung | Ket qua |\n|---|\n| Hoi nghi | 2 |\n| Lop hoc | 3 |\n\nXa da hoan thanh.',
  );
  // A short line outside a table, or between a table and a sentence, stays as written.
  for (const s of ['Ghi chu\nJf\n| a | b |', '| a | b |\n[=\nKet luan cua xa.', 'Muc I\n\nab\n\nMuc II']) assert.equal(normaliseText(s), s);
});

test('a plan-and-result table whose rule the scan garbled keeps only the result column', () => {
  const table = [
    'Ket qua thang 11 nam 2026',
    '| Noi dung | Ke hoach | Thuc hien | % KH |',
    '[=f}',
    '',
    '| Lop tap huan ky nang so | 5 | 6 | 120 |',
    '',
    '| Hoi nghi quan triet | 3 | 2 | 66,7 |',
  ].join('\n');
  assert.deepEqual(facts(table), ['TRAINING_SESSIONS=6', 'BRIEFING_CONFERENCES=2']);
});

test('a change in words whose vowel the scan lost ("ting", "tùng") is still a change cell', () => {
  const table = [
    '| Chi tieu | Nam 2026 | Nam 2025 | So sanh |',
    '|---|---|---|---|',
    '| Lop tap huan ky nang so | 9 | 7 | ting 28,6% |',
    '| Hoi nghi quan triet | 4 | 5 | giam 1 |',
  ].join('\n');
  assert.deepEqual(facts(table), ['TRAINING_SESSIONS=9', 'BRIEFING_CONFERENCES=4']);
});
