// Browser-test harness: Lan Tỏa served in-process on a free port over a fresh embedded database
// in a temporary data directory, and Debian's Chromium driven by playwright-core (headless, with
// the flags that keep it off the network), a fresh profile per run. Screenshots go to
// tests/artifacts/e2e/.
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { openPglite, type Db } from '#src/storage/db.ts';
import { bootstrap } from '#src/core/setup/bootstrap.ts';
import { createApp } from '#src/http/app.ts';
import { loadConfig } from '#src/config/config.ts';

export const CHROMIUM = process.env.LANTOA_CHROMIUM ?? '/usr/bin/chromium';
export const ADMIN_PASSWORD = 'e2e-admin-password';
export const ARTIFACTS = join(process.cwd(), 'tests', 'artifacts', 'e2e');

export function e2eSkipReason(): string | false {
  if (process.env.LANTOA_E2E !== '1') return 'set LANTOA_E2E=1 to run browser tests';
  if (!existsSync(CHROMIUM)) return `Chromium not found at ${CHROMIUM} (apt-get install chromium)`;
  return false;
}

export interface Harness {
  db: Db;
  baseUrl: string;
  newUser(): Promise<{ context: BrowserContext; page: Page }>;
  shot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantoa-e2e-data-'));
  const profileRoot = mkdtempSync(join(tmpdir(), 'lantoa-e2e-profile-'));
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  const db = await openPglite(dataDir);
  const boot = await bootstrap(db, { adminPassword: ADMIN_PASSWORD });
  const config = loadConfig({ LANTOA_COOKIE_SECURE: '0', LANTOA_DATA_DIR: dataDir });
  const app = createApp({ db, config, secret: boot.secret });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const contexts: BrowserContext[] = [];
  let n = 0;
  let step = 0;
  return {
    db,
    baseUrl: `http://127.0.0.1:${port}`,
    async newUser() {
      // One persistent context per person: a fresh profile directory each, like separate PCs.
      const context = await chromium.launchPersistentContext(join(profileRoot, `u${n++}`), {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
        viewport: { width: 1280, height: 900 },
        locale: 'vi-VN',
        acceptDownloads: true,
      });
      contexts.push(context);
      context.setDefaultTimeout(30_000);
      const page = context.pages()[0] ?? (await context.newPage());
      return { context, page };
    },
    async shot(page, name) {
      step++;
      await page.screenshot({ path: join(ARTIFACTS, `${String(step).padStart(2, '0')}-${name}.png`), fullPage: true });
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await new Promise<void>((r) => server.close(() => r()));
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(profileRoot, { recursive: true, force: true });
    },
  };
}

export async function login(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
}

/** Does the app serve this page (status < 400) for the page's signed-in user? */
export async function pageExists(page: Page, url: string): Promise<boolean> {
  const res = await page.request.get(url, { maxRedirects: 0 });
  return res.status() < 400;
}
