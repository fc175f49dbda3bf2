// Gazetteer of the administrative units in force since 1 July 2025 (34 provinces, 3,321
// communes, wards and special zones), built by scripts/build-admin-units.ts from a public
// MIT-licensed list (see docs/language-model.md). Used to give a unit name read from a damaged
// scan its real spelling ("Nguyen Luong Bảng" → the one unit whose letters match) and to find
// the province of a unit when the document does not name it. Every rule refuses to guess:
// when two real units would fit, nothing is changed.

import { readFileSync } from 'node:fs';
import type { UnitLevel } from './extraction.types.ts';
import { hasVietnameseOnlyMarks } from '#src/core/vietnamese/repair.ts';
import { fold, foldKeepLength, titleCaseVi } from './fold.ts';

export interface AdminUnit {
  province: string;
  level: UnitLevel;
  name: string;
  folded: string;
}

interface GazetteerFile {
  provinces: string[];
  units: [number, UnitLevel, string][];
}

let loaded: {
  provinces: string[];
  byFold: Map<string, AdminUnit[]>;
  /** Units of one province and level, keyed `province|level`: the pool for near matches. */
  byProvinceLevel: Map<string, AdminUnit[]>;
  /** Units of one province, every level. */
  byProvince: Map<string, AdminUnit[]>;
  /** Units of one level anywhere by their letters run together, keyed `level|compact`. */
  byLevelCompact: Map<string, AdminUnit[]>;
} | null = null;

const provinceLevelKey = (province: string, level: UnitLevel) => `${province}|${level}`;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** The list and its indexes, read and built once per process, on first use. */
function gazetteer(): NonNullable<typeof loaded> {
  if (!loaded) {
    const raw = JSON.parse(readFileSync(new URL('./admin-units.json', import.meta.url), 'utf8')) as GazetteerFile;
    const units = raw.units.map(([p, level, name]) => ({ province: raw.provinces[p] ?? '', level, name, folded: fold(name) }));
    const byFold = new Map<string, AdminUnit[]>();
    const byProvinceLevel = new Map<string, AdminUnit[]>();
    const byProvince = new Map<string, AdminUnit[]>();
    const byLevelCompact = new Map<string, AdminUnit[]>();
    for (const u of units) {
      push(byFold, u.folded, u);
      push(byProvinceLevel, provinceLevelKey(u.province, u.level), u);
      push(byProvince, u.province, u);
      push(byLevelCompact, `${u.level}|${compact(u.folded)}`, u);
    }
    loaded = { provinces: raw.provinces, byFold, byProvinceLevel, byProvince, byLevelCompact };
  }
  return loaded;
}

/** The 34 provincial-level units (short names: "Hải Phòng", "Hồ Chí Minh"). */
export function provinceNames(): string[] {
  return gazetteer().provinces;
}

/** Units of a province at one level, or at every level when the level is unknown. */
function unitsOf(province: string, level: UnitLevel): AdminUnit[] {
  const g = gazetteer();
  if (level !== 'unknown') return g.byProvinceLevel.get(provinceLevelKey(province, level)) ?? [];
  return g.byProvince.get(province) ?? [];
}

/** Levenshtein distance, with an early exit once every path exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1), (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

function distinct<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/**
 * The province a header line names ("TỈNH ĐẮK LẮK", "THÀNH PHỐ HỒ CHÍ MINH" after the level
 * word), as read: same letters without marks, or one letter off (OCR) when exactly one of the
 * 34 names is that close. Null otherwise.
 */
export function matchProvince(read: string): string | null {
  const f = fold(read);
  const provinces = gazetteer().provinces;
  const exact = provinces.find((p) => fold(p) === f);
  if (exact || f.replace(/\s/g, '').length < 5) return exact ?? null;
  const near = provinces.filter((p) => editDistance(fold(p), f, 1) <= 1);
  return near.length === 1 ? (near[0] ?? null) : null;
}

export interface UnitMatch {
  /** The gazetteer's spelling of the name, or null when the letters fit no single spelling. */
  name: string | null;
  /** The province of the unit, when exactly one unit of that level has these letters. */
  province: string | null;
}

/**
 * Looks a unit name (as read, diacritics possibly wrong) up in the gazetteer.
 * - Same letters without marks: the spelling is taken when all fitting units (of that level,
 *   in that province when it is known, else anywhere) spell it the same way.
 * - One letter off (OCR), only when the province is known: the single unit of that level and
 *   province within one edit, if there is exactly one.
 */
