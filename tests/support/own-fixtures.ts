// The project's own labelled documents (tests/fixtures/own): the tune/holdout split, and the
// aggregate score of the text pipeline on a set of them in one OCR variant.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '#src/core/extraction/analyze-text.ts';
import { aggregateScores, goldSchema, scoreDocument, type OverallScore } from '#src/core/extraction/evaluate.ts';

export const ownDir = join(import.meta.dirname, '..', 'fixtures', 'own');

export const ownSplit = JSON.parse(readFileSync(join(ownDir, 'split.json'), 'utf8')) as { tune: string[]; holdout: string[] };

/** Scores of analyzeText on `ocr-<variant>.txt` of each document against its gold, aggregated. */
export function scoreOwn(ids: string[], variant: string): OverallScore {
  return aggregateScores(
    ids.map((id) => {
      const gold = goldSchema.parse(JSON.parse(readFileSync(join(ownDir, id, 'gold.json'), 'utf8')));
      const { result } = analyzeText(readFileSync(join(ownDir, id, `ocr-${variant}.txt`), 'utf8'));
      return scoreDocument(result, gold);
    }),
  );
}
