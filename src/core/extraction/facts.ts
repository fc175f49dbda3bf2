// Facts: binds each quantity found in the text to the catalog indicator whose cues sit
// closest to it in the same clause (a cue right after the number — its unit — weighs most),
// splits ratios a/b into part and total, reads "không có <cue>" as zero and flag indicators
// as 1. The catalog is data: an indicator added with cues is found without code change.

import type { Fact, Qualifier } from './extraction.types.ts';
import { cueMayStartAt, findCue as findCueAny, findCueNear, fold, tolerantPattern } from './fold.ts';
import { findNumbers, type NumberToken } from './numbers.ts';
import { clauseAt, lineIndexAt, lineSpan, sectionAt, trimSpan, type TextStructure } from './text-structure.ts';
import { opensTable } from './table-gaps.ts';
import { planTenseReader } from './plan-tense.ts';

export interface CatalogIndicator {
  code: string;
  name: string;
  unit: string;
  aggregation: string;
  cues?: string[];
  /** At least one of these must occur in the clause (e.g. "mã QR" for a QR-coverage rate). */
  requires?: string[];
  /**
   * Words that, in the number's own phrase, say it counts something else than the indicator:
   * a part or a kind the indicator does not count ("nhân khẩu tạm trú", "diện tích đất rừng",
   * "tỷ lệ hội viên được bồi dưỡng", "tiếp nhận 213 văn bản").
   */
  excludes?: string[];
  /** Code of the indicator counting the whole this one is part of (88/228 cụm loa: part/total). */
  total?: string;
  numerator?: string;
  denominator?: string;
}

export interface CatalogTheme {
  code: string;
  name: string;
  cues?: string[];
}

export interface ExtractionCatalog {
  indicators: CatalogIndicator[];
  difficultyThemes: CatalogTheme[];
}

// Words right after a number that make it a duration, a rank or a name, never a count; so do
// units of measure after it (frequencies, power, screen sizes, bandwidth: "… 100 MHz", "… 30W",
// "… 43 inch", "… 100 Mbps"), distances at sea ("… 120 hải lý").
// (A count never precedes a plural marker: "6 các buôn" is OCR's "ở các buôn".)
const NOT_A_COUNT_AFTER = /^(?:các|cac|những|nhung|năm|nam|tháng|thang|tuần|tuan|ngày|ngay|giờ|gio|phút|phut|cấp|cap|tuổi|tuoi|quý|quy|lần thứ|đợt\/|dot\/|km|kg|cm|mm|m|ha|tấn|tan|mét|met|triệu đồng|nghìn đồng|đồng|dong|m[²2]|[x×]\s?\d+|[kmg]?hz|k?w|kva|inch|[kmgt]b|[kmg]bps|db|hải lý|hai ly)(?![\p{L}\d²])/iu;

const YEAR_AFTER = /^[^,;.:()\d]{0,30}?(?<![a-z])(?<!(?:so voi|tu|ke tu|den|truoc|sau|hon|nhu)\s)(?:trong\s+)?nam\s+((?:19|20)\d\d)(?![\d/])/;

// Stages of one course or contest: those enrolled, and those among them who finished.
const ENROLLED_WHOLE = /(?<![a-z])(?:dang ky|ghi danh|theo hoc)(?![a-z])/;
const FINISHED_PART = /(?<![a-z])(?:hoan thanh|hoc xong|duoc cap (?:chung nhan|chung chi)|nop bai)(?![a-z])/;

// A figure per area or per head is a density or a rate, no count: "1.250 người/km²", "mật độ
// dân số 840 người/km2", "3,8 người/hộ", "bình quân 2 máy/hộ". (Per period or per class: see
// PER_PERIOD below.)
const DENSITY_AFTER = /^[a-z]{1,9}(?: [a-z]{1,9})?\s?\/\s?(?:km|m|ha|hec ta|nguoi|ho|khau|nhan khau|dan|can bo)(?![a-z])/;
const DENSITY_BEFORE = /(?<![a-z])mat do(?: dan so| dan cu)?(?:\s+(?:binh quan|trung binh|khoang|gan|hon|tren|la|dat|chi|cao|thap))*\s*:?\s*$/;

// People nouns, one list in two roles: after a number a noun counts people ("635 đại biểu", "hỗ
// trợ 900 nông dân", "640 tiểu thương"); in an enumeration of groups of people its comma does not
// end the number's phrase ("cán bộ, công chức, đoàn viên", "tiểu thương, hộ kinh doanh").
// - group: who the people are (status, trade, age): both roles;
// - role: what the people did (delegates, trainees, contestants, visitors, a team's members):
//   counts, but it names the figure's meaning, so a comma before it starts another phrase;
// - measure ("người", "lượt người"): counts, never a member of an enumeration;
// - business: a business household listed among people counts no person after a number (an
//   organisation: see the class of "hộ kinh doanh" below).
const PEOPLE: { word: string; kind: 'group' | 'role' | 'measure' | 'business' }[] = [
  ...['lượt người', 'người'].map((word) => ({ word, kind: 'measure' as const })),
  ...['đại biểu', 'học viên', 'thành viên', 'tổ viên', 'thí sinh', 'du khách'].map((word) => ({ word, kind: 'role' as const })),
  ...[
    'cán bộ', 'công chức', 'viên chức', 'đảng viên', 'hội viên', 'đoàn viên', 'người dân', 'học sinh', 'sinh viên', 'thanh niên', 'phụ nữ', 'người cao tuổi',
    'tiểu thương', 'người bán hàng', 'nông dân', 'ngư dân', 'công nhân', 'người lao động', 'giáo viên', 'chiến sĩ', 'hộ viên', 'chủ hộ', 'người hoạt động không chuyên trách',
  ].map((word) => ({ word, kind: 'group' as const })),
  { word: 'hộ kinh doanh', kind: 'business' },
];
const PEOPLE_COUNTED = PEOPLE.filter((p) => p.kind !== 'business').map((p) => p.word);

// What the word right after a number says it counts, and which catalog units can count that:
// "635 đại biểu" are people, never conferences; "3.700 lượt người dân" are never documents.
const UNIT_CLASSES: { words: string[]; units: string[] }[] = [
  { words: PEOPLE_COUNTED, units: ['người', 'lượt người', 'lượt', '%'] },
  { words: ['lượt'], units: ['lượt', 'lượt người', 'người'] },
  { words: ['chuyên mục', 'chuyên trang'], units: ['lượt'] },
  { words: ['hội nghị'], units: ['hội nghị'] },
  { words: ['hồ sơ'], units: ['hồ sơ'] },
  // ("VB" is how tables and notes shorten "văn bản": "Số VB chỉ đạo đã ban hành: 11".)
  { words: ['văn bản', 'VB', 'kế hoạch', 'công văn', 'quyết định', 'nghị quyết', 'chỉ thị', 'hướng dẫn'], units: ['văn bản'] },
  { words: ['cụm'], units: ['cụm'] },
  // Items aired on the loudspeakers are broadcasts: "hệ thống loa phát 210 tin, bài".
  { words: ['tin', 'bài', 'video', 'clip'], units: ['tin, bài', 'video', 'lượt'] },
  // (Also the sóc of the Khmer south and the khối phố of some towns.)
  { words: ['thôn', 'tổ dân phố', 'làng', 'khu dân cư', 'bản', 'ấp', 'xóm', 'buôn', 'khóm', 'khu phố', 'KP', 'TDP', 'sóc', 'khối phố'], units: ['thôn, tổ'] },
  { words: ['màn hình', 'bảng điện tử', 'bảng led'], units: ['màn hình'] },
  { words: ['pa nô', 'pano', 'áp phích', 'băng rôn', 'băng zôn', 'khẩu hiệu', 'cờ phướn'], units: ['cái'] },
  { words: ['km2', 'km²'], units: ['km²'] },
  // "Sản phẩm" is any made item: OCOP goods, but also "165 sản phẩm" of posters or posts.
  { words: ['sản phẩm'], units: ['sản phẩm', 'cái', 'tin, bài', 'video'] },
  { words: ['lớp'], units: ['lớp'] },
  // Sessions: "25 buổi hướng dẫn kỹ năng số" are sessions, never the people guided; "3 buổi quán
  // triệt" conferences, "buổi phát thanh" broadcasts. "5 khóa", "20 đợt tập huấn" are classes.
  { words: ['buổi'], units: ['lớp', 'hội nghị', 'lượt'] },
  { words: ['khóa', 'khóa học', 'khóa tập huấn', 'khóa bồi dưỡng', 'đợt tập huấn', 'đợt bồi dưỡng', 'đợt đào tạo'], units: ['lớp'] },
  // Topics of a course or of a broadcast series: "khóa học gồm 6 chuyên đề", "phát 12 chuyên đề".
  { words: ['chuyên đề'], units: ['lượt'] },
  { words: ['hộ', 'hộ dân', 'hộ gia đình'], units: ['%', 'hộ'] },
  // Organisations are counted by no indicator: "hướng dẫn 25 hợp tác xã đưa 14 sản phẩm lên sàn".
  { words: ['hợp tác xã', 'doanh nghiệp', 'hộ kinh doanh', 'cơ quan', 'đơn vị', 'trường', 'chi bộ', 'chủ thể'], units: [] },
  // Procedures and services are not dossiers ("29 thủ tục hành chính được đưa lên trực tuyến");
  // codes handed out are not households ("2.615 mã QR").
  { words: ['thủ tục', 'thủ tục hành chính', 'dịch vụ', 'dịch vụ công', 'mã QR'], units: [] },
  { words: ['nhân khẩu'], units: ['người'] },
  // Cases are people helped or dossiers handled, never a school ("trường"): "2.390 trường hợp".
  { words: ['trường hợp'], units: ['người', 'lượt người', 'lượt', 'hồ sơ'] },
  // Things that are enumerated in reports but counted by no indicator: "19/19 tiêu chí",
  // "5 nhiệm vụ trọng tâm", "3 xã", "2 mô hình"; objects and records no indicator counts:
  // devices (TV sets, phones), printed sheets, stalls, counters, accounts, calls. (Never a bare
  // "tờ": cues match folded text, where it is "tổ"; nor "câu", which OCR-tolerant matching
  // takes for "cái".)
  {
    words: ['tiêu chí', 'chỉ tiêu', 'nhiệm vụ', 'giải pháp', 'nội dung', 'mô hình', 'câu hỏi', 'giải thưởng', 'giải', 'xã', 'phường', 'huyện', 'tỉnh', 'thành phố', 'ngành', 'đoàn thể', 'tổ chức', 'trang', 'điểm', 'máy', 'thiết bị', 'tờ rơi', 'cuốn', 'nhóm', 'vùng', 'khu vực', 'lĩnh vực', 'đối tượng', 'ý kiến', 'phản ánh', 'kiến nghị', 'lễ', 'sự kiện', 'cuộc thi', 'hội thi', 'đợt', 'hoạt động', 'sao', 'bộ', 'máy tính', 'hòn đảo', 'đảo', 'hòn', 'dân tộc', 'fanpage', 'kênh', 'website', 'loa', 'loa nén', 'đài', 'máy chiếu', 'ti vi', 'tivi', 'điện thoại', 'tờ gấp', 'tờ thông tin', 'tờ tuyên truyền', 'gian hàng', 'quầy', 'tài khoản', 'cuộc gọi', 'giao dịch', 'đội hình',
      // Not villages ("bản"): copies, maps, pledges; a page's parts ("chia thành 7 mục").
      'bản sao', 'bản đồ', 'bản cam kết', 'bản in', 'bản vẽ', 'mục'],
    units: [],
  },
];

const UNIT_WORDS = new Set(UNIT_CLASSES.flatMap((c) => c.words.map((w) => fold(w))));
const PEOPLE_NOUNS = new Set(PEOPLE_COUNTED.map((w) => fold(w)));

// Classifiers between a number and the counted noun: "3 cuộc hội nghị", "120 chiếc loa",
// "12 đơn vị thôn, tổ dân phố".
const CLASSIFIER = /^(?:cuoc|chiec|cai|buc|tam|don vi)\s+(?=[a-z])/;

/** The token with its unit position moved past a classifier word. */
function skipClassifier(st: TextStructure, tok: NumberToken): NumberToken {
  // "cụm" before another counted noun groups it: "09 cụm pa nô" are panels, "23 cụm loa" clusters,
  // "3 cụm đảo" islands (which no indicator counts).
  const group = /^cum\s+(?=[a-z])/.exec(st.folded.slice(tok.unitStart, tok.unitStart + 8));
  if (group) {
    const moved = { ...tok, unitStart: tok.unitStart + group[0].length };
    const cls = unitClass(st, moved);
    // (A noun no indicator counts, "đảo", moves it too; not "loa": "cụm loa" are the clusters.)
    if (cls && !cls.includes('cụm') && (cls.length > 0 || !/^cum\s+loa(?![a-z])/.test(st.folded.slice(tok.unitStart, tok.unitStart + 9)))) return moved;
  }
  const m = CLASSIFIER.exec(st.folded.slice(tok.unitStart, tok.unitStart + 12));
  if (!m || (unitClass(st, tok)?.length ?? 0) > 0) return tok;
  const moved = { ...tok, unitStart: tok.unitStart + m[0].length };
  return (unitClass(st, moved)?.length ?? 0) > 0 ? moved : tok;
}

// Wards of the Mekong provinces are divided into "khu vực": "phường có 27 khu vực, …" counts
// villages; "3 khu vực chợ", "khu vực biên giới" name areas.
const KHU_VUC_VILLAGES = /^kh[uwyi] v[uwyi]c(?=\s*(?:[,.;)]|$|\s+(?:dan cu|va|gom)(?![a-z])))/;
const KHU_VUC_BEFORE = /(?:^|[^a-z])(?:co|gom|chia thanh|thanh|voi|tong so)\s+$/;

// A percentage after "tăng"/"giảm" or before "so với" is a change, not a level; so is a count
// after "tăng"/"giảm" ("đạt 245 lượt, tăng 35 lượt so với năm 2024"). ("tăng lên 34 cụm" may be
// the level reached and is left to the other rules.)
// ("tăng lên 81,3%", "giảm xuống 2%" state the level reached.)
const CHANGE_BEFORE = /(?:^|[^a-z])(?:(?:tang|giam)(?:\s+them)?|vuot|(?:tang\s+|giam\s+)?gap(?:\s+(?:gan|khoang|hon|tren|xap xi))?)\s*$/;
// … also the second of two changes joined by "và": "tăng 2 hội nghị và 130 người so với cùng kỳ".
const CHANGE_PAIR_BEFORE = /(?<![a-z])(?:tang|giam|vuot)(?:\s+them)?\s+\d[\d.,]*\s+[^\d,;.()]{1,30}\s(?:va|,)\s*$/;
// A figure in a bracket opened right after an earlier period is that period's, stated to
// compare: "… tăng so với cùng kỳ (120 lượt)", "… gấp đôi năm 2023 (48 lớp)".
const EARLIER_BRACKET = /(?<![a-z])(?:nam\s+(\d{4})|cung\s+ky(?:\s+nam\s+(?:truoc|ngoai|\d{4}))?|nam\s+(?:truoc|ngoai)|ky\s+truoc)\s*\(\s*(?:[a-z]+\s+){0,2}$/;
// … and so is one in a bracket after what it is compared with: "tăng 12% so với năm 2024 (2.050
// hồ sơ)", "cao hơn so với kỳ trước (15 tin, bài)" — whatever the year.
const COMPARED_BRACKET = /(?<![a-z])so\s+(?:voi|cung\s+ky)(?![a-z])([^();.]{0,40})\(\s*(?:[a-z]+\s+){0,2}$/;
const CHANGE_AFTER = /^\s*(?:so\s+voi|so\s+cung\s+ky)/;
// A difference stated by a comparative is a change, no level: "cao hơn cùng kỳ 26 hồ sơ", "ít
// hơn đợt trước chừng 7 người", "kém tháng trước 3 cuộc", "nhích lên khoảng 14 hồ sơ so với …".
// (Not "hơn 65 hồ sơ", "trên 65 hồ sơ": those bound a level; nor a level after a verb of its own,
// "ít hơn vì trời rét nhưng vẫn đạt 22 cuộc".)
// (Right before the figure, "nhiều hơn 45 cuộc" bounds a level, unless what it is compared
// with follows: "nhiều hơn 65 lượt so với quý liền trước".)
// (Between the comparative and the figure only what it is compared with: a period or an aim —
// "thấp hơn hẳn với 75 cuộc …" states a level. "kém" is read with its marks: "kèm theo 16 pa
// nô" folds alike and adds a count; see comparativeBefore.)
const COMPARED_WITH = String.raw`(?:so\s+(?:voi|cung\s+ky)\s+)?(?:cung\s+ky(?:\s+nam\s+(?:truoc|ngoai|\d{4}))?|(?:nam|quy|thang|ky|dot|tuan|nhiem\s+ky|giai\s+doan)(?:\s+(?:truoc|ngoai|lien\s+ke|\d{4}|[ivx]{1,4}|\d{1,2}(?:\s*\/\s*\d{4})?))?(?:\s+nam\s+(?:truoc|ngoai|\d{4}))?|ke\s+hoach|chi\s+tieu|muc\s+tieu)`;
const COMPARATIVE_BEFORE = new RegExp(String.raw`(?<![a-z])(?:(?:nhieu|it|cao|thap)\s+hon(?:\s+han)?|kem(?:\s+hon)?|nhich\s+len|nhich)(\s+${COMPARED_WITH})?(?:\s+(?:khoang|gan|hon|tren|xap xi|chung))?\s*$`);
/** COMPARATIVE_BEFORE in the `from`…`to` span of the text, "kém" with its marks (not "kèm"). */
function comparativeBefore(st: TextStructure, from: number, to: number): RegExpExecArray | null {
  const m = COMPARATIVE_BEFORE.exec(st.folded.slice(from, to));
  return m && m[0].startsWith('kem') && !/^[Kk]ém/.test(st.text.slice(from + m.index, from + m.index + 3)) ? null : m;
}
// … and an addition in a sentence that compares with an earlier period: "So với năm trước, trang
// có thêm 12 tin, bài", "… gấp đôi năm trước, thêm 3 chuyên mục mới".
const ADDED_LEAD = /(?<![a-z])(?:co\s+)?(?:tang\s+)?them(?:\s+(?:duoc|khoang|gan|hon|tren))?\s*$/;
const COMPARES_EARLIER = /(?<![a-z])(?:so\s+voi|nam\s+truoc|ky\s+truoc|cung\s+ky|thang\s+truoc|quy\s+truoc|gap\s+(?:doi|ba|\d))(?![a-z])/;
// A figure per item is no count: "mỗi nhóm tối đa 18 người", "mỗi tuần ít nhất 3 cuộc", "Mỗi Nhóm
// tình nguyện gồm từ 4 – 6 người" — unless the item does something ("Mỗi cụm dân cư tổ chức
// từ 11 đến 14 cuộc họp" reports what was done).
// (Not across a closing quote: "Hội thi “… đến mọi nhà” thu hút 1.730 lượt" names the event.)
const PER_ITEM_BEFORE = /(?<![\p{L}])(?:mỗi|mọi)\s+[^\s,;.\d|¦”"»)]+(?:\s+[^\s,;.\d”"»)]+){0,9}\s+$/iu;
// … also the second figure of such an item joined by "và" or a comma: "Mỗi tổ dân phố nhận 3 tờ
// gấp và 1 áp phích". An average per item is a rate whatever the item does: "trung bình mỗi nhóm
// giúp chừng 40 người".
const PER_ITEM_PAIR = /(?<![\p{L}])(?:mỗi|mọi)\s+[^\s,;.\d|¦”"»)]+(?:\s+[^\s,;.\d”"»)]+){0,6}\s+\d[\d.,]*\s+[^\s,;.\d]+(?:\s+[^\s,;.\d]+){0,3}\s+(?:và|hoặc)\s+$/iu;
const PEAK_LEAD = /^\s*(?:vao\s+|rieng\s+)?(?:thang|ngay|tuan|quy|dot|buoi|thoi diem|phien)\s+(?:cao diem|nhieu nhat|dong nhat|it nhat|thap nhat)(?![a-z])/;
const IN_PROGRESS_AFTER = /^\s*(?:[a-z]+\s+){0,3}?(?:dang\s+(?:hoc|theo hoc|tham gia hoc|lam bai|hoan thien)|chua\s+hoan\s+thanh)(?![a-z])/;
const PER_ITEM_DOING = /(?<![a-z])(?:to chuc|thuc hien|mo|phat|dang|tiep nhan|huong dan|ho tro)(?![a-z])/;
// … but what each session or issue holds is never the period's count, whatever it does: "mỗi buổi
// phát 2 tin, bài", "mỗi lớp hướng dẫn 30 học viên" (not a place: "mỗi thôn tổ chức 3 buổi").
const PER_SESSION_ITEM = /^(?:mỗi|mọi)\s+(?:buổi|lớp|khóa|đợt|kỳ|số|phiên|cuộc|hội nghị|chương trình|bản tin|chuyên mục|lần|lượt)(?!\p{L})/iu;
// The items a cost is stated for are no result: "Kinh phí lắp đặt 01 cụm loa thông minh khoảng
// 25 triệu đồng", "chi phí in 200 băng rôn là 18 triệu đồng" (a sum follows in the clause).
const COST_WORDS = ['kinh phi', 'chi phi', 'don gia', 'du toan'];
const COST_BEFORE = /(?<![a-z])(?:kinh phi|chi phi|don gia|du toan)(?![a-z])[^,;.\d]{0,40}$/;
const SUM_AFTER = /\d[\d.,]*\s*(?:trieu|ty|nghin|ngan)?\s*(?:dong|vnd)(?![a-z])/;

// A number stated as the total of what the clause lists: "nâng tổng số … lên 13 văn bản",
// "23 cụm loa (14 … và 9 …)", "07 văn bản, gồm 3 kế hoạch và 4 công văn".
const TOTAL_BEFORE = /(?:^|[^a-z])tong(?:\s+(?:so|cong))?(?![a-z])[^,;.\d]{0,60}$/;
// (A bracket that itself states the total sums the parts listed before it, not the figure it
// follows: "3 kế hoạch và 5 công văn (tổng cộng 8 văn bản)".)
const TOTAL_AFTER = /^[^\d;.:()]{0,40}(?:\((?!\s*(?:tong|tat ca|cong)(?![a-z]))|:|,?\s*(?:bao\s+)?gom(?![a-z]))/;

// What a report plans or aims at is no result: "dự kiến tổ chức thêm 3 lớp", "phấn đấu tỷ lệ …
// đạt 90%", "sẽ lắp đặt 5 cụm loa" — unless a result follows the intention ("kế hoạch dự
// kiến 5 lớp, đến nay đã tổ chức 4 lớp").
// A running total since an earlier start is no figure of the period reported on: "(lũy kế 9
// tháng: 95 băng rôn)", "lũy kế từ khi khai trương 7.920 lượt", "Lũy kế từ năm 2024 đến nay …".
// (OCR: "Lily kế", "Ltty kế"; never "lập kế hoạch".)
// (OCR: also "Itty kế", the l read as I.)
const CUMULATIVE_BEFORE = /(?<![a-z])[li][a-z]{0,3}y k[e@](?![a-z])/;
// … so is a total raised since the year began, "nâng tổng số văn bản từ đầu năm lên 9", in a
// report on a quarter or some months.
const RAISED_SINCE_YEAR_START = /(?<![a-z])nang tong so(?![a-z])[^,;.\d]{0,50}(?<![a-z])tu dau nam(?![a-z])/;
// A running total over a span inside the year reported on ("lũy kế 5 tháng đã phát 40 lượt",
// "lũy kế từ đầu năm", "lũy kế từ 15/7/2025 đến nay") is the period's own figure in a report that
// names no shorter period (a yearly report, a plan); not in a quarterly report ("Trong quý phát 12
// lượt (lũy kế 9 tháng: 30 lượt)").
const CUMULATIVE_WITHIN = /(?<![a-z])l[a-z]{0,2}y k[e@]\s+(?:(\d{1,2})\s+th[a4]ng(?:\s+d[a4]u\s+n[a4]m)?|(?:tinh\s+)?tu\s+d[a4]u\s+n[a4]m|tu\s+(?:ngay\s+)?\d{1,2}\/\d{1,2}\/(\d{4}))(?![a-z\d])/;

/**
 * Where a clause opening a line really starts when the line break falls inside a running sentence
 * (the line before ends in a word or a number, not in punctuation, and is no table row): "… lũy
 * kế từ khi lắp đặt hệ thống⏎đến nay đài đã phát 96 lượt" as OCR breaks it.
 */
function proseLineStart(st: TextStructure, from: number): number {
  if (from <= 0 || !/\n[ \t]*$/.test(st.text.slice(Math.max(0, from - 3), from))) return from;
  const lineEnd = st.text.lastIndexOf('\n', from - 1);
  const prevLine = st.text.slice(st.text.lastIndexOf('\n', lineEnd - 1) + 1, lineEnd);
  if (!/[\p{L}\d]$/u.test(prevLine.trimEnd()) || /[|¦]|\S {3,}\S|\t/.test(prevLine) || !/^[ \t]*\p{Ll}/u.test(st.text.slice(from, from + 10))) return from;
  return Math.min(from, clauseAt(st, lineEnd - 1)[0]);
}

const reportSpans = new WeakMap<TextStructure, [number, number] | null>();
/**
 * The months of the year the report covers, as its title block names them: a quarter ("quý III"
 * → 7–9), the first months ("9 tháng đầu năm" → 1–9), the last six ("6 tháng cuối năm" → 7–12),
 * one month ("tháng 11" → 11–11). Null for a yearly report or a title naming no period.
 */
function reportMonths(st: TextStructure): [number, number] | null {
  if (!reportSpans.has(st)) {
    const under = titleBlock(st);
    const quarter = /(?<![a-z])qu[yi] (i{1,3}|iv)(?![a-z])/.exec(under);
    const months = /(?<![\d/])(\d{1,2}) th[a4]ng(?: (d[a4]u|cu[o0]i) n[a4]m)?(?![a-z])/.exec(under);
    const month = /(?<![a-z\d])th[a4]ng (\d{1,2})(?![\d,])/.exec(under);
    let span: [number, number] | null = null;
    if (quarter) span = monthsOf(quarter[1], undefined);
    else if (months && Number(months[1]) < 12) span = months[2]?.startsWith('cu') ? [13 - Number(months[1]), 12] : [1, Number(months[1])];
    else if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) span = [Number(month[1]), Number(month[1])];
    reportSpans.set(st, span);
  }
  return reportSpans.get(st) ?? null;
}

// A period after the one reported on, named before a figure: "Kế hoạch quý IV: treo 35 băng
// rôn" or "Trong quý IV, xã mở 04 lớp" in a report on the third quarter; "trong thời gian
// tới", "quý tới", "năm sau" in any report. Not once the clause says it is done ("đã", "đến nay").
const LATER_QUARTER = /(?<![a-z])qu[yi] (i{1,3}|iv)(?:\s*(?:\/|nam)\s*(\d{4}))?(?![a-z\d])/g;
// (Words one of which each of these two patterns needs: see mayHold.)
const LATER_PERIOD_WORDS = [' toi', ' sau', ' tiep theo', ' thang cuoi nam', 'quy ', 'qui '];
const NEXT_PERIOD = /(?<![a-z])(?:(?:qu[yi]|thang|nam|ky|giai doan|thoi gian) (?:toi|sau|tiep theo)|(?:nhung|\d{1,2}) thang cuoi nam)(?![a-z])/;
function laterPeriodLead(st: TextStructure, lead: string, periodYear: number | null): boolean {
  if (/(?<![a-z])(?:da|den nay|hien nay|thuc te|ket qua)(?![a-z])/.test(lead)) return false;
  const span = reportMonths(st);
  const next = NEXT_PERIOD.exec(lead);
  // ("6 tháng cuối năm" is later only in a report that ends before July.)
  if (next && (!/cuoi nam$/.test(next[0]) || (span !== null && span[1] <= 6))) return true;
  if (!span) return false;
  return [...lead.matchAll(LATER_QUARTER)].some((q) => 3 * (['i', 'ii', 'iii', 'iv'].indexOf(q[1]!) + 1) - 2 > span[1] && (q[2] === undefined || periodYear === null || Number(q[2]) === periodYear));
}

// A figure's own phrase opening with a part of the year: "Tháng 9 phát 12 lượt", "quý
// I/2026 là 40 tin, bài", "(quý II: 9 hồ sơ)", "trong tháng đăng 11 tin, bài", "kỳ này 305".
const SUB_PERIOD_WORDS = ['quy', 'qui', 'thang', 'th4ng', 'ky nay', 'ky bao cao'];
const SUB_PERIOD_LEAD = /^[\s\-–•+*]*(?:(?:trong|rieng)\s+)?(?:qu[yi] (i{1,3}|iv)|th[a4]ng (\d{1,2})|(thang|quy)(?= nay| bao cao|[^a-z]))(?:\s*(?:\/|nam)\s*(\d{4}))?(?![a-z\d])|^[\s\-–•+*]*(ky nay|ky bao cao)(?![a-z])/;
// A running total to the end of the period stated in the same sentence.
const TO_END_IN_SENTENCE = /(?<![a-z])(?:l[a-z]{0,2}y k[e@]|tinh den|cong \d{1,2} th[a4]ng|tu dau nam)(?![a-z])/;

/**
 * Whether a figure's own phrase names a part of the year that is not the period reported on: a
 * quarter or month outside it ("quý I/2026 là 40 tin, bài" in a report on the second quarter), or a
 * shorter part of it when the sentence also gives the running total to its end ("Tháng 9 phát 12
 * lượt; tính đến hết tháng 9 phát 96 lượt" in a report on nine months).
 */
function otherPartOfYear(st: TextStructure, own: string, before: string, sentence: string, periodYear: number | null): boolean {
  const m = SUB_PERIOD_LEAD.exec(own);
  if (!m) return false;
  // (A yearly report: only a part set beside an earlier figure of another part, "Trong quý III có
  // 05 hồ sơ quá hạn (quý II: 9 hồ sơ)".)
  const span = reportMonths(st) ?? yearPartBefore(before);
  if (!span) return false;
  if (m[4] !== undefined && periodYear !== null && Number(m[4]) !== periodYear) return false;
  // ("trong tháng", "trong quý": the month or quarter the report ends with, the period itself
  // when the report is on one; "kỳ này" is the period.)
  const part: [number, number] | null = m[1] !== undefined || m[2] !== undefined ? monthsOf(m[1], m[2]) : m[3] === 'thang' ? [span[1], span[1]] : m[3] === 'quy' ? [span[1] - 2, span[1]] : null;
  if (!part || (part[0] === span[0] && part[1] === span[1])) return false;
  // (A period outside the report's only beside a figure stated before it in the sentence: a
  // sentence that opens with its quarter may be the report's own, its numeral damaged by OCR.)
  if (part[1] < span[0] || part[0] > span[1]) return /\d/.test(before.replace(/(?<![a-z])(?:qu[yi] [ivx]{1,4}|th[a4]ng \d{1,2}|ngay \d{1,2})(?:\s*(?:\/|nam)\s*\d{1,4})*/g, ''));
  return TO_END_IN_SENTENCE.test(sentence);
}

/** The months of a quarter ("iii" → 7–9) or of one month ("10" → 10–10), null for no real month. */
function monthsOf(quarter: string | undefined, month: string | undefined): [number, number] | null {
  if (quarter !== undefined) {
    const q = ['i', 'ii', 'iii', 'iv'].indexOf(quarter) + 1;
    return q > 0 ? [3 * q - 2, 3 * q] : null;
  }
  const n = Number(month);
  return n >= 1 && n <= 12 ? [n, n] : null;
}

/** The quarter or month a sentence names before a figure (folded), when a figure follows it there. */
function yearPartBefore(before: string): [number, number] | null {
  const m = /(?<![a-z])(?:qu[yi] (i{1,3}|iv)|th[a4]ng (\d{1,2}))(?![a-z])(?:\s*(?:\/|nam)\s*\d{4})?[^\d]{0,60}\d/.exec(before);
  return m ? monthsOf(m[1], m[2]) : null;
}

const titleBlocks = new WeakMap<TextStructure, string>();
// A part of a year named in a title: a quarter, some months, one month.
const PERIOD_WORDS = /(?<![a-z])(?:qu[yi] [ivx]{1,4}|\d{1,2} th[a4]ng|th[a4]ng \d{1,2})(?![a-z])/;
/** The report's title block (folded): the short lines under "BÁO CÁO", up to the first heading, ground or address line. */
function titleBlock(st: TextStructure): string {
  let under = titleBlocks.get(st);
  if (under === undefined) {
    const block = /(?:^|\n)[ \t]*bao cao[ \t]*\n([^]{0,300})/.exec(st.folded.slice(0, 3000))?.[1] ?? '';
    const head = block.slice(0, (block.search(/\n[ \t]*(?:[ivx]{1,4}\s*[.)]|\d{1,2}\s*[.)]|can cu|kinh gui|thuc hien|[-–•+*])/) + 1 || block.length + 1) - 1);
    // (Short lines only: a sentence of the body is no title.)
    const lines = head.split('\n');
    const end = lines.findIndex((l) => l.trim().length > 100 || /[.;]\s*$/.test(l));
    under = (end < 0 ? lines : lines.slice(0, end)).join('\n');
    // A title naming no period leaves it to the heading of the results ("II. KẾT QUẢ THỰC HIỆN QUÝ
    // II/2026", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026").
    if (!PERIOD_WORDS.test(under)) under += `\n${st.sections.find((sec) => /(?<![a-z])(?:ket qua|tinh hinh)(?![a-z])/.test(sec.heading) && PERIOD_WORDS.test(sec.heading))?.heading ?? ''}`;
    titleBlocks.set(st, under);
  }
  return under;
}

const partReports = new WeakMap<TextStructure, boolean>();
/**
 * Whether the report is on part of a year (a quarter, some months): its title names the period
 * (titlePeriod), or the lines under "BÁO CÁO" do, also after a blank line OCR left (`QUÝ III NĂM
 * 2025`, `(kỳ báo cáo: từ ngày 01/7 …)`).
 */
