// Plan content: targets by year under a "Mục tiêu" heading, tasks laid out as numbered items
// with "Đơn vị thực hiện / Đơn vị phối hợp / Thời gian thực hiện" fields (reporting
// deadlines are read in deadlines.ts).

import type { ExtractionResult } from './extraction.types.ts';
import { headingDepth, itemsIn, sectionDepth, splitLines, type Line } from './blocks.ts';
import { COUNTED_NOUN, findNumbers, wordsValue } from './numbers.ts';
import { fold, foldKeepLength } from './fold.ts';
import { editDistance } from './gazetteer.ts';
import type { TextStructure } from './text-structure.ts';

type Target = ExtractionResult['targets'][number];
type Task = ExtractionResult['tasks'][number];

const YEAR_LINE = /^(?:[\s\d.]*|\s*[-–•+*]\s*|\s*[a-zđ]\)\s*)(?:ph\S{1,3}n\s+d\S{1,3}u\s+)?(?:(?:[dpb]en|trong)\s+)?(?:(?:h[e]t|cu[o0]i)\s+)?(?:n[a4i]m\s+(20\d\d)|(?:giai\s+do[a4]n\s+)?(?:n[a4i]m\s+)?20\d\d\s*[-–]\s*(?:n[a4i]m\s+)?(20\d\d))\s*[:.]?\s*$/;
// A year line's year: the year, or the last year of a period ("Giai đoạn 2026 - 2030:").
const lineYear = (m: RegExpExecArray): number => Number(m[1] ?? m[2]);

// "- Năm 2026: …", "2. Đến năm 2027: …", "Phấn đấu đến năm 2026, …", "Năm 2027 đạt …", "Đến hết năm 2028 …".
const INLINE_YEAR = /^(?:[-–•+*]|\d{1,2}\.|[a-zđ]\))?\s*(?:ph\S{1,3}n\s+d\S{1,3}u\s+)?(?:(?:[dpb]en|trong)\s+)?(?:(?:h[e]t|cu[o0]i)\s+)?n[a4i]m\s+(20\d\d)(?:\s*[:,]|\s+(?=\S))/;
// Header of a column table of targets: at least two year columns ("Chỉ tiêu | Năm 2026 | Năm 2028").
// (The scan may glue the word to its year: "Năm2028".)
const YEAR_COLUMN = /(?<![a-z0-9])(?:n[a4i]m\s*)?(20\d\d)(?!\d)/g;
// Words after a number that make it an age, a level or a duration, not a target quantity.
// Prepositions and conjunctions are never units ("04 đến …" is a misread unit, not a quantity of "đến").
// Nor are verbs ("mức độ 2 đạt 67%", "từ 17 đến 55 được …") or a measure's letter ("15 m").
const NOT_TARGET_UNIT = /^(?:tuoi|nam|thang|ngay|cap|muc|lan|den|tai|tu|trong|cho|va|voi|o|tren|duoi|theo|ve|cua|la|dat|duoc|co|tro|len|se|[a-z])$/;

// Names of documents and programmes carry numbers that are not quantities ("Nghị quyết 57",
// "Đề án 06").
const DOCUMENT_BEFORE = /(?:nghi\s+quyet|de\s+an|quyet\s+dinh|ke\s+hoach|chi\s+thi|thong\s+tu|nghi\s+dinh|cong\s+van|chuong\s+trinh|so)\s*$/;
// A person counted by role ("04 tuyên truyền viên", "02 cộng tác viên", "05 cán bộ"): the unit is "người".
const PERSON_NOUN = /^(?:(?:\p{L}+\s+){0,2}vi\S{1,2}n|ng\S{1,3}i|c\S{1,2}n\s+b\S{1,2})(?![\p{L}])/u;

/**
 * The unit of a count from the words after it: the catalog's unit when the words start with one
 * (longest first: "sản phẩm", "màn hình"), "người" for a person counted by role, else the first
 * word. Null when the word makes the number an age, a level or a duration.
 */
// Counted nouns of two words, read whole ("02 chuyên mục", "03 buổi lễ"), after the catalog's units.
// (Also the two-word nouns plans count by: "43 chương trình", "13 cụm loa", "03 cuộc thi", "07 mô hình".)
const TWO_WORD_NOUNS = [...COUNTED_NOUN.split('|').filter((w) => w.includes(' ')), 'chương trình', 'cụm loa', 'cuộc thi', 'mô hình'];

