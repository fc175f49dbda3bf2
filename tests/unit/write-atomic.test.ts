// All-or-nothing file output: the staged temporary files, no overwrite unless asked, and a
// failure on any file leaving the folder as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeErrorMessage, writeFilesAtomic, WriteFailure } from '#src/documents/write-atomic.ts';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'lantoa-write-'));
}

test('files are written; an existing file is replaced only with overwrite', async () => {
  const dir = scratch();
  try {
    const a = join(dir, 'a.docx');
    await writeFilesAtomic([{ path: a, data: Buffer.from('one') }], { overwrite: false });
    assert.equal(readFileSync(a, 'utf8'), 'one');
    await assert.rejects(
      () => writeFilesAtomic([{ path: a, data: Buffer.from('two') }], { overwrite: false }),
      (e) => e instanceof WriteFailure && e.path === a && (e.cause as NodeJS.ErrnoException).code === 'EEXIST',
    );
    assert.equal(readFileSync(a, 'utf8'), 'one', 'the existing file is untouched');
    await writeFilesAtomic([{ path: a, data: Buffer.from('three') }], { overwrite: true });
    assert.equal(readFileSync(a, 'utf8'), 'three');
    assert.deepEqual(readdirSync(dir), ['a.docx'], 'no temporary file left');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('when one file cannot be written, none is: not the new ones, and existing ones keep their content', async () => {
  const dir = scratch();
  try {
    const a = join(dir, 'a.docx');
    const b = join(dir, 'missing-folder', 'b.xlsx');
    await assert.rejects(() => writeFilesAtomic([{ path: a, data: Buffer.from('x') }, { path: b, data: Buffer.from('y') }], { overwrite: false }), (e) => e instanceof WriteFailure && e.path === b);
    assert.deepEqual(readdirSync(dir), []);
    writeFileSync(a, 'old');
    await assert.rejects(() => writeFilesAtomic([{ path: a, data: Buffer.from('new') }, { path: b, data: Buffer.from('y') }], { overwrite: true }));
    assert.equal(readFileSync(a, 'utf8'), 'old', 'staging failed before anything was moved into place');
    // A clash found while moving into place: the file this call created is taken back.
    const c = join(dir, 'c.pdf');
    writeFileSync(c, 'someone else');
    await assert.rejects(() => writeFilesAtomic([{ path: join(dir, 'new.docx'), data: Buffer.from('n') }, { path: c, data: Buffer.from('mine') }], { overwrite: false }), (e) => e instanceof WriteFailure && e.path === c);
    assert.deepEqual(readdirSync(dir).sort(), ['a.docx', 'c.pdf']);
    assert.equal(readFileSync(c, 'utf8'), 'someone else');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('write errors read as one Vietnamese line naming the file', () => {
  const err = (code: string) => Object.assign(new Error(`${code}: english`), { code });
  assert.equal(writeErrorMessage('a.docx', err('EEXIST')), 'Không ghi được tệp a.docx: tệp đã có.');
  assert.equal(writeErrorMessage('x/a.docx', err('ENOENT')), 'Không ghi được tệp x/a.docx: thư mục chứa tệp không tồn tại.');
  assert.match(writeErrorMessage('a.docx', err('EACCES')), /không có quyền ghi\.$/);
  assert.doesNotMatch(writeErrorMessage('a.docx', err('ENOSPC')), /\n|english/);
});
