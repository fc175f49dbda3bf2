// Report narrative: difficulties by theme and recommendations by addressee. Every paragraph here
// was written for this test (none comes from a seed or a labelled fixture).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFromText } from './extract.ts';

const report = (body: string) => extractFromText(`BÁO CÁO\nKết quả thử nghiệm\n\n${body}\n`);
const recs = (body: string) => report(body).recommendations.map((r) => r.to);
const themes = (body: string) => [...new Set(report(body).difficulties.map((d) => d.theme))];

test('recommendations: one paragraph naming two addressees gives two recommendations', () => {
  const body = 'I. KẾT QUẢ\nĐã tổ chức tuyên truyền.\n\nII. KIẾN NGHỊ\nĐề nghị UBND tỉnh bố trí kinh phí mua loa; đề nghị Sở Tài chính hướng dẫn thủ tục thanh toán.\n';
  assert.deepEqual(recs(body), ['Ủy ban nhân dân tỉnh', 'Sở Tài chính']);
});

test('recommendations: the province named after the addressee is kept, as written', () => {
  const body = 'III. KIẾN NGHỊ\n- Kiến nghị với Sở Khoa học và Công nghệ tỉnh Lạng Sơn tổ chức tập huấn.\n- Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí.\n';
  assert.deepEqual(recs(body), ['Sở Khoa học và Công nghệ tỉnh Lạng Sơn', 'Ủy ban nhân dân tỉnh']);
});

test('recommendations: addressees outside the usual list (an enterprise, the post office)', () => {
  const body = 'III. KIẾN NGHỊ\n1. Đề nghị Viettel Hà Tĩnh lắp thêm trạm phát sóng.\n\n2. Đề nghị Bưu điện tỉnh Gia Lai hỗ trợ người dân nộp hồ sơ.\n\n3. Đề nghị Trung tâm Chuyển đổi số tỉnh cấp tài khoản.\n';
  assert.deepEqual(recs(body), ['Viettel Hà Tĩnh', 'Bưu điện tỉnh Gia Lai', 'Trung tâm Chuyển đổi số tỉnh']);
});

test('recommendations: a numbered "Đề xuất" sub-heading and a damaged Roman numeral both open the section', () => {
  const numbered = '1. Kết quả\nĐã tuyên truyền.\n\n4. Đề xuất\n\nĐề nghị Công an tỉnh tập huấn phòng chống lừa đảo.\n\nNơi nhận:\n- Như trên;\n';
  assert.deepEqual(recs(numbered), ['Công an tỉnh']);
  const damaged = 'II. KẾT QUẢ\nĐã tuyên truyền.\n\nVà. KIẾN NGHỊ\n- Đề nghị Sở Nội vụ bổ sung biên chế.\n\nNơi nhận:\n- Như trên;\n';
  assert.deepEqual(recs(damaged), ['Sở Nội vụ']);
});

test('difficulties: a numbered item that mentions "khó khăn" is an item, not a sub-heading', () => {
  const body = 'III. KHÓ KHĂN, HẠN CHẾ\n\n1. Địa bàn rộng, đi lại khó khăn vào mùa mưa.\n\n2. Trang thiết bị đã cũ, nhiều máy tính hư hỏng.\n\nIV. KIẾN NGHỊ\n';
  assert.deepEqual(themes(body), ['geography', 'equipment']);
});

test('difficulties: the theme is the one named first; a later clause with its own cue adds a theme', () => {
  const body = [
    'II. KHÓ KHĂN',
    '- Hạ tầng mạng ở các thôn vùng cao còn yếu.',
    '- Xã là xã đảo, việc đi lại phụ thuộc thời tiết.',
    '- Nhiều cụm loa hư hỏng, chưa có kinh phí sửa chữa.',
    '- Người lao động tự do chưa quen thao tác trên điện thoại thông minh.',
    '- Nội dung tuyên truyền còn chung chung.',
    '',
    'III. KIẾN NGHỊ',
  ].join('\n');
  assert.deepEqual(themes(body), ['infrastructure', 'geography', 'equipment', 'funding', 'elderly_access', 'materials']);
});

