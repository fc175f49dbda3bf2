// The plain model of an official document (Decree 30/2020/NĐ-CP): who issues it, its number,
// place and date, type and subject, a body of blocks, recipients and signature. Builders
// (synthesis, a commune's report) produce this model; decree30.docx.ts renders it.

export type Block =
  | { kind: 'heading'; text: string; level: 1 | 2 }
  | { kind: 'paragraph'; text: string; italic?: boolean }
  | { kind: 'bullet'; text: string; note?: string }
  | { kind: 'quote'; text: string; source: string }
  | { kind: 'table'; columns: { title: string; width: number; align?: 'left' | 'center' | 'right' }[]; rows: TableRow[]; caption?: string };

export interface TableRow {
  cells: string[];
  /** A group heading spanning the whole row. */
  span?: boolean;
  bold?: boolean;
}

export interface OfficialDocument {
  /** Upright capitals above the issuing body, e.g. "UBND THÀNH PHỐ HẢI PHÒNG"; may be empty. */
  superiorBody: string;
  /** Bold capitals, e.g. "SỞ KHOA HỌC VÀ CÔNG NGHỆ". */
  issuingBody: string;
  /** "Số: 12/BC-SKHCN"; a blank number is left for the clerk: "Số:      /BC-SKHCN". */
  numberSymbol: string;
  place: string;
  /** ISO date, or null to leave day and month blank for signing. */
  date: string | null;
  year: number;
  /** "BÁO CÁO" */
  type: string;
  subject: string;
  body: Block[];
  recipients: string[];
  signature: { authority: string[]; name: string | null };
  /** Document properties. */
  title: string;
}

/** What both reports are about, as their subjects and closings say it. */
export const RESOLUTION_57_PROPAGATION = 'tuyên truyền, phổ biến Nghị quyết số 57-NQ/TW';

export function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/** The opening clause citing the request a report answers: "Thực hiện Văn bản số … về việc …, ". */
export function requestBasis(request: { number: string; issuedOn: string; subject: string }, formatDate: (iso: string) => string): string {
  return `Thực hiện Văn bản số ${request.number} ngày ${formatDate(request.issuedOn)} về việc ${lowerFirst(request.subject)}, `;
}

/**
 * The Decree 30 header of a report (Báo cáo): issuing bodies, "Số: …/<symbol>" with the number
 * left blank for the clerk unless given, place, date (null: blank for signing) and year.
 */
export function reportHeader(h: {
  superiorBody: string;
  issuingBody: string;
  /** "BC-UBND", "BC-SKHCN" */
  symbol: string;
  /** The full number, e.g. "12/BC-SKHCN"; omitted for a blank one. */
  number?: string | undefined;
  place: string;
  date: string | null;
  year: number;
}): Pick<OfficialDocument, 'superiorBody' | 'issuingBody' | 'numberSymbol' | 'place' | 'date' | 'year' | 'type'> {
  return {
    superiorBody: h.superiorBody,
    issuingBody: h.issuingBody,
    numberSymbol: `Số: ${h.number ?? `       /${h.symbol}`}`,
    place: h.place,
    date: h.date,
    year: h.year,
    type: 'Báo cáo',
  };
}

/**
 * A table of indicators under their group headings: a "TT" column numbered across groups and a
 * "Chỉ tiêu" column, then the given columns. Groups without rows are left out.
 */
export function indicatorTable(
  caption: string,
  nameWidth: number,
  columns: Extract<Block, { kind: 'table' }>['columns'],
  groups: { name: string; rows: { name: string; cells: string[] }[] }[],
): Extract<Block, { kind: 'table' }> {
  const rows: TableRow[] = [];
  let n = 0;
  for (const g of groups) {
    if (!g.rows.length) continue;
    rows.push({ cells: [g.name], span: true });
    for (const r of g.rows) rows.push({ cells: [String(++n), r.name, ...r.cells] });
  }
  return { kind: 'table', caption, columns: [{ title: 'TT', width: 6, align: 'center' }, { title: 'Chỉ tiêu', width: nameWidth }, ...columns], rows };
}
