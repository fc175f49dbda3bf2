// A commune's own report as an official document (same Decree 30 layout as the synthesis):
// issued by the commune's People's Committee, values by indicator group with their qualifiers,
// then the narrative sections the commune wrote.
import { AppError } from '#src/errors.ts';
import type { Db } from '#src/storage/db.ts';
import type { Actor } from '#src/core/auth/authorization.ts';
import { readReport } from '#src/core/reports/reports.ts';
import { getUnit } from '#src/storage/units.repository.ts';
import { getPeriod } from '#src/storage/periods.repository.ts';
import { listIndicators } from '#src/storage/catalog.repository.ts';
import { getRequestWithPeriod, listDifficultyThemes, listGroups } from '#src/storage/synthesis.repository.ts';
import { unitDisplayName, type UnitLevel } from '#src/core/units/units.ts';
import { readNarrative } from '#src/core/synthesis/narrative.ts';
import { provinceKind } from '#src/core/synthesis/synthesis.ts';
import { formatCell, viShortDate } from '#src/core/synthesis/format.ts';
import { indicatorTable, lowerFirst, reportHeader, requestBasis, RESOLUTION_57_PROPAGATION, type Block, type OfficialDocument } from './official-document.ts';

const levelBody: Record<string, string> = { xa: 'xã', phuong: 'phường', dac_khu: 'đặc khu' };

/** Reads the report (authorization checked in readReport) and builds its document model. */
export async function communeReportDocument(db: Db, actor: Actor, reportId: number): Promise<OfficialDocument> {
  const { report, values } = await readReport(db, actor, reportId);
  const [unit, province, period, indicators, groups, themes, request] = await Promise.all([
    getUnit(db, report.unit_id),
    getUnit(db, report.province_id),
    getPeriod(db, report.period_id),
    listIndicators(db, report.province_id),
    listGroups(db),
    listDifficultyThemes(db),
    report.request_id ? getRequestWithPeriod(db, report.request_id) : Promise.resolve(undefined),
  ]);
  if (!unit || !period) throw new AppError('NOT_FOUND', 'Không tìm thấy báo cáo');
  const unitName = unitDisplayName({ name: unit.name, level: unit.level as UnitLevel });
  const byCode = new Map(values.map((v) => [v.indicator_code, v]));
  const body: Block[] = [];
  if (request) {
    body.push({ kind: 'paragraph', text: `${requestBasis({ number: request.number, issuedOn: request.issued_on, subject: request.subject }, viShortDate)}Ủy ban nhân dân ${unitName} báo cáo như sau:` });
  }
  const narrative = report.narrative ?? {};
  const results = typeof narrative.results === 'string' ? narrative.results.trim() : '';
  body.push({ kind: 'heading', level: 1, text: 'I. KẾT QUẢ THỰC HIỆN' });
  if (results) for (const p of results.split(/\n+/).filter((x) => x.trim())) body.push({ kind: 'paragraph', text: p.trim() });
  const table = indicatorTable(
    'Số liệu kết quả thực hiện',
    54,
    [
      { title: 'Kết quả', width: 22, align: 'right' },
      { title: 'Đơn vị tính', width: 18, align: 'center' },
    ],
    groups.map((g) => ({
      name: g.name,
      rows: indicators.flatMap((i) => {
        const v = i.group_code === g.code ? byCode.get(i.code) : undefined;
        return v ? [{ name: i.name, cells: [formatCell({ value: v.value, max: v.value_max ?? v.value, qualifiers: [v.qualifier] }, i.aggregation, i.unit), i.unit] }] : [];
      }),
    })),
  );
  if (table.rows.length) body.push(table);
  const items = readNarrative(narrative, null, null, themes.map((t) => ({ code: t.code, name: t.name, cues: Array.isArray(t.cues) ? t.cues : [] })));
  if (items.models.length) {
    body.push({ kind: 'heading', level: 1, text: 'II. MÔ HÌNH, CÁCH LÀM HAY' });
    for (const m of items.models) body.push({ kind: 'bullet', text: m });
  }
  const roman = (k: number) => ['I', 'II', 'III', 'IV', 'V'][k] ?? String(k + 1);
  let sec = items.models.length ? 2 : 1;
  if (items.difficulties.length) {
    body.push({ kind: 'heading', level: 1, text: `${roman(sec++)}. KHÓ KHĂN, VƯỚNG MẮC` });
    for (const d of items.difficulties) body.push({ kind: 'bullet', text: d.text });
  }
  if (items.recommendations.length) {
    body.push({ kind: 'heading', level: 1, text: `${roman(sec)}. KIẾN NGHỊ, ĐỀ XUẤT` });
    let current: string | null | undefined;
    for (const r of items.recommendations) {
      if (r.to !== current && r.to) body.push({ kind: 'heading', level: 2, text: `Đối với ${r.to}:` });
      current = r.to;
      body.push({ kind: 'bullet', text: r.text });
    }
  }
  body.push({ kind: 'paragraph', text: `Trên đây là báo cáo của Ủy ban nhân dân ${unitName}./.` });
  const subject = `Kết quả ${RESOLUTION_57_PROPAGATION}, ${lowerFirst(period.label)}`;
  return {
    ...reportHeader({ superiorBody: 'Ủy ban nhân dân', issuingBody: `${levelBody[unit.level] ?? ''} ${unit.name}`.trim(), symbol: 'BC-UBND', place: unit.name, date: null, year: Number(period.ends_on.slice(0, 4)) }),
    subject,
    body,
    recipients: [province ? `- Sở Khoa học và Công nghệ ${provinceKind(province.name)} ${province.name};` : '- Sở Khoa học và Công nghệ;', '- Lưu: VT.'],
    signature: { authority: ['TM. Ủy ban nhân dân', 'Chủ tịch'], name: null },
    title: `${subject} — ${unitName}`,
  };
}
