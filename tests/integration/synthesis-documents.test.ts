// Documents out: the synthesis DOCX carries the Decree 30 elements (read back from the file's
// XML and with mammoth), the XLSX annex has one sheet per indicator group and one row per unit
// (read back with exceljs), a commune's report exports in the same layout, and the CLI leaves
// no file behind when it fails and writes each export to the audit log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import mammoth from 'mammoth';
import ExcelJS from 'exceljs';
import { useTestDb } from '../support/test-db.ts';
import { makeUser } from '../support/factories.ts';
import { buildRound, type RoundFixture } from '../support/synthesis-fixture.ts';
import { synthesize, type Synthesis } from '#src/core/synthesis/synthesis.ts';
import { synthesisDocument } from '#src/documents/synthesis.document.ts';
import { renderDecree30Docx } from '#src/documents/decree30.docx.ts';
import { renderSynthesisXlsx, sheetName } from '#src/documents/synthesis.xlsx.ts';
import { communeReportDocument } from '#src/documents/report.document.ts';
import { docxToPdf } from '#src/documents/pdf.converter.ts';
import { isAppError } from '#src/errors.ts';
import { openPglite } from '#src/storage/db.ts';
import { listAudit } from '#src/storage/audit.repository.ts';

let round: RoundFixture;
let s: Synthesis;
const t = useTestDb(async (t) => {
  round = await buildRound(t.db, 'doc');
  s = await synthesize(t.db, round.analyst, { requestId: round.requestId });
});

function zipEntry(buf: Buffer, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      zip.on('entry', (e: yauzl.Entry) => {
        if (e.fileName !== name) return zip.readEntry();
        zip.openReadStream(e, (err2, stream) => {
          if (err2 || !stream) return reject(err2 ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        });
      });
      zip.on('end', () => reject(new Error(`${name} not in archive`)));
      zip.readEntry();
    });
  });
}

/** The text of a WordprocessingML fragment, paragraph by paragraph. */
const textOf = (xml: string) => xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).filter(Boolean);

