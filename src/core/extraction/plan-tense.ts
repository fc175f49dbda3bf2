// Which figures of a plan describe the present (facts) and which state intentions (targets,
// tasks, funds, deadlines). A plan states its situation under many headings ("Thực trạng",
// "Hiện trạng", "Cơ sở thực tiễn", "Sự cần thiết", "Bối cảnh", "Kết quả triển khai …", "Đánh
// giá …", "Căn cứ …"), in its opening paragraph before the first part, and in a clause of a
// sentence that also states a target ("từ 45% hiện nay lên 80% vào năm 2027"). The decision for
// one figure, first that applies:
//   1. a time cue right after the figure ("… 45% hiện nay", "… 80% vào năm 2027");
//   2. the nearest time cue before it in its clause: present ("hiện nay", "hiện có", "đến nay",
//      "tính đến", an earlier year, and in parts that are not forward-looking also "đã", "chưa",
//      "còn") or forward ("phấn đấu", "dự kiến", "mục tiêu", "chỉ tiêu", "đến năm" a later year,
//      "lên" right before the figure);
//   3. the part it stands in: the innermost heading (a numbered sub-heading such as "2. Chỉ tiêu
//      cụ thể", else the part's own heading) that says present or forward; the opening paragraph
//      before the first part is present; a purpose part ("Mục đích, yêu cầu") or an unknown one
//      states no fact without a cue.
import { clauseAt, sectionAt, type TextStructure } from './text-structure.ts';

type Tense = 'present' | 'forward' | 'neutral';

// Heading words (folded). Where a heading names two kinds ("Kết quả thực hiện nhiệm vụ",
// "Mục đích, yêu cầu và chỉ tiêu"), the first one named says what the part is; at the same place
// the forward reading wins ("Kết quả cần đạt" is a target).
const HEADING_WORDS: [RegExp, Tense][] = [
  [/muc tieu|chi tieu|nhiem vu|giai phap|to chuc thuc hien|kinh phi|phan cong|tien do|lo trinh|phuong huong|dinh huong|de xuat|kien nghi|thoi gian toi|noi dung|trach nhiem|thoi gian thuc hien|che do bao cao|ke hoach|du kien|phan dau|ket qua (?:can|phai) dat/g, 'forward'],
  [/thuc trang|hien trang|tinh hinh|dac diem|ket qua|co so (?:thuc tien|xay dung|ban hanh)|su can thiet|boi canh|danh gia|can cu|khai quat|tong quan/g, 'present'],
  [/muc dich|yeu cau/g, 'neutral'],
];

function headingTense(heading: string): Tense | null {
  let best: { at: number; tense: Tense } | null = null;
  for (const [re, tense] of HEADING_WORDS) {
    re.lastIndex = 0;
    const m = re.exec(heading);
    if (m && (!best || m.index < best.at)) best = { at: m.index, tense };
  }
  return best?.tense ?? null;
}

// A sub-heading line: numbered ("1.", "2.1.", "a)", "Nhiệm vụ 1"), or a short line of its own
// ("Kết quả triển khai thời gian qua", "Bảng 1. Hiện trạng và chỉ tiêu", "Phụ lục. …"). Its words,
// before any colon, are short; a heading word within its first words gives it a tense. A numbered
// one without a heading word ("3. Tuyên truyền trực quan") names a sub-part of whatever part it
// stands in; before the first part it ends the opening paragraph.
const SUB_NUMBER = /^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-dđ][.)])[ \t]+/;
const TABLE_LABEL = /^[ \t]*(?:bang|phu luc|bieu)(?:\s+(?:so\s+)?[\divx]{1,4})?\s*[.:]\s*/;

interface SubHeading {
  start: number;
  /** End of the heading's words (the rest of its line is content). */
  end: number;
  /** null: a numbered sub-part that names no tense. */
  tense: Tense | null;
}

