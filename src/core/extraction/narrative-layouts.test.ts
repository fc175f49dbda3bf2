// Difficulties and recommendations in layouts the tune reports lack (the engineer-made sections
// bank narrative-layouts.json). Every sentence here was written for this test; each rule has a
// case it reads and a near miss it must leave alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFromText } from './extract.ts';

const report = (body: string) => extractFromText(`BÁO CÁO\nKết quả thử nghiệm\n\n${body}\n`);
const recs = (body: string) => report(body).recommendations.map((r) => r.to);
const themes = (body: string) => [...new Set(report(body).difficulties.map((d) => d.theme))].sort();

// ---- difficulties ------------------------------------------------------------------------------

test('difficulties: a heading of difficulties and requests is read up to the requests; one naming the requests first is not', () => {
  const mixed = '4. Về khó khăn và đề xuất, kiến nghị\n- Khó khăn: kinh phí còn hạn hẹp; đội ngũ cán bộ mỏng.\n- Đề xuất, kiến nghị: đề nghị Sở Tài chính hỗ trợ thêm thiết bị.\n';
  assert.deepEqual(themes(mixed), ['funding', 'staffing']);
  const requests = 'IV. KIẾN NGHỊ THÁO GỠ KHÓ KHĂN\n- Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí sửa chữa loa.\n';
  assert.deepEqual(themes(requests), []);
});

test('difficulties: a question of a point-by-point answer heads its answer', () => {
  const body = 'Câu 3. Những khó khăn, vướng mắc của địa phương?\nTrả lời: Sóng internet ở hai khu dân cư còn yếu; kinh phí còn thiếu.\n';
  assert.deepEqual(themes(body), ['funding', 'infrastructure']);
  // (A question on results is no section of difficulties.)
  assert.deepEqual(themes('Câu 2. Kết quả tuyên truyền?\nTrả lời: 12 cụm loa hoạt động ổn định, kinh phí bảo đảm.\n'), []);
});

test('difficulties: "… còn một số khó khăn như:" announces the difficulties after it; "kết quả như:" does not', () => {
  const body = 'II. KẾT QUẢ\nXã đã tổ chức nhiều hoạt động. Tuy nhiên, việc triển khai còn một số khó khăn như: thiếu kinh phí, máy tính đã cũ, địa bàn chia cắt.\n';
  assert.deepEqual(themes(body), ['equipment', 'funding', 'geography']);
  const near = 'II. KẾT QUẢ\nXã đã đạt nhiều kết quả như: bố trí kinh phí kịp thời, thay mới máy tính, mở rộng địa bàn tuyên truyền.\n';
  assert.deepEqual(themes(near), []);
});

test('difficulties: "và" or "đồng thời" joins a second statement after a problem, not parts of one phrase', () => {
  assert.deepEqual(themes('III. HẠN CHẾ\n- Kinh phí còn thiếu và đội ngũ cán bộ phụ trách chưa được đào tạo.\n'), ['funding', 'staffing']);
  assert.deepEqual(themes('III. HẠN CHẾ\n- Kinh phí sửa chữa loa và máy tính còn thiếu.\n'), ['funding']);
  assert.deepEqual(themes('III. HẠN CHẾ\n- Nhiều cụm loa chưa được sửa chữa, đồng thời tình trạng lừa đảo qua mạng còn nhiều.\n'), ['cyber_safety', 'equipment']);
});

test('difficulties: a cause after "do" states a second difficulty when it names a problem of its own', () => {
  assert.deepEqual(themes('III. KHÓ KHĂN\nNgười dân còn khó tiếp cận dịch vụ trực tuyến do sóng điện thoại yếu.\n'), ['elderly_access', 'infrastructure']);
  assert.deepEqual(themes('III. KHÓ KHĂN\nNhiều cụm loa bị hư hỏng do thiên tai.\n'), ['equipment']);
  // ("tự do" is no cause.)
  assert.deepEqual(themes('III. KHÓ KHĂN\nNhiều lao động tự do chưa biết sử dụng ứng dụng.\n'), ['elderly_access']);
});

