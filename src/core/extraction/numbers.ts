// Vietnamese number reading: finds quantities in administrative prose (3.475, 87,46%,
// 4.120/4.310, hơn 20, gần 200, 125 – 130, từ 30 đến 35, 20 nghìn, 05) and tells them
// apart from dates, document numbers, codes and heading numbers. See docs/extraction.md.

import type { Qualifier } from './extraction.types.ts';
import { foldKeepLength } from './fold.ts';

export interface NumberToken {
  start: number;
  /** End of the whole quantity (after %, scale word, second member of ratio/range). */
  end: number;
  value: number;
  max: number | null;
  /** Denominator of a ratio a/b. */
  denominator: number | null;
  qualifier: Qualifier;
  percent: boolean;
  /** Offset where a word right after the quantity starts (unit position). */
  unitStart: number;
}

/** Parses one Vietnamese numeral: dots group thousands, comma is the decimal mark. */
export function parseVietnameseNumber(raw: string): number | null {
  const s = raw.trim();
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(?:,\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  return null;
}

/**
 * OCR puts letters inside numbers (3Q0 = 300, 1O = 10, l2 = 12). Replaced in place (same
 * length) only when the letter sits between digits, so words are never touched.
 */
export function fixDigitConfusions(text: string): string {
  // A pipe between digits is a table's cell border ("| 6|8|12 |"), not a misread 1.
  return text.replace(/(?<=\d)[OQoD](?=\d)|(?<=\d)[lI](?=\d)/g, (c) => (/[lI]/.test(c) ? '1' : '0'));
}

const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+`;
// (A slash right after a word may start a second count, "N <unit>/M <unit>", checked by
// SECOND_COUNT_LEAD below; after a figure it is a ratio's or a date's second member.)
const TOKEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,_\-])(?<!(?:^|[^\p{L}])\/)(${NUM})(?![\p{L}\p{N}])` +
    String.raw`(?:(\s?/\s?)(${NUM}))?` +
    String.raw`(?:(\s*(?:-|–|—)\s*|\s+(?:đến|den|tới|toi)\s+)(${NUM}))?` +
    String.raw`(\s?%)?`,
  'gu',
);

// (Across a line end only in lower case: a value ending a row is not multiplied by the next
// row's "Tỷ lệ …", but "khoảng 1,1⏎nghìn lượt" wrapped by OCR is 1.100. "03 ti vi" are TV sets.)
const SCALE: [RegExp, number][] = [
  [/^(?:[ \t]+(?:[Nn]ghìn|[Nn]ghin|[Nn]gàn|[Nn]gan)|\s*\n[ \t]*(?:nghìn|nghin|ngàn|ngan))(?![\p{L}])/u, 1_000],
  [/^(?:[ \t]+[Tt]riệu|[ \t]+[Tt]rieu|\s*\n[ \t]*(?:triệu|trieu))(?![\p{L}])/u, 1_000_000],
  [/^(?:[ \t]+(?:[Tt]ỷ|[Tt]ỉ|ty|ti)|\s*\n[ \t]*(?:tỷ|tỉ))(?![\p{L}])(?![ \t]+vi(?!\p{L}))/u, 1_000_000_000],
];

