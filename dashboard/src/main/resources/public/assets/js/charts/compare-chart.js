// The display group side by side on one indicator: one bar per unit, shaped by quartile (colour and pattern),
// and the comparison group's median as a dashed line.
import { draw, COLORS } from './setup.js';
import * as fmt from '../format.js';
import { t } from '../i18n.js';
import { quartileStyle } from '../labels.js';
import { compareCells } from '../shapes.js';

const QUARTILE_DECAL = {
  1: null,
  2: { symbol: 'circle', symbolSize: 0.5, dashArrayX: [4, 4], dashArrayY: [4, 4], color: 'rgba(0,0,0,0.25)' },
  3: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4, color: 'rgba(0,0,0,0.25)' },
  4: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [1, 3], color: 'rgba(255,255,255,0.45)' },
};

export function compareChart(container, { row, units, indicator, median }) {
  const measure = indicator.unit;
  const names = new Map(units.map((u) => [u.code, u.name]));
  const cells = compareCells(row, units);
  container.style.height = `${Math.max(180, cells.length * 44 + 70)}px`;
  draw(container, {
    aria: { enabled: false },
    grid: { left: 8, right: 120, top: 30, bottom: 24, containLabel: true },
    tooltip: { trigger: 'item', formatter: (p) => `${p.name}\n${fmt.value(cells[p.dataIndex].value, measure)} · ${t('common.of', cells[p.dataIndex].rank ?? '–', cells[p.dataIndex].n ?? '–')}` },
    xAxis: { type: 'value', position: 'top', axisLabel: { formatter: (v) => fmt.bare(v, measure), hideOverlap: true }, splitLine: { lineStyle: { color: '#e3e8ee' } } },
    yAxis: { type: 'category', inverse: true, data: cells.map((c) => names.get(c.unitCode) || c.unitCode), axisTick: { show: false }, axisLabel: { width: 150, overflow: 'truncate' } },
    series: [{
      type: 'bar', barMaxWidth: 26,
      data: cells.map((c) => {
        const neutral = indicator.direction === 'neutral';
        const style = quartileStyle(c.quartile, indicator.direction);
        return {
          value: c.value,
          name: names.get(c.unitCode) || c.unitCode,
          itemStyle: {
            color: neutral ? COLORS.bar : style.color, borderColor: '#111', borderWidth: 1,
            decal: neutral ? null : QUARTILE_DECAL[c.quartile] || null,
          },
        };
      }),
      label: {
        show: true, position: 'right', color: COLORS.ink, fontSize: 11,
        formatter: (p) => (cells[p.dataIndex].value === null ? t('common.noData')
          : `${fmt.value(cells[p.dataIndex].value, measure)} · ${t('common.of', cells[p.dataIndex].rank, cells[p.dataIndex].n)}`),
      },
      markLine: median === null || median === undefined ? undefined : {
        silent: true, symbol: 'none', lineStyle: { color: COLORS.median, type: 'dashed', width: 1.5 },
        label: { show: false },
        data: [{ xAxis: median }],
      },
    }],
  });
}
