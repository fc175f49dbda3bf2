// Writes corpus/lexicon-vi.txt: a public list of Vietnamese words (mostly two-syllable compounds,
// "lạc hậu", "kỹ thuật") that the language model uses to attest syllables and word-internal
// syllable pairs (scripts/build-language-model.ts).
// Source: data/Viet74K.txt of the npm package @vntk/dictionary@1.0.0 (MIT, VNTK). Not a
// dependency of the project: fetch it once, then point this script at the package folder:
//   cd /tmp && npm pack @vntk/dictionary@1.0.0 && mkdir vntk && tar xzf vntk-dictionary-1.0.0.tgz -C vntk
//   npx tsx scripts/build-lexicon.ts /tmp/vntk/package
// Kept: lower-case entries of one to four syllables that are all legal Vietnamese syllables
// (drops proper names, hyphenated loan words and foreign spellings). Deterministic: de-duplicated
// and sorted.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalSyllable, syllableInventory } from '#src/core/vietnamese/syllable.ts';

const pkg = process.argv[2];
if (!pkg) {
  console.error('usage: npx tsx scripts/build-lexicon.ts <path to the @vntk/dictionary package folder>');
  process.exit(2);
}
const inventory = new Set(syllableInventory());
const words = new Set<string>();
for (const raw of readFileSync(join(pkg, 'data', 'Viet74K.txt'), 'utf8').normalize('NFC').split('\n')) {
  const w = raw.trim().replace(/\s+/g, ' ');
  if (!/^\p{Ll}+(?: \p{Ll}+){0,3}$/u.test(w)) continue;
  if (!w.split(' ').every((s) => inventory.has(canonicalSyllable(s)))) continue;
  words.add(w);
}
const sorted = [...words].sort((a, b) => a.localeCompare(b, 'vi'));
writeFileSync('corpus/lexicon-vi.txt', `${sorted.join('\n')}\n`);
console.log(`${sorted.length} words`);
