// Measures how well the signer's name is read from signature blocks of documents nobody tuned on.
// The names are invented (tests/fixtures/names/signers.txt); each is put at the end of a short
// invented report, in one of several signature-block layouts that administrative documents use:
//  - plain: recipients, then "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", blank lines, the name;
//  - signed: "(Đã ký)" or "(Ký, đóng dấu)" or "(Đã ký và đóng dấu)" between the title and the name;
//  - appendix-places / appendix-people: a "PHỤ LỤC" after the name with a table of places or of
//    people (a list of a commune's officials or of a digital team's members);
//  - columns / columns-shared: recipients and block side by side on the same lines (a Word table
//    saved as text), the name on its own line or on the line of the last recipient;
//  - recipients-after: the block first, "Nơi nhận:" below the name (recipients without ';');
//  - courtesy: "Ông" / "Bà" before the name; capitals: the name in capitals;
//  - party: "T/M ĐẢNG ỦY / BÍ THƯ"; board: "TM. BAN CHỈ ĐẠO / TRƯỞNG BAN" and the head's own post
//    printed under the name; title-case: "TM. Ủy ban nhân dân / Chủ tịch", no blank line;
//  - long-annex (every third name a second time): an annex of forty rows after the name, longer
//    than the report, so the block stands before the middle of the text.
// Some bodies name another official after the middle of the text ("đồng chí X, Phó Chủ tịch").
// Each document is rendered like scripts/make-fixtures.sh and read by `tesseract -l eng` (300 dpi)
// and `-l vie` (300 and 150 dpi); every text goes through the whole text path (analyzeText) and
// the signer's name must equal the invented one. OCR output is cached under /tmp/eval-signers-cache.
// Needs pango1.0-tools, tesseract-ocr, tesseract-ocr-eng, tesseract-ocr-vie, fonts-liberation2.
// Usage: npx tsx scripts/eval-signers.ts [--errors] [--jobs 2] [--variants clean,eng-300,vie-300,vie-150]
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '#src/core/extraction/analyze-text.ts';
import { cachedOcr, ocrPage, pool, renderPage } from './support/render-ocr.ts';
import { rng } from './support/rng.ts';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const JOBS = Number(opt('--jobs') ?? 2);
const VARIANTS = (opt('--variants') ?? 'clean,eng-300,vie-300,vie-150').split(',');
const SHOW_ERRORS = args.includes('--errors');
const CACHE = '/tmp/eval-signers-cache';

const rand = rng(20261125);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const names = readFileSync('tests/fixtures/names/signers.txt', 'utf8')
  .normalize('NFC')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'));
// Invented communes and other officials (not signers) for the bodies and appendices.
const UNITS = ['Tân Lộc', 'Hòa Phong', 'Yên Thắng', 'Phú Xuyên', 'Đông Cường', 'Thạch Bàn', 'Vĩnh Hưng', 'Bình Khê'];
const OTHERS = ['Lê Văn Toại', 'Trần Thị Mến', 'Phạm Hồng Sâm', 'Nguyễn Đắc Khiêm', 'Hoàng Thị Lụa', 'Vi Văn Chiến', 'Đoàn Minh Trí', 'Bùi Thị Hằng Nga'];
const VILLAGES = ['Thôn Đông', 'Thôn Bến', 'Xóm Chợ', 'Bản Khe', 'Ấp Mới', 'Làng Đồi'];
const RECIPIENTS = ['- Sở Khoa học và Công nghệ;', '- Thường trực Đảng ủy xã;', '- Chủ tịch, các PCT UBND xã;', '- Các thôn, bản;', '- Như trên;', '- Lưu: VT, VP.'];