test('an addressee keeps the province it names, and only a real province', () => {
  const text = [
    'BÁO CÁO',
    'Kết quả thực hiện nhiệm vụ',
    '',
    'I. KẾT QUẢ',
    'Nội dung báo cáo.',
    '',
    'II. KIẾN NGHỊ',
    '- Đề nghị Sở Khoa học và Công nghệ tỉnh Lào Cai hỗ trợ thiết bị cho tổ công nghệ số.',
    '- Đề nghị Ủy ban nhân dân thành phố Cần Thơ bổ sung kinh phí.',
    '- Đề nghị Công an tỉnh tăng cường cảnh báo lừa đảo trực tuyến.',
    '- Đề nghị Sở Tài chính tỉnh sớm bố trí kinh phí.',
    '',
  ].join('\n');
  assert.deepEqual(
    extractFromText(text).recommendations.map((r) => r.to),
    // The level word written after a department is kept, as it is after "Công an" (as written).
    ['Sở Khoa học và Công nghệ tỉnh Lào Cai', 'Ủy ban nhân dân thành phố Cần Thơ', 'Công an tỉnh', 'Sở Tài chính tỉnh'],
  );
});

test('recommendations: the request may follow its subject, under an unnumbered capitals heading', () => {
  const body = 'KẾT QUẢ\nĐã tuyên truyền.\n\nĐỀ XUẤT, KIẾN NGHỊ\nỦy ban nhân dân xã kính đề nghị Sở Thông tin và Truyền thông hỗ trợ phần mềm quản lý văn bản.\n';
  assert.deepEqual(recs(body), ['Sở Thông tin và Truyền thông']);
});

test('recommendations: "Phần III." and "4.Kiến nghị" (no space) open the section; items may be led by the addressee', () => {
  const parts = [
    'Phần I. KẾT QUẢ',
    'Đã tuyên truyền trên hệ thống truyền thanh.',
    'Phần II. KIẾN NGHỊ',
    '+ Ủy ban nhân dân tỉnh Gia Lai quan tâm bố trí kinh phí thay loa.',
    '+ Sở Văn hóa, Thể thao và Du lịch cung cấp tranh cổ động.',
  ].join('\n');
  assert.deepEqual(recs(parts), ['Ủy ban nhân dân tỉnh Gia Lai', 'Sở Văn hóa, Thể thao và Du lịch']);
  const glued = '3. Kết quả\nĐã tuyên truyền.\n\n4.Kiến nghị\n- Đề nghị Công an tỉnh tập huấn phòng chống lừa đảo.\n';
  assert.deepEqual(recs(glued), ['Công an tỉnh']);
});

test('recommendations: a department keeps the level word written after it, also when OCR misread "Sở"', () => {
  const body = 'IV. KIẾN NGHỊ\n1. SG Khoa học và Công nghệ thành phố sớm cấp tài khoản trợ lý ảo cho phường.\n2. Sở Nội vụ tỉnh bổ sung biên chế.\n';
  assert.deepEqual(recs(body), ['Sở Khoa học và Công nghệ thành phố', 'Sở Nội vụ tỉnh']);
});

test('difficulties: a comma inside one phrase adds no theme; a comma before a second statement does', () => {
  // Listing: the objects of "kinh phí" and the targets of the fraud are parts of one statement.
  assert.deepEqual(themes('II. KHÓ KHĂN\n- Kinh phí mua sắm, sửa chữa loa truyền thanh còn thiếu.\n'), ['funding']);
  assert.deepEqual(themes('II. KHÓ KHĂN\n- Các hình thức lừa đảo nhắm vào học sinh, người cao tuổi ngày càng tinh vi.\n'), ['cyber_safety']);
  // Two statements: the first already states a problem, or the second opens with a lack.
  assert.deepEqual(themes('II. KHÓ KHĂN\n- Máy tính ở bộ phận một cửa đã xuống cấp, kinh phí thay thế chưa có.\n'), ['equipment', 'funding']);
  assert.deepEqual(themes('II. KHÓ KHĂN\n- Nhiều thiết bị của đài truyền thanh đã cũ, chưa có kinh phí thay thế.\n'), ['equipment', 'funding']);
});

test('difficulties: a cue inside a place phrase ("ở vùng sâu") yields to the problem named', () => {
  assert.deepEqual(themes('II. KHÓ KHĂN\n- Nhiều hộ ở vùng sâu chưa được phủ sóng, đường truyền internet yếu.\n'), ['infrastructure']);
  // Without another cue the place is the difficulty.
  assert.deepEqual(themes('II. KHÓ KHĂN\n- Nhiều hộ gia đình ở vùng sâu chưa được tuyên truyền đầy đủ.\n'), ['geography']);
});

