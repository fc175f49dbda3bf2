// Answering requests from documents: (1) importing the three Hải Phòng seed reports (read +
// extract + one transaction each) on the embedded database; (2) how long the web app takes to
// answer a page while an uploaded scanned PDF is OCR'd in the background, against the same page
// with no job running. Run: npx tsx bench/answers.bench.ts [runs]
import { readFileSync } from 'node:fs';
import { openPglite } from '#src/storage/db.ts';
import { bootstrap } from '#src/core/setup/bootstrap.ts';
import { createUser } from '#src/core/auth/users.ts';
import { loadActor } from '#src/core/auth/sessions.ts';
import { createRequest } from '#src/core/requests/requests.ts';
import { importDocument, startUpload } from '#src/core/answers/answers.ts';
import { UploadQueue } from '#src/core/answers/upload-queue.ts';
import { readDocument } from '#src/ingest/read-document.ts';
import { getUnitByCode } from '#src/storage/units.repository.ts';
import { createApp } from '#src/http/app.ts';
import { loadConfig } from '#src/config/config.ts';

const runs = Number(process.argv[2] ?? 3);
const seeds = ['000_fccac4538127dffa.txt', '001_5286dfd08033257c.txt', '003_c4154716b755f486.txt'].map((f) => `tests/fixtures/seeds/${f}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function fresh() {
  const db = await openPglite();
  const boot = await bootstrap(db, { adminPassword: 'bench-password-1' });
  const hp = (await getUnitByCode(db, 'HP'))!;
  const admin = await loadActor(db, (await createUser(db, { username: 'bench.admin', password: 'bench-password-1', fullName: 'Bench', role: 'province_admin', unitCode: 'HP' })).id);
  const req = await createRequest(db, null, hp.id, { number: '1/BENCH', issuedOn: '2025-12-02', subject: 'Bench', deadline: '2025-12-15' });
  return { db, boot, admin, requestId: req.request.id, periodId: req.request.period_id };
}

const importTimes: number[] = [];
for (let i = 0; i < runs; i++) {
  const { db, admin, requestId } = await fresh();
  const t0 = performance.now();
  for (const path of seeds) {
    const bytes = readFileSync(path);
    const extraction = await readDocument({ bytes, filename: path });
    await importDocument(db, admin, { requestId, file: { bytes, filename: path }, extraction });
  }
  importTimes.push(performance.now() - t0);
  await db.close();
}
console.log(`import of 3 seed reports (read + extract + write), median of ${runs}: ${median(importTimes).toFixed(0)} ms`);

// Page latency with and without an OCR job running.
const { db, boot, admin } = await fresh();
const uploads = new UploadQueue(db);
const app = createApp({ db, config: loadConfig({ LANTOA_COOKIE_SECURE: '0' }), secret: boot.secret, uploads });
const sample = async (ms: number) => {
  const out: number[] = [];
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const t0 = performance.now();
    await (await app.request('/health')).text();
    out.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 20));
  }
  return out;
};
const idle = await sample(3000);
const unit = (await getUnitByCode(db, 'HP-HONG-BANG'))!;
const report = (await db.query<{ id: number }>('SELECT id FROM reports WHERE unit_id = $1', [unit.id]))[0]!;
const jobId = await startUpload(db, admin, report.id, { bytes: readFileSync('tests/fixtures/ingest/scan.pdf'), filename: 'scan.pdf' }, 20 * 1024 * 1024);
const t0 = performance.now();
uploads.enqueue(jobId);
let done = false;
const finished = uploads.onIdle().then(() => { done = true; });
const busy: number[] = [];
while (!done) busy.push(...(await sample(500)));
await finished;
console.log(`scanned PDF (1 page) read in the background in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(`/health while idle: median ${median(idle).toFixed(1)} ms, p95 ${pct(idle, 0.95).toFixed(1)} ms (${idle.length} requests)`);
console.log(`/health while the scan is read: median ${median(busy).toFixed(1)} ms, p95 ${pct(busy, 0.95).toFixed(1)} ms, max ${Math.max(...busy).toFixed(1)} ms (${busy.length} requests)`);
await db.close();
