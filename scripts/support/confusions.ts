// Shared by scripts/learn-confusions.ts (running text) and scripts/learn-name-confusions.ts
// (name lines): pairing OCR lines with the source lines they read, and counting character
// confusions P(observed | true) over the aligned syllables.
import { alignChars } from '#src/core/vietnamese/edit-align.ts';

export interface LinePair {
  src: string;
  ocr: string;
}

/** Pairs OCR lines with source lines greedily by token count and position (a line dropped or split by the OCR is skipped). */
export function pairLines(sources: string[], ocrLines: string[]): LinePair[] {
  const out: LinePair[] = [];
  let j = 0;
  for (const src of sources) {
    const n = src.split(/\s+/).length;
    for (let k = j; k < Math.min(ocrLines.length, j + 3); k++) {
      if (ocrLines[k]!.split(/\s+/).length === n) {
        out.push({ src, ocr: ocrLines[k]! });
        j = k + 1;
        break;
      }
    }
  }
  return out;
}

/**
 * counts[true][observed] over lowercase NFC characters ('' marks insertion/deletion), from
 * syllables of at most `maxTrue` letters whose reading has at most 12. A marked letter read as two
 * characters ("ữ" → "ir", "ứ" → "tr") is one confusion: an insertion next to the substitution of a
 * letter with diacritics is merged into it.
 */
export function countConfusions(pairs: LinePair[], maxTrue = Infinity): { counts: Record<string, Record<string, number>>; syllables: number } {
  const counts: Record<string, Record<string, number>> = {};
  let syllables = 0;
  const bump = (t: string, o: string): void => {
    const row = (counts[t] ??= {});
    row[o] = (row[o] ?? 0) + 1;
  };
  for (const { src, ocr } of pairs) {
    const s = src.normalize('NFC').toLowerCase().split(/\s+/);
    const o = ocr.normalize('NFC').toLowerCase().split(/\s+/);
    s.forEach((tw, i) => {
      const ow = o[i]!;
      if (tw.length > maxTrue || ow.length > 12) return;
      syllables++;
      const ops = alignChars(tw, ow);
      for (let k = 0; k < ops.length; k++) {
        const [t, x] = ops[k]!;
        const next = ops[k + 1];
        const marked = t !== '' && x !== '' && !/^[a-z]$/.test(t);
        if (marked && next && next[0] === '' && next[1] !== '') {
          bump(t, x + next[1]);
          k++;
        } else if (t === '' && next && next[0] !== '' && next[1] !== '' && !/^[a-z]$/.test(next[0])) {
          bump(next[0], x + next[1]);
          k++;
        } else bump(t, x);
      }
    });
  }
  return { counts, syllables };
}
