// Synthesis of one province (114 units) and of the nation (34 provinces, 3,321 communes) for
// the year 2025 (four quarterly accepted reports per unit, narrative on every report), and the
// Decree 30 DOCX of the 114-unit synthesis, on the embedded database and on PostgreSQL.
// Run: npx tsx bench/synthesis.bench.ts [pglite|postgres] [runs]
import { parsePeriodArg, synthesize } from '#src/core/synthesis/synthesis.ts';
import type { Actor } from '#src/core/auth/authorization.ts';
import { synthesisDocument } from '#src/documents/synthesis.document.ts';
import { renderDecree30Docx } from '#src/documents/decree30.docx.ts';
import { renderSynthesisXlsx } from '#src/documents/synthesis.xlsx.ts';
import { generateNationalData, timeRuns } from './support/national-data.ts';

const engines = (process.argv[2] ? [process.argv[2]] : ['pglite', 'postgres']) as ('pglite' | 'postgres')[];
const runs = Number(process.argv[3] ?? 11);
const system: Actor = { userId: 0, username: 'bench', fullName: 'bench', roles: [{ role: 'system_admin', unitId: null, provinceId: null, unitName: null }] };
const year = parsePeriodArg('2025');

for (const engine of engines) {
  const t0 = performance.now();
  const data = await generateNationalData(engine);
  // Narrative like an officer's: difficulties and recommendations as lines, some models.
  await data.db.exec(`
    UPDATE reports SET narrative = jsonb_build_object(
      'difficulties', (ARRAY['- Kinh phí cho tuyên truyền còn hạn chế', '- Cán bộ kiêm nhiệm nhiều việc', '- Hạ tầng mạng ở một số thôn còn yếu', '- Người cao tuổi khó tiếp cận nền tảng số'])[1 + id % 4]
                      || E'\\n' || (ARRAY['- Trang thiết bị, máy tính lạc hậu', '- Thiếu tài liệu tuyên truyền chuyên sâu', '- Địa bàn rộng, cách trở'])[1 + id % 3],
      'recommendations', (ARRAY['- Kiến nghị Ủy ban nhân dân thành phố: Bố trí kinh phí', '- Kiến nghị Sở Khoa học và Công nghệ: Tổ chức tập huấn', '- Kiến nghị Công an thành phố: Hướng dẫn an toàn thông tin'])[1 + id % 3],
      'models', CASE WHEN id % 10 = 0 THEN 'Mô hình tổ công nghệ số cộng đồng tại từng thôn' ELSE '' END);
    ANALYZE reports;
  `);
  const values = (await data.db.query<{ n: number }>('SELECT count(*)::int AS n FROM data_values'))[0]!.n;
  const genS = ((performance.now() - t0) / 1000).toFixed(1);
  try {
    const province = await timeRuns(runs, () => synthesize(data.db, system, { provinceId: data.provinceId, ...year }));
    const nation = await timeRuns(Math.max(3, Math.round(runs / 2)), () => synthesize(data.db, system, { nation: true, ...year }));
    const quarter = await timeRuns(Math.max(3, Math.round(runs / 2)), () => synthesize(data.db, system, { nation: true, ...parsePeriodArg('2025-Q4') }));
    const s = await synthesize(data.db, system, { provinceId: data.provinceId, ...year });
    const docx = await timeRuns(runs, () => renderDecree30Docx(synthesisDocument(s)));
    const xlsx = await timeRuns(Math.max(3, Math.round(runs / 2)), () => renderSynthesisXlsx(s));
    const n = await synthesize(data.db, system, { nation: true, ...year });
    const size = (await renderDecree30Docx(synthesisDocument(s))).length;
    const rss = Math.round(process.memoryUsage().rss / 1048576);
    const f = (x: { median: number; min: number; max: number }) => `median ${x.median.toFixed(1)} ms (min ${x.min.toFixed(1)}, max ${x.max.toFixed(1)})`;
    console.log(
      `${engine}: ${values} values (generated in ${genS} s)\n` +
        `  province synthesis (${s.units.length} units, ${s.totals.length} indicators): ${f(province)}\n` +
        `  nation synthesis (${n.units.length} provinces, ${n.counts.expected} communes): ${f(nation)}\n` +
        `  nation synthesis of one quarter (2025-Q4): ${f(quarter)}\n` +
        `  DOCX of the province synthesis (${Math.round(size / 1024)} KB): ${f(docx)}\n` +
        `  XLSX annex of the province synthesis: ${f(xlsx)}\n` +
        `  runs ${runs}; process RSS ${rss} MB; load average at the end ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`,
    );
  } finally {
    await data.close();
  }
}
