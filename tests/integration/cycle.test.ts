// The reporting cycle on a real database: completeness and timeliness (merger-aware),
// reminders in the app and by e-mail (nodemailer jsonTransport, no network), recurring regimes
// with an injected clock, and review (return reopens, accept locks, all audited).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import nodemailer from 'nodemailer';
import { useTestDb } from '../support/test-db.ts';
import { makeUser, unitId, errorCode } from '../support/factories.ts';
import { createRequest, reportForRequest } from '#src/core/requests/requests.ts';
import { completeness, periodCompleteness, vnDate } from '#src/core/requests/completeness.ts';
import { sendReminders, type Mailer } from '#src/core/requests/reminders.ts';
import { createRegime, duePeriods, openDueRequests, regimeDeadline } from '#src/core/requests/regimes.ts';
import { notificationsForUnits, notificationsOfRequest, listRequestRows } from '#src/storage/requests.repository.ts';
import { changeReportStatus, saveNarrative, setReportValues } from '#src/core/reports/reports.ts';
import { createUnit, mergeUnits } from '#src/core/units/units.ts';
import { listAudit } from '#src/storage/audit.repository.ts';
import { regularPeriod } from '#src/core/periods/periods.ts';

const t = useTestDb();

/** Pretend the first submission happened at a given Vietnamese local time. */
async function submittedAt(reportId: number, vnLocal: string) {
  await t.db.query('UPDATE reports SET first_submitted_at = $2::timestamptz WHERE id = $1', [reportId, `${vnLocal}+07:00`]);
}

test('vnDate uses Vietnamese calendar days: 23:30 UTC is already the next day', () => {
  assert.equal(vnDate(new Date('2025-12-09T16:59:00Z')), '2025-12-09');
  assert.equal(vnDate(new Date('2025-12-09T17:00:00Z')), '2025-12-10');
});

