// Whole text path for one document: normalise (NFC, line endings, control characters) →
// repair Vietnamese diacritics (when the repair module is present) → extract → unit names in
// the text spelled as in the gazetteer for the document's province (then extracted again).
// Synchronous; the repair module is loaded once when this module is imported.

import type { ExtractionResult } from './extraction.types.ts';
import { extractFromText, extractIssuerOf, type ExtractionCatalog } from './extract.ts';
import { spellUnitNamesInText } from './gazetteer.ts';
import { foldKeepLength } from './fold.ts';
import { opensTable } from './table-gaps.ts';
import { repair } from './repair-module.ts';


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
    // (Tesseract's Vietnamese model may read one slash as a slash and a fraction slash, "tháng 9/⁄2027".)
    .replace(/\/?[\u2044\u2215\uff0f]|[\u2044\u2215\uff0f]\//g, '/')
    // The Icelandic eth (Ð, ð) is no Vietnamese letter: Tesseract's Vietnamese model writes it
    // for Đ, often beside the Đ it also read ("112-NQ/ĐÐU" for "112-NQ/ĐU"), a pair that is one letter.
    .replace(/ĐÐ|ÐĐ|Ð/g, 'Đ')
    .replace(/đð|ðđ|ð/g, 'đ')
    // A document code the page broke after a hyphen ("Kế hoạch số 163/KH-⏎UBND ngày …", "Nghị
    // quyết số 57-⏎NQ/TW") is whole again on the first line; the next line goes on after it.
    .replace(/(?<=(?<![\p{L}\d/])\d{1,5}(?:\/[\p{Lu}&]{1,12})?-)[ \t]*\n[ \t]*(\p{Lu}[\p{Lu}\d]*(?:[/-][\p{Lu}\d]+)*[,.;:)"”’]*)(?:[ \t]+|(?=\n|$))/gu, '$1\n')
    // An apostrophe between capitals inside a document code is a speck ("SXD-Q'LXD").
    .replace(/(?<=[\d/-][\p{Lu}-]*\p{Lu})['’](?=\p{Lu})/gu, '')
    // A grid drawn with box-drawing characters ("│ 1 │ … │", "├───┼───┤") is a ruled table:
    // its vertical strokes are the "|" of a pipe table, its rule lines a "+---+" rule.
    .replace(/[\u2502\u2503\u2551\u2506\u2507\u250a\u250b]/g, '|')
    .replace(/^[ \t]*[\u2500-\u257f][\u2500-\u257f \t]*$/gmu, (rule) => rule.trim().replace(/[\u2500\u2501\u2550\u2504\u2505\u2508\u2509\u254c\u254d]/g, '-').replace(/[\u2500-\u257f]/g, '+'))
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
    // … also when the scan read a star of the opening mark as "#" ("| *#12** |").
    .replace(/(?<=[|¦][ \t]*)(?:\*#|#\*)(?=\d)([^*\n]*?\S)\*\*/g, '$1')
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
    .replace(/^.*\d.*$/gmu, figureLookalikes)
    // Tesseract's Vietnamese model reads the raised 2 of "km²" as ")" ("diện tích 9,5 km), có"): a
    // bracket closing after an area unit that no bracket opened (within the paragraph) is the 2.
    .replace(/(?<=\d[ \t]?)(k?m)\)/g, (m: string, unit: string, at: number, all: string) => (bracketOpenAt(all, at) ? m : `${unit}2`))
    // Tesseract's Vietnamese model reads a cell border as "J": alone beside a border ("|| J Kế
    // hoạch |", the upper row's empty cells), or glued to the figure after another ("| 10 | 7 J70
    // |"). (Only on a line of a pipe table: "J" opens names, "Jrai".)
    .replace(/^.*[|¦].*[|¦].*$/gmu, (line) => line.replace(/(?<=[|¦][ \t]*)J(?=[ \t]+\S)|(?<=\d[ \t]+)J(?=\d)/gu, (j, at: number, l: string) => (/\d/.test(l.charAt(at + 1)) ? '| ' : '|')))
    // … and the opening borders of a row as letters ("lỊ Tổng cộng | | 12 |", "l Thôn A | 3 |")
    // under a row that opens with a border (blank lines skipped).
    .replace(/^.*$/gmu, (line, at: number, all: string) => rowOpenerBorders(line, at, all))
    // A header whose index cell ran into the title cell ("| STT Tên nhiệm vụ | Người phụ trách |")
    // gets the border back, so the rows' cells sit under their names.
    .replace(/^.*\|.*\|.*$/gmu, (line) => {
      const m = INDEX_INTO_TITLE.exec(foldKeepLength(line));
      return m ? `${line.slice(0, m[0].length)} |${line.slice(m[0].length)}` : line;
    })
    // A border glued to a cell's word or figure ("… cụm loa| 4 |", "|S6 hộ |") gets its space back,
    // so the repair reads the word whole.
    .replace(/^.*[|¦].*[|¦].*$/gmu, (line) => line.replace(/(?<=\d)[ \t]?=(?=[|¦])/gu, ' ').replace(/(?<=[\p{L}\d%)])(?=[|¦])/gu, ' ').replace(/(?<=[|¦])(?=[\p{L}\d(])/gu, ' '))
    .replace(/^.*$/gmu, (line, at: number, all: string) => rowIndexPipe(line, at, all));
  return mergedFigureCells(pipeTableGaps(text));
}

/** A header cell naming a period ("Tháng 7", "T8", "Quý III", "Năm 2025"), folded. */
const PERIOD_HEAD = /^(?:th[a4]ng \d{1,2}(?:\/\d{4})?|t\d{1,2}|qu[yi] [ivx]{1,4}|n[a4]m \d{4})$/;
/** A header cell naming the sum of the periods before it, folded. */
const SUM_HEAD = /^(?:tong ?cong|tong|cong|ca n[a4]m)$/;

/**
 * Under a header of periods closed by their sum ("Nội dung | T7 | T8 | T9 | Cộng"), the figures
 * of a row that the scan ran together (Tesseract's Vietnamese model drops the borders between
 * small figures or reads them as "1": "| 4 | 7 | 6 | 11 | 8 | 36" → "| 4| 7|6| 11836") are split
 * back into their cells when exactly one way of cutting the run, each cut dropping a "1" or not,
 * gives as many figures as the header has columns and periods that add up to the sum. A row that
 * reads as many figures as the header has columns is left as written.
 */
function mergedFigureCells(text: string): string {
  const lines = text.split('\n');
  let periods = 0; // period columns before the sum in the header in force, 0 for none
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (!line.includes('|')) {
      if (LETTER.test(line)) periods = 0;
      continue;
    }
    const cells = foldKeepLength(line).split('|').map((c) => c.trim().replace(/\s+/g, ' ')).filter((c, k, all) => c !== '' || (k > 0 && k < all.length - 1));
    if (cells.length >= 3 && SUM_HEAD.test(cells.at(-1)!)) {
      let k = 0;
      while (k < cells.length - 1 && PERIOD_HEAD.test(cells[cells.length - 2 - k]!)) k++;
      periods = k >= 2 ? k : 0;
      continue;
    }
    if (periods === 0) continue;
    // A row short of figures whose sum the page moved alone to the next line ("… | 37 | 29" ⏎ "128").
    const next = lines[i + 1];
    // (Joined only when the figures then add up.)
    if (next !== undefined && /^[ \t]*\d[\d.,]*[ \t]*$/.test(next) && (/[^\p{L}]*$/u.exec(line)![0].match(/[\d.,]+/g) ?? []).length <= periods) {
      const joined = splitMergedFigures(`${line.trimEnd()} | ${next.trim()}`, periods, true);
      if (joined) {
        lines[i] = joined;
        lines.splice(i + 1, 1);
        continue;
      }
    }
    lines[i] = splitMergedFigures(line, periods) ?? line;
  }
  return lines.join('\n');
}

/**
 * A row's figures after its last letter, cut back into `periods` + 1 cells that add up (see
 * mergedFigureCells). When several cuts add up they must agree on the sum, the figure the header
 * reports; the periods' cells are then the likeliest cut: fewest "1" taken for borders, then the
 * most even figures ("11836" under five periods after 4, 7, 6: 11 | 8 | 36 rather than 1 | 18 | 36).
 */
function splitMergedFigures(line: string, periods: number, whole = false): string | null {
  const tail = /[^\p{L}]*$/u.exec(line)!;
  const runs = tail[0].match(/[\d.,]+/g) ?? [];
  // (A run of more than twelve digits is no row of small counts, and would take long to cut.)
  if (runs.length === 0 || runs.length > periods + (whole ? 1 : 0) || runs.some((r) => r.length > 12) || /[^\d\s|¦[\]{}.,]/.test(tail[0]) || runs.some((r) => !/^\d+$|^\d{1,3}(?:\.\d{3})+$/.test(r))) return null;
  const want = periods + 1;
  const sums: { figures: number[]; dropped: number }[] = [];
  // Depth-first over the runs' digits: at each digit the figure goes on, or ends there (the next
  // "1" possibly a border); a run's end always ends a figure, a grouped figure ("2.192") is one.
  // (Bounded: a hostile row of long runs gives up rather than trying every cut.)
  let budget = 20_000;
  const figures: number[] = [];
  const walk = (r: number, i: number, open: string, dropped: number): void => {
    if (--budget < 0 || sums.length > 50 || figures.length + (open ? 1 : 0) > want) return;
    if (r === runs.length) {
      if (figures.length === want && figures.slice(0, -1).reduce((a, b) => a + b, 0) === figures.at(-1)) sums.push({ figures: [...figures], dropped });
      return;
    }
    const run = runs[r]!;
    if (!/^\d+$/.test(run)) {
      figures.push(Number(run.replace(/\./g, '')));
      walk(r + 1, 0, '', dropped);
      figures.pop();
      return;
    }
    const piece = open + run.charAt(i);
    if (i === run.length - 1) {
      figures.push(Number(piece));
      walk(r + 1, 0, '', dropped);
      figures.pop();
      return;
    }
    // (A figure of two digits or more opens with no 0.)
    if (piece !== '0') walk(r, i + 1, piece, dropped);
    figures.push(Number(piece));
    walk(r, i + 1, '', dropped);
    if (run.charAt(i + 1) === '1' && i + 2 < run.length) walk(r, i + 2, '', dropped + 1);
    figures.pop();
  };
  walk(0, 0, '', 0);
  if (budget < 0 || sums.length === 0 || sums.length > 50 || sums.some((c) => c.figures.at(-1) !== sums[0]!.figures.at(-1))) return null;
  const spread = (f: number[]): number => Math.max(...f.slice(0, -1));
  const best = sums.reduce((a, b) => (b.dropped < a.dropped || (b.dropped === a.dropped && spread(b.figures) < spread(a.figures)) ? b : a));
  return `${line.slice(0, tail.index).trimEnd()} | ${best.figures.join(' | ')} |`;
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

// (Patterns with \p{…} outside a character class are kept in constants: the TypeScript loader
// (esbuild) turns such a literal into a `new RegExp(…)` call, built again at every call.)
const LETTER = /\p{L}/u;
const LETTERS = /\p{L}/gu;
const INDEX_BEFORE_PIPES = /^([ \t]*)(\d{1,3})[ \t]+(?=\p{Lu}[^|\n]*\|[^\n]*\|[^\n]*\|)/u;
const ENDS_IN_LETTER = /\p{L}$/u;
/** Ends with a border ("… | 12 |", spaces after it allowed). */
const ENDS_IN_BORDER = /\|[ \t]*$/;
/** A figure ("1.375", "98,5 %") and the spaces after it. */
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
  // (Broken inside a cell, the next part may open with the border it lost: "| 2 | … | 108,4" ⏎ "| |".)
  if ((ENDS_IN_BORDER.test(before) && /^[ \t]*[|¦]/.test(line)) || !ENDS_IN_BORDER.test(line) || line.length > 200) return false;
  const m = pipeCount(line);
  // The table's next line with borders (blank lines and rule scraps skipped), within a few lines;
  // its borders as the scan reads them ("87,5] 1|") are counted too.
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
 * of their own, a blank line between ("| 2 | … | 108,4" ⏎ ⏎ "| |"): both line breaks go.
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
  // The rule's dashes read as dashes, equals signs and a few letters, as Tesseract's Vietnamese
  // model leaves it ("=—— Irc=-=ae |"): four marks or more, and at least half as many as letters.
  const marks = line.match(/[-—–=~_]/g)?.length ?? 0;
  if (marks >= 4 && marks * 2 >= (line.match(LETTERS)?.length ?? 0)) return true;
  // (A short line with one letter three times running is a scrap too: "bbb", "-eee-".)
  return SHORT_SCRAP.test(line) || (line.length <= 12 && TRIPLED_LETTER.test(line)) || (line.match(LONG_LETTER_RUN) ?? []).some((run) => TRIPLED_LETTER.test(run));
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
  const m = INDEX_BEFORE_PIPES.exec(line);
  if (!m) return line;
  const next = /^\s*(\d{1,3})[ \t]*\|/.exec(all.slice(at + line.length));
  if (!next || Number(next[1]) !== Number(m[2]) + 1) return line;
  return `${m[1]}${m[2]} | ${line.slice(m[0].length)}`;
}

/** Letters the scan reads for a digit inside a figure ("G7" for 67, "5D" for 50, "l2" for 12). */
const DIGIT_LOOKALIKES: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', l: '1', I: '1', Z: '2', G: '6', B: '8' };
/** A cell of a row's closing run of figures: digits, at most one look-alike letter among them. */
const FIGURE_OR_LOOKALIKE = /^[+\-–]?(?=[^\d]*\d)(?:\d|[.,](?=\d))*[ODQolIZGB]?(?:\d|[.,](?=\d))*%?$/;

/**
 * The figures closing a row (three or more, after its label) in which the scan read one digit of
 * a figure as a look-alike letter ("Băng rôn 20 35 12 G7", "Pa nô 5D 40 -15"): the letter is
 * the digit again, so the row keeps its columns. Two true figures at least stand in the run; a
 * word of letters only ("OA", "Zalo") ends it, and a letter beside a digit elsewhere ("5G", "s6",
 * "T7") is no look-alike.
 */
function figureLookalikes(line: string): string {
  const tokens = line.split(/([ \t]+)/);
  let first = tokens.length;
  for (let k = tokens.length - 1; k >= 0; k -= 2) {
    if (tokens[k] === '' && k === tokens.length - 1) continue;
    if (!FIGURE_OR_LOOKALIKE.test(tokens[k]!)) break;
    first = k;
  }
  const run = tokens.slice(first).filter((t, k) => k % 2 === 0 && t !== '');
  const spoiled = run.filter((t) => /[ODQolIZGB]/.test(t));
  if (first === 0 || run.length < 3 || spoiled.length === 0 || run.length - spoiled.length < 2) return line;
  for (let k = first; k < tokens.length; k += 2) tokens[k] = tokens[k]!.replace(/[ODQolIZGB]/, (c) => DIGIT_LOOKALIKES[c]!);
  return tokens.join('');
}

/** Whether a bracket opened before `at` (within its paragraph, 300 characters at most) is still open there. */
function bracketOpenAt(all: string, at: number): boolean {
  let from = Math.max(0, at - 300);
  const blank = all.lastIndexOf('\n\n', at);
  if (blank >= from) from = blank;
  const before = all.slice(from, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** An index cell ("STT", "TT") and the title cell after it with no border between (folded): the index part. */
const INDEX_INTO_TITLE = /^[ \t]*\|?[ \t]*s?tt(?=[ \t]+(?:n[o0][i1] dung|nh[i1]em v[u]|c[o0]ng vi[e]c|chi tieu|ten (?:nhiem vu|chi tieu|cong viec|don vi))(?![a-z]))/;

/** One or two letters the scan read for the opening borders of a row, then a cell that is no border. */
const LETTER_BORDERS = /^([ \t]*)([lIỊịỈỉ]{1,2})(?=[ \t]+[^|¦\s][^\n]*[|¦][^\n]*[|¦])/u;

/**
 * A row of a pipe table whose opening borders Tesseract's Vietnamese model read as letters ("lỊ
 * Tổng cộng | | 54 |" for "| | Tổng cộng | | 54 |"): they are borders again when the row before it
 * (blank lines skipped) opens with a border. A row opening with a cell of its own ("I | Kết quả
 * |", a Roman numeral) is left alone.
 */
function rowOpenerBorders(line: string, at: number, all: string): string {
  const m = LETTER_BORDERS.exec(line);
  if (!m || at === 0) return line;
  let end = at - 1;
  let before = '';
  while (end > 0) {
    const start = all.lastIndexOf('\n', end - 1) + 1;
    before = all.slice(start, end);
    if (before.trim() !== '') break;
    end = start - 1;
  }
  if (!/^[ \t]*[|¦]/.test(before) || pipeCount(before) < 2) return line;
  return `${m[1]}${'|'.repeat(m[2]!.length)}${line.slice(m[0].length)}`;
}

/**
 * In a line of a pipe table (two pipes or more), a square or curly bracket that closes or opens
 * no pair on the line is a cell border OCR misread ("4 [ Cụm loa … | cụm | 12").
 */
function tableBorders(line: string): string {
  if (!/[[\]{}]/.test(line) || (line.match(/\|/g)?.length ?? 0) < 2) return line;
  if (/\[[^\]\n]*\]|\{[^}\n]*\}/.test(line)) return line;
  // (Not a square bracket right after a quarter's word: it is a stroke of its numeral, "Quý [1/2027".)
  return line.replace(/(?<!(?<![\p{L}])[Qq]u[yýỳỷỹ]\s{1,2})[[\]{}]/gu, '|');
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
  // The extraction reads prose lines the scan wrapped as one line (same length: offsets hold).
  // The document's own text is joined at the same line breaks: a reader that goes back to its
  // lines (the signer's name read again from the scan's words) finds them where the text has them.
  const ends = wrappedLineEnds(text);
  const source = ends.length > 0 && lineCount(normal) === lineCount(text) ? joinLinesAt(normal, ends) : normal;
  const result = extractFromText(joinLinesAt(text, ends), opts?.catalog, source);
  return { text, rawText, repaired, result };
}

/**
 * A paragraph the page wrapped, as a scan gives it, back on one line: a line break becomes a space
 * where a full-width line (three quarters of the document's long lines or more) stops inside a
 * sentence (on a letter, figure or comma) and the next line goes on in lower case. A document
 * typed in a word processor holds each paragraph on one line, and the readers of cues and phrases
 * expect that ("lũy⏎kế từ đầu năm", "cho 80% đoàn⏎viên thanh niên" lose their cue across the break).
 * Not joined: table rows (borders, tabs, or two figures at the end), a line before a table row (a
 * header's wrapped cell, which the table readers join themselves), short lines (headings, cells),
 * a next line opening with a list letter ("a)", "b.").
 */
export function joinWrappedLines(text: string): string {
  return joinLinesAt(text, wrappedLineEnds(text));
}

/** The lines of `text` (by index) whose line break joinWrappedLines makes a space. */
export function wrappedLineEnds(text: string): number[] {
  const lines = text.split('\n');
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 0).sort((x, y) => x - y);
  const full = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  // The first non-blank line after each line, found once from the end (not searched per line).
  const nextFilled: string[] = new Array<string>(lines.length);
  let filled = '';
  for (let i = lines.length - 1; i >= 0; i--) {
    nextFilled[i] = filled;
    const l = lines[i] ?? '';
    if (l.trim() !== '') filled = l;
  }
  const ends: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i] ?? '';
    const b = lines[i + 1] ?? '';
    const after = nextFilled[i + 1] ?? '';
    const join =
      a.trimEnd().length >= 0.75 * full &&
      /[\p{L}\d,]\s*$/u.test(a) &&
      LOWER_OPENING.test(b) &&
      ![a, b].some((l) => TABLE_LINE.test(l) || FIGURES_AT_END.test(l)) &&
      !FIGURES_AT_END.test(after);
    if (join) ends.push(i);
  }
  return ends;
}

/** `text` with the line breaks after the lines given (by index, ascending) made spaces: same length. */
function joinLinesAt(text: string, ends: readonly number[]): string {
  if (ends.length === 0) return text;
  let out = '';
  let from = 0;
  let k = 0;
  for (let at = text.indexOf('\n'), line = 0; at >= 0 && k < ends.length; at = text.indexOf('\n', at + 1), line++) {
    if (line !== ends[k]) continue;
    out += `${text.slice(from, at)} `;
    from = at + 1;
    k++;
  }
  return out + text.slice(from);
}

function lineCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
}
const TABLE_LINE = /[|\t│┃]/;
const LOWER_OPENING = /^\s*\p{Ll}(?![).])/u;
const FIGURES_AT_END = /\d[\d.,]*%?\s+\d[\d.,]*%?\s*$/;
