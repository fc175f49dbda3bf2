// Plan content: targets by year under a "Mục tiêu" heading, tasks laid out as numbered items
// with "Đơn vị thực hiện / Đơn vị phối hợp / Thời gian thực hiện" fields, and recurring
// reporting deadlines ("báo cáo … trước ngày 15/6 và trước ngày 15/12 hằng năm").

import type { ExtractionResult } from './extraction.types.ts';
import { headingDepth, itemsIn, sectionDepth, splitLines, type Line } from './blocks.ts';
import { findNumbers } from './numbers.ts';
import { fold, foldKeepLength } from './fold.ts';
import { clauseAt, type TextStructure } from './text-structure.ts';

type Target = ExtractionResult['targets'][number];
type Task = ExtractionResult['tasks'][number];

const YEAR_LINE = /^(?:[\s\d.]*|\s*[-–•+*]\s*|\s*[a-zđ]\)\s*)(?:ph\S{1,3}n\s+d\S{1,3}u\s+)?(?:[dpb]en\s+)?(?:(?:h[e]t|cu[o0]i)\s+)?n[a4i]m\s+(20\d\d)\s*[:.]?\s*$/;

// "- Năm 2026: …", "2. Đến năm 2027: …", "Phấn đấu đến năm 2026, …", "Năm 2027 đạt …", "Đến hết năm 2028 …".
const INLINE_YEAR = /^(?:[-–•+*]|\d{1,2}\.|[a-zđ]\))?\s*(?:ph\S{1,3}n\s+d\S{1,3}u\s+)?(?:(?:[dpb]en|trong)\s+)?(?:(?:h[e]t|cu[o0]i)\s+)?n[a4i]m\s+(20\d\d)(?:\s*[:,]|\s+(?=\S))/;
// Header of a column table of targets: at least two year columns ("Chỉ tiêu | Năm 2026 | Năm 2028").
const YEAR_COLUMN = /(?<![a-z0-9])(?:n[a4i]m\s+)?(20\d\d)(?!\d)/g;
// Words after a number that make it an age, a level or a duration, not a target quantity.
const NOT_TARGET_UNIT = /^(?:tuoi|nam|thang|ngay|cap|muc|lan)$/;

