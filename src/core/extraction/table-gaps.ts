// Where a blank line between two pipe-table lines ends one table and opens another: shared by
// the normalisation (which drops the blank lines OCR puts between rows) and the table readers.

/** A drawn rule under a header as written ("|---|---|", "--- | :---:"). */
const DRAWN_RULE = /^[|¦]?[ \t]*:?-{3,}:?[ \t]*(?:[|¦][ \t]*:?-{3,}:?[ \t]*)*[|¦]?$/;

/** The cells of a pipe-table line, without the empty ones outside its first and last border. */
function cells(line: string): string[] {
  return line.trim().replace(/^[|¦]/, '').replace(/[|¦]$/, '').split(/[|¦]/).map((c) => c.trim());
}

/**
 * Whether the pipe-table line `first` after a gap opens a new table rather than going on with the
 * rows before it (`before`, the last line above the gap): a drawn rule follows it (`after`, the
 * next non-blank line), or it reads as a header row under a row of figures (a cell after the label opening with a figure) — no figure in it,
 * every cell filled and opening with a capital. A change in the number of cells alone is no
 * evidence: the scan loses and adds borders on the rows of one table (about a quarter of the
 * blank lines OCR leaves inside tables fall between rows with different counts).
 */
export function opensTable(before: string, first: string, after: string | undefined): boolean {
  if (after !== undefined && DRAWN_RULE.test(after.trim())) return true;
  // (A figure opens its cell; a year alone is a column label, "| Chỉ tiêu | 2026 |".)
  const figures = cells(before).slice(1).some((c) => /^[-+]?\d/.test(c) && !/^(?:19|20)\d\d$/.test(c));
  if (/\d/.test(first) || !figures) return false;
  const cs = cells(first);
  return cs.length >= 2 && cs.every((c) => /^\p{Lu}/u.test(c));
}
