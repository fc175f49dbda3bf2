// Sentence and section structure of an administrative document, computed once per text:
// clause boundaries (so a number binds only to words of its own sentence) and top-level
// headings (so forward-looking sections such as "Kiến nghị" are told apart from results).

import { rowIndexStarts } from './numbers.ts';

/** A Roman section numeral as OCR reads it: I as l, 1, | or a bracket ("Il]."). */
export const OCR_ROMAN = String.raw`[IVX|l1\][]{1,4}`;
const ROMAN_HEADING = new RegExp(String.raw`^\s*${OCR_ROMAN}\s*[.:]\s*\p{L}`, 'u');
const ROMAN_CAPITALS = new RegExp(String.raw`^\s*(?:${OCR_ROMAN}\s*[.:])?\s*\p{Lu}`, 'u');

export interface Section {
  start: number;
  end: number;
  /** Folded heading line. */
  heading: string;
}

export interface TextStructure {
  text: string;
  folded: string;
  boundaries: number[];
  sections: Section[];
  lineStarts: number[];
}

// Clause ends: sentence punctuation, bullets, blank lines, numbered headings, and table rows
// ("3 | Tổng số cụm loa | cụm | 31" starts a new clause even with no blank line before it).
// Two lines that both end with a value cell are two table rows.
// The last dot of a leader ("Tỷ lệ … ........ 98%") ends no sentence: it is a column gap.
// (The first alternative matches its newline before looking behind: a look-behind tried at every
// character of a long run of spaces was quadratic.)
const BOUNDARY = /\n(?<=[ \t][+\-–]?\d[\d.,]*%?[ \t]*\n)(?=[^\n]*\S[ \t]+[+\-–]?\d[\d.,]*%?[ \t]*(?:\n|$))|\n(?=[ \t]*(?:\d{1,3}|STT)[ \t]*[|¦])|\n(?=[ \t]*\d{1,2}[ \t]+\p{Lu}[^\n]{0,160}\s[=~>]?\s?\d[\d.,/]*\s?%?[ \t]*(?:\n|$))|(?<![.…])[.](?=\s)|[;!?](?=\s)|\n[ \t]*(?=[-–•+*][ \t]?\S)|\n[ \t]*\n|\n(?=[ \t]*(?:\d{1,2}\.)+(?:\d{1,2})?\s)|\n(?=[ \t]*[IVXivx|l1\][]{1,4}\s*\.\s)/gu;

// (Patterns with \p{…} outside a character class are kept in constants: the TypeScript loader
// (esbuild) turns such a literal into a `new RegExp(…)` call, built again at every call.)
const LETTER = /\p{L}/u;
const DOT_CAPITALS = /^\s*\.\s*\p{Lu}{2,}/u;

function upperRatio(line: string): number {
  let up = 0;
  let letters = 0;
  for (const ch of line) {
    if (LETTER.test(ch)) {
      letters++;
      if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) up++;
    }
  }
  return letters >= 6 ? up / letters : 0;
}

export function buildStructure(text: string, folded: string): TextStructure {
  const boundaries: number[] = [0];
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text)) !== null) boundaries.push(m.index + 1);
  // Rows of a space-aligned table told by their index sequence (1, 2, 3 …) start clauses too.
  for (const pos of rowIndexStarts(text)) boundaries.push(text.lastIndexOf('\n', pos) + 1);
  boundaries.sort((a, b) => a - b);
  boundaries.push(text.length);

  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);

  const sections: Section[] = [];
  for (let li = 0; li < lineStarts.length; li++) {
    const s = lineStarts[li] ?? 0;
    const e = (lineStarts[li + 1] ?? text.length + 1) - 1;
    const line = text.slice(s, e);
    // (OCR reads the I of a numeral as l, 1, | or a bracket: "Il]. CHỈ TIÊU".)
    const isRoman = ROMAN_HEADING.test(line) || DOT_CAPITALS.test(line);
    if ((isRoman && upperRatio(line) > 0.6) || (upperRatio(line) > 0.85 && ROMAN_CAPITALS.test(line) && li > 8)) {
      sections.push({ start: s, end: text.length, heading: folded.slice(s, e) });
    }
  }
  for (let i = 0; i < sections.length - 1; i++) {
    const cur = sections[i];
    const next = sections[i + 1];
    if (cur && next) cur.end = next.start;
  }
  return { text, folded, boundaries, sections, lineStarts };
}

/** [start, end) of the clause containing pos. */
export function clauseAt(st: TextStructure, pos: number): [number, number] {
  const b = st.boundaries;
  let lo = 0;
  let hi = b.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((b[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  const start = b[lo] ?? 0;
  const end = b[lo + 1] ?? st.text.length;
  return [start, end];
}

/** Index of the line containing pos (binary search over lineStarts). */
export function lineIndexAt(st: TextStructure, pos: number): number {
  const ls = st.lineStarts;
  let lo = 0;
  let hi = ls.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((ls[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** [start, end) of line li, without its line break. */
export function lineSpan(st: TextStructure, li: number): [number, number] {
  return [st.lineStarts[li] ?? 0, (st.lineStarts[li + 1] ?? st.text.length + 1) - 1];
}

export function sectionAt(st: TextStructure, pos: number): Section | null {
  let found: Section | null = null;
  for (const s of st.sections) {
    if (s.start <= pos && pos < s.end) found = s;
  }
  return found;
}

/** Trimmed evidence span inside [start,end). */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s\-–•+*.;:,]/.test(text.charAt(s))) s++;
  while (e > s && /[\s;,]/.test(text.charAt(e - 1))) e--;
  return [s, e];
}
