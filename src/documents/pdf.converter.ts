// DOCX → PDF through LibreOffice (`soffice --headless --convert-to pdf`) when it is installed:
// a private profile per run (parallel conversions do not fight over one), a time limit, and a
// clear Vietnamese error when LibreOffice is missing or fails. Debian's fonts-liberation2 gives
// Times New Roman metrics with every Vietnamese letter.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '#src/errors.ts';

export interface PdfOptions {
  /** Milliseconds; default 60 s. */
  timeoutMs?: number;
  /** The LibreOffice binary; default LANTOA_SOFFICE or "soffice". */
  soffice?: string;
}

export async function docxToPdf(docx: Buffer, opts: PdfOptions = {}): Promise<Buffer> {
  const bin = opts.soffice ?? process.env.LANTOA_SOFFICE ?? 'soffice';
  const dir = await mkdtemp(join(tmpdir(), 'lantoa-pdf-'));
  try {
    const input = join(dir, 'document.docx');
    await writeFile(input, docx);
    await new Promise<void>((resolve, reject) => {
      execFile(
        bin,
        [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input],
        { timeout: opts.timeoutMs ?? 60_000, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024 },
        (err) => {
          if (!err) return resolve();
          const e = err as NodeJS.ErrnoException & { killed?: boolean };
          if (e.code === 'ENOENT') reject(new AppError('DEPENDENCY_MISSING', 'Chưa cài LibreOffice nên không tạo được tệp PDF (trên Debian/Ubuntu: apt-get install libreoffice-writer fonts-liberation2). Tệp DOCX vẫn dùng được.', { cause: err }));
          else if (e.killed) reject(new AppError('FILE_TIMEOUT', 'LibreOffice chuyển sang PDF quá lâu nên đã bị dừng.', { cause: err }));
          else reject(new AppError('INTERNAL', 'LibreOffice không chuyển được tệp sang PDF.', { cause: err }));
        },
      );
    });
    const pdf = await readFile(join(dir, 'document.pdf')).catch(() => null);
    if (!pdf || pdf.subarray(0, 5).toString() !== '%PDF-') throw new AppError('INTERNAL', 'LibreOffice không tạo ra tệp PDF.');
    return pdf;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
