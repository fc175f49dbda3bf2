// OCR with Tesseract's Vietnamese model. Native `tesseract` (Debian tesseract-ocr +
// tesseract-ocr-vie) is used when it is on PATH because it is faster; otherwise tesseract.js
// runs fully offline with the model shipped in @tesseract.js-data/vie (no network, no cache).
// Scanned PDFs are rendered to PNG by `pdftoppm` (poppler-utils). Every child process has a
// timeout and an output cap.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '#src/errors.ts';

export type OcrEngine = 'tesseract-native' | 'tesseract.js';

interface RunResult { stdout: string; stderr: string }

function run(cmd: string, args: string[], timeoutMs: number, signal?: AbortSignal, env?: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8', signal, env: env ?? process.env, killSignal: 'SIGKILL' }, (err, stdout, stderr) => {
      if (err) reject(Object.assign(err, { stderr }));
      else resolve({ stdout, stderr });
    });
  });
}

let nativeProbe: Promise<boolean> | undefined;
/** True when `tesseract` is on PATH and has the `vie` model. */
export function hasNativeTesseract(): Promise<boolean> {
  nativeProbe ??= run('tesseract', ['--list-langs'], 10_000).then(
    (r) => /^vie$/m.test(r.stdout + r.stderr),
    () => false,
  );
  return nativeProbe;
}

let popplerProbe: Promise<boolean> | undefined;
export function hasPdftoppm(): Promise<boolean> {
  popplerProbe ??= run('pdftoppm', ['-v'], 10_000).then(() => true, () => false);
  return popplerProbe;
}

const timeoutError = (ms: number): AppError => new AppError('FILE_TIMEOUT', `Nhận dạng chữ (OCR) quá thời gian cho phép (${Math.round(ms / 1000)} giây).`, { internal: 'ocr timeout' });

function mapChildError(e: unknown, timeoutMs: number, what: string): AppError {
  const err = e as NodeJS.ErrnoException & { killed?: boolean; signal?: string; stderr?: string };
  if (err.code === 'ENOENT') return missing(what === 'pdftoppm' ? 'pdftoppm' : 'tesseract');
  if (err.killed || err.signal === 'SIGKILL' || err.code === 'ABORT_ERR') return timeoutError(timeoutMs);
  return new AppError('FILE_CORRUPT', 'Không đọc được ảnh hoặc trang quét (tệp có thể bị hỏng).', { internal: `${what}: ${err.message} ${err.stderr ?? ''}`.slice(0, 500) });
}

export function missing(tool: 'pdftoppm' | 'tesseract'): AppError {
  return tool === 'pdftoppm'
    ? new AppError('DEPENDENCY_MISSING', 'Cần gói poppler-utils để đọc PDF dạng ảnh quét. Cài bằng lệnh: sudo apt-get install poppler-utils', { internal: 'pdftoppm not found' })
    : new AppError('DEPENDENCY_MISSING', 'Cần Tesseract với mô hình tiếng Việt để nhận dạng chữ. Cài bằng lệnh: sudo apt-get install tesseract-ocr tesseract-ocr-vie', { internal: 'tesseract not found' });
}

/**
 * A scanned PDF is usually one image per page: when every page has exactly one embedded image
 * of at least 150 ppi, `pdfimages` (poppler-utils) extracts those pixels as they are — no
 * re-rendering, so OCR sees exactly the scanned page at its own resolution and runs faster than
 * on an upsampled 300 dpi render. Returns null when the layout is anything else.
 */
async function extractPageImages(dir: string, pages: number, timeoutMs: number, signal?: AbortSignal): Promise<string[] | null> {
  const list = await run('pdfimages', ['-list', '-f', '1', '-l', String(pages), join(dir, 'in.pdf')], timeoutMs, signal).catch(() => null);
  if (!list) return null;
  const perPage = new Map<number, number>();
  for (const line of list.stdout.split('\n').slice(2)) {
    const c = line.trim().split(/\s+/);
    if (c.length < 14 || c[2] !== 'image') {
      if (c.length >= 3 && c[2] !== 'image' && /^\d+$/.test(c[0] ?? '')) return null; // masks, stencils: render instead
      continue;
    }
    const ppi = Math.min(Number(c[12]), Number(c[13]));
    if (!Number.isFinite(ppi) || ppi < 150) return null;
    const page = Number(c[0]);
    perPage.set(page, (perPage.get(page) ?? 0) + 1);
  }
  for (let p = 1; p <= pages; p++) if (perPage.get(p) !== 1) return null;
  // Netpbm output (the default) is written without compression: several times faster than -png.
  const ok = await run('pdfimages', ['-f', '1', '-l', String(pages), join(dir, 'in.pdf'), join(dir, 'img')], timeoutMs, signal).then(() => true, () => false);
  if (!ok) return null;
  const files = (await readdir(dir)).filter((f) => f.startsWith('img') && /\.p[bgp]m$/.test(f)).sort().map((f) => join(dir, f));
  return files.length === pages ? files : null;
}

/**
 * Fast pre-check with poppler (native, in a child process under a timeout): page count and which
 * pages have no text layer. Lets a scanned PDF go straight to OCR without starting the pdf.js
 * worker. Returns null when poppler is missing or the file does not parse (the caller then uses
 * pdf.js, which produces the proper error for a corrupt file).
 */