function reportOnPart(st: TextStructure): boolean {
  let part = partReports.get(st);
  if (part === undefined) {
    const under = titleBlock(st);
    part = titlePeriod(st) !== null || /(?<![a-z])(?:qu[yi] [ivx]{1,4}|\d{1,2} th[a4]ng(?: (?:d[a4]u|cu[o0]i) n[a4]m)?)(?![a-z])/.test(under);
    partReports.set(st, part);
  }
  return part;
}

/**
 * Whether the figure's clause lead (closed brackets aside: "tổ chức 03 buổi (lũy kế 6 tháng: 8 buổi)
 * cho 140 người dân" is the quarter's) states a running total that is no figure of the
 * period reported on (for flows; a stock is what exists now).
 */
function runningTotal(st: TextStructure, lead: string, periodYear: number | null): boolean {
  // (Both patterns need their words with single spaces, which blanking brackets cannot make: a
  // lead without them, most leads, is no running total. A plain substring search, not two
  // patterns over the lead rewritten, for every figure of a long clause.)
  if (!lead.includes('y k') && !lead.includes('nang tong so')) return false;
  const open = lead.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  const shorterPeriod = reportOnPart(st);
  if (RAISED_SINCE_YEAR_START.test(open)) return shorterPeriod;
  if (!CUMULATIVE_BEFORE.test(open)) return false;
  // A running total in a bracket still open after a figure restates a longer span beside that
  // figure's own: "Trong tháng 11 cấp 40 tài khoản (lũy kế 7 tháng: 260 …" is no figure of the year.
  const bracket = open.lastIndexOf('(');
  if (bracket >= 0 && CUMULATIVE_BEFORE.test(open.slice(bracket)) && /\d/.test(open.slice(0, bracket))) return true;
  const within = CUMULATIVE_WITHIN.exec(open);
  // ("lũy kế 6 tháng" in a report on six months is the period itself.)
  if (within?.[1] !== undefined && titlePeriod(st)?.test(`${within[1]} thang`)) return false;
  // (So is "lũy kế từ đầu năm", or to the end of the period, in a report on the first months of
  // the year: "lũy kế đến hết tháng 6", "lũy kế đến 30/6" in a report on six months.)
  const span = reportMonths(st);
  const ends = span?.[0] === 1 ? periodEndPatterns(span[1]) : null;
  if (ends && within && /tu\s+d[a4]u\s+n[a4]m/.test(within[0]) && !ends.otherEnd.test(open.slice(within.index))) return false;
  if (ends?.toEnd.test(open)) return false;
  if (!within || shorterPeriod) return true;
  // The first months of the year ("lũy kế 8 tháng đầu năm") are part of a yearly report's period,
  // unless they are all of it.
  if (within[1] !== undefined && /n[a4]m$/.test(within[0])) return Number(within[1]) !== 12;
  return within[2] !== undefined && periodYear !== null && Number(within[2]) !== periodYear;
}
/** "đến <another month's end>" and "lũy kế (từ đầu năm) đến <the end of month `month`>", built once per month. */
function periodEndPatterns(month: number): { otherEnd: RegExp; toEnd: RegExp } {
  let p = periodEnds.get(month);
  if (!p) {
    p = {
      otherEnd: new RegExp(`den\\s+(?:het\\s+)?(?:ngay\\s+)?(?:\\d{1,2}\\/|th[a4]ng\\s+)(?!0?${month}(?!\\d))\\d`),
      toEnd: new RegExp(`l[a-z]{0,2}y k[e@]\\s+(?:tu\\s+d[a4]u\\s+n[a4]m\\s+)?den\\s+(?:het\\s+)?(?:ngay\\s+)?(?:\\d{1,2}\\/|th[a4]ng\\s+)0?${month}(?!\\d)`),
    };
    periodEnds.set(month, p);
  }
  return p;
}
const periodEnds = new Map<number, { otherEnd: RegExp; toEnd: RegExp }>();

// Figures of others or of the plan stated for comparison: "(trung bình cả tỉnh 63,8%)",
// "vượt chỉ tiêu 85% cấp trên giao"; times of day: "lúc 6 giờ 15", "vào 3 khung giờ".
// (Also the plan's figure: "kế hoạch năm 2.300 người", "(kế hoạch 72%)", "Kế hoạch giao 88% thủ tục nộp qua mạng".)
const COMPARED_BEFORE = /(?:(?<![a-z])(?:binh quan|trung binh)(?:\s+(?:chung\s+)?(?:cua\s+)?(?:toan|ca|cac)\s+[a-z]+)?|(?<![a-z])chi tieu(?:\s+(?:ke hoach|nam|giao|de ra))?(?:\s+la)?|(?<![a-z])(?:ke hoach|kh)(?:\s+(?:nam|quy [ivx]{1,4}|thang \d{1,2}))?(?:\s*\/?\s*\d{4})?(?:\s+(?:giao|de ra|dat ra))?(?:\s+la)?\s*:?|(?<![a-z])gio)\s*$/;
// An aim's figure in a bracket after it: "cao hơn mục tiêu Đảng ủy xã đặt ra (68%)", "đạt
// 107% kế hoạch (860 lượt)" — the aim's word right before the bracket, or what set it ("đề ra",
// "đặt ra", "giao"); not a plan carried out: "Triển khai kế hoạch truyền thông trên nhóm Zalo (25
// tin, bài)".
const AIM_BRACKET = /(?<![a-z])(?:chi tieu|ke hoach|muc tieu)(?:(?:\s+(?:nam|quy\s+[ivx]{1,4}|thang\s+\d{1,2}|nam\s+\d{4}|\d{4}))?|(?![a-z])[^,;()\d]{0,60}(?<![a-z])(?:de ra|dat ra|giao))\s*\(\s*(?:(?:la|giao|de ra)\s+)?$/;
// … also the average of a wider area a few words before, in the figure's own phrase: "cao hơn
// mức bình quân của tỉnh (69,5%)", "trung bình của các phường lân cận là 61%" (not the commune's own
// average, "bình quân của xã").
const WIDER_AVERAGE = /(?<![a-z])(?:binh quan|trung binh)(?:\s+chung)?(?:\s+cua)?(?:\s+(?:toan|ca|cac))?\s+(?:tinh|huyen|thanh pho|ca nuoc|nuoc|quoc|khu vuc|vung|cum|xa|phuong)(?![a-z])[^\d,;.]{0,25}$/;
function widerAverage(lead: string): boolean {
  const own = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1);
  const m = WIDER_AVERAGE.exec(own);
  return m !== null && !/^(?:binh quan|trung binh)(?:\s+chung)?(?:\s+cua)?\s+(?:xa|phuong)(?![a-z])/.test(m[0]);
}
// A clause after ";" that goes on with the aim before it opens with a bare verb and states no result.
const BARE_VERB_START = /^\s*(?:[-–+•*]\s*)?(?:(?:tiep tuc|dong thoi|phan dau)\s+)?(?:mo|to chuc|trien khai|thuc hien|hoan thanh|xay dung|thanh lap|kien toan|dao tao|tap huan|boi duong|phat|dang|treo|dung|lap|ban hanh|huong dan|ho tro|cai dat|nang|tang|giam|duy tri|phoi hop|dam bao|dua|cap|gan|so hoa|tuyen truyen|tiep nhan|giai quyet|van dong|phat trien|bo sung)(?![a-z])/;
const NOW_WORD = /(?<![a-z])(?:ket qua|(?<!thuc )hien|da(?! (?:dang|phuong|nen|muc))|den nay|thuc te)(?![a-z])/;
function continuesAim(lead: string): boolean {
  return BARE_VERB_START.test(lead) && !NOW_WORD.test(lead) && !/(?<![a-z])dat(?![a-z])/.test(lead);
}
// (The plan's name may stand between "kế hoạch" and what it set: "Kế hoạch phát triển du lịch năm
// 2027 đề ra …"; a result named after the aim is no aim: "Chỉ tiêu giao 65%, kết quả … đạt 71%".)
// (Words one of which PLANNED_BEFORE needs: see mayHold.)
const PLANNED_WORDS = ['du', 'phan', 'se', 'huong', 'muc', 'ke', 'chi'];
const PLANNED_BEFORE = /(?<![a-z])(?:du\s+kien|phan\s+dau|(?<!chia\s)se|huong\s+toi|muc\s+tieu|ke\s+hoach(?:\s+(?:[a-z]+|\d{4})){0,7}?\s+(?:de\s+ra|dat\s+ra)|chi\s+tieu(?:\s+[a-z]+){0,3}\s+giao)(?![a-z])(?![^]*(?<![a-z])(?:da|den nay|hien nay|thuc te|ket qua)(?![a-z]))/;
// A clause led by an aim's label and its colon states the aim: "Mục tiêu năm 2027: 95% hộ kinh
// doanh dùng thanh toán không tiền mặt" (not "Tình hình đạt mục tiêu: …").
const AIM_LABEL_LEAD = /^[\s\-–•+*]*(?:chi\s+tieu|muc\s+tieu|ke\s+hoach)(?:\s+(?:[a-z]+|\d{4})){0,4}\s*:(?![^]*(?<![a-z])(?:da|den nay|hien nay|thuc te|ket qua|thuc hien)(?![a-z]))/;

