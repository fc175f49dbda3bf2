// The whole reporting cycle in a real browser (Debian Chromium via playwright-core), run only
// with LANTOA_E2E=1: the administrator creates the accounts; the province opens a request; a
// commune officer answers it and submits; the analyst sees completeness change on the
// dashboard, returns the report with a comment; the officer fixes and resubmits; the analyst
// accepts. Screenshots of every step are written to tests/artifacts/e2e/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD, e2eSkipReason, login, startHarness } from './support.ts';
import { createRequest } from '#src/core/requests/requests.ts';
import { getUnitByCode } from '#src/storage/units.repository.ts';

const skip = e2eSkipReason();

async function createAccount(page: Page, baseUrl: string, username: string, fullName: string, role: string, unitLabel: string): Promise<string> {
  await page.goto(`${baseUrl}/admin/users`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Họ và tên').fill(fullName);
  await page.getByLabel('Vai trò').selectOption(role);
  await page.getByLabel('Đơn vị').selectOption({ label: unitLabel });
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await page.getByRole('heading', { name: 'Đã tạo tài khoản' }).waitFor();
  return (await page.locator('.pw').innerText()).trim();
}

async function completeness(page: Page): Promise<string> {
  const row = page.locator('section[aria-labelledby="req-h"] tbody tr').first();
  return (await row.locator('td.num').first().innerText()).trim();
}

test('a commune report goes from draft to accepted through the browser', { skip, timeout: 600_000 }, async () => {
  const h = await startHarness();
  try {
    // 1. The administrator signs in; the page is keyboard-first: Tab reaches the skip link first.
    const admin = await h.newUser();
    await login(admin.page, h.baseUrl, 'admin', ADMIN_PASSWORD);
    await admin.page.keyboard.press('Tab');
    assert.equal(await admin.page.evaluate('document.activeElement && document.activeElement.textContent'), 'Bỏ qua, tới nội dung chính');
    await admin.page.keyboard.press('Enter');
    assert.equal(await admin.page.evaluate('document.activeElement && document.activeElement.id'), 'main');
    await h.shot(admin.page, 'admin-home');

    // 2. Accounts for a province analyst and a commune officer, through the admin pages.
    const analystPw = await createAccount(admin.page, h.baseUrl, 'e2e.analyst', 'Phạm Thu Hà', 'province_analyst', 'Hải Phòng (cấp tỉnh)');
    const officerPw = await createAccount(admin.page, h.baseUrl, 'e2e.officer', 'Vũ Văn Nam', 'commune_officer', 'đặc khu Cát Hải');
    await h.shot(admin.page, 'admin-account-created');

    // 3. The analyst opens a request for the year's report.
    const analyst = await h.newUser();
    await login(analyst.page, h.baseUrl, 'e2e.analyst', analystPw);
    const hp = (await getUnitByCode(h.db, 'HP'))!;
    const req = await createRequest(h.db, null, hp.id, {
      number: '150/SKHCN-TTTT', issuedOn: '2025-12-02', subject: 'Báo cáo kết quả tuyên truyền Nghị quyết 57-NQ/TW năm 2025',
      period: '2025', deadline: '2099-12-20', indicators: ['COMMUNITY_TECH_TEAMS', 'COMMUNITY_TECH_MEMBERS', 'TRAINING_SESSIONS', 'BANNERS'],
    });
    await analyst.page.goto(`${h.baseUrl}/dashboard`);
    await analyst.page.getByRole('heading', { name: /Bảng điều khiển — Hải Phòng/ }).waitFor();
    assert.equal(await completeness(analyst.page), '0/4');
    await h.shot(analyst.page, 'analyst-dashboard-before');

    // 4. The officer sees the draft on the home page, fills it in and submits.
    const officer = await h.newUser();
    await login(officer.page, h.baseUrl, 'e2e.officer', officerPw);
    await officer.page.getByRole('heading', { name: 'Bản nháp chưa gửi' }).waitFor();
    await h.shot(officer.page, 'officer-home-draft');
    await officer.page.getByRole('link', { name: /Cát Hải — Năm 2025/ }).first().click();
    await officer.page.getByLabel('Số Tổ công nghệ số cộng đồng', { exact: true }).fill('12');
    await officer.page.getByLabel('Số thành viên Tổ công nghệ số cộng đồng', { exact: true }).fill('1.440');
    await officer.page.getByLabel('Số lớp, buổi tập huấn kỹ năng số', { exact: true }).fill('8');
    await officer.page.getByRole('button', { name: 'Lưu số liệu' }).click();
    await officer.page.waitForLoadState();
    assert.equal(await officer.page.getByLabel('Số thành viên Tổ công nghệ số cộng đồng', { exact: true }).inputValue(), '1.440', 'shown back with Vietnamese thousands grouping');
    await h.shot(officer.page, 'officer-report-filled');
    await officer.page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await officer.page.getByText('Đã gửi', { exact: true }).waitFor();
    const reportUrl = officer.page.url();

    // 5. The analyst sees completeness change, then returns the report with a comment.
    await analyst.page.reload();
    assert.equal(await completeness(analyst.page), '1/4');
    await h.shot(analyst.page, 'analyst-dashboard-after-submit');
    await analyst.page.goto(reportUrl);
    await analyst.page.getByLabel('Lý do trả lại').fill('Số thành viên tổ công nghệ số chưa khớp với danh sách gửi kèm, đề nghị kiểm tra lại.');
    await analyst.page.getByRole('button', { name: 'Trả lại' }).click();
    await analyst.page.getByText('Bị trả lại', { exact: true }).waitFor();
    await h.shot(analyst.page, 'analyst-returned');

    // 6. The officer sees the comment on the home page, fixes the value and resubmits.
    await officer.page.goto(`${h.baseUrl}/`);
    await officer.page.getByText('Số thành viên tổ công nghệ số chưa khớp').waitFor();
    await h.shot(officer.page, 'officer-home-returned');
    await officer.page.getByRole('link', { name: /Cát Hải — Năm 2025/ }).first().click();
    await officer.page.getByLabel('Số thành viên Tổ công nghệ số cộng đồng', { exact: true }).fill('1.404');
    await officer.page.getByRole('button', { name: 'Lưu số liệu' }).click();
    await officer.page.waitForLoadState();
    await officer.page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await officer.page.getByText('Đã gửi', { exact: true }).waitFor();
    await h.shot(officer.page, 'officer-resubmitted');

    // 7. The analyst accepts; the dashboard counts it as accepted and shows the province total.
    await analyst.page.goto(reportUrl);
    await analyst.page.getByRole('button', { name: 'Chấp nhận' }).click();
    await analyst.page.getByText('Đã chấp nhận', { exact: true }).waitFor();
    await analyst.page.goto(`${h.baseUrl}/dashboard?indicator=COMMUNITY_TECH_MEMBERS`);
    const row = analyst.page.locator('section[aria-labelledby="req-h"] tbody tr').first();
    assert.equal((await row.locator('td.num').nth(1).innerText()).trim(), '1');
    assert.ok((await analyst.page.locator('figure.chart svg').count()) >= 2, 'charts drawn');
    await h.shot(analyst.page, 'analyst-dashboard-accepted');
    const audit = await h.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'report' AND entity_id = $1`, [reportUrl.split('/').pop()]);
    assert.ok(audit[0]!.n >= 4, 'submit, return, resubmit and accept are audited');
    void req;
  } finally {
    await h.close();
  }
});
