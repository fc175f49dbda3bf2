// The province dashboard: who is late, how complete each request is, and what the province
// achieved (charts drawn on the server). The page body is cached per province, period and
// indicator while the province's data fingerprint is unchanged, so 50 analysts refreshing at
// once cost one small query each.
import { Hono } from 'hono';
import { raw } from 'hono/html';
import { z } from 'zod';
import {
  dashboardFingerprint,
  dashboardProvinces,
  provinceDashboard,
  todayIso,
  type ProvinceDashboard,
  type RequestProgress,
} from '#src/core/dashboard/dashboard.ts';
import { canReviewProvince, assertAllowed, isSystemAdmin, provinceIds } from '#src/core/auth/authorization.ts';
import { formatViDate } from '#src/core/periods/periods.ts';
import { unitDisplayName } from '#src/core/units/units.ts';
import { AppError } from '#src/errors.ts';
import { Layout } from '../layout.tsx';
import { Card, CompletenessBar, DataTable, Kpis, PageHeader, pct } from '../components.tsx';
import { barChart, fmt, trendChart } from '../charts.ts';
import type { AppEnv } from '../../context.ts';

const query = z.object({
  province: z.coerce.number().int().positive().optional(),
  period: z.coerce.number().int().positive().optional(),
  indicator: z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/).optional(),
});

const qualifierNote: Record<string, string> = {
  exact: '',
  approx: 'khoảng',
  at_least: 'ít nhất',
  at_most: 'nhiều nhất',
  range: 'khoảng từ',
  mixed: 'gồm số ước tính',
};

function deadlineText(r: RequestProgress): string {
  if (r.daysLeft > 0) return `còn ${r.daysLeft} ngày`;
  if (r.daysLeft === 0) return 'hạn hôm nay';
  return `quá hạn ${-r.daysLeft} ngày`;
}

function RequestsCard(props: { d: ProvinceDashboard }) {
  const open = props.d.requests.filter((r) => r.accepted < r.expected);
  return (
    <Card id="req-h" title="Yêu cầu báo cáo đang mở" empty={open.length === 0 && 'Không có yêu cầu báo cáo nào đang chờ.'}>
      <DataTable
        columns={['Số, ký hiệu', 'Trích yếu', 'Kỳ', 'Hạn nộp', 'Tiến độ', { label: 'Đã gửi', num: true }, { label: 'Chấp nhận', num: true }, { label: 'Trả lại', num: true }, { label: 'Nộp muộn', num: true }]}
        after={<p class="legend muted"><i class="bar-acc" style="background:#15803d"></i>đã chấp nhận <i style="background:#60a5fa"></i>đã gửi, chờ duyệt</p>}
      >
        {open.map((r) => (
          <tr>
            <td><a href={`/requests/${r.id}`}>{r.number}</a></td>
            <td>{r.subject}</td>
            <td>{r.periodLabel}</td>
            <td>
              {formatViDate(r.deadline)}
              <br />
              <span class={r.daysLeft < 0 ? 'overdue small' : 'muted small'}>{deadlineText(r)}</span>
            </td>
            <td><CompletenessBar c={r} /><span class="small">{`${fmt.format(pct(r.submitted, r.expected))}%`}</span></td>
            <td class="num">{`${r.submitted}/${r.expected}`}</td>
            <td class="num">{r.accepted}</td>
            <td class="num">{r.returned}</td>
            <td class="num">{r.late}</td>
          </tr>
        ))}
      </DataTable>
    </Card>
  );
}

function OverdueCard(props: { d: ProvinceDashboard }) {
  const o = props.d.overdue;
  return (
    <Card id="late-h" title={`Đơn vị quá hạn chưa gửi báo cáo${o.length ? ` (${o.length})` : ''}`} empty={o.length === 0 && 'Không có đơn vị nào quá hạn.'}>
      <DataTable columns={['Đơn vị', 'Yêu cầu quá hạn']}>
        {o.slice(0, 200).map((u) => (
          <tr>
            <td>{unitDisplayName(u)}</td>
            <td>
              {u.requests.map((r, i) => (
                <>
                  {i > 0 ? '; ' : ''}
                  <a href={`/requests/${r.id}`}>{r.number}</a> (hạn {formatViDate(r.deadline)}{r.status === 'returned' ? ', bị trả lại' : r.status === 'draft' ? ', đang soạn' : ''})
                </>
              ))}
            </td>
          </tr>
        ))}
      </DataTable>
    </Card>
  );
}