// Between a count and the rate that says what share it is: "…, đạt 81,3%", "…, chiếm 64,2%",
// "(đạt 90,5%)".
const SHARE_OF_COUNT = /^[^;.\d%]*[,(]\s*(?:(?:va|tuc la)\s+)?(?:dat|chiem|bang|tuong ung|tuong duong)(?:\s+(?:ty le|khoang|gan|hon|tren|xap xi))?\s*$/;

// A bracket opened right before a figure, with at most a qualifier in it: "(khoảng 85 người)".
const BRACKET_LEAD = /^[^()]*\(\s*(?:(?:khoang|gan|hon|tren|uoc|uoc tinh|dat|co|gom|voi|tong so|tong cong|it nhat)\s+)?$/;

// The label of a rate: the phrase before the figure opens with "Tỷ lệ" and holds no other figure.
const RATE_LABEL = /^[\s\-–•+*]*(?:\d{1,3}\.?[\s|]+)?t[yi] l[e@](?![a-z])[^\d]*$/;

// Figures of a wider area or of another body, named as the subject of the clause: "Toàn tỉnh hiện
// có 1.236 Tổ …", "Cổng Dịch vụ công của tỉnh tiếp nhận 128.400 hồ sơ", "Tỷ lệ … bình quân của
// tỉnh là 78,3%". Not when the commune is named beside it ("… của tỉnh giới thiệu 7 sản phẩm
// OCOP của xã", "Xã dẫn đầu toàn tỉnh với …") or the wider body is only where or with whom the
// commune acted ("phối hợp với Sở … của tỉnh", "trên Cổng … của tỉnh").
// (A province-level city is such a wider unit too, named as "toàn thành phố" or "của thành phố".)
const WIDER_UNIT = /(?<![a-z])(?:(?:toan|ca)\s+(?:tinh|huyen|nuoc|quoc|thanh\s+pho)|cua\s+(?:tinh|huyen|thanh\s+pho|ca\s+nuoc|trung\s+uong|cac\s+(?:xa|phuong)))(?![a-z])/;
// ("từ" is not the "tử" of "điện tử".)
const ACTED_WITH = /(?<![a-z])(?:phoi hop|voi|theo|tren|tai|huong ung|tham gia|do|cung|vao|len|qua|(?<!dien\s)tu|cho|den)(?![a-z])/;
const OWN_UNIT = /(?<![a-z])(?:xa|phuong|dac khu)(?![a-z])/;
// … also a body named by a higher level word alone: "Tỉnh ủy đã ban hành 38 văn bản", "Đài Phát
// thanh và Truyền hình tỉnh đã phát …", "Fanpage của Công an tỉnh đăng …", "Cổng Dịch vụ công
// quốc gia có …". Marks are required ("tính đến" is no "tỉnh"); a day's name is no body ("Ngày
// Chuyển đổi số quốc gia"). Since 2025 a city ("thành phố") is a province: "Trung tâm Y tế
// thành phố mở 9 lớp …", "Báo điện tử thành phố có chuyên mục …".
// A department (Sở) or a ministry (Bộ) named with a capital is the province's or the state's:
// "Sở Nội vụ tổ chức 3 lớp …" (not "cơ sở", "trụ sở", "Bộ phận Một cửa").
const WIDER_BODY = /(?<!\p{L})(?:[Tt]ỉnh(?:\s+[uủ][yỷ])?|[Tt]hành\s+[uủ][yỷ]|[Tt]hành\s+phố|[Qq]uốc\s+gia|[Tt]rung\s+ương|(?<![Cc]ơ\s|[Tt]rụ\s)Sở(?=\s+\p{Lu})|Bộ(?=\s+\p{Lu}))(?!\p{L})/u;
// A wider area or body owning the figure right after it: "26.500 lượt truy cập trên toàn tỉnh",
// "7 công văn hướng dẫn của tỉnh", "145 mô hình của toàn tỉnh" — owning the counted noun phrase,
// not the object of a word after it: "5 kế hoạch theo chỉ đạo của tỉnh", "18 buổi tuyên truyền
// cho người dân ở toàn tỉnh" are the commune's (no preposition or verb of carrying out between).
const WIDER_AFTER = /^\s*(?:(?!(?:theo|cho|tai|ve|voi|tu|den|nham|de|do|qua|bang|phuc vu|trien khai|thuc hien|quan triet|huong ung|can cu|dua tren)(?![a-z]))[^,;.:()\d\s]+\s+){0,6}?(?<![a-z])(?:(?:tren|cua|trong|o)\s+(?:toan|ca)\s+(?:tinh|nuoc|quoc|thanh\s+pho)|cua\s+(?:tinh|trung\s+uong|cap\s+tren|so\s+[a-z]+|bo\s+[a-z]+)(?:\s+(?:uy|ban\s+hanh|gui|giao))?)(?![a-z])/;
// (In a figure's own comma phrase, numbers in names do not make a subject: "…, riêng chuyên mục
// Nghị quyết 12 của tỉnh có …".)
const NAMED_NUMBER = /(?<![a-z])(?:nghi quyet|nq|de an|chuong trinh|ke hoach|chi thi|ket luan|quyet dinh)\s*(?:so\s*)?\d[\d\-/a-z]*/g;

/** Whether the clause's subject before `at` is a wider area or another body (see WIDER_UNIT). */
function widerSubject(st: TextStructure, from: number, at: number, rest = '', to?: number, namesAllowed = false): boolean {
  const lead = st.folded.slice(from, at);
  const m = widerMatch(st, from, at, to);
  if (!m || /(?<!\p{L})Ngày\s+\p{Lu}/u.test(st.text.slice(from, from + m.index))) return false;
  // (Nor a name in quotes: Giải chạy "Vì Thành phố xanh" thu hút …)
  const opened = st.text.slice(from, from + m.index);
  if ((opened.match(/"/g) ?? []).length % 2 === 1 || opened.lastIndexOf('“') > opened.lastIndexOf('”')) return false;
  const subject = namesAllowed ? lead.slice(0, m.index).replace(NAMED_NUMBER, 'ten') : lead.slice(0, m.index);
  if (/\d/.test(subject) || subject.trim().split(/\s+/).filter((w) => /[a-z]/.test(w)).length > 10 || ACTED_WITH.test(subject) || OWN_UNIT.test(subject)) return false;
  if (OWN_UNIT.test(lead.slice(m.index + m[0].length))) return false;
  // (The commune owns what is counted, "12 mô hình kinh tế số của xã"; not when it is only the topic
  // after "về": "phát sóng 3 phóng sự về mô hình … của xã" are the wider body's.)
  const topic = rest.search(/(?<![a-z])ve(?![a-z])/);
  return !/(?<![a-z])(?:cua|tren dia ban)\s+(?:xa|phuong|dac khu)(?![a-z])/.test(topic < 0 ? rest : rest.slice(0, topic));
}

// Another commune, ward or special zone named as the clause's subject and marked as another one —
// a partner or a leader named so ("Xã Phú Lương (đơn vị bạn) hướng dẫn 4.300 người dân"), or set
// against the reporting unit later in its sentence ("Trang thông tin điện tử của phường Đông Xuyên
// đăng 210 tin, bài, nhiều gấp đôi so với xã", "…, xã cần học tập kinh nghiệm"). (The name alone says
// nothing: a report names its own unit in its body, and a misread header would drop its figures.)
const NAMED_UNIT = /(?<!\p{L})(?:[Xx]ã|[Pp]hường|[Đđ]ặc\s+khu)\s+(\p{Lu}[\p{L}']*(?:\s+\p{Lu}[\p{L}']*){0,3})/u;
const NAMED_UNIT_WORDS = ['Xã', 'xã', 'hường', 'ặc'];
const OTHER_MARK_AFTER = /^\s*\(\s*(?:xa|phuong|don vi)\s+(?:ban|dan dau)(?![a-z])/;
function otherNamedUnit(st: TextStructure, from: number, at: number, to?: number): boolean {
  if (!mayHold(st, NAMED_UNIT_WORDS, from, at, false)) return false;
  const lead = st.text.slice(from, at);
  const m = namedUnitIn(st, lead, from, at, to);
  if (!m) return false;
  const subject = fold(lead.slice(0, m.index));
  if (/\d/.test(subject) || subject.trim().split(/\s+/).filter(Boolean).length > 8 || ACTED_WITH.test(subject)) return false;
  // (Not a name in quotes, a channel's: Fanpage "Xã A B" đăng …)
  const opened = lead.slice(0, m.index);
  if ((opened.match(/"/g) ?? []).length % 2 === 1 || opened.lastIndexOf('“') > opened.lastIndexOf('”')) return false;
  // (Folded only when a bracket stands after the name: the pattern needs one.)
  if (mayHold(st, ['('], from + m.index + m[0].length, at, false) && OTHER_MARK_AFTER.test(fold(lead.slice(m.index + m[0].length)))) return true;
  // (The reporting unit referred to by its level word alone, lower case: "so với xã", not "so với xã Đông Xuyên".)
  const rest = st.text.slice(at, at + 200).split(/[.!?](?=\s)|\n/)[0] ?? '';
  const against = /(?<!\p{L})(?:so\s+với\s+(?:xã|phường|đặc\s+khu)(?!\s+\p{Lu})|học\s+tập\s+kinh\s+nghiệm|(?:xã|đơn\s+vị)\s+bạn)(?!\p{L})/iu;
  return against.test(rest);
}

/**
 * NAMED_UNIT's first match in the text [from, at) (`lead`). With the clause's end `to`, from its
 * first match in [from, to), found once per clause: a match in the lead is one in the clause, and
 * a match in the clause that ends by `at` is the lead's (nothing in the pattern looks past its
 * end); one that starts before `at` and ends after it is searched in the lead itself.
 */
function namedUnitIn(st: TextStructure, lead: string, from: number, at: number, to: number | undefined): RegExpExecArray | null {
  if (to === undefined || to < at || !spanKeyFits(from, to)) return NAMED_UNIT.exec(lead);
  let memo = namedFirst.get(st);
  if (!memo || memo.text !== st.text) namedFirst.set(st, (memo = { text: st.text, first: new Map() }));
  const key = from * SPAN_KEY + to;
  let first = memo.first.get(key);
  if (first === undefined) memo.first.set(key, (first = NAMED_UNIT.exec(st.text.slice(from, to))));
  const n = at - from;
  if (!first || first.index >= n) return null;
  return first.index + first[0].length <= n ? first : NAMED_UNIT.exec(lead);
}
const namedFirst = new WeakMap<TextStructure, { text: string; first: Map<number, RegExpExecArray | null> }>();

/**
 * WIDER_UNIT's first match in the folded [from, at), else WIDER_BODY's in the text. When the
 * character at `at` is a digit and the clause's end `to` is given, from the first matches in [from,
 * to), found once per clause: neither pattern takes in a digit, and their lookaheads accept one as
 * they accept the end of the text, so a match starting before `at` is the same in both (every
 * figure of a long clause searched its lead again).
 */
function widerMatch(st: TextStructure, from: number, at: number, to: number | undefined): RegExpExecArray | null {
  const direct = (): RegExpExecArray | null => WIDER_UNIT.exec(st.folded.slice(from, at)) ?? WIDER_BODY.exec(st.text.slice(from, at));
  const digit = (code: number): boolean => code >= 48 && code <= 57;
  if (to === undefined || to < at || at < from || !spanKeyFits(from, to) || !digit(st.text.charCodeAt(at)) || !digit(st.folded.charCodeAt(at))) return direct();
  let memo = widerFirst.get(st);
  if (!memo || memo.folded !== st.folded) widerFirst.set(st, (memo = { folded: st.folded, first: new Map() }));
  const key = from * SPAN_KEY + to;
  let first = memo.first.get(key);
  if (!first) memo.first.set(key, (first = [WIDER_UNIT.exec(st.folded.slice(from, to)), WIDER_BODY.exec(st.text.slice(from, to))]));
  const n = at - from;
  for (const m of first) {
    if (m && m.index < n) return m.index + m[0].length <= n ? m : direct();
  }
  return null;
}
const widerFirst = new WeakMap<TextStructure, { folded: string; first: Map<number, [RegExpExecArray | null, RegExpExecArray | null]> }>();

const CELL_MARKS = ['|', '¦', '\t'];
function widerUnitFigure(st: TextStructure, tok: NumberToken, clause: [number, number]): boolean {
  // (The commune named in a part after "trong đó" does not own the whole.)
  const rest = st.folded.slice(tok.end, clause[1]);
  const partAt = mayHold(st, ['trong'], tok.end, clause[1]) ? rest.search(/(?<![a-z])trong\s+d[o06](?![a-z])/) : -1;
  if (widerSubject(st, clause[0], tok.start, rest.slice(0, (partAt + 1 || rest.length + 1) - 1), clause[1])) return true;
  // A wider area set beside the commune after "trong khi" or "còn" opens a subject of its own:
  // "Xã có 5 sản phẩm trên sàn, trong khi toàn tỉnh có 300 sản phẩm".
  const beside = mayHold(st, ['trong khi', 'con'], clause[0], tok.start) ? /,\s*(?:trong khi|con)\s+(?=[^,;]*$)/.exec(st.folded.slice(clause[0], tok.start)) : null;
  if (beside && widerSubject(st, clause[0] + beside.index + beside[0].length, tok.start)) return true;
  // … and so does one opening the figure's own comma phrase: "Theo Sở …, toàn tỉnh còn 200 cụm
  // loa hư hỏng", "…, riêng chuyên mục của tỉnh khoảng 90.000 lượt".
  const comma = st.folded.slice(clause[0], tok.start).lastIndexOf(',');
  if (comma > 0 && !mayHold(st, CELL_MARKS, clause[0], tok.start, false) && widerSubject(st, clause[0] + comma + 1, tok.start, '', undefined, true)) return true;
  if (!mayHold(st, CELL_MARKS, tok.end, clause[1], false) && WIDER_AFTER.test(st.folded.slice(tok.end, clause[1]))) return true;
  // A part after "trong đó" belongs to the whole's subject: "Báo điện tử thành phố đã đăng
  // 1.400 tin, bài, trong đó 5 bài về mô hình của xã".
  const lead = st.folded.slice(clause[0], tok.start);
  const trongDo = mayHold(st, ['trong'], clause[0], tok.start) ? lead.search(/(?<![a-z])trong\s+d[o06](?![a-z])/) : -1;
  const whole = lead.search(/\d/);
  return trongDo > 0 && whole >= 0 && whole < trongDo && widerSubject(st, clause[0], clause[0] + whole, '', clause[1]);
}

// A clause that opens with an earlier period states a figure to compare with: "Năm 2024, xã tiếp
// nhận 3.400 hồ sơ" in a report on 2025, "Cùng kỳ năm trước, …".
// (Also the time before the 2025 merger of units, "Trước sắp xếp, …", "Trước khi sáp nhập, …",
// and an old unit as the clause's subject, "Các xã cũ có …": figures of units that no longer exist.)
const PERIOD_LEAD = /^[\s\-–•+*]*(?:(?:trong|ca)\s+)?(?:nam\s+(\d{4})|cung\s+ky(?:\s+(?:nam\s+)?(?:truoc|ngoai|\d{4}))?|nam\s+(?:truoc|ngoai)|truoc\s+(?:khi\s+)?(?:sap\s+xep|sap\s+nhap|hop\s+nhat))(?![\d/a-z])/;
// (In the figure's own phrase also the start of the period: "…; đầu năm có 41 cụm loa".)
const START_LEAD = /^[\s\-–•+*]*(?:(?:vao|tai|thoi diem)\s+)?dau\s+(?:nam|ky)(?![a-z])/;
// (Only as the clause's subject: "được thành lập trên cơ sở sắp xếp các phường cũ, có …" is the new unit.)
const OLD_UNIT = /^[\s\-–•+*]*(?:(?:cac|hai|ba)\s+)?(?:xa|phuong|huyen|thi tran|tinh)\s+cu(?![a-z])/;
// (Also "trước đây" before the figure in its clause: "Xã Yên Lạc trước đây có 9 thôn" — not as the
// term of a comparison, "so với trước đây, xã có …", nor when "nay" follows it or a bracket it
// opened closes before the figure: "xã có 11 thôn (trước đây … 6 thôn), diện tích 40 km²".)
const EARLIER_ADVERB = /(?<![a-z])(?<!(?:so voi|hon|nhu)\s+)truoc day(?![a-z])(?![^]*(?:(?<![a-z])(?:nay|hien tai)(?![a-z])|\)))/;


// People or teams singled out — rewarded, winning a prize, going through to a final — are a few
// among those counted, no count of their own: "04 tổ viên được Chủ tịch xã khen thưởng",
// "7 học viên đạt loại xuất sắc", "25 thí sinh vào vòng chung kết", "khen thưởng 06 cá nhân".
// (Not an event held to honour: "02 hội nghị biểu dương điển hình tiên tiến".)
const HONOURED_AFTER = /^[^,;:()\d]{0,50}?(?<![a-z])(?<!(?:hoi nghi|le|buoi|cuoc)\s)(?:khen thuong|tang (?:bang|giay) khen|(?:dat|doat|nhan) giai|xuat sac|vinh danh|bieu duong|vao vong (?:chung ket|ban ket|trong|2|hai|ba))(?![a-z])/;
const HONOURED_BEFORE = /(?<![a-z])(?:khen thuong|tang (?:bang|giay) khen|trao giai|vinh danh|bieu duong)(?:\s+(?:cho|toi|den))?\s+(?:[a-z]+\s+){0,2}$/;
// ("tuyên dương" only with its marks: folded, it is also "tuyến đường".)
const COMMENDED_AFTER = /^[^,;:()\d]{0,50}?(?<!\p{L})(?:được\s+)?tuyên\s+dương(?!\p{L})/iu;
// Events held to honour ("03 buổi lễ … biểu dương") and teams honoured ("6 Tổ công nghệ số …
// được tặng bằng khen") are counted all the same: the noun right after the number says so.
const EVENT_OR_TEAM_UNIT = /^(?:hoi nghi|hoi thi|le|buoi|lop|cuoc|dot|to(?!\s+(?:vien|truong|pho))|cum)(?![a-z])/;
function honoured(st: TextStructure, tok: NumberToken, clause: [number, number]): boolean {
  if (COMMENDED_AFTER.test(st.text.slice(tok.unitStart, clause[1]))) return true;
  if (EVENT_OR_TEAM_UNIT.test(st.folded.slice(tok.unitStart, tok.unitStart + 10))) return false;
  return HONOURED_AFTER.test(st.folded.slice(tok.unitStart, clause[1])) || HONOURED_BEFORE.test(st.folded.slice(Math.max(clause[0], tok.start - 40), tok.start));
}

// A sentence that asks for something states no result: "Đề nghị Sở … cung cấp 01 bộ tài liệu
// mẫu", "Kiến nghị tỉnh hỗ trợ 05 cụm loa".
const REQUEST_LEAD = /^[\s\-–•+*]*(?:\d{1,2}[.)]\s*)?(?:de nghi|kien nghi|de xuat)(?![a-z])/;

/** Start of the sentence holding pos (after the last full stop, "!", "?" or line end before it). */
function sentenceStart(st: TextStructure, pos: number): number {
  const lead = st.folded.slice(Math.max(0, pos - 400), pos);
  const m = /[.!?\n](?!\d)[^.!?\n]*$/.exec(lead);
  return m ? pos - lead.length + m.index + 1 : Math.max(0, pos - 400);
}

// The figure's own comma phrase may open with the period compared against: "Năm 2025 đài phát 210
// lượt, cùng kỳ năm trước phát 160 lượt", "… đạt 82%, trong khi cùng kỳ chỉ đạt 70%".
const OWN_PHRASE_JOIN = /^[\s\-–•+*]*(?:(?:trong khi|con|va|khi do)\s+)?/;

// (Every pattern of earlierPeriod needs one of these words: "cu" of "cũ" and "cùng", "đầu", "năm", "trước".)
const EARLIER_WORDS = ['cu', 'dau', 'nam', 'truoc'];
// A table mark in a lead (cells, a column gap, a tab), and what it cannot match without.
const TABLE_MARK = /[|¦]|\S {3,}\S|\t/;
const TABLE_MARK_WORDS = ['|', '¦', '\t', '   '];
const YEAR_NAMED = /(?<![a-z])nam\s+(\d{4})(?![\d/])/y;

/**
 * Whether the folded lead [from, to) of a figure's clause opens with, or names, an earlier period.
 * (Each test reads the lead only when it holds what the test needs, and the last comma and
 * brackets are looked up by place: every figure of a long clause read its whole lead again.)
 */
function earlierPeriod(st: TextStructure, from: number, to: number, periodYear: number | null): boolean {
  if (!mayHold(st, EARLIER_WORDS, from, to)) return false;
  const lead = st.folded.slice(from, to);
  if (OLD_UNIT.test(lead) || START_LEAD.test(lead) || (mayHold(st, ['truoc day'], from, to) && EARLIER_ADVERB.test(lead))) return true;
  // (The own phrase first, after a comma of prose, not a table row's cells — or after an opening
  // bracket: "đạt 98% (cùng kỳ 2024: 80%)". It may also name the year reported on after an
  // earlier one opened the clause: "Năm 2024 chưa có lớp nào, năm 2025 mở 07 lớp".)
  // (A bracket closed before the figure labels an earlier figure, "từ 40% (năm 2023) lên 55%":
  // the own phrase starts after it.)
  const lastIn = (ch: string): number => {
    const at = lastCharIn(st, ch, from, to);
    return at < 0 ? -1 : at - from;
  };
  const open = lastIn('(');
  const close = lastIn(')');
  const comma = Math.max(lastIn(','), close > open ? close : open);
  if (comma > 0 && !(mayHold(st, TABLE_MARK_WORDS, from, to) && TABLE_MARK.test(lead))) {
    const own = lead.slice(comma + 1).replace(OWN_PHRASE_JOIN, '');
    if (START_LEAD.test(own) || OLD_UNIT.test(own)) return true;
    // (A bracket opened by an earlier period governs its phrases: "14 ấp (trước sáp nhập, các xã
    // cũ có 21 ấp)".)
    if (open > 0 && close < open && open < comma && PERIOD_LEAD.test(lead.slice(open + 1))) {
      const p = PERIOD_LEAD.exec(lead.slice(open + 1));
      if (p && (p[1] === undefined || (periodYear !== null && Number(p[1]) < periodYear))) return true;
    }
    const p = PERIOD_LEAD.exec(own);
    if (p) return p[1] === undefined || (periodYear !== null && Number(p[1]) < periodYear);
  }
  const m = PERIOD_LEAD.exec(lead);
  if (m) return m[1] === undefined || (periodYear !== null && Number(m[1]) < periodYear);
  // … or names it inside the subject ("Hội thi năm 2023 có 1.350 lượt dự thi"), not as a start
  // ("từ năm 2024 đến nay"), a date ("tháng 3 năm 2024") or a comparison ("so với năm 2024").
  // (The matches of `/(?<![a-z])nam\s+(\d{4})(?![\d/])/g` on the lead, tried where "nam" stands.)
  if (periodYear === null) return false;
  const places = placesOf(st, 'nam', true);
  for (let i = firstPlaceFrom(places, from); i < places.length && places[i]! + 3 <= to; i++) {
    YEAR_NAMED.lastIndex = places[i]! - from;
    const y = YEAR_NAMED.exec(lead);
    if (y && Number(y[1]) < periodYear && !/(?:(?<![a-z])(?:tu|ke tu|tinh tu|den|voi|sau|truoc)|thang\s+\d{1,2}|\d|\d%?\s*\()\s*$/.test(lead.slice(0, y.index))) return true;
  }
  return false;
}

/**
 * PER_PERIOD_BEFORE in prose (a table's notes column, "cập nhật hằng tuần", rates no later row),
 * in the figure's own comma phrase: "giao ban hằng tháng, tổ chức 12 hội nghị" is a result.
 */
function perPeriodBefore(lead: string): boolean {
  const own = lead.slice(lead.lastIndexOf(',') + 1);
  return PER_PERIOD_BEFORE.test(own) && !/[|¦]|\S {3,}\S/.test(own);
}

// A clause dated after the year the report was written states a plan: a figure dated "năm N" or
// "giai đoạn N-M" later than the report's date (a report dated 2025 on a 2026 programme; one
// dated March 2026 on 2025 may report what 2026 has done so far) — unless it says what was done ("đã", "đến nay"); a horizon ("định hướng đến năm 2030")
// dates the programme, not the figure.
const LATER_YEAR = /(?<![a-z\d])(?:nam|giai doan|gd)\s+((?:19|20)\d\d)(?![\d/])/g;

function laterPeriod(st: TextStructure, tok: NumberToken, clause: [number, number], dateYear: number | null): boolean {
  if (dateYear === null) return false;
  // The year must date the figure, so it stands before it: "tổ chức 4 hội nghị quán triệt Kế
  // hoạch giai đoạn 2026-2030" is a result about a plan, not a plan.
  // (Without a word LATER_YEAR needs, no later year.)
  if (!mayHold(st, ['nam', 'giai doan', 'gd'], clause[0], tok.start)) return false;
  const text = st.folded.slice(clause[0], tok.start);
  // (Prose only: a table's year columns are read by its header, "Chỉ tiêu | Năm 2026".)
  if (/[|¦]|\S {3,}\S/.test(text)) return false;
  // (A year named as the period of the results, "Kết quả … quý II năm 2026", "(báo cáo năm 2026)",
  // is the report's own.)
  const later = [...text.matchAll(LATER_YEAR)].some((y) => Number(y[1]) > dateYear && !/(?<![a-z])(?:so voi|tu|ke tu|den)\s+$/.test(text.slice(0, y.index)) && !/(?<![a-z])(?:ket qua|bao cao|thuc hien)(?![a-z])[^\n.;]*$/.test(text.slice(0, y.index)));
  // ("đã" read with its marks: folded "da" is also "đa dạng", "tối đa", "Đà Nẵng".)
  return later && !/(?<!\p{L})(?:đã|đến nay|hiện nay|thực tế)(?!\p{L})/iu.test(st.text.slice(clause[0], tok.start));
}

// … and a figure reached "đến (hết) năm YYYY", a later year than the one reported on, is a target:
// "Phấn đấu …; đến năm 2030 có 85% hồ sơ …" (not "… đến năm 2030 đã có 7 lớp").
function targetYearBefore(lead: string, periodYear: number | null): boolean {
  if (periodYear === null || /(?<![a-z])(?:da|den nay|hien nay)(?![a-z])/.test(lead)) return false;
  // (In the figure's own comma phrase: "định hướng đến năm 2030, xã tổ chức 4 hội nghị" is a horizon.)
  const own = lead.slice(lead.lastIndexOf(',') + 1);
  return [...own.matchAll(/(?<![a-z])den(?:\s+(?:het|cuoi))?\s+nam\s+(\d{4})(?![\d/])/g)].some((y) => Number(y[1]) > periodYear);
}

// A cue right after a negation: "9 công chức chưa hoàn thành lớp học", "… không nộp bài".
// ("không chuyên trách", "không dùng tiền mặt" negate nothing the figure did.)
const NEGATED_BEFORE_CUE = /(?<![a-z])(?:chua|khong\s+(?:duoc|co|the|kip|hoan thanh|tham gia|dat|nop))(?![a-z])/;

// Dossiers settled on time are counted by no indicator (only the total and the overdue ones).
const ON_TIME_BEFORE = /(?:dung|truoc)\s+han[^,;.\d]{0,12}$/;

// A place after a locative preposition is where something happened, not a count of places:
// "làm việc tại 5 thôn", "ở 3 tổ dân phố".
const LOCATIVE_BEFORE = /(?:^|[^a-z])(?:tai|o)\s+$/;
// … except where the people of the unit live: "dân cư sống rải rác ở 17 thôn, bản", "sinh sống tại 8
// ấp" name all its villages.
const RESIDENTS_BEFORE = /(?<![a-z])(?:sinh song|cu tru|phan tan|phan bo|song|dan cu)\s+(?:tai|o)\s+$/;

// Scope of a count of villages: it is the unit's number of villages only when it describes the
// unit ("xã có 12 thôn, dân số …", "gồm 9 ấp với …", "được chia thành 15 tổ dân phố."). Villages
// with a property ("5 thôn vùng cao", "4 thôn chưa có sóng", "3 bản đạt chuẩn nông thôn mới", "02
// xóm còn lại") or those the sentence singles out ("cho 6 thôn", "thêm 2 thôn") are a subset: after
// the village nouns (joined by commas, "và", "/") only the end of the phrase or a word that goes on
// describing the unit may follow.
const VILLAGE_NOUN = String.raw`(?:thon|to dan pho|tdp|kp|khu pho|khoi pho|khu dan cu|lang|ban|ap|xom|buon|khom|soc)`;
const VILLAGE_PHRASE = new RegExp(String.raw`^${VILLAGE_NOUN}(?:\s*(?:,|\/|va)\s*${VILLAGE_NOUN}(?![a-z]))*(?![a-z])`);
const VILLAGE_TOTAL_NEXT = /^\s*(?:$|[,.;:()|¦\-–—]|(?:voi|va|cung|gom|bao gom|dan so|dien tich|trong do|tren dia ban|tren toan|(?:thuoc|cua) (?:xa|phuong|dac khu|thi tran)|sau (?:sap xep|sap nhap|khi)|hien nay|hien co|nam (?:rai|trai|doc|tren)|phan bo|trai (?:dai|rong)|rai rac|la don vi|quy mo|khoang|hon|gan|tren|tong (?:so|cong)|voi tong|deu)(?![a-z]))/;
// ("còn" alone may be the unit's count after a merger: "đến nay xã còn 9 thôn"; "đều" says all of
// them have something: "xã có 8 thôn đều có sóng di động".)
const VILLAGE_SUBSET_BEFORE = /(?<![a-z])(?:them|cho|con lai)\s+$/;
// The figures of another unit, named as the clause's subject: a neighbour ("Phường Bình An liền kề
// có …", "xã bạn"), or a former unit ("Xã Yên Lạc cũ (nay thuộc xã …) có …").
// (Not the unit itself: "Xã Yên Lạc bên cạnh việc duy trì …" and "Xã Yên Lạc trước đây có 9 thôn"
// speak of it; "trước đây" names a former unit only before "cũ" or "(nay thuộc …)".)
const OTHER_UNIT_LEAD = /^[\s\-–•+*]*(?:(?:Các|các)\s+)?(?:[Xx]ã|[Pp]hường|[Đđ]ặc khu|[Tt]hị trấn)\s+(?:\p{Lu}[\p{L}’']*\s*){1,4}(?:\(\s*)?(?:liền kề|lân cận|giáp ranh|kế bên|bên cạnh(?!\s+(?:việc|những|các|đó)(?!\p{L}))|cũ|bạn|nay thuộc|trước đây(?=[\s,]*(?:cũ|\(\s*nay thuộc)(?!\p{L})))(?!\p{L})/u;
// A part singled out by "Riêng": a place or a period ("Riêng tại thôn A, …", "Riêng quý III, …").
const SINGLED_OUT_LEAD = /^[\s\-–•+*]*(?:[^,]*,\s*)?rieng\s+(?:(?:tai|o|trong)\s+)?(?:(?:cac|\d{1,2}|hai|ba|bon|nam)\s+)?(?:cum\s+)?(?:thon|ap|ban|xom|lang|buon|soc|to dan pho|khu pho|khom|thang|quy|dot|ngay|tuan)(?![a-z])/;
// Among a whole named before ("Trong số người dân được hướng dẫn, có 185 người cao tuổi", "Trong các
// văn bản gửi xuống thôn có 4 quyết định"), or "N trong số …": a subset, unless the catalog counts that
// part (online or overdue dossiers, broken clusters). Not a period: "trong các tháng …". The whole
// is of the figure's own unit ("Trong số các việc được giao, xã mở 4 lớp" is no part).
const AMONG_LEAD = /^[\s\-–•+*]*(?:[^,]*,\s*)?trong\s+(?:so\s+(?:(?:cac|nhung)\s+)?|cac\s+|nhung\s+)(?!(?:thang|nam|quy|ngay|tuan|dot|ky|dip|giai doan|thoi gian|lan|buoi)(?![a-z]))/;
const AMONG_AFTER = /^[^,;.\d]{0,20}?(?<![a-z])trong\s+(?:tong\s+)?so(?![a-z])/;
// One item singled out by a superlative, its figure in a bracket: "Lĩnh vực hộ tịch có nhiều hồ sơ
// trực tuyến nhất (380 hồ sơ)", "… đông học viên nhất là lớp tại thôn A (52 người)".
// (Not across a comma: "Thôn A có nhiều hộ tham gia nhất, toàn xã mở 9 lớp (210 học viên)".)
const SUPERLATIVE_BRACKET = /(?<![a-z])(?:nhieu|dong|cao|lon|manh)(?:\s+[a-z]+){0,6}\s+nhat(?![a-z])[^(),;]{0,60}\(\s*(?:[a-z]+\s+){0,2}$/;
// One named village as the subject of a count of things it has ("Thôn Đông có 3 cụm loa", "Tổ …
// thôn Hạ có 9 thành viên", a table row "Bản Mới | 2 | …"): a share of the unit's stock.
// (Not a commune whose name opens with a village word: "Xã Làng Mới có 12 cụm loa".)
const ONE_VILLAGE_LEAD = /(?<!\p{L})(?<!(?:các|những|tại|ở|[Xx]ã|[Pp]hường|[Đđ]ặc khu|[Tt]hị trấn)\s+)(?:[Tt]hôn|[Ấấ]p|[Bb]ản|[Xx]óm|[Ll]àng|[Bb]uôn|[Ss]óc|[Tt]ổ dân phố|[Kk]hu phố|[Kk]hóm|TDP|KP)\s+\p{Lu}/u;
// … or the places where new ones were put: "lắp 4 cụm loa tại các thôn An, Bình và Hòa" (not after
// a total of the whole unit: "Toàn xã có 15 cụm loa đặt tại thôn A và các thôn lân cận").
// … also one named as the clause's subject, its figures listed after commas: "Ấp B có 310 hộ, 1.150
// nhân khẩu, 2 cụm loa".
const VILLAGE_SUBJECT = /^[\s\-–•+*]*(?:[Tt]hôn|[Ấấ]p|[Bb]ản|[Xx]óm|[Ll]àng|[Bb]uôn|[Ss]óc|[Tt]ổ dân phố|[Kk]hu phố|[Kk]hóm|TDP|KP)\s+\p{Lu}/u;
const WHOLE_UNIT_LEAD = /(?<![a-z])(?:toan (?:xa|phuong|dac khu|thi tran)|tong (?:so|cong))(?![a-z])/;
const NAMED_PLACES_AFTER = /^[^,;:()\d]{0,40}?(?<!\p{L})(?:tại|ở)\s+(?:các\s+)?(?:thôn|ấp|bản|xóm|làng|buôn|sóc|tổ dân phố|khu phố|khóm|TDP|KP)\s+\p{Lu}/u;
// An increase is no stock: "bổ sung 8 thành viên", "lắp thêm 2 cụm loa".
const ADDED_BEFORE = /(?<![a-z])(?:bo sung|them)(?:\s+(?:duoc|moi))?\s+$/;
// An earlier level in "từ N lên M", "từ N xuống (còn) M" (in a report: the figure reached is M).
const FROM_LEVEL_AFTER = /^[^,;.\d]{0,30}?(?<![a-z])(?:len|xuong)(?:\s+con)?\s+\d/;
// (The earlier level's own year, bare or in a bracket, stands between: "từ 6 vụ năm 2024
// xuống 2", "từ 38% (năm 2024) lên 57%".)
function withoutYears(after: string): string {
  return after.replace(/\(\s*(?:nam\s+)?(?:19|20)\d\d\s*\)|(?<![a-z\d])nam\s+(?:19|20)\d\d(?![\d/])/g, (m) => ' '.repeat(m.length));
}

/** Whether a count of villages (its noun right after it) is the unit's own number of villages. */
function villagesOfUnit(st: TextStructure, tok: NumberToken, clause: [number, number]): boolean {
  const after = st.folded.slice(tok.unitStart, clause[1]);
  const noun = VILLAGE_PHRASE.exec(after);
  if (!noun) return true;
  if (VILLAGE_SUBSET_BEFORE.test(st.folded.slice(Math.max(clause[0], tok.start - 12), tok.start))) return false;
  return VILLAGE_TOTAL_NEXT.test(after.slice(noun[0].length));
}

// A count per period is a frequency, not a quantity: "3 kỳ/tuần", "3 lần/tháng", "1 buổi/tuần".
// (… and per session or place: "45 người/buổi", "6 - 8 thành viên/tổ".)
const PER_PERIOD = /^[a-z]{1,6}(?: [a-z]{1,6}){0,2}\s?\/\s?(?:t[a-z]{1,3}n|th[a-z]{1,3}g|ng[a-z]{1,2}y|n[a-z]{1,2}m|q[a-z]{1,2}|k[yi]|buoi|lop|dot|to|thon|xom|ban|ap)(?![a-z])/;
// … also in words: "4 lượt mỗi tuần", "2 buổi một tháng", "1 lần hằng ngày" (a yearly figure stays).
// (Not further: a range, "tổ chức từ 2 đến 4 buổi tập huấn mỗi quý", is labelled a result in the tune golds.)
// (A unit with a comma is one word here: "06 tin, bài mỗi tháng".)
// (Up to three words: "8 buổi sinh hoạt mỗi quý".)
const PER_PERIOD_WORDS = /^[a-z]{1,6}(?:,?\s+[a-z]{1,6}){0,2}\s+(?:moi|mot|hang)\s+(?:t[uw][a4]n|th[a4]ng|ng[a4]y|qu[yi]|k[yi])(?![a-z])/;
// … or said before it in its clause: "mỗi tháng Trang thông tin cập nhật ít nhất 20 tin, bài",
// "Hằng tuần, các thôn phát 2 lượt" — a norm or a rate, not the period's total; not when a total
// or a result follows it ("họp hằng quý (đã họp 03 phiên) và tổ chức 02 hội nghị").
const PER_PERIOD_BEFORE = /(?<![a-z])(?:moi|hang)\s+(?:t[uw][a4]n|th[a4]ng|ng[a4]y|qu[yi]|k[yi])(?![a-z])(?![^]*(?<![a-z])(?:ca nam|tong cong|tong so|luy ke|tu dau nam|da|den nay)(?![a-z]))/;
// … or before it in the clause, as its time adverbial: "Mỗi tháng, trang TTĐT đăng từ 6 đến 8 tin,
// bài", "Trung bình mỗi tuần, đài phát 3 lượt" (a monthly average or range, not the period's total).
// (The clause's first figure only: "Bình quân mỗi tuần phát 4 buổi, trong quý đã phát 47 lượt";
// after its figure it is the frequency's own: "3 lượt mỗi tuần, cả năm 150 lượt".)
// (Also per session or round: "Mỗi đợt, mỗi tổ hướng dẫn 15 - 25 người dân".)
const PER_PERIOD_LEAD = /(?<![a-z])(?:(?:trung binh|binh quan)(?:\s+(?:moi|mot|hang))?|moi|hang)\s+(?:tuan|thang|quy|ngay|ky|buoi|dot|lan|phien)(?![a-z])/;
// (At the clause's start: "duy trì giao ban hằng tháng, tổ chức 12 hội nghị" is a result.)
const PER_PERIOD_AT_START = new RegExp(`^[\\s\\-–+•*]*${PER_PERIOD_LEAD.source}`);
/** PER_PERIOD_AT_START on the lead's last line `line` (from the clause's start or the last line end before the figure, whichever is later). */
function perPeriodLead(line: string): boolean {
  return !/\d/.test(line) && PER_PERIOD_AT_START.test(line);
}

/**
 * Whether a bare value (no unit after it, or only other cells) is a percentage by its label:
 * "(%)" in the label, a "%" unit cell before it, or a label led by "Tỷ lệ".
 */
function percentLabel(st: TextStructure, tok: NumberToken, clause: [number, number], row: boolean): boolean {
  const rest = st.folded.slice(tok.end, clause[1]);
  if (!row && !/^[\s.;,|]*$/.test(rest) && !/^[\s|]+[\d\-–—]/.test(rest)) return false;
  if (tok.value > 100) return false;
  const lead = st.folded.slice(clause[0], tok.start);
  if (/\(\s*%\s*\)|[|¦]\s*%\s*[|¦]|\s%\s+(?:[\d\-–—]|$)/.test(lead)) return true;
  return /^[\s\-–•+*|]*(?:\d{1,3}\.?[\s|]+)?t[yi] l[e@]\s/.test(lead) && /(?::|[|¦])\s*(?:[^\s|]+\s*[|¦]\s*)*$/.test(lead);
}

const marked = (w: string): boolean => fold(w) !== w.toLowerCase();
// The first words of unit words written with marks, folded ("bản" → "ban"), for unitsAllowed.
const MARKED_UNIT_HEADS = new Set(
  UNIT_CLASSES.flatMap((c) => c.words.map((w) => w.split(' ')[0] ?? '').filter((w) => w !== '' && marked(w)).map((w) => fold(w))),
);

/**
 * Catalog units compatible with the word at the number's unit position, or null when unknown.
 * A value closing its row or label with no unit after it takes the label's head noun as its
 * unit: "Lượt phát sóng bản tin trên cụm loa   41   83" counts broadcasts (lượt),
 * not loudspeakers, whatever the label names last.
 */
function unitsAllowed(st: TextStructure, tok: NumberToken, clause: [number, number], row: boolean): Set<string> | null {
  const cls = unitClass(st, tok);
  if (cls) return new Set(cls);
  // The unit column of a table row sits right before the value ("Số hội nghị   hội nghị   2").
  const lead = st.text.slice(clause[0], tok.start);
  if (row || (/^[ \t|¦]*\d{1,3}[ \t|¦]+\p{L}/u.test(lead) && !lead.includes('\n'))) {
    let best: { len: number; units: string[] } | null = null;
    for (const c of UNIT_CLASSES) {
      for (const w of c.words) {
        for (const [ms, me] of findCue(st.folded, w, Math.max(clause[0], tok.start - 30), tok.start)) {
          if (/^[\s|¦]*$/.test(st.folded.slice(me, tok.start)) && (!best || me - ms > best.len)) best = { len: me - ms, units: c.units };
        }
      }
    }
    if (best && best.units.length > 0) return new Set(best.units);
  }
  // (A bracket of parts after the value leaves it the label's: "Số VB đã ban hành: 11 (trong đó 02
  // kế hoạch, 09 công văn)".)
  if (!row && !/^\s*(?:\([^()]*\))?[\s.;,]*$/.test(st.folded.slice(tok.end, clause[1]))) return null;
  const head = /^[\s\-–•+*|]*(?:\d{1,3}\.?[\s|]+)?(?:(?:tong\s+)?so(?:\s+luong)?\s+)?/.exec(st.folded.slice(clause[0], tok.start));
  if (!head) return null;
  const at = clause[0] + head[0].length;
  // (A word written without the marks of the unit word, in a line that has marks, is another
  // word: a label opening with the verb "Ban hành …" does not count villages, "bản".)
  const word = /^\p{L}+/u.exec(st.text.slice(at, at + 12))?.[0] ?? '';
  if (word && !marked(word) && MARKED_UNIT_HEADS.has(word.toLowerCase()) && /[à-ỹđ]/iu.test(st.text.slice(clause[0], clause[1]))) return null;
  const label = unitClass(st, { ...tok, unitStart: at });
  return label && label.length > 0 ? new Set(label) : null;
}

/**
 * The base of a rate: the counted noun right after the percentage ("87% người dân …", "92% hộ dân
 * …"), folded, or null. A rate counts a share of its base, so only a rate whose name or cues name
 * that noun fits ("Tỷ lệ hồ sơ …" for "86% hồ sơ"; no rate for "87% người dân hài lòng").
 */
function rateBase(st: TextStructure, tok: NumberToken): string | null {
  let best: string | null = null;
  for (const w of UNIT_WORDS) {
    for (const [ms, me] of findCue(st.folded, w, tok.unitStart, Math.min(st.folded.length, tok.unitStart + w.length + 4))) {
      if (/^\s?$/.test(st.folded.slice(tok.end, ms)) && (!best || me - ms > best.length)) best = st.folded.slice(ms, me);
    }
  }
  return best;
}

function namesBase(ind: CatalogIndicator, base: string): boolean {
  let words = baseWords.get(ind);
  if (!words) baseWords.set(ind, (words = [ind.name, ...(ind.cues ?? []), ...(ind.requires ?? [])].map(foldCached)));
  return words.some((w) => wholeWordIn(w, base));
}
/** An indicator's name, cues and requirements, folded (once per catalog object). */
const baseWords = new WeakMap<CatalogIndicator, string[]>();

/** Whether `word` stands in `text` with no letter a–z right before or after it. */
function wholeWordIn(text: string, word: string): boolean {
  const letter = (i: number): boolean => i >= 0 && i < text.length && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!letter(at - 1) && !letter(at + word.length)) return true;
  }
  return false;
}

/** Catalog units of the longest unit word right at the number's unit position, or null. */
function unitClass(st: TextStructure, tok: NumberToken): string[] | null {
  if (KHU_VUC_VILLAGES.test(st.folded.slice(tok.unitStart, tok.unitStart + 24)) && KHU_VUC_BEFORE.test(st.folded.slice(Math.max(0, tok.start - 14), tok.start))) return ['thôn, tổ'];
  // (Asked several times per number: once per position and document.)
  let memo = unitWordMemo.get(st);
  if (!memo) unitWordMemo.set(st, (memo = new Map()));
  let units = memo.get(tok.unitStart);
  if (units === undefined) memo.set(tok.unitStart, (units = unitWordAt(st, tok.unitStart)));
  return units;
}
const unitWordMemo = new WeakMap<TextStructure, Map<number, string[] | null>>();

/** Catalog units of the longest unit word starting at `at`, or null. */
function unitWordAt(st: TextStructure, at: number): string[] | null {
  let best: { len: number; units: string[] } | null = null;
  for (const cls of UNIT_CLASSES) {
    for (const w of cls.words) {
      // (Only a match starting at `at` counts: most words cannot open with the letter there.)
      if (!cueMayStartAt(st.folded, w, at)) continue;
      for (const [ms, me] of findCue(st.folded, w, at, Math.min(st.folded.length, at + w.length + 4))) {
        if (ms === at && (!best || me - ms > best.len)) best = { len: me - ms, units: cls.units };
      }
    }
  }
  return best ? best.units : null;
}

// Multi-word units that contain a comma ("cán bộ, công chức", "tin, bài") do not end a phrase.
// So do lists of people or of media items: "cán bộ, công chức, đoàn viên", "đoàn viên, người
// dân", "tin, bài, video", "tin, video".
const PEOPLE_WORDS = PEOPLE.filter((p) => p.kind === 'group' || p.kind === 'business').map((p) => p.word);
const MEDIA_WORDS = ['tin', 'bài', 'bài viết', 'tin bài', 'bản tin', 'thông báo', 'video', 'clip', 'ảnh', 'hình ảnh', 'infographic', 'phóng sự'];
// (Media nouns name the kind of item, not what an indicator is about: "140 tin, bài, trong đó 20
// bài viết về …" keeps the whole.)
const MEDIA_FOLDED = new Set(MEDIA_WORDS.map((w) => fold(w)));
const listOf = (words: string[]): string => {
  const one = `(?:${words.map((w) => tolerantPattern(fold(w))).join('|')})(?![a-z])`;
  return `${one}(?:\\s*,\\s*${one})+`;
};
// (Longest first: the lists before the fixed pairs, so "cán bộ, công chức, đoàn viên" is whole.)
const COMMA_UNITS = new RegExp(`${listOf(PEOPLE_WORDS)}|${listOf(MEDIA_WORDS)}|c[a4]n b[o06d],\\s*c[o06]ng ch[a-z]{1,4}(?:,\\s*vi[e]n ch[a-z]{1,4})?|tin,\\s*b[a4]i`, 'g');
// Words right before a number that make it a name or a reference (Đề án 06, mục 2, Điều 5),
// also when a line end splits them ("Nghị⏎quyết 57").
const NAME_BEFORE = /(?:đề\s+án|[dpb][e]\s?[a4]n|điều|dieu|khoản|khoan|(?<!chuyên\s+|chuyen\s+)mục|(?<!chuyen\s+)muc|mức\s+độ|muc\s+do|cấp\s+độ|cap\s+do|phụ\s+lục|phu\s+luc|chương\s+trình|tiêu\s+chí|tieu\s+chi|nghị\s+quyết|nghi\s+quyet|nq|nghị\s+định|nghi\s+dinh|thông\s+tư|thong\s+tu|quyết\s+định|quyet\s+dinh|chỉ\s+thị|chi\s+thi|kết\s+luận|ket\s+luan|quốc\s+lộ|quoc\s+lo|tỉnh\s+lộ|tinh\s+lo|hương\s+lộ|huong\s+lo|đường\s+tỉnh|duong\s+tinh|đường\s+huyện|duong\s+huyen|công\s+nghiệp|cong\s+nghiep|giai\s+đoạn|giai\s+doan)\s*(?:số|so|s[o06])?\s*$/iu;
// A phone line names its number, which has the shape of one (three digits or more, no thousands
// dot, nothing counted after it): "tổng đài <name> <number>", not a switchboard that guided N
// people.
const PHONE_LINE_BEFORE = /(?:tổng\s+đài(?:\s+\p{L}+){0,2}|tong\s+dai(?:\s+[a-z]+){0,2}|đường\s+dây\s+nóng|duong\s+day\s+nong|hotline)\s*(?:số|so|s[o06])?\s*$/iu;
// "<thing> số N" names one of them (a storm, a residential group, a team, a counter, and the
// next of a list: "số N và số M"); "tổng số N", "dân số N", "hồ sơ N" count.
// (A line end may split the name: "Khu⏎phố số 5".)
const DESIGNATION_BEFORE = /(?<![a-z])(?:bao|ap\s+thap|to|thon|ban|xom|khu|khu\s+pho|khu\s+dan\s+cu|khu\s+vuc|khoi|khoi\s+pho|to\s+dan\s+pho|lien\s+gia|chi\s+hoi|chi\s+bo|nhom|tram|truong|ngo|hem|kiet|doi|tuyen|duong|phong|nha|lo|cum|cum\s+loa|loa|diem|cong|kenh|quay|(?:so\s+\d{1,3}\s*,?\s+(?:va|hoac)))\s+s[o06]\s*$/;
const NUMBERED_NAME_BEFORE = /(?<!\p{L})(?:[Xx]ã|[Pp]hường|[Đđ]ặc\s+khu|[Tt]hị\s+trấn|[Tt]hôn|[Ấấ]p|[Bb]ản|[Xx]óm|[Kk]hu\s+phố|[Tt]ổ\s+dân\s+phố)\s+\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,3}\s$/u;
// A telephone number, spaced or dotted in groups or written whole, reads as numbers that count
// nothing: "0123 456 789", "0234.3567.890", "0912345678".
const PHONE_SHAPE = /(?<![\d.,])(?:\+84[ .]?|0)\d{2,3}[ .]\d{3,4}[ .]\d{3,4}(?![\d]|[.,]\d)|(?<![\d.,])0\d{9,10}(?![\d]|[.,]\d)/g;
const phoneSpans = new WeakMap<TextStructure, [number, number][]>();
function inPhoneNumber(st: TextStructure, tok: NumberToken): boolean {
  let spans = phoneSpans.get(st);
  if (!spans) phoneSpans.set(st, (spans = [...st.text.matchAll(PHONE_SHAPE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length])));
  return spans.some(([a, b]) => a <= tok.start && tok.start < b);
}
const RANK_BEFORE = /(?<![a-z])(?:thu|hang)\s*$/;
// … also without "số": a village named by its number before a word or at a phrase end (a
// building of the village, nothing counted after it), unless a counted noun follows ("mỗi thôn
// 01 cụm loa"), the word is a label ("Số thôn 14") or a table's unit column ("Tổ công nghệ số
// tổ   24   174 thành viên").
const VILLAGE_NAME_BEFORE = /(?<![a-z])(?<!so )(?:thon|xom|to dan pho|khu pho|khom|ap|doi|to|cum loa)\s$/;
/**
 * Whether the number names one thing instead of counting: a reference or a numbered part of a
 * text (NAME_BEFORE), a phone line (only a phone-shaped number with nothing counted after it),
 * an item designated "<thing> số N" (DESIGNATION_BEFORE), a rank, an age, or a place named by
 * its number at a phrase end (VILLAGE_NAME_BEFORE). One cause, one test in the reader's loop.
 */
// … and the next numbers of such a list: "tại các tổ dân phố 3, 5, 11 và 14", "thôn 2 và 4".
const DESIGNATION_LIST_BEFORE = /(?<![a-z])(?:thon|xom|to dan pho|khu pho|khom|ap|doi|to|khu|cum loa so|so)\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,|va|hoac)\s*$/;
function namesOne(st: TextStructure, tok: NumberToken): boolean {
  const before = st.folded.slice(Math.max(0, tok.start - 24), tok.start);
  if (!tok.percent && DESIGNATION_LIST_BEFORE.test(st.folded.slice(Math.max(0, tok.start - 60), tok.start)) && unitClass(st, tok) === null) return true;
  if (NAME_BEFORE.test(before) || DESIGNATION_BEFORE.test(before)) return true;
  // A table or form named by its number, "Bảng 2", "Biểu 03" (with their marks: folded, "bằng 05
  // văn bản" would be a name too).
  if (/(?<!\p{L})(?:[Bb]ảng|[Bb]iểu|BẢNG|BIỂU)\s*(?:số\s*)?$/u.test(st.text.slice(Math.max(0, tok.start - 12), tok.start))) return true;
  if (PHONE_LINE_BEFORE.test(before) && /^\d{3,}$/.test(st.text.slice(tok.start, tok.end)) && unitClass(st, tok) === null) return true;
  if (!tok.percent && tok.denominator === null && inPhoneNumber(st, tok)) return true;
  // A unit or a village named with a number after its name ("xã Hòa Bình 2", "phường Tân An 3",
  // "ấp Phú Lợi 1") when nothing counted follows; a house number and a street named by a number
  // or a date ("số 24 đường …", "đường 19 Tháng 5").
  if (!tok.percent && tok.denominator === null && /^\d{1,2}$/.test(st.text.slice(tok.start, tok.end)) && NUMBERED_NAME_BEFORE.test(st.text.slice(Math.max(0, tok.start - 60), tok.start)) && unitClass(st, tok) === null) return true;
  if (!tok.percent && tok.denominator === null && /(?<![a-z])so\s*$/.test(before) && /^\s+(?:duong|pho|ngo|hem|kiet)\s/.test(st.folded.slice(tok.end, tok.end + 8))) return true;
  if (!tok.percent && tok.denominator === null && /(?<![a-z])(?:duong|pho)\s+$/.test(before) && /^\s+(?:th[a4]ng\s+\d|\p{Lu})/u.test(st.text.slice(tok.end, tok.end + 10)) && unitClass(st, tok) === null) return true;
  if (tok.percent) return false;
  // A rank ("đứng thứ 3", "xếp hạng 2") or an age ("độ tuổi từ 17 đến 55", "tuổi 60 trở lên").
  if (RANK_BEFORE.test(before) || /(?<![a-z])tuoi(?:\s+(?:tu|tren|duoi))?\s*$/.test(before)) return true;
  return VILLAGE_NAME_BEFORE.test(before) && st.text.charAt(tok.start - 1) === ' ' && /^(?:[ \t]+\p{L}|[ \t]*(?:[.;,)|¦]|\n|$))/u.test(st.text.slice(tok.end, tok.end + 3)) && unitClass(st, tok) === null;
}

const FORWARD_SECTION = /kien nghi|de xuat|nhiem vu.{0,30}(?:giai phap|thoi gian toi)|phuong huong|thoi gian toi|giai phap.{0,20}thoi gian/;
// (Also the tasks of the next period named by the heading itself: "IV. NHIỆM VỤ QUÝ IV/2025",
// "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM"; not "Kết quả thực hiện nhiệm vụ năm 2025", nor the tasks
// carried out ("NHIỆM VỤ NĂM 2024 ĐÃ THỰC HIỆN"), nor those of the year or quarter reported on.)
const TASKS_HEADING = /^[\s\divxl]*[.)]?\s*nhiem vu\s+(?:trong tam\s+)?(?:quy|thang|\d{1,2} thang|nam|giai doan|tiep theo|cuoi nam)(?![a-z])/;

function forwardHeading(st: TextStructure, heading: string, periodYear: number | null): boolean {
  if (FORWARD_SECTION.test(heading)) return true;
  if (!TASKS_HEADING.test(heading) || /(?<![a-z])(?:da thuc hien|ket qua)(?![a-z])/.test(heading)) return false;
  const year = /(?<!\d)(20\d\d)(?!\d)/.exec(heading)?.[1];
  if (year !== undefined && periodYear !== null && Number(year) !== periodYear) return Number(year) > periodYear;
  // A year alone (no quarter, month or span) is the year reported on.
  if (year !== undefined && periodYear !== null && /nhiem vu\s+(?:trong tam\s+)?nam\s+\d{4}(?!\s*[-–])/.test(heading)) return false;
  // A quarter no later than the one in the title is reported on.
  const quarter = /(?<![a-z])quy\s+([ivx]{1,3})(?![a-z])/.exec(heading)?.[1];
  const title = /(?:^|\n)[ \t]*bao cao[ \t]*\n((?:[ \t]*\S[^\n]*\n){1,3})/.exec(st.folded.slice(0, 3000))?.[1] ?? '';
  const titleQuarter = /(?<![a-z])quy\s+([ivx]{1,3})(?![a-z])/.exec(title)?.[1];
  const roman = (r: string): number => ({ i: 1, ii: 2, iii: 3, iv: 4 })[r] ?? 0;
  if (quarter !== undefined && titleQuarter !== undefined && roman(quarter) <= roman(titleQuarter)) return false;
  return true;
}

/**
 * A figure in brackets restating the one before it ("100% cán bộ (54/54 người) hoàn thành …")
 * belongs to the sentence around the brackets: its own closing bracket ends no phrase.
 */
function closeOwnBracket(st: TextStructure, tok: NumberToken, clause: [number, number], between: string): string {
  if (!/\(\s*$/.test(st.folded.slice(clause[0], tok.start))) return between;
  return between.replace(/^([^()]*)\)/, '$1 ');
}

/** Folded text of [from, to) with the commas inside multi-word units blanked (same length). */
function withoutUnitCommas(st: TextStructure, from: number, to: number): string {
  let blanked = unitCommaCache.get(st);
  if (blanked === undefined) {
    // Once per document: the lists are found in the whole text, not again for every cue.
    blanked = st.folded.replace(COMMA_UNITS, (m) => m.replace(/,/g, ' '));
    unitCommaCache.set(st, blanked);
  }
  return blanked.slice(from, Math.max(from, to));
}
const unitCommaCache = new WeakMap<TextStructure, string>();
const COMMA_UNIT_AT = new RegExp(`^(?:${COMMA_UNITS.source})`);

/**
 * Cue matches that do not run across a comma the cue itself lacks: the OCR-tolerant pattern
 * lets a space be light punctuation, but "hồ sơ, trễ hạn" is two phrases, not "hồ sơ trễ hạn".
 */
function findCue(folded: string, cue: string, from?: number, to?: number): [number, number][] {
  return ownPhrase(folded, cue, findCueAny(folded, cue, from, to));
}
function ownPhrase(folded: string, cue: string, found: [number, number][]): [number, number][] {
  if (found.length === 0) return found;
  const hits = found.filter(([, e]) => !COMPOUNDS.some(([end, next]) => end.test(folded.slice(Math.max(0, e - 4), e)) && next.test(folded.slice(e, e + 6))));
  if (cue.includes(',')) return hits;
  return hits.filter(([s, e]) => !/[,;]/.test(folded.slice(s, e)));
}
/**
 * findCue over a clause, kept per document: every number of a clause asks the same cues of the
 * same clause, so a line of a thousand figures searched its whole length a thousand times.
 */
function clauseCue(st: TextStructure, cue: string, from: number, to: number): [number, number][] {
  let memo = clauseCueMemo.get(st);
  // (Keyed by the folded text as well, should a structure's text ever change.)
  if (!memo || memo.folded !== st.folded) clauseCueMemo.set(st, (memo = { folded: st.folded, hits: new Map() }));
  // (By cue, then by the span as one number: no key string is built per call.)
  if (!spanKeyFits(from, to)) return findCue(st.folded, cue, from, to);
  let byCue = memo.hits.get(cue);
  if (!byCue) memo.hits.set(cue, (byCue = new Map()));
  const key = from * SPAN_KEY + to;
  let hits = byCue.get(key);
  if (!hits) byCue.set(key, (hits = findCue(st.folded, cue, from, to)));
  return hits;
}
const clauseCueMemo = new WeakMap<TextStructure, { folded: string; hits: Map<string, Map<number, [number, number][]>> }>();
/** A span [from, to) of a text shorter than SPAN_KEY as the number from * SPAN_KEY + to. */
const SPAN_KEY = 2 ** 22;
const spanKeyFits = (from: number, to: number): boolean => Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to >= 0 && from < SPAN_KEY && to < SPAN_KEY;

// A cue does not end inside a two-syllable word: "tham gia học" is not "tham gia học tập"
// (studying a resolution), "người học" not "người học sinh", "lượt thi" not "lượt thí sinh".
// Nor does "đã phát" end inside "đã phát động" (a campaign launched, not an item aired), nor
// before what is handed out ("được phát mã QR", "phát tờ rơi", "phát thẻ").
const COMPOUNDS: [RegExp, RegExp][] = [
  [/h[o06]c$/, /^\s+(?:tap|sinh)(?![a-z])/],
  [/(?<![a-z])ph[a4]t$/, /^\s+(?:dong|trien|hien|huy|hanh|sinh|minh|ngon|bieu|tan|giac|dat|ma|qr|to|the|sach)(?![a-z])/],
  [/th[i1l]$/, /^\s+sinh(?![a-z])/],
];

const foldCache = new Map<string, string>();
function foldCached(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    f = fold(s);
    foldCache.set(s, f);
  }
  return f;
}

interface Scored {
  code: string;
  score: number;
}

/**
 * Whether a cue at `ms`, after a cell border past the value at `from`, stands in a cell that is a
 * note ("| 09 | Mỗi thôn 01 tổ |": a figure in it, or more than three words), not a unit cell
 * ("| 35 | cụm loa |").
 */
function inNoteCell(st: TextStructure, from: number, ms: number): boolean {
  const between = st.folded.slice(from, ms);
  const border = Math.max(between.lastIndexOf('|'), between.lastIndexOf('¦'));
  if (border < 0) return false;
  const rest = st.folded.slice(from + border + 1, Math.min(st.folded.length, ms + 80));
  const end = rest.search(/[|¦\n]/);
  const cell = (end < 0 ? rest : rest.slice(0, end)).trim();
  return /\d/.test(cell) || cell.split(/\s+/).length > 3;
}

/** The best cue match after the number for an indicator: [start, end) in folded text. */
function afterCueSpan(st: TextStructure, ind: CatalogIndicator, tok: NumberToken, clause: [number, number]): [number, number] | null {
  let best: [number, number] | null = null;
  for (const cue of ind.cues ?? []) {
    for (const [ms, me] of findCue(st.folded, cue, tok.unitStart, clause[1])) {
      if (ms - tok.unitStart > 40) continue;
      if (/[,;:()]/.test(closeOwnBracket(st, tok, clause, withoutUnitCommas(st, tok.end, ms)))) continue;
      if (/\d/.test(st.folded.slice(tok.end, ms))) continue;
      if (inNoteCell(st, tok.end, ms)) continue;
      if (!best || ms < best[0] || (ms === best[0] && me > best[1])) best = [ms, me];
    }
  }
  return best;
}

/** The cue after the number, else the nearest cue before it ("lượt người tham gia học đạt 437"). */
function cueSpan(st: TextStructure, ind: CatalogIndicator, tok: NumberToken, clause: [number, number]): [number, number] | null {
  const after = afterCueSpan(st, ind, tok, clause);
  if (after) return after;
  let best: [number, number] | null = null;
  for (const cue of ind.cues ?? []) {
    for (const [ms, me] of findCue(st.folded, cue, Math.max(clause[0], tok.start - 80), tok.start)) {
      if (/[;]/.test(st.text.slice(me, tok.start))) continue;
      if (!best || me > best[1] || (me === best[1] && ms < best[0])) best = [ms, me];
    }
  }
  return best;
}

/** The cue after the number, else every cue before it in reach (not across a semicolon). */
function cueSpans(st: TextStructure, ind: CatalogIndicator, tok: NumberToken, clause: [number, number]): [number, number][] {
  const after = afterCueSpan(st, ind, tok, clause);
  if (after) return [after];
  return (ind.cues ?? []).flatMap((cue) => findCue(st.folded, cue, Math.max(clause[0], tok.start - 80), tok.start).filter(([, me]) => !/[;]/.test(st.text.slice(me, tok.start))));
}

// "tổ" alone, not a residential group, an organisation, a member or a leader.
const BARE_TEAM = /^to(?!\s+(?:dan pho|dan|chuc|vien|truong|pho|hop|cong tac|an ninh|hoa giai|tu quan|bau cu|nhom|cong nghe|cns|so)(?![a-z]))(?![a-z])/;
// Villages that have or formed a team: "có", "thành lập", "kiện toàn", "duy trì", "ra mắt".
const HAVING_VERB = /(?<![a-z])(?:co|thanh lap|kien toan|duy tri|ra mat|xay dung)(?![a-z])/;
// What still works: "hoạt động bình thường / tốt / ổn định", "phát tốt", "còn sử dụng được".
const WORKING_AFTER = /(?<![a-z])(?:(?:dang |van |con )?hoat dong (?:binh thuong|tot|on dinh|hieu qua)|phat (?:tot|on dinh|binh thuong)|(?:con )?su dung (?:tot|duoc|binh thuong))(?![a-z])/;
// The counted people, "(đã) được", then an agent of up to five words before the verb.
const PASSIVE_AGENT = /^(?:[a-z]+\s+){1,3}(?:da\s+)?duoc\s+((?:[a-z]+\s+){1,5})$/;
const PARTICIPATION = /(?<![a-z])(?:tham gia|tham du)(?![a-z])/;
// Verbs whose object is the people helped: "hỗ trợ", "hướng dẫn", "tập huấn", "bồi dưỡng", "đào tạo".
const HELPING_VERB = /^(?:ho tro|huong dan|tap huan|boi duong|dao tao)(?![a-z])/;

/**
 * Participation follows its occasion: "Tổ chức 09 lớp … với 175 lượt người dân tham dự" took part in
 * the classes, "Lễ phát động … có 500 người dân tham gia" in the event. When the number's phrase
 * says people took part and several indicators read it so (within 3 points of the top), the one
 * whose occasion word — a cue or required word that names no participation and no people —
 * stands nearest before the number in its sentence wins.
 */
function byOccasion(st: TextStructure, scored: Scored[], top: Scored, byCode: Map<string, CatalogIndicator>, tok: NumberToken): Scored {
  const clause = clauseAt(st, tok.start);
  // (The label before a colon is the number's phrase too: "số lượt người tham gia: 78 lượt".)
  const lead = st.folded.slice(clause[0], tok.start).replace(/:\s*$/, '');
  const phrase = lead.slice(Math.max(...[',', ';', '(', ')'].map((c) => lead.lastIndexOf(c) + 1))) + st.folded.slice(tok.end, phraseEndAfter(st, tok, clause));
  if (!PARTICIPATION.test(phrase)) return top;
  const close = scored.filter((c) => c.score >= top.score - 3);
  if (close.length < 2) return top;
  const from = Math.max(sentenceStart(st, tok.start), tok.start - 200);
  let best: { c: Scored; at: number } | null = null;
  for (const c of close) {
    const ind = byCode.get(c.code)!;
    const words = [...(ind.cues ?? []), ...(ind.requires ?? [])].map(foldCached).filter((w) => !PARTICIPATION.test(w) && !PEOPLE_NOUNS.has(w) && !/^(?:nguoi|luot)(?![a-z])/.test(w));
    const at = Math.max(-1, ...words.flatMap((w) => findCue(st.folded, w, from, tok.start).map(([, me]) => me)));
    if (at >= 0 && (!best || at > best.at)) best = { c, at };
  }
  return best ? best.c : top;
}

/** See the call in extractFacts: the indicator whose cue before the number is nearest. */
function nearestGoverning(st: TextStructure, scored: Scored[], top: Scored, byCode: Map<string, CatalogIndicator>, tok: NumberToken, clause: [number, number]): Scored {
  const topInd = byCode.get(top.code)!;
  if (afterCueSpan(st, topInd, tok, clause)) return top;
  const topSpan = cueSpan(st, topInd, tok, clause);
  if (!topSpan) return top;
  const root = (i: CatalogIndicator): string => i.total ?? i.code;
  // The counted noun right after the number outranks any cue before it ("… tại 100% tổ dân phố với 11 tổ").
  const unitAt = (i: CatalogIndicator): boolean => i.unit !== '%' && findCue(st.folded, i.unit, tok.unitStart, Math.min(clause[1], tok.unitStart + 12)).some(([ms]) => ms - tok.unitStart <= 2);
  const topUnit = unitAt(topInd);
  for (const other of scored) {
    const ind = byCode.get(other.code)!;
    if (other === top || root(ind) === root(topInd) || afterCueSpan(st, ind, tok, clause) || (topUnit && !unitAt(ind))) continue;
    const span = cueSpan(st, ind, tok, clause);
    if (!span || span[0] < topSpan[1] || foldCached(ind.unit) === st.folded.slice(span[0], span[1])) continue;
    // Right before it, at most two words between ("đã hỗ trợ 1.560", "tập huấn cho 85"): a cue
    // further on may be a noun inside the object of the top cue's verb ("hoàn thành khóa bồi
    // dưỡng trực tuyến … là 39 người"). (A colon right before the value closes a label: "Số
    // thành viên Tổ … được tập huấn: 40".)
    const between = withoutUnitCommas(st, span[1], tok.start).replace(/:\s*$/, '');
    if (/[,;:()]/.test(between) || between.trim().split(/\s+/).filter(Boolean).length > 2) continue;
    return other;
  }
  return top;
}

/**
 * Where the indicator's required words occur: the clause, else earlier in its paragraph (a
 * weaker sign: another indicator whose requirement the clause itself meets comes first).
 */
function requirementMet(st: TextStructure, ind: CatalogIndicator, clause: [number, number], acrossSemicolon = true): 'clause' | 'paragraph' | null {
  if (!ind.requires || ind.requires.length === 0) return 'clause';
  // (The same for every figure of the clause: kept per document, indicator and clause.)
  let memo = requirementMemo.get(st);
  if (!memo || memo.folded !== st.folded) requirementMemo.set(st, (memo = { folded: st.folded, met: new Map() }));
  // (Keyed by the list of required words, all the answer depends on besides the clause.)
  let byClause = memo.met.get(ind.requires);
  if (!byClause) memo.met.set(ind.requires, (byClause = new Map()));
  if (!spanKeyFits(clause[0], clause[1])) return requirementIn(st, ind.requires, clause, acrossSemicolon);
  const key = (clause[0] * SPAN_KEY + clause[1]) * 2 + (acrossSemicolon ? 1 : 0);
  let met = byClause.get(key);
  if (met === undefined) byClause.set(key, (met = requirementIn(st, ind.requires, clause, acrossSemicolon)));
  return met;
}
const requirementMemo = new WeakMap<TextStructure, { folded: string; met: Map<string[], Map<number, 'clause' | 'paragraph' | null>> }>();

function requirementIn(st: TextStructure, requires: string[], clause: [number, number], acrossSemicolon: boolean): 'clause' | 'paragraph' | null {
  const [cs, ce] = clause;
  if (requires.some((r) => clauseCue(st, r, cs, ce).length > 0)) return 'clause';
  // … or the clause before its semicolon, in the same sentence ("Tổ chức 06 lớp tập huấn; 289
  // lượt người tham gia").
  if (acrossSemicolon && cs > 0 && st.text.charAt(cs - 1) === ';') {
    const [ps] = clauseAt(st, cs - 1);
    if (requires.some((r) => findCue(st.folded, r, ps, cs).length > 0)) return 'clause';
  }
  // The channel named in the paragraph's first sentence governs its later sentences:
  // "Chuyên mục … trên Trang thông tin điện tử …; đến nay đã có 53 tin, bài".
  const blank = st.text.lastIndexOf('\n\n', cs);
  const ps = Math.max(blank < 0 ? 0 : blank + 2, cs - 400);
  return requires.some((r) => findCue(st.folded, r, ps, cs).length > 0) ? 'paragraph' : null;
}

/**
 * Distance in characters with runs of spaces counted once (table columns are wide), as does a
 * leader of three dots or more. Exact up to `cap`; past it, some number above `cap` (the count
 * stops there, so a number far from a cue costs no walk over the whole line).
 */
function gap(st: TextStructure, from: number, to: number, cap = Infinity): number {
  const t = st.folded;
  // Every character that is neither a space nor a leader counts one: more of them than `cap`
  // is past it, known without the walk (a long line has many cues far from each figure).
  if (cap !== Infinity) {
    const words = wordChars(st);
    if ((words[to] ?? 0) - (words[from] ?? 0) > cap) return cap + 1;
  }
  let n = 0;
  let space = false;
  for (let i = from; i < to && n <= cap; ) {
    const c = t.charAt(i);
    if (LEADER_CHAR.test(c)) {
      let j = i;
      while (j < to && LEADER_CHAR.test(t.charAt(j))) j++;
      if (j - i >= 3) {
        if (!space) n++;
        space = true;
      } else {
        n += j - i;
        space = false;
      }
      i = j;
    } else {
      if (!/\s/.test(c)) n++;
      else if (!space) n++;
      space = /\s/.test(c);
      i++;
    }
  }
  return n;
}
const LEADER_CHAR = /[.…·_]/;

/** Per position, how many characters before it are neither a space nor a leader character (computed once per text). */
function wordChars(st: TextStructure): Int32Array {
  let counts = wordCharCounts.get(st);
  if (counts) return counts;
  const t = st.folded;
  counts = new Int32Array(t.length + 1);
  for (let i = 0; i < t.length; i++) {
    const c = t.charAt(i);
    counts[i + 1] = (counts[i] ?? 0) + (LEADER_CHAR.test(c) || /\s/.test(c) ? 0 : 1);
  }
  wordCharCounts.set(st, counts);
  return counts;
}
const wordCharCounts = new WeakMap<TextStructure, Int32Array>();

/** Whether `t.slice(from, to)` holds only letters a-z and spaces. */
function lettersOnly(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/[a-z\s]/.test(t.charAt(i))) return false;
  return true;
}

/** `/:\s*(?:[a-z]+\s+){0,2}$/` on `t.slice(from, to)`: the colon can only be the one before the letters and spaces that end it. */
function colonLabelBefore(t: string, from: number, to: number): boolean {
  let i = to;
  while (i > from && /[a-z\s]/.test(t.charAt(i - 1))) i--;
  return i > from && t.charAt(i - 1) === ':' && /^\s*(?:[a-z]+\s+){0,2}$/.test(t.slice(i, to));
}

/** `/^[^|¦\d\n]*[|¦][^\n]*$/` on `st.folded.slice(from, to)`: a cell border before any figure, and no line end. */
function cellLabelBefore(st: TextStructure, from: number, to: number): boolean {
  const t = st.folded;
  let i = from;
  while (i < to && !/[|¦\d\n]/.test(t.charAt(i))) i++;
  return i < to && (t.charAt(i) === '|' || t.charAt(i) === '¦') && nextCharAt(st, '\n', i, true) >= to;
}

/**
 * Where `ch` next stands in the text or its folded copy (its length when nowhere) at or after
 * `from`. The last answer per character is kept: every position from the one asked to the one
 * found has the same answer, so the figures of a long line and the cues before each cost one
 * search per figure.
 */
function nextCharAt(st: TextStructure, ch: string, from: number, folded = false): number {
  const t = folded ? st.folded : st.text;
  let memo = nextCharMemo.get(st);
  if (!memo) nextCharMemo.set(st, (memo = new Map()));
  const key = folded ? `${ch}f` : ch;
  const m = memo.get(key);
  if (m && from >= m[0] && from <= m[1]) return m[1];
  const at = t.indexOf(ch, from);
  const found: [number, number] = [from, at < 0 ? t.length : at];
  memo.set(key, found);
  return found[1];
}
const nextCharMemo = new WeakMap<TextStructure, Map<string, [number, number]>>();

/**
 * Whether one of `words` stands wholly inside [from, to) of the text (or its folded copy): a
 * necessary condition for a pattern that cannot match without one of them, so that the pattern is
 * run on a figure's lead only when it may match there. The places of each word are found once per
 * text (every figure of a long clause read its lead again: time growing with the square of the
 * clause).
 */
function mayHold(st: TextStructure, words: readonly string[], from: number, to: number, folded = true): boolean {
  for (const w of words) {
    const at = placesOf(st, w, folded);
    const i = firstPlaceFrom(at, from);
    if (i < at.length && at[i]! + w.length <= to) return true;
  }
  return false;
}
/** Where `w` starts in the text or its folded copy, in order; found once per text and word. */
function placesOf(st: TextStructure, w: string, folded: boolean): Int32Array {
  let memo = wordPlaces.get(st);
  if (!memo || memo.text !== st.text || memo.folded !== st.folded) wordPlaces.set(st, (memo = { text: st.text, folded: st.folded, places: new Map() }));
  const key = folded ? `f${w}` : `t${w}`;
  let at = memo.places.get(key);
  if (!at) {
    const t = folded ? st.folded : st.text;
    const found: number[] = [];
    for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) found.push(i);
    memo.places.set(key, (at = Int32Array.from(found)));
  }
  return at;
}
/** The index of the first place at or after `from` (the array's length when none), by halving. */
function firstPlaceFrom(at: Int32Array, from: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** The last place of the character `ch` in [from, to) of the text or its folded copy, -1 when none (lastIndexOf without reading the span). */
function lastCharIn(st: TextStructure, ch: string, from: number, to: number, folded = true): number {
  const at = placesOf(st, ch, folded);
  const i = firstPlaceFrom(at, to) - 1;
  return i >= 0 && at[i]! >= from ? at[i]! : -1;
}
const wordPlaces = new WeakMap<TextStructure, { text: string; folded: string; places: Map<string, Int32Array> }>();

/** Length of a multi-word unit with commas at the unit position ("cán bộ, công chức, viên chức"). */
function unitPhraseLength(st: TextStructure, tok: NumberToken): number {
  const m = COMMA_UNIT_AT.exec(st.folded.slice(tok.unitStart, tok.unitStart + 80));
  return m ? Math.max(0, m[0].length - 6) : 0;
}

/**
 * The number's own phrase [from, to) where `excludes` are looked for: after the last semicolon,
 * bracket or comma before it, to the end of its phrase after it. It depends on the number only,
 * not on the indicator: computed once per number (the last one is kept), not for every
 * indicator scored.
 */
const COMMA_BEFORE_NOUN = /^\s*(?:cong chuc|vien chuc|dang vien|bai)/;
function excludePhrase(st: TextStructure, tok: NumberToken, clause: [number, number]): [number, number] {
  const m = excludePhraseMemo;
  if (m && m.st === st && m.start === tok.start && m.unitStart === tok.unitStart && m.clause[0] === clause[0] && m.clause[1] === clause[1]) return m.span;
  let from = clause[0];
  // (The last ";", "(" or "," not before those nouns, found from the figure backwards: the same
  // place as the last match of `/[;(]|,(?!\s*(?:cong chuc|vien chuc|dang vien|bai))/g` on the lead.)
  for (let i = tok.start - 1; i >= clause[0]; i--) {
    const c = st.folded.charAt(i);
    if (c === ';' || c === '(' || (c === ',' && !COMMA_BEFORE_NOUN.test(st.folded.slice(i + 1, tok.start)))) {
      from = i + 1;
      break;
    }
  }
  // Verbs joined by a comma share the figure: "tiếp nhận, triển khai 17 văn bản", "đã sửa chữa,
  // thay thế 07 cụm loa" — the phrase reaches back over the first verb.
  if (from > clause[0] && st.folded.charAt(from - 1) === ',' && /^\s*(?!(?:trong|gom|dat|chiem|voi|va|con|tong|so|rieng|ngoai)\s)(?:[a-z]+\s+){1,2}$/.test(st.folded.slice(from, tok.start))) {
    from = clause[0] + st.folded.slice(clause[0], from - 1).search(/[^,;(]*$/);
  }
  const span: [number, number] = [from, phraseEndAfter(st, tok, clause)];
  excludePhraseMemo = { st, start: tok.start, unitStart: tok.unitStart, clause: [clause[0], clause[1]], span };
  return span;
}
let excludePhraseMemo: { st: TextStructure; start: number; unitStart: number; clause: [number, number]; span: [number, number] } | null = null;

/** Whether the number's own phrase names what the indicator does not count (its `excludes`). */
function excluded(st: TextStructure, ind: CatalogIndicator, tok: NumberToken, clause: [number, number]): boolean {
  if (!ind.excludes || ind.excludes.length === 0) return false;
  const [from, to] = excludePhrase(st, tok, clause);
  if (ind.excludes.some((x) => findCue(st.folded, x, from, to).length > 0)) return true;
  // Verbs joined by a comma share the figure: "đã <excluded verb>, <verb> N <noun>" (an
  // excluded verb ending right at the comma, at most two words between the comma and the figure).
  if (from <= clause[0] || st.folded.charAt(from - 1) !== ',' || !/^\s*(?:[a-z]+\s+){0,2}$/.test(st.folded.slice(from, tok.start))) return false;
  return ind.excludes.some((x) => findCue(st.folded, x, clause[0], from - 1).some(([, me]) => me === from - 1));
}

// A cue that is only a verb of airing ("đã phát", "được phát", "phát được") also says what is
// handed out ("đã phát 600 phiếu khảo sát", "phát 150 suất quà"): it speaks for a figure only
// when the unit after it is what is aired, or a radio or loudspeaker word stands in the clause.
const VERB_ONLY_CUES = new Set(['da phat', 'duoc phat', 'phat duoc']);
const AIRED_UNIT = /^(?:luot|tin|bai|chuong trinh|chuyen muc|ban tin|buoi phat|gio phat|phut phat)(?![a-z])/;
const AIRING_WORD = /(?<![a-z])(?:loa|truyen thanh|phat thanh|phat song|tiep song|dai (?:truyen|phat|xa|phuong|thon))(?![a-z])/;
function airedFigure(st: TextStructure, tok: NumberToken, clause: [number, number]): boolean {
  return AIRED_UNIT.test(st.folded.slice(tok.unitStart, tok.unitStart + 14)) || AIRING_WORD.test(st.folded.slice(clause[0], clause[1]));
}

function scoreIndicator(st: TextStructure, ind: CatalogIndicator, tok: NumberToken, clause: [number, number]): number {
  const [cs, ce] = clause;
  const met = requirementMet(st, ind, clause);
  if (!met) return 0;
  if (excluded(st, ind, tok, clause)) return 0;
  let after = 0;
  let before = 0;
  // Spans of the cues that speak for the number, to count independent evidence.
  const spans: [number, number, number][] = [];
  const unitFold = foldCached(ind.unit);
  let aired: boolean | undefined;
  for (const cue of ind.cues ?? []) {
    if (VERB_ONLY_CUES.has(foldCached(cue)) && !(aired ??= airedFigure(st, tok, clause))) continue;
    // A cue that is just the unit ("hồ sơ") marks a default, weaker than a specific cue.
    const weak = foldCached(cue) === unitFold ? 4 : 0;
    for (const [ms, me] of clauseCue(st, cue, cs, ce)) {
      const bonus = Math.min(cue.length, 30) / 10 - weak;
      if (ms >= tok.unitStart) {
        const unitPhrase = unitPhraseLength(st, tok);
        // (The agent of a passive is no distance: "800 người dân được các tổ viên tận tình hướng
        // dẫn" are as near "hướng dẫn" as "người dân được hướng dẫn".)
        // (Only letters and spaces can match: a span with anything else is not copied and read.)
        const agent = tok.percent || !lettersOnly(st.folded, tok.unitStart, ms) ? null : PASSIVE_AGENT.exec(st.folded.slice(tok.unitStart, ms));
        const skip = agent?.[1] ? gap(st, ms - agent[1].length, ms) : 0;
        const d = gap(st, tok.unitStart, ms, (tok.percent ? 70 : 40) + unitPhrase + skip) - unitPhrase - skip;
        // (A cue too far away is no evidence, whatever stands between: not looked at.)
        if (d > (tok.percent ? 70 : 40)) continue;
        // A comma or bracket between the number and the cue ends the number's phrase.
        if (/[,;:()]/.test(closeOwnBracket(st, tok, clause, withoutUnitCommas(st, tok.end, ms)))) continue;
        // Another figure between them has its own unit ("26   183 thành viên" in a notes column).
        if (/\d/.test(st.folded.slice(tok.end, ms))) continue;
        // A cue in a later cell that is a note, not the value's unit cell, says nothing of it.
        if (inNoteCell(st, tok.end, ms)) continue;
        // A negated cue names what the figure is not: "9 công chức chưa hoàn thành lớp học".
        if (NEGATED_BEFORE_CUE.test(st.folded.slice(tok.end, ms))) continue;
        // A share is described by the whole noun phrase after it: "100% hồ sơ thủ tục hành chính
        // được tiếp nhận qua môi trường mạng".
        const near = 10 - d / (tok.percent ? 10 : 5) + bonus;
        after = Math.max(after, near);
        spans.push([ms, me, near]);
      } else if (me <= tok.start) {
        // "Label of the row: 73,5%": the whole label is next to its value.
        // So is the label of a rate led by "Tỷ lệ": "Tỷ lệ hộ dân được cấp mã địa chỉ số … đạt 82,6%".
        // So is a table row's label cell, whatever other cells stand between (a cue in a cell
        // that holds no figure: "Tỷ lệ … (%) | <plan> | <result>").
        // (Each test reads only the text near its ends, not the whole span: a long line has many
        // cues before each of its figures.)
        const labelled = colonLabelBefore(st.folded, me, tok.start) || (tok.percent && RATE_LABEL.test(st.folded.slice(phraseStartBefore(st, tok, clause), ms))) || cellLabelBefore(st, me, tok.start);
        const d = labelled ? Math.min(gap(st, me, tok.start, 10), 10) : gap(st, me, tok.start, 80);
        if (d > 80) continue;
        // A bracket ends the cue's phrase, except "… hồ sơ trực tuyến (tỷ lệ 85,9%)".
        // A bracket right after the cue opens its figures: "Tổ công nghệ số (21 tổ, …)".
        // A short bracket closed before the value annotates the label: "Dân số (người): 37.615".
        // A bracket opened right before the figure restates the sentence's subject: "Lực lượng
        // thành viên Tổ … (khoảng 90 người)", "… cho 100% cán bộ, công chức (42/42 người)".
        // (Blanking short brackets adds no ";" or "(": a span without either passes, unread.)
        const between = nextCharAt(st, ';', me) >= tok.start && nextCharAt(st, '(', me) >= tok.start ? '' : st.text.slice(me, tok.start).replace(/\([^()\n]{0,12}\)/g, ' ');
        if (/[;]/.test(between) || (!tok.percent && /[(]/.test(between) && !BRACKET_LEAD.test(st.folded.slice(me, tok.start).replace(/\([^()\n]{0,12}\)/g, ' ')))) continue;
        before = Math.max(before, 6.5 - d / 20 + bonus);
        spans.push([ms, me, 6.5 - d / 20 + bonus]);
      }
    }
  }
  let best = Math.max(after, before) - (met === 'paragraph' ? 2 : 0);
  // A second cue apart from the best one ("lễ phát động có 500 người tham gia") is more evidence:
  // it settles ties between indicators sharing a generic cue ("người tham gia").
  // (Less when that cue stands in another phrase of the clause: in "Fanpage đăng 47 tin bài,
  // trang thông tin điện tử đăng 25 tin bài" each channel speaks for its own phrase's figure.)
  const top = spans.reduce<[number, number, number] | null>((a, b) => (!a || b[2] > a[2] ? b : a), null);
  const apart = top ? spans.filter(([ms, me]) => me <= top[0] || ms >= top[1]) : [];
  if (apart.length > 0) best += apart.some(([ms, me]) => ms >= tok.unitStart || !/[,;:()]/.test(withoutUnitCommas(st, me, tok.start))) ? 0.5 : 0.25;
  if (best > 0 && ind.unit && ind.unit !== '%' && ind.unit !== 'có/không') {
    for (const [ms] of findCue(st.folded, ind.unit, tok.unitStart, Math.min(ce, tok.unitStart + 12))) {
      if (ms - tok.unitStart <= 2) best += 2;
    }
  }
  return best;
}

/** Where the number's own phrase ends: the next comma/semicolon/bracket (unit commas aside), or the clause end. */
function phraseEndAfter(st: TextStructure, tok: NumberToken, clause: [number, number]): number {
  // (The commas of lists are blanked once per document, not again for every number and indicator.)
  const slice = withoutUnitCommas(st, tok.unitStart, clause[1]);
  // … or the next figure, which has a phrase of its own.
  const i = slice.search(/[,;:()\d]/);
  return i < 0 ? clause[1] : tok.unitStart + i;
}

/**
 * A figure in a list of places after a colon ("gồm: Nà Khoang 02 cụm, Pác Nậm Lầu 01 cụm", "tại các
 * bản: Bản Lầm 8 cái, Nà Sài 4 cái") is one place's share of a whole, not a fact.
 */
function inPlaceList(st: TextStructure, tok: NumberToken, clause: [number, number]): boolean {
  const at = lastCharIn(st, ':', clause[0], tok.start, false);
  if (at < 0) return false;
  const lead = st.text.slice(clause[0], tok.start);
  const colon = at - clause[0];
  const list = st.text.slice(clause[0] + colon + 1, clause[1]);
  const items = list.match(/(?:^|,)\s*\p{Lu}[\p{L}’']*(?:\s+\p{Lu}[\p{L}’']*){0,3}\s+\d+\s+\p{L}+/gu) ?? [];
  if (items.length < 2) return false;
  return /(?:^|,)\s*\p{Lu}[\p{L}’']*(?:\s+\p{Lu}[\p{L}’']*){0,3}\s+$/u.test(lead.slice(colon + 1));
}

// Places listed after the counted noun: "tại các thôn Nà Lầu, Khuổi Mí, Pác Ngòi", "ở thôn Tây,
// thôn Đông", "tại các tổ dân phố 3, 5 và 8" (names, their numbers, joined by commas and "và").
const PLACE_LIST = /^[ \t]*(?:tại|ở)[ \t]+(?:các[ \t]+)?(?:(?:thôn|bản|xóm|ấp|buôn|làng|khu phố|tổ dân phố|tổ|khu|khóm|điểm)[ \t]+)?(?:\p{Lu}[\p{L}’']*|\d{1,3})(?:[ \t]+(?:\p{Lu}[\p{L}’']*|\d{1,3}))*(?:[ \t]*(?:,|và)[ \t]*(?:(?:thôn|bản|xóm|ấp|buôn|làng|khu phố|tổ dân phố|tổ|khu|khóm)[ \t]+)?(?:\p{Lu}[\p{L}’']*|\d{1,3})(?:[ \t]+(?:\p{Lu}[\p{L}’']*|\d{1,3}))*)+/u;

