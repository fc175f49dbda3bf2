// From an extraction to what pre-fills a report: one proposed value per indicator (with every
// evidence sentence it came from) and narrative sections. Pure; see decision 031 for why
// several facts of a flow indicator are added up while other indicators keep the first.
import type { ExtractionResult, Fact, Qualifier } from '#src/core/extraction/extraction.types.ts';
import { fold } from '#src/core/extraction/fold.ts';

export const narrativeSections = ['results', 'models', 'difficulties', 'recommendations'] as const;
export type NarrativeSection = (typeof narrativeSections)[number];
export const sectionLabels: Record<NarrativeSection, string> = {
  results: 'Kết quả thực hiện',
  models: 'Mô hình hay, cách làm hiệu quả',
  difficulties: 'Khó khăn, vướng mắc',
  recommendations: 'Đề xuất, kiến nghị',
};

export interface EvidencePart { start: number; end: number; text: string; value: number }

export interface Proposal {
  indicator: string;
  value: number;
  qualifier: Qualifier;
  max: number | null;
  /** Every sentence the value came from, in document order. */
  evidence: EvidencePart[];
  /** True when several facts were added up (flow indicators). */
  summed: boolean;
}

type Aggregation = 'flow' | 'stock' | 'percent' | 'flag';

/** Combining qualifiers of added-up facts: any bound or approximation makes the sum one too. */
function sumQualifier(a: Qualifier, b: Qualifier): Qualifier {
  if (a === b) return a;
  if (a === 'range' || b === 'range') return 'range';
  if (a === 'approx' || b === 'approx') return 'approx';
  // at_least + at_most (or + exact) has no simple bound: call it approximate.
  if ((a === 'at_least' && b === 'exact') || (a === 'exact' && b === 'at_least')) return 'at_least';
  if ((a === 'at_most' && b === 'exact') || (a === 'exact' && b === 'at_most')) return 'at_most';
  return 'approx';
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * One proposal per indicator. Facts of one indicator read from the same sentence (overlapping
 * evidence) are one figure, not several activities: "X hồ sơ, trong đó Y" or a count next to its
 * own ratio; the largest is kept (a total is never smaller than its part). Distinct sentences of
 * a flow indicator are distinct activities and are added up; other indicators keep the first.
 */
export function proposeValues(facts: readonly Fact[], aggregationOf: (code: string) => Aggregation | undefined): Proposal[] {
  const groups = new Map<string, Fact[][]>();
  for (const f of facts) {
    if (!aggregationOf(f.indicator) || !Number.isFinite(f.value)) continue;
    const clusters = groups.get(f.indicator) ?? [];
    const same = clusters.find((c) => c.some((g) => overlaps(g.evidence, f.evidence)));
    if (same) {
      if (!same.some((g) => g.evidence.start === f.evidence.start && g.value === f.value)) same.push(f);
    } else clusters.push([f]);
    groups.set(f.indicator, clusters);
  }
  const out: Proposal[] = [];
  for (const [indicator, clusters] of groups) {
    const agg = aggregationOf(indicator)!;
    const evidence: EvidencePart[] = clusters.flat().map((f) => ({ start: f.evidence.start, end: f.evidence.end, text: f.evidence.text, value: f.value }));
    // The figure each sentence contributes: its largest fact.
    const picks = clusters.map((c) => c.reduce((a, b) => ((b.qualifier === 'range' ? (b.max ?? b.value) : b.value) > (a.qualifier === 'range' ? (a.max ?? a.value) : a.value) ? b : a)));
    const first = picks[0]!;
    const p: Proposal = { indicator, value: first.value, qualifier: first.qualifier, max: first.qualifier === 'range' ? first.max : null, evidence, summed: false };
    if (agg === 'flow') {
      for (const f of picks.slice(1)) {
        const q = sumQualifier(p.qualifier, f.qualifier);
        const curMax = p.qualifier === 'range' ? (p.max ?? p.value) : p.value;
        const fMax = f.qualifier === 'range' ? (f.max ?? f.value) : f.value;
        p.value += f.value;
        p.max = q === 'range' ? curMax + fMax : null;
        p.qualifier = q;
        p.summed = true;
      }
    }
    out.push(p);
  }
  return out;
}

/** Narrative pre-filled from the document: difficulties and recommendations as bullet lines. */
export function proposeNarrative(r: Pick<ExtractionResult, 'difficulties' | 'recommendations'>): Partial<Record<NarrativeSection, string>> {
  const out: Partial<Record<NarrativeSection, string>> = {};
  if (r.difficulties.length) out.difficulties = r.difficulties.map((d) => `- ${d.text.trim()}`).join('\n');
  if (r.recommendations.length) out.recommendations = r.recommendations.map((d) => `- ${d.to ? `Kiến nghị ${d.to}: ` : ''}${d.text.trim()}`).join('\n');
  return out;
}

// --- Matching the issuer of a document to a unit a request was addressed to.

export interface CandidateUnit { id: number; code: string; name: string; level: string }

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

const LEVEL_WORDS = /^(ubnd|uy ban nhan dan|xa|phuong|dac khu|thi tran)\s+/;
function coreName(s: string): string {
  let t = fold(s).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 3; i++) t = t.replace(LEVEL_WORDS, '');
  return t;
}

/**
 * The addressed unit whose name matches the issuer, diacritic-insensitively; OCR slips of up
 * to two letters are tolerated when exactly one unit is that close. null when nothing (or more
 * than one unit) matches.
 */
export function matchIssuer(issuer: { unitName: string; unitLevel: string } | null, units: readonly CandidateUnit[]): CandidateUnit | null {
  if (!issuer?.unitName) return null;
  const want = coreName(issuer.unitName);
  if (!want) return null;
  const sameLevel = (u: CandidateUnit) => issuer.unitLevel === 'unknown' || issuer.unitLevel === u.level;
  const exact = units.filter((u) => coreName(u.name) === want);
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) {
    const lv = exact.filter(sameLevel);
    return lv.length === 1 ? lv[0]! : null;
  }
  const scored = units.map((u) => ({ u, d: levenshtein(coreName(u.name), want) })).filter((x) => x.d <= Math.min(2, Math.floor(want.length / 4)));
  if (!scored.length) return null;
  const best = Math.min(...scored.map((x) => x.d));
  const top = scored.filter((x) => x.d === best);
  if (top.length === 1) return top[0]!.u;
  const lv = top.filter((x) => sameLevel(x.u));
  return lv.length === 1 ? lv[0]!.u : null;
}
