// Whole text path for one document: normalise (NFC, line endings, control characters) →
// repair Vietnamese diacritics (when the repair module is present) → extract → unit names in
// the text spelled as in the gazetteer for the document's province (then extracted again).
// Synchronous; the repair module is loaded once when this module is imported.

import type { ExtractionResult } from './extraction.types.ts';
import { extractFromText, extractIssuerOf, type ExtractionCatalog } from './extract.ts';
import { spellUnitNamesInText } from './gazetteer.ts';
import { opensTable } from './table-gaps.ts';

interface RepairModule {
  repairVietnamese: (text: string) => { text: string; changed: boolean };
}

// Loaded by a computed path so this folder builds and runs before the repair module lands.
const repairPath = '#src/core/vietnamese/repair.ts';
const repair: RepairModule | null = await import(repairPath).then(
  (m: Partial<RepairModule>) => (typeof m.repairVietnamese === 'function' ? (m as RepairModule) : null),
  () => null,
);

/**
 * NFC, LF line endings, no NUL or other control characters (tabs and newlines kept); the slash
 * look-alikes OCR emits (fraction slash ⁄, division slash ∕, full-width ／) are "/"; a blank
 * line inside a running sentence (OCR) is dropped; OCR marks on table rows are undone, so are
 * the blank lines and rule scraps OCR leaves inside a pipe table.
 */
export function normaliseText(raw: string): string {
  const text = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2044\u2215\uff0f]/g, '/')
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/g, '')
    // Tesseract's Vietnamese model often puts a blank line inside a wrapped sentence ("đã lắp
    // đặt⏎⏎36 cụm loa", "các thôn⏎⏎trong xã"); a blank line is a clause end, so it is dropped when
    // the line before ends in a lower-case word or a comma and the next goes on in lower case
    // (or with a count followed by a lower-case word), i.e. the sentence clearly runs on.
    // (A word ending in a digit is a letter the English model misread: "lap dat t6ng s6⏎⏎36 cum".)
    .replace(/(?<=[\p{Ll},]|\p{Ll}\d)[ \t]*\n[ \t]*\n(?=[ \t]*(?:\p{Ll}(?![).])|\d[\d.,]*[ \t]+\p{Ll}))/gu, '\n')
    // Bold marks of a text written in Markdown ("| **Tổng cộng** | **54** |") go: a total row's
    // label is read by its words.
    .replace(/\*\*(?=\S)([^*\n]*?\S)\*\*/g, '$1')
    // A guillemet or copyright sign glued to a figure is a speck the scan read ("đã đăng «27 tin").
    .replace(/(?<=\s)[«»©®](?=\d)/g, ' ')
    // A month's number run into its word by the scan ("Thang10", a column label) is split off;
    // the repair would read the digit as a letter.
    .replace(/(?<!\p{L})(th[aáàảãạ4]ng)(?=\d{1,2}(?!\d))/giu, '$1 ')
    // … and so are the months of a running total ("Lũy ké9 tháng", "Lũy kế 6tháng"): the repair
    // would drop the digit glued to "kế" and the caption's period would name no column.
    .replace(/(?<!\p{L})(k[eéèẻẽẹêếềểễệ])(?=\d{1,2}[ \t]*th[aáàảãạ4]ng(?!\p{L}))/giu, '$1 ')
    .replace(/(?<![\d.,/])(\d{1,2})(?=th[aáàảãạ4]ng(?!\p{L}))/gu, '$1 ')
    // A header cell of a pipe table wrapped to the next line ("… | Số thôn có loa⏎truyền thanh |
    // Ghi chú …") is joined back to its row; so is the wrapped part of a last cell, which holds no
    // border; and a row's last values wrapped alone to the next line. (Per line break, on the
    // lines around it: a pattern looking back over a whole line is slow on long lines.)
    .replace(/\n/g, (nl: string, at: number, all: string) => (wrappedHeaderCell(all, at) ? ' ' : nl))
    .replace(/\n/g, (nl: string, at: number, all: string) => (wrappedLastHeaderCell(all, at) ? ' ' : nl))
    .replace(/\n/g, (nl: string, at: number, all: string) => (wrappedLastValue(all, at) ? ' ' : nl))
    .replace(/\n/g, (nl: string, at: number, all: string) => (wrappedLastCells(all, at) ? ' ' : nl))
    .replace(/\n/g, (nl: string, at: number, all: string) => (emptyCellsAfterRow(all, at) ? ' ' : nl))
    .replace(/\n/g, (nl: string, at: number, all: string) => (wrappedAtBorder(all, at) ? ' ' : nl))
    // A row index read with a mark after it ("7_ Cụm loa …") is the bare index.
    .replace(/^([ \t]*\d{1,3})_(?=[ \t]+\p{Lu})/gmu, '$1 ')
    // On a line with no table (one pipe only), a pipe opening a lower-case word is an l the scan
    // read as a stroke ("30 |ượt truy cập": lượt).
    .replace(/^[^|\n]*\|[^|\n]*$/gmu, (line) => line.replace(/(?<=\s)\|(?=\p{Ll})/u, 'l'))
    // An underscore between lower-case letters is a space the scan filled ("cụm_loa, bộ"), except
    // in an address or a file name ("ubnd_xa@…", "bao_cao.pdf"). (Whole words holding an
    // underscore, each tried once from its start.)
    .replace(/(?<!\S)\S*_\S*/gu, (tok) => (!/\p{Ll}_\p{Ll}/u.test(tok) || /[@/:]|\.\p{L}/u.test(tok) ? tok : tok.replace(/(?<=\p{Ll})_(?=\p{Ll})/gu, ' ')))
    .replace(/^.*$/gmu, tableBorders)
    // A border glued to a cell's word or figure ("… cụm loa| 4 |", "|S6 hộ |") gets its space back,
    // so the repair reads the word whole.
    .replace(/^.*[|¦].*[|¦].*$/gmu, (line) => line.replace(/(?<=\d)[ \t]?=(?=[|¦])/gu, ' ').replace(/(?<=[\p{L}\d%)])(?=[|¦])/gu, ' ').replace(/(?<=[|¦])(?=[\p{L}\d(])/gu, ' '))
    .replace(/^.*$/gmu, (line, at: number, all: string) => rowIndexPipe(line, at, all));
  return pipeTableGaps(text);
}

