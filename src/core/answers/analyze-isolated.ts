// Runs analyzeText in a worker thread with a time limit (the repair model and extractor are
// synchronous CPU work). The worker is kept between documents: starting one loads the repair
// model and compiles the extractor again, which costs far more CPU than reading one document
// (docs/benchmarks.md), so a batch of uploads paid it once per file. Documents are analysed one
// at a time; a document over its time limit ends the worker (the next one starts a new worker),
// as does any failure of the worker itself. Failures are AppErrors the upload job reports.
import { Worker } from 'node:worker_threads';
import { AppError } from '#src/errors.ts';
import type { AnalyzeOutput } from '#src/ingest/read-document.ts';

const workerUrl = new URL(`./analyze.worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;

function workerEntry(): string {
  const load = `import(${JSON.stringify(workerUrl)})`;
  // Workers in Node 20 do not inherit tsx's hooks: register them before importing TypeScript.
  return workerUrl.endsWith('.ts') ? `import('tsx/esm/api').then((m) => { m.register(); return ${load}; })` : load;
}

interface Request {
  rawText: string;
  timeoutMs: number;
  resolve: (out: AnalyzeOutput) => void;
  reject: (e: AppError) => void;
}
type Reply = { id: number; ok: true; value: AnalyzeOutput } | { id: number; ok: false; message: string };

const waiting: Request[] = [];
let worker: Worker | null = null;
let current: { id: number; req: Request; timer: NodeJS.Timeout } | null = null;
let lastId = 0;

const failed = (internal: string, cause?: unknown): AppError => new AppError('INTERNAL', 'Không phân tích được nội dung văn bản.', { internal, cause });

/** Settles the document in the worker and goes on with the next one; `stop` ends the worker first. */
function finish(settle: (req: Request) => void, stop = false): void {
  const done = current;
  if (!done) return;
  current = null;
  clearTimeout(done.timer);
  if (stop && worker) {
    void worker.terminate();
    worker = null;
  }
  settle(done.req);
  next();
}

let starts = 0;
/** How many analysis workers this process has started (for tests). */
export const analyzeWorkerStarts = (): number => starts;

function startWorker(): Worker {
  starts++;
  const w = new Worker(workerEntry(), { eval: true, resourceLimits: { maxOldGenerationSizeMb: 512 } });
  w.on('message', (m: Reply) => {
    if (w !== worker || current?.id !== m.id) return;
    finish((req) => (m.ok ? req.resolve(m.value) : req.reject(failed(m.message))));
  });
  const lost = (internal: string, cause?: unknown): void => {
    if (w !== worker) return;
    worker = null;
    finish((req) => req.reject(failed(internal, cause)));
  };
  w.on('error', (e) => lost(e.message, e));
  w.on('exit', (code) => lost(`analyze worker exited ${code}`));
  return w;
}

function next(): void {
  if (current) return;
  const req = waiting.shift();
  if (!req) {
    // (An idle worker does not keep the process alive.)
    worker?.unref();
    return;
  }
  worker ??= startWorker();
  worker.ref();
  const id = ++lastId;
  const timer = setTimeout(() => finish((r) => r.reject(new AppError('FILE_TIMEOUT', 'Phân tích văn bản quá thời gian cho phép.')), true), req.timeoutMs);
  current = { id, req, timer };
  worker.postMessage({ id, rawText: req.rawText });
}

export function analyzeIsolated(rawText: string, timeoutMs = 60_000): Promise<AnalyzeOutput> {
  return new Promise((resolve, reject) => {
    waiting.push({ rawText, timeoutMs, resolve, reject });
    next();
  });
}
