// The extractor on documents it was never tuned on: the holdout half of the project's own
// labelled documents, OCR'd with Tesseract's English model (the seeds' damage). The floors are
// the scores measured when this test was last updated (docs/extraction.md, "Scores") minus a
// small margin, so a regression fails; they are not the 0.95 target, which is not reached yet.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import type { DocumentScore, ListField } from '#src/core/extraction/evaluate.ts';
import { ownSplit as split, scoreOwn } from '../support/own-fixtures.ts';

const FLOORS: Record<string, { factsF1: number; metadata: number; lists: Partial<Record<ListField, number>> }> = {
  // measured 2026-11-24 on the 6 first holdout documents: eng-300 F1 0.844, metadata 0.926;
  // eng-200 F1 0.851, metadata 0.926. LOWERED the same day because the holdout set grew to 11
  // documents (p06, r13, r15, r16, r18, written by an author who had not read the extractor):
  // measured then eng-300 F1 0.782, metadata 0.939; eng-200 F1 0.776, metadata 0.939. The
  // extractor did not get worse; the new documents are phrasings it was never shown. Raise the
  // floors again as the extractor improves; the 0.95 target is unchanged. Metadata raised after
  // the unit gazetteer, the name-position models and the acting-chair title: measured eng-300
  // 0.970, eng-200 0.970.
  // Facts raised after the indicator-assignment work: eng-300 F1 0.836, eng-200 F1 0.823.
  // NEW HOLDOUT (24 Nov 2026, evening): the 11 documents above were retired into tune and 12 new
  // ones (r20-r29, p07, p08) by two authors who had not read the extractor became the holdout.
  // First measurement, before anyone tuned on anything after they were written: eng-300 facts
  // F1 0.828, metadata 0.907; eng-200 facts F1 0.842, metadata 0.917 (signer names 33-42 %).
  // With the language model rebuilt on the grown tune half: metadata 0.889 / 0.898, facts 0.828
  // / 0.846.
  // End of that session (after work on the retired holdout and 14 new tune documents, none on
  // these): eng-300 facts 0.880, metadata 0.926; eng-200 facts 0.896, metadata 0.935. The
  // metadata gain is partly not clean (the lead had seen the holdout signers' names; see
  // docs/language-model.md). Lists on the holdout: targets 0.158 (the two plans' target tables
  // are not read), tasks 0.0 / 0.632, deadlines 0.857 / 1.0, difficulties 0.843, recommendations
  // 0.893. Last measured 22:40 after two more tune-chosen rules: eng-300 facts 0.872, eng-200
  // 0.892 (floors unchanged).
  // GROWN HOLDOUT (25 Nov 2026, night): 32 more documents (r42-r65, p11-p18) by four authors who
  // had not read the extractor joined the 12 above, so the holdout (44) outnumbers tune. First
  // measured on all 44 before any rule of that session: eng-300 facts F1 0.842, metadata 0.914,
  // targets 0.484, tasks 0.517, difficulties 0.839, recommendations 0.876; eng-200 facts 0.844,
  // metadata 0.914, targets 0.611, tasks 0.832, difficulties 0.844, recommendations 0.868 (the 32
  // new ones alone: facts 0.829 / 0.825). Floors LOWERED to that measurement minus a margin:
  // the extractor did not get worse, the set is larger and more varied.
  // End of that session (25 Nov 01:00; tables, phrasing banks, OCR damage, issuer, signer names,
  // plan lists, deadlines — all tuned on tune documents, banks and synthetic instruments, none on
  // these): eng-300 facts 0.862, metadata 0.942, targets 0.717, tasks 0.839, difficulties 0.851,
  // recommendations 0.897; eng-200 facts 0.859, metadata 0.939, targets 0.690, tasks 0.855,
  // difficulties 0.851, recommendations 0.890. Floors raised to that minus a margin.
  // 25 Nov 2026 (session of 10:05 UTC): the holdout grew to 74 documents (r96-r107, p32-p35;
  // four new plans whose task layouts the reader had not met: tasks eng-300 0.522, eng-200 0.455
  // on them at first read). All 74 at 3cb3404: tasks eng-300 0.828, eng-200 0.809; after the
  // session's plan-layout rules eng-300 0.819, eng-200 0.805 (an English-OCR drop the engineer
  // reported and did not chase on the holdout). eng-200 tasks floor 0.82 -> 0.79.
  'eng-300': { factsF1: 0.85, metadata: 0.93, lists: { targets: 0.68, tasks: 0.8, difficulties: 0.83, recommendations: 0.87 } },
  'eng-200': { factsF1: 0.85, metadata: 0.93, lists: { targets: 0.66, tasks: 0.79, difficulties: 0.83, recommendations: 0.87 } },
};

for (const [variant, floor] of Object.entries(FLOORS)) {
  test(`holdout documents, ${variant} OCR: fact F1 ≥ ${floor.factsF1}, metadata accuracy ≥ ${floor.metadata}`, () => {
    const o = scoreOwn(split.holdout, variant);
    assert.equal(o.documents, split.holdout.length);
    assert.ok(o.facts.f1 >= floor.factsF1, `fact F1 ${o.facts.f1.toFixed(3)} < ${floor.factsF1}`);
    assert.ok(o.metadataAccuracyAll >= floor.metadata, `metadata ${o.metadataAccuracyAll.toFixed(3)} < ${floor.metadata}`);
    for (const [list, min] of Object.entries(floor.lists) as [ListField, number][]) {
      assert.ok(o.lists[list].f1 >= min, `${list} F1 ${o.lists[list].f1.toFixed(3)} < ${min}`);
    }
  });
}

test('eval --json gives held-out documents as counts only, tune documents with their details', () => {
  const run = (set: string) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'eval', '--set', set, '--variant', 'clean', '--json'], { encoding: 'utf8', timeout: 180_000 });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as { documents: { id: string; score: DocumentScore }[] };
  };
  const holdout = run('holdout').documents;
  assert.equal(holdout.length, split.holdout.length);
  for (const d of holdout) {
    assert.ok(d.score.facts.tp + d.score.facts.fn > 0, `${d.id}: counts kept`);
    assert.deepEqual([d.score.missedFacts, d.score.spuriousFacts], [[], []]);
    assert.ok(Object.values(d.score.metadata).every((m) => m.predicted === null && m.gold === null));
  }
  const tune = run('tune').documents;
  assert.ok(tune.some((d) => d.score.metadata['issuer.name'].gold !== null));
});
