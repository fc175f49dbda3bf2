// Narrative parts of a report: difficulties (under "Khó khăn / Tồn tại / Hạn chế /
// Nguyên nhân" headings, classified by the catalog's theme cues) and recommendations
// (under "Kiến nghị, đề xuất", grouped by "Đối với <addressee>" or led by the addressee).

import type { ExtractionResult } from './extraction.types.ts';
import { headingDepth, itemsIn, sectionDepth, splitLines, type Line } from './blocks.ts';
import type { CatalogTheme } from './facts.ts';
import { findCue, fold, foldKeepLength } from './fold.ts';
import { provinceNames } from './gazetteer.ts';
import type { TextStructure } from './text-structure.ts';

// (As the English-model OCR reads them too: "khé khan", "vudng mac".)
const DIFF_HEADING = /kh[oe0]\s*kh[a-z4]{1,3}n|v[uw]?[o0d]ng\s*m[a-z4]{1,3}c|h[a4]n\s*ch[e]|t[o0]n\s*t[a4][i1]|nguy[e]n\s*nh[a4]n/;
// The words an unnumbered label must start with to open a difficulties section.
const DIFF_LABEL = /kh[oe0]\s*kh[a-z4]{1,3}n|v[uw]?[o0d]ng\s*m[a-z4]{1,3}c|h[a4]n\s*ch[e]|t[o0]n\s*t[a4][i1]/;
const REC_HEADING = /k[i1][e]n\s*ngh(?:[i1]|\W|$)|[dpb][e]\s*x[uw][a4i]t/;

interface Region {
  from: number;
  to: number;
  heading: string;
  depth: number;
}

// "Đối với <addressee>:", also "Với <addressee>:" and "Kiến nghị / Đề nghị <addressee>:" ending its line.
const TO_HEADING = /^\s*(?:\d+\.|[a-zđ]\)|[-–•+*])?\s*(?:(?:[dpb][o0-9][i1]\s+)?v[o0-9a-z][i1]|(?:k\S{1,3}nh\s+)?(?:[dpb]\S{0,2}|k\S{1,3}n)\s+ngh[^\s.,;:]{0,2}(?:\s+v\S{1,2}i)?)\s+(.+?)\s*[:.]?\s*$/;

interface Label {
  depth: number;
  /** Folded heading words (before a colon). */
  head: string;
  /** Where the section's content starts: after the colon when the line goes on, else the next line. */
  from: number;
  /** The line is a heading and nothing else. */
  bare: boolean;
  /** A sentence ending in a colon rather than a title. */
  intro: boolean;
}

// (Patterns with \p{…} outside a character class are kept in constants: the TypeScript loader
// (esbuild) turns such a literal into a `new RegExp(…)` call, built again at every call.)
const NON_LETTERS = /[^\p{L}]/gu;
const CAPITAL_OPENING = /^\s*\p{Lu}/u;
const LETTER_ITEM = /^\s*[a-zđ]\)\s*\p{Lu}/u;
const QUESTION_NUMBER = /^\s*C\p{L}u(?:\s+h\p{L}{1,2}i)?\s+\d{1,2}\s*[.:)]/u;
const CAPITAL_LABEL = /^\s*(?:\*\s*)?\p{Lu}/u;
/**
 * A line that opens a section: a numbered, Roman or capitals heading (sectionDepth), a lettered
 * one ("b) Khó khăn, vướng mắc:"), or a short label line ("Tồn tại, hạn chế:", "Những mặt còn
 * hạn chế"). A heading may go on after its colon ("3. Về kiến nghị: đề nghị Sở …").
 */
function labelOf(line: Line): Label | null {
  // (Asked again for the same line by each search of regions and its inner loop: kept per line.)
  let label = labels.get(line);
  if (label === undefined) labels.set(line, (label = readLabel(line)));
  return label;
}
const labels = new WeakMap<Line, Label | null>();

function readLabel(line: Line): Label | null {
  const t = line.text;
  const colon = t.slice(0, 110).indexOf(':');
  const headEnd = colon >= 0 ? colon : t.length;
  // A long paragraph whose last sentence introduces a list ("… Tuy vậy, vẫn còn những hạn chế
  // nhất định, cụ thể như sau:"): that sentence is the label.
  if (colon < 0 && /:\s*$/.test(t)) {
    const last = Math.max(t.lastIndexOf('. '), t.lastIndexOf('; ')) + 2;
    const end = t.lastIndexOf(':');
    if (last >= 2 && end - last <= 110) return { depth: 5, head: line.folded.slice(last, end), from: line.end, bare: true, intro: true };
  }
  const head = line.folded.slice(0, headEnd);
  const rest = colon >= 0 ? t.slice(colon + 1) : '';
  const goesOn = rest.replace(NON_LETTERS, '').length >= 8;
  const from = goesOn ? line.start + colon + 1 : line.end;
  const bare = !goesOn;
  let depth = sectionDepth(line);
  if (depth === 0 && CAPITAL_OPENING.test(t)) depth = sectionDepth({ ...line, text: t.slice(0, headEnd) });
  if (depth === 0 && LETTER_ITEM.test(t) && headEnd <= 80) depth = 4;
  // A question of a point-by-point answer ("Câu 7. Địa phương gặp trở ngại, khó khăn gì?"), its answer under it.
  if (depth === 0 && QUESTION_NUMBER.test(t) && t.length < 200) depth = 2;
  // An unnumbered label: short, no figures, ending in a colon (5), or a short title line of its
  // own (6, which opens a section but never ends one: an OCR line break looks the same).
  const words = head.trim().split(/\s+/).length;
  if (depth === 0 && CAPITAL_LABEL.test(t) && !/\d/.test(head) && words <= 8) {
    if (colon >= 0) depth = 5;
    else if (t.trim().length <= 50 && !/[.;,]\s*$/.test(t)) depth = 6;
  }
  // A sentence introducing a list ("Tuy nhiên, việc triển khai còn một số khó khăn, hạn chế sau:"),
  // also the last line of one that OCR wrapped: regions() checks that it ends with the section's words.
  const intro = depth === 0 && colon >= 0 && bare && !/^\s*[-–•+*]/.test(t);
  if (intro) depth = 5;
  return depth > 0 ? { depth, head, from, bare, intro } : null;
}

/**
 * Sections whose heading matches test. An unnumbered label opens one only when it starts with
 * the words of strong ("Khó khăn, vướng mắc:", "Những mặt còn hạn chế"), not a sentence that
 * mentions them ("Tuy nhiên, vẫn còn hạn chế").
 */