/**
 * Where the phrase after a count ends when a list of places follows its noun: the list's commas
 * do not end it, so the part named after the list counts ("05 cụm tại các thôn A, B, C bị hư
 * hỏng" are clusters down). Else the phrase end as found.
 */
/** A bracket right after the counted noun that only names places: "05 cụm (thôn A, thôn B, bản C)". */
function placesBracket(st: TextStructure, tok: NumberToken, clause: [number, number]): RegExpExecArray | null {
  return PLACES_BRACKET.exec(st.text.slice(tok.unitStart, Math.min(clause[1], tok.unitStart + 160)));
}
// (A name is one or more capitalised words, or a number after them, with at most one lowercase word
// before it; names are split in one way only — at a comma, at "và", or where a lowercase word opens
// the next one ("thôn A thôn B") — so a long run of names with no ")" fails at once.)
const PLACE_NAME = String.raw`(?:\p{Ll}+[ \t]+)?\p{Lu}[\p{L}’']*(?:[ \t]+\p{Lu}[\p{L}’']*|[ \t]+\d{1,3})*`;
const PLACES_BRACKET = new RegExp(String.raw`^[ \t]*\p{L}+(?:[ \t]+\p{L}+)?[ \t]*\([ \t]*${PLACE_NAME}(?:(?:[ \t]*(?:,|và)[ \t]*|[ \t]+(?!và[ \t])(?=\p{Ll}+[ \t]+\p{Lu}))${PLACE_NAME})*(?:[ \t]*(?:,|và))?[ \t]*\)`, 'u');

