// Renders each case of a phrasing bank (tests/fixtures/phrasings/<name>.json) the way
// scripts/make-fixtures.sh renders documents (Liberation Serif 13 pt, A4 text width, 300 dpi) and
// reads it back with Tesseract's English model, which mangles Vietnamese marks as the seeds' scans
// do. Writes <name>.ocr-eng.json: per case, in order, { text: context + text, ocr }.
// Needs pango-view and tesseract (tesseract-ocr-eng). Usage: npx tsx scripts/ocr-phrasings.ts [name.json ...]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bankFiles, caseBody, loadBank, phrasingsDir } from '../tests/support/phrasings.ts';
import { ocrText, pool } from './support/render-ocr.ts';


const jobs = Number(process.env.JOBS ?? 2);
for (const file of process.argv.slice(2).length ? process.argv.slice(2) : bankFiles()) {
  const cases = loadBank(file);
  const dir = mkdtempSync(join(tmpdir(), 'phrasings-'));
  const out = await pool(cases, jobs, async (c, i) => {
    const text = caseBody(c);
    return { text, ocr: await ocrText(text, dir, i) };
  });
  rmSync(dir, { recursive: true, force: true });
  const target = join(phrasingsDir, file.replace(/\.json$/, '.ocr-eng.json'));
  writeFileSync(target, `[\n${out.map((o) => `  ${JSON.stringify(o)}`).join(',\n')}\n]\n`);
  console.log(`${target}: ${out.length} cases`);
}
