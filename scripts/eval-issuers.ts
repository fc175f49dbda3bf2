// Measures how well the issuer (unit name, level, province) is read from Decree 30 headers of
// units nobody tuned on. Samples N real units (default 240, deterministic seed) from the
// gazetteer across all 34 provinces and every level (xã, phường, đặc khu; names with marks OCR
// loses — Đ, ơ, ư, H' — are drawn more often), writes for each a short document whose header
// takes one of several realistic layouts (two columns beside the national motto; a province
// line above; "UBND XÃ Y" on one line; a long name wrapped; rules under the header), a
// place-and-date line naming the unit or another locality and a body sentence ("Ủy ban nhân dân
// xã Y báo cáo …"), renders it like scripts/make-fixtures.sh and OCRs it with `tesseract -l eng`
// at 300 and 200 dpi. Each text (clean, eng-300, eng-200) goes through the whole text path
// (analyzeText: normalise → repair → extract) and issuer name / unitName / level / province are
// counted right. OCR output is cached under /tmp/eval-issuers-cache, so reruns are fast.
// --scan adds eng-scan: the 200 dpi page degraded like a photocopy (rotated, blurred, specks).
// Needs pango1.0-tools, tesseract-ocr, tesseract-ocr-eng, fonts-liberation2.
// --extra N (default 80) adds a second sample of names the first draws rarely: every hyphenated
// name and every name of more than three syllables, one-syllable names, two-syllable names of
// four letters or fewer ("Pa Ủ", "Ia O"), names with a syllable no other unit has; scored apart.
// --party writes every header in the Party's format instead (Hướng dẫn 36-HD/VPTW: "ĐẢNG BỘ TỈNH X"
// beside "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY XÃ Y", "*", "Số 45-BC/ĐU"): issuer "Đảng ủy xã Y", and
// the number is scored too.
// Usage: npx tsx scripts/eval-issuers.ts [--n 240] [--seed 57] [--extra 80] [--dpis 300,200] [--errors] [--scan] [--party] [--jobs 2]
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { analyzeText } from '#src/core/extraction/analyze-text.ts';
import type { UnitLevel } from '#src/core/extraction/extraction.types.ts';
import { fold } from '#src/core/extraction/fold.ts';
import { cachedOcr, ocrEnglish, pool, renderPage } from './support/render-ocr.ts';
import { rng } from './support/rng.ts';

const run = promisify(execFile);
const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const N = opt('--n', 240);
const SEED = opt('--seed', 57);
const JOBS = opt('--jobs', 2);
const EXTRA = opt('--extra', 80);
// --dpis 300 OCRs one resolution only (a loaded machine).
const DPIS = (args.includes('--dpis') ? (args[args.indexOf('--dpis') + 1] ?? '') : '300,200').split(',').map(Number);
const SHOW_ERRORS = args.includes('--errors');
const PARTY = args.includes('--party');
const CACHE = '/tmp/eval-issuers-cache';

const rand = rng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

