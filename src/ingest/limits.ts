// Limits that keep reading one file bounded in size, time and memory. Every entry point
// (CLI, web upload, batch import) passes ReadOptions; unset fields fall back to these defaults.

export interface ReadOptions {
  /** Largest accepted file, checked before the bytes are read into memory. */
  maxBytes?: number;
  /** Wall-clock limit for parsing one DOCX/PDF text layer (the worker is killed after it). */
  parseTimeoutMs?: number;
  /** Wall-clock limit for OCR of one file (all pages). */
  ocrTimeoutMs?: number;
  /** Heap limit of the worker thread that parses DOCX/PDF. */
  workerMemoryMb?: number;
  /** Pages beyond this are not read (a warning says so). */
  maxPages?: number;
  /** 'auto' uses native tesseract when on PATH, else tesseract.js. */
  ocrEngine?: 'auto' | 'native' | 'js';
  /** Pages OCR'd at the same time (native engine). */
  ocrConcurrency?: number;
  /** Reports OCR progress (page i of n). */
  onOcrPage?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export const defaultLimits = {
  maxBytes: 20 * 1024 * 1024,
  parseTimeoutMs: 30_000,
  ocrTimeoutMs: 180_000,
  workerMemoryMb: 256,
  maxPages: 100,
  ocrEngine: 'auto' as const,
  ocrConcurrency: 2,
} satisfies Required<Omit<ReadOptions, 'onOcrPage' | 'signal'>>;

/** DOCX (zip) checks made on the central directory before any entry is inflated. */
export const zipLimits = {
  maxEntries: 2_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  /** Compression ratio above which a large entry is treated as a bomb. */
  maxRatio: 100,
  /** Entries smaller than this are not ratio-checked (tiny XML compresses very well). */
  ratioMinBytes: 1024 * 1024,
};

/** A PDF page whose text layer has fewer non-space characters than this counts as scanned. */
export const scannedPageChars = 30;

export function resolveLimits(opts: ReadOptions = {}): Required<Omit<ReadOptions, 'onOcrPage' | 'signal'>> & Pick<ReadOptions, 'onOcrPage' | 'signal'> {
  return {
    maxBytes: opts.maxBytes ?? defaultLimits.maxBytes,
    parseTimeoutMs: opts.parseTimeoutMs ?? defaultLimits.parseTimeoutMs,
    ocrTimeoutMs: opts.ocrTimeoutMs ?? defaultLimits.ocrTimeoutMs,
    workerMemoryMb: opts.workerMemoryMb ?? defaultLimits.workerMemoryMb,
    maxPages: opts.maxPages ?? defaultLimits.maxPages,
    ocrEngine: opts.ocrEngine ?? defaultLimits.ocrEngine,
    ocrConcurrency: opts.ocrConcurrency ?? defaultLimits.ocrConcurrency,
    onOcrPage: opts.onOcrPage,
    signal: opts.signal,
  };
}

export function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
