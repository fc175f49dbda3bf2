// Scores one predicted ExtractionResult against a hand-labelled gold one (tests/fixtures/*).
// Pure functions only: the eval CLI reads fixture files and prints; this module decides what
// "correct" means. docs/evaluation.md describes these keys and the labelling conventions the gold
// files follow: change the two together.
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
  facts: { indicator: string; value: number; qualifier: string; max: number | null; evidence?: { text: string } }[];
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

// ---- fact error causes --------------------------------------------------------------------------
// Every wrong fact of a document (spurious: predicted, not in gold; missed: gold, not predicted) gets
// one cause from a small closed set, so that a score drop can be read as "which mechanism failed":
// a spurious and a missed fact that share indicator or value are paired first (one mistake, two
// errors); what stays unpaired is a figure that is no fact, or a fact the reader did not find.

export const factErrorCauses = [
  /** Paired: same indicator and value, other qualifier or range bound. */
  'qualifier',
  /** Paired: same value, other indicator (the figure was found and named wrongly). */
  'indicator',
  /** Paired: same indicator, the value differs by one digit (substituted, lost or added). */
  'valueDigit',
  /** Paired: same indicator, the value differs by a power of ten (a decimal or thousands mark). */
  'valueScale',
  /** Paired: same indicator, another figure altogether (a neighbour, a total, a part). */
  'valueOther',
  /** Spurious: the same figure of the same sentence or row was also read, rightly, as another fact. */
  'duplicate',
  /** Spurious, value in no gold fact, read from a date (day, month) or a document's number ("57/KH"). */
  'spuriousDate',
  /** Spurious, value in no gold fact: a year. */
  'spuriousYear',
  /** Spurious, value in no gold fact, written as a percentage. */
  'spuriousPercent',
  /** Spurious: another cell of a table row (another period or column, a plan figure, a sub-row). */
  'spuriousCell',
  /** Spurious: any other figure of prose (a count of something no indicator names, another scope). */
  'spuriousOther',
  /** Missed: a zero, usually stated in words ("không có", "chưa"). */
  'missedZero',
  /** Missed: the value is written nowhere in the text as figures (damaged by OCR, or in words). */
  'missedNotWritten',
  /** Missed: a figure of a table row (its evidence is a row of cells). */
  'missedCell',
  /** Missed: a figure of prose no error pairs with. */
  'missed',
] as const;
export type FactErrorCause = (typeof factErrorCauses)[number];
export type FactErrorCounts = Record<FactErrorCause, { fp: number; fn: number }>;

export interface FactError {
  cause: FactErrorCause;
  /** The spurious fact's key (null for a missed one). */
  predicted: string | null;
  /** The missed fact's key (null for a spurious one). */
  gold: string | null;
  /** The spurious fact's evidence, else the missed one's (for reading errors; never on the holdout). */
  evidence: string | null;
}

export function emptyFactErrorCounts(): FactErrorCounts {
  return Object.fromEntries(factErrorCauses.map((c) => [c, { fp: 0, fn: 0 }])) as FactErrorCounts;
}

/** Whether two values differ by a power of ten (10, 100, 1000 either way): a misplaced decimal or thousands mark. */
export function differsByScale(a: number, b: number): boolean {
  if (a === 0 || b === 0 || a === b) return false;
  const r = Math.max(Math.abs(a), Math.abs(b)) / Math.min(Math.abs(a), Math.abs(b));
  return [10, 100, 1000].some((p) => Math.abs(r - p) < 1e-6 * p);
}

/**
 * Whether two values differ by one digit as written: one digit replaced (both at least two digits
 * long, so that any two one-digit counts do not pass as a misreading), or one digit lost or added.
 */
export function differsByOneDigit(a: number, b: number): boolean {
  const x = numKey(Math.abs(a)).replace('.', ',');
  const y = numKey(Math.abs(b)).replace('.', ',');
  if (x === y) return false;
  if (x.length === y.length) {
    if (x.replace(',', '').length < 2) return false;
    const at = [...x].flatMap((c, i) => (c === y[i] ? [] : [i]));
    return at.length === 1 && /\d/.test(x[at[0] ?? 0] ?? '') && /\d/.test(y[at[0] ?? 0] ?? '');
  }
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++) {
    if (!/\d/.test(long[i] ?? '')) continue;
    if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}

/** A number as written: digits with dots or commas between groups. */
const NUMBER_TOKEN = /\d+(?:[.,]\d+)*/g;

/**
 * The values a number token can stand for: read as Vietnamese writes it ("1.200" = 1200, "91,4" =
 * 91.4, "05" = 5) and as English writes it ("1,200,000" = 1200000, "91.4" = 91.4), which
 * English-model OCR and some typists produce.
 */
function tokenValues(t: string): number[] {
  const vi = /^\d{1,3}(\.\d{3})+$/.test(t) ? Number(t.replace(/\./g, '')) : Number(t.replace(/\./g, '').replace(',', '.'));
  const en = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) ? Number(t.replace(/,/g, '')) : /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
  return [vi, en].filter((v) => Number.isFinite(v));
}