const BODY = [
  'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Ủy ban nhân dân xã báo cáo kết quả như sau:',
  'I. KẾT QUẢ THỰC HIỆN',
  '1. Công tác lãnh đạo, chỉ đạo',
  'Ủy ban nhân dân xã đã ban hành kế hoạch triển khai, phân công nhiệm vụ cụ thể cho từng cơ quan, đơn vị và các thôn.',
  '2. Kết quả cụ thể',
  'Đến nay, 100% cán bộ, công chức xã sử dụng chữ ký số trong xử lý văn bản; tỷ lệ hồ sơ thủ tục hành chính trực tuyến đạt 86%.',
  'Toàn xã đã thành lập 12 tổ công nghệ số cộng đồng với 64 thành viên, hướng dẫn người dân cài đặt và sử dụng ứng dụng định danh điện tử.',
  'II. KHÓ KHĂN, VƯỚNG MẮC',
  'Hạ tầng mạng ở một số thôn còn yếu; kinh phí cho chuyển đổi số còn hạn chế.',
  'III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI',
  'Tiếp tục tuyên truyền, nâng cao nhận thức của cán bộ và Nhân dân về chuyển đổi số; phấn đấu đến hết năm 2026 tỷ lệ hồ sơ trực tuyến toàn trình đạt 90%.',
];

type Title = { lines: string[]; titleCase: string[] };
const TITLES: Title[] = [
  { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], titleCase: ['TM. Ủy ban nhân dân', 'Chủ tịch'] },
  { lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], titleCase: ['TM. Ủy ban nhân dân', 'KT. Chủ tịch', 'Phó Chủ tịch'] },
  { lines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], titleCase: ['KT. Chủ tịch', 'Phó Chủ tịch'] },
  { lines: ['TM. ỦY BAN NHÂN DÂN', 'Q. CHỦ TỊCH'], titleCase: ['TM. Ủy ban nhân dân', 'Q. Chủ tịch'] },
];

const LAYOUTS = ['plain', 'signed', 'appendix-places', 'appendix-people', 'columns', 'columns-shared', 'recipients-after', 'courtesy', 'capitals', 'party', 'board', 'title-case'] as const;
type Layout = (typeof LAYOUTS)[number] | 'long-annex';
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(2, n - s.length));

function block(layout: Layout, name: string, unit: string): string[] {
  const t = pick(TITLES);
  const recips = ['Nơi nhận:', ...RECIPIENTS.filter(() => rand() < 0.6), '- Lưu: VT.'];
  const plain = [...recips, '', ...t.lines, '', '', name];
  switch (layout) {
    case 'plain':
      return plain;
    case 'signed':
      return [...recips, '', ...t.lines, '', pick(['(Đã ký)', '(Ký, đóng dấu)', '(Đã ký và đóng dấu)', '(Ký tên, đóng dấu)']), '', name];
    case 'appendix-places':
      return [...plain, '', 'PHỤ LỤC', 'Điểm truy cập Internet công cộng trên địa bàn xã', '', 'STT    Thôn, bản       Địa điểm', ...VILLAGES.slice(0, 4).map((v, k) => `${k + 1}      ${v}        Nhà văn hóa ${v}`)];
    case 'appendix-people':
      return [...plain, '', 'PHỤ LỤC', 'Danh sách thành viên Tổ công nghệ số cộng đồng', '', 'STT    Họ và tên            Chức vụ', ...OTHERS.slice(0, 4).map((o, k) => `${k + 1}      ${o}        ${pick(['Tổ trưởng', 'Thành viên', 'Trưởng thôn'])}`)];
    case 'columns': {
      const right = [...t.lines, '', '', name];
      const rows = Math.max(recips.length, right.length);
      return Array.from({ length: rows }, (_, k) => `${pad(recips[k] ?? '', 44)}${right[k] ?? ''}`.trimEnd());
    }
    case 'columns-shared': {
      const rows = Math.max(recips.length, t.lines.length + 2);
      const lines = Array.from({ length: rows }, (_, k) => `${pad(recips[k] ?? '', 44)}${t.lines[k] ?? ''}`.trimEnd());
      lines[rows - 1] = `${pad(recips[rows - 1] ?? '', 44)}${name}`;
      return lines;
    }
    case 'recipients-after':
      return [...t.lines, '', '', name, '', 'Nơi nhận:', '- Như trên', '- Thường trực Đảng ủy xã', `- UBND xã ${pick(UNITS)}`, '- Lưu VT'];
    case 'courtesy':
      return [...recips, '', ...t.lines, '', '', `${/ Thị /u.test(name) ? 'Bà' : 'Ông'} ${name}`];
    case 'capitals':
      return [...recips, '', ...t.lines, '', '', name.toLocaleUpperCase('vi')];
    case 'party':
      return [...recips, '', pick([['T/M ĐẢNG ỦY', 'BÍ THƯ'], ['T/M BAN THƯỜNG VỤ', 'K/T BÍ THƯ', 'PHÓ BÍ THƯ']]), '', '', name].flat();
    case 'board':
      return [...recips, '', 'TM. BAN CHỈ ĐẠO', 'TRƯỞNG BAN', '', '', name, `Chủ tịch UBND xã ${unit}`];
    case 'title-case':
      return [...recips, '', ...t.titleCase, name];
    case 'long-annex': {
      // An annex longer than the report: the signature ends up before the middle of the text.
      const rows = Array.from({ length: 40 }, (_, k) => `${k + 1}      ${pick(VILLAGES)} ${k + 1}        ${pick(['Nhà văn hóa', 'Trường Tiểu học', 'Trạm Y tế'])} ${pick(VILLAGES)}        ${2 + (k % 5)}`);
      return [...plain, '', 'PHỤ LỤC', 'Kết quả lắp đặt điểm phát wifi miễn phí', '', 'STT    Thôn, bản       Địa điểm       Số điểm', ...rows];
    }
  }
}

