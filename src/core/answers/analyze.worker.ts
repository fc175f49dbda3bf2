// Worker-thread entry that runs Vietnamese repair + extraction on the texts it is sent, one at a
// time, so a long analysis never holds the server's event loop. Started only by
// analyze-isolated.ts, which keeps it between documents (the model loads once).
import { parentPort } from 'node:worker_threads';
import { analyzeText } from '#src/core/extraction/analyze-text.ts';

parentPort?.on('message', ({ id, rawText }: { id: number; rawText: string }) => {
  try {
    parentPort?.postMessage({ id, ok: true, value: analyzeText(rawText) });
  } catch (e) {
    parentPort?.postMessage({ id, ok: false, message: e instanceof Error ? e.message : String(e) });
  }
});