const DAY_WORD = /(?:ngày|ngay)\s*$/iu;
const MONTH_WORD = /(?:tháng|thang)\s*$/iu;
const isDay = (v: number): boolean => Number.isInteger(v) && v >= 1 && v <= 31;
const isMonth = (v: number): boolean => Number.isInteger(v) && v >= 1 && v <= 12;

/**
 * Whether the number token at `at` of `text` (value `v`) is a document's number before its symbol
 * ("57/KH", "12-NQ") or part of a date: after `ngày`/`tháng` ("ngày 4", "tháng 8"), or a day and
 * month ("23/9") with `ngày` before or a year after ("23/9/2025"), or a month with its year
 * ("8/2025"). A fraction ("3/5 chỉ tiêu") or a cell "1/0" is none of these.
 */
function inDatePosition(text: string, at: number, token: string, v: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  const after = text.slice(at + token.length, at + token.length + 12);
  if (/^\s*[/-]\s*\p{Lu}/u.test(after)) return true;
  if (isDay(v) && DAY_WORD.test(before)) return true;
  if (isMonth(v) && MONTH_WORD.test(before)) return true;
  const nextPart = /^\/(\d{1,2})(\/\d{4}\b)?/.exec(after);
  // The day of "23/9/2025" (with "ngày" before, the rule above has it already).
  if (isDay(v) && nextPart && isMonth(Number(nextPart[1])) && nextPart[2] && !/\d\/$/.test(before)) return true;
  // The month of "ngày 23/9" or "23/9/2025".
  const prevPart = /(\d{1,2})\/$/.exec(before);
  if (isMonth(v) && prevPart && isDay(Number(prevPart[1]))) {
    const head = before.slice(0, before.length - prevPart[0].length);
    if (DAY_WORD.test(head) || /^\/\d{4}\b/.test(after)) return true;
  }
  // A month and its year: "8/2025".
  return isMonth(v) && /^\/\d{4}\b/.test(after) && !/\d\/$/.test(before);
}

/**
 * Which kind of figure a spurious value is, from where it stands in its evidence sentence. It is a
 * date or document number only when every token of that value there stands in such a position (the
 * sentence may hold the value twice, and the reader may have taken either).
 */
export function spuriousFigureCause(value: number, evidence: string | undefined): FactErrorCause {
  const text = evidence ?? '';
  const tokens = [...text.matchAll(NUMBER_TOKEN)].filter((m) => tokenValues(m[0]).some((v) => numKey(v) === numKey(value)));
  if (tokens.length > 0 && tokens.every((m) => inDatePosition(text, m.index, m[0], value))) return 'spuriousDate';
  // A year: a bare four-digit token 1945–2100 ("2.050 hộ" is a count, not a year).
  if (value >= 1945 && value <= 2100 && tokens.some((m) => /^\d{4}$/.test(m[0]))) return 'spuriousYear';
  if (tokens.some((m) => /^\s*%/.test(text.slice(m.index + m[0].length)))) return 'spuriousPercent';
  return isTableRow(text) ? 'spuriousCell' : 'spuriousOther';
}

/**
 * Whether an evidence text is a row of table cells: cells split by bars or tabs, a figure beside a
 * wide gap, or three figures in a row with nothing but spaces between them.
 */
export function isTableRow(evidence: string | undefined): boolean {
  const t = evidence ?? '';
  return /[|\t]/.test(t) || /\d {3,}\S|\S {3,}\d/.test(t) || /\d+(?:[.,]\d+)*(?: +\d+(?:[.,]\d+)*){2,}/.test(t);
}

type ScoredFact = Scorable['facts'][number];