/** The line that ends at the line break at `at`. */
function lineBefore(all: string, at: number): string {
  return all.slice(all.lastIndexOf('\n', at - 1) + 1, at);
}

/** The line that starts after the line break at `at`, and the index where it ends. */
function lineAfter(all: string, at: number): { line: string; end: number } {
  const end = all.indexOf('\n', at + 1);
  return { line: all.slice(at + 1, end < 0 ? all.length : end), end };
}

/** How many "|" a line holds. */
function pipeCount(line: string): number {
  let n = 0;
  for (let i = line.indexOf('|'); i >= 0; i = line.indexOf('|', i + 1)) n++;
  return n;
}

const ENDS_IN_LETTER = /\p{L}$/u;
/** Ends with a border ("… | 12 |", spaces after it allowed). */
const ENDS_IN_BORDER = /\|[ \t]*$/;
/** A figure ("1.250", "98,5 %") and the spaces after it. */
const FIGURE_CELL = String.raw`\d[\d.,]*[ \t]*(?:%[ \t]*)?`;
/** A line that is one figure, a border after it allowed ("1.250 |"). */
const LONE_FIGURE = new RegExp(String.raw`^[ \t]*${FIGURE_CELL}(?:\|[ \t]*)?$`);
/** A line of figure cells closed by a border, its opening border lost ("1.250 | 98,5 |"). */
const FIGURE_CELLS = new RegExp(String.raw`^[ \t]*${FIGURE_CELL}(?:\|[ \t]*${FIGURE_CELL})*\|[ \t]*$`);

/**
 * A header cell of a pipe table wrapped to the next line: the line before holds two borders or
 * more and breaks inside a word run (a letter last), the next line goes on in lower case and
 * reaches a border.
 */
function wrappedHeaderCell(all: string, at: number): boolean {
  const before = lineBefore(all, at);
  if (!ENDS_IN_LETTER.test(before) || pipeCount(before) < 2) return false;
  return /^\p{Ll}[^\n]*\|/u.test(lineAfter(all, at).line);
}

/**
 * The wrapped part of a last header cell, which holds no border ("… | Tỷ lệ hộ⏎dùng (%)"): the
 * line before holds three borders or more and ends in a letter; the next is short, has no border
 * and opens in lower case (its l may be read as 1, "1ệ"); a row of the table (two borders or
 * more) follows it, blank lines skipped.
 */
function wrappedLastHeaderCell(all: string, at: number): boolean {
  const before = lineBefore(all, at);
  if (!ENDS_IN_LETTER.test(before) || pipeCount(before) < 3) return false;
  let { line, end } = lineAfter(all, at);
  if (end < 0 || !/^(?:\p{Ll}|1\p{Ll})[^\n|]{0,40}$/u.test(line)) return false;
  do ({ line, end } = lineAfter(all, end));
  while (/^[ \t]*$/.test(line) && end >= 0);
  return pipeCount(line) >= 2;
}

/**
 * A row's last value wrapped alone to the next line ("… | 40 | 52 |⏎130"): the line before
 * holds three borders or more and ends with one; the next line is one figure (a border after it
 * allowed).
 */
