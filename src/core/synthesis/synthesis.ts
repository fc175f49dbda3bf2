// Synthesis (tổng hợp) of a request or a period across a province, or of the nation: the plain
// model every output (web page, DOCX, XLSX, PDF) renders. What counts (docs/decisions/040):
//  - only reports the province accepted; with includeSubmitted also submitted ones, which are
//    then flagged as not yet reviewed; drafts and returned reports never count;
//  - only values that came with a report (values typed directly into data_values do not);
//  - units merged during the period: a predecessor's report counts for its successor (units
//    history, successorMap at the end of the period), named in the unit's row;
//  - a unit with several reports in a period scope: reports whose periods overlap a longer one
//    of the same unit are left out (a yearly report supersedes its half-years), so flows are
//    never counted twice; then flows add up over time, stocks take the latest value.
import { AppError } from '#src/errors.ts';
import type { Db } from '#src/storage/db.ts';
import { type Actor, assertAllowed, canReviewProvince, isSystemAdmin } from '#src/core/auth/authorization.ts';
import { aggregateCells, computeTotals, loadPeriodValues, type IndicatorTotal, type UnitCell } from '#src/core/rollup/rollup.ts';
import { listIndicators, type IndicatorRow } from '#src/storage/catalog.repository.ts';
import * as repo from '#src/storage/synthesis.repository.ts';
import { foldUnitValues } from '#src/core/rollup/unit-values.ts';
import { findProvinceByName, getUnit } from '#src/storage/units.repository.ts';
import { regularPeriod } from '#src/core/periods/periods.ts';
import { successorMap, unitDisplayName, type UnitLevel } from '#src/core/units/units.ts';
import type { ReportStatus } from '#src/core/reports/reports.ts';
import { readNarrative, addresseeKey, type Theme } from './narrative.ts';
import { compareVi } from './format.ts';

export interface SynthesisInput {
  requestId?: number;
  /** A province (by id); with `nation` leave it out. */
  provinceId?: number;
  nation?: boolean;
  /** Period scope: reports whose period lies within [from, to]. */
  from?: string;
  to?: string;
  periodLabel?: string;
  includeSubmitted?: boolean;
}

export type UnitStanding = 'counted' | 'counted_unreviewed' | 'not_counted' | 'missing';

export const standingLabels: Record<UnitStanding, string> = {
  counted: 'Đã chấp nhận',
  counted_unreviewed: 'Đã gửi, chưa duyệt',
  not_counted: 'Chưa được tính',
  missing: 'Chưa báo cáo',
};

export interface SynthesisUnit {
  id: number;
  code: string;
  name: string;
  displayName: string;
  standing: UnitStanding;
  /** Names of merged predecessors whose reports count here. */
  mergedFrom: string[];
  cells: Record<string, UnitCell>;
}

export interface IndicatorInfo {
  code: string;
  name: string;
  unit: string;
  groupCode: string;
  aggregation: IndicatorRow['aggregation'];
}

export interface Ranking {
  indicator: IndicatorInfo;
  top: { unit: string; cell: UnitCell }[];
}

export interface Synthesis {
  scope: {
    kind: 'request' | 'period' | 'nation';
    provinceId: number | null;
    provinceName: string | null;
    /** "thành phố" for centrally-run cities, "tỉnh" otherwise. */
    provinceKind: 'thành phố' | 'tỉnh' | null;
    request: { id: number; number: string; issuedOn: string; subject: string; deadline: string } | null;
    from: string;
    to: string;
    periodLabel: string;
    includeSubmitted: boolean;
  };
  counts: { expected: number; counted: number; countedUnreviewed: number; notCounted: number; missing: number };
  groups: { code: string; name: string; indicators: IndicatorInfo[] }[];
  totals: (IndicatorTotal & { groupCode: string })[];
  /** Communes (or, for the nation, provinces), sorted by name. */
  units: SynthesisUnit[];
  rankings: Ranking[];
  models: { unit: string; text: string }[];
  difficulties: { theme: string; name: string; units: string[]; mentions: number; quotes: { unit: string; text: string }[] }[];
  recommendations: { addressee: string; units: string[]; items: { unit: string; text: string }[] }[];
}

