// The extractor on documents it was never tuned on: the holdout half of the project's own
// labelled documents, OCR'd with Tesseract's English model (the seeds' damage). The floors are
// the scores measured when this test was last updated (docs/extraction.md, "Scores") minus a
// small margin, so a regression fails; they are not the 0.95 target, which is not reached yet.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeText } from '#src/core/extraction/analyze-text.ts';
import { aggregateScores, goldSchema, scoreDocument } from '#src/core/extraction/evaluate.ts';

const own = join(import.meta.dirname, '..', 'fixtures', 'own');
const split = JSON.parse(readFileSync(join(own, 'split.json'), 'utf8')) as { holdout: string[] };

const FLOORS: Record<string, { factsF1: number; metadata: number }> = {
  // measured 2026-11-24 on the 6 first holdout documents: eng-300 F1 0.844, metadata 0.926;
  // eng-200 F1 0.851, metadata 0.926. LOWERED the same day because the holdout set grew to 11
  // documents (p06, r13, r15, r16, r18, written by an author who had not read the extractor):
  // measured then eng-300 F1 0.782, metadata 0.939; eng-200 F1 0.776, metadata 0.939. The
  // extractor did not get worse; the new documents are phrasings it was never shown. Raise the
  // floors again as the extractor improves; the 0.95 target is unchanged. Metadata raised after
  // the unit gazetteer, the name-position models and the acting-chair title: measured eng-300
  // 0.970, eng-200 0.970.
  // Facts raised after the indicator-assignment work: eng-300 F1 0.836, eng-200 F1 0.823.
  'eng-300': { factsF1: 0.82, metadata: 0.96 },
  'eng-200': { factsF1: 0.81, metadata: 0.96 },
};

for (const [variant, floor] of Object.entries(FLOORS)) {
  test(`holdout documents, ${variant} OCR: fact F1 ≥ ${floor.factsF1}, metadata accuracy ≥ ${floor.metadata}`, () => {
    const scores = split.holdout.map((id) => {
      const gold = goldSchema.parse(JSON.parse(readFileSync(join(own, id, 'gold.json'), 'utf8')));
      const { result } = analyzeText(readFileSync(join(own, id, `ocr-${variant}.txt`), 'utf8'));
      return scoreDocument(result, gold);
    });
    const o = aggregateScores(scores);
    assert.equal(o.documents, split.holdout.length);
    assert.ok(o.facts.f1 >= floor.factsF1, `fact F1 ${o.facts.f1.toFixed(3)} < ${floor.factsF1}`);
    assert.ok(o.metadataAccuracyAll >= floor.metadata, `metadata ${o.metadataAccuracyAll.toFixed(3)} < ${floor.metadata}`);
  });
}
