// Scope of a figure (25 Nov 2026): whether a count describes the unit as a whole or a subset of it
// (villages with a property, the part of a ratio), and what a ratio of villages gives. Every
// sentence is written for this test (none from a seed, a labelled document or a phrasing bank),
// each rule beside a sentence where it must not fire.
import { test } from 'node:test';
import { checkFacts as check } from '../../../tests/support/read-facts.ts';

test('a count of villages is the unit’s own only when it describes the unit', () => {
  check([
    ['Xã Đông Sơn có 15 thôn, dân số khoảng 11.200 người.', ['VILLAGES=15', 'POPULATION=11200:approx']],
    ['Phường được chia thành 26 tổ dân phố với 9.400 hộ.', ['VILLAGES=26']],
    ['Xã gồm 13 thôn, bản (trong đó 04 bản đồng bào Mông).', ['VILLAGES=13']],
    // Villages with a property, or those singled out, are a subset.
    ['Toàn xã có 6 thôn vùng cao chưa có sóng điện thoại di động ổn định.', []],
    ['Có 8 thôn đạt chuẩn nông thôn mới nâng cao.', []],
    ['Hiện còn 3 bản thuộc vùng lõm sóng.', []],
    ['02 thôn còn lại đang chuẩn bị thành lập tổ.', []],
  ]);
});

test('villages after "tại/ở" are places, unless they are where the unit’s people live', () => {
  check([
    ['Đoàn công tác làm việc tại 5 thôn.', []],
    // Near miss: where the residents live names all the villages.
    ['Dân cư sinh sống tại 18 thôn, phân bố không đều.', ['VILLAGES=18']],
  ]);
});

test('a ratio of villages gives the unit’s villages; its part counts teams when the clause names them', () => {
  check([
    ['Hệ thống loa truyền thanh phủ sóng 9/14 thôn.', ['VILLAGES=14']],
    ['Đến nay 16/16 thôn, bản có Tổ công nghệ số cộng đồng.', ['VILLAGES=16', 'COMMUNITY_TECH_TEAMS=16']],
    // A team count stated in the clause wins over the villages that have one.
    ['Xã thành lập 13 Tổ công nghệ số cộng đồng ở 12/12 ấp.', ['COMMUNITY_TECH_TEAMS=13', 'VILLAGES=12']],
    // "12/12" before a village noun is a ratio, not a date.
    ['Đã kiện toàn Tổ công nghệ số tại 12/12 ấp.', ['VILLAGES=12', 'COMMUNITY_TECH_TEAMS=12']],
  ]);
});
