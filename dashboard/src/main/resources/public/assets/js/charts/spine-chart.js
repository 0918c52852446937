// The spine chart of a unit profile, drawn as public-health profiles draw it: one row per indicator, the
// comparison group's median in the centre, a bar from the worst unit (left) to the best (right) with the middle
// 50% darker, and the unit's mark, shaped and coloured by its direction-aware quartile. Rows are SVG inside an
// HTML table, so names wrap, the keyboard reaches every value, and it prints sharp.
import { svg, el } from '../dom.js';
import { t } from '../i18n.js';
import { quartileMark, quartileName, quartileStyle, indicatorName } from '../labels.js';

/** The mark follows the unit's quartile within the comparison group the chart is centred on. */
function markQuartile(line) {
  return line.groupQuartile ?? line.quartile;
}
import * as fmt from '../format.js';

const W = 300;
const H = 22;
const PAD = 8;

/** Position 0..W of a value on a row's spine; better is always to the right. */
export function spineScale(line) {
  const sign = line.indicator.direction === 'lower_better' ? -1 : 1;
  const centre = line.groupMedian ?? line.cityMedian;
  const oriented = (v) => sign * v;
  const lo = Math.min(oriented(line.worst ?? line.min), oriented(line.best ?? line.max));
  const hi = Math.max(oriented(line.worst ?? line.min), oriented(line.best ?? line.max));
  const m = oriented(centre);
  const half = Math.max(hi - m, m - lo) || Math.abs(m) || 1;
  return (v) => {
    const x = W / 2 + ((oriented(v) - m) / half) * (W / 2 - PAD);
    return Math.max(PAD / 2, Math.min(W - PAD / 2, x));
  };
}

/** The SVG of one row. */
export function spineRow(line) {
  const x = spineScale(line);
  const worst = x(line.worst ?? line.min);
  const best = x(line.best ?? line.max);
  const q1 = x(line.p25);
  const q3 = x(line.p75);
  const label = `${quartileName(markQuartile(line), line.indicator.direction)}`;
  const missingRange = [line.min, line.max, line.p25, line.p75].some((v) => v === null || v === undefined);
  const pct = (v) => `${(100 * v) / W}%`;
  return svg('svg', {
    class: 'spine-svg', role: 'img', 'aria-label': label, height: H,
    dataset: { quartile: String(markQuartile(line) ?? ''), indicator: line.indicator.id },
  },
  missingRange ? null : svg('rect', { x: pct(Math.min(worst, best)), y: 5, width: pct(Math.abs(best - worst)), height: H - 10, fill: '#d9dee4', class: 'spine-range' }),
  missingRange ? null : svg('rect', { x: pct(Math.min(q1, q3)), y: 5, width: pct(Math.max(1, Math.abs(q3 - q1))), height: H - 10, fill: '#8d99a6', class: 'spine-iqr' }),
  svg('line', { x1: '50%', x2: '50%', y1: 1, y2: H - 1, stroke: '#111', 'stroke-width': 2, class: 'spine-median' }),
  line.value === null || line.value === undefined ? null
    : svg('svg', { x: pct(x(line.value)), y: 0, overflow: 'visible', class: 'spine-mark' },
      quartileMark(markQuartile(line), line.indicator.direction, 0, H / 2, 7)));
}

/** The legend above the spine table: what the bar, the shading, the line and each mark mean. */
export function spineLegend() {
  const item = (graphic, text) => el('li', {}, svg('svg', { viewBox: '0 0 28 16', width: 28, height: 16, 'aria-hidden': 'true' }, graphic), text);
  return el('ul', { class: 'spine-legend', 'aria-label': t('unit.spineLegend') },
    item(svg('rect', { x: 0, y: 3, width: 28, height: 10, fill: '#d9dee4' }), t('unit.spineRange')),
    item(svg('rect', { x: 0, y: 3, width: 28, height: 10, fill: '#8d99a6' }), t('unit.spineMiddle')),
    item(svg('line', { x1: 14, x2: 14, y1: 0, y2: 16, stroke: '#111', 'stroke-width': 2 }), t('unit.spineMedian')),
    [1, 2, 3, 4].map((q) => item(quartileMark(q, 'higher_better', 14, 8, 6), quartileName(q, 'higher_better'))),
    item(quartileMark(1, 'neutral', 14, 8, 6), t('unit.spineNeutral')));
}

