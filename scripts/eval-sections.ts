// Scores the sections bank (tests/fixtures/sections, see tests/support/sections.ts): list
// precision / recall / F1 per list field, per bank file, on clean text and on its English-model
// OCR copy when one exists. `--errors` lists every case that went wrong; `--ocr` scores the OCR
// copies only.
// Usage: npx tsx scripts/eval-sections.ts [--errors] [--ocr] [file.json ...]
import { loadSectionsOcr, scoreSections, sectionFields, sectionFiles, type SectionScore } from '../tests/support/sections.ts';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const ocrOnly = args.includes('--ocr');
const files = args.filter((a) => !a.startsWith('--'));
const pct = (x: number): string => (100 * x).toFixed(1);

function report(name: string, s: SectionScore, texts?: string[]): void {
  console.log(`${name}: ${s.cases} cases, P ${pct(s.all.precision)} R ${pct(s.all.recall)} F1 ${pct(s.all.f1)} (tp ${s.all.tp} fp ${s.all.fp} fn ${s.all.fn})`);
  for (const f of sectionFields) {
    const c = s.byField[f];
    if (c.cases === 0) continue;
    console.log(`  ${f.padEnd(16)} ${String(c.cases).padStart(4)} cases  P ${pct(c.precision).padStart(5)} R ${pct(c.recall).padStart(5)} F1 ${pct(c.f1).padStart(5)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`);
  }
  if (!showErrors) return;
  for (const r of s.results) {
    if (r.missed.length === 0 && r.spurious.length === 0) continue;
    const text = texts ? texts[r.index]! : r.case.text;
    console.log(`  #${r.index} [${r.case.kind} ${r.case.about}]`);
    console.log(`      ${text.replace(/\n/g, '\n      ')}`);
    if (r.missed.length) console.log(`      missed:   ${r.missed.join('  ')}`);
    if (r.spurious.length) console.log(`      spurious: ${r.spurious.join('  ')}`);
  }
}

const chosen = files.length ? files : sectionFiles();
if (chosen.length === 0) console.log('no bank files in tests/fixtures/sections');
for (const file of chosen) {
  if (!ocrOnly) report(`${file} (clean)`, scoreSections(file));
  const ocr = loadSectionsOcr(file);
  if (ocr) report(`${file} (eng OCR)`, scoreSections(file, ocr), ocr);
  else if (ocrOnly) console.log(`${file}: no OCR copy`);
  // (A 200 dpi copy, where a bank has one: `ocr-sections.ts --dpi 200`.)
  const ocr200 = loadSectionsOcr(file, 'eng-200');
  if (ocr200) report(`${file} (eng-200 OCR)`, scoreSections(file, ocr200), ocr200);
}