function wrappedLastValue(all: string, at: number): boolean {
  const before = lineBefore(all, at);
  return ENDS_IN_BORDER.test(before) && pipeCount(before) >= 3 && LONE_FIGURE.test(lineAfter(all, at).line);
}

/**
 * A row's last cells of figures wrapped to the next line when the row opens with a border and
 * they do not ("| 3 | … | 2.000 |⏎2.250 | 112,5 |").
 */
function wrappedLastCells(all: string, at: number): boolean {
  const before = lineBefore(all, at);
  return /^[ \t]*\|/.test(before) && ENDS_IN_BORDER.test(before) && pipeCount(before) >= 3 && FIGURE_CELLS.test(lineAfter(all, at).line);
}

/**
 * A row (or header) the page wrapped: the line before opens with a border; the next ends with
 * one and, when the break fell on a border, does not open with one ("| TT | Thôn | … | Thành
 * viên |⏎Người dân được hướng dẫn |", "| 1 | … | 134 |⏎111,7 | Phát vào thứ Hai |"); broken
 * inside a cell it may ("| 2 | … | 111,7⏎| |", "| 4 | … | Trong đó⏎38 video |"). The two parts
 * together hold as many borders as the table's next full line (else its line before): a row that
 * only lost its opening border ("1 Bản A | 1 | 8 |") under a whole one holds more, and stays a
 * row of its own.
 */
function wrappedAtBorder(all: string, at: number): boolean {
  const before = lineBefore(all, at);
  if (!/^[ \t]*\|/.test(before)) return false;
  const n = pipeCount(before);
  if (n < 3) return false;
  let { line, end } = lineAfter(all, at);
  // (Broken inside a cell, the next part may open with the border it lost: "| 2 | … | 111,7" ⏎ "| |".)
  if ((ENDS_IN_BORDER.test(before) && /^[ \t]*[|¦]/.test(line)) || !ENDS_IN_BORDER.test(line) || line.length > 200) return false;
  const m = pipeCount(line);
  // The table's next line with borders (blank lines and rule scraps skipped), within a few lines;
  // its borders as the scan reads them ("96,0] 1|") are counted too.
  const borders = (l: string): number => pipeCount(l) + (l.match(/[[\]{}¦]/g)?.length ?? 0);
  let full = -1;
  for (let k = 0; k < 4 && end >= 0 && full < 0; k++) {
    ({ line, end } = lineAfter(all, end));
    if (pipeCount(line) >= 2) full = borders(line);
  }
  if (full < 0) {
    const prevEnd = all.lastIndexOf('\n', at - 1);
    if (prevEnd > 0) full = borders(lineBefore(all, prevEnd));
  }
  return n < full && n + m === full;
}

/** A line of borders and empty cells only ("| |", "|"). */
const EMPTY_CELLS = /^[ \t]*\|(?:[ \t]*\|)*[ \t]*$/;

/**
 * A row broken inside its last cells whose empty cells and closing border the scan put on a line
 * of their own, a blank line between ("| 2 | … | 111,7" ⏎ ⏎ "| |"): both line breaks go.
 */
function emptyCellsAfterRow(all: string, at: number): boolean {
  const row = (l: string): boolean => /^[ \t]*\|/.test(l) && !ENDS_IN_BORDER.test(l) && pipeCount(l) >= 3;
  const before = lineBefore(all, at);
  const { line, end } = lineAfter(all, at);
  if (row(before)) return EMPTY_CELLS.test(line) || (line.trim() === '' && end >= 0 && EMPTY_CELLS.test(lineAfter(all, end).line));
  if (before.trim() !== '' || !EMPTY_CELLS.test(line)) return false;
  const prevEnd = all.lastIndexOf('\n', at - 1);
  return prevEnd > 0 && row(lineBefore(all, prevEnd));
}

/** A line with two cell borders or more. */
const PIPED = /[|¦][^\n|¦]*[|¦]/;
/** A short scrap of marks and one- or two-letter bits, no figure ("Jq]", "[=t f", "~~", "[|c", "|"). */
const SHORT_SCRAP = /^(?!.*\d)(?!.*\p{L}{3}).{1,12}$/u;
/** A run of sixteen letters or more. */
const LONG_LETTER_RUN = /\p{L}{16,}/gu;
/** One letter three times running (either case), which no Vietnamese word, nor two run together, spells. */
const TRIPLED_LETTER = /(\p{L})\1\1/iu;

/**
 * The rule under a header as OCR garbles it (tested after PIPED), with no figure: a short scrap
 * of marks and bits (SHORT_SCRAP), or the rule's dashes read one by one as a long run of letters
 * that repeats a letter three times running ("ceeennnrrreee…"). Prose whose spaces the scan lost
 * ("thongtindientuxa") is a long run too, but repeats no letter so: it is no scrap. (Only between
 * two table lines is a scrap read as a rule: see pipeTableGaps.)
 */