function subHeadings(st: TextStructure): SubHeading[] {
  const out: SubHeading[] = [];
  const ls = st.lineStarts;
  // The header and title ("KẾ HOẠCH" and the lines after it up to a blank line; without a title
  // line read, the first eight lines) are no sub-part.
  const lineAt = (li: number): string => st.folded.slice(ls[li] ?? 0, (ls[li + 1] ?? st.folded.length + 1) - 1);
  let bodyLine = 8;
  for (let li = 0; li < Math.min(ls.length, 30); li++) {
    if (!/^\s*ke hoach\s*$/.test(lineAt(li))) continue;
    bodyLine = li + 1;
    while (bodyLine < ls.length && lineAt(bodyLine).trim() !== '') bodyLine++;
    break;
  }
  for (let li = bodyLine; li < ls.length; li++) {
    const s = ls[li] ?? 0;
    const e = (ls[li + 1] ?? st.folded.length + 1) - 1;
    const line = st.folded.slice(s, e);
    const num = SUB_NUMBER.exec(line) ?? TABLE_LABEL.exec(line);
    const lead = num ? num[0].length : (/^[ \t]*/.exec(line)?.[0].length ?? 0);
    const words = line.slice(lead).split(':')[0] ?? '';
    if (words.length > 70 || words.trim() === '') continue;
    // A short line of its own: no sentence end, no table cells, a capital first letter.
    const alone = !/[.;,|\t]\s*$/.test(line) && !/[|\t]/.test(line) && /^\s*\p{Lu}/u.test(st.text.slice(s + lead, e));
    if ((!num && !alone) || /^\s*s?tt(?![a-z])/.test(words)) continue;
    const first = words.split(/\s+/).filter(Boolean).slice(0, 4).join(' ');
    const tense = headingTense(first) === null ? null : headingTense(words);
    if (tense === null && !(num && alone && !/\d/.test(words))) continue;
    out.push({ start: s, end: s + lead + words.length, tense });
  }
  return out;
}

const PRESENT_STRONG = /(?<![a-z])(?:hien nay|hien co|hien tai|hien dang|den nay|tinh den|nam qua|vua qua|truoc day|trong thoi gian qua)(?![a-z])/g;
// A bare "hiện" ("hiện đạt", "hiện chưa"; not "thực hiện", "hiện đại"), read with its marks:
// folded, "hien" is also "hiển thị".
const PRESENT_NOW = /(?<!\p{L})(?<!(?:thực|xuất|phát|thể|biểu)\s)hiện(?!\s+(?:đại|thực|diện|vật|hành|trạng))(?!\p{L})/giu;
// "đã", "chưa", "còn" read with their marks: folded, "da" is also "đa dạng", "tối đa".
const PRESENT_WEAK = /(?<!\p{L})(?:đã|chưa|còn)(?!\p{L})/giu;
const FORWARD_CUE = /(?<![a-z])(?:phan dau|du kien|muc tieu|chi tieu)(?![a-z])/g;
const YEAR_CUE = /(?<![a-z])(tinh\s+)?(?:den|vao|trong|toi|nam)(?:\s+het)?(?:\s+nam)?\s+(20\d\d)(?!\d)/g;

interface Cue {
  at: number;
  tense: Tense;
}

/** Time cues in folded[from, to) (original text for the marked words), by position. */
function cuesIn(st: TextStructure, from: number, to: number, dateYear: number | null, strongOnly: boolean): Cue[] {
  const out: Cue[] = [];
  const folded = st.folded.slice(from, to);
  const push = (re: RegExp, src: string, tense: Tense): void => {
    re.lastIndex = 0;
    for (let m = re.exec(src); m; m = re.exec(src)) out.push({ at: from + m.index, tense });
  };
  push(PRESENT_STRONG, folded, 'present');
  push(PRESENT_NOW, st.text.slice(from, to), 'present');
  if (!strongOnly) push(PRESENT_WEAK, st.text.slice(from, to), 'present');
  push(FORWARD_CUE, folded, 'forward');
  YEAR_CUE.lastIndex = 0;
  for (let m = YEAR_CUE.exec(folded); m; m = YEAR_CUE.exec(folded)) {
    const year = Number(m[2]);
    const since = m[1] !== undefined;
    const ref = dateYear ?? year;
    if (since || year < ref) out.push({ at: from + m.index, tense: 'present' });
    else if (year > ref || /het/.test(m[0])) out.push({ at: from + m.index, tense: 'forward' });
  }
  return out.sort((a, b) => a.at - b.at);
}

export interface PlanTenseReader {
  /** Whether the figure at `pos` (its number's start) … `end` (its number's end) is a fact. */
  isFact(pos: number, end: number): boolean;
  /**
   * Whether the figure's own words say it is the present ("từ 45% hiện nay lên …"): then an aim
   * earlier in its clause ("Phấn đấu nâng … từ 45% hiện nay") is about another figure.
   */
  ownPresent(pos: number, end: number): boolean;
}

