// Population against area of all units (log scales): the unit a large hatched diamond, its peers triangles,
// the others small grey dots; a unit's peers are its nearest neighbours on this plane (plus its type).
import { draw, COLORS, HIGHLIGHT_DECAL } from './setup.js';
import * as fmt from '../format.js';

export function peersChart(container, { self, peers, units, labels }) {
  const peerCodes = new Set(peers.map((p) => p.unit.code));
  const point = (u) => ({ value: [u.population, u.areaKm2], name: u.name });
  const usable = (u) => u.population > 0 && u.areaKm2 > 0;
  // The neighbourhood of the unit: its peers and a margin around them (units further out are clipped).
  const near = [self, ...peers.map((p) => p.unit)].filter(usable);
  const range = (key) => {
    const values = near.map((u) => u[key]);
    return { min: Math.min(...values) / 1.6, max: Math.max(...values) * 1.6 };
  };
  const tip = (p) => `${p.name}\n${fmt.value(p.value[0], 'people')} · ${fmt.value(p.value[1], 'km2')}`;
  draw(container, {
    aria: { enabled: false },
    legend: { bottom: 0, left: 0, textStyle: { fontSize: 11 } },
    grid: { left: 8, right: 40, top: 36, bottom: container.clientWidth < 520 ? 90 : 64, containLabel: true },
    tooltip: { trigger: 'item', formatter: tip },
    xAxis: { type: 'log', ...range('population'), name: labels.population, nameLocation: 'middle', nameGap: 24, axisLabel: { formatter: (v) => fmt.integer(v), hideOverlap: true }, splitLine: { lineStyle: { color: '#eef1f4' } } },
    yAxis: { type: 'log', ...range('areaKm2'), name: labels.area, nameTextStyle: { align: 'left' }, axisLabel: { formatter: (v) => fmt.number(v, 1), hideOverlap: true }, splitLine: { lineStyle: { color: '#eef1f4' } } },
    series: [
      {
        type: 'scatter', name: labels.other, symbolSize: 7, clip: true,
        itemStyle: { color: COLORS.muted, borderColor: '#6b7785', borderWidth: 0.5 },
        data: units.filter((u) => usable(u) && u.code !== self.code && !peerCodes.has(u.code)).map(point),
      },
      {
        type: 'scatter', name: labels.peer, symbol: 'triangle', symbolSize: 12, z: 3,
        itemStyle: { color: '#1d4e89', borderColor: '#111', borderWidth: 1 },
        label: { show: true, position: 'right', fontSize: 10, formatter: (p) => p.name },
        labelLayout: { hideOverlap: true },
        data: peers.map((p) => p.unit).filter(usable).map(point),
      },
      {
        type: 'scatter', name: labels.self, symbol: 'diamond', symbolSize: 20, z: 4,
        itemStyle: { color: COLORS.highlight, borderColor: COLORS.highlightBorder, borderWidth: 2, decal: HIGHLIGHT_DECAL },
        label: { show: true, position: 'top', fontWeight: 'bold', formatter: (p) => p.name },
        data: usable(self) ? [point(self)] : [],
      },
    ],
  });
  container.dataset.highlightedUnit = self.code;
}