test('recommendations: any provincial department or body led by its name; a province closes a long name with commas', () => {
  const body = [
    'IV. KIẾN NGHỊ',
    '1. Sở Xây dựng tỉnh hướng dẫn lắp đặt cột loa tại khu dân cư mới.',
    '2. Đề nghị Sở Công Thương tỉnh Hà Tĩnh chủ trì, phối hợp với các sàn thương mại điện tử tập huấn cho hộ kinh doanh.',
    '3. Đề nghị Ban Chỉ đạo về khoa học, công nghệ và chuyển đổi số tỉnh Gia Lai ban hành hướng dẫn cho cấp xã.',
    '4. Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên phối hợp tuyên truyền tại các bản giáp biên.',
    '5. Đề nghị Sở Y tế phối hợp với Ủy ban nhân dân tỉnh Cao Bằng tổ chức tập huấn sổ sức khỏe điện tử.',
  ].join('\n');
  assert.deepEqual(recs(body), [
    'Sở Xây dựng tỉnh',
    'Sở Công Thương tỉnh Hà Tĩnh',
    'Ban Chỉ đạo về khoa học, công nghệ và chuyển đổi số tỉnh Gia Lai',
    'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên',
    // The province of a partner named after "phối hợp với" is not the addressee's.
    'Sở Y tế',
  ]);
  // OCR dropped the heading's last letter ("4.Kiếnngh").
  assert.deepEqual(recs('3. Khó khăn\nThiếu kinh phí.\n\n4.Kiếnngh\n- Đề nghị Sở Tư pháp hướng dẫn chứng thực điện tử.\n'), ['Sở Tư pháp']);
});

test('recommendations: a lower-case word after the province ends the name; a body kind keeps its spelling', () => {
  const body = [
    'IV. KIẾN NGHỊ',
    '- Đề nghị Sở Khoa học và Công nghệ tỉnh Phú Thọ làm việc với nhà mạng để phủ sóng các xóm.',
    // As the repair may leave it after OCR: "Bản" for "Ban".
    '- Đề nghị Bản Chỉ đạo chuyển đổi số tỉnh Phú Thọ sớm ban hành quy chế mẫu.',
  ].join('\n');
  assert.deepEqual(recs(body), ['Sở Khoa học và Công nghệ tỉnh Phú Thọ', 'Ban Chỉ đạo chuyển đổi số tỉnh Phú Thọ']);
});

test('difficulties: a lettered label "b) Tồn tại, hạn chế:" opens the section, and the next lettered label ends it', () => {
  const body = [
    'II. ĐÁNH GIÁ CHUNG',
    'a) Kết quả nổi bật: đã lắp thêm 03 cụm loa.',
    'b) Tồn tại, hạn chế:',
    '- Ngân sách dành cho chuyển đổi số còn ít.',
    '- Máy tính ở bộ phận một cửa đã cũ.',
    'c) Ưu điểm:',
    '- Địa bàn rộng nhưng cán bộ đã đến từng thôn.',
    '',
    'III. KIẾN NGHỊ',
  ].join('\n');
  assert.deepEqual(themes(body), ['funding', 'equipment']);
});

test('difficulties: an unnumbered label "Những mặt còn hạn chế" and one paragraph of several sentences', () => {
  const body = [
    'I. KẾT QUẢ',
    'Đã tổ chức 04 lớp tập huấn.',
    '',
    'Những mặt còn hạn chế',
    'Đường truyền internet ở hai thôn ven sông thường gián đoạn. Kinh phí mua sắm thiết bị chưa được cấp. Một bộ phận người dân chưa quen dùng dịch vụ công trực tuyến.',
    '',
    'II. PHƯƠNG HƯỚNG',
  ].join('\n');
  assert.deepEqual(themes(body), ['infrastructure', 'funding', 'elderly_access']);
});

test('difficulties: a label that goes on after its colon, and "Một là / Hai là" points', () => {
  const body = [
    'I. KẾT QUẢ',
    'Đã tuyên truyền trên loa truyền thanh.',
    '',
    'Khó khăn, vướng mắc: Một là, địa hình chia cắt, nhiều thôn cách xa trung tâm. Hai là, đội ngũ làm công tác chuyển đổi số chủ yếu kiêm nhiệm. Ba là, tài liệu tuyên truyền bằng tiếng dân tộc còn ít.',
    '',
    'II. KIẾN NGHỊ',
  ].join('\n');
  assert.deepEqual(themes(body), ['geography', 'staffing', 'materials']);
});

