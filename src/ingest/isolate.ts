// Runs a parser in a worker thread with a heap limit and a wall-clock limit, so a
// pathological DOCX or PDF (deep nesting, a bomb that lies about its sizes, an endless loop)
// is killed and the main process keeps its memory and keeps answering.
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '#src/errors.ts';
import type { ParseTask, ParseReply, ReadyMessage } from './parse.worker.ts';

export interface IsolateLimits { timeoutMs: number; memoryMb: number; signal?: AbortSignal | undefined }

/** Starting a worker (module loading) has its own, generous limit: it is not the file's fault. */
const STARTUP_TIMEOUT_MS = 120_000;

const workerUrl = new URL(`./parse.worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;

/**
 * Workers in Node 20 do not inherit tsx's module hooks, so under tsx (dev, tests, CLI) the
 * worker registers tsx itself before importing the TypeScript entry; a tsc build imports the .js.
 * pdf.js (plain JavaScript, 2 MB) is loaded before tsx is registered: through tsx's hooks it took
 * ~5 s longer per worker on this machine (measured), with no benefit.
 */
function workerEntry(kind: ParseTask['kind']): string {
  const load = `import(${JSON.stringify(workerUrl)})`;
  if (!workerUrl.endsWith('.ts')) return load;
  const preload = kind === 'pdf' ? `Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]).then(() => import('tsx/esm/api'))` : `import('tsx/esm/api')`;
  return `${preload}.then((m) => { m.register(); return ${load}; })`;
}

export function runIsolated<T>(task: ParseTask, limits: IsolateLimits): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (limits.signal?.aborted) return reject(new AppError('FILE_TIMEOUT', 'Việc đọc tệp đã bị hủy.', { internal: 'aborted' }));
    const worker = new Worker(workerEntry(task.kind), {
      eval: true,
      workerData: task,
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      fn();
    };
    const timeout = (internal: string) => () =>
      finish(() => reject(new AppError('FILE_TIMEOUT', `Đọc tệp quá thời gian cho phép (${Math.round(limits.timeoutMs / 1000)} giây); tệp có thể bị hỏng hoặc quá phức tạp.`, { internal })));
    let timer = setTimeout(timeout(`${task.kind} worker start timeout`), Math.max(STARTUP_TIMEOUT_MS, limits.timeoutMs));
    const onAbort = (): void => finish(() => reject(new AppError('FILE_TIMEOUT', 'Việc đọc tệp đã bị hủy.', { internal: 'aborted' })));
    limits.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (msg: ParseReply | ReadyMessage) => {
      if ('ready' in msg) {
        clearTimeout(timer);
        timer = setTimeout(timeout(`${task.kind} parse timeout`), limits.timeoutMs);
        return;
      }
      finish(() => {
        if (msg.ok) resolve(msg.value as T);
        else reject(new AppError(msg.code as ErrorCode, msg.userMessage, { internal: msg.internal }));
      });
    });
    worker.on('error', (err: Error & { code?: string }) => {
      finish(() => {
        if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(new AppError('FILE_TOO_LARGE', 'Nội dung tệp khi giải nén quá lớn, vượt giới hạn bộ nhớ cho phép.', { internal: err.message, cause: err }));
        else reject(new AppError('FILE_CORRUPT', 'Tệp bị hỏng hoặc không đọc được.', { internal: err.message, cause: err }));
      });
    });
    worker.on('exit', (code) => finish(() => reject(new AppError('FILE_CORRUPT', 'Tệp bị hỏng hoặc không đọc được.', { internal: `worker exited ${code}` }))));
  });
}