function regions(lines: Line[], test: RegExp, strong: RegExp = test): Region[] {
  const out: Region[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const label = labelOf(line);
    if (!label || label.head.length > 160) continue;
    // An introducing sentence may have been wrapped: its start is on the line before.
    const prev = (lines[i - 1] as Line | undefined)?.folded ?? '';
    const whole = label.intro && prev.trim() && !/[.:;]\s*$/.test(prev) ? `${prev} ${label.head}` : label.head;
    if (!test.test(whole)) continue;
    if (label.depth >= 5) {
      const at = label.head.search(strong);
      const opens = at >= 0 && !label.intro && /^\s*(?:\*\s*)?(?:(?:nhung|cac|mot\s+so|mat|con|ve)\s+)*$/.test(label.head.slice(0, at));
      // An introducing sentence must end with the words: "… khó khăn, hạn chế (như) sau:".
      const last = [...whole.matchAll(new RegExp(strong.source, 'g'))].pop();
      // ("… những khó khăn cơ bản, cụ thể như sau:": a qualifier may come between.)
      const ends = label.intro && last !== undefined && /^(?:\s+(?:nhat\s+dinh|chu\s+yeu|co\s+ban|lon))?[\s,]*(?:(?:cu\s+the\s+)?(?:nhu\s+)?sau(?:\s+day)?|cu\s+the|chu\s+yeu|nhu)?\s*$/.test(whole.slice((last.index ?? 0) + last[0].length));
      if (!opens && !ends) continue;
    }
    const depth = label.depth;
    let to = lines[lines.length - 1]?.end ?? 0;
    for (let j = i + 1; j < lines.length; j++) {
      const nx = lines[j] as Line;
      const nl = labelOf(nx);
      // A label line ends a section only when it is a bare title of its own ("Kết quả:"), not
      // an item led by its topic ("Về hạ tầng: …") or an addressee ("Đối với Sở …:").
      const ends = nl && nl.depth <= 5 && (nl.depth < 5 || nl.bare) && nl.depth <= depth && !test.test(nl.head) && !(nl.depth >= 4 && TO_HEADING.test(nx.folded));
      if (ends) {
        to = nx.start;
        break;
      }
      if (/^\s*n[o0][i1]\s*nh\S{1,2}n\b/.test(nx.folded) || /^\s*tr[e]n\s*d[a4]y\s*(?:la|1a)\b/.test(nx.folded)) {
        to = nx.start;
        break;
      }
    }
    out.push({ from: label.from, to, heading: whole, depth });
    // Skip the lines already covered so a sub-heading is not a second region.
    while (i + 1 < lines.length && (lines[i + 1] as Line).start < to) i++;
  }
  return out;
}

// A place phrase ("ở vùng sâu", "tại các xã đảo") says where a difficulty is, not what it is:
// a cue inside one yields to any cue outside it.
const PLACE_PHRASE = /(?<![a-z0-9])(?:o|6|¢|tai)\s+(?:cac\s+|mot so\s+|nhung\s+)?[^,;.]*?(?=\s(?:chua|khong|thieu|con|bi|da|rat|van)(?![a-z])|[,;.]|$)/g;

function inPlacePhrase(folded: string, at: number): boolean {
  for (const m of folded.matchAll(PLACE_PHRASE)) if (at >= m.index && at < m.index + m[0].length) return true;
  return false;
}

// The commune's units named by their kind ("các bộ phận chuyên môn", "phòng chuyên môn") hold a
// staffing cue but state no lack of expertise.
const UNIT_NAMES = /(?<![a-z])(?:bo\s+phan|phong|co\s+quan|don\s+vi)\s+chuyen\s+mon(?![a-z])/g;

/**
 * The theme whose cue comes first in the text (the subject of the sentence); ties go to the
 * longest cue. A cue inside a place phrase counts only when no other cue is found.
 */
function themeAt(text: string, themes: CatalogTheme[], within = text.length): string | null {
  const folded = text.replace(UNIT_NAMES, (m) => ' '.repeat(m.length));
  const outside = themeAtWhere(folded, themes, within, (at) => !inPlacePhrase(folded, at));
  return outside ?? themeAtWhere(folded, themes, within, () => true);
}

function themeAtWhere(folded: string, themes: CatalogTheme[], within: number, keep: (at: number) => boolean): string | null {
  let best: string | null = null;
  let bestAt = Infinity;
  let bestLen = 0;
  for (const t of themes) {
    for (const cue of t.cues ?? []) {
      const hit = findCue(folded, cue).find((h) => keep(h[0]));
      if (!hit || hit[0] > within) continue;
      if (hit[0] < bestAt || (hit[0] === bestAt && cue.length > bestLen)) {
        best = t.code;
        bestAt = hit[0];
        bestLen = cue.length;
      }
    }
  }
  return best;
}

// A clause opening with a lack, and words that state a problem (the predicate of a difficulty).
const LACK_OPENING = /^(?:con\s+)?(?:(?<!sua )chua|khong|thieu)(?![a-z])/;
const PROBLEM = /(?<![a-z])(?:(?<!sua )chua|khong|thieu|hu hong|xuong cap|han che|han hep|yeu|kho khan|cham|gian doan|chap chon|lac hau|it|mong|e ngai|lung tung)(?![a-z])/;

// Where a clause may start inside one difficulty: a comma or semicolon, `và` / `đồng thời`
// joining a second statement ("Kinh phí còn hạn chế và đội ngũ … chưa được đào tạo"), and a cause
// ("… khó tiếp cận thông tin do sóng điện thoại yếu").
// (Not the `do` of "tự do".)
const CLAUSE_CUT = /,\s*|\s+(?:và|đồng thời|vì|bởi(?:\s+vì)?)\s+|(?<!\st\S{0,2})\s+do\s+/gu;
// Connectives before a clause's subject ("đồng thời tình trạng …"), passed over before its cue.
const CONNECTIVE = /^(?:(?:đồng thời|bên cạnh đó|ngoài ra|mặt khác|nhất là|đặc biệt là)\s*,?\s*)+/u;

/**
 * Themes of one difficulty: the one named first, plus the theme of any later clause that
 * opens with a cue of its own ("… cụm loa hư hỏng, chưa có kinh phí sửa chữa" is equipment and
 * funding; "… thiếu máy tính, kinh phí và người phụ trách" is three).
 */
function themesOf(text: string, themes: CatalogTheme[]): { theme: string; text: string }[] {
  const first = themeAt(fold(text), themes);
  if (!first) return [];
  const out = [{ theme: first, text }];
  if (first === 'staffing' && attitudeOnly(fold(text))) out.pop();
  const cuts = [...text.matchAll(CLAUSE_CUT)];
  for (let k = 0; k < cuts.length; k++) {
    const cut = cuts[k] as RegExpMatchArray;
    const from = (cut.index ?? 0) + cut[0].length;
    const c = text.slice(from, k + 1 < cuts.length ? cuts[k + 1]!.index : text.length).replace(CONNECTIVE, '');
    const fc = fold(c);
    const before = fold(text.slice(0, cut.index));
    // A comma or `và` either lists parts of one phrase ("Kinh phí bảo trì, nâng cấp đường truyền …",
    // "tiểu thương, người cao tuổi") or joins a second statement. It is a second statement when
    // the clause opens with a lack ("chưa có kinh phí …") or the text before it already states a
    // problem ("… cụm loa hư hỏng, kinh phí …"). A cause ("do …") is one when it states a problem
    // of its own ("do sóng yếu", not "do thiên tai").
    const cause = /^\s+(?:do|vì|bởi)/u.test(cut[0]);
    if (cause ? !LACK_OPENING.test(fc) && !PROBLEM.test(fc) : !LACK_OPENING.test(fc) && !PROBLEM.test(before)) continue;
    // The cue must open the clause (allowing a negation or quantity word before it).
    const t = themeAt(fc, themes, 14);
    if (t && !out.some((o) => o.theme === t) && !(t === 'staffing' && attitudeOnly(fc))) out.push({ theme: t, text: c.trim() });
  }
  return out;
}

