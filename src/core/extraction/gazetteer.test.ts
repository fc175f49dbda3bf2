// The unit gazetteer: real spellings for names read without marks, the province of a unit the
// header does not place, and no guess when two real units fit. Headers are written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFromText } from './extract.ts';
import { matchUnit, provinceNames, spellUnitNamesInText } from './gazetteer.ts';

test('the gazetteer holds the 34 provinces of 2025, short names', () => {
  const p = provinceNames();
  assert.equal(p.length, 34);
  assert.ok(p.includes('Hồ Chí Minh') && p.includes('Huế') && p.includes('Đắk Lắk'));
  assert.ok(!p.some((x) => /^(?:Thành phố|Tỉnh)\s/u.test(x)));
});

test('letters without marks get the real spelling and, for a name found in one province only, that province', () => {
  assert.deepEqual(matchUnit('Hoan Kiem', 'phuong', null), { name: 'Hoàn Kiếm', province: 'Hà Nội' });
  // Wrong marks are as good as none.
  assert.deepEqual(matchUnit('Hoản Kiêm', 'phuong', 'Hà Nội'), { name: 'Hoàn Kiếm', province: 'Hà Nội' });
});

test('no guess when the letters fit units spelled differently', () => {
  // "Tan Thanh" is Tân Thạnh, Tân Thành or Tân Thanh depending on the place.
  assert.equal(matchUnit('Tan Thanh', 'xa', null).name, null);
  // A made-up name stays as it was read.
  assert.deepEqual(matchUnit('Quynh Lam Vien', 'xa', 'Hà Nội'), { name: null, province: null });
});

test('one letter off is corrected only inside the known province', () => {
  assert.equal(matchUnit('Hoan Kien', 'phuong', 'Hà Nội').name, 'Hoàn Kiếm');
  assert.equal(matchUnit('Hoan Kien', 'phuong', null).name, null);
});

test('an issuer read from capitals without marks is spelled as the real unit, and placed', () => {
  const header = [
    'UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM',
    'PHUONG HOAN KIEM Doc lap - Tu do - Hanh phuc',
    'Số: 12/BC-UBND',
    '',
    'BÁO CÁO',
    'Kết quả thực hiện nhiệm vụ',
    '',
    'Nội dung báo cáo.',
  ].join('\n');
  const issuer = extractFromText(header).issuer;
  assert.equal(issuer?.unitName, 'Hoàn Kiếm');
  assert.equal(issuer?.name, 'UBND phường Hoàn Kiếm');
  assert.equal(issuer?.province, 'Hà Nội');
});

const issuerOf = (header: string) => extractFromText(`${header}\n\nBÁO CÁO\nKết quả thực hiện nhiệm vụ\n\nNội dung báo cáo.\n`).issuer;

test('"UBND XÃ …" on one line with the motto: the unit without the motto', () => {
  const issuer = issuerOf('UBND XÃ BÁT TRÀNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/BC-UBND');
  assert.equal(issuer?.name, 'UBND xã Bát Tràng');
  assert.equal(issuer?.province, 'Hà Nội');
});

test('a province line above the commune line gives the province, the commune is the issuer', () => {
  const issuer = issuerOf('TỈNH QUẢNG TRỊ\nỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ KHE SANH Độc lập - Tự do - Hạnh phúc\nSố: 12/BC-UBND');
  assert.deepEqual(issuer, { name: 'UBND xã Khe Sanh', unitName: 'Khe Sanh', unitLevel: 'xa', province: 'Quảng Trị' });
  // A province's own document stays the province's.
  assert.equal(issuerOf('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/BC-UBND')?.name, 'UBND tỉnh Quảng Trị');
});