export function countUnit(after: string, units: string[]): string | null {
  const words = after.replace(/^[\s(]+/, '');
  const f = fold(words.slice(0, 40));
  let best: string | null = null;
  // A unit with a comma ("tin, bài") counts when the text writes it so ("135 tin, bài mỗi năm").
  for (const u of [...units, ...TWO_WORD_NOUNS]) {
    if (/[/%²]/.test(u)) continue;
    const fu = fold(u);
    if ((f === fu || new RegExp(`^${fu}(?![a-z0-9])`).test(f)) && (!best || fu.length > fold(best).length)) best = u;
  }
  if (best) return best;
  if (PERSON_NOUN.test(foldKeepLength(words.slice(0, 40).toLowerCase()))) return 'người';
  const w = /^(\p{L}+)/u.exec(words);
  if (!w || !w[1] || NOT_TARGET_UNIT.test(foldKeepLength(w[1].toLowerCase()))) return null;
  return w[1].toLocaleLowerCase('vi');
}

// A year stated inside a clause ("…; đến năm 2030 đạt 100%", "… ngay trong quý I năm 2026"), not a
// year compared against ("so với năm 2024") or the year of a date ("ngày 22 tháng 12 năm 2024").
const CLAUSE_YEAR = /(?<!so\s+v\S{1,2}i\s+)(?<!th[a4]ng\s+\d{1,2}\s+)(?<![a-z])n[a4i]m\s+(20\d\d)(?!\d)/;

/**
 * Every percentage, and every count with a unit word, in the clauses of one item: a clause that
 * states its own year ("…; đến năm 2030 đạt 100%") takes it, the others the item's year.
 */
// A clause about what was done, not a target: "đã tăng", "(năm 2025 đạt 46%)", "so với năm 2024".
// A period or a quarter stating a clause's year: "giai đoạn 2027 - 2029, …" (its last year),
// "trong quý II/2027, …", "tháng 9/2027".
const CLAUSE_PERIOD = /(?<![a-z])(?:giai\s+do[a4]n\s+20\d\d\s*[-–]\s*(20\d\d)|(?:qu\S\s+[ivx]{1,4}|th[a4]ng\s+\d{1,2})\s*\/\s*(20\d\d))(?!\d)/;
// A clause whose subject is another level's plan or body: the province's or the city's plan, a
// resolution or programme, the central government, the whole province or country. The level is
// named whole ("của tỉnh", "UBND thành phố", "Tỉnh ủy", "…/QĐ-TTg"): the commune's own number
// ("…/KH-UBND") and its own committee ("UBND xã") are none, nor a word folding to "tinh"
// ("tình hình", "máy tính").
const LEVEL = String.raw`(?<![a-z])(?:(?:c[uw]a|ubnd|[uy]y\s+ban\s+nh[a4]n\s+d[a4]n|c[a4]p|to[a4]n)\s+(?:t[i1]nh|th[a4]nh\s+ph[o0])|t[i1]nh\s+[uy]y|trung\s+[uw][o0]ng|ch[i1]nh\s+ph[u]|b[o0]\s+ch[i1]nh\s+tr[i1]|nq\s*\/\s*tw|qd-ttg)(?![a-z])`;
const OTHER_LEVEL = new RegExp(
  String.raw`^[\s\-–•+*(]*(?:(?:k[e]\s+ho[a4]ch|ngh[i1]\s+quy[e]t|ch[uw][o0]ng\s+tr[i1]nh|quy[e]t\s+[dđ][i1]nh|[dđ][e]\s+[a4]n|chi\s+th[i1])(?:\s+s[o0])?\s+[^,;]{0,60}?${LEVEL}|(?:trung\s+[uw][o0]ng|ch[i1]nh\s+ph[u]|c[a4]\s+n[uw][o0]c|to[a4]n\s+(?:t[i1]nh|qu[o0]c))(?![a-z]))`,
);
// A province or city named as the clause's subject ("Tỉnh Bình Nguyên phấn đấu …", "UBND thành
// phố Đông Sơn đặt …"): read on the folded letters, the name's capital on the text as written
// ("Tình trạng …" is no name).
const LEVEL_NAMED = /^[\s\-–•+*(]*(?:ubnd\s+|[uy]y\s+ban\s+nh[a4]n\s+d[a4]n\s+)?(?:t[i1]nh|th[a4]nh\s+ph[o0])\s+/;
function otherLevel(clause: string, fc: string): boolean {
  if (OTHER_LEVEL.test(fc)) return true;
  const named = LEVEL_NAMED.exec(foldKeepLength(clause));
  return named !== null && /\p{Lu}/u.test(clause.charAt(named[0].length));
}
// A bracket that aims ("(năm 2027 phấn đấu 70%)") states a step of the plan, not a result.
const AIM = /(?<![a-z])(?:ph\S{1,3}n\s+[dđ]\S{1,3}u|m[u]c\s+t[i1]eu|ch[i1]\s+t[i1]eu)(?![a-z])/;
const PAST_CLAUSE = /(?<![a-z])(?:da\s+(?:tang|dat|giam|hoan thanh|thuc hien|to chuc)|hien\s+(?:nay|co|dat)|so\s+v\S{1,2}i\s+n[a4i]m)(?![a-z])/;

const RECURRENT_LEAD = /^[\s\-–•+*,]*h[a4]ng\s+n[a4i]m(?![a-z])/;

function inlineTargets(st: TextStructure, from: number, to: number, year: number, units: string[] = [], fromYear: number | null = null): Target[] {
  const out: Target[] = [];
  const body = st.text.slice(from, to);
  // "Năm 2025, tỷ lệ … đạt 62%" in a plan of 2025 states where the commune is (a year and a
  // comma, no "đến / phấn đấu / trong"); "Năm 2025: …" and "Đến cuối năm 2025, …" set targets.
  const before = st.folded.slice(st.text.lastIndexOf('\n', from - 1) + 1, from);
  const presentLead = /,\s*$/.test(before) && !/(?<![a-z])(?:[dpb]en|ph[a4]n\s+[dpb]\S{1,2}u|trong|v[a4]o|cu[o0]i|h[e]t|du\s+kien)(?![a-z])/.test(before);
  // Clauses: ';' parts, sentences, and comma parts that state their own year ("năm 2026 đạt 70%,
  // năm 2027 đạt 85%"); a bracket with its own year is a clause of its own ("(năm 2025 đạt 48%)").
  const clauses = body
    .split(/;|(?<=[.!?])\s+(?=\p{Lu})/u)
    .flatMap((c) => c.split(/(?:,\s*|\s+và\s+)(?=(?:(?:[dđ]ến|trong|v[aà]o)\s+)?(?:(?:hết|cuối)\s+)?n[aă]m\s+20\d\d|h[aằà]ng\s+n[aă]m(?!\p{L}))/iu))
    .flatMap((c) => c.split(/(?=\([^()]*?(?:n[aă]m\s+20\d\d|đã|hiện nay|so với)[^()]*\))/iu));
  // A clause without a year of its own goes on with the year of the target clause before it ("Năm
  // 2027: 90% …; 100% …" are both of 2027), not with the item's.
  let carried = year;
  // Whether the clause before, dated by its own year, stated a result: a clause after it without a
  // year of its own goes on with that result ("Năm 2024, phường đã lắp 06 camera; 80% khu phố có wifi.").
  let carriedResult = false;
  for (const clause of clauses) {
    const fc = fold(clause);
    const own = CLAUSE_YEAR.exec(fc) ?? CLAUSE_PERIOD.exec(fc);
    const ownYear = own ? (own[1] ?? own[2]) : undefined;
    const y = ownYear ? Number(ownYear) : carried;
    if (own && !/^\s*\(/.test(clause)) carriedResult = false;
    // A target the province, the city or the nation sets, quoted as the frame of the commune's own
    // ("Chương trình của Tỉnh ủy … phấn đấu đến năm 2029 có 95% hộ …", "Nghị quyết số … đặt mục tiêu …"):
    // no target of the plan. (A province or city named as the subject, "Tỉnh Sơn Lâm …", "Thành
    // phố Bến Mới …": the capital of its name is read on the clause as written.)
    if (otherLevel(clause, fc)) continue;
    // (A bracketed year before the target's, "… đạt 75% (năm 2024 đạt 52,4%)", is a result; unless
    // the year is after the plan's, which no result can be, or the bracket aims: "… đạt 95% (năm
    // 2027 phấn đấu 70%)" is a step of the plan.)
    const bracket = own !== null && /^\s*\(/.test(clause);
    if (bracket && y < carried && !((fromYear !== null && y > fromYear) || AIM.test(fc))) continue;
    if (!own && carriedResult) continue;
    // A year before the plan's, or a clause about what was done, states a result, not a target.
    if ((fromYear !== null && (y < fromYear || (y === fromYear && !own && presentLead))) || PAST_CLAUSE.test(fc)) {
      if (own && !/^\s*\(/.test(clause)) carriedResult = true;
      continue;
    }
    if (own && !/^\s*\(/.test(clause)) carried = y;
    // A clause led by "hằng năm" with no year of its own states what is done every year, not a
    // target of the item's year ("…; đến năm 2028 đạt 85% và hằng năm tổ chức 02 hội nghị").
    if (!own && RECURRENT_LEAD.test(fold(clause))) continue;
    const text = clause.replace(/\s+/g, ' ').trim().replace(/[.;]$/, '');
    const numbers = findNumbers(clause);
    // A count in brackets beside a figure outside them explains it ("90% khu phố có loa (còn 02
    // khu phố chưa có)"): the present state, not a second target.
    const bracketed = (at: number) => clause.lastIndexOf('(', at) > clause.lastIndexOf(')', at);
    const outside = numbers.some((n) => !bracketed(n.start));
    // A count after a share is its condition, not a target: "95% tổ dân phố có ít nhất 02 tình nguyện viên …".
    const share = numbers.find((n) => n.percent);
    for (const n of numbers) {
      let unit: string | null;
      if (n.percent) unit = '%';
      else {
        if (outside && bracketed(n.start)) continue;
        if (share && n.start > share.end && /(?<![a-z])co(?:\s+(?:it\s+nhat|toi\s+thieu))?\s*$/.test(fold(clause.slice(share.end, n.start)).slice(-20))) continue;
        if (DOCUMENT_BEFORE.test(fold(clause.slice(Math.max(0, n.start - 20), n.start)))) continue;
        unit = countUnit(clause.slice(n.end), units);
        if (!unit) continue;
      }
      // (A bracket repeating a target already read, "… (năm 2027 dự kiến 70%)" after "Năm 2027: 70% …", is none.)
      if (bracket && out.some((t) => t.year === y && t.value === n.value && t.unit === unit)) continue;
      if (text) out.push({ year: y, value: n.value, unit, text });
    }
  }
  return out;
}

function cellUnit(label: string, units: string[]): string | null {
  // "Số màn hình LED …" → the counted noun follows "Số"; the catalog's multi-word units win.
  const f = fold(label).replace(/^(?:tong\s+)?so\s+(?:luong\s+)?/, '');
  if (f === fold(label)) return null;
  let best: string | null = null;
  // (A counted noun of two words is read whole: "Số mô hình …", "Số chuyên mục …", "Số cụm loa …".)
  // ("Số cụm loa …" counts by "cụm", as the tables' golds write it.)
  for (const u of [...units, ...TWO_WORD_NOUNS.filter((w) => w !== 'cụm loa')]) {
    const fu = fold(u);
    if ((f === fu || f.startsWith(`${fu} `)) && (!best || fu.length > fold(best).length)) best = u;
  }
  if (best) return best;
  const w = /^(\p{L}+)/u.exec(label.replace(/^\s*(?:t[ổô]ng\s+)?s[ốô]\s+(?:l[ưượ]+ng\s+)?/iu, ''));
  return w && w[1] ? w[1].toLocaleLowerCase('vi') : null;
}

// Counted nouns a unit cell may hold as written (marks and all), beside the catalog's units.
const KNOWN_UNITS = new Set([...COUNTED_NOUN.split('|'), ...TWO_WORD_NOUNS, 'tin, bài', 'hộ', 'điểm', 'trang', 'cái', 'chiếc', 'bộ', 'mô hình', 'đợt', 'cuộc', 'nhóm', 'câu lạc bộ', 'trường', 'xã', 'phường', 'thôn, tổ', 'lượt người']);
const KNOWN_BY_LETTERS = new Map<string, string | null>();
for (const u of KNOWN_UNITS) KNOWN_BY_LETTERS.set(fold(u), KNOWN_BY_LETTERS.has(fold(u)) ? null : u);

/**
 * A unit whose marks the scan's repair chose wrong ("bưởi" for "buổi"): a word that is no counted
 * noun as written but has the letters of exactly one is that noun. A unit as written stays.
 */
function knownUnit(unit: string, units: string[]): string {
  if (unit === '%' || KNOWN_UNITS.has(unit) || units.some((u) => u.toLocaleLowerCase('vi') === unit)) return unit;
  return KNOWN_BY_LETTERS.get(fold(unit)) ?? unit;
}

// A unit written in brackets at the end of a column or row label: "Lớp tập huấn (lớp)", "Tỷ lệ … (%)".
const BRACKET_UNIT = /\(\s*([^()\d]{1,12}?)\s*\)\s*$/u;

/** The unit a row or column label gives its values: a bracketed unit, `%` for "Tỷ lệ …", else the noun after "Số". */
function labelUnit(label: string, units: string[], byOpening = true): string | null {
  const b = BRACKET_UNIT.exec(label);
  // "(%)", a catalog unit ("(tin, bài)"), a two-word counted noun ("(cụm loa)") or one word
  // ("(lớp)"); "(lũy kế)" qualifies the label.
  if (b && b[1] && (b[1] === '%' || /^\p{L}+$/u.test(b[1]) || [...units, ...TWO_WORD_NOUNS].some((u) => fold(u) === fold(b[1] as string)))) return b[1].toLocaleLowerCase('vi');
  if (/^t\S{1,2}\s+l\S{1,2}(?:\s|$)/.test(fold(label))) return '%';
  // (A label opening with the noun it counts: "Lượt người được …", "Buổi chiếu phim …".)
  // (Not where a unit column is read: its cell, not the label, says the unit.)
  const opening = byOpening ? countUnit(label, units) : null;
  return cellUnit(label, units) ?? (opening && (KNOWN_UNITS.has(opening) || units.includes(opening)) ? opening : null);
}

/**
 * The unit a table cell writes after its value ("12 tổ", "105 tin, bài", "2 màn hình"): the rest
 * of the cell when rules bound it and it is a few words, else the count's unit from the words
 * after it. Null when the cell holds the value alone.
 */
function valueUnit(row: string, n: { end: number }, units: string[]): string | null {
  const rest = row.slice(n.end);
  const bar = rest.indexOf('|');
  const cell = (bar < 0 ? rest : rest.slice(0, bar)).trim();
  if (!/^\p{L}/u.test(cell)) return null;
  if (bar >= 0 && cell.length <= 20 && !/\d/.test(cell)) {
    const catalog = units.find((u) => fold(u) === fold(cell));
    if (catalog || cell.split(/\s+/).length <= 2) return (catalog ?? cell).toLocaleLowerCase('vi');
  }
  return countUnit(rest.slice(0, 30), units);
}

/**
 * One unit per row: the cells of a row count the same thing, so a unit the scan damaged in
 * one cell ("22 tạ" beside "44 tổ", "49 tổ") takes the one most cells write.
 */
function rowUnits(found: (string | null)[]): (string | null)[] {
  const counts = new Map<string, number>();
  for (const u of found) if (u && u !== '%') counts.set(u, (counts.get(u) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!best || best[1] < 2) return found;
  return found.map((u) => (u && u !== '%' ? best[0] : u));
}

/**
 * A unit cell run into the first value of the row by the scan ("cụm7 11 15", "mànhình2 4 6"):
 * a word glued to a figure that other figures follow gets its space back. (Only the last values
 * of a row are read, so a glued document number earlier in the label stays out of them.)
 */
function unglue(row: string): string {
  // (Or to the dash of an empty result cell: "lượt- 45 54".)
  return row.replace(/(?<=\p{Ll})(?=\d{1,3}(?:[.,]\d+)?[ \t|]+\d)/gu, ' ').replace(/(?<=\p{Ll})-(?=[ \t]+\d)/gu, ' -');
}

/**
 * The unit word that ends a row label where a unit column's cell ran into the label (OCR leaves
 * one space for the gap): a catalog unit, a two-word counted noun or "người" as the label's last
 * words. Null when the label ends otherwise or would be left without words.
 */
function trailingUnit(label: string, units: string[]): { unit: string; start: number } | null {
  // ("… Nghị quyết 57 %": the unit column's "%".)
  const percent = /\s%$/.exec(label);
  if (percent && /\p{L}{2}/u.test(label.slice(0, percent.index))) return { unit: '%', start: percent.index + 1 };
  const folded = foldKeepLength(label.toLowerCase());
  let best: { unit: string; start: number } | null = null;
  for (const u of [...units, ...TWO_WORD_NOUNS, 'người']) {
    if (/[/%²]/.test(u)) continue;
    // (A scrap the scan read for the gap may stand before it: "… = lượt".)
    const m = new RegExp(`[\\s=_~](${fold(u).replace(/[\s,]+/g, '[\\s,]*')})$`).exec(folded);
    if (m && (!best || m.index + 1 < best.start)) best = { unit: u.toLocaleLowerCase('vi'), start: m.index + 1 };
  }
  return best && /\p{L}{2}/u.test(label.slice(0, best.start)) ? best : null;
}

/**
 * The unit cell that ends a row label where OCR closed the gap, when it repeats the counted noun
 * the label opens with ("Buổi chiếu phim tài liệu buổi", the cell maybe damaged: "… bnoi"): the
 * last word is the first word, or one letter off it for a word of four letters or more. Null
 * otherwise (a label ending in another word, or a label of fewer than three words).
 */
function repeatedNoun(label: string): { unit: string; start: number } | null {
  const words = [...label.matchAll(/\p{L}+/gu)];
  if (words.length < 3) return null;
  const head = fold(words[0]![0]);
  const tail = words[words.length - 1]!;
  const last = fold(tail[0]);
  if (head.length < 3 || last.length > 8 || !(last === head || (head.length >= 4 && editDistance(last, head, 1) <= 1))) return null;
  if (label.slice((tail.index ?? 0) + tail[0].length).trim()) return null;
  return { unit: words[0]![0].toLocaleLowerCase('vi'), start: tail.index ?? 0 };
}


/**
 * A unit cell the scan damaged ("iớp", "lờp" for "lớp", "lưọt" for "lượt"): a cell that is no counted
 * noun as written, one or two letters off the noun the row's label counts ("Số lớp …", a label that
 * opens with the noun, "Lớp …"), gives way to that noun. A known unit stays, whatever the label
 * says ("Số người tham gia | lượt").
 */
function damagedUnitCell(cell: string, label: string, units: string[]): string {
  if (cell === '%' || KNOWN_UNITS.has(cell) || units.some((u) => u.toLocaleLowerCase('vi') === cell)) return cell;
  const opening = /^\p{L}+/u.exec(label)?.[0].toLocaleLowerCase('vi');
  const noun = labelUnit(label, units) ?? (opening && KNOWN_UNITS.has(opening) ? opening : null);
  if (!noun || noun === '%' || (!KNOWN_UNITS.has(noun) && !units.some((u) => u.toLocaleLowerCase('vi') === noun))) return cell;
  const a = fold(cell);
  const b = fold(noun);
  return a.length >= 2 && editDistance(a, b, 2) <= Math.min(2, b.length - 1) ? noun : cell;
}

// A decimal with a comma run into the value after it: one decimal digit, then a figure that
// opens with no zero ("87,5100" is 87,5 and 100; "57,565" is 57,5 and 65).
// (The figure after has two digits or more: "12,75" stays a decimal.)
const MERGED_DECIMAL = /(?<![\d.,])(\d{1,3},\d)(?=[1-9]\d{1,2}(?!\d))/;

/**
 * A row `short` values short, where the scan closed the gap after cells holding a decimal: a
 * figure of one decimal digit run into a figure after it gets its space back, up to `short`
 * times ("67,577,592,5" is 67,5 | 77,5 | 92,5). A row whose figures all stand apart is left as it is.
 */
function splitMergedDecimal(row: string, short = 1): string {
  let out = row;
  for (let k = 0; k < short; k++) {
    const next = out.replace(MERGED_DECIMAL, '$1 ');
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * Whether the row's value at `k` is a figure the scan lost digits of ("- 70 0 100" for 70 | 90 |
 * 100, "6 10 14 0" for … 20): a 0 where a larger value follows, or after values that rise. A row
 * going down to 0 ("5 3 0") or of zeros keeps it.
 */
function lostDigits(values: number[], k: number): boolean {
  if (values[k] !== 0) return false;
  return values.slice(k + 1).some((v) => v > 0) || (k >= 2 && (values[k - 2] as number) < (values[k - 1] as number));
}

const YEARS_ONLY = /^\s*(?:(?:n[a4i]m\s+)?20\d\d\s*)+$/;
const NUMBER_SCRAP = /^\s*(?:\d{1,2}|s?tt)\s*$/;

/**
 * Year cells of a column table's header that the scan read apart from the header line `i` (its
 * rows start at `j`): lines of years only ("2027", "Năm 2027 2030") among blank lines and the
 * number column's scraps ("1", "2"), above the header when a lone "TT" opens the block, and below
 * it up to the first line with words. Null when no such line stands there.
 */
function scatteredYears(lines: Line[], i: number, j: number): { years: number[]; lines: number[] } | null {
  const years: number[] = [];
  const at: number[] = [];
  const take = (k: number) => {
    for (const m of (lines[k] as Line).folded.matchAll(/20\d\d/g)) years.push(Number(m[0]));
    at.push(k);
  };
  // Above: "TT" ⏎ "2027" ⏎ "<header>".
  const above: number[] = [];
  let openedByNumber = false;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const f = (lines[k] as Line).folded;
    if (!f.trim()) continue;
    if (YEARS_ONLY.test(f)) above.push(k);
    else if (/^\s*s?tt\s*$/.test(f)) {
      openedByNumber = true;
      break;
    } else break;
  }
  if (openedByNumber) above.forEach(take);
  // Below: "<header>" ⏎ "1" ⏎ "2" ⏎ "Năm 2027" ⏎ rows.
  for (let k = j; k < lines.length && k <= j + 10; k++) {
    const f = (lines[k] as Line).folded;
    if (!f.trim() || NUMBER_SCRAP.test(f)) continue;
    if (YEARS_ONLY.test(f)) take(k);
    else break;
  }
  return at.length > 0 ? { years, lines: at } : null;
}

/**
 * Targets laid out as a column table under the goals heading: a header naming two or more
 * years, then one row per indicator ending in one value per year ("80% 88% 96%", "02 04 07",
 * "12 tổ | 15 tổ"). A cell's own unit wins over the row label's. A row whose last cell the
 * page wrapped to the next line ("… | 115 tin, bài |" / "145 tin, bài") is read as one row;
 * a row with fewer values than years is skipped rather than guessed.
 */
function columnTargets(lines: Line[], i: number, units: string[], fromYear: number | null = null, planColumnOnly = false, year: number | null = null): { targets: Target[]; next: number } | null {
  const first = lines[i] as Line;
  const header = { text: first.text, folded: first.folded };
  // Under a label of one year ("2. Chỉ tiêu năm 2026"), a ruled table whose last column is the
  // value column ("| TT | Nội dung | Đơn vị tính | Chỉ tiêu |") holds that year's targets.
  if (year !== null && first.text.includes('|') && !/20\d\d/.test(first.folded)) {
    // (Or any name when the table has two columns, a label and one value: "| Nội dung | Mức phấn đấu |".)
    const valueColumn = /\|\s*(?:ch[i1]\s*t[i1]eu|k\S{1,2}\s*ho\S{1,2}ch|m[uw]c\s*t[i1]eu)(?:\s*(?:ph\S{1,3}n\s*[dpb]\S{1,3}u|giao))?\s*\|?\s*$/.exec(first.folded) ?? (ruledCells(first.folded).cells.length === 2 && /ch[i1]\s*t[i1]eu|n[o0][i1]\s*dung/.test(ruledCells(first.folded).cells[0] ?? '') ? /\|[^|]*\|?\s*$/.exec(first.folded.trimEnd().replace(/\|$/, '')) : null);
    if (!valueColumn || !/\|/.test(first.folded.slice(0, valueColumn.index))) return null;
    header.text = `${first.text.slice(0, valueColumn.index)}| Năm ${year} |`;
    header.folded = `${first.folded.slice(0, valueColumn.index)}| nam ${year} |`;
  }
  let j = i + 1;
  // The page wrapped the header: the rest of it holds years only ("… | Giai đoạn 2026" ⏎ "- 2030",
  // "… Năm 2026 Năm 2027" ⏎ "Năm 2030").
  const nx0 = lines[i + 1];
  if (nx0 && (first.text.includes('|') || YEAR_COLUMN_AT_END.test(first.folded)) && /^[\s|\-–]*(?:(?:n[a4i]m\s+)?20\d\d[\s|\-–]*)+$/.test(nx0.folded)) {
    header.text += ` ${nx0.text}`;
    header.folded += ` ${nx0.folded}`;
    j++;
  }
  // A period column ("Giai đoạn 2026 - 2030") holds the targets of its last year.
  const yearHeader = header.folded.replace(/(20\d\d)\s*[-–]\s*(20\d\d)/g, '$2');
  const yearMatches = [...yearHeader.matchAll(YEAR_COLUMN)];
  let years = yearMatches.map((m) => Number(m[1]));
  // Which year columns hold results rather than targets ("Thực hiện năm 2025" before "Năm 2026").
  let result = yearMatches.map((m, k) => resultColumn(yearHeader, m, k === 0 ? 0 : (yearMatches[k - 1]!.index ?? 0) + yearMatches[k - 1]![0].length, fromYear));
  // Year cells the scan set apart from a header that wrapped on the page: lines of years only
  // just above it (under a lone "TT") or below it, among the number column's scraps, before
  // the first row. Year columns run in time order, so the years are put back in order.
  const scattered = !first.text.includes('|') && years.length > 0 ? scatteredYears(lines, i, j) : null;
  if (scattered && scattered.years.length > 0) {
    const all = [...years.map((y, k) => ({ y, r: result[k] as boolean })), ...scattered.years.map((y) => ({ y, r: fromYear !== null && y < fromYear }))].sort((a, b) => a.y - b.y);
    years = all.map((c) => c.y);
    result = all.map((c) => c.r);
  }
  const skip = new Set(scattered?.lines ?? []);
  // (Only result columns that come first are set aside by position; others by their index.)
  const leading = result.findIndex((r) => !r);
  if (leading < 0) return null;
  // (Or, in a plan, a table of targets by its header: a "Chỉ tiêu" column or a unit column, and
  // every year column after the plan's year, "Chỉ tiêu ⇥ ĐVT ⇥ 2026 ⇥ 2027 ⇥ Ghi chú".)
  const ahead = fromYear !== null && years.every((y) => y > fromYear) && /(?:^|[|\s])(?:ch[i1]\s*t[i1]eu|dvt|[dpb][o0]n\s*v[i1]\s*t[i1]nh)(?:$|[|\s])/.test(header.folded);
  if (planColumnOnly && !ahead && !yearMatches.some((m, k) => !result[k] && PLAN_COLUMN.test(yearHeader.slice(0, m.index)))) return null;
  // One year column is enough when the header is plainly a table's ("Chỉ tiêu | ĐVT | Năm 2026").
  // (The scan may run its words together: "Donvitinh", "Đơn vitính".)
  const unitColumn = /(?:^|[|\s])(?:[dpb]vt|[dpb][o0]n\s*v[i1]\s*t[i1]nh)(?:$|[|\s])/.test(header.folded);
  const minYears = unitColumn && header.text.includes('|') ? 1 : 2;
  // (Bare years need rules or each other: "Chỉ tiêu  2026  2027" is a header, "giai đoạn 2026" is not.)
  if (years.length < minYears || (!scattered && !/n[a4i]m\s*20\d\d|\||(?<![\d/])20\d\d\s+20\d\d(?![\d/])/.test(header.folded)) || findNumbers(header.text.replace(/(?:n[aăâ4i]m\s+)?20\d\d/giu, '')).length > 0) return null;
  // The header is a row of column names, not a sentence about several years.
  // (A ruled header holds more column names: "… | Năm 2025 (ước thực hiện) | … | Ghi chú |".)
  // (A dot the scan put after a column name, "Chỉ tiêu. Đơn vị tính 2026 2027", ends no sentence.)
  if (/[.;]\s*\S/.test(header.text.replace(/(?<=\p{L})\.(?=\s+\p{Lu}[^.;]*$)/u, '')) || header.text.replace(/(?:\p{L}+\s+)?20\d\d|[|\s]/gu, '').length > ((header.text.match(/\|/g)?.length ?? 0) >= 3 ? 70 : 40)) return null;
  // Result columns before the targets: the targets are a row's last values, and the results'
  // cells (a figure or a dash, "-") go with the label; elsewhere a row gives every column.
  const read = leading > 0 ? years.length - leading : years.length;
  // Cells separated by tabs are cells as rules make them.
  const tabbed = !header.text.includes('|') && header.text.includes('\t');
  const out: Target[] = [];
  // The index of the last numbered row: the next index goes on with the table even when the scan
  // damaged one of its values ("4 79) 13"), unless the line closes like a sentence.
  let rowIndex: number | null = null;
  for (; j < lines.length; j++) {
    const l = lines[j] as Line;
    if (!l.text.trim() || skip.has(j)) continue;
    // (The previous row's index may be written without its dot: "2 Tỷ lệ …" before "3. Tỷ lệ …".)
    const index = /^\s*(\d{1,2})\.?\s/.exec(l.text);
    const inSequence = index !== null && rowIndex !== null && Number(index[1]) === rowIndex + 1 && !/[.;:]\s*$/.test(l.text);
    rowIndex = index ? Number(index[1]) : null;
    // (A numbered row, "1. Tỷ lệ …  %  100  100", is a row, not a heading.)
    // (Also when OCR turned the tabs into spaces: the line ends with one value per year.)
    const endsWithValues = () => {
      const ns = findNumbers(l.text);
      const tail = ns.slice(-read);
      // (Its last values may have wrapped to the next line: "… % 55 80" ⏎ "100".)
      const wrapped = ns.length >= 1 && /^\s*[\d.,%\s]+$/.test(lines[j + 1]?.text ?? 'x');
      return (ns.length >= read || wrapped) && tail.length > 0 && l.text.length - tail[0]!.start <= 12 * read && /\d\s*%?\s*$/.test(l.text) && !YEAR_LINE.test(l.folded.trim()) && !HEADING_YEAR.test(l.folded.trim());
    };
    if (headingDepth(l) > 0 && !inSequence && !((tabbed && l.text.includes('\t') && findNumbers(l.text).length >= years.length) || endsWithValues())) break;
    // A line of prose after a ruled table ends it ("2. Ngoài các chỉ tiêu trên, trong năm …").
    if (header.text.includes('|') && !l.text.includes('|') && (l.text.match(/\p{L}+/gu)?.length ?? 0) >= 12) break;
    let row = tabbed ? l.text.replace(/\t+/g, ' | ').replace(/^\s*\d{1,2}\.\s+/, '') : unglue(l.text).replace(/^\s*\d{1,2}\.?\s+(?=\p{Lu})/u, '');
    // A ruled row left open whose cell the page wrapped ("| 3 | Số … | tin," ⏎ "bài | 42 | 57 |"):
    // the next line, opening with no rule and no number, goes on with it (in a table whose rows
    // close with a rule: rows without outer borders are all open).
    const cont = lines[j + 1];
    if (/\|\s*$/.test((lines[i] as Line).text) && !tabbed && l.text.includes('|') && !/\|\s*$/.test(l.text) && cont && cont.text.includes('|') && /^\s*\p{L}/u.test(cont.text)) {
      row = `${row} ${cont.text}`;
      j++;
    }
    let nums = findNumbers(row);
    // A label the page wrapped: its values follow on the next line, which goes on in lower case.
    const after = lines[j + 1];
    if (nums.length === 0 && after && /^\s*\p{Ll}/u.test(after.text) && findNumbers(after.text).length >= years.length) {
      row = `${row} ${after.text}`;
      nums = findNumbers(row);
      j++;
    }
    if (nums.length === 0) {
      // A ruled row whose values are written in words ("| Số lớp | lớp | hai | ba | bốn |").
      const cells = ruledCells(row).cells;
      const spelled = cells.slice(-years.length).map((c) => wordsValue(c.trim()));
      if (header.text.includes('|') && cells.length > years.length && spelled.every((v) => v !== null)) {
        const label = cells.slice(0, cells.length - years.length).filter((c) => !/^\s*\d{1,3}\s*$/.test(c));
        const unit = (unitColumn && label.length > 1 ? (label.pop() as string).trim().toLocaleLowerCase('vi') : null) || labelUnit(label.join(' ').trim(), units);
        if (unit) spelled.forEach((v, k) => out.push({ year: years[k] as number, value: v as number, unit, text: label.join(' ').trim() }));
        continue;
      }
      // Another ruled row without values is skipped; a line of prose ends the table.
      if (header.text.includes('|') && l.text.includes('|')) continue;
      // (So is a scrap of the number column the scan read as one word, "AUBWNP" for 1 … 6, or a
      // label's last word wrapped alone: one token is no prose.)
      if (/^\s*\S{1,12}\s*$/.test(l.text)) continue;
      break;
    }
    // The row's last cells wrapped to a line of values only. (The scan may put a blank line before
    // it: then the line holds figures and rules only.)
    let nxAt = j + 1;
    // (Not a lone small figure there: a scrap of the number column, "3".)
    if (!lines[nxAt]?.text.trim() && /^[\s\d.,%|}{[\]]+$/.test(lines[nxAt + 1]?.text ?? '') && !NUMBER_SCRAP.test(lines[nxAt + 1]?.folded ?? '')) nxAt++;
    const nx = lines[nxAt];
    // (Every figure counts there: one opening the line is no row number.)
    const nxNums = nx ? findNumbers(`| ${nx.text}`).map((n) => ({ ...n, start: n.start - 2 })) : [];
    // (With results first, a result cell may be a dash: the wrapped values complete the targets.)
    // (The row's own figures are those after its last word: "Nghị quyết 57" is the label's.)
    // (A unit cell of its own, "| % |", is a word here.)
    const lastWord = [...row.matchAll(/\p{L}|(?<=^|[\s|])%(?=[\s|]|$)/gu)].pop()?.index ?? -1;
    const own = nums.filter((n) => n.start > lastWord);
    // (Cells that write their unit after the value, "90 tin, bài |", are all counted.)
    if (nx && nxNums.length > 0 && (nums.length + nxNums.length === years.length || own.length + nxNums.length === years.length || (leading > 0 && own.length < read && own.length + nxNums.length === read && /[-–—]\s*$/.test(row.slice(0, own[0]?.start ?? 0)))) && !/\p{L}{2}/u.test(nx.text.slice(0, nxNums[0]!.start))) {
      row = `${row} | ${nx.text}`;
      nums = findNumbers(row);
      j = nxAt;
    }
    // One value short: the scan may have run a decimal into the next cell ("87,5100" for 87,5 | 100).
    // (With results first, a row holding just the targets' count of figures and no dash for an
    // empty result cell before them is short too: "% 79,285 90 95" under a result and three years.)
    const resultLost = leading > 0 && nums.length === read && !/[-–—]\s*$/.test(row.slice(0, nums[0]!.start));
    if ((nums.length < read && nums.length > 0) || resultLost) {
      const apart = splitMergedDecimal(row, resultLost ? 1 : read - nums.length);
      if (apart !== row) {
        row = apart;
        nums = findNumbers(row);
      }
    }
    if (nums.length < read) continue;
    const cells = nums.slice(nums.length - read);
    const first = cells[0] as (typeof cells)[number];
    let label = row.slice(0, first.start).replace(/[|¦§©=≥≤<>~\s]+$/u, '');
    for (let k = 0; k < leading; k++) label = label.replace(/(?:^|[|\s])(?:[-–—x]|\d[\d.,]*\s*%?)[|\s]*$/u, '');
    label = label.replace(/[|¦§©=≥≤<>~\s]+$/u, '').replace(/^\s*\d{1,3}\s*[|¦]\s*/, '').replace(/\s+/g, ' ').trim();
    const columns = leading > 0 ? years.slice(leading) : years;
    const keep = leading > 0 ? columns.map(() => true) : result.map((r) => !r);
    // A unit column ("ĐVT", "Đơn vị tính") holds the unit of the row.
    let unitCell: string | null = null;
    if (unitColumn && label.includes('|') && (header.text.includes('|') || tabbed)) {
      unitCell = label.slice(label.lastIndexOf('|') + 1).trim().toLocaleLowerCase('vi') || null;
      label = label.slice(0, label.lastIndexOf('|')).trim();
    } else if (unitColumn && !header.text.includes('|') && !tabbed) {
      // Where OCR left one space for each gap, the unit cell is the unit word ending the label.
      const end = trailingUnit(label, units) ?? repeatedNoun(label);
      if (end) {
        unitCell = end.unit;
        label = label.slice(0, end.start).trim();
      }
    }
    if (!/\p{L}{2}/u.test(label)) continue;
    // (A unit per year, "lượt/năm", counts the year's column: the unit is its noun. A scrap the
    // scan put before the cell, "\\lớp", is no part of it.)
    if (unitCell) unitCell = unitCell.replace(/(?<=\p{L})\s*\/?\s*n[aăâ]m$/u, '').replace(/^[^\p{L}%]+/u, '') || null;
    if (unitCell) unitCell = damagedUnitCell(unitCell, label.replace(/^[|\s]*(?:\d{1,3}\s*\|\s*)?/, ''), units);
    // The unit column names the row's unit once; a cell's own unit word may be damaged by the scan.
    const found = rowUnits(cells.map((n) => (n.percent ? '%' : unitCell ?? valueUnit(row, n, units))));
    const rowUnit = labelUnit(label, units, !unitColumn);
    cells.forEach((n, k) => {
      if (lostDigits(cells.map((c) => c.value), k)) return;
      const unit = found[k] ?? rowUnit;
      if (unit && keep[k]) out.push({ year: columns[k] as number, value: n.value, unit: knownUnit(unit, units), text: label });
    });
  }
  return { targets: out, next: j - 1 };
}

// A year column that ends the header line, so a line of years after it goes on with the header
// ("… Năm 2027" ⏎ "Năm 2030", "… Năm 2027 Năm" ⏎ "2030").
const YEAR_COLUMN_AT_END = /(?<![a-z0-9])n[a4i]m\s+20\d\d(?:\s+n[a4i]m)?\s*$/;
// The words right before a column's year that make it a column of results: "Thực hiện năm 2025",
// "Kết quả 2025", "Ước thực hiện năm 2025", "Ước đạt 2025", "TH 2025"; or after it, "2025 (ước TH)".
const RESULT_BEFORE = /(?:th\S{0,2}c\s*h[i1]\S{0,2}n|k\S{1,2}t\s*qu\S|(?<![a-z])uoc(?:\s*[dpb]at)?|(?<![a-z])th|(?<![a-z])kq|hi\S{1,2}n\s*tr\S{1,2}ng|[dpb]at\s*[dpb]u\S{0,2}c)\s*(?:n\S{1,3}m\s*)?$/;
const RESULT_AFTER = /^\s*\(\s*(?:uoc|th(?![a-z])|th\S{0,2}c\s*h[i1]\S{0,2}n|k\S{1,2}t\s*qu\S)/;
// A column of targets: "Kế hoạch năm 2026", "KH 2026", "Chỉ tiêu 2026", "Mục tiêu đến năm 2030",
// "Phấn đấu năm 2026", "Dự kiến 2026", "Lộ trình năm 2027"; "Chỉ tiêu thực hiện năm 2026" too.
const PLAN_COLUMN = /(?:k\S{1,2}\s*ho\S{1,2}ch|(?<![a-z])kh|ch[i1]\s*t[i1]eu|m[uw]c\s*t[i1]eu|ph\S{1,3}n\s*[dpb]\S{1,3}u|du\s*ki\S{1,2}n|l[o0]\s*tr[i1]nh)(?:\s*th\S{0,2}c\s*h[i1]\S{0,2}n)?\s*(?:(?:[dpb]en\s*)?n[a4i]m\s*)?$/;

/**
 * Whether the year column matched at `m` of a folded target-table header holds results: its own
 * words (from `from`, the end of the column before) name a result, or its year is before the
 * plan's. A column the plan names ("Kế hoạch", "Chỉ tiêu thực hiện") never does by its words.
 */
function resultColumn(header: string, m: RegExpMatchArray, from: number, fromYear: number | null): boolean {
  if (fromYear !== null && Number(m[1]) < fromYear) return true;
  const before = header.slice(Math.max(from, (m.index ?? 0) - 30), m.index);
  if (PLAN_COLUMN.test(before)) return false;
  return RESULT_BEFORE.test(before) || RESULT_AFTER.test(header.slice((m.index ?? 0) + m[0].length));
}

// A table header with one row per year: "Năm | Tỷ lệ hộ … (%) | Số tổ … | …" (or columns apart by
// wide spaces or tabs), maybe after a number column ("TT | Năm | …"). Rows open with their year ("2026 |",
// "1 | Năm 2026 |").
// (Where the scan lost the gap, the first column's name opens as names of indicators do: "Năm Tỷ lệ …".)
// (Or any name closing with its bracketed unit: "Năm Số hộ được hỗ trợ (hộ) …".)
const YEAR_ROW_HEADER = /^\|?\s*(?:s?tt\s*(?:\||\s)\s*)?n[a4i]m(?:\s*(?:\||\s{2,}|\t)\s*\S|\s(?:t\S{1,2}\s+l\S{1,2}|s\S|t[o0]ng\s+s\S)\s|\s[a-z][^.;:()\d]*\(\s*[^()\d]{1,12}?\s*\))/;
const YEAR_ROW = /^\s*\|?\s*(?:\d{1,2}\s*[|\s]\s*)?(?:n[a4i]m\s+)?(20\d\d)(?!\d)/;
// A column name of a year-row header that lost its gaps closes with its bracketed unit ("Tỷ lệ … (%)",
// "Số hộ được hỗ trợ (hộ)"); one wrapped below the rows stands alone on its line.
const BRACKETED_NAME = /[^()]*?\(\s*[^()\d]{1,12}?\s*\)/gu;
const WRAPPED_NAME = /^\s*\p{Lu}[^()\d]*\(\s*[^()\d]{1,12}?\s*\)\s*$/u;

/**
 * Targets laid out with one row per year and one column per indicator. The header may wrap over
 * a few lines before the first year row; each column's unit is its label's (a bracketed unit,
 * `%` for "Tỷ lệ …", the noun after "Số"), or the unit its cell writes. A row whose values do
 * not match the columns one to one is skipped rather than guessed.
 */
function yearRowTargets(lines: Line[], i: number, units: string[], after: number | null = null): { targets: Target[]; next: number } | null {
  const first = lines[i] as Line;
  if (!YEAR_ROW_HEADER.test(first.folded.trim())) return null;
  let headerText = first.text.trim();
  let j = i + 1;
  for (; j < lines.length && j <= i + 5; j++) {
    const l = lines[j] as Line;
    if (YEAR_ROW.test(l.folded)) break;
    // A line without words is a row whose cells the scan ran together ("202612410"), not header.
    if (/\p{L}{2}/u.test(l.text)) headerText += ` ${l.text.trim()}`;
  }
  if (j >= lines.length || !YEAR_ROW.test((lines[j] as Line).folded)) return null;
  const split = headerText.includes('|') ? headerText.split('|') : headerText.split(/\s{2,}|\t/);
  const named = split.map((c) => c.replace(/\s+/g, ' ').trim()).filter(Boolean);
  let cols = named.slice(/^s?tt$/i.test(fold(named[0] ?? '')) ? 2 : 1);
  // The scan lost the gaps between the column names ("Năm Tỷ lệ … (%) Tỷ lệ … (%)"): the names
  // open with "Tỷ lệ", "Số", "Tổng số", as many as the first row has values.
  const firstYear = YEAR_ROW.exec((lines[j] as Line).folded);
  const firstValues = findNumbers((lines[j] as Line).text).filter((n) => n.start >= (firstYear?.[0].length ?? 0)).length;
  // (Or at the bracketed unit each name closes with: "… (%) Lượt người được hướng dẫn (lượt)".)
  // A name the page wrapped below the rows ("… (%)" ⏎ the rows ⏎ "Số người … (người)") is the
  // header's last when the header lacks one name.
  let belowAt = -1;
  if (cols.length < firstValues && !headerText.includes('|')) {
    const rest = headerText.replace(/^\S+\s+/, '');
    let names = rest.split(/\s+(?=(?:T[ỷyiỉ]\s*l[ệeéẹ]|S[ốoó6ố]|Tổng\s+số)\s)/u).map((c) => c.trim()).filter(Boolean);
    const bracketed = [...rest.matchAll(BRACKETED_NAME)].map((m) => m[0].trim());
    if (names.length !== firstValues && bracketed.length > 0 && !rest.slice(rest.lastIndexOf(')') + 1).trim()) names = bracketed;
    if (names.length === firstValues - 1) {
      let k = j;
      while (k < lines.length && (!(lines[k] as Line).text.trim() || (YEAR_ROW.test((lines[k] as Line).folded) && !/\p{L}/u.test((lines[k] as Line).text)))) k++;
      const below = lines[k];
      if (below && k > j && headingDepth(below) === 0 && WRAPPED_NAME.test(below.text)) {
        names.push(below.text.trim());
        belowAt = k;
      }
    }
    if (names.length === firstValues) cols = names;
  }
  if (cols.length === 0 || !cols.every((c) => /\p{L}{2}/u.test(c))) return null;
  const colUnits = cols.map((c) => labelUnit(c, units));
  const out: Target[] = [];
  for (; j < lines.length; j++) {
    const l = lines[j] as Line;
    if (!l.text.trim()) continue;
    const y = YEAR_ROW.exec(l.folded);
    // A row whose cells ran together ("202859") is skipped; words end the table.
    if (!y || !y[1]) {
      if (/\d/.test(l.text) && !/\p{L}/u.test(l.text)) continue;
      break;
    }
    // (Numbers read on the whole line: a value opening a fragment would pass for a row number.)
    // (Outside the goals, a table of years to come only: a year of the plan or before is a result.)
    if (after !== null && Number(y[1]) <= after) return null;
    let nums = findNumbers(l.text).filter((n) => n.start >= y[0].length);
    if (nums.length < cols.length) nums = findNumbers(splitMergedDecimal(l.text, cols.length - nums.length)).filter((n) => n.start >= y[0].length);
    if (nums.length !== cols.length) continue;
    nums.forEach((n, k) => {
      const unit = n.percent ? '%' : (valueUnit(l.text, n, units) ?? colUnits[k]);
      if (unit) out.push({ year: Number(y[1]), value: n.value, unit: knownUnit(unit, units), text: cols[k] as string });
    });
  }
  return { targets: out, next: Math.max(j - 1, belowAt) };
}

// A label ending in a year before a colon: "Mục tiêu cụ thể năm 2026:", "Định hướng đến năm 2030: …".
const LABEL_YEAR = /^(?:[\s\d.]*|\s*[-–•+*]\s*|\s*[a-zđ]\)\s*)[a-z][^:;]{0,60}?(?<![a-z])n[a4i]m\s+(20\d\d)\s*:\s*/;
const GOALS = /(?:muc|ch[i1])\s*t[i1]eu|dinh\s+huong/;
// A sub-heading of the goals that ends in its year: "4. Định hướng đến năm 2035", "b) Giai đoạn đến năm 2028".
// (A bracket may follow the year: "4. Mục tiêu năm 2028 (cả xã)".)
const HEADING_YEAR = /^(?:[\d.]+|[a-zđ]\))\s*[a-z][^:;.]{0,50}?(?<![a-z])n[a4i]m\s+(20\d\d)(?:\s*\([^()]{1,40}\))?\s*:?$/;

/**
 * A blank line the scan put inside a sentence: the line before it is prose that stops without a
 * closing mark ("… toàn phường có"), and the line after it goes on in lower case or with a share
 * ("lắp thêm …", "65% khu phố …"). Such a blank line ends no item or paragraph.
 */
function midSentenceBlank(lines: Line[], j: number): boolean {
  const blank = lines[j];
  const prev = lines[j - 1];
  const next = lines[j + 1];
  if (!blank || blank.text.trim() || !prev || !next || sectionDepth(prev) > 0 || headingDepth(next) > 0) return false;
  const before = prev.text.trim();
  return before.length >= 40 && /[\p{L}\d,]$/u.test(before) && !/\|/.test(before) && /^\s*(?:\p{Ll}|\d[\d.,]*\s*%)/u.test(next.text);
}

/** `fromYear`: the year the plan is dated; a figure of a year before it is a result, not a target. */
export function extractTargets(st: TextStructure, units: string[] = [], fromYear: number | null = null): Target[] {
  const lines = splitLines(st.text, st.folded);
  const out: Target[] = [];
  let inGoals = false;
  let goalDepth = 0;
  let year: number | null = null;
  // The year of a year line or sub-heading ("a) Năm 2026", "3. Định hướng đến năm 2030") whose
  // body is written as sentences: it dates the paragraphs up to the next heading.
  let paraYear: number | null = null;
  // The line of the last goals heading or label: the line after it opens a paragraph.
  let goalsLine = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const depth = sectionDepth(line);
    const f = line.folded.trim();
    const labelYear = LABEL_YEAR.exec(f);
    if (depth > 0) paraYear = null;
    // (A numbered sentence that mentions the goals, "2. Ngoài các chỉ tiêu trên, … đạt 100% …", is an item.)
    // A lettered goals heading ("b) Mục tiêu cụ thể") or a label line ("Chỉ tiêu năm 2026:",
    // "Các chỉ tiêu chủ yếu đến năm 2030:") opens the goals too, as a lower level.
    const labelDepth = depth === 0 && f.length <= 70 && /^(?:[a-zđ]\)\s*)?(?:cac\s+)?(?:muc|ch[i1])\s*t[i1]eu/.test(f) && (/^[a-zđ]\)/.test(f) || /:\s*$/.test(f)) ? (/^[a-zđ]\)/.test(f) ? 4 : 5) : 0;
    const goalsHeading = (depth > 0 || labelDepth > 0) && /(?:muc|ch[i1])\s*t[i1]eu/.test(f) && !(inGoals && /\d\s*%/.test(f));
    if (goalsHeading && !(inGoals && labelYear && f.length > labelYear[0].length)) {
      // A sub-heading of the goals ("2. Mục tiêu cụ thể năm 2026:") does not narrow the section.
      const d = depth || labelDepth;
      goalsLine = i;
      goalDepth = inGoals ? Math.min(goalDepth, d) : d;
      inGoals = true;
      // (A label's year dates the lines under it, a table of label and value too.)
      if (labelYear && labelYear[1] && f.length === labelYear[0].length) year = paraYear = Number(labelYear[1]);
      // A goals sub-heading ending in its year without a colon: "2. Mục tiêu cụ thể năm 2026".
      else if (depth > 0) {
        const hy = HEADING_YEAR.exec(f) ?? (depth === 1 ? /(?<![a-z])n[a4i]m\s+(20\d\d)\s*:?$/.exec(f) : null);
        if (hy && hy[1]) year = paraYear = Number(hy[1]);
      }
      continue;
    }
    // (Outside the goals, a table of one row per year to come, "Năm | Số lớp | …" under "Lộ trình …", holds targets.)
    const table = inGoals ? (yearRowTargets(lines, i, units) ?? columnTargets(lines, i, units, fromYear, false, year)) : ((fromYear !== null ? yearRowTargets(lines, i, units, fromYear) : null) ?? columnTargets(lines, i, units, fromYear, true));
    if (table) {
      out.push(...table.targets);
      i = table.next;
      continue;
    }
    if (!inGoals) continue;
    const ym = YEAR_LINE.exec(f) ?? (depth > 1 || GOALS.test(f) ? HEADING_YEAR.exec(f) : null);
    if (ym && (ym[1] || ym[2])) {
      year = paraYear = lineYear(ym);
      continue;
    }
    // "- Năm 2026: 100% …; 90% …" / "2. Đến năm 2027: …" / "3. Định hướng đến năm 2030: …":
    // the year leads the item itself.
    const inline = INLINE_YEAR.exec(f) ?? (labelYear && GOALS.test(f.slice(0, labelYear[0].length)) ? labelYear : null);
    if (inline && inline[1]) {
      if (f.length === inline[0].length) {
        year = Number(inline[1]);
        continue;
      }
      let end = line.end;
      for (let j = i + 1; j < lines.length; j++) {
        const nx = lines[j] as Line;
        if (midSentenceBlank(lines, j)) continue;
        if (!nx.text.trim() || /^\s*(?:[-–•+*]|[a-zđ]\)\s)/.test(nx.text) || headingDepth(nx) > 0 || INLINE_YEAR.test(nx.folded.trim())) break;
        end = nx.end;
      }
      out.push(...inlineTargets(st, line.start + line.folded.indexOf(inline[0].trim()) + inline[0].trim().length, end, Number(inline[1]), units, fromYear));
      continue;
    }
    if (depth > 0 && depth <= goalDepth && !/(?:muc|ch[i1])\s*t[i1]eu/.test(f)) {
      inGoals = false;
      year = null;
      continue;
    }
    if (year === null) {
      // "- 100% thôn có … vào năm 2027", "b) Ngay trong năm 2026, 100% …": a year inside the item
      // (a bullet, a lettered item, or a paragraph: its first line after a blank line or a
      // heading) dates it.
      const prev = lines[i - 1];
      const paragraph = depth === 0 && line.text.trim() !== '' && (!prev || (!prev.text.trim() && !midSentenceBlank(lines, i - 1)) || sectionDepth(prev) > 0 || goalsLine === i - 1);
      // A numbered item below the goals heading ("2. Ngoài các chỉ tiêu trên, trong năm 2027 …").
      const numbered = depth > goalDepth && /^\s*(?:\d{1,2}\.)+\s/.test(line.text);
      if (!/^\s*(?:[-–•+*]|[a-zđ]\))/.test(line.text) && !paragraph && !numbered) continue;
      // The item runs over its continuation lines.
      let end = line.end;
      for (let j = i + 1; j < lines.length; j++) {
        const nx = lines[j] as Line;
        if (midSentenceBlank(lines, j)) continue;
        if (!nx.text.trim() || /^\s*(?:[-–•+*]|[a-zđ]\)\s)/.test(nx.text) || headingDepth(nx) > 0) break;
        end = nx.end;
        // (A continuation line is not a paragraph of its own, even after a numbered item.)
        if (numbered) i = j;
      }
      // (Or a year stated bare in the item, "Tỷ lệ …: năm 2026 đạt 65%, năm 2027 đạt 82%".)
      const dated = /(?:[dpb]en|v[a4]o|trong|tr[uw][o0]c)\s+(?:(?:h[e]t|cu[o0]i)\s+)?(?:qu\S\s+[ivx]{1,4}\s+)?n[a4i]m\s+(20\d\d)/.exec(st.folded.slice(line.start, end)) ?? CLAUSE_YEAR.exec(st.folded.slice(line.start, end)) ?? CLAUSE_PERIOD.exec(st.folded.slice(line.start, end));
      const from = line.start + (numbered ? (/^\s*(?:\d{1,2}\.)+\s*/.exec(line.text)?.[0].length ?? 0) : 0);
      const datedYear = dated ? (dated[1] ?? dated[2]) : undefined;
      if (datedYear) out.push(...inlineTargets(st, from, end, Number(datedYear), units, fromYear));
      continue;
    }
    // Collect the item starting on this line: a bullet, or a paragraph under a year line.
    // (A blank line opens no paragraph.)
    const para = paraYear !== null && depth === 0 && !/^\s*[-–•+*]/.test(line.text) && line.text.trim() !== '';
    if (!para && !/^\s*[-–•+*]/.test(line.text)) continue;
    let end = line.end;
    for (let j = i + 1; j < lines.length; j++) {
      const nx = lines[j] as Line;
      if (midSentenceBlank(lines, j)) continue;
      if (/^\s*[-–•+*]/.test(nx.text) || (para ? sectionDepth(nx) : headingDepth(nx)) > 0 || YEAR_LINE.test(nx.folded.trim()) || INLINE_YEAR.test(nx.folded.trim()) || (para && (!nx.text.trim() || /^\s*[a-zđ]\)\s/.test(nx.text)))) break;
      end = nx.end;
      if (para) i = j;
    }
    const ym2 = /(?:den|vao)\s+n[a4i]m\s+(20\d\d)/.exec(st.folded.slice(line.start, end));
    const from = line.start + (/^\s*[-–•+*]\s*/.exec(line.text)?.[0].length ?? 0);
    out.push(...inlineTargets(st, from, end, ym2 && ym2[1] ? Number(ym2[1]) : year, units, fromYear));
  }
  return out;
}

