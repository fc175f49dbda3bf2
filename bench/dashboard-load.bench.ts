// Dashboard under load: a province of 114 commune-level units with two years of data (four
// half-yearly requests and their reports, 31 indicators each), Lan Tỏa started as its own
// process on the embedded database, 50 concurrent signed-in analysts loading the dashboard with
// autocannon. Also measures what a first visit transfers (login page + stylesheet, gzip) and the
// dashboard page's size. Run: npx tsx bench/dashboard-load.bench.ts [--duration 20] [--runs 3]
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openPglite, type Db } from '#src/storage/db.ts';
import { bootstrap } from '#src/core/setup/bootstrap.ts';
import { createUnit } from '#src/core/units/units.ts';
import { createUser } from '#src/core/auth/users.ts';
import { ensurePeriod } from '#src/storage/periods.repository.ts';
import { regularPeriod } from '#src/core/periods/periods.ts';

const args = process.argv.slice(2);
const flag = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const DURATION = flag('duration', 20);
const RUNS = flag('runs', 3);
const CONNECTIONS = flag('connections', 50);
const UNITS = 114;
const PASSWORD = 'bench-password-1';

async function generate(db: Db): Promise<{ provinceId: number }> {
  const p = await createUnit(db, { code: 'BENCH', name: 'Tỉnh Thử Tải', level: 'tinh' });
  await db.query(
    `INSERT INTO units (code, name, level, parent_id, province_id)
     SELECT 'BENCH-' || i, 'Đơn vị số ' || i, CASE WHEN i % 4 = 0 THEN 'phuong' ELSE 'xa' END, $1, $1 FROM generate_series(1, $2::int) i`,
    [p.id, UNITS],
  );
  await db.query(`INSERT INTO unit_names (unit_id, name) SELECT id, name FROM units WHERE province_id = $1`, [p.id]);
  const halves = [
    { spec: regularPeriod('half', 2024, 1), deadline: '2024-06-15', answered: 0.97 },
    { spec: regularPeriod('half', 2024, 2), deadline: '2024-12-15', answered: 0.96 },
    { spec: regularPeriod('half', 2025, 1), deadline: '2025-06-15', answered: 0.95 },
    { spec: regularPeriod('half', 2025, 2), deadline: '2099-12-15', answered: 0.7 },
  ];
  for (const [k, h] of halves.entries()) {
    const periodId = await ensurePeriod(db, h.spec);
    const req = (await db.query<{ id: number }>(
      `INSERT INTO report_requests (province_id, number, issued_on, subject, period_id, deadline) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [p.id, `${100 + k}/SKHCN-TTTT`, h.spec.startsOn, `Báo cáo kết quả tuyên truyền ${h.spec.label}`, periodId, h.deadline],
    ))[0]!.id;
    // Deterministic pseudo-random answer pattern per unit and request.
    await db.query(
      `INSERT INTO reports (province_id, unit_id, period_id, request_id, status, submitted_at, first_submitted_at, reviewed_at)
       SELECT $1, u.id, $2, $3,
              CASE WHEN (u.id * 7 + $3 * 13) % 10 < 8 THEN 'accepted' WHEN (u.id * 7 + $3 * 13) % 10 < 9 THEN 'submitted' ELSE 'returned' END,
              $5::date - ((u.id % 20) - 3), $5::date - ((u.id % 20) - 3), now()
         FROM units u WHERE u.province_id = $1 AND ((u.id * 31 + $3 * 17) % 100) < $4::float8 * 100`,
      [p.id, periodId, req, h.answered, h.deadline < '2099' ? h.deadline : h.spec.endsOn],
    );
  }
  await db.query(
    `INSERT INTO data_values (province_id, unit_id, period_id, indicator_code, report_id, value, qualifier, source)
     SELECT r.province_id, r.unit_id, r.period_id, i.code, r.id,
            CASE i.aggregation WHEN 'percent' THEN 40 + (r.unit_id * 13 + i.sort * 7 + r.period_id) % 60
                               WHEN 'flag' THEN (r.unit_id + i.sort) % 2
                               ELSE 1 + (r.unit_id * 37 + i.sort * 11 + r.period_id * 5) % 500 END,
            CASE WHEN (r.unit_id + i.sort) % 25 = 0 THEN 'approx' WHEN (r.unit_id + i.sort) % 31 = 0 THEN 'at_least' ELSE 'exact' END,
            'typed'
       FROM reports r CROSS JOIN indicators i WHERE r.province_id = $1 AND i.province_id IS NULL`,
    [p.id],
  );
  const plan = (await db.query<{ id: number }>(`INSERT INTO plans (province_id, unit_id, title, issued_on) VALUES ($1, $1, 'Kế hoạch tuyên truyền Nghị quyết 57 năm 2025', '2025-01-10') RETURNING id`, [p.id]))[0]!.id;
  await db.query(
    `INSERT INTO plan_targets (plan_id, indicator_code, year, value, unit, text)
     VALUES ($1, 'COMMUNITY_TECH_TEAMS', 2025, 60000, 'tổ', 'Mỗi thôn, tổ dân phố có tổ công nghệ số cộng đồng'),
            ($1, 'TRAINEES', 2025, 100000, 'lượt người', 'Tập huấn kỹ năng số cho người dân'),
            ($1, 'BANNERS', 2025, 50000, 'cái', 'Pa nô, áp phích tuyên truyền')`,
    [plan],
  );
  await createUser(db, { username: 'bench.analyst', password: PASSWORD, fullName: 'Chuyên viên thử tải', role: 'province_analyst', unitCode: 'BENCH' });
  return { provinceId: p.id };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A raw GET that counts bytes on the wire (gzip when asked) and returns headers and body. */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: body.length, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

async function login(base: string): Promise<string> {
  const page = await fetch(`${base}/login`);
  const pre = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const csrf = (await page.text()).match(/name="_csrf" value="([^"]+)"/)![1]!;
  const res = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: pre },
    body: new URLSearchParams({ _csrf: csrf, username: 'bench.analyst', password: PASSWORD, next: '/' }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith('lantoa_session='));
  if (res.status !== 303 || !session) throw new Error(`login failed: ${res.status}`);
  return session.split(';')[0]!;
}

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, res) => (err ? reject(err) : resolve(res)));
  });
}

/** CPU time (user + system, ms) the server process has used: load-independent cost per request. */
function cpuMs(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime, stime in clock ticks (100/s)
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-bench-dash-'));
  let child: ChildProcess | null = null;
  try {
    process.stderr.write(`generating a ${UNITS}-unit province with two years of data in ${dir}…\n`);
    const db = await openPglite(dir);
    await bootstrap(db, { adminPassword: 'bench-admin-password' });
    const { provinceId } = await generate(db);
    const counts = (await db.query<{ reports: number; values: number }>(
      `SELECT (SELECT count(*)::int FROM reports WHERE province_id = $1) AS reports, (SELECT count(*)::int FROM data_values WHERE province_id = $1) AS values`,
      [provinceId],
    ))[0]!;
    await db.close();

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LANTOA_DATA_DIR: dir, LANTOA_COOKIE_SECURE: '0', DATABASE_URL: '', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child!.stdout!.on('data', (d: Buffer) => (String(d).includes('đang chạy') ? resolve() : undefined));
      child!.on('exit', (c) => reject(new Error(`server exited ${c}`)));
    });
    const cookie = await login(base);

    // First visit: the login page and its stylesheet, as a browser asks for them (gzip).
    const gz = { 'accept-encoding': 'gzip' };
    const loginPage = await rawGet(`${base}/login`, gz);
    const cssHref = loginPage.headers['content-encoding'] === 'gzip' ? (await import('node:zlib')).gunzipSync(loginPage.body).toString().match(/href="(\/static\/app\.css[^"]*)"/)![1]! : '';
    const css = await rawGet(`${base}${cssHref}`, gz);
    const dashGz = await rawGet(`${base}/dashboard`, { ...gz, cookie });
    const dashRaw = await rawGet(`${base}/dashboard`, { cookie });
    if (dashRaw.status !== 200) throw new Error(`dashboard answered ${dashRaw.status}`);
    const scripts = (dashRaw.body.toString().match(/<script/g) ?? []).length;

    // Warm-up, then the measured runs.
    await run({ url: `${base}/dashboard`, connections: 10, duration: 3, headers: { cookie } });
    const indicators = ['COMMUNITY_TECH_TEAMS', 'COMMUNITY_TECH_MEMBERS', 'TRAINEES', 'BANNERS', 'SOCIAL_POSTS', 'ONLINE_DOSSIER_PCT', 'PORTAL_SECTION', 'RADIO_BROADCASTS'];
    const scenarios: { name: string; opts: autocannon.Options }[] = [
      { name: 'same dashboard', opts: { url: `${base}/dashboard`, headers: { cookie } } },
      { name: 'rotating indicators', opts: { url: base, headers: { cookie }, requests: indicators.map((i) => ({ method: 'GET', path: `/dashboard?indicator=${i}` })) } },
    ];
    const results: Record<string, { p50: number; p90: number; p99: number; max: number; rps: number; errors: number; non2xx: number; serverCpuMsPerRequest: number }[]> = {};
    for (const s of scenarios) {
      results[s.name] = [];
      for (let r = 0; r < RUNS; r++) {
        const cpu0 = cpuMs(child.pid!);
        const res = await run({ ...s.opts, connections: CONNECTIONS, duration: DURATION });
        const perReq = (cpuMs(child.pid!) - cpu0) / Math.max(1, res.requests.total);
        const l = res.latency as unknown as Record<string, number>;
        results[s.name]!.push({ p50: l.p50!, p90: l.p90!, p99: l.p99!, max: l.max!, rps: res.requests.average, errors: res.errors, non2xx: res.non2xx, serverCpuMsPerRequest: Math.round(perReq * 100) / 100 });
        process.stderr.write(`${s.name} run ${r + 1}: p50 ${l.p50} ms, p99 ${l.p99} ms, ${res.requests.average} req/s, errors ${res.errors}, non-2xx ${res.non2xx}, server CPU ${perReq.toFixed(2)} ms/request, load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}\n`);
      }
    }
    const summary = {
      machine: `${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}`,
      data: { units: UNITS, reports: counts.reports, values: counts.values, periods: '4 half-years (2024–2025)', requests: 4 },
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      runs: RUNS,
      firstVisit: { loginHtmlGzipBytes: loginPage.bytes, cssGzipBytes: css.bytes, totalBytes: loginPage.bytes + css.bytes, javascriptBytes: 0 },
      dashboard: { gzipBytes: dashGz.bytes, rawBytes: dashRaw.bytes, scriptTags: scripts },
      medians: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, { p50: median(v.map((x) => x.p50)), p90: median(v.map((x) => x.p90)), p99: median(v.map((x) => x.p99)), rps: median(v.map((x) => x.rps)), serverCpuMsPerRequest: median(v.map((x) => x.serverCpuMsPerRequest)), errors: v.reduce((a, x) => a + x.errors + x.non2xx, 0) }])),
      runsDetail: results,
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } finally {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child!.once('exit', r));
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
