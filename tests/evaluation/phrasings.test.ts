// The phrasing bank (tests/fixtures/phrasings, see tests/support/phrasings.ts): many ways a
// commune report states each indicator, and distractors that must give no fact for it, each
// wrapped in a minimal report and read by the whole text path. The sentences were written for the
// bank, not taken from a seed or a labelled document. Floors = the measured score minus a small
// margin (see docs/extraction.md, "Phrasing bank"): a rule that loses phrasings fails here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '#src/core/extraction/analyze-text.ts';
import { bankFiles, loadBank, loadOcr, scoreBank, wrapCase } from '../support/phrasings.ts';

interface Floor {
  precision: number;
  recall: number;
  /** On the English-model OCR copy, when the bank has one. */
  ocrF1?: number;
}

const FLOORS: Record<string, Floor> = {
  // Before any rule was written for it: clean P 0.866 R 0.948, eng OCR F1 0.879; after the
  // rules of 24–25 Nov (night): clean P 0.986 R 0.986, eng OCR F1 0.981.
  'direction-radio-online-visual-area.json': { precision: 0.97, recall: 0.97, ocrF1: 0.965 },
  // Measured 2026-11-24 before any rule was written for it: clean P 0.893 R 0.931, eng OCR F1 0.880;
  // after the rules for it (docs/extraction.md, "Phrasing banks"): P 0.981 R 0.996, OCR F1 0.967;
  // 58 cases added (first read P 0.896 R 0.915, then general rules): 352 cases P 0.981 R 0.990,
  // OCR F1 0.969.
  'skills-contest-services.json': { precision: 0.97, recall: 0.98, ocrF1: 0.955 },
  // Tables (an author who never read the extractor): before the table rules clean P 0.503
  // R 0.685, eng OCR F1 0.567; after them (docs/extraction.md, "Tables as commune reports draw
  // them") P 0.831 R 0.865, OCR F1 0.721; after the rules for OCR'd tables and the report's
  // period ("Tables on OCR text") P 0.842 R 0.873, OCR F1 0.824; with the later-period rule of
  // "Numbers in context" landed beside them P 0.847 R 0.861, OCR F1 0.802; after the table
  // header, notes-column and wrapped-header rules ("Table headers and notes") P 0.888 R 0.880,
  // OCR F1 0.831.
  'tables-passages.json': { precision: 0.88, recall: 0.875, ocrF1: 0.825 },
  // Numbers in context (an author who never read the extractor: targets, earlier or later periods,
  // other units' figures, measures, names beside real values). First read before any rule for it:
  // part 1 (101 cases) clean P 0.677 R 0.917 F1 0.779, eng OCR F1 0.772; all 243 cases clean
  // P 0.609 R 0.817, eng OCR F1 0.682. After the rules of 25 Nov (docs/extraction.md, "Numbers
  // in context"): clean P 0.673 R 0.817, OCR F1 0.716; after the second step P 0.764 R 0.873,
  // OCR F1 0.787; after "Table headers and notes" P 0.841 R 0.968, OCR F1 0.871; after "Facts in
  // prose" P 0.885 R 0.976, OCR F1 0.921.
  'numbers-in-context.json': { precision: 0.875, recall: 0.97, ocrF1: 0.91 },
  // Result paragraphs (an author who never read the extractor): first read clean P 0.849 R 0.928,
  // eng OCR F1 0.878 (0.899 / 0.890 after ten 'gần N' labels were corrected); after the rules of
  // 25 Nov (docs/extraction.md, "Result paragraphs") clean P 0.934 R 0.949, OCR F1 0.929; after
  // "Facts in prose" P 0.954 R 0.966, OCR F1 0.967.
  'results-narratives.json': { precision: 0.945, recall: 0.955, ocrF1: 0.955 },
  // Plan situation (an author who never read the extractor; cases wrapped in a plan): first read
  // with the plan wrapper and the old situation-heading allow-list clean P 1.000 R 0.208, eng OCR
  // F1 0.344; after the plan-tense decision (docs/extraction.md, "Plans: present or forward")
  // clean P 0.856 R 0.840, OCR F1 0.837; after "Facts in prose" P 0.920 R 0.868, OCR F1 0.874.
  'plan-situation.json': { precision: 0.91, recall: 0.86, ocrF1: 0.865 },
  // Indicator wording (written by an author who never read the extractor, but the rules were then
  // fitted to its errors, so tuned material, not unseen): per catalog indicator 3 unusual wordings
  // (synonyms, passive, label after the number, abbreviations, qualifiers) and 1 distractor. The
  // first read 2026-11-25, clean P 0.848 R 0.848, eng OCR F1 0.844, is its only unseen figure.
  // After "Indicator choice", step 2 (docs/extraction.md): clean P 0.959 R 0.939, OCR F1 0.939.
  'indicator-wording.json': { precision: 0.93, recall: 0.91, ocrF1: 0.91 },
  // Table layouts (written by the engineer of the rules, so tuned material, not unseen): tables
  // as a commune officer types them — ruled with and without borders, tabs, spaces, wide rows the
  // A4 page wraps, two-line headers, total rows, notes columns, plan against result — and their
  // English-model OCR. First read clean P 0.723 R 0.800, OCR F1 0.621; after the rules of
  // docs/extraction.md "Table layouts" clean P 0.910 R 0.947, OCR F1 0.781.
  'tables-layout.json': { precision: 0.9, recall: 0.93, ocrF1: 0.77 },
  // Scope and subsets (written by authorBank, who never read src/): first read 2026-11-25, clean
  // P 0.705 R 0.935, OCR F1 0.800, its only unseen figure; tuned material since "Scope of figures"
  // (docs/extraction.md): clean P 0.927 R 0.967, OCR F1 0.917.
  'scope-and-subsets.json': { precision: 0.9, recall: 0.94, ocrF1: 0.89 },
  // Written by authorPeriods, who never read src/; first read 2026-11-25 clean P 0.636 R 0.735,
  // eng OCR F1 0.636 (P 0.702 R 0.769, OCR F1 0.655 on main right before the rules), its only
  // unseen figure; tuned material since "Periods and columns" (docs/extraction.md): clean P 0.938
  // R 0.875, OCR F1 0.777.
  'periods-and-columns.json': { precision: 0.87, recall: 0.845, ocrF1: 0.765 },
};

