// Character-level edit alignment of a true syllable with its OCR reading. Shared by the
// confusion learner (to count P(observed|true)) so counting and scoring see the same operations.

/**
 * Aligns `truth` to `observed` with unit-cost Levenshtein and returns the operations as
 * [trueChar, observedChars] pairs: substitution/match ['ê','é'], deletion ['ă',''], insertion ['', 't'].
 * Ties prefer substitution so a diacritic loss is counted as such, not as delete+insert.
 */
export function alignChars(truth: string, observed: string): [string, string][] {
  const t = [...truth];
  const o = [...observed];
  const n = t.length;
  const m = o.length;
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const sub = d[i - 1]![j - 1]! + (t[i - 1] === o[j - 1] ? 0 : base(t[i - 1]!) === base(o[j - 1]!) ? 0.5 : 1);
      d[i]![j] = Math.min(sub, d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
    }
  }
  const ops: [string, string][] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0) {
      const c = t[i - 1] === o[j - 1] ? 0 : base(t[i - 1]!) === base(o[j - 1]!) ? 0.5 : 1;
      if (d[i]![j] === d[i - 1]![j - 1]! + c) {
        ops.push([t[i - 1]!, o[j - 1]!]);
        i--;
        j--;
        continue;
      }
    }
    if (i > 0 && d[i]![j] === d[i - 1]![j]! + 1) {
      ops.push([t[i - 1]!, '']);
      i--;
    } else {
      ops.push(['', o[j - 1]!]);
      j--;
    }
  }
  return ops.reverse();
}

function base(c: string): string {
  return c === 'đ' ? 'd' : c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