// Officials' attitude ("một số cán bộ chưa thực sự quan tâm, còn ngại đổi mới") is no shortage
// of staff: without a word of numbers, workload or skills it states no staffing difficulty.
const ATTITUDE = /(?<![a-z])(?:chua\s+(?:thuc\s+su\s+)?(?:quan\s+tam|sau\s+sat|quyet\s+liet|guong\s+mau|chu\s+dong)|ngai\s+(?:doi\s+moi|thay\s+doi)|nhan\s+thuc|tinh\s+than\s+trach\s+nhiem|ngai\s+kho)(?![a-z])/;
const STAFF_SUBSTANCE = /(?<![a-z])(?:kiem\s+nhiem|thieu|it|mong|trinh\s+do|chuyen\s+mon|ky\s+nang|nang\s+luc|dao\s+tao|tap\s+huan|boi\s+duong|bien\s+che|nghiep\s+vu|so\s+luong|thay\s+doi\s+(?:nhan\s+su|cong\s+tac)|luan\s+chuyen)(?![a-z])/;
function attitudeOnly(folded: string): boolean {
  return ATTITUDE.test(folded) && !STAFF_SUBSTANCE.test(folded);
}

// A problem stated as absent or already solved ("Không có khó khăn …", "Hệ thống … đã được đầu
// tư mới", "Xã đã khắc phục được tình trạng thiếu …"): no difficulty.
const SOLVED = /(?<![a-z])(?:(?:khong\s+co|chua\s+phat\s+sinh)\s+(?:kho\s+khan|vuong\s+mac|han\s+che)|da\s+(?:duoc\s+)?(?:khac\s+phuc|dau\s+tu|trang\s+bi|nang\s+cap|thay\s+the)|da\s+(?:chu\s+dong\s+)?bo\s+tri\s+du|da\s+phu\s+(?:song\s+)?den)(?![a-z])/;

// A table row: cells between pipes, or a row number and cells aligned with spaces.
const ROW = /^\s*(?:\d{1,2}\s*[|¦]|\d{1,2}(?:\s{2,}|\t)|\S.*[|¦])/;
// An ordinal opening each point of a paragraph: "Một là, …", "Thứ hai, …".
const ORDINAL = /(?:^|\s)(?=(?:M[ộo]t|Hai|B[aàá]|B[ốo]n|N[ăa]m|S[áa]u)\s+l[àa][,:\s]|Th[ứu]\s+(?:nh[ấa]t|hai|ba|t[ưu])[,:\s])/u;

/**
 * The difficulties one item states: a table's rows one by one (the header row left out); else
 * each sentence, each "Một là / Hai là" point and each ';' part of the item.
 */
function difficultyPieces(raw: string, joined: string): string[] {
  const lines = raw.split('\n');
  // A table aligned with spaces and no number column ("Thiết bị đầu cuối      5 tổ dân phố thiếu máy …"):
  // one row per line with a wide gap, the header row left out.
  const spaced = lines.filter((l) => /\S(?:\s{3,}|\t)\S/.test(l.trim()));
  if (spaced.length >= 2 && spaced.length >= lines.length - 1 && !lines.some((l) => ROW.test(l))) {
    return spaced.filter((r) => !/^\s*(?:STT|TT|N[ộo]i dung|Kh[óo] kh[ăa]n|L[ĩi]nh v[ựu]c)(?:\s{2,}|\t|$)/iu.test(r)).map((r) => r.replace(/\s+/g, ' ').trim());
  }
  if (lines.filter((l) => ROW.test(l)).length >= 2) {
    const rows: string[] = [];
    for (const l of lines) {
      if (ROW.test(l) || rows.length === 0) rows.push(l);
      else rows[rows.length - 1] += ` ${l}`;
    }
    // (Only the first row may be the header: "| Nội dung tuyên truyền còn …" further down is a row.)
    return rows
      .filter((r, k) => !/^[\s|¦:-]*$/.test(r) && (k > 0 || /^\s*\d/.test(r) || !/(?:^|[|¦]\s*)(?:STT|TT|N[ộo]i dung|Kh[óo] kh[ăa]n)/iu.test(r)))
      .map((r) => r.replace(/^\s*\d{1,2}\s*[|¦]?/, '').replace(/\s*[|¦]\s*/g, ' ').replace(/\s+/g, ' ').trim());
  }
  return joined
    .split(ORDINAL)
    // (Points numbered "1) … 2) …" run together in one paragraph.)
    .flatMap((p) => p.split(/\s+(?=\d{1,2}\)\s)/))
    .flatMap((p) => p.split(/(?<=[.!?])\s+(?=\p{Lu})/u))
    .flatMap((p) => p.split(/;\s*/))
    .map((p) => p.replace(/^(?:M[ộo]t|Hai|B[aàá]|B[ốo]n|N[ăa]m|S[áa]u)\s+l[àa][,:]?\s*|^Th[ứu]\s+(?:nh[ấa]t|hai|ba|t[ưu])[,:]?\s*/u, ''));
}

// A sentence announcing the difficulties that follow it in its paragraph: "Bên cạnh kết quả đạt
// được, công tác truyền thông còn một số khó khăn." or "… còn một số khó khăn như: …" (folded).
const ANNOUNCE = /(?<![a-z])(?:con|gap|co)\s+(?:mot\s+so|nhung|nhieu)\s+(?:kho\s+khan|han\s+che|vuong\s+mac|ton\s+tai)(?:\s*,?\s*(?:va\s+)?(?:kho\s+khan|han\s+che|vuong\s+mac|ton\s+tai))*(?:\s+(?:(?:cu\s+the\s+)?nhu\s+)?sau(?:\s+day)?|\s+(?:cu\s+the|nhu))?\s*[.:](?=\s)/g;

