// `extract FILE|FOLDER… [--json]`: reads documents and prints what was extracted. A thin
// adapter over ingest/read-document.ts; results go to stdout, progress and errors to stderr.
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import cliProgress from 'cli-progress';
import { AppError, isAppError } from '#src/errors.ts';
import type { DocumentExtraction } from '#src/core/extraction/extraction.types.ts';
import { readDocument, readFileText, readInputFromPath, type FileText, type ReadOptions } from '#src/ingest/read-document.ts';
import { oneOfFlag, positiveNumberFlag } from '../args.ts';
import { defineCommand } from './command.ts';

/** Folders contribute their files (sorted; hidden files skipped); subfolders only with -r. */
async function expand(paths: string[], recursive: boolean): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.isFile()) files.push(join(dir, e.name));
      else if (e.isDirectory() && recursive) await walk(join(dir, e.name));
    }
  };
  for (const p of paths) {
    const st = await stat(p).catch(() => undefined);
    if (st?.isDirectory()) await walk(p);
    else files.push(p); // missing files fail later with a per-file reason
  }
  return files;
}

type Outcome = { file: string; ok: true; doc?: DocumentExtraction; text?: FileText } | { file: string; ok: false; error: AppError };

function sourceOf(o: Extract<Outcome, { ok: true }>): Record<string, unknown> {
  const src = o.doc?.source ?? o.text?.source;
  return { file: o.file, ...src, warnings: o.doc?.warnings ?? o.text?.warnings ?? [] };
}

function toJson(o: Outcome): unknown {
  if (!o.ok) return { _source: { file: o.file }, error: { code: o.error.code, message: o.error.userMessage } };
  if (o.text) return { text: o.text.rawText, _source: sourceOf(o) };
  return { ...o.doc?.result, _source: sourceOf(o) };
}

const formatNames: Record<string, string> = { text: 'văn bản thuần', docx: 'Word (.docx)', 'pdf-text': 'PDF có lớp chữ', 'pdf-scan': 'PDF bản quét (OCR)', image: 'ảnh (OCR)' };
const kindNames: Record<string, string> = { report: 'Báo cáo', plan: 'Kế hoạch', unknown: 'Không xác định' };

function summary(o: Outcome): string {
  if (!o.ok) return `✗ ${o.file}: ${o.error.userMessage}`;
  const src = o.doc?.source ?? o.text?.source;
  const lines = [`✓ ${o.file} — ${formatNames[src?.format ?? ''] ?? src?.format}${src?.encoding && src.encoding !== 'utf-8' ? `, bảng mã ${src.encoding}` : ''}${src?.ocr ? `, ${src.ocr.pages} trang OCR` : ''}`];
  for (const w of o.doc?.warnings ?? o.text?.warnings ?? []) lines.push(`  ! ${w}`);
  if (o.text) {
    lines.push(`  ${o.text.rawText.length} ký tự`, '', o.text.rawText);
    return lines.join('\n');
  }
  const r = o.doc?.result;
  if (r) {
    lines.push(`  Loại: ${kindNames[r.kind] ?? r.kind}`);
    if (r.issuer) lines.push(`  Cơ quan ban hành: ${r.issuer.name}`);
    if (r.number) lines.push(`  Số: ${r.number}`);
    if (r.date) lines.push(`  Ngày: ${r.date.split('-').reverse().join('/')}`);
    if (r.signer) lines.push(`  Người ký: ${r.signer.name}${r.signer.title ? ` (${r.signer.title})` : ''}`);
    lines.push(`  Số liệu: ${r.facts.length}; chỉ tiêu: ${r.targets.length}; nhiệm vụ: ${r.tasks.length}; khó khăn: ${r.difficulties.length}; kiến nghị: ${r.recommendations.length}`);
    for (const f of r.facts.slice(0, 20)) lines.push(`    • ${f.indicator} = ${f.value}${f.max !== null ? `–${f.max}` : ''} («${f.evidence.text.trim().slice(0, 80)}»)`);
  }
  return lines.join('\n');
}

const USAGE = 'extract TỆP|THƯ_MỤC… [--json] [--text] [-r|--recursive] [--ocr auto|native|js] [--max-mb N] [--timeout GIÂY]';

