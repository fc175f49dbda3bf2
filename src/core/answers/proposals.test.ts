import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Fact } from '#src/core/extraction/extraction.types.ts';
import { matchIssuer, proposeNarrative, proposeValues } from './proposals.ts';

const fact = (indicator: string, value: number, start: number, qualifier: Fact['qualifier'] = 'exact', max: number | null = null): Fact => ({
  indicator, value, qualifier, max, evidence: { start, end: start + 10, text: `câu ${start}` },
});
const agg = (c: string) => ({ TRAINEES: 'flow', COMMUNITY_TECH_TEAMS: 'stock', PCT: 'percent' } as const)[c as 'TRAINEES'];

test('several facts of a flow indicator are added up, keeping every evidence sentence', () => {
  const [p] = proposeValues([fact('TRAINEES', 230, 10), fact('TRAINEES', 125, 50)], agg);
  assert.equal(p!.value, 355);
  assert.equal(p!.qualifier, 'exact');
  assert.equal(p!.summed, true);
  assert.deepEqual(p!.evidence.map((e) => e.value), [230, 125]);
});

test('a lower bound added to an exact figure stays a lower bound; a range adds both ends', () => {
  assert.equal(proposeValues([fact('TRAINEES', 20, 1, 'at_least'), fact('TRAINEES', 5, 50)], agg)[0]!.qualifier, 'at_least');
  const r = proposeValues([fact('TRAINEES', 125, 1, 'range', 130), fact('TRAINEES', 5, 50)], agg)[0]!;
  assert.deepEqual([r.value, r.max, r.qualifier], [130, 135, 'range']);
});

test('two figures of one indicator in the same sentence are one figure: the largest is kept, not added', () => {
  const same = (value: number): Fact => ({ indicator: 'TRAINEES', value, qualifier: 'exact', max: null, evidence: { start: 100, end: 160, text: 'Tiếp nhận 23 hồ sơ trực tuyến: 95,59% (4.120/4.310 hồ sơ).' } });
  const [p] = proposeValues([same(23), same(4120), fact('TRAINEES', 7, 300)], agg);
  assert.equal(p!.value, 4127);
  assert.equal(p!.evidence.length, 3);
});

test('a stock indicator keeps its first figure; the same sentence read twice counts once; unknown codes are dropped', () => {
  const ps = proposeValues([fact('COMMUNITY_TECH_TEAMS', 70, 1), fact('COMMUNITY_TECH_TEAMS', 61, 40), fact('TRAINEES', 5, 3), fact('TRAINEES', 5, 3), fact('NOPE', 1, 1)], agg);
  assert.deepEqual(ps.map((p) => [p.indicator, p.value, p.evidence.length]), [['COMMUNITY_TECH_TEAMS', 70, 2], ['TRAINEES', 5, 1]]);
});

test('difficulties and recommendations pre-fill the narrative as bullet lines naming the addressee', () => {
  const n = proposeNarrative({ difficulties: [{ theme: 'funding', text: 'Kinh phí hạn chế.' }], recommendations: [{ to: 'Sở Khoa học và Công nghệ', text: 'Hỗ trợ tập huấn.' }] });
  assert.equal(n.difficulties, '- Kinh phí hạn chế.');
  assert.equal(n.recommendations, '- Kiến nghị Sở Khoa học và Công nghệ: Hỗ trợ tập huấn.');
  assert.deepEqual(proposeNarrative({ difficulties: [], recommendations: [] }), {});
});

const units = [
  { id: 1, code: 'X-BACH-LONG-VI', name: 'Bạch Long Vĩ', level: 'dac_khu' },
  { id: 2, code: 'HP-HONG-BANG', name: 'Hồng Bàng', level: 'phuong' },
  { id: 3, code: 'X-TRAN-HUNG-DAO', name: 'Trần Hưng Đạo', level: 'xa' },
  { id: 4, code: 'HP-HAI-AN', name: 'Hải An', level: 'phuong' },
];

test('the issuer is matched to an addressed unit by name without diacritics, tolerating a small OCR slip', () => {
  assert.equal(matchIssuer({ unitName: 'Hong Bang', unitLevel: 'phuong' }, units)?.code, 'HP-HONG-BANG');
  assert.equal(matchIssuer({ unitName: 'xã Trần Hưng Đạo', unitLevel: 'xa' }, units)?.code, 'X-TRAN-HUNG-DAO');
  assert.equal(matchIssuer({ unitName: 'Bach Lonq Vi', unitLevel: 'dac_khu' }, units)?.code, 'X-BACH-LONG-VI');
  assert.equal(matchIssuer({ unitName: 'Hải Hưng', unitLevel: 'xa' }, units), null);
  assert.equal(matchIssuer(null, units), null);
});