// Centrally-run cities are "thành phố"; a document names the others "tỉnh".
const CITIES = new Set(['hà nội', 'hồ chí minh', 'thành phố hồ chí minh', 'hải phòng', 'đà nẵng', 'cần thơ', 'huế']);
// Groups describing the area (population, size) are context, not achievements to rank.
const CONTEXT_GROUPS = new Set(['AREA']);
const QUOTES_PER_THEME = 3;
const RANK_TOP = 5;

/** "2025" | "2025-H1" | "2025-Q3" → the date range and its Vietnamese label. */
export function parsePeriodArg(s: string): { from: string; to: string; periodLabel: string } {
  const m = /^(\d{4})(?:-(H|Q)([1-4]))?$/i.exec(s.trim());
  if (!m) throw new AppError('VALIDATION', `Kỳ báo cáo không hợp lệ: "${s}". Dùng dạng 2025, 2025-H1 hoặc 2025-Q3.`);
  const year = Number(m[1]);
  const p = !m[2] ? regularPeriod('year', year) : regularPeriod(m[2].toUpperCase() === 'H' ? 'half' : 'quarter', year, Number(m[3]));
  return { from: p.startsOn, to: p.endsOn, periodLabel: p.label };
}

export async function resolveProvince(db: Db, name: string): Promise<{ id: number; name: string }> {
  const p = await findProvinceByName(db, name.trim());
  if (!p) throw new AppError('NOT_FOUND', `Không tìm thấy tỉnh/thành phố: ${name}`);
  return { id: p.id, name: p.name };
}

interface Contribution {
  origUnit: number;
  endsOn: string;
  value: number;
  max: number;
  qualifiers: readonly UnitCell['qualifiers'][number][];
}