/** Every percentage, and every count with a unit word, in the clauses of one year's item. */
function inlineTargets(st: TextStructure, from: number, to: number, year: number): Target[] {
  const out: Target[] = [];
  const body = st.text.slice(from, to);
  for (const clause of body.split(/;/)) {
    const text = clause.replace(/\s+/g, ' ').trim().replace(/[.;]$/, '');
    for (const n of findNumbers(clause)) {
      let unit: string;
      if (n.percent) unit = '%';
      else {
        const w = /^[\s(]*(\p{L}+)/u.exec(clause.slice(n.end));
        if (!w || !w[1] || NOT_TARGET_UNIT.test(foldKeepLength(w[1].toLowerCase()))) continue;
        unit = w[1].toLocaleLowerCase('vi');
      }
      if (text) out.push({ year, value: n.value, unit, text });
    }
  }
  return out;
}

function cellUnit(label: string, units: string[]): string | null {
  // "Số màn hình LED …" → the counted noun follows "Số"; the catalog's multi-word units win.
  const f = fold(label).replace(/^(?:tong\s+)?so\s+(?:luong\s+)?/, '');
  if (f === fold(label)) return null;
  let best: string | null = null;
  for (const u of units) {
    const fu = fold(u);
    if ((f === fu || f.startsWith(`${fu} `)) && (!best || fu.length > fold(best).length)) best = u;
  }
  if (best) return best;
  const w = /^(\p{L}+)/u.exec(label.replace(/^\s*(?:t[ổô]ng\s+)?s[ốô]\s+(?:l[ưượ]+ng\s+)?/iu, ''));
  return w && w[1] ? w[1].toLocaleLowerCase('vi') : null;
}

/**
 * Targets laid out as a column table under the goals heading: a header naming two or more
 * years, then one row per indicator ending in one value per year ("85% 90% 95%", "01 03 05").
 * A row with fewer values than years is skipped rather than guessed.
 */
function columnTargets(lines: Line[], i: number, units: string[]): { targets: Target[]; next: number } | null {
  const header = lines[i] as Line;
  const years = [...header.folded.matchAll(YEAR_COLUMN)].map((m) => Number(m[1]));
  if (years.length < 2 || !/n[a4i]m\s+20\d\d|\|/.test(header.folded) || findNumbers(header.text.replace(/(?:n[aăâ4i]m\s+)?20\d\d/giu, '')).length > 0) return null;
  // The header is a row of column names, not a sentence about several years.
  if (/[.;]\s*\S/.test(header.text) || header.text.replace(/(?:\p{L}+\s+)?20\d\d|[|\s]/gu, '').length > 40) return null;
  const unitColumn = /(?:^|[|\s])(?:dvt|[dpb][o0]n\s+v[i1]\s+t[i1]nh)(?:$|[|\s])/.test(header.folded);
  const out: Target[] = [];
  let j = i + 1;
  for (; j < lines.length; j++) {
    const l = lines[j] as Line;
    if (!l.text.trim()) continue;
    if (headingDepth(l) > 0) break;
    const nums = findNumbers(l.text);
    if (nums.length === 0) break;
    if (nums.length < years.length) continue;
    const cells = nums.slice(nums.length - years.length);
    const first = cells[0] as (typeof cells)[number];
    let label = l.text.slice(0, first.start).replace(/[|¦§©=\s]+$/u, '').replace(/^\s*\d{1,3}\s*[|¦]\s*/, '').replace(/\s+/g, ' ').trim();
    // A unit column ("ĐVT", "Đơn vị tính") holds the unit of the row.
    let unitCell: string | null = null;
    if (unitColumn && label.includes('|')) {
      unitCell = label.slice(label.lastIndexOf('|') + 1).trim().toLocaleLowerCase('vi') || null;
      label = label.slice(0, label.lastIndexOf('|')).trim();
    }
    if (!/\p{L}{2}/u.test(label)) continue;
    cells.forEach((n, k) => {
      const unit = n.percent ? '%' : (unitCell ?? (/^t\S{1,2}\s+l\S{1,2}(?:\s|$)/.test(fold(label)) ? '%' : cellUnit(label, units)));
      if (unit) out.push({ year: years[k] as number, value: n.value, unit, text: label });
    });
  }
  return { targets: out, next: j - 1 };
}

export function extractTargets(st: TextStructure, units: string[] = []): Target[] {
  const lines = splitLines(st.text, st.folded);
  const out: Target[] = [];
  let inGoals = false;
  let goalDepth = 0;
  let year: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const depth = sectionDepth(line);
    const f = line.folded.trim();
    if (depth > 0 && /(?:muc|ch[i1])\s*t[i1]eu/.test(f)) {
      inGoals = true;
      goalDepth = depth;
      continue;
    }
    if (!inGoals) continue;
    const table = columnTargets(lines, i, units);
    if (table) {
      out.push(...table.targets);
      i = table.next;
      continue;
    }
    const ym = YEAR_LINE.exec(f);
    if (ym && ym[1]) {
      year = Number(ym[1]);
      continue;
    }
    // "- Năm 2026: 100% …; 90% …" / "2. Đến năm 2027: …": the year leads the item itself.
    const inline = INLINE_YEAR.exec(f);
    if (inline && inline[1]) {
      let end = line.end;
      for (let j = i + 1; j < lines.length; j++) {
        const nx = lines[j] as Line;
        if (!nx.text.trim() || /^\s*[-–•+*]/.test(nx.text) || headingDepth(nx) > 0 || INLINE_YEAR.test(nx.folded.trim())) break;
        end = nx.end;
      }
      out.push(...inlineTargets(st, line.start + line.folded.indexOf(inline[0].trim()) + inline[0].trim().length, end, Number(inline[1])));
      continue;
    }
    if (depth > 0 && depth <= goalDepth && !/(?:muc|ch[i1])\s*t[i1]eu/.test(f)) {
      inGoals = false;
      year = null;
      continue;
    }
    if (year === null) {
      // "- 100% thôn có … vào năm 2027": the year closes the item.
      const at = /(?:[dpb]en|v[a4]o|trong|tr[uw][o0]c)\s+(?:(?:h[e]t|cu[o0]i)\s+)?n[a4i]m\s+(20\d\d)/.exec(f);
      if (at && at[1] && /^\s*[-–•+*]/.test(line.text)) out.push(...inlineTargets(st, line.start, line.end, Number(at[1])));
      continue;
    }
    // Collect the item starting on this line.
    if (!/^\s*[-–•+*]/.test(line.text)) continue;
    let end = line.end;
    for (let j = i + 1; j < lines.length; j++) {
      const nx = lines[j] as Line;
      if (/^\s*[-–•+*]/.test(nx.text) || headingDepth(nx) > 0 || YEAR_LINE.test(nx.folded.trim())) break;
      end = nx.end;
    }
    const itemText = st.text.slice(line.start, end);
    const pct = findNumbers(itemText).find((t) => t.percent);
    if (!pct) continue;
    const ym2 = /(?:den|vao)\s+n[a4i]m\s+(20\d\d)/.exec(st.folded.slice(line.start, end));
    out.push({
      year: ym2 && ym2[1] ? Number(ym2[1]) : year,
      value: pct.value,
      unit: '%',
      text: itemText.replace(/^\s*[-–•+*]\s*/, '').replace(/\s+/g, ' ').trim().replace(/[.;]$/, ''),
    });
  }
  return out;
}