// Reports look ahead too: a section "Phương hướng (nhiệm vụ) năm 2026" states next year's
// targets, and a sentence "… dự kiến mở thêm 04 lớp …" dated by its own year states one.
const OUTLOOK_HEADING = /(?:phuong\s+huong|nhiem\s+vu|ke\s+hoach)[^.]{0,40}?(?<![a-z])n[a4i]m\s+(20\d\d)/;
const PLANNED = /(?<![a-z])(?:du\s+kien|phan\s+dau|se\s+to\s+chuc|[dpb]\S{1,2}t\s+m\S{1,2}c\s+t[i1]eu)(?![a-z])/g;

export function extractReportTargets(st: TextStructure, units: string[] = []): Target[] {
  const lines = splitLines(st.text, st.folded);
  const out: Target[] = [];
  let outlook: { year: number; depth: number } | null = null;
  const covered: [number, number][] = [];
  for (const line of lines) {
    const depth = sectionDepth(line);
    if (depth > 0) {
      const m = OUTLOOK_HEADING.exec(line.folded);
      if (m && m[1]) {
        outlook = { year: Number(m[1]), depth };
        continue;
      }
      if (outlook && depth <= outlook.depth) outlook = null;
    }
    if (!outlook || !line.text.trim() || /^\s*n[o0][i1]\s*nh\S{1,2}n\b/.test(line.folded)) continue;
    out.push(...inlineTargets(st, line.start, line.end, outlook.year, units));
    covered.push([line.start, line.end]);
  }
  for (const m of st.folded.matchAll(PLANNED)) {
    if (covered.some(([a, b]) => m.index >= a && m.index < b)) continue;
    // The sentence of the planning word, and a year in it ("tháng 12/2025", "năm 2026").
    const sStart = Math.max(st.folded.lastIndexOf('. ', m.index) + 1, st.folded.lastIndexOf('\n\n', m.index) + 1, 0);
    // (It ends at a full stop before a space or a line break, or at a blank line.)
    // (A blank line before a line going on in lower case is the scan's, inside the sentence.)
    const endDot = st.text.slice(m.index).search(/\.(?=\s)|\n[^\S\n]*\n(?![^\S\n]*\p{Ll})/u);
    const sEnd = endDot < 0 ? st.folded.length : m.index + endDot;
    const y = /(?:n[a4i]m\s+|(?:th[a4]ng\s+\d{1,2}|qu\S\s+[ivx]{1,4})\s*\/\s*)(20\d\d)(?!\d)/.exec(st.folded.slice(sStart, sEnd));
    if (!y || !y[1]) continue;
    // The planning word governs the clauses after it ("phấn đấu … đạt 92%; mở thêm 03 lớp …"),
    // up to a clause about what was done ("; đã mở 04 lớp", "hiện có …") or the sentence's end.
    const past = st.folded.slice(m.index, sEnd).search(/(?:[;,]\s*|\s(?:va|dong thoi)\s+)(?:[^;,]*?\s)?(?:da|hien\s+(?:nay|co|dat)|so\s+v\S{1,2}i)(?![a-z])/);
    out.push(...inlineTargets(st, m.index + m[0].length, past < 0 ? sEnd : m.index + past, Number(y[1]), units));
  }
  return out;
}