test('unit names in running text take the real spelling of a unit of the document province, and only then', () => {
  const text = 'Phối hợp với phường Hoan Kiem và phường Cửa Nam; hỗ trợ xã Tân Lập Mới.';
  const spelled = spellUnitNamesInText(text, 'Hà Nội');
  assert.match(spelled, /phường Hoàn Kiếm và phường Cửa Nam/u);
  // One letter off (OCR) inside the province is put right; a name with no unit is left alone.
  assert.match(spellUnitNamesInText('Cán bộ phường Hoàn Kiềm tham gia.', 'Hà Nội'), /phường Hoàn Kiếm tham/u);
  assert.match(spelled, /xã Tân Lập Mới/u);
  // Unknown province, or a unit of another province: nothing changes.
  assert.equal(spellUnitNamesInText(text, null), text);
  assert.equal(spellUnitNamesInText('phường Hoan Kiem', 'Cần Thơ'), 'phường Hoan Kiem');
});

test('the text path gives quotes the spelling of units of the issuer province, with offsets into the final text', async () => {
  const { analyzeText } = await import('./analyze-text.ts');
  const doc = [
    'UBND THÀNH PHỐ HÀ NỘI        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'UBND PHƯỜNG CỬA NAM          Độc lập - Tự do - Hạnh phúc',
    'Số: 41/BC-UBND               Cửa Nam, ngày 3 tháng 12 năm 2025',
    'BÁO CÁO',
    'Kết quả tuyên truyền Nghị quyết 57-NQ/TW',
    'III. KHÓ KHĂN, VƯỚNG MẮC',
    '- Kinh phí cho tuyên truyền của phường Hoàn Kiềm và phường Cửa Nam còn hạn chế.',
  ].join('\n');
  const { text, result } = analyzeText(doc);
  assert.equal(result.issuer?.province, 'Hà Nội');
  assert.match(text, /phường Hoàn Kiếm và phường Cửa Nam/u);
  assert.ok(result.difficulties.some((d) => d.text.includes('phường Hoàn Kiếm')), JSON.stringify(result.difficulties));
});

test("the document's own marks win over a variant the list spells with other marks; the list fills in when marks are lost", async () => {
  // The official list spells this Quảng Ngãi commune "Đăk Hà"; many documents write "Đắk".
  const own = [
    'ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'XÃ ĐẮK HÀ                    Độc lập - Tự do - Hạnh phúc',
    'Số: 7/BC-UBND                Đắk Hà, ngày 2 tháng 12 năm 2025',
    'BÁO CÁO',
    'Kết quả tuyên truyền',
    'Ủy ban nhân dân xã Đắk Hà báo cáo như sau.',
  ].join('\n');
  const { analyzeText } = await import('./analyze-text.ts');
  const read = analyzeText(own);
  assert.equal(read.result.issuer?.unitName, 'Đắk Hà');
  assert.equal(read.result.issuer?.province, 'Quảng Ngãi');
  assert.match(read.text, /xã Đắk Hà báo cáo/u);
  // The same header with its marks lost (English-model OCR): the list's spelling fills in.
  const lost = 'UY BAN NHAN DAN\nXA DAK HA\nSố: 7/BC-UBND\n\nBÁO CÁO\nKết quả tuyên truyền\n';
  assert.equal(extractFromText(lost).issuer?.unitName, 'Đăk Hà');
  // An English-model acute ("Dák") is no mark of the document's: the list still decides.
  const acute = 'UY BAN NHAN DAN\nXA DÁK HA\nSố: 7/BC-UBND\n\nBÁO CÁO\nỦy ban nhân dân xã Dák Ha báo cáo.\n';
  assert.equal(extractFromText(acute).issuer?.unitName, 'Đăk Hà');
  // Written once only, the marks may be a misread: the list decides.
  const once = 'ỦY BAN NHÂN DÂN\nXÃ ĐẮK HÀ\nSố: 7/BC-UBND\n\nBÁO CÁO\nKết quả tuyên truyền\n';
  assert.equal(extractFromText(once).issuer?.unitName, 'Đăk Hà');
});
