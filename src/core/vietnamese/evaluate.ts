// Accuracy measures for the Vietnamese repair: syllable accuracy (reference word tokens that come
// back exactly, after a token-level edit alignment) and character error rate. Used by the unit
// tests' accuracy floor, the benchmark and docs/language-model.md.

function editAlign<T>(a: T[], b: T[], same: (x: T, y: T) => boolean): { distance: number; matches: [number, number][] } {
  const n = a.length;
  const m = b.length;
  const d: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let j = 0; j <= m; j++) d[0]![j] = j;
  for (let i = 1; i <= n; i++) {
    d[i]![0] = i;
    for (let j = 1; j <= m; j++) {
      d[i]![j] = Math.min(d[i - 1]![j - 1]! + (same(a[i - 1]!, b[j - 1]!) ? 0 : 1), d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
    }
  }
  const matches: [number, number][] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const eq = same(a[i - 1]!, b[j - 1]!);
    if (d[i]![j] === d[i - 1]![j - 1]! + (eq ? 0 : 1)) {
      if (eq) matches.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (d[i]![j] === d[i - 1]![j]! + 1) i--;
    else j--;
  }
  return { distance: d[n]![m]!, matches };
}

export interface RepairScore {
  syllables: number;
  correctSyllables: number;
  syllableAccuracy: number;
  characters: number;
  characterErrors: number;
  characterErrorRate: number;
}

/** Scores `hypothesis` against a hand-corrected `reference`, line by line. */
export function scoreRepair(hypothesis: string, reference: string): RepairScore {
  const tok = (s: string): string[] => s.normalize('NFC').split(/\s+/).filter(Boolean);
  const isWord = (t: string): boolean => /\p{L}/u.test(t);
  const hypLines = hypothesis.split('\n');
  const refLines = reference.split('\n');
  let syllables = 0;
  let correct = 0;
  let chars = 0;
  let errors = 0;
  for (let k = 0; k < refLines.length; k++) {
    const ref = refLines[k] ?? '';
    const hyp = hypLines[k] ?? '';
    const r = tok(ref);
    const h = tok(hyp);
    const { matches } = editAlign(r, h, (x, y) => x === y);
    syllables += r.filter(isWord).length;
    correct += matches.filter(([i]) => isWord(r[i]!)).length;
    const rc = [...ref.normalize('NFC')];
    chars += rc.length;
    errors += editAlign(rc, [...hyp.normalize('NFC')], (x, y) => x === y).distance;
  }
  return {
    syllables,
    correctSyllables: correct,
    syllableAccuracy: syllables ? correct / syllables : 1,
    characters: chars,
    characterErrors: errors,
    characterErrorRate: chars ? errors / chars : 0,
  };
}