function Filters(props: { d: ProvinceDashboard; provinces: { id: number; name: string }[] }) {
  const d = props.d;
  return (
    <form method="get" action="/dashboard" class="card filters noprint" aria-label="Chọn tỉnh, kỳ và chỉ tiêu">
      {props.provinces.length > 1 ? (
        <div>
          <label for="f-province">Tỉnh/Thành phố</label>
          <select id="f-province" name="province">
            {props.provinces.map((p) => <option value={String(p.id)} selected={p.id === d.province.id}>{p.name}</option>)}
          </select>
        </div>
      ) : (
        <input type="hidden" name="province" value={String(d.province.id)} />
      )}
      <div>
        <label for="f-period">Kỳ báo cáo</label>
        <select id="f-period" name="period">
          {d.periods.map((p) => <option value={String(p.id)} selected={p.id === d.period?.id}>{`${p.label} (${p.units} đơn vị)`}</option>)}
        </select>
      </div>
      <div>
        <label for="f-indicator">Chỉ tiêu</label>
        <select id="f-indicator" name="indicator">
          {d.indicators.map((i) => <option value={i.code} selected={i.code === d.indicator?.code}>{i.name}</option>)}
        </select>
      </div>
      <div><button type="submit">Xem</button></div>
    </form>
  );
}

function TotalsCard(props: { d: ProvinceDashboard }) {
  const { d } = props;
  const names = new Map(d.indicators.map((i) => [i.code, i]));
  return (
    <Card id="tot-h" title={`Kết quả toàn tỉnh — ${d.period?.label ?? 'chưa có số liệu'}`} empty={d.totals.length === 0 && 'Chưa có số liệu đã gửi hoặc đã chấp nhận cho kỳ này.'}>
      <DataTable columns={['Chỉ tiêu', { label: 'Toàn tỉnh', num: true }, 'Đơn vị tính', { label: 'Số đơn vị báo cáo', num: true }, 'Ghi chú']}>
        {d.totals.map((t) => (
          <tr>
            <td><a href={`/dashboard?province=${d.province.id}&period=${d.period?.id ?? ''}&indicator=${t.indicator}#cmp-h`}>{names.get(t.indicator)?.name ?? t.name}</a></td>
            <td class="num">{`${qualifierNote[t.qualifier] ? `${qualifierNote[t.qualifier]} ` : ''}${fmt.format(t.value)}${t.max !== t.value ? `–${fmt.format(t.max)}` : ''}`}</td>
            <td>{t.method === 'count' ? 'đơn vị có' : t.unit}</td>
            <td class="num">{t.unitsReporting}</td>
            <td class="small muted">{t.method === 'mean' ? 'trung bình các đơn vị' : t.method === 'ratio' ? 'tính từ tử số/mẫu số' : ''}</td>
          </tr>
        ))}
      </DataTable>
    </Card>
  );
}

