// A small trend line of one indicator over the periods (SVG; no axes, the last point marked).
import { svg, el } from '../dom.js';
import { t } from '../i18n.js';
import * as fmt from '../format.js';
import { periodName } from '../labels.js';

export function sparkline(trend, measure) {
  const points = (trend || []).filter((p) => p.value !== null && p.value !== undefined);
  if (points.length < 2) return el('p', { class: 'note small' }, t('unit.trendNone'));
  const W = 200;
  const H = 40;
  const values = points.map((p) => p.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  const xy = points.map((p, i) => [6 + (i * (W - 12)) / (points.length - 1), H - 6 - ((p.value - lo) / span) * (H - 12)]);
  const description = points.map((p) => `${periodName(p)}: ${fmt.value(p.value, measure)}`).join('; ');
  const last = xy[xy.length - 1];
  return svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'sparkline', role: 'img', 'aria-label': t('unit.trendLabel', description) },
    svg('title', {}, description),
    svg('polyline', { points: xy.map(([x, y]) => `${x},${y}`).join(' '), fill: 'none', stroke: '#1d4e89', 'stroke-width': 2 }),
    xy.map(([x, y]) => svg('circle', { cx: x, cy: y, r: 2.2, fill: '#1d4e89' })),
    svg('circle', { cx: last[0], cy: last[1], r: 4.5, fill: '#fff', stroke: '#111', 'stroke-width': 2 }));
}
