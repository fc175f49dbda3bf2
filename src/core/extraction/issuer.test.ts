// The issuer read from Decree 30 headers as an English-model OCR leaves them (marks lost, blank
// lines between header lines, words glued or wrapped). Headers are written for this test; the
// units are real ones from the gazetteer. scripts/eval-issuers.ts measures the same on a sample.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFromText } from './extract.ts';
import { matchProvince, resolveUnit } from './gazetteer.ts';

const body = (lines: string[], tail = 'Nội dung báo cáo.'): string => `${lines.join('\n')}\n\nBAO CAO\nKet qua thuc hien nhiem vu\n\n${tail}\n`;
const issuerOf = (lines: string[], tail?: string, source?: string) => extractFromText(body(lines, tail), undefined, source).issuer;

test('a province line, blank lines and the body name between it and the commune line', () => {
  const issuer = issuerOf(['UBND TINH GIA LAI CONG HOA XA HOI CHU NGHIA VIET NAM', '', 'UY BAN NHAN DAN Doc lap - Ty do - Hanh phuc', '', 'XA IA DREH', 'S6: 12/BC-UBND']);
  assert.deepEqual(issuer, { name: 'UBND xã Ia Dreh', unitName: 'Ia Dreh', unitLevel: 'xa', province: 'Gia Lai' });
});

test('"THÀNH PHỐ" names a province too, one OCR letter off', () => {
  assert.equal(matchProvince('HO CHI MlNH'), 'Hồ Chí Minh');
  assert.equal(matchProvince('BAC GIANG'), null);
  const issuer = issuerOf(['UBND THANH PHO HA NOl CONG HOA XA HOI CHU NGHIA VIET NAM', 'UBND PHUONG O CHO DUA Doc lap - Tu do - Hanh phuc']);
  assert.equal(issuer?.province, 'Hà Nội');
  assert.equal(issuer?.name, 'UBND phường Ô Chợ Dừa');
});

test('a line ending with the level word has the name on the next line', () => {
  const issuer = issuerOf(['UY BAN NHAN DAN PHUONG CONG HOA XA HOI CHU NGHIA VIET NAM', '', 'O CHO DUA Doc lap - Tu do - Hanh phuc', 'S6: 5/BC-UBND']);
  assert.equal(issuer?.name, 'UBND phường Ô Chợ Dừa');
  // Lowered by OCR, a short name still counts.
  assert.equal(issuerOf(['UY BAN NHAN DAN XA CONG HOA XA HOI CHU NGHIA VIET NAM', 'chu a THAI Doc lap - Tu do - Hanh phuc'])?.unitName, 'Chư A Thai');
});

test('a long name wrapped in the header column is joined when the whole is a real unit', () => {
  const lines = ['UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM', 'XA TAN PHU Doc lap - Tu do - Hanh phuc', '', 'TRUNG', 'S6: 7/KH-UBND'];
  // "Tân Phú" is a commune of the same province too: the body naming the whole decides.
  assert.equal(issuerOf(lines, 'Uy ban nhan dan xa Tan Phu Trung, tinh Dong Thap bao cao.')?.unitName, 'Tân Phú Trung');
  // A capitals line that makes no real unit stays out of the name.
  const board = issuerOf(['UY BAN NHAN DAN', 'XA IA DREH', 'BAN CHI DAO', 'S6: 7/BC-BCD']);
  assert.equal(board?.unitName, 'Ia Dreh');
});

test('letters glued or split by OCR and a trailing number still find the unit', () => {
  assert.equal(resolveUnit(['Chuathai'], 'xa', 'Gia Lai').name, 'Chư A Thai');
  assert.equal(issuerOf(['UY BAN NHAN DAN', 'XA BAO LAM4', 'S6: 3/BC-UBND'], 'Thuc hien chi dao cua UBND tinh Lam Dong.')?.unitName, 'Bảo Lâm 4');
  assert.equal(issuerOf(['UY BAN NHAN DAN', 'XA BAO LAM l —', 'S6: 3/BC-UBND'], 'Thuc hien chi dao cua UBND tinh Lam Dong.')?.unitName, 'Bảo Lâm 1');
  // The number wrapped alone onto the next line.
  assert.equal(issuerOf(['UY BAN NHAN DAN', 'XA BAO LAM', '2', 'S6: 3/BC-UBND'], 'Thuc hien chi dao cua UBND tinh Lam Dong.')?.unitName, 'Bảo Lâm 2');
});

