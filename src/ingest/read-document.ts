// Reads one document of any supported format into text, then hands the text to the
// extractor. This is the single entry point the CLI, the web upload and the batch import use.
// Format is decided by magic bytes; size is checked before reading; DOCX/PDF parsing runs in
// a memory-limited worker and OCR in child processes, all under time limits.
import { open, rm, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '#src/errors.ts';
import type { DocumentExtraction, ExtractionResult } from '#src/core/extraction/extraction.types.ts';
import { sniff } from './sniff.ts';
import { formatMb, resolveLimits, scannedPageChars, type ReadOptions } from './limits.ts';
import { convertText } from './text.converter.ts';
import { checkDocxContainer } from './docx.converter.ts';
import type { PdfTextLayer } from './pdf.converter.ts';
import { runIsolated } from './isolate.ts';
import { convertImage } from './image.converter.ts';
import { ocrImages, popplerTextCheck, renderPdfPages } from './ocr.ts';

export type { ReadOptions } from './limits.ts';
type Source = DocumentExtraction['source'];

export interface ReadInput { bytes: Buffer; filename?: string }
export interface FileText { rawText: string; source: Source; warnings: string[] }

function tooLarge(size: number, max: number): AppError {
  return new AppError('FILE_TOO_LARGE', `Tệp quá lớn (${formatMb(size)}); giới hạn là ${formatMb(max)}.`, { details: { size, max } });
}

/** Reads a file from disk, refusing it by size before any byte is loaded into memory. */
export async function readInputFromPath(path: string, opts: ReadOptions = {}): Promise<ReadInput> {
  const max = resolveLimits(opts).maxBytes;
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new AppError('FILE_UNSUPPORTED', `Không phải là tệp: ${basename(path)}.`);
    size = st.size;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('NOT_FOUND', `Không tìm thấy tệp: ${basename(path)}.`, { cause: e });
  }
  if (size > max) throw tooLarge(size, max);
  // Read at most max+1 bytes even if the file grew after stat.
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(size, max) + 1);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    if (bytesRead > max) throw tooLarge(bytesRead, max);
    return { bytes: buf.subarray(0, bytesRead), filename: basename(path) };
  } finally {
    await fh.close();
  }
}

const EMPTY_TEXT = 'Không tìm thấy chữ nào trong tệp (tệp trống, hoặc ảnh/bản quét không có nội dung đọc được).';

/** Reads the text of one file; throws AppError with a named reason for anything it cannot read. */
export async function readFileText(input: ReadInput, opts: ReadOptions = {}): Promise<FileText> {
  const limits = resolveLimits(opts);
  const { bytes } = input;
  if (bytes.length === 0) throw new AppError('FILE_EMPTY', 'Tệp trống (0 byte).');
  if (bytes.length > limits.maxBytes) throw tooLarge(bytes.length, limits.maxBytes);
  const type = sniff(bytes);
  const base = { bytes: bytes.length, repaired: false };
  const ocrOpts = { engine: limits.ocrEngine, timeoutMs: limits.ocrTimeoutMs, concurrency: limits.ocrConcurrency, onPage: limits.onOcrPage, signal: limits.signal };
  let out: FileText;
  switch (type) {
    case 'text': {
      const t = convertText(bytes);
      out = { rawText: t.text, source: { format: 'text', ...base, encoding: t.encoding }, warnings: t.warnings };
      break;
    }
    case 'zip': {
      await checkDocxContainer(bytes);
      const r = await runIsolated<{ text: string; warnings: string[] }>({ kind: 'docx', bytes: new Uint8Array(bytes) }, { timeoutMs: limits.parseTimeoutMs, memoryMb: limits.workerMemoryMb, signal: limits.signal });
      out = { rawText: r.text, source: { format: 'docx', ...base }, warnings: r.warnings };
      break;
    }
    case 'pdf':
      out = await readPdf(bytes, limits, ocrOpts);
      break;
    case 'png':
    case 'jpeg':
    case 'tiff': {
      const r = await convertImage(bytes, type === 'jpeg' ? 'jpg' : type === 'tiff' ? 'tif' : 'png', ocrOpts);
      out = { rawText: r.text, source: { format: 'image', ...base, ocr: { engine: r.engine, pages: 1 } }, warnings: [] };
      break;
    }
    case 'ole':
      throw new AppError('FILE_UNSUPPORTED', 'Tệp Word/Excel định dạng cũ (.doc/.xls) chưa được hỗ trợ; hãy lưu lại thành .docx hoặc .pdf.');
    case 'rtf':
      throw new AppError('FILE_UNSUPPORTED', 'Tệp .rtf chưa được hỗ trợ; hãy lưu lại thành .docx hoặc .pdf.');
    case 'gif':
    case 'webp':
      throw new AppError('FILE_UNSUPPORTED', 'Định dạng ảnh này chưa được hỗ trợ; hãy dùng ảnh PNG hoặc JPG.');
    default:
      throw new AppError('FILE_UNSUPPORTED', 'Không nhận ra định dạng tệp. Hỗ trợ: văn bản (.txt), Word (.docx), PDF, ảnh PNG/JPG.', { internal: `unsniffable ${input.filename ?? ''}` });
  }
  if (out.rawText.trim().length === 0) throw new AppError('FILE_EMPTY', EMPTY_TEXT, { internal: `no text in ${out.source.format}` });
  if (looksEnglish(out.rawText)) out.warnings.push('Văn bản có vẻ không phải tiếng Việt.');
  return out;
}