// Field labels of a task: "Đơn vị chủ trì:", "Cơ quan chủ trì:", "Chủ trì:", "Đơn vị thực hiện:",
// "Cơ quan tham mưu:";
// "Đơn vị phối hợp:", "Phối hợp:"; "Thời gian thực hiện:", "Thời gian hoàn thành:", "Thời gian:",
// "Thời hạn:", "Thời hạn hoàn thành:", "Tiến độ:". Several may share one line ("Chủ trì: … Phối hợp: … Thời gian: …").
const UNIT_WORD = String.raw`(?:(?:[dpb][o0]n\s+v[i1]|c[o0]\s+qu[a4]n)\s+)`;
// Also who answers for the work: "Trách nhiệm:", "Đơn vị / Bộ phận phụ trách:", "Cơ quan thực
// hiện:", "Đầu mối:", and "Thực hiện:" opening a line or a sentence ("… thôn. Thực hiện: Công an xã.").
const LEAD = new RegExp(String.raw`(?<![a-z])(?:(?:[dpb][o0]n\s+v[i1]|c[o0]\s+qu[a4]n|b[o0]\s+ph[a4]n)\s+(?:th\S{1,3}c\s+h\S{1,4}n|ph[u]\s+tr[a4]ch)|${UNIT_WORD}?ch\S{0,2}\s*tr\S(?:\s+th\S{1,3}c\s+h\S{1,4}n)?|${UNIT_WORD}tham\s+m\S{1,3}u|tr[a4]ch\s+nhi[e]m(?:\s+th\S{1,3}c\s+h\S{1,4}n)?|ph[u]\s+tr[a4]ch|[dđ][a4]u\s+m[o0]i|(?<=(?:^|[.;]\s{1,3})[-–•+*]?\s*)th\S{1,3}c\s+h\S{1,4}n)\s*:`);
const COORD = new RegExp(String.raw`(?<![a-z])${UNIT_WORD}?ph\S{1,3}i\s+h\S{1,3}\s*:`);
// ("Theo gian thực hiện": the repair may read a damaged "Thời" as "Theo"; no other phrase says "theo gian".)
// (Also "Hoàn thành:" and "Mốc thời gian:" as the time's label.)
const WHEN = /(?<![a-z])(?:th\S{1,3}[io]\s+g[i1][a4]n(?:\s+\S{1,8}){0,2}?|th\S{1,3}i\s+h[a4]n(?:\s+ho\S{1,2}n\s+th\S{1,3}nh)?|t[i1][e]n\s+[dpb][o0]|m[o0]c\s+th\S{1,3}i\s+g[i1][a4]n|(?<=(?:^|[.;]\s{1,3})[-–•+*]?\s*)ho[a4]n\s+th[a4]nh)\s*:/;
const FIELDS = [LEAD, COORD, WHEN] as const;

// A task numbered by name: "Nhiệm vụ 2.", "Nội dung 3:", "Hoạt động 1)".
const NUMBERED_TASK = /^\s*(?:nh[i1]\S{1,2}m\s+v\S|n\S{1,2}i\s+dung|ho\S{1,2}t\s+\S{1,2}ng)\s+\d{1,2}\s*[.:)]/;

