// Document metadata from the Decree 30/2020 layout: kind, issuing unit, number and symbol,
// place-and-date line, signer (signature block at the end) and referenced documents.
// Matching runs on folded text (OCR-tolerant); output strings come from the repaired text.

import type { DocumentKind, ExtractionResult, UnitLevel } from './extraction.types.ts';
import { fold, foldKeepLength, titleCaseVi, tolerantPattern } from './fold.ts';
import { hasUnitAt, matchProvince, ownSpelling, provinceNames, resolveUnit } from './gazetteer.ts';
import { repair } from './repair-module.ts';
import type { TextStructure } from './text-structure.ts';

// OCR turns a capital Đ into P or B: "PAC KHU" = ĐẶC KHU, "Pak Lak" = Đắk Lắk. Only P is
// undone: no Vietnamese syllable starts with P + vowel, but many start with B.
// Marks the English OCR model never writes (đ, and every mark but the acute): Unicode the
// document carries itself.
const hasOwnMarks = (s: string): boolean => /[đĐ]|[\u0300\u0303\u0309\u0323\u0302\u0306\u031b]/u.test(s.normalize('NFD'));

function fixCapitalD(name: string): string {
  return name.replace(/(^|\s)P(?=[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ])/giu, (m, sp: string) => {
    const rest = m.slice(sp.length);
    return rest === rest.toUpperCase() ? `${sp}Đ` : `${sp}Đ`;
  });
}