test('completeness of a request: expected, submitted, accepted, on time, late, missing — and mergers during the period', async () => {
  // A province of its own so the seeded units do not interfere.
  await createUnit(t.db, { code: 'TP', name: 'Thử Nghiệm', level: 'tinh' });
  for (const [c, n] of [['TP-A', 'An Bình'], ['TP-B', 'Bình Minh'], ['TP-C', 'Cẩm Lệ'], ['TP-D', 'Đông Hải'], ['TP-E', 'Ea Súp']] as const) {
    await createUnit(t.db, { code: c, name: n, level: 'xa', parentCode: 'TP', validFrom: '2020-01-01' });
  }
  const tp = await unitId(t.db, 'TP');
  const analyst = await makeUser(t.db, 'cy.analyst', 'province_analyst', 'TP');
  const other = await makeUser(t.db, 'cy.analyst.hp', 'province_analyst', 'HP');
  const officers = {
    A: await makeUser(t.db, 'cy.a', 'commune_officer', 'TP-A'),
    B: await makeUser(t.db, 'cy.b', 'commune_officer', 'TP-B'),
    C: await makeUser(t.db, 'cy.c', 'commune_officer', 'TP-C'),
  };
  const id = { A: await unitId(t.db, 'TP-A'), B: await unitId(t.db, 'TP-B'), C: await unitId(t.db, 'TP-C'), D: await unitId(t.db, 'TP-D'), E: await unitId(t.db, 'TP-E') };
  const h1 = await createRequest(t.db, analyst, tp, { number: 'TP-1', issuedOn: '2025-06-01', subject: 'Báo cáo 6 tháng đầu năm', period: '2025-H1', deadline: '2025-06-15', indicators: ['BANNERS'] });
  const rid = h1.request.id;

  const rA = await reportForRequest(t.db, officers.A, rid, id.A);
  const rB = await reportForRequest(t.db, officers.B, rid, id.B);
  const rC = await reportForRequest(t.db, officers.C, rid, id.C);
  await setReportValues(t.db, officers.A, rA.id, [{ indicator: 'BANNERS', value: 4 }]);
  await changeReportStatus(t.db, officers.A, rA.id, 'submit');
  await submittedAt(rA.id, '2025-06-15T23:00:00'); // last evening of the deadline day: on time
  await changeReportStatus(t.db, officers.B, rB.id, 'submit');
  await submittedAt(rB.id, '2025-06-16T08:00:00'); // late
  await changeReportStatus(t.db, analyst, rA.id, 'accept');
  await changeReportStatus(t.db, officers.C, rC.id, 'submit');
  await submittedAt(rC.id, '2025-06-10T09:00:00');
  await changeReportStatus(t.db, analyst, rC.id, 'return', 'Thiếu số liệu pa nô');

  const c = await completeness(t.db, analyst, rid, new Date('2025-06-20T03:00:00Z'));
  assert.deepEqual(
    { expected: c.expected, submitted: c.submitted, accepted: c.accepted, returned: c.returned, awaitingReview: c.awaitingReview, onTime: c.onTime, late: c.late, missing: c.missing, overdue: c.overdue },
    { expected: 5, submitted: 3, accepted: 1, returned: 1, awaitingReview: 1, onTime: 2, late: 1, missing: 2, overdue: 2 },
  );
  assert.deepEqual(c.missingUnits.map((u) => u.name), ['Đông Hải', 'Ea Súp']);
  assert.equal(c.units.find((u) => u.unitId === id.C)?.reviewComment, 'Thiếu số liệu pa nô');
  // Before the deadline nothing is overdue yet.
  assert.equal((await completeness(t.db, analyst, rid, new Date('2025-06-14T03:00:00Z'))).overdue, 0);
  // Another province's analyst and a commune officer cannot see it.
  await assert.rejects(() => completeness(t.db, other, rid), (e) => errorCode(e) === 'NOT_FOUND');
  await assert.rejects(() => completeness(t.db, officers.A, rid), (e) => errorCode(e) === 'NOT_FOUND');

  // D and E merge into a new unit F on 1/7/2025. The H1 request (deadline 15/6) still expects D
  // and E; a yearly request (deadline 15/12) expects F instead, and a report E sent before the
  // merger for the year counts for F.
  const year = await createRequest(t.db, analyst, tp, { number: 'TP-2', issuedOn: '2025-06-01', subject: 'Báo cáo năm', period: '2025', deadline: '2025-12-15', indicators: ['BANNERS'] });
  const officerE = await makeUser(t.db, 'cy.e', 'commune_officer', 'TP-E');
  const rE = await reportForRequest(t.db, officerE, year.request.id, id.E);
  await changeReportStatus(t.db, officerE, rE.id, 'submit');
  await submittedAt(rE.id, '2025-06-25T10:00:00');
  const f = await mergeUnits(t.db, { predecessorCodes: ['TP-D', 'TP-E'], successor: { code: 'TP-F', name: 'Phú Lợi', level: 'xa', parentCode: 'TP' }, effectiveDate: '2025-07-01' });

  const afterH1 = await completeness(t.db, analyst, rid, new Date('2025-08-01T03:00:00Z'));
  assert.equal(afterH1.expected, 5);
  assert.deepEqual(afterH1.missingUnits.map((u) => u.name), ['Đông Hải', 'Ea Súp']);

  const y = await completeness(t.db, analyst, year.request.id, new Date('2025-12-20T03:00:00Z'));
  assert.equal(y.expected, 4, 'A, B, C and F; D and E are not expected after the merger');
  const fAnswer = y.units.find((u) => u.unitId === f.id)!;
  assert.deepEqual(fAnswer.predecessorIds.sort(), [id.D, id.E].sort());
  assert.equal(fAnswer.state, 'submitted');
  assert.equal(fAnswer.viaPredecessor, true);
  assert.equal(fAnswer.onTime, true);
  assert.deepEqual(y.missingUnits.map((u) => u.name), ['An Bình', 'Bình Minh', 'Cẩm Lệ']);

  // Per period: H1 2025 across the province — same picture as the request; deadline from it.
  const p = await periodCompleteness(t.db, analyst, tp, h1.request.period_id, new Date('2025-08-01T03:00:00Z'));
  assert.equal(p.deadline, '2025-06-15');
  assert.deepEqual([p.expected, p.submitted, p.onTime, p.late, p.missing], [5, 3, 2, 1, 2]);
  await assert.rejects(() => periodCompleteness(t.db, other, tp, h1.request.period_id), (e) => errorCode(e) === 'FORBIDDEN');

  // Reminders: in the app for every unit that has not answered, by e-mail to officers with an address.
  await t.db.query("UPDATE users SET email = 'bs@example.vn' WHERE username = 'cy.b'");
  const officerD = await makeUser(t.db, 'cy.d', 'commune_officer', 'TP-D');
  await t.db.query("UPDATE users SET email = 'dh@example.vn' WHERE id = $1", [officerD.userId]);
  const sent: unknown[] = [];
  const json = nodemailer.createTransport({ jsonTransport: true });
  const mailer: Mailer = { from: 'Lan Tỏa <no-reply@example.vn>', transport: { sendMail: async (m) => { const info = await json.sendMail(m); sent.push(JSON.parse(String(info.message))); return info; } } };
  await assert.rejects(() => sendReminders(t.db, other, rid, { mailer }), (e) => errorCode(e) === 'NOT_FOUND');
  await assert.rejects(() => sendReminders(t.db, officers.A, rid, { mailer }), (e) => errorCode(e) === 'NOT_FOUND');
  const res = await sendReminders(t.db, analyst, rid, { mailer, now: new Date('2025-06-20T03:00:00Z') });
  assert.deepEqual([res.units, res.emails, res.emailFailures.length], [2, 1, 0]);
  assert.equal(sent.length, 1);
  const mail = sent[0] as { to: { address: string }[]; subject: string; text: string };
  assert.deepEqual(mail.to.map((a) => a.address), ['dh@example.vn']);
  assert.match(mail.subject, /TP-1/);
  assert.match(mail.text, /đã quá hạn từ ngày 15\/06\/2025/);
  const inApp = await notificationsForUnits(t.db, [id.D]);
  assert.equal(inApp[0]?.kind, 'reminder');
  assert.match(inApp[0]!.message, /TP-1/);
  assert.equal((await notificationsForUnits(t.db, [id.A])).filter((n) => n.kind === 'reminder').length, 0, 'units that answered are not reminded');
  assert.ok((await notificationsForUnits(t.db, [id.A])).some((n) => n.kind === 'opened' && n.message.includes('TP-1')), 'the new request was announced');
  assert.ok((await notificationsOfRequest(t.db, rid)).some((n) => n.channel === 'email' && n.recipients?.[0] === 'dh@example.vn'));
  // The returned report left a notification with the reviewer's comment for C.
  assert.ok((await notificationsForUnits(t.db, [id.C])).some((n) => n.kind === 'returned' && n.message.includes('Thiếu số liệu pa nô')));
});

