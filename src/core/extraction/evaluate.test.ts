// Unit tests for the fixture scorer, on tiny hand-made results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aggregateScores, compareSets, factKey, goldSchema, prf, scoreDocument, type GoldResult } from './evaluate.ts';

function doc(over: Partial<GoldResult> = {}): GoldResult {
  return {
    kind: 'report',
    issuer: { name: 'UBND xã Tân Phong', unitName: 'Tân Phong', unitLevel: 'xa', province: 'Hải Phòng' },
    number: '12/BC-UBND',
    date: '2025-12-01',
    signer: { name: 'Lê Văn An', title: 'Phó Chủ tịch' },
    references: [{ number: '192/KH-UBND', date: '2025-08-08' }],
    facts: [
      { indicator: 'RADIO_BROADCASTS', value: 28, qualifier: 'exact', max: null },
      { indicator: 'PORTAL_ARTICLES', value: 20, qualifier: 'at_least', max: null },
      { indicator: 'TRAINEES', value: 125, qualifier: 'range', max: 130 },
    ],
    targets: [],
    tasks: [],
    reportDeadlines: [],
    difficulties: [{ theme: 'funding', text: 'Kinh phí hạn chế' }],
    recommendations: [{ to: 'Ủy ban nhân dân thành phố', text: 'hỗ trợ kinh phí' }],
    ...over,
  };
}

test('a prediction identical to gold scores 1 everywhere', () => {
  const s = scoreDocument(doc(), doc());
  assert.equal(s.facts.f1, 1);
  assert.ok(Object.values(s.metadata).every((m) => m.ok));
  assert.equal(s.lists.recommendations.f1, 1);
});

test('a wrong qualifier is a miss for facts but a hit for the indicator+value diagnosis', () => {
  const pred = doc({
    facts: [
      { indicator: 'RADIO_BROADCASTS', value: 28, qualifier: 'exact', max: null },
      { indicator: 'PORTAL_ARTICLES', value: 20, qualifier: 'exact', max: null },
      { indicator: 'TRAINEES', value: 125, qualifier: 'range', max: 130 },
    ],
  });
  const s = scoreDocument(pred, doc());
  assert.deepEqual([s.facts.tp, s.facts.fp, s.facts.fn], [2, 1, 1]);
  assert.equal(s.factsIndicatorValue.f1, 1);
  assert.deepEqual(s.missedFacts, ['PORTAL_ARTICLES|20|at_least|-']);
});

test('a range with the wrong upper bound does not match', () => {
  const pred = doc({ facts: [{ indicator: 'TRAINEES', value: 125, qualifier: 'range', max: 135 }] });
  const s = scoreDocument(pred, doc({ facts: [{ indicator: 'TRAINEES', value: 125, qualifier: 'range', max: 130 }] }));
  assert.equal(s.facts.tp, 0);
});

test('values equal within floating-point noise match; a wrong indicator only counts for value-only', () => {
  const gold = doc({ facts: [{ indicator: 'ONLINE_DOSSIER_PCT', value: 87.25, qualifier: 'exact', max: null }] });
  const same = doc({ facts: [{ indicator: 'ONLINE_DOSSIER_PCT', value: 87.25000000000001, qualifier: 'exact', max: null }] });
  assert.equal(scoreDocument(same, gold).facts.f1, 1);
  const wrong = doc({ facts: [{ indicator: 'HOUSEHOLD_QR_PCT', value: 87.25, qualifier: 'exact', max: null }] });
  const s = scoreDocument(wrong, gold);
  assert.equal(s.facts.f1, 0);
  assert.equal(s.factsValueOnly.f1, 1);
});

test('a figure stated twice is one fact on both sides', () => {
  const twice = doc({
    facts: [
      { indicator: 'VILLAGES', value: 58, qualifier: 'exact', max: null },
      { indicator: 'VILLAGES', value: 58, qualifier: 'exact', max: null },
    ],
  });
  const once = doc({ facts: [{ indicator: 'VILLAGES', value: 58, qualifier: 'exact', max: null }] });
  const s = scoreDocument(twice, once);
  assert.deepEqual([s.facts.tp, s.facts.fp, s.facts.fn], [1, 0, 0]);
});

