// Unit tests for the fixture scorer, on tiny hand-made results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  aggregateScores,
  classifyFactErrors,
  compareSets,
  differsByOneDigit,
  differsByScale,
  factKey,
  goldSchema,
  isTableRow,
  prf,
  scoreDocument,
  spuriousFigureCause,
  type GoldResult,
} from './evaluate.ts';

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

// ---- fact error causes ---------------------------------------------------------------------------

type F = { indicator: string; value: number; qualifier: string; max: number | null; evidence?: { text: string } };
const fact = (indicator: string, value: number, evidence?: string, qualifier = 'exact', max: number | null = null): F => ({
  indicator,
  value,
  qualifier,
  max,
  ...(evidence === undefined ? {} : { evidence: { text: evidence } }),
});
const causes = (pred: F[], gold: F[], text?: string): string[] => classifyFactErrors(pred, gold, text).map((e) => e.cause).sort();

test('a spurious and a missed fact with the same indicator and value differ in qualifier or range', () => {
  assert.deepEqual(causes([fact('BANNERS', 40, undefined, 'approx')], [fact('BANNERS', 40, undefined, 'at_least')]), ['qualifier']);
  assert.deepEqual(causes([fact('TRAINEES', 60, undefined, 'range', 70)], [fact('TRAINEES', 60, undefined, 'range', 75)]), ['qualifier']);
});

test('the same value under another indicator is a wrong indicator, not a spurious plus a missed figure', () => {
  const errors = classifyFactErrors([fact('SOCIAL_POSTS', 73)], [fact('PORTAL_ARTICLES', 73)]);
  assert.deepEqual(errors.map((e) => [e.cause, e.predicted, e.gold]), [['indicator', 'SOCIAL_POSTS|73|exact|-', 'PORTAL_ARTICLES|73|exact|-']]);
  // Near-miss: another value under another indicator pairs with nothing.
  assert.deepEqual(causes([fact('SOCIAL_POSTS', 74)], [fact('PORTAL_ARTICLES', 73)]), ['missed', 'spuriousOther']);
});

test('a value one digit away is a misreading; a power of ten is a decimal or thousands mark; else another figure', () => {
  assert.deepEqual(causes([fact('RADIO_BROADCASTS', 38)], [fact('RADIO_BROADCASTS', 36)]), ['valueDigit']);
  assert.deepEqual(causes([fact('RADIO_BROADCASTS', 136)], [fact('RADIO_BROADCASTS', 36)]), ['valueDigit']);
  assert.deepEqual(causes([fact('CHANNEL_VISITS', 4.5)], [fact('CHANNEL_VISITS', 4500)]), ['valueScale']);
  assert.deepEqual(causes([fact('ONLINE_DOSSIER_PCT', 734)], [fact('ONLINE_DOSSIER_PCT', 73.4)]), ['valueScale']);
  assert.deepEqual(causes([fact('RADIO_BROADCASTS', 52)], [fact('RADIO_BROADCASTS', 36)]), ['valueOther']);
  // Near-miss: two one-digit counts are not a misreading of each other.
  assert.deepEqual(causes([fact('BRIEFING_CONFERENCES', 3)], [fact('BRIEFING_CONFERENCES', 5)]), ['valueOther']);
});

test('one-digit and power-of-ten differences', () => {
  assert.ok(differsByOneDigit(1250, 1290));
  assert.ok(differsByOneDigit(7.25, 7.5));
  assert.ok(differsByOneDigit(7.25, 7.52) === false);
  assert.ok(differsByOneDigit(45, 4));
  assert.ok(differsByOneDigit(4, 7) === false);
  assert.ok(differsByOneDigit(1250, 1520) === false);
  assert.ok(differsByScale(3.2, 3200));
  assert.ok(differsByScale(320, 3200));
  assert.ok(differsByScale(320, 3300) === false);
  assert.ok(differsByScale(0, 0) === false);
});

test('pairs are formed once: a second spurious fact of the same value stays a spurious figure', () => {
  const pred = [fact('SOCIAL_POSTS', 73, 'a'), fact('CHANNEL_VISITS', 73, 'b')];
  assert.deepEqual(causes(pred, [fact('PORTAL_ARTICLES', 73)]), ['indicator', 'spuriousOther']);
});

