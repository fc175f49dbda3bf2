// Runs analyzeText in a worker thread with a time limit (the repair model and extractor are
// synchronous CPU work: up to a second on a cold start). Falls back to nothing: failures are
// AppErrors the upload job reports.
import { Worker } from 'node:worker_threads';
import { AppError } from '#src/errors.ts';
import type { AnalyzeOutput } from '#src/ingest/read-document.ts';

const workerUrl = new URL(`./analyze.worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;

function workerEntry(): string {
  const load = `import(${JSON.stringify(workerUrl)})`;
  // Workers in Node 20 do not inherit tsx's hooks: register them before importing TypeScript.
  return workerUrl.endsWith('.ts') ? `import('tsx/esm/api').then((m) => { m.register(); return ${load}; })` : load;
}

export function analyzeIsolated(rawText: string, timeoutMs = 60_000): Promise<AnalyzeOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerEntry(), { eval: true, workerData: { rawText }, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => finish(() => reject(new AppError('FILE_TIMEOUT', 'Phân tích văn bản quá thời gian cho phép.'))), timeoutMs);
    worker.on('message', (m: { ok: true; value: AnalyzeOutput } | { ok: false; message: string }) =>
      finish(() => (m.ok ? resolve(m.value) : reject(new AppError('INTERNAL', 'Không phân tích được nội dung văn bản.', { internal: m.message })))),
    );
    worker.on('error', (e) => finish(() => reject(new AppError('INTERNAL', 'Không phân tích được nội dung văn bản.', { internal: e.message, cause: e }))));
    worker.on('exit', (code) => finish(() => reject(new AppError('INTERNAL', 'Không phân tích được nội dung văn bản.', { internal: `analyze worker exited ${code}` }))));
  });
}