// Field labels of a task: "Đơn vị chủ trì:", "Cơ quan chủ trì:", "Chủ trì:", "Đơn vị thực hiện:";
// "Đơn vị phối hợp:", "Phối hợp:"; "Thời gian thực hiện:", "Thời gian hoàn thành:", "Thời gian:",
// "Thời hạn:", "Tiến độ:". Several may share one line ("Chủ trì: … Phối hợp: … Thời gian: …").
const UNIT_WORD = String.raw`(?:(?:[dpb][o0]n\s+v[i1]|c[o0]\s+qu[a4]n)\s+)`;
const LEAD = new RegExp(String.raw`(?<![a-z])(?:[dpb][o0]n\s+v[i1]\s+th\S{1,3}c\s+h\S{1,4}n|${UNIT_WORD}?ch\S{0,2}\s*tr\S)\s*:`);
const COORD = new RegExp(String.raw`(?<![a-z])${UNIT_WORD}?ph\S{1,3}i\s+h\S{1,3}\s*:`);
const WHEN = /(?<![a-z])(?:th\S{1,3}i\s+g[i1][a4]n(?:\s+\S{1,8}){0,2}?|th\S{1,3}i\s+h[a4]n|t[i1][e]n\s+[dpb][o0])\s*:/;
const FIELDS = [LEAD, COORD, WHEN] as const;

interface Field {
  kind: 0 | 1 | 2;
  value: string;
}

/**
 * Every field label on line i, in order, each with its value: the text up to the next label,
 * running on over continuation lines until a blank line, a heading or a bullet.
 */
function fieldsAt(st: TextStructure, lines: Line[], i: number): { fields: Field[]; last: number } {
  const labelsIn = (from: number, folded: string) =>
    FIELDS.flatMap((re, kind) => [...folded.matchAll(new RegExp(re.source, 'g'))].map((m) => ({ kind: kind as Field['kind'], at: from + m.index, end: from + m.index + m[0].length })));
  const line = lines[i] as Line;
  if (labelsIn(line.start, line.folded).length === 0) return { fields: [], last: i };
  let last = i;
  for (let j = i + 1; j < lines.length; j++) {
    const nx = lines[j] as Line;
    const lead = nx.folded.length - nx.folded.trimStart().length;
    if (!nx.text.trim() || headingDepth(nx) > 0 || /^\s*[-–•+*]/.test(nx.text) || labelsIn(nx.start, nx.folded).some((h) => h.at === nx.start + lead)) break;
    last = j;
  }
  const blockEnd = (lines[last] as Line).end;
  // Labels on continuation lines ("… Truyền thông phường. Thời gian: 2026") end the value before them.
  const hits = labelsIn(line.start, st.folded.slice(line.start, blockEnd)).sort((a, b) => a.at - b.at);
  const fields = hits.map((h, k) => {
    const to = k + 1 < hits.length ? (hits[k + 1] as (typeof hits)[number]).at : blockEnd;
    return { kind: h.kind, value: st.text.slice(h.end, to).replace(/\s+/g, ' ').trim().replace(/[.;,]+$/, '').trim() };
  });
  return { fields, last };
}

