// Prints syllable accuracy and character error rate of the Vietnamese repair, before and after,
// on the hand-corrected seed passages in tests/fixtures/repair/ and on any extra
// <name>-mangled.txt / <name>-reference.txt pairs there. Usage: npx tsx scripts/eval-repair.ts
// With --tune: the same on the tune split of the project's own documents (tests/fixtures/own, OCR
// by the English model at 200 and 300 dpi against clean.txt), each document scored as one line
// since OCR lines do not follow the clean text's. The tuning material for the language model's
// weights; holdout documents are never read.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { repairVietnamese } from '#src/core/vietnamese/repair.ts';
import { scoreRepair } from '#src/core/vietnamese/evaluate.ts';

const dir = 'tests/fixtures/repair';
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
if (process.argv.includes('--tune')) {
  const split = JSON.parse(readFileSync('tests/fixtures/own/split.json', 'utf8')) as { tune: string[] };
  const flat = (t: string): string => t.split('\n').join(' ');
  for (const variant of ['eng-200', 'eng-300']) {
    let syllables = 0;
    let correct = 0;
    for (const id of split.tune) {
      const f = `tests/fixtures/own/${id}/ocr-${variant}.txt`;
      if (!existsSync(f)) continue;
      const score = scoreRepair(flat(repairVietnamese(readFileSync(f, 'utf8')).text), flat(readFileSync(`tests/fixtures/own/${id}/clean.txt`, 'utf8')));
      syllables += score.syllables;
      correct += score.correctSyllables;
    }
    console.log(`tune ${variant}: ${syllables} syllables, ${correct} (${(100 * correct / syllables).toFixed(2)} %) correct after repair`);
  }
  process.exit(0);
}
for (const f of readdirSync(dir).filter((n) => n.endsWith('-mangled.txt')).sort()) {
  const name = f.replace('-mangled.txt', '');
  const mangled = readFileSync(`${dir}/${f}`, 'utf8');
  const reference = readFileSync(`${dir}/${name}-reference.txt`, 'utf8');
  const before = scoreRepair(mangled, reference);
  const after = scoreRepair(repairVietnamese(mangled).text, reference);
  console.log(
    `| ${name} | ${before.syllables} | ${pct(before.syllableAccuracy)} → ${pct(after.syllableAccuracy)} | ${pct(before.characterErrorRate)} → ${pct(after.characterErrorRate)} |`,
  );
}
