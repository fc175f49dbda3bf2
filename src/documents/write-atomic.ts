// Writes files so that they are either complete or absent: into a temporary file beside the
// target, then moved into place. A failure leaves no half-written output. Without `overwrite`
// an existing file is never replaced: the temporary file is hard-linked to the target, which
// fails atomically if the target exists (no window between a check and the write).
import { link, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** A write that failed, naming the file it was writing. */
export class WriteFailure extends Error {
  constructor(
    readonly path: string,
    override readonly cause: unknown,
  ) {
    super(`${path}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/**
 * Writes several files all or nothing: every file goes to a temporary file beside its target
 * first (a full disk or a missing folder stops here, with nothing touched), then each is moved
 * into place. If a move fails, the files this call created are removed. Throws WriteFailure.
 */
export async function writeFilesAtomic(files: { path: string; data: Buffer }[], opts: { overwrite?: boolean } = {}): Promise<void> {
  const overwrite = opts.overwrite ?? true;
  const staged: { path: string; tmp: string }[] = [];
  const created: string[] = [];
  let current = '';
  try {
    for (const f of files) {
      current = f.path;
      const tmp = join(dirname(f.path), `.${basename(f.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      await writeFile(tmp, f.data, { flag: 'wx' });
      staged.push({ path: f.path, tmp });
    }
    for (const s of staged) {
      current = s.path;
      if (overwrite) await rename(s.tmp, s.path);
      else {
        await link(s.tmp, s.path);
        created.push(s.path);
      }
    }
  } catch (e) {
    await Promise.all(created.map((p) => rm(p, { force: true })));
    throw new WriteFailure(current, e);
  } finally {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
  }
}

/** One Vietnamese line for a failed write of `path` (Node's messages are English). */
export function writeErrorMessage(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const why: Record<string, string> = {
    EEXIST: 'tệp đã có',
    ENOENT: 'thư mục chứa tệp không tồn tại',
    ENOTDIR: 'đường dẫn thư mục không đúng',
    EACCES: 'không có quyền ghi',
    EPERM: 'không có quyền ghi',
    EROFS: 'ổ đĩa chỉ cho đọc',
    EISDIR: 'đây là một thư mục',
    ENOSPC: 'hết dung lượng đĩa',
    EDQUOT: 'vượt hạn mức dung lượng',
  };
  return `Không ghi được tệp ${path}: ${(code && why[code]) ?? (e instanceof Error ? e.message : String(e))}.`;
}
