// Measures how well the repair restores personal names in signature blocks. Three samples:
//  - seen: 150 bare three-word names from corpus/names-vi.txt (every 7th), names the model counts;
//  - unseen: tests/fixtures/names/unseen.txt, names invented for this measure that no model
//    builder reads (Kinh names common and rare, and names of minority peoples);
//  - unseen-2: tests/fixtures/names/unseen-2.txt, a second such sample written later by another
//    hand (mostly Kinh names of three and four words), also read by no model builder;
//  - unseen-3: tests/fixtures/names/unseen-3.txt, pairs of the public list (person-names-vi.txt)
//    that the channel learner never draws, after a family name (names a broad list knows);
//  - list-dev, list-final: tests/fixtures/names/list-dev.txt and list-final.txt, public-list entries no
//    tuning used (scripts/build-name-samples.ts); measure on list-dev while changing the repair and
//    score list-final only at the end of a change.
// Each is rendered one name per paragraph in Liberation Serif 13, bold (how signature names are
// printed) and regular (how the fixtures are rendered), at 300 and 200 dpi, read back with
// `tesseract -l eng` (the seeds' damage), and each line is repaired and compared with the name.
// More renderings check other paths: the names in capitals (bold and regular, 300 and 200 dpi;
// compared in capitals) and the Vietnamese model's reading (`-l vie`, regular, 300 dpi) through the repair.
// The "page" renderings are those of the fixtures (scripts/make-fixtures.sh: regular, A4 text width,
// margin, full hinting, grey antialiasing, page segmentation 3) at 300 and 200 dpi: how the holdout's
// signers are read. `--page` measures those two renderings only.
// Deterministic. Needs pango1.0-tools, tesseract-ocr, tesseract-ocr-eng, tesseract-ocr-vie,
// fonts-liberation2 (see docs/language-model.md).
// Usage: npx tsx scripts/eval-names.ts [--show] [--page] [--sample seen|unseen|unseen-2|unseen-3|list-dev|list-final] [--cache DIR]
// (--show prints misses; --sample measures one sample only; --cache keeps the OCR readings in DIR
// and reuses them, for comparing repairs without running tesseract again).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repairVietnamese } from '#src/core/vietnamese/repair.ts';
import { ocrEnglish, renderPage } from './support/render-ocr.ts';

const show = process.argv.includes('--show');
const pageOnly = process.argv.includes('--page');
const option = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const only = option('--sample');
const cache = option('--cache');
const seen = readFileSync('corpus/names-vi.txt', 'utf8')
  .normalize('NFC')
  .split('\n')
  .filter((l) => /^\p{Lu}\p{Ll}* \p{Lu}\p{Ll}* \p{Lu}\p{Ll}*$/u.test(l))
  .filter((_, i) => i % 7 === 0)
  .slice(0, 150);
const sample = (file: string): string[] =>
  readFileSync(file, 'utf8')
    .normalize('NFC')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
const samples = ([
  ['seen', seen],
  ['unseen', sample('tests/fixtures/names/unseen.txt')],
  ['unseen-2', sample('tests/fixtures/names/unseen-2.txt')],
  ['unseen-3', sample('tests/fixtures/names/unseen-3.txt')],
  ['list-dev', sample('tests/fixtures/names/list-dev.txt')],
  ['list-final', sample('tests/fixtures/names/list-final.txt')],
] as const).filter(([label]) => (only === undefined ? label !== 'list-final' : label === only));
const renderings = [
  { weight: '', dpi: 300, lang: 'eng', caps: false, page: true },
  { weight: '', dpi: 200, lang: 'eng', caps: false, page: true },
  { weight: 'Bold', dpi: 300, lang: 'eng', caps: false },
  { weight: 'Bold', dpi: 200, lang: 'eng', caps: false },
  { weight: '', dpi: 300, lang: 'eng', caps: false },
  { weight: '', dpi: 200, lang: 'eng', caps: false },
  { weight: 'Bold', dpi: 300, lang: 'eng', caps: true },
  { weight: 'Bold', dpi: 200, lang: 'eng', caps: true },
  { weight: '', dpi: 300, lang: 'eng', caps: true },
  { weight: '', dpi: 200, lang: 'eng', caps: true },
  { weight: '', dpi: 300, lang: 'vie', caps: false },
].filter((r) => !pageOnly || ('page' in r && r.page));

const dir = mkdtempSync(join(tmpdir(), 'eval-names-'));
try {
  for (const [label, sampleNames] of samples) {
    for (const r of renderings) {
      const names = r.caps ? sampleNames.map((n) => n.toUpperCase()) : sampleNames;
      const page = `${names.join('\n\n')}\n`;
      const font = `Liberation Serif ${r.weight ? `${r.weight} ` : ''}13`;
      const page_ = 'page' in r && r.page;
      const kept = cache && join(cache, `${label}-${page_ ? 'page' : r.weight || 'Regular'}-${r.dpi}-${r.lang}${r.caps ? '-caps' : ''}.json`);
      let ocr: string[];
      if (kept && existsSync(kept) && (JSON.parse(readFileSync(kept, 'utf8')) as { page: string }).page === page) {
        ocr = (JSON.parse(readFileSync(kept, 'utf8')) as { ocr: string[] }).ocr;
      } else {
        writeFileSync(join(dir, 'page.txt'), page);
        if (page_) {
          await renderPage(join(dir, 'page.txt'), join(dir, 'page.png'), r.dpi);
          ocr = (await ocrEnglish(join(dir, 'page.png'))).split('\n').filter((l) => l.trim() !== '');
        } else {
        execFileSync('pango-view', [`--font=${font}`, `--dpi=${r.dpi}`, '-q', '-o', join(dir, 'page.png'), join(dir, 'page.txt')]);
        ocr = execFileSync('tesseract', [join(dir, 'page.png'), '-', '-l', r.lang, '--psm', '4'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
          .split('\n')
          .filter((l) => l.trim() !== '');
        }
        if (kept) {
          mkdirSync(cache, { recursive: true });
          writeFileSync(kept, JSON.stringify({ page, ocr }));
        }
      }
      if (ocr.length !== names.length) throw new Error(`${label} ${font} ${r.dpi} dpi: OCR gave ${ocr.length} lines for ${names.length} names`);
      let whole = 0;
      let given = 0;
      let syllables = 0;
      let total = 0;
      names.forEach((truth, i) => {
        const repaired = repairVietnamese(ocr[i] ?? '').text.trim();
        const got = (r.caps ? repaired.toUpperCase() : repaired).split(/\s+/);
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
      const what = `${label} (${names.length}), ${r.caps ? 'CAPS ' : ''}${page_ ? 'page' : r.weight ? 'bold' : 'regular'} ${r.dpi}${r.lang === 'vie' ? ' vie' : ''}:`.padEnd(36);
      console.log(`${what} whole name ${pct(whole, names.length)}, given name ${pct(given, names.length)}, syllables ${pct(syllables, total)}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
