// Learns the OCR character confusion model of personal names in a signature block, P(observed |
// true) for the letters of a name line (src/core/vietnamese/model/name-confusions.json). The
// repair scores the words of a line that is only a personal name with it (docs/language-model.md).
// A name line differs from running text: every word is capitalised, the line is short and alone
// in its paragraph, and signature names are usually bold, so the English model drops or swaps
// marks there in its own way (a bold "ừ" comes out as "w" or "v", a bold "ê" as "é" or "eé").
// Training names only: full names composed from the public name lists (corpus/person-names-vi.txt
// and corpus/person-names-extra-vi.txt: a surname, then a middle and given name), never the
// samples of scripts/eval-names.ts (the "middle given" pairs of tests/fixtures/names/unseen-3.txt,
// taken from the public list, are skipped). Each page is rendered one name per paragraph in Liberation
// Serif 13, bold and regular, at 300 and 200 dpi, read back with `tesseract -l eng` (page
// segmentation 3, not the measure's 4), paired line by line with the names and aligned syllable
// by syllable as scripts/learn-confusions.ts does. Deterministic (seeded choice of names).
// With --caps the names are printed in capitals (a signer's name as some blocks print it: the
// English model drops nearly every mark there, so the letters tell the name's letters only) and
// the table goes to name-caps-confusions.json, the channel of a name line in capitals.
// Usage: npx tsx scripts/learn-name-confusions.ts [--caps] [names per page = 150] [pages per rendering = 4]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { countConfusions, pairLines, type LinePair } from './support/confusions.ts';
import { pool } from './support/render-ocr.ts';

const run = promisify(execFile);
const caps = process.argv.includes('--caps');
const args = process.argv.slice(2).filter((a) => a !== '--caps');
const perPage = Number(args[0] ?? 150);
const pagesPerRendering = Number(args[1] ?? 4);

let seed = 20261125;
const rand = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

// person-names-vi.txt: "S" surnames, "F"/"M"/"G" middle and given names (a woman's, a man's,
// either's); person-names-extra-vi.txt: "S" surnames, "M" middle names, "G" given names.
const entriesOf = (f: string): RegExpExecArray[] =>
  readFileSync(f, 'utf8')
    .normalize('NFC')
    .split('\n')
    .map((l) => /^([SFMG]) (.+)$/u.exec(l))
    .filter((x): x is RegExpExecArray => x !== null);
const listed = entriesOf('corpus/person-names-vi.txt');
const extra = entriesOf('corpus/person-names-extra-vi.txt');
const surnames = [...listed, ...extra].filter((e) => e[1] === 'S').map((e) => e[2]!);
const middles = extra.filter((e) => e[1] === 'M').map((e) => e[2]!);
// The public-list pairs of the third eval sample are never drawn (see tests/fixtures/names/unseen-3.txt).
const heldOut = new Set(
  readFileSync('tests/fixtures/names/unseen-3.txt', 'utf8')
    .normalize('NFC')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split(' ').slice(-2).join(' ')),
);
const givens = [...listed.filter((e) => e[1] !== 'S' && !heldOut.has(e[2]!)), ...extra.filter((e) => e[1] === 'G')].map((e) => e[2]!);
// Names as signature blocks print them: the common middle names Văn and Thị before a one-word
// given name, the list's "middle given" pairs, and the rarer middle names of the extra list.
const COMMON_MIDDLES = ['Văn', 'Thị'];
// The entries of tests/fixtures/names/list-dev.txt and list-final.txt (scripts/build-name-samples.ts)
// are entries these seeded draws never reach; should other arguments reach one, it is drawn again.
const sampled = new Set(
  ['list-dev', 'list-final'].flatMap((f) =>
    readFileSync(`tests/fixtures/names/${f}.txt`, 'utf8')
      .normalize('NFC')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => l.split(' ').slice(-2).join(' ')),
  ),
);
function composeName(): string {
  let g = pick(givens);
  while (sampled.has(g)) g = pick(givens);
  const r = rand();
  const given = g.split(' ');
  if (r < 0.35) return `${pick(surnames)} ${pick(COMMON_MIDDLES)} ${given[given.length - 1]}`;
  if (r < 0.45 && middles.length) return `${pick(surnames)} ${pick(middles)} ${given[given.length - 1]}`;
  return `${pick(surnames)} ${g}`;
}

const renderings = [
  { weight: 'Bold', dpi: 300 },
  { weight: 'Bold', dpi: 200 },
  { weight: '', dpi: 300 },
  { weight: '', dpi: 200 },
];
const jobs = renderings.flatMap((r) =>
  Array.from({ length: pagesPerRendering }, () => ({ ...r, names: Array.from({ length: perPage }, () => (caps ? composeName().toUpperCase() : composeName())) })),
);

const dir = mkdtempSync(join(tmpdir(), 'learn-name-confusions-'));
let pairs: LinePair[][];
try {
  pairs = await pool(jobs, 2, async (job, i) => {
    const txt = join(dir, `p${i}.txt`);
    const png = join(dir, `p${i}.png`);
    writeFileSync(txt, `${job.names.join('\n\n')}\n`);
    const font = `Liberation Serif ${job.weight ? `${job.weight} ` : ''}13`;
    await run('pango-view', [`--font=${font}`, `--dpi=${job.dpi}`, '-q', '-o', png, txt]);
    const { stdout } = await run('tesseract', [png, '-', '-l', 'eng'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
    const ocr = stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    const out = pairLines(job.names, ocr);
    process.stdout.write(`page ${i + 1}/${jobs.length}: ${out.length}/${job.names.length} lines paired\n`);
    return out;
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const { counts, syllables } = countConfusions(pairs.flat());
const lines = pairs.flat().length;
writeFileSync(
  `src/core/vietnamese/model/${caps ? 'name-caps-confusions.json' : 'name-confusions.json'}`,
  JSON.stringify({
    about: `P(observed|true) character counts of personal-name lines${caps ? ' in capitals' : ''}, learned by scripts/learn-name-confusions.ts from pango-view renders (bold and regular, 300 and 200 dpi) read by tesseract -l eng`,
    lines,
    syllables,
    counts,
  }),
);
console.log(`${lines} name lines, ${syllables} syllable pairs`);
