// Guard for changes that must not change what the extractor outputs (speed work, refactors):
// runs analyzeText over every text of the tune fixtures (all variants), the seeds, the phrasing
// bank and the sections bank (clean and OCR copies), and the held-out fixtures, and keeps one
// hash per output. Held-out outputs are hashed only and only their number of changes is printed.
// Usage: npx tsx scripts/output-hashes.ts --save FILE   (before the change)
//        npx tsx scripts/output-hashes.ts --check FILE  (after; exits 1 when an output changed)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '#src/core/extraction/analyze-text.ts';
import { bankFiles, caseBody, loadBank, loadOcr, wrapCase } from '../tests/support/phrasings.ts';
import { loadSections, loadSectionsOcr, sectionFiles, wrapSection } from '../tests/support/sections.ts';

const FIX = join(import.meta.dirname, '..', 'tests', 'fixtures');
const hash = (text: string): string => {
  const out = analyzeText(text);
  return createHash('sha256').update(JSON.stringify(out)).digest('hex').slice(0, 16);
};

const hashes: Record<string, string> = {};
const held = new Set<string>();
for (const n of readdirSync(join(FIX, 'seeds')).filter((f) => f.endsWith('.txt')).sort()) {
  hashes[`seeds/${n}`] = hash(readFileSync(join(FIX, 'seeds', n), 'utf8'));
}
const split = JSON.parse(readFileSync(join(FIX, 'own', 'split.json'), 'utf8')) as { tune: string[]; holdout: string[] };
for (const part of ['tune', 'holdout'] as const) {
  for (const id of split[part]) {
    for (const v of ['clean.txt', 'ocr-eng-300.txt', 'ocr-eng-200.txt', 'ocr-vie-300.txt', 'ocr-vie-150.txt']) {
      const path = join(FIX, 'own', id, v);
      if (!existsSync(path)) continue;
      const key = `${part}/${id}/${v}`;
      if (part === 'holdout') held.add(key);
      hashes[key] = hash(readFileSync(path, 'utf8'));
    }
  }
}
for (const file of bankFiles()) {
  const cases = loadBank(file);
  cases.forEach((c, i) => (hashes[`phrasings/${file}#${i}`] = hash(wrapCase(c, caseBody(c)))));
  loadOcr(file)?.forEach((body, i) => (hashes[`phrasings/${file}#${i}/ocr`] = hash(wrapCase(cases[i]!, body))));
}
for (const file of sectionFiles()) {
  const cases = loadSections(file);
  cases.forEach((c, i) => (hashes[`sections/${file}#${i}`] = hash(wrapSection(c.kind, c.text))));
  loadSectionsOcr(file)?.forEach((body, i) => (hashes[`sections/${file}#${i}/ocr`] = hash(wrapSection(cases[i]!.kind, body))));
}

const [mode, file] = process.argv.slice(2);
if (mode === '--save' && file) {
  writeFileSync(file, JSON.stringify(hashes));
  console.log(`${Object.keys(hashes).length} outputs hashed (${held.size} held out) → ${file}`);
} else if (mode === '--check' && file) {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  let heldChanged = 0;
  const changed: string[] = [];
  for (const k of new Set([...Object.keys(before), ...Object.keys(hashes)])) {
    if (before[k] === hashes[k]) continue;
    if (held.has(k) || k.startsWith('holdout/')) heldChanged++;
    else changed.push(k);
  }
  for (const k of changed) console.log(`changed: ${k}`);
  console.log(`${Object.keys(hashes).length} outputs: ${changed.length} changed outside the holdout, ${heldChanged} held-out changed`);
  process.exit(changed.length + heldChanged > 0 ? 1 : 0);
} else {
  console.log('usage: npx tsx scripts/output-hashes.ts --save FILE | --check FILE');
  process.exit(2);
}