export function planTenseReader(st: TextStructure, dateYear: number | null): PlanTenseReader {
  const subs = subHeadings(st);
  const firstSection = st.sections[0]?.start ?? st.text.length;
  // Where heading words end: a clause read for cues starts after them (a heading line and the
  // sentence under it may share a clause).
  const headingEnds = [...st.sections.map((s) => s.start + s.heading.length), ...subs.map((s) => s.end)].sort((a, b) => a - b);
  const afterHeading = (cs: number, pos: number): number => {
    let from = cs;
    for (const e of headingEnds) if (e > from && e <= pos) from = e;
    return from;
  };

  function partTense(pos: number): Tense {
    const sec = sectionAt(st, pos);
    // The plan's title set as a part ("KẾ HOẠCH") opens no part: what follows it is the opening.
    const titleOnly = sec !== null && /^\s*ke hoach\s*$/.test(sec.heading);
    const from = sec && !titleOnly ? sec.start : 0;
    let sub: SubHeading | null = null;
    let opening = true;
    for (const s of subs) {
      if (s.start < from || s.start > pos) continue;
      opening = false;
      if (s.tense !== null) sub = s;
    }
    if (sub) return sub.tense!;
    if (sec === null || titleOnly || pos < firstSection) return opening ? 'present' : 'neutral';
    return headingTense(sec.heading) ?? 'neutral';
  }

  /** Start of the sentence a clause belongs to: back over clauses that end with a semicolon. */
  function sentenceStart(cs: number): number {
    let start = cs;
    for (let i = 0; i < 8 && start > 0; i++) {
      let k = start - 1;
      while (k > 0 && /\s/.test(st.text[k] ?? '')) k--;
      if (st.text[k] !== ';') break;
      start = clauseAt(st, k)[0];
    }
    return start;
  }

  /** The cue right after the figure, in its own phrase (up to the next figure or comma). */
  function ownCue(end: number, ce: number): Tense | null {
    const after = st.folded.slice(end, ce);
    const stop = after.search(/[,;:()\d]/);
    return cuesIn(st, end, end + (stop < 0 ? after.length : stop), dateYear, true)[0]?.tense ?? null;
  }

  return {
    ownPresent(pos, end) {
      return ownCue(end, clauseAt(st, pos)[1]) === 'present';
    },
    isFact(pos, end) {
      const part = partTense(pos);
      const [clauseStart, ce] = clauseAt(st, pos);
      const cs = afterHeading(clauseStart, pos);
      const after = st.folded.slice(end, ce);
      // 1. A cue right after the figure.
      const own = ownCue(end, ce);
      if (own !== null) return own === 'present';
      // "… lên 80%": the figure a quantity is raised to.
      if (/(?<![a-z])len(?:\s+(?:muc|thanh|toi|it nhat|toi thieu|tren|hon|khoang))?\s*$/.test(st.folded.slice(Math.max(cs, pos - 20), pos))) return false;
      // "từ 45% lên 80%": the figure it is raised from ("từ 85% trở lên" is a floor, not a change).
      if (/(?<![a-z])tu\s*$/.test(st.folded.slice(Math.max(cs, pos - 6), pos)) && /^[^,;]{0,60}(?<![a-z])(?<!tro\s)len\s[^,;\d]{0,20}\d/.test(after)) return true;
      // 2. The nearest cue before it in its clause.
      const before = cuesIn(st, cs, pos, dateYear, part === 'forward');
      const last = before[before.length - 1];
      if (last) return last.tense === 'present';
      // 2b. Outside a forward part, a time said earlier in the sentence, in a clause that a
      // semicolon joins to the figure's ("Năm 2024, xã có …; hệ thống có 20 cụm loa"): a fronted
      // time governs every clause of its sentence. (Strong cues only: "đã", "còn" of another
      // clause say nothing of this one.)
      if (part !== 'forward') {
        const sentence = afterHeading(sentenceStart(cs), pos);
        const earlier = sentence < cs ? cuesIn(st, sentence, cs, dateYear, true) : [];
        const lastEarlier = earlier[earlier.length - 1];
        if (lastEarlier) return lastEarlier.tense === 'present';
      }
      // 3. The part.
      return part === 'present';
    },
  };
}
