// Measures how well the repair restores personal names in signature blocks. Two samples:
//  - seen: 150 bare three-word names from corpus/names-vi.txt (every 7th), names the model counts;
//  - unseen: tests/fixtures/names/unseen.txt, names invented for this measure that no model
//    builder reads (Kinh names common and rare, and names of minority peoples).
// Each is rendered one name per paragraph in Liberation Serif 13, bold (how signature names are
// printed) and regular (how the fixtures are rendered), at 300 and 200 dpi, read back with
// `tesseract -l eng` (the seeds' damage), and each line is repaired and compared with the name.
// Deterministic. Needs pango1.0-tools, tesseract-ocr, tesseract-ocr-eng, fonts-liberation2 (see
// docs/language-model.md). Usage: npx tsx scripts/eval-names.ts [--show] (--show prints misses).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repairVietnamese } from '#src/core/vietnamese/repair.ts';

const show = process.argv.includes('--show');
const seen = readFileSync('corpus/names-vi.txt', 'utf8')
  .normalize('NFC')
  .split('\n')
  .filter((l) => /^\p{Lu}\p{Ll}* \p{Lu}\p{Ll}* \p{Lu}\p{Ll}*$/u.test(l))
  .filter((_, i) => i % 7 === 0)
  .slice(0, 150);
const unseen = readFileSync('tests/fixtures/names/unseen.txt', 'utf8')
  .normalize('NFC')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'));
const renderings = [
  { weight: 'Bold', dpi: 300 },
  { weight: 'Bold', dpi: 200 },
  { weight: '', dpi: 300 },
  { weight: '', dpi: 200 },
];

const dir = mkdtempSync(join(tmpdir(), 'eval-names-'));
try {
  for (const [label, names] of [['seen', seen], ['unseen', unseen]] as const) {
    for (const r of renderings) {
      writeFileSync(join(dir, 'page.txt'), `${names.join('\n\n')}\n`);
      const font = `Liberation Serif ${r.weight ? `${r.weight} ` : ''}13`;
      execFileSync('pango-view', [`--font=${font}`, `--dpi=${r.dpi}`, '-q', '-o', join(dir, 'page.png'), join(dir, 'page.txt')]);
      const ocr = execFileSync('tesseract', [join(dir, 'page.png'), '-', '-l', 'eng', '--psm', '4'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .split('\n')
        .filter((l) => l.trim() !== '');
      if (ocr.length !== names.length) throw new Error(`${label} ${font} ${r.dpi} dpi: OCR gave ${ocr.length} lines for ${names.length} names`);
      let whole = 0;
      let given = 0;
      let syllables = 0;
      let total = 0;
      names.forEach((truth, i) => {
        const got = repairVietnamese(ocr[i] ?? '').text.trim().split(/\s+/);
        const want = truth.split(' ');
        if (got.join(' ') === truth) whole++;
        else if (show) console.log(`  ${ocr[i]} -> ${got.join(' ')} (want ${truth})`);
        if (got[got.length - 1] === want[want.length - 1]) given++;
        want.forEach((w, k) => {
          total++;
          if (got[k] === w) syllables++;
        });
      });
      const pct = (a: number, b: number): string => `${((100 * a) / b).toFixed(1)} %`;
      const what = `${label} (${names.length}), ${r.weight ? 'bold' : 'regular'} ${r.dpi} dpi:`.padEnd(30);
      console.log(`${what} whole name ${pct(whole, names.length)}, given name ${pct(given, names.length)}, syllables ${pct(syllables, total)}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