const BEFORE_AT_LEAST = /(?<![\p{L}])(?:hơn|hon|trên|tren|vượt|vuot|ít\s+nhất|it\s+nhat|tối\s+thiểu|toi\s+thieu|>|≥|>=)\s*$/iu;
// "≥" comes out of the English OCR model as ">" or "=": a lone "=" between a word and a figure
// that runs on in its sentence ("đã phát = 90 lượt …"). One before a value ending its line is a
// speck in a table's column gap ("… chưa có = 31.750").
const BEFORE_EQUALS = /(?<=\p{Ll}[ \t]+)=[ \t]+$/u;
// "≈" comes out of the English OCR model as "*" or "¥", of the Vietnamese one as "%" or "z": a
// lone one between a word and the number (the number may open the next line), one space apart:
// a "%" alone in a unit column ("Tỷ lệ hồ sơ trực tuyến⇥%⇥79,2") is that column's unit.
const BEFORE_APPROX = /(?<![\p{L}])(?:gần|gan|khoảng|khoang|ước\s+tính|uoc\s+tinh|ước|uoc|xấp\s+xỉ|xap\s+xi|chừng|~|≈|(?<=\p{L} )[*¥%z](?= (?! )|\n))\s*$/iu;
const BEFORE_AT_MOST = /(?<![\p{L}])(?:dưới|duoi|tối\s+đa|toi\s+da|không\s+quá|khong\s+qua|chưa\s+đến|chua\s+den|chưa\s+tới|chua\s+toi|<|≤|<=)\s*$/iu;
const BEFORE_DATE = /(?<![\p{L}])(?:ngày|ngay|tháng|thang|từ|tu|đến|den|trước|truoc|sau|năm|nam|đợt|quý|quy)\s*$/iu;
const BEFORE_DOCNO = /(?:số|s[o06b]|sб|\$[o06b]|nq|kh|qđ|qd)\s*[:.]?\s*$/iu;

function qualifierBefore(before: string): Qualifier {
  if (BEFORE_AT_LEAST.test(before)) return 'at_least';
  if (BEFORE_APPROX.test(before) || BEFORE_APPROX_VERB.test(before)) return 'approx';
  if (BEFORE_AT_MOST.test(before)) return 'at_most';
  return 'exact';
}