function placeListEnd(st: TextStructure, tok: NumberToken, clause: [number, number], phraseEnd: number): number {
  // A bracket that only names places ("05 cụm (thôn A, thôn B, thôn C) bị hư hỏng") or restates
  // the figure of the subject before it ("Một số cụm loa (khoảng 7 cụm) đã hư hỏng") does not end
  // the phrase either: what follows it says what the figure counts.
  const named = placesBracket(st, tok, clause);
  const restated = /\(\s*(?:(?:khoang|gan|hon|tren|chung|it nhat)\s+)?$/.test(st.folded.slice(Math.max(clause[0], tok.start - 14), tok.start)) ? /^[ \t]*(?:\p{L}+(?:[ \t]+\p{L}+)?)?[ \t]*\)/u.exec(st.text.slice(tok.unitStart, tok.unitStart + 24)) : null;
  const skip = named ?? restated;
  if (skip && phraseEnd < clause[1] && st.text.charAt(phraseEnd) === (named ? '(' : ')')) {
    const after = tok.unitStart + skip[0].length;
    const rest = st.folded.slice(after, clause[1]).search(/[,;:()\d]/);
    return rest < 0 ? clause[1] : after + rest;
  }
  const noun = /^[ \t]*\p{L}+(?:[ \t]+\p{L}+)?(?=[ \t]+(?:tại|ở)[ \t])/u.exec(st.text.slice(tok.unitStart, tok.unitStart + 30));
  if (!noun) return phraseEnd;
  const list = PLACE_LIST.exec(st.text.slice(tok.unitStart + noun[0].length, clause[1]));
  if (!list) return phraseEnd;
  const after = tok.unitStart + noun[0].length + list[0].length;
  const rest = st.folded.slice(after, clause[1]).search(/[,;:()\d]/);
  return rest < 0 ? clause[1] : after + rest;
}

/** Start of the next figure after the number in its clause, or the clause end. */
function nextFigure(st: TextStructure, tok: NumberToken, clause: [number, number]): number {
  const i = st.folded.slice(tok.end, clause[1]).search(/\d/);
  return i < 0 ? clause[1] : tok.end + i;
}

/** Where the number's own phrase starts: after the last comma/semicolon/bracket/figure before it. */
function phraseStartBefore(st: TextStructure, tok: NumberToken, clause: [number, number]): number {
  const slice = st.folded.slice(clause[0], tok.start);
  const m = /[,;:()\d][^,;:()\d]*$/.exec(slice);
  return m ? clause[0] + m.index + 1 : clause[0];
}

function evidenceFor(st: TextStructure, clause: [number, number], focus: number): Fact['evidence'] {
  let [s, e] = trimSpan(st.text, clause[0], clause[1]);
  if (e - s > 220) {
    s = Math.max(s, focus - 100);
    e = Math.min(e, focus + 120);
    [s, e] = trimSpan(st.text, s, e);
  }
  return { start: s, end: e, text: st.text.slice(s, e).replace(/\s+/g, ' ') };
}

function inForwardSection(st: TextStructure, pos: number, periodYear: number | null = null): boolean {
  const sec = sectionAt(st, pos);
  return (sec !== null && forwardHeading(st, sec.heading, periodYear)) || forwardSubheading(st, pos, sec?.start ?? 0, periodYear);
}

// A sub-heading or a label line of its own: numbered ("3.", "2.1.", "b)") and short, or a short
// line ending in a colon with no figure.
const SUBHEADING = /^[ \t]*(?:(?:\d{1,2}\.)+\d{0,2}|[a-zđ]\))[ \t]*\p{L}[^\n]{0,100}$|^[ \t]*\p{Lu}[^\n\d]{0,80}:[ \t]*$/u;
/**
 * Whether the nearest sub-heading or label above pos, inside its section, announces what comes
 * next ("3. Phương hướng, nhiệm vụ quý IV", "Kế hoạch quý IV:" in a report on the third quarter,
 * "Nhiệm vụ thời gian tới:"): the figures under it are planned, not reported.
 */
function forwardSubheading(st: TextStructure, pos: number, from: number, periodYear: number | null): boolean {
  const li = lineIndexAt(st, pos);
  for (let k = li - 1; k >= 0 && li - k <= 40; k--) {
    const [a, b] = lineSpan(st, k);
    if (b < from) return false;
    const raw = st.text.slice(a, b);
    if (!SUBHEADING.test(raw)) continue;
    const line = st.folded.slice(a, b);
    if (/(?<![a-z])(?:da thuc hien|ket qua)(?![a-z])/.test(line)) return false;
    return FORWARD_SECTION.test(line) || (/(?<![a-z])(?:ke hoach|nhiem vu|du kien|chi tieu)(?![a-z])/.test(line) && laterPeriodLead(st, line, periodYear));
  }
  return false;
}

/**
 * Numbered rows of a table closed by a total row ("Tổng", "Tổng cộng", "Cộng"): each row is one
 * place's share (a village, a team), the total row carries the figures. [start, end) spans of
 * the numbered rows (also rows whose index the scan lost). One pass over the lines.
 */
interface BreakdownTable {
  /** [start, end) of the numbered rows. */
  rows: [number, number];
  /** [start, end) of the header line (the last line with borders before the rows), or null. */
  header: [number, number] | null;
  /** [start, end) of the total row. */
  total: [number, number];
}

function breakdownRows(st: TextStructure): BreakdownTable[] {
  const out: BreakdownTable[] = [];
  const ls = st.lineStarts;
  let first = -1;
  let last = -1;
  let header: [number, number] | null = null;
  let prevPiped: [number, number] | null = null;
  // Cells of the last ruled header that opens with an index column ("STT | Thôn | …"), or 0.
  let indexHeader = 0;
  for (let li = 0; li < ls.length; li++) {
    const s = ls[li] ?? 0;
    const e = (ls[li + 1] ?? st.text.length + 1) - 1;
    const line = st.folded.slice(s, e);
    // A row is numbered, or — its index cell lost by the scan ("Nà Khoang | 1 | 7 | 196 | 143") —
    // a label and three cells or more that are only figures, in a table already started.
    const unnumbered = (first >= 0 || prevPiped !== null) && /^[ \t]*[a-z][^|¦\d]*(?:[|¦][ \t]*\d[\d.,]*[ \t]*){3,}$/.test(line);
    // … or one cell short of a header that opens with an index column, its first cell a label
    // (the index cell lost: see columnHeader).
    const piped = /[|¦]/.test(line);
    const cells = piped ? ruledCells(line) : [];
    if (piped && INDEX_HEAD_CELL.test(cells[0] ?? '')) indexHeader = cells.length;
    const indexLost = indexHeader > 0 && cells.length === indexHeader - 1 && /^\s*[a-z]/.test(cells[0] ?? '') && /\d/.test(line);
    if (/^[ \t]*\d{1,3}[ \t]*[|¦]/.test(line) || unnumbered || indexLost) {
      if (first < 0) {
        first = s;
        header = prevPiped;
      }
      last = e;
    } else if (first >= 0 && /^[ \t|¦]*(?:tong cong|tong|cong)[ \t]*[|¦]/.test(line)) {
      out.push({ rows: [first, last], header, total: [s, e] });
      first = -1;
    } else if (line.trim() !== '' && !/[|¦]/.test(line)) first = -1;
    // (A line of words with no border ends the table whose header had an index column; a scrap
    // of a rule, no word in it, does not.)
    if (!piped && /[a-z]{2}/.test(line)) indexHeader = 0;
    if (/[|¦]/.test(line)) prevPiped = [s, e];
    else if (line.trim() !== '') prevPiped = null;
  }
  return out;
}

/**
 * The total row of a per-place table carries the figures: each cell is read under its header
 * cell ("Tổng cộng | 11 bản | 11 | 64 | 1.729" under "TT | Bản | Số Tổ CNSCĐ | Số thành viên |
 * Số người dân được hướng dẫn …"); a cell with its own unit word ("08 tổ") is read by it.
 */
function totalRowFacts(st: TextStructure, table: BreakdownTable, inds: CatalogIndicator[]): Fact[] {
  const out: Fact[] = [];
  const split = (from: number, to: number): [number, number][] => {
    const cells: [number, number][] = [];
    let start = from;
    for (let i = from; i <= to; i++) {
      if (i === to || st.text[i] === '|' || st.text[i] === '¦') {
        cells.push([start, i]);
        start = i + 1;
      }
    }
    return cells;
  };
  const headCells = table.header ? split(table.header[0], table.header[1]) : [];
  const rowCells = split(table.total[0], table.total[1]);
  const ev = evidenceFor(st, table.total, table.total[0]);
  rowCells.forEach(([cs, ce], i) => {
    const m = /^\s*(\d{1,3}(?:\.\d{3})*|\d+)(?:\s+(\S.*?))?\s*$/.exec(st.text.slice(cs, ce));
    if (!m || m[1] === undefined) return;
    const value = Number(m[1].replace(/\./g, ''));
    const unit = m[2] ? fold(m[2]) : '';
    let best: { code: string; len: number } | null = null;
    if (unit) {
      const byUnit = inds.filter((ind) => foldCached(ind.unit) === unit && !ind.total);
      if (byUnit.length === 1 && byUnit[0]) best = { code: byUnit[0].code, len: 1 };
    } else {
      const head = headCells[i];
      if (!head) return;
      for (const ind of inds) {
        for (const cue of ind.cues ?? []) {
          if (cue.length < 5 || findCue(st.folded, cue, head[0], head[1]).length === 0) continue;
          if (!best || cue.length > best.len) best = { code: ind.code, len: cue.length };
        }
      }
    }
    if (best) out.push({ indicator: best.code, value, qualifier: 'exact', max: null, evidence: ev });
  });
  return out;
}

/**
 * The same per-place tables drawn without borders, or OCR'd so that their columns are single
 * spaces: numbered rows "1  Thôn Đông  6  31", then a total row "Cộng  15  77" (also "Tổng",
 * "Tổng cộng", "Toàn xã"). The header is the line before the first row; its cells cannot be told
 * apart by spacing, so the indicators it names, in their order, take the total row's last figures.
 */
/** The label of a table's total row, folded: "Tổng cộng", "Tổng số", "Cộng", "Toàn xã". */
// (The scan may run the two words together: "Tổngcộng".)
const TOTAL_WORDS = '(?:tong ?cong|tong ?so|tong|cong|toan (?:xa|phuong|dac khu|thi tran))';

interface SpacedTable {
  rows: [number, number];
  header: [number, number];
  total: [number, number];
}
const SPACED_ROW = /^[ \t]*\d{1,3}\.?[ \t]+\p{L}[^|¦\n]*?[ \t]\d[\d.,]*[ \t]*$/u;
const SPACED_TOTAL = new RegExp(String.raw`^[ \t]*${TOTAL_WORDS}[ \t:]+[\d.,]+(?:[ \t]+[\d.,]+)+[ \t]*$`);

// (Rows named rather than numbered, "Thôn Đông 6 31", as OCR leaves a table without borders; the
// total row may then have a single figure.)
const NAMED_ROW = /^[ \t]*\p{L}[^|¦\n]*?[ \t]\d[\d.,]*[ \t]*$/u;
const NAMED_TOTAL = new RegExp(String.raw`^[ \t]*${TOTAL_WORDS}[ \t:]+[\d.,]+(?:[ \t]+[\d.,]+)*[ \t]*$`);

function spacedTables(st: TextStructure, named = false): SpacedTable[] {
  const out: SpacedTable[] = [];
  const rowRe = named ? NAMED_ROW : SPACED_ROW;
  const totalRe = named ? NAMED_TOTAL : SPACED_TOTAL;
  const ls = st.lineStarts;
  const span = (li: number): [number, number] => lineSpan(st, li);
  let first = -1;
  let count = 0;
  for (let li = 0; li < ls.length; li++) {
    const [s, e] = span(li);
    const line = st.folded.slice(s, e);
    if (rowRe.test(line) && !(named && totalRe.test(line))) {
      if (first < 0) first = li;
      count++;
      continue;
    }
    if (first > 0 && count >= 2 && totalRe.test(line)) {
      const [hs, he] = span(first - 1);
      // (A digit inside a word is OCR damage, "T6CNSCD"; a figure on the line is a row, not the header.)
      if (!/(?<![a-z\d])\d/.test(st.folded.slice(hs, he))) out.push({ rows: [span(first)[0], span(li - 1)[1]], header: [hs, he], total: [s, e] });
    }
    if (line.trim() !== '') {
      first = -1;
      count = 0;
    }
  }
  return out;
}

function spacedTotalFacts(st: TextStructure, table: SpacedTable, inds: CatalogIndicator[]): Fact[] {
  const [hs, he] = table.header;
  const named: { start: number; end: number; code: string }[] = [];
  const hits = inds.flatMap((ind) => (ind.cues ?? []).flatMap((cue) => findCue(st.folded, foldCached(cue), hs, he).map(([a, b]) => ({ start: a, end: b, code: ind.code }))));
  // (A column that counts businesses or organisations names no indicator by its later words.)
  const columnFrom = (at: number): number => Math.max(hs, st.folded.lastIndexOf('  ', at) + 2, st.folded.lastIndexOf('\t', at) + 1);
  for (const h of hits.sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (named.some((n) => n.code === h.code || (h.start < n.end && n.start < h.end))) continue;
    // (It keeps its place among the columns: its total is no fact.)
    named.push(countsNoIndicator(st.folded.slice(columnFrom(h.start), h.end)) ? { ...h, code: '' } : h);
  }
  named.sort((a, b) => a.start - b.start);
  // The place column ("Thôn" over rows "1  Thôn Đoài …") names no figure.
  const first = named[0];
  if (first) {
    const word = st.folded.slice(first.start, first.end);
    const rows = st.folded.slice(table.rows[0], table.rows[1]).split('\n');
    // (Nor does the header's first word when the rows are named: "Thôn/làng  Người dân …".)
    if (rows.filter((r) => r.replace(/^[ \t]*\d{1,3}\.?[ \t]+/, '').startsWith(word)).length * 2 >= rows.length || (st.folded.slice(hs, first.start).trim() === '' && !/^[ \t]*\d/.test(rows[0] ?? ''))) named.shift();
  }
  const [ts, te] = table.total;
  const figures = [...st.text.slice(ts, te).matchAll(/(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d,])|(?<![\d.,])\d+(?![\d.,])/g)];
  if (named.length === 0 || figures.length < named.length) return [];
  const ev = evidenceFor(st, table.total, ts);
  return named.flatMap((n, j) => {
    const m = figures[figures.length - named.length + j]!;
    return n.code ? [{ indicator: n.code, value: Number(m[0].replace(/\./g, '')), qualifier: 'exact' as const, max: null, evidence: ev }] : [];
  });
}

/**
 * Tables closed by a total row whose body rows are places, kinds or months, with or without
 * borders ("Thôn | Số tổ | Thành viên" … "Cộng | 5 | 33"; "Tháng  Tổng hồ sơ  Trực tuyến" …
 * "Cộng quý I  1.263  1.094"): no figure of a body row is a fact, the total row carries them.
 * Header lines are the lines before the first row with a figure (a two-line header is joined
 * column by column); cells are split at borders, or at runs of two spaces and then aligned from
 * the right. Tables the numbered-row readers above already take are left to them.
 */
interface SummedTable {
  /** [start, end) spans of the value cells of every body row and of the total row. */
  values: [number, number][];
  /** Header text spans of each column (one per header line that has that column). */
  heads: [number, number][][];
  /** Cells of the total row, aligned with `heads`. */
  total: ([number, number] | null)[];
  /** Spans of the body rows' labels. */
  labels: [number, number][];
  /** [start, end) of the header lines. */
  header: [number, number];
  /** [start, end) of the total row. */
  totalRow: [number, number];
  /** Columns collapsed by OCR: header words may have run together too. */
  collapsed?: boolean;
}

const TOTAL_LABEL = new RegExp(`^${TOTAL_WORDS}(?![a-z])`);
const FIGURE_CELL = /^(?:[=~>≥<]\s?)?[+\-–]?\d[\d.,]*\s*%?(?:\s*\([^)]*\))?(?:\s+\p{L}[^|¦]*)?$|^[-–—x]$/u;

/** The rule under a drawn table's header, also as OCR garbles it ("|---|---|", "Ja-f=-le=-f—-l", "[=f", "~~"). */
function ruleLine(line: string): boolean {
  // (A grid's rule, "+----+-------+", is as wide as the table.)
  if (/^[ \t]*\+[-=+: \t]*-[-=+: \t]*\+[ \t]*$/.test(line)) return true;
  return line.length <= 60 && !/\d|\p{L}{3}/u.test(line) && (line.match(/[-=—–~_]/g)?.length ?? 0) >= 2;
}

function cellsOf(st: TextStructure, s: number, e: number, piped: boolean): [number, number][] {
  const line = st.text.slice(s, e);
  const cells: [number, number][] = [];
  if (piped) {
    let start = 0;
    for (let i = 0; i <= line.length; i++) {
      if (i === line.length || /[|¦[\]{}]/.test(line.charAt(i))) {
        cells.push([s + start, s + i]);
        start = i + 1;
      }
    }
    if (cells.length && line.slice(0, cells[0]![1] - s).trim() === '') cells.shift();
    if (cells.length && st.text.slice(cells.at(-1)![0], cells.at(-1)![1]).trim() === '') cells.pop();
  } else {
    for (const m of line.matchAll(/\S+(?:[ ](?! )\S*)*/g)) cells.push([s + (m.index ?? 0), s + (m.index ?? 0) + m[0].length]);
  }
  return cells.map(([a, b]) => {
    while (a < b && /\s/.test(st.text.charAt(a))) a++;
    while (b > a && /\s/.test(st.text.charAt(b - 1))) b--;
    return [a, b];
  });
}

function summedTables(st: TextStructure, taken: (pos: number) => boolean): SummedTable[] {
  const out: SummedTable[] = [];
  const ls = st.lineStarts;
  const span = (li: number): [number, number] => lineSpan(st, li);
  // (A cell is short; a long one is text, and is not put through the regex.)
  const isFigure = ([a, b]: [number, number]): boolean => b - a <= 80 && FIGURE_CELL.test(st.folded.slice(a, b).trim());
  let li = 0;
  while (li < ls.length) {
    const [s0, e0] = span(li);
    const first = st.text.slice(s0, e0);
    const piped = /[|¦]/.test(first);
    const tableLine = (l: string): boolean => (piped ? /[|¦]/.test(l) || ruleLine(l) : /\S(?: {2,}|\t)\S/.test(l.trim()));
    if (!tableLine(first)) {
      li++;
      continue;
    }
    let end = li;
    // (OCR turns a drawn table's separator line into an empty one; a blank line before the header of another table ends this one.)
    const blankThenRow = (k: number): boolean => {
      if (!piped || st.text.slice(...span(k)).trim() !== '' || k + 1 >= ls.length || !tableLine(st.text.slice(...span(k + 1)))) return false;
      let after = k + 2;
      while (after < ls.length && st.text.slice(...span(after)).trim() === '') after++;
      return !opensTable(st.text.slice(...span(k - 1)), st.text.slice(...span(k + 1)), after < ls.length ? st.text.slice(...span(after)) : undefined);
    };
    while (end + 1 < ls.length && (tableLine(st.text.slice(...span(end + 1))) || blankThenRow(end + 1))) end++;
    const lines: { s: number; e: number; cells: [number, number][] }[] = [];
    for (let k = li; k <= end; k++) {
      const [s, e] = span(k);
      if (/^[\s|¦\-–—=+:]*$/.test(st.text.slice(s, e)) || ruleLine(st.text.slice(s, e))) continue;
      lines.push({ s, e, cells: cellsOf(st, s, e, piped) });
    }
    li = end + 1;
    // A row: figures in at least half its filled cells after the label (a header cell may open
    // with a digit the scan misread, "6 dân phố").
    const isRow = (l: { cells: [number, number][] }): boolean => {
      const filled = l.cells.slice(1).filter(([a, b]) => b > a);
      return filled.length > 0 && filled.filter(isFigure).length * 2 >= filled.length;
    };
    // Columns: by border index, or from the right when cells are told apart by spacing.
    const width = Math.max(...lines.map((l) => l.cells.length));
    const align = (cells: [number, number][]): ([number, number] | null)[] => {
      const row: ([number, number] | null)[] = Array.from({ length: width }, () => null);
      // (A bordered line with a cell more or less than the others, as OCR leaves one, is aligned from the right too.)
      cells.forEach((c, i) => (row[piped && cells.length === width ? i : width - cells.length + i] = c));
      return row;
    };
    const last = lines.at(-1);
    // … or, in a ruled table, a figure where the total row has its figures (rows of events with
    // a date and a place beside their one count: "| 1 | Lễ phát động | 15/5 | Hội trường | 320 |").
    const totalFigures = last && piped ? align(last.cells).flatMap((c, i) => (i > 0 && c && isFigure(c) ? [i] : [])) : [];
    const underTotal = (l: { cells: [number, number][] }): boolean => {
      if (l.cells.length !== width || totalFigures.length === 0) return false;
      const row = align(l.cells);
      const cells = totalFigures.map((i) => row[i]);
      return cells.some((c) => !!c && isFigure(c)) && cells.every((c) => !c || c[1] === c[0] || isFigure(c));
    };
    const firstRow = lines.findIndex((l) => isRow(l) || underTotal(l));
    if (firstRow < 1 || !last || lines.length - firstRow < 1) continue;
    const labelOf = (cells: [number, number][]): [number, number] | undefined => cells.find(([a, b]) => /\p{L}/u.test(st.text.slice(a, b)));
    const totalLabel = labelOf(last.cells);
    if (!totalLabel || !TOTAL_LABEL.test(st.folded.slice(...totalLabel)) || taken(last.s)) continue;
    const headLines = lines.slice(0, firstRow);
    const body = lines.slice(firstRow, -1);
    // A closing notes column ("Ghi chú") left empty in the total row does not shift it.
    let totalCells = last.cells;
    const lastHead = headLines[0]?.cells.at(-1);
    if (!piped && lastHead && /^ghi chu$/.test(st.folded.slice(...lastHead)) && totalCells.at(-1) && isFigure(totalCells.at(-1)!)) totalCells = [...totalCells, [last.e, last.e]];
    const heads: [number, number][][] = Array.from({ length: width }, () => []);
    for (const [k, h] of headLines.entries()) {
      const cells = align(h.cells);
      // A ruled header over two lines whose upper cell spans the columns under it ("| Số lớp | |"
      // over "| Kế hoạch | Thực hiện |"): an empty upper cell after a filled one (the label's
      // aside) names its column too.
      if (piped && k < headLines.length - 1) {
        for (let i = 2; i < cells.length; i++) {
          const c = cells[i];
          const left = cells[i - 1];
          if (c && c[1] <= c[0] && left && left[1] > left[0] && headLines[k + 1]?.cells.length === h.cells.length) cells[i] = left;
        }
      }
      cells.forEach((c, i) => c && heads[i]?.push(c));
    }
    const values: [number, number][] = [];
    // (A body row's label names its place, "Thôn 3", no count; the total row's may, "Toàn xã (7 thôn)".)
    for (const r of body) values.push([r.s, r.e]);
    values.push([totalLabel[1], last.e]);
    out.push({
      values,
      heads,
      total: align(totalCells),
      labels: body.map((r) => labelOf(r.cells)).filter((c): c is [number, number] => c !== undefined),
      header: [headLines[0]!.s, headLines.at(-1)!.e],
      totalRow: [last.s, last.e],
    });
  }
  return out;
}

/**
 * The same tables closed by a total row, their columns collapsed by OCR to single spaces
 * ("Thôn/làng Người dân được hướng dẫn Trong đó cài đặt VNeID" ⏎ "Làng Khoang 87 64" ⏎ … ⏎
 * "Toàn xã 389 272"), blank lines between rows allowed. A row is its label and a run of figures
 * (a stray mark in it skipped, "63 = 31"), then a note when the header ends with "Ghi chú"; the
 * total row gives the number of value columns. Header cells are told apart by the capital that
 * opens each ("Số tổ", "Thành viên"; an acronym such as "VNeID" opens none) and aligned from the
 * right. Tables the readers above already take are left to them.
 */
const FIGURE_TOKEN = /^[+\-–]?\d[\d.,]*%?\.?$/;
const NOISE_TOKEN = /^[=~_.:;,'"`*#+]{1,3}$/;
const RATE_TOKEN = /^\(\d[\d.,]*%\)$/;

interface Token {
  start: number;
  end: number;
  text: string;
}

function tokensOf(st: TextStructure, s: number, e: number): Token[] {
  return [...st.text.slice(s, e).matchAll(/\S+/g)].map((m) => ({ start: s + (m.index ?? 0), end: s + (m.index ?? 0) + m[0].length, text: m[0] }));
}

/** The first run of figure cells after a label (stray marks skipped), and what follows it. */
function figureRun(tokens: Token[]): { label: Token[]; cells: [number, number][]; rest: Token[] } | null {
  const first = tokens.findIndex((t, i) => i > 0 && FIGURE_TOKEN.test(t.text));
  if (first < 0) return null;
  const cells: [number, number][] = [];
  let i = first;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (FIGURE_TOKEN.test(t.text)) cells.push([t.start, t.end]);
    else if (RATE_TOKEN.test(t.text) && cells.length) cells[cells.length - 1]![1] = t.end;
    else if (!NOISE_TOKEN.test(t.text)) break;
  }
  return { label: tokens.slice(0, first), cells, rest: tokens.slice(i) };
}

/** Header cells of a collapsed header line: each opens with a capital followed by a small letter, or is a bracket ("(%)"). */
function headerCellsOf(tokens: Token[]): [number, number][] {
  const cells: [number, number][] = [];
  for (const t of tokens) {
    const opens = /^\p{Lu}\p{Ll}/u.test(t.text) || /^\p{Lu}$/u.test(t.text);
    if (opens || !cells.length) cells.push([t.start, t.end]);
    else cells[cells.length - 1]![1] = t.end;
  }
  return cells;
}

function collapsedTables(st: TextStructure, taken: (pos: number) => boolean): SummedTable[] {
  const out: SummedTable[] = [];
  const ls = st.lineStarts;
  const span = (li: number): [number, number] => lineSpan(st, li);
  const nonBlank: number[] = [];
  for (let li = 0; li < ls.length; li++) if (st.text.slice(...span(li)).trim() !== '') nonBlank.push(li);
  for (let n = 0; n < nonBlank.length; n++) {
    const [ts, te] = span(nonBlank[n]!);
    if (te - ts > 120 || /[|¦]/.test(st.text.slice(ts, te)) || taken(ts)) continue;
    const totalTokens = tokensOf(st, ts, te);
    const total = figureRun(totalTokens);
    if (!total || !total.cells.length || !TOTAL_LABEL.test(st.folded.slice(total.label[0]!.start, total.label.at(-1)!.end))) continue;
    // Body rows up from the total row: short lines with a figure after a label; then the header.
    let h = n - 1;
    const body: Token[][] = [];
    while (h >= 0) {
      const [s, e] = span(nonBlank[h]!);
      const line = st.text.slice(s, e);
      if (e - s > 100 || /[|¦]|[.:;]\s*$/.test(line)) break;
      const toks = tokensOf(st, s, e);
      if (!figureRun(toks)) break;
      body.unshift(toks);
      h--;
    }
    if (body.length < 2 || h < 0) continue;
    const [hs, he] = span(nonBlank[h]!);
    const headTokens = tokensOf(st, hs, he);
    // The header names columns and states no figure ("Th6n/làng" keeps a misread digit inside a word).
    if (he - hs > 120 || /[|¦]|[.:;]\s*$/.test(st.text.slice(hs, he)) || headTokens.some((t) => FIGURE_TOKEN.test(t.text))) continue;
    let headCells = headerCellsOf(headTokens);
    const notes = headCells.length > 0 && /^ghi chu/.test(st.folded.slice(...headCells.at(-1)!));
    if (notes) headCells = headCells.slice(0, -1);
    const k = total.cells.length;
    if (headCells.length < 2 || (total.rest.length > 0 && !notes)) continue;
    // Columns: the label, then the k value columns, headers aligned from the right.
    const heads: [number, number][][] = Array.from({ length: k + 1 }, () => []);
    headCells.forEach((c, i) => {
      const col = k - (headCells.length - 1 - i);
      if (col >= 1) heads[col]!.push(c);
      else heads[0]!.push(c);
    });
    const labelSpan = (toks: Token[]): [number, number] => [toks[0]!.start, toks.at(-1)!.end];
    out.push({
      values: [...body.map((toks) => labelSpan(toks)), [total.label.at(-1)!.end, te]],
      heads,
      total: [labelSpan(total.label), ...total.cells],
      labels: body.map((toks) => labelSpan(figureRun(toks)!.label)),
      header: [hs, he],
      totalRow: [ts, te],
      collapsed: true,
    });
  }
  return out;
}

/** The indicator whose longest cue is in `text` (folded) and whose required words are in `scope`. */
function namedIn(inds: CatalogIndicator[], text: string, scope: string, merged = false): CatalogIndicator | null {
  let best: { ind: CatalogIndicator; len: number } | null = null;
  const found = (where: string, cue: string): boolean => (merged ? mergedHit(where, cue) : findCue(where, cue).length > 0);
  for (const ind of inds) {
    if (ind.requires?.length && !ind.requires.some((r) => found(scope, r))) continue;
    for (const cue of ind.cues ?? []) {
      const len = foldCached(cue).length;
      if ((!best || len > best.len) && found(text, cue)) best = { ind, len };
    }
  }
  return best?.ind ?? null;
}

