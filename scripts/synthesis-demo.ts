// Demo of the whole synthesis path on real documents: a fresh in-memory database, a request
// for Hải Phòng, each given commune report read by the extractor, its facts and narrative
// entered, submitted and accepted; then the synthesis DOCX, XLSX, PDF and a PNG of page one.
// Usage: npx tsx scripts/synthesis-demo.ts OUT_DIR FILE…   (e.g. the seeds 000, 001, 003)
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { openPglite } from '#src/storage/db.ts';
import { bootstrap } from '#src/core/setup/bootstrap.ts';
import { readDocument, readInputFromPath } from '#src/ingest/read-document.ts';
import { changeReportStatus, getOrCreateReport, saveNarrative, setReportValues, type ValueInput } from '#src/core/reports/reports.ts';
import { ensurePeriod } from '#src/storage/periods.repository.ts';
import { adhocPeriod } from '#src/core/periods/periods.ts';
import { findProvinceByName, listCommunes } from '#src/storage/units.repository.ts';
import { fold } from '#src/core/extraction/fold.ts';
import { loadOfficialUnits } from '#src/core/units/official-units.ts';
import { loadActor } from '#src/core/auth/sessions.ts';
import { getUserByUsername } from '#src/storage/users.repository.ts';
import { synthesize } from '#src/core/synthesis/synthesis.ts';
import { synthesisDocument } from '#src/documents/synthesis.document.ts';
import { renderDecree30Docx } from '#src/documents/decree30.docx.ts';
import { renderSynthesisXlsx } from '#src/documents/synthesis.xlsx.ts';
import { docxToPdf } from '#src/documents/pdf.converter.ts';

const [outDir, ...files] = process.argv.slice(2);
if (!outDir || files.length === 0) throw new Error('usage: synthesis-demo.ts OUT_DIR FILE…');
mkdirSync(outDir, { recursive: true });
const db = await openPglite();
await bootstrap(db, { adminPassword: 'demo-password-1' });
await loadOfficialUnits(db, 'Hải Phòng'); // all 114 units are asked; three answer
const hp = (await findProvinceByName(db, 'Hải Phòng'))!;
const period = await ensurePeriod(db, adhocPeriod('2025-01-01', '2025-12-05', 'Năm 2025 (đến ngày 05/12/2025)'));
const req = await db.query<{ id: number }>(
  `INSERT INTO report_requests (province_id, number, issued_on, subject, period_id, deadline)
   VALUES ($1, '4383/SKHCN-TTTT', '2025-12-02', 'Báo cáo kết quả tuyên truyền Nghị quyết số 57-NQ/TW', $2, '2025-12-10') RETURNING id`,
  [hp.id, period],
);
const requestId = req[0]!.id;
const consoleActor = await loadActor(db, (await getUserByUsername(db, 'admin'))!.id);
const communes = await listCommunes(db, hp.id);
for (const f of files) {
  const d = await readDocument(await readInputFromPath(f));
  const unitName = d.result.issuer?.unitName;
  // OCR may leave a tone mark wrong in a name: match names without marks.
  const unit = unitName ? communes.find((c) => fold(c.name) === fold(unitName)) : undefined;
  if (!unit) {
    console.error(`skip ${f}: unit "${unitName}" not found`);
    continue;
  }
  const r = await getOrCreateReport(db, consoleActor, unit.id, period, requestId);
  const seen = new Set<string>();
  const values: ValueInput[] = [];
  for (const fact of d.result.facts) {
    if (seen.has(fact.indicator)) continue; // the first mention of an indicator is its total
    seen.add(fact.indicator);
    values.push({ indicator: fact.indicator, value: fact.value, qualifier: fact.qualifier, max: fact.max, source: 'extracted', extractedValue: fact.value, evidence: fact.evidence });
  }
  await setReportValues(db, consoleActor, r.id, values);
  await saveNarrative(db, consoleActor, r.id, { difficulties: d.result.difficulties, recommendations: d.result.recommendations } as unknown as Record<string, string>);
  await changeReportStatus(db, consoleActor, r.id, 'submit');
  await changeReportStatus(db, consoleActor, r.id, 'accept');
  console.error(`${f}: ${unit.name}, ${values.length} values, ${d.result.difficulties.length} difficulties, ${d.result.recommendations.length} recommendations`);
}
const s = await synthesize(db, consoleActor, { requestId });
const docx = await renderDecree30Docx(synthesisDocument(s));
writeFileSync(join(outDir, 'tong-hop.docx'), docx);
writeFileSync(join(outDir, 'tong-hop.xlsx'), await renderSynthesisXlsx(s));
writeFileSync(join(outDir, 'tong-hop.pdf'), await docxToPdf(docx));
execFileSync('pdftoppm', ['-png', '-r', '80', join(outDir, 'tong-hop.pdf'), join(outDir, 'trang')]);
console.log(JSON.stringify(s.totals.filter((t) => t.indicator.startsWith('COMMUNITY')).map((t) => [t.indicator, t.value, t.qualifier])));
await db.close();