export function extractDifficulties(st: TextStructure, themes: CatalogTheme[]): ExtractionResult['difficulties'] {
  const lines = splitLines(st.text, st.folded);
  const out: ExtractionResult['difficulties'] = [];
  const found = regions(lines, DIFF_HEADING, DIFF_LABEL);
  // A paragraph outside the sections that announces its difficulties: the sentences after the
  // announcement, to the paragraph's end.
  for (const m of st.folded.matchAll(ANNOUNCE)) {
    const from = (m.index ?? 0) + m[0].length;
    if (found.some((r) => from >= r.from && from < r.to)) continue;
    const end = st.text.slice(from).search(/\n\s*\n|$/);
    for (const p of difficultyPieces(st.text.slice(from, from + end), st.text.slice(from, from + end).replace(/\s+/g, ' ').trim())) {
      const text = p.trim();
      if (text.length >= 8 && !SOLVED.test(fold(text))) out.push(...themesOf(text, themes));
    }
  }
  for (const r of found) {
    // A heading of difficulties and requests together ("5. Về khó khăn, vướng mắc và đề xuất, kiến
    // nghị") holds both: its items up to the requests are read. One that names the requests first
    // ("Kiến nghị tháo gỡ khó khăn") is a section of requests.
    const rec = r.heading.search(REC_HEADING);
    if (rec >= 0 && !(r.heading.search(DIFF_HEADING) < rec)) continue;
    for (const item of itemsIn(st.text, r.from, r.to)) {
      // A sub-heading ("1. Khó khăn", "2. Nguyên nhân của hạn chế"), not an item that mentions "khó khăn".
      if (headingDepth({ start: 0, end: 0, text: item.text, folded: '' }) > 0 && DIFF_HEADING.test(fold(item.text)) && item.text.length < 50 && !item.text.includes(',')) continue;
      if (rec >= 0) {
        const head = fold(item.text.replace(/^(?:\d+(?:\.\d+)*\.|[a-zđ]\)|[-–•+*])\s*/u, '')).slice(0, 40);
        // The requests' part: a sub-heading or a label of its own ("- Đề xuất, kiến nghị: …"), or a request.
        if (/^(?:ve\s+)?(?:de\s+xuat|kien\s+nghi|de\s+nghi)/.test(head)) break;
      }
      for (const p of difficultyPieces(st.text.slice(item.start, item.end), item.text)) {
        // (The answer to a question: "Trả lời: …".)
        const text = p.replace(/^(?:\d+(?:\.\d+)*\.|\d{1,2}\)|[a-zđ]\))\s*/u, '').replace(/^Tr\S{1,2}\s*[lI1]\S{0,2}i\s*:\s*/u, '').trim();
        // A sentence introducing the list ("Xã xin nêu các hạn chế dưới đây:") is none.
        if (text.length < 8 || /:\s*$/.test(text) || SOLVED.test(fold(text))) continue;
        out.push(...themesOf(text, themes));
      }
    }
  }
  return out;
}

// The words of a request, in folded text (same length as the original): "(kính) đề nghị" or
// "kiến nghị", as OCR reads them too ("dé nghi", "pe nghj", "kién nghi", "kinh dé nghi"). One
// pattern for every reader below: where a paragraph's requests are cut apart, where a request
// names its addressee, and the polite request outside the section.
// ("kh" is another initial: "Khánh đề nghị" is a person asking, not "kính".)
const POLITE = String.raw`k(?!h)\S{1,3}nh\s+`;
// (The word's last letters, not a stop after it: "… không có kiến nghị. Trong thời gian tới …".)
const ASK_WORDS = String.raw`(?:[dpb]\S{0,2}|k\S{1,3}n)\s+ngh[^\s.,;:]{0,2}`;
// In a section of requests "đề xuất <body>" asks as "đề nghị" does ("Xã đề xuất UBND tỉnh hỗ
// trợ …"); a proposal of the commune's own names no body ("Đề xuất giải pháp …").
const ASK = String.raw`(?:(?:${POLITE})?${ASK_WORDS}|[dpb]\S{0,2}\s+xu\S{1,3}t)`;
/** "… với": the addressee follows ("Kiến nghị với Sở …"). */
const TO = String.raw`(?:v\S{1,2}i\s+)?`;
/** A request anywhere in the first words of a piece, up to its addressee. */
const REQUEST_INSIDE = new RegExp(String.raw`(?<![a-z])${ASK}\s+${TO}(?=\S)`);
/** A piece that opens with a request. */
const REQUEST_OPENING = new RegExp(String.raw`^\s*${ASK}\s`);
/** The lead of a piece up to its addressee: a list mark, up to six words of subject, the request. */
const REQUEST_LEAD = new RegExp(String.raw`^\s*(?:\d+\.\s*|[-–•+*]\s*)?(?:(?:\p{L}+\s+){0,6}?${ASK}\s+${TO})?`, 'u');
/**
 * A request after a longer opening phrase, made by the commune's committee ("Để nâng cao hiệu
 * quả …, UBND xã đề nghị …"); without that subject a request so far in introduces the bodies
 * listed under it ("…, đề nghị Ủy ban nhân dân tỉnh giao các sở giúp những việc dưới đây:").
 */
const SUBJECT_REQUEST = new RegExp(String.raw`(?<![a-z])(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+(?:xa|phuong|dac\s+khu)(?:\s+[^\s,.;:]+){0,3}?\s+${ASK}\s+${TO}(?=\S)`, 'i');
/** A second request word right after the first. */
const REQUEST_AGAIN = new RegExp(String.raw`^\s*[:,]?\s*${ASK}\s+${TO}(?=\S)`);
/** Where a second request of one paragraph starts: "…; đề nghị B …". */
const REQUEST_CUT = new RegExp(String.raw`[;.]\s+(?=(?:dong\s+thoi\s+)?${ASK}\s)`, 'g');
/** "Kính đề nghị": addressed to a higher body by its nature, also outside the section. */
const POLITE_REQUEST = new RegExp(String.raw`(?<![a-z])${POLITE}${ASK_WORDS}(?![a-z])`, 'g');

// Common addressees written the way the State writes them ("Sở" also as the English OCR reads
// it: "SG", "S6" — the name after it is long enough to be sure).
const ADDRESSEES: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  [/^(?:uy ban nhan dan|ubnd)\s+(thanh ph[o0]|t[i1]nh|tp(?![a-z]))/, (m) => `Ủy ban nhân dân ${/t[i1]nh/.test(m[1] ?? '') ? 'tỉnh' : 'thành phố'}`],
  [/^s[o06dbeg]\s+(?:khoa h[o0]c\s+v[a4]\s+c[o0]ng\s+ngh[e]|khcn|kh&cn|kh\s*-\s*cn)/, 'Sở Khoa học và Công nghệ'],
  [/^s[o06dbeg]\s+(?:v[a4i]n\s+h[o0][a4]|vhttdl|vh,?\s*tt\s*(?:&|va)\s*dl)/, 'Sở Văn hóa, Thể thao và Du lịch'],
  [/^s[o06dbeg]\s+t[a4][i1]\s+ch[i1]nh/, 'Sở Tài chính'],
  [/^s[o06dbeg]\s+n[o0][i1]\s+v[u]/, 'Sở Nội vụ'],
  [/^s[o06dbeg]\s+g[i1][a4]o\s+d[u]c/, 'Sở Giáo dục và Đào tạo'],
  [/^s[o06dbeg]\s+th[o0]ng\s+t[i1]n/, 'Sở Thông tin và Truyền thông'],
  // ("TP" is the usual short form of "thành phố".)
  [/^c[o0]ng\s+[a4]n\s+(thanh ph[o0]|t[i1]nh|tp(?![a-z]))/, (m) => `Công an ${/t[i1]nh/.test(m[1] ?? '') ? 'tỉnh' : 'thành phố'}`],
  [/^b[o0]\s+ch[i1]\s+huy\s+b[o0]\s+d[o0][i1]\s+b[i1][e]n\s+ph[o0]ng/, 'Bộ Chỉ huy Bộ đội Biên phòng'],
  [/^b[o0]\s+ch[i1]\s+huy\s+qu[a4]n\s+s[uw]/, 'Bộ Chỉ huy Quân sự'],
  // The other provincial departments since 2025 (general knowledge of the government's structure).
  [/^s[o06dbeg]\s+c[o0]ng\s+th[uw][o0]ng/, 'Sở Công Thương'],
  [/^s[o06dbeg]\s+n[o0]ng\s+ngh[i1][e]p/, 'Sở Nông nghiệp và Môi trường'],
  [/^s[o06dbeg]\s+x[a4]y\s+d[uw]ng/, 'Sở Xây dựng'],
  [/^s[o06dbeg]\s+y\s+t[e]/, 'Sở Y tế'],
  [/^s[o06dbeg]\s+t[uw]\s+ph[a4]p/, 'Sở Tư pháp'],
  [/^s[o06dbeg]\s+d[a4]n\s+t[o0]c/, 'Sở Dân tộc và Tôn giáo'],
  [/^s[o06dbeg]\s+ng[o0][a4]i\s+v[u]/, 'Sở Ngoại vụ'],
  [/^b[o0]\s+kh[o0][a4]\s+h[o0]c/, 'Bộ Khoa học và Công nghệ'],
];

