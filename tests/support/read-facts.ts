// The facts the extractor reads in an invented body, as strings, for the unit tests of
// src/core/extraction: "INDICATOR=value", then ":qualifier" unless exact, then "-max" of a range.
// The body goes into a bare document (a title word, a subject line, the body) unless the test
// gives a whole document of its own.
import assert from 'node:assert/strict';
import { analyzeText } from '#src/core/extraction/analyze-text.ts';
import { extractFromText } from '#src/core/extraction/extract.ts';
import type { Fact } from '#src/core/extraction/extraction.types.ts';

export interface FactsOptions {
  /** The title word of the bare document: "BÁO CÁO" (default), "KẾ HOẠCH", "BAO CAO". */
  title?: string;
  /** Its subject line: "Về việc thử nghiệm" unless given. */
  subject?: string;
  /** A whole document around the body, in place of the bare one. */
  document?: (body: string) => string;
  /** Read by the whole text path (analyzeText: normalisation and OCR repair first), not by extractFromText alone. */
  wholePath?: boolean;
  /** What a fact prints: "value" (INDICATOR=value), "qualifier" (and ":at_least" unless exact), "range" (and "-max" too; the default). */
  print?: 'value' | 'qualifier' | 'range';
  /** Facts in sorted order, and in checkFacts the expected ones too (for tests where order says nothing). */
  sort?: boolean;
}

/** Sentences (or bodies), each with the facts it must give. */
export type FactCases = [string, string[]][];

export function factStrings(facts: Fact[], opts: FactsOptions = {}): string[] {
  const print = opts.print ?? 'range';
  const out = facts.map((f) => {
    const qualifier = print !== 'value' && f.qualifier !== 'exact' ? `:${f.qualifier}` : '';
    const max = print === 'range' && f.max !== null ? `-${f.max}` : '';
    return `${f.indicator}=${f.value}${qualifier}${max}`;
  });
  return opts.sort ? out.sort() : out;
}

export function readFacts(body: string, opts: FactsOptions = {}): string[] {
  const text = opts.document ? opts.document(body) : `${opts.title ?? 'BÁO CÁO'}\n${opts.subject ?? 'Về việc thử nghiệm'}\n\n${body}\n`;
  return factStrings(opts.wholePath ? analyzeText(text).result.facts : extractFromText(text).facts, opts);
}

export function checkFacts(cases: FactCases, opts: FactsOptions = {}): void {
  for (const [sentence, expected] of cases) assert.deepEqual(readFacts(sentence, opts), opts.sort ? [...expected].sort() : expected, sentence);
}
