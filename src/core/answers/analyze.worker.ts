// Worker-thread entry that runs Vietnamese repair + extraction on one text, so a long analysis
// never holds the server's event loop. Started only by analyze-isolated.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeText } from '#src/core/extraction/analyze-text.ts';

try {
  const out = analyzeText((workerData as { rawText: string }).rawText);
  parentPort?.postMessage({ ok: true, value: out });
} catch (e) {
  parentPort?.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) });
}