async function readPdf(bytes: Buffer, limits: ReturnType<typeof resolveLimits>, ocrOpts: Parameters<typeof ocrImages>[1]): Promise<FileText> {
  const warnings: string[] = [];
  // A PDF counts as scanned when most of its pages have no text layer. Poppler answers that in a
  // few milliseconds; only PDFs with a text layer (or when poppler is absent) start pdf.js.
  const quick = await popplerTextCheck(bytes, limits.maxPages, scannedPageChars, limits.parseTimeoutMs, limits.signal).catch(() => null);
  let read: number;
  if (quick && quick.scannedPages.length * 2 > quick.read) {
    read = quick.read;
    if (quick.totalPages > read) warnings.push(`Tệp có ${quick.totalPages} trang; chỉ đọc ${read} trang đầu.`);
  } else {
    const layer = await runIsolated<PdfTextLayer>({ kind: 'pdf', bytes: new Uint8Array(bytes), maxPages: limits.maxPages }, { timeoutMs: limits.parseTimeoutMs, memoryMb: limits.workerMemoryMb, signal: limits.signal });
    read = layer.pages.length;
    if (layer.totalPages > read) warnings.push(`Tệp có ${layer.totalPages} trang; chỉ đọc ${read} trang đầu.`);
    if (read > 0 && layer.scannedPages.length * 2 <= read) {
      return { rawText: layer.pages.join('\n\n'), source: { format: 'pdf-text', bytes: bytes.length, repaired: false }, warnings };
    }
  }
  const { dir, files } = await renderPdfPages(bytes, read, limits.ocrTimeoutMs, limits.signal);
  try {
    const r = await ocrImages(files, ocrOpts);
    return { rawText: r.texts.join('\n\n').normalize('NFC'), source: { format: 'pdf-scan', bytes: bytes.length, repaired: false, ocr: { engine: r.engine, pages: files.length } }, warnings };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const EN_WORDS = new Set(['the', 'and', 'of', 'to', 'is', 'in', 'that', 'for', 'with', 'are', 'this', 'was', 'be', 'on', 'it']);
/** A cheap hint only (never a rejection): mangled Vietnamese OCR still lacks English function words. */
function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 30) return false;
  const en = words.filter((w) => EN_WORDS.has(w)).length;
  const vi = (text.match(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu) ?? []).length;
  return en / words.length > 0.08 && vi / words.length < 0.05;
}

// --- Extraction hand-off. analyze-text.ts belongs to core/extraction; it is loaded lazily so
// reading works (and is tested) on its own.
export interface AnalyzeOutput { text: string; rawText: string; repaired: boolean; result: ExtractionResult }
type AnalyzeText = (rawText: string, opts: { catalog?: unknown }) => AnalyzeOutput | Promise<AnalyzeOutput>;
const ANALYZE_MODULE = '#src/core/extraction/analyze-text.ts';

// Resolved once: a dynamic import per document costs a round trip to the module loader (under tsx,
// a message to its hooks thread) for every report read.
let analyzeTextFn: AnalyzeText | undefined;

async function loadAnalyzeText(): Promise<AnalyzeText> {
  if (analyzeTextFn) return analyzeTextFn;
  try {
    const mod = (await import(ANALYZE_MODULE)) as { analyzeText?: AnalyzeText };
    if (typeof mod.analyzeText === 'function') return (analyzeTextFn = mod.analyzeText);
  } catch (e) {
    throw new AppError('INTERNAL', 'Bộ phân tích văn bản chưa sẵn sàng.', { internal: `analyze-text not loadable: ${e instanceof Error ? e.message : String(e)}`, cause: e });
  }
  throw new AppError('INTERNAL', 'Bộ phân tích văn bản chưa sẵn sàng.', { internal: 'analyzeText export missing' });
}

export interface ReadDocumentOptions extends ReadOptions {
  catalog?: unknown;
  onProgress?: (p: { stage: 'read' | 'ocr' | 'repair' | 'extract'; done: number; total: number }) => void;
  signal?: AbortSignal;
}

export async function readDocument(input: ReadInput, opts: ReadDocumentOptions = {}): Promise<DocumentExtraction> {
  const progress = opts.onProgress;
  progress?.({ stage: 'read', done: 0, total: 1 });
  const file = await readFileText(input, { ...opts, onOcrPage: (done, total) => { opts.onOcrPage?.(done, total); progress?.({ stage: 'ocr', done, total }); } });
  progress?.({ stage: 'read', done: 1, total: 1 });
  const analyzeText = await loadAnalyzeText();
  progress?.({ stage: 'repair', done: 0, total: 1 });
  const a = await analyzeText(file.rawText, { catalog: opts.catalog });
  progress?.({ stage: 'extract', done: 1, total: 1 });
  return { result: a.result, text: a.text, rawText: file.rawText, source: { ...file.source, repaired: a.repaired }, warnings: file.warnings };
}