const EXPORT_ROW = 24;

/**
 * The spine chart as an ECharts option, for the PNG and SVG exports (the page draws it as SVG rows in a table):
 * the same bars, median line and quartile marks, one row per indicator named with its value.
 * Returns {option, width, height} like exportSource().
 */
export function spineExportSource(lines) {
  const rows = lines.map((line) => {
    const x = spineScale(line);
    const has = (v) => v !== null && v !== undefined;
    const range = [line.worst ?? line.min, line.best ?? line.max].every(has) && [line.p25, line.p75].every(has);
    const a = range ? Math.min(x(line.worst ?? line.min), x(line.best ?? line.max)) : null;
    const b = range ? Math.max(x(line.worst ?? line.min), x(line.best ?? line.max)) : null;
    const q1 = range ? Math.min(x(line.p25), x(line.p75)) : null;
    const q3 = range ? Math.max(x(line.p25), x(line.p75)) : null;
    return { line, a, b, q1, q3, mark: has(line.value) ? x(line.value) : null };
  });
  const names = rows.map(({ line }) => `${indicatorName(line.indicator)}: ${fmt.value(line.value, line.indicator.unit)}`);
  const clear = { color: 'rgba(0,0,0,0)' };
  const bar = { type: 'bar', barWidth: 12, silent: true };
  const option = {
    aria: { enabled: false },
    grid: { left: 380, right: 30, top: 30, bottom: 30 },
    xAxis: {
      type: 'value', min: 0, max: W, position: 'top',
      axisLabel: { show: false }, axisTick: { show: false }, splitLine: { show: false }, axisLine: { show: false },
      name: `◀ ${t('unit.spineWorse')}          ${t('unit.spineBetter')} ▶`, nameLocation: 'middle', nameGap: 12,
      nameTextStyle: { fontWeight: 'bold', color: '#3d4852' },
    },
    yAxis: {
      type: 'category', inverse: true, data: names, axisTick: { show: false },
      axisLabel: { interval: 0, fontSize: 11, width: 360, overflow: 'truncate', color: '#1f2933' },
    },
    series: [
      { ...bar, stack: 'range', data: rows.map((r) => r.a), itemStyle: clear },
      { ...bar, stack: 'range', data: rows.map((r) => (r.a === null ? null : r.b - r.a)), itemStyle: { color: '#d9dee4' } },
      { ...bar, stack: 'iqr', barGap: '-100%', data: rows.map((r) => r.q1), itemStyle: clear },
      {
        ...bar, stack: 'iqr', data: rows.map((r) => (r.q1 === null ? null : Math.max(1, r.q3 - r.q1))), itemStyle: { color: '#8d99a6' },
        markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: '#111', type: 'solid', width: 2 }, data: [{ xAxis: W / 2 }] },
      },
      {
        type: 'scatter', silent: true, z: 5, symbolSize: 13,
        data: rows.map((r, i) => {
          if (r.mark === null) return null;
          const style = quartileStyle(markQuartile(r.line), r.line.indicator.direction);
          const ring = style.shape === 'ring';
          return {
            value: [r.mark, i], symbol: ring ? 'circle' : style.echarts,
            itemStyle: { color: style.color, borderColor: '#111', borderWidth: ring ? 2 : 1.2 },
          };
        }).filter(Boolean),
      },
    ],
  };
  return { option, width: 1000, height: rows.length * EXPORT_ROW + 60 };
}
