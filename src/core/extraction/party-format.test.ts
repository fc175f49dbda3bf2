// Metadata of documents in the Party's format (Hướng dẫn 36-HD/VPTW): "ĐẢNG BỘ TỈNH X" over
// "ĐẢNG ỦY XÃ Y" beside "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 45-BC/ĐU", "T/M ĐẢNG ỦY" over "PHÓ BÍ THƯ".
// Headers, numbers and names are invented for this test; the units are real ones from the gazetteer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFromText } from './extract.ts';
import { normaliseSymbol } from './metadata.ts';

const doc = (head: string[], bodyText: string, tail: string[]): string =>
  `${head.join('\n')}\n\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\n\n${bodyText}\n\n${'Nội dung báo cáo. '.repeat(20)}\n\n${tail.join('\n')}\n`;

const meta = (text: string) => {
  const r = extractFromText(text);
  return { kind: r.kind, issuer: r.issuer, number: r.number, signer: r.signer, references: r.references };
};

test('a commune Party committee: header, number with the type before the slash, T/M ĐẢNG ỦY over PHÓ BÍ THƯ', () => {
  const r = meta(
    doc(
      ['ĐẢNG BỘ TỈNH NGHỆ AN                ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG ỦY XÃ CON CUÔNG', '*', 'Số 45-BC/ĐU                          Con Cuông, ngày 3 tháng 12 năm 2025'],
      'Thực hiện Kế hoạch số 14-KH/ĐU ngày 02/8/2025 của Ban Thường vụ Đảng ủy xã và Công văn số 512-CV/BTGDVTU ngày 20/11/2025, Đảng ủy xã Con Cuông báo cáo như sau:',
      ['Nơi nhận:', '- Ban Tuyên giáo và Dân vận Tỉnh ủy,', '- Chủ tịch UBND xã,', '- Lưu Văn phòng Đảng ủy.', '', 'T/M ĐẢNG ỦY', 'PHÓ BÍ THƯ', '', '', 'LÒ VĂN KHÁNH'],
    ),
  );
  assert.equal(r.kind, 'report');
  assert.deepEqual(r.issuer, { name: 'Đảng ủy xã Con Cuông', unitName: 'Con Cuông', unitLevel: 'xa', province: 'Nghệ An' });
  assert.equal(r.number, '45-BC/ĐU');
  // "Chủ tịch UBND xã" among the recipients is no title of this block.
  assert.deepEqual(r.signer, { name: 'Lò Văn Khánh', title: 'Phó Bí thư' });
  // Party references keep their form; the document's own number is none of them.
  assert.deepEqual(r.references, [
    { number: '14-KH/ĐU', date: '2025-08-02' },
    { number: '512-CV/BTGDVTU', date: '2025-11-20' },
  ]);
});

