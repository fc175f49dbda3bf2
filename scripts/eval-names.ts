// Measures how well the repair restores personal names in signature blocks: takes 150 bare
// three-word names from corpus/names-vi.txt (every 7th), renders them one per paragraph in bold
// Liberation Serif at 300 dpi (how signature names are printed), reads them back with
// `tesseract -l eng` (the seeds' damage), repairs each line and counts exact names.
// Needs pango1.0-tools, tesseract-ocr, tesseract-ocr-eng, fonts-liberation2 (see
// docs/language-model.md). Usage: npx tsx scripts/eval-names.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repairVietnamese } from '#src/core/vietnamese/repair.ts';

const names = readFileSync('corpus/names-vi.txt', 'utf8')
  .normalize('NFC')
  .split('\n')
  .filter((l) => /^\p{Lu}\p{Ll}* \p{Lu}\p{Ll}* \p{Lu}\p{Ll}*$/u.test(l))
  .filter((_, i) => i % 7 === 0)
  .slice(0, 150);
const dir = mkdtempSync(join(tmpdir(), 'eval-names-'));
try {
  writeFileSync(join(dir, 'page.txt'), `${names.join('\n\n')}\n`);
  execFileSync('pango-view', ['--font=Liberation Serif Bold 13', '--dpi=300', '-q', '-o', join(dir, 'page.png'), join(dir, 'page.txt')]);
  const ocr = execFileSync('tesseract', [join(dir, 'page.png'), '-', '-l', 'eng', '--psm', '4'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .split('\n')
    .filter((l) => l.trim() !== '');
  if (ocr.length !== names.length) throw new Error(`OCR gave ${ocr.length} lines for ${names.length} names`);
  let whole = 0;
  let given = 0;
  let syllables = 0;
  let total = 0;
  names.forEach((truth, i) => {
    const got = repairVietnamese(ocr[i] ?? '').text.trim().split(/\s+/);
    const want = truth.split(' ');
    if (got.join(' ') === truth) whole++;
    if (got[got.length - 1] === want[want.length - 1]) given++;
    want.forEach((w, k) => {
      total++;
      if (got[k] === w) syllables++;
    });
  });
  const pct = (a: number, b: number): string => `${((100 * a) / b).toFixed(1)} %`;
  console.log(`${names.length} names: whole name ${pct(whole, names.length)}, given name ${pct(given, names.length)}, syllables ${pct(syllables, total)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