test('every bank case is well formed: a known kind, facts with a qualifier, distractors free of their indicator', () => {
  for (const file of bankFiles()) {
    for (const [i, c] of loadBank(file).entries()) {
      assert.ok(c.kind === 'positive' || c.kind === 'distractor', `${file} #${i}: kind`);
      assert.ok(c.document === undefined || c.document === 'report' || c.document === 'plan', `${file} #${i}: document`);
      if (c.kind === 'positive') assert.ok(c.facts.some((f) => f.indicator === c.about), `${file} #${i}: a positive states its indicator`);
      else assert.ok(!c.facts.some((f) => f.indicator === c.about), `${file} #${i}: a distractor states no value of its indicator`);
      for (const f of c.facts) assert.ok(['exact', 'approx', 'at_least', 'at_most', 'range'].includes(f.qualifier) && (f.qualifier === 'range') === (f.max !== null), `${file} #${i}: ${f.indicator}`);
    }
  }
});

test('a case is wrapped in the document it names: a plan case is read as a plan, others as a report', () => {
  const c = { about: 'VILLAGES', kind: 'positive' as const, text: 'Xã có 12 thôn.', facts: [] };
  const plan = analyzeText(wrapCase({ ...c, document: 'plan' }, c.text)).result;
  assert.equal(plan.kind, 'plan');
  assert.match(plan.number ?? '', /KH-UBND/);
  assert.equal(analyzeText(wrapCase(c, c.text)).result.kind, 'report');
  assert.equal(analyzeText(wrapCase({ ...c, document: 'report' }, c.text)).result.kind, 'report');
});

for (const [file, floor] of Object.entries(FLOORS)) {
  test(`phrasing bank ${file}: facts precision and recall at or above the floors`, () => {
    assert.ok(bankFiles().includes(file), `${file} is missing`);
    const s = scoreBank(file);
    const detail = `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;
    assert.ok(s.precision >= floor.precision, `precision below ${floor.precision}: ${detail}`);
    assert.ok(s.recall >= floor.recall, `recall below ${floor.recall}: ${detail}`);
    if (floor.ocrF1 !== undefined) {
      const ocr = loadOcr(file);
      assert.ok(ocr, `${file}: no OCR copy`);
      const o = scoreBank(file, ocr);
      assert.ok(o.f1 >= floor.ocrF1, `OCR F1 ${o.f1.toFixed(3)} < ${floor.ocrF1} (tp ${o.tp} fp ${o.fp} fn ${o.fn})`);
    }
  });
}
