// Names of things in the page's language, and the small badges every page uses.
import { el, svg } from './dom.js';
import { t, tOr, has } from './i18n.js';
import { currentLang } from './url-state.js';
import * as fmt from './format.js';

export function indicatorName(indicator) {
  if (!indicator) return '';
  return currentLang() === 'en' ? indicator.nameEn || indicator.nameVi : indicator.nameVi || indicator.nameEn;
}

export function indicatorDefinition(indicator) {
  return currentLang() === 'en' ? indicator.definitionEn || indicator.definitionVi : indicator.definitionVi || indicator.definitionEn;
}

/**
 * A period's name: in Vietnamese the label of the reports themselves; in English one made from its dates
 * (Q3 2025, H1 2026, Year 2025, or 1 Jul 2025 – 30 Jun 2026).
 */
export function periodName(period) {
  if (!period) return '';
  const key = period.key || period.periodKey || '';
  const [start, end] = period.start ? [period.start, period.end] : key.split('..');
  if (currentLang() === 'vi' && period.label) return period.label;
  if (!start || !end) return period.label || key;
  const [y1, m1, d1] = start.split('-').map(Number);
  const [y2, m2] = end.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y2, m2, 0)).getUTCDate();
  const wholeMonths = d1 === 1 && Number(end.slice(8, 10)) === lastDay;
  const months = (y2 - y1) * 12 + (m2 - m1) + 1;
  if (wholeMonths && y1 === y2 && months === 3 && (m1 - 1) % 3 === 0) return t('period.quarter', (m1 + 2) / 3, y1);
  if (wholeMonths && y1 === y2 && months === 6 && (m1 === 1 || m1 === 7)) return t('period.half', t(`period.half.${m1 === 1 ? 1 : 2}`), y1);
  if (wholeMonths && y1 === y2 && months === 12 && m1 === 1) return t('period.year', y1);
  return t('period.range', fmt.date(start), fmt.date(end));
}

export function typeName(type) {
  return tOr(`type.${type}`, type || '');
}

export function groupName(group) {
  return tOr(`indgroup.${group}`, group);
}

export function flagName(code) {
  return tOr(`flag.${code}`, code);
}

/** "line 181" → "dòng 181", "row 12" → "hàng 12"; a sheet cell (Sheet1!D7) stays as written. */
export function locationName(location) {
  const match = /^(line|row) (\d+)$/.exec(location || '');
  return match ? t(`location.${match[1]}`, match[2]) : location || '';
}

function argText(value, type, indicators) {
  switch (type) {
    case 'indicator': return indicators && indicators.has(value) ? indicatorName(indicators.get(value)) : value;
    case 'number': return fmt.number(Number(value), 2);
    case 'percent': return fmt.percent(Number(value));
    case 'location': return locationName(value);
    case 'period': return periodName({ key: value });
    default: return value;
  }
}

/**
 * A warning worded in the page's language: the bundle's warning.<code> template with its figures
 * ({rate:indicator}, {reported:percent}, {keptAt:location}) filled from the warning's args; the extractor's
 * English message when the bundle has no template or the warning lacks a figure the template names.
 */
export function warningText(warning, indicators) {
  const key = `warning.${warning.code}`;
  const args = warning.args || {};
  if (!has(key)) return warning.message || flagName(warning.code);
  let complete = true;
  const text = t(key).replace(/\{(\w+):(\w+)\}/g, (whole, name, type) => {
    if (args[name] === undefined || args[name] === null) {
      complete = false;
      return whole;
    }
    return argText(String(args[name]), type, indicators);
  });
  return complete ? text : warning.message || flagName(warning.code);
}

export function quartileName(quartile, direction) {
  if (!quartile) return t('common.dash');
  return t(direction === 'neutral' ? `quartile.neutral.${quartile}` : `quartile.${quartile}`);
}

/** The "Dữ liệu mô phỏng" badge, shown wherever synthetic data shows. */
export function syntheticBadge() {
  return el('span', { class: 'badge badge-synthetic', title: t('badge.synthetic.title') }, t('badge.synthetic'));
}

export function maybeSynthetic(synthetic) {
  return synthetic ? syntheticBadge() : null;
}

export function flagBadges(codes) {
  if (!codes || codes.length === 0) return null;
  return el('ul', { class: 'flag-list' },
    codes.map((code) => el('li', { class: 'badge badge-flag', title: t('badge.flag.title') },
      el('span', { 'aria-hidden': 'true', class: 'flag-mark' }, '!'), ' ', flagName(code))));
}

/** Quartile marks: colour AND shape, so they read in grey print: ▲ best, ● , ■ , ▼ worst; ○ for context. */
export const QUARTILE_STYLE = {
  1: { color: '#1d4e89', shape: 'triangle-up', echarts: 'triangle' },
  2: { color: '#8cb8e4', shape: 'circle', echarts: 'circle' },
  3: { color: '#f2b27a', shape: 'square', echarts: 'rect' },
  4: { color: '#a8321f', shape: 'triangle-down', echarts: 'path://M0,0 L10,0 L5,9 Z' },
  neutral: { color: '#ffffff', shape: 'ring', echarts: 'emptyCircle' },
};

export function quartileStyle(quartile, direction) {
  if (direction === 'neutral' || !quartile) return QUARTILE_STYLE.neutral;
  return QUARTILE_STYLE[quartile] || QUARTILE_STYLE.neutral;
}

/** An SVG mark of a quartile centred on (x, y) with radius r. */
export function quartileMark(quartile, direction, x, y, r) {
  const style = quartileStyle(quartile, direction);
  const common = { fill: style.color, stroke: '#111', 'stroke-width': 1.2, class: `mark mark-${style.shape}` };
  switch (style.shape) {
    case 'triangle-up':
      return svg('polygon', { ...common, points: `${x},${y - r} ${x + r},${y + r * 0.8} ${x - r},${y + r * 0.8}` });
    case 'triangle-down':
      return svg('polygon', { ...common, points: `${x},${y + r} ${x + r},${y - r * 0.8} ${x - r},${y - r * 0.8}` });
    case 'square':
      return svg('rect', { ...common, x: x - r * 0.85, y: y - r * 0.85, width: r * 1.7, height: r * 1.7 });
    case 'ring':
      return svg('circle', { ...common, cx: x, cy: y, r: r * 0.85, 'stroke-width': 2 });
    default:
      return svg('circle', { ...common, cx: x, cy: y, r: r * 0.9 });
  }
}

/** A quartile badge for tables: the mark and its name. */
export function quartileBadge(quartile, direction) {
  if (!quartile) return t('common.dash');
  const style = quartileStyle(quartile, direction);
  return el('span', { class: `quartile quartile-${direction === 'neutral' ? 'n' : quartile}` },
    svg('svg', { viewBox: '0 0 16 16', width: 14, height: 14, 'aria-hidden': 'true', class: 'quartile-icon', 'data-shape': style.shape },
      quartileMark(quartile, direction, 8, 8, 6)),
    ' ', quartileName(quartile, direction));
}
