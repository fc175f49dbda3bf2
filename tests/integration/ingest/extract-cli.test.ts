// The `extract` command end to end: stdout carries only results, failures give a one-line
// reason on stderr and a non-zero exit code, missing system packages are named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function cli(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'extract', ...args], { encoding: 'utf8', env, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('extract --json --text on one file prints one JSON object and exits 0', () => {
  const r = cli(['tests/fixtures/ingest/report.docx', '--json', '--text']);
  assert.equal(r.code, 0, r.stderr);
  const o = JSON.parse(r.stdout) as { text: string; _source: { format: string; file: string } };
  assert.equal(o._source.format, 'docx');
  assert.match(o.text, /XÃ THANH LĨNH/);
});

test('a broken file exits non-zero with a one-line Vietnamese reason and nothing on stdout', () => {
  const r = cli(['tests/fixtures/broken/truncated.pdf', '--json']);
  assert.equal(r.code, 6);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /PDF bị hỏng/);
});

test('a folder with good and bad files prints JSON Lines in order and exits non-zero', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-cli-'));
  try {
    copyFileSync('tests/fixtures/broken/vni.txt', join(dir, 'a.txt'));
    copyFileSync('tests/fixtures/broken/junk.bin', join(dir, 'b.doc'));
    const r = cli([dir, '--json', '--text']);
    assert.notEqual(r.code, 0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { text?: string; error?: { code: string } });
    assert.equal(lines.length, 2);
    assert.match(lines[0]?.text ?? '', /Thanh Lĩnh/);
    assert.equal(lines[1]?.error?.code, 'FILE_UNSUPPORTED');
    assert.match(r.stderr, /b\.doc: Không nhận ra định dạng/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without poppler-utils a scanned PDF fails naming the package to install', () => {
  const r = cli(['tests/fixtures/ingest/scan.pdf', '--text', '--ocr', 'native'], { ...process.env, PATH: '/nonexistent' });
  assert.equal(r.code, 7, r.stderr);
  assert.match(r.stderr, /apt-get install poppler-utils/);
});

test('without tesseract an image fails naming the packages when the native engine is required', () => {
  const r = cli(['tests/fixtures/ingest/scan-page.png', '--text', '--ocr', 'native'], { ...process.env, PATH: '/nonexistent' });
  assert.equal(r.code, 7, r.stderr);
  assert.match(r.stderr, /tesseract-ocr-vie/);
});

test('bad arguments are refused with a usage hint', () => {
  const r = cli([]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /Cách dùng/);
});
