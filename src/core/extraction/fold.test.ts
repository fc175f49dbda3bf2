// findCue's window test and findCueNear must find exactly what a plain search finds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cueRegex, findCue, findCueNear, foldKeepLength } from './fold.ts';

// Invented report text, folded, with OCR look-alikes ("h6 so", "cum 1oa"), cues split by
// punctuation and cues glued to other words, long enough (over 200 characters) for findCue's
// window test to be used.
const TEXT = foldKeepLength(
  [
    'Trong kỳ, xã tiếp nhận 1.204 hồ sơ, trong đó 1.150 h6 so trực tuyến; không có hồ sơ trễ hạn.',
    'Lắp đặt mới 12 cụm loa, sửa chữa 3 cum 1oa; hiện có 45 cụm loa, chưa có cụm loa nào hư hỏng.',
    'Tổ công nghệ số cộng đồng: 14 tổ, 98 thành viên. Hồ sơ trễ hạn: không. Thôn, tổ dân phố: 21.',
    'Trang thông tin điện tử đăng 36 tin, bài; fanpage đăng 120 tin bài, 8 video (không có clip).',
  ].join('\n'),
);
const CUES = ['hồ sơ', 'hồ sơ trễ hạn', 'cụm loa', 'tổ công nghệ số', 'thành viên', 'thôn, tổ', 'tin, bài', 'video', 'tổ', 'trang thông tin điện tử', 'loa'];

/** What findCue did before its window test: the cue's pattern run over the slice. */
function plainFind(text: string, cue: string, from: number, to: number): [number, number][] {
  const re = new RegExp(cueRegex(cue).source, 'g');
  return [...text.slice(from, to).matchAll(re)].map((m): [number, number] => [from + m.index, from + m.index + m[0].length]);
}

describe('findCue', () => {
  it('finds in every window what a search of the slice finds (the window test only skips empty windows)', () => {
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    let found = 0;
    for (let k = 0; k < 3000; k++) {
      const cue = CUES[next(CUES.length)]!;
      const from = next(TEXT.length);
      const to = from + next(120);
      const expected = plainFind(TEXT, cue, from, to);
      found += expected.length;
      assert.deepEqual(findCue(TEXT, cue, from, to), expected);
    }
    // (The windows do hold matches: the comparison is not only of empty lists.)
    assert.ok(found > 100, `only ${found} matches in the windows`);
  });

  it('finds a cue at the first position of a window even inside a word, as a search of the slice does', () => {
    const at = TEXT.indexOf('nhan 1.204');
    // "han" inside "nhan" is no word of the whole text, but a window opening at its "h" reads it
    // as one.
    assert.deepEqual(findCue(TEXT, 'hạn', at, at + 10), []);
    assert.deepEqual(findCue(TEXT, 'hạn', at + 1, at + 10), [[at + 1, at + 4]]);
  });
});

describe('findCueNear', () => {
  it('returns the whole-text matches that reach into the spans, as the whole-text search finds them', () => {
    for (const cue of CUES) {
      const all = plainFind(TEXT, cue, 0, TEXT.length);
      for (const spans of [[[0, 30]], [[150, 160], [40, 45]], [[TEXT.length - 20, TEXT.length + 40]], [[-50, 5], [200, 330]]] as [number, number][][]) {
        const near = findCueNear(TEXT, cue, spans);
        // Every match found is one of the whole text's, in order …
        assert.ok(near.every((h) => all.some((a) => a[0] === h[0] && a[1] === h[1])), `${cue}: a match the whole text does not have`);
        assert.deepEqual(near, [...near].sort((a, b) => a[0] - b[0]));
        // … and every match of the whole text reaching into a span is found.
        for (const a of all) if (spans.some(([lo, hi]) => a[1] >= lo && a[0] <= hi)) assert.ok(near.some((h) => h[0] === a[0] && h[1] === a[1]), `${cue}: missed ${a.join('-')}`);
      }
    }
  });

  it('finds nothing when no span comes near a match', () => {
    const at = TEXT.indexOf('thanh vien');
    assert.deepEqual(findCueNear(TEXT, 'cụm loa', [[at, at + 5]]), []);
    assert.deepEqual(findCueNear(TEXT, 'thành viên', [[at, at + 5]]), [[at, at + 10]]);
  });
});