export function matchUnit(name: string, level: UnitLevel, province: string | null): UnitMatch {
  const g = gazetteer();
  const f = fold(name);
  if (!f) return { name: null, province: null };
  const exact = g.byFold.get(f) ?? [];
  const sameLevel = exact.filter((u) => level === 'unknown' || u.level === level);
  const inProvince = province ? sameLevel.filter((u) => u.province === province) : [];
  if (exact.length > 0) {
    const pool = inProvince.length > 0 ? inProvince : sameLevel.length > 0 ? sameLevel : exact;
    const spellings = distinct(pool.map((u) => u.name));
    const provinces = distinct(sameLevel.map((u) => u.province));
    return { name: spellings.length === 1 ? (spellings[0] ?? null) : null, province: provinces.length === 1 ? (provinces[0] ?? null) : null };
  }
  if (!province || f.length < 6) return { name: null, province: null };
  const near = unitsOf(province, level).filter((u) => editDistance(u.folded, f, 1) <= 1);
  const spellings = distinct(near.map((u) => u.name));
  return { name: spellings.length === 1 ? (spellings[0] ?? null) : null, province: null };
}

// Letters run together (spaces and hyphens dropped: "PA-CO" = Pà Cò), a word's initial Đ that
// OCR read as B or P taken for D ("CO BO" = Cờ Đỏ).
// Letters run together only: "BABE" = Ba Bể, whose second word's B the Đ reading would change.
const joined = (f: string): string => f.replace(/[\s-]/g, '');
const compact = (f: string): string => f.replace(/(^|[\s-])[bp]/g, '$1d').replace(/[\s-]/g, '');

/** Is some unit of this level named `name` (same letters without marks)? */
export function hasUnitAt(name: string, level: UnitLevel): boolean {
  return (gazetteer().byFold.get(fold(name)) ?? []).some((u) => u.level === level);
}

/**
 * May a reading be matched by its letters run together? Four letters or more; three ("PAU" for
 * Pa Ủ, "IAO" for Ia O: a short syllable OCR glued to the one before) only when the reading is
 * no real unit's name of that level, so a real short name is not bent into a neighbour's.
 */
function runTogether(f: string, real: (f: string) => boolean): boolean {
  const n = compact(f).length;
  return n >= 4 || (n === 3 && !real(f));
}

/**
 * Looks up several readings of one header name (repaired, as OCR gave it, …), best first.
 * With a known province, the units of that province and level are tried in tiers over all
 * readings: same letters; same letters with the spaces OCR lost or added ("MAUA" = Mậu A; three letters
 * only from a reading no unit has, `runTogether`) or a word's Đ read as B or P;
 * one letter off (six letters or more, from a reading that is no real unit's name). The first
 * tier where one spelling fits wins; two spellings in a tier are no guess. Otherwise (no
 * province, or nothing in it) the first reading `matchUnit` knows, then a unique unit of that
 * level anywhere whose letters run together the same way (its province with it).
 */
export function resolveUnit(readings: string[], level: UnitLevel, province: string | null): UnitMatch {
  const folds = distinct(readings.map(fold).filter((f) => f.length > 0));
  if (province && level !== 'unknown' && provinceNames().includes(province)) {
    const pool = unitsOf(province, level);
    // A reading that is some real unit's name exactly is not bent to a neighbour one letter off
    // (the province may come from a body that cites another province).
    const real = (f: string): boolean => (gazetteer().byFold.get(f) ?? []).some((u) => u.level === level);
    const tiers: ((f: string, u: AdminUnit) => boolean)[] = [
      (f, u) => u.folded === f,
      (f, u) => runTogether(f, real) && (joined(u.folded) === joined(f) || compact(u.folded) === compact(f)),
      (f, u) => compact(f).length >= 6 && !real(f) && editDistance(u.folded, f, 1) <= 1,
    ];
    for (const tier of tiers) {
      const spellings = distinct(folds.flatMap((f) => pool.filter((u) => tier(f, u)).map((u) => u.name)));
      if (spellings.length === 1) return { name: spellings[0] ?? null, province };
      if (spellings.length > 1) break;
    }
  }
  for (const r of readings) {
    const m = matchUnit(r, level, province);
    if (m.name) return m;
  }
  if (level !== 'unknown') {
    for (const f of folds) {
      if (compact(f).length < 5) continue;
      const fits = gazetteer().byLevelCompact.get(`${level}|${compact(f)}`) ?? [];
      if (fits.length === 1 && fits[0]) return { name: fits[0].name, province: fits[0].province };
    }
  }
  return matchUnit(readings[0] ?? '', level, province);
}