test('the synthesis DOCX has the Decree 30 layout: header table with issuing body and motto, number, place and date, type, subject, recipients, signature', async () => {
  const buf = await renderDecree30Docx(synthesisDocument(s, { date: '2025-12-09' }));
  const xml = await zipEntry(buf, 'word/document.xml');
  // A4 portrait; margins top/bottom 20 mm, left 30 mm, right 15 mm (in twips).
  assert.equal(/<w:pgSz [^>]*>/.exec(xml)?.[0], '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
  assert.match(/<w:pgMar [^>]*>/.exec(xml)?.[0] ?? '', /w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  // The header is the first table: issuing body on the left, national motto on the right.
  const firstTable = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
  const header = textOf(firstTable);
  assert.deepEqual(header.slice(0, 5), ['UBND THÀNH PHỐ HẢI PHÒNG', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số:        /BC-SKHCN']);
  assert.equal(header[5], 'Hải Phòng, ngày 09 tháng 12 năm 2025');
  // Issuing body bold; place and date italic; Times New Roman throughout.
  const runOf = (text: string) => firstTable.split('<w:r>').find((r) => r.includes(`>${text}<`)) ?? '';
  assert.ok(runOf('SỞ KHOA HỌC VÀ CÔNG NGHỆ').includes('<w:b/>'), 'issuing body not bold');
  assert.ok(runOf('Hải Phòng, ngày 09 tháng 12 năm 2025').includes('<w:i/>'), 'place and date not italic');
  assert.ok(xml.includes('w:ascii="Times New Roman"'));
  assert.ok(!/w:ascii="(?!Times New Roman)/.test(xml), 'a run in another font');
  const paragraphs = textOf(xml);
  assert.ok(paragraphs.includes('BÁO CÁO'));
  assert.ok(paragraphs.some((p) => p.startsWith('Tổng hợp kết quả tuyên truyền, phổ biến Nghị quyết số 57-NQ/TW trên địa bàn thành phố Hải Phòng')));
  assert.ok(paragraphs.includes('Nơi nhận:'));
  assert.ok(paragraphs.includes('GIÁM ĐỐC'));
  // Page numbers from page 2: a different first page whose header is empty.
  assert.ok(xml.includes('<w:titlePg/>'), 'no distinct first page');
  const { value: text } = await mammoth.extractRawText({ buffer: buf });
  for (const expected of ['khoảng 935 người', 'ít nhất 20.000 lượt', 'từ 560 đến 600 lượt', '128 tổ', 'KHÓ KHĂN, VƯỚNG MẮC', 'Kinh phí hạn chế (1 đơn vị nêu: phường Hồng Bàng)', 'Đối với Ủy ban nhân dân thành phố (2 đơn vị)', 'Kênh thông tin phường truy cập bằng mã QR']) {
    assert.ok(text.includes(expected), `DOCX text lacks "${expected}"`);
  }
  // Unreviewed and returned figures are not in the document.
  assert.ok(!text.includes('1.140'));
});

test('units that sent nothing are named once in section I, not as rows of Bảng 2', async () => {
  // The document is a function of the synthesis: the same round with one answering unit
  // turned into a unit without a report (its cells gone).
  const gone = s.units.find((u) => u.standing === 'counted')!;
  const withMissing: Synthesis = { ...s, units: s.units.map((u) => (u === gone ? { ...u, standing: 'missing', cells: {} } : u)) };
  const missing = withMissing.units.filter((u) => u.standing === 'missing');
  const { value: text } = await mammoth.extractRawText({ buffer: await renderDecree30Docx(synthesisDocument(withMissing)) });
  const named = text.split('\n').find((p) => p.startsWith(`Các đơn vị chưa gửi báo cáo (${missing.length}): `));
  assert.ok(named, 'no paragraph naming the units that did not answer');
  for (const u of missing) assert.ok(named.toLowerCase().includes(u.displayName.toLowerCase()), `${u.displayName} not named`);
  assert.ok(!text.includes('Chưa báo cáo'), 'a unit without a report is a row of Bảng 2');
  const table2 = text.slice(text.indexOf('Bảng 2.'), text.indexOf('KHÓ KHĂN, VƯỚNG MẮC'));
  for (const u of withMissing.units) assert.equal(table2.toLowerCase().includes(u.displayName.toLowerCase()), u.standing !== 'missing', u.displayName);
});

test('the XLSX annex has a totals sheet, one sheet per indicator group with one row per unit, difficulties and recommendations', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await renderSynthesisXlsx(s) as unknown as ArrayBuffer);
  const names = wb.worksheets.map((w) => w.name);
  assert.equal(names[0], 'Tổng hợp');
  assert.equal(names.length, 1 + s.groups.length + 2);
  const skills = wb.worksheets.find((w) => w.name.startsWith('Tổ công nghệ số cộng đồng'))!;
  assert.ok(skills, `no SKILLS sheet among ${names.join(' | ')}`);
  assert.equal(skills.rowCount, 1 + s.units.length + 1);
  const header = Array.from(skills.getRow(1).values as unknown[], (v) => String(v ?? ''));
  const col = header.findIndex((h) => h.startsWith('Số thành viên Tổ công nghệ số cộng đồng'));
  const catHai = skills.getRows(2, s.units.length)!.find((r) => r.getCell(2).value === 'HP-CAT-HAI')!;
  assert.equal(catHai.getCell(col).value, 386);
  assert.match(String(catHai.getCell(col).note), /khoảng/);
  assert.equal(skills.getRow(skills.rowCount).getCell(col).value, 'khoảng 935 người');
  const kn = wb.getWorksheet('Kiến nghị')!;
  assert.ok(kn.getSheetValues().some((r) => Array.isArray(r) && r[1] === 'Ủy ban nhân dân thành phố'));
  assert.equal(sheetName('Cổng/Trang thông tin điện tử và mạng xã hội: [a]', new Set()).length <= 31, true);
});

test('a commune\'s own report exports to DOCX in the same layout, only for those who may read it', async () => {
  const doc = await communeReportDocument(t.db, round.analyst, round.reports.hongBang!);
  const buf = await renderDecree30Docx(doc);
  const { value: text } = await mammoth.extractRawText({ buffer: buf });
  for (const expected of ['ỦY BAN NHÂN DÂN', 'PHƯỜNG HỒNG BÀNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Hồng Bàng, ngày', 'BÁO CÁO', 'ít nhất 20.000', 'Đối với Sở Khoa học và Công nghệ:', 'TM. ỦY BAN NHÂN DÂN', 'Nơi nhận:']) {
    assert.ok(text.includes(expected), `report DOCX lacks "${expected}"`);
  }
  const stranger = await makeUser(t.db, 'doc.officer.cathai', 'commune_officer', 'HP-CAT-HAI');
  await assert.rejects(() => communeReportDocument(t.db, stranger, round.reports.hongBang!), (e) => isAppError(e) && e.code === 'NOT_FOUND');
});

test('PDF conversion says clearly when LibreOffice is missing', async () => {
  const buf = await renderDecree30Docx(synthesisDocument(s));
  await assert.rejects(() => docxToPdf(buf, { soffice: '/nonexistent/soffice' }), (e) => isAppError(e) && e.code === 'DEPENDENCY_MISSING' && /LibreOffice/.test(e.userMessage));
});

test('CLI synthesize: bad input, an existing or unwritable output and failures exit non-zero with one Vietnamese line and leave no file; a success is audited', { skip: !!process.env.DATABASE_URL && 'the CLI runs on its own embedded database' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-synth-cli-'));
  try {
    const cli = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'synthesize', ...args], {
        encoding: 'utf8',
        env: { ...process.env, LANTOA_DATA_DIR: join(dir, 'data'), LANTOA_ADMIN_PASSWORD: 'cli-test-password', NODE_ENV: 'test', ...env },
      });
    const out = join(dir, 'tong-hop.docx');
    let r = cli(['--request', '1']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Thiếu --out/);
    r = cli(['--request', 'abc', '--out', out]);
    assert.equal(r.status, 2);
    r = cli(['--request', '1', '--out', join(dir, 'a.pdf')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /phải là tệp \.docx/);
    r = cli(['--request', '999', '--out', out, '--xlsx', join(dir, 'a.xlsx')]);
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, /Không tìm thấy yêu cầu báo cáo/);
    // The DOCX and XLSX would have rendered, but the PDF cannot: nothing is written.
    r = cli(['--province', 'Hải Phòng', '--period', '2025', '--out', out, '--xlsx', join(dir, 'a.xlsx'), '--pdf', join(dir, 'a.pdf')], { LANTOA_SOFFICE: '/nonexistent/soffice' });
    assert.equal(r.status, 7, r.stderr);
    assert.match(r.stderr, /LibreOffice/);
    assert.deepEqual(readdirSync(dir).filter((f) => f !== 'data'), []);
    // And it works when everything is in order.
    r = cli(['--province', 'Hải Phòng', '--period', '2025', '--out', out, '--xlsx', join(dir, 'a.xlsx')]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(existsSync(out) && existsSync(join(dir, 'a.xlsx')));
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
    // The outputs exist now: refused on one line with nothing touched, unless --force.
    const before = readFileSync(out);
    const again = ['--province', 'Hải Phòng', '--period', '2025', '--out', out, '--xlsx', join(dir, 'b.xlsx')];
    r = cli(again);
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /tong-hop\.docx đã có; chọn tên khác hoặc thêm --force/);
    assert.ok(!existsSync(join(dir, 'b.xlsx')), 'the other output is not written either');
    assert.deepEqual(readFileSync(out), before);
    // An output folder that does not exist.
    r = cli(['--province', 'Hải Phòng', '--period', '2025', '--out', join(dir, 'khong-co', 'x.docx')]);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^Lỗi: Không ghi được tệp .*x\.docx: thư mục .*khong-co không tồn tại\.\n$/);
    r = cli([...again.slice(0, 6), '--force']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
    // Only the exports that happened are in the audit log, with who ran them and what was written.
    const db = await openPglite(join(dir, 'data'));
    try {
      const log = await listAudit(db, { entity: 'synthesis' });
      const hp = (await db.query<{ id: number }>(`SELECT id FROM units WHERE code = 'HP'`))[0]!.id;
      assert.deepEqual(
        log.map((e) => [e.action, e.actor_label, e.actor_user_id, e.entity_id, (e.new_value as { formats: string[]; channel: string }).formats, (e.new_value as { channel: string }).channel]),
        [
          ['export', 'Dòng lệnh (console)', null, `period:${hp}:2025-01-01..2025-12-31`, ['docx'], 'cli'],
          ['export', 'Dòng lệnh (console)', null, `period:${hp}:2025-01-01..2025-12-31`, ['docx', 'xlsx'], 'cli'],
        ],
      );
    } finally {
      await db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
