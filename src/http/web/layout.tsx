// The page shell: server-rendered Vietnamese HTML, light enough for old PCs (no framework,
// one small inline stylesheet, no JavaScript required). hono/jsx escapes every value.
import type { Child } from 'hono/jsx';
import type { Actor } from '#src/core/auth/authorization.ts';

const css = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 "Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;background:#f5f6f8}
header{background:#9b1c1c;color:#fff;padding:.5rem 1rem;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
header a{color:#fff}header .brand{font-weight:700;font-size:1.15rem;text-decoration:none}header nav{display:flex;gap:1rem;flex:1;flex-wrap:wrap}
main{max-width:72rem;margin:0 auto;padding:1rem}h1{font-size:1.5rem;margin:.5rem 0 1rem}
.card{background:#fff;border:1px solid #d9dce1;border-radius:6px;padding:1rem;margin-bottom:1rem}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #d9dce1;padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:#eef0f3}label{display:block;margin:.5rem 0 .2rem;font-weight:600}
input,select,textarea{font:inherit;padding:.4rem;border:1px solid #9aa1ab;border-radius:4px;max-width:100%}
button,.button{font:inherit;background:#9b1c1c;color:#fff;border:0;border-radius:4px;padding:.45rem 1rem;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary{background:#4b5563}.error{background:#fdecea;border:1px solid #f5c2c0;color:#8a1c1c;padding:.6rem;border-radius:4px}
.notice{background:#e8f4ea;border:1px solid #b7dfbf;padding:.6rem;border-radius:4px}.muted{color:#5b6370}
.status{display:inline-block;padding:0 .5rem;border-radius:10px;font-size:.85rem;background:#e5e7eb}
.status-submitted{background:#dbeafe}.status-accepted{background:#d1fae5}.status-returned{background:#fde68a}
:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
@media print{header,nav,button,form.noprint{display:none}body{background:#fff}.card{border:0}}
`;

export function Layout(props: { title: string; actor: Actor | null; csrf: string; children?: Child }) {
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} — Lan Tỏa`}</title>
        <style>{css}</style>
      </head>
      <body>
        <header>
          <a class="brand" href="/">Lan Tỏa</a>
          {props.actor ? (
            <>
              <nav aria-label="Điều hướng chính">
                <a href="/">Trang chủ</a>
              </nav>
              <span>{props.actor.fullName}</span>
              <form method="post" action="/logout" class="noprint" style="margin:0">
                <input type="hidden" name="_csrf" value={props.csrf} />
                <button type="submit" class="secondary">Đăng xuất</button>
              </form>
            </>
          ) : null}
        </header>
        <main id="main">{props.children}</main>
      </body>
    </html>
  );
}
