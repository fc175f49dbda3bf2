// Static assets: the one stylesheet, read once at start-up and served with a content hash in
// its URL so browsers keep it for a year (old PCs on weak networks download it once).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';

const css = readFileSync(new URL('./static/app.css', import.meta.url));
const cssHash = createHash('sha256').update(css).digest('base64url').slice(0, 12);

export function stylesheetHref(): string {
  return `/static/app.css?v=${cssHash}`;
}

export function staticRoutes() {
  const app = new Hono();
  app.get('/static/app.css', (c) => {
    const etag = `"${cssHash}"`;
    c.header('ETag', etag);
    // Versioned URL: immutable for a year; an unversioned one is revalidated.
    c.header('Cache-Control', c.req.query('v') === cssHash ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(css);
  });
  return app;
}