// Unit names every commune-level government has since 2025, in their official spelling: a name
// whose letters (marks folded away) are one of these takes that spelling ("Hạ tầng và Đồ thị",
// "Văn phòng HDND" from OCR).
const STANDARD_UNITS = [
  'Văn phòng HĐND và UBND',
  'Phòng Kinh tế',
  'Phòng Kinh tế, Hạ tầng và Đô thị',
  'Phòng Văn hóa - Xã hội',
  'Trung tâm Phục vụ hành chính công',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Đoàn Thanh niên',
  'Hội Liên hiệp Phụ nữ',
  'Hội Cựu chiến binh',
  'Hội Nông dân',
];
const unitLetters = (s: string) => fold(s).replace(/[^a-z0-9]+/g, '');
const STANDARD_BY_LETTERS = new Map(STANDARD_UNITS.map((u) => [unitLetters(u), u]));

// "Phòng Văn hóa - Xã hội phường" → drop the trailing level word, the unit is understood
// ("Công an xã" keeps it: "Công an" alone names no unit).
function unitName(raw: string): string {
  // Acronyms lose their Đ in OCR: HDND = HĐND.
  const s = raw.replace(/\bHDND\b/g, 'HĐND').trim();
  const stripped = /^c\S{1,2}ng\s+\S{1,2}n\s+\S+$/iu.test(s) ? s : s.replace(/\s+(?:ph\S{2,4}ng|x\S{1,2}|\S{2,3}c khu)(?=\s*(?:,|$))/giu, '').trim();
  return STANDARD_BY_LETTERS.get(unitLetters(stripped)) ?? stripped;
}

// Timeframes in their usual spelling: "Quy IV/2025" → "Quý IV/2025", "Hàng năm" → "Hằng năm"
// (OCR keeps neither the mark of "Quý" nor the breve of "hằng").
function timeframe(raw: string | null): string | null {
  if (!raw) return raw ?? null;
  // "Quy [V/2025", "Quy ITI/2026", "Quý IH/2026": OCR look-alikes of I in the quarter's Roman numeral.
  let s = raw.replace(/(?<!\p{L})([Qq])u\p{L}\s+([IVXivx1lTHh|[\]!]{1,4})(?=\s*\/\s*20\d\d)/gu, (m, q: string, r: string) => {
    // H is two strokes: "IH" = III.
    const roman = r.replace(/[hH]/g, 'II').replace(/[vV]/g, 'V').replace(/[xX]/g, 'X').replace(/[^VX]/g, 'I');
    return ['I', 'II', 'III', 'IV'].includes(roman) ? `${q}uý ${roman}` : m;
  });
  s = s.replace(/(?<!\p{L})([Hh])\p{L}ng(\s+)n\p{L}m(?!\p{L})/gu, (m, h: string, sp: string) => (/^h.ng\s+n.m$/.test(fold(m)) && fold(m).startsWith('hang') ? `${h}ằng${sp}năm` : m));
  return s;
}

/**
 * Tasks laid out as a table: "STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian",
 * one row per task, a row possibly wrapped over several lines. Rows whose cell count does not
 * match the header (columns smeared beyond recovery) are skipped rather than guessed.
 */
