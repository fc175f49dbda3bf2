// The phrasing bank (tests/fixtures/phrasings/*.json): sentences written from knowledge of
// Vietnamese administrative writing, each stating values of catalog indicators in a way a commune
// officer writes them, plus distractors that look alike but state no value of the indicator they
// are written against. Each case is wrapped in a minimal commune report and read by the whole
// text path (analyzeText), so the score says how the extractor meets phrasings it was not tuned on.
//
// A bank file is a JSON array of cases:
//   { "about": "CODE", "kind": "positive" | "distractor", "text": "…",
//     "facts": [{ "indicator", "value", "qualifier", "max" }], "context"?: "…",
//     "document"?: "report" | "plan" }
// `facts` lists every fact the text states (of any indicator); a distractor states none of its
// `about` indicator. `context` (a table header, a section heading) goes on the line before.
// `document: "plan"` wraps the case in a minimal plan (KẾ HOẠCH, …/KH-UBND) instead of a report:
// its body follows the plan's opening paragraph directly, so a case without a context is read as
// part of that opening paragraph, and a context heading ("II. MỤC TIÊU") opens a section.
// An OCR'd copy `<name>.ocr-eng.json` holds, per case and in the same order, the case's
// `context` + `text` rendered and read by Tesseract's English model (`{ "text", "ocr" }`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '#src/core/extraction/analyze-text.ts';
import {
  classifyFactErrors,
  compareSets,
  countFactErrors,
  factKey,
  prf,
  sumFactErrorCounts,
  type FactError,
  type FactErrorCounts,
  type Prf,
} from '#src/core/extraction/evaluate.ts';
import type { Qualifier } from '#src/core/extraction/extraction.types.ts';
import { minimalDocument } from './minimal-document.ts';

export const phrasingsDir = join(import.meta.dirname, '..', 'fixtures', 'phrasings');

export interface BankFact {
  indicator: string;
  value: number;
  qualifier: Qualifier;
  max: number | null;
}

export interface BankCase {
  about: string;
  kind: 'positive' | 'distractor';
  text: string;
  facts: BankFact[];
  context?: string;
  /** The document the case is wrapped in (a report unless "plan"). */
  document?: 'report' | 'plan';
}

/** Bank files (not their OCR'd copies), by name. */
export function bankFiles(): string[] {
  if (!existsSync(phrasingsDir)) return [];
  return readdirSync(phrasingsDir)
    .filter((f) => f.endsWith('.json') && !/\.ocr-[a-z0-9-]+\.json$/.test(f))
    .sort();
}

export function loadBank(file: string): BankCase[] {
  const raw = JSON.parse(readFileSync(join(phrasingsDir, file), 'utf8')) as unknown;
  const cases = (Array.isArray(raw) ? raw : (raw as { cases?: unknown }).cases) as BankCase[] | undefined;
  if (!Array.isArray(cases)) throw new Error(`${file}: not an array of cases`);
  cases.forEach((c, i) => {
    if (typeof c.text !== 'string' || !Array.isArray(c.facts)) throw new Error(`${file} #${i}: a case needs text and facts`);
  });
  return cases;
}

/** The OCR'd bodies of a bank file's cases, when the copy exists and matches the bank. */
export function loadOcr(file: string, variant = 'eng'): string[] | null {
  const path = join(phrasingsDir, file.replace(/\.json$/, `.ocr-${variant}.json`));
  if (!existsSync(path)) return null;
  const cases = loadBank(file);
  const ocr = JSON.parse(readFileSync(path, 'utf8')) as { text: string; ocr: string }[];
  if (ocr.length !== cases.length || ocr.some((o, i) => o.text !== caseBody(cases[i]!))) throw new Error(`${path}: out of date with ${file} (re-run scripts/ocr-phrasings.sh)`);
  return ocr.map((o) => o.ocr);
}

/** What goes into the report's body for a case: its context line(s), then its text. */
export function caseBody(c: BankCase): string {
  return c.context ? `${c.context}\n${c.text}` : c.text;
}

/** A minimal commune report (Decree 30 header, title, one section, signature) around a body. */
export function wrapInReport(body: string): string {
  const subject = 'Kết quả công tác tuyên truyền về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số';
  return minimalDocument({ number: '86/BC-UBND', title: 'BÁO CÁO', subject, opening: ['I. KẾT QUẢ THỰC HIỆN'] }, body);
}

/**
 * A minimal commune plan (Decree 30 header, KẾ HOẠCH title, an opening "Căn cứ" paragraph, no
 * section of its own, signature) around a body: the extractor reads it as kind = plan.
 */
export function wrapInPlan(body: string): string {
  const subject = 'Tuyên truyền về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số giai đoạn 2025 - 2030';
  const grounds = 'Căn cứ Kế hoạch số 45/KH-UBND ngày 10/9/2025 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã ban hành Kế hoạch như sau:';
  return minimalDocument({ number: '112/KH-UBND', title: 'KẾ HOẠCH', subject, opening: [grounds] }, body);
}

/** The whole document a case is read in: a plan when the case says so, else a report. */
export function wrapCase(c: BankCase, body: string): string {
  return c.document === 'plan' ? wrapInPlan(body) : wrapInReport(body);
}

export interface CaseResult {
  file: string;
  index: number;
  case: BankCase;
  predicted: string[];
  missed: string[];
  spurious: string[];
  /** Each wrong fact with its cause (see classifyFactErrors). */
  errors: FactError[];
}

export interface BankScore extends Prf {
  cases: number;
  /** Distractor cases that gave a fact of the indicator they were written against. */
  distractorHits: number;
  distractors: number;
  results: CaseResult[];
  /** Fact errors of all cases counted by cause. */
  factErrors: FactErrorCounts;
}

const keyOf = (f: BankFact): string => factKey(f);

/** Extracts every case (clean text, or its OCR'd copy when `ocr` is given) and scores the facts. */
export function scoreBank(file: string, ocr?: string[] | null): BankScore {
  const cases = loadBank(file);
  const results: CaseResult[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let distractorHits = 0;
  cases.forEach((c, index) => {
    const body = ocr ? ocr[index]! : caseBody(c);
    const { result, text } = analyzeText(wrapCase(c, body));
    const predicted = result.facts.map(keyOf);
    const cmp = compareSets(predicted, c.facts.map(keyOf));
    tp += cmp.tp;
    fp += cmp.fp;
    fn += cmp.fn;
    if (c.kind === 'distractor' && cmp.spurious.some((k) => k.startsWith(`${c.about}|`))) distractorHits++;
    // A bank fact has no evidence of its own: the case's text stands for it (a table case is a row).
    const errors = classifyFactErrors(result.facts, c.facts.map((f) => ({ ...f, evidence: { text: body } })), text);
    results.push({ file, index, case: c, predicted, missed: cmp.missed, spurious: cmp.spurious, errors });
  });
  const factErrors = sumFactErrorCounts(results.map((r) => countFactErrors(r.errors)));
  return { ...prf({ tp, fp, fn }), cases: cases.length, distractorHits, distractors: cases.filter((c) => c.kind === 'distractor').length, results, factErrors };
}
