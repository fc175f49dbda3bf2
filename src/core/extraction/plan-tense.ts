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
  [/muc tieu|chi tieu|nhiem vu|giai phap|to chuc thuc hien|kinh phi|phan cong|tien do|lo trinh|phuong huong|dinh huong|de xuat|kien nghi|noi dung|trach nhiem|thoi gian thuc hien|che do bao cao|ke hoach|du kien|phan dau|ket qua (?:can|phai) dat/g, 'forward'],
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

// A numbered sub-heading line ("1.", "2.1.", "a)", "b.") whose words, before any colon, open with
// a heading word within its first words and are short: "2. Chỉ tiêu cụ thể năm 2026:".
const SUB_NUMBER = /^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-dđ][.)])[ \t]+/;

interface SubHeading {
  start: number;
  /** End of the heading's words (the rest of its line is content). */
  end: number;
  tense: Tense;
}

function subHeadings(st: TextStructure): SubHeading[] {
  const out: SubHeading[] = [];
  const ls = st.lineStarts;
  for (let li = 0; li < ls.length; li++) {
    const s = ls[li] ?? 0;
    const e = (ls[li + 1] ?? st.folded.length + 1) - 1;
    const line = st.folded.slice(s, e);
    const num = SUB_NUMBER.exec(line);
    if (!num) continue;
    const words = line.slice(num[0].length).split(':')[0] ?? '';
    if (words.length > 70) continue;
    const tense = headingTense(words);
    if (tense === null) continue;
    // The heading word must open the line (within its first two words).
    const first = words.split(/\s+/).slice(0, 4).join(' ');
    if (headingTense(first) === null) continue;
    out.push({ start: s, end: s + num[0].length + words.length, tense });
  }
  return out;
}

const PRESENT_STRONG = /(?<![a-z])(?:hien nay|hien co|hien tai|hien dang|den nay|tinh den|nam qua|vua qua|truoc day|trong thoi gian qua)(?![a-z])/g;
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
    for (const s of subs) if (s.start >= from && s.start <= pos) sub = s;
    if (sub) return sub.tense;
    if (sec === null || titleOnly || pos < firstSection) return 'present';
    return headingTense(sec.heading) ?? 'neutral';
  }

  return {
    isFact(pos, end) {
      const part = partTense(pos);
      const [clauseStart, ce] = clauseAt(st, pos);
      const cs = afterHeading(clauseStart, pos);
      // 1. A cue right after the figure, in its own phrase (up to the next figure or comma).
      const after = st.folded.slice(end, ce);
      const stop = after.search(/[,;:()\d]/);
      const own = cuesIn(st, end, end + (stop < 0 ? after.length : stop), dateYear, true);
      if (own[0]) return own[0].tense === 'present';
      // "… lên 80%": the figure a quantity is raised to.
      if (/(?<![a-z])len(?:\s+(?:muc|thanh|toi))?\s*$/.test(st.folded.slice(Math.max(cs, pos - 14), pos))) return false;
      // "từ 45% lên 80%": the figure it is raised from ("từ 85% trở lên" is a floor, not a change).
      if (/(?<![a-z])tu\s*$/.test(st.folded.slice(Math.max(cs, pos - 6), pos)) && /^[^,;]{0,60}(?<![a-z])(?<!tro\s)len\s[^,;\d]{0,20}\d/.test(after)) return true;
      // 2. The nearest cue before it in its clause.
      const before = cuesIn(st, cs, pos, dateYear, part === 'forward');
      const last = before[before.length - 1];
      if (last) return last.tense === 'present';
      // 3. The part.
      return part === 'present';
    },
  };
}
