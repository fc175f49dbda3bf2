// Generates corpus/names-vi.txt: Vietnamese personal and place names in the administrative
// contexts they appear in (signature blocks, headers, task owners), so the syllable language
// model knows which syllables follow each other inside names ("Nguyễn Văn", "Thị Thu").
// Everything here is written for this project: common surnames, middle and given names (general
// knowledge of Vietnamese naming, no copyrighted list), and names of provinces and districts
// (public administrative geography). No seed document and no labelled fixture is read, and no
// name is taken from them. Deterministic: the same script always writes the same file.
// Also writes corpus/person-names-extra-vi.txt (rarer names by position, see SURNAMES_RARE).
// Usage: npx tsx scripts/build-names-corpus.ts
import { writeFileSync } from 'node:fs';

// Surnames, roughly in order of frequency (the first dozen cover most of the population).
const SURNAMES = (
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Đoàn Trịnh ' +
  'Mai Trương Lâm Phùng Cao Hà Lương Tạ Tô Vương Chu Châu Lưu Quách Kiều Nghiêm Thân Triệu Hứa ' +
  'Khổng Tăng Âu Ninh Cù Lại Mạc La Đàm Giang Văn Kim Tôn Khúc Hoàng Bạch Lục Thái Doãn Lã ' +
  'Mạnh Trình Diệp Quan Hầu Đồng Nông Lò Cầm Sầm Hà Vi Y ' +
  // Family names of the northern and southern minority peoples, written with Kinh syllables
  // (Tày, Nùng, Thái, Mường, Mông, Dao, Khơ Mú, Khmer, Chăm): rarer, so drawn less often.
  'Bế Ma Lục Nịnh Lành Hứa Lăng Sầm Lường Quàng Tòng Lù Mè Điêu Khà Lữ Lô Ngân Kha Lang Xồng ' +
  'Giàng Sùng Thào Vàng Mùa Hờ Lầu Vừ Tráng Hạng Chảo Tẩn Phàn Bàn Danh Thạch Sơn Đàng Thông Kpă'
).split(/\s+/);

// Middle names (tên đệm), men's and women's.
const MIDDLES = (
  'Văn Thị Hữu Đức Minh Quốc Thanh Ngọc Xuân Thu Hồng Kim Bảo Gia Đình Công Trọng Mạnh Tuấn ' +
  'Thế Quang Hoài Anh Phương Diệu Mỹ Như Khánh Bích Thùy Hải Việt Duy Tiến Trung Huy Nhật ' +
  'Thành Hoàng Đăng Tấn Phúc Thúy Lan Tường Vĩnh Kiều Hà Cẩm Ánh Bá Sĩ Chí Hùng Đại Viết ' +
  // Mông men's and women's middle names (Giàng A …, Sùng Seo …, Vàng Thị Mí …).
  'A Seo Mí Mỷ'
).split(/\s+/);

