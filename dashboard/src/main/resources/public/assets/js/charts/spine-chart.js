// The spine chart of a unit profile, drawn as public-health profiles draw it: one row per indicator, the
// comparison group's median in the centre, a bar from the worst unit (left) to the best (right) with the middle
// 50% darker, and the unit's mark, shaped and coloured by its direction-aware quartile. Rows are SVG inside an
// HTML table, so names wrap, the keyboard reaches every value, and it prints sharp.
import { svg, el } from '../dom.js';
import { t } from '../i18n.js';
import { quartileMark, quartileName } from '../labels.js';

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
  const label = `${quartileName(line.quartile, line.indicator.direction)}`;
  const missingRange = [line.min, line.max, line.p25, line.p75].some((v) => v === null || v === undefined);
  const pct = (v) => `${(100 * v) / W}%`;
  return svg('svg', {
    class: 'spine-svg', role: 'img', 'aria-label': label, height: H,
    dataset: { quartile: String(line.quartile ?? ''), indicator: line.indicator.id },
  },
  missingRange ? null : svg('rect', { x: pct(Math.min(worst, best)), y: 5, width: pct(Math.abs(best - worst)), height: H - 10, fill: '#d9dee4', class: 'spine-range' }),
  missingRange ? null : svg('rect', { x: pct(Math.min(q1, q3)), y: 5, width: pct(Math.max(1, Math.abs(q3 - q1))), height: H - 10, fill: '#8d99a6', class: 'spine-iqr' }),
  svg('line', { x1: '50%', x2: '50%', y1: 1, y2: H - 1, stroke: '#111', 'stroke-width': 2, class: 'spine-median' }),
  line.value === null || line.value === undefined ? null
    : svg('svg', { x: pct(x(line.value)), y: 0, overflow: 'visible', class: 'spine-mark' },
      quartileMark(line.quartile, line.indicator.direction, 0, H / 2, 7)));
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
