// ECharts set-up shared by every chart: the Vietnamese locale (5.3.1 ships none), no animation under test,
// data-chart-ready="true" on the container once ECharts has finished drawing, resizing with the container.
import { t } from '../i18n.js';
import { currentLang } from '../url-state.js';

const echarts = () => window.echarts;

export function registerChartLocale() {
  if (!echarts()) return;
  echarts().registerLocale('VI', {
    time: {
      month: t('echarts.month').split(','),
      monthAbbr: t('echarts.monthAbbr').split(','),
      dayOfWeek: t('echarts.dayOfWeek').split(','),
      dayOfWeekAbbr: t('echarts.dayOfWeekAbbr').split(','),
    },
  });
}

/** True in browser tests (WebDriver) and for readers who ask for less motion. */
export function quiet() {
  return navigator.webdriver === true || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const charts = new Map();

/** The chart of a container, made once. */
export function chartFor(container) {
  if (charts.has(container)) return charts.get(container);
  const chart = echarts().init(container, null, { renderer: 'canvas', locale: currentLang() === 'vi' ? 'VI' : 'EN' });
  charts.set(container, chart);
  if (window.ResizeObserver) {
    new ResizeObserver(() => chart.resize()).observe(container);
  }
  return chart;
}

/** Draws an option (replacing the last one) and marks the container ready when ECharts says it finished. */
export function draw(container, option) {
  const chart = chartFor(container);
  container.dataset.chartReady = 'false';
  chart.off('finished');
  chart.on('finished', () => { container.dataset.chartReady = 'true'; });
  const base = { animation: !quiet(), textStyle: { fontFamily: getComputedStyle(document.body).fontFamily } };
  // Tooltips drawn by the chart itself (plain text, no HTML): nothing of ours is ever parsed as markup, and the
  // Content-Security-Policy needs no inline styles.
  const tooltip = option.tooltip ? { ...option.tooltip, renderMode: 'richText', confine: true } : undefined;
  chart.setOption({ ...base, ...option, tooltip }, true);
  drawn.set(container, { ...base, ...option });
  return chart;
}

const drawn = new WeakMap();

/** What an export redraws: the option last drawn in a container (as given, not ECharts' merged one) and its size. */
export function exportSource(container) {
  return { option: drawn.get(container) || null, width: container.clientWidth, height: container.clientHeight };
}

/** Follows a container's new height (bar charts grow with their rows). */
export function resize(container) {
  const chart = charts.get(container);
  if (chart) chart.resize();
}

window.addEventListener('beforeprint', () => charts.forEach((chart) => chart.resize()));

/** Chart colours, readable in grey print together with the shapes and patterns each chart adds. */
export const COLORS = {
  bar: '#9fbad6',
  barBorder: '#5a7a9c',
  highlight: '#c2410c',
  highlightBorder: '#111111',
  median: '#222222',
  muted: '#b8c2cc',
  ink: '#1f2933',
  band95: '#4d6b8a',
  band998: '#1f2933',
};

/** The diagonal hatching that marks the selected unit besides its colour (survives grey print). */
export const HIGHLIGHT_DECAL = {
  symbol: 'rect',
  symbolSize: 1,
  color: 'rgba(255, 255, 255, 0.55)',
  dashArrayX: [1, 0],
  dashArrayY: [3, 5],
  rotation: -Math.PI / 4,
};