test('a figure of a right fact read again from the same evidence is a duplicate; the same value elsewhere is not', () => {
  const row = 'mở 4 lớp cho 90 học viên';
  const gold = [fact('TRAINEES', 90)];
  assert.deepEqual(causes([fact('TRAINEES', 90, row), fact('EVENT_PARTICIPANTS', 90, row)], gold), ['duplicate']);
  assert.deepEqual(causes([fact('TRAINEES', 90, row), fact('EVENT_PARTICIPANTS', 90, 'hội thi có 90 người')], gold), ['spuriousOther']);
});

test('spurious figures are told apart by where they stand: date, document number, year, percentage, table cell', () => {
  assert.equal(spuriousFigureCause(17, 'theo Kế hoạch 17/KH-UBND của xã'), 'spuriousDate');
  assert.equal(spuriousFigureCause(23, 'ngày 23/9 xã tổ chức'), 'spuriousDate');
  assert.equal(spuriousFigureCause(9, 'ngày 23/9 xã tổ chức'), 'spuriousDate');
  assert.equal(spuriousFigureCause(4, 'từ ngày 4 đến nay'), 'spuriousDate');
  assert.equal(spuriousFigureCause(2024, 'so với năm 2024 tăng'), 'spuriousYear');
  assert.equal(spuriousFigureCause(12.5, 'tăng 12,5% so với cùng kỳ'), 'spuriousPercent');
  assert.equal(spuriousFigureCause(61, 'Pa nô | cái | 61 | 70'), 'spuriousCell');
  assert.equal(spuriousFigureCause(61, 'Pa nô   45 61 70'), 'spuriousCell');
  // Near-misses: a ratio is no date, a count after "tổng số" is no document number, one figure is no row.
  assert.equal(spuriousFigureCause(312, 'đạt 312/400 hộ'), 'spuriousOther');
  assert.equal(spuriousFigureCause(45, 'tổng số 45 hội viên'), 'spuriousOther');
  assert.equal(spuriousFigureCause(61, 'treo 61 pa nô'), 'spuriousOther');
  assert.equal(spuriousFigureCause(1800, 'thu hút 1800 lượt xem'), 'spuriousOther');
});

test('table rows: bars, tabs, wide gaps or three figures side by side', () => {
  assert.ok(isTableRow('Hội nghị\t3\t4'));
  assert.ok(isTableRow('Tổng   12'));
  assert.ok(isTableRow('Tổng 12 15 27'));
  assert.equal(isTableRow('tổ chức 12 buổi cho 150 người'), false);
  assert.equal(isTableRow('năm 2025  xã có 12 thôn'), false);
});

test('missed facts: a zero, a value not written as figures, a table cell, prose', () => {
  const text = 'Xã mở 6 lớp cho 150 người. Tổng cộng 12 15 27. Không có hồ sơ quá hạn.';
  const gold = [
    fact('OVERDUE_DOSSIERS', 0, 'không có hồ sơ quá hạn'),
    fact('TRAINING_SESSIONS', 8, 'mở tám lớp'),
    fact('RADIO_BROADCASTS', 27, 'Tổng cộng 12 15 27'),
    fact('TRAINEES', 150, 'cho 150 người'),
  ];
  assert.deepEqual(causes([], gold, text), ['missed', 'missedCell', 'missedNotWritten', 'missedZero']);
  // Without the text, a value not written as figures cannot be told apart.
  assert.deepEqual(causes([], gold.slice(1, 2)), ['missed']);
});

test('the cause counts add up to the facts\' fp and fn, per document and overall', () => {
  const gold = doc({ facts: [fact('BANNERS', 40), fact('TRAINEES', 90), fact('VILLAGES', 12)] as GoldResult['facts'] });
  const pred = doc({ facts: [fact('BANNERS', 40), fact('SOCIAL_POSTS', 90), fact('VILLAGES', 2012)] as GoldResult['facts'] });
  const s = scoreDocument(pred, gold);
  assert.deepEqual([s.facts.fp, s.facts.fn], [2, 2]);
  assert.deepEqual(s.factErrors.indicator, { fp: 1, fn: 1 });
  assert.deepEqual(s.factErrors.valueOther, { fp: 1, fn: 1 });
  const all = aggregateScores([s, s]);
  const sum = Object.values(all.factErrors).reduce((a, c) => ({ fp: a.fp + c.fp, fn: a.fn + c.fn }), { fp: 0, fn: 0 });
  assert.deepEqual(sum, { fp: all.facts.fp, fn: all.facts.fn });
});