test('difficulties: points "1) … 2) …" of one paragraph are read one by one', () => {
  const body = '3. Khó khăn\n1) Kinh phí còn hạn hẹp.\n2) Hình thức tuyên truyền còn đơn điệu, chủ yếu qua loa truyền thanh.\n';
  assert.deepEqual(themes(body), ['funding', 'materials']);
});

test('difficulties: the sentence introducing the list is no item, a label going on after its colon is', () => {
  const body = 'III. VỀ KHÓ KHĂN\nỦy ban nhân dân xã báo cáo khó khăn như sau:\n1. Kinh phí: chưa được bố trí riêng.\n';
  assert.deepEqual(themes(body), ['funding']);
});

test("difficulties: officials' attitude is no staffing difficulty; their skills are", () => {
  assert.deepEqual(themes('IV. HẠN CHẾ\n- Một số cán bộ, công chức chưa thực sự quan tâm, còn ngại đổi mới.\n'), []);
  assert.deepEqual(themes('IV. HẠN CHẾ\n- Một số công chức còn ngại đổi mới, trình độ chuyên môn hạn chế.\n'), ['staffing']);
});

test('difficulties: "bộ phận chuyên môn" names units, a lack of expertise is staffing', () => {
  assert.deepEqual(themes('IV. HẠN CHẾ\n- Sự phối hợp giữa các bộ phận chuyên môn chưa chặt chẽ.\n'), []);
  assert.deepEqual(themes('IV. HẠN CHẾ\n- Công chức còn thiếu chuyên môn về công nghệ thông tin.\n'), ['staffing']);
});

test('difficulties: the heading as the English-model OCR reads it ("Khé khan, vudng mac")', () => {
  assert.deepEqual(themes('c) Khé khan, vudng mac\n- Kinh phi con han ché.\n'), ['funding']);
  assert.deepEqual(themes('c) Khe suối chia cắt các thôn\n- Kinh phi con han ché.\n'), []);
});

test('difficulties: cues "nguồn lực đầu tư", "e ngại", "chưa được tập huấn"', () => {
  assert.deepEqual(themes('III. KHÓ KHĂN\n- Nguồn lực đầu tư cho chuyển đổi số còn hạn chế.\n'), ['funding']);
  assert.deepEqual(themes('III. KHÓ KHĂN\n- Người dân tại các thôn còn e ngại khi nộp hồ sơ trực tuyến.\n'), ['elderly_access']);
  assert.deepEqual(themes('III. KHÓ KHĂN\n- Các thành viên tổ mới thành lập, chưa được tập huấn.\n'), ['staffing']);
  // (A resource in general names no theme.)
  assert.deepEqual(themes('III. KHÓ KHĂN\n- Nguồn lực còn hạn chế.\n'), []);
});

// ---- recommendations -----------------------------------------------------------------------------

test('recommendations: "đề xuất <body>" asks that body; a proposal of the commune names none', () => {
  assert.deepEqual(recs('III. ĐỀ XUẤT\nXã đề xuất UBND tỉnh hỗ trợ kinh phí lắp đặt loa.\n'), ['Ủy ban nhân dân tỉnh']);
  assert.deepEqual(recs('III. ĐỀ XUẤT\nĐề xuất giải pháp tăng cường tuyên truyền trong thời gian tới.\n'), []);
});

test('recommendations: "; đồng thời đề nghị B" is a second request', () => {
  const body = 'IV. KIẾN NGHỊ\nĐề nghị Sở Tài chính hướng dẫn thủ tục thanh toán; đồng thời đề nghị Sở Nội vụ bổ sung biên chế.\n';
  assert.deepEqual(recs(body), ['Sở Tài chính', 'Sở Nội vụ']);
  assert.deepEqual(recs('IV. KIẾN NGHỊ\nĐề nghị Sở Tài chính hướng dẫn thủ tục; đồng thời xã tiếp tục rà soát hồ sơ.\n'), ['Sở Tài chính']);
});