test('every reading of the header is tried inside the province: before the Đ fix and before repair', () => {
  // P + vowel is usually a misread Đ, but "Pa Tần" is a real commune of the province.
  assert.equal(issuerOf(['UY BAN NHAN DAN', 'XA PA TAN', 'S6: 3/BC-UBND'], 'Thuc hien chi dao cua UBND tinh Lai Chau.')?.unitName, 'Pa Tần');
  // The repair turned PHUC into PHƯỚC (a commune of another province); the OCR had it right.
  const repaired = body(['ỦY BAN NHÂN DÂN', 'XÃ PHƯỚC SƠN', 'Số: 3/BC-UBND'], 'Thực hiện chỉ đạo của UBND thành phố Hà Nội.');
  const source = body(['UY BAN NHAN DAN', 'XA PHUC SON', 'S6: 3/BC-UBND'], 'Thực hiện chỉ đạo của UBND thành phố Hà Nội.');
  assert.equal(extractFromText(repaired, undefined, source).issuer?.unitName, 'Phúc Sơn');
  // One letter off inside the province is put right; a made-up name finds nothing.
  assert.equal(resolveUnit(['Tan Phu Trungg'], 'xa', 'Đồng Tháp').name, 'Tân Phú Trung');
  assert.equal(resolveUnit(['Quynh Lam Vien'], 'xa', 'Hà Nội').name, null);
  // A reading that is another province's unit exactly is not bent to a neighbour of this one.
  assert.equal(resolveUnit(['Phuoc Son'], 'xa', 'Hà Nội').name, 'Phước Sơn');
});

test('a photocopied header: the motto joined by a rule read as "_" or "—", its first word repaired into another', () => {
  const province = 'Thuc hien chi dao cua UBND tinh Gia Lai.';
  assert.equal(issuerOf(['UBND TINH GIA LAI CONG HOA XA HOI CHU NGHIA VIET NAM', 'UBND XA IA DREH_Déc lap - Ty do - Hanh phuc'], province)?.name, 'UBND xã Ia Dreh');
  assert.equal(issuerOf(['UY BAN NHAN DAN XA —CONG HOA XA HOI CHU NGHIA VIET NAM', 'IA DREH Doc lap - Tu do'], province)?.unitName, 'Ia Dreh');
  assert.equal(issuerOf(['UBND TINH GIA LAI CONG HOA XA HOI CHU NGHIA VIET NAM', 'UBND XÃ IA DREH Được lap- Tự do - Hạnh phúc'], province)?.unitName, 'Ia Dreh');
});

test('a level word OCR lowered or doubled, or one the repair made unreadable, is still read', () => {
  assert.equal(issuerOf(['UY BAN NHAN DAN', 'xA IA DREH', 'S6: 2/BC-UBND'])?.unitName, 'Ia Dreh');
  assert.equal(issuerOf(['UY BAN NHAN DAN', 'XxA IA DREH', 'S6: 2/BC-UBND'])?.unitName, 'Ia Dreh');
  // A sentence of the body is no header line.
  assert.equal(issuerOf(['Xã Ia Dreh tổ chức hội nghị'])?.unitName ?? null, null);
  // The repaired text lost the level word; the text as it came still has it.
  const repaired = body(['ỦY BAN NHÂN DÂN', 'Xóa CHƯ A THAI', 'Số: 2/BC-UBND']);
  const source = body(['UY BAN NHAN DAN', 'XxA CHU A THAI', 'S6: 2/BC-UBND']);
  assert.deepEqual(extractFromText(repaired, undefined, source).issuer, { name: 'UBND xã Chư A Thai', unitName: 'Chư A Thai', unitLevel: 'xa', province: 'Gia Lai' });
});

test('the body names the province one OCR letter off and across a line end', () => {
  const issuer = issuerOf(['UY BAN NHAN DAN', 'XA TAN PHU', 'S6: 2/BC-UBND'], 'Thuc hien Ke hoach cua Uy ban nhan dan tinh Dong\nThap, UBND xa Tan Phu bao cao.');
  assert.equal(issuer?.province, 'Đồng Tháp');
  assert.equal(issuerOf(['UY BAN NHAN DAN', 'XA TAN PHU', 'S6: 2/BC-UBND'], 'Thuc hien Ke hoach cua UBND tinh Dong Thop.')?.province, 'Đồng Tháp');
});

