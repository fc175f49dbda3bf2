// Plan content: targets by year under a "Mục tiêu" heading, tasks laid out as numbered items
// with "Đơn vị thực hiện / Đơn vị phối hợp / Thời gian thực hiện" fields, and recurring
// reporting deadlines ("báo cáo … trước ngày 15/6 và trước ngày 15/12 hằng năm").

import type { ExtractionResult } from './extraction.types.ts';
import { headingDepth, itemsIn, splitLines, type Line } from './blocks.ts';
import { findNumbers } from './numbers.ts';
import { foldKeepLength } from './fold.ts';
import { clauseAt, type TextStructure } from './text-structure.ts';

type Target = ExtractionResult['targets'][number];
type Task = ExtractionResult['tasks'][number];

const YEAR_LINE = /^[\s\d.]*(?:[dpb]en\s+)?n[a4i]m\s+(20\d\d)\s*[:.]?\s*$/;

const INLINE_YEAR = /^(?:[-–•+*]|\d{1,2}\.)?\s*(?:[dpb]en\s+)?n[a4i]m\s+(20\d\d)\s*:/;
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

export function extractTargets(st: TextStructure): Target[] {
  const lines = splitLines(st.text, st.folded);
  const out: Target[] = [];
  let inGoals = false;
  let goalDepth = 0;
  let year: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const depth = headingDepth(line);
    const f = line.folded.trim();
    if (depth > 0 && /(?:muc|ch[i1])\s*t[i1]eu/.test(f)) {
      inGoals = true;
      goalDepth = depth;
      continue;
    }
    if (!inGoals) continue;
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
    if (year === null) continue;
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

const LEAD = /[dpb][o0]n\s+v[i1]\s+(?:th\S{1,3}c\s+h\S{1,4}n|ch\S{0,2}\s*tr\S)\s*:/;
const COORD = /[dpb][o0]n\s+v[i1]\s+ph\S{1,3}i\s+h\S{1,3}\s*:/;
const WHEN = /th\S{1,3}i\s+g[i1][a4]n\s+(?:th\S{1,3}c\s+h\S{1,4}n|h[o0]\S{0,2}n\s+th\S{1,3}nh)\s*:/;

function fieldValue(st: TextStructure, lines: Line[], i: number, re: RegExp): string | null {
  const line = lines[i] as Line;
  const m = re.exec(line.folded);
  if (!m) return null;
  let end = line.end;
  for (let j = i + 1; j < lines.length; j++) {
    const nx = lines[j] as Line;
    if (!nx.text.trim() || headingDepth(nx) > 0 || LEAD.test(nx.folded) || COORD.test(nx.folded) || WHEN.test(nx.folded)) break;
    end = nx.end;
  }
  const v = st.text.slice(line.start + m.index + m[0].length, end).replace(/\s+/g, ' ').trim();
  return v.replace(/[.;]+$/, '').trim() || null;
}

// "Phòng Văn hóa - Xã hội phường" → drop the trailing level word, the unit is understood.
function stripLevel(s: string): string {
  return s.replace(/\s+(?:ph\S{2,4}ng|x\S{1,2}|\S{2,3}c khu)(?=\s*(?:,|$))/giu, '').trim();
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
      // Acronyms lose their Đ in OCR: HDND = HĐND, DU = ĐU.
      const cells = row.split('|').map((c) => c.replace(/\s+/g, ' ').trim().replace(/\bHDND\b/g, 'HĐND'));
      if (cells.length !== cols.length || cLead < 0) continue;
      const lead = cells[cLead] ?? '';
      if (!lead) continue;
      out.push({
        title: cTitle >= 0 ? (cells[cTitle] ?? '') : '',
        lead: stripLevel(lead),
        coordinating: cCoord >= 0 && cells[cCoord] ? (cells[cCoord] ?? '').split(/\s*;\s*/).filter(Boolean) : [],
        timeframe: cWhen >= 0 ? (cells[cWhen] || null) : null,
      });
    }
  }
  return out;
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
        if (!nx.text.trim() || headingDepth(nx) > 0) break;
        titleLines.push(nx.text.trim());
      }
      current = null;
      continue;
    }
    const lead = LEAD.test(line.folded) ? fieldValue(st, lines, i, LEAD) : null;
    if (lead !== null) {
      current = { title: titleLines.join(' ').replace(/\s+/g, ' ').trim(), lead: stripLevel(lead), coordinating: [], timeframe: null };
      out.push(current);
      continue;
    }
    if (!current) continue;
    const coord = COORD.test(line.folded) ? fieldValue(st, lines, i, COORD) : null;
    if (coord !== null) {
      current.coordinating = coord.split(/\s*;\s*/).filter(Boolean);
      continue;
    }
    const when = WHEN.test(line.folded) ? fieldValue(st, lines, i, WHEN) : null;
    if (when !== null) current.timeframe = when;
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
    const key = `${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (!out.includes(key)) out.push(key);
  }
  return out;
}

export { itemsIn };