test('difficulties: a table of difficulties gives one theme per row, not the header', () => {
  const body = [
    'III. KHÓ KHĂN, VƯỚNG MẮC',
    'STT | Khó khăn | Nguyên nhân',
    '1 | Sóng điện thoại chập chờn ở khu vực đồi chè | Chưa có trạm phát sóng',
    '2 | Cụm loa ở thôn Bãi Sậy hư hỏng | Thiết bị lắp từ lâu',
    '3 | Tin nhắn lừa đảo nhắm vào hộ kinh doanh | Người dân thiếu cảnh giác',
    '',
    'IV. KIẾN NGHỊ',
  ].join('\n');
  assert.deepEqual(themes(body), ['infrastructure', 'equipment', 'cyber_safety']);
});

test('difficulties: a sentence that only mentions "hạn chế" opens no section', () => {
  const body = [
    'I. KẾT QUẢ',
    'Tuy nhiên, vẫn còn hạn chế',
    'Kinh phí tổ chức hội thi do xã hội hóa.',
    '',
    'II. PHƯƠNG HƯỚNG',
  ].join('\n');
  assert.deepEqual(themes(body), []);
});

test('difficulties: wordings of each theme beyond the first cues', () => {
  const body = [
    'III. TỒN TẠI, HẠN CHẾ',
    '- Dự toán chi cho truyền thông số chưa được giao riêng.',
    '- Đội ngũ công chức văn hóa mới tuyển, còn thiếu kinh nghiệm.',
    '- Đồng bào ở các xóm xa chưa biết sử dụng ứng dụng VNeID.',
    '- Khu dân cư mới chưa được kéo cáp quang, thường mất sóng.',
    '- Cơ sở vật chất của nhà văn hóa thôn xuống cấp.',
    '- Hình thức tuyên truyền chưa đa dạng, chủ yếu qua loa.',
    '- Tin giả, thông tin xấu độc lan truyền trên mạng xã hội.',
    '- Mùa lũ thường sạt lở đường, dân cư phân tán.',
    '',
    'IV. KIẾN NGHỊ',
  ].join('\n');
  assert.deepEqual(themes(body), ['funding', 'staffing', 'elderly_access', 'infrastructure', 'equipment', 'materials', 'cyber_safety', 'geography']);
});

test('recommendations: "Kiến nghị với cấp trên", "Kính đề nghị …" and a state company', () => {
  const body = [
    'IV. KIẾN NGHỊ VỚI CẤP TRÊN',
    '1. Kính đề nghị Ủy ban nhân dân tỉnh quan tâm bố trí kinh phí lắp đặt loa thông minh.',
    '2. Đề nghị VNPT Quảng Trị mở rộng vùng phủ sóng cáp quang đến các thôn.',
    '3. Đề nghị Viettel Quảng Trị lắp đặt trạm phát sóng tại khu vực đồi.',
  ].join('\n');
  assert.deepEqual(recs(body), ['Ủy ban nhân dân tỉnh', 'VNPT Quảng Trị', 'Viettel Quảng Trị']);
});

test('recommendations: "Đối với UBND tỉnh:" with the request on the same line, and under an unnumbered label', () => {
  const body = [
    'I. KẾT QUẢ',
    'Đã tuyên truyền.',
    '',
    'Kiến nghị, đề xuất:',
    'Đối với UBND tỉnh: quan tâm hỗ trợ kinh phí mua máy tính cho bộ phận một cửa.',
    'Đối với Sở Nội vụ:',
    '- Bổ sung một biên chế công chức phụ trách chuyển đổi số.',
    '',
    'Nơi nhận:',
  ].join('\n');
  assert.deepEqual(recs(body), ['Ủy ban nhân dân tỉnh', 'Sở Nội vụ']);
});

test('recommendations: two addressees of one request give one recommendation each', () => {
  const body = 'III. ĐỀ XUẤT\n- Đề nghị Sở Tài chính và Sở Khoa học và Công nghệ hướng dẫn mua sắm thiết bị.\n- Đề nghị Viettel Gia Lai, VNPT Gia Lai phối hợp phủ sóng thôn Bờ Ngoong.\n';
  assert.deepEqual(recs(body), ['Sở Tài chính', 'Sở Khoa học và Công nghệ', 'Viettel Gia Lai', 'VNPT Gia Lai']);
});