// Verbs a recommendation goes on with: the addressee is the words before the first of them
// (compared folded: no verb may fold like a lower-case word of a name, as 'giao' does 'giáo')
// ("Đề nghị Viettel Hà Tĩnh | lắp thêm trạm phát sóng").
const REC_VERBS = new Set(
  [
    'hỗ trợ', 'quan tâm', 'bố trí', 'cấp', 'cử', 'lắp', 'lắp đặt', 'đầu tư', 'tổ chức', 'cung cấp', 'tăng cường', 'hướng dẫn',
    'phối hợp', 'xem xét', 'sớm', 'bổ sung', 'triển khai', 'nâng cấp', 'chỉ đạo', 'ban hành', 'thường xuyên', 'tạo điều kiện',
    'phân bổ', 'trang bị', 'ưu tiên', 'nghiên cứu', 'giúp', 'tiếp tục', 'đào tạo', 'tập huấn', 'điều chỉnh', 'sửa chữa',
    'thay thế', 'xây dựng', 'kết nối', 'cải thiện', 'đẩy mạnh', 'rà soát', 'giải quyết', 'phê duyệt', 'cho phép', 'kiểm tra',
    'duy trì', 'mở', 'mở rộng', 'có', 'cho', 'kịp thời', 'nâng cao', 'khắc phục', 'chia sẻ', 'biên soạn', 'phát triển', 'hoàn thiện',
    'chủ trì', 'xử lý', 'cảnh báo', 'tuyên truyền', 'cấp phát', 'bồi dưỡng', 'phủ sóng', 'quan tâm chỉ đạo', 'làm việc',
    'tham mưu', 'phổ biến', 'cập nhật', 'đưa', 'thành lập', 'nhanh chóng', 'khẩn trương', 'định kỳ', 'hằng năm', 'khảo sát',
  ].map(fold),
);
const MAX_NAME_WORDS = 16;
// First words of other bodies a commune asks, in their usual spelling.
const BODY_HEADS = ['Ban Chỉ đạo', 'Ban Quản lý', 'Bưu điện', 'Trung tâm', 'Viễn thông', 'Đài Phát thanh và Truyền hình', 'Phòng giao dịch', 'Ngân hàng'];
let provinceFolds: [string, string][] | null = null;

function provinces(): [string, string][] {
  provinceFolds ??= provinceNames().map((p) => [fold(p), p]);
  return provinceFolds;
}

/**
 * The addressee at the start of a recommendation ("Đề nghị Ủy ban nhân dân tỉnh Quảng Ninh
 * hỗ trợ …", "Kiến nghị với Sở KH&CN …", "Đối với Bưu điện tỉnh …"): the words up to the first
 * verb. A usual addressee takes its official name, followed by the province when the text names
 * one; any other name is kept as written. Null when no name ends before a verb.
 */
