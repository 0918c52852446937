// A funnel plot: each unit's rate against its denominator, with the group's pooled rate and its 95% and 99.8%
// control limits. The display group's units are large, labelled and shaped by band (inside ●, outside 95% ▲▼,
// outside 99.8% ◆); the rest of the comparison group small grey dots.
import { draw, COLORS } from './setup.js';
import * as fmt from '../format.js';
import { t } from '../i18n.js';
import { funnelPoints } from '../shapes.js';

const BAND_SYMBOL = {
  inside: 'circle', above95: 'triangle', below95: 'path://M0,0 L10,0 L5,9 Z', above998: 'diamond', below998: 'diamond',
};

function quantile(sorted, q) {
  if (!sorted.length) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  return sorted[lo] + (sorted[Math.ceil(pos)] - sorted[lo]) * (pos - lo);
}

/** Returns how many units fall below the frame (not drawn). */
export function funnelChart(container, { funnel }) {
  const limits = funnel.limits || [];
  const points = funnelPoints(funnel);
  const shown = points.filter((p) => p.highlighted);
  const rest = points.filter((p) => !p.highlighted);
  const rates = points.map((p) => p.rate).sort((a, b) => a - b);
  const limitLow = Math.min(...limits.map((l) => l.lower998).filter((v) => v !== null && v !== undefined));
  const floor = Math.min(limitLow, quantile(rates, 0.05) ?? limitLow, ...shown.map((p) => p.rate));
  const ceiling = Math.max(...limits.map((l) => l.upper998), ...points.map((p) => p.rate));
  const span = ceiling - floor || 1;
  const yMin = Math.max(0, Math.floor((floor - span * 0.05) * 10) / 10);
  const yMax = Math.min(ceiling + span * 0.05, funnel.indicator && funnel.indicator.unit === 'pct' ? 100 : Infinity);
  const offScale = points.filter((p) => p.rate < yMin).length;
  const line = (key, name, style) => ({
    type: 'line', name, showSymbol: false, silent: true, smooth: false, z: 1, symbol: 'none',
    lineStyle: style, itemStyle: { color: style.color }, data: limits.map((l) => [l.denominator, l[key]]),
  });
  const limit95 = t('compare.limits95');
  const limit998 = t('compare.limits998');
  const denominators = [...limits.map((l) => l.denominator), ...points.map((p) => p.denominator)].filter((d) => d > 0);
  draw(container, {
    aria: { enabled: false },
    legend: { bottom: 0, left: 0, itemWidth: 28, textStyle: { fontSize: 11 } },
    grid: { left: 8, right: 24, top: 16, bottom: container.clientWidth < 520 ? 110 : 72, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => (p.data && p.data.unit ? t('compare.funnelTooltip', p.data.unit.name, fmt.percent(p.data.rate),
        fmt.integer(p.data.numerator), fmt.integer(p.data.denominator)) + `\n${t(`band.${p.data.band}`)}` : p.seriesName),
    },
    xAxis: {
      type: 'log', name: t('compare.denominator'), nameLocation: 'middle', nameGap: 24,
      min: 10 ** Math.floor(Math.log10(Math.min(...denominators))), max: Math.max(...denominators) * 1.05,
      axisLabel: { formatter: (v) => fmt.integer(v), hideOverlap: true }, splitLine: { lineStyle: { color: '#eef1f4' } },
    },
    yAxis: {
      type: 'value', min: yMin, max: yMax,
      axisLabel: { formatter: (v) => fmt.percent(v, 1) }, splitLine: { lineStyle: { color: '#eef1f4' } },
    },
    series: [
      line('upper998', limit998, { color: COLORS.band998, width: 1.5, type: 'solid' }),
      line('lower998', limit998, { color: COLORS.band998, width: 1.5, type: 'solid' }),
      line('upper95', limit95, { color: COLORS.band95, width: 1.5, type: 'dashed' }),
      line('lower95', limit95, { color: COLORS.band95, width: 1.5, type: 'dashed' }),
      {
        type: 'line', name: t('compare.pooledLine'), showSymbol: false, silent: true, z: 1, symbol: 'none',
        lineStyle: { color: COLORS.highlight, width: 1.5, type: 'dotted' }, itemStyle: { color: COLORS.highlight },
        data: [[10 ** Math.floor(Math.log10(Math.min(...denominators))), funnel.pooledRate], [Math.max(...denominators) * 1.05, funnel.pooledRate]],
      },
      {
        type: 'scatter', name: t('compare.otherUnits'), symbolSize: 6, clip: true, z: 2,
        itemStyle: { color: COLORS.muted, borderColor: '#6b7785', borderWidth: 0.6 },
        data: rest.map((p) => ({ value: [p.denominator, p.rate], ...p })),
      },
      {
        type: 'scatter', name: t('compare.shownUnits'), symbolSize: 14, clip: true, z: 4,
        itemStyle: { color: COLORS.highlight, borderColor: COLORS.highlightBorder, borderWidth: 1.5 },
        label: { show: true, position: 'right', fontSize: 11, fontWeight: 'bold', color: COLORS.ink, formatter: (p) => p.data.unit.name },
        labelLayout: { hideOverlap: true },
        data: shown.map((p) => ({ value: [p.denominator, p.rate], symbol: BAND_SYMBOL[p.band] || 'circle', ...p })),
      },
    ],
  });
  container.dataset.limits = String(limits.length);
  container.dataset.highlighted = shown.map((p) => p.unit.code).join(',');
  return { offScale };
}