const FIELD_OPENING = FIELDS.map((re) => new RegExp(String.raw`^\s*(?:[-–•+*]|[a-zđ]\)|\d{1,2}[.)])?\s*${re.source}`));

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
  // (A label the page broke over two lines, "… Cơ quan tham" ⏎ "mưu: …", opens on this one.)
  const wrap = lines[i + 1];
  const opening = labelsIn(line.start, wrap && wrap.text.trim() ? st.folded.slice(line.start, wrap.end) : line.folded).filter((h) => h.at < line.end);
  if (opening.length === 0) return { fields: [], last: i };
  let last = i;
  for (let j = i + 1; j < lines.length; j++) {
    const nx = lines[j] as Line;
    // (A label may open its line after a letter or number: "b) Phối hợp: …", "2) Thời hạn: …".)
    const lead = /^\s*(?:[a-zđ]\)|\d{1,2}[.)])?\s*/.exec(nx.folded)?.[0].length ?? 0;
    // (A lettered or numbered line is the next item: "b) Xây dựng …".)
    // (So is a numbered task line: "Nhiệm vụ 2. …", "Nội dung 3: …".)
    // (And so is a numbered item too long to count as a heading: "2. Tổ chức … Đơn vị chủ trì: …".)
    if (!nx.text.trim() || headingDepth(nx) > 0 || /^\s*(?:[-–•+*]|[a-zđ]\)\s|\d{1,2}\.\s+\p{Lu}|\d{1,2}\)\s+\p{Lu})/u.test(nx.text) || NUMBERED_TASK.test(nx.folded) || labelsIn(nx.start, nx.folded).some((h) => h.at === nx.start + lead)) break;
    last = j;
  }
  const blockEnd = (lines[last] as Line).end;
  // Labels on continuation lines ("… Truyền thông phường. Thời gian: 2026") end the value before them.
  const hits = labelsIn(line.start, st.folded.slice(line.start, blockEnd)).sort((a, b) => a.at - b.at);
  const fields = hits.map((h, k) => {
    const to = k + 1 < hits.length ? (hits[k + 1] as (typeof hits)[number]).at : blockEnd;
    // (A sentence that opens with another label, "… Quý IV/2027. Sản phẩm: …", is no part of it.)
    const value = st.text.slice(h.end, to).replace(/\s+/g, ' ').replace(/\.\s+\p{Lu}[\p{L} ]{0,25}:.*$/u, '');
    // (A field closing a bracket, "(Chủ trì: …; thời gian: Quý II/2027)", ends before it.)
    const v = value.trim().replace(/(?:[.;,]|\s[–—-])+$/, '').trim();
    return { kind: h.kind, value: (v.includes('(') ? v : v.replace(/\)+$/, '')).replace(/[.;,]+$/, '').trim() };
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
  'Trung tâm Văn hóa, Thể thao và Truyền thông',
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
// Usual short forms of the standard units' names ("Phòng VH-XH", "TT PVHCC", "Trung tâm
// VH-TT&TT", "VP HĐND-UBND", "Đoàn TN", "Hội LHPN"): written out when that gives a standard name.
const SHORT_FORMS: [RegExp, string][] = [
  [/(?<!\p{L})VH\s*[-,]?\s*TT\s*(?:&|và)\s*TT(?!\p{L})/gu, 'Văn hóa, Thể thao và Truyền thông'],
  [/(?<!\p{L})VH\s*-?\s*XH(?!\p{L})/gu, 'Văn hóa - Xã hội'],
  [/(?<!\p{L})PVHCC(?!\p{L})/gu, 'Phục vụ hành chính công'],
  [/(?<!\p{L})H[ĐD]ND\s*-\s*UBND(?!\p{L})/gu, 'HĐND và UBND'],
  [/^TT(?=\s)/u, 'Trung tâm'],
  [/^VP(?=\s)/u, 'Văn phòng'],
  [/(?<!\p{L})TN(?!\p{L})/gu, 'Thanh niên'],
  [/(?<!\p{L})LHPN(?!\p{L})/gu, 'Liên hiệp Phụ nữ'],
  [/(?<!\p{L})CCB(?!\p{L})/gu, 'Cựu chiến binh'],
  [/^(?:UB\s*)?MTTQ(?:\s*VN)?(?!\p{L})/u, 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  [/(?<!\p{L})KT\s*[,-]?\s*HT\s*(?:&|và|-)\s*[ĐD]T(?!\p{L})/gu, 'Kinh tế, Hạ tầng và Đô thị'],
  [/^(Phòng\s+)KT(?!\p{L})/u, '$1Kinh tế'],
  [/^(Hội\s+)ND(?!\p{L})/u, '$1Nông dân'],
];

// Short forms of other kinds of bodies, written out wherever they stand: "HTX …" (a cooperative),
// "Trường MN / TH / THPT / TH&THCS …" (a school's level); "THCS" alone is how schools are named.
const KIND_FORMS: [RegExp, string][] = [
  [/(?<!\p{L})HTX(?!\p{L})/gu, 'Hợp tác xã'],
  [/(?<=Trường\s+)TH\s*(?:&|và)\s*THCS(?!\p{L})/gu, 'Tiểu học và Trung học cơ sở'],
  [/(?<=Trường\s+)MN(?!\p{L})/gu, 'Mầm non'],
  [/(?<=Trường\s+)THPT(?!\p{L})/gu, 'Trung học phổ thông'],
  [/(?<=Trường\s+)TH(?!\p{L})/gu, 'Tiểu học'],
];

function unitName(raw: string): string {
  // (OCR's "HDND" is read back to HĐND by the repair, repair.ts.)
  // ("Trưởng" before a kind of school is the scan's "Trường": a school, not its head.)
  const s = KIND_FORMS.reduce(
    (t, [re, full]) => t.replace(re, full),
    raw
      .replace(/[,;.]+$/, '')
      .trim()
      .replace(/(?<!\p{L})Trưởng(?=\s+(?:THCS|THPT|PTDT|TH|MN|Tiểu học|Mầm non|Mẫu giáo|Trung học|Phổ thông)(?!\p{L}))/gu, 'Trường'),
  );
  if (/\p{Lu}{2}/u.test(s)) {
    const long = SHORT_FORMS.reduce((t, [re, full]) => t.replace(re, full), s);
    if (long !== s) {
      const named = unitName(long);
      if (STANDARD_BY_LETTERS.has(unitLetters(named))) return named;
    }
  }
  const stripped = /^c\S{1,2}ng\s+\S{1,2}n\s+\S+$/iu.test(s) ? s : s.replace(/(?<!h\S{1,3}p\s+t\S{1,2}c)\s+(?:ph\S{2,4}ng|x[aàáảãạ4dđ]|\S{2,3}c khu)(?=\s*(?:,|$))/gu, '').trim();
  const letters = unitLetters(stripped);
  // (A standard name with a dash keeps the dash the document writes: a hyphen, or an en dash.)
  // (The English-model scan reads the en dash as an em dash, " — ".)
  const dash = (name: string) => (/\s[–—]\s/.test(s) ? name.replace(' - ', ' – ') : name);
  const exact = STANDARD_BY_LETTERS.get(letters);
  if (exact) return dash(exact);
  // One letter the scan got wrong in a long name ("Phòng Văn hóa - Xã hdi") still names the unit.
  if (letters.length < 12) return stripped;
  const near = [...STANDARD_BY_LETTERS].filter(([k]) => editDistance(k, letters, 1) <= 1);
  return near.length === 1 ? dash((near[0] as [string, string])[1]) : stripped;
}

// A timeframe phrase in running text or a table cell: "thường xuyên", "hằng năm/quý/tháng",
// "Quý II/2026", "tháng 10/2026", "Tháng 10 hằng năm", "năm 2026", "2026 - 2030" (folded text).
// Also "9 tháng đầu năm 2027", "Quý III năm 2027", "Quý II - III/2027", "tháng 4 - 6/2027", "tháng 7
// đến tháng 9/2027", "tháng 10 năm 2027", "năm học 2027 - 2028".
const TIMEFRAME = /(?<![a-z0-9/.])(?:th\S{1,3}ng\s+xuy\S{1,2}n|h[a4]ng\s+(?:n[a4i]m|qu\S|th[a4]ng|tu\S{1,2}n)|qu\S\s+[ivx1l|[\]!th]{1,4}(?:\s*[-–]\s*(?:qu\S\s+)?[ivx1l|[\]!th]{1,4})?(?:\s*\/{1,2}\s*|\s+n[a4i]m\s+)20\d\d|(?:\d{1,2}\s+)?th[a4]ng\s+(?:[dđ][a4]u|cu[o0]i)\s+n[a4i]m\s+20\d\d|th[a4]ng\s+\d{1,2}(?:\s*(?:[-–]|[dđ][e]n)\s*(?:th[a4]ng\s+)?\d{1,2})?(?:\s*\/\s*20\d\d|\s+n[a4i]m\s+20\d\d|\s+h[a4]ng\s+n[a4i]m)|n[a4i]m\s+h[o0]c\s+20\d\d\s*[-–]\s*20\d\d|giai\s+do[a4]n\s+20\d\d\s*[-–]\s*20\d\d|(?:\d{1,2}\s*\/\s*\d{1,2}|qu\S\s+[ivx1l]{1,4})\s+h[a4]ng\s+n[a4i]m|tr\S{1,3}c\s+(?:ng\S{1,2}y\s+)?\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*20\d\d|(?:n[a4i]m\s+)?20\d\d(?:\s*[-–]\s*20\d\d)?)(?![a-z0-9])/;

// A completion date: "trước ngày 30/6/2027", also without "ngày" ("trước 30/6/2027").
const BEFORE_DATE = /(?<![a-z])tr\S{1,3}c\s+(?:ng\S{1,2}y\s+)?\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*20\d\d/;

// A timeframe as a field value: "Quý II/ 2026" (wrapped after the slash) or "Quý II//2026" (a slash read twice) → "Quý II/2026". Its
// spelling ("Quy IV" → "Quý IV", "hang nam" → "hằng năm" on OCR) is the repair's (repair.ts,
// administrativeForms): every text needs it, and a document's own "Hàng năm" stays as written.

// A quarter's numeral as the scan may read its strokes (I, l, 1, |, [, ], ! and T one stroke, H
// two), before the year, a comma or a range's dash.
const QUARTER_STROKES = /(?<!\p{L})(Qu[yýỳỷỹ]\s+)([IlTH1|[\]!]{1,4}V?|V)(?=\s*(?:\/{1,2}\s*20\d\d|,|[-–—]|đến|n[aă]m\s+20\d\d))/gu;
function strokeNumeral(s: string): string | null {
  // (A single figure is the quarter's number, read below: "Quý 3/2026" is the third.)
  if (/^[2-4]$/.test(s)) return null;
  const strokes = [...s.replace(/V$/, '')].reduce((n, c) => n + (c === 'H' ? 2 : 1), 0);
  if (s.endsWith('V')) return strokes <= 1 ? 'IV' : null;
  return strokes >= 1 && strokes <= 3 ? 'I'.repeat(strokes) : null;
}

function timeframe(raw: string | null): string | null {
  if (!raw) return raw ?? null;
  // The field's canonical quarter is Roman ("Quý 1/2026" = "Quý I/2026"); the text keeps its own.
  return raw
    .replace(/[_~]+$/, '')
    // (An em dash between two times is the scan's en dash: "Tháng 5 — 8/2027" = "Tháng 5 – 8/2027".)
    .replace(/(?<=[\dIVX])\s+—\s+(?=[\dQqTt])/g, ' – ')
    // ("Trục 30/6/2026", "trwdéc ngày …": a word read for "trước" before a date.)
    .replace(/^([Tt])r\S{0,4}c(?=\s+(?:ng\S{1,2}y\s+)?\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*20\d\d)/u, '$1rước')
    // ("tử này đến …": the scan's and the repair's "từ nay".)
    .replace(/^([Tt])ử\s+n[àa]y(?=\s+[đd]ến\s)/u, '$1ừ nay')
    // ("Quỳ I", "Quy II": a quarter whose mark the scan or the repair got wrong.)
    .replace(/(?<!\p{L})(Q|q)u[yỳỷỹ](?=\s+[IVX]{1,4}(?![\p{L}]))/gu, '$1uý')
    // (A quarter's numeral the scan read stroke by stroke: "Quý 11", "Quý [1", "Quý H" for II,
    // "Quý ITI", "Quý II1", "Quý HI" for III.)
    .replace(QUARTER_STROKES, (_m, q: string, n: string) => `${q}${strokeNumeral(n) ?? n}`)
    // (A range or pair of one quarter twice, "Quý I - quý I/2027", lost a stroke in its second.)
    .replace(/(?<!\p{L})(Qu[ýy]\s+)(I{1,3})(\s*(?:[-–—,]|đến)\s*[Qq]u[ýy]\s+)\2(?![\p{L}\d])/gu, (_m, q: string, a: string, sep: string) => `${q}${a}${sep}${a}I`)
    .replace(/\s*\/{1,2}\s*(?=20\d\d)/g, '/')
    .replace(/(?<!\p{L})(Qu[ýy]\s+)([1-4])(?=\/20\d\d)/gu, (_m, q: string, d: string) => `${q}${['I', 'II', 'III', 'IV'][Number(d) - 1]}`)
    // "Từ" the scan read with a speck and the repair took for "tử" ("tử’ quý I/2026"): no
    // timeframe opens with "tử".
    .replace(/^([Tt])ử['’`]?\s+(?=(?:qu|th[aá]ng|n[aă]m)\S*\s)/u, '$1ừ ');
}

/** The cells of a ruled line, its outer borders dropped; whether it opens and closes with a rule. */
function ruledCells(text: string): { cells: string[]; open: boolean } {
  const t = text.trim();
  const lead = t.startsWith('|');
  const trail = t.length > 1 && t.endsWith('|');
  const inner = t.slice(lead ? 1 : 0, trail ? -1 : undefined);
  // A cell with no letter or digit holds a speck the scan read ("_"), not text.
  return { cells: inner.split('|').map((c) => (/[\p{L}\p{N}]/u.test(c) ? c.replace(/\s+/g, ' ').trim() : '')), open: !trail };
}

// Header cells of a task table: the task ("Nhiệm vụ", "Nội dung", "Công việc", "Hoạt động") and
// the lead ("Chủ trì", loose as OCR reads it: "Cht trì", "Cho trì"; or "Đơn vị / Cơ quan thực
// hiện", "Đơn vị phụ trách").
const TITLE_COLUMN = /nh[i1]em\s*v[u]|n[o0][i1]\s*dung|c[o0]ng\s*vi[e]c|(?<![a-z])ho[a4]t\s*[dđ][o0]ng(?![a-z])/;
const CHAIR_COLUMN = /(?<![a-z])ch\S{0,2}\s*tr[i1](?![a-z])/;
// (The scan may glue "vị" to "chủ": "Đơn vichu trì".)
const LEAD_COLUMN = new RegExp(`${CHAIR_COLUMN.source}|(?:[dpb][o0]n\\s*v[i1]|c[o0]\\s*qu[a4]n)\\s*(?:th\\S{1,3}c\\s*h\\S{1,4}n|ph[u]\\s*tr[a4]ch|ch\\S{0,2}\\s*tr[i1](?![a-z]))`);

// A header whose cells are set apart (rules, tabs or wide gaps) is known by what its columns
// mean, not by exact words: the work ("Giải pháp", "Việc cần làm", "Đầu việc", "Tên nhiệm vụ"),
// who answers for it ("Trách nhiệm (thực hiện)", "Cơ quan chịu trách nhiệm", "Bộ phận / Người
// phụ trách", "Đầu mối"), who helps ("Phối hợp", "Đơn vị hỗ trợ / tham gia") and when ("Thời
// gian", "Thời hạn", "Tiến độ", "Mốc thời gian", "Hoàn thành", "Thời điểm").
const TITLE_CELL = new RegExp(`${TITLE_COLUMN.source}|gi[a4]i\\s*ph[a4]p|vi[e]c\\s*c[a4]n\\s*l[a4]m|[dđ][a4]u\\s*vi[e]c`);
const LEAD_CELL = new RegExp(`${LEAD_COLUMN.source}|tr[a4]ch\\s*nhi[e]m|(?:[dpb][o0]n\\s*v[i1]|c[o0]\\s*qu[a4]n|b[o0]\\s*ph[a4]n|ng[uw][o0][i1]|c[a4]\\s*nh[a4]n)\\s*(?:ph[u]\\s*tr[a4]ch|[dđ][a4]m\\s*nhi[e]m|th\\S{1,3}c\\s*h\\S{1,4}n)|^\\s*ph[u]\\s*tr[a4]ch\\s*$|[dđ][a4]u\\s*m[o0]i`);
const COORD_CELL = /ph[o0][i1]\s*h[o0a-z]{1,2}p|(?:[dpb][o0]n\s*v[i1]|c[o0]\s*qu[a4]n|b[o0]\s*ph[a4]n)\s*(?:h[o0]\s*tr[o0]|tham\s*gia)/;
const WHEN_CELL = /th[o0a-z]{1,2}i\s*(?:g[i1][a4]n|h[a4]n|[dđ]i[e]m)|t[i1]en\s*[dpb][o0]|ho[a4]n\s*th[a4]nh|(?<![a-z])m[o0]c(?![a-z])/;

type ColumnRole = 'title' | 'lead' | 'coord' | 'when' | null;

/** What a header cell's column holds (folded cell): helpers before leads, leads before times, times before the work. */
function columnRole(cell: string): ColumnRole {
  if (COORD_CELL.test(cell) && !CHAIR_COLUMN.test(cell)) return 'coord';
  // ("Đơn vị" or "Cơ quan, đơn vị" alone; "Đơn vị tính" is a measure's column.)
  if (LEAD_CELL.test(cell) || /^(?:(?:c[o0]\s*qu[a4]n|[dpb][o0]n\s*v[i1])\s*[,/]?\s*)+$/.test(cell.trim())) return 'lead';
  if (WHEN_CELL.test(cell)) return 'when';
  if (TITLE_CELL.test(cell)) return 'title';
  return null;
}

// Cells of a header line set apart by rules, tabs or gaps of two spaces or more.
const headerCells = (folded: string): string[] => (folded.includes('|') ? ruledCells(folded).cells : folded.trim().split(/\t+|\s{2,}/)).filter(Boolean);

/**
 * Whether a line is a task table's header by its columns' meaning: three cells or more, short and
 * without figures, one naming who leads and one naming the work or its time.
 */
function headerByMeaning(folded: string): boolean {
  const cells = headerCells(folded);
  if (cells.length < 3 || cells.some((c) => c.split(/\s+/).length > 7 || /\d{2}|[.;:]\s*\S/.test(c))) return false;
  const roles = cells.map(columnRole);
  return roles.includes('lead') && (roles.includes('title') || roles.includes('when'));
}

/**
 * The folded header of a task table starting on line i, or null: one line naming the title and
 * the lead columns, or two when the column names wrap ("Đơn vị" ⏎ "chủ trì"); ruled headers are
 * joined cell by cell. `rows` is the first line after it.
 */
function taskHeader(lines: Line[], i: number): { folded: string; rows: number } | null {
  const first = (lines[i] as Line).folded;
  const byMeaning = headerByMeaning(first);
  if (!byMeaning && !TITLE_COLUMN.test(first)) return null;
  const next = lines[i + 1];
  // A merged header cell: "Đơn vị thực hiện" over a ruled line of sub-columns "Chủ trì | Phối hợp".
  const subHeader = next && first.includes('|') && next.folded.includes('|') && !/\d/.test(next.text) && CHAIR_COLUMN.test(next.folded) && !TITLE_COLUMN.test(next.folded);
  if ((byMeaning || LEAD_COLUMN.test(first)) && !subHeader) return { folded: first, rows: i + 1 };
  if (!next || !LEAD_COLUMN.test(next.folded) || /\d/.test(next.text) || next.text.trim().length > 100 || first.includes('|') !== next.folded.includes('|')) return null;
  if (!first.includes('|')) return { folded: `${first} ${next.folded}`, rows: i + 2 };
  const a = ruledCells(first).cells;
  const b = ruledCells(next.folded).cells;
  // The second line's cells sit under the first's last ones (the number and title cells above
  // nothing, their rules maybe read as a border).
  if (b.length > a.length) return null;
  while (b.length < a.length) b.unshift('');
  return { folded: a.map((c, k) => `${c} ${b[k] ?? ''}`.trim()).join(' | '), rows: i + 2 };
}

/** Whether a line names a task table's columns (the work and its lead, or by their meaning). */
const isTaskHeaderLine = (folded: string): boolean => (TITLE_COLUMN.test(folded) && LEAD_COLUMN.test(folded)) || headerByMeaning(folded);

// The recipients or the closing sentence of the document end any table above them.
const CLOSING = /^\s*(?:n[o0][i1]\s*nh\S{1,2}n\s*:|tr[e]n\s*[dđ][a4]y\s*(?:la|1a)\s)/;

/**
 * Tasks laid out as a ruled table: "STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian",
 * with or without outer borders. A row may wrap: its last cell onto the next line ("Quý I/" /
 * "2026 |"), or every cell onto a ruled line of its own whose number cell is empty and whose
 * title goes on in lower case ("| | tại các thôn | Xã hội | các thôn | |") — those cells are
 * joined to the row's. A row whose number the scan lost (the index column read apart as noise)
 * is still a row when its title opens with a capital. Rows with more cells than the header
 * (columns smeared beyond recovery) are skipped rather than guessed.
 */
function tableTasks(lines: Line[]): Task[] {
  const out: Task[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = (lines[i] as Line).folded.includes('|') ? taskHeader(lines, i) : null;
    if (!head) continue;
    const cols = ruledCells(head.folded).cells;
    const roles = cols.map(columnRole);
    const role = (r: ColumnRole): number => roles.indexOf(r);
    const cTitle = role('title');
    const chair = cols.findIndex((c, k) => roles[k] === 'lead' && CHAIR_COLUMN.test(c));
    const cLead = chair >= 0 ? chair : role('lead');
    const cCoord = role('coord');
    const cWhen = role('when');
    const indexed = /^s?tt\.?$/.test(cols[0] ?? '');
    const closedRows = /\|\s*$/.test((lines[i] as Line).text);
    // Physical rows: a line opening with a row number, or any ruled line once the row before has
    // all its cells (a number the scan lost leaves one fewer), plus the pieces the page wrapped.
    const physical: string[][] = [];
    const complete = (r: string[]) => r.length >= cols.length || (indexed && r.length === cols.length - 1 && !/^\d{1,3}\.?$/.test(r[0] ?? ''));
    let open = false;
    // A horizontal rule ("+----+----+", however the scan reads it) closes the row above it.
    let ruled = false;
    let j = head.rows;
    // A blank line after a whole row (no cell left open) ends the table when prose follows it
    // ("Nơi nhận:", a paragraph): a cell wrapped by the page follows its row without a gap.
    let gap = false;
    for (; j < lines.length; j++) {
      const l = lines[j] as Line;
      const text = l.text.trim();
      if (!text) {
        gap = physical.length > 0;
        continue;
      }
      const numbered = /^\|?\s*\d{1,3}\.?\s*\|/.test(text);
      const prev = physical[physical.length - 1];
      // (Rows without an outer right border are all "open": there the gap alone ends the table.)
      if (gap && !text.includes('|') && prev && complete(prev) && (!open || !closedRows) && /^[-–•+*]?\s*\p{Lu}/u.test(text)) break;
      gap = false;
      if ((headingDepth(l) > 0 && !numbered) || isTaskHeaderLine(l.folded) || CLOSING.test(l.folded)) break;
      const cur = physical[physical.length - 1];
      // A ruled line of rules only ("|---|---|", or "|---|" where the scan's rule scrap was put
      // back) closes the row above it, like a drawn rule.
      if (/^[|\s:=_~-]+$/.test(text) && /-{3}/.test(text)) {
        open = false;
        ruled = true;
        continue;
      }
      if (text.includes('|')) {
        const r = ruledCells(text);
        const starts = numbered || !cur || ruled || (complete(cur) && (!open || text.startsWith('|') || r.cells.length >= cols.length - 2));
        // A cell going on over a line break keeps the break: a rule the scan lost there is put back below.
        if (starts) physical.push(r.cells);
        else if (open && !text.startsWith('|')) {
          cur[cur.length - 1] += `\n${r.cells[0]}`;
          cur.push(...r.cells.slice(1));
        } else cur.push(...r.cells);
        open = r.open;
        ruled = false;
      } else if (/[-=~_]{3,}|^\+|\+$/.test(text)) {
        open = false;
        ruled = true;
      } else if (text.length <= 3) continue; // an index number read apart from its row ("RB", "w")
      else if (cur && open) cur[cur.length - 1] += `\n${text}`;
      else if (ruled) break; // text after the table's closing rule
      else if (cur && !complete(cur)) cur.push(text);
      else if (cur && text.length <= 40) cur[cur.length - 1] += ` ${text}`;
      else if (cur) break; // prose after the table
      else if (j > head.rows + 2) break;
    }
    // Logical rows: a wrapped row's own ruled line adds its cells to the row's.
    const rows: string[][] = [];
    for (const raw of physical) {
      let cells = raw.map((c) => c.trim());
      // (A rule the scan read twice leaves an empty cell too many: "1 | | Số hóa … |".)
      for (let k = 1; k < cells.length && cells.length > cols.length; k++) if (!cells[k]) cells.splice(k--, 1);
      if (cells.length > cols.length) continue;
      if (cells.length < cols.length && indexed && !/^\d{1,3}\.?$/.test(cells[0] ?? '')) cells.unshift('');
      // A row short of cells lost a rule where the page broke a line before a capital ("Công an
      // xã⏎Phòng Kinh tế; các thôn | Năm 2027").
      for (let k = 0; k < cells.length && cells.length < cols.length; k++) {
        const at = (cells[k] as string).search(/\n(?=\p{Lu})/u);
        if (at > 0) cells.splice(k, 1, (cells[k] as string).slice(0, at), (cells[k] as string).slice(at + 1));
      }
      cells = cells.map((c) => c.replace(/\s+/g, ' ').trim());
      while (cells.length < cols.length) cells.push('');
      const title = cTitle >= 0 ? (cells[cTitle] ?? '') : '';
      const numbered = indexed && /^\d{1,3}\.?$/.test(cells[0] ?? '');
      const prev = rows[rows.length - 1];
      if (prev && !numbered && (!indexed || !cells[0]) && !/^\p{Lu}/u.test(title)) {
        cells.forEach((c, k) => (prev[k] = `${prev[k] ?? ''} ${c}`.trim()));
      } else rows.push(cells);
    }
    for (const cells of rows) {
      const lead = cLead >= 0 ? (cells[cLead] ?? '') : '';
      if (!lead) continue;
      out.push({
        title: cTitle >= 0 ? (cells[cTitle] ?? '') : '',
        lead: unitName(lead),
        coordinating: cCoord >= 0 && cells[cCoord] ? (cells[cCoord] ?? '').split(/\s*;\s*/).filter(Boolean).map(unitName) : [],
        timeframe: cWhen >= 0 ? timeframe(cells[cWhen] || null) : null,
      });
    }
    i = j - 1;
  }
  return out;
}

// Words of each standard unit name, for finding one inside a table row whose cells ran together.
const wordKeys = (s: string): string[] => (fold(s).match(/[a-z0-9&]+/g) ?? []);
const STANDARD_WORDS = STANDARD_UNITS.map((u) => ({ name: u, words: wordKeys(u) })).sort((a, b) => b.words.length - a.words.length);
// First words of the bodies a commune gives tasks to.
const UNIT_HEAD = /^(?:ph[o0]ng|trung\s+t[a4]m|v[a4]n\s+ph[o0]ng|c[o0]ng\s+[a4]n|ban|[uy]y\s+ban|[dpb][o0][a4]n|h[o0]i|b[uw]u\s+[dpb]i[e]n|tr[a4]m|htx|chi\s+nh[a4]nh|ng[a4]n\s+h[a4]ng|chi\s+[dpb][o0][a4]n|chi\s+h[o0]i|doanh\s+nghi[e]p|[dpb][o0]n\s+bi[e]n|[dđ]i[e]n\s+l[uw]c|vi[e]n\s+th[o0]ng)$/;

interface Found {
  name: string;
  start: number;
  end: number;
}

/**
 * The first unit named in a table row whose columns ran together (pipe-less table, OCR): a
 * standard unit name, also when its cell wrapped ("Trung tâm Phục vụ hành … chính công": the
 * words that start the name, with the rest of it later in the row), else a capitalised body
 * ("Ban quản lý …"). Searched from word `fromWord` on (the title cell comes first).
 */
function unitInRow(row: string, fromWord: number): Found | null {
  const toks = [...row.matchAll(/[\p{L}\p{N}&]+/gu)].map((m) => ({ key: fold(m[0]).replace(/[^a-z0-9&]/g, ''), raw: m[0], start: m.index, end: m.index + m[0].length }));
  for (let p = fromWord; p < toks.length; p++) {
    for (const u of STANDARD_WORDS) {
      let k = 0;
      while (k < u.words.length && toks[p + k]?.key === u.words[k]) k++;
      // (The name keeps the dash the row writes: an en dash, which the scan reads as an em dash.)
      if (k === u.words.length) return { name: /\s[–—]\s/.test(row.slice(toks[p]!.start, toks[p + k - 1]!.end)) ? u.name.replace(' - ', ' – ') : u.name, start: toks[p]!.start, end: toks[p + k - 1]!.end };
      // The first words of one standard name only, more than a shorter name has ("Phòng Kinh tế,
      // Hạ …" with the rest lost to the scan), name it.
      if (k >= 4 && STANDARD_WORDS.filter((o) => o.words.slice(0, k).join(' ') === u.words.slice(0, k).join(' ')).length === 1) {
        return { name: u.name, start: toks[p]!.start, end: toks[p + k - 1]!.end };
      }
      if (k >= 3 || (k === 2 && u.words.length > 3)) {
        // A wrapped cell: the remaining words follow later in the row.
        const rest = u.words.slice(k).join(' ');
        const later = toks.slice(p + k).map((t) => t.key).join(' ');
        if (later.includes(rest)) return { name: u.name, start: toks[p]!.start, end: toks[p + k - 1]!.end };
      }
    }
    const t = toks[p]!;
    const two = `${t.key} ${toks[p + 1]?.key ?? ''}`;
    if (/^\p{Lu}/u.test(t.raw) && (UNIT_HEAD.test(t.key) || UNIT_HEAD.test(two))) {
      // A body outside the standard list: its capitalised words (and "và", "-") up to a lower-case word.
      const ahead = ` ${toks.slice(p, p + 8).map((x) => x.key).join(' ')} `;
      const kind = KIND_NAMES.find((n) => ahead.startsWith(` ${n} `));
      let e = p + (kind ? kind.split(' ').length : UNIT_HEAD.test(two) && !UNIT_HEAD.test(t.key) ? 2 : 1);
      while (e < toks.length && e - p < 8 && /^\p{Lu}/u.test(toks[e]!.raw)) e++;
      if (toks[e]?.key === 'xa' || toks[e]?.key === 'phuong') e++;
      return { name: unitName(row.slice(t.start, toks[e - 1]!.end)), start: t.start, end: toks[e - 1]!.end };
    }
  }
  return null;
}

/**
 * Tasks laid out as a table without column rules ("TT  Nhiệm vụ  Chủ trì  Phối hợp  Thời gian",
 * columns aligned with spaces, or run together by OCR): rows open with their number (1, 2, 3 …
 * in order) and may wrap over several lines. The lead is the first unit named after the title
 * words, the timeframe the first timeframe phrase after it, the coordinating units what lies
 * between them.
 */
function alignedTableTasks(lines: Line[]): Task[] {
  const out: Task[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = (lines[i] as Line).folded.includes('|') ? null : taskHeader(lines, i);
    // (A header is column names, not a sentence; the scan may put a colon after its "TT".)
    if (!head || head.folded.trim().length > 160 || /[.;:]\s/.test(head.folded.replace(/^\s*s?tt\s*[:.]/, ''))) continue;
    const rows: string[] = [];
    // With no number column ("Nhiệm vụ  Đơn vị chủ trì  Phối hợp  Thời gian"), a row is a line
    // that opens at the margin (an indented line is a cell the page wrapped), up to a blank line.
    // (Rows numbered 1, 2 … make it numbered whatever the scan made of "STT": "Sử Nội dung …".)
    // (The header's last words may have wrapped to a line of their own before it: "Sản phẩm".)
    const firstRow = lines.slice(head.rows, head.rows + 4).find((l) => /^\s*\d/.test(l.text));
    const unnumbered = !/^\s*s?tt(?![a-z])/.test(head.folded) && !(firstRow && /^\s*1[_.)]?\s+\p{Lu}/u.test(firstRow.text));
    let j = head.rows;
    for (; j < lines.length; j++) {
      const l = lines[j] as Line;
      if (!l.text.trim()) {
        if (unnumbered && rows.length > 0) break;
        continue;
      }
      // "1_ Mở lớp …": OCR may glue a mark to the row number.
      const idx = /^\s*(\d{1,2})[_.)]?\s+\S/.exec(l.text);
      if (unnumbered && !idx && headingDepth(l) === 0 && sectionDepth(l) === 0 && /^\S/.test(l.text) && /\S(?:\s{2,}|\t)\S/.test(l.text)) rows.push(l.text.trim());
      else if (idx && Number(idx[1]) === rows.length + 1) rows.push(l.text.trim());
      else if (headingDepth(l) > 0 || sectionDepth(l) > 0 || CLOSING.test(l.folded)) break;
      else if (rows.length > 0) rows[rows.length - 1] += `\n${l.text.trim()}`;
      else if (j > head.rows + 1) break;
    }
    // The header's cells by meaning, its number column ("TT", "STT") set aside: a row on one line
    // with as many cells gives each its column.
    const hCells = head.rows === i + 1 ? headerCells(head.folded) : [];
    if (/^s[o0]?\s*tt\.?$|^tt\.?$/.test(hCells[0] ?? '')) hCells.shift();
    const hRoles = hCells.map(columnRole);
    for (const row of rows) {
      const text = unnumbered ? row : row.replace(/^\d{1,2}[_.)]?\s+/, '');
      // (A cell wrapped to a line of its own, "⇥điện tử tỉnh", leaves the row's first line whole.)
      const firstLine = text.split('\n')[0] as string;
      const split = text.includes('\n') && !/\t/.test(firstLine) ? [] : firstLine.split(/\t+|\s{2,}/).map((c) => c.trim());
      if (hRoles.includes('lead') && split.length === hRoles.length) {
        const at = (r: ColumnRole) => (hRoles.indexOf(r) >= 0 ? (split[hRoles.indexOf(r)] ?? '') : '');
        const lead = at('lead');
        if (lead && (BODY_START.test(fold(lead).toLowerCase()) || STANDARD_BY_LETTERS.has(unitLetters(unitName(lead))))) {
          out.push({ title: at('title'), lead: unitName(lead), coordinating: at('coord') ? splitUnits(at('coord')) : [], timeframe: timeframe(at('when') || null) });
          continue;
        }
      }
      // A row on one line: its cells are the runs between column gaps; the lead is the first cell
      // after the title that names a body (short forms too: "Phòng VH-XH", "TT PVHCC").
      const cells = text.includes('\n') ? [] : text.split(/\s{2,}|\t/);
      const leadCell = cells.findIndex((c, k) => k > 0 && (STANDARD_BY_LETTERS.has(unitLetters(unitName(c))) || BODY_START.test(fold(c).toLowerCase())));
      if (unnumbered && leadCell > 0) {
        const rest = cells.slice(leadCell + 1).join('  ');
        const t = TIMEFRAME.exec(foldKeepLength(rest).toLowerCase());
        const between = cells.slice(leadCell + 1).filter((c) => !TIMEFRAME.test(foldKeepLength(c).toLowerCase()));
        out.push({ title: cells.slice(0, leadCell).join(' '), lead: unitName(cells[leadCell] as string), coordinating: between.flatMap(splitUnits), timeframe: t ? capitalise(timeframe(rest.slice(t.index, t.index + t[0].length)) ?? '') : null });
        continue;
      }
      const lead = unitInRow(text, 2);
      if (!lead) continue;
      const flat = foldKeepLength(text).toLowerCase();
      let t = TIMEFRAME.exec(flat.slice(lead.end));
      let tStart = t ? lead.end + t.index : -1;
      // A header naming the time before the lead ("STT  Nội dung  Thời gian  Đơn vị chủ trì …"): the
      // row's time is the last time phrase before its lead, and the title ends there.
      let titleEnd = lead.start;
      const whenAt = head.folded.search(WHEN_CELL);
      if (!t && whenAt >= 0 && whenAt < head.folded.search(LEAD_CELL)) {
        const before = [...flat.slice(0, lead.start).matchAll(new RegExp(TIMEFRAME.source, 'g'))].pop();
        if (before && before.index > 0) {
          t = before;
          tStart = before.index;
          titleEnd = before.index;
        }
      }
      const between = text.slice(lead.end, tStart < 0 ? text.indexOf('\n', lead.end) >>> 0 : tStart);
      const coordinating = splitUnits(between.replace(/\s+/g, ' ').trim()).filter((c) => /^\p{Lu}/u.test(c));
      out.push({ title: text.slice(0, titleEnd).replace(/\s+/g, ' ').trim(), lead: lead.name, coordinating: tStart > lead.start ? coordinating : [], timeframe: t ? capitalise(timeframe(text.slice(tStart, tStart + t[0].length).replace(/\s+/g, ' ')) ?? '') : null });
    }
    i = j - 1;
  }
  return out;
}

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/**
 * A list of units separated by ";", "," or "và": pieces that together make a standard name stay
 * together ("Văn phòng HĐND và UBND", "Trung tâm Văn hóa, Thể thao và Truyền thông").
 */
function splitUnits(raw: string): string[] {
  const pieces: { from: number; to: number }[] = [];
  let from = 0;
  for (const m of raw.matchAll(/\s*[;,]\s*|\s+v\S\s+(?=\p{Lu}|c\S{1,2}c\s)/gu)) {
    pieces.push({ from, to: m.index });
    from = m.index + m[0].length;
  }
  pieces.push({ from, to: raw.length });
  const out: string[] = [];
  for (let k = 0; k < pieces.length; k++) {
    let take = 1;
    for (let n = Math.min(4, pieces.length - k); n > 1; n--) {
      const joined = raw.slice(pieces[k]!.from, pieces[k + n - 1]!.to);
      if (STANDARD_BY_LETTERS.has(unitLetters(unitName(joined)))) {
        take = n;
        break;
      }
    }
    const piece = raw.slice(pieces[k]!.from, pieces[k + take - 1]!.to).trim();
    if (piece) out.push(unitName(piece));
    k += take - 1;
  }
  return out;
}

/**
 * A task written as sentences: "<title>. Giao <unit> chủ trì, phối hợp với <units> thực hiện.
 * Thời gian: …" or "… <unit> chủ trì, phối hợp với … triển khai trong Quý III/2026".
 */
// A bracket closing the work that names who does it, maybe with its partners, and a time label
// after it: "… (Phòng Kinh tế; phối hợp: Công an xã). Thời hạn: Quý II/2027." (folded). (Or the
// bracket closes the item, the time on a line of its own below.)
const BRACKET_LEAD = /\(([^()]{4,200})\)\s*[.;,]?\s*(?=(?:th\S{1,3}[io]\s+g[i1][a4]n|th\S{1,3}i\s+h[a4]n|t[i1][e]n\s+[dpb][o0]|ho[a4]n\s+th[a4]nh)(?:\s+\S{1,8}){0,2}?\s*:|$)/;

/**
 * A task whose lead is named alone in a bracket after the work, its partners after "phối hợp:",
 * and its time in a label after the bracket. Null when the bracket opens with no body's name
 * ("(qua …)", "(trừ …)") or no time label follows.
 */
function bracketLeadTask(item: string, f: string): Task | null {
  const m = BRACKET_LEAD.exec(f);
  if (!m || !m[1]) return null;
  const inner = item.slice(m.index + 1, m.index + 1 + m[1].length);
  // (The scan may lose the label's letters and the repair read "phù hợp": after the lead and a
  // semicolon inside the bracket it can only be "phối hợp".)
  const parts = /^([^;]+?)\s*[;,]\s*ph\S{0,3}[iu]\s+h\S{0,3}\s*(?:v\S{1,2}i\s*)?:?\s*(.+)$/u.exec(foldKeepLength(inner).toLowerCase());
  const leadText = parts ? inner.slice(0, parts[1]!.length) : inner;
  const body = bodyAtStart(leadText);
  // (The bracket holds the name whole: "(Công an xã)", not "(Công an xã hướng dẫn)".)
  if (!body || body.start !== 0 || leadText.slice(body.end).trim()) return null;
  const coordinating = parts ? splitUnits(inner.slice(inner.length - parts[2]!.length).replace(/[.;]+$/, '')) : [];
  const after = item.slice(m.index + m[0].length);
  const label = /^[^:]*:\s*/.exec(after);
  const when = label ? after.slice(label[0].length).split(/[.;]\s|[.;]$/)[0]!.trim() : null;
  // (A bracket closing the item with no partners in it may be any remark: it takes a time label after it.)
  if (!label && coordinating.length === 0) return null;
  return { title: item.slice(0, m.index).replace(/[.:\s]+$/, '').trim(), lead: body.name, coordinating, timeframe: timeframe(when || null) };
}

function sentenceTask(item: string): Task | null {
  const f = foldKeepLength(item).toLowerCase();
  const chair = /(?<![a-z])ch\S{0,2}\s+tr\S(?![a-z])(?!\s*:)/.exec(f);
  if (!chair) return bracketLeadTask(item, f);
  // "Chủ trì, phối hợp …" opening an item names no unit before it (a list under a unit's heading).
  if (!chair || /^\p{Lu}/u.test(item.charAt(chair.index))) return null;
  // The unit: after "Giao", else from the start of the sentence (or after the title's colon:
  // "Tuyên truyền …: Phòng Kinh tế chủ trì; phối hợp với …"), up to "chủ trì".
  const dot = f.lastIndexOf('. ', chair.index);
  const sentenceStart = dot < 0 ? 0 : dot + 2;
  const colonAt = f.lastIndexOf(': ', chair.index);
  // (No colon: the sentence starts the item.)
  const colon = colonAt < 0 ? -2 : colonAt;
  const giao = /(?<![a-z])giao\s+/.exec(f.slice(sentenceStart, chair.index));
  let from = giao ? sentenceStart + giao.index + giao[0].length : Math.max(sentenceStart, colon + 2);
  let titleEnd = giao || colon + 2 <= sentenceStart ? sentenceStart : colon;
  // The unit and time in brackets after the title: "Cập nhật … (Văn phòng HĐND và UBND chủ trì; hằng tuần)".
  const paren = f.lastIndexOf('(', chair.index);
  if (!giao && paren > from && !f.slice(paren, chair.index).includes(')')) {
    titleEnd = paren;
    from = paren + 1;
  }
  // ("Giao Phòng … là đơn vị chủ trì …": "là đơn vị / cơ quan" is no part of the name.)
  const lead = item.slice(from, chair.index).replace(/\s+l[aà]\s+(?:(?:đ|Đ)ơn\s+vị|cơ\s+quan)\s*$/u, '').trim();
  // ("Là cơ quan thường trực, chủ trì …" after a unit's colon: the unit is before the colon.)
  if (!/^\p{Lu}/u.test(lead) || /^l[aà]\s/iu.test(lead) || lead.split(/\s+/).length > 10) return null;
  const afterChair = chair.index + chair[0].length;
  const coordM = /^\s*[,;]?\s*ph\S{1,3}i\s+h\S{1,3}\s+(?:v\S{1,2}i\s+)?/.exec(f.slice(afterChair));
  let coordinating: string[] = [];
  if (coordM) {
    const cStart = afterChair + coordM[0].length;
    // The list ends at a lower-case verb or preposition ("thực hiện", "trong", "từ"), not at a
    // unit that starts with the same letters ("Tổ công nghệ số").
    // (Common verbs of a task: "xây dựng", "tuyên truyền", "rà soát", "cập nhật", "theo dõi", …)
    const stopRe = /\s(?:th\S{1,3}c\s+h\S{1,4}n|tri\S{1,3}n\s+kh\S{1,3}i|t\S\s+ch\S{1,3}c|h\S{1,3}ng\s+d\S{1,2}n|ho\S{1,2}n\s+th\S{1,3}nh|x\S{1,2}y\s+d\S{1,3}ng|tuy\S{1,3}n\s+truy\S{1,3}n|r\S\s+so\S{1,2}t|c\S{1,2}p\s+nh\S{1,2}t|theo\s+d\S{1,2}i|ki\S{1,3}m\s+tra|v\S{1,2}n\s+\S{1,2}ng|ph\S{1,2}\s+bi\S{1,3}n|l\S{1,2}p\s+\S{1,3}t|s\S\s+h\S{1,2}a|\S{1,2}y\s+m\S{1,2}nh|n\S{1,2}ng\s+c\S{1,2}p|b\S{1,2}i\s+d\S{1,4}ng|t\S{1,2}p\s+hu\S{1,2}n|qu\S{1,2}ng\s+b\S|duy\s+tr\S|h\S\s+tr\S{1,2}|ph\S{1,2}t\s+tri\S{1,3}n|trong|tu|tai|v[a4]o)(?![a-z])|[.;]/g;
    let stopAt = item.length;
    for (const st of f.slice(cStart).matchAll(stopRe)) {
      const ch = item.charAt(cStart + st.index + 1);
      if (st[0].startsWith(' ') && ch !== ch.toLowerCase()) continue;
      stopAt = cStart + st.index;
      break;
    }
    coordinating = splitUnits(item.slice(cStart, stopAt));
  }
  const rest = item.slice(afterChair);
  const restF = f.slice(afterChair);
  let when: string | null = null;
  const label = WHEN.exec(restF);
  if (label) when = rest.slice(label.index + label[0].length).split(/[.;]\s/)[0]?.replace(/[.;]+$/, '').trim() || null;
  else {
    // "hoàn thành trước ngày 30/6/2026": a completion date is the timeframe.
    const t = BEFORE_DATE.exec(restF) ?? TIMEFRAME.exec(restF);
    if (t) when = rest.slice(t.index, t.index + t[0].length);
  }
  // A unit that leads without partners or a time ("Phòng Văn hóa - Xã hội chủ trì, theo dõi,
  // tổng hợp …" in the organisation section) is given a duty, not a task of the plan.
  if (coordinating.length === 0 && !when) return null;
  return { title: item.slice(0, titleEnd).replace(/[.:\s]+$/, '').trim() || item, lead: unitName(lead), coordinating, timeframe: timeframe(when) };
}

// Headings of the parts of a plan that give units their work.
const TASK_SECTION = /nh[i1][e]m\s*v[u]|gi[a4]i\s*ph[a4]p|t[o0]\s*ch[uw]c\s*th[uw]c\s*h[i1][e]n|ph[a4]n\s*c[o0]ng|l[o0]\s*tr[i1]nh|tr[a4]ch\s*nhi[e]m\s*c[uw]a|^(?!.*(?:k[e]t\s*qu[a4]|t[i1]nh\s*h[i1]nh|[dđ][a4]nh\s*gi[a4])).*ho[a4]t\s*[dđ][o0]ng/;
// The first words of a body given work (folded): a standard unit, an office, a school, a station,
// a mass organisation, a group ("Tổ công nghệ số"), "Các trường …".
const BODY_START = /^(?!(?:[uy]y\s+ban\s+nh[a4]n\s+d[a4]n|ubnd|h[dđ]nd)(?![a-z]))(?:c[a4]c\s+)?(?:ph[o0]ng|trung\s+t[a4]m|v[a4]n\s+ph[o0]ng|c[o0]ng\s+[a4]n|ban|[uy]y\s+ban|ubnd|[dpb][o0][a4]n|h[o0]i|b[uw]u\s+[dpb]i[e]n|tr[a4]m|tr[uw][o0]ng|t[o0](?!\s+ch[uw]c)|[dpb][a4]i|qu[a4]n\s+s[uw]|b[o0]\s+ph[a4]n|ban\s+[dpb]i[e]u\s+h[a4]nh|h[o0]p\s+t[a4]c\s+x[a4]|htx|chi\s+nh[a4]nh|ng[a4]n\s+h[a4]ng|chi\s+[dpb][o0][a4]n|chi\s+h[o0]i|doanh\s+nghi[e]p|[dpb][o0]n\s+bi[e]n\s+ph[o0]ng|qu[y]\s+t[i1]n\s+d[u]ng|[dđ]i[e]n\s+l[uw]c|vi[e]n\s+th[o0]ng|nh[a4]\s+tr[uw][o0]ng|c[a4]c\s+(?:th[o0]n|[a4]p|b[a4]n|x[o0]m|t[o0]\s+d[a4]n\s+ph[o0]|khu\s+ph[o0]|chi\s+b[o0]))(?![a-z])/;
// Work that is a unit's standing role (monitoring, urging, compiling reports) or funding, not a task.
const STANDING = /^(?:l[a4]\s+)?(?:(?:c[o0]\s+qu[a4]n|[dpb][o0]n\s+v[i1])\s+)?(?:th[uw][o0]ng\s+tr[uw]c|theo\s+d[o0]i|[dpb][o0]n\s+[dpb][o0]c|t[o0]ng\s+h[o0]p|b[a4]o\s+c[a4]o|ki[e]m\s+tra|gi[a4]m\s+s[a4]t|(?:b[a4]o\s+[dpb][a4]m|b[o0]\s+tr[i1])\s+kinh\s+ph[i1]|[dpb]inh\s+k[y]|[dpb][a4]u\s+m[o0]i|h[uw][o0]ng\s+d[a4]n,?\s+ki[e]m\s+tra|c[o0]\s+s[o0]\s+v[a4]t\s+ch[a4]t|k[i1]p\s+th[o0]i)(?![a-z])/;

// Kinds of bodies a commune works with whose names hold words in lower case (folded).
const KIND_NAMES = [
  'tram y te',
  'ban chi huy quan su',
  'hoi nguoi cao tuoi',
  'hoi chu thap do',
  'hoi khuyen hoc',
  'hoi cuu giao chuc',
  'ngan hang chinh sach xa hoi',
  'quy tin dung nhan dan',
  'to cong nghe so cong dong',
  'buu dien van hoa',
  'ban dieu hanh',
  'ban quan ly',
  'ban cong tac mat tran',
  'ban chi dao',
  'don bien phong',
  'doanh nghiep vien thong',
  'chi cuc thue',
  'truong mam non',
  'truong tieu hoc',
  'truong trung hoc co so',
  'truong trung hoc pho thong',
].sort((a, b) => b.length - a.length);

/**
 * The body named at the start of a text, as far as its name goes, or null: a standard unit's
 * name, else the body word and the capitalised words after it ("Trạm Y tế", "Trường THCS Hòa
 * Bình", joined by "và", "-", ","), with a level word after it ("xã", "phường").
 */
function bodyAtStart(text: string): Found | null {
  const t = text.replace(/^\s+/, '');
  const lead = text.length - t.length;
  if (!BODY_START.test(fold(t.slice(0, 40)).toLowerCase())) return null;
  const toks = [...t.matchAll(/[\p{L}\p{N}&]+/gu)];
  if (toks.length === 0) return null;
  let end: number;
  const std = unitInRow(t, 0);
  if (std && std.start === 0) end = std.end;
  else {
    // The body word(s), then capitalised words (an acronym too), joined by "và", "-", ",".
    // (A kind of body whose name has words in lower case is taken whole: "Trạm Y tế", "Quỹ tín dụng
    // nhân dân", "Hội Cựu giáo chức".)
    const folded = ` ${toks.map((m) => fold(m[0])).join(' ')} `;
    const kind = KIND_NAMES.find((n) => folded.startsWith(` ${n} `) || folded.startsWith(` cac ${n} `));
    let k = kind ? kind.split(' ').length + (folded.startsWith(' cac ') ? 1 : 0) : 1;
    while (!kind && k < toks.length && !/^\p{Lu}/u.test(toks[k]![0]) && k < 3 && BODY_START.test(fold(t.slice(0, toks[k]!.index + toks[k]![0].length)).toLowerCase()) && !BODY_START.test(fold(t.slice(0, toks[k - 1]!.index + toks[k - 1]![0].length)).toLowerCase())) k++;
    while (k < toks.length) {
      const w = toks[k]!;
      const gap = t.slice(toks[k - 1]!.index + toks[k - 1]![0].length, w.index);
      if (/^\p{Lu}|^\d/u.test(w[0]) && /^[\s,&-]*$/.test(gap) && !/,\s/.test(gap)) k++;
      else if (/^v[aà]$/u.test(w[0]) && /^\p{Lu}/u.test(toks[k + 1]?.[0] ?? '')) k += 2;
      else break;
    }
    end = toks[k - 1]!.index + toks[k - 1]![0].length;
  }
  const level = /^\s+(?:x[aã]|ph[uư][oờ]ng|[dđ][aặ]c khu)(?![\p{L}])/iu.exec(t.slice(end));
  if (level) end += level[0].length;
  return { name: unitName(t.slice(0, end)), start: lead, end: lead + end };
}

/** The timeframe of a task's text: a "Thời gian:" label's value, else a bracketed, dated or timeframe phrase. */
function timeIn(text: string): string | null {
  const f = foldKeepLength(text).toLowerCase();
  const label = WHEN.exec(f);
  if (label) return timeframe(text.slice(label.index + label[0].length).split(/[.;)](?:\s|$)/)[0]?.replace(/[.;,]+$/, '').trim() || null);
  const t = BEFORE_DATE.exec(f) ?? TIMEFRAME.exec(f);
  return t ? timeframe(text.slice(t.index, t.index + t[0].length)) : null;
}

