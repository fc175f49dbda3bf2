// Answering a request by importing the communes' own documents: the core use-case on a real
// database, all-or-nothing per file, and the `import` CLI end to end (both engines).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { useTestDb } from '../../support/test-db.ts';
import { makeUser } from '../../support/factories.ts';
import { makeRequest, sharedDb } from '../../support/answers.ts';
import { importDocument } from '#src/core/answers/answers.ts';
import { readDocument } from '#src/ingest/read-document.ts';
import { readReport } from '#src/core/reports/reports.ts';
import { listAudit } from '#src/storage/audit.repository.ts';
import { isAppError } from '#src/errors.ts';
import type { DocumentExtraction } from '#src/core/extraction/extraction.types.ts';
import type { Actor } from '#src/core/auth/authorization.ts';

const seeds = ['000_fccac4538127dffa.txt', '001_5286dfd08033257c.txt', '003_c4154716b755f486.txt'].map((f) => `tests/fixtures/seeds/${f}`);

let admin: Actor;
const t = useTestDb(async (t) => {
  admin = await makeUser(t.db, 'import.admin.hp', 'province_admin', 'HP');
});

async function read(path: string): Promise<{ bytes: Buffer; filename: string; extraction: DocumentExtraction }> {
  const bytes = readFileSync(path);
  return { bytes, filename: path.split('/').pop()!, extraction: await readDocument({ bytes, filename: path }) };
}

const count = async (sql: string, params: unknown[] = []) => Number((await t.db.query<{ n: number }>(sql, params))[0]!.n);

test('importing seeds 000, 001 and 003 answers a Hải Phòng request: one submitted report per unit, values extracted with evidence, file attached', async () => {
  const requestId = await makeRequest(t.db);
  const outcomes = [];
  for (const path of seeds) {
    const f = await read(path);
    outcomes.push(await importDocument(t.db, admin, { requestId, file: { bytes: f.bytes, filename: f.filename }, extraction: f.extraction }));
  }
  assert.deepEqual(outcomes.map((o) => o.unit.code), ['HP-NGUYEN-LUONG-BANG', 'HP-HONG-BANG', 'HP-CAT-HAI']);
  for (const o of outcomes) {
    assert.equal(o.status, 'submitted', `${o.unit.code}: ${JSON.stringify(o.findings)}`);
    assert.ok(o.values > 0);
  }
  const hongBang = await readReport(t.db, admin, outcomes[1]!.reportId);
  assert.equal(hongBang.report.request_id, requestId);
  assert.equal(hongBang.report.document_id, outcomes[1]!.documentId);
  const teams = hongBang.values.find((v) => v.indicator_code === 'COMMUNITY_TECH_TEAMS')!;
  assert.equal(teams.source, 'extracted');
  assert.equal(teams.extracted_value, teams.value);
  assert.equal(teams.corrected, false);
  assert.match(teams.evidence?.text ?? '', /Tổ công nghệ số/);
  assert.equal(teams.evidence?.documentId, outcomes[1]!.documentId);
  assert.ok(typeof (hongBang.report.narrative as Record<string, string>).difficulties === 'string', 'difficulties pre-filled');
  const total = await t.db.query<{ s: number }>(
    "SELECT sum(value) AS s FROM data_values WHERE indicator_code = 'COMMUNITY_TECH_TEAMS' AND report_id = ANY($1::int[])",
    [outcomes.map((o) => o.reportId)],
  );
  assert.ok(Number(total[0]!.s) >= 70, 'teams of the three units add up');
  const doc = await t.db.query<{ filename: string; kind: string; sha256: string }>('SELECT filename, kind, sha256 FROM documents WHERE id = $1', [outcomes[2]!.documentId]);
  assert.equal(doc[0]!.filename, '003_c4154716b755f486.txt');
  assert.equal(doc[0]!.kind, 'report');

  // The same file again changes nothing.
  const again = await read(seeds[0]!);
  const o = await importDocument(t.db, admin, { requestId, file: { bytes: again.bytes, filename: again.filename }, extraction: again.extraction });
  assert.equal(o.unchanged, true);
  assert.equal(await count('SELECT count(*) AS n FROM documents WHERE unit_id = $1', [outcomes[0]!.unit.id]), 1);
});

