// Recurring reporting deadlines of a plan ("báo cáo … trước ngày 15/6 và trước ngày 15/12 hằng
// năm", "hằng quý, trước ngày 10 của tháng cuối quý"), as MM-DD. A deadline that names its year
// (a one-off), a task's completion date or the day a meeting was held is not one.

import { clauseAt, type TextStructure } from './text-structure.ts';

// What opens a deadline: "trước" (also as OCR leaves it, "trwdéc", when "ngày" follows),
// "chậm nhất (là|vào)", "hạn (chót)", "không quá".
const OPEN = String.raw`(?<![a-z])(?:truoc|tr[a-z]{1,4}c(?=\s+ngay)|cham\s+nhat(?:\s+(?:la|vao))?|han(?:\s+chot)?|khong\s+qua)\s+(?:(?:vao\s+)?ngay\s+)?`;
// A day and month without a year: "15/6", "15 tháng 6" (not "15/6/2026", "15 tháng 6 năm 2026").
const DAY_MONTH = String.raw`(\d{1,2})\s*(?:\/\s*(\d{1,2})(?!\s*\/\s*\d)(?!\d)|th[a4]ng\s+(\d{1,2})(?!\d)(?!\s*(?:\/|n[a4i]m)\s*\d))`;
// A day of several months: "ngày 10 (của) tháng cuối quý", "ngày 5 tháng đầu quý sau", "ngày 20 các tháng 3, 6, 9, 12".
const DAY_OF = String.raw`(\d{1,2})\s+(?:cua\s+)?(?:(?:cac|moi|hang)\s+)?th[a4]ng\s+(?:(c[u][o0d6b]i)|d[a4]u)\s+(?:(?:moi|cua|hang|cac)\s+)?qu[yi](\s+(?:sau|tiep\s+theo|ke\s+tiep))?|(\d{1,2})\s+(?:cua\s+)?cac\s+th[a4]ng\s+(\d{1,2}(?:\s*(?:,|va)\s*\d{1,2})+)(?!\s*(?:\/|n[a4i]m)\s*\d)`;
const DEADLINE = new RegExp(`${OPEN}(?:${DAY_OF}|${DAY_MONTH})`, 'g');
// Dates joined to a deadline share its rule: "… trước ngày 15/6 và ngày 15/12", "trước ngày 15/3, 15/9",
// "ngày 20 tháng 6 và tháng 12".
const MORE = new RegExp(String.raw`^\s*(?:,|va)\s*(?:(?:truoc\s+)?ngay\s+)?${DAY_MONTH}`);
const MORE_MONTH = /^\s*(?:,|va)\s*th[a4]ng\s+(\d{1,2})(?!\d)(?!\s*(?:\/|n[a4i]m)\s*\d)/;
// The clause is about reporting …
const REPORTING = /bao\s+cao|gui\s+ket\s+qua/;
// … and about a recurring report: a recurrence word, or a periodic report named by its period
// ("báo cáo năm", "báo cáo 6 tháng", "báo cáo quý" — not "báo cáo năm 2025").
const RECURRING = /h[a4]ng\s+n[a4i]m|dinh\s+ky|moi\s+n[a4i]m|h[a4]ng\s+qu[yi]|moi\s+qu[yi]|6\s+th[a4]ng|sau\s+th[a4]ng|bao\s+cao\s+(?:ket\s+qua\s+)?(?:n[a4i]m|qu[yi]|ca\s+n[a4i]m)(?!\s*(?:\d|[ivx]+\b))/;

// A report named by its period with its dated deadline in the plan's schedule: "báo cáo kết quả 6
// tháng trước ngày 10/6/2026", "báo cáo năm gửi … trước ngày 05/12/2026", "báo cáo quý I chậm nhất
// ngày 18 tháng 3 năm 2026" (OCR: "bdo cdo … trudc ngay"). (A date with a year after "định kỳ", a
// report of one year or a one-off report stays out.)
const DATED_PERIODIC = new RegExp(
  String.raw`(?<![a-z])b[a4d]o\s+c[a4d]o\s+(?:ket\s+qua\s+)?(?:thuc\s+hien\s+)?(?:6\s+th[a4]ng|sau\s+th[a4]ng|n[a4i]m|ca\s+n[a4i]m|qu[yi](?!\s+ho[a4]ch)(?:\s+[ivx1l]{1,4})?)(?![a-z])(?!\s*\/?\s*\d)[^.;\n]{0,60}?${OPEN}(\d{1,2})\s*(?:\/\s*(\d{1,2})\s*\/\s*20\d\d|th[a4]ng\s+(\d{1,2})\s+n[a4i]m\s+20\d\d)(?!\d)`,
  'g',
);