test('recommendations: a purpose before "UBND xã đề nghị"; without that subject a long opening introduces the bodies below', () => {
  const body = 'IV. KIẾN NGHỊ\nĐể nâng cao hiệu quả tuyên truyền và phòng chống lừa đảo trực tuyến, UBND xã đề nghị UBND tỉnh, Sở KH&CN và Công an tỉnh tăng cường hỗ trợ.\n';
  assert.deepEqual(recs(body), ['Ủy ban nhân dân tỉnh', 'Sở Khoa học và Công nghệ', 'Công an tỉnh']);
  const intro =
    'IV. KIẾN NGHỊ\nNhằm giúp xã làm tốt việc truyền thông trong năm tới và các năm sau nữa, đề nghị Ủy ban nhân dân tỉnh giao các sở giúp xã những việc dưới đây:\n- Sở Tài chính: hướng dẫn nội dung chi.\n';
  assert.deepEqual(recs(intro), ['Sở Tài chính']);
});

test('recommendations: one body singled out of a group ("đặc biệt là Sở …"); the group alone is no addressee', () => {
  assert.deepEqual(recs('IV. KIẾN NGHỊ\nĐề nghị các cơ quan cấp tỉnh, đặc biệt là Sở Nội vụ, quan tâm hỗ trợ xã.\n'), ['Sở Nội vụ']);
  assert.deepEqual(recs('IV. KIẾN NGHỊ\nĐề nghị các cơ quan cấp tỉnh quan tâm hỗ trợ xã.\n'), []);
});

test("recommendations: an item led by a body's name asks it; the commune's own units and villages are none", () => {
  assert.deepEqual(recs('IV. KIẾN NGHỊ\n1. UBND tỉnh hỗ trợ kinh phí.\n2. Bưu điện tỉnh hỗ trợ người dân đưa nông sản lên sàn.\n'), ['Ủy ban nhân dân tỉnh', 'Bưu điện tỉnh']);
  assert.deepEqual(recs('IV. KIẾN NGHỊ\n1. Trung tâm Văn hóa xã tiếp tục phát thanh.\n'), []);
  const own = 'V. ĐỀ XUẤT\n1. Đối với các khu dân cư: duy trì phát thanh.\n2. Đối với Phòng Văn hóa - Xã hội: xây dựng chuyên mục.\n3. Đối với Sở Văn hóa, Thể thao và Du lịch: cấp pa nô.\n';
  assert.deepEqual(recs(own), ['Sở Văn hóa, Thể thao và Du lịch']);
  assert.deepEqual(recs('V. ĐỀ XUẤT\n1. Đề xuất\nXã sẽ tiếp tục rà soát thành viên các tổ.\n'), []);
});

test('recommendations: "Số" before a capital starts a second addressee (Sở as the OCR repair may spell it)', () => {
  assert.deepEqual(recs('IV. KIẾN NGHỊ\nĐề nghị UBND tỉnh, Số KH&CN hỗ trợ xã.\n'), ['Ủy ban nhân dân tỉnh', 'Sở Khoa học và Công nghệ']);
  assert.deepEqual(recs('IV. KIẾN NGHỊ\nĐề nghị UBND tỉnh bổ sung kinh phí, số lượng loa còn thiếu.\n'), ['Ủy ban nhân dân tỉnh']);
});

test("recommendations: a steering board's long name closed by its bare level, when a verb follows it", () => {
  const body = 'IV. KIẾN NGHỊ\nĐề nghị Ban Chỉ đạo chuyển đổi số, đổi mới sáng tạo và an toàn thông tin Thành phố quan tâm hướng dẫn.\n';
  assert.deepEqual(recs(body), ['Ban Chỉ đạo chuyển đổi số, đổi mới sáng tạo và an toàn thông tin Thành phố']);
  assert.deepEqual(recs('IV. KIẾN NGHỊ\nĐề nghị Ban Chỉ đạo hướng dẫn các xã, thành phố sớm tổng kết.\n'), ['Ban Chỉ đạo']);
});

test('recommendations: a request word twice (a heading run into its line); "tham mưu" ends a name, "giáo" does not', () => {
  assert.deepEqual(recs('3. Kiến nghị\nĐề nghị Sở KH&CN sớm ban hành tài liệu.\n'), ['Sở Khoa học và Công nghệ']);
  assert.deepEqual(recs('IV. KIẾN NGHỊ\nKiến nghị Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí.\n'), ['Sở Tài chính']);
  assert.deepEqual(recs('IV. KIẾN NGHỊ\nĐề nghị Ban Tôn giáo tỉnh biên soạn tài liệu.\n'), ['Ban Tôn giáo tỉnh']);
});