test('names are compared after NFC and whitespace normalisation but keep diacritics and case', () => {
  const decomposed = 'Lê Văn An'.normalize('NFD');
  const s1 = scoreDocument(doc({ signer: { name: `  ${decomposed} `, title: 'Phó  Chủ tịch' } }), doc());
  assert.ok(s1.metadata['signer.name'].ok);
  assert.ok(s1.metadata['signer.title'].ok);
  const s2 = scoreDocument(doc({ signer: { name: 'Le Van An', title: 'Phó Chủ tịch' } }), doc());
  assert.equal(s2.metadata['signer.name'].ok, false);
  const s3 = scoreDocument(doc({ signer: { name: 'lê văn an', title: 'Phó Chủ tịch' } }), doc());
  assert.equal(s3.metadata['signer.name'].ok, false);
});

test('null against null is correct; a value against null is wrong', () => {
  assert.ok(scoreDocument(doc({ number: null, signer: null }), doc({ number: null, signer: null })).metadata.number.ok);
  const s = scoreDocument(doc({ number: '12/BC-UBND' }), doc({ number: null }));
  assert.equal(s.metadata.number.ok, false);
  assert.ok(scoreDocument(doc({ number: '12 /BC-UBND' }), doc()).metadata.number.ok);
});

test('addressees match across UBND/Ủy ban nhân dân spellings and old tone placement', () => {
  const pred = doc({
    recommendations: [
      { to: 'UBND thành phố', text: 'x' },
      { to: 'Sở Văn hóa, Thể thao và Du lịch', text: 'y' },
    ],
  });
  const gold = doc({ recommendations: [{ to: 'Uỷ ban nhân dân thành phố', text: 'z' }] });
  const s = scoreDocument(pred, gold);
  assert.deepEqual([s.lists.recommendations.tp, s.lists.recommendations.fp, s.lists.recommendations.fn], [1, 1, 0]);
});

test('tasks match on lead unit (level word ignored) and timeframe', () => {
  const gold = doc({ tasks: [{ title: 'a', lead: 'Phòng Văn hóa - Xã hội', coordinating: [], timeframe: 'Thường xuyên' }] });
  const pred = doc({ tasks: [{ title: 'b', lead: 'Phòng Văn hóa - Xã hội phường', coordinating: ['x'], timeframe: 'thường xuyên' }] });
  assert.equal(scoreDocument(pred, gold).lists.tasks.f1, 1);
  const late = doc({ tasks: [{ title: 'b', lead: 'Phòng Văn hóa - Xã hội', coordinating: [], timeframe: 'Quý IV/2025' }] });
  assert.equal(scoreDocument(late, gold).lists.tasks.f1, 0);
});

test('overall scores are micro-averaged over documents', () => {
  const perfect = scoreDocument(doc(), doc());
  const empty = scoreDocument(doc({ facts: [], date: null }), doc());
  const all = aggregateScores([perfect, empty]);
  assert.equal(all.documents, 2);
  assert.deepEqual([all.facts.tp, all.facts.fp, all.facts.fn], [3, 0, 3]);
  assert.equal(all.facts.precision, 1);
  assert.equal(all.facts.recall, 0.5);
  assert.equal(all.metadataAccuracy.date, 0.5);
  assert.equal(all.metadataAccuracy.kind, 1);
});

test('empty sets on both sides are perfect, one empty side is zero', () => {
  assert.equal(prf(compareSets([], [])).f1, 1);
  assert.equal(prf(compareSets(['a'], [])).f1, 0);
  assert.equal(prf(compareSets([], ['a'])).recall, 0);
});

test('fact keys ignore max unless the qualifier is a range', () => {
  assert.equal(factKey({ indicator: 'X', value: 1, qualifier: 'exact', max: 5 }), factKey({ indicator: 'X', value: 1, qualifier: 'exact', max: null }));
});

test('the gold schema rejects a malformed file', () => {
  const bad = { ...doc(), date: '5/12/2025' };
  assert.equal(goldSchema.safeParse(bad).success, false);
  assert.equal(goldSchema.safeParse(doc()).success, true);
});
