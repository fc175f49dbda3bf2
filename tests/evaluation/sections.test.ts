// The sections bank (tests/fixtures/sections, see tests/support/sections.ts): list sections of
// reports and plans — difficulties, recommendations, targets, tasks, reporting deadlines — each
// wrapped in a minimal document of its kind and read by the whole text path; only the list a
// case is about is scored, with the document evaluation's keys.
//
// The bank was written by an author who never read the list rules; its first read measured how
// those rules meet unseen forms. Its errors were then read to improve the rules, so from then on
// the bank is TUNING material: its floors guard against regressions only. The honest measure of
// lists on unseen documents stays the holdout (holdout-scores.test.ts).
// Floors = measured minus a small margin (about one item per list); raise them only to measured values.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkCase, loadSections, loadSectionsOcr, scoreSectionCases, scoreSections, sectionFiles, wrapSection, type SectionCase, type SectionField } from '../support/sections.ts';
import { analyzeText } from '#src/core/extraction/analyze-text.ts';

// ---- the harness itself, on cases written for this test -------------------------------------

const own: SectionCase[] = [
  {
    kind: 'report',
    about: 'difficulties',
    text: [
      'II. KHÓ KHĂN, HẠN CHẾ',
      '- Kinh phí dành cho công tác tuyên truyền còn hạn chế, chưa đáp ứng yêu cầu.',
      '- Hệ thống loa truyền thanh ở một số thôn đã hư hỏng, xuống cấp.',
    ].join('\n'),
    gold: {
      difficulties: [
        { theme: 'funding', text: 'Kinh phí dành cho công tác tuyên truyền còn hạn chế' },
        { theme: 'equipment', text: 'Hệ thống loa truyền thanh ở một số thôn đã hư hỏng' },
      ],
    },
  },
  {
    kind: 'report',
    about: 'recommendations',
    text: ['III. KIẾN NGHỊ, ĐỀ XUẤT', 'Đề nghị Sở Khoa học và Công nghệ tổ chức các lớp tập huấn về chuyển đổi số cho cán bộ cấp xã.'].join('\n'),
    gold: { recommendations: [{ to: 'Sở Khoa học và Công nghệ', text: 'tổ chức các lớp tập huấn' }] },
  },
  {
    kind: 'plan',
    about: 'tasks',
    text: [
      'III. NHIỆM VỤ VÀ GIẢI PHÁP',
      '1. Tuyên truyền, phổ biến Nghị quyết số 57-NQ/TW đến cán bộ và Nhân dân',
      '- Đơn vị chủ trì: Văn phòng HĐND và UBND xã.',
      '- Đơn vị phối hợp: các thôn.',
      '- Thời gian thực hiện: Thường xuyên.',
    ].join('\n'),
    gold: { tasks: [{ title: 'Tuyên truyền, phổ biến Nghị quyết số 57-NQ/TW', lead: 'Văn phòng HĐND và UBND xã', coordinating: ['các thôn'], timeframe: 'Thường xuyên' }] },
  },
  {
    kind: 'plan',
    about: 'reportDeadlines',
    text: ['IV. CHẾ ĐỘ BÁO CÁO', 'Các thôn báo cáo kết quả thực hiện định kỳ 6 tháng trước ngày 15/6 và hằng năm trước ngày 15/12 về Ủy ban nhân dân xã.'].join('\n'),
    gold: { reportDeadlines: ['06-15', '12-15'] },
  },
];

test('the wrapper makes a document of the case kind, and a plan section gives tasks a report would not', () => {
  assert.equal(analyzeText(wrapSection('plan', own[2]!.text)).result.kind, 'plan');
  assert.equal(analyzeText(wrapSection('report', own[0]!.text)).result.kind, 'report');
  // The list readers run by kind: the same task section in a report gives no task.
  assert.equal(analyzeText(wrapSection('report', own[2]!.text)).result.tasks.length, 0);
});

test('the harness scores own cases: right items count, a wrong gold item is a miss and the read item spurious', () => {
  const s = scoreSectionCases(own, 'own');
  assert.equal(s.cases, 4);
  for (const r of s.results) assert.deepEqual({ missed: r.missed, spurious: r.spurious }, { missed: [], spurious: [] }, `case ${r.index} (${r.case.about})`);
  assert.equal(s.byField.difficulties.tp, 2);
  assert.equal(s.byField.tasks.tp, 1);
  assert.equal(s.byField.targets.cases, 0);
  // Only the case's own list is scored: a recommendation read from a difficulties case is not counted.
  const wrong: SectionCase = { ...own[1]!, gold: { recommendations: [{ to: 'Sở Nội vụ', text: '' }] } };
  const w = scoreSectionCases([wrong], 'own');
  assert.deepEqual([w.all.tp, w.all.fp, w.all.fn], [0, 1, 1]);
  assert.deepEqual(w.results[0]!.missed, ['sở nội vụ']);
});

test('case checks reject an unknown list, a gold list under another name and an item off the contract', () => {
  assert.throws(() => checkCase({ kind: 'report', about: 'facts', text: 'x', gold: { facts: [] } }, 't'), /about/);
  assert.throws(() => checkCase({ kind: 'plan', about: 'tasks', text: 'x', gold: { targets: [] } }, 't'), /gold\.tasks/);
  assert.throws(() => checkCase({ kind: 'plan', about: 'reportDeadlines', text: 'x', gold: { reportDeadlines: ['15/6'] } }, 't'), /contract/);
});

