// Reading real files of every supported format, and every kind of bad input the issue lists:
// each yields text or a named AppError, within a time limit, without crashing the process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileText, readInputFromPath } from '#src/ingest/read-document.ts';
import type { ErrorCode } from '#src/errors.ts';

const good = 'tests/fixtures/ingest';
const broken = 'tests/fixtures/broken';
const clean = readFileSync(join(good, 'clean-vi.txt'), 'utf8');
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const read = (dir: string, name: string, opts = {}) => readFileText({ bytes: readFileSync(join(dir, name)), filename: name }, opts);

async function rejectsWith(p: Promise<unknown>, code: ErrorCode, message?: RegExp): Promise<void> {
  await assert.rejects(p, (e: { code?: string; userMessage?: string }) => {
    assert.equal(e.code, code);
    assert.ok(e.userMessage && e.userMessage.length > 10, 'a Vietnamese user message');
    if (message) assert.match(e.userMessage, message);
    return true;
  });
}

test('a DOCX is read to its body text', async () => {
  const r = await read(good, 'report.docx');
  assert.equal(r.source.format, 'docx');
  assert.equal(squash(r.rawText), squash(clean));
});

test('a PDF with a text layer is read without OCR', async () => {
  const r = await read(good, 'report.pdf');
  assert.equal(r.source.format, 'pdf-text');
  assert.equal(r.source.ocr, undefined);
  assert.equal(squash(r.rawText), squash(clean));
});

test('a scanned PNG is read by OCR with the Vietnamese model', async () => {
  const r = await read(good, 'scan-page.png');
  assert.equal(r.source.format, 'image');
  assert.equal(r.source.ocr?.pages, 1);
  assert.match(r.rawText, /ỦY BAN NHÂN DÂN/);
  assert.match(r.rawText, /Kết quả tuyên truyền Nghị quyết số 57-NQ\/TW/);
});

test('a PDF without a text layer is detected as scanned and OCRed', async () => {
  const r = await read(good, 'scan.pdf');
  assert.equal(r.source.format, 'pdf-scan');
  assert.match(r.rawText, /XÃ THANH LĨNH/);
});

test('TCVN3 and VNI text files are converted to Unicode with a warning', async () => {
  for (const [name, enc] of [['tcvn3.txt', 'tcvn3'], ['vni.txt', 'vni-windows']] as const) {
    const r = await read(broken, name);
    assert.equal(r.source.encoding, enc);
    assert.equal(squash(r.rawText).toLowerCase(), squash(clean).toLowerCase());
    assert.ok(r.warnings.length > 0);
  }
});

test('an empty file is FILE_EMPTY', async () => rejectsWith(read(broken, 'empty.txt'), 'FILE_EMPTY'));
test('binary junk is FILE_UNSUPPORTED', async () => rejectsWith(read(broken, 'junk.bin'), 'FILE_UNSUPPORTED'));
test('a truncated PDF is FILE_CORRUPT', async () => rejectsWith(read(broken, 'truncated.pdf'), 'FILE_CORRUPT', /PDF/));
test('a corrupt DOCX is FILE_CORRUPT', async () => rejectsWith(read(broken, 'corrupt.docx'), 'FILE_CORRUPT', /Word/));
test('a zip bomb disguised as DOCX is refused from its directory before inflating', async () => rejectsWith(read(broken, 'zip-bomb.docx'), 'FILE_TOO_LARGE', /bom nén/));
test('a zip bomb that lies about its sizes is stopped inside the worker', async () => {
  await assert.rejects(read(broken, 'zip-bomb-lying.docx'), (e: { code?: string }) => e.code === 'FILE_CORRUPT' || e.code === 'FILE_TOO_LARGE');
});
test('an image with no text is FILE_EMPTY', async () => rejectsWith(read(broken, 'no-text.png'), 'FILE_EMPTY', /chữ/));
test('English text is read but flagged as not Vietnamese', async () => {
  const r = await read(broken, 'english.txt');
  assert.match(r.warnings.join(' '), /không phải tiếng Việt/);
});
test('a non-Word zip is FILE_UNSUPPORTED', async () => {
  // A zip holding only [Content_Types].xml: valid container, not a Word document.
  const z = readFileSync(join(broken, 'zip-bomb.docx'));
  const stored = Buffer.from(z.subarray(0, 30 + 19 + z.readUInt32LE(18)));
  const cd = Buffer.alloc(46 + 19);
  stored.copy(cd, 46, 30, 49);
  cd.writeUInt32LE(0x02014b50, 0); cd.writeUInt16LE(20, 4); cd.writeUInt16LE(20, 6);
  cd.writeUInt32LE(stored.readUInt32LE(14), 16); cd.writeUInt32LE(stored.readUInt32LE(18), 20); cd.writeUInt32LE(stored.readUInt32LE(22), 24); cd.writeUInt16LE(19, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10); end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(stored.length, 16);
  await rejectsWith(readFileText({ bytes: Buffer.concat([stored, cd, end]) }), 'FILE_UNSUPPORTED', /docx/);
});

test('a 100 MB file is refused by size before it is read into memory', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lantoa-big-'));
  try {
    const path = join(dir, 'big.pdf');
    const fh = await open(path, 'w');
    await fh.truncate(100 * 1024 * 1024); // sparse: costs no disk
    await fh.close();
    const before = process.memoryUsage().rss;
    await rejectsWith(readInputFromPath(path), 'FILE_TOO_LARGE', /20,0 MB/);
    assert.ok(process.memoryUsage().rss - before < 50 * 1024 * 1024, 'the file was not loaded');
    await rejectsWith(readInputFromPath(path, { maxBytes: 1024 }), 'FILE_TOO_LARGE');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('bytes over the configured limit are refused even when already in memory', async () => {
  await rejectsWith(readFileText({ bytes: Buffer.alloc(2048, 0x41) }, { maxBytes: 1024 }), 'FILE_TOO_LARGE');
});

test('a parse that runs past its time limit is killed and reported as FILE_TIMEOUT', async () => {
  await rejectsWith(read(good, 'report.pdf', { parseTimeoutMs: 5 }), 'FILE_TIMEOUT');
});

test('OCR past its time limit is FILE_TIMEOUT', async () => {
  await rejectsWith(read(good, 'scan-page.png', { ocrTimeoutMs: 5 }), 'FILE_TIMEOUT', /OCR/);
});

test('a cancelled read stops with a clear error', async () => {
  const ac = new AbortController();
  const p = read(good, 'report.docx', { signal: ac.signal });
  ac.abort();
  await rejectsWith(p, 'FILE_TIMEOUT', /hủy/);
});