// Given names, men's and women's: the most frequent first (drawn with Zipf-like weights below),
// then the rest of the common ones.
const GIVEN_FREQUENT = (
  'Anh Linh Hương Hùng Dũng Tuấn Hà Hoa Lan Mai Nam Minh Hải Thảo Trang Hằng Huy Long Sơn Thắng ' +
  'Hạnh Hiền Ngọc Quang Thủy Phương Vân Yến Hưng Cường Tùng Thành Đức Hòa Bình Hoàng Trung Phúc Hiếu Thu'
).split(/\s+/);
const GIVEN = (
  'An Anh Ánh Bảo Bằng Bình Bích Cảnh Châu Chi Chiến Chính Công Cúc Cường Dân Diệp Diệu Dung ' +
  'Dũng Duy Duyên Dương Đạt Điệp Định Đông Đức Giang Hà Hải Hạnh Hào Hảo Hằng Hân Hậu Hiền Hiếu ' +
  'Hiệp Hiển Hoa Hòa Hoài Hoàn Hoàng Hồng Huệ Hùng Hưng Hương Hường Huy Huyền Khang Khánh Khoa ' +
  'Khôi Kiên Kiệt Kim Lài Lan Lâm Lân Lệ Liên Liễu Linh Loan Long Lộc Lợi Luân Lực Ly Mai Mạnh ' +
  'Minh My Mỹ Nam Nga Ngân Nghĩa Ngọc Nguyên Nhân Nhung Như Oanh Phát Phong Phú Phúc Phụng Phương ' +
  'Phượng Quang Quân Quế Quý Quyên Quyết Quỳnh Sang Sáng Sơn Sương Tài Tâm Tân Thạch Thái Thanh ' +
  'Thành Thảo Thắm Thắng Thịnh Thơ Thu Thuận Thủy Thúy Thư Thương Tiến Tín Toàn Trang Trâm Trí ' +
  'Trinh Trung Trường Tú Tuấn Tùng Tuyết Tư Tường Uyên Vân Văn Vinh Việt Vy Xuân Yến Hạ Khải ' +
  'Nhàn Tình Hiên Cương Bắc Đào Hợp Lương Nhật Pháp Quảng Sinh Tiên Tuệ Vượng Hòe Lụa Mơ Nết ' +
  // Given names frequent among the Mông, Thái, Dao and Khmer.
  'Páo Chứ Dế Sính Pó Lử Chư Dình Tủa Sử Chá Dào Súa Sò Vảng Nủ Dua Xía Cáng Pấu Chỉn Sểnh ' +
  'Ọn Ủa Piêng Khăm Bun Xuân Phanh Sóc Khol Phol Xây Thol Chanh Sươl Rết Sa'
).split(/\s+/);

// Rarer names, written to corpus/person-names-extra-vi.txt by name position ("S Phí", "M Khắc",
// "G Lựu"), not as lines of names-vi.txt: the language model counts each once for its position
// only, so the repair knows them as names while the counts of every other name stay as they
// were and a rare name does not outweigh a frequent one with the same letters ("Khanh" against
// "Khánh", "Đồng" against "Đông"). General knowledge of Vietnamese naming. Family names: rarer Kinh ones, and family names of minority
// peoples written with Kinh syllables: Tày (Mông), Mông (Cứ, Mua, Ly), Chăm (Quảng, Báo, Hán,
// Trượng), Gia Rai and Ê Đê (Nay, Siu), Khmer (Kiên, Chau).
const SURNAMES_RARE = (
  'Phí Khuất Thiều Ứng Nhữ Quản Mẫn Ôn Từ Phó Tống Lỗ Viên Dư Tiêu Ưng Mông ' +
  'Cứ Mua Ly Quảng Báo Hán Trượng Nay Siu Kiên Chau'
).split(/\s+/);
// Middle names: less frequent Kinh ones, Dao (Láo) and Chăm (Năng).
const MIDDLES_RARE = 'Khắc Tất Mộng Lệ Thảo Tú Uyên Đắc Doãn Vân Phước Nguyên Tài Phi Năng Thiện Mai Nguyệt Thái Song Hương Trí Láo'.split(/\s+/);
// Given names: old-fashioned, rural and Sino-Vietnamese Kinh names, then names of the Tày, Nùng,
// Thái, Mông, Dao and Khmer.
const GIVEN_RARE = (
  'Ái Bảy Biên Bội Cần Cẩn Chánh Chiêm Chinh Chung Chương Cừ Danh Dậu Diễm Diễn Doanh Đài Đan ' +
  'Đảm Đạo Đệ Điền Đoan Được Gấm Giao Giỏi Hai Hiệu Hoan Hoạt Hội Huân Huấn Huế Hỷ Kha Khanh ' +
  'Khiêm Khuê Khuyên Kiều Kính Kỳ Lạc Lai Lãm Lành Lãnh Lập Lịch Liêm Lĩnh Luận Luyến Luyện Lựu ' +
  'Mến Miên Mùi Mừng Na Ngà Nghị Nghiêm Nguyện Nguyệt Nhạn Nhã Nhâm Nhẫn Nhị Nhiên Nhu Ninh Nụ ' +
  'Phấn Phi Phước Quyền Sâm Sen Sĩ Sửu Tám Tạo Tấn Thạnh Thao Thân Thể Thi Thiện Thìn Thoa Thông ' +
  'Thơm Thục Thuyên Thuyết Thức Tiệp Tính Toản Tới Tráng Trọng Trúc Truyền Tuân Tuyên Tuyền ' +
  'Tuyển Tỵ Út Vỹ Xuyến Yên Hưởng Khởi Nhất Nhì Sáu Thiềm Tiền Tịnh Trà Trưng Tuyến Vịnh Vũ Ý ' +
  'Độ Đô Đồng Đường Hách Hạp Hiến Hoành Huyên Khâm Khiết Kiểm Lễ Lũy Ngạn Ngữ Nhuận Phẩm Phòng ' +
  'Quán Quới Thiệp Thiết Thước Tiêu Toán Trị Trực Ước Vĩ Vị Xuyên Bính Đinh Canh Giáp ' +
  'Lượng Luật Nhượng Thoại Thuần Tiếp Vang Khoát Sự Thỏa Thưởng Tốt Vững Đẹp Xinh ' +
  'Pắn Lìn Pánh Ún Ỏn Ngoan Lả Hặc Khót Lềnh Chìa Của Dủa Mang Phềnh Chía Dở Lừ Tếnh Chủ Sình ' +
  'Dìa Nhìa Mỉ Phin Kiềm Quẩy San Sảu Sên Đa'
).split(/\s+/);

