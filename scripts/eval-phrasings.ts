// Scores the phrasing bank (tests/fixtures/phrasings, see tests/support/phrasings.ts): facts
// precision / recall / F1 per bank file and per indicator a case was written for, on clean text
// and on its English-model OCR copy when one exists. `--errors` lists every case that went wrong.
// Usage: npx tsx scripts/eval-phrasings.ts [--errors] [--ocr] [file.json ...]
import { prf } from '#src/core/extraction/evaluate.ts';
import { bankFiles, loadOcr, scoreBank, type BankScore } from '../tests/support/phrasings.ts';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const ocrOnly = args.includes('--ocr');
const files = args.filter((a) => !a.startsWith('--'));
const pct = (x: number): string => (100 * x).toFixed(1);

function report(name: string, s: BankScore): void {
  console.log(`${name}: ${s.cases} cases, P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} (tp ${s.tp} fp ${s.fp} fn ${s.fn}); distractors giving their indicator ${s.distractorHits}/${s.distractors}`);
  const causes = Object.entries(s.factErrors).filter(([, c]) => c.fp + c.fn > 0);
  console.log(`  causes fp/fn: ${causes.map(([k, c]) => `${k} ${c.fp}/${c.fn}`).join(', ')}`);
  const by = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const r of s.results) {
    const c = by.get(r.case.about) ?? { tp: 0, fp: 0, fn: 0 };
    c.fp += r.spurious.length;
    c.fn += r.missed.length;
    c.tp += r.case.facts.length - r.missed.length;
    by.set(r.case.about, c);
  }
  for (const [code, c] of by) {
    const p = prf(c);
    console.log(`  ${code.padEnd(26)} P ${pct(p.precision).padStart(5)} R ${pct(p.recall).padStart(5)} F1 ${pct(p.f1).padStart(5)}  (fp ${c.fp}, fn ${c.fn})`);
  }
  if (!showErrors) return;
  for (const r of s.results) {
    if (r.missed.length === 0 && r.spurious.length === 0) continue;
    console.log(`  #${r.index} [${r.case.about} ${r.case.kind}] ${r.case.text.replace(/\n/g, ' ⏎ ')}`);
    for (const e of r.errors) console.log(`      ${e.cause.padEnd(16)} ${e.predicted ? `+${e.predicted}` : ''}${e.predicted && e.gold ? ' ' : ''}${e.gold ? `-${e.gold}` : ''}`);
  }
}

for (const file of files.length ? files : bankFiles()) {
  if (!ocrOnly) report(`${file} (clean)`, scoreBank(file));
  const ocr = loadOcr(file);
  if (ocr) report(`${file} (eng OCR)`, scoreBank(file, ocr));
}