export async function popplerTextCheck(pdf: Buffer, maxPages: number, minChars: number, timeoutMs: number, signal?: AbortSignal): Promise<{ totalPages: number; scannedPages: number[]; read: number } | null> {
  if (!(await hasPdftoppm())) return null;
  const dir = await mkdtemp(join(tmpdir(), 'lantoa-pdf-'));
  try {
    const file = join(dir, 'in.pdf');
    await writeFile(file, pdf);
    const info = await run('pdfinfo', [file], timeoutMs, signal).catch(() => null);
    const total = Number(/^Pages:\s+(\d+)/m.exec(info?.stdout ?? '')?.[1]);
    if (!info || !Number.isInteger(total) || total < 1) return null;
    const read = Math.min(total, maxPages);
    const text = await run('pdftotext', ['-f', '1', '-l', String(read), '-enc', 'UTF-8', file, '-'], timeoutMs, signal).catch(() => null);
    if (!text) return null;
    const pages = text.stdout.split('\f').slice(0, read);
    const scannedPages: number[] = [];
    for (let p = 1; p <= read; p++) if ((pages[p - 1] ?? '').replace(/\s+/g, '').length < minChars) scannedPages.push(p);
    return { totalPages: total, scannedPages, read };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Page images of a scanned PDF in a fresh temp dir: the embedded scans when possible, else 300 dpi grayscale renders. */
export async function renderPdfPages(pdf: Buffer, pages: number, timeoutMs: number, signal?: AbortSignal): Promise<{ dir: string; files: string[] }> {
  if (!(await hasPdftoppm())) throw missing('pdftoppm');
  const dir = await mkdtemp(join(tmpdir(), 'lantoa-ocr-'));
  try {
    await writeFile(join(dir, 'in.pdf'), pdf);
    const embedded = await extractPageImages(dir, pages, timeoutMs, signal);
    if (embedded) return { dir, files: embedded };
    await run('pdftoppm', ['-r', '300', '-gray', '-png', '-f', '1', '-l', String(pages), join(dir, 'in.pdf'), join(dir, 'page')], timeoutMs, signal).catch((e: unknown) => {
      throw mapChildError(e, timeoutMs, 'pdftoppm');
    });
    const files = (await readdir(dir)).filter((f) => f.startsWith('page') && f.endsWith('.png')).sort().map((f) => join(dir, f));
    return { dir, files };
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}

export interface OcrOptions { engine: 'auto' | 'native' | 'js'; timeoutMs: number; concurrency: number; onPage?: ((done: number, total: number) => void) | undefined; signal?: AbortSignal | undefined }

/** OCRs image files (PNG/JPEG/TIFF paths) in order; returns one text per image. */
export async function ocrImages(files: string[], opts: OcrOptions): Promise<{ texts: string[]; engine: OcrEngine }> {
  const useNative = opts.engine === 'native' || (opts.engine === 'auto' && (await hasNativeTesseract()));
  if (opts.engine === 'native' && !(await hasNativeTesseract())) throw missing('tesseract');
  const deadline = Date.now() + opts.timeoutMs;
  const texts: string[] = new Array<string>(files.length).fill('');
  let done = 0;
  opts.onPage?.(0, files.length);
  if (useNative) {
    // One thread per tesseract process and pages in parallel: faster on 2 cores than OpenMP inside one page.
    const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
    let next = 0;
    const workerLoop = async (): Promise<void> => {
      while (next < files.length) {
        const i = next++;
        const left = deadline - Date.now();
        if (left <= 0) throw timeoutError(opts.timeoutMs);
        const r = await run('tesseract', [files[i] ?? '', '-', '-l', 'vie', '--psm', '3'], left, opts.signal, env).catch((e: unknown) => {
          throw mapChildError(e, opts.timeoutMs, 'tesseract');
        });
        texts[i] = r.stdout;
        opts.onPage?.(++done, files.length);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, files.length)) }, workerLoop));
    return { texts, engine: 'tesseract-native' };
  }
  return { texts: await ocrWithTesseractJs(files, deadline, opts), engine: 'tesseract.js' };
}

async function ocrWithTesseractJs(files: string[], deadline: number, opts: OcrOptions): Promise<string[]> {
  const require = createRequire(import.meta.url);
  let langPath: string;
  try {
    langPath = (require('@tesseract.js-data/vie') as { langPath: string }).langPath;
  } catch {
    throw missing('tesseract');
  }
  const { createWorker, OEM } = await import('tesseract.js');
  const worker = await createWorker('vie', OEM.LSTM_ONLY, { langPath, gzip: true, cacheMethod: 'none', logger: () => undefined, errorHandler: () => undefined });
  const texts: string[] = [];
  try {
    for (const [i, file] of files.entries()) {
      const left = deadline - Date.now();
      if (left <= 0 || opts.signal?.aborted) throw timeoutError(opts.timeoutMs);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(timeoutError(opts.timeoutMs)), left); });
      try {
        const r = await Promise.race([worker.recognize(await readFile(file)), timeout]);
        texts.push(r.data.text);
      } catch (e) {
        if (e instanceof AppError) throw e;
        throw new AppError('FILE_CORRUPT', 'Không đọc được ảnh hoặc trang quét (tệp có thể bị hỏng).', { internal: `tesseract.js: ${e instanceof Error ? e.message : String(e)}` });
      } finally {
        clearTimeout(timer);
      }
      opts.onPage?.(i + 1, files.length);
    }
  } finally {
    await worker.terminate();
  }
  return texts;
}