// The 63 provinces before and the 34 since 1 July 2025 (public administrative geography).
const PROVINCES = (
  'Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|Huế|An Giang|Bà Rịa - Vũng Tàu|Bắc Giang|Bắc Kạn|' +
  'Bạc Liêu|Bắc Ninh|Bến Tre|Bình Định|Bình Dương|Bình Phước|Bình Thuận|Cà Mau|Cao Bằng|Đắk Lắk|' +
  'Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Tĩnh|Hải Dương|Hậu Giang|' +
  'Hòa Bình|Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|Lạng Sơn|Lào Cai|Long An|' +
  'Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|' +
  'Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Tiền Giang|' +
  'Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái'
).split('|');

// Names of districts and towns of the former three-level system, many reused by the communes and
// wards created in 2025 (public administrative geography).
const PLACES = (
  'An Dương|An Lão|Anh Sơn|Ba Chẽ|Ba Vì|Ba Đình|Bá Thước|Bình Chánh|Bình Giang|Bình Liêu|Bình Thạnh|' +
  'Bình Thủy|Bình Tân|Bù Đăng|Bạch Long Vĩ|Bắc Trà My|Bỉm Sơn|Chí Linh|Chương Mỹ|Con Cuông|Cái Răng|' +
  'Cát Bà|Cô Tô|Cần Giờ|Cầu Giấy|Cẩm Giàng|Cẩm Lệ|Cẩm Phả|Cẩm Thủy|Cờ Đỏ|Củ Chi|Diễn Châu|Duy Xuyên|' +
  'Dương Kinh|Gia Bình|Gia Lâm|Gia Lộc|Gia Viễn|Giao Thủy|Gò Vấp|Hiệp Hòa|Hiệp Đức|Hoa Lư|Hoài Đức|' +
  'Hoàn Kiếm|Hoằng Hóa|Hoành Bồ|Hà Trung|Hòa Vang|Hóc Môn|Hưng Hà|Hưng Nguyên|Hạ Long|Hải An|Hải Châu|' +
  'Hải Hà|Hải Hậu|Hậu Lộc|Hồng Bàng|Hội An|Khoái Châu|Kim Sơn|Kim Thành|Kim Động|Kinh Môn|Kiến An|' +
  'Kiến Thụy|Kiến Xương|Kỳ Sơn|Lang Chánh|Liên Chiểu|Long Biên|Lê Chân|Lương Tài|Lạng Giang|Lộc Ninh|' +
  'Lục Nam|Lục Ngạn|Mê Linh|Móng Cái|Mường Lát|Mỹ Hào|Mỹ Lộc|Mỹ Đức|Nam Giang|Nam Sách|Nam Trà My|' +
  'Nam Đàn|Nga Sơn|Nghi Lộc|Nghi Sơn|Nghĩa Hưng|Nghĩa Đàn|Ngũ Hành Sơn|Ngọc Lặc|Nho Quan|Nhà Bè|' +
  'Như Thanh|Như Xuân|Ninh Giang|Ninh Kiều|Nông Cống|Nông Sơn|Núi Thành|Phong Điền|Phù Cừ|Phú Nhuận|' +
  'Phú Ninh|Phú Xuyên|Phúc Thọ|Phước Long|Phước Sơn|Quan Hóa|Quảng Xương|Quảng Yên|Quế Phong|Quế Võ|' +
  'Quốc Oai|Quỳ Châu|Quỳ Hợp|Quỳnh Lưu|Quỳnh Phụ|Sóc Sơn|Sơn Trà|Sơn Tây|Sơn Động|Sầm Sơn|Tam Kỳ|' +
  'Tam Điệp|Thanh Chương|Thanh Hà|Thanh Khê|Thanh Miện|Thanh Oai|Thiệu Hóa|Thuận Thành|Thái Hòa|' +
  'Thái Thụy|Thăng Bình|Thường Tín|Thường Xuân|Thạch Thành|Thạch Thất|Thọ Xuân|Thốt Nốt|Thới Lai|' +
  'Thủ Đức|Thủy Nguyên|Tiên Du|Tiên Lãng|Tiên Lữ|Tiên Phước|Tiên Yên|Tiền Hải|Triệu Sơn|Trực Ninh|' +
  'Tân Bình|Tân Kỳ|Tân Phú|Tân Yên|Tây Giang|Tây Hồ|Tĩnh Gia|Tương Dương|Tứ Kỳ|Từ Sơn|Uông Bí|' +
  'Việt Yên|Vân Đồn|Văn Giang|Văn Lâm|Vĩnh Bảo|Vĩnh Lộc|Vĩnh Thạnh|Vũ Thư|Vụ Bản|Xuân Trường|Yên Dũng|' +
  'Yên Khánh|Yên Mô|Yên Phong|Yên Thành|Yên Thế|Yên Định|Ân Thi|Ô Môn|Ý Yên|Đan Phượng|Điện Bàn|' +
  'Đô Lương|Đông Anh|Đông Giang|Đông Hưng|Đông Sơn|Đông Triều|Đại Lộc|Đầm Hà|Đống Đa|Đồ Sơn|Đồng Xoài|' +
  'Ứng Hòa|Krông Pắc|Krông Búk|Ea Kar|Đắk Mil|Đắk Glong|Đắk Tô|Kon Plông|Chư Sê|Chư Păh|Ia Grai|' +
  'Mang Yang|Phú Quốc|Côn Đảo|Lý Sơn|Vân Canh|Hoài Nhơn|Tuy Phước|An Nhơn|Sa Pa|Bát Xát|Mù Cang Chải|' +
  'Mường Tè|Sìn Hồ|Điện Biên Đông|Mộc Châu|Quản Bạ|Đồng Văn|Bảo Lạc|Trùng Khánh|Na Rì|Ba Bể'
).split('|');

