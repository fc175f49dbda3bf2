// Target tables laid out with tabs (typed in Word without a grid), read from the text and from
// what Tesseract gives for the rendered page (tests/fixtures/tables-layout, README there): rows
// numbered "1.", a unit column, each tab read as one space, a long row's last value wrapped,
// a short unit run into the first value. The table and its OCR were made for this test.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeText } from './analyze-text.ts';
import { extractFromText } from './extract.ts';

const dir = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'tables-layout');
const targets = (text: string): string[] => analyzeText(text).result.targets.map((t) => `${t.year}:${t.value} ${t.unit}`);
const read = (name: string): string => readFileSync(join(dir, name), 'utf8');

// The table's rows, one per indicator, and the two numbered goal sentences after it.
const ROWS = [
  ['%', 80, 90, 100],
  ['điểm', 5, 8, 12],
  ['%', 55, 65, 75],
  ['cụm', 6, 10, 14],
  ['hộ', 20, 35, 50],
  ['người', 25, 30, 35],
] as const;
const row = (k: number): string[] => {
  const [unit, ...values] = ROWS[k]!;
  return values.map((v, i) => `${2026 + i}:${v} ${unit}`);
};
const SENTENCES = ['2027:100 %', '2028:2 điểm'];

test('a tab-separated target table with numbered rows and a unit column: every cell, the unit from the unit column', () => {
  assert.deepEqual(targets(read('plan-tabs.txt')), [...ROWS.flatMap((_, k) => row(k)), ...SENTENCES]);
});

test('the same table as Tesseract reads it (tabs as single spaces, rows wrapped, units glued): each readable row', () => {
  // The Vietnamese model keeps every value; the unit column's cell runs into the label.
  assert.deepEqual(targets(read('plan-tabs.ocr-vie-300.txt')), [...ROWS.flatMap((_, k) => row(k)), ...SENTENCES]);
  // The English model at 200 dpi: the row whose unit ran into its value ("cum6") loses that value to the repair.
  assert.deepEqual(targets(read('plan-tabs.ocr-eng-200.txt')), [...[0, 1, 2, 4, 5].flatMap(row), ...SENTENCES]);
  // At 300 dpi one value is misread ("68)"): the table goes on past it to the next row index.
  const eng300 = targets(read('plan-tabs.ocr-eng-300.txt'));
  for (const k of [0, 2, 4, 5]) for (const t of row(k)) assert.ok(eng300.includes(t), t);
  for (const t of SENTENCES) assert.ok(eng300.includes(t), t);
});

const plan = (body: string): string[] =>
  extractFromText(`KẾ HOẠCH\nVề việc thử nghiệm\n\n${body}\n`).targets.map((t) => `${t.year}:${t.value} ${t.unit}`);

test('numbered goal sentences after a column table are not rows of it', () => {
  const body = [
    'II. CHỈ TIÊU',
    'Chỉ tiêu\tNăm 2026\tNăm 2027',
    '1. Tỷ lệ hộ dùng ví điện tử\t40%\t55%',
    '2. Phấn đấu đến năm 2027 có 90% thôn phủ sóng 4G và 02 điểm wifi miễn phí.',
    '3. Năm 2026 tổ chức 4 lớp, năm 2027 tổ chức 6 lớp',
    '',
    'III. NHIỆM VỤ',
  ].join('\n');
  const got = plan(body);
  assert.deepEqual(got.slice(0, 2), ['2026:40 %', '2027:55 %']);
  // The sentences are read as sentences (each with its own year), never as cells of the year columns.
  assert.ok(!got.includes('2026:90 %') && !got.includes('2026:2 điểm'), got.join(', '));
  assert.ok(got.includes('2027:90 %'), got.join(', '));
});

test('a numbered row out of sequence and without one value per column ends the table', () => {
  const body = [
    'II. CHỈ TIÊU',
    'Chỉ tiêu Năm 2026 Năm 2027',
    '1. Tỷ lệ hồ sơ trực tuyến 85% 90%',
    '5. Kết quả 2026 đạt khá, 2027 đạt tốt',
    '6. Tỷ lệ hộ có cáp quang 70% 80%',
    '',
    'III. NHIỆM VỤ',
  ].join('\n');
  assert.deepEqual(plan(body).slice(0, 2), ['2026:85 %', '2027:90 %']);
  assert.ok(!plan(body).includes('2026:70 %'), plan(body).join(', '));
});