export const extractCommand = defineCommand({
  name: 'extract',
  usage: USAGE,
  summary: 'Đọc văn bản (.txt, .docx, .pdf, ảnh quét) và trích xuất số liệu',
  flags: {
    json: { type: 'boolean' },
    text: { type: 'boolean' },
    recursive: { type: 'boolean', short: 'r' },
    ocr: { type: 'string' },
    'max-mb': { type: 'string' },
    timeout: { type: 'string' },
  },
  positionals: true,
  async run({ flags, positionals }) {
    if (positionals.length === 0) throw new AppError('VALIDATION', `Thiếu tệp hoặc thư mục cần đọc. Cách dùng: ${USAGE}`);
    const opts: ReadOptions = {};
    const maxMb = positiveNumberFlag(flags['max-mb'], 'max-mb');
    if (maxMb !== undefined) opts.maxBytes = Math.round(maxMb * 1024 * 1024);
    const timeout = positiveNumberFlag(flags.timeout, 'timeout');
    if (timeout !== undefined) opts.ocrTimeoutMs = opts.parseTimeoutMs = Math.round(timeout * 1000);
    const ocr = oneOfFlag(flags.ocr, 'ocr', ['auto', 'native', 'js'] as const);
    if (ocr) opts.ocrEngine = ocr;
    const args = { json: flags.json ?? false, textOnly: flags.text ?? false, opts };
    const files = await expand(positionals, flags.recursive ?? false);
    if (files.length === 0) throw new AppError('NOT_FOUND', 'Thư mục không có tệp nào để đọc.');
    const several = files.length > 1;
    const bar = several || process.stderr.isTTY
      ? new cliProgress.SingleBar({ stream: process.stderr, format: 'Đang đọc {bar} {value}/{total} tệp {stage}', hideCursor: true, clearOnComplete: true, noTTYOutput: several, notTTYSchedule: 2000 }, cliProgress.Presets.shades_classic)
      : undefined;
    bar?.start(files.length, 0, { stage: '' });
    const outcomes: Outcome[] = [];
    const cwd = process.cwd();
    for (const [i, path] of files.entries()) {
      const file = relative(cwd, path) || path;
      try {
        const input = await readInputFromPath(path, args.opts);
        const onProgress = (p: { stage: string; done: number; total: number }): void => {
          bar?.update(i, { stage: p.stage === 'ocr' ? `(OCR trang ${p.done}/${p.total})` : '' });
        };
        outcomes.push(args.textOnly
          ? { file, ok: true, text: await readFileText(input, { ...args.opts, onOcrPage: (done, total) => onProgress({ stage: 'ocr', done, total }) }) }
          : { file, ok: true, doc: await readDocument(input, { ...args.opts, onProgress }) });
      } catch (e) {
        const error = isAppError(e) ? e : new AppError('INTERNAL', 'Lỗi không mong đợi khi đọc tệp.', { internal: e instanceof Error ? e.message : String(e), cause: e });
        outcomes.push({ file, ok: false, error });
      }
      bar?.update(i + 1, { stage: '' });
    }
    bar?.stop();
    const failures = outcomes.filter((o): o is Extract<Outcome, { ok: false }> => !o.ok);
    if (args.json) {
      // One file: the object itself. Several: JSON Lines, one object per file in input order.
      const first = outcomes[0];
      if (!several && first) {
        if (first.ok) process.stdout.write(JSON.stringify(toJson(first), null, 2) + '\n');
      } else for (const o of outcomes) process.stdout.write(JSON.stringify(toJson(o)) + '\n');
    } else {
      process.stdout.write(outcomes.filter((o) => o.ok).map(summary).join('\n\n') + (outcomes.some((o) => o.ok) ? '\n' : ''));
    }
    for (const f of failures) process.stderr.write(`Lỗi: ${f.file}: ${f.error.userMessage}\n`);
    if (several && failures.length) process.stderr.write(`${outcomes.length - failures.length}/${outcomes.length} tệp đọc được; ${failures.length} tệp lỗi.\n`);
    return failures[0]?.error.exitCode ?? 0;
  },
});
