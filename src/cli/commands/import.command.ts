// `import FILES… --request ID [--unit CODE] [--draft] [--as USERNAME]`: answers a request from
// the communes' own documents. Each file is read, its issuer matched to an addressed unit, and
// its values written to that unit's report in one transaction (a failed file leaves nothing).
// Runs as the console, like the other commands, or with the rights of the account --as names;
// either way each file's unit is checked against those rights.
// Progress on stderr; one result line per file on stdout; non-zero exit when any file failed.
import { relative } from 'node:path';
import cliProgress from 'cli-progress';
import { AppError, isAppError } from '#src/errors.ts';
import { readDocument, readInputFromPath } from '#src/ingest/read-document.ts';
import { importDocument, type ImportOutcome } from '#src/core/answers/answers.ts';
import { statusLabels } from '#src/core/reports/reports.ts';
import { unitDisplayName } from '#src/core/units/units.ts';
import type { UnitLevel } from '#src/core/units/units.ts';
import { actorFor, withDb } from '../context.ts';
import { positiveIntFlag } from '../args.ts';
import { defineCommand } from './command.ts';

const USAGE = 'import TỆP… --request ID [--unit MÃ] [--draft] [--as TÀI_KHOẢN]';

type Result = { file: string; ok: true; outcome: ImportOutcome } | { file: string; ok: false; error: AppError };

function line(r: Result): string {
  if (!r.ok) return `✗ ${r.file}: ${r.error.userMessage}`;
  const o = r.outcome;
  const unit = unitDisplayName({ name: o.unit.name, level: o.unit.level as UnitLevel });
  if (o.unchanged) return `= ${r.file} → ${unit} (mã ${o.unit.code}): đã nhập trước đó, không thay đổi (báo cáo #${o.reportId}, ${statusLabels[o.status]})`;
  const errors = o.findings.filter((f) => f.severity === 'error').length;
  const warnings = o.findings.length - errors;
  const checks = [errors ? `${errors} lỗi kiểm tra` : '', warnings ? `${warnings} cảnh báo` : ''].filter(Boolean).join(', ');
  return `✓ ${r.file} → ${unit} (mã ${o.unit.code}): báo cáo #${o.reportId}, ${o.values} chỉ tiêu, ${statusLabels[o.status]}${checks ? ` (${checks})` : ''}`;
}

export const importCommand = defineCommand({
  name: 'import',
  usage: USAGE,
  summary: 'Nhập báo cáo của các xã/phường từ văn bản gốc (.txt, .docx, .pdf, ảnh quét) để trả lời một yêu cầu báo cáo',
  flags: { request: { type: 'string' }, unit: { type: 'string' }, draft: { type: 'boolean' }, as: { type: 'string' } },
  positionals: true,
  async run({ flags, positionals }) {
    const requestId = positiveIntFlag(flags.request, 'request');
    if (requestId === undefined) throw new AppError('VALIDATION', `Cần --request ID (số nguyên dương). Cách dùng: ${USAGE}`);
    if (!positionals.length) throw new AppError('VALIDATION', `Thiếu tệp cần nhập. Cách dùng: ${USAGE}`);
    const args = { files: positionals, requestId, unitCode: flags.unit, submit: !flags.draft };
    return withDb(async (db) => {
      const actor = await actorFor(db, flags.as);
      const bar = new cliProgress.SingleBar(
        { stream: process.stderr, format: 'Đang nhập {bar} {value}/{total} tệp {stage}', hideCursor: true, clearOnComplete: true, noTTYOutput: true, notTTYSchedule: 2000 },
        cliProgress.Presets.shades_classic,
      );
      bar.start(args.files.length, 0, { stage: '' });
      const results: Result[] = [];
      for (const [i, path] of args.files.entries()) {
        const file = relative(process.cwd(), path) || path;
        try {
          const input = await readInputFromPath(path);
          const extraction = await readDocument(input, {
            onProgress: (p) => bar.update(i, { stage: p.stage === 'ocr' ? `(OCR trang ${p.done}/${p.total})` : p.stage === 'extract' || p.stage === 'repair' ? '(trích xuất)' : '(đọc tệp)' }),
          });
          const outcome = await importDocument(db, actor, { requestId: args.requestId, unitCode: args.unitCode, file: { bytes: input.bytes, filename: input.filename ?? file }, extraction, submit: args.submit });
          results.push({ file, ok: true, outcome });
        } catch (e) {
          results.push({ file, ok: false, error: isAppError(e) ? e : new AppError('INTERNAL', 'Lỗi không mong đợi khi nhập tệp.', { internal: e instanceof Error ? e.message : String(e), cause: e }) });
        }
        bar.update(i + 1, { stage: '' });
      }
      bar.stop();
      for (const r of results) process.stdout.write(`${line(r)}\n`);
      const failed = results.filter((r): r is Extract<Result, { ok: false }> => !r.ok);
      process.stdout.write(`Đã nhập ${results.length - failed.length}/${results.length} tệp.\n`);
      if (failed.length) {
        process.stderr.write(`${failed.length} tệp lỗi (không ghi gì từ các tệp này):\n`);
        for (const f of failed) process.stderr.write(`  - ${f.file}: ${f.error.userMessage}\n`);
        return failed[0]!.error.exitCode || 1;
      }
      return 0;
    });
  },
});