/** The words of a text in lower case without diacritics (English-model OCR damages the marks more than the letters). */
function foldedWords(t: string): string[] {
  return t
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether a spurious fact was read from the place a missed one stands: at least half the words of the
 * gold evidence phrase are in the spurious fact's evidence. A gold fact without evidence matches any.
 */
function sameEvidence(s: ScoredFact, m: ScoredFact): boolean {
  const phrase = foldedWords(m.evidence?.text ?? '');
  if (phrase.length === 0) return true;
  const have = new Set(foldedWords(s.evidence?.text ?? ''));
  return phrase.filter((w) => have.has(w)).length * 2 >= phrase.length;
}

/**
 * The cause of every fact error of one document (see factErrorCauses). Pairs are formed greedily in
 * the order of the list (qualifier, indicator, digit, scale, other figure), each fact in one pair at most.
 * With the text the reader ran on, a missed fact whose value is written nowhere in it as figures
 * (OCR damage, or a count written in words) is told apart from one whose figure was there.
 */
export function classifyFactErrors(predicted: Scorable['facts'], gold: Scorable['facts'], text?: string): FactError[] {
  const goldKeys = new Set(gold.map(factKey));
  const predKeys = new Set(predicted.map(factKey));
  const byKey = <T extends ScoredFact>(list: T[], keep: (k: string) => boolean): T[] => {
    const seen = new Map<string, T>();
    for (const f of list) if (keep(factKey(f)) && !seen.has(factKey(f))) seen.set(factKey(f), f);
    return [...seen.values()];
  };
  const spurious = byKey(predicted, (k) => !goldKeys.has(k));
  const missed = byKey(gold, (k) => !predKeys.has(k));
  const errors: FactError[] = [];
  const usedS = new Set<ScoredFact>();
  const usedM = new Set<ScoredFact>();
  const sameValue = (a: ScoredFact, b: ScoredFact): boolean => numKey(a.value) === numKey(b.value);
  const passes: [FactErrorCause, (s: ScoredFact, m: ScoredFact) => boolean][] = [
    ['qualifier', (s, m) => s.indicator === m.indicator && sameValue(s, m)],
    ['indicator', (s, m) => s.indicator !== m.indicator && sameValue(s, m) && sameEvidence(s, m)],
    ['valueDigit', (s, m) => s.indicator === m.indicator && differsByOneDigit(s.value, m.value)],
    ['valueScale', (s, m) => s.indicator === m.indicator && differsByScale(s.value, m.value)],
    ['valueOther', (s, m) => s.indicator === m.indicator],
  ];
  for (const [cause, pairs] of passes) {
    for (const s of spurious) {
      if (usedS.has(s)) continue;
      const m = missed.find((x) => !usedM.has(x) && pairs(s, x));
      if (!m) continue;
      usedS.add(s);
      usedM.add(m);
      errors.push({ cause, predicted: factKey(s), gold: factKey(m), evidence: s.evidence?.text ?? null });
    }
  }
  // A figure and its evidence that a right fact also has: the same figure read twice.
  const rightFigures = new Set(predicted.filter((f) => goldKeys.has(factKey(f))).map((f) => `${numKey(f.value)}|${f.evidence?.text ?? ''}`));
  for (const s of spurious) {
    if (usedS.has(s)) continue;
    const cause = rightFigures.has(`${numKey(s.value)}|${s.evidence?.text ?? ''}`) ? 'duplicate' : spuriousFigureCause(s.value, s.evidence?.text);
    errors.push({ cause, predicted: factKey(s), gold: null, evidence: s.evidence?.text ?? null });
  }
  const written = text === undefined ? null : new Set([...text.matchAll(NUMBER_TOKEN)].flatMap((t) => tokenValues(t[0]).map(numKey)));
  for (const m of missed) {
    if (usedM.has(m)) continue;
    const cause: FactErrorCause =
      m.value === 0 ? 'missedZero' : written && !written.has(numKey(m.value)) ? 'missedNotWritten' : isTableRow(m.evidence?.text) ? 'missedCell' : 'missed';
    errors.push({ cause, predicted: null, gold: factKey(m), evidence: m.evidence?.text ?? null });
  }
  return errors;
}

/** Counts per cause: a pair adds one to fp and one to fn, so the sums equal the facts' fp and fn. */
export function countFactErrors(errors: FactError[]): FactErrorCounts {
  const counts = emptyFactErrorCounts();
  for (const e of errors) {
    if (e.predicted !== null) counts[e.cause].fp++;
    if (e.gold !== null) counts[e.cause].fn++;
  }
  return counts;
}

export function sumFactErrorCounts(items: FactErrorCounts[]): FactErrorCounts {
  const total = emptyFactErrorCounts();
  for (const c of items) {
    for (const k of factErrorCauses) {
      total[k].fp += c[k].fp;
      total[k].fn += c[k].fn;
    }
  }
  return total;
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
  /** Every fact error with its cause (see factErrorCauses). */
  factErrorList: FactError[];
  /** Fact errors counted by cause. */
  factErrors: FactErrorCounts;
  metadata: Record<MetadataField, { ok: boolean; predicted: string | null; gold: string | null }>;
  lists: Record<ListField, Prf & { missed: string[]; spurious: string[] }>;
}

/** `text`, when given, is the text the reader ran on (it tells the two kinds of missed facts apart). */
export function scoreDocument(predicted: Scorable, gold: Scorable, text?: string): DocumentScore {
  const exact = compareSets(predicted.facts.map(factKey), gold.facts.map(factKey));
  const iv = compareSets(
    predicted.facts.map((f) => `${f.indicator}|${numKey(f.value)}`),
    gold.facts.map((f) => `${f.indicator}|${numKey(f.value)}`),
  );
  const vo = compareSets(
    predicted.facts.map((f) => numKey(f.value)),
    gold.facts.map((f) => numKey(f.value)),
  );
  const factErrorList = classifyFactErrors(predicted.facts, gold.facts, text);
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
    factErrorList,
    factErrors: countFactErrors(factErrorList),
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
  /** Fact errors of all documents counted by cause. */
  factErrors: FactErrorCounts;
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
    factErrors: sumFactErrorCounts(docs.map((d) => d.factErrors)),
    metadataAccuracy,
    metadataAccuracyAll: n === 0 ? 0 : okAll / (n * metadataFields.length),
    lists,
  };
}