test('recommendations: a reply letter answers point by point, the request after the point\'s colon', () => {
  const text = [
    'ỦY BAN NHÂN DÂN',
    'XÃ HÒA BÌNH',
    'Số: 15/UBND-VHXH',
    'V/v báo cáo kết quả triển khai Nghị quyết 57',
    '',
    'Kính gửi: Sở Khoa học và Công nghệ tỉnh.',
    '',
    'Ủy ban nhân dân xã báo cáo như sau:',
    '1. Về công tác tuyên truyền: đã phát 20 tin trên loa truyền thanh.',
    '2. Về khó khăn: máy tính của bộ phận một cửa đã cũ.',
    '3. Về kiến nghị, đề xuất: đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn cho tổ công nghệ số cộng đồng.',
    '',
    'Nơi nhận:',
    '- Như trên;',
  ].join('\n');
  assert.deepEqual(extractFromText(text).recommendations.map((r) => r.to), ['Sở Khoa học và Công nghệ']);
});

test('recommendations: "kính đề nghị" in the closing paragraph, outside any section', () => {
  const body = [
    'I. KẾT QUẢ',
    'Đã lắp đặt 05 cụm loa thông minh.',
    '',
    'Trên đây là báo cáo kết quả thực hiện của Ủy ban nhân dân xã, kính đề nghị Sở Khoa học và Công nghệ quan tâm hỗ trợ tập huấn./.',
  ].join('\n');
  assert.deepEqual(recs(body), ['Sở Khoa học và Công nghệ']);
});

test('difficulties: a reply letter\'s point "Về khó khăn:" with its items after the colon', () => {
  const body = [
    'Ủy ban nhân dân xã báo cáo như sau:',
    '1. Về kết quả: đã tổ chức 03 hội nghị.',
    '2. Về khó khăn, vướng mắc: kinh phí mua loa chưa được cấp; sóng điện thoại ở hai thôn chập chờn.',
    '3. Về đề xuất: đề nghị Sở Tài chính bố trí kinh phí.',
  ].join('\n');
  assert.deepEqual(themes(body), ['funding', 'infrastructure']);
});

test('recommendations: under "Đối với …", a request naming its own addressee goes to that body', () => {
  const body = [
    'III. KIẾN NGHỊ',
    'Đối với Sở Khoa học và Công nghệ:',
    '- Tổ chức tập huấn cho tổ công nghệ số cộng đồng.',
    '- Đề nghị Viettel Phú Thọ lắp đặt thêm trạm phát sóng ở khu vực đồi.',
    '- Đề nghị bố trí thêm tài liệu tuyên truyền.',
  ].join('\n');
  assert.deepEqual(report(body).recommendations.map((r) => r.to), ['Sở Khoa học và Công nghệ', 'Viettel Phú Thọ', 'Sở Khoa học và Công nghệ']);
});

test('sections introduced by a sentence ending in a colon, also when OCR wrapped it', () => {
  const body = [
    'I. KẾT QUẢ',
    'Đã tổ chức 05 buổi tuyên truyền lưu động.',
    'Tuy nhiên, quá trình triển khai vẫn còn một số khó khăn, hạn chế như sau:',
    '- Kinh phí cho tổ công nghệ số cộng đồng chưa có.',
    '- Nhiều thôn chưa có sóng 4G ổn định.',
    'Ủy ban nhân dân xã có một số kiến nghị, đề xuất',
    'sau:',
    '- Đề nghị Sở Tài chính bố trí kinh phí cho tổ công nghệ số.',
    '',
    'Nơi nhận:',
  ].join('\n');
  assert.deepEqual(themes(body), ['funding', 'infrastructure']);
  assert.deepEqual(recs(body), ['Sở Tài chính']);
  // A sentence that mentions the words but does not end with them opens nothing.
  const mention = 'I. KẾT QUẢ\nĐã khắc phục khó khăn về kinh phí bằng các nguồn sau:\n- Ngân sách xã cấp 20 triệu đồng.\n';
  assert.deepEqual(themes(mention), []);
});