// "N <unit>/M <unit>" states two counts, a group and its members ("17 tổ/83 thành viên"): the
// figure after the slash counts only when a figure and at most two words (its unit) come right
// before the slash, and a word follows it. Not a per-capita base ("… /100 dân", "/1.000 hộ"),
// a phrase joined by a slash ("người tham gia/150 người đăng ký"), a path or a reference.
const SECOND_COUNT_LEAD = /(?:^|[\s(:;,])\d[\d.,]*[ \t]?\p{L}+(?:[ \t]\p{L}+)?\/$/u;
// (The first noun may be a name of several words when the second counts its members: "19 Tổ công
// nghệ số cộng đồng/104 thành viên"; not a base, "22 cụm loa truyền thanh không dây/19 thôn".)
const SECOND_COUNT_LONG_LEAD = /(?:^|[\s(:;,])\d[\d.,]*[ \t]?\p{L}+(?:[ \t]\p{L}+){2,5}\/$/u;
const MEMBERS_AFTER = /^[ \t]?(?:thành viên|tổ viên|hội viên|đoàn viên|người)(?!\p{L})/u;
const PER_CAPITA_BASE = /^1(?:0{2,}|(?:\.000)+|00\.000)$/;

function lineEndAt(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}

// (A group may wrap to the next line, "31⏎000 lượt", "2 315⏎lượt", when a lower-case word follows.)
const SPACED = /(?<![\d.,])\d{1,3}(?:[ \n]\d{3})+(?![\d.,])(?= ?[\p{L}(),;./]|\n\p{Ll})/gu;
const DOTTED = /(?<![\d.,/])\d{1,3}(?:\.\d{3})+(?![\d/])/g;

/**
 * Some writers group thousands with a space ("12 375 hồ sơ", "dân số 108 260 người"). When a
 * document does so more often than with dots, such groups followed by a word or punctuation are
 * read as one number (the spaces become dots, same length). Two values side by side in a table
 * row ("173   508" ending a line) are left apart.
 */
export function joinSpacedThousands(text: string): string {
  const spaced = text.match(SPACED)?.length ?? 0;
  if (spaced < 2 || spaced <= (text.match(DOTTED)?.length ?? 0)) return text;
  return text.replace(SPACED, (m) => m.replace(/[ \n]/g, '.'));
}

/**
 * Offsets of row indices of a table whose columns are only spaces, told by their sequence: a
 * line opening with a short number and a word is a row when a nearby line opens with the next
 * or the previous number ("1   Văn bản chỉ đạo   văn bản   09" … "2   Hội nghị …   03   có 250
 * đại biểu"), whatever the last cell holds (a notes column, a value in words). One pass.
 */
export function rowIndexStarts(text: string): Set<number> {
  const rows: { n: number; pos: number; line: number }[] = [];
  // (Also inside borders: "| 1 | Tin, bài … | 42 |".)
  const re = /^[ \t]*(?:[|¦][ \t]*)?(\d{1,3})(?:[ \t]*[|¦])?[ \t]+(?=\p{L})/gmu;
  let line = 0;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    for (let i = text.indexOf('\n', last); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    last = m.index;
    rows.push({ n: Number(m[1]), pos: m.index + m[0].search(/\d/), line });
  }
  const out = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const prev = rows[i - 1];
    const next = rows[i + 1];
    if ((prev && prev.n === r.n - 1 && r.line - prev.line <= 4) || (next && next.n === r.n + 1 && next.line - r.line <= 4)) out.add(r.pos);
  }
  return out;
}

/**
 * Whether the ruled table the line at lineStart belongs to has an index column: a line above it,
 * in the same block of ruled lines, opens with the cell "STT", "TT" or "Số TT".
 */
function underIndexHeader(text: string, lineStart: number): boolean {
  let e = lineStart - 1;
  for (let seen = 0; e > 0 && seen < 40; seen++) {
    const s = text.lastIndexOf('\n', e - 1) + 1;
    const line = text.slice(s, e);
    if (!/[|¦]/.test(line)) return false;
    if (/^[ \t]*[|¦]?[ \t]*(?:STT|TT|S[ốo] TT|Số thứ tự|Thứ tự)[ \t]*[|¦]/iu.test(line)) return true;
    e = s - 1;
  }
  return false;
}

/** The rest of a line after a row index, when it reads as "Label … unit value". */
export function isPipelessRow(rest: string): boolean {
  return /^[ \t]+\p{Lu}/u.test(rest) && /\p{L}[^\n]*\s[=~>]?\s?\d[\d.,/]*\s?%?[ \t]*$/u.test(rest) && rest.length < 160;
}

// Approximations stated with a verb between: "ước đạt 67,9%", "ước tính đạt khoảng".
const BEFORE_APPROX_VERB = /(?<![\p{L}])(?:ước|uoc)(?:\s+(?:tính|tinh))?\s+(?:đạt|dat|khoảng|khoang)\s*$/iu;

// (Villages by any of their names, teams and clusters too: "14/14 ấp", "12/12 tổ", "9/9 cụm".)
const COUNTED_AFTER = /^\s+(?:san pham|thon|to dan pho|to|cum loa|cum|ho so|can bo|cong chuc|hoc vien|thanh vien|xa|phuong|don vi|truong|lop|man hinh|ap|ban|xom|lang|buon|khom|soc|khu pho|tdp|kp)(?![a-z])/;

function isYear(n: string): boolean {
  return /^(?:19|20)\d\d$/.test(n);
}

/**
 * Finds quantities. Dates (15/6, 7/2025, 08/8/2025), document numbers (388/BC-UBND,
 * 57-NQ/TW), heading numbers (2.1.), versions (4.0), years and numbers glued to letters
 * (NQ57) are left out.
 */
export function findNumbers(input: string): NumberToken[] {
  const text = joinSpacedThousands(fixDigitConfusions(input));
  const out: NumberToken[] = [];
  const rowIndices = rowIndexStarts(text);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  // The last line end before the match and the next one after it, moved forward with the matches
  // (a search back to the line's start for every number made a long line cost its square).
  let lastBreak = -1;
  let nextBreak = text.indexOf('\n');
  while ((m = TOKEN.exec(text)) !== null) {
    const start = m.index;
    while (nextBreak >= 0 && nextBreak < start) {
      lastBreak = nextBreak;
      nextBreak = text.indexOf('\n', nextBreak + 1);
    }
    let end = start + m[0].length;
    const a = m[1] ?? '';
    const slash = m[2];
    const b = m[3];
    const rangeSep = m[4];
    const c = m[5];
    const pct = Boolean(m[6]);
    const after = text.slice(end, end + 12);
    const before = foldKeepLength(text.slice(Math.max(0, start - 14), start));
    const lineStart = lastBreak + 1;
    const lead = text.slice(lineStart, start);

    if (text.charAt(start - 1) === '/' && (!(SECOND_COUNT_LEAD.test(lead) || (SECOND_COUNT_LONG_LEAD.test(lead) && MEMBERS_AFTER.test(text.slice(start + a.length, start + a.length + 12)))) || PER_CAPITA_BASE.test(a) || !/^[ \t]?\p{L}/u.test(text.slice(start + a.length, start + a.length + 2)))) continue;
    // Codes and document numbers: 57-NQ/TW, 388/BC-UBND, 09-KH/ĐU, 12405/VP-VX.
    // (Not across a line end: "- Số xóm: 29" followed by a bullet "- Dân số …" is a value.)
    if (/^[ \t]?[-/][ \t]?\p{L}/u.test(after) && !pct) continue;
    if (slash && /^[-/]?\s?\p{L}{1,6}[-/]/u.test(text.slice(end, end + 10))) continue;
    if (/^\s?\/\s?\d/.test(after)) continue; // third member: d/m/yyyy
    // Heading numbers and versions: "2.1.", "1.", "4.0", "3)".
    // (Not for "98%." wrapped to the start of a line: a percentage is never a heading.)
    if (!pct && (/^\.(?:\d|\s|$)/.test(after) || /^\)/.test(after))) {
      if (/^\s*$/.test(lead) || /^\.\d/.test(after)) continue;
    }
    if (!pct && /^\s*$/.test(lead) && /^\.\s/.test(text.slice(end, end + 2))) continue;
    // Row numbers of a table ("3 | Tổng số cụm loa | cụm | 31"): the first cell is an index.
    if (!pct && /^\s*$/.test(lead) && /^\s*[|¦]/.test(after)) continue;
    // … also inside the outer border, before a label cell ("| 4 | Lớp tập huấn | 06 |"), even a
    // row alone: a short number before a capital, or any number under an index header (STT, TT).
    // ("| 35 | cụm |", "| 120 | hộ | 98 |" are values with their unit.)
    if (!pct && !slash && /^\s*[|¦]\s*$/.test(lead) && /^\s*[|¦]\s*\p{L}/u.test(after)) {
      if ((a.length <= 2 && /^\s*[|¦]\s*\p{Lu}/u.test(after)) || underIndexHeader(text, lineStart)) continue;
    }
    // … also of a table whose columns are only spaces ("2 Cụm loa truyền thanh   cụm   35"):
    // a short number opening a line that goes on with a capital and ends with a value.
    if (!pct && /^\s*$/.test(lead) && a.length <= 2 && isPipelessRow(text.slice(end, lineEndAt(text, end)))) continue;
    // … and of one typed with tabs, whose last cell may be a note in words ("1⇥Pa nô cổ động⇥cái⇥46⇥thay mới").
    if (!pct && /^\s*$/.test(lead) && a.length <= 2 && /^\t+\p{Lu}[^\t\n]*\t(?:[^\n]*\t)?[=~>]?\d/u.test(text.slice(end, lineEndAt(text, end)))) continue;
    if (!slash && !rangeSep && !pct && rowIndices.has(start)) continue;
    if (!slash && !rangeSep && !pct && isYear(a)) continue;
    if (BEFORE_DOCNO.test(before) && !pct && /^\s?\//.test(text.slice(end, end + 2))) continue;

    // "Tỷ lệ" read as "Ty 18": the digits are letters.
    if (/(?:^|[^a-z])t[yi]\s*$/.test(before)) continue;
    let value = parseVietnameseNumber(a);
    if (value === null) continue;
    let denominator: number | null = null;
    let max: number | null = null;
    let qualifier = qualifierBefore(before);

    if (slash && b !== undefined) {
      const bv = parseVietnameseNumber(b);
      if (bv === null) continue;
      // A date looks like a ratio: day/month or month/year.
      const looksDate = (value >= 1 && value <= 31 && bv >= 1 && bv <= 12) || isYear(b);
      // … unless a counted noun follows: "7/11 sản phẩm", "4/9 thôn".
      const counted = COUNTED_AFTER.test(foldKeepLength(text.slice(end, end + 14)));
      if (looksDate && (BEFORE_DATE.test(before) || !/^\s+\p{L}/u.test(after) || (bv <= 12 && !counted))) continue;
      denominator = bv;
    }
    // "7   2   -5" in a table with a change column: a sign glued to the next figure after a gap
    // is that figure's sign, not a range ("125 - 130", "125-130" are ranges).
    if (rangeSep && /^\s+-$/.test(rangeSep)) {
      end = start + a.length;
    } else if (rangeSep && c !== undefined) {
      const cv = parseVietnameseNumber(c);
      if (cv === null) continue;
      if (isYear(a) || isYear(c)) continue; // 2025 – 2030 is a period, not a quantity
      if (/(?:ngày|ngay|tháng|thang)\s*$/iu.test(before)) continue; // "tháng 7 - 8" is a period
      if (cv > value) {
        max = cv;
        qualifier = 'range';
      } else {
        // "3-10" with the second lower: not a range we understand; keep the first number.
        end = start + a.length;
      }
    }
    // "ngày 15", "tháng 6", "năm 25" are dates; "cả năm 150 lượt" is a yearly figure.
    if (!slash && !rangeSep && BEFORE_DATE.test(before) && /(?:ngày|ngay|tháng|thang)\s*$/iu.test(before)) continue;
    if (!slash && !rangeSep && /(?<![\p{L}])(?:năm|nam)\s*$/iu.test(before) && a.length <= 2) continue;

    const tail = text.slice(end, end + 12);
    for (const [re, mult] of SCALE) {
      const sm = re.exec(tail);
      if (sm) {
        value = Math.round(value * mult * 1000) / 1000;
        if (max !== null) max = max * mult;
        end += sm[0].length;
        break;
      }
    }
    if (qualifier === 'exact' && BEFORE_EQUALS.test(before) && /^[ \t]*\p{L}/u.test(text.slice(end, end + 4))) qualifier = 'at_least';
    // "từ 16 tuổi trở lên", "50 người trở lên": a bound stated after the unit.
    if (qualifier === 'exact' || qualifier === 'range') {
      const post = foldKeepLength(text.slice(end, end + 30));
      if (/^[^.;,\d]{0,20}\btro len\b/.test(post)) qualifier = 'at_least';
      else if (/^[^.;,\d]{0,20}\btro xuong\b/.test(post)) qualifier = 'at_most';
    }
    // "500 người (ước tính …)": an estimate stated after the number.
    if (qualifier === 'exact' && /^[^.;]{0,50}\(\s*(?:ước|uoc|udc|khoảng|khoang)/iu.test(foldKeepLength(text.slice(end, end + 60)))) qualifier = 'approx';
    // "03 (ba) buổi lễ": the number spelled out in brackets is skipped to reach the unit.
    // (The bracket belongs to the quantity: its end moves past it.)
    const spelled = SPELLED_AFTER.exec(foldKeepLength(text.slice(end, end + 40)));
    if (spelled) end += spelled[0].trimEnd().length;
    const ws = spelled ? /^\s*/.exec(text.slice(end, end + 4)) : /^[\s(]*/.exec(text.slice(end, end + 4));
    out.push({
      start,
      end,
      value,
      max,
      denominator,
      qualifier,
      percent: pct,
      unitStart: end + (ws?.[0]?.length ?? 0),
    });
  }
  out.push(...wordNumbers(text));
  out.sort((x, y) => x.start - y.start);
  return out;
}

// Numbers written in words ("mười bốn ấp", "một trăm hai mươi bảy tin, ảnh", "gần năm trăm lượt"),
// read only when a counted noun follows, and not when they spell out a figure just given in
// digits ("03 (ba) buổi lễ").
const NUMBER_WORD = 'một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|nghìn|ngàn|linh|lẻ';
// (Matched on folded text: a scan that lost the marks, "06 (sau) sản phẩm", is the same bracket.)
const NUMBER_WORD_FOLDED = [...new Set(NUMBER_WORD.split('|').map((w) => foldKeepLength(w)))].join('|');
const SPELLED_AFTER = new RegExp(String.raw`^\s*\(\s*(?:${NUMBER_WORD_FOLDED})(?:\s+(?:${NUMBER_WORD_FOLDED}))*\s*\)\s*`, 'iu');
const DIGIT_WORDS: Record<string, number> = { một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, nhăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9 };
// (Exported: a count's unit reads the multi-word nouns whole, plan.ts countUnit.)
export const COUNTED_NOUN = 'ấp|bản|xóm|thôn|làng|buôn|tổ|văn bản|kế hoạch|công văn|hội nghị|cụm|lượt|tin|bài|lớp|buổi|người|học viên|thành viên|đại biểu|sản phẩm|hồ sơ|video|màn hình|pa nô|băng rôn|cán bộ|chuyên mục';
const WORD_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\d])(?<!\(\s?)((?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)(?:\s+(?:${NUMBER_WORD}))*)\s+(?=(?:${COUNTED_NOUN})(?![\p{L}]))`,
  'giu',
);

/** Value of a sequence of Vietnamese number words (up to the thousands), or null. */
export function wordsValue(words: string): number | null {
  let total = 0;
  let chunk = 0;
  let last = 0;
  for (const w of words.toLowerCase().split(/\s+/)) {
    const d = DIGIT_WORDS[w];
    if (d !== undefined) {
      chunk += d;
      last = d;
    } else if (w === 'mười') {
      chunk += 10;
      last = 0;
    } else if (w === 'mươi') {
      chunk += last * 9;
      last = 0;
    } else if (w === 'trăm') {
      chunk += last * 99;
      last = 0;
    } else if (w === 'nghìn' || w === 'ngàn') {
      total += chunk * 1000;
      chunk = 0;
      last = 0;
    } else if (w !== 'linh' && w !== 'lẻ') return null;
  }
  const v = total + chunk;
  return v > 0 ? v : null;
}

function wordNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  WORD_NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_NUMBER.exec(text)) !== null) {
    const words = m[1] ?? '';
    // A lone "một" is an article ("một lớp học"), not a count, except as the object of a verb
    // that makes or holds the thing: "đã tổ chức một hội nghị", "ban hành một kế hoạch".
    if (/^một$/iu.test(words) && !/(?<![a-z])(?:to chuc|ban hanh|mo|lap dat|thanh lap)(?:\s+(?:duoc|them))?\s+$/.test(foldKeepLength(text.slice(Math.max(0, m.index - 24), m.index)).toLowerCase())) continue;
    // "trong năm", "cả năm", "mỗi năm": the year, not five.
    if (/^năm(?!\s+(?:trăm|mươi|nghìn))/iu.test(words) && /(?:trong|ca|moi|hang|cua|dau|cuoi|giua)\s+$/.test(foldKeepLength(text.slice(Math.max(0, m.index - 8), m.index)).toLowerCase())) continue;
    // A word ending one line is no count of a capitalised noun opening the next (a header cell
    // "KH năm" above a row "Lượt phát thanh …").
    if (/\n/.test(m[0].slice(words.length)) && /^\p{Lu}/u.test(text.slice(m.index + m[0].length))) continue;
    const value = wordsValue(words);
    if (value === null) continue;
    const start = m.index;
    const before = foldKeepLength(text.slice(Math.max(0, start - 14), start));
    out.push({ start, end: start + words.length, value, max: null, denominator: null, qualifier: qualifierBefore(before), percent: false, unitStart: start + m[0].length });
  }
  return out;
}
