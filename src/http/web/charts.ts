// Charts rendered on the server as SVG with Apache ECharts' SSR renderer: no chart library is
// sent to the browser, charts print, and old PCs only draw a picture. ECharts escapes the text it
// writes into the SVG (tested with script payloads in unit names).
import * as echarts from 'echarts';

const palette = ['#9b1c1c', '#1d4ed8', '#15803d', '#b45309', '#6d28d9', '#0f766e'];
const font = { fontFamily: 'Segoe UI, Roboto, Arial, sans-serif', fontSize: 12, color: '#1b1b1b' };

function render(width: number, height: number, option: echarts.EChartsCoreOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, color: palette, textStyle: font, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export const fmt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** Horizontal bars, one per label (units compared), largest first. */
export function barChart(items: { label: string; value: number }[], opts: { width?: number; unit?: string } = {}): string {
  const width = opts.width ?? 720;
  const height = Math.max(120, 40 + items.length * 22);
  const rev = [...items].reverse(); // ECharts draws the first category at the bottom
  return render(width, height, {
    grid: { left: 170, right: 60, top: 10, bottom: 30 },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => fmt.format(v) } },
    yAxis: { type: 'category', data: rev.map((i) => truncate(i.label, 26)), axisLabel: { interval: 0 } },
    series: [{ type: 'bar', data: rev.map((i) => i.value), barMaxWidth: 16, label: { show: true, position: 'right', formatter: (p: { value: number }) => fmt.format(p.value) } }],
  });
}

/** Columns over periods (an indicator's province figure through time). */
export function trendChart(points: { label: string; value: number }[], opts: { width?: number; height?: number } = {}): string {
  return render(opts.width ?? 720, opts.height ?? 260, {
    grid: { left: 60, right: 20, top: 20, bottom: 50 },
    xAxis: { type: 'category', data: points.map((p) => p.label), axisLabel: { interval: 0, width: 110, overflow: 'break' } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => fmt.format(v) } },
    series: [{ type: 'bar', data: points.map((p) => p.value), barMaxWidth: 40, label: { show: true, position: 'top', formatter: (p: { value: number }) => fmt.format(p.value) } }],
  });
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
