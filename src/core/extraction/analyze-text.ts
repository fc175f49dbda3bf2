// Whole text path for one document: normalise (NFC, line endings, control characters) →
// repair Vietnamese diacritics (when the repair module is present) → extract → unit names in
// the text spelled as in the gazetteer for the document's province (then extracted again).
// Synchronous; the repair module is loaded once when this module is imported.

import type { ExtractionResult } from './extraction.types.ts';
import { extractFromText, type ExtractionCatalog } from './extract.ts';
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
    // Tesseract's Vietnamese model often puts a blank line inside a wrapped sentence ("với tổng
    // số⏎⏎148 thành viên", "lượt truy⏎⏎cập"); a blank line is a clause end, so it is dropped when
    // the line before ends in a lower-case word or a comma and the next goes on in lower case
    // (or with a count followed by a lower-case word), i.e. the sentence clearly runs on.
    // (A word ending in a digit is a letter the English model misread: "tong s6⏎⏎148 thanh vien".)
    .replace(/(?<=[\p{Ll},]|\p{Ll}\d)[ \t]*\n[ \t]*\n(?=[ \t]*(?:\p{Ll}(?![).])|\d[\d.,]*[ \t]+\p{Ll}))/gu, '\n')
    // A guillemet or copyright sign glued to a figure is a speck the scan read ("xã tin, bài «51").
    .replace(/(?<=\s)[«»©®](?=\d)/g, ' ')
    // A month's number run into its word by the scan ("Thang5", a column label) is split off;
    // the repair would read the digit as a letter.
    .replace(/(?<!\p{L})(th[aáàảãạ4]ng)(?=\d{1,2}(?!\d))/giu, '$1 ')
    // A row index OCR'd with a mark after it ("4_ Tin, bài …") is the bare index.
    // A header cell of a pipe table wrapped to the next line ("… cài đặt ứng⏎dụng | Số hộ …")
    // is joined back to its row.
    .replace(/(?<=\|[^\n|]*\|[^\n|]*\p{L})\n(?=\p{Ll}[^\n]*\|)/gu, ' ')
    // … also when the wrapped part is the last cell and so holds no border ("… | Tỷ⏎lệ so với
    // KH (%)"): a short lower-case line (its l may be read as 1, "1ệ") after a header line broken
    // inside a word run, followed (blank lines skipped) by a row of the table.
    .replace(/(?<=\|[^\n|]*\|[^\n|]*\|[^\n|]*\p{L})\n(?=(?:\p{Ll}|1\p{Ll})[^\n|]{0,40}\n(?:[ \t]*\n)*[^\n]*\|[^\n]*\|)/gu, ' ')
    // A row's last value wrapped alone to the next line ("… | 150 | 212 |⏎141,3"), with a row or
    // a blank line after it, goes back to its row; so do its last cells of figures when the row
    // opens with a border and they do not ("| 9 | … | 1.000 |⏎1.148 | 114,8 |").
    .replace(/(?<=\|[^\n]*\|[^\n]*\|[ \t]*)\n(?=[ \t]*\d[\d.,]*[ \t]*%?[ \t]*\|?[ \t]*(?:\n|$))/gu, ' ')
    .replace(/(?<=^[ \t]*\|[^\n]*\|[^\n]*\|[ \t]*)\n(?=[ \t]*\d[\d.,]*[ \t]*%?[ \t]*(?:\|[ \t]*\d[\d.,]*[ \t]*%?[ \t]*)*\|[ \t]*(?:\n|$))/gmu, ' ')
    .replace(/^([ \t]*\d{1,3})_(?=[ \t]+\p{Lu})/gmu, '$1 ')
    // On a line with no table (one pipe only), a pipe opening a lower-case word is an l the scan
    // read as a stroke ("12 |p tại các thôn": lớp).
    .replace(/^[^|\n]*\|[^|\n]*$/gmu, (line) => line.replace(/(?<=\s)\|(?=\p{Ll})/u, 'l'))
    // An underscore between lower-case letters is a space the scan filled ("xa_tin, bai"), except
    // in an address or a file name ("ubnd_xa@…", "bao_cao.pdf").
    .replace(/[^\s]*\p{Ll}_\p{Ll}[^\s]*/gu, (tok) => (/[@/:]|\.\p{L}/u.test(tok) ? tok : tok.replace(/(?<=\p{Ll})_(?=\p{Ll})/gu, ' ')))
    .replace(/^.*$/gmu, tableBorders)
    // A border glued to a cell's word or figure ("… điện ttr| 1 |", "|T6ng |") gets its space back,
    // so the repair reads the word whole.
    .replace(/^.*[|¦].*[|¦].*$/gmu, (line) => line.replace(/(?<=[\p{L}\d%)])(?=[|¦])/gu, ' ').replace(/(?<=[|¦])(?=[\p{L}\d(])/gu, ' '))
    .replace(/^.*$/gmu, (line, at: number, all: string) => rowIndexPipe(line, at, all));
  return pipeTableGaps(text);
}

/** A line with two cell borders or more. */
const PIPED = /[|¦][^\n|¦]*[|¦]/;
/**
 * The rule under a header as OCR garbles it: a short scrap of marks and one- or two-letter bits
 * ("Jf}", "[=f fb", "~~", with one border at most: "[|b", "|"), or a long run of letters no word
 * has, the rule's dashes read one by one ("fpssssaefevee…"). (Tested after PIPED.)
 */
const RULE_SCRAP = /^(?!.*\d)(?:(?!.*\p{L}{3}).{1,12}|.*\p{L}{16}.*)$/u;

/**
 * Inside a pipe table (lines with two borders or more before and after, blank lines skipped),
 * OCR leaves a blank line between rows and reads the drawn rule under the header as a scrap
 * ("Jf}", "[=f"): the blank lines go, and the scrap is written as the rule "|---|". A gap before
 * a line that opens a new table (`opensTable`) is left as written: two tables stay two.
 */
function pipeTableGaps(text: string): string {
  const lines = text.split('\n');
  const kind = lines.map((l): 'blank' | 'piped' | 'scrap' | 'other' => {
    const t = l.trim();
    return t === '' ? 'blank' : PIPED.test(t) ? 'piped' : RULE_SCRAP.test(t) ? 'scrap' : 'other';
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
 * A row of a pipe table whose first border the scan lost ("1 Bản Đông | 1 | 6 | 150") gets it
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
 * no pair on the line is a cell border OCR misread ("2 [ Tin, bài … | tin, bài | 63").
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
  let result = extractFromText(text, opts?.catalog, normal);
  // Unit names in running text take their official spelling once the document's province is
  // known; the text changes, so it is extracted again and every offset indexes the final text.
  const spelled = spellUnitNamesInText(text, result.issuer?.province ?? null, normal);
  if (spelled !== text) {
    text = spelled;
    repaired = true;
    result = extractFromText(text, opts?.catalog, normal);
  }
  return { text, rawText, repaired, result };
}