test('a ward and a special zone of a city; a plan; T/M BAN THƯỜNG VỤ over BÍ THƯ; K/T BÍ THƯ over PHÓ BÍ THƯ', () => {
  const ward = meta(
    doc(
      ['ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG   ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG ỦY PHƯỜNG HẢI CHÂU', '*', 'Số 27-KH/ĐU          Hải Châu, ngày 10 tháng 8 năm 2025'],
      'Ban Thường vụ Đảng ủy phường Hải Châu ban hành kế hoạch như sau:',
      ['Nơi nhận:', '- Các chi bộ trực thuộc,', '- Lưu Văn phòng Đảng ủy.', '', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', '', 'Trần Thị Mai Hương'],
    ),
  );
  assert.equal(ward.kind, 'plan');
  assert.deepEqual(ward.issuer, { name: 'Đảng ủy phường Hải Châu', unitName: 'Hải Châu', unitLevel: 'phuong', province: 'Đà Nẵng' });
  assert.equal(ward.number, '27-KH/ĐU');
  assert.deepEqual(ward.signer, { name: 'Trần Thị Mai Hương', title: 'Bí thư' });

  const zone = meta(
    doc(
      ['ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG     ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG ỦY ĐẶC KHU BẠCH LONG VĨ', '*', 'Số 08-BC/ĐU       Bạch Long Vĩ, ngày 5 tháng 12 năm 2025'],
      'Đảng ủy đặc khu báo cáo như sau:',
      ['Nơi nhận:', '- Như trên,', '- Lưu VPĐU.', '', 'K/T BÍ THƯ', 'PHÓ BÍ THƯ', '', 'Phạm Quốc Toản'],
    ),
  );
  assert.deepEqual(zone.issuer, { name: 'Đảng ủy đặc khu Bạch Long Vĩ', unitName: 'Bạch Long Vĩ', unitLevel: 'dac_khu', province: 'Hải Phòng' });
  assert.equal(zone.number, '08-BC/ĐU');
  assert.deepEqual(zone.signer, { name: 'Phạm Quốc Toản', title: 'Phó Bí thư' });
});

test('an English-model OCR of a Party header: no marks, the name below "DANG UY XA", "S6" for "Số"', () => {
  const r = meta(
    doc(
      ['DANG BO TINH NGHE AN DANG CONG SAN VIET NAM', '', 'DANG UY XA', 'NAM DAN', '*', '', 'S6 61-BC/DU Nam Dan, ngay 9 thang 12 nam 2025'],
      'Thuc hien Ke hoach s6 21-KH/DU ngay 15/7/2025 cua Ban Thuong vu Dang uy xa, Dang uy xa Nam Dan bao cao nhu sau:',
      ['Noi nhan:', '- Nhu tren,', '- Luu Van phong Dang uy.', '', 'T/M DANG UY', 'PHO Bi THU', '', 'Hoang Van Son'],
    ),
  );
  assert.equal(r.kind, 'report');
  assert.deepEqual(r.issuer, { name: 'Đảng ủy xã Nam Đàn', unitName: 'Nam Đàn', unitLevel: 'xa', province: 'Nghệ An' });
  assert.equal(r.number, '61-BC/ĐU');
  assert.equal(r.signer?.title, 'Phó Bí thư');
  assert.deepEqual(r.references, [{ number: '21-KH/ĐU', date: '2025-07-15' }]);
  // The level word lowered by OCR, the type's number spelled with a mangled "Số", a ward's ĐUP.
  const ward = meta(
    doc(
      ['DANG BO TINH QUANG TRI DANG CONG SAN VIET NAM', 'DANG UY PHUONG DONG HA', '*', 'Sô: 19-BC/DUP Dong Ha, ngay 1 thang 12 nam 2025'],
      'Dang uy phuong Dong Ha bao cao.',
      ['T/M DANG UY', 'UY VIEN BAN THUONG VU', '', 'Le Thi Thu'],
    ),
  );
  assert.equal(ward.issuer?.name, 'Đảng ủy phường Đông Hà');
  assert.equal(ward.number, '19-BC/ĐUP');
  // (The name keeps OCR's letters here: marks come back in the repair before extraction.)
  assert.deepEqual(ward.signer, { name: 'Le Thi Thu', title: 'Ủy viên Ban Thường vụ' });
});

test('a signature block in title case and one signed by the office (T/L … / CHÁNH VĂN PHÒNG)', () => {
  const head = ['ĐẢNG BỘ TỈNH LAI CHÂU   ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG ỦY XÃ PHONG THỔ', '*', 'Số 33-CV/ĐU   Phong Thổ, ngày 2 tháng 12 năm 2025'];
  const titleCase = meta(doc(head, 'Đảng ủy xã báo cáo.', ['Nơi nhận:', '- Như trên.', '', 'T/M Đảng ủy', 'Phó Bí thư', '', 'Vàng A Dơ']));
  assert.deepEqual(titleCase.signer, { name: 'Vàng A Dơ', title: 'Phó Bí thư' });
  const office = meta(doc(head, 'Đảng ủy xã báo cáo.', ['Nơi nhận:', '- Như trên.', '', 'T/L BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG', '', 'Giàng Thị Mỷ']));
  assert.equal(office.signer?.title, 'Chánh Văn phòng');
  assert.equal(office.number, '33-CV/ĐU');
});

test('near-misses: a Party body named in the body or among recipients of a People\'s Committee document', () => {
  const r = meta(
    doc(
      ['ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'XÃ CON CUÔNG               Độc lập - Tự do - Hạnh phúc', 'Số: 215/BC-UBND            Con Cuông, ngày 4 tháng 12 năm 2025'],
      'Thực hiện Kế hoạch số 14-KH/ĐU ngày 02/8/2025 của Ban Thường vụ Đảng ủy xã Con Cuông, UBND xã báo cáo như sau:',
      ['Nơi nhận:', '- Thường trực Đảng ủy xã;', '- Bí thư Đảng ủy xã;', '- Lưu: VT.', '', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Vi Văn Hùng'],
    ),
  );
  assert.equal(r.issuer?.name, 'UBND xã Con Cuông');
  assert.equal(r.number, '215/BC-UBND');
  assert.deepEqual(r.signer, { name: 'Vi Văn Hùng', title: 'Phó Chủ tịch' });
  // No header at all: a Party committee the first lines name in running text is no issuer,
  // and the central resolution's number is no document's own.
  const headless = meta(
    `Đảng ủy xã Nam Đàn đã lãnh đạo thực hiện Nghị quyết Số 57-NQ/TW của Bộ Chính trị.\n\n${'Nội dung. '.repeat(30)}\n`,
  );
  assert.equal(headless.issuer, null);
  assert.equal(headless.number, null);
});

test('Party symbols read by OCR without their Đ', () => {
  assert.equal(normaliseSymbol('DU'), 'ĐU');
  assert.equal(normaliseSymbol('DUP'), 'ĐUP');
  assert.equal(normaliseSymbol('VPDU'), 'VPĐU');
  // "D" of Dân vận is no Đ: only whole Party parts change.
  assert.equal(normaliseSymbol('BTGDVTU'), 'BTGDVTU');
});

test('a steering committee under the unit line is the issuer, named as the body writes it', () => {
  const head = ['ỦY BAN NHÂN DÂN XÃ HÒN ĐẤT        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ,     Độc lập - Tự do - Hạnh phúc', 'CẢI CÁCH HÀNH CHÍNH', 'Số: 04/BC-BCĐ        Hòn Đất, ngày 8 tháng 12 năm 2025'];
  const r = meta(doc(head, 'Ban Chỉ đạo chuyển đổi số, cải cách hành chính xã Hòn Đất báo cáo như sau:', ['TM. BAN CHỈ ĐẠO', 'TRƯỞNG BAN', '', 'Danh Sang']));
  assert.deepEqual(r.issuer, { name: 'Ban Chỉ đạo chuyển đổi số, cải cách hành chính xã Hòn Đất', unitName: 'Hòn Đất', unitLevel: 'xa', province: 'An Giang' });
  // The body does not name it: the header's capitals in sentence case.
  const bare = meta(doc(head, 'Thực hiện chỉ đạo của UBND tỉnh An Giang, báo cáo như sau:', ['TM. BAN CHỈ ĐẠO', 'TRƯỞNG BAN', '', 'Danh Sang']));
  assert.equal(bare.issuer?.name, 'Ban Chỉ đạo chuyển đổi số, cải cách hành chính xã Hòn Đất');
  // A Party committee's steering committee, OCR without marks and a blank line between.
  const party = meta(
    doc(['DANG BO THANH PHO HAI PHONG DANG CONG SAN VIET NAM', 'DANG UY XA KIEN THUY', '', 'BAN CHI DAO 57', '*', 'S6 03-BC/BCD Kien Thuy, ngay 2 thang 12 nam 2025'], 'Ban Chi dao bao cao.', ['T/M BAN CHI DAO', 'TRUONG BAN', '', 'Vu Van Nam']),
  );
  assert.equal(party.issuer?.name, 'Ban Chỉ đạo 57 xã Kiến Thụy');
  assert.equal(party.number, '03-BC/BCĐ');
  assert.equal(party.signer?.title, 'Trưởng ban');
});

test('near-miss: a steering committee named in the body or the recipients does not become the issuer', () => {
  const r = meta(
    doc(
      ['ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'XÃ HÒN ĐẤT                 Độc lập - Tự do - Hạnh phúc', 'Số: 318/BC-UBND            Hòn Đất, ngày 8 tháng 12 năm 2025'],
      'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ XÃ đã họp 04 lần. Ban Chỉ đạo chuyển đổi số xã Hòn Đất được kiện toàn.',
      ['Nơi nhận:', '- Ban Chỉ đạo chuyển đổi số xã;', '- Lưu: VT.', '', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Danh Sang'],
    ),
  );
  assert.equal(r.issuer?.name, 'UBND xã Hòn Đất');
  assert.equal(r.signer?.title, 'Chủ tịch');
});

test('a Party header the scan made unreadable: the body\'s Party committee, not its People\'s Committee', () => {
  const r = meta(
    doc(
      ['D~NG B0 T!NH NGHE AN    DANG CONG SAN VIET NAM', '#%& ~~ ** ,,', 'S6 45-BC/DU'],
      'Thuc hien chi dao cua Uy ban nhan dan xa Con Cuong va Dang uy xa Con Cuong, Ban Thuong vu bao cao.',
      ['T/M DANG UY', 'BI THU', '', 'Lo Van Khanh'],
    ),
  );
  assert.equal(r.issuer?.name, 'Đảng ủy xã Con Cuông');
  assert.equal(r.signer?.title, 'Bí thư');
  // The same body under a People's Committee header that could not be read: its committee.
  const ubnd = meta(doc(['#%& ~~ ** ,,', 'S6: 45/BC-UBND'], 'Thuc hien chi dao cua Dang uy xa Con Cuong, Uy ban nhan dan xa Con Cuong bao cao.', ['TM. UY BAN NHAN DAN', 'CHU TICH', '', 'Lo Van Khanh']));
  assert.equal(ubnd.issuer?.name, 'UBND xã Con Cuông');
});

test('a symbol the repair gave marks ("DU" → "DỰ") and a motto OCR glued ("DANGCONG SAN") are still read', () => {
  const r = meta(
    doc(
      ['ĐẢNG BỘ TỈNH NGHỆ AN DANGCONG SAN VIETNAM', 'ĐẢNG ỦY XÃ CON CUÔNG', '*', 'Số 45-BC/DỰ Con Cuông, ngày 3 tháng 12 năm 2025'],
      'Thực hiện Kế hoạch số 14-KH/DỰ ngày 02/8/2025 của Ban Thường vụ Đảng ủy xã, Đảng ủy xã báo cáo.',
      ['T/M ĐẢNG ỦY', 'BÍ THƯ', '', 'Lò Văn Khánh'],
    ),
  );
  assert.equal(r.number, '45-BC/ĐU');
  assert.deepEqual(r.references, [{ number: '14-KH/ĐU', date: '2025-08-02' }]);
  assert.equal(r.issuer?.name, 'Đảng ủy xã Con Cuông');
  // A word with marks is no symbol: "Số 5/Ủy ban" names no document.
  assert.equal(meta(doc(['XÃ CON CUÔNG', 'Số 5/Ủy ban'], 'Nội dung.', [])).number, null);
});
