// A tiny cookie-keeping client over app.request for in-process HTTP tests of the web pages.
import assert from 'node:assert/strict';
import { PASSWORD } from './factories.ts';
import type { TestDb } from './test-db.ts';
import { createApp } from '#src/http/app.ts';
import { loadConfig } from '#src/config/config.ts';

export type TestApp = ReturnType<typeof createApp>;

/** The web app over a test database, cookies without the Secure flag (plain HTTP in process); `env` adds settings. */
export function testApp(t: TestDb, env: Record<string, string> = {}): TestApp {
  return createApp({ db: t.db, config: loadConfig({ LANTOA_COOKIE_SECURE: '0', ...env }), secret: t.secret });
}

export interface RequestHandler {
  request(input: string, init?: RequestInit): Response | Promise<Response>;
}

export class Browser {
  cookies = new Map<string, string>();
  constructor(private app: RequestHandler) {}

  async req(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (!headers.has('accept')) headers.set('accept', 'text/html');
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await this.app.request(path, { ...init, headers });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const k = pair!.slice(0, i);
      const v = pair!.slice(i + 1);
      if (/Max-Age=0|expires=Thu, 01 Jan 1970/i.test(c) || v === '') this.cookies.delete(k);
      else this.cookies.set(k, v);
    }
    return res;
  }

  async text(path: string): Promise<string> {
    return (await this.req(path)).text();
  }

  async csrf(path = '/'): Promise<string> {
    const html = await (await this.req(path)).text();
    const m = html.match(/name="_csrf" value="([^"]+)"/);
    assert.ok(m, `no CSRF token on ${path}`);
    return m[1]!;
  }

  async post(path: string, form: Record<string, string>): Promise<Response> {
    return this.req(path, { method: 'POST', body: new URLSearchParams(form), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }

  async postMultipart(path: string, form: FormData): Promise<Response> {
    return this.req(path, { method: 'POST', body: form });
  }

  /** Posts one file as the multipart field "file", with the other fields beside it. */
  async upload(path: string, fields: Record<string, string>, file: { bytes: Uint8Array; name: string }): Promise<Response> {
    const fd = new FormData();
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    fd.append('file', new File([new Uint8Array(file.bytes)], file.name));
    return this.postMultipart(path, fd);
  }

  /** Submits the login form and returns the response, whatever it is. */
  async attemptLogin(username: string, password: string): Promise<Response> {
    const token = await this.csrf('/login');
    return this.post('/login', { _csrf: token, username, password });
  }

  /** Logs in and fails the test unless the login succeeds. */
  async login(username: string, password: string): Promise<Response> {
    const res = await this.attemptLogin(username, password);
    assert.equal(res.status, 303, `login of ${username} failed`);
    return res;
  }

  /** A new client logged in as a user made by the factories (default test password). */
  static async as(app: RequestHandler, username: string, password = PASSWORD): Promise<Browser> {
    const b = new Browser(app);
    await b.login(username, password);
    return b;
  }
}
