// The requests CLI end to end on its own embedded database: the id is the last line of output;
// bad input gives a one-line Vietnamese error, a non-zero exit and writes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from '#src/storage/db.ts';

function cli(dataDir: string, args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', LANTOA_DATA_DIR: dataDir, LANTOA_ADMIN_PASSWORD: 'cli-test-password', LANTOA_SMTP_URL: '' },
    timeout: 180_000,
  });
}

test('requests create / list / status; bad input writes nothing', { skip: !!process.env.DATABASE_URL && 'the CLI runs on its own embedded database' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-req-cli-'));
  try {
    const base = ['requests', 'create', '--province', 'Hải Phòng', '--number', '4383/SKHCN-TTTT', '--date', '2025-12-02', '--deadline', '2025-12-10', '--subject', 'Báo cáo kết quả tuyên truyền'];
    const ok = cli(dir, [...base, '--period', '2025', '--indicators', 'COMMUNITY_TECH_TEAMS,COMMUNITY_TECH_MEMBERS', '--units', 'HP-HONG-BANG,HP-CAT-HAI']);
    assert.equal(ok.status, 0, ok.stderr);
    const lines = ok.stdout.trim().split('\n');
    const id = lines.at(-1)!;
    assert.match(id, /^\d+$/);
    assert.match(lines[0]!, /gửi 2 đơn vị/);

    const bad: [string[], RegExp][] = [
      [[...base.slice(0, 2), '--number', 'A-1', '--date', '2025-12-02', '--deadline', '2025-12-10', '--subject', 'x'], /Thiếu tham số --province/],
      [[...base.map((a) => (a === '4383/SKHCN-TTTT' ? 'B-1' : a)), '--period', '2025-H3'], /Kỳ báo cáo không hợp lệ/],
      [[...base.map((a) => (a === '4383/SKHCN-TTTT' ? 'C-1' : a)), '--indicators', 'KHONG_CO'], /Mã chỉ tiêu không tồn tại: KHONG_CO/],
      [[...base.map((a) => (a === '4383/SKHCN-TTTT' ? 'D-1' : a)), '--units', 'HP-HONG-BANG,HP-KHONG-CO'], /Không tìm thấy đơn vị: HP-KHONG-CO/],
      [[...base.map((a) => (a === 'Hải Phòng' ? 'Atlantis' : a))], /Không tìm thấy tỉnh\/thành phố: Atlantis/],
      [base, /Số hiệu văn bản đã được dùng/],
      [[...base.map((a) => (a === '2025-12-10' ? '2025-11-01' : a === '4383/SKHCN-TTTT' ? 'E-1' : a))], /Hạn báo cáo phải từ ngày ban hành trở đi/],
    ];
    for (const [args, message] of bad) {
      const r = cli(dir, args);
      assert.notEqual(r.status, 0, args.join(' '));
      const err = r.stderr.trim().split('\n').filter((l) => !l.startsWith('npm warn'));
      assert.equal(err.length, 1, r.stderr);
      assert.match(err[0]!, /^Lỗi: /);
      assert.match(err[0]!, message);
      assert.equal(r.stdout.trim(), '');
    }

    const listed = cli(dir, ['requests', 'list', '--province', 'Hải Phòng']);
    assert.equal(listed.status, 0, listed.stderr);
    assert.match(listed.stdout, new RegExp(`^${id}\\t4383/SKHCN-TTTT\\tNăm 2025\\t10/12/2025\\t0/2\\t`, 'm'));

    // Nothing of the failed runs was written.
    const db = await openPglite(dir);
    try {
      const rows = await db.query<{ number: string }>('SELECT number FROM report_requests ORDER BY id');
      assert.deepEqual(rows.map((r) => r.number), ['4383/SKHCN-TTTT']);
      assert.equal(Number((await db.query<{ n: number }>('SELECT count(*) AS n FROM reports'))[0]!.n), 2);
    } finally {
      await db.close();
    }

    // The official list of units: an unknown province is one line and a non-zero exit; a known
    // one adds its missing units (the count is the core test's; here: the exit and the line).
    const unknown = cli(dir, ['units', 'load-official', '--province', 'Atlantis']);
    assert.notEqual(unknown.status, 0);
    assert.match(unknown.stderr.trim().split('\n').filter((l) => !l.startsWith('npm warn')).join('\n'), /^Lỗi: Không có tỉnh, thành phố "Atlantis"[^\n]*$/);
    const loaded = cli(dir, ['units', 'load-official', '--province', 'hai phong']);
    assert.equal(loaded.status, 0, loaded.stderr);
    assert.match(loaded.stdout, /^Hải Phòng: thêm \d+ đơn vị, \d+ đơn vị đã có\.$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