/** The source in NFC and folded: per document, not again for every name looked up in it (the last one is kept). */
function sourceFolded(source: string): { text: string; folded: string } {
  if (lastSource?.source === source) return lastSource;
  const text = source.normalize('NFC');
  lastSource = { source, text, folded: foldKeepLength(text).toLowerCase() };
  return lastSource;
}
let lastSource: { source: string; text: string; folded: string } | null = null;

/**
 * The spelling the document itself gives a name, with marks, in the text as it came (before
 * repair): written the same way at least twice (header and body, say), so one misread is not
 * taken for the document's spelling, and with a mark only Vietnamese has (đ, breve, circumflex,
 * horn, grave, hook, tilde, dot below) — an English-model OCR writes acutes and nothing else
 * ("Kién"), which are no evidence. Null when the source carries no such marks for it.
 */
export function ownSpelling(source: string, name: string): string | null {
  const target = fold(name);
  if (target.length < 3) return null;
  const { text, folded } = sourceFolded(source);
  const re = new RegExp(`(?<![a-z])${target.replace(/ /g, '[ \\t]+')}(?![a-z])`, 'g');
  const counts = new Map<string, number>();
  for (const m of folded.matchAll(re)) {
    const orig = titleCaseVi(text.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' '));
    if (!hasVietnameseOnlyMarks(orig) || !/^\p{Lu}/u.test(orig)) continue;
    counts.set(orig, (counts.get(orig) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  return top && top[1] >= 2 && (ranked[1]?.[1] ?? 0) < top[1] ? top[0] : null;
}

const LEVEL_BY_WORD: Record<string, UnitLevel> = { 'xã': 'xa', 'phường': 'phuong', 'đặc khu': 'dac_khu' };

/** The single spelling of a unit of this level in this province within one letter of `name`, or null. */
function spellInProvince(name: string, level: UnitLevel, province: string): string | null {
  const f = fold(name);
  const pool = unitsOf(province, level);
  const exact = distinct(pool.filter((u) => u.folded === f).map((u) => u.name));
  if (exact.length > 0) return exact.length === 1 ? (exact[0] ?? null) : null;
  if (f.replace(/\s/g, '').length < 6) return null;
  const near = distinct(pool.filter((u) => editDistance(u.folded, f, 1) <= 1).map((u) => u.name));
  return near.length === 1 ? (near[0] ?? null) : null;
}

/**
 * Gives the real spelling to unit names written in running text after "xã", "phường" or
 * "đặc khu" ("xã Hoan Kiem" → the unit of the document's province with those letters), so quotes
 * shown to users carry the unit's name as it is officially written. Only names of units of the
 * given province are touched, and only when exactly one unit fits (same letters, or one letter
 * off for names of six letters or more); the longest run of capitalised words that fits wins.
 */
export function spellUnitNamesInText(text: string, province: string | null, source: string = text): string {
  if (!province || !provinceNames().includes(province)) return text;
  // A name the document itself writes with marks (ownSpelling) stays ("Đắk" written where the list has "Đăk").
  const word = String.raw`\p{Lu}[\p{L}\p{M}]*`;
  const re = new RegExp(String.raw`(?<![\p{L}\p{M}])(xã|Xã|phường|Phường|đặc khu|Đặc khu) ((?:${word})(?: ${word}){0,3})`, 'gu');
  return text.replace(re, (whole, levelWord: string, names: string) => {
    const level = LEVEL_BY_WORD[levelWord.toLowerCase()];
    if (!level) return whole;
    const words = names.split(' ');
    for (let n = words.length; n >= 1; n--) {
      const candidate = words.slice(0, n).join(' ');
      const real = spellInProvince(candidate, level, province);
      if (real && fold(real) === fold(candidate) && ownSpelling(source, candidate) === candidate) return whole;
      if (real) return `${levelWord} ${[real, ...words.slice(n)].join(' ')}`;
    }
    return whole;
  });
}

/** Every unit of a province in the gazetteer (communes, wards and special zones). */
export function officialUnitsOf(province: string): AdminUnit[] {
  return [...unitsOf(province, 'unknown')];
}
