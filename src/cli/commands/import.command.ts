// `import FILES… --request ID [--unit CODE] [--draft] [--as USERNAME]`: answers a request from
// the communes' own documents. Each file is read, its issuer matched to an addressed unit, and
// its values written to that unit's report in one transaction (a failed file leaves nothing).
// Progress on stderr; one result line per file on stdout; non-zero exit when any file failed.
import { relative } from 'node:path';
import cliProgress from 'cli-progress';
import { AppError, isAppError } from '#src/errors.ts';
import { readDocument, readInputFromPath } from '#src/ingest/read-document.ts';
import { importDocument, type ImportOutcome } from '#src/core/answers/answers.ts';
import { loadActor } from '#src/core/auth/sessions.ts';
import { getUserByUsername } from '#src/storage/users.repository.ts';
import { statusLabels } from '#src/core/reports/reports.ts';
import { unitDisplayName } from '#src/core/units/units.ts';
import type { UnitLevel } from '#src/core/units/units.ts';
import { withDb } from '../context.ts';
import type { CliCommand } from './command.ts';

interface Args { files: string[]; requestId: number; unitCode: string | undefined; submit: boolean; as: string }

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  let request: string | undefined;
  let unitCode: string | undefined;
  let submit = true;
  let as = 'admin';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new AppError('VALIDATION', `Thiếu giá trị cho ${a}.`);
      return v;
    };
    if (a === '--request') request = value();
    else if (a.startsWith('--request=')) request = a.slice(10);
    else if (a === '--unit') unitCode = value();
    else if (a.startsWith('--unit=')) unitCode = a.slice(7);
    else if (a === '--as') as = value();
    else if (a === '--draft') submit = false;
    else if (a.startsWith('--')) throw new AppError('VALIDATION', `Tham số không hợp lệ: ${a}`);
    else files.push(a);
  }
  const requestId = Number(request);
  if (!request || !Number.isInteger(requestId) || requestId <= 0) throw new AppError('VALIDATION', 'Cần --request ID (số nguyên dương). Cách dùng: import TỆP… --request ID [--unit MÃ]');
  if (!files.length) throw new AppError('VALIDATION', 'Thiếu tệp cần nhập. Cách dùng: import TỆP… --request ID [--unit MÃ]');
  return { files, requestId, unitCode, submit, as };
}

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

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import TỆP… --request ID [--unit MÃ] [--draft] [--as TÀI_KHOẢN]',
  summary: 'Nhập báo cáo của các xã/phường từ văn bản gốc (.txt, .docx, .pdf, ảnh quét) để trả lời một yêu cầu báo cáo',
  async run(argv) {
    const args = parseArgs(argv);
    return withDb(async (db) => {
      const user = await getUserByUsername(db, args.as);
      if (!user) throw new AppError('NOT_FOUND', `Không có tài khoản "${args.as}".`);
      const actor = await loadActor(db, user.id);
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
};
