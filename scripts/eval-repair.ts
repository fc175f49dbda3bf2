// Prints syllable accuracy and character error rate of the Vietnamese repair, before and after,
// on the hand-corrected seed passages in tests/fixtures/repair/ and on any extra
// <name>-mangled.txt / <name>-reference.txt pairs there. Usage: npx tsx scripts/eval-repair.ts
import { readdirSync, readFileSync } from 'node:fs';
import { repairVietnamese } from '#src/core/vietnamese/repair.ts';
import { scoreRepair } from '#src/core/vietnamese/evaluate.ts';

const dir = 'tests/fixtures/repair';
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
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