function tableTasks(lines: Line[]): Task[] {
  const out: Task[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = (lines[i] as Line).folded;
    if (!header.includes('|') || !/nh[i1]em\s*v[u]|n[o0][i1]\s*dung/.test(header) || !/ch[u]\s*tr[i1]/.test(header)) continue;
    const cols = header.split('|').map((c) => c.trim());
    const col = (re: RegExp): number => cols.findIndex((c) => re.test(c));
    const cTitle = col(/nh[i1]em\s*v[u]|n[o0][i1]\s*dung/);
    const cLead = col(/ch[u]\s*tr[i1]/);
    const cCoord = col(/ph[o0][i1]\s*h[o0a-z]{1,2}p/);
    const cWhen = col(/th[o0a-z]{1,2}i\s*g[i1][a4]n|t[i1]en\s*[dpb][o0]/);
    const rows: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j] as Line;
      if (headingDepth(l) > 0 && !/^\s*\d{1,3}\s*\|/.test(l.text)) break;
      if (/^\s*\d{1,3}\s*\|/.test(l.text)) rows.push(l.text.trim());
      else if (l.text.trim() && rows.length > 0) {
        if (!l.text.includes('|') && !/\|\s*$/.test(rows[rows.length - 1] ?? '') && rows[rows.length - 1]!.split('|').length >= cols.length) break;
        rows[rows.length - 1] += ` ${l.text.trim()}`;
      }
    }
    for (const row of rows) {
      const cells = row.split('|').map((c) => c.replace(/\s+/g, ' ').trim());
      if (cells.length !== cols.length || cLead < 0) continue;
      const lead = cells[cLead] ?? '';
      if (!lead) continue;
      out.push({
        title: cTitle >= 0 ? (cells[cTitle] ?? '') : '',
        lead: unitName(lead),
        coordinating: cCoord >= 0 && cells[cCoord] ? (cells[cCoord] ?? '').split(/\s*;\s*/).filter(Boolean).map(unitName) : [],
        timeframe: cWhen >= 0 ? timeframe(cells[cWhen] || null) : null,
      });
    }
  }
  return out;
}

/**
 * A task written as sentences: "<title>. Giao <unit> chủ trì, phối hợp với <units> thực hiện.
 * Thời gian: …" or "… <unit> chủ trì, phối hợp với … triển khai trong Quý III/2026".
 */
function sentenceTask(item: string): Task | null {
  const f = foldKeepLength(item).toLowerCase();
  const chair = /(?<![a-z])ch\S{0,2}\s+tr\S(?![a-z])(?!\s*:)/.exec(f);
  if (!chair) return null;
  // The unit: after "Giao", else from the start of the sentence, up to "chủ trì".
  const sentenceStart = Math.max(f.lastIndexOf('. ', chair.index) + 2, 0);
  const giao = /(?<![a-z])giao\s+/.exec(f.slice(sentenceStart, chair.index));
  const from = giao ? sentenceStart + giao.index + giao[0].length : sentenceStart;
  const lead = item.slice(from, chair.index).trim();
  if (!/^\p{Lu}/u.test(lead) || lead.split(/\s+/).length > 10) return null;
  const afterChair = chair.index + chair[0].length;
  const coordM = /^\s*,?\s*ph\S{1,3}i\s+h\S{1,3}\s+(?:v\S{1,2}i\s+)?/.exec(f.slice(afterChair));
  let coordinating: string[] = [];
  if (coordM) {
    const cStart = afterChair + coordM[0].length;
    const stop = /\s(?:th\S{1,3}c\s+h\S{1,4}n|tri\S{1,3}n\s+kh\S{1,3}i|t\S\s+ch\S{1,3}c|trong|t\S|v[a4]o)(?![a-z])|[.;]/.exec(f.slice(cStart));
    const raw = item.slice(cStart, stop ? cStart + stop.index : item.length);
    coordinating = raw.split(/\s*[;,]\s*|\s+v\S\s+(?=\p{Lu})/u).map((c) => c.trim()).filter(Boolean).map(unitName);
  }
  const rest = item.slice(afterChair);
  const restF = f.slice(afterChair);
  let when: string | null = null;
  const label = WHEN.exec(restF);
  if (label) when = rest.slice(label.index + label[0].length).split(/[.;]\s/)[0]?.replace(/[.;]+$/, '').trim() || null;
  else {
    const t = /(?:qu\S\s+[ivx]{1,4}\s*\/\s*20\d\d|th[a4]ng\s+\d{1,2}\s*\/\s*20\d\d|n[a4i]m\s+20\d\d(?:\s*-\s*20\d\d)?|th\S{1,3}ng\s+xuy\S{1,2}n|h\S{1,2}ng\s+n[a4i]m)/.exec(restF);
    if (t) when = rest.slice(t.index, t.index + t[0].length);
  }
  return { title: item.slice(0, sentenceStart).replace(/[.\s]+$/, '').trim() || item, lead: unitName(lead), coordinating, timeframe: timeframe(when) };
}