export async function synthesize(db: Db, actor: Actor, input: SynthesisInput): Promise<Synthesis> {
  // ---- scope and authorization
  let scope: Synthesis['scope'];
  let requestAllUnits = true;
  if (input.requestId !== undefined) {
    const req = await repo.getRequestWithPeriod(db, input.requestId);
    // Same answer whether the request does not exist or belongs to another province.
    if (!req || !canReviewProvince(actor, req.province_id)) throw new AppError('NOT_FOUND', 'Không tìm thấy yêu cầu báo cáo');
    const prov = await getUnit(db, req.province_id);
    requestAllUnits = req.all_units;
    scope = {
      kind: 'request',
      provinceId: req.province_id,
      provinceName: prov?.name ?? null,
      provinceKind: prov ? provinceKind(prov.name) : null,
      request: { id: req.id, number: req.number, issuedOn: req.issued_on, subject: req.subject, deadline: req.deadline },
      from: req.starts_on,
      to: req.ends_on,
      periodLabel: req.period_label,
      includeSubmitted: input.includeSubmitted ?? false,
    };
  } else {
    if (!input.from || !input.to) throw new AppError('VALIDATION', 'Cần chọn yêu cầu báo cáo hoặc kỳ báo cáo để tổng hợp.');
    if (input.nation) {
      assertAllowed(isSystemAdmin(actor), 'tổng hợp số liệu toàn quốc');
      scope = { kind: 'nation', provinceId: null, provinceName: null, provinceKind: null, request: null, from: input.from, to: input.to, periodLabel: input.periodLabel ?? `${input.from} – ${input.to}`, includeSubmitted: input.includeSubmitted ?? false };
    } else {
      if (input.provinceId === undefined) throw new AppError('VALIDATION', 'Cần chọn tỉnh/thành phố để tổng hợp.');
      const prov = await getUnit(db, input.provinceId);
      if (!prov || prov.level !== 'tinh') throw new AppError('NOT_FOUND', 'Không tìm thấy tỉnh/thành phố');
      assertAllowed(canReviewProvince(actor, prov.id), `xem tổng hợp của ${provinceKind(prov.name)} ${prov.name}`);
      scope = { kind: 'period', provinceId: prov.id, provinceName: prov.name, provinceKind: provinceKind(prov.name), request: null, from: input.from, to: input.to, periodLabel: input.periodLabel ?? `${input.from} – ${input.to}`, includeSubmitted: input.includeSubmitted ?? false };
    }
  }

  const statuses: ReportStatus[] = scope.includeSubmitted ? ['accepted', 'submitted'] : ['accepted'];
  const filter: Omit<repo.ReportFilter, 'statuses'> = {
    requestId: scope.request?.id ?? null,
    provinceId: scope.provinceId,
    from: scope.request ? null : scope.from,
    to: scope.request ? null : scope.to,
  };
  // PGlite runs one query at a time; on PostgreSQL these overlap.
  const [allReports, allCommunes, successions, catalog, groups, themes, addressed, asked] = await Promise.all([
    repo.listReportsInScope(db, { ...filter, statuses: ['draft', 'submitted', 'accepted', 'returned'] }),
    repo.listCommunesOverlapping(db, scope.provinceId, scope.from, scope.to),
    repo.listAllSuccessions(db, scope.provinceId),
    listIndicators(db, scope.provinceId ?? undefined),
    repo.listGroups(db),
    repo.listDifficultyThemes(db),
    scope.request && !requestAllUnits ? repo.listRequestUnitIds(db, scope.request.id) : Promise.resolve(null),
    scope.request ? repo.listRequestIndicatorCodes(db, scope.request.id) : Promise.resolve([]),
  ]);
  // A request addressed to a list of units expects only those; one asking for some indicators
  // reports those (and the numerator/denominator its percentages need).
  const addressedSet = addressed ? new Set(addressed) : null;
  const communes = addressedSet ? allCommunes.filter((u) => addressedSet.has(u.id)) : allCommunes;
  const askedSet = new Set(asked);
  for (const i of catalog) if (askedSet.has(i.code) && i.aggregation === 'percent') for (const x of [i.numerator_code, i.denominator_code]) if (x) askedSet.add(x);
  const indicators = asked.length ? catalog.filter((i) => askedSet.has(i.code)) : catalog;
  const allStatuses = allReports;
  const reports = allReports.filter((r) => statuses.includes(r.status));

  // ---- units: every commune alive during the period, carried by its successor at the end
  const succ = successorMap(successions, scope.to);
  const carrier = (id: number) => succ.get(id) ?? id;
  const unitInfo = new Map(communes.map((u) => [u.id, u]));
  const missingInfo = new Set<number>();
  for (const id of [...communes.map((u) => u.id), ...reports.map((r) => r.unit_id), ...allStatuses.map((r) => r.unit_id)]) {
    if (!unitInfo.has(id)) missingInfo.add(id);
    if (!unitInfo.has(carrier(id))) missingInfo.add(carrier(id));
  }
  for (const u of await repo.listUnitsByIds(db, [...missingInfo])) unitInfo.set(u.id, u);
  const display = (id: number) => {
    const u = unitInfo.get(id);
    return u ? unitDisplayName({ name: u.name, level: u.level as UnitLevel }) : `#${id}`;
  };

  const expected = new Set(communes.map((u) => carrier(u.id)));
  for (const r of allStatuses) expected.add(carrier(r.unit_id));

  // ---- which reports count: per original unit, drop reports inside a longer one
  const chosen = chooseReports(reports);
  const chosenIds = chosen.map((r) => r.id);
  const chosenSet = new Set(chosenIds);
  const periodEnds = new Map<number, string>();
  for (const r of allReports) periodEnds.set(r.period_id, r.ends_on);
  const periodIds = [...periodEnds.keys()].sort((a, b) => periodEnds.get(a)!.localeCompare(periodEnds.get(b)!) || a - b);
  const flowCodes = new Set(catalog.filter((i) => i.aggregation === 'flow').map((i) => i.code));
  // Time rolled up per original unit: the period's position orders them (latest = greatest).
  const position = new Map(periodIds.map((id, i) => [id, i]));
  // (Values and narratives both follow from the chosen reports: one round trip on PostgreSQL.)
  const [sets, narratives] = await Promise.all([
    loadPeriodValues(db, {
      periodIds,
      provinceId: scope.provinceId,
      includeReportIds: scope.request ? chosenIds : null,
      excludeReportIds: scope.request ? [] : allReports.filter((r) => !chosenSet.has(r.id)).map((r) => r.id),
    }, (id) => position.get(id)!),
    repo.listNarratives(db, chosenIds),
  ]);
  const folded = foldUnitValues(sets, (code) => flowCodes.has(code));

  // ---- per carrier unit, per indicator: each original unit's rolled-up value → one cell.
  // A carrier fed by one original unit (no merger) takes that unit's cells as they are.
  const indByCode = new Map(indicators.map((i) => [i.code, i]));
  const feeders = new Map<number, number>();
  for (const u of folded.unitIds) feeders.set(carrier(u), (feeders.get(carrier(u)) ?? 0) + 1);
  const columns = folded.codes.map((code) => indByCode.get(code));
  const width = folded.codes.length;
  const ownCells = new Map<number, Record<string, UnitCell>>();
  const contrib = new Map<number, Map<string, Contribution[]>>();
  folded.unitIds.forEach((unit, row) => {
    const c = carrier(unit);
    const single = feeders.get(c) === 1;
    const cells: Record<string, UnitCell> = {};
    let byInd = contrib.get(c);
    if (!single && !byInd) contrib.set(c, (byInd = new Map()));
    for (let col = 0; col < width; col++) {
      const cell = row * width + col;
      const ind = columns[col];
      if (!folded.present[cell] || !ind) continue;
      const value = folded.value[cell]!;
      const max = folded.max[cell]!;
      if (single) {
        const flag = ind.aggregation === 'flag';
        cells[ind.code] = { value: flag ? (value > 0 ? 1 : 0) : value, max: flag ? (max > 0 ? 1 : 0) : max, qualifiers: folded.qualifiers(cell) };
        continue;
      }
      let list = byInd!.get(ind.code);
      if (!list) byInd!.set(ind.code, (list = []));
      list.push({ origUnit: unit, endsOn: periodEnds.get(periodIds[folded.rank[cell]!]!)!, value, max, qualifiers: folded.qualifiers(cell) });
    }
    if (single) ownCells.set(c, cells);
  });

  const standingOf = new Map<number, UnitStanding>();
  for (const r of allStatuses) {
    const c = carrier(r.unit_id);
    if (!standingOf.has(c)) standingOf.set(c, 'not_counted');
  }
  for (const r of chosen) {
    const c = carrier(r.unit_id);
    const s = r.status === 'accepted' ? 'counted' : 'counted_unreviewed';
    // A unit with one unreviewed report among accepted ones is flagged as unreviewed.
    if (standingOf.get(c) !== 'counted_unreviewed') standingOf.set(c, s);
  }

  const mergedFrom = new Map<number, Set<number>>();
  for (const u of communes) {
    const c = carrier(u.id);
    if (c !== u.id) {
      let s = mergedFrom.get(c);
      if (!s) mergedFrom.set(c, (s = new Set()));
      s.add(u.id);
    }
  }

  const communeRows: (SynthesisUnit & { provinceId: number | null })[] = [];
  for (const id of expected) {
    const info = unitInfo.get(id);
    let cells = ownCells.get(id);
    if (!cells) {
      cells = {};
      for (const [code, list] of contrib.get(id) ?? []) cells[code] = cellOf(indByCode.get(code)!.aggregation, id, list);
    }
    communeRows.push({
      id,
      code: info?.code ?? String(id),
      name: info?.name ?? display(id),
      displayName: display(id),
      provinceId: info?.province_id ?? null,
      standing: standingOf.get(id) ?? 'missing',
      mergedFrom: [...(mergedFrom.get(id) ?? [])].map(display).sort(compareVi),
      cells,
    });
  }
  communeRows.sort((a, b) => compareVi(a.name, b.name));

  // ---- totals over every counted unit
  const totals = totalsOf(communeRows, indicators).map((t) => ({ ...t, groupCode: indByCode.get(t.indicator)?.group_code ?? '' }));

  // ---- rows of the table: communes, or provinces for the nation
  let units: SynthesisUnit[] = communeRows;
  if (scope.kind === 'nation') {
    const byProv = new Map<number, typeof communeRows>();
    for (const r of communeRows) {
      if (r.provinceId === null) continue;
      let l = byProv.get(r.provinceId);
      if (!l) byProv.set(r.provinceId, (l = []));
      l.push(r);
    }
    const provs = await repo.listUnitsByIds(db, [...byProv.keys()]);
    units = provs.map((p) => {
      const rows = byProv.get(p.id) ?? [];
      const cells: Record<string, UnitCell> = {};
      for (const t of totalsOf(rows, indicators)) cells[t.indicator] = { value: t.value, max: t.max, qualifiers: qualifiersOf(t) };
      const counted = rows.filter((r) => r.standing === 'counted' || r.standing === 'counted_unreviewed').length;
      return { id: p.id, code: p.code, name: p.name, displayName: p.name, standing: counted ? 'counted' : 'missing', mergedFrom: [], cells } satisfies SynthesisUnit;
    });
    units.sort((a, b) => compareVi(a.name, b.name));
  }

  // ---- indicators and groups that have data
  const withData = new Set(totals.map((t) => t.indicator));
  const info = (i: IndicatorRow): IndicatorInfo => ({ code: i.code, name: i.name, unit: i.unit, groupCode: i.group_code, aggregation: i.aggregation });
  const groupList = groups
    .map((g) => ({ code: g.code, name: g.name, indicators: indicators.filter((i) => i.group_code === g.code && withData.has(i.code)).map(info) }))
    .filter((g) => g.indicators.length > 0);

  // ---- rankings: flows and stocks reported by at least two units
  const rankings: Ranking[] = [];
  for (const i of indicators) {
    if ((i.aggregation !== 'flow' && i.aggregation !== 'stock') || CONTEXT_GROUPS.has(i.group_code)) continue;
    const rows = units.filter((u) => u.cells[i.code]);
    if (rows.length < 2) continue;
    rows.sort((a, b) => b.cells[i.code]!.value - a.cells[i.code]!.value || compareVi(a.name, b.name));
    rankings.push({ indicator: info(i), top: rows.slice(0, RANK_TOP).map((u) => ({ unit: u.displayName, cell: u.cells[i.code]! })) });
  }
  rankings.sort((a, b) => units.filter((u) => u.cells[b.indicator.code]).length - units.filter((u) => u.cells[a.indicator.code]).length);

  // ---- narrative: models, difficulties by theme, recommendations by addressee
  const themeList: Theme[] = themes.map((t) => ({ code: t.code, name: t.name, cues: Array.isArray(t.cues) ? t.cues : [] }));
  const models: Synthesis['models'] = [];
  const diffs = new Map<string, { units: Set<string>; mentions: number; quotes: { unit: string; text: string }[] }>();
  const recs = new Map<string, { addressee: string; units: Set<string>; items: { unit: string; text: string }[]; seen: Set<string> }>();
  const unitOfReport = new Map(chosen.map((r) => [r.id, r.unit_id]));
  // By unit name, then report: the nation has ≈13 k narratives, so names are collated once
  // (names the collation holds equal share a rank) and the reports sorted by rank.
  const named = narratives.map((n) => ({ ...n, unit: display(unitOfReport.get(n.id)!) }));
  const nameRank = new Map<string, number>();
  let previous: string | null = null;
  for (const name of [...new Set(named.map((n) => n.unit))].sort(compareVi)) {
    nameRank.set(name, previous !== null && compareVi(previous, name) === 0 ? nameRank.get(previous)! : nameRank.size);
    previous = name;
  }
  const ordered = named.sort((a, b) => nameRank.get(a.unit)! - nameRank.get(b.unit)! || a.id - b.id);
  const keyOf = new Map<string, string>();
  for (const r of ordered) {
    const unit = r.unit;
    const n = readNarrative(r.narrative ?? {}, r.doc_difficulties, r.doc_recommendations, themeList);
    for (const m of n.models) models.push({ unit, text: m });
    for (const d of n.difficulties) {
      const key = d.theme ?? 'other';
      let g = diffs.get(key);
      if (!g) diffs.set(key, (g = { units: new Set(), mentions: 0, quotes: [] }));
      g.mentions++;
      if (!g.units.has(unit) && g.quotes.length < QUOTES_PER_THEME) g.quotes.push({ unit, text: d.text });
      g.units.add(unit);
    }
    for (const rec of n.recommendations) {
      const addressee = rec.to ?? 'Kiến nghị chung (không nêu cơ quan)';
      let key = '';
      if (rec.to) {
        const known = keyOf.get(rec.to);
        if (known === undefined) keyOf.set(rec.to, (key = addresseeKey(rec.to)));
        else key = known;
      }
      let g = recs.get(key);
      if (!g) recs.set(key, (g = { addressee, units: new Set(), items: [], seen: new Set() }));
      g.units.add(unit);
      const textKey = `${unit}|${rec.text}`;
      if (!g.seen.has(textKey)) {
        g.seen.add(textKey);
        g.items.push({ unit, text: rec.text });
      }
    }
  }
  const themeOrder = new Map(themeList.map((t, i) => [t.code, i]));
  const difficulties = [...diffs.entries()]
    .map(([theme, g]) => ({ theme, name: themeList.find((t) => t.code === theme)?.name ?? 'Khó khăn, vướng mắc khác', units: [...g.units].sort(compareVi), mentions: g.mentions, quotes: g.quotes }))
    .sort((a, b) => b.units.length - a.units.length || (themeOrder.get(a.theme) ?? 99) - (themeOrder.get(b.theme) ?? 99));
  const recommendations = [...recs.entries()]
    .map(([key, g]) => ({ key, addressee: g.addressee, units: [...g.units].sort(compareVi), items: g.items }))
    .sort((a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || b.units.length - a.units.length || compareVi(a.addressee, b.addressee))
    .map(({ addressee, units: u, items }) => ({ addressee, units: u, items }));

  const standingCount = (s: UnitStanding) => communeRows.filter((u) => u.standing === s).length;
  return {
    scope,
    counts: { expected: communeRows.length, counted: standingCount('counted'), countedUnreviewed: standingCount('counted_unreviewed'), notCounted: standingCount('not_counted'), missing: standingCount('missing') },
    groups: groupList,
    totals,
    units,
    rankings,
    models,
    difficulties,
    recommendations,
  };
}

export function provinceKind(name: string): 'thành phố' | 'tỉnh' {
  return CITIES.has(name.toLocaleLowerCase('vi').replace(/^(?:tp\.?|thành phố)\s+/u, '')) ? 'thành phố' : 'tỉnh';
}

/**
 * Per original unit: a report whose period lies inside another counted report's period (a
 * longer one, or an equal one chosen first: accepted before submitted, lower id first) is left out.
 */
export function chooseReports<T extends { id: number; unit_id: number; starts_on: string; ends_on: string; status: string }>(reports: T[]): T[] {
  const byUnit = new Map<number, T[]>();
  for (const r of reports) {
    let l = byUnit.get(r.unit_id);
    if (!l) byUnit.set(r.unit_id, (l = []));
    l.push(r);
  }
  const out: T[] = [];
  const len = (r: T) => Date.parse(r.ends_on) - Date.parse(r.starts_on);
  const rank = (r: T) => (r.status === 'accepted' ? 0 : 1);
  for (const list of byUnit.values()) {
    if (list.length === 1) {
      out.push(list[0]!);
      continue;
    }
    list.sort((a, b) => len(b) - len(a) || rank(a) - rank(b) || a.id - b.id);
    const picked: T[] = [];
    for (const r of list) if (!picked.some((p) => p.starts_on <= r.starts_on && p.ends_on >= r.ends_on)) picked.push(r);
    out.push(...picked);
  }
  return out;
}

/** One unit's cell from its contributions (its own and its merged predecessors'). */
export function cellOf(aggregation: IndicatorRow['aggregation'], carrierId: number, list: Contribution[]): UnitCell {
  // The usual case (no merger): one original unit, already rolled up over time by the database.
  if (list.length === 1) {
    const c = list[0]!;
    return { value: aggregation === 'flag' ? (c.value > 0 ? 1 : 0) : c.value, max: aggregation === 'flag' ? (c.max > 0 ? 1 : 0) : c.max, qualifiers: c.qualifiers };
  }
  const quals = (l: Contribution[]) => [...new Set(l.flatMap((c) => c.qualifiers))];
  if (aggregation === 'flow') {
    return { value: sum(list.map((c) => c.value)), max: sum(list.map((c) => c.max)), qualifiers: quals(list) };
  }
  // Latest value per original unit; the carrier's own latest value supersedes its predecessors'.
  const latest = new Map<number, Contribution>();
  for (const c of list) {
    const cur = latest.get(c.origUnit);
    if (!cur || c.endsOn > cur.endsOn) latest.set(c.origUnit, c);
  }
  let picked = [...latest.values()];
  const own = latest.get(carrierId);
  if (own && picked.every((c) => c.endsOn <= own.endsOn)) picked = [own];
  if (aggregation === 'stock') return { value: sum(picked.map((c) => c.value)), max: sum(picked.map((c) => c.max)), qualifiers: quals(picked) };
  if (aggregation === 'flag') return { value: picked.some((c) => c.value > 0) ? 1 : 0, max: picked.some((c) => c.max > 0) ? 1 : 0, qualifiers: quals(picked) };
  return { value: sum(picked.map((c) => c.value)) / picked.length, max: sum(picked.map((c) => c.max)) / picked.length, qualifiers: quals(picked) };
}

function sum(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

function qualifiersOf(t: IndicatorTotal): UnitCell['qualifiers'] {
  const q: UnitCell['qualifiers'][number][] = [];
  if (t.breakdown.approx) q.push('approx');
  if (t.breakdown.atLeast) q.push('at_least');
  if (t.breakdown.atMost) q.push('at_most');
  if (t.breakdown.range) q.push('range');
  return q.length ? q : ['exact'];
}

/**
 * Totals per indicator over rows (by each indicator's aggregation, via rollup's computeTotals).
 * A percentage with numerator and denominator is recomputed only over the units that gave both.
 */
export function totalsOf(rows: readonly Pick<SynthesisUnit, 'cells'>[], indicators: readonly IndicatorRow[]): IndicatorTotal[] {
  const out: IndicatorTotal[] = [];
  for (const ind of indicators) {
    const cells: UnitCell[] = [];
    for (const r of rows) {
      const c = r.cells[ind.code];
      if (c) cells.push(c);
    }
    if (ind.aggregation === 'percent' && ind.numerator_code && ind.denominator_code) {
      const num: UnitCell[] = [];
      const den: UnitCell[] = [];
      for (const r of rows) {
        const n = r.cells[ind.numerator_code];
        const d = r.cells[ind.denominator_code];
        if (n && d) {
          num.push(n);
          den.push(d);
        }
      }
      if (den.length > 0 && sum(den.map((d) => d.value)) > 0) {
        const rollupRows = [
          aggregateCells(ind.code, 'percent', cells),
          aggregateCells(ind.numerator_code, 'flow', num),
          aggregateCells(ind.denominator_code, 'flow', den),
        ];
        const [t] = computeTotals(rollupRows, [ind]);
        const [, n, d] = rollupRows as [unknown, (typeof rollupRows)[number], (typeof rollupRows)[number]];
        // A ratio of qualified numbers is an approximation (a lower-bound numerator over a
        // lower-bound denominator bounds nothing), so any qualified part makes it "khoảng".
        const qualified = n.approx_units + d.approx_units + n.at_least_units + d.at_least_units + n.at_most_units + d.at_most_units + n.range_units + d.range_units;
        const breakdown = t && t.method === 'ratio' ? { approx: qualified, atLeast: 0, atMost: 0, range: 0 } : t?.breakdown;
        if (t && breakdown) out.push({ ...t, breakdown, qualifier: t.method === 'ratio' && qualified ? 'approx' : t.qualifier, unitsReporting: t.method === 'ratio' ? den.length : t.unitsReporting });
        continue;
      }
    }
    if (cells.length === 0) continue;
    const [t] = computeTotals([aggregateCells(ind.code, ind.aggregation, cells)], [ind]);
    if (t) out.push(t);
  }
  return out;
}