test('an OCR copy must match its bank case by case', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sections-'));
  try {
    writeFileSync(join(dir, 'b.json'), JSON.stringify(own.slice(0, 2)));
    writeFileSync(join(dir, 'b.ocr-eng.json'), JSON.stringify([{ text: own[0]!.text, ocr: 'II. KHO KHAN' }]));
    assert.throws(() => loadSectionsOcr('b.json', 'eng', dir), /out of date/);
    writeFileSync(join(dir, 'b.ocr-eng.json'), JSON.stringify(own.slice(0, 2).map((c) => ({ text: c.text, ocr: c.text }))));
    assert.equal(scoreSections('b.json', loadSectionsOcr('b.json', 'eng', dir), dir).all.f1, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---- the bank ----------------------------------------------------------------------------------

type Floors = Partial<Record<SectionField, { f1: number; ocrF1?: number }>>;

const FLOORS: Record<string, Floors> = {
  // First read, before any rule was written for it (163 cases), list F1 clean / eng OCR:
  // targets 72.1 / 70.0, tasks 47.3 / 45.9, reportDeadlines 98.9 / 98.9, difficulties 81.2 / 85.1,
  // recommendations 75.5 / 72.4. After the rules of 25 Nov (docs/extraction.md, "Sections bank"):
  // targets 95.0 / 93.5, tasks 93.0 / 78.2 (95.2 / 81.2 before the organisation part
  // was held to stated times, which a seed plan needs), reportDeadlines 98.9 / 98.9, difficulties 93.3 / 94.0,
  // recommendations 96.7 / 88.1.
  // After "Lists on unseen plans" (25 Nov, session of 13:00): targets 96.5 / 96.0, tasks 96.6 / 90.3.
  'lists.json': {
    targets: { f1: 0.95, ocrF1: 0.94 },
    tasks: { f1: 0.95, ocrF1: 0.88 },
    reportDeadlines: { f1: 0.97, ocrF1: 0.97 },
    difficulties: { f1: 0.91, ocrF1: 0.92 },
    recommendations: { f1: 0.95, ocrF1: 0.86 },
  },
  // Engineer-made (README): plan layouts the tune plans lack, tuning material from its first read
  // (42 cases), list F1 clean / eng OCR: first read tasks 81.8 / 63.9, targets 75.9 / 75.9; after
  // the rules of 25 Nov ("Plan lists: layouts the tune plans lack"): tasks 99.1 / 92.6, targets
  // 100 / 95.2.
  'plan-layouts.json': {
    targets: { f1: 0.97, ocrF1: 0.92 },
    tasks: { f1: 0.97, ocrF1: 0.9 },
  },
  // Engineer-made (README): difficulties and recommendations in layouts the tune reports lack,
  // tuning material from its first read (50 cases), list F1 clean / eng OCR: first read
  // difficulties 85.2 / 85.2, recommendations 85.1 / 84.7; after the rules of 25 Nov
  // ("Difficulties and recommendations: layouts the tune reports lack"): 100 / 100 each.
  'narrative-layouts.json': {
    difficulties: { f1: 0.97, ocrF1: 0.97 },
    recommendations: { f1: 0.97, ocrF1: 0.97 },
  },
  // Author-made, unseen at its first read (README; 111 cases), list F1 clean / eng OCR: first read
  // targets 78.8 / 75.3, tasks 55.5 / 42.5, reportDeadlines 98.4 / 96.8, difficulties 85.7 / 85.7,
  // recommendations 66.7 / 66.7; tuning material since. After "Lists on unseen plans" (25 Nov):
  // targets 97.9 / 93.0, tasks 92.9 / 79.0, recommendations 84.6 / 72.0, the others as first read.
  'plans-unseen.json': {
    targets: { f1: 0.96, ocrF1: 0.91 },
    tasks: { f1: 0.91, ocrF1: 0.77 },
    reportDeadlines: { f1: 0.96, ocrF1: 0.94 },
    difficulties: { f1: 0.83, ocrF1: 0.83 },
    recommendations: { f1: 0.8, ocrF1: 0.66 },
  },
  // Engineer-made (README): invented plan tables and task lists, made to study the English-model
  // scan; tuning material from its first read (43 cases), list F1 clean / eng OCR (300 dpi): first
  // read targets 98.1 / 76.1, tasks 100 / 86.5; after "Plan lists on the English-model scan" (25 Nov):
  // targets 100 / 94.2, tasks 100 / 91.5.
  'plan-ocr.json': {
    targets: { f1: 0.98, ocrF1: 0.92 },
    tasks: { f1: 0.98, ocrF1: 0.89 },
  },
};

test('every bank case is well formed', () => {
  for (const file of sectionFiles()) assert.ok(loadSections(file).length > 0, file);
});

for (const [file, floors] of Object.entries(FLOORS)) {
  test(`sections bank ${file}: list F1 per field at or above the floors, clean and OCR`, () => {
    assert.ok(sectionFiles().includes(file), `${file} is missing`);
    const s = scoreSections(file);
    const ocr = loadSectionsOcr(file);
    const o = ocr ? scoreSections(file, ocr) : null;
    for (const [field, floor] of Object.entries(floors) as [SectionField, { f1: number; ocrF1?: number }][]) {
      const c = s.byField[field];
      assert.ok(c.f1 >= floor.f1, `${field} F1 ${c.f1.toFixed(3)} < ${floor.f1} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`);
      if (floor.ocrF1 === undefined) continue;
      assert.ok(o, `${file}: no OCR copy`);
      const oc = o.byField[field];
      assert.ok(oc.f1 >= floor.ocrF1, `OCR ${field} F1 ${oc.f1.toFixed(3)} < ${floor.ocrF1} (tp ${oc.tp} fp ${oc.fp} fn ${oc.fn})`);
    }
  });
}