function canonicalAddressee(raw: string, whole = false, led = false): string | null {
  // The request may follow its subject, and a purpose before it: "Ủy ban nhân dân xã kính đề
  // nghị Sở …", "Để nâng cao hiệu quả …, UBND xã đề nghị …".
  const folded = foldKeepLength(raw);
  const request = REQUEST_INSIDE.exec(folded.slice(0, 80)) ?? SUBJECT_REQUEST.exec(folded.slice(0, 160));
  const other = /^\s*(?:\d+\.\s*|[-–•+*]\s*)?(?:[dpb]\S{0,2}\s+xu\S{1,3}t\s+)?(?:v\S{1,2}i\s+)?/.exec(folded);
  const leadLen = request ? request.index + request[0].length : (other?.[0].length ?? 0);
  let rest = raw.slice(leadLen);
  // Bodies asked as a group, one singled out: "các cơ quan cấp tỉnh, đặc biệt là Sở …".
  const singled = /^các\s[^.;:]{0,60}?,?\s(?:nhất là|đặc biệt là|trong đó(?:\s+có)?)\s+(?=\p{Lu})/u.exec(rest);
  if (singled) rest = rest.slice(singled[0].length);
  // A request word twice ("Kiến nghị⏎Đề nghị Sở …": a heading run into its first line).
  const again = REQUEST_AGAIN.exec(foldKeepLength(rest));
  if (request && again) rest = rest.slice(again[0].length);
  const asked = Boolean(request) || /xu/.test(other?.[0] ?? '');
  const words = rest.split(/\s+/).filter(Boolean);
  let n = whole ? words.length : -1;
  let byVerb = whole;
  // A province closes a long name that has commas of its own ("Ban Chỉ đạo phát triển khoa học,
  // công nghệ … tỉnh Quảng Trị ban hành …"): the name runs to it when a verb follows it.
  let closedByProvince = false;
  if (!whole) {
    const wf = words.map((w) => fold(w).replace(/[^a-z]/g, ''));
    for (let k = 1; k < Math.min(words.length, 30) && n < 0; k++) {
      // "… phối hợp với Ủy ban nhân dân tỉnh X …": the province of a partner, not of the addressee.
      if (wf[k] === 'voi') break;
      if (wf[k] !== 'tinh' && !(wf[k] === 'thanh' && wf[k + 1] === 'pho')) continue;
      const at = wf[k] === 'tinh' ? k + 1 : k + 2;
      for (const [pf] of provinces()) {
        const len = pf.split(' ').length;
        if (wf.slice(at, at + len).join(' ') !== pf) continue;
        const after = wf.slice(at + len, at + len + 2);
        // The request goes on in lower case after the province ("… tỉnh Lam Khê làm việc với …").
        const next = words[at + len] ?? '';
        if (REC_VERBS.has(after[0] ?? '') || REC_VERBS.has(after.join(' ')) || /^\p{Ll}/u.test(next)) {
          n = at + len;
          byVerb = true;
          closedByProvince = true;
        }
      }
      // A steering board's long name closed by its bare level in capitals ("Ban Chỉ đạo phát triển
      // khoa học, công nghệ … Thành phố sớm tổ chức …"), a verb after it.
      const verbAt = (j: number) => REC_VERBS.has(wf[j] ?? '') || REC_VERBS.has(`${wf[j] ?? ''} ${wf[j + 1] ?? ''}`);
      if (n < 0 && /^\p{Lu}/u.test(words[k] ?? '') && /^ban\s+(?:chi\s+dao|quan\s+ly)\s/.test(fold(rest)) && verbAt(at)) {
        n = at;
        byVerb = true;
        closedByProvince = true;
      }
    }
  }
  for (let k = 0; k < words.length && k <= MAX_NAME_WORDS && n < 0; k++) {
    const w1 = fold(words[k] ?? '').replace(/[^a-z]/g, '');
    const w2 = `${w1} ${fold(words[k + 1] ?? '').replace(/[^a-z]/g, '')}`;
    // A capitalised word is part of the name ("Ban Chỉ đạo"), not the verb of the request (a colon after it ends the name).
    if (/^\p{Lu}/u.test(words[k] ?? '') && !(/:$/.test(words[k] ?? '') && k > 0)) continue;
    if (k > 0 && (REC_VERBS.has(w2) || REC_VERBS.has(w1))) {
      n = k;
      byVerb = true;
    } else if (/[.;:,]$/.test(words[k] ?? '') && k > 0 && !(/,$/.test(words[k] ?? '') && /^\p{Lu}/u.test(words[k + 1] ?? ''))) {
      n = k + 1;
      // A colon closes the name as a verb would ("Đề nghị VNPT Lam Khê: hỗ trợ …").
      if (/:$/.test(words[k] ?? '')) byVerb = true;
    }
    // (A comma followed by a capital goes on inside a name: "Trung tâm Văn hóa, Thể thao và …".)
  }
  if (n <= 0) return null;
  const name = words.slice(0, n).join(' ').replace(/[.;:,]+$/, '').trim();
  if (asked && levelBody(name) !== name) return levelBody(name);
  const f = fold(name);
  // The province named at the end ("… tỉnh X", "Viettel X", X a province of the gazetteer).
  let province: string | null = null;
  for (const [pf, p] of provinces()) if (f === pf || f.endsWith(` ${pf}`)) province = p;
  for (const [re, canon] of ADDRESSEES) {
    const m = re.exec(f);
    if (!m) continue;
    const official = typeof canon === 'string' ? canon : canon(m);
    const ofLevel = /(?:tinh|thanh pho)$/.test(fold(official));
    if (!province || fold(official).endsWith(fold(province))) {
      // "Sở Khoa học và Công nghệ thành phố": the level word written after the body is kept.
      const bare = /\s(t[i1]nh|thanh ph[o0])$/.exec(f.slice(m[0].length));
      return !ofLevel && bare ? `${official} ${/t[i1]nh/.test(bare[1] ?? '') ? 'tỉnh' : 'thành phố'}` : official;
    }
    const level = /(?:^|\s)(t[i1]nh|thanh ph[o0])\s+\S+(?:\s+\S+)*$/.exec(f.slice(m[0].length));
    return `${official}${!ofLevel && level ? ` ${/t[i1]nh/.test(level[1] ?? '') ? 'tỉnh' : 'thành phố'}` : ''} ${province}`;
  }
  // Any other addressee must be asked by name ("Đề nghị X <verb> …") and look like a name.
  // A name closed by a province ("Bộ Chỉ huy Quân sự tỉnh Cà Mau chỉ đạo …") may be long.
  // So may the name of a known kind of body ("Trung tâm Văn hóa, Thể thao và Truyền thông tỉnh").
  const bodyHead = BODY_HEADS.some((h) => f.startsWith(`${fold(h)} `));
  if (!(asked || whole || closedByProvince || led) || !byVerb || !/^\p{Lu}/u.test(name) || (n > 8 && !closedByProvince && !bodyHead)) return null;
  // The kind of body opening the name takes its spelling ("Bản chỉ đạo" read from OCR = Ban Chỉ đạo);
  // the rest is kept as written.
  for (const head of BODY_HEADS) {
    const hf = fold(head);
    if (f === hf || f.startsWith(`${hf} `)) return `${head}${name.split(/\s+/).slice(head.split(' ').length).map((w) => ` ${w}`).join('')}`;
  }
  return name;
}

// Where a second addressee of one request starts: "… và Sở …", "…, VNPT …" (also "Số" before a
// capital: "Sở" as the OCR repair may spell it).
const NEXT_ADDRESSEE = /(?:\s+và\s+|\s*,\s*)(?=Số\s+\p{Lu}|(?:Sở|S[Gg6]|Ủy ban|UBND|Công an|Bộ|Ban|Trung tâm|Bưu điện|Viễn thông|Viettel|VNPT|MobiFone|Mobifone|Tập đoàn|Tổng công ty|Công ty|Chi nhánh|Đài|Hội|Báo|Ngân hàng|Tỉnh đoàn|Liên đoàn)\s)/gu;

/**
 * The addressees of one request: usually one; "Đề nghị Sở Tài chính và Sở Nội vụ hướng dẫn …",
 * "Đề nghị Viettel X, VNPT X phối hợp …" name two, split where a body's name starts after `và`
 * or a comma — only inside the names, before any verb of the request.
 */
function addressees(piece: string, led = false): string[] {
  const only = canonicalAddressee(piece, false, led);
  if (!only) return [];
  // (Folded, same length: the request and its subject, "Ủy ban nhân dân xã kính đề nghị", also
  // after a purpose: "Để …, UBND xã đề nghị".)
  const folded = foldKeepLength(piece);
  const inside = REQUEST_INSIDE.exec(folded.slice(0, 80)) ?? SUBJECT_REQUEST.exec(folded.slice(0, 160));
  const lead = REQUEST_LEAD.exec(folded);
  let from = Math.max(lead?.[0].length ?? 0, inside ? inside.index + inside[0].length : 0);
  const cuts: [number, number][] = [];
  for (const m of piece.matchAll(NEXT_ADDRESSEE)) {
    const at = m.index ?? 0;
    if (at < from) continue;
    const words = piece.slice(from, at).split(/\s+/).map((w) => fold(w).replace(/[^a-z]/g, ''));
    if (words.some((w, k) => REC_VERBS.has(w) || REC_VERBS.has(`${w} ${words[k + 1] ?? ''}`))) break;
    cuts.push([at, at + m[0].length]);
    from = at + m[0].length;
  }
  if (cuts.length === 0) return [only];
  // Every name but the last is whole; the last runs to the verb of the request.
  const names = cuts.map(([at], k) => canonicalAddressee(piece.slice(k === 0 ? 0 : (cuts[k - 1] as [number, number])[1], at), true));
  names.push(canonicalAddressee(`Đề nghị ${piece.slice((cuts[cuts.length - 1] as [number, number])[1])}`));
  if (names.some((n) => !n)) return [only];
  return [...new Set(names as string[])];
}

