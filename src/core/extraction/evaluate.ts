// Scores one predicted ExtractionResult against a hand-labelled gold one (tests/fixtures/*).
// Pure functions only: the eval CLI reads fixture files and prints; this module decides what
// "correct" means, so the labelling conventions in docs/evaluation.md and the scoring agree.
import { z } from 'zod';
import type { ExtractionResult } from './extraction.types.ts';

// ---- gold file shape -------------------------------------------------------------------------
// Gold is an ExtractionResult whose evidence carries only a short phrase (offsets are not
// compared, and differ between the clean, vie and eng variants of one document).

const nullableString = z.string().nullable();
export const goldSchema = z.object({
  kind: z.enum(['report', 'plan', 'unknown']),
  issuer: z
    .object({
      name: z.string(),
      unitName: z.string(),
      unitLevel: z.enum(['xa', 'phuong', 'dac_khu', 'tinh', 'unknown']),
      province: nullableString,
    })
    .nullable(),
  number: nullableString,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  signer: z.object({ name: z.string(), title: nullableString }).nullable(),
  references: z.array(z.object({ number: z.string(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable() })),
  facts: z.array(
    z.object({
      indicator: z.string().regex(/^[A-Z0-9_]+$/),
      value: z.number().finite(),
      qualifier: z.enum(['exact', 'approx', 'at_least', 'at_most', 'range']),
      max: z.number().finite().nullable(),
      evidence: z.object({ text: z.string() }).optional(),
    }),
  ),
  targets: z.array(z.object({ year: z.number().int(), value: z.number(), unit: z.string(), text: z.string() })),
  tasks: z.array(
    z.object({ title: z.string(), lead: nullableString, coordinating: z.array(z.string()), timeframe: nullableString }),
  ),
  reportDeadlines: z.array(z.string().regex(/^\d{2}-\d{2}$/)),
  difficulties: z.array(z.object({ theme: z.string(), text: z.string() })),
  recommendations: z.array(z.object({ to: z.string(), text: z.string() })),
});
export type GoldResult = z.infer<typeof goldSchema>;

/** Anything with the fields scoring looks at: a real ExtractionResult or a gold file. */
export type Scorable = Pick<ExtractionResult, 'kind' | 'issuer' | 'number' | 'date' | 'signer' | 'reportDeadlines'> & {
  references: { number: string; date: string | null }[];
  facts: { indicator: string; value: number; qualifier: string; max: number | null }[];
  targets: { year: number; value: number; unit: string }[];
  tasks: { lead: string | null; timeframe: string | null }[];
  difficulties: { theme: string }[];
  recommendations: { to: string }[];
};

// ---- counting ----------------------------------------------------------------------------------

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision/recall/F1 from counts; an empty gold set with an empty prediction is perfect. */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/**
 * Set comparison on string keys. Duplicates collapse on both sides: a report that states the
 * same figure twice ("47 thôn" in two sections) is one fact, so repeating it is neither
 * rewarded nor punished.
 */
export function compareSets(predicted: Iterable<string>, gold: Iterable<string>): Counts & { missed: string[]; spurious: string[] } {
  const p = new Set(predicted);
  const g = new Set(gold);
  const missed = [...g].filter((k) => !p.has(k));
  const spurious = [...p].filter((k) => !g.has(k));
  return { tp: g.size - missed.length, fp: spurious.length, fn: missed.length, missed, spurious };
}

// ---- normalisation -----------------------------------------------------------------------------

/** NFC + collapsed whitespace; case and diacritics are kept (a wrong tone is a wrong name). */
export function normText(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Looser key for list items: lower case, old-style tone placement folded, abbreviations expanded. */
export function looseKey(s: string | null | undefined): string {
  let k = (normText(s) ?? '').toLowerCase();
  // "Uỷ"/"uỷ" (old placement) and "Ủy" are the same word.
  k = k.replace(/uỷ/g, 'ủy').replace(/thuỷ/g, 'thủy').replace(/hoà/g, 'hòa').replace(/hoá/g, 'hóa');
  k = k.replace(/\bubnd\b/g, 'ủy ban nhân dân').replace(/\bhđnd\b/g, 'hội đồng nhân dân');
  k = k.replace(/[.;:,]+$/g, '').trim();
  return k;
}

/** A unit name without a trailing level word: "Phòng Văn hóa - Xã hội phường" = "… Xã hội". */
function unitKey(s: string | null | undefined): string {
  return looseKey(s)
    .replace(/\s+(xã|phường|đặc khu)$/u, '')
    .replace(/\s*-\s*/g, ' - ');
}

/** Canonical number text so 87.25 and 87.25000000000001 compare equal (tolerance ~1e-9). */
export function numKey(v: number | null | undefined): string {
  if (v === null || v === undefined) return '-';
  return String(Math.round(v * 1e9) / 1e9);
}

export function factKey(f: { indicator: string; value: number; qualifier: string; max: number | null }): string {
  return `${f.indicator}|${numKey(f.value)}|${f.qualifier}|${f.qualifier === 'range' ? numKey(f.max) : '-'}`;
}

// ---- metadata fields ---------------------------------------------------------------------------

export const metadataFields = [
  'kind',
  'issuer.name',
  'issuer.unitName',
  'issuer.unitLevel',
  'issuer.province',
  'number',
  'date',
  'signer.name',
  'signer.title',
] as const;
export type MetadataField = (typeof metadataFields)[number];

function metadataValue(r: Scorable, field: MetadataField): string | null {
  switch (field) {
    case 'kind':
      return r.kind;
    case 'issuer.name':
      return normText(r.issuer?.name);
    case 'issuer.unitName':
      return normText(r.issuer?.unitName);
    case 'issuer.unitLevel':
      return r.issuer?.unitLevel ?? null;
    case 'issuer.province':
      return normText(r.issuer?.province);
    case 'number':
      // "417 /BC-UBND" and "417/BC-UBND" are one number; spacing is layout, not content.
      return r.number === null ? null : (normText(r.number) ?? '').replace(/\s+/g, '');
    case 'date':
      return r.date;
    case 'signer.name':
      return normText(r.signer?.name);
    case 'signer.title':
      return normText(r.signer?.title);
  }
}

// ---- list fields -------------------------------------------------------------------------------

export const listFields = ['references', 'targets', 'tasks', 'reportDeadlines', 'difficulties', 'recommendations'] as const;
export type ListField = (typeof listFields)[number];

/** The list fields of a result or a gold file; a missing field is an empty list. */
export type ListItems = Partial<Pick<Scorable, ListField>>;

/** The keys one list field is scored by (a set per document, compared with `compareSets`). */
export function listKeys(r: ListItems, field: ListField): string[] {
  switch (field) {
    case 'references':
      return (r.references ?? []).map((x) => `${(normText(x.number) ?? '').replace(/\s+/g, '').toUpperCase()}|${x.date ?? '-'}`);
    case 'targets':
      return (r.targets ?? []).map((x) => `${x.year}|${numKey(x.value)}|${looseKey(x.unit)}`);
    case 'tasks':
      return (r.tasks ?? []).map((x) => `${unitKey(x.lead)}|${looseKey(x.timeframe)}`);
    case 'reportDeadlines':
      return [...(r.reportDeadlines ?? [])];
    case 'difficulties':
      return (r.difficulties ?? []).map((x) => x.theme);
    case 'recommendations':
      return (r.recommendations ?? []).map((x) => unitKey(x.to));
  }
}

// ---- per-document and overall scores -----------------------------------------------------------

export interface DocumentScore {
  facts: Prf;
  /** Diagnosis: indicator and value right, qualifier/max ignored. */
  factsIndicatorValue: Prf;
  /** Diagnosis: the number was found at all, whatever indicator it was given. */
  factsValueOnly: Prf;
  missedFacts: string[];
  spuriousFacts: string[];
  metadata: Record<MetadataField, { ok: boolean; predicted: string | null; gold: string | null }>;
  lists: Record<ListField, Prf & { missed: string[]; spurious: string[] }>;
}

export function scoreDocument(predicted: Scorable, gold: Scorable): DocumentScore {
  const exact = compareSets(predicted.facts.map(factKey), gold.facts.map(factKey));
  const iv = compareSets(
    predicted.facts.map((f) => `${f.indicator}|${numKey(f.value)}`),
    gold.facts.map((f) => `${f.indicator}|${numKey(f.value)}`),
  );
  const vo = compareSets(
    predicted.facts.map((f) => numKey(f.value)),
    gold.facts.map((f) => numKey(f.value)),
  );
  const metadata = {} as DocumentScore['metadata'];
  for (const field of metadataFields) {
    const p = metadataValue(predicted, field);
    const g = metadataValue(gold, field);
    metadata[field] = { ok: p === g, predicted: p, gold: g };
  }
  const lists = {} as DocumentScore['lists'];
  for (const field of listFields) {
    const c = compareSets(listKeys(predicted, field), listKeys(gold, field));
    lists[field] = { ...prf(c), missed: c.missed, spurious: c.spurious };
  }
  return {
    facts: prf(exact),
    factsIndicatorValue: prf(iv),
    factsValueOnly: prf(vo),
    missedFacts: exact.missed,
    spuriousFacts: exact.spurious,
    metadata,
    lists,
  };
}

export interface OverallScore {
  documents: number;
  /** Micro-averaged over all facts of all documents. */
  facts: Prf;
  factsIndicatorValue: Prf;
  factsValueOnly: Prf;
  /** Share of documents with the field right. */
  metadataAccuracy: Record<MetadataField, number>;
  /** Mean over all (document, field) pairs. */
  metadataAccuracyAll: number;
  lists: Record<ListField, Prf>;
}

export function sumCounts(items: Counts[]): Counts {
  return items.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}

export function aggregateScores(docs: DocumentScore[]): OverallScore {
  const n = docs.length;
  const metadataAccuracy = {} as Record<MetadataField, number>;
  let okAll = 0;
  for (const field of metadataFields) {
    const ok = docs.filter((d) => d.metadata[field].ok).length;
    okAll += ok;
    metadataAccuracy[field] = n === 0 ? 0 : ok / n;
  }
  const lists = {} as Record<ListField, Prf>;
  for (const field of listFields) lists[field] = prf(sumCounts(docs.map((d) => d.lists[field])));
  return {
    documents: n,
    facts: prf(sumCounts(docs.map((d) => d.facts))),
    factsIndicatorValue: prf(sumCounts(docs.map((d) => d.factsIndicatorValue))),
    factsValueOnly: prf(sumCounts(docs.map((d) => d.factsValueOnly))),
    metadataAccuracy,
    metadataAccuracyAll: n === 0 ? 0 : okAll / (n * metadataFields.length),
    lists,
  };
}