const STREETS = 'Hai Bà Trưng|Lê Lợi|Quang Trung|Nguyễn Du|Nguyễn Trãi|Ngô Quyền|Trần Hưng Đạo|Lý Thường Kiệt|Phan Bội Châu|Phan Chu Trinh|Hoàng Văn Thụ|Tô Hiến Thành|Võ Thị Sáu|Chu Văn An|Tràng An'.split('|');

const TITLES = [
  'Chủ tịch Ủy ban nhân dân',
  'Phó Chủ tịch Ủy ban nhân dân',
  'Bí thư Đảng ủy',
  'Phó Bí thư Thường trực Đảng ủy',
  'Trưởng phòng Văn hóa - Xã hội',
  'Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
  'công chức Văn hóa - Xã hội',
  'Tổ trưởng tổ công nghệ số cộng đồng',
  'Giám đốc Trung tâm Phục vụ hành chính công',
];
const LEVELS = ['xã', 'phường', 'đặc khu'];

// Deterministic PRNG (same file on every run).
let seed = 5752;
const rand = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
/** Zipf-like draw: earlier entries of a frequency-ordered list come up more often. */
const pickZipf = <T>(xs: readonly T[]): T => {
  const total = xs.reduce((a, _, i) => a + 1 / (i + 2), 0);
  let r = rand() * total;
  for (let i = 0; i < xs.length; i++) {
    r -= 1 / (i + 2);
    if (r <= 0) return xs[i]!;
  }
  return xs[xs.length - 1]!;
};
const pickGiven = (): string => (rand() < 0.6 ? pickZipf(GIVEN_FREQUENT) : pick(GIVEN));