test('review: a returned report reopens for the commune, an accepted one is locked, narrative changes are audited', async () => {
  const hp = await unitId(t.db, 'HP');
  const officer = await makeUser(t.db, 'rv.officer', 'commune_officer', 'HP-NGUYEN-LUONG-BANG');
  const analyst = await makeUser(t.db, 'rv.analyst', 'province_analyst', 'HP');
  const unit = await unitId(t.db, 'HP-NGUYEN-LUONG-BANG');
  const req = await createRequest(t.db, analyst, hp, { number: 'RV-1', issuedOn: '2025-11-01', subject: 'Báo cáo quý IV', period: '2025-Q4', deadline: '2025-12-10', indicators: ['BANNERS'], sections: ['results', 'difficulties'] });
  const r = await reportForRequest(t.db, officer, req.request.id, unit);
  await saveNarrative(t.db, officer, r.id, { results: 'Đã treo băng rôn' });
  await changeReportStatus(t.db, officer, r.id, 'submit');
  await assert.rejects(() => saveNarrative(t.db, officer, r.id, { results: 'sửa khi đã gửi' }), (e) => errorCode(e) === 'INVALID_STATE');
  await assert.rejects(() => changeReportStatus(t.db, officer, r.id, 'return', 'tự trả'), (e) => errorCode(e) === 'FORBIDDEN');
  await changeReportStatus(t.db, analyst, r.id, 'return', 'Bổ sung khó khăn');
  await saveNarrative(t.db, officer, r.id, { results: 'Đã treo băng rôn', difficulties: 'Kinh phí hạn chế' });
  await changeReportStatus(t.db, officer, r.id, 'submit');
  await changeReportStatus(t.db, analyst, r.id, 'accept');
  await assert.rejects(() => saveNarrative(t.db, officer, r.id, { results: 'x' }), (e) => errorCode(e) === 'INVALID_STATE');
  await assert.rejects(() => setReportValues(t.db, officer, r.id, [{ indicator: 'BANNERS', value: 1 }]), (e) => errorCode(e) === 'INVALID_STATE');
  await assert.rejects(() => setReportValues(t.db, analyst, r.id, [{ indicator: 'BANNERS', value: 1 }]), (e) => errorCode(e) === 'FORBIDDEN');
  await assert.rejects(() => changeReportStatus(t.db, officer, r.id, 'submit'), (e) => errorCode(e) === 'INVALID_STATE');
  const audit = (await listAudit(t.db, { entity: 'report', entityId: String(r.id) })).reverse();
  assert.deepEqual(audit.map((a) => a.action), ['create', 'narrative', 'submit', 'return', 'narrative', 'submit', 'accept']);
  assert.deepEqual(audit[4]!.old_value, { results: 'Đã treo băng rôn' });
  assert.equal((audit[4]!.new_value as { difficulties: string }).difficulties, 'Kinh phí hạn chế');
});