export function extractTasks(st: TextStructure): Task[] {
  const lines = splitLines(st.text, st.folded);
  const out: Task[] = tableTasks(lines);
  let titleLines: string[] = [];
  let current: Task | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const depth = headingDepth(line);
    if (depth === 2) {
      // A top-level numbered item "3. Tăng cường …": its title runs until the first sub-item.
      titleLines = [line.text.trim().replace(/^\d+\.\s*/, '')];
      for (let j = i + 1; j < lines.length && j < i + 6; j++) {
        const nx = lines[j] as Line;
        if (!nx.text.trim() || headingDepth(nx) > 0 || FIELDS.some((re) => re.test(nx.folded))) break;
        titleLines.push(nx.text.trim());
      }
      current = null;
      const sentence = sentenceTask(titleLines.join(' ').replace(/\s+/g, ' ').trim());
      if (sentence) out.push(sentence);
      continue;
    }
    const { fields, last } = fieldsAt(st, lines, i);
    i = last;
    for (const f of fields) {
      if (f.kind === 0) {
        if (!f.value) continue;
        current = { title: titleLines.join(' ').replace(/\s+/g, ' ').trim(), lead: unitName(f.value), coordinating: [], timeframe: null };
        out.push(current);
      } else if (!current) continue;
      else if (f.kind === 1) current.coordinating = f.value.split(/\s*;\s*/).filter(Boolean).map(unitName);
      else current.timeframe = timeframe(f.value || null);
    }
  }
  return out;
}

export function extractDeadlines(st: TextStructure): string[] {
  const out: string[] = [];
  const re = /(?:truoc|cham nhat|han)\s+(?:ngay\s+)?(\d{1,2})\s*\/\s*(\d{1,2})(?!\s*\/\s*\d)(?!\d)|(?:truoc|cham nhat)\s+ngay\s+(\d{1,2})\s+th[a4]ng\s+(\d{1,2})(?!\s+n[a4i]m\s+\d)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(st.folded)) !== null) {
    const d = Number(m[1] ?? m[3]);
    const mo = Number(m[2] ?? m[4]);
    if (!(d >= 1 && d <= 31 && mo >= 1 && mo <= 12)) continue;
    const [cs, ce] = clauseAt(st, m.index);
    const clause = st.folded.slice(Math.max(0, cs - 200), ce);
    if (!/bao cao/.test(clause)) continue;
    if (!/h[a4]ng\s+n[a4i]m|dinh\s+ky|moi\s+n[a4i]m|h[a4]ng\s+quy|6\s+th[a4]ng/.test(clause)) continue;
    const dates: [number, number][] = [[d, mo]];
    // "… trước ngày 15/6 và ngày 15/12", "trước ngày 15/3, 15/9": the dates joined to it share the rule.
    const more = /^\s*(?:,|va)\s*(?:(?:truoc\s+)?ngay\s+)?(\d{1,2})\s*(?:\/\s*(\d{1,2})(?!\s*\/\s*\d)(?!\d)|th[a4]ng\s+(\d{1,2})(?!\s+n[a4i]m\s+\d))/;
    let tail = m.index + m[0].length;
    for (let k = 0; k < 3; k++) {
      const mm = more.exec(st.folded.slice(tail, tail + 40));
      if (!mm) break;
      dates.push([Number(mm[1]), Number(mm[2] ?? mm[3])]);
      tail += mm[0].length;
    }
    for (const [dd, mm] of dates) {
      if (!(dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12)) continue;
      const key = `${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
      if (!out.includes(key)) out.push(key);
    }
  }
  return out;
}

export { itemsIn };