// A piece led by a body's name, then what it is asked to do ("- Sở Tài chính hướng dẫn …" under
// "Đối với các sở, ngành:"): a body word before a name in capitals, or the commune's usual
// higher bodies ("Ủy ban nhân dân tỉnh", "Công an tỉnh"). ("Ban hành …" is a verb, not "Ban Chỉ đạo".)
const BODY_LEAD = /^\s*(?:[-–•+*]\s*|\d+\.\s*|[a-zđ]\)\s*)?(?:(?:Ủy ban nhân dân|UBND|Công an|Bưu điện|Viễn thông)\s+(?:tỉnh|thành phố|\p{Lu})|(?:Sở|S[G6]|Bộ|Ban|Trung tâm|Viettel|VNPT|MobiFone|Mobifone|Tập đoàn|Tổng công ty|Công ty|Chi nhánh|Đài)\s+\p{Lu})/u;

// A table column naming the body a request goes to.
const ASKED_COLUMN = /c[o0]\s+qu[a4]n\s+(?:ti[e]p\s+nh[a4]n|gi[a4]i\s+quy[e]t|[dpb][e]\s+ngh)|[dpb][o0]n\s+v[i1]\s+ti[e]p\s+nh[a4]n|(?:k[i1][e]n|[dpb][e])\s+ngh[i1]\s+(?:v[o0][i1]|[dpb][e]n)|n[o0][i1]\s+nh[a4]n\s+ki[e]n\s+ngh/;
// The first words of a body asked by name before a colon.
const BODY_LED_COLON = /^\s*(?:Sở|S[G6]|Ủy ban|UBND|Công an|Bộ|Ban|Trung tâm|Bưu điện|Viễn thông|Viettel|VNPT|MobiFone|Tập đoàn|Tổng công ty|Công ty|Chi nhánh|Đài|Hội|Báo|Ngân hàng|Phòng giao dịch|Tỉnh đoàn|Liên đoàn|Bảo hiểm)\s+\S/u;

// A request outside the sections: at a paragraph's start, or after the commune's committee as
// its subject (after an opening phrase: "Qua kết quả nêu trên, Ủy ban nhân dân xã kiến nghị …"),
// or "đồng thời đề nghị …" after a first one.
const OUTSIDE_REQUEST = /(?:^|\n|[.;]\s+)(?:[^.;\n]{0,60},\s*)?(?:(?:Ủy ban nhân dân|UBND)\s+(?:xã|phường|đặc khu)(?:\s+\p{Lu}\p{L}*){0,3}\s+|đồng thời\s+|Đồng thời\s+)?((?:[Kk]iến nghị|[Đđ]ề nghị)\s+(?:với\s+)?\p{Lu}[^.;\n]*)/gu;

/** "Đề nghị A …; đề nghị B …" in one paragraph: one piece per request. */
function requests(text: string): string[] {
  const f = foldKeepLength(text);
  // (Also at each sentence that holds a request of its own: "Xã không có kiến nghị về kinh
  // phí. Về chuyên môn, đề nghị Trung tâm …".)
  const sentenceCuts = [...text.matchAll(/[.!?]\s+(?=\p{Lu})/gu)].map((m) => (m.index ?? 0) + 1).filter((c) => REQUEST_INSIDE.test(f.slice(c, c + 80)));
  const cuts = [...new Set([...[...f.matchAll(REQUEST_CUT)].map((m) => (m.index ?? 0) + 1), ...sentenceCuts])].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const c of [...cuts, text.length]) {
    out.push(text.slice(from, c).replace(/^[\s;.]+|[\s;.]+$/g, ''));
    from = c;
  }
  return out.filter((p) => p.length > 0);
}

// The commune itself ("Đối với xã: tiếp tục …") is no addressee.
const OWN_LEVEL = /^(?:x[aã]|ph[uư][oờ]ng|[dđ][aặ]c khu|th[oô]n|[aấ]p|t[oổ] d[aâ]n ph[oố])$/iu;
// Nor are its own units and villages ("Đối với các khu dân cư:", "Đối với Phòng Văn hóa -
// Xã hội:", a body of the commune "… xã"), or the commune as the subject of its own work ("Xã sẽ …").
const OWN_UNIT = /^(?:(?:các\s+)?(?:thôn|ấp|bản|làng|tổ dân phố|khu dân cư|khu phố|tổ công nghệ số)(?![\p{L}])|(?:xã|phường|đặc khu)(?:\s+\p{Ll}|$)|phòng\s+(?:văn hóa|kinh tế)|văn phòng (?:hđnd|hội đồng nhân dân)|.*\s(?:xã|phường|đặc khu)$)/iu;
function ownUnit(name: string): boolean {
  return OWN_LEVEL.test(name.trim()) || OWN_UNIT.test(name.trim().normalize('NFC'));
}

/** A body named bare by its level: "Tỉnh", "Thành phố" (its people's committee). */
function levelBody(name: string): string {
  const f = fold(name).trim();
  return f === 'tinh' ? 'Ủy ban nhân dân tỉnh' : f === 'thanh pho' ? 'Ủy ban nhân dân thành phố' : name;
}

/**
 * "Đối với <addressee>:" (also "Với …:", or a line "Kiến nghị <addressee>:" over the requests
 * under it) and what follows its colon on the same line, if anything. Two bodies named together
 * ("Với Viettel X và VNPT X:") are two addressees.
 */
function toLine(text: string): { to: string[]; text: string } | null {
  const colon = text.indexOf(':');
  const head = colon >= 0 ? text.slice(0, colon) : text;
  const m = new RegExp(TO_HEADING.source, 'd').exec(foldKeepLength(head).toLowerCase());
  if (!m || !m[1] || !m.indices?.[1] || head.length >= 120) return null;
  const rest = colon >= 0 ? text.slice(colon + 1).replace(/\.\/\.?$/, '').trim() : '';
  // A long line with no colon is a sentence that starts "Đối với …", not a sub-heading.
  if (colon < 0 && text.length >= 120) return null;
  // A request line heads the requests under it only when it ends with its colon.
  if (/ngh/.test(m[0].slice(0, m.indices[1][0])) && (colon < 0 || rest)) return null;
  // "Với <addressee>:" needs its colon (a line starting "với …" is a sentence wrapped by the page).
  if (!/[dpb][o0-9][i1]\s+v|ngh/.test(m[0].slice(0, m.indices[1][0])) && (colon < 0 || !/^\s*(?:\d+\.|[a-zđ]\)|[-–•+*])?\s*\p{Lu}/u.test(head))) return null;
  const rawTo = head.slice(m.indices[1][0], m.indices[1][1]).replace(/[:.]\s*$/, '').trim();
  const parts = rawTo.split(NEXT_ADDRESSEE).filter(Boolean);
  const to = parts.map((p) => levelBody(canonicalAddressee(p, true) ?? p.trim())).filter((p) => !ownUnit(p));
  return { to, text: rest.replace(/[.;]\s*$/, '') };
}

