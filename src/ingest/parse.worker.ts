// Worker-thread entry that parses one DOCX or PDF; started only by isolate.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '#src/errors.ts';

export type ParseTask = { kind: 'docx'; bytes: Uint8Array } | { kind: 'pdf'; bytes: Uint8Array; maxPages: number };
export type ParseReply = { ok: true; value: unknown } | { ok: false; code: string; userMessage: string; internal: string };
/** Sent once the worker has loaded its modules: the parse time limit starts counting here. */
export type ReadyMessage = { ready: true };

async function run(task: ParseTask): Promise<unknown> {
  // Only the converter this task needs is loaded (mammoth is large; a PDF worker never needs it).
  if (task.kind === 'docx') return await (await import('./docx.converter.ts')).parseDocxBody(Buffer.from(task.bytes));
  return await (await import('./pdf.converter.ts')).parsePdfTextLayer(task.bytes, task.maxPages);
}

const task = workerData as ParseTask;
// Load the parser's heavy modules before announcing readiness, so that a slow start on a busy
// machine is not mistaken for a pathological file.
await (task.kind === 'pdf' ? import('./pdf.converter.ts') : import('./docx.converter.ts'));
parentPort?.postMessage({ ready: true } satisfies ReadyMessage);

run(task).then(
  (value) => parentPort?.postMessage({ ok: true, value } satisfies ParseReply),
  (err: unknown) => {
    const reply: ParseReply = isAppError(err)
      ? { ok: false, code: err.code, userMessage: err.userMessage, internal: err.message }
      : { ok: false, code: 'FILE_CORRUPT', userMessage: 'Tệp bị hỏng hoặc không đọc được.', internal: err instanceof Error ? err.message : String(err) };
    parentPort?.postMessage(reply);
  },
);
