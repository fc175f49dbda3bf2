// The whole reporting cycle in a real browser (Debian Chromium via playwright-core), run only
// with LANTOA_E2E=1: the administrator adds a commune and the accounts; the analyst opens a
// request; the commune officer uploads the commune's OCR-text report, corrects one extracted
// value and submits; the analyst sees completeness change on the dashboard and returns the
// report with a comment; the officer fixes it and resubmits; the analyst accepts and downloads
// the synthesis. Screenshots of every step are written to tests/artifacts/e2e/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_PASSWORD, ARTIFACTS, e2eSkipReason, login, startHarness } from './support.ts';

const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'own', 'r01', 'ocr-eng-300.txt');

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

    // 2. A new commune through the units page, then accounts for an analyst and its officer.
    await admin.page.goto(`${h.baseUrl}/admin/units`);
    await admin.page.locator('#nu-code').fill('HP-TAN-PHONG');
    await admin.page.locator('#nu-name').fill('Tân Phong');
    await admin.page.locator('#nu-level').selectOption('xa');
    await admin.page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await admin.page.getByText('Đã thêm đơn vị.').waitFor();
    await h.shot(admin.page, 'admin-unit-created');
    const analystPw = await createAccount(admin.page, h.baseUrl, 'e2e.analyst', 'Phạm Thu Hà', 'province_analyst', 'Hải Phòng (cấp tỉnh)');
    const officerPw = await createAccount(admin.page, h.baseUrl, 'e2e.officer', 'Vũ Văn Nam', 'commune_officer', 'xã Tân Phong');
    await h.shot(admin.page, 'admin-account-created');

    // 3. The analyst opens a request for the year's report from the requests page.
    const analyst = await h.newUser();
    await login(analyst.page, h.baseUrl, 'e2e.analyst', analystPw);
    await analyst.page.getByRole('navigation').getByRole('link', { name: 'Yêu cầu báo cáo' }).click();
    await analyst.page.getByRole('link', { name: 'Tạo yêu cầu báo cáo' }).click();
    await analyst.page.getByLabel('Số hiệu văn bản').fill('150/SKHCN-TTTT');
    await analyst.page.getByLabel('Ngày ban hành').fill('2025-12-02');
    await analyst.page.getByLabel('Hạn gửi báo cáo').fill('2099-12-20');
    await analyst.page.getByLabel('Trích yếu (nội dung yêu cầu)').fill('Báo cáo kết quả tuyên truyền Nghị quyết 57-NQ/TW năm 2025');
    await analyst.page.getByLabel('Loại kỳ').selectOption('year');
    await analyst.page.getByLabel('Năm', { exact: true }).fill('2025');
    for (const code of ['RADIO_BROADCASTS', 'SOCIAL_POSTS', 'TRAINING_SESSIONS', 'TRAINEES', 'CITIZENS_GUIDED']) {
      const box = analyst.page.locator(`#ind_${code}`);
      if (!(await box.isVisible())) await box.locator('xpath=ancestor::details[1]/summary').click();
      await box.check();
    }
    await h.shot(analyst.page, 'analyst-request-form');
    await analyst.page.getByRole('button', { name: 'Tạo yêu cầu' }).click();
    await analyst.page.waitForURL(/\/requests\/\d+(\?|$)/);
    const requestUrl = analyst.page.url().replace(/\?.*$/, '');
    await analyst.page.goto(`${h.baseUrl}/dashboard`);
    await analyst.page.getByRole('heading', { name: /Bảng điều khiển — Hải Phòng/ }).waitFor();
    assert.equal(await completeness(analyst.page), '0/5');
    await h.shot(analyst.page, 'analyst-dashboard-before');

    // 4. The officer finds the draft on the home page (in what is due) and uploads the commune's
    //    own OCR-text report; extraction runs in the background with a progress page.
    const officer = await h.newUser();
    await login(officer.page, h.baseUrl, 'e2e.officer', officerPw);
    await officer.page.getByRole('heading', { name: 'Báo cáo cần gửi' }).waitFor();
    await h.shot(officer.page, 'officer-home-draft');
    await officer.page.getByRole('link', { name: /Tân Phong — Năm 2025/ }).first().click();
    const reportUrl = officer.page.url();
    await officer.page.locator('#file').setInputFiles(FIXTURE);
    await officer.page.getByRole('button', { name: 'Tải lên và đọc' }).click();
    await officer.page.waitForURL(/\/uploads\/\d+/);
    await h.shot(officer.page, 'officer-upload-progress');
    const review = officer.page.getByRole('link', { name: 'Kiểm tra số liệu đã trích xuất' });
    await review.waitFor({ timeout: 180_000 });
    await review.click();
    await officer.page.getByRole('heading', { name: /Kiểm tra số liệu từ văn bản/ }).waitFor();
    // The extracted value is pre-filled with its evidence; the officer corrects one of them.
    const trainees = officer.page.locator('#v_TRAINEES');
    assert.equal(await trainees.inputValue(), '410', 'extracted from the OCR text');
    assert.ok((await officer.page.getByRole('link', { name: 'xem trong văn bản' }).count()) >= 3, 'evidence links beside the values');
    await trainees.fill('415');
    await h.shot(officer.page, 'officer-review-corrected');
    await officer.page.getByRole('button', { name: 'Xác nhận và gửi báo cáo' }).click();
    await officer.page.goto(reportUrl);
    await officer.page.getByText('Đã gửi', { exact: true }).first().waitFor();
    const corrected = await h.db.query<{ value: number; extracted_value: number; corrected: boolean }>(
      `SELECT value, extracted_value, corrected FROM data_values WHERE report_id = $1 AND indicator_code = 'TRAINEES'`, [Number(reportUrl.split('/').pop())],
    );
    assert.deepEqual(corrected[0], { value: 415, extracted_value: 410, corrected: true }, 'the correction is recorded as such');
    await h.shot(officer.page, 'officer-submitted');

    // 5. The analyst sees completeness change, opens the report and returns it with a comment.
    await analyst.page.reload();
    assert.equal(await completeness(analyst.page), '1/5');
    await h.shot(analyst.page, 'analyst-dashboard-after-submit');
    // From the dashboard's request row to the request's completeness table, then the report.
    await analyst.page.locator('section[aria-labelledby="req-h"]').getByRole('link', { name: '150/SKHCN-TTTT' }).click();
    await analyst.page.waitForURL(requestUrl);
    await h.shot(analyst.page, 'analyst-request-completeness');
    await analyst.page.getByRole('link', { name: 'xã Tân Phong', exact: true }).click();
    await analyst.page.waitForURL(/\/reports\/\d+/);
    assert.equal(analyst.page.url(), reportUrl);
    await analyst.page.getByLabel('Lý do trả lại').fill('Số lượt phát thanh chưa khớp với sổ theo dõi của đài, đề nghị kiểm tra lại.');
    await analyst.page.getByRole('button', { name: 'Trả lại' }).click();
    await analyst.page.getByText('Bị trả lại', { exact: true }).first().waitFor();
    await h.shot(analyst.page, 'analyst-returned');

    // 6. The officer sees the comment on the home page, fixes the value and resubmits.
    await officer.page.goto(`${h.baseUrl}/`);
    await officer.page.getByText('Số lượt phát thanh chưa khớp').first().waitFor();
    await h.shot(officer.page, 'officer-home-returned');
    await officer.page.getByRole('link', { name: /Tân Phong — Năm 2025/ }).first().click();
    await officer.page.locator('#v_RADIO_BROADCASTS').fill('48');
    await officer.page.getByRole('button', { name: 'Lưu số liệu' }).click();
    await officer.page.waitForLoadState();
    assert.equal(await officer.page.locator('#v_RADIO_BROADCASTS').inputValue(), '48');
    await officer.page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await officer.page.getByText('Đã gửi', { exact: true }).first().waitFor();
    await h.shot(officer.page, 'officer-resubmitted');

    // 7. The analyst accepts; the dashboard counts it; the synthesis is downloaded.
    await analyst.page.goto(reportUrl);
    await analyst.page.getByRole('button', { name: 'Chấp nhận' }).click();
    await analyst.page.getByText('Đã chấp nhận', { exact: true }).first().waitFor();
    await analyst.page.goto(`${h.baseUrl}/dashboard?indicator=TRAINEES`);
    const row = analyst.page.locator('section[aria-labelledby="req-h"] tbody tr').first();
    assert.equal((await row.locator('td.num').nth(1).innerText()).trim(), '1');
    assert.ok((await analyst.page.locator('figure.chart svg').count()) >= 2, 'charts drawn');
    await h.shot(analyst.page, 'analyst-dashboard-accepted');
    await analyst.page.goto(`${h.baseUrl}/synthesis?request=${requestUrl.split('/').pop()}`);
    await analyst.page.getByRole('heading', { name: /Tổng hợp/ }).first().waitFor();
    await h.shot(analyst.page, 'analyst-synthesis');
    const [download] = await Promise.all([analyst.page.waitForEvent('download'), analyst.page.getByRole('link', { name: 'Văn bản DOCX' }).click()]);
    assert.match(download.suggestedFilename(), /\.docx$/);
    const saved = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'a DOCX (zip) file');
    const audit = await h.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'report' AND entity_id = $1`, [reportUrl.split('/').pop()]);
    assert.ok(audit[0]!.n >= 4, 'submit, return, resubmit and accept are audited');
  } finally {
    await h.close();
  }
});
