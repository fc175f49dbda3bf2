// Shared by the scripts that make English-model OCR the way scripts/make-fixtures.sh does
// (eval-issuers, eval-signers, ocr-phrasings): a text rendered as a Decree 30 page (Liberation Serif 13 pt,
// A4 text width, ~20 mm margin) with pango-view, read back by `tesseract -l eng` on one thread.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Renders `txt` to `png` at `dpi` like a page of the fixtures. */
export async function renderPage(txt: string, png: string, dpi: number): Promise<void> {
  const margin = String(Math.round((dpi * 20) / 25));
  await run('pango-view', ['--font=Liberation Serif 13', `--dpi=${dpi}`, '--width=468', '--wrap=word', '--justify', `--margin=${margin}`, '--hinting=full', '--antialias=gray', '-q', '-o', png, txt]);
}

/** The English model's reading of a page image (one tesseract thread: callers run pages in parallel). */
export async function ocrEnglish(png: string): Promise<string> {
  return ocrPage(png, 'eng');
}

/** A Tesseract model's reading of a page image, on one thread. */
export async function ocrPage(png: string, lang: string): Promise<string> {
  const { stdout } = await run('tesseract', [png, '-', '-l', lang], { env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
  return stdout;
}

/**
 * `text`'s OCR, cached in `cacheDir` under a hash of `key` + text: on a miss, `read` gets a scratch
 * directory holding the text as doc.txt and returns the reading, which is written atomically.
 */
export async function cachedOcr(cacheDir: string, key: string, text: string, read: (dir: string) => Promise<string>): Promise<string> {
  const hash = createHash('sha1').update(`${key}\n${text}`).digest('hex');
  const out = join(cacheDir, `${hash}.txt`);
  if (existsSync(out)) return readFileSync(out, 'utf8');
  const dir = join(cacheDir, `tmp-${hash}`);
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(join(dir, 'doc.txt'), text);
    const stdout = await read(dir);
    writeFileSync(`${out}.part`, stdout);
    renameSync(`${out}.part`, out);
    return stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** f over xs with at most n calls in flight; results in the order of xs. */
export async function pool<T, R>(xs: T[], n: number, f: (x: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(xs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < xs.length) {
        const i = next++;
        out[i] = await f(xs[i] as T, i);
      }
    }),
  );
  return out;
}

/** One text rendered at `dpi` in `dir` (as `<n>.txt` / `<n>.png`) and read back by the English model. */
export async function ocrText(text: string, dir: string, n: number, dpi = 300): Promise<string> {
  const txt = join(dir, `${n}.txt`);
  const png = join(dir, `${n}.png`);
  writeFileSync(txt, `${text}\n`);
  await renderPage(txt, png, dpi);
  return (await ocrEnglish(png)).replace(/\s+$/, '');
}
