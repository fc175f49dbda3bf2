// Page pieces shared by the web areas: the page header (back link and title), a card section,
// the strip of key figures, the completeness bar and the scrollable data table. Markup and
// class names match static/style.css; hono/jsx escapes every value.
import type { Child } from 'hono/jsx';

/** Optional "← back" link, then the page title, with the province or unit after a dash. */
export function PageHeader(props: { title: Child; place?: string | null | undefined; back?: { href: string; label: string } | undefined }) {
  return (
    <>
      {props.back ? <p class="noprint"><a href={props.back.href}>← {props.back.label}</a></p> : null}
      <h1>{props.title}{props.place ? ` — ${props.place}` : ''}</h1>
    </>
  );
}

/** A titled card; when `empty` is a message, it is shown (muted) instead of the content. */
export function Card(props: { id: string; title: Child; empty?: string | false | undefined; children?: Child }) {
  return (
    <section class="card" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.empty ? <p class="muted">{props.empty}</p> : props.children}
    </section>
  );
}

export interface Kpi {
  value: Child;
  label: Child;
  /** Shown in the overdue colour. */
  alert?: boolean;
}

/** The strip of key figures at the top of a page. */
export function Kpis(props: { items: (Kpi | null | false)[]; label?: string }) {
  return (
    <ul class="kpis" aria-label={props.label}>
      {props.items.map((k) => (k ? <li><b class={k.alert ? 'overdue' : undefined}>{k.value}</b>{k.label}</li> : null))}
    </ul>
  );
}

/** Percentage n/d with one decimal, capped at 100; 0 when there is nothing to count. */
export function pct(n: number, d: number): number {
  return d > 0 ? Math.min(100, Math.round((1000 * n) / d) / 10) : 0;
}

/** Accepted (dark) and submitted-not-yet-accepted (light) shares of the expected reports. */
export function CompletenessBar(props: { c: { expected: number; submitted: number; accepted: number } }) {
  const { expected, submitted, accepted } = props.c;
  const acc = pct(accepted, expected);
  const sub = Math.max(0, pct(submitted, expected) - acc);
  return (
    <span class="bar" role="img" aria-label={`Đã gửi ${submitted}/${expected}, đã chấp nhận ${accepted}`}>
      <span class="acc" style={`width:${acc}%`}></span>
      <span class="sub" style={`width:${sub}%`}></span>
    </span>
  );
}

/** A column heading: plain text, or with `num` for right-aligned figures / another class. */
export type Column = string | { label: Child; num?: boolean; class?: string };

/** A table with one heading row, inside a horizontally scrolling box unless `scroll` is false. */
export function DataTable(props: { columns: (Column | null)[]; scroll?: boolean; after?: Child; children?: Child }) {
  const table = (
    <table>
      <thead>
        <tr>
          {props.columns.map((col) => (col === null ? null : typeof col === 'string' ? <th>{col}</th> : <th class={col.num ? 'num' : col.class}>{col.label}</th>))}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
  if (props.scroll === false) return table;
  return (
    <div class="scroll">
      {table}
      {props.after}
    </div>
  );
}