test('recurring regimes: deadlines per period, requests open by themselves once, on the right day', async () => {
  // Pure rules first.
  assert.equal(regimeDeadline('06-15', regularPeriod('half', 2026, 1)), '2026-06-15');
  assert.equal(regimeDeadline('01-10', regularPeriod('half', 2026, 2)), '2027-01-10', 'a deadline before the period starts falls next year');
  const regimeShape = { kind: 'half' as const, deadlines: ['06-15', '12-15'], open_days_before: 30, starts_on: '2026-01-01' };
  assert.deepEqual(duePeriods(regimeShape, '2026-05-15').map((d) => d.period.label), []);
  assert.deepEqual(duePeriods(regimeShape, '2026-05-16').map((d) => [d.period.label, d.deadline, d.opensOn]), [['6 tháng đầu năm 2026', '2026-06-15', '2026-05-16']]);

  const qng = await unitId(t.db, 'QNG');
  const officer = await makeUser(t.db, 'rg.officer', 'commune_officer', 'QNG-DAK-BLA');
  const analyst = await makeUser(t.db, 'rg.analyst', 'province_analyst', 'QNG');
  const input = { kind: 'half' as const, name: 'Báo cáo 6 tháng NQ57', subject: 'Báo cáo kết quả tuyên truyền Nghị quyết 57', deadlines: ['15/6', '15/12'], numberPrefix: 'BC-NQ57', indicators: ['COMMUNITY_TECH_TEAMS'], startsOn: '2026-01-01' };
  await assert.rejects(() => createRegime(t.db, officer, qng, input), (e) => errorCode(e) === 'FORBIDDEN');
  await assert.rejects(() => createRegime(t.db, analyst, qng, { ...input, deadlines: ['15/6'] }), (e) => errorCode(e) === 'VALIDATION');
  await assert.rejects(() => createRegime(t.db, analyst, qng, { ...input, deadlines: ['31/6', '15/12'] }), (e) => errorCode(e) === 'VALIDATION');
  const regime = await createRegime(t.db, analyst, qng, input);
  assert.deepEqual(regime.deadlines, ['06-15', '12-15']);

  const ofRegime = async () => (await listRequestRows(t.db, [qng])).filter((r) => r.regime_id === regime.id);
  assert.equal((await openDueRequests(t.db, new Date('2026-05-01T02:00:00Z'))).opened.filter((o) => o.regimeId === regime.id).length, 0);
  assert.equal((await ofRegime()).length, 0);
  const first = await openDueRequests(t.db, new Date('2026-05-20T02:00:00Z'));
  assert.deepEqual(first.opened.filter((o) => o.regimeId === regime.id).map((o) => o.number), ['BC-NQ57-2026-H1']);
  // Idempotent: the same day again, and the next day, open nothing new.
  assert.equal((await openDueRequests(t.db, new Date('2026-05-20T09:00:00Z'))).opened.length, 0);
  assert.equal((await openDueRequests(t.db, new Date('2026-05-21T02:00:00Z'))).opened.length, 0);
  const [h1] = await ofRegime();
  assert.equal(h1!.deadline, '2026-06-15');
  assert.equal(h1!.period_label, '6 tháng đầu năm 2026');
  assert.match(h1!.subject, /Nghị quyết 57 — 6 tháng đầu năm 2026/);
  assert.equal(h1!.issued_on, '2026-05-16');
  // The commune has its draft.
  const unit = await unitId(t.db, 'QNG-DAK-BLA');
  const draft = await t.db.query<{ status: string }>('SELECT status FROM reports WHERE request_id = $1 AND unit_id = $2', [h1!.id, unit]);
  assert.equal(draft[0]?.status, 'draft');
  // November: the second half opens; still exactly one per period.
  await openDueRequests(t.db, new Date('2026-11-20T02:00:00Z'));
  assert.deepEqual((await ofRegime()).map((r) => r.number).sort(), ['BC-NQ57-2026-H1', 'BC-NQ57-2026-H2']);
});

