// Folding for matching: lowercase, strip Vietnamese marks, đ→d, keeping one output
// character per input UTF-16 unit so offsets found in folded text index the original.
// Also compiles catalog cues into OCR-tolerant regular expressions (the English OCR model
// turns ô into 6/0/d/b, Đ into P/B, ư into w/y, ủ into i — see docs/extraction.md).

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  if (ch === 'đ' || ch === 'Đ') out = 'd';
  else {
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    // Combining marks standing alone (text not in NFC) become spaces so lengths stay equal.
    out = /[\u0300-\u036f]/.test(base) ? ' ' : base.length === 1 ? base : ' ';
  }
  cache.set(ch, out);
  return out;
}

/** Length-preserving fold: out[i] corresponds to s[i]. */
export function foldKeepLength(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldChar(s.charAt(i));
  return out;
}

/** Plain fold used for comparing short strings (names, cues). */
export function fold(s: string): string {
  return foldKeepLength(s.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

// Which OCR outputs each folded letter may have become (English model on Vietnamese).
const CONFUSION: Record<string, string> = {
  a: 'a4&i@',
  o: 'o06dbeg',
  u: 'uwyi',
  e: 'e@€¢',
  i: 'i1l',
  d: 'dpb',
  l: 'l1i',
  y: 'yu',
};

const cueCache = new Map<string, RegExp>();

/**
 * Regex source matching a folded phrase in folded OCR text: each letter may be one of its
 * look-alikes, a vowel may carry one spurious inserted vowel ("phéat" for "phát"), spaces
 * may be runs of spaces or light punctuation.
 */
export function tolerantPattern(folded: string): string {
  let src = '';
  for (const ch of folded) {
    if (ch === ' ') src += '[\\s,.\\-–]{1,3}';
    else if (/[a-z]/.test(ch)) {
      const cls = CONFUSION[ch];
      const vowel = ch === 'a' || ch === 'o' || ch === 'u';
      if (vowel) src += 'e?';
      src += cls ? `[${cls.replace(/[\\\]^-]/g, '\\$&')}]` : ch;
      if (vowel) src += '[ei]?';
    } else src += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return src;
}

/**
 * Turns a Vietnamese cue into a regex over folded text tolerant of the usual OCR confusions;
 * word boundaries are required on both sides so 'tổ' does not match inside 'tổng'.
 */
export function cueRegex(cue: string): RegExp {
  const hit = cueCache.get(cue);
  if (hit) return hit;
  const src = tolerantPattern(fold(cue));
  const re = new RegExp(`(?<![a-z0-9])${src}(?![a-z])`, 'g');
  cueCache.set(cue, re);
  return re;
}

/** All [start,end) matches of a cue in folded text. */
export function findCue(folded: string, cue: string, from = 0, to = folded.length): [number, number][] {
  const re = cueRegex(cue);
  const out: [number, number][] = [];
  const slice = folded.slice(from, to);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    out.push([from + m.index, from + m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const LOWER_WORDS = new Set(['và', 'của', 'các']);

/** Title case for Vietnamese names written in capitals: "HOÀN KIẾM" → "Hoàn Kiếm". */
export function titleCaseVi(s: string): string {
  return s
    .trim()
    .split(/\s+/)
    .map((w) => {
      const lw = w.toLocaleLowerCase('vi');
      if (LOWER_WORDS.has(lw)) return lw;
      return lw.charAt(0).toLocaleUpperCase('vi') + lw.slice(1);
    })
    .join(' ');
}