test('a file that fails half-way leaves nothing: no report, no document, no value, no audit entry', async () => {
  const requestId = await makeRequest(t.db, 'HP', 2024, '1/TEST');
  const f = await read(seeds[1]!);
  const before = { docs: await count('SELECT count(*) AS n FROM documents'), audit: await count('SELECT count(*) AS n FROM audit_log'), reports: await count('SELECT count(*) AS n FROM reports') };
  // A fact that cannot be stored (a range whose upper end is below its lower end) after good ones.
  const bad: DocumentExtraction = { ...f.extraction, result: { ...f.extraction.result, facts: [...f.extraction.result.facts, { indicator: 'BANNERS', value: 10, qualifier: 'range', max: 2, evidence: { start: 0, end: 1, text: 'x' } }] } };
  await assert.rejects(() => importDocument(t.db, admin, { requestId, file: { bytes: f.bytes, filename: f.filename }, extraction: bad }), (e) => isAppError(e) && e.code === 'VALIDATION');
  assert.equal(await count('SELECT count(*) AS n FROM documents'), before.docs);
  assert.equal(await count('SELECT count(*) AS n FROM audit_log'), before.audit);
  assert.equal(await count('SELECT count(*) AS n FROM reports'), before.reports);
});

test('an issuer outside the request, or an officer of another commune, cannot import', async () => {
  const requestId = await makeRequest(t.db, 'HP', 2023, '2/TEST');
  const f = await read(seeds[1]!);
  const qngAdmin = await makeUser(t.db, 'import.admin.qng', 'province_admin', 'QNG');
  await assert.rejects(() => importDocument(t.db, qngAdmin, { requestId, file: { bytes: f.bytes, filename: f.filename }, extraction: f.extraction }), (e) => isAppError(e) && e.code === 'FORBIDDEN');
  const otherOfficer = await makeUser(t.db, 'import.officer.cathai', 'commune_officer', 'HP-CAT-HAI');
  await assert.rejects(() => importDocument(t.db, otherOfficer, { requestId, file: { bytes: f.bytes, filename: f.filename }, extraction: f.extraction }), (e) => isAppError(e) && e.code === 'FORBIDDEN');
  const plan = await read('tests/fixtures/seeds/002_dc0cb42fed307c6c.txt');
  await assert.rejects(() => importDocument(t.db, admin, { requestId, file: { bytes: plan.bytes, filename: plan.filename }, extraction: plan.extraction }), (e) => isAppError(e) && e.code === 'VALIDATION' && /kế hoạch/.test(e.userMessage));
  const noIssuer: DocumentExtraction = { ...f.extraction, result: { ...f.extraction.result, issuer: null } };
  await assert.rejects(() => importDocument(t.db, admin, { requestId, file: { bytes: f.bytes, filename: f.filename }, extraction: noIssuer }), (e) => isAppError(e) && e.code === 'VALIDATION' && /--unit/.test(e.userMessage));
  const forced = await importDocument(t.db, admin, { requestId, unitCode: 'HP-HAI-HUNG', file: { bytes: f.bytes, filename: f.filename }, extraction: noIssuer });
  assert.equal(forced.unit.code, 'HP-HAI-HUNG');
  const audit = await listAudit(t.db, { entity: 'report', entityId: String(forced.reportId) });
  // The narrative read from the document is a change to the report, audited like any other.
  assert.deepEqual(audit.map((a) => a.action).reverse(), ['create', 'narrative', 'submit']);
});