function key(month: number, day: number): string | null {
  if (!(day >= 1 && day <= 31 && month >= 1 && month <= 12)) return null;
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// A row of a reporting table names its period ("Báo cáo quý | ngày 20 tháng cuối quý",
// "6 tháng | 15/6"): its date needs no "trước".
const ROW_PERIOD = /(?<![a-z])(?:qu[yi]|6\s+th[a4]ng|sau\s+th[a4]ng|n[a4i]m|ca\s+n[a4i]m)(?![a-z])(?!\s*(?:\/|\d))/;
const ROW_DATE = new RegExp(`(?<![\\d/])(?:ngay\\s+)?(?:${DAY_OF}|${DAY_MONTH})`, 'g');

/** Opening positions of deadlines: after "trước / chậm nhất …", or a date in a reporting table's row. */
function deadlineMatches(st: TextStructure): { m: RegExpExecArray; row: boolean }[] {
  const f = st.folded;
  const out = [...f.matchAll(DEADLINE)].map((m) => ({ m, row: false }));
  let from = 0;
  for (const line of f.split('\n')) {
    const start = from;
    from += line.length + 1;
    if (!/[|¦\t]|\S\s{3,}\S/.test(line) || !ROW_PERIOD.test(line)) continue;
    if (!REPORTING.test(f.slice(Math.max(0, start - 300), from))) continue;
    for (const m of line.matchAll(ROW_DATE)) {
      const at = start + (m.index ?? 0);
      if (out.some((o) => (o.m.index ?? 0) <= at && at < (o.m.index ?? 0) + o.m[0].length)) continue;
      out.push({ m: Object.assign(m, { index: at }), row: true });
    }
  }
  return out.sort((a, b) => (a.m.index ?? 0) - (b.m.index ?? 0));
}

export function extractDeadlines(st: TextStructure): string[] {
  const out: string[] = [];
  const f = st.folded;
  for (const { m, row } of deadlineMatches(st)) {
    const at = m.index ?? 0;
    const dates: [number, number][] = [];
    // Several months at once, or a row of a table of reporting periods, make the deadline recurring by itself.
    let periodic = row;
    if (m[1]) {
      // "tháng cuối quý": March, June, September, December; "tháng đầu quý (sau)": January, April, July, October.
      const months = m[2] ? [3, 6, 9, 12] : [1, 4, 7, 10];
      for (const mo of months) dates.push([mo, Number(m[1])]);
      periodic = true;
    } else if (m[4]) {
      for (const mo of (m[5] ?? '').split(/\s*(?:,|va)\s*/)) dates.push([Number(mo), Number(m[4])]);
      periodic = dates.length > 1;
    } else dates.push([Number(m[7] ?? m[8]), Number(m[6])]);
    let tail = at + m[0].length;
    for (let k = 0; k < 4; k++) {
      const rest = f.slice(tail, tail + 40);
      const mm = MORE.exec(rest);
      const mo = mm ? null : MORE_MONTH.exec(rest);
      if (mm) dates.push([Number(mm[2] ?? mm[3]), Number(mm[1])]);
      else if (mo) dates.push([Number(mo[1]), dates[dates.length - 1]?.[1] ?? 0]);
      else break;
      tail += (mm ?? mo)?.[0].length ?? 0;
    }
    if (new Set(dates.map((d) => d[0])).size > 1) periodic = true;
    const [cs, ce] = clauseAt(st, at);
    const clause = f.slice(Math.max(0, cs - 200), Math.max(ce, tail));
    if (!REPORTING.test(clause)) continue;
    if (!periodic && !RECURRING.test(clause)) continue;
    for (const [mo, d] of dates) {
      const k = key(mo, d);
      if (k && !out.includes(k)) out.push(k);
    }
  }
  for (const m of f.matchAll(DATED_PERIODIC)) {
    const k = key(Number(m[2] ?? m[3]), Number(m[1]));
    if (k && !out.includes(k)) out.push(k);
  }
  return out;
}
