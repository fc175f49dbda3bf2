// Scanned path against bare Tesseract on the same pages. The fixtures in tests/fixtures/scans are
// two noisy greyscale A4 pages and an image-only PDF of them (scripts/make-fixtures.sh).
//   bare:  `tesseract <page>.png - -l vie` for each page, one after the other (Tesseract's own threads)
//   ours:  readDocument(PDF) = pdftoppm 300 dpi + tesseract -l vie per page (2 in parallel) + repair + extraction
//          readDocument(PNG) = one page image through OCR + repair + extraction, against bare on that page
// Runs are interleaved (bare, ours, bare, ours …) so load from other processes hits both alike;
// the ratio is taken per pair and its median printed. Run: npx tsx bench/ocr.bench.ts [runs=5]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { readDocument } from '#src/ingest/read-document.ts';

const runs = Number(process.argv[2] ?? 5);
const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'scans');
const pages = ['r07-page1.png', 'r07-page2.png'].map((p) => join(dir, p));
const pdf = readFileSync(join(dir, 'r07-scan.pdf'));
const png = readFileSync(pages[0]!);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function bare(files: string[], oneThread = false): number {
  const env = oneThread ? { ...process.env, OMP_THREAD_LIMIT: '1' } : process.env;
  const t0 = performance.now();
  for (const f of files) execFileSync('tesseract', [f, '-', '-l', 'vie'], { stdio: ['ignore', 'pipe', 'ignore'], env });
  return performance.now() - t0;
}
async function ours(bytes: Buffer, filename: string): Promise<number> {
  const t0 = performance.now();
  const r = await readDocument({ bytes, filename }, { ocrEngine: 'native' });
  if (r.text.length < 100) throw new Error('OCR produced no text');
  return performance.now() - t0;
}

console.log(`load average at start: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
await ours(png, 'warm.png'); // loads the repair model once, as a running server has it loaded
for (const [label, files, bytes, name] of [
  ['PDF, 2 pages', pages, pdf, 'scan.pdf'],
  ['PNG, 1 page', [pages[0]!], png, 'page.png'],
] as const) {
  const b: number[] = [];
  const b1: number[] = [];
  const o: number[] = [];
  const ratio: number[] = [];
  const ratio1: number[] = [];
  for (let r = 0; r < runs; r++) {
    const tb = bare([...files]);
    const tb1 = bare([...files], true);
    const to = await ours(bytes, name);
    b.push(tb);
    b1.push(tb1);
    o.push(to);
    ratio.push(to / tb);
    ratio1.push(to / tb1);
  }
  const s = (xs: number[]): string => `${(median(xs) / 1000).toFixed(2)} s`;
  console.log(
    `${label}: bare tesseract ${s(b)} (OMP_THREAD_LIMIT=1: ${s(b1)}), Lan Tỏa ${s(o)}; ` +
      `ratio ${median(ratio).toFixed(2)}× (vs 1-thread bare ${median(ratio1).toFixed(2)}×); medians of ${runs} runs`,
  );
}