test('the import CLI answers a request from three seeds, then lists a corrupt file as failed, writes nothing for it and exits non-zero', async () => {
  const shared = await sharedDb();
  try {
    const db = await shared.open();
    const requestId = await makeRequest(db);
    await db.close();
    const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'import', ...args], { encoding: 'utf8', env: shared.env, timeout: 180_000 });
    const ok = run([...seeds, '--request', String(requestId)]);
    assert.equal(ok.status, 0, ok.stderr);
    const lines = ok.stdout.trim().split('\n');
    assert.equal(lines.filter((l) => l.startsWith('✓')).length, 3, ok.stdout);
    assert.match(ok.stdout, /phường Hồng Bàng \(mã HP-HONG-BANG\).*Đã gửi/);
    assert.match(ok.stdout, /đặc khu Cát Hải/);
    assert.match(ok.stdout, /Đã nhập 3\/3 tệp/);
    // Without --as the console imports, as the other commands do: audited by label, no account.
    const byConsole = await shared.open();
    const actors = await byConsole.query<{ id: number | null; label: string }>(
      "SELECT DISTINCT a.actor_user_id AS id, a.actor_label AS label FROM audit_log a JOIN reports r ON a.entity = 'report' AND a.entity_id = r.id::text WHERE r.request_id = $1 AND a.action <> 'create'",
      [requestId],
    );
    assert.deepEqual(actors, [{ id: null, label: 'Dòng lệnh (console)' }]);
    assert.deepEqual(await byConsole.query('SELECT DISTINCT uploaded_by FROM documents'), [{ uploaded_by: null }]);
    await byConsole.close();

    const before = await shared.open();
    const docsBefore = (await before.query<{ n: number }>('SELECT count(*) AS n FROM documents'))[0]!.n;
    await before.close();
    const bad = run(['tests/fixtures/broken/truncated.pdf', 'tests/fixtures/broken/corrupt.docx', '--request', String(requestId), '--unit', 'HP-HAI-HUNG']);
    assert.notEqual(bad.status, 0);
    assert.match(bad.stdout, /✗ tests\/fixtures\/broken\/truncated\.pdf: /);
    assert.match(bad.stderr, /2 tệp lỗi/);
    const afterDb = await shared.open();
    assert.equal((await afterDb.query<{ n: number }>('SELECT count(*) AS n FROM documents'))[0]!.n, docsBefore);
    // The request created an empty draft for Hải Hưng; the failed files added nothing to it.
    const hh = await afterDb.query<{ n: number; doc: number | null; status: string }>(
      "SELECT (SELECT count(*) FROM data_values v WHERE v.report_id = r.id) AS n, r.document_id AS doc, r.status FROM reports r JOIN units u ON u.id = r.unit_id WHERE u.code = 'HP-HAI-HUNG'",
    );
    assert.deepEqual(hh.map((r) => [Number(r.n), r.doc, r.status]), [[0, null, 'draft']]);
    await afterDb.close();

    const noRequest = run([seeds[0]!, '--request', '99999']);
    assert.notEqual(noRequest.status, 0);
    assert.match(noRequest.stdout + noRequest.stderr, /Không tìm thấy yêu cầu báo cáo/);
  } finally {
    await shared.drop();
  }
});

test('the import CLI with --as checks each file against that account: an officer imports for their commune only; an unknown account imports nothing', async () => {
  const shared = await sharedDb();
  try {
    const db = await shared.open();
    const requestId = await makeRequest(db);
    const officer = await makeUser(db, 'import.officer.hb', 'commune_officer', 'HP-HONG-BANG');
    await db.close();
    const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'import', ...args, '--request', String(requestId)], { encoding: 'utf8', env: shared.env, timeout: 180_000 });
    const unknown = run([seeds[0]!, '--as', 'no.such.user']);
    assert.notEqual(unknown.status, 0);
    assert.match(unknown.stderr, /Không tìm thấy tài khoản: no\.such\.user/);

    const res = run([...seeds, '--as', 'import.officer.hb']);
    assert.notEqual(res.status, 0);
    assert.equal(res.stdout.split('\n').filter((l) => l.startsWith('✓')).length, 1, res.stdout);
    assert.match(res.stdout, /✓ .*phường Hồng Bàng \(mã HP-HONG-BANG\)/);
    assert.equal(res.stdout.split('\n').filter((l) => l.startsWith('✗') && /không có quyền/.test(l)).length, 2, res.stdout);
    const after = await shared.open();
    // Written under the officer's account; nothing for the other communes.
    const written = await after.query<{ code: string; by: number | null }>(
      'SELECT DISTINCT u.code, d.uploaded_by AS by FROM documents d JOIN units u ON u.id = d.unit_id',
    );
    assert.deepEqual(written, [{ code: 'HP-HONG-BANG', by: officer.userId }]);
    const actors = await after.query<{ id: number | null }>("SELECT DISTINCT actor_user_id AS id FROM audit_log WHERE entity IN ('report', 'data_value') AND actor_user_id IS NOT NULL");
    assert.deepEqual(actors, [{ id: officer.userId }]);
    await after.close();
  } finally {
    await shared.drop();
  }
});
