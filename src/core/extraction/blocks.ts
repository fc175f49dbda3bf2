// Line-level helpers shared by plan and narrative extraction: heading lines, the region a
// heading governs, and the items (bullets or paragraphs) inside a region.

import { OCR_ROMAN } from './text-structure.ts';

const ROMAN_SECTION = new RegExp(String.raw`^${OCR_ROMAN}\s*\.\s*[\p{Lu}\d]`, 'u');

export interface Line {
  start: number;
  end: number;
  text: string;
  folded: string;
}

export function splitLines(text: string, folded: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      out.push({ start: s, end: i, text: text.slice(s, i), folded: folded.slice(s, i) });
      s = i + 1;
    }
  }
  return out;
}

/**
 * Depths by line text (they depend on the text alone), for headingDepth and sectionDepth: each
 * reader of sections (plans, targets, tasks, difficulties, recommendations) asks for every line.
 */
const headingDepths = new Map<string, number>();
const sectionDepths = new Map<string, number>();
function remembered(memo: Map<string, number>, text: string, depthOf: (text: string) => number): number {
  let d = memo.get(text);
  if (d === undefined) {
    if (memo.size >= 20_000) memo.clear();
    memo.set(text, (d = depthOf(text)));
  }
  return d;
}

/** Numbered or Roman heading: "2.", "2.1.", "III.", "I1." (OCR), returns its depth or 0. */
export function headingDepth(line: Line): number {
  return remembered(headingDepths, line.text, headingDepthOf);
}
function headingDepthOf(text: string): number {
  const t = text.trim();
  // "Phần II. PHƯƠNG HƯỚNG …", "Phần thứ ba", "PHẦN I": a part of the document. The numeral is
  // upper-case Roman (or an ordinal word), so "Phần lớn người dân …" is not a heading.
  if (t.length < 120 && /^(?:Ph|PH)\p{L}{1,2}n?\s+(?:[IVX]{1,4}(?![\p{L}\d])|(?:th|TH)\p{L}{1,2}\s+\p{L}+\s*$)/u.test(t)) return 1;
  // "Il]." : OCR reads I as l, 1, | or a bracket.
  if (ROMAN_SECTION.test(t)) {
    const letters = t.replace(/[^\p{L}]/gu, '');
    const upper = letters.replace(/[^\p{Lu}]/gu, '');
    if (letters.length > 0 && upper.length / letters.length > 0.6) return 1;
  }
  // A Roman numeral the OCR turned into a short word ("Đã. KIẾN NGHỊ", "Cơ. KHÓ KHĂN"): the
  // title after it is in capitals.
  const g = /^\p{L}{1,3}\s*\.\s*(\p{Lu}.*)$/u.exec(t);
  if (g && g[1] && t.length < 80) {
    const letters = g[1].replace(/[^\p{L}]/gu, '');
    const upper = letters.replace(/[^\p{Lu}]/gu, '');
    if (letters.length >= 6 && upper.length / letters.length > 0.9) return 1;
  }
  // "4.Kiến nghị" (OCR drops the space): a capital right after the dot also opens a heading.
  const m = /^((?:\d{1,2}\.)+)\d{0,2}(?:\s+\S|\p{Lu})/u.exec(t);
  if (m && m[1] && t.length < 200) return 1 + (m[1].match(/\./g)?.length ?? 1);
  return 0;
}

/** A section heading: numbered or Roman (headingDepth), or an unnumbered line in capitals ("MỤC TIÊU, CHỈ TIÊU"). */
export function sectionDepth(line: Line): number {
  return remembered(sectionDepths, line.text, sectionDepthOf);
}
function sectionDepthOf(text: string): number {
  const d = remembered(headingDepths, text, headingDepthOf);
  if (d > 0) return d;
  const t = text.trim();
  if (t.length >= 6 && t.length < 80) {
    const letters = t.replace(/[^\p{L}]/gu, '');
    const upper = letters.replace(/[^\p{Lu}]/gu, '');
    if (letters.length >= 6 && upper.length / letters.length > 0.9) return 1;
  }
  return 0;
}

export interface Item {
  start: number;
  end: number;
  text: string;
}

/** Items inside [from,to): bullets ("- …") or blank-line separated paragraphs, lines joined. */
export function itemsIn(text: string, from: number, to: number): Item[] {
  const region = text.slice(from, to);
  const items: Item[] = [];
  const re = /(?:^|\n)[ \t]*(?:[-–•+*][ \t]*)?(?=\S)/g;
  const starts: number[] = [];
  const bullet = /(?:^|\n)[ \t]*[-–•+*][ \t]*\S/.test(region);
  let m: RegExpExecArray | null;
  if (bullet) {
    const br = /(?:^|\n)[ \t]*(?:[-–•+*]|(?=\d+(?:\.\d+)*\.\s)|(?=[a-zđ]\)\s))[ \t]*(?=\S)/g;
    while ((m = br.exec(region)) !== null) starts.push(m.index + m[0].length);
  } else {
    // A region usually starts right after its heading line, i.e. at a newline.
    // Numbered and lettered lines ("1. Đề nghị …", "b) Kinh phí …") are items of their own.
    const pr = /(?:^|\n[ \t]*\n|\n(?=[ \t]*(?:\d{1,2}\.|[a-zđ]\))\s))\s*(?=\S)/g;
    while ((m = pr.exec(region)) !== null) {
      starts.push(m.index + m[0].length);
      if (m[0].length === 0) pr.lastIndex++;
    }
  }
  void re;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i] ?? 0;
    let e = i + 1 < starts.length ? (starts[i + 1] ?? region.length) : region.length;
    // Cut back to the end of the previous line (drop the bullet marker of the next item).
    const nl = region.lastIndexOf('\n', e - 1);
    if (i + 1 < starts.length && nl > s) e = nl;
    const raw = region.slice(s, e);
    const trimmed = raw.replace(/\s+$/, '');
    if (trimmed.replace(/[^\p{L}]/gu, '').length < 6) continue;
    items.push({ start: from + s, end: from + s + trimmed.length, text: trimmed.replace(/\s+/g, ' ').replace(/\s*\.\/\.\s*$|[.;]\s*$/, '') });
  }
  return items;
}