type Doc = { name: string; layout: Layout; text: string };
function makeDoc(name: string, i: number, only?: Layout): Doc {
  const layout = only ?? (LAYOUTS[i % LAYOUTS.length] as Layout);
  const unit = pick(UNITS);
  const body = [...BODY];
  // Another official named late in the body (after the middle of the text), as reports do.
  if (rand() < 0.5) body.splice(9, 0, `Đồng chí ${pick(OTHERS)}, Phó Chủ tịch UBND xã trực tiếp chỉ đạo, đôn đốc các thôn thực hiện.`);
  const text = [
    'ỦY BAN NHÂN DÂN',
    `XÃ ${unit.toLocaleUpperCase('vi')}`,
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    `Số: ${100 + i}/BC-UBND`,
    `${unit}, ngày ${1 + (i % 28)} tháng 11 năm 2025`,
    '',
    'BÁO CÁO',
    'Kết quả thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị năm 2025',
    '',
    ...body,
    '',
    ...block(layout, name, unit),
  ].join('\n');
  return { name, layout, text: `${text}\n` };
}

async function ocr(text: string, variant: string): Promise<string> {
  if (variant === 'clean') return text;
  const [lang, dpi] = variant.split('-') as [string, string];
  return cachedOcr(CACHE, variant, text, async (dir) => {
    await renderPage(join(dir, 'doc.txt'), join(dir, 'page.png'), Number(dpi));
    return ocrPage(join(dir, 'page.png'), lang);
  });
}

mkdirSync(CACHE, { recursive: true });
const docs = names.map((n, i) => makeDoc(n, i));
// A second set: every third name again, after a long annex (drawn after the first set, so the
// first set's documents do not change).
names.forEach((n, i) => {
  if (i % 3 === 0) docs.push(makeDoc(n, i, 'long-annex'));
});
const errors: string[] = [];
console.log(`${docs.length} invented signature blocks, ${LAYOUTS.length + 1} layouts`);
for (const v of VARIANTS) {
  const texts = await pool(docs, JOBS, (d) => ocr(d.text, v));
  let right = 0;
  const byLayout = new Map<string, [number, number]>();
  docs.forEach((d, k) => {
    const got = analyzeText(texts[k] ?? '').result.signer?.name ?? null;
    const ok = got === d.name;
    if (ok) right++;
    const bl = byLayout.get(d.layout) ?? [0, 0];
    byLayout.set(d.layout, [bl[0] + (ok ? 1 : 0), bl[1] + 1]);
    if (!ok) errors.push(`${v.padEnd(8)} ${d.layout.padEnd(17)} want ${d.name} got ${got}`);
  });
  console.log(`${v.padEnd(8)} ${right}/${docs.length} (${((100 * right) / docs.length).toFixed(1)} %)  ${[...byLayout].map(([l, [a, b]]) => `${l} ${a}/${b}`).join(', ')}`);
}
if (SHOW_ERRORS) console.log(errors.join('\n'));