test('specks and hyphens a scan adds: "PAC. KHU", "CONG-HOA"; a word\'s Đ read as B', () => {
  assert.equal(issuerOf(['UBND TINH QUANG NINH', 'UY BAN NHAN DAN', 'PAC. KHU CO TO', 'S6: 2/BC-UBND'])?.name, 'UBND đặc khu Cô Tô');
  assert.equal(issuerOf(['UBND XA CHU A THAI CONG-HOA XA HOI CHU NGHIA VIET NAM', 'Doc lap - Tu do'])?.unitName, 'Chư A Thai');
  assert.equal(resolveUnit(['Co Bo'], 'xa', 'Cần Thơ').name, 'Cờ Đỏ');
  // A hyphen the scan put between syllables, with the P that a Đ fix would have turned.
  assert.equal(resolveUnit(['Đa-co', 'Pa-co'], 'xa', 'Phú Thọ').name, 'Pà Cò');
});

test('a province only mentioned bare yields to the one province the unit is in', () => {
  const issuer = issuerOf(['UY BAN NHAN DAN', 'PHUONG O CHO DUA', 'S6: 2/BC-UBND'], 'Trao doi kinh nghiem voi doan cong tac Dong Thap.');
  assert.equal(issuer?.province, 'Hà Nội');
  // Named with its level word ("tỉnh Đồng Tháp"), the body's province is kept as evidence.
  const named = issuerOf(['UY BAN NHAN DAN', 'XA TAN PHU', 'S6: 2/BC-UBND'], 'Thuc hien Ke hoach cua UBND tinh Dong Thap.');
  assert.equal(named?.province, 'Đồng Tháp');
});

test('a hyphenated name of five syllables is read whole, on one line or wrapped after its hyphen', () => {
  const want = 'Văn Miếu - Quốc Tử Giám';
  // The unit's line in clean text: five syllables and the hyphen between its parts.
  const clean = issuerOf(['ỦY BAN NHÂN DÂN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM     Độc lập - Tự do - Hạnh phúc', 'Số: 12/KH-UBND     Hà Nội, ngày 2 tháng 3 năm 2025']);
  assert.equal(clean?.unitName, want);
  assert.equal(clean?.province, 'Hà Nội');
  // Wrapped: the motto cut swallows the hyphen; "Văn Miếu" alone is a commune elsewhere, no ward.
  const wrapped = issuerOf(['UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM', 'PHUONG VAN MIEU - Doc lap - Tu do - Hanh phuc', '', 'QUOC TU GIAM', 'S6: 12/BC-UBND']);
  assert.equal(wrapped?.name, `UBND phường ${want}`);
  // Three words under a name that needs none are not taken.
  const extra = issuerOf(['UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM', 'XA IA DREH Doc lap - Tu do - Hanh phuc', '', 'BAN CHI DAO', 'S6: 7/BC-BCD']);
  assert.equal(extra?.unitName, 'Ia Dreh');
});

test('the body sentence keeps a hyphenated name whole when the header is unreadable', () => {
  const issuer = issuerOf(['Số: 4/BC-UBND'], 'Ủy ban nhân dân xã Chân Mây - Lăng Cô báo cáo kết quả như sau.');
  assert.equal(issuer?.unitName, 'Chân Mây - Lăng Cô');
  assert.equal(issuer?.province, 'Huế');
  // A hyphen before a lower-case word ends the name.
  assert.equal(issuerOf(['Số: 4/BC-UBND'], 'Ủy ban nhân dân xã Chân Mây - nơi có cảng biển - báo cáo.')?.unitName, 'Chân Mây');
});

test('a short last syllable OCR glued to the one before ("IAO") is found by its letters', () => {
  const lines = (name: string): string[] => ['UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM', `XA ${name} Doc lap - Tu do - Hanh phuc`, 'S6: 12/BC-UBND'];
  assert.deepEqual(issuerOf(lines('IAO'), 'Uy ban nhan dan tinh Gia Lai chi dao.'), { name: 'UBND xã Ia O', unitName: 'Ia O', unitLevel: 'xa', province: 'Gia Lai' });
  assert.equal(issuerOf(lines('EAO'), 'Thuc hien chi dao cua UBND tinh Dak Lak.')?.unitName, 'Ea Ô');
  assert.equal(resolveUnit(['Iao'], 'xa', 'Gia Lai').name, 'Ia O');
  // Run together as written: the second word's B is no Đ ("BABE" = Ba Bể).
  assert.equal(issuerOf(lines('BABE'), 'Uy ban nhan dan tinh Thai Nguyen chi dao.')?.unitName, 'Ba Bể');
  // A three-letter reading that is a real commune's name keeps it.
  assert.equal(issuerOf(lines('KEP'), 'Thuc hien chi dao cua UBND tinh Bac Ninh.')?.unitName, 'Kép');
});
