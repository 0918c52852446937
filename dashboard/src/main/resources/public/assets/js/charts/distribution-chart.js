// The distribution of one indicator over all units: a box plot above a strip of units (one dot each), the
// selected unit a larger hatched diamond in the highlight colour.
import { draw, COLORS } from './setup.js';
import * as fmt from '../format.js';

/** A fixed pseudo-random offset per unit code, so the strip does not jump between renders. */
function jitter(code) {
  let h = 0;
  for (const c of String(code)) h = (h * 31 + c.charCodeAt(0)) % 1000;
  return 0.2 + 0.6 * (h / 1000);
}

export function distributionChart(container, { distribution, indicator, selected, labels }) {
  const stats = distribution.stats || {};
  const measure = indicator.unit;
  const values = distribution.values || [];
  const pad = (stats.max - stats.min) * 0.04 || 1;
  const min = stats.min - pad;
  const max = stats.max + pad;
  const others = values.filter((v) => v.unitCode !== selected);
  const mine = values.filter((v) => v.unitCode === selected);
  const axis = (gridIndex, show) => ({
    type: 'value', gridIndex, min, max, scale: true,
    axisLabel: { show, formatter: (v) => fmt.bare(v, measure), hideOverlap: true },
    splitLine: { show, lineStyle: { color: '#e3e8ee' } },
  });
  draw(container, {
    aria: { enabled: false },
    grid: [{ left: 24, right: 24, top: 8, height: 56 }, { left: 24, right: 24, top: 72, height: 96 }],
    tooltip: { trigger: 'item' },
    xAxis: [axis(0, false), axis(1, true)],
    yAxis: [
      { type: 'category', gridIndex: 0, data: [''], axisTick: { show: false }, axisLine: { show: false } },
      { type: 'value', gridIndex: 1, min: 0, max: 1, show: false },
    ],
    series: [
      {
        type: 'boxplot', xAxisIndex: 0, yAxisIndex: 0, boxWidth: [20, 36],
        itemStyle: { color: '#dbe5f0', borderColor: COLORS.ink, borderWidth: 1.5 },
        data: [[stats.min, stats.p25, stats.median, stats.p75, stats.max]],
        tooltip: {
          formatter: () => labels.stats,
        },
      },
      {
        type: 'scatter', name: labels.units, xAxisIndex: 1, yAxisIndex: 1, symbolSize: 7,
        itemStyle: { color: COLORS.bar, borderColor: COLORS.barBorder, borderWidth: 0.8, opacity: 0.9 },
        data: others.map((v) => ({ value: [v.value, jitter(v.unitCode)], name: v.unitName })),
        tooltip: { formatter: (p) => `${p.name}: ${fmt.value(p.value[0], measure)}` },
      },
      {
        type: 'scatter', name: labels.selected, xAxisIndex: 1, yAxisIndex: 1, symbol: 'diamond', symbolSize: 18, z: 5,
        itemStyle: { color: COLORS.highlight, borderColor: COLORS.highlightBorder, borderWidth: 2 },
        label: { show: true, position: 'top', fontWeight: 'bold', color: COLORS.ink, formatter: (p) => p.name },
        data: mine.map((v) => ({ value: [v.value, 0.5], name: v.unitName })),
        tooltip: { formatter: (p) => `${p.name}: ${fmt.value(p.value[0], measure)}` },
      },
    ],
  });
  container.dataset.highlightedUnit = mine.length ? selected : '';
}
