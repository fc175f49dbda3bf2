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

/** A cue compiled once: its pattern, and what a window must hold for it to match (see mayMatch). */
interface CompiledCue {
  re: RegExp;
  /** Per word of the cue, bits of the characters its pattern can start with (see charLo/charHi). */
  lo: number[];
  hi: number[];
  /** Every character of the folded cue takes at least one character of the text … */
  minLength: number;
  /** … and at most three (a vowel with an inserted one on each side; a run of spaces). */
  maxLength: number;
  /** Bits of the ASCII characters a match may hold (any other character may be in one). */
  chars: Int32Array;
}
const cueCache = new Map<string, CompiledCue>();

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

// Characters as bits, for mayMatch: a-z are bits 0-25 of "lo"; 0-9, &, @, €, ¢ bits 0-13 of
// "hi", any other character bit 14.
const charLo = (code: number): number => (code >= 97 && code <= 122 ? 1 << (code - 97) : 0);
function charHi(code: number): number {
  if (code >= 97 && code <= 122) return 0;
  if (code >= 48 && code <= 57) return 1 << (code - 48);
  return code === 38 ? 1 << 10 : code === 64 ? 1 << 11 : code === 0x20ac ? 1 << 12 : code === 0xa2 ? 1 << 13 : 1 << 14;
}

function compileCue(cue: string): CompiledCue {
  const hit = cueCache.get(cue);
  if (hit) return hit;
  const folded = fold(cue);
  const re = new RegExp(`(?<![a-z0-9])${tolerantPattern(folded)}(?![a-z])`, 'g');
  const lo: number[] = [];
  const hi: number[] = [];
  for (const w of folded.split(' ')) {
    const ch = w.charAt(0);
    // The characters tolerantPattern lets the word start with: a look-alike of its first letter,
    // or the "e" it may insert before a, o, u.
    const chars = /[a-z]/.test(ch) ? (CONFUSION[ch] ?? ch) + (ch === 'a' || ch === 'o' || ch === 'u' ? 'e' : '') : ch;
    let l = 0;
    let h = 0;
    for (let i = 0; i < chars.length; i++) {
      l |= charLo(chars.charCodeAt(i));
      h |= charHi(chars.charCodeAt(i));
    }
    lo.push(l);
    hi.push(h);
  }
  const chars = new Int32Array(4);
  const add = (set: string): void => {
    for (let i = 0; i < set.length; i++) {
      const code = set.charCodeAt(i);
      if (code < 128) chars[code >> 5]! |= 1 << (code & 31);
    }
  };
  let maxLength = 0;
  for (const ch of folded) {
    const vowel = ch === 'a' || ch === 'o' || ch === 'u';
    if (ch === ' ') add(' \t\n\v\f\r,.-');
    else if (/[a-z]/.test(ch)) add(`${CONFUSION[ch] ?? ch}${vowel ? 'ei' : ''}`);
    else add(ch);
    maxLength += ch === ' ' || vowel ? 3 : ch.length;
  }
  const out = { re, lo, hi, minLength: folded.length, maxLength, chars };
  cueCache.set(cue, out);
  return out;
}

/**
 * Turns a Vietnamese cue into a regex over folded text tolerant of the usual OCR confusions;
 * word boundaries are required on both sides so 'tổ' does not match inside 'tổng'.
 */
export function cueRegex(cue: string): RegExp {
  return compileCue(cue).re;
}

// Word starts of the text last searched (positions after no [a-z0-9]) with the bits of their
// characters, and the bits of the window last asked about.
let startsOf: string | null = null;
let startAt = new Int32Array(0);
let startLo = new Int32Array(0);
let startHi = new Int32Array(0);
let winFrom = -1;
let winTo = -1;
let winLo = 0;
let winHi = 0;

function indexWordStarts(text: string): void {
  const n = text.length;
  const at = new Int32Array(n);
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  let k = 0;
  let prevWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!prevWord) {
      at[k] = i;
      lo[k] = charLo(c);
      hi[k] = charHi(c);
      k++;
    }
    prevWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  }
  startsOf = text;
  startAt = at.subarray(0, k);
  startLo = lo.subarray(0, k);
  startHi = hi.subarray(0, k);
  winFrom = -1;
}

