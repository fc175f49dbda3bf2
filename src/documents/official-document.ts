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