/** A merged-cue match that does not end inside a two-syllable word (COMPOUNDS). */
function mergedHit(where: string, cue: string): boolean {
  const re = new RegExp(mergedCue(cue).source, 'g');
  for (let m = re.exec(where); m !== null; m = re.exec(where)) {
    const e = m.index + m[0].length;
    if (!COMPOUNDS.some(([end, next]) => end.test(where.slice(Math.max(0, e - 4), e)) && next.test(where.slice(e, e + 6)))) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

const mergedCues = new Map<string, RegExp>();
/** A cue whose words the scan may have run together, as in a table header ("Hosotructuyén", "Cumloa"). */
function mergedCue(cue: string): RegExp {
  let re = mergedCues.get(cue);
  if (!re) {
    re = new RegExp(`(?<![a-z0-9])${tolerantPattern(fold(cue)).replaceAll('[\\s,.\\-–]{1,3}', '[\\s,.\\-–]{0,3}')}(?![a-z])`);
    mergedCues.set(cue, re);
  }
  return re;
}

// A column that is no result of the period: plans, estimates, comparisons, notes.
// ("Đạt" folds as "cài đặt", "lắp đặt" do: those name what was installed, a result.)
const NOT_RESULT_HEAD = /(?<![a-z])(?:ke hoach|chi tieu|uoc|cung ky|ky truoc|nam truoc|so sanh|tang|giam|(?<!(?:cai|lap) )dat|ghi chu|dvt|don vi tinh)(?![a-z])|%\s*(?:kh|ct)/;
const FORWARD_HEAD = /^(?:ke hoach|kh|de xuat|du kien|muc tieu|chi tieu giao|nhu cau)(?![a-z])/;
// A column of no figure of the commune's own for the period: an average or the figure of a wider
// area or another unit ("Bình quân toàn tỉnh", "Tỉnh", "Xã bạn"), a rank ("Xếp hạng"), a figure per
// session or place ("Số người/buổi", "Bình quân mỗi thôn"), the same period a year before.
const OTHERS_HEAD = /(?<![a-z])(?:binh quan|trung binh|toan tinh|ca nuoc|xa ban|xep hang|xep thu|thu hang|cung ky|moi (?:buoi|lop|thon|to|xom|ban|ap)|(?<!(?:don vi|uoc) )tinh(?! (?:hinh|den|tu|nang|trang))|huyen)(?![a-z])|\/\s*(?:buoi|lop|dot|khoa|to|thon|xom|ban|ap|nguoi|ho)\s*$/;
// (A "Giá trị" column is money only with a money unit, "Giá trị (triệu đồng)"; alone it holds
// the rows' values: "| Chỉ tiêu | ĐVT | Giá trị |".)
const MONEY_HEAD = /(?<![a-z])(?:kinh phi|chi phi|du toan|so tien|thanh tien|don gia|(?:trieu|nghin|ngan|ty)\s+dong|\(\s*dong\s*\)|vnd)(?![a-z])/;
const RATE_HEAD = /(?<![a-z])t[yi] l[e@](?![a-z])|\(%\)|^%$/;
const SUM_HEAD = /^(?:tong cong|tong so|tong|cong)$/;

/** The caption just above a table's header (folded): short, no border, no sentence or note ending in "." or ":". */
function captionAbove(st: TextStructure, headerStart: number): string | null {
  const caption = st.folded.slice(Math.max(0, headerStart - 400), headerStart).split('\n').filter((l) => l.trim() !== '').at(-1)?.trim() ?? '';
  return caption.length > 0 && caption.length <= 150 && !/[|¦\t]|[.:;]$|\S {2,}\S/.test(caption) ? caption : null;
}

const UNIT_WORDS_BY_LENGTH = UNIT_CLASSES.flatMap((c) => c.words.map((w) => ({ word: foldCached(w), units: c.units }))).sort((a, b) => b.word.length - a.word.length);

/**
 * Whether a header cell (folded) opens with a counted noun that no indicator counts: businesses,
 * organisations, places ("Hộ kinh doanh được hỗ trợ mở ví điện tử", "Số doanh nghiệp …"): its
 * column counts those, not the people or items its later words name.
 */
function countsNoIndicator(head: string): boolean {
  const t = head.trim().replace(/^so\s+(?:luong\s+)?/, '');
  const w = UNIT_WORDS_BY_LENGTH.find((u) => t.startsWith(u.word) && !/[a-z]/.test(t.charAt(u.word.length)));
  return w !== undefined && w.units.length === 0;
}

/** The numbered heading just above a table (folded, within eight lines): "3. Tổ công nghệ số cộng đồng". */
function headingAbove(st: TextStructure, headerStart: number): string | null {
  const lines = st.folded.slice(Math.max(0, headerStart - 2000), headerStart).split('\n').filter((l) => l.trim() !== '').slice(-8).reverse();
  return lines.find((l) => l.length < 120 && /^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[a-z]/.test(l) && !/[|¦\t]|\S {2,}\S/.test(l) && !/\d/.test(l.replace(/^\s*[\d.]+/, '')))?.trim() ?? null;
}

/**
 * The indicator a bare noun header ("Số tổ", "Thành viên", "Số cụm") counts in a table whose
 * caption names it: a cue that opens with the noun where the caption has it ("Tổ công nghệ số …"),
 * or the noun itself once the caption meets the cue's required words. One or two words only: a
 * longer header names its column itself.
 */
function captionNamed(inds: CatalogIndicator[], head: string, caption: string, scope: string): CatalogIndicator | null {
  const noun = head.replace(/[()%:]/g, ' ').replace(/^\s*so\s+/, '').trim().replace(/\s+/g, ' ');
  if (!/^[a-z]+(?: [a-z]+)?$/.test(noun)) return null;
  const at = caption.search(new RegExp(`(?<![a-z])${noun}(?![a-z])`));
  if (at >= 0) {
    const from = caption.slice(at);
    let best: { ind: CatalogIndicator; len: number } | null = null;
    for (const ind of inds) {
      for (const cue of ind.cues ?? []) {
        const c = foldCached(cue);
        if (c.length > noun.length && c.startsWith(`${noun} `) && (!best || c.length > best.len) && findCue(from, cue).some(([ms]) => ms === 0)) best = { ind, len: c.length };
      }
    }
    if (best) return best.ind;
  }
  return namedIn(inds, noun, `${scope} ; ${caption}`);
}

function summedTotalFacts(st: TextStructure, table: SummedTable, countInds: CatalogIndicator[], pctInds: CatalogIndicator[]): Fact[] {
  const out: Fact[] = [];
  const scope = st.folded.slice(...table.header).replace(/[|¦[\]{}]/g, ' ');
  const headText = (i: number): string => (table.heads[i] ?? []).map((h) => st.folded.slice(...h)).join(' ');
  const ev = evidenceFor(st, table.totalRow, table.totalRow[0]);
  const valueCols = table.total.flatMap((c, i) => (i > 0 && c && /^[=~>≥<]?\s?\d/.test(st.folded.slice(...c)) && !NOT_RESULT_HEAD.test(headText(i)) ? [i] : []));
  // (Only a last column sums the row up: a first "Tổng số" is the whole the next ones are part of.)
  let sumCol: number | undefined = valueCols.filter((i) => !RATE_HEAD.test(headText(i))).at(-1);
  if (sumCol !== undefined && !SUM_HEAD.test(headText(sumCol).trim())) sumCol = undefined;
  // (A header cell whose words the scan ran together, "Cumloa", is read with its words merged.)
  // A header cell that names only the counted noun ("Số tổ", "Thành viên") counts what the
  // table's caption names with that noun ("Tổ công nghệ số cộng đồng theo thôn").
  // (Else the heading of the part the table stands in: "3. Tổ công nghệ số cộng đồng".)
  const captions = [captionAbove(st, table.header[0]), headingAbove(st, table.header[0])].filter((c): c is string => !!c);
  const headNamed = (inds: CatalogIndicator[], i: number): CatalogIndicator | null =>
    namedIn(inds, headText(i), scope) ?? namedIn(inds, headText(i), scope, true) ?? captions.reduce<CatalogIndicator | null>((found, c) => found ?? captionNamed(inds, headText(i), c, scope), null);
  const countOf = (i: number): CatalogIndicator | null => {
    if (countsNoIndicator(headText(i))) return null;
    if (/^trong do(?![a-z])/.test(headText(i))) {
      const part = headNamed(countInds, i);
      return part?.total ? part : null;
    }
    return headNamed(countInds, i);
  };
  const unanimous = (codes: (CatalogIndicator | null)[]): CatalogIndicator | null => {
    const named = codes.filter((c): c is CatalogIndicator => c !== null);
    return named.length > 0 && named.every((c) => c.code === named[0]!.code) ? named[0]! : null;
  };
  const rowsKind = (): CatalogIndicator | null => unanimous(table.labels.map((l) => namedIn(countInds, st.folded.slice(...l), st.folded.slice(...l))));
  const named = new Set<string>();
  for (const i of sumCol !== undefined ? [sumCol] : valueCols) {
    const cell = table.total[i]!;
    const text = st.folded.slice(...cell);
    const m = /^[=~>≥<]?\s?(\d{1,3}(?:\.\d{3})+(?![\d,])|\d+(?:,\d+)?)\s*(%)?(?:\s*\(\s*(\d+(?:,\d+)?)\s*%\s*\))?/.exec(text);
    if (!m?.[1]) continue;
    const value = Number(m[1].replace(/\./g, '').replace(',', '.'));
    const rate = m[2] !== undefined || RATE_HEAD.test(headText(i));
    if (!rate) {
      let ind = sumCol !== undefined ? unanimous(valueCols.filter((j) => j !== i).map(countOf)) : countOf(i);
      if (!ind && (sumCol !== undefined || valueCols.length === 1)) {
        const row = st.folded.slice(...table.totalRow);
        ind = namedIn(countInds, row, row) ?? rowsKind();
      }
      if (ind && (!/,/.test(m[1]) || ind.unit === 'km²') && !named.has(ind.code)) {
        named.add(ind.code);
        out.push({ indicator: ind.code, value, qualifier: 'exact', max: null, evidence: ev });
      }
    }
    const pct = rate ? value : m[3] !== undefined ? Number(m[3].replace(',', '.')) : null;
    if (pct === null) continue;
    const counted = valueCols.map(countOf).filter((c): c is CatalogIndicator => c !== null).map((c) => c.code);
    const pi = pctInds.find((p) => p.numerator && counted.includes(p.numerator)) ?? headNamed(pctInds, i) ?? namedIn(pctInds, scope, scope);
    if (pi && !named.has(pi.code)) {
      named.add(pi.code);
      out.push({ indicator: pi.code, value: pct, qualifier: 'exact', max: null, evidence: ev });
    }
  }
  return out;
}

interface ComparisonRow {
  start: number;
  end: number;
  /** Start of the figure in the column reported on: the only value of the row that is a fact. */
  keep: number;
  /** End of the cell reported on, when the row was read by its borders: every figure in it counts ("39 cụm (hỏng 03 cụm)"). */
  keepEnd?: number;
  /** The column kept is named a result ("Thực hiện", "Kết quả"), not a year or period. */
  result?: boolean;
}

// Value columns of a header: years, periods, plan and result, running totals, comparisons
// ("Nội dung   Năm 2024   Năm 2025", "Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Tỷ lệ (%)",
// "Chỉ tiêu | Quý III/2025 | Lũy kế 9 tháng", "Nội dung | T7 | T8 | T9 | Cộng").
const HEADER_CELL = /(?<![\d/.,-])(?:19|20)\d\d(?![\d/.,-])|(?<![a-z\d])(?:qu[yi] [ivx][ivxl]{0,3}|th[a4]ng \d{1,2}|t\d{1,2}|\d{1,2} th[a4]ng(?: d[a4]u n[a4]m)?|ky n[a4]y|ky bao cao|l[a-z]{0,2}y k[e@]|tong cong|cong|tong|ca n[a4]m|ke hoach|chi tieu giao|thuc hien|ket qua|cung ky|ky truoc|dau ky|cuoi ky|(?:tang|giam) trong ky|so sanh|ty le|tang,? giam|tang\/giam|dat ?(?:\(%\)|%)|% ?(?:kh|ke hoach|chi tieu)|\d{1,2}\/\d{1,2}(?:\/(?:19|20)\d\d)?(?![\d/]))(?![a-z\d])/g;
const PERIOD_CELL = /^(?:qu[yi] |th[a4]ng |t\d|\d{1,2} th[a4]ng|ky )/;
const HEADER_ABBREVIATIONS = /(?<![a-z%])(?:th|kh|ck)(?![a-z])/g;
// A date with its year: the column of a stock at that date ("Thời điểm 30/6/2026").
const FULL_DATE = /^\d{1,2}\/(\d{1,2})\/((?:19|20)\d\d)$/;
// The value cells that end a row: figures, or "chưa có"/"không"/"-" for an empty cell. (A change
// in words, "tăng 16,3%", as OCR leaves it: "ting", "tùng", "giam".)
const ROW_CELLS = /(?:[ \t]+(?:(?:t[aiu]ng|gi[a4]m) )?(?:[=~>≥<]\s?)?[+\-–]?\d[\d.,]*\s?%?(?: diem)?|[ \t]+(?:ch[uwyi][a4]|kh[o06]ng)(?:\s*c\S{0,2})?|[ \t]+[-–—])+[ \t]*$/;
const ROW_CELL = /(?:(?:t[aiu]ng|gi[a4]m) )?(?:[=~>≥<]\s?)?[+\-–]?\d[\d.,]*\s?%?(?: diem)?|(?:ch[uwyi][a4]|kh[o06]ng)(?:\s*c\S{0,2})?|[-–—]/g;

// Words of a header cell that the scan ran together ("Thuchién", "Chitiêu", "Cungky", "QuyIl").
const MERGED_HEADER = /(?<![a-z])(thuc|ket|ke|chi|tong|cung|ky|dau|cuoi|quy)(hien|qua|hoach|tieu|cong|ky|nay|[ivx][ivxl]{0,3})(?![a-z])/g;

/**
 * The period a caption or a report title names, as a test of a column's name (folded): a quarter
 * ("quý III" → "Quý III", "TH quý III", "Quý III/2026"), months from the start of the year ("6
 * tháng đầu năm" → "Lũy kế 6 tháng", "Thực hiện 6 tháng") or one month ("tháng 11" → "Tháng
 * 11/2026", "T11"). Null when the line names none of these.
 */
function namedPeriod(folded: string): RegExp | null {
  const months = /(?<![\d/])(\d{1,2}) th[a4]ng(?! \d)/.exec(folded);
  // (The first months of the year are also the running total to their end: "Lũy kế đến
  // 30/6/2026", "Lũy kế từ đầu năm" in a report on six months.)
  const toEnd = (n: number): string => `|(?<![a-z])l[a-z]{0,2}y k[e@] (?:(?:tu dau nam )?den (?:het |ngay )?(?:\\d{1,2}\\/0?${n}|th[a4]ng 0?${n})(?![\\d])|tu dau nam(?! den))`;
  if (months) return new RegExp(`(?<![\\d/])0?${Number(months[1])} th[a4]ng(?![a-z])${/cu[o0]i n[a4]m/.test(folded) ? '' : toEnd(Number(months[1]))}`);
  const quarter = /(?<![a-z])qu[yi] ([ivx]{1,4})(?![a-z])/.exec(folded);
  if (quarter) return new RegExp(`(?<![a-z])qu[yi] ?${quarter[1]}(?![a-z])`);
  // (One month only: "từ tháng 7 đến tháng 11" is a span.)
  const month = /(?<![a-z\d])th[a4]ng (\d{1,2})(?![\d,])/.exec(folded);
  if (month && (folded.match(/(?<![a-z\d])th[a4]ng \d/g) ?? []).length === 1) return new RegExp(`(?<![a-z\\d])(?:th[a4]ng ?|t)0?${Number(month[1])}(?![\\d,])`);
  return null;
}

/**
 * The period the table's figures are reported for: named by its caption (the line just above the
 * header: short, no sentence or note ending in "." or ":"), else by the report's title (the lines
 * under "BÁO CÁO").
 */
function reportPeriodAt(st: TextStructure, headerStart: number): RegExp | null {
  const caption = st.folded.slice(Math.max(0, headerStart - 400), headerStart).split('\n').filter((l) => l.trim() !== '').at(-1)?.trim() ?? '';
  if (caption.length <= 150 && !/[|¦]|[.:;]$/.test(caption)) {
    const p = namedPeriod(caption);
    if (p) return p;
  }
  return titlePeriod(st);
}

const titlePeriods = new WeakMap<TextStructure, RegExp | null>();

/** The period the report's title names (the lines under "BÁO CÁO"), once per document. */
function titlePeriod(st: TextStructure): RegExp | null {
  if (!titlePeriods.has(st)) {
    const title = /(?:^|\n)[ \t]*bao cao[ \t]*\n((?:[ \t]*\S[^\n]*\n){1,3})/.exec(st.folded.slice(0, 3000));
    // (Else the results heading's period, as for reportMonths.)
    titlePeriods.set(st, (title?.[1] ? namedPeriod(title[1]) : null) ?? namedPeriod(titleBlock(st).split('\n').at(-1) ?? ''));
  }
  return titlePeriods.get(st) ?? null;
}

/** The value columns of a header line and the one reported on, or null when it is no header. */
interface HeaderColumns {
  columns: number;
  /** The column reported on, among `columns`; -1 when none is (targets only). */
  current: number;
  /** On a ruled line (borders given as "¦"): the border-separated part holding that column, and how many parts. */
  cell: number;
  cells: number;
  /** The column reported on is named a result ("Thực hiện", "Kết quả"). */
  result: boolean;
}

function headerColumns(raw: string, periodOf: (() => RegExp | null) | null = null): HeaderColumns | null {
  // "Tăng (+), giảm (-)" is one column.
  // Abbreviated column names are read in full: "TH 6 tháng" (thực hiện), "KH 2026" (kế hoạch), "CK
  // 2025" (cùng kỳ), "Tỷ lệ % so KH".
  const line = raw.replace(/\s?\([+\-–]\)/g, '').replace(MERGED_HEADER, '$1 $2').replace(HEADER_ABBREVIATIONS, (m, at: number, all: string) => `${({ th: 'thuc hien', kh: 'ke hoach', ck: 'cung ky' })[m] ?? m}${/\d/.test(all.charAt(at + m.length)) ? ' ' : ''}`);
  if (line.length > 160 || /[,;:]/.test(line.replace(/tang,/g, 'tang '))) return null;
  const cells = [...line.matchAll(HEADER_CELL)];
  if (cells.length < 2) return null;
  const last = cells.at(-1);
  if (!last || line.length - ((last.index ?? 0) + last[0].length) > 30) return null;
  const isYear = (n: string): boolean => /^\d{4}$/.test(n);
  // A year or period right after a named column names that column's period ("Kế hoạch 2025",
  // "Thực hiện năm 2025", "Lũy kế 9 tháng").
  // A year right after a period names it too ("6 tháng 2026", "Quý III năm 2026").
  const kept = cells.filter((c, i) => {
    const prev = cells[i - 1];
    const near = prev !== undefined && (c.index ?? 0) - ((prev.index ?? 0) + prev[0].length) <= 6;
    // What a rate is measured against is part of its name: "Tỷ lệ so với kế hoạch (%)" is one
    // column, not a rate and a plan.
    if (prev && /^(?:ty le|dat|so sanh)/.test(prev[0]) && /^(?:ke hoach|chi tieu|cung ky|ky truoc)/.test(c[0]) && /^\s*%?\s*(?:so\s+)?(?:v[a-z]{1,2}i|cua)\s*$|^\s*%?\s*so\s*$/.test(line.slice((prev.index ?? 0) + prev[0].length, c.index ?? 0))) return false;
    if (prev && isYear(c[0]) && PERIOD_CELL.test(prev[0])) return !near;
    if (!prev || !(isYear(c[0]) || FULL_DATE.test(c[0]) || PERIOD_CELL.test(c[0])) || isYear(prev[0]) || FULL_DATE.test(prev[0]) || PERIOD_CELL.test(prev[0])) return true;
    return !near;
  });
  if (kept.length < 2) return null;
  const names = kept.map((c) => c[0]);
  // (On a ruled line, borders given as "¦": the cell the column reported on stands in, and how
  // many cells the line has, so a ruled row is read by the cell under it.)
  const result = (current: number): HeaderColumns => ({
    columns: names.length,
    current,
    cell: current >= 0 && line.includes('¦') ? (line.slice(0, kept[current]?.index ?? 0).match(/¦/g) ?? []).length : -1,
    cells: (line.match(/¦/g) ?? []).length + 1,
    result: current >= 0 && /^(?:thuc hien|ket qua)$/.test(names[current] ?? ''),
  });
  // A column's year is its own cell or the year that names its period ("6 tháng 2026").
  // (… or the year a month closes, "Tháng 7 - 11/2025", within the column's own text.)
  const monthYear = (i: number): number => {
    const m = /(?<![\d/])\d{1,2}\/((?:19|20)\d\d)(?![\d/])/.exec(line.slice(kept[i]!.index ?? 0, kept[i + 1]?.index ?? line.length));
    return m ? Number(m[1]) : -1;
  };
  const years = kept.map((c, i) => {
    if (isYear(c[0])) return Number(c[0]);
    // (A date counts by its year and month: "Thời điểm 31/12/2025 | Thời điểm 30/6/2026".)
    const date = FULL_DATE.exec(c[0]);
    if (date) return Number(date[2]) + Number(date[1]) / 100;
    const next = cells[cells.indexOf(c) + 1];
    return next && isYear(next[0]) && !kept.includes(next) ? Number(next[0]) : PERIOD_CELL.test(c[0]) ? monthYear(i) : -1;
  });
  const find = (re: RegExp): number => names.findIndex((n) => re.test(n));
  const actual = find(/^(?:thuc hien|ket qua)$/);
  const earlier = find(/^(?:ke hoach|chi tieu giao|cung ky)$/) >= 0;
  const cumulative = find(/^l[a-z]{0,2}y k[e@]$/) >= 0;
  const total = find(/^(?:tong cong|cong|tong|ca n[a4]m)$/);
  const periods = names.filter((n) => PERIOD_CELL.test(n)).length;
  const allYears = cells.filter((c) => isYear(c[0]) || FULL_DATE.test(c[0])).length + kept.filter((c, i) => PERIOD_CELL.test(c[0]) && monthYear(i) > 0).length;
  const latestYear = years.some((y) => y > 0) ? years.indexOf(Math.max(...years)) : -1;
  // The one column named by the period reported on ("Lũy kế 6 tháng" in a report on six months,
  // "Quý III" in a report on the quarter); a column's name runs to the next column's.
  const period = periodOf?.() ?? null;
  if (period) {
    const texts = kept.map((c, i) => line.slice(c.index ?? 0, kept[i + 1]?.index ?? line.length));
    const hits = texts.flatMap((t, i) => (period.test(t) ? [i] : []));
    if (hits.length === 1 && !/(?<![a-z])(?:ke hoach|kh|chi tieu|muc tieu)(?![a-z])/.test(texts[hits[0]!]!)) return result(hits[0]!);
  }
  // Targets only ("Chỉ tiêu 2026 | Chỉ tiêu 2027 | Chỉ tiêu 2030"): no column is a result.
  const targetYears = [...line.matchAll(/(?<![a-z])(?:chi tieu|ke hoach|kh|muc tieu)(?: n[a4]m)? (?:19|20)\d\d(?![\d/.,-])/g)].length;
  if (actual < 0 && targetYears >= 2 && targetYears === allYears) return result(-1);
  // Plan (or last year) against result, or result and its rate of the plan: the result.
  const rateOfPlan = find(/^(?:dat ?(?:\(%\)|%)|%)/) > actual;
  if (actual >= 0 && (earlier || allYears > 0 || periods > 0 || rateOfPlan)) return result(actual);
  // This period against an earlier one ("Kỳ này | Kỳ trước"), the end of the period against its start ("Đầu kỳ | Cuối kỳ").
  const now = find(/^(?:ky nay|ky bao cao|cuoi ky)$/);
  if (now >= 0) return result(now);
  // Months and the quarter they make ("Tháng 7 | Tháng 8 | Tháng 9 | Quý III"): the quarter.
  if (periods >= 3 && /^qu/.test(names.at(-1) ?? '') && names.slice(0, -1).every((n) => /^(?:th[a4]ng |t\d)/.test(n))) return result(names.length - 1);
  // Dates side by side ("31/8 | 30/9 | 31/10"): the latest, on the right.
  if (names.every((n) => /^\d{1,2}\/\d{1,2}$/.test(n))) return result(names.length - 1);
  // A period against the running total since an earlier start: the period.
  if (cumulative && (periods > 0 || latestYear >= 0)) return result(periods > 0 ? find(PERIOD_CELL) : latestYear);
  // Months or quarters side by side with their sum: the sum.
  if (periods >= 2 && total >= 0) return result(total);
  // Years compared: the latest.
  if (latestYear >= 0 && (allYears >= 2 || earlier)) return result(latestYear);
  return null;
}

/**
 * Rows of tables that compare periods or plan and result: a header line whose value columns
 * are years or "Kế hoạch … Thực hiện", then lines ending with as many value cells. Only the
 * cell of the latest year (or of the result) is a fact; earlier years, plans and rates of
 * completion are not. Each row is its own clause. One pass over the lines.
 */
function comparisonRows(st: TextStructure): ComparisonRow[] {
  const rowsOut: ComparisonRow[] = [];
  // (Each row remembers whether its header names the kept column a result.)
  const out = { push: (r: ComparisonRow): number => rowsOut.push({ ...r, result: header?.result ?? false }), at: (i: number): ComparisonRow | undefined => rowsOut.at(i) };
  const ls = st.lineStarts;
  let header: HeaderColumns | null = null;
  // The header closes with a notes column ("Ghi chú"): its words (and figures) follow the value
  // cells of a row, and a note the page wrapped goes on on a line of its own.
  let notes = false;
  // The line before was a row of the table (a wrapped note may follow it).
  let afterRow = false;
  // A ruled header read by its borders (see HeaderColumns.cell).
  let headCell: { cells: number; index: number } | null = null;
  // The header line just read, while the next line may still complete it.
  let headerLine: { text: string; start: number } | null = null;
  // Start of a row whose values the scan moved to the next line ("1 | Pa nô … | Cái⏎| 30 | 27").
  let labelOnly = -1;
  // A row with fewer cells than columns whose last cells the scan moved to the next line.
  let short: { start: number; end?: number; cells: number[] } | null = null;
  for (let li = 0; li < ls.length; li++) {
    const s = ls[li] ?? 0;
    const e = (ls[li + 1] ?? st.text.length + 1) - 1;
    // Pipes separate cells like spaces (same length, offsets unchanged).
    // (OCR draws some borders as "]", "[", "}".)
    const line = st.folded.slice(s, e).replace(/[|¦[\]{}]/g, ' ');
    if (line.trim() === '' || ruleLine(st.text.slice(s, e))) continue;
    // (The period is looked up only for a line that has a header's cells.)
    const head = headerColumns(st.folded.slice(s, e).replace(/[|¦[\]{}]/g, '¦'), () => reportPeriodAt(st, s));
    if (head) {
      header = head;
      const opened = /^[ \t]*[|¦[\]{}]/.test(st.text.slice(s, e));
      headCell = head.cell >= 0 ? { cells: ruledCells(st.text.slice(s, e)).length, index: head.cell - (opened ? 1 : 0) } : null;
      // (The notes column may be named on an upper line of a header over several lines.)
      notes = NOTES_HEAD.test(line);
      for (let k = li - 1; k >= 0 && k >= li - 3 && !notes; k--) {
        const above = st.text.slice(ls[k] ?? 0, (ls[k + 1] ?? 0) - 1);
        if (!/[|¦]/.test(above)) break;
        notes = NOTES_HEAD.test(st.folded.slice(ls[k] ?? 0, (ls[k + 1] ?? 0) - 1).replace(/[|¦]/g, ' '));
      }
      headerLine = { text: line, start: s };
      afterRow = false;
      continue;
    }
    // A header the page wrapped ("… | Tỷ" ⏎ "lệ so với KH (%)"): its last words, no figure and no
    // border, complete it and may add a column.
    if (header && headerLine && !/[|¦]/.test(st.text.slice(s, e)) && !/\d/.test(line.replace(/\(\s*%\s*\)/g, '').replace(/(?<![\d.,/])(?:19|20)\d\d(?![\d.,/])/g, ''))) {
      const start = headerLine.start;
      const joined = headerColumns(`${headerLine.text} ${line.trim()}`, () => reportPeriodAt(st, start));
      headerLine = null;
      if (joined) {
        header = joined;
        headCell = null;
        notes = NOTES_HEAD.test(line);
      }
      continue;
    }
    headerLine = null;
    if (!header) continue;
    const raw = st.text.slice(s, e);
    // A note the page wrapped under its row: words in lower case, no figure, no border.
    if (notes && afterRow && !/\d|[|¦]/.test(raw) && /^[ \t]*\p{Ll}/u.test(raw)) continue;
    // A ruled row's label going on on the next ruled line, its other cells empty ("| 4 | Tin, bài
    // trên |  | 150 | 212 |" ⏎ "|   | Fanpage của phường |  |  |  |"): the row's clause takes it.
    const last = out.at(-1);
    if (afterRow && last && /^[ \t]*[|¦]/.test(raw) && !/\d/.test(raw) && raw.split(/[|¦]/).filter((c) => /\p{L}/u.test(c)).length === 1) {
      last.end = e;
      continue;
    }
    afterRow = false;
    // (Padded with a space so a line of cells only, "121,8", is read too; lead undoes the pad.)
    const tail = ROW_CELLS.exec(` ${notes ? withoutNote(raw, line, header.columns) : line}`);
    const lead = 1;
    const cells = tail ? [...tail[0].matchAll(ROW_CELL)] : [];
    const cellPos = (c: RegExpMatchArray): number => s + (tail?.index ?? 0) - lead + (c.index ?? 0) + Math.max(0, c[0].search(/\d/));
    // A ruled row that does not end with as many figures as the header has columns, but has as
    // many cells as its ruled header: the cell under the column reported on, whatever the others
    // hold (units beside the figures, "105 lượt | 126 lượt", words). (Rows ending with their
    // figures are read from the right as below: the scan loses and adds borders.)
    if (headCell && /[|¦]/.test(raw) && !(tail && cells.length >= header.columns && tail.index - lead >= 3)) {
      const parts = ruledCells(raw);
      const opened = /^[ \t]*[|¦[\]{}]/.test(raw);
      if (parts.length === headCell.cells && parts.some((c) => /\d/.test(c))) {
        // (Offsets: the parts before it and their borders, and the opening border's part.)
        const lead = opened ? (raw.search(/[|¦[\]{}]/) + 1) : 0;
        const from = s + lead + parts.slice(0, headCell.index).reduce((n, c) => n + c.length + 1, 0);
        const cellText = parts[headCell.index] ?? '';
        const digit = cellText.search(/\d/);
        out.push({ start: s, end: e, keep: digit >= 0 ? from + digit : -1, keepEnd: from + cellText.length });
        afterRow = true;
        continue;
      }
    }
    if (short && tail && tail.index - lead < 3) {
      const all = [...short.cells, ...cells.map(cellPos)];
      const keep = header.current < 0 ? -1 : all[all.length - header.columns + header.current];
      if (all.length >= header.columns && keep !== undefined) {
        out.push({ start: short.start, end: e, keep });
        afterRow = true;
      }
      short = null;
      continue;
    }
    // (A short row kept inside the table that no wrapped figures completed gives no figure.)
    if (short?.end !== undefined) out.push({ start: short.start, end: short.end, keep: -1 });
    short = null;
    if (tail && cells.length >= header.columns && tail.index - lead < 3 && labelOnly >= 0) {
      const cell = cells[cells.length - header.columns + header.current];
      if (cell || header.current < 0) out.push({ start: labelOnly, end: e, keep: cell && header.current >= 0 ? cellPos(cell) : -1 });
      afterRow = true;
      labelOnly = -1;
      continue;
    }
    labelOnly = -1;
    if (!tail || cells.length < header.columns || tail.index - lead < 3) {
      if (!tail && /[|¦]/.test(st.text.slice(s, e))) labelOnly = s;
      if (tail && tail.index - lead >= 3 && cells.length > 0) short = { start: s, cells: cells.map(cellPos) };
      // A separator line of a drawn table ("|---|---|"), or a row the scan broke in two (a
      // line with cell borders), does not end the table.
      if (/^[\s\-–—=+:]*$/.test(line) || /[|¦]/.test(st.text.slice(s, e)) || (tail && tail.index - lead < 3)) continue;
      // Nor does a row short of figures (two cells the scan ran together, "63,4 90" read
      // "63,490"; a cell lost) when the next line is a row with all its figures or the short
      // row's last figures: the short row gives none, the rows after it are read on.
      if (tail && tail.index - lead >= 3 && !/[.;:]\s*$/.test(raw) && nextLineRow(st, li, header.columns)) {
        short = { start: s, end: e, cells: cells.map(cellPos) };
        continue;
      }
      header = null;
      continue;
    }
    // Cells are read from the right: a label may end with a figure ("… Nghị quyết 57").
    const cell = cells[cells.length - header.columns + header.current];
    // The kept position is the figure itself, after a sign such as "=", ">" or "~" (none when
    // every column is a target).
    if (cell || header.current < 0) out.push({ start: s, end: e, keep: cell && header.current >= 0 ? cellPos(cell) : -1 });
    afterRow = true;
  }
  return rowsOut;
}

/**
 * Whether the next line with text after line `li` goes on with a borderless table of `columns`
 * value columns: it ends with that many figures after a label, or it is figures only (a row's
 * last cells the page wrapped), or it is a short row itself, right below, followed by such a line.
 */
function nextLineRow(st: TextStructure, li: number, columns: number): boolean {
  const ls = st.lineStarts;
  for (let k = li + 1; k < ls.length && k <= li + 2; k++) {
    const s = ls[k] ?? 0;
    const e = (ls[k + 1] ?? st.text.length + 1) - 1;
    const line = st.folded.slice(s, e);
    if (line.trim() === '') continue;
    if (/[|¦]/.test(line)) return false;
    const tail = ROW_CELLS.exec(` ${line}`);
    if (!tail) return false;
    return tail.index < 3 || [...tail[0].matchAll(ROW_CELL)].length >= columns || (k === li + 1 && nextLineRow(st, k, columns));
  }
  return false;
}

/** The cells of a ruled line between its borders, outer borders optional ("| a | b |", "a | b", "| a | b | |" has an empty third). */
function ruledCells(raw: string): string[] {
  const parts = raw.split(/[|¦[\]{}]/);
  if (parts.length > 1 && parts[0]!.trim() === '') parts.shift();
  if (parts.length > 1 && parts.at(-1)!.trim() === '') parts.pop();
  return parts;
}

/**
 * Where the last cell of a ruled row opens when it holds a letter, or -1: after the last border
 * ("… | 6 | có 2 lớp"), or after the one before it when the row closes with a border ("… | 6 | có 2
 * lớp |"). Found from the last borders, not by a pattern over the whole row, whose retries from
 * every border made a long cell take time quadratic in its length.
 */
function noteBorder(raw: string): number {
  const last = Math.max(raw.lastIndexOf('|'), raw.lastIndexOf('¦'));
  if (last < 0) return -1;
  if (!/^[ \t]*$/.test(raw.slice(last + 1))) return /\p{L}/u.test(raw.slice(last + 1)) ? last : -1;
  const prev = last > 0 ? Math.max(raw.lastIndexOf('|', last - 1), raw.lastIndexOf('¦', last - 1)) : -1;
  return prev >= 0 && /\p{L}/u.test(raw.slice(prev + 1, last)) ? prev : -1;
}

// A header closing with a notes column ("Ghi chú", as OCR leaves it "Ghi chu", "Ghi cht", "Gh1 chú").
const NOTES_HEAD = /\sgh[il1] ch[a-z]{1,2}\s*$/;

/**
 * A row with its closing note blanked (same length as the folded `line`, pipes as spaces): a ruled
 * row's last cell when it holds words and a figure stands before it (the row index aside), else
 * what follows the first run of as many value cells as the header has columns ("… 4  5  125  Có 2
 * hội nghị trực tuyến" keeps "… 4  5  125").
 */
function withoutNote(raw: string, line: string, columns: number): string {
  const blank = (at: number): string => line.slice(0, at) + ' '.repeat(Math.max(0, line.length - at));
  if (/[|¦]/.test(raw)) {
    const at = noteBorder(raw);
    const before = at >= 0 ? raw.slice(0, at).replace(/^[ \t]*[|¦]?[ \t]*\d{1,3}\.?[ \t]*[|¦]/, '') : '';
    return at >= 0 && /\d/.test(before) ? blank(at + 1) : line;
  }
  if (line.length > 400) return line;
  for (const m of line.matchAll(/\d[\d.,]*%?[ \t]+(?=[a-z])/g)) {
    const end = (m.index ?? 0) + m[0].length;
    const cells = ROW_CELLS.exec(` ${line.slice(0, end)}`);
    if (cells && (cells[0].match(ROW_CELL) ?? []).length >= columns) return blank(end);
  }
  return line;
}

/**
 * Facts of a document. `situationOnly` (plans): only figures describing the present or past count
 * (plan-tense.ts: situation parts under any of their headings, the opening paragraph, a clause's
 * "hiện nay / đến nay / đã"); the forward-looking rest of a plan is targets and tasks.
 */
/**
 * A rate is described by the words of what it counts: a rate with a `numerator` also takes that
 * indicator's cues ("87% hồ sơ được nộp qua Cổng dịch vụ công" is the online share, though only the
 * online dossiers list "Cổng dịch vụ công") and what it excludes (a share of digitised dossiers is
 * no online share). Built once per catalog object.
 */
function withRateCues(catalog: ExtractionCatalog): ExtractionCatalog {
  let out = rateCueCache.get(catalog);
  if (out) return out;
  const byCode = new Map(catalog.indicators.map((i) => [i.code, i]));
  const indicators = catalog.indicators.map((i) => {
    const num = i.numerator ? byCode.get(i.numerator) : undefined;
    return num ? { ...i, cues: [...new Set([...(i.cues ?? []), ...(num.cues ?? [])])], excludes: [...new Set([...(i.excludes ?? []), ...(num.excludes ?? [])])] } : i;
  });
  out = { ...catalog, indicators };
  rateCueCache.set(catalog, out);
  return out;
}
const rateCueCache = new WeakMap<ExtractionCatalog, ExtractionCatalog>();

export function extractFacts(st: TextStructure, rawCatalog: ExtractionCatalog, opts?: { situationOnly?: boolean; periodYear?: number | null; dateYear?: number | null }): Fact[] {
  const catalog = withRateCues(rawCatalog);
  const tense = opts?.situationOnly === true ? planTenseReader(st, opts.dateYear ?? null) : null;
  // (In a plan the tense decides alone: its forward parts are forward headings there.)
  const skipPos = (p: number, end = p): boolean => (tense !== null ? !tense.isFact(p, end) : inForwardSection(st, p, opts?.periodYear ?? null));
  const facts: Fact[] = [];
  const byCode = new Map(catalog.indicators.map((i) => [i.code, i]));
  const countInds = catalog.indicators.filter((i) => i.unit !== '%' && i.aggregation !== 'flag');
  const pctInds = catalog.indicators.filter((i) => i.unit === '%');
  // The unit's villages, and the teams a village may have (see the ratios of villages below).
  const villages = countInds.find((i) => i.unit === 'thôn, tổ');
  const teams = countInds.filter((i) => i.unit === 'tổ');
  // Teams read from a ratio of villages, with their clause: a team count stated in the clause itself wins.
  const ratioTeams = new Map<Fact, number>();

  const listed = new Map<Fact, { clause: number; total: boolean }>();
  const rows = comparisonRows(st);
  const breakdown = breakdownRows(st);
  const spaced = spacedTables(st);
  // Spans of the rows and total rows of per-place tables, built once (looked up for every number).
  const tableSpans: [number, number][] = [...breakdown, ...spaced].flatMap((t) => [t.rows, t.total]);
  const inBreakdownRow = (pos: number): boolean => tableSpans.some(([a, b]) => a <= pos && pos < b);
  const summed = summedTables(st, inBreakdownRow);
  summed.push(...collapsedTables(st, (pos) => inBreakdownRow(pos) || summed.some((t) => t.totalRow[0] <= pos && pos < t.totalRow[1])));
  const inSummedRow = (pos: number): boolean => summed.some((t) => t.values.some(([a, b]) => a <= pos && pos < b));
  // Named rows without borders that the reader above could not split into cells (OCR collapsed the columns).
  const namedSpaced = spacedTables(st, true).filter((t) => !inBreakdownRow(t.total[0]) && !inSummedRow(t.total[0]) && !summed.some((s) => s.totalRow[0] === t.total[0]));
  spaced.push(...namedSpaced);
  tableSpans.push(...namedSpaced.flatMap((t) => [t.rows, t.total]));
  const emitted: { code: string; clause: number; start: number; end: number; unitStart: number; fact: Fact }[] = [];
  // Figures no indicator took, which a breakdown of one indicator may add up to (see wholesOfParts).
  const unnamed: { tok: NumberToken; clause: [number, number] }[] = [];
  const boundUnits = new Map<string, string>();
  const numbers = findNumbers(st.text);
  // Ratios of the text, known before any rate is read: a rate may restate one after it ("100%
  // (1.532/1.532) hộ"). What each ratio was read as (its part's indicator), once read.
  const ratios = numbers.filter((t) => t.denominator !== null && t.denominator > 0).map((t) => skipClassifier(st, t));
  const ratioRead = new Map<number, string>();
  for (const raw of numbers) {
    if (inSummedRow(raw.start)) continue;
    const row = rows.find((r) => r.start <= raw.start && raw.start < r.end);
    if (row && raw.start !== row.keep && !(row.keepEnd !== undefined && raw.start > row.keep && raw.start < row.keepEnd)) continue;
    // (A plan's table of targets with a column of what was done, "Thực hiện năm 2025 | Năm 2026
    // | Năm 2030": that column states the present, whatever part of the plan the table is in.)
    if (skipPos(raw.start, raw.end) && !(tense !== null && row?.result === true)) continue;
    let tok = skipClassifier(st, raw);
    // A bracket after the number that lists which ones ("Cụm loa không hoạt động: 03 (thôn A, thôn
    // B, thôn C)") says where they are, not what the number counts: the words before it do.
    if (st.text.slice(raw.end, tok.unitStart).includes('(') && /^[^()\n]*,[^()\n]*\)/.test(st.text.slice(tok.unitStart, tok.unitStart + 200))) tok = { ...tok, unitStart: tok.end };
    // A frequency is no quantity, but it says what its unit counts in this clause: "phát 3 lượt
    // mỗi tuần, cả năm phát tổng cộng 104 lượt" — the yearly figure has no cue of its own.
    // (perPeriodLead reads the lead's last line: it starts after the last line end in the lead.)
    const clauseFrom = clauseAt(st, tok.start)[0];
    const frequency = !tok.percent && (PER_PERIOD.test(st.folded.slice(tok.unitStart, tok.unitStart + 30)) || PER_PERIOD_WORDS.test(st.folded.slice(tok.unitStart, tok.unitStart + 24)) || perPeriodLead(st.folded.slice(Math.max(clauseFrom, lastCharIn(st, '\n', clauseFrom, tok.start) + 1), tok.start)) || perPeriodBefore(st.folded.slice(clauseFrom, tok.start)));
    const afterWord = st.text.slice(tok.unitStart, tok.unitStart + 12);
    // "diện tích tự nhiên 45,2 km" — the "²" of an area left out (as OCR reads it, "km?" or "km°",
    // the repair gives it back: repair.ts, areaUnits), also in a unit cell before the value
    // ("Diện tích tự nhiên | km | 204,8"); "cách 20 km" stays a distance. An area in hectares
    // ("diện tích tự nhiên 8.742 ha") is read in km².
    const unitAfter = st.folded.slice(tok.unitStart, tok.unitStart + 3);
    const kmCell = /(?:^|[\s|¦])km[²2]?\s*[|¦]\s*$/.test(st.folded.slice(Math.max(0, tok.start - 8), tok.start));
    const hectares = /^ha(?![a-z])/.test(unitAfter);
    if (!tok.percent && (/^km(?:\s|[,.;]|$)/.test(unitAfter) || kmCell || hectares)) {
      const lead = st.folded.slice(Math.max(0, tok.start - 40), tok.start);
      const phrase = kmCell ? lead.slice(lead.lastIndexOf('\n') + 1) : lead.slice(lead.search(/[^,;.]*$/));
      const named = /dien tich/.test(phrase) || (!hectares && /(?<![a-z])rong(?:\s+(?:khoang|gan|hon|tren))?\s*$/.test(phrase)) || /^km\s+dien tich/.test(st.folded.slice(tok.unitStart, tok.unitStart + 16));
      const area = catalog.indicators.find((i) => i.unit === 'km²');
      const c = clauseAt(st, tok.start);
      if (area && named && !skipPos(tok.start) && !excluded(st, area, tok, c)) {
        facts.push({ indicator: area.code, value: hectares ? tok.value / 100 : tok.value, qualifier: tok.qualifier, max: null, evidence: evidenceFor(st, c, tok.start) });
        continue;
      }
    }
    // "gần 8.600 dân", "13.270 khẩu": residents counted by the bare noun are the population
    // (not "dân tộc", "dân cư", "khẩu hiệu"; "người dân" are people of any indicator).
    if (!tok.percent && tok.denominator === null && /^(?:nhân\s+)?(?:khẩu|dân)(?!\p{L})(?!\s+(?:tộc|cư|số|quân|sinh|chủ|dụng|vận|lập|phòng|gian|công|ca|tự|trí|hiệu|trang|phần|độ|phố)(?!\p{L}))/u.test(st.text.slice(tok.unitStart, tok.unitStart + 20)) && !/\p{L}$/u.test(st.text.slice(Math.max(0, tok.start - 1), tok.start))) {
      const population = catalog.indicators.find((i) => i.unit === 'người' && i.aggregation === 'stock' && (i.cues ?? []).some((c) => foldCached(c) === 'dan so'));
      const c = clauseAt(st, tok.start);
      // (Nor a figure of an earlier period or of a former or neighbouring unit: "Xã Tân Lập cũ có 6.900 nhân khẩu".)
      // (Nor the residents of one village or of villages singled out: "Thôn A có 315 hộ, 1.085 nhân
      // khẩu", "Riêng 3 xóm ven sông có 870 nhân khẩu".)
      const old = earlierPeriod(st, c[0], tok.start, opts?.periodYear ?? null) || OTHER_UNIT_LEAD.test(st.text.slice(c[0], tok.start)) || SINGLED_OUT_LEAD.test(st.folded.slice(c[0], tok.start)) || VILLAGE_SUBJECT.test(st.text.slice(c[0], tok.start));
      if (population && !old && !skipPos(tok.start) && !PLANNED_BEFORE.test(st.folded.slice(c[0], tok.start)) && !widerUnitFigure(st, tok, c) && !excluded(st, population, tok, c)) {
        facts.push({ indicator: population.code, value: tok.value, qualifier: tok.qualifier, max: tok.qualifier === 'range' ? tok.max : null, evidence: evidenceFor(st, c, tok.start) });
        continue;
      }
    }
    if (!tok.percent && NOT_A_COUNT_AFTER.test(afterWord)) continue;
    if (!tok.percent && (DENSITY_AFTER.test(st.folded.slice(tok.unitStart, tok.unitStart + 24)) || DENSITY_BEFORE.test(st.folded.slice(Math.max(0, tok.start - 30), tok.start)))) continue;
    if (namesOne(st, tok)) continue;
    const clause: [number, number] = row ? [row.start, row.end] : clauseAt(st, tok.start);
    // A value ending its row has no unit word: the next line is another row.
    if (tok.unitStart >= clause[1]) tok = { ...tok, unitStart: tok.end };
    // A bare value whose label states a percentage is one: "Tỷ lệ … (%): 98", "… | % | 65 | 73,5".
    if (!tok.percent && tok.denominator === null && percentLabel(st, tok, clause, row !== undefined)) tok = { ...tok, percent: true };
    let allowed = tok.percent ? null : unitsAllowed(st, tok, clause, row !== undefined);
    // Items counted in "lượt" on a channel that is no radio are posts: "các nhóm Zalo chia sẻ 240
    // lượt tin, bài" (the channel one a posts indicator requires, named in the clause; no airing word).
    if (allowed?.has('lượt') && /^luot\s+(?:tin|bai|video|clip|infographic)(?![a-z])/.test(st.folded.slice(tok.unitStart, tok.unitStart + 24)) && !AIRING_WORD.test(st.folded.slice(clause[0], clause[1]))) {
      if (countInds.some((i) => i.unit === 'tin, bài' && (i.requires?.length ?? 0) > 0 && requirementMet(st, i, clause, false) === 'clause')) allowed = new Set(['tin, bài']);
    }
    if (ON_TIME_BEFORE.test(st.folded.slice(Math.max(0, tok.start - 24), tok.start))) continue;
    // Dossiers filed in person are counted by no indicator (only the total and the online ones).
    // (Also when the label names them: "Hồ sơ tiếp nhận trực tiếp tại Bộ phận một cửa: 392 hồ sơ".)
    const inPerson = (t: string): boolean => /(?<![a-z])truc tiep(?![a-z])/.test(t) && !/(?<![a-z])(?:truc tuyen|qua mang)(?![a-z])/.test(t);
    if (allowed?.has('hồ sơ') && (/truc tiep\s*:?\s*$/.test(st.folded.slice(Math.max(0, tok.start - 14), tok.start)) || /^ho so (?:nop )?truc tiep/.test(st.folded.slice(tok.unitStart, tok.unitStart + 22)) || (/:\s*$/.test(st.folded.slice(clause[0], tok.start)) && inPerson(st.folded.slice(phraseStartBefore(st, { ...tok, start: tok.start - 2 }, clause), tok.start))) || (/(?<![a-z])ho so (?:[a-z]+ ){0,2}truc tiep(?![a-z])/.test(st.folded.slice(phraseStartBefore(st, tok, clause), tok.start)) && inPerson(st.folded.slice(phraseStartBefore(st, tok, clause), tok.start))))) continue;
    if (CHANGE_BEFORE.test(st.folded.slice(Math.max(0, tok.start - 12), tok.start)) || (tok.percent && CHANGE_AFTER.test(st.folded.slice(tok.end, tok.end + 16)))) continue;
    const comparative = comparativeBefore(st, Math.max(clause[0], tok.start - 50), tok.start);
    if (comparative && (comparative[1] !== undefined || /^nhich/.test(comparative[0]) || COMPARES_EARLIER.test(st.folded.slice(tok.end, clause[1])))) continue;
    if (ADDED_LEAD.test(st.folded.slice(Math.max(clause[0], tok.start - 20), tok.start)) && COMPARES_EARLIER.test(st.folded.slice(sentenceStart(st, tok.start), Math.min(st.text.length, tok.end + 80)).split(/[.!?](?!\d)/)[0] ?? '')) continue;
    if (CHANGE_PAIR_BEFORE.test(st.folded.slice(Math.max(clause[0], tok.start - 60), tok.start)) && /^[^,;.\d]{0,40}(?<![a-z])so (?:voi|cung ky)(?![a-z])/.test(st.folded.slice(tok.end, clause[1]))) continue;
    // (An aim opening the sentence governs its clauses after ";" that go on with it — no subject
    // of their own, no result: "phấn đấu 95% hộ …; mở thêm 06 lớp" — not one that states where
    // things stand: "phấn đấu …; tỷ lệ hồ sơ trực tuyến đạt 70%". A later year opening it governs
    // them unless they say what is so now: "Năm 2027, …; tỷ lệ … đạt 80%" is still that year's,
    // "Năm 2027, …; tỷ lệ … hiện đạt 70%" is not.)
    const afterSemicolon = row === undefined && /;\s*$/.test(st.text.slice(Math.max(0, clause[0] - 3), clause[0]));
    const lead = st.folded.slice(clause[0], tok.start);
    const sentenceFrom = afterSemicolon && continuesAim(lead) ? Math.min(clause[0], sentenceStart(st, tok.start)) : clause[0];
    const yearFrom = afterSemicolon && !NOW_WORD.test(lead) ? Math.min(clause[0], sentenceStart(st, tok.start)) : clause[0];
    if (((mayHold(st, PLANNED_WORDS, sentenceFrom, tok.start) && PLANNED_BEFORE.test(st.folded.slice(sentenceFrom, tok.start))) || (row === undefined && AIM_LABEL_LEAD.test(st.folded.slice(clause[0], tok.start)))) && !(tense?.ownPresent(tok.start, tok.end) ?? false)) continue;
    if (row === undefined && mayHold(st, LATER_PERIOD_WORDS, sentenceFrom, tok.start) && laterPeriodLead(st, st.folded.slice(sentenceFrom, tok.start), opts?.periodYear ?? null)) continue;
    // (The clause's lead, or the figure's own phrase after a comma or a bracket; prose only. Both
    // are parts of the lead: without a word SUB_PERIOD_LEAD needs there, neither opens with a period.)
    if (row === undefined && mayHold(st, SUB_PERIOD_WORDS, clause[0], tok.start) && !/[|¦\t]|\S {3,}\S/.test(lead)) {
      const line = lead.slice(lead.lastIndexOf('\n') + 1);
      // (The nearest phrase that opens with a period: "… có 05 hồ sơ (quý II: 9 hồ sơ)".)
      const cuts = [...line.matchAll(/[,(:]/g)].map((c) => (c.index ?? 0) + 1).reverse();
      const own = cuts.map((c) => line.slice(c)).find((p) => SUB_PERIOD_LEAD.test(p)) ?? line;
      const from = sentenceStart(st, tok.start);
      const end = st.folded.slice(tok.end, tok.end + 300).search(/[.!?](?!\d)|\n/);
      if (otherPartOfYear(st, own, st.folded.slice(from, Math.max(from, tok.start - own.length)), st.folded.slice(from, end < 0 ? tok.end + 300 : tok.end + end), opts?.periodYear ?? null)) continue;
    }
    if (COMPARED_BEFORE.test(st.folded.slice(Math.max(clause[0], tok.start - 30), tok.start)) || AIM_BRACKET.test(st.folded.slice(Math.max(clause[0], tok.start - 90), tok.start))) continue;
    if (widerUnitFigure(st, tok, clause) || otherNamedUnit(st, clause[0], tok.start, clause[1])) continue;
    if (earlierPeriod(st, clause[0], tok.start, opts?.periodYear ?? null)) continue;
    // … or one whose own phrase names an earlier year right after its noun: "(05 điểm phát sóng
    // hỏng năm 2024 nay đã sửa)", "… 7 buổi năm 2023".
    const yearAfter = YEAR_AFTER.exec(st.folded.slice(tok.end, clause[1]));
    if (yearAfter && opts?.periodYear != null && Number(yearAfter[1]) < opts.periodYear) continue;
    if (OTHER_UNIT_LEAD.test(st.text.slice(clause[0], tok.start)) || SINGLED_OUT_LEAD.test(st.folded.slice(clause[0], tok.start))) continue;
    if (!tok.percent && row === undefined && mayHold(st, ['nhat'], clause[0], tok.start) && SUPERLATIVE_BRACKET.test(st.folded.slice(clause[0], tok.start))) continue;
    if (tense === null && /(?<![a-z])tu\s+$/.test(st.folded.slice(Math.max(clause[0], tok.start - 6), tok.start)) && FROM_LEVEL_AFTER.test(withoutYears(st.folded.slice(tok.end, clause[1])))) continue;
    if (widerAverage(st.folded.slice(Math.max(clause[0], tok.start - 80), tok.start))) continue;
    const comparedBracket = COMPARED_BRACKET.exec(st.folded.slice(Math.max(clause[0], tok.start - 60), tok.start));
    // (A number in a name does not count: "so với xã Hòa Bình 2 (14 cụm)".)
    const comparedFrom = Math.max(clause[0], tok.start - 60) + (comparedBracket?.index ?? 0);
    if (comparedBracket && !/\d/.test(st.text.slice(comparedFrom, comparedFrom + comparedBracket[0].length).replace(/\p{Lu}[\p{L}'’]*\s+\d{1,2}(?!\d)/gu, '').replace(/(?<![\d.,])(?:19|20)\d\d(?![\d.,])|\d{1,2}\/\d{4}/g, ''))) continue;
    const earlierBracket = EARLIER_BRACKET.exec(st.folded.slice(Math.max(clause[0], tok.start - 40), tok.start));
    if (earlierBracket && (earlierBracket[1] === undefined || (opts?.periodYear != null && Number(earlierBracket[1]) < opts.periodYear))) continue;
    if (laterPeriod(st, tok, [yearFrom, clause[1]], opts?.dateYear ?? null)) continue;
    if (REQUEST_LEAD.test(st.folded.slice(sentenceStart(st, tok.start), tok.start))) continue;
    if (mayHold(st, ['den'], clause[0], tok.start) && targetYearBefore(st.folded.slice(clause[0], tok.start), opts?.periodYear ?? null)) continue;
    if (mayHold(st, COST_WORDS, clause[0], tok.start) && COST_BEFORE.test(st.folded.slice(clause[0], tok.start)) && SUM_AFTER.test(st.folded.slice(tok.end, clause[1]))) continue;
    if (!tok.percent && /^khung gio/.test(st.folded.slice(tok.unitStart, tok.unitStart + 9))) continue;
    if (inPlaceList(st, tok, clause)) continue;
    if (row === undefined && inBreakdownRow(tok.start)) continue;
    if (!tok.percent && honoured(st, tok, clause)) continue;
    const lineFrom = proseLineStart(st, clause[0]);
    const cumulative = mayHold(st, ['y k', 'nang tong so'], lineFrom, tok.start) && runningTotal(st, st.folded.slice(lineFrom, tok.start), opts?.periodYear ?? null);
    const itemLead = st.text.slice(Math.max(clause[0], tok.start - 80), tok.start);
    const perItem = PER_ITEM_BEFORE.exec(itemLead) ?? PER_ITEM_PAIR.exec(itemLead);
    if (perItem && (!PER_ITEM_DOING.test(fold(perItem[0])) || PER_SESSION_ITEM.test(perItem[0]) || /(?<![a-z])(?:trung binh|binh quan)\s*$/.test(fold(itemLead.slice(0, perItem.index))))) continue;
    // The busiest or quietest part of the period is no figure of it: "…, tuần đông nhất gần 120 lượt".
    if (PEAK_LEAD.test(st.folded.slice(clause[0] + st.folded.slice(clause[0], tok.start).lastIndexOf(',') + 1, tok.start))) continue;
    // Those still at it are no count of those who finished: "…, 04 học viên đang làm bài".
    if (!tok.percent && IN_PROGRESS_AFTER.test(st.folded.slice(tok.end, clause[1]))) continue;
    // (A ratio of villages after "tại" names all of them as its whole: "thành lập tổ tại 13/13 ấp".)
    if (allowed?.has('thôn, tổ') && tok.denominator === null && LOCATIVE_BEFORE.test(st.folded.slice(Math.max(0, tok.start - 6), tok.start)) && !RESIDENTS_BEFORE.test(st.folded.slice(Math.max(clause[0], tok.start - 24), tok.start))) continue;
    // "N lượt …" counts occurrences: a flow, never a stock such as members or population.
    const visits = /^luot(?![a-z])/.test(st.folded.slice(tok.unitStart, tok.unitStart + 5));
    const base = tok.percent ? rateBase(st, tok) : null;
    const pool = (tok.percent ? pctInds : countInds).filter((i) => (!allowed || allowed.has(i.unit)) && !(visits && i.aggregation === 'stock') && (base === null || namesBase(i, base)));
    // A rate restating a ratio of the clause ("3.604/4.215 hộ được phát mã QR …, đạt 85,5%") is
    // the rate of what the ratio counts: it is read where the ratio stands.
    const restates = (r: NumberToken): boolean => r.start >= clause[0] && r.start < clause[1] && !!r.denominator && Math.abs((100 * r.value) / r.denominator - tok.value) <= 0.6;
    const ratio = tok.percent ? (ratios.findLast((r) => r.start < tok.start && restates(r)) ?? ratios.find((r) => r.start > tok.start && restates(r))) : undefined;
    // … and so is a rate stated as the share a count of the clause makes ("26 cán bộ hoàn thành
    // khóa học MOOCs, đạt 81,3% tổng số cán bộ", "nộp qua Cổng DVC 1.054 hồ sơ, chiếm 64,2%").
    const share = tok.percent && !ratio ? emitted.findLast((e) => e.clause === clause[0] && e.end <= tok.start && byCode.get(e.code)?.unit !== '%' && SHARE_OF_COUNT.test(st.folded.slice(e.end, tok.start))) : undefined;
    const at = ratio ? { ...tok, start: ratio.start, end: ratio.end, unitStart: ratio.unitStart } : share ? { ...tok, start: share.start, end: share.end, unitStart: share.unitStart } : tok;
    // … and when that ratio was read as a count, the rate is that count's rate or nothing: "44/46
    // cán bộ hoàn thành khóa học MOOCs, đạt 95,7%" is no rate of officials briefed.
    const ratioCode = ratio ? ratioRead.get(ratio.start) : share?.code;
    const scored: Scored[] = [];
    for (const ind of ratioCode ? pool.filter((i) => i.numerator === ratioCode) : pool) {
      const score = Math.max(scoreIndicator(st, ind, tok, clause), at !== tok ? scoreIndicator(st, ind, at, clause) : 0);
      if (score >= 5) scored.push({ code: ind.code, score });
    }
    // (The count says what the share is of: its rate needs no cue of its own.)
    if (scored.length === 0 && share) {
      const rate = pool.find((i) => i.numerator === share.code && requirementMet(st, i, clause) === 'clause' && !excluded(st, i, tok, clause));
      if (rate) scored.push({ code: rate.code, score: 5 });
    }
    // The unit word alone names the indicator when only one (or one whole and its parts) counts
    // in it: "14 bản" are villages, "9 màn hình" screens, even with no other cue in the clause.
    if (scored.length === 0 && allowed && allowed.size === 1) {
      // (An indicator with required words fits when the clause has them: "tổ chức 13 khóa".)
      const fits = pool.filter((i) => !i.total && (!(i.requires && i.requires.length > 0) || requirementMet(st, i, clause) === 'clause') && !excluded(st, i, tok, clause));
      if (fits.length === 1 && fits[0]) scored.push({ code: fits[0].code, score: 5 });
    }
    const unitKey = `${clause[0]}|${/^[a-z]+/.exec(st.folded.slice(tok.unitStart, tok.unitStart + 12))?.[0] ?? ''}`;
    if (scored.length === 0 && !frequency && !tok.percent) {
      const inherited = boundUnits.get(unitKey);
      if (inherited) scored.push({ code: inherited, score: 5 });
    }
    // A bare "tổ" after the number counts the teams the sentence or paragraph names before it:
    // "Mỗi thôn thành lập 01 Tổ công nghệ số cộng đồng; toàn xã có 07 tổ với 39 thành viên".
    if (scored.length === 0 && !tok.percent && BARE_TEAM.test(st.folded.slice(tok.unitStart, tok.unitStart + 20))) {
      const from = Math.max(st.text.lastIndexOf('\n\n', tok.start) + 1, tok.start - 400);
      const team = teams.find((i) => (i.cues ?? []).some((c) => findCue(st.folded, c, from, tok.start).length > 0));
      if (team) scored.push({ code: team.code, score: 5 });
    }
    // A column whose header names an indicator ("Số lượt dự thi", "Số tổ") says
    // what its values count, whatever the row's label names (a contest, a place, a kind); a
    // header of periods, plans or notes names none and leaves the label to decide.
    const column = tok.denominator === null ? columnHeader(st, tok.start) : null;
    // (A column of money, "Kinh phí", "Dự toán (nghìn đồng)", holds sums, which count nothing;
    // one of plans or proposals, "Kế hoạch", "KH 2026", "Đề xuất", holds no result.)
    if (column && (MONEY_HEAD.test(column.cell) || FORWARD_HEAD.test(column.cell))) continue;
    // (Also a ratio: "5/38" under "Xếp hạng" is a rank.)
    const anyColumn = tok.denominator === null ? column : columnHeader(st, tok.start);
    if (anyColumn && OTHERS_HEAD.test(anyColumn.cell)) continue;
    if (column?.figure && !NOT_RESULT_HEAD.test(column.cell) && !RATE_HEAD.test(column.cell) === !tok.percent) {
      // (Areas are read by their own rule above: the area column of a land-use table is no
      // natural area.)
      const byHeader = namedIn(pool.filter((i) => i.unit !== 'km²'), column.cell, `${column.header} ${st.folded.slice(clause[0], clause[1])}`);
      if (byHeader && !excluded(st, byHeader, tok, clause)) scored.splice(0, scored.length, { code: byHeader.code, score: 20 });
    }
    scored.sort((x, y) => y.score - x.score);
    let top = scored[0];
    if (!top) {
      if (!tok.percent && tok.denominator === null && tok.qualifier === 'exact' && row === undefined) unnamed.push({ tok, clause });
      continue;
    }
    if (frequency) {
      boundUnits.set(unitKey, top.code);
      continue;
    }
    // The nearest cue before the number governs it: in "Các thành viên Tổ công nghệ số đã hỗ trợ
    // 1.560 người dân" the members are the subject and the figure counts whom they helped. When the
    // top indicator speaks only by a cue before the number and another one's cue stands between
    // that cue and the number, in the number's own phrase, the nearer one wins. (Not between a
    // whole and its parts, which have their own rules below; nor for a cue that is only the unit.)
    top = nearestGoverning(st, scored, top, byCode, tok, clause);
    // Vietnamese puts the head first and the specifier last: in "lượt người tham gia tập huấn"
    // the cue that overlaps the top one and reaches further right says what is counted.
    const topSpan = cueSpan(st, byCode.get(top.code)!, tok, clause);
    if (topSpan) {
      for (const other of scored) {
        // (Also a cue that starts with the top one and goes on: "hoàn thành bài thi" is more than
        // "hoàn thành". Any of the other's cues, not only its nearest: in "Số người tham gia tập
        // huấn, bồi dưỡng: 1.215 lượt" the nearest is "bồi dưỡng", the overlapping one "tham gia
        // tập huấn".)
        if (other !== top && cueSpans(st, byCode.get(other.code)!, tok, clause).some((span) => span[0] >= topSpan[0] && span[0] < topSpan[1] && span[1] > topSpan[1])) {
          top = other;
          break;
        }
      }
      // … and a people noun right after the number only says who: the cue right after it says
      // what they did ("486 thí sinh nộp bài", "1.150 lượt thí sinh làm xong phần thi").
      // (Not a verb of helping in the active voice: those it helps are its object, so "38 thành viên
      // đã hỗ trợ người dân" are the helpers, "900 người dân được hỗ trợ" those helped.)
      if (topSpan[0] >= tok.unitStart && PEOPLE_NOUNS.has(st.folded.slice(topSpan[0], topSpan[1]))) {
        for (const other of scored) {
          const span = other.code === top.code ? null : afterCueSpan(st, byCode.get(other.code)!, tok, clause);
          const gapWords = span ? st.folded.slice(topSpan[1], span[0]) : '';
          if (span && /^\s+(?:(?:da|duoc|bi)\s+)?$/.test(gapWords) && !(!/duoc|bi/.test(gapWords) && HELPING_VERB.test(st.folded.slice(span[0], span[1])))) {
            top = other;
            break;
          }
        }
      }
    }
    top = byOccasion(st, scored, top, byCode, tok);
    const ev = evidenceFor(st, clause, tok.start);
    // (A bracket that only names places lists where they are, not the parts of a total.)
    const isTotal = TOTAL_BEFORE.test(st.folded.slice(Math.max(clause[0], tok.start - 80), tok.start)) || (TOTAL_AFTER.test(st.folded.slice(tok.end, tok.end + 40)) && !placesBracket(st, tok, clause));
    const push = (code: string, value: number, qualifier: Qualifier, max: number | null): Fact => {
      const fact: Fact = { indicator: code, value, qualifier, max, evidence: ev };
      facts.push(fact);
      if (!tok.percent && tok.denominator === null) listed.set(fact, { clause: clause[0], total: isTotal });
      return fact;
    };
    if (tok.denominator !== null) {
      // A ratio of villages ("phủ sóng 9/15 thôn", "16/16 thôn có Tổ công nghệ số") gives the unit's
      // villages as its whole; its part are villages with a property, no count of the unit's. When
      // the clause names a team the villages have, the part counts the teams formed.
      if (villages && top.code === villages.code && unitClass(st, tok)?.includes(villages.unit)) {
        // (Only all of them, "9/9 thôn", names the whole: "tại 5/13 thôn" are the villages some
        // activity reached, the whole maybe a kind of village.)
        if (tok.value === tok.denominator) push(villages.code, tok.denominator, 'exact', null);
        const team = HAVING_VERB.test(st.folded.slice(clause[0], clause[1])) ? teams.find((i) => (i.cues ?? []).some((c) => clauseCue(st, c, clause[0], clause[1]).length > 0)) : undefined;
        if (team && tok.qualifier !== 'range') ratioTeams.set(push(team.code, tok.value, tok.qualifier, null), clause[0]);
        continue;
      }
      let part = byCode.get(top.code);
      let whole: CatalogIndicator | undefined;
      // The clause may name the part after the unit ("76/215 cụm loa … ngừng hoạt động").
      const partOfTop = catalog.indicators.find(
        (i) => i.total === top.code && (i.cues ?? []).some((c) => findCue(st.folded, c, clause[0], clause[1]).length > 0),
      );
      if (partOfTop) {
        whole = byCode.get(top.code);
        part = partOfTop;
      } else if (catalog.indicators.some((i) => i.total === top.code) && WORKING_AFTER.test(st.folded.slice(tok.unitStart, phraseEndAfter(st, tok, clause)))) {
        // The part of a whole that still works is no indicator's; the whole is the total: "27/31
        // cụm loa hoạt động bình thường" (4 are down, said or not).
        push(top.code, tok.denominator, 'exact', null);
        continue;
      } else if (part?.total) {
        whole = byCode.get(part.total);
      }
      if (part) {
        push(part.code, tok.value, tok.qualifier === 'range' ? 'exact' : tok.qualifier, null);
        ratioRead.set(tok.start, part.code);
      }
      if (whole) push(whole.code, tok.denominator, 'exact', null);
      continue;
    }
    let code = top.code;
    if (villages && code === villages.code && !villagesOfUnit(st, tok, clause)) continue;
    // The phrase after the number names a part of the top indicator's whole ("12 cụm loa hư
    // hỏng", "4 cụm bị hỏng"), or the part is said right before it ("hư hỏng 6 cụm"): the part
    // wins, unless the number is stated as the total ("trong tổng số 19 cụm loa có 4 cụm …").
    // A whole stated before "trong đó" stays the whole ("3.184 hồ sơ, trong đó 2.911 hồ sơ trực
    // tuyến"): 3.184 is the total.
    const phraseEnd = phraseEndAfter(st, tok, clause);
    const topInd = byCode.get(code);
    const followedByTrongDo = /^[^.;]{0,30}?,?\s*trong\s+d[o06]\b/.test(st.folded.slice(tok.end, Math.min(clause[1] + 20, tok.end + 40)));
    if (followedByTrongDo && topInd?.total) code = topInd.total;
    else if (!isTotal) {
      const phraseStart = phraseStartBefore(st, tok, clause);
      // In a label before the value the specifier stands right of the head: "Hồ sơ thủ tục hành
      // chính nộp trực tuyến | Hồ sơ | 2.802" counts online dossiers.
      // (A colon right before the value closes the label: "Tiếp nhận qua Cổng DVC: 1.986 hồ sơ".)
      const labelLead = st.folded.slice(clause[0], tok.start).replace(/:\s*$/, (m) => ' '.repeat(m.length));
      const labelStart = clause[0] + Math.max(...[',', ';', ':', '(', ')'].map((c) => labelLead.lastIndexOf(c) + 1));
      const heads = (byCode.get(code)?.cues ?? []).flatMap((c) => findCue(st.folded, c, labelStart, tok.start).map(([, me]) => me));
      const topBefore = heads.length > 0 ? Math.min(...heads) : -1;
      const part = catalog.indicators.find(
        (i) =>
          i.total === code &&
          (i.cues ?? []).some(
            (c) =>
              findCue(st.folded, c, tok.unitStart, placeListEnd(st, tok, clause, phraseEnd)).length > 0 ||
              findCue(st.folded, c, phraseStart, tok.start).some(([, me]) => tok.start - me <= 3) ||
              (topBefore >= 0 && findCue(st.folded, c, topBefore, tok.start).some(([, me]) => !/[,;()]|:(?!\s*$)/.test(st.folded.slice(me, tok.start)))),
          ),
      );
      if (part) code = part.code;
    }
    // A stock counted for one village, for named places, or as an increase is no total of the unit.
    const stock = byCode.get(code);
    if (stock?.aggregation === 'stock' && !stock.total && !tok.percent) {
      if (ADDED_BEFORE.test(st.folded.slice(Math.max(clause[0], tok.start - 16), tok.start))) continue;
      const ownLead = st.text.slice(clause[0], tok.start);
      if (ONE_VILLAGE_LEAD.test(ownLead.slice(ownLead.lastIndexOf(',') + 1)) || VILLAGE_SUBJECT.test(ownLead)) continue;
      if (NAMED_PLACES_AFTER.test(st.text.slice(tok.unitStart, clause[1])) && !WHOLE_UNIT_LEAD.test(st.folded.slice(clause[0], tok.start))) continue;
    }
    // A figure in a table's notes column explains the row's value (a share of it, its
    // remainder, a prize among its entrants, a wider unit's figure): no fact, unless the row
    // has a value and the note counts another indicator beside it (conferences held, and the
    // people who attended them in the note; clusters, and the broken ones among them).
    // (A row whose value cells are empty and whose note is only a quantity, "| Cụm loa | | 35 cụm |",
    // has its value in the note: written there, or shifted there by a border OCR lost.)
    if (inNotesColumn(st, tok.start)) {
      const lineStart = st.text.lastIndexOf('\n', tok.start - 1) + 1;
      const inRow = emitted.filter((e) => e.start >= lineStart && e.start < tok.start);
      if (inRow.length === 0 ? !valueInNote(st, tok, lineStart) : inRow.some((e) => e.code === code)) continue;
    }
    // A part of the same kind after "trong đó" is a subset, no fact of its own: "21 thôn, trong
    // đó 14 thôn vùng cao", "52 cụm loa, trong đó 47 cụm hoạt động bình thường".
    // A running total counts for stocks (what exists now), not for flows of the period.
    if (cumulative && byCode.get(code)?.aggregation === 'flow') continue;
    // When only the part carries what the indicator is about ("03 sản phẩm OCOP, trong đó 02 sản
    // phẩm được giới thiệu trên sàn thương mại điện tử"), the part is the fact and the whole is not.
    const trongDo = Math.max(-1, ...[...st.folded.slice(clause[0], tok.start).matchAll(/trong\s+d[o06](?![a-z])/g)].map((m) => m.index ?? -1));
    // (A clause after ";" that opens with "trong đó" breaks down a figure of the clause before it
    // in the same sentence: "mở 8 lớp …; trong đó 2 lớp dành cho …".)
    const partOfPrevious = trongDo >= 0 && /^[\s\-–•+*]*trong\s+d[o06](?![a-z])/.test(st.folded.slice(clause[0], tok.start)) && /;\s*$/.test(st.text.slice(Math.max(0, clause[0] - 3), clause[0]));
    const wholeClauseFrom = partOfPrevious ? sentenceStart(st, tok.start) : clause[0];
    const whole = trongDo < 0 ? undefined : emitted.findLast((e) => e.code === code && (e.clause === clause[0] || (partOfPrevious && e.start >= wholeClauseFrom && e.clause < clause[0])) && e.start < clause[0] + trongDo);
    if (whole) {
      const ind = byCode.get(code);
      const subsetEnd = nextFigure(st, tok, clause);
      // (Cues that are themselves counted nouns — "kế hoạch", "công văn" — name kinds, not the
      // indicator: "09 văn bản (trong đó: 01 kế hoạch, 05 công văn)" keeps the total.)
      // (Nor does a cue that only adds a kind to one the whole already has: "45 cụm loa, trong đó
      // 30 cụm loa thông minh" are smart ones among all.)
      const wholeCues = (ind?.cues ?? []).filter((c) => findCue(st.folded, c, whole.start, clause[0] + trongDo).length > 0).map(foldCached);
      // (The part's cue may stand before its figure: "95 tin, bài, trong đó trang TTĐT xã 40 tin, bài".)
      const partFrom = Math.max(clause[0] + trongDo, phraseStartBefore(st, tok, clause));
      const distinct = (ind?.cues ?? []).some(
        (c) =>
          foldCached(c) !== foldCached(ind?.unit ?? '') &&
          !UNIT_WORDS.has(foldCached(c)) &&
          !MEDIA_FOLDED.has(foldCached(c)) &&
          (findCue(st.folded, c, tok.unitStart, subsetEnd).length > 0 || findCue(st.folded, c, partFrom, tok.start).length > 0) &&
          !wholeCues.some((w) => foldCached(c) === w || foldCached(c).startsWith(`${w} `)),
      );
      // (A whole its own words already name as the indicator's — its required words, or a cue that
      // is no mere counted noun, before or after its figure — stays the fact, and the part with
      // a further detail is a subset of it: "hỗ trợ 640 người dân, trong đó 210 người cài đặt
      // ứng dụng"; not "05 sản phẩm OCOP, trong đó 03 sản phẩm lên sàn", whose whole lacks the
      // words the indicator requires.)
      const wholeSpan: [number, number] = [whole.clause, clause[0] + trongDo];
      const wholeNamed =
        ind !== undefined &&
        (ind.requires && ind.requires.length > 0
          ? requirementIn(st, ind.requires, wholeSpan, false) === 'clause'
          : ind.cues?.some((c) => !UNIT_WORDS.has(foldCached(c)) && !MEDIA_FOLDED.has(foldCached(c)) && foldCached(c) !== foldCached(ind.unit) && findCue(st.folded, c, wholeSpan[0], wholeSpan[1]).length > 0) === true);
      // (Nor a whole of those who enrolled with a part of those who finished: "45 cán bộ đăng ký
      // khóa học, trong đó 30 người đã hoàn thành" — a later stage, what the indicator counts.)
      const laterStage = ENROLLED_WHOLE.test(st.folded.slice(wholeSpan[0], wholeSpan[1])) && FINISHED_PART.test(st.folded.slice(partFrom, subsetEnd));
      if (!distinct || (wholeNamed && !laterStage)) continue;
      const i = facts.indexOf(whole.fact);
      if (i >= 0) facts.splice(i, 1);
    }
    // One part singled out after a comma of the sentence that stated the whole: "… đăng 170 tin,
    // bài, riêng trang của 3 chi hội đăng 48 tin, bài". (A part of another indicator stays:
    // "…, riêng Trang thông tin điện tử đăng 63 tin, bài".)
    if (!tok.percent && row === undefined) {
      const leadHere = st.folded.slice(clause[0], tok.start);
      const ownAt = clause[0] + leadHere.lastIndexOf(',') + 1;
      if (ownAt > clause[0] && /^\s*rieng\s/.test(st.folded.slice(ownAt, tok.start)) && emitted.some((e) => e.code === code && e.start >= sentenceStart(st, tok.start) && e.start < ownAt)) continue;
    }
    // The base a part is taken from, "10 sản phẩm … trên tổng số 17 sản phẩm OCOP hiện có", is no
    // second figure of the part's indicator (unless the catalog counts the whole: "… trên tổng số
    // 2.050 hồ sơ"; a base of another indicator stays: "… nộp bài dự thi trên tổng số 640
    // lượt tham gia").
    if (!tok.percent && /(?<![a-z])tren\s+tong(?:\s+so)?\s*$/.test(st.folded.slice(Math.max(clause[0], tok.start - 14), tok.start)) && !catalog.indicators.some((i) => i.total === code) && emitted.some((e) => e.clause === clause[0] && e.code === code && e.start < tok.start)) continue;
    if (!tok.percent && row === undefined && !byCode.get(code)?.total) {
      const among = AMONG_LEAD.exec(st.folded.slice(clause[0], tok.start));
      const amongHead = among ? unitWordAt(st, clause[0] + among[0].length) : null;
      if ((among && amongHead?.includes(byCode.get(code)?.unit ?? '')) || AMONG_AFTER.test(st.folded.slice(tok.end, clause[1]))) continue;
    }
    // A line that opens with "Trong đó" breaks down the figure of the line before it ("- Số văn
    // bản: 7 / + Trong đó kế hoạch: 2"): only a part the catalog names (overdue, online, down)
    // is a fact of its own; any other share of it is not.
    // (A line, not a clause after ";": "430 lượt đăng ký dự thi; trong đó 390 lượt hoàn thành bài
    // thi" names its part in full.)
    if (!tok.percent && !whole && /^[\s\-–•+*]*trong d[o06](?![a-z])/.test(st.folded.slice(clause[0], tok.start)) && !/;\s*$/.test(st.text.slice(Math.max(0, clause[0] - 3), clause[0]))) {
      const prev = emitted.at(-1);
      if (prev && prev.start < clause[0] && byCode.get(code)?.total !== prev.code) continue;
    }
    emitted.push({ code, clause: clause[0], start: tok.start, end: tok.end, unitStart: tok.unitStart, fact: push(code, tok.value, tok.qualifier, tok.qualifier === 'range' ? tok.max : null) });
  }

  for (const [fact, clause] of ratioTeams) {
    const at = facts.indexOf(fact);
    if (at >= 0 && emitted.some((e) => e.clause === clause && e.code === fact.indicator)) facts.splice(at, 1);
  }
  dropListedParts(facts, listed);
  dropSummedParts(st, facts, emitted, byCode);
  wholesOfParts(st, facts, emitted, unnamed);
  for (const table of breakdown) if (!skipPos(table.total[0])) facts.push(...totalRowFacts(st, table, countInds));
  for (const table of spaced) if (!skipPos(table.total[0])) facts.push(...spacedTotalFacts(st, table, countInds));
  for (const table of summed) if (!skipPos(table.totalRow[0])) facts.push(...summedTotalFacts(st, table, countInds, pctInds));
  facts.push(...zeroFacts(st, countInds, skipPos));
  facts.push(...flagFacts(st, catalog.indicators.filter((i) => i.aggregation === 'flag'), skipPos));
  facts.sort((a, b) => a.evidence.start - b.evidence.start);
  // The same indicator and value from the same clause is one fact.
  // The same indicator with the same value is one fact restated (summaries repeat results).
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.indicator}|${f.value}|${f.max ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * When a clause gives a total and its parts for one indicator ("07 văn bản (3 kế hoạch, 4 công
 * văn)", "… nâng tổng số lên 08 văn bản"), the parts are no facts of their own.
 */
function dropListedParts(facts: Fact[], listed: Map<Fact, { clause: number; total: boolean }>): void {
  const groups = new Map<string, Fact[]>();
  for (const [f, m] of listed) {
    const key = `${m.clause}|${f.indicator}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const drop = new Set<Fact>();
  for (const group of groups.values()) {
    if (group.length < 2 || !group.some((f) => listed.get(f)?.total)) continue;
    for (const f of group) if (!listed.get(f)?.total) drop.add(f);
  }
  for (let i = facts.length - 1; i >= 0; i--) if (drop.has(facts[i] as Fact)) facts.splice(i, 1);
}

/**
 * Figures of one indicator that add up to another figure of it in the same paragraph, stated
 * right before or after them, are its parts: "Các thôn treo 70 băng rôn; Trung tâm dựng 05 pano.
 * Tổng cộng 75 băng rôn, pa nô", "11 văn bản (01 nghị quyết, 04 kế hoạch, 06 công văn)". Only the total is a fact (two parts or more, the sum exact).
 */
function dropSummedParts(st: TextStructure, facts: Fact[], emitted: { code: string; start: number; fact: Fact }[], byCode: Map<string, CatalogIndicator>): void {
  // (Each figure's paragraph looked up once, not again for every total it is compared with.)
  const paragraphs = new Map(emitted.map((e) => [e, st.text.lastIndexOf('\n\n', e.start)]));
  const paragraphOf = (e: (typeof emitted)[number]): number | undefined => paragraphs.get(e);
  const drop = new Set<Fact>();
  for (const total of emitted) {
    if (byCode.get(total.code)?.unit === '%' || total.fact.qualifier !== 'exact' || drop.has(total.fact)) continue;
    const same = emitted.filter((e) => e.code === total.code && e !== total && paragraphOf(e) === paragraphOf(total) && e.fact.qualifier === 'exact' && e.fact.value > 0 && !drop.has(e.fact));
    for (const side of [same.filter((e) => e.start < total.start).reverse(), same.filter((e) => e.start > total.start)]) {
      let sum = 0;
      const parts: Fact[] = [];
      for (const e of side) {
        sum += e.fact.value;
        parts.push(e.fact);
        if (Math.abs(sum - total.fact.value) < 1e-9 && parts.length >= 2) {
          for (const f of parts) drop.add(f);
          break;
        }
        if (sum > total.fact.value) break;
      }
    }
  }
  for (let i = facts.length - 1; i >= 0; i--) if (drop.has(facts[i] as Fact)) facts.splice(i, 1);
}

/**
 * A whole named by a word no indicator has, broken down after "trong đó" / "gồm" into figures of
 * one indicator that add up to it exactly: "Thực hiện 60 sản phẩm tuyên truyền trực quan, trong đó
 * 35 băng rôn, 15 pa nô và 10 áp phích" — the whole is that indicator's fact, its parts are not.
 * (Two parts or more, every figure of the breakdown of that one indicator.)
 */
function wholesOfParts(st: TextStructure, facts: Fact[], emitted: { code: string; start: number; end: number; fact: Fact }[], unnamed: { tok: NumberToken; clause: [number, number] }[]): void {
  for (const { tok, clause } of unnamed) {
    if (!BREAKDOWN_AFTER.test(st.folded.slice(tok.end, clause[1]))) continue;
    const parts = emitted.filter((e) => e.start > tok.end && e.start < clause[1] && facts.includes(e.fact));
    if (parts.length < 2 || parts.some((e) => e.code !== parts[0]!.code || e.fact.qualifier !== 'exact')) continue;
    if (Math.abs(parts.reduce((a, e) => a + e.fact.value, 0) - tok.value) > 1e-9) continue;
    for (const e of parts) facts.splice(facts.indexOf(e.fact), 1);
    facts.push({ indicator: parts[0]!.code, value: tok.value, qualifier: 'exact', max: null, evidence: evidenceFor(st, clause, tok.start) });
  }
}
const BREAKDOWN_AFTER = /^[^.;\d]{0,60}?(?<![a-z])(?:trong\s+d[o06]|bao\s+gom|gom)(?![a-z])/;

// A negation before a cue: "không có / chưa có / không phát sinh / chưa để xảy ra <cue>", or a
// whole named before "nào" and its part after it ("không có cụm (loa) nào hư hỏng").
// OCR's "chia có", "khbng có" still read as "chưa có", "không có" (only before "có": "chia sẻ" is
// a verb).
// ("sửa chữa" folds to "sua chua": a repair, not "chưa".)
const NEG = String.raw`(?<!s[uw]a\s)(?:(?:khong|chua)\s+(?:(?:de\s+)?(?:xay\s+ra|phat\s+sinh|ghi\s+nhan|co|con)\s+)?|(?:kh[o06b]ng|ch[uwyi][a4])\s+c[o06]\s+)`;
// (A count between them is no zero: "Thôn Làng Chùa có 3 cụm loa" names a place, "chùa".)
const ZERO = new RegExp(String.raw`(?<![a-z])${NEG}(?:(?!\d+\s)[a-z0-9]+\s+)?$`);
const ZERO_PART = new RegExp(String.raw`(?<![a-z])${NEG}(?:[a-z0-9]+\s+){1,3}nao\s+(?:bi\s+|giai quyet\s+|phai\s+)?$`);
// … opening its clause or a comma phrase: "…, không còn hồ sơ tồn đọng", "Trong kỳ, xã không …".
// (A start year among the words before it, "…, từ năm 2019 phường không còn cụm loa nào"; not a
// target year, "đến hết năm 2027 không còn …".)
const ZERO_LEAD = new RegExp(String.raw`^(?:[^,]*,\s*)?[\s\-–•+*]*(?:(?:[a-z]+|(?<=(?:^|\s)tu nam )\d{4})\s+){0,4}${NEG}(?:(?:[a-z0-9]+\s+)?|(?:[a-z0-9]+\s+){1,3}nao\s+(?:bi\s+|giai quyet\s+|phai\s+)?)$`);
// A cell whose value is a negation ends a row or a clause: "Cụm loa hư hỏng   cụm   không có".
// A bare "không"/"chưa" counts only as a cell of its own (after a column gap): "… sửa chữa." is no zero.
const NEG_END = /^[^.;:\n\d]{0,60}(?:\s(?:ch[uwyi][a4]|kh[o06]ng)\s+c\S{1,2}|\s\s(?:chua|khong))[\s.;,]*$/;

// Every zero needs a negation near its cue (ZERO, ZERO_PART, NEG_END, or a label's "…: không"):
// the places where one may stand, so cues are searched around them only (findCueNear).
const NEGATION_AT = /(?=kh[o06b]ng|ch[uwyi][a4])/g;

/** Spans a cue must reach into to be read as a zero: around each negation word of the text. */
function negationSpans(folded: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of folded.matchAll(NEGATION_AT)) {
    const t = m.index;
    // The cue ends up to 62 characters before a cell's negation (NEG_END), starts up to 40
    // characters after one (ZERO in the 60 characters before it: the counted noun's full name may
    // stand between), or up to 40 before the colon
    // of a label whose value is the negation.
    let w = t;
    while (w > 0 && /\s/.test(folded.charAt(w - 1))) w--;
    const colon = folded.charAt(w - 1) === ':' ? w - 1 : t;
    out.push([Math.min(t - 62, colon - 40), t + 60]);
  }
  return out;
}

const DIRECTIVE_NOT = /(?<![a-z])(?:chi dao|yeu cau|quan triet|de nghi|phan dau|quyet tam|(?:bao|dam) dam)\s+(?:[a-z]+\s+){0,4}khong\s+de(?![a-z])/;

function zeroFacts(st: TextStructure, inds: CatalogIndicator[], skip: (p: number) => boolean): Fact[] {
  // Per clause, the indicator whose cue is the longest (most specific) wins; a part named
  // after "nào" wins over the whole named before it.
  const best = new Map<number, { fact: Fact; len: number }>();
  const near = negationSpans(st.folded);
  for (const ind of inds) {
    // A cue that is only the unit ("hồ sơ") does not say which count is zero; a channel the
    // indicator requires ("chưa có Trang thông tin điện tử") is missing, not counted as zero.
    const channels = (ind.requires ?? []).map(foldCached);
    // A cue that is a verb phrase ("đã phát", "phát được", "được phát") names no thing: "chưa phát
    // được" is no zero count.
    const cues = (ind.cues ?? []).filter((c) => foldCached(c) !== foldCached(ind.unit) && !channels.some((r) => foldCached(c).includes(r)) && !/^(?:da|duoc)\s|\sduoc$/.test(foldCached(c)));
    // The counted noun may stand between the negation and the cue: "không có hồ sơ trễ hẹn",
    // "chưa để xảy ra hồ sơ trễ hạn".
    // (Also with the noun's full name and a verb after it: "không có hồ sơ dịch vụ công bị quá
    // hạn".)
    const unitTail = new RegExp(`(?<![a-z])${tolerantPattern(foldCached(ind.unit))}(?:\\s+(?:thu tuc hanh chinh|tthc|dich vu cong))?(?:\\s+(?:giai quyet|bi|phai|da))?\\s+$`);
    // A whole whose negated phrase goes on to name one of its parts is that part's zero, not its
    // own: "không có hồ sơ TTHC giải quyết trễ hạn".
    const parts = inds.filter((i) => i.total === ind.code);
    for (const cue of cues) {
      for (const [ms, me] of ownPhrase(st.folded, cue, findCueNear(st.folded, cue, near))) {
        if (skip(ms)) continue;
        const before = st.folded.slice(Math.max(0, ms - 60), ms).replace(unitTail, '');
        const clause = clauseAt(st, ms);
        // "Video hướng dẫn thủ tục hành chính: chưa xây dựng" — a label whose value is a negation.
        const labelZero = /^[^.;:\n]{0,40}:\s*(?:khong|chua)(?![a-z])/.test(st.folded.slice(ms, clause[1]));
        const cellZero = NEG_END.test(st.folded.slice(me, clause[1]));
        const part = ZERO_PART.test(before);
        // "không có cụm loa nào phải di dời": zero of something else, not of all the clusters.
        // "không còn cụm loa nào." (nothing after "nào") is a zero of the whole.
        if (!part && /^\s*n[a4]o(?![a-z])/.test(st.folded.slice(me, me + 6)) && !/^\s*n[a4]o[\s.;,]*$/.test(st.folded.slice(me, clause[1]))) continue;
        // An instruction to prevent ("chỉ đạo / yêu cầu … không để <cue>") is no result.
        if (DIRECTIVE_NOT.test(st.folded.slice(clause[0], ms))) continue;
        if (parts.length > 0) {
          const phraseEnd = me + Math.max(0, st.folded.slice(me, clause[1]).search(/[,(:]|$/));
          if (parts.some((pi) => (pi.cues ?? []).some((c) => findCue(st.folded, c, me, phraseEnd).length > 0))) continue;
        }
        if (!labelZero && !cellZero) {
          if (!part && !ZERO.test(before)) continue;
          // (The negation opens the clause or its last comma phrase: "Qua kiểm tra, 18 cụm loa
          // vẫn phát tốt, không có cụm loa nào hư hỏng".)
          const lead = st.folded.slice(clause[0], ms).replace(unitTail, '');
          if (!ZERO_LEAD.test(lead.slice(lead.lastIndexOf(',', lead.lastIndexOf(',') - 1) + 1))) continue;
        }
        const len = cue.length + (part ? 100 : 0);
        const prev = best.get(clause[0]);
        if (!prev || len > prev.len) {
          best.set(clause[0], { fact: { indicator: ind.code, value: 0, qualifier: 'exact', max: null, evidence: evidenceFor(st, clause, ms) }, len });
        }
      }
    }
  }
  return [...best.values()].map((b) => b.fact);
}

/**
 * Flag indicators: a cue in a clause that meets the requirement gives 1. A cue negated ("xã
 * chưa có chuyên mục riêng về Nghị quyết 57") gives 0 and wins over a later mention, which
 * then names something else (the page, its visits); its channel may be named earlier in the
 * paragraph.
 */
/**
 * Whether pos lies in a table's notes column ("Ghi chú"), which explains the row's value. Ruled tables match the
 * cell by its index under the header (a header wrapped over two lines too); tables aligned with
 * spaces by the column where the header's closing "Ghi chú" starts, after the row's first figure.
 */
function inNotesColumn(st: TextStructure, pos: number): boolean {
  const li = lineIndexAt(st, pos);
  const [s, e] = lineSpan(st, li);
  const row = st.folded.slice(s, e);
  const piped = /[|¦]/.test(row);
  if (piped) {
    const cell = (row.slice(0, pos - s).match(/[|¦]/g) ?? []).length;
    let grid = false;
    for (let k = li - 1, seen = 0; k >= 0 && seen < 12; k--, seen++) {
      const line = st.folded.slice(...lineSpan(st, k));
      if (!/[|¦]/.test(line)) {
        // (Under a drawn grid's rule, header cells are found by position: they may span columns.)
        if (ruleLine(line.trim()) && gridRow(row, line)) grid = true;
        if (ruleLine(line.trim()) || line.trim() === '') continue;
        return false;
      }
      if (grid) {
        if (/^\s*ghi chu\s*$/.test(cellCovering(line, pos - s))) return true;
        continue;
      }
      const cells = line.split(/[|¦]/);
      const notes = cells.findIndex((c) => /^\s*ghi chu\s*$/.test(c));
      // (A header line with fewer borders than the row spans some columns: its notes cell,
      // the last, is counted from the right.)
      const rowCells = row.split(/[|¦]/).length;
      if (notes >= 0) return cells.length === rowCells || /[|¦]\s*$/.test(row) !== /[|¦]\s*$/.test(line) ? notes === cell : cells.length - notes === rowCells - cell;
    }
    return false;
  }
  // Aligned with spaces: the header is the nearest line above with "Ghi chú" as its last cell.
  if (!/\S(?: {2,}|\t)\S/.test(row.trim())) return false;
  for (let k = li - 1, seen = 0; k >= 0 && seen < 12; k--, seen++) {
    const line = st.folded.slice(...lineSpan(st, k));
    if (line.trim() === '') continue;
    const m = /(?: {2,}|\t)ghi chu\s*$/.exec(line);
    // (Cells typed with tabs are counted by their tabs: a tab stop is no character column.)
    if (m && line.includes('\t') && row.includes('\t')) return (row.slice(0, pos - s).match(/\t/g) ?? []).length >= line.trimEnd().split('\t').length - 1;
    if (m) {
      const col = m.index + m[0].search(/g/);
      const at = pos - s;
      return at >= col - 1 && /\d/.test(row.slice(0, at).replace(/^\s*\S+(?:\s\S+)*?(?= {2,}|\t)/, ''));
    }
    if (!/\S(?: {2,}|\t)\S/.test(line.trim())) return false;
  }
  return false;
}

/**
 * Whether a figure in a ruled row's notes cell is the row's value: no figure stands in the cells
 * before the note (a leading index cell aside) and the note is only the quantity, a qualifier
 * and at most two unit words ("39 cụm", "khoảng 45 lượt"), not an explanation.
 */
function valueInNote(st: TextStructure, tok: NumberToken, lineStart: number): boolean {
  const cellStart = Math.max(st.folded.lastIndexOf('|', tok.start - 1), st.folded.lastIndexOf('¦', tok.start - 1)) + 1;
  if (cellStart <= lineStart) return false;
  const lead = st.folded.slice(lineStart, cellStart).replace(/^[\s|¦]*\d{1,3}\.?\s*[|¦]/, '');
  if (/\d/.test(lead)) return false;
  const lineEnd = st.folded.indexOf('\n', tok.end);
  const rest = st.folded.slice(tok.end, lineEnd < 0 ? st.folded.length : lineEnd);
  const cellEnd = rest.search(/[|¦]/);
  return /^\s*(?:(?:khoang|gan|hon|tren|duoi|dat|co)\s+)?$/.test(st.folded.slice(cellStart, tok.start)) && /^\s*(?:[a-z]+\s*){0,2}$/.test(cellEnd < 0 ? rest : rest.slice(0, cellEnd));
}

/**
 * The header text of the ruled-table column pos stands in (and whether its cell is only a
 * figure), or null for the label column: the header is
 * the ruled lines above the rule under it ("|---|---|"), a header wrapped over two lines joined
 * cell by cell, or without a rule the block's first line when it states no figure.
 */
function columnHeader(st: TextStructure, pos: number): { cell: string; header: string; figure: boolean } | null {
  const li = lineIndexAt(st, pos);
  const [s, e] = lineSpan(st, li);
  if (!mayHold(st, ['|', '¦'], s, e)) return null;
  const row = st.folded.slice(s, e);
  const cellsOfLine = (line: string): string[] => line.replace(/^[ \t]*[|¦]/, '').split(/[|¦]/);
  const index = cellsOfLine(row.slice(0, pos - s)).length - 1;
  const own = cellsOfLine(row)[index] ?? '';
  if (index < 1) return null;
  const above: string[] = [];
  let rule = -1;
  let ruleText = '';
  for (let k = li - 1; k >= 0 && li - k <= 40; k--) {
    const line = st.folded.slice(...lineSpan(st, k));
    if (ruleLine(line.trim()) && line.trim() !== '') {
      if (rule >= 0) break;
      rule = above.length;
      ruleText = line;
      continue;
    }
    if (!/[|¦]/.test(line)) break;
    above.push(line);
  }
  let heads: string[];
  if (rule >= 0) heads = above.slice(rule).reverse();
  else {
    const top = above.at(-1);
    if (!top || /(?<![a-z\d])\d/.test(top)) return null;
    heads = [top];
  }
  if (heads.length === 0 || heads.length > 3) return null;
  // A drawn grid ("+----+-----+") whose header spans columns over several lines: the row's cell
  // lies under the header cells that cover its position on each line, not under the same
  // number of borders.
  const gridded = heads.length > 1 && gridRow(row, ruleText);
  // (Without a grid to align them, upper header lines whose cells span others, with fewer
  // borders than the row, are left out: their cells would name the wrong columns.)
  const width = cellsOfLine(row).length;
  const whole = heads.filter((h) => cellsOfLine(h).length === width);
  if (!gridded && whole.length > 0 && whole.length < heads.length) heads = whole;
  // A row whose index cell the scan lost (a short figure at the line's start, next to a border,
  // is what a scan drops first): one cell fewer than a header that opens with an index column,
  // and no index of its own. Its cells stand one column to the right of their count.
  const shift = !gridded && whole.length === 0 && heads.every((h) => cellsOfLine(h).length === width + 1 && INDEX_HEAD_CELL.test(cellsOfLine(h)[0]!)) && !/^\s*\d{1,3}\.?\s*$/.test(cellsOfLine(row)[0]!) ? 1 : 0;
  const cell = heads.map((h) => (gridded ? cellCovering(h, pos - s) : (cellsOfLine(h)[index + shift] ?? ''))).join(' ').replace(/\s+/g, ' ').trim();
  return cell ? { cell, header: heads.join(' ').replace(/[|¦]/g, ' '), figure: FIGURE_CELL.test(own.trim()) } : null;
}

/** A header's index cell (folded): "STT", "TT", "Số TT", "Thứ tự". */
const INDEX_HEAD_CELL = /^\s*(?:s?tt|so tt|(?:so )?thu tu)\s*$/;

/** Whether a row's borders stand where a drawn grid's rule has its crossings ("+----+-----+"). */
function gridRow(row: string, rule: string): boolean {
  return rule.includes('+') && [...row.matchAll(/[|¦]/g)].every((m) => /[+|¦]/.test(rule.charAt(m.index ?? 0)));
}

/** The text of a grid line's cell that covers character `at` (its borders "|" or "+", its rule pieces dropped). */
function cellCovering(line: string, at: number): string {
  let a = at;
  while (a > 0 && !/[|¦+]/.test(line.charAt(a - 1))) a--;
  let b = at;
  while (b < line.length && !/[|¦+]/.test(line.charAt(b))) b++;
  return line.slice(a, b).replace(/[-=]{2,}/g, ' ');
}

/** [start, end) of the line at pos when it is a row of a ruled table, else null. */
function tableRowAt(st: TextStructure, pos: number): [number, number] | null {
  const s = st.text.lastIndexOf('\n', pos - 1) + 1;
  const nl = st.text.indexOf('\n', pos);
  const e = nl < 0 ? st.text.length : nl;
  return /^[ \t]*[|¦]|[|¦][ \t]*$/.test(st.text.slice(s, e)) ? [s, e] : null;
}

function flagFacts(st: TextStructure, inds: CatalogIndicator[], skip: (p: number) => boolean): Fact[] {
  const out: Fact[] = [];
  for (const ind of inds) {
    let yes: Fact | null = null;
    let no: Fact | null = null;
    for (const cue of ind.cues ?? []) {
      for (const [ms, me] of findCue(st.folded, cue)) {
        if (skip(ms)) continue;
        // A table row is a clause of its own: the next row's "chuyên mục" (a radio programme) does
        // not meet this row's "Trang thông tin".
        const clause = tableRowAt(st, ms) ?? clauseAt(st, ms);
        const lead = st.folded.slice(Math.max(clause[0], ms - 40), ms);
        // (Also a label whose value is a negation: "Chuyên mục … trên Trang thông tin điện tử: chưa có".)
        const lineEnd = st.folded.indexOf('\n', me);
        // (A section still being built, "chuyên mục … đang xây dựng", is none yet.)
        const negated = /(?<!s[uw]a\s)(?:khong|chua)\s+(?:c[o06]\s+)?[a-z ]{0,12}$/.test(lead) || /^[^.;\n]{0,100}?(?<![a-z])dang (?:duoc )?(?:xay dung|hoan thien|thiet ke)(?![a-z])/.test(st.folded.slice(me, clause[1])) || /^[^:.;\n]{0,80}:\s*(?:chua|khong)(?:\s+(?:co|xay dung|lap|thanh lap|mo))?\s*[.;]?\s*$/.test(st.folded.slice(me, lineEnd < 0 ? st.folded.length : lineEnd));
        // A section planned ("dự kiến xây dựng chuyên mục …") or a higher level's is not the commune's.
        if (PLANNED_BEFORE.test(st.folded.slice(clause[0], ms)) || widerSubject(st, clause[0], ms) || REQUEST_LEAD.test(st.folded.slice(sentenceStart(st, ms), ms))) continue;
        // A section named in quotes ("chuyên mục “Xã số”") may take its channel from the clause
        // before the semicolon; "chuyên mục này" may not.
        const named = /^\s*["“'‘]/.test(st.text.slice(me, me + 3));
        const met = requirementMet(st, ind, clause, named);
        if (negated) {
          if (!no && met) no = { indicator: ind.code, value: 0, qualifier: 'exact', max: null, evidence: evidenceFor(st, clause, ms) };
          continue;
        }
        if (!yes && met === 'clause') yes = { indicator: ind.code, value: 1, qualifier: 'exact', max: null, evidence: evidenceFor(st, clause, ms) };
      }
    }
    const fact = no ?? yes;
    if (fact) out.push(fact);
  }
  return out;
}

