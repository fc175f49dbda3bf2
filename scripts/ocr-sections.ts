// Renders each case of a sections bank (tests/fixtures/sections/<name>.json: an array of
// { kind, about, text, gold }) the way scripts/make-fixtures.sh renders documents (Liberation
// Serif 13 pt, A4 text width, 300 dpi) and reads it back with Tesseract's English model, which
// mangles Vietnamese marks as the seeds' scans do. Writes <name>.ocr-eng.json: per case, in
// order, { text, ocr }. A case whose text is unchanged since the last run keeps its OCR, so
// adding cases only renders the new ones.
// `--dpi 200` renders at 200 dpi and writes <name>.ocr-eng-200.json instead (the fixtures' eng-200 copy).
// Needs pango-view and tesseract (tesseract-ocr-eng). Usage: npx tsx scripts/ocr-sections.ts [--dpi 200] [name.json ...]
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ocrText, pool } from './support/render-ocr.ts';

const sectionsDir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'sections');

interface OcrCase {
  text: string;
  ocr: string;
}

function bankFiles(): string[] {
  if (!existsSync(sectionsDir)) return [];
  return readdirSync(sectionsDir)
    .filter((f) => f.endsWith('.json') && !/\.ocr-[a-z0-9-]+\.json$/.test(f))
    .sort();
}

function loadTexts(file: string): string[] {
  const raw = JSON.parse(readFileSync(join(sectionsDir, file), 'utf8')) as unknown;
  if (!Array.isArray(raw)) throw new Error(`${file}: not an array of cases`);
  return raw.map((c: unknown, i) => {
    const text = (c as { text?: unknown }).text;
    if (typeof text !== 'string') throw new Error(`${file} #${i}: a case needs text`);
    return text;
  });
}

function previousOcr(target: string): Map<string, string> {
  const done = new Map<string, string>();
  if (!existsSync(target)) return done;
  for (const o of JSON.parse(readFileSync(target, 'utf8')) as OcrCase[]) done.set(o.text, o.ocr);
  return done;
}

const jobs = Number(process.env.JOBS ?? 2);
const args = process.argv.slice(2);
const dpiAt = args.indexOf('--dpi');
const dpi = dpiAt >= 0 ? Number(args.splice(dpiAt, 2)[1]) : 300;
const suffix = dpi === 300 ? '.ocr-eng.json' : `.ocr-eng-${dpi}.json`;
for (const file of args.length ? args : bankFiles()) {
  const texts = loadTexts(file);
  const target = join(sectionsDir, file.replace(/\.json$/, suffix));
  const done = previousOcr(target);
  const dir = mkdtempSync(join(tmpdir(), 'sections-'));
  let fresh = 0;
  const out = await pool(texts, jobs, async (text, i): Promise<OcrCase> => {
    const kept = done.get(text);
    if (kept !== undefined) return { text, ocr: kept };
    fresh++;
    return { text, ocr: await ocrText(text, dir, i, dpi) };
  });
  rmSync(dir, { recursive: true, force: true });
  writeFileSync(target, `[\n${out.map((o) => `  ${JSON.stringify(o)}`).join(',\n')}\n]\n`);
  console.log(`${target}: ${out.length} cases (${fresh} read now)`);
}