/**
 * The time of a task written in prose, stated as such: a "Thời gian:" label, a timeframe in
 * brackets or after "trong / vào / từ / hoàn thành / đến / thực hiện", "trước ngày d/m/yyyy", a
 * recurrence ("thường xuyên", "hằng năm") — not the year of a date or of a document's name
 * ("Nghị quyết … ngày 22 tháng 12 năm 2024").
 */
function statedTime(text: string, strict = false): string | null {
  const f = foldKeepLength(text).toLowerCase();
  if (WHEN.test(f)) return timeIn(text);
  const dated = BEFORE_DATE.exec(f);
  if (dated) return timeIn(text);
  const re = new RegExp(TIMEFRAME.source, 'g');
  for (const m of f.matchAll(re)) {
    const before = f.slice(Math.max(0, m.index - 24), m.index);
    // (Strict, in the organisation part: a recurrence only in brackets, and no "đến năm …",
    // which there is mostly the name of a resolution or programme, "… quốc gia đến năm 2030".)
    const bracketed = /\(\s*$/.test(before);
    const recurrence = /^(?:th|h[a4]ng)/.test(m[0]) && (!strict || bracketed);
    const introduced = bracketed || (strict ? /(?<![a-z])(?:trong|v[a4]o|t[uw]|ho[a4]n\s+th[a4]nh|th[uw]c\s+hi[e]n)\s+(?:(?:h[e]t|cu[o0]i|[dđ][a4]u)\s+)?$/ : /(?<![a-z])(?:trong|v[a4]o|t[uw]|ho[a4]n\s+th[a4]nh|[dpb]en|th[uw]c\s+hi[e]n|tri[e]n\s+khai)\s+(?:(?:h[e]t|cu[o0]i|[dđ][a4]u)\s+)?$/).test(before);
    if (/(?:ng[a4]y|th[a4]ng)\s+\d{1,2}\s*(?:th[a4]ng\s+\d{1,2}\s*)?$/.test(before)) continue;
    if (recurrence || introduced) return timeframe(text.slice(m.index, m.index + m[0].length));
  }
  return null;
}

/** Whether every part of a unit's work is a standing role or funding ("theo dõi, đôn đốc …; tổng hợp, báo cáo"). */
function standingOnly(work: string): boolean {
  const parts = fold(work).toLowerCase().split(/[,;]\s*|\s+v[a4]\s+/).map((p) => p.trim()).filter((p) => p.replace(/[^a-z]/g, '').length > 0);
  return parts.length > 0 && parts.every((p) => STANDING.test(p) || !/[a-z]{2}/.test(p));
}

// Cells apart by a tab inside a line (a leading tab is an indent).
const TABBED = /\S\t+\S/;

// A request or an assignment opening a unit's work: "Giao <unit> …", "Đề nghị <unit> …".
const ASSIGN = /(?:^|\s)(?:giao|[dđ]\S{1,2}\s+ngh\S{1,2})\s+/;
// A roadmap line led by its time: "Quý III/2027 – Phòng …: …" (or an em dash, "Quý III/2027 — …").
const TIME_LED = /^\s*((?:qu\S\s+[ivx]{1,4}|th[a4]ng\s+\d{1,2})\s*\/\s*20\d\d)\s*[-–—:]\s*/;

/**
 * Tasks given to a unit in the prose of a plan's task or organisation part, outside tables and
 * field labels: an item led by the unit and a colon ("b) Trung tâm …: chủ trì sản xuất …;
 * thời gian: thường xuyên"), a numbered heading that is only a unit's name with its work under
 * it ("1. Đoàn Thanh niên xã" ⏎ "Chủ trì …"), a sentence "Giao / Đề nghị <unit> <work>", one led
 * by the unit ("Công an xã phối hợp với … trong tháng 9/2026") that states a time, a roadmap line
 * led by its time ("Quý II/2026 – <unit>: <work>"). A unit's standing role (monitoring, urging,
 * compiling reports, "là cơ quan thường trực") and funding are no task.
 */
// Work that only carries the plan out in general ("tham mưu … tổ chức Kế hoạch;", "căn cứ
// chức năng được giao …"), a unit's standing role under its heading rather than a task.
const STANDING_WORK = /(?:tham\s+m\S{1,3}u|tri\S{1,3}n\s+khai|th\S{1,3}c\s+hi\S{1,3}n|t\S\s+ch\S{1,3}c)\s+(?:th\S{1,3}c\s+hi\S{1,3}n\s+)?(?:c\S{1,2}c\s+n\S{1,3}i\s+dung\s+c\S{1,2}a\s+)?k\S{1,2}\s+ho\S{1,2}ch(?:\s+n\S{1,2}y)?\s*(?:[.;,]|$)|c\S{1,2}n\s+c\S{1,2}\s+ch\S{1,3}c\s+n\S{1,2}ng/;

function proseTasks(st: TextStructure, lines: Line[]): Task[] {
  const out: Task[] = [];
  const underTasks = new Set<Task>();
  let depth = 0;
  let inTasks = false;
  let under: string | null = null;
  // (The organisation part gives units their standing duties: there a unit's work is a task only
  // when it states its time.)
  let organisation = false;
  // Whether `under` was set by a lettered line, which the next lettered line ends.
  let underLettered = false;
  const closeUnder = () => {
    under = null;
    underLettered = false;
  };
  const chairIn = (f: string) => /(?<![a-z])ch\S{0,2}\s+tr\S(?![a-z])/.test(f);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const d = sectionDepth(line);
    // ("2.1. Công an xã (chủ trì):": the bracket says its role.)
    const bare = line.text.trim().replace(/^(?:\d+\.)+\s*|^[a-zđ]\)\s*/u, '').replace(/[.:]\s*$/, '').replace(/\s*\(\s*ch[ủu]\s+tr[ìi]\s*\)$/u, '');
    // A numbered heading that is only a body's name ("1. Đoàn Thanh niên xã", "3. Hội Người cao tuổi xã").
    // (A lettered line that is only a body's name heads its work too: "a) Văn phòng HĐND và UBND xã".)
    const lettered = d === 0 && /^\s*[a-zđ]\)\s/u.test(line.text);
    // (Up to twelve words: "Trung tâm Văn hóa, Thể thao và Truyền thông xã" has ten.)
    const named = (d > 1 || lettered) && bare.split(/\s+/).length <= 12 && !/[.:;]/.test(bare) ? bodyAtStart(bare) : null;
    if (lettered && !named && underLettered) closeUnder();
    const unitHeading = named !== null;
    if (d > 0 && !unitHeading) {
      // (In a plan, a numbered heading naming the bodies it turns to, "2. Đối với các hợp tác xã",
      // "4. Đề nghị Hội Nông dân …", opens their work.)
      // (Only the bodies' names: "3. Đề nghị Hội Cựu chiến binh … phối hợp vận động …" is an item.)
      const toBodies = d > 1 && /^[\s\d.]*(?:[dđ][o0]i\s+v[o0]i|[dđ]e\s+ngh[i1]|giao)\s/.test(line.folded) && line.text.trim().split(/\s+/).length <= 18 && !/(?<![a-z])(?:ph[o0]i\s+h[o0]p|tuy[e]n\s+truy[e]n|(?<!c[a4]c\s)t[o0]\s+ch[uw]c|th[uw]c\s+hi[e]n|tri[e]n\s+khai|v[a4]n\s+[dđ][o0]ng|h[uw][o0]ng\s+d[a4]n|l[o0]ng\s+gh[e]p|x[a4]y\s+d[uw]ng)(?![a-z])/.test(line.folded) && bodyAtStart(line.text.trim().replace(/^[\d.]+\s*\S+\s+\S+\s+/u, '')) !== null;
      if ((TASK_SECTION.test(line.folded) || toBodies) && line.text.trim().length < 100) {
        if (!inTasks || d <= depth) depth = d;
        // (A heading naming bodies inside a part goes on with that part's kind.)
        organisation = toBodies && inTasks ? organisation : /t[o0]\s*ch[uw]c\s*th[uw]c\s*h[i1][e]n|tr[a4]ch\s*nhi[e]m\s*c[uw]a/.test(line.folded);
        inTasks = true;
        closeUnder();
        continue;
      }
      // (A numbered item under a numbered heading of the same depth is an item, not a new part.)
      if (inTasks && d <= depth && !(d > 1 && /^\s*\d/.test(line.text))) {
        inTasks = false;
        closeUnder();
      }
    }
    // The recipients, or the closing "Trên đây là Kế hoạch …", end the part.
    if (/^\s*n[o0][i1]\s*nh\S{1,2}n\b|^\s*tr[e]n\s*[dđ][a4]y\s*(?:la|1a)\b/.test(line.folded)) {
      closeUnder();
      inTasks = false;
    }
    if (!inTasks || !line.text.trim()) continue;
    // A table is read by the table readers: skip it to the next blank line.
    const header = taskHeader(lines, i);
    // (A header is a few column names: no list mark, no sentence.)
    const columns = header && !/^\s*[-–•+*]/.test(line.text) && header.folded.trim().split(/\s+/).length <= 16 && !/[.;:,](?:\s|$)/.test(header.folded.replace(/^\s*s?tt\s*[:.]/, ''));
    if (line.text.includes('|') || columns) {
      while (i + 1 < lines.length && (lines[i + 1] as Line).text.trim()) i++;
      continue;
    }
    // A line whose cells are apart by tabs is a row of a table typed without a grid (its header
    // "Stt⇥Nội dung⇥Đơn vị chủ trì⇥…", however long): the table readers read it, with the rows
    // after it.
    if (TABBED.test(line.text)) {
      // Rows with no header, "<unit>⇥<work>⇥<time>": a unit first and a time last make a task.
      for (let j = i; j < lines.length && TABBED.test((lines[j] as Line).text); j++) {
        const cells = (lines[j] as Line).text.trim().split(/\t+/);
        const last = cells[cells.length - 1] as string;
        const by = cells.length >= 3 && !isTaskHeaderLine(line.folded) ? bodyAtStart(cells[0] as string) : null;
        if (by && by.end >= (cells[0] as string).trim().length - 1 && TIMEFRAME.test(foldKeepLength(last).toLowerCase()) && last.split(/\s+/).length <= 8) {
          out.push({ title: cells.slice(1, -1).join(' '), lead: by.name, coordinating: [], timeframe: timeframe(last.trim()) });
        }
        i = j;
      }
      continue;
    }
    if (unitHeading) {
      closeUnder();
      under = unitName(bare);
      underLettered = lettered;
      continue;
    }
    // The item on this line: up to the next marked line, blank line or heading.
    const marked = /^\s*(?:[-–•+*]|\d{1,2}[.)]|[a-zđ]\)|\(\d{1,2}\))\s*/u.exec(line.text);
    let end = i;
    for (let j = i + 1; j < lines.length; j++) {
      const nx = lines[j] as Line;
      if (!nx.text.trim() || sectionDepth(nx) > 0 || /^\s*(?:[-–•+*]|\d{1,2}[.)]\s|[a-zđ]\)\s|\(\d{1,2}\))/u.test(nx.text) || nx.text.includes('|') || TABBED.test(nx.text) || TIME_LED.test(nx.folded)) break;
      end = j;
    }
    let raw = st.text.slice(line.start + (marked?.[0].length ?? 0), (lines[end] as Line).end).replace(/\s+/g, ' ').trim();
    i = end;
    const rf = () => foldKeepLength(raw).toLowerCase();
    // Field labels for the lead are read by fieldsAt.
    if (FIELDS[0].test(rf())) continue;
    let when: string | null = null;
    const led = TIME_LED.exec(rf());
    if (led) {
      when = timeframe(raw.slice(0, (led[1] as string).length));
      raw = raw.slice(led[0].length);
    }
    // Several units' work in one paragraph, "Giao Phòng A: …; Phòng B: …; Công an xã: …": each part.
    const parts = raw.replace(/^Giao\s+/u, '').split(/;\s+(?=\p{Lu}[^;:]{2,80}:\s)/u);
    if (parts.length >= 2 && parts.every((p) => { const c = /^([^:]{3,100}):\s*\S/.exec(p); return c !== null && bodyAtStart(c[1] as string) !== null; })) {
      for (const p of parts) {
        const c = /^([^:]{3,100}):\s*(\S.*)$/.exec(p) as RegExpExecArray;
        const work = c[2] as string;
        const time = statedTime(work, organisation);
        if (standingOnly(work) || (organisation && !time)) continue;
        out.push({ title: work, lead: unitName(c[1] as string), coordinating: [], timeframe: time });
      }
      continue;
    }
    // The lead and time in a bracket closing the item: "… (Phòng A thực hiện, Ban B phối hợp; Quý II/2027)".
    const closing = /\(([^()]{4,200})\)\s*[.;]?\s*$/.exec(raw);
    if (closing) {
      const segs = (closing[1] as string).split(/\s*;\s*/);
      const by = bodyAtStart(segs[0] as string);
      const role = by ? /^\s*(?:th\S{1,3}c\s+hi\S{1,3}n|ph\S{1,2}\s+tr\S{1,3}ch)(?![a-z])/.exec(foldKeepLength((segs[0] as string).slice(by.end)).toLowerCase()) : null;
      if (by && role) {
        const timeSeg = segs.slice(1).find((g) => TIMEFRAME.test(foldKeepLength(g).toLowerCase()));
        out.push({ title: raw.slice(0, closing.index).trim(), lead: by.name, coordinating: [], timeframe: timeSeg ? timeframe(timeSeg.replace(/^\s*(?:th\S+\s+gian|th\S+\s+h\S+n)\s*:\s*/iu, '').trim()) : null });
        continue;
      }
    }
    const colon = /^(?:Giao\s+)?([^:]{3,100}):\s*(\S.*)$/u.exec(raw);
    const head = colon ? bodyAtStart(colon[1] as string) : null;
    // (A body's name before the colon, not a clause about it: "Các xóm cần thực hiện: …".)
    const clause = head ? /(?<![a-z])(?:c[a4]n|ph[a4]i|s[e]|[dđ][a4]|c[o0]|th[uw]c\s+hi[e]n|tri[e]n\s+khai)(?![a-z])/.test(fold((colon?.[1] as string).slice(head.end - head.start))) : false;
    if (colon && head && !clause && (colon[1] as string).split(/\s+/).length <= 14 && !WHEN.test(foldKeepLength(`${colon[1]}:`).toLowerCase())) {
      const work = colon[2] as string;
      const time = when ?? statedTime(work, organisation);
      if (standingOnly(work) || (organisation && !time)) continue;
      out.push({ title: work, lead: unitName((colon[1] as string).replace(/\s*\([^)]*\)\s*$/, '')), coordinating: [], timeframe: time });
      continue;
    }
    if (under) {
      // Under a unit's heading each item of concrete work is its task; outside the organisation
      // part (which lists units' standing duties so, real plans show), items without a time of
      // their own are one task of the unit with no time ("2.1. Công an xã (chủ trì):" ⏎ "- …" ⏎ "- …").
      const time = statedTime(raw, organisation);
      if (!standingOnly(raw) && !STANDING_WORK.test(fold(raw)) && (time || (!organisation && !out.some((t) => t.lead === under && t.timeframe === null && underTasks.has(t))))) {
        const task = { title: raw, lead: under, coordinating: [], timeframe: time };
        underTasks.add(task);
        out.push(task);
      }
      continue;
    }
    // Sentences: "… chủ trì …" (sentenceTask), "Giao / Đề nghị <unit> …", "<unit> <verb> … <time>".
    const sentences = raw.split(/(?<=[.;])\s+(?=\p{Lu})/u);
    sentences.forEach((sentence, k) => {
      const f = foldKeepLength(sentence).toLowerCase();
      // The time may be a sentence of its own after the work ("… Thời gian: Quý II/2026.").
      const laterTime = () => (k + 1 < sentences.length && WHEN.test(foldKeepLength(sentences[k + 1] as string).toLowerCase()) ? timeIn(sentences[k + 1] as string) : null);
      const assign = ASSIGN.exec(f);
      const from = assign ? assign.index + assign[0].length : 0;
      if (chairIn(f)) {
        const task = sentenceTask(assign && !/^giao/.test(f.slice(assign.index).trim()) ? `Giao ${sentence.slice(from)}` : sentence);
        if (task) out.push(task.timeframe ? task : { ...task, timeframe: laterTime() });
        return;
      }
      const body = bodyAtStart(sentence.slice(from));
      if (!body) return;
      const after = sentence.slice(from + body.end).trim();
      if (!/^\p{Ll}/u.test(after) || /^l[aà]\s/u.test(after) || standingOnly(after)) return;
      const time = statedTime(after, organisation) ?? laterTime();
      if (!assign && !time) return;
      out.push({ title: sentence, lead: body.name, coordinating: [], timeframe: time });
    });
  }
  closeUnder();
  return out;
}