export function detectKind(st: TextStructure, number: string | null): DocumentKind {
  if (number) {
    // The type follows the slash (Decree 30: "417/BC-UBND") or precedes it (Party: "93-BC/ĐU").
    if (/\/\s*BC\b|^\d+-BC\//i.test(number)) return 'report';
    if (/\/\s*KH\b|^\d+-KH\//i.test(number)) return 'plan';
  }
  const head = st.folded.slice(0, 3000);
  const lines = head.split('\n').map((l) => l.trim());
  for (const l of lines.slice(0, 40)) {
    if (/^bao c[a4]o\b/.test(l) && l.length < 30) return 'report';
    if (/^k[e]\s*ho[a4]ch\b/.test(l) && l.length < 30) return 'plan';
  }
  if (/(?:tren day la|tren day 1a)\s+(?:bao cao|ba0 cao)/.test(st.folded)) return 'report';
  if (/(?:tren day la|tren day 1a)\s+ke hoach/.test(st.folded)) return 'plan';
  if (/\bbao cao\b/.test(head.slice(0, 800))) return 'report';
  if (/\bke hoach\b/.test(head.slice(0, 400))) return 'plan';
  return 'unknown';
}

/** Normalises a document symbol's OCR damage: QD → QĐ, DU → ĐU, KHUBND → KH-UBND. */
export function normaliseSymbol(sym: string): string {
  let s = sym.replace(/\s+/g, '').replace(/[.,;:)]+$/, '');
  s = s.replace(/^(KH|BC|QĐ|QD|TB|CV)(UBND)$/i, '$1-$2');
  s = s.replace(/(^|[-/])(?:QD|OD)(?=$|[-/])/g, '$1QĐ');
  // Party symbols: ĐU (Đảng ủy), ĐUP (… phường), VPĐU (its office).
  s = s.replace(/(^|[-/]|VP)(?:DU|PU|BU)(P?)(?=$|[-/])/g, '$1ĐU$2');
  s = s.replace(/(^|[-/])(?:HDND)(?=$|[-/])/g, '$1HĐND');
  // Other parts that are only ever written with Đ: Ban Chỉ đạo, chuyển đổi số.
  s = s.replace(/(^|[-/])BCD(?=$|[-/])/g, '$1BCĐ').replace(/(^|[-/])CDS(?=$|[-/])/g, '$1CĐS');
  s = s.replace(/(^|[-/])N[O0](?=$|[-/])/g, '$1NQ');
  return s;
}

// The Party's format (Hướng dẫn 36-HD/VPTW) puts the type before the slash: "Số 93-BC/ĐU".
const PARTY_TYPE = String.raw`(?:-[ \t]?([A-ZĐ]{2,4}))?`;

/**
 * Runs of capitals without their marks, Đ kept, one character for one: symbols are written in plain
 * capitals and Đ, but the repair may give an OCR'd symbol marks ("ĐU" read "DU", repaired "DỰ").
 */
export function plainCapitals(s: string): string {
  // (Only inside a run of capitals: "Ủy" stays a word.)
  return s.replace(/(?<=\p{Lu})\p{Lu}|\p{Lu}(?=\p{Lu})/gu, (c) => (c === 'Đ' || c <= 'Z' ? c : c.normalize('NFD').charAt(0)));
}

export function extractNumber(st: TextStructure): string | null {
  const head = plainCapitals(st.text.slice(0, 1500));
  const number = (n: string, type: string | undefined, sym: string): string => `${n}${type ? `-${normaliseSymbol(type)}` : ''}/${normaliseSymbol(sym)}`;
  const m = new RegExp(String.raw`(?:^|
|\s)[S$5](?:[ốóòo06bб]\s*[:;.]\s*|[ốóòo06bб]\s+|\s*[:;.]\s*|)(\d{1,6})${PARTY_TYPE}\s*\/\s*([A-ZĐ][A-ZĐa-z0-9&-]{1,20})`, 'u').exec(head);
  // The number as written: "06/BC-BCĐ" keeps its zero.
  if (m && m[1] && m[3] && !(m[2] && /^TW\b/.test(m[3]))) return number(m[1], m[2], m[3]);
  // Repair or OCR may have turned "Số" into anything short: "Ô:319 /BC-UBND".
  const m2 = /(?:^|\n)[ \t]*[^\s\d]{0,3}[ \t]*[:;.][ \t]*(\d{1,6})[ \t]*\/[ \t]*([A-ZĐ]{2,4}-[A-ZĐ][A-ZĐa-z0-9&-]{1,16})/u.exec(head);
  if (m2 && m2[1] && m2[2]) return `${m2[1]}/${normaliseSymbol(m2[2])}`;
  // A Party number whose "Số" the scan mangled ("S0 112-BC/DU"): a short word opens the line;
  // a central symbol ("57-NQ/TW") is always someone else's document.
  const m3 = /(?:^|\n)[ \t]*[^\s\d]{1,3}[ \t]*[:;.]?[ \t]*(\d{1,6})-([A-ZĐ]{2,4})[ \t]*\/[ \t]*((?!TW\b)[A-ZĐ][A-ZĐ&]{1,10})(?![\p{L}\d])/u.exec(head);
  if (m3 && m3[1] && m3[2] && m3[3]) return number(m3[1], m3[2], m3[3]);
  return null;
}

const MONTH_FIX: Record<string, string> = { '7': '1', l: '1', I: '1', '|': '1', O: '0', o: '0' };

function fixDigits(s: string, max: number): number | null {
  let n = Number(s);
  if (Number.isFinite(n) && n >= 1 && n <= max) return n;
  const fixed = s.replace(/[7lI|Oo]/g, (c) => MONTH_FIX[c] ?? c);
  n = Number(fixed);
  if (Number.isFinite(n) && n >= 1 && n <= max) return n;
  return null;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function extractDate(st: TextStructure): string | null {
  const head = st.folded.slice(0, 1500);
  const m = /,\s*ng[a4]y\s+([0-9oOlI|]{1,2})\s+th[a4]ng\s+([0-9oOlI|]{1,2})\s*,?\s+n[a4i]m\s+(\d{4})/.exec(head);
  if (m && m[1] && m[2] && m[3]) {
    const d = fixDigits(m[1], 31);
    const mo = fixDigits(m[2], 12);
    if (d && mo) return iso(Number(m[3]), mo, d);
  }
  const m2 = /^[^\n\d/]{0,60},\s*ng[a4]y\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/m.exec(head);
  if (m2 && m2[1] && m2[2] && m2[3]) return iso(Number(m2[3]), Number(m2[2]), Number(m2[1]));
  return null;
}

const LEVELS: { re: RegExp; level: UnitLevel; word: string }[] = [
  { re: /^(?:[dpb][a4&]c|d[a4]c)\s+khu$/, level: 'dac_khu', word: 'đặc khu' },
  { re: /^phu[o0]ng$/, level: 'phuong', word: 'phường' },
  { re: /^x{1,2}[a4&3]$/, level: 'xa', word: 'xã' },
  { re: /^t[i1]nh$/, level: 'tinh', word: 'tỉnh' },
  { re: /^th[a4]nh\s+ph[o0e6d]$/, level: 'tinh', word: 'thành phố' },
];

// National motto as it appears, possibly smeared into the issuer's column by OCR, or joined to
// it by a rule the scan read as a dash or underscore ("THANH DUC _Déc lap"); its first word may
// be repaired into anything ("Được lap- Tự do").
// (Anchored at the start of a separator run: tried at every space of a long run it was quadratic.)
// The Party's header has its own motto in the right column: "ĐẢNG CỘNG SẢN VIỆT NAM".
const MOTTO = /(?<![\s_—–-])(?:\s+|\s*[_—–-]+\s*)(?:c[o0]ng[\s-]+h[o0][a4]|[dpb][a4]ng\s*c[o0]ng\s*s[a4]n|[dpb][o0e6]c\s*[l1]ap|doc\s*lap|[dpb].c\s+[l1]ap|[^\s_—–-]+\s*[l1][a4]p(?=\s*[-–]\s*t))\b.*$/i;

/**
 * The body a header line names before the level word (or alone, the level word on the line
 * below): the People's Committee ("UBND", "ỦY BAN NHÂN DÂN"), a Party committee ("ĐẢNG ỦY";
 * OCR "DANG UY"), a Party organisation as a whole ("ĐẢNG BỘ", the superior line of a Party
 * header: "ĐẢNG BỘ TỈNH X"), the Fatherland Front's committee ("ỦY BAN MTTQ VIỆT NAM").
 */
type HeaderBody = 'ubnd' | 'dang_uy' | 'dang_bo' | 'mttq';
const BODY_LEAD =
  /^\s*(?:(ubnd|[uy]y\s+ban\s+nh[a4]n\s+d[a4]n)|([dpb][a4]ng\s+uy)|([dpb][a4]ng\s+b[o0689])|([uy]y\s+ban\s+(?:mttq|m[a4]t\s+tr[a4]n\s+t[o0]\s+qu[o0]c)(?:\s+v[i1]et\s+nam)?))(?:\s+|$)/;
const BODY_NAME: Record<HeaderBody, string> = { ubnd: 'UBND', dang_uy: 'Đảng ủy', dang_bo: 'Đảng bộ', mttq: 'Ủy ban MTTQ Việt Nam' };

interface Issuer {
  name: string;
  unitName: string;
  unitLevel: UnitLevel;
  province: string | null;
}

function levelOf(word: string): { level: UnitLevel; word: string } | null {
  // A speck read as a stop or comma after the word ("PAC. KHU") is no letter.
  const f = fold(word).replace(/[.,:;'`]/g, '');
  for (const l of LEVELS) if (l.re.test(f)) return { level: l.level, word: l.word };
  return null;
}

/** Syllables of a unit name; a hyphen between its parts ("Đồng Khê - Ngọc Lâm Thượng") is none. */
const syllables = (name: string): number => name.split(/[\s\-–]+/).filter(Boolean).length;

function unitFromCapitalised(text: string, level: UnitLevel): string | null {
  const words = text.trim().split(/\s+/);
  const out: string[] = [];
  for (const [i, w] of words.entries()) {
    const clean = w.replace(/[,.;:()“”"]+$/, '');
    // A hyphen between two capitalised parts joins them ("Cam Ly - Đà Lạt").
    if (/^[-–]$/.test(clean) && out.length > 0 && /^\p{Lu}/u.test(words[i + 1] ?? '')) {
      out.push('-');
      continue;
    }
    if (!/^\p{Lu}/u.test(clean)) break;
    out.push(clean);
    if (clean !== w || syllables(out.join(' ')) >= (out.includes('-') ? 5 : 4)) break;
  }
  if (out.length === 0 || level === 'unknown') return null;
  return fixCapitalD(titleCaseVi(out.join(' ')));
}

// A header line that is not the unit's name: the body's name alone, the motto, the number line.
const NOT_NAME = /^(?:ubnd|[uy]y\s+ban\s+nh[a4]n\s+d[a4]n|[dpb][a4]ng\s+(?:[uyt]y|b[o0689]|c[o0]ng)\b|s[o0689]\b|c[o0]ng\s+h[o0]a|[dpb][o0e6]c\s*[l1]ap)/;

/**
 * A unit name as read from a header: letters, inner hyphens ("Lang Biang - Đà Lạt") and a
 * trailing number ("Sơn Kim 1"; OCR: "l", or glued: "A LƯỚI5").
 */
function cleanName(s: string): string {
  return s
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/^[\s-]+|[\s-]+$/g, '')
    .replace(/\s[lI]$/u, ' 1')
    .replace(/(?<=\p{Lu})(\d{1,2})$/u, ' $1')
    .replace(/(?<=\p{L})\d+(?=\p{L})|\d{3,}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface HeaderUnit {
  name: string;
  lv: { level: UnitLevel; word: string };
  /**
   * Line the name was read from; `wrapped`, the short line below that may complete it — the
   * second part of a hyphenated name when the name's line ends with its hyphen (`dash`).
   */
  at: number;
  dash: boolean;
  /** The body named before the level word on the unit's line, if any. */
  body: HeaderBody | null;
  wrapped: string | null;
  parentProvince: string | null;
  /**
   * A steering committee under the unit's line, the issuer itself ("ỦY BAN NHÂN DÂN XÃ X" /
   * "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ", or under "ĐẢNG ỦY XÃ X"): its name in capitals, wrapped lines joined.
   */
  board: string | null;
}

const HEADER_LINES = 16;
const PARTY_MOTTO = /[dpb][a4]ng\s*c[o0]ng\s*s[a4]n\b/;

const BOARD = /^b[a4]n\s+ch[i1l]\s+[dpb][a4][o0]\b/;

/** A header column ending with a hyphen ("PHƯỜNG CAM LY -"): the name goes on below. */
const endsWithDash = (col: string): boolean => /\p{L}\s*[-–]$/u.test(col);

/**
 * The lowest unit of a Decree 30 header (first 16 lines of `text`; `folded` its fold): the
 * level word and name ("XÃ HẢI AN", "UBND PHƯỜNG …", "ĐẶC KHU …"), the motto column cut off.
 * A province line above it ("UBND TỈNH X", "THÀNH PHỐ X", the body's name "ỦY BAN NHÂN DÂN" may
 * stand between) names the province; a line that ends with the level word ("ỦY BAN NHÂN DÂN
 * XÃ") has the name on the next line.
 */
function readHeader(text: string, folded: string): HeaderUnit | null {
  const lines = text.split('\n', HEADER_LINES);
  const flines = folded.split('\n', HEADER_LINES);
  // The motto column is cut where it starts in the folded line (diacritics may be repaired);
  // "UBND XÃ …" / "ỦY BAN NHÂN DÂN XÃ …" on one line: the level word follows the body's name.
  // "ĐẢNG ỦY XÃ …" / "ĐẢNG BỘ TỈNH …" the same way, in the Party's format.
  const leftColumn = (li: number): { col: string; lead: boolean; body: HeaderBody | null } => {
    const raw = lines[li] ?? '';
    const mm = MOTTO.exec(flines[li] ?? '');
    const lead = BODY_LEAD.exec(flines[li] ?? '');
    const body: HeaderBody | null = !lead ? null : lead[1] ? 'ubnd' : lead[2] ? 'dang_uy' : lead[3] ? 'dang_bo' : 'mttq';
    return { col: (mm ? raw.slice(0, mm.index) : raw).slice(lead ? lead[0].length : 0).trim(), lead: !!lead, body };
  };
  // The next non-blank header lines after li (OCR puts blank lines between header lines).
  const after = (li: number, n: number): number[] => {
    const out: number[] = [];
    for (let k = li + 1; k < lines.length && out.length < n; k++) if ((lines[k] ?? '').trim()) out.push(k);
    return out;
  };
  // The body of a unit line without one: a line above that names the body alone ("ĐẢNG ỦY" /
  // "XÃ X"), up to two non-blank lines up.
  const bodyAbove = (li: number): HeaderBody | null => {
    for (let k = li - 1, seen = 0; k >= 0 && seen < 2; k--) {
      if (!(lines[k] ?? '').trim()) continue;
      seen++;
      const { col, body } = leftColumn(k);
      if (body && !col) return body;
    }
    return null;
  };
  const nameLine = (li: number | undefined): string | null => {
    if (li === undefined) return null;
    const { col, lead } = leftColumn(li);
    const name = cleanName(col);
    if (lead || !name || NOT_NAME.test(fold(name)) || syllables(name) > 5) return null;
    // Capitals, which OCR may lower in a short word ("Bà Lô" read "ba LO").
    if (levelOf(name.split(' ')[0] ?? '') || (col !== col.toUpperCase() && !/^\p{L}{1,7}(?:\s\p{L}{1,7}){0,2}$/u.test(col))) return null;
    return name;
  };
  const unitAt = (li: number): Omit<HeaderUnit, 'wrapped' | 'parentProvince' | 'board'> | null => {
    const { col, lead, body } = leftColumn(li);
    const words = col.split(/\s+/);
    for (const n of [2, 1]) {
      const head = words.slice(0, n).join(' ');
      const tail = words.slice(n).join(' ');
      // Capitals; OCR may lower the level word of a name in capitals ("xA SON LUONG").
      if (words.length < n || (head !== head.toUpperCase() && (!tail || tail !== tail.toUpperCase()))) continue;
      const lv = levelOf(head);
      if (!lv) continue;
      if (words.length === n) {
        // "ỦY BAN NHÂN DÂN XÃ" / "TÂN HƯƠNG": the name on the next line.
        const k = after(li, 1)[0];
        const name = lead ? nameLine(k) : null;
        if (name && !/\p{L}/u.test(name)) return null;
        return name && k !== undefined ? { name, lv, at: k, dash: endsWithDash(leftColumn(k).col), body } : null;
      }
      const name = cleanName(words.slice(n).join(' '));
      if (!name || syllables(name) > 5) return null;
      return { name, lv, at: li, dash: endsWithDash(col), body: body ?? bodyAbove(li) };
    }
    return null;
  };
  // "BAN CHỈ ĐẠO …" in capitals on one of the two lines below the unit's, with the capitals
  // lines that carry on its name (no figure: the number line ends it).
  const boardBelow = (li: number): string | null => {
    const [a, b] = after(li, 2);
    const start = [a, b].find((k) => k !== undefined && BOARD.test(fold(leftColumn(k).col)));
    if (start === undefined) return null;
    const parts: string[] = [];
    for (const k of [start, ...after(start, 3)]) {
      const col = leftColumn(k).col.replace(/\s+/g, ' ');
      // (A figure may close the name's first line: "BAN CHỈ ĐẠO 35".)
      if (!col || col !== col.toUpperCase() || /\d/.test(parts.length > 0 ? col : col.replace(/\s\d{1,3}$/, '')) || !/\p{L}{2}/u.test(col) || (parts.length > 0 && NOT_NAME.test(fold(col)))) break;
      parts.push(col);
    }
    return parts.join(' ');
  };
  for (let li = 0; li < lines.length; li++) {
    let u = unitAt(li);
    if (!u) continue;
    let parentProvince: string | null = null;
    if (u.lv.level === 'tinh') {
      const province = matchProvince(u.name);
      const below = after(li, 3)
        .map(unitAt)
        .find((x) => x && x.lv.level !== 'tinh');
      if (province && below) [parentProvince, u] = [province, below];
      else if (province) u = { ...u, name: province };
    }
    // A long name wraps in the narrow header column: the short line below (a word or two, or
    // the number of "Đam Rông 1") may complete it.
    const next = after(u.at, 1)[0];
    const rest = u.lv.level === 'tinh' ? null : nameLine(next);
    // (Up to three words: the second part of "Đồng Khê - Ngọc Lâm Thượng"; the whole must be real.)
    const wrapped = rest && /^(?:\p{L}{1,8}(?:\s+\p{L}{1,8}){0,2}|\d{1,2})$/u.test(rest) && syllables(`${u.name} ${rest}`) <= 5 ? rest : null;
    return { ...u, wrapped, parentProvince, board: boardBelow(u.at) };
  }
  return null;
}

export function extractIssuer(st: TextStructure, source: string = st.text): Issuer | null {
  let unitName: string | null = null;
  let level: UnitLevel = 'unknown';
  let levelWord = '';
  // A Party committee's header ("ĐẢNG ỦY XÃ …") names it; every other reading is the People's Committee.
  let body: HeaderBody = 'ubnd';
  let board: string | null = null;
  // The same header in the text as it came (before repair), a second reading of the name; the
  // only one when the repair made the level word unreadable ("XxA" → "Xóa").
  const sourceHead = source === st.text ? null : source.split('\n', HEADER_LINES).join('\n').normalize('NFC');
  const fromSource = sourceHead === null ? null : readHeader(sourceHead, foldKeepLength(sourceHead));
  const header = readHeader(st.text, st.folded) ?? fromSource;
  const parentProvince = header?.parentProvince ?? null;
  const readings: string[] = [];
  if (header) {
    const province = parentProvince ?? extractProvince(st, header.name);
    // Real at the header's level ("Đồng Khê" is a commune elsewhere, no ward).
    const real = (n: string): boolean => {
      const m = resolveUnit([n], header.lv.level, province).name;
      return !!m && hasUnitAt(m, header.lv.level);
    };
    // The body may write the hyphen the header's rule or motto cut swallowed, or not.
    const inBody = (n: string): boolean => new RegExp(`(?<![a-z])${fold(n).replace(/[\s-]+/g, '[\\s-]+')}(?![a-z])`).test(st.folded);
    const ok = (h: HeaderUnit | null): h is HeaderUnit => !!h && h.lv.level === header.lv.level;
    for (const h of [header, fromSource].filter(ok)) {
      // A wrapped part is taken when the whole is a real unit and the first part alone is not,
      // or the body names the whole.
      const joined = h.wrapped ? `${h.name}${h.dash ? ' - ' : ' '}${h.wrapped}` : null;
      const name = joined && real(joined) && (!real(h.name) || inBody(joined)) ? joined : h.name;
      readings.push(fixCapitalD(titleCaseVi(name)), titleCaseVi(name));
    }
    unitName = readings[0] ?? null;
    level = header.lv.level;
    levelWord = header.lv.word;
    body = header.body ?? 'ubnd';
    board = header.board ?? (fromSource && fromSource.lv.level === header.lv.level ? fromSource.board : null);
  }
  // A header in the Party's format (its motto "ĐẢNG CỘNG SẢN VIỆT NAM") that could not be read:
  // the body's "Đảng ủy xã X" names the issuer, never its "Ủy ban nhân dân xã X" (a Party report
  // names the People's Committee too), and the other way round in every other document.
  const partyHeader = !unitName && PARTY_MOTTO.test(st.folded.split('\n', HEADER_LINES).join('\n'));
  if (!unitName && !partyHeader) {
    // Digital-signature trailer ("ỦY BAN NHÂN DÂN XÃ THANH VÂN KHÊ <…> đã ký") or body phrases
    // ("Ủy ban nhân dân phường Ngọc Khê Đông báo cáo").
    const sig = /(?:ỦY|UỶ|UY)\s+BAN\s+NHÂN\s+DÂN\s+(XÃ|PHƯỜNG|ĐẶC KHU|TỈNH)\s+([^<\n]+?)\s*</u.exec(st.text);
    if (sig && sig[1] && sig[2]) {
      const lv = levelOf(sig[1]);
      if (lv) {
        unitName = titleCaseVi(sig[2]);
        level = lv.level;
        levelWord = lv.word;
      }
    }
  }
  if (!unitName) {
    const re = partyHeader
      ? /(?:đảng\s+[uủ]y|dang\s+uy)\s+(x\S{1,2}|ph\S{2,4}ng|\S{2,3}c\s+khu)\s+(\p{Lu}[^\n,.;]{1,40})/giu
      : /(?:[uủ]y\s+ban\s+nh[aâ]n\s+d[aâ]n|ubnd)\s+(x\S{1,2}|ph\S{2,4}ng|\S{2,3}c\s+khu)\s+(\p{Lu}[^\n,.;]{1,40})/giu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(st.text)) !== null) {
      const lv = m[1] ? levelOf(m[1]) : null;
      if (!lv || !m[2]) continue;
      const u = unitFromCapitalised(m[2], lv.level);
      if (u) {
        unitName = u;
        level = lv.level;
        levelWord = lv.word;
        if (partyHeader) body = 'dang_uy';
        break;
      }
    }
  }
  if (!unitName) return null;
  unitName = bestSpelling(st, unitName);
  // A digital-signature trailer is machine-written Unicode: when it names the same unit (same
  // letters without marks), its spelling beats anything read from the scan.
  const trailer = /(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN\s+(?:XÃ|PHƯỜNG|ĐẶC KHU|TỈNH)\s+([^<\n]+?)\s*<[^>\n]*@[^>\n]*>/u.exec(st.text);
  const evidence = parentProvince ? { province: parentProvince, bare: false } : provinceEvidence(st, unitName);
  let province = evidence.province;
  const own = ownSpelling(source, unitName);
  if (trailer && trailer[1] && fold(trailer[1]) === fold(unitName)) unitName = titleCaseVi(trailer[1]);
  else {
    // The real unit's spelling beats a reading without marks (or with marks the repair guessed);
    // its province fills a header that does not name one. The document's own marks win over a
    // variant the gazetteer spells with other marks ("Đắk" written, "Đăk" listed).
    // Each reading of the header (repaired, before the Đ fix, before repair) is looked up; the
    // first the gazetteer knows gives the spelling.
    // Readings the body names too come first.
    const all = [unitName, ...readings];
    const named = (n: string): boolean => fold(n).length > 2 && new RegExp(`(?<![a-z])${fold(n).replace(/ /g, '\\s+')}(?![a-z])`).test(st.folded);
    const real = resolveUnit([...all.filter(named), ...all.filter((n) => !named(n))], level, province);
    if (own) unitName = own;
    else if (real.name) unitName = real.name;
    // A province only mentioned bare (the repair may make one of a name) yields to the one
    // province the unit is in.
    if (real.province && (!province || (evidence.bare && real.province !== province))) province = real.province;
  }
  const issuerBody = board ? boardSpelling(st, board) : BODY_NAME[body];
  return { name: `${issuerBody} ${levelWord} ${unitName}`, unitName, unitLevel: level, province };
}

/**
 * A steering committee's name as the issuer's: the body's spelling when it names the committee
 * (mixed case, same letters: "Ban Chỉ đạo chuyển đổi số"), else the header's capitals in
 * sentence case after "Ban Chỉ đạo".
 */
function boardSpelling(st: TextStructure, board: string): string {
  const words = fold(board).replace(/[,.;:]+$/, '').split(' ');
  const re = new RegExp(`(?<![a-z])${words.map((w) => w.replace(/[^a-z0-9]/g, (c) => `\\${c}`)).join('\\s+')}(?![a-z])`, 'g');
  for (const m of st.folded.matchAll(re)) {
    const orig = st.text.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' ');
    if (/^Ban\s/u.test(orig) && orig !== orig.toUpperCase()) return orig;
  }
  const rest = board.replace(/[,.;:]+$/, '').split(/\s+/).slice(3).join(' ').toLocaleLowerCase('vi');
  return rest ? `Ban Chỉ đạo ${rest}` : 'Ban Chỉ đạo';
}

/**
 * Headers are capitals, which OCR and repair handle worst; the body usually names the unit
 * again. Among body spellings that fold to the same letters, the most frequent one with
 * diacritics wins.
 */
function bestSpelling(st: TextStructure, unitName: string): string {
  const target = fold(unitName);
  if (target.length < 3) return unitName;
  const re = new RegExp(`(?<![a-z])${target.replace(/ /g, '\\s+')}(?![a-z])`, 'g');
  const counts = new Map<string, number>();
  let m: RegExpExecArray | null;
  while ((m = re.exec(st.folded)) !== null) {
    const orig = st.text.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' ');
    if (!/^\p{Lu}/u.test(orig) || orig === orig.toUpperCase()) continue;
    if (orig === fold(orig)) continue;
    counts.set(orig, (counts.get(orig) ?? 0) + 1);
  }
  let best = unitName;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [titleCaseVi(k), v];
  return best;
}

const provinceRegexes = new Map<string, { prefixed: RegExp; bare: RegExp }>();
function provinceRegex(p: string): { prefixed: RegExp; bare: RegExp } {
  let r = provinceRegexes.get(p);
  if (!r) {
    const fp = fold(p);
    r = {
      prefixed: new RegExp(`(?:thanh ph[o0e6d]|t[i1]nh|tp\\.?)\\s+${tolerantPattern(fp)}(?![a-z])`, 'g'),
      bare: new RegExp(`(?<![a-z])${tolerantPattern(fp)}(?![a-z])`, 'g'),
    };
    provinceRegexes.set(p, r);
  }
  return r;
}

export function extractProvince(st: TextStructure, unitName: string | null): string | null {
  return provinceEvidence(st, unitName).province;
}

/** The province the text names most, and whether only bare mentions (no "tỉnh X") name it. */
function provinceEvidence(st: TextStructure, unitName: string | null): { province: string | null; bare: boolean } {
  const counts = new Map<string, number>();
  let bare = false;
  const f = st.folded;
  for (const p of provinceNames()) {
    const fp = fold(p);
    if (unitName && fold(unitName) === fp) continue;
    const re = provinceRegex(p).prefixed;
    const n = f.match(re)?.length ?? 0;
    if (n > 0) counts.set(p, n);
  }
  if (counts.size === 0) {
    // "tỉnh X" with X one OCR letter off ("tinh Pha Tho"): the words after the level word.
    for (const m of f.matchAll(/(?<![a-z])(?:t[i1]nh|thanh ph[o0e6d])\s+([a-z]+(?:\s+[a-z]+){0,2})/g)) {
      const words = (m[1] ?? '').split(/\s+/);
      for (let n = words.length; n >= 1; n--) {
        const p = matchProvince(words.slice(0, n).join(' '));
        if (p && (!unitName || fold(unitName) !== fold(p))) {
          counts.set(p, (counts.get(p) ?? 0) + 1);
          break;
        }
      }
    }
  }
  if (counts.size === 0) {
    bare = true;
    // No "thành phố X" / "tỉnh X": fall back to bare mentions of a province name.
    for (const p of provinceNames()) {
      const fp = fold(p);
      if (fp.length < 6 || (unitName && fold(unitName) === fp)) continue;
      const re = provinceRegex(p).bare;
      const n = f.match(re)?.length ?? 0;
      if (n > 0) counts.set(p, n);
    }
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [p, n] of counts) if (n > bestN) [best, bestN] = [p, n];
  return { province: best, bare };
}

const BLOCK_WORDS = /^(?:tm|kt|q|tl|ttl)\.?\s|^(?:t\s*\/\s*[ml]|k\s*\/\s*t)\b|(?:chu\s*tich|uy\s*ban|nhan\s*dan|noi\s*nhan|luu\b|\bbi\s*thu\b|\bthuong\s*vu\b)/;

// A word of a personal name: capitalised, short. Names of the Central Highlands peoples put a
// gender or clan letter and an apostrophe before the name (H'Nhung, K'Bình, Y'Điêng).
const NAME_WORD = /^(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]*$/u;
const isNameWord = (w: string): boolean => NAME_WORD.test(w) && w.length <= (/['’]/.test(w) ? 10 : 8);

function looksLikeName(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every(isNameWord);
}

// Words of signature-block titles and bodies, which a line in capitals names rather than a person.
// Phrases of two words, since one folded word may be a family name too (TRƯỞNG/Trương, ĐẢNG/Đặng).
const TITLE_WORDS = /\b(?:chu tich|thu truong|truong (?:ban|phong)|uy ban|nhan dan|bi thu|giam doc|van phong|hoi dong|chi dao|dang uy|thuong vu|uy vien|cong chuc|can bo|noi nhan|nguoi ky|quyet dinh|bao cao|ke hoach|cong van|to trinh|thong bao|phu luc|danh sach|bieu mau)\b/;
const VOWEL = /[aeiouyăâêôơư]/u;

/**
 * A personal name printed in capitals on a line of its own ("NGUYỄN VĂN TÂM"), in title case;
 * null for any other line. Two to five words of letters, each with a vowel (no acronym such as
 * "HĐND"), none a word of the block's titles ("PHÓ CHỦ TỊCH", "TRƯỞNG BAN").
 */
function capitalsName(line: string): string | null {
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > 5) return null;
  if (!words.every((w) => /^\p{Lu}{1,7}$/u.test(w) && VOWEL.test(fold(w)))) return null;
  if (TITLE_WORDS.test(fold(line)) || BLOCK_WORDS.test(fold(line))) return null;
  return titleCaseVi(line);
}

// A title of the Party's signature block ("T/M ĐẢNG ỦY" / "PHÓ BÍ THƯ"), on a line of its own
// after an optional "T/M", "K/T", "T/L" (or Decree 30's "TM.", "KT.", "TL."); OCR: "PHO Bi THU".
const PARTY_TITLES: { re: RegExp; title: string }[] = [
  { re: /^ph[o0]\s+b[i1l]\s*th[uy]\s+th[uy][o0]ng\s+tr[uy]c$/, title: 'Phó Bí thư Thường trực' },
  { re: /^ph[o0]\s+b[i1l]\s*th[uy]$/, title: 'Phó Bí thư' },
  { re: /^b[i1l]\s*th[uy]$/, title: 'Bí thư' },
  { re: /^[uy]y\s+v[i1l]en\s+ban\s+th[uy][o0]ng\s+v[uy]$/, title: 'Ủy viên Ban Thường vụ' },
  { re: /^ph[o0]\s+ch[a4]nh\s+v[a4]n\s+ph[o0]ng$/, title: 'Phó Chánh Văn phòng' },
  { re: /^ch[a4]nh\s+v[a4]n\s+ph[o0]ng$/, title: 'Chánh Văn phòng' },
];
const SIGN_FOR = /^(?:[tk]\s*[/.]\s*[mtl]|tm|kt|tl)\b\.?\s*/;

/**
 * The last Party title standing alone on a line of the signature block (folded lines): a deputy
 * signing for the secretary ("K/T BÍ THƯ" with nothing read below) is a Phó Bí thư. A recipient
 * ("- Bí thư Đảng ủy xã;") is never a line of its own.
 */
function partyTitle(tail: string): string | null {
  let title: string | null = null;
  for (const raw of tail.split('\n')) {
    const line = raw.trim().replace(/[.,;:]+$/, '');
    const lead = SIGN_FOR.exec(line);
    const rest = lead ? line.slice(lead[0].length) : line;
    const hit = PARTY_TITLES.find((t) => t.re.test(rest));
    if (!hit) continue;
    title = lead && /^k/.test(lead[0]) && hit.title === 'Bí thư' ? 'Phó Bí thư' : hit.title;
  }
  return title;
}

// Quote marks, bars and specks the scan leaves at the ends of a short line ("'Lê Văn Hòa").
const LINE_SPECKS_START = /^[‘’'`"“”|_~*•.,:;]+\s*/u;
const LINE_SPECKS_END = /\s*[‘’'`"“”|_~*•.]+$/u;

// A signing title ending a line of the block: "CHỦ TỊCH", "KT. CHỦ TỊCH", "PHÓ BÍ THƯ",
// "TRƯỞNG BAN", or a "TM." / "T/M" line ("TM. ỦY BAN NHÂN DÂN", "T/M ĐẢNG ỦY"). Folded.
const SIGNING_TITLE_END =
  /(?:^|\s)(?:(?:(?:kt|q|tl|ttl)\s*\.\s*|k\s*\/\s*t\s+|quyen\s+)?(?:pho\s+)?(?:chu\s*tich|truong\s*ban|bi\s*thu|giam\s*doc|truong\s*phong|chanh\s*van\s*phong)|(?:tm\s*\.|t\s*\/\s*m)\s*[a-z ]{2,40})\.?$/;

/**
 * Whether a line of the block is its signing title: the whole line ("PHÓ CHỦ TỊCH", "Chủ tịch"),
 * or its end printed in capitals beside the recipients column ("- Như trên;   CHỦ TỊCH"). A
 * recipient ("- Chủ tịch UBND xã;") or a sentence naming a chair is not one.
 */
function isSigningTitleLine(line: string, foldedLine: string): boolean {
  const l = foldedLine.trimEnd();
  const m = SIGNING_TITLE_END.exec(l);
  if (!m) return false;
  const start = m.index + (m[0].startsWith(' ') ? 1 : 0);
  if (l.slice(0, start).trim() === '') return true;
  const printed = line.slice(start, l.length);
  return printed === printed.toUpperCase() && /\p{Lu}/u.test(printed);
}

/**
 * The signer's name after the block's title line: the first name printed after it. A run of
 * capitals first (a stamp's words, "XÃ HÒA AN") yields to a name in title case on the next
 * lines; the search ends at the first line that is neither a name nor a note in brackets
 * ("(Đã ký)"), so an appendix after the block ("PHỤ LỤC", a table of places or people) is not read.
 */
function nameAfterTitle(candidates: NameCandidate[], lines: string[], titleAt: number): NameCandidate | null {
  const after = candidates.filter((c) => c.li > titleAt);
  const first = after[0];
  if (!first) return null;
  if (!first.caps) return first;
  for (let li = first.li + 1; li < lines.length; li++) {
    const line = (lines[li] ?? '').trim();
    if (!line || /^\(.*\)$/u.test(line)) continue;
    const c = after.find((x) => x.li === li);
    if (!c) break;
    if (!c.caps) return c;
  }
  return first;
}

/**
 * A name found on line `li` of the block: its last `take` words (a courtesy title among them,
 * which the name leaves out), and the one word of line `next` when the scan broke the name.
 */
type NameCandidate = { li: number; name: string; caps: boolean; take: number; next?: number; courtesy?: boolean };

/** The name a line of the block can be (its trailing run of capitalised words, or a line in capitals). */
function nameOnLine(lines: string[], li: number): NameCandidate | null {
  // Specks and quote marks the scan left at either end of the line are no part of a name.
  const line = (lines[li] ?? '').trim().replace(LINE_SPECKS_START, '').replace(LINE_SPECKS_END, '');
  if (!line || /^\d{4}-\d\d-\d\d|^Việt Nam$/u.test(line)) return null;
  // A name in capitals counts only when no name in title case (the usual print) is found.
  const caps = capitalsName(line);
  if (caps) return { li, name: caps, caps: true, take: line.split(/\s+/).length };
  // A name may share the line with the recipients column: take its trailing capitalised run.
  // A highland name's letter whose apostrophe the scan lost ("HLoan") gets it back.
  const words = line.split(/\s+/).map((w) => w.replace(/^([HKY])(?=\p{Lu}\p{Ll}+$)/u, "$1'"));
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    if (isNameWord(w)) run.unshift(w);
    // A short word left in capitals inside a name ("Vũ Thị KIM Oanh") is a name word too;
    // not one ending the recipients column ("- Lưu: VT   Lê Văn Hòa").
    else if (/^\p{Lu}{2,3}$/u.test(w) && words.slice(i + 1).some((x) => /\p{Ll}/u.test(x)) && (i === 0 || isNameWord(words[i - 1] ?? ''))) run.unshift(titleCaseVi(w));
    else break;
  }
  // A name the scan broke over two lines ("Lê Thị⏎Hoa"): the line is all name, the next line one name word.
  const take = run.length;
  let next: number | undefined;
  if (run.length === words.length && run.length >= 2 && run.length <= 3) {
    let k = li + 1;
    while (k < lines.length && (lines[k] ?? '').trim() === '') k++;
    const word = (lines[k] ?? '').trim();
    if (isNameWord(word) && !BLOCK_WORDS.test(fold(word))) {
      run.push(word);
      next = k;
    }
  }
  // A courtesy title before the name is not part of it ("Bà Lê Thị Hoa"; "Ông" is also a
  // family name, so it goes only when a full name of three words follows). The scan may drop
  // its mark ("Ong", "Ba").
  const title = fold(run[0] ?? '');
  const courtesy = (title === 'ba' && run.length >= 3) || (title === 'ong' && run.length >= 4);
  if (courtesy) run.shift();
  const cand = run.join(' ');
  return run.length >= 2 && run.length <= 5 && looksLikeName(cand) && !BLOCK_WORDS.test(fold(cand)) ? { li, name: cand, caps: false, take, next, courtesy } : null;
}

/**
 * The start of the last signing title of the text that a name follows within a few lines (its
 * group of title lines: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"); -1 if none.
 */
function lastSignedTitle(text: string, folded: string): number {
  const lines = text.split('\n');
  const foldedLines = folded.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  const isTitle = (li: number): boolean => isSigningTitleLine(lines[li] ?? '', foldedLines[li] ?? '');
  for (let li = lines.length - 1; li >= 0; li--) {
    if (!isTitle(li)) continue;
    let named = false;
    for (let k = li + 1; k < Math.min(lines.length, li + 8) && !named; k++) named = nameOnLine(lines, k) !== null;
    if (!named) continue;
    let first = li;
    for (let k = li - 1; k >= 0; k--) {
      if ((lines[k] ?? '').trim() === '') continue;
      if (!isTitle(k)) break;
      first = k;
    }
    return starts[first] ?? -1;
  }
  return -1;
}

/** The scan's words of a name candidate (line `base + c.li` of the source) read again as a name; null when the lines do not match up. */
function readAgain(c: NameCandidate, base: number, text: string, source: string): string | null {
  const read = repair?.readPersonName;
  if (!read) return null;
  const rawLines = source.split('\n');
  const lines = text.split('\n');
  if (rawLines.length !== lines.length) return null;
  const words = (l: string | undefined): string[] => (l ?? '').trim().replace(LINE_SPECKS_START, '').replace(LINE_SPECKS_END, '').split(/\s+/);
  const raw = words(rawLines[base + c.li]);
  // The repair may join or part words ("N Ong" is Nông): then the words cannot be matched.
  if (raw.length !== words(lines[base + c.li]).length || raw.length < c.take) return null;
  const picked = raw.slice(raw.length - c.take).map((w) => w.replace(/^([HKY])(?=\p{Lu}\p{Ll}+$)/u, "$1'"));
  if (c.next !== undefined) picked.push((rawLines[base + c.next] ?? '').trim());
  const again = read(picked.join(' ')).split(/\s+/).slice(c.courtesy ? 1 : 0);
  if (again.length !== c.name.split(' ').length) return null;
  const name = c.caps ? titleCaseVi(again.join(' ')) : again.join(' ');
  return looksLikeName(name) ? name : null;
}

export function extractSigner(st: TextStructure, source: string = st.text): ExtractionResult['signer'] {
  const text = st.text;
  const folded = st.folded;
  // The signature block starts at the last "TM." / "KT." / "CHỦ TỊCH" / "Nơi nhận" ("T/M", "K/T" in the Party's format).
  const blockRe = /(?:\btm\s*\.|\bkt\s*\.|\b(?:t\s*\/\s*[ml]|k\s*\/\s*t)\b|noi\s*nh[a-z]n|chu\s*tich)/g;
  let blockStart = -1;
  let m: RegExpExecArray | null;
  while ((m = blockRe.exec(folded)) !== null) {
    if (m.index > text.length * 0.5) {
      blockStart = m.index;
      break;
    }
  }
  let lines = blockStart < 0 ? [] : text.slice(blockStart).split('\n');
  let foldedLines = blockStart < 0 ? [] : folded.slice(blockStart).split('\n');
  // The block's own title line ("CHỦ TỊCH", "KT. CHỦ TỊCH", "TM. BAN CHỈ ĐẠO"…): the name is the
  // first one printed after it.
  let titleAt = foldedLines.findIndex((l, li) => isSigningTitleLine(lines[li] ?? '', l));
  // A long annex after the signature puts the block before the middle of the text: when the
  // block found holds no title line, the last title line of the text that a name follows opens it.
  if (titleAt < 0) {
    const start = lastSignedTitle(text, folded);
    if (start >= 0 && (blockStart < 0 || start < blockStart)) {
      blockStart = start;
      lines = text.slice(blockStart).split('\n');
      foldedLines = folded.slice(blockStart).split('\n');
      titleAt = 0;
    }
  }
  if (blockStart < 0) return null;

  const candidates: NameCandidate[] = [];
  const digital: string[] = [];
  for (let li = 0; li < lines.length; li++) {
    const sig = /^(.+?)\s*<[^>]*@[^>]*>\s*đã ký/u.exec((lines[li] ?? '').trim());
    if (sig && sig[1]) {
      if (!/ỦY BAN|UỶ BAN|UBND|SỞ|VĂN PHÒNG/u.test(sig[1])) digital.push(sig[1].trim());
      continue;
    }
    const c = nameOnLine(lines, li);
    if (c) candidates.push(c);
  }
  let chosen = titleAt >= 0 ? nameAfterTitle(candidates, lines, titleAt) : null;
  if (!chosen) {
    // No title line read: the last name of the tail, in title case before one in capitals.
    const titled = candidates.filter((c) => !c.caps);
    chosen = titled[titled.length - 1] ?? candidates.find((c) => c.caps) ?? null;
  }
  let name = chosen?.name ?? null;
  // The repair read the text line by line, a name beside the recipients column ("- Lưu: VT.   Lê
  // Văn Hòa") as running text and a name in capitals perhaps as a heading; now that the block
  // says the words are a name, the scan's words are read again as one.
  if (chosen && source !== text) name = readAgain(chosen, text.slice(0, blockStart).split('\n').length - 1, text, source) ?? name;
  // The title is read from the block down to the name's line (an annex or recipients after the
  // name may name other posts).
  const tail = (chosen ? foldedLines.slice(0, chosen.li + 1) : foldedLines).join('\n');
  let title: string | null = partyTitle(tail);
  if (title) {
    // (A Party committee's block; a recipient "Chủ tịch UBND xã" above it is no title.)
  } else if (/pho\s*chu\s*tich|\bkt\s*\.\s*chu\s*tich/.test(tail)) title = 'Phó Chủ tịch';
  // "Q. CHỦ TỊCH" / "QUYỀN CHỦ TỊCH": acting chair.
  else if (/(?:^|\n)\s*(?:q\s*\.|quy[e]n)\s*chu\s*tich/.test(tail)) title = 'Quyền Chủ tịch';
  else if (/chu\s*tich/.test(tail)) title = 'Chủ tịch';
  // A steering committee or board signs by its head: "TM. BAN CHỈ ĐẠO / TRƯỞNG BAN".
  else if (/pho\s*truong\s*ban|\bkt\s*\.\s*truong\s*ban/.test(tail)) title = 'Phó Trưởng ban';
  else if (/truong\s*ban/.test(tail)) title = 'Trưởng ban';

  if (digital.length > 0) {
    const d = digital[0] ?? null;
    if (d && (!name || fold(d).replace(/[^a-z]/g, '').length > 0)) name = d;
  }
  // A P before a vowel is a misread Đ only in text the scan wrote without marks, and only in
  // capitals (a bold header's "PANG UY", a name printed "PINH VAN AN"): in title case the English
  // model prints Đ as D, so a P there is the name's own letter (names of the Mông, Tày, Thái). A
  // name the document prints with Vietnamese marks is its own spelling in capitals too.
  if (name && chosen?.caps && !(hasOwnMarks(name) && [name, name.toLocaleUpperCase('vi')].some((n) => source.normalize('NFC').includes(n)))) name = fixCapitalD(name);
  if (!name) return null;
  return { name, title };
}

const REF = /(\d{1,6}(?:-[A-ZĐ]{1,6})?)\s?\/\s?([A-ZĐ][A-ZĐa-z&]{0,10}(?:[-/][A-ZĐa-z&]{1,10}){0,3})/gu;

export function extractReferences(st: TextStructure, own: string | null): { number: string; date: string | null }[] {
  const out = new Map<string, string | null>();
  REF.lastIndex = 0;
  let m: RegExpExecArray | null;
  const ownKey = own ? own.replace(/\s/g, '') : null;
  const text = plainCapitals(st.text);
  while ((m = REF.exec(text)) !== null) {
    const numPart = m[1] ?? '';
    const symRaw = m[2] ?? '';
    // A symbol has letters on both sides of a dash or slash (KH-UBND, NQ/TW); plain words are not.
    const sym = normaliseSymbol(symRaw);
    if (!/-/.test(numPart) && !/[-/]/.test(sym)) continue;
    const number = `${numPart.replace(/-N[O0]$/, '-NQ')}/${sym}`;
    if (ownKey && number === ownKey) continue;
    if (/^\d+\/\d+/.test(number)) continue;
    const after = st.folded.slice(m.index + m[0].length, m.index + m[0].length + 40);
    let date: string | null = null;
    const d1 = /^[\s,]*(?:ngay|,)\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/.exec(after);
    const d2 = /^[\s,]*ngay\s+(\d{1,2})\s+th[a4]ng\s+(\d{1,2})\s+n[a4i]m\s+(\d{4})/.exec(after);
    const d = d1 ?? d2;
    if (d && d[1] && d[2] && d[3]) date = iso(Number(d[3]), Number(d[2]), Number(d[1]));
    if (!out.has(number) || (out.get(number) === null && date)) out.set(number, date);
  }
  return [...out].map(([number, date]) => ({ number, date }));
}
