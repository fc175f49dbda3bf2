// The commune officer's home: a draft or returned report that answers an open request is shown
// once, in "what is due" with its deadline; other unfinished reports (a draft that answers no
// request) are listed below it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useTestDb } from '../../support/test-db.ts';
import { makeUser, unitId, yearPeriod } from '../../support/factories.ts';
import { makeRequest } from '../../support/answers.ts';
import { Browser, testApp, type TestApp } from '../../support/http-client.ts';
import { changeReportStatus, getOrCreateReport } from '#src/core/reports/reports.ts';
import { communeHome } from '#src/core/home/home.ts';
import type { Actor } from '#src/core/auth/authorization.ts';

let app: TestApp;
let officer: Actor;
let analyst: Actor;
let requestDraft: number;
let ownDraft: number;
const t = useTestDb(async (t) => {
  app = testApp(t);
  officer = await makeUser(t.db, 'home.cathai', 'commune_officer', 'HP-CAT-HAI');
  analyst = await makeUser(t.db, 'home.analyst', 'province_analyst', 'HP');
  const requestId = await makeRequest(t.db, 'HP', 2025, 'HOME-1/SKHCN');
  const cathai = await unitId(t.db, 'HP-CAT-HAI');
  requestDraft = (await t.db.query<{ id: number }>('SELECT id FROM reports WHERE request_id = $1 AND unit_id = $2', [requestId, cathai]))[0]!.id;
  ownDraft = (await getOrCreateReport(t.db, officer, cathai, await yearPeriod(t.db, 2024))).id;
});

const links = (html: string, id: number) => html.split(`href="/reports/${id}"`).length - 1;
/** One card of the page, by the id of its heading; '' when absent. */
function card(html: string, headingId: string): string {
  const start = html.indexOf(`aria-labelledby="${headingId}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
}
/** The cards that list work to do (the unit summary and the notices are not lists of work). */
const workCards = (html: string) => ['due-h', 'ret-h', 'draft-h'].map((id) => card(html, id)).join('\n');

test('a draft answering an open request appears once, in what is due; a draft without a request is listed as a draft', async () => {
  const home = await communeHome(t.db, officer);
  assert.deepEqual(home.due.map((d) => d.report?.id), [requestDraft]);
  assert.deepEqual(home.drafts.map((d) => d.id), [ownDraft]);
  assert.deepEqual(home.returned, []);

  const html = await (await Browser.as(app, 'home.cathai')).text('/');
  assert.equal(links(workCards(html), requestDraft), 1, 'the request draft is listed once');
  assert.equal(links(card(html, 'due-h'), requestDraft), 1, 'in the due table, beside its request');
  assert.match(card(html, 'due-h'), /HOME-1\/SKHCN/);
  assert.equal(links(card(html, 'draft-h'), ownDraft), 1, 'the draft answering no request is under "Bản nháp chưa gửi"');
  assert.equal(links(workCards(html), ownDraft), 1);
});

test('a returned report answering an open request appears once, with the province\'s comment once', async () => {
  await changeReportStatus(t.db, officer, requestDraft, 'submit');
  await changeReportStatus(t.db, analyst, requestDraft, 'return', 'Thiếu số liệu phát thanh');
  const home = await communeHome(t.db, officer);
  assert.deepEqual(home.due.map((d) => d.report?.status), ['returned']);
  assert.deepEqual(home.returned, []);
  const html = await (await Browser.as(app, 'home.cathai')).text('/');
  assert.equal(links(workCards(html), requestDraft), 1);
  assert.equal(html.split('Nhận xét của Sở: Thiếu số liệu phát thanh').length - 1, 1);
  assert.equal(card(html, 'ret-h'), '', 'no separate returned card for a report already in the due table');
});
