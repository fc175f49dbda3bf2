// The extraction contract: what reading one document produces (see docs/extraction.md).
// Every consumer (CLI extract, web upload, batch import, evaluation) uses these types.

export type DocumentKind = 'report' | 'plan' | 'unknown';
export type UnitLevel = 'xa' | 'phuong' | 'dac_khu' | 'tinh' | 'unknown';
export type Qualifier = 'exact' | 'approx' | 'at_least' | 'at_most' | 'range';

export interface Evidence {
  /** Offsets (UTF-16 code units, end exclusive) into DocumentExtraction.text. */
  start: number;
  end: number;
  text: string;
}

export interface Fact {
  indicator: string;
  value: number;
  qualifier: Qualifier;
  /** Upper bound when qualifier is 'range', else null. */
  max: number | null;
  evidence: Evidence;
}

export interface ExtractionResult {
  kind: DocumentKind;
  issuer: { name: string; unitName: string; unitLevel: UnitLevel; province: string | null } | null;
  number: string | null;
  /** ISO date YYYY-MM-DD. */
  date: string | null;
  signer: { name: string; title: string | null } | null;
  references: { number: string; date: string | null }[];
  facts: Fact[];
  targets: { year: number; value: number; unit: string; text: string }[];
  tasks: { title: string; lead: string | null; coordinating: string[]; timeframe: string | null }[];
  /** Recurring deadlines as MM-DD. */
  reportDeadlines: string[];
  difficulties: { theme: string; text: string }[];
  recommendations: { to: string; text: string }[];
}

/** What ingest + repair + extraction of one file returns. */
export interface DocumentExtraction {
  result: ExtractionResult;
  /** The text extraction ran on (after Vietnamese repair); evidence offsets index into it. */
  text: string;
  /** The text as read from the file (OCR output, text layer, DOCX body) before repair. */
  rawText: string;
  source: {
    format: 'text' | 'docx' | 'pdf-text' | 'pdf-scan' | 'image';
    bytes: number;
    encoding?: string;
    ocr?: { engine: 'tesseract-native' | 'tesseract.js'; pages: number };
    repaired: boolean;
  };
  warnings: string[];
}
