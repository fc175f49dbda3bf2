// A small reporting round in Hải Phòng for synthesis and document tests: one request, three
// communes answering with qualified values and narrative, reviewed to different states.
import type { Db } from '#src/storage/db.ts';
import type { Actor } from '#src/core/auth/authorization.ts';
import { changeReportStatus, getOrCreateReport, saveNarrative, setReportValues, type ValueInput } from '#src/core/reports/reports.ts';
import { ensurePeriod } from '#src/storage/periods.repository.ts';
import { adhocPeriod } from '#src/core/periods/periods.ts';
import { makeUser, unitId } from './factories.ts';

export interface RoundFixture {
  requestId: number;
  periodId: number;
  provinceId: number;
  admin: Actor;
  analyst: Actor;
  reports: Record<string, number>;
}

export async function insertRequest(db: Db, provinceId: number, periodId: number, number: string, subject: string): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO report_requests (province_id, number, issued_on, subject, period_id, deadline)
     VALUES ($1, $2, '2025-12-02', $3, $4, '2025-12-10') RETURNING id`,
    [provinceId, number, subject, periodId],
  );
  return rows[0]!.id;
}

/** prefix keeps usernames unique when one test file builds several rounds. */
export async function buildRound(db: Db, prefix: string): Promise<RoundFixture> {
  const admin = await makeUser(db, `${prefix}.admin`, 'province_admin', 'HP');
  const analyst = await makeUser(db, `${prefix}.analyst`, 'province_analyst', 'HP');
  const provinceId = await unitId(db, 'HP');
  const periodId = await ensurePeriod(db, adhocPeriod('2025-01-01', '2025-11-30', `Từ 01/01/2025 đến 30/11/2025 (${prefix})`));
  const requestId = await insertRequest(db, provinceId, periodId, `99/${prefix.toUpperCase()}-TEST`, 'Báo cáo kết quả tuyên truyền Nghị quyết số 57-NQ/TW');

  const answer = async (code: string, values: ValueInput[], narrative: Record<string, unknown>, final: 'accepted' | 'submitted' | 'draft' | 'returned') => {
    const r = await getOrCreateReport(db, admin, await unitId(db, code), periodId, requestId);
    await setReportValues(db, admin, r.id, values);
    await saveNarrative(db, admin, r.id, narrative as Record<string, string>);
    if (final !== 'draft') await changeReportStatus(db, admin, r.id, 'submit');
    if (final === 'accepted') await changeReportStatus(db, analyst, r.id, 'accept');
    if (final === 'returned') await changeReportStatus(db, analyst, r.id, 'return', 'Bổ sung số liệu');
    return r.id;
  };

  const reports: Record<string, number> = {};
  reports.hongBang = await answer(
    'HP-HONG-BANG',
    [
      { indicator: 'COMMUNITY_TECH_TEAMS', value: 70 },
      { indicator: 'COMMUNITY_TECH_MEMBERS', value: 549 },
      { indicator: 'CHANNEL_VISITS', value: 20000, qualifier: 'at_least' },
      { indicator: 'PORTAL_SECTION', value: 1 },
      { indicator: 'ONLINE_DOSSIERS', value: 900 },
      { indicator: 'TOTAL_DOSSIERS', value: 1000 },
      { indicator: 'ONLINE_DOSSIER_PCT', value: 90 },
    ],
    {
      models: ['Kênh thông tin phường truy cập bằng mã QR phát tới từng hộ dân'],
      difficulties: [
        { theme: 'funding', text: 'Kinh phí cho tuyên truyền trực quan còn eo hẹp' },
        { theme: 'cyber_safety', text: 'Rủi ro về an toàn, an ninh mạng còn tiềm ẩn' },
      ],
      recommendations: [
        { to: 'Sở Khoa học và Công nghệ', text: 'Thường xuyên cung cấp thông tin phục vụ tuyên truyền' },
        { to: 'UBND thành phố', text: 'Hỗ trợ kinh phí cho tuyên truyền cấp phường' },
      ],
    },
    'accepted',
  );
  reports.catHai = await answer(
    'HP-CAT-HAI',
    [
      { indicator: 'COMMUNITY_TECH_TEAMS', value: 58 },
      { indicator: 'COMMUNITY_TECH_MEMBERS', value: 386, qualifier: 'approx' },
      { indicator: 'CONTEST_REGISTRATIONS', value: 560, qualifier: 'range', max: 600 },
      { indicator: 'PORTAL_SECTION', value: 1 },
      { indicator: 'ONLINE_DOSSIERS', value: 5010 },
      { indicator: 'TOTAL_DOSSIERS', value: 5092 },
    ],
    {
      // Free text as typed into a form: items on lines, themes and addressees read from the text.
      difficulties: '- Một số cán bộ còn kiêm nhiệm nhiều việc, hạn chế kỹ năng số\n- Hạ tầng mạng internet ở một số khu vực còn yếu',
      recommendations: 'Đối với Ủy ban nhân dân thành phố:\n- Quan tâm bố trí kinh phí cho đặc khu\nĐối với Sở Khoa học và Công nghệ:\n- Tổ chức tập huấn chuyên sâu cho lực lượng nòng cốt',
    },
    'accepted',
  );
  reports.nlb = await answer(
    'HP-NGUYEN-LUONG-BANG',
    [
      { indicator: 'COMMUNITY_TECH_TEAMS', value: 12 },
      { indicator: 'PORTAL_ARTICLES', value: 20, qualifier: 'at_least' },
    ],
    { difficulties: [{ theme: 'staffing', text: 'Nhân lực mỏng, kiêm nhiệm' }] },
    'submitted',
  );
  reports.haiHung = await answer('HP-HAI-HUNG', [{ indicator: 'COMMUNITY_TECH_TEAMS', value: 1000 }], {}, 'returned');
  return { requestId, periodId, provinceId, admin, analyst, reports };
}
