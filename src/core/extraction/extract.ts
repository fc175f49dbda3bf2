// Entry point of extraction: repaired text (+ optional catalog) → ExtractionResult.
// Pure and synchronous; evidence offsets index into the text given.

import { readFileSync } from 'node:fs';
import type { ExtractionResult } from './extraction.types.ts';
import { extractFacts, type ExtractionCatalog } from './facts.ts';
import { foldKeepLength } from './fold.ts';
import { detectKind, extractDate, extractIssuer, extractNumber, extractReferences, extractSigner } from './metadata.ts';
import { extractDifficulties, extractRecommendations } from './narrative.ts';
import { extractDeadlines } from './deadlines.ts';
import { extractReportTargets, extractTargets, extractTasks } from './plan.ts';
import { buildStructure, type TextStructure } from './text-structure.ts';

export type { ExtractionCatalog, CatalogIndicator, CatalogTheme } from './facts.ts';

let defaultCatalog: ExtractionCatalog | null = null;

/** The project's catalog copy (src/core/catalog/indicators.json), read once. */
export function loadDefaultCatalog(): ExtractionCatalog {
  if (!defaultCatalog) {
    const url = new URL('../catalog/indicators.json', import.meta.url);
    const raw = JSON.parse(readFileSync(url, 'utf8')) as ExtractionCatalog;
    defaultCatalog = { indicators: raw.indicators, difficultyThemes: raw.difficultyThemes };
  }
  return defaultCatalog;
}

// The structure of the text last read: analyzeText reads the issuer before the whole extraction.
let lastStructure: TextStructure | null = null;
function structureOf(text: string): TextStructure {
  if (lastStructure?.text !== text) lastStructure = buildStructure(text, foldKeepLength(text));
  return lastStructure;
}

/** The issuer alone, as extractFromText reads it (`source` as there). */
export function extractIssuerOf(text: string, source: string = text): ExtractionResult['issuer'] {
  return issuerOf(structureOf(text), source);
}

// The issuer last read, with what it was read from: when the text was not respelled after
// extractIssuerOf, extractFromText reads the same structure and source again.
let lastIssuer: { st: TextStructure; source: string; issuer: ExtractionResult['issuer'] } | null = null;
function issuerOf(st: TextStructure, source: string): ExtractionResult['issuer'] {
  if (lastIssuer?.st !== st || lastIssuer.source !== source) lastIssuer = { st, source, issuer: extractIssuer(st, source) };
  // (A copy: a caller may change the object it gets.)
  return lastIssuer.issuer && { ...lastIssuer.issuer };
}

/**
 * `source` is the text as the document gave it, before any repair (defaults to `text`): marks
 * found there are the document's own, and a unit name it spells with them keeps that spelling.
 */
export function extractFromText(text: string, catalog?: ExtractionCatalog, source: string = text): ExtractionResult {
  const cat = catalog ?? loadDefaultCatalog();
  const st = structureOf(text);
  const number = extractNumber(st);
  const kind = detectKind(st, number);
  const issuer = issuerOf(st, source);
  const date = extractDate(st);
  // The year reported on: a report dated in its first quarter mostly covers the year before.
  const periodYear = date ? Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) <= 3 ? 1 : 0) : null;
  return {
    kind,
    issuer,
    number,
    date,
    signer: extractSigner(st, source),
    references: extractReferences(st, number),
    // Plans state intentions: only figures describing the present situation are facts.
    facts: extractFacts(st, cat, { situationOnly: kind === 'plan', periodYear, dateYear: date ? Number(date.slice(0, 4)) : null }),
    targets: kind === 'report' ? extractReportTargets(st, cat.indicators.map((i) => i.unit)) : extractTargets(st, cat.indicators.map((i) => i.unit), date ? Number(date.slice(0, 4)) : null),
    tasks: kind === 'report' ? [] : extractTasks(st),
    reportDeadlines: extractDeadlines(st),
    // (A plan may state the difficulties it starts from, under their own heading.)
    difficulties: extractDifficulties(st, cat.difficultyThemes),
    recommendations: kind === 'plan' ? [] : extractRecommendations(st),
  };
}