export function extractRecommendations(st: TextStructure): ExtractionResult['recommendations'] {
  const lines = splitLines(st.text, st.folded);
  const out: ExtractionResult['recommendations'] = [];
  // (Found once: the requests outside them ask again for every match.)
  const recRegions = regions(lines, REC_HEADING);
  for (const r of recRegions) {
    // A numbered sub-heading counts when it is only the title ("3. Đề xuất"), not a phrase that contains it.
    if (r.depth > 1 && !/k[i1][e]n\s*ngh[i1]/.test(r.heading) && r.heading.replace(/^[\s\d.]+/, '').trim().length > 30) continue;
    // Sub-headings "1. Đối với …" give the addressee of the bullets under them; one that goes on
    // after its colon ("Đối với UBND tỉnh: quan tâm hỗ trợ …") is a recommendation itself.
    // (No body's name holds a request word: "Qua …, phường X kiến nghị UBND …" is a sentence, not a name.)
    const add = (to: string, text: string) => {
      if (text.length >= 8 && !ownUnit(to) && !/(?<![a-z])(?:ki[e]n|[dđ][e])\s+ngh[i1](?![a-z])/.test(fold(to)) && !out.some((o) => o.to === to && o.text === text)) out.push({ to, text });
    };
    // A sub-heading's own request naming its addressee ("Đối với Trung ương: đề nghị Bộ …") goes to that body.
    const addTo = (to: { to: string[]; text: string }) => {
      if (!to.text) return;
      const named = REQUEST_OPENING.test(foldKeepLength(to.text)) ? addressees(to.text) : [];
      for (const a of named.length > 0 ? named : to.to) add(a, to.text);
    };
    const sub: { at: number; to: string[] }[] = [];
    for (const line of lines) {
      if (line.start < r.from || line.start >= r.to) continue;
      const to = toLine(line.text);
      if (!to) continue;
      sub.push({ at: line.end, to: to.to });
      addTo(to);
    }
    // A table of requests with a column naming the body asked ("Cơ quan tiếp nhận", "Kiến nghị với").
    let askedColumn = -1;
    for (const line of lines) {
      if (line.start < r.from || line.start >= r.to || !line.text.includes('|')) continue;
      const cells = line.text.trim().replace(/^\||\|$/g, '').split('|');
      const head = cells.findIndex((c) => ASKED_COLUMN.test(fold(c)));
      if (head >= 0) {
        askedColumn = head;
        continue;
      }
      const cell = askedColumn >= 0 ? cells[askedColumn]?.trim() : undefined;
      if (!cell || /^[-:\s]*$/.test(cell)) continue;
      for (const part of cell.split(NEXT_ADDRESSEE).filter(Boolean)) add(levelBody(canonicalAddressee(part, true) ?? part.trim()), line.text.replace(/\s*\|\s*/g, ' ').trim());
    }
    for (const item of itemsIn(st.text, r.from, r.to)) {
      if (askedColumn >= 0 && item.text.includes('|')) continue;
      // An item led by the body it asks and a colon ("- Báo và Phát thanh, Truyền hình X: dành …").
      const led = /^(?:[-–•+*]\s*)?([^:]{3,100}):\s*(\S.*)$/u.exec(item.text);
      if (led && BODY_LED_COLON.test(led[1] as string) && !REQUEST_OPENING.test(foldKeepLength(led[1] as string))) {
        for (const part of (led[1] as string).split(NEXT_ADDRESSEE).filter(Boolean)) add(levelBody(canonicalAddressee(part, true) ?? part.trim()), (led[2] as string).trim());
        continue;
      }
      let under: string[] | null = null;
      for (const s of sub) if (s.at <= item.start) under = s.to;
      // Paragraph items may run several "Đối với …" lines together.
      for (const part of item.text.replace(/^(?:-|[a-zđ]\))\s*/u, '').split(/\s(?=(?:\d+\.|[a-zđ]\))?\s*Đối với\s)/u)) {
        const to = toLine(part);
        if (to) {
          under = to.to;
          addTo(to);
          continue;
        }
        for (const piece of requests(part.trim())) {
          // "UBND xã không có ý kiến đề xuất nào" states there is none.
          if (/(?<![a-z])kh[o0]ng\s+c[o0]\s+(?:\S+\s+){0,3}?(?:[dpb]\S{0,2}\s+xu\S{1,3}t|k\S{1,3}n\s+ngh)/.test(foldKeepLength(piece).toLowerCase()) && !/[;,]\s*(?:\S+\s+){0,4}(?:[dpb]\S{0,2}|k\S{1,3}n)\s+ngh\S{0,2}\s+\p{Lu}/u.test(piece)) continue;
          // Under "Đối với …" the sub-heading names the addressee; else the paragraph is led by it
          // ("Đề nghị Sở …", "Sở Khoa học và Công nghệ … thường xuyên cung cấp …").
          const text = piece.replace(/\.\/\.?$/, '').trim();
          // A request naming its own addressee ("- Đề nghị Viettel … phủ sóng …" under "Đối với
          // Sở …") goes to the body it names.
          // So does an item led by a body's name under a heading for several bodies.
          // A piece led by a body's name asks that body ("3. Bưu điện tỉnh hỗ trợ …").
          const bodyLed = BODY_LEAD.test(piece);
          const named = REQUEST_OPENING.test(foldKeepLength(piece)) || (under && bodyLed) ? addressees(piece, bodyLed) : [];
          for (const a of named.length > 0 ? named : under && under.length > 0 ? under : addressees(piece, bodyLed)) add(a, text);
        }
      }
    }
  }
  // A request outside any section, the commune asking a body by name: a paragraph opening with
  // it ("Đề nghị Sở … hỗ trợ …") or a sentence "Ủy ban nhân dân phường kiến nghị <body> …; đồng
  // thời đề nghị <body> …" ("đã đề nghị" tells what was done, and is no request).
  const covered = (at: number) => recRegions.some((r) => at >= r.from && at < r.to);
  for (const m of st.text.matchAll(OUTSIDE_REQUEST)) {
    const at = (m.index ?? 0) + m[0].length - (m[1] as string).length;
    if (covered(at) || /^\s*n[o0][i1]\s*nh/.test(st.folded.slice(st.text.lastIndexOf('\n', at) + 1, at + 10))) continue;
    const text = (m[1] as string).replace(/\s+/g, ' ').trim();
    for (const to of addressees(text)) if (!out.some((o) => o.to === to)) out.push({ to, text });
  }
  // A polite request outside the section ("Trên đây là báo cáo …; Ủy ban nhân dân xã kính đề
  // nghị Sở … quan tâm hỗ trợ"): "kính đề nghị" is addressed to a higher body by its nature.
  for (const m of st.folded.matchAll(POLITE_REQUEST)) {
    const at = m.index ?? 0;
    const end = st.text.slice(at).search(/[.;](?=\s)|\n\s*\n|$/);
    const text = st.text.slice(at, at + end).replace(/\s+/g, ' ').trim();
    for (const to of addressees(text)) if (!out.some((o) => o.to === to)) out.push({ to, text });
  }
  return out;
}
