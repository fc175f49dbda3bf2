// The report form a request generates: the indicators it asks for (in its order) and the
// narrative sections it asks for. Values already present outside the list are shown too, so
// nothing stored is ever hidden from the officer.
import type { Db } from '#src/storage/db.ts';
import { listIndicators, type IndicatorRow } from '#src/storage/catalog.repository.ts';
import { getRequestRow, requestIndicatorCodes } from '#src/storage/requests.repository.ts';
import type { ReportRow } from '#src/storage/reports.repository.ts';
import { narrativeSections, type NarrativeSection } from './proposals.ts';

export interface FormSpec {
  indicators: (IndicatorRow & { asked: boolean })[];
  sections: NarrativeSection[];
  request: { id: number; number: string; subject: string; deadline: string } | null;
}

export async function formSpec(db: Db, report: Pick<ReportRow, 'province_id' | 'request_id'>, extraCodes: Iterable<string> = []): Promise<FormSpec> {
  const all = (await listIndicators(db, report.province_id)).filter((i) => i.active);
  const request = report.request_id ? await getRequestRow(db, report.request_id) : undefined;
  const asked = request ? await requestIndicatorCodes(db, request.id) : [];
  const extra = new Set(extraCodes);
  let indicators: FormSpec['indicators'];
  if (asked.length) {
    const byCode = new Map(all.map((i) => [i.code, i]));
    indicators = asked.map((c) => byCode.get(c)).filter((i): i is IndicatorRow => !!i).map((i) => ({ ...i, asked: true }));
    for (const i of all) if (extra.has(i.code) && !asked.includes(i.code)) indicators.push({ ...i, asked: false });
  } else {
    indicators = all.map((i) => ({ ...i, asked: true }));
  }
  const sections = request ? narrativeSections.filter((s) => (request.sections as string[]).includes(s)) : [...narrativeSections];
  return { indicators, sections, request: request ? { id: request.id, number: request.number, subject: request.subject, deadline: request.deadline } : null };
}