test('the daily job reminds units that have not answered 3 days before the deadline and the day after, once each', async () => {
  await createUnit(t.db, { code: 'AR', name: 'Nhắc Tự Động', level: 'tinh' });
  await createUnit(t.db, { code: 'AR-X', name: 'Xuân Hòa', level: 'xa', parentCode: 'AR' });
  await createUnit(t.db, { code: 'AR-Y', name: 'Yên Thế', level: 'xa', parentCode: 'AR' });
  const ar = await unitId(t.db, 'AR');
  const x = await unitId(t.db, 'AR-X');
  const y = await unitId(t.db, 'AR-Y');
  const ox = await makeUser(t.db, 'ar.x', 'commune_officer', 'AR-X');
  await t.db.query("UPDATE users SET email = 'yt@example.vn' WHERE id = $1", [(await makeUser(t.db, 'ar.y', 'commune_officer', 'AR-Y')).userId]);
  const req = await createRequest(t.db, null, ar, { number: 'AR-1', issuedOn: '2030-03-01', subject: 'Báo cáo quý I', period: '2030-Q1', deadline: '2030-03-20', indicators: ['BANNERS'] });
  await changeReportStatus(t.db, ox, (await reportForRequest(t.db, ox, req.request.id, x)).id, 'submit');
  const sent: unknown[] = [];
  const json = nodemailer.createTransport({ jsonTransport: true });
  const mailer: Mailer = { from: 'Lan Tỏa <no-reply@example.vn>', transport: { sendMail: async (m) => { const info = await json.sendMail(m); sent.push(info); return info; } } };
  const reminders = async () => (await notificationsOfRequest(t.db, req.request.id)).filter((n) => n.kind === 'reminder' && n.channel === 'app');

  await openDueRequests(t.db, new Date('2030-03-16T02:00:00Z'), { mailer }); // 4 days before: nothing
  assert.equal((await reminders()).length, 0);
  const run = await openDueRequests(t.db, new Date('2030-03-17T02:00:00Z'), { mailer }); // 3 days before
  assert.deepEqual(run.reminded.find((r) => r.requestId === req.request.id), { requestId: req.request.id, units: 1, emails: 1 });
  await openDueRequests(t.db, new Date('2030-03-17T09:00:00Z'), { mailer }); // same day again: no second reminder
  assert.deepEqual((await reminders()).map((n) => n.unit_id), [y]);
  assert.match((await reminders())[0]!.message, /hạn gửi ngày 20\/03\/2030/);
  await openDueRequests(t.db, new Date('2030-03-21T02:00:00Z'), { mailer }); // the day after the deadline
  const all = await reminders();
  assert.equal(all.length, 2);
  assert.match(all[0]!.message, /đã quá hạn từ ngày 20\/03\/2030/);
  assert.equal(sent.length, 2);
});

test('after a merger, the successor gets a draft only when none of the merged units has answered', async () => {
  await createUnit(t.db, { code: 'MS', name: 'Sáp Nhập', level: 'tinh' });
  for (const c of ['MS-P', 'MS-Q', 'MS-R', 'MS-S']) await createUnit(t.db, { code: c, name: `Xã ${c}`, level: 'xa', parentCode: 'MS' });
  const ms = await unitId(t.db, 'MS');
  const op = await makeUser(t.db, 'ms.p', 'commune_officer', 'MS-P');
  const req = await createRequest(t.db, null, ms, { number: 'MS-1', issuedOn: '2031-05-01', subject: 'Báo cáo năm', period: '2031', deadline: '2031-12-15', indicators: ['BANNERS'] });
  await changeReportStatus(t.db, op, (await reportForRequest(t.db, op, req.request.id, await unitId(t.db, 'MS-P'))).id, 'submit');
  const pq = await mergeUnits(t.db, { predecessorCodes: ['MS-P', 'MS-Q'], successor: { code: 'MS-PQ', name: 'Xã PQ', level: 'xa', parentCode: 'MS' }, effectiveDate: '2031-07-01' });
  const rs = await mergeUnits(t.db, { predecessorCodes: ['MS-R', 'MS-S'], successor: { code: 'MS-RS', name: 'Xã RS', level: 'xa', parentCode: 'MS' }, effectiveDate: '2031-07-01' });
  await openDueRequests(t.db, new Date('2031-07-02T02:00:00Z'));
  const units = (await t.db.query<{ unit_id: number }>('SELECT unit_id FROM reports WHERE request_id = $1', [req.request.id])).map((r) => r.unit_id);
  assert.ok(units.includes(rs.id), 'RS owes the report: a draft is waiting');
  assert.ok(!units.includes(pq.id), 'P already answered for PQ');
  const c = await completeness(t.db, null, req.request.id, new Date('2031-07-02T02:00:00Z'));
  assert.deepEqual([c.expected, c.submitted, c.missing], [2, 1, 1]);
});
