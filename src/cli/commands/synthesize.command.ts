// `synthesize (--request ID | --province NAME --period 2025[-H1|-Q3]) --out FILE.docx
//  [--xlsx FILE.xlsx] [--pdf FILE.pdf] [--include-submitted] [--as USERNAME] [--number SỐ]
//  [--signer NAME] [--force]`: the province synthesis as Decree 30 DOCX, XLSX annex and PDF.
// Outputs are checked first (folder exists and is writable, file not there yet unless
// --force); everything is rendered in memory, then each file is written atomically, so a failure
// leaves no file (and never replaces an existing one without --force).
import { dirname, extname, resolve } from 'node:path';
import { access, rm, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import { AppError } from '#src/errors.ts';
import { parsePeriodArg, resolveProvince, synthesize, type SynthesisInput } from '#src/core/synthesis/synthesis.ts';
import { synthesisDocument } from '#src/documents/synthesis.document.ts';
import { renderDecree30Docx } from '#src/documents/decree30.docx.ts';
import { renderSynthesisXlsx } from '#src/documents/synthesis.xlsx.ts';
import { docxToPdf } from '#src/documents/pdf.converter.ts';
import { writeErrorMessage, writeFilesAtomic, WriteFailure } from '#src/documents/write-atomic.ts';
import { recordSynthesisExport, type ExportFormat } from '#src/core/synthesis/export-audit.ts';
import { actorFor, withDb } from '../context.ts';
import { positiveIntFlag, stringFlags } from '../args.ts';
import { defineCommand } from './command.ts';

const USAGE =
  'synthesize (--request ID | --province TÊN --period 2025[-H1|-Q3]) --out TỆP.docx [--xlsx TỆP.xlsx] [--pdf TỆP.pdf] [--include-submitted] [--as TÀI_KHOẢN] [--number SỐ] [--signer TÊN] [--date YYYY-MM-DD] [--force]';

function needExt(path: string | undefined, ext: string, flag: string): void {
  if (path !== undefined && extname(path).toLowerCase() !== ext) throw new AppError('VALIDATION', `--${flag} phải là tệp ${ext} (nhận được: ${path}).`);
}

/**
 * Before any work: every output is in an existing, writable folder, and is not
 * there yet unless --force. The write itself checks again (atomically), so a race is caught too.
 */
async function checkOutputs(paths: string[], force: boolean): Promise<void> {
  for (const p of paths) {
    const full = resolve(p);
    const dir = dirname(full);
    const st = await stat(dir).catch(() => null);
    if (!st?.isDirectory()) throw new AppError('VALIDATION', `Không ghi được tệp ${p}: thư mục ${dir} không tồn tại.`);
    if (!(await access(dir, constants.W_OK).then(() => true, () => false))) throw new AppError('VALIDATION', `Không ghi được tệp ${p}: không có quyền ghi vào thư mục ${dir}.`);
    const existing = await stat(full).catch(() => null);
    if (existing?.isDirectory()) throw new AppError('VALIDATION', `Không ghi được tệp ${p}: đây là một thư mục.`);
    if (existing && !force) throw new AppError('CONFLICT', `Tệp ${p} đã có; chọn tên khác hoặc thêm --force để ghi đè.`);
  }
}

/** Writes every file, all or nothing, with one Vietnamese line naming the file that failed. */
async function writeAll(files: { path: string; data: Buffer }[], overwrite: boolean): Promise<void> {
  try {
    await writeFilesAtomic(files, { overwrite });
  } catch (e) {
    if (!(e instanceof WriteFailure)) throw e;
    throw new AppError((e.cause as NodeJS.ErrnoException).code === 'EEXIST' ? 'CONFLICT' : 'VALIDATION', writeErrorMessage(e.path, e.cause), { cause: e });
  }
}

export const synthesizeCommand = defineCommand({
  name: 'synthesize',
  usage: USAGE,
  summary: 'Tổng hợp báo cáo của một yêu cầu hoặc một kỳ thành văn bản DOCX (Nghị định 30), phụ lục XLSX, PDF',
  flags: { ...stringFlags('request', 'province', 'period', 'out', 'xlsx', 'pdf', 'as', 'number', 'signer', 'date'), 'include-submitted': { type: 'boolean' }, force: { type: 'boolean' } },
  async run({ flags }) {
    const { out, xlsx, pdf } = flags;
    if (!out) throw new AppError('VALIDATION', `Thiếu --out TỆP.docx. Cách dùng: ${USAGE}`);
    needExt(out, '.docx', 'out');
    needExt(xlsx, '.xlsx', 'xlsx');
    needExt(pdf, '.pdf', 'pdf');
    const requestId = positiveIntFlag(flags.request, 'request');
    const { province, period, date } = flags;
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new AppError('VALIDATION', '--date phải có dạng YYYY-MM-DD.');
    if (requestId !== undefined && (province || period)) throw new AppError('VALIDATION', 'Chỉ chọn một trong hai: --request hoặc --province với --period.');
    let input: Omit<SynthesisInput, 'provinceId'> & { provinceName?: string };
    if (requestId !== undefined) input = { requestId };
    else if (province && period) input = { provinceName: province, ...parsePeriodArg(period) };
    else throw new AppError('VALIDATION', `Cần --request ID, hoặc --province TÊN cùng --period 2025. Cách dùng: ${USAGE}`);
    input.includeSubmitted = flags['include-submitted'] ?? false;
    const force = flags.force ?? false;
    await checkOutputs([out, xlsx, pdf].filter((p): p is string => !!p), force);

    const files = await withDb(async (db) => {
      const actor = await actorFor(db, flags.as);
      const { provinceName, ...rest } = input;
      const s = await synthesize(db, actor, provinceName ? { ...rest, provinceId: (await resolveProvince(db, provinceName)).id } : rest);
      const doc = synthesisDocument(s, { number: flags.number, signerName: flags.signer ?? null, date: date ?? null });
      const docx = await renderDecree30Docx(doc);
      const list: { path: string; data: Buffer; format: ExportFormat }[] = [{ path: out, data: docx, format: 'docx' }];
      if (xlsx) list.push({ path: xlsx, data: await renderSynthesisXlsx(s), format: 'xlsx' });
      if (pdf) list.push({ path: pdf, data: await docxToPdf(docx), format: 'pdf' });
      process.stderr.write(`Đã tổng hợp ${s.counts.counted + s.counts.countedUnreviewed}/${s.counts.expected} đơn vị, ${s.totals.length} chỉ tiêu.\n`);
      await writeAll(list, force);
      // Written: the export goes to the audit log (who, what, which formats); no log, no files.
      try {
        await recordSynthesisExport(db, actor, s, list.map((f) => f.format), 'cli');
      } catch (e) {
        if (!force) await Promise.all(list.map((f) => rm(f.path, { force: true })));
        throw e;
      }
      return list;
    });
    for (const f of files) process.stdout.write(`${f.path}\n`);
    return 0;
  },
});