const out: string[] = [];
// People: every surname with many middle/given combinations, in signature-block contexts.
const people: string[] = [];
// Surnames and middle names are frequency-ordered lists: drawn Zipf-like, so "Nguyễn", "Văn",
// "Thị", "Thanh" weigh more than rarer ones, as in real signature blocks.
for (let k = 0; k < 1500; k++) people.push(`${pickZipf(SURNAMES)} ${pickZipf(MIDDLES)} ${pickGiven()}`);
for (const s of SURNAMES) for (let k = 0; k < 3; k++) people.push(`${s} ${pickZipf(MIDDLES)} ${pickGiven()}`);
for (const g of GIVEN) for (let k = 0; k < 2; k++) people.push(`${pickZipf(SURNAMES)} ${pickZipf(MIDDLES)} ${g}`);
for (const m of MIDDLES) for (let k = 0; k < 2; k++) people.push(`${pickZipf(SURNAMES)} ${m} ${pickGiven()}`);
for (let k = 0; k < 300; k++) people.push(`${pickZipf(SURNAMES)} ${pickGiven()}`); // two-syllable names
for (let k = 0; k < 300; k++) people.push(`${pickZipf(SURNAMES)} ${pickZipf(MIDDLES)} ${pickZipf(MIDDLES)} ${pickGiven()}`);
const allPlaces = [...PLACES, ...STREETS];
for (const p of people) {
  const place = pick(allPlaces);
  const level = pick(LEVELS);
  switch (Math.floor(rand() * 4)) {
    case 0:
      out.push(p);
      break;
    case 1:
      out.push(`Ông ${p}, ${pick(TITLES)} ${level} ${place}`);
      break;
    case 2:
      out.push(`bà ${p} phụ trách`);
      break;
    default:
      out.push(`${p.toUpperCase()}`);
      out.push(p);
  }
}
// Places in headers and body phrases.
for (const p of allPlaces) {
  const level = pick(LEVELS);
  out.push(`Ủy ban nhân dân ${level} ${p}, tỉnh ${pick(PROVINCES)}`);
  out.push(`ỦY BAN NHÂN DÂN ${level.toUpperCase()} ${p.toUpperCase()}`);
  out.push(`${level} ${p}`);
  out.push(`thôn ${p}`);
}
for (const p of PROVINCES) {
  out.push(`tỉnh ${p}`);
  out.push(`Sở Khoa học và Công nghệ tỉnh ${p}`);
  out.push(`thành phố ${p}`);
}
writeFileSync('corpus/names-vi.txt', out.join('\n') + '\n');
const extra = [
  '# Rarer Vietnamese names by position (S surname, M middle, G given), half a count each in the name-position models.',
  '# Generated by scripts/build-names-corpus.ts from lists written in that script (general knowledge); MIT.',
  ...SURNAMES_RARE.map((n) => `S ${n}`),
  ...MIDDLES_RARE.map((n) => `M ${n}`),
  ...GIVEN_RARE.map((n) => `G ${n}`),
];
writeFileSync('corpus/person-names-extra-vi.txt', extra.join('\n') + '\n');
console.log(`${out.length} lines, ${people.length} people, ${allPlaces.length} places, ${PROVINCES.length} provinces`);