test('a fraction, a cell "1/0" or a count beside a date is no date; a day or month needs ngày/tháng or its year', () => {
  assert.equal(spuriousFigureCause(5, 'Thôn đạt 4/5 tiêu chí về hạ tầng số.'), 'spuriousOther');
  assert.equal(spuriousFigureCause(1, 'Hồ sơ trả lại | 6 | 1/0 | 3'), 'spuriousCell');
  assert.equal(spuriousFigureCause(14, 'Có 14/3 tổ đã nộp báo cáo.'), 'spuriousOther');
  assert.equal(spuriousFigureCause(3, 'Có 14/3 tổ đã nộp báo cáo.'), 'spuriousOther');
  // Near-misses that reach the day and month checks: a date with its year or its word.
  assert.equal(spuriousFigureCause(14, 'họp ngày 14/3/2026 tại hội trường'), 'spuriousDate');
  assert.equal(spuriousFigureCause(14, 'lúc 14/3/2026 tại hội trường'), 'spuriousDate');
  assert.equal(spuriousFigureCause(3, 'lúc 14/3/2026 tại hội trường'), 'spuriousDate');
  assert.equal(spuriousFigureCause(3, 'từ ngày 14/3 đến nay'), 'spuriousDate');
  assert.equal(spuriousFigureCause(7, 'từ 7/2026 đến nay'), 'spuriousDate');
  assert.equal(spuriousFigureCause(7, 'trong tháng 7 vừa qua'), 'spuriousDate');
  // The value stands twice, once in a date and once as a count: which one was read is unknown.
  assert.equal(spuriousFigureCause(6, 'Ngày 6, tổ công nghệ họp; có 6 thôn tham dự.'), 'spuriousOther');
});

test('a year is a bare four-digit figure; a count with a thousands mark is not', () => {
  assert.equal(spuriousFigureCause(2030, 'phấn đấu đến năm 2030 hoàn thành'), 'spuriousYear');
  assert.equal(spuriousFigureCause(2060, 'Toàn xã có 2.060 hộ dùng cáp quang.'), 'spuriousOther');
});

test('a wrong indicator needs the same place: the spurious evidence holds the gold phrase (OCR marks aside)', () => {
  const gold = [fact('TRAINING_SESSIONS', 3, 'mở 3 lớp tuyên truyền')];
  assert.deepEqual(causes([fact('EVENTS', 3, 'Xã mở 3 lớp tuyén truyén cho hội viên.')], gold), ['indicator']);
  // Near-miss: the same value read from another sentence is a spurious figure plus a missed one.
  assert.deepEqual(causes([fact('VILLAGES', 3, 'Còn 3 thôn chưa có sóng di động.')], gold), ['missed', 'spuriousOther']);
});

test('a zero added or lost is one digit, not a power of ten (the digit pass comes first)', () => {
  assert.ok(differsByOneDigit(36, 360) && differsByScale(36, 360));
  assert.deepEqual(causes([fact('RADIO_BROADCASTS', 360)], [fact('RADIO_BROADCASTS', 36)]), ['valueDigit']);
});

test('a missed value written the English way is still written', () => {
  assert.deepEqual(causes([], [fact('FUNDING', 1500000, 'x')], 'Kinh phí 1,500,000 đồng.'), ['missed']);
  assert.deepEqual(causes([], [fact('ONLINE_DOSSIER_PCT', 87.6, 'x')], 'Tỷ lệ đạt 87.6 %.'), ['missed']);
  assert.deepEqual(causes([], [fact('ONLINE_DOSSIER_PCT', 87.6, 'x')], 'Tỷ lệ đạt 87,6 %.'), ['missed']);
  // Near-miss: "1,5" is no English number, so it does not stand for 15.
  assert.deepEqual(causes([], [fact('TRAINEES', 15, 'x')], 'Số hộ tăng 1,5 lần.'), ['missedNotWritten']);
});
