// Pure rules of the synthesis: how qualified totals are written, how narrative text is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatQualified, formatViNumber, viLongDate } from '#src/core/synthesis/format.ts';
import { normalizeAddressee, readNarrative, splitRecommendations } from '#src/core/synthesis/narrative.ts';
import { chooseReports } from '#src/core/synthesis/synthesis.ts';

const q = (o: Partial<Parameters<typeof formatQualified>[0]>) => formatQualified({ value: 1234, max: 1234, approx: 0, atLeast: 0, atMost: 0, range: 0, ...o });

test('qualified totals are written as lower bounds, approximations, ranges; never as exact', () => {
  assert.equal(q({}), '1.234');
  assert.equal(q({ atLeast: 2 }), 'ít nhất 1.234');
  assert.equal(q({ approx: 1 }), 'khoảng 1.234');
  assert.equal(q({ atLeast: 1, approx: 1 }), 'ít nhất khoảng 1.234');
  assert.equal(q({ atMost: 1 }), 'không quá 1.234');
  assert.equal(q({ range: 1, max: 1300 }), 'từ 1.234 đến 1.300');
  assert.equal(q({ atLeast: 1, atMost: 1 }), 'khoảng 1.234');
  assert.equal(formatViNumber(98.39), '98,39');
  assert.equal(viLongDate('2025-02-05'), 'ngày 05 tháng 02 năm 2025');
  assert.equal(viLongDate('2025-12-15'), 'ngày 15 tháng 12 năm 2025');
});

test('recommendations typed as lines name their addressee, by heading or by lead', () => {
  assert.deepEqual(splitRecommendations('- Kiến nghị Sở Khoa học và Công nghệ: Hỗ trợ kho tài nguyên số\n- Kiến nghị UBND thành phố: Bố trí kinh phí'), [
    { to: 'Sở Khoa học và Công nghệ', text: 'Hỗ trợ kho tài nguyên số' },
    { to: 'Ủy ban nhân dân thành phố', text: 'Bố trí kinh phí' },
  ]);
  assert.deepEqual(splitRecommendations('Đối với Sở KH&CN:\n+ Tập huấn\n+ Tài liệu'), [
    { to: 'Sở Khoa học và Công nghệ', text: 'Tập huấn' },
    { to: 'Sở Khoa học và Công nghệ', text: 'Tài liệu' },
  ]);
  assert.deepEqual(splitRecommendations('Tăng cường tập huấn'), [{ to: null, text: 'Tăng cường tập huấn' }]);
  assert.equal(normalizeAddressee('UBND TP Hải Phòng'), 'Ủy ban nhân dân thành phố Hải Phòng');
});

test('difficulties without a theme are classified with the catalog cues; the document fills in what the report lacks', () => {
  const themes = [{ code: 'funding', name: 'Kinh phí', cues: ['kinh phí'] }, { code: 'equipment', name: 'Thiết bị', cues: ['máy tính', 'thiết bị'] }];
  const n = readNarrative({ difficulties: '- Kinh phí còn eo hẹp\n- Máy tính cũ\n- Việc khác' }, null, [{ to: 'Sở Khoa học và Công nghệ', text: 'Hỗ trợ' }], themes);
  assert.deepEqual(n.difficulties.map((d) => d.theme), ['funding', 'equipment', null]);
  assert.deepEqual(n.recommendations, [{ to: 'Sở Khoa học và Công nghệ', text: 'Hỗ trợ' }]);
});

test('of a unit\'s reports, those inside a longer report\'s period are left out', () => {
  const r = (id: number, unit: number, s: string, e: string) => ({ id, unit_id: unit, starts_on: s, ends_on: e, status: 'accepted' });
  const picked = chooseReports([r(1, 1, '2025-01-01', '2025-06-30'), r(2, 1, '2025-01-01', '2025-12-31'), r(3, 2, '2025-01-01', '2025-06-30'), r(4, 2, '2025-07-01', '2025-12-31')]);
  assert.deepEqual(picked.map((x) => x.id).sort(), [2, 3, 4]);
});