function isRuleScrap(line: string): boolean {
  // A drawn grid's rule ("+----+-----+"), its crossings read as "4" and stretches of it as
  // letters: a run of dashes, or a "+" opening or closing the line.
  const grid = line.replace(/4(?=[ \t]*\S?-)|(?<=-\S?[ \t]*)4/g, '+');
  if (!/\d/.test(grid) && (/-{4,}/.test(grid) || /^\+|[ \t]\+$/.test(grid))) return true;
  if (/\d/.test(line)) return false;
  return SHORT_SCRAP.test(line) || (line.match(LONG_LETTER_RUN) ?? []).some((run) => TRIPLED_LETTER.test(run));
}

/**
 * Inside a pipe table (lines with two borders or more before and after, blank lines skipped),
 * OCR leaves a blank line between rows and reads the drawn rule under the header as a scrap
 * ("Jq]", "[=t"): the blank lines go, and the scrap is written as the rule "|---|". A gap before
 * a line that opens a new table (`opensTable`) is left as written: two tables stay two.
 */
function pipeTableGaps(text: string): string {
  const lines = text.split('\n');
  const kind = lines.map((l): 'blank' | 'piped' | 'scrap' | 'other' => {
    const t = l.trim();
    return t === '' ? 'blank' : PIPED.test(t) ? 'piped' : isRuleScrap(t) ? 'scrap' : 'other';
  });
  // For each line, the index of the next line that is neither blank nor a scrap (one pass from the end).
  const next: number[] = Array.from({ length: lines.length + 1 }, () => lines.length);
  for (let i = lines.length - 1; i >= 0; i--) next[i] = kind[i + 1] === 'piped' || kind[i + 1] === 'other' ? i + 1 : next[i + 1]!;
  const out: string[] = [];
  let prev = -1; // the last line that is neither blank nor a scrap
  let bridge: boolean | null = null; // decided once per gap
  lines.forEach((line, i) => {
    const k = kind[i];
    if (k === 'piped' || k === 'other') bridge = null;
    else if (bridge === null) {
      const j = next[i]!;
      let after = j + 1;
      while (after < lines.length && kind[after] === 'blank') after++;
      bridge = prev >= 0 && kind[prev] === 'piped' && kind[j] === 'piped' && !opensTable(lines[prev]!, lines[j]!, lines[after]);
    }
    if (k === 'blank' && bridge) return;
    if (k === 'scrap' && bridge) {
      out.push('|---|');
      return;
    }
    out.push(line);
    if (k === 'piped' || k === 'other') prev = i;
    else if (k === 'scrap') prev = -1;
  });
  return out.join('\n');
}

/**
 * A row of a pipe table whose first border the scan lost ("3 Tổ dân phố | 2 | 5 | 40") gets it
 * back when the row after it (blank lines skipped) opens with the next index and a pipe.
 */
function rowIndexPipe(line: string, at: number, all: string): string {
  const m = /^([ \t]*)(\d{1,3})[ \t]+(?=\p{Lu}[^|\n]*\|[^\n]*\|[^\n]*\|)/u.exec(line);
  if (!m) return line;
  const next = /^\s*(\d{1,3})[ \t]*\|/.exec(all.slice(at + line.length));
  if (!next || Number(next[1]) !== Number(m[2]) + 1) return line;
  return `${m[1]}${m[2]} | ${line.slice(m[0].length)}`;
}

/**
 * In a line of a pipe table (two pipes or more), a square or curly bracket that closes or opens
 * no pair on the line is a cell border OCR misread ("4 [ Cụm loa … | cụm | 12").
 */
function tableBorders(line: string): string {
  if (!/[[\]{}]/.test(line) || (line.match(/\|/g)?.length ?? 0) < 2) return line;
  if (/\[[^\]\n]*\]|\{[^}\n]*\}/.test(line)) return line;
  return line.replace(/[[\]{}]/g, '|');
}

export function analyzeText(
  rawText: string,
  opts?: { catalog?: ExtractionCatalog },
): { text: string; rawText: string; repaired: boolean; result: ExtractionResult } {
  const normal = normaliseText(rawText);
  let text = normal;
  let repaired = false;
  if (repair) {
    const r = repair.repairVietnamese(normal);
    text = r.text;
    repaired = r.changed;
  }
  // Unit names in running text take their official spelling once the document's province is
  // known (read from the issuer alone, as the extraction reads it); the text is then extracted
  // once, and every offset indexes the final text.
  const spelled = spellUnitNamesInText(text, extractIssuerOf(text, normal)?.province ?? null, normal);
  if (spelled !== text) {
    text = spelled;
    repaired = true;
  }
  const result = extractFromText(text, opts?.catalog, normal);
  return { text, rawText, repaired, result };
}
