// Whole text path for one document: normalise (NFC, line endings, control characters) →
// repair Vietnamese diacritics (when the repair module is present) → extract.
// Synchronous; the repair module is loaded once when this module is imported.

import type { ExtractionResult } from './extraction.types.ts';
import { extractFromText, type ExtractionCatalog } from './extract.ts';

interface RepairModule {
  repairVietnamese: (text: string) => { text: string; changed: boolean };
}

// Loaded by a computed path so this folder builds and runs before the repair module lands.
const repairPath = '#src/core/vietnamese/repair.ts';
const repair: RepairModule | null = await import(repairPath).then(
  (m: Partial<RepairModule>) => (typeof m.repairVietnamese === 'function' ? (m as RepairModule) : null),
  () => null,
);

/** NFC, LF line endings, no NUL or other control characters (tabs and newlines kept). */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/g, '');
}

export function analyzeText(
  rawText: string,
  opts?: { catalog?: ExtractionCatalog },
): { text: string; rawText: string; repaired: boolean; result: ExtractionResult } {
  const normal = normaliseText(rawText);
  let text = normal;
  let repaired = false;
  if (repair) {
    const r = repair.repairVietnamese(normal);
    text = r.text;
    repaired = r.changed;
  }
  return { text, rawText, repaired, result: extractFromText(text, opts?.catalog) };
}
