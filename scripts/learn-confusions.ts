// Learns the OCR character confusion model P(observed | true) used by the Vietnamese repair.
// Clean corpus text is rendered to images with pango-view (Liberation Serif, several sizes and
// resolutions), read back with `tesseract -l eng` exactly as the damaged documents were made,
// aligned line by line and syllable by syllable to the source, and each syllable pair is
// character-aligned by edit distance. Output: src/core/vietnamese/model/confusions.json.
// Usage: npx tsx scripts/learn-confusions.ts [pages=40]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countConfusions, pairLines, type LinePair } from './support/confusions.ts';

const pages = Number(process.argv[2] ?? 40);
const work = '/tmp/lantoa-confusions';
mkdirSync(work, { recursive: true });

// Deterministic PRNG so the learned table is reproducible.
let seed = 20261123;
const rand = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const w of para.split(/\s+/).filter(Boolean)) {
      if (line && line.length + w.length + 1 > width) {
        out.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    if (line) out.push(line);
  }
  return out;
}

const sources = ['corpus/admin-vi.txt', 'corpus/libreoffice-help-vi.txt', 'corpus/names-vi.txt'];
const lines = sources.flatMap((f) => (existsSync(f) ? wrap(readFileSync(f, 'utf8'), 64) : []));
const variants = [
  { font: 'Liberation Serif 13', dpi: 300, psm: '3' },
  { font: 'Liberation Serif 12', dpi: 300, psm: '6' },
  { font: 'Liberation Serif 14', dpi: 200, psm: '3' },
  { font: 'Liberation Serif 13', dpi: 150, psm: '6' },
];

const pairs: LinePair[] = [];
for (let p = 0; p < pages; p++) {
  const start = Math.floor(rand() * Math.max(1, lines.length - 40));
  const page = lines.slice(start, start + 36).map((l) => (rand() < 0.15 ? l.toUpperCase() : l));
  const v = variants[p % variants.length]!;
  const base = join(work, `p${p}`);
  const txt = `${base}.txt`;
  writeFileSync(txt, page.join('\n') + '\n');
  const ocrFile = `${base}.${v.dpi}.${v.psm}.ocr`;
  if (!existsSync(ocrFile)) {
    execFileSync('pango-view', [`--font=${v.font}`, `--dpi=${v.dpi}`, '-q', '-o', `${base}.png`, txt]);
    const out = execFileSync('tesseract', [`${base}.png`, '-', '-l', 'eng', '--psm', v.psm], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    writeFileSync(ocrFile, out);
  }
  const ocrLines = readFileSync(ocrFile, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  pairs.push(...pairLines(page, ocrLines));
  process.stdout.write(`page ${p + 1}/${pages}: ${pairs.length} aligned lines\r`);
}

const { counts, syllables } = countConfusions(pairs, 10);
const model = {
  about: 'P(observed|true) character counts learned by scripts/learn-confusions.ts from pango-view renders read by tesseract -l eng',
  pages,
  lines: pairs.length,
  syllables,
  counts,
};
writeFileSync('src/core/vietnamese/model/confusions.json', JSON.stringify(model));
console.log(`\n${pairs.length} lines, ${syllables} syllable pairs`);