interface Unit {
  province: string;
  level: Exclude<UnitLevel, 'tinh' | 'unknown'>;
  name: string;
}
const raw = JSON.parse(readFileSync('src/core/extraction/admin-units.json', 'utf8')) as { provinces: string[]; units: [number, Unit['level'], string][] };
const units: Unit[] = raw.units.map(([p, level, name]) => ({ province: raw.provinces[p] ?? '', level, name }));
const CITIES = new Set(['Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'Cần Thơ', 'Hồ Chí Minh']);
const LEVEL_WORD: Record<Unit['level'], string> = { xa: 'xã', phuong: 'phường', dac_khu: 'đặc khu' };
// Marks an English-model OCR loses or turns into other letters.
const HARD = /[đĐơƠưƯ'ăĂắằẳẵặ]/u;

function sample(): Unit[] {
  const out: Unit[] = [];
  const seen = new Set<Unit>();
  // Every special zone (there are 13), then provinces in turn; every fourth draw a ward.
  for (const u of units.filter((x) => x.level === 'dac_khu').slice(0, N)) {
    out.push(u);
    seen.add(u);
  }
  for (let i = 0; out.length < N; i++) {
    const province = raw.provinces[i % raw.provinces.length] ?? '';
    const level: Unit['level'] = i % 4 === 3 ? 'phuong' : 'xa';
    let pool = units.filter((u) => u.province === province && u.level === level && !seen.has(u));
    if (pool.length === 0) pool = units.filter((u) => u.province === province && !seen.has(u));
    const hard = pool.filter((u) => HARD.test(u.name));
    const u = pick(hard.length > 0 && rand() < 0.5 ? hard : pool);
    out.push(u);
    seen.add(u);
  }
  return out;
}

/**
 * Names the main sample draws rarely, from their own generator (the main sample stays as it
 * was): all hyphenated and longer-than-three-syllable names, then in turn one-syllable names,
 * short two-syllable names and names with a syllable found in no other unit's name.
 */
function sampleExtra(exclude: Set<Unit>): Unit[] {
  const r = rng(SEED + 1000);
  const syllables = (u: Unit): string[] => fold(u.name).split(/[\s-]+/).filter(Boolean);
  const freq = new Map<string, number>();
  for (const u of units) for (const s of new Set(syllables(u))) freq.set(s, (freq.get(s) ?? 0) + 1);
  const free = units.filter((u) => !exclude.has(u));
  const long = free.filter((u) => u.name.includes('-') || syllables(u).length > 3);
  const groups = [
    free.filter((u) => syllables(u).length === 1),
    free.filter((u) => syllables(u).length === 2 && fold(u.name).replace(/\s/g, '').length <= 4),
    free.filter((u) => syllables(u).length >= 2 && syllables(u).length <= 3 && syllables(u).some((s) => freq.get(s) === 1)),
  ].map((g) => g.filter((u) => !long.includes(u)));
  const out = long.slice(0, EXTRA);
  for (let i = 0; out.length < EXTRA && groups.some((g) => g.length > 0); i++) {
    const g = groups[i % groups.length] ?? [];
    if (g.length === 0) continue;
    const [u] = g.splice(Math.floor(r() * g.length), 1);
    if (u && !out.includes(u)) out.push(u);
  }
  return out;
}

const upper = (s: string): string => s.toLocaleUpperCase('vi');
const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(2, w - [...s].length));
const MOTTO1 = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO2 = 'Độc lập - Tự do - Hạnh phúc';
const LAYOUTS = ['two-column', 'province-line', 'province-ubnd', 'one-line', 'wrapped', 'ruled'] as const;
const PARTY_LAYOUTS = ['party-province', 'party-alone', 'party-wrapped'] as const;
type Layout = (typeof LAYOUTS)[number] | (typeof PARTY_LAYOUTS)[number];
const PARTY_MOTTO = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/** Does the text name the unit's province anywhere? A shared name needs it for the gold to be knowable. */
function sharedName(u: Unit): boolean {
  return units.some((x) => x !== u && x.level === u.level && fold(x.name) === fold(u.name) && x.province !== u.province);
}

interface Doc {
  unit: Unit;
  layout: Layout;
  text: string;
  /** The number as the header writes it (Party layouts only). */
  number?: string;
}

/** The unit's level word and name as a header writes them, and its province's line. */
function spellings(u: Unit): { lw: string; LW: string; NAME: string; provWord: string; PROV: string } {
  const lw = LEVEL_WORD[u.level];
  const provWord = CITIES.has(u.province) ? 'thành phố' : 'tỉnh';
  return { lw, LW: upper(lw), NAME: upper(u.name), provWord, PROV: `${upper(provWord)} ${upper(u.province)}` };
}

/** A document in the Party's format: the province line, the committee, a star, the number. */
function makePartyDoc(u: Unit, k: number): Doc {
  const layout = PARTY_LAYOUTS[k % PARTY_LAYOUTS.length] as Layout;
  const { lw, LW, NAME, provWord, PROV } = spellings(u);
  const kind = rand() < 0.6 ? 'BC' : 'KH';
  const W = 34;
  const head: string[] = [];
  if (layout === 'party-province') head.push(pad(`ĐẢNG BỘ ${PROV}`, W) + PARTY_MOTTO, `ĐẢNG ỦY ${LW} ${NAME}`);
  else if (layout === 'party-alone') head.push(pad(`ĐẢNG ỦY ${LW} ${NAME}`, W) + PARTY_MOTTO);
  else head.push(pad(`ĐẢNG BỘ ${PROV}`, W) + PARTY_MOTTO, `ĐẢNG ỦY ${LW}`, NAME);
  head.push('*');
  const day = 1 + Math.floor(rand() * 28);
  const month = 1 + Math.floor(rand() * 12);
  const num = 10 + Math.floor(rand() * 300);
  const symbol = u.level === 'phuong' && rand() < 0.3 ? 'ĐUP' : 'ĐU';
  const number = `${num}-${kind}/${symbol}`;
  head.push(pad(`Số ${number}`, W) + `${u.name}, ngày ${String(day).padStart(2, '0')} tháng ${month} năm 2025`);
  const plan = kind === 'KH';
  const lines = [
    ...head,
    '',
    plan ? 'KẾ HOẠCH' : 'BÁO CÁO',
    `${plan ? 'Thực hiện' : 'Kết quả lãnh đạo thực hiện'} Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị năm ${plan ? 2026 : 2025}`,
    '',
    `Thực hiện Kế hoạch số ${num + 31}-KH/TU ngày 12/3/2025 của Ban Thường vụ ${provWord === 'tỉnh' ? 'Tỉnh' : 'Thành'} ủy ${u.province}, Ban Thường vụ Đảng ủy ${lw} ${u.name} ${plan ? 'ban hành Kế hoạch' : 'báo cáo'} như sau:`,
    `1. Đảng ủy ${lw} đã chỉ đạo Ủy ban nhân dân ${lw} ban hành ${2 + (num % 5)} văn bản, tổ chức ${1 + (num % 3)} hội nghị quán triệt cho cán bộ, đảng viên.`,
  ];
  return { unit: u, layout, text: `${lines.join('\n')}\n`, number };
}

function makeDoc(u: Unit, k: number): Doc {
  if (PARTY) return makePartyDoc(u, k);
  const layout = LAYOUTS[k % LAYOUTS.length] as Layout;
  const { lw, LW, NAME, provWord, PROV } = spellings(u);
  const kind = rand() < 0.6 ? 'BC' : 'KH';
  const W = 30;
  const head: string[] = [];
  if (layout === 'two-column' || layout === 'ruled') {
    head.push(pad('ỦY BAN NHÂN DÂN', W) + MOTTO1, pad(`${LW} ${NAME}`, W) + MOTTO2);
    if (layout === 'ruled') head.push(pad('-------', W) + '---------------');
  } else if (layout === 'province-line') {
    head.push(pad(`UBND ${PROV}`, W) + MOTTO1, pad('ỦY BAN NHÂN DÂN', W) + MOTTO2, `${LW} ${NAME}`);
  } else if (layout === 'province-ubnd') {
    head.push(pad(`UBND ${PROV}`, W) + MOTTO1, pad(`UBND ${LW} ${NAME}`, W) + MOTTO2);
  } else if (layout === 'one-line') {
    head.push(pad(`UBND ${LW} ${NAME}`, W) + MOTTO1, pad('', W) + MOTTO2);
  } else {
    // A long name wraps in the narrow left column: the last word goes to the next line.
    const words = NAME.split(' ');
    const dash = NAME.indexOf(' - ');
    // A hyphenated name breaks after its hyphen.
    if (dash > 0) head.push(pad('ỦY BAN NHÂN DÂN', W) + MOTTO1, pad(`${LW} ${NAME.slice(0, dash + 2)}`, W) + MOTTO2, NAME.slice(dash + 3));
    else if (words.length >= 3 || NAME.length >= 10) {
      head.push(pad('ỦY BAN NHÂN DÂN', W) + MOTTO1, pad(`${LW} ${words.slice(0, -1).join(' ')}`, W) + MOTTO2, words.slice(-1).join(' '));
    } else head.push(pad(`ỦY BAN NHÂN DÂN ${LW}`, W) + MOTTO1, pad(NAME, W) + MOTTO2);
  }
  const others = units.filter((x) => x.province === u.province && x !== u);
  const place = rand() < 0.7 ? u.name : rand() < 0.5 ? u.province : pick(others).name;
  const day = 1 + Math.floor(rand() * 28);
  const month = 1 + Math.floor(rand() * 12);
  const num = 10 + Math.floor(rand() * 900);
  head.push(pad(`Số: ${num}/${kind}-UBND`, W) + `${place}, ngày ${String(day).padStart(2, '0')} tháng ${month} năm 2025`);
  // The province is named in the header, in the body, or (only for a name no other province's
  // unit of that level has) nowhere.
  const headerNamesProvince = layout === 'province-line' || layout === 'province-ubnd';
  const bodyNamesProvince = headerNamesProvince ? rand() < 0.5 : sharedName(u) || rand() < 0.8;
  const ubnd = rand() < 0.5 ? 'Ủy ban nhân dân' : 'UBND';
  const plan = kind === 'KH';
  const lines = [
    ...head,
    '',
    plan ? 'KẾ HOẠCH' : 'BÁO CÁO',
    `${plan ? 'Thực hiện' : 'Kết quả thực hiện'} Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị trên địa bàn ${lw} ${u.name} năm ${plan ? 2026 : 2025}`,
    '',
    bodyNamesProvince
      ? `Thực hiện Kế hoạch số ${num + 31}/KH-UBND ngày 12/3/2025 của Ủy ban nhân dân ${provWord} ${u.province}, ${ubnd} ${lw} ${u.name} ${plan ? 'ban hành Kế hoạch' : 'báo cáo kết quả'} như sau:`
      : `Thực hiện chỉ đạo của cấp trên, ${ubnd} ${lw} ${u.name} ${plan ? 'ban hành Kế hoạch' : 'báo cáo kết quả'} như sau:`,
    `1. Ủy ban nhân dân ${lw} đã ban hành ${2 + (num % 5)} văn bản chỉ đạo, tổ chức ${1 + (num % 3)} hội nghị quán triệt cho cán bộ, công chức và Nhân dân.`,
  ];
  return { unit: u, layout, text: `${lines.join('\n')}\n` };
}

// A photocopy-like scan: slightly rotated, blurred, grey, dust specks (as make-fixtures.sh's scans).
const DEGRADE = `
import random, sys
from PIL import Image, ImageFilter
random.seed(int(sys.argv[3]))
img = Image.open(sys.argv[1]).convert("L").rotate(0.4, resample=Image.BICUBIC, expand=False, fillcolor=255)
img = img.filter(ImageFilter.GaussianBlur(0.6))
px = img.load()
w, h = img.size
for _ in range(w * h // 400):
    x, y = random.randrange(w), random.randrange(h)
    px[x, y] = random.randrange(60, 200)
img.point(lambda v: min(255, (v // 16) * 17 + 8)).save(sys.argv[2])
`;

async function ocr(text: string, dpi: number, scan = false): Promise<string> {
  return cachedOcr(CACHE, `${dpi}${scan ? ' scan' : ''}`, text, async (dir) => {
    await renderPage(join(dir, 'doc.txt'), join(dir, 'page.png'), dpi);
    if (scan) await run('/usr/bin/python3', ['-c', DEGRADE, join(dir, 'page.png'), join(dir, 'page.png'), String(SEED)]);
    return ocrEnglish(join(dir, 'page.png'));
  });
}


const FIELDS = ['name', 'unitName', 'level', 'province', 'number'] as const;
type Field = (typeof FIELDS)[number];

function score(doc: Doc, text: string): { ok: Record<Field, boolean>; got: string } {
  const result = analyzeText(text).result;
  const r = result.issuer;
  const u = doc.unit;
  const ok: Record<Field, boolean> = {
    name: r?.name === `${PARTY ? 'Đảng ủy' : 'UBND'} ${LEVEL_WORD[u.level]} ${u.name}`,
    unitName: r?.unitName === u.name,
    level: r?.unitLevel === u.level,
    province: r?.province === u.province,
    // (Decree 30 layouts: the number is not what this instrument measures.)
    number: doc.number === undefined || result.number === doc.number,
  };
  return { ok, got: `${r ? `${r.name} | ${r.unitLevel} | ${r.province ?? '-'}` : 'null'}${doc.number ? ` | ${result.number ?? '-'}` : ''}` };
}

mkdirSync(CACHE, { recursive: true });
const main = sample();
const docs = main.map(makeDoc);
const extra = sampleExtra(new Set(main)).map((u, k) => makeDoc(u, k));
docs.push(...extra);
const variants: { name: string; texts: string[] }[] = [{ name: 'clean', texts: docs.map((d) => d.text) }];
for (const dpi of DPIS) variants.push({ name: `eng-${dpi}`, texts: await pool(docs, JOBS, (d) => ocr(d.text, dpi)) });
if (args.includes('--scan')) variants.push({ name: 'eng-scan', texts: await pool(docs, JOBS, (d) => ocr(d.text, 200, true)) });

const pct = (a: number, b: number): string => `${((100 * a) / b).toFixed(1)}`.padStart(5);
const errors: string[] = [];
function report(title: string, from: number, to: number): void {
  const part = docs.slice(from, to);
  if (part.length === 0) return;
  console.log(`${title}: ${part.length} units (seed ${SEED}): ${part.filter((d) => d.unit.level === 'xa').length} xã, ${part.filter((d) => d.unit.level === 'phuong').length} phường, ${part.filter((d) => d.unit.level === 'dac_khu').length} đặc khu; ${new Set(part.map((d) => d.unit.province)).size} provinces`);
  console.log(`variant   name  unitName  level  province  ${PARTY ? 'number  all5' : 'all4'}`);
  for (const v of variants) {
    const right: Record<Field | 'all', number> = { name: 0, unitName: 0, level: 0, province: 0, number: 0, all: 0 };
    const byLayout = new Map<string, [number, number]>();
    part.forEach((d, j) => {
      const text = v.texts[from + j] ?? '';
      const { ok, got } = score(d, text);
      for (const f of FIELDS) if (ok[f]) right[f]++;
      const all = FIELDS.every((f) => ok[f]);
      if (all) right.all++;
      const bl = byLayout.get(d.layout) ?? [0, 0];
      byLayout.set(d.layout, [bl[0] + (all ? 1 : 0), bl[1] + 1]);
      if (!all) {
        const header = text.split('\n').filter((l) => l.trim()).slice(0, 4).join(' ⏎ ');
        errors.push(`${title} ${v.name} ${d.layout} want ${LEVEL_WORD[d.unit.level]} ${d.unit.name} (${d.unit.province}) got ${got}\n    ${header}`);
      }
    });
    const n = part.length;
    console.log(`${v.name.padEnd(8)} ${pct(right.name, n)} ${pct(right.unitName, n)}     ${pct(right.level, n)}  ${pct(right.province, n)}    ${PARTY ? `${pct(right.number, n)}   ` : ''}${pct(right.all, n)}`);
    console.log(`         by layout (all ${PARTY ? 'five' : 'four'} right): ${[...byLayout].map(([l, [a, b]]) => `${l} ${a}/${b}`).join(', ')}`);
  }
}
report('main', 0, main.length);
report('extra', main.length, docs.length);
if (SHOW_ERRORS) console.log(errors.join('\n'));