function ChartsCard(props: { d: ProvinceDashboard }) {
  const { d } = props;
  if (!d.indicator || !d.period) return null;
  const ind = d.indicator;
  const top = d.byUnit.slice(0, 20);
  return (
    <Card id="cmp-h" title={`${ind.name} (${ind.unit})`}>
      {d.trend.length > 0 ? (
        <figure class="chart" role="img" aria-label={`Toàn tỉnh qua các kỳ: ${d.trend.map((p) => `${p.label}: ${fmt.format(p.value)}`).join('; ')}`}>
          {raw(trendChart(d.trend))}
          <figcaption>Toàn tỉnh qua các kỳ ({ind.aggregation === 'percent' ? 'trung bình các đơn vị' : ind.aggregation === 'flag' ? 'số đơn vị có' : 'tổng các đơn vị'}).</figcaption>
        </figure>
      ) : null}
      <h3>So sánh giữa các đơn vị — {d.period.label}</h3>
      {top.length === 0 ? (
        <p class="muted">Chưa có đơn vị nào báo cáo chỉ tiêu này trong kỳ.</p>
      ) : (
        <>
          <figure class="chart" role="img" aria-label={`${top.length} đơn vị cao nhất: ${top.map((u) => `${u.name}: ${fmt.format(u.value)}`).join('; ')}`}>
            {raw(barChart(top.map((u) => ({ label: unitDisplayName(u), value: u.value }))))}
            <figcaption>{d.byUnit.length > top.length ? `${top.length} đơn vị cao nhất trong ${d.byUnit.length} đơn vị có số liệu.` : `${d.byUnit.length} đơn vị có số liệu.`}</figcaption>
          </figure>
          <details>
            <summary>Bảng đầy đủ ({d.byUnit.length} đơn vị)</summary>
            <DataTable scroll={false} columns={[{ label: '#', num: true }, 'Đơn vị', { label: 'Giá trị', num: true }]}>
              {d.byUnit.map((u, i) => (
                <tr><td class="num">{i + 1}</td><td>{unitDisplayName(u)}</td><td class="num">{`${qualifierNote[u.qualifier] ? `${qualifierNote[u.qualifier]} ` : ''}${fmt.format(u.value)}${u.valueMax !== null ? `–${fmt.format(u.valueMax)}` : ''}`}</td></tr>
              ))}
            </DataTable>
          </details>
        </>
      )}
    </Card>
  );
}

function TargetsCard(props: { d: ProvinceDashboard }) {
  const t = props.d.targets;
  if (!t.length) return null;
  return (
    <Card id="tgt-h" title={`Tiến độ so với chỉ tiêu kế hoạch năm ${t[0]!.year}`}>
      <DataTable columns={['Chỉ tiêu kế hoạch', { label: 'Mục tiêu', num: true }, { label: 'Đạt được', num: true }, 'Tiến độ']}>
        {t.map((x) => {
          const p = x.achieved === null ? 0 : pct(x.achieved, x.target);
          return (
            <tr>
              <td>{x.text || x.name}<br /><span class="small muted">{x.planTitle}</span></td>
              <td class="num">{`${fmt.format(x.target)} ${x.unit}`}</td>
              <td class="num">{x.achieved === null ? '—' : fmt.format(x.achieved)}</td>
              <td>
                <span class="bar" role="img" aria-label={`Đạt ${fmt.format(p)}% mục tiêu`}><span class="acc" style={`width:${p}%`}></span></span>
                <span class="small">{`${fmt.format(p)}%`}</span>
              </td>
            </tr>
          );
        })}
      </DataTable>
    </Card>
  );
}

export function DashboardBody(props: { d: ProvinceDashboard; provinces: { id: number; name: string }[] }) {
  const { d } = props;
  const open = d.requests.filter((r) => r.accepted < r.expected);
  const submittedNow = open[0];
  return (
    <>
      <PageHeader title="Bảng điều khiển" place={d.province.name} />
      <Kpis
        label="Số liệu chính"
        items={[
          { value: d.communes, label: 'đơn vị cấp xã' },
          { value: open.length, label: 'yêu cầu đang mở' },
          { value: d.overdue.length, label: 'đơn vị quá hạn', alert: d.overdue.length > 0 },
          !!submittedNow && { value: `${fmt.format(pct(submittedNow.submitted, submittedNow.expected))}%`, label: `đã gửi (${submittedNow.number})` },
        ]}
      />
      <Filters d={d} provinces={props.provinces} />
      <RequestsCard d={d} />
      <OverdueCard d={d} />
      <ChartsCard d={d} />
      <TargetsCard d={d} />
      <TotalsCard d={d} />
      <p class="small muted">Số liệu tính đến ngày {formatViDate(d.today)}; chỉ tính báo cáo đã gửi hoặc đã chấp nhận.</p>
    </>
  );
}