export function extractTasks(st: TextStructure): Task[] {
  const lines = splitLines(st.text, st.folded);
  const out: Task[] = [...tableTasks(lines), ...alignedTableTasks(lines)];
  let titleLines: string[] = [];
  let current: Task | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const depth = headingDepth(line);
    // A numbered item too long to be a heading may still be a whole task in one sentence.
    const longItem = depth === 0 && /^\s*\d{1,2}\.\s+\p{Lu}/u.test(line.text) ? sentenceTask(line.text.trim().replace(/^\d+\.\s*/, '')) : null;
    if (longItem) {
      out.push(longItem);
      current = null;
      continue;
    }
    // (A numbered line with a colon, "1.2. Đơn vị thực hiện: …", may be a field, not a title.)
    if (depth === 2 || (depth > 2 && !line.text.includes(':'))) {
      // A numbered item "3. Tăng cường …", "2.1. Tuyên truyền …": its title runs until the first sub-item.
      // A paragraph: the lines from `from` up to a blank line, a heading, field labels or a task table.
      const paragraph = (from: number): string[] => {
        const ls: string[] = [];
        for (let j = from; j < lines.length && j < from + 6; j++) {
          const nx = lines[j] as Line;
          // (The next numbered item, however long, starts its own paragraph.)
          // (A field label ends it where it opens a line; "…; thời gian: Quý I/2026." ending a wrapped sentence is part of it.)
          if (!nx.text.trim() || headingDepth(nx) > 0 || /^\s*\d{1,2}\.\s+\p{Lu}/u.test(nx.text) || FIELD_OPENING.some((re) => re.test(nx.folded)) || isTaskHeaderLine(nx.folded)) break;
          ls.push(nx.text.trim());
        }
        return ls;
      };
      titleLines = [line.text.trim().replace(/^(?:\d+\.)+\s*/, ''), ...paragraph(i + 1)];
      current = null;
      const join = (ls: string[]) => ls.join(' ').replace(/\s+/g, ' ').trim();
      let sentence = sentenceTask(join(titleLines));
      // The heading is the title and the task a sentence under it ("2. Hỗ trợ …" / "Phòng Kinh
      // tế chủ trì, phối hợp với …"): the sentence starts on one of the lines after the heading,
      // or opens the paragraph after a blank line.
      for (let k = 1; !sentence && k < titleLines.length; k++) {
        const body = sentenceTask(join(titleLines.slice(k)));
        if (body && /^\p{Lu}/u.test(titleLines[k] ?? '')) sentence = { ...body, title: join(titleLines.slice(0, k)) };
      }
      let next = i + titleLines.length;
      while (!sentence && next < lines.length && !(lines[next] as Line).text.trim()) next++;
      const body = sentence || next === i + titleLines.length ? [] : paragraph(next);
      const task = body.length > 0 && /^\p{Lu}/u.test(body[0] as string) ? sentenceTask(join(body)) : null;
      if (task) sentence = { ...task, title: join(titleLines) };
      // (Field lines under it, "Thời gian thực hiện: …" on a line of its own, complete it.)
      if (sentence) {
        out.push(sentence);
        current = sentence;
        continue;
      }
      // The item's own line goes on with its fields ("1. Lập nhóm Zalo các thôn. Đơn vị chủ trì:
      // …; thời gian: …"): the words before the lead's label are the title, the fields are read below.
      const label = LEAD.exec(lines[i + 1]?.text.trim() ? st.folded.slice(line.start, (lines[i + 1] as Line).end) : line.folded);
      const title = label && label.index < line.text.length ? line.text.slice(0, label.index).trim().replace(/^(?:\d+\.)+\s*/, '').replace(/[.;,:]\s*$/, '') : '';
      if (!label || title.split(/\s+/).length < 2) continue;
      titleLines = [title];
    }
    // "Nhiệm vụ 2. Xây dựng …": the title of the fields under it.
    if (NUMBERED_TASK.test(line.folded)) {
      titleLines = [line.text.trim().replace(/^\S+\s+\S+\s+\d{1,2}\s*[.:)]\s*/u, '')];
      current = null;
    }
    const found = fieldsAt(st, lines, i);
    i = found.last;
    // Fields written time first ("Thời gian: Quý I/2027 – Đơn vị chủ trì: … – Phối hợp: …") belong
    // to the task their lead's label opens, not to the one before.
    const fields = found.fields.some((f) => f.kind === 0) ? [...found.fields].sort((a, b) => (a.kind === 0 ? 0 : 1) - (b.kind === 0 ? 0 : 1)) : found.fields;
    for (const f of fields) {
      if (f.kind === 0) {
        if (!f.value) continue;
        // "Thực hiện: Trạm Y tế chủ trì, phối hợp (với) <units>": the lead is the unit before "chủ trì".
        const fv = foldKeepLength(f.value).toLowerCase();
        const chair = /\s+ch\S{0,2}\s+tr\S(?![a-z])\s*[,;]?\s*/.exec(fv);
        const coord = chair ? /^ph\S{1,3}i\s+h\S{1,3}\s+(?:v\S{1,2}i\s+)?/.exec(fv.slice(chair.index + chair[0].length)) : null;
        const lead = chair && chair.index > 0 ? f.value.slice(0, chair.index) : f.value;
        const partners = coord && chair ? splitUnits(f.value.slice(chair.index + chair[0].length + coord[0].length)) : [];
        current = { title: titleLines.join(' ').replace(/\s+/g, ' ').trim(), lead: unitName(lead), coordinating: partners, timeframe: null };
        out.push(current);
      } else if (!current) continue;
      else if (f.kind === 1) current.coordinating = f.value.split(/\s*;\s*/).filter(Boolean).map(unitName);
      else current.timeframe = timeframe(f.value || null);
    }
  }
  // Tasks in prose the readers above did not find (a unit they already gave a task keeps it).
  const key = (t: Task) => `${fold(t.lead ?? '')}|${fold(t.timeframe ?? '')}`;
  const seen = new Set(out.map(key));
  const leads = new Set(out.map((t) => fold(t.lead ?? '')));
  for (const t of proseTasks(st, lines)) {
    if (seen.has(key(t)) || leads.has(fold(t.lead ?? ''))) continue;
    seen.add(key(t));
    out.push(t);
  }
  return withNamedLeads(out);
}

/**
 * A lead is a name: a task whose lead has no word of letters, or is a time phrase ("Quý I/2027" from
 * a cell the scan moved), was read from a broken row and is dropped (kept with no lead it scores as
 * a task no document states). A task whose reader found no lead (null, which the contract allows)
 * is kept.
 */
export function withNamedLeads(tasks: Task[]): Task[] {
  const time = new RegExp(`^(?:${TIMEFRAME.source})$`);
  return tasks.filter((t) => t.lead === null || (/\p{L}{2}/u.test(t.lead) && !time.test(foldKeepLength(t.lead.trim()).toLowerCase())));
}

export { itemsIn };