/** Sets winLo/winHi to the bits of the characters at the word starts of [from, to), its first position included. */
function windowBits(text: string, from: number, to: number): void {
  if (startsOf !== text) indexWordStarts(text);
  else if (winFrom === from && winTo === to) return;
  let lo = charLo(text.charCodeAt(from));
  let hi = charHi(text.charCodeAt(from));
  let a = 0;
  let b = startAt.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (startAt[m]! <= from) a = m + 1;
    else b = m;
  }
  for (let i = a; i < startAt.length && startAt[i]! < to; i++) {
    lo |= startLo[i]!;
    hi |= startHi[i]!;
  }
  winFrom = from;
  winTo = to;
  winLo = lo;
  winHi = hi;
}

/**
 * A cheap necessary condition checked before a cue's pattern runs over [from, to) (most windows
 * hold no match): the window is as long as the cue's shortest match, and each word of the cue
 * can start at a word start of the window (a position after no [a-z0-9], or the window's first
 * position, which the search sees as one) — its characters there are tested as bits.
 * False means the search would find nothing.
 */
function mayMatch(text: string, c: CompiledCue, from: number, to: number): boolean {
  // (Short texts are searched whole: the index would cost more than the search. Negative
  // offsets, which slice() counts from the end, and an empty cue are left to the search.)
  if (text.length < 200 || from < 0 || to < 0 || c.minLength === 0) return true;
  if (to - from < c.minLength) return false;
  windowBits(text, from, to);
  for (let k = 0; k < c.lo.length; k++) if ((c.lo[k]! & winLo) === 0 && (c.hi[k]! & winHi) === 0) return false;
  return true;
}

/**
 * Whether a match of the cue may start at `at` in folded text: the character there is one its
 * pattern can open with (false means no match starts there; true is no promise).
 */
export function cueMayStartAt(folded: string, cue: string, at: number): boolean {
  const c = compileCue(cue);
  if (c.minLength === 0 || c.lo.length === 0) return true;
  const code = folded.charCodeAt(at);
  return (c.lo[0]! & charLo(code)) !== 0 || (c.hi[0]! & charHi(code)) !== 0;
}

/** All [start,end) matches of a cue in folded text. */
export function findCue(folded: string, cue: string, from = 0, to = folded.length): [number, number][] {
  const c = compileCue(cue);
  const out: [number, number][] = [];
  if (!mayMatch(folded, c, from, Math.min(to, folded.length))) return out;
  const re = c.re;
  const slice = folded.slice(from, to);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    out.push([from + m.index, from + m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * The matches of findCue(folded, cue) — the whole text searched — that reach into one of the
 * spans [lo, hi] (and maybe a few more of them), searching only around the spans: for a caller
 * that keeps only matches near some rare word. The search starts where no match of the whole
 * text can run across (after a character no match of the cue may hold), so it finds what the
 * whole-text search finds from there on; it stops after the last span.
 */
export function findCueNear(folded: string, cue: string, spans: [number, number][]): [number, number][] {
  const c = compileCue(cue);
  const out: [number, number][] = [];
  const re = c.re;
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let last = -1;
  for (let k = 0; k < sorted.length; k++) {
    const lo = sorted[k]![0];
    let hi = sorted[k]![1];
    // (Overlapping spans are searched as one.)
    while (k + 1 < sorted.length && sorted[k + 1]![0] <= hi + c.maxLength) hi = Math.max(hi, sorted[++k]![1]);
    let p = Math.min(folded.length, Math.max(0, lo - c.maxLength));
    while (p > 0) {
      const code = folded.charCodeAt(p - 1);
      if (code < 128 && (c.chars[code >> 5]! & (1 << (code & 31))) === 0) break;
      p--;
    }
    // The text up to where a match starting by `hi` can end, and the character after it.
    const text = folded.slice(0, Math.min(folded.length, Math.max(0, hi) + c.maxLength + 1));
    re.lastIndex = p;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null && m.index <= hi) {
      if (m.index > last) out.push([m.index, m.index + m[0].length]);
      last = Math.max(last, m.index);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}

const LOWER_WORDS = new Set(['và', 'của', 'các']);

/** Title case for Vietnamese names written in capitals: "NGỌC KHÊ" → "Ngọc Khê". */
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