interface CacheEntry {
  fingerprint: string;
  at: number;
  html: string;
}

const CACHE_MS = 30_000;
const CACHE_MAX = 500;
/** The province's data fingerprint is asked at most this often; a browser reload (max-age=0) always asks. */
const FINGERPRINT_MS = 1_000;

export function dashboardRoutes() {
  const app = new Hono<AppEnv>();
  const cache = new Map<string, CacheEntry>();
  const building = new Map<string, Promise<CacheEntry>>();
  const fingerprints = new Map<number, { at: number; value: Promise<string> }>();
  const provinceLists = new Map<string, { at: number; value: { id: number; name: string }[] }>();

  /** One fingerprint query per province per second, shared by every request waiting on it. */
  function fingerprintOf(db: Parameters<typeof dashboardFingerprint>[0], provinceId: number, fresh: boolean): Promise<string> {
    const f = fingerprints.get(provinceId);
    if (f && !fresh && Date.now() - f.at < FINGERPRINT_MS) return f.value;
    const value = dashboardFingerprint(db, provinceId);
    fingerprints.set(provinceId, { at: Date.now(), value });
    value.catch(() => fingerprints.delete(provinceId));
    return value;
  }

  app.get('/dashboard', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const q = query.safeParse(c.req.query());
    if (!q.success) throw new AppError('VALIDATION', 'Tham số của bảng điều khiển không hợp lệ.');
    // The provinces this actor may see (names change rarely: remembered for a minute).
    const scopeKey = isSystemAdmin(actor) ? 'all' : provinceIds(actor).sort((a, b) => a - b).join(',');
    let plist = provinceLists.get(scopeKey);
    if (!plist || Date.now() - plist.at > 60_000) {
      plist = { at: Date.now(), value: (await dashboardProvinces(db, actor)).map((p) => ({ id: p.id, name: p.name })) };
      provinceLists.set(scopeKey, plist);
    }
    const provinces = plist.value;
    if (!provinces.length) throw new AppError('FORBIDDEN', 'Bạn không có quyền xem bảng điều khiển cấp tỉnh.');
    const provinceId = q.data.province ?? provinces[0]!.id;
    assertAllowed(canReviewProvince(actor, provinceId), 'xem bảng điều khiển của tỉnh/thành phố này');
    const today = todayIso();
    const key = `${provinceId}|${q.data.period ?? ''}|${q.data.indicator ?? ''}|${today}|${provinces.length > 1 ? scopeKey : 'one'}`;
    const fresh = /max-age=0|no-cache/.test(c.req.header('cache-control') ?? '');
    const fingerprint = await fingerprintOf(db, provinceId, fresh);
    const build = (): Promise<CacheEntry> => {
      // Concurrent requests for the same page share one computation.
      const bkey = `${key}#${fingerprint}`;
      let job = building.get(bkey);
      if (!job) {
        job = (async () => {
          const d = await provinceDashboard(db, actor, { provinceId, periodId: q.data.period ?? null, indicator: q.data.indicator ?? null, today });
          const html = String(await (<DashboardBody d={d} provinces={provinces} />).toString());
          const e = { fingerprint, at: Date.now(), html };
          if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
          cache.set(key, e);
          return e;
        })();
        building.set(bkey, job);
        job.finally(() => building.delete(bkey)).catch(() => {});
      }
      return job;
    };
    let entry = cache.get(key);
    if (!entry || entry.fingerprint !== fingerprint) {
      entry = await build();
    } else if (Date.now() - entry.at > CACHE_MS) {
      // Same data fingerprint, only old: serve it and refresh in the background (edits the
      // fingerprint cannot see, such as a unit renamed, show up within CACHE_MS).
      build().catch((e: unknown) => console.error('[lantoa] dashboard refresh failed', e));
    }
    // The cached body was rendered (and escaped) by DashboardBody above; it holds no per-user data.
    return c.html(
      <Layout title="Bảng điều khiển" actor={actor} csrf={c.get('csrfToken')} path="/dashboard">
        {raw(entry.html)}
      </Layout>,
    );
  });
  return app;
}
