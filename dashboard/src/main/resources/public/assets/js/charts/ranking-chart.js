// The sorted horizontal bar chart of all units on one indicator; the selected unit in another colour, hatched
// and outlined (readable in grey print). The container says which unit it highlights: data-highlighted-unit.
import { draw, COLORS, HIGHLIGHT_DECAL } from './setup.js';
import * as fmt from '../format.js';
import { t } from '../i18n.js';

export const ROW_HEIGHT = 18;
const TOP = 36;
const BOTTOM = 28;

/**
 * rows: the API's ranking rows (sorted by rank); indicator: the catalogue entry; selected: a unit code or null.
 * onSelect(code) when a bar is clicked.
 */
export function rankingChart(container, { rows, indicator, selected, cityMedian, narrow, onSelect }) {
  container.style.height = `${Math.max(200, rows.length * ROW_HEIGHT + TOP + BOTTOM)}px`;
  const measure = indicator.unit;
  const labelWidth = narrow ? 100 : 150;
  const selectedIndex = rows.findIndex((row) => row.unit.code === selected);
  const data = rows.map((row, i) => {
    const item = { value: row.value, name: row.unit.name, code: row.unit.code };
    if (i === selectedIndex) {
      item.itemStyle = { color: COLORS.highlight, borderColor: COLORS.highlightBorder, borderWidth: 2, decal: HIGHLIGHT_DECAL };
      item.label = {
        show: true, position: 'right', fontWeight: 'bold', color: COLORS.ink,
        formatter: () => (narrow ? t('common.of', row.rank, row.n) : `${fmt.value(row.value, measure)} · ${t('common.of', row.rank, row.n)}`),
      };
    }
    return item;
  });
  const chart = draw(container, {
    aria: { enabled: false },
    grid: { left: labelWidth + 14, right: narrow ? 64 : 120, top: TOP, bottom: BOTTOM },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const row = rows[p.dataIndex];
        return `${row.unit.name}\n${fmt.value(row.value, measure)} · ${t('common.of', row.rank, row.n)}`;
      },
    },
    xAxis: {
      type: 'value', position: 'top',
      axisLabel: { formatter: (v) => fmt.bare(v, measure), hideOverlap: true },
      splitLine: { lineStyle: { color: '#e3e8ee' } },
    },
    yAxis: {
      type: 'category', inverse: true, data: rows.map((r) => r.unit.name),
      axisTick: { show: false },
      axisLabel: {
        interval: 0, fontSize: 11, width: labelWidth, overflow: 'truncate',
        formatter: (name, i) => (i === selectedIndex ? `{sel|▶ ${name}}` : name),
        rich: { sel: { fontWeight: 'bold', color: COLORS.highlight, fontSize: 12 } },
      },
    },
    series: [{
      type: 'bar', data, barCategoryGap: '25%', cursor: 'pointer',
      itemStyle: { color: COLORS.bar, borderColor: COLORS.barBorder, borderWidth: 0.5 },
      emphasis: { itemStyle: { borderColor: COLORS.ink, borderWidth: 1.5 } },
      markLine: cityMedian === null || cityMedian === undefined ? undefined : {
        silent: true, symbol: 'none',
        lineStyle: { color: COLORS.median, type: 'dashed', width: 1.5 },
        label: { show: false },
        data: [{ xAxis: cityMedian }],
      },
    }],
  });
  container.dataset.highlightedUnit = selectedIndex >= 0 ? selected : '';
  container.dataset.highlightedIndex = String(selectedIndex);
  container.dataset.rows = String(rows.length);
  chart.off('click');
  chart.on('click', (p) => {
    if (p.componentType === 'series' && rows[p.dataIndex]) onSelect(rows[p.dataIndex].unit.code);
  });
  return { selectedIndex, y: selectedIndex >= 0 ? TOP + selectedIndex * ROW_HEIGHT : 0 };
}