test('recommendations: one pattern for a request — "kính kiến nghị" outside the section, "; kính đề nghị" starts a second request, a person named Khánh asks nothing', () => {
  const closing = [
    'I. KẾT QUẢ',
    'Đã mở 04 lớp tập huấn kỹ năng số.',
    '',
    'Trên đây là báo cáo của Ủy ban nhân dân phường, kính kiến nghị Sở Nội vụ xem xét bổ sung biên chế công chức./.',
  ].join('\n');
  assert.deepEqual(recs(closing), ['Sở Nội vụ']);
  const two = 'III. KIẾN NGHỊ\nĐề nghị Ủy ban nhân dân tỉnh quan tâm hỗ trợ kinh phí mua máy tính; kính đề nghị Bưu điện tỉnh Lâm Đồng hỗ trợ người dân nộp hồ sơ trực tuyến.\n';
  const got = report(two).recommendations;
  assert.deepEqual(got.map((r) => r.to), ['Ủy ban nhân dân tỉnh', 'Bưu điện tỉnh Lâm Đồng']);
  // Each request keeps its own words: the first ends at the semicolon.
  assert.ok(!got[0]?.text.includes('Bưu điện'), got[0]?.text);
  const person = 'I. KẾT QUẢ\nTại buổi làm việc, đồng chí Khánh đề nghị Sở Tài chính hướng dẫn thủ tục thanh toán.\n';
  assert.deepEqual(recs(person), []);
});

test('difficulties: lettered items on consecutive lines (no bullet, no blank line) are one item each', () => {
  const body = [
    '3. Khó khăn, hạn chế',
    'a) Người cao tuổi ở các thôn chưa biết sử dụng điện thoại thông minh, còn ngại giao dịch trên mạng.',
    'b) Kinh phí cho tuyên truyền còn ít, chưa đáp ứng yêu cầu.',
    'c) Một số cụm loa đã hư hỏng.',
    '',
    '4. Kiến nghị',
    'đ) Đề nghị Sở Tài chính bố trí kinh phí thay loa.',
  ].join('\n');
  const d = report(body).difficulties;
  assert.deepEqual(d.map((x) => x.theme), ['elderly_access', 'funding', 'equipment']);
  // The letter is the item's mark, not part of its text.
  assert.match(d[1]!.text, /^Kinh phí/);
  assert.deepEqual(recs(body), ['Sở Tài chính']);
});

test('recommendations: under a heading for several bodies, an item led by a body name goes to that body', () => {
  const body = [
    'IV. KIẾN NGHỊ',
    '1. Đối với Ủy ban nhân dân tỉnh:',
    '- Quan tâm bố trí kinh phí nâng cấp đài truyền thanh.',
    '2. Đối với các sở, ngành:',
    '- Sở Nội vụ bổ sung biên chế công chức phụ trách chuyển đổi số.',
    '- Ban hành hướng dẫn thống nhất về biểu mẫu báo cáo.',
  ].join('\n');
  // "Ban hành" is a verb: that item stays with the heading's bodies.
  assert.deepEqual(recs(body), ['Ủy ban nhân dân tỉnh', 'Sở Nội vụ', 'các sở, ngành']);
});

test('recommendations: a body whose name has commas of its own is named whole', () => {
  const body = 'III. KIẾN NGHỊ\nỦy ban nhân dân xã đề nghị Trung tâm Văn hóa, Thể thao và Truyền thông tỉnh hỗ trợ biên tập các bản tin.\n';
  assert.deepEqual(recs(body), ['Trung tâm Văn hóa, Thể thao và Truyền thông tỉnh']);
});

test('recommendations: "Với A và B:", a sub-heading whose own request names the body, the commune itself left out', () => {
  const body = [
    'V. KIẾN NGHỊ',
    '1. Với Viettel Lai Châu và VNPT Lai Châu: lắp thêm trạm phát sóng tại các bản vùng cao.',
    '2. Đối với Trung ương: đề nghị Bộ Khoa học và Công nghệ ban hành bộ chỉ số chuyển đổi số cấp xã.',
    '3. Đối với xã: tiếp tục kiện toàn tổ công nghệ số cộng đồng.',
    '',
    'Xã không có kiến nghị về kinh phí. Về chuyên môn, đề nghị Thành phố tổ chức tập huấn cho công chức.',
  ].join('\n');
  assert.deepEqual(recs(body), ['Viettel Lai Châu', 'VNPT Lai Châu', 'Bộ Khoa học và Công nghệ', 'Ủy ban nhân dân thành phố']);
});

