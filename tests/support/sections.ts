// The sections bank (tests/fixtures/sections/*.json): list sections of commune reports and plans
// (difficulties, recommendations, targets, tasks, reporting deadlines) written from knowledge of
// Vietnamese administrative writing, each with the items it states. Each case is wrapped in a
// minimal document of its kind (report or plan) and read by the whole text path (analyzeText);
// only the list the case is about is scored, with the keys the document evaluation uses
// (evaluate.ts `listKeys`), so the score says how the list readers meet forms they were not
// tuned on.
//
// A bank file is a JSON array of cases (or `{ "cases": [...] }`):
//   { "kind": "report" | "plan", "about": "<list field>", "text": "section text with its heading",
//     "gold": { "<about>": [items in the contract shape] } }
// An OCR'd copy `<name>.ocr-eng.json` holds, per case and in the same order, the case's text
// rendered and read by Tesseract's English model (`{ "text", "ocr" }`, as for the phrasing bank).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '#src/core/extraction/analyze-text.ts';
import { compareSets, goldSchema, listKeys, prf, sumCounts, type GoldResult, type ListField, type Prf } from '#src/core/extraction/evaluate.ts';
import { minimalDocument } from './minimal-document.ts';

export const sectionsDir = join(import.meta.dirname, '..', 'fixtures', 'sections');

export const sectionFields = ['targets', 'tasks', 'reportDeadlines', 'difficulties', 'recommendations'] as const satisfies readonly ListField[];
export type SectionField = (typeof sectionFields)[number];

export interface SectionCase {
  kind: 'report' | 'plan';
  about: SectionField;
  text: string;
  /** The case's list in the contract shape (only `about` is read). */
  gold: Partial<Pick<GoldResult, SectionField>>;
}

/** Bank files (not their OCR'd copies), by name. */
export function sectionFiles(dir = sectionsDir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !/\.ocr-[a-z0-9-]+\.json$/.test(f))
    .sort();
}

/** Checks one case's shape; the gold list is checked against the contract's item schema. */
export function checkCase(c: unknown, where: string): SectionCase {
  const k = c as Partial<SectionCase>;
  if (k.kind !== 'report' && k.kind !== 'plan') throw new Error(`${where}: kind must be report or plan`);
  if (!sectionFields.includes(k.about as SectionField)) throw new Error(`${where}: about must be one of ${sectionFields.join(', ')}`);
  if (typeof k.text !== 'string' || k.text.trim() === '') throw new Error(`${where}: a case needs text`);
  if (typeof k.gold !== 'object' || k.gold === null || !Array.isArray((k.gold as Record<string, unknown>)[k.about!])) {
    throw new Error(`${where}: gold.${String(k.about)} must be a list`);
  }
  const field = k.about as SectionField;
  const parsed = goldSchema.shape[field].safeParse((k.gold as Record<string, unknown>)[field]);
  if (!parsed.success) throw new Error(`${where}: gold.${field} is not in the contract shape: ${parsed.error.issues[0]?.message ?? ''}`);
  return { kind: k.kind, about: field, text: k.text, gold: { [field]: parsed.data } };
}

export function loadSections(file: string, dir = sectionsDir): SectionCase[] {
  const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
  const cases = (Array.isArray(raw) ? raw : (raw as { cases?: unknown }).cases) as unknown[] | undefined;
  if (!Array.isArray(cases)) throw new Error(`${file}: not an array of cases`);
  return cases.map((c, i) => checkCase(c, `${file} #${i}`));
}

/** The OCR'd texts of a bank file's cases, when the copy exists and matches the bank. */
export function loadSectionsOcr(file: string, variant = 'eng', dir = sectionsDir): string[] | null {
  const path = join(dir, file.replace(/\.json$/, `.ocr-${variant}.json`));
  if (!existsSync(path)) return null;
  const cases = loadSections(file, dir);
  const ocr = JSON.parse(readFileSync(path, 'utf8')) as { text: string; ocr: string }[];
  if (ocr.length !== cases.length || ocr.some((o, i) => o.text.trim() !== cases[i]!.text.trim())) {
    throw new Error(`${path}: out of date with ${file} (the OCR copy must hold one { text, ocr } per case, in order)`);
  }
  return ocr.map((o) => o.ocr);
}

/**
 * A minimal document of the case's kind around a section: the Decree 30 header, a number with
 * the kind's symbol (BC / KH), a date in 2025, the title word (`BÁO CÁO` / `KẾ HOẠCH`) and a
 * subject line, the section, then the recipients and the signature.
 */
export function wrapSection(kind: SectionCase['kind'], body: string): string {
  return kind === 'plan'
    ? minimalDocument({ number: '86/KH-UBND', title: 'KẾ HOẠCH', subject: 'Triển khai các nhiệm vụ về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số' }, body)
    : minimalDocument({ number: '86/BC-UBND', title: 'BÁO CÁO', subject: 'Kết quả công tác tuyên truyền về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số' }, body);
}

export interface SectionResult {
  file: string;
  index: number;
  case: SectionCase;
  predicted: string[];
  missed: string[];
  spurious: string[];
}

export interface SectionScore {
  cases: number;
  /** Micro-averaged over every case's `about` list. */
  all: Prf;
  byField: Record<SectionField, Prf & { cases: number }>;
  results: SectionResult[];
}

/** Reads one case (its clean text, or `body` in its place: the OCR'd copy) and scores its list. */
export function scoreCase(c: SectionCase, body = c.text): { predicted: string[]; missed: string[]; spurious: string[]; tp: number; fp: number; fn: number } {
  const { result } = analyzeText(wrapSection(c.kind, body));
  const predicted = listKeys(result, c.about);
  const cmp = compareSets(predicted, listKeys(c.gold, c.about));
  return { predicted, ...cmp };
}

/** Scores every case of the given cases (clean text, or the OCR'd copies when `ocr` is given). */
export function scoreSectionCases(cases: SectionCase[], file: string, ocr?: string[] | null): SectionScore {
  const results: SectionResult[] = [];
  const counts = new Map<SectionField, { tp: number; fp: number; fn: number }[]>();
  cases.forEach((c, index) => {
    const r = scoreCase(c, ocr ? ocr[index]! : c.text);
    results.push({ file, index, case: c, predicted: r.predicted, missed: r.missed, spurious: r.spurious });
    counts.set(c.about, [...(counts.get(c.about) ?? []), { tp: r.tp, fp: r.fp, fn: r.fn }]);
  });
  const byField = {} as SectionScore['byField'];
  for (const f of sectionFields) byField[f] = { ...prf(sumCounts(counts.get(f) ?? [])), cases: counts.get(f)?.length ?? 0 };
  return { cases: cases.length, all: prf(sumCounts([...counts.values()].flat())), byField, results };
}

export function scoreSections(file: string, ocr?: string[] | null, dir = sectionsDir): SectionScore {
  return scoreSectionCases(loadSections(file, dir), file, ocr);
}