test('recommendations: a table with a column for the body asked, and items led by the body and a colon', () => {
  const table = ['IV. KIẾN NGHỊ', '| STT | Nội dung kiến nghị | Cơ quan tiếp nhận |', '|---|---|---|', '| 1 | Cấp bổ sung máy tính cho bộ phận một cửa | Sở Tài chính |', '| 2 | Tập huấn phòng, chống lừa đảo | Công an tỉnh |'].join('\n');
  assert.deepEqual(recs(table), ['Sở Tài chính', 'Công an tỉnh']);
  const led = ['III. ĐỀ XUẤT', 'Ủy ban nhân dân xã kính đề nghị:', '- Sở Nội vụ: bổ sung biên chế công chức chuyển đổi số.', '- Báo và Phát thanh, Truyền hình tỉnh: dành thời lượng giới thiệu mô hình hay.'].join('\n');
  assert.deepEqual(recs(led), ['Sở Nội vụ', 'Báo và Phát thanh, Truyền hình tỉnh']);
  assert.deepEqual(recs('V. KIẾN NGHỊ\nPhường không có đề xuất, kiến nghị. Trong thời gian tới, Ủy ban nhân dân phường tiếp tục chỉ đạo tuyên truyền.\n'), []);
});

test('difficulties: a spaced table without numbers, a list introduced at the end of a paragraph, a problem stated as solved', () => {
  const table = ['II. KHÓ KHĂN', 'Nội dung                 Thực trạng', 'Thiết bị                 Hai máy tính ở bộ phận một cửa đã hỏng', 'Nhân lực                 Chưa có công chức chuyên trách'].join('\n');
  assert.deepEqual(themes(table), ['equipment', 'staffing']);
  const intro = ['III. ĐÁNH GIÁ CHUNG', 'Công tác tuyên truyền được triển khai đồng bộ. Tuy vậy, vẫn còn những hạn chế nhất định, cụ thể như sau:', 'Thứ nhất, kinh phí cho tuyên truyền còn ít.', 'Thứ hai, xuất hiện trang web giả mạo cổng dịch vụ công.'].join('\n');
  assert.deepEqual(themes(intro), ['funding', 'cyber_safety']);
  const solved = 'IV. KHÓ KHĂN, VƯỚNG MẮC\nKhông có khó khăn, vướng mắc phát sinh. Hệ thống loa truyền thanh đã được đầu tư mới.\n';
  assert.deepEqual(themes(solved), []);
});

test('a report without headings: a paragraph announcing its difficulties, then a request paragraph led by the commune', () => {
  const body = [
    'Trong năm, xã đã tổ chức 12 buổi tuyên truyền.',
    '',
    'Bên cạnh kết quả đạt được, công tác tuyên truyền còn một số khó khăn. Kinh phí cho tuyên truyền chưa được bố trí riêng. Nhiều người cao tuổi chưa dùng được điện thoại thông minh.',
    '',
    'Từ thực tiễn trên, Ủy ban nhân dân xã kiến nghị Sở Tài chính bố trí kinh phí riêng; đồng thời đề nghị Công an tỉnh tuyên truyền phòng, chống lừa đảo.',
    '',
    'Ủy ban nhân dân xã đã đề nghị Viettel lắp trạm phát sóng mới.',
  ].join('\n');
  assert.deepEqual(themes(body), ['funding', 'elderly_access']);
  // "đã đề nghị" tells what was done: no request.
  assert.deepEqual(recs(body), ['Sở Tài chính', 'Công an tỉnh']);
});

test('recommendations: lettered items "a) Đề xuất với …:", "b) Kiến nghị …:"; a two-column table of difficulties whose rows may open like its header', () => {
  const body = ['IV. ĐỀ XUẤT, KIẾN NGHỊ', 'a) Đề xuất với Ủy ban nhân dân tỉnh Cà Mau: bố trí kinh phí nâng cấp đài truyền thanh.', 'b) Kiến nghị Sở Khoa học và Công nghệ tỉnh Cà Mau: tổ chức tập huấn cho cán bộ xã.'].join('\n');
  assert.deepEqual(recs(body), ['Ủy ban nhân dân tỉnh Cà Mau', 'Sở Khoa học và Công nghệ tỉnh Cà Mau']);
  const table = ['III. KHÓ KHĂN', '| Khó khăn | Nguyên nhân |', '|---|---|', '| Nội dung tuyên truyền còn chung chung | Thiếu người biên tập |', '| Kinh phí hạn hẹp | Ngân sách xã ít |'].join('\n');
  assert.deepEqual(themes(table), ['materials', 'funding']);
});
