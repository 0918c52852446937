// Overview: all units ranked on one indicator and period, with filters, distribution, table and unit search.
import { api } from '../api.js';
import { el, fill, byId } from '../dom.js';
import { t } from '../i18n.js';
import * as fmt from '../format.js';
import { param, update, onChange, href } from '../url-state.js';
import { startPage, showError, clearError, busy } from '../layout.js';
import { indicatorName, periodName, typeName, quartileName, quartileBadge, flagBadges, maybeSynthetic } from '../labels.js';
import { select, indicatorOptions, periodOptions, exportSlot } from '../controls.js';
import { unitSearch } from '../search.js';
import { rankingChart, ROW_HEIGHT } from '../charts/ranking-chart.js';
import { distributionChart } from '../charts/distribution-chart.js';
import { exportSource } from '../charts/setup.js';
import { chartButtons, tableLinks } from '../export.js';

export const DEFAULT_INDICATOR = 'on_time_rate_pct';
const POPULATION_BANDS = {
  lt20k: { max: 20000 },
  '20to40k': { min: 20000, max: 40000 },
  '40to60k': { min: 40000, max: 60000 },
  ge60k: { min: 60000 },
};

let context;
let renderToken = 0;
const controls = {};

function state() {
  const { indicators, meta } = context;
  const wanted = param('indicator', DEFAULT_INDICATOR);
  const indicator = indicators.find((i) => i.id === wanted) ? wanted : DEFAULT_INDICATOR;
  return {
    indicator,
    period: param('period', meta.defaultPeriod),
    type: param('type', ''),
    district: param('district', ''),
    pop: POPULATION_BANDS[param('pop')] ? param('pop') : '',
    unit: param('unit', ''),
  };
}

function districts(units) {
  const all = new Set();
  units.forEach((u) => String(u.formerDistrict || '').split(';').map((s) => s.trim()).filter(Boolean).forEach((d) => all.add(d)));
  return [...all].sort((a, b) => a.localeCompare(b, 'vi'));
}

function buildControls() {
  const { indicators, periods, units } = context;
  const s = state();
  const box = byId('controls');
  const search = unitSearch({ units, id: 'unit-search', onSelect: (unit) => update({ unit: unit.code }) });
  controls.indicator = select({
    id: 'indicator', label: t('filter.indicator'), value: s.indicator,
    options: indicatorOptions(indicators), onChange: (v) => update({ indicator: v }),
  });
  controls.period = select({
    id: 'period', label: t('filter.period'), value: s.period,
    options: periodOptions(periods), onChange: (v) => update({ period: v }),
  });
  controls.type = select({
    id: 'type', label: t('filter.type'), value: s.type,
    options: [{ value: '', label: t('filter.any') }, ...['xa', 'phuong', 'dac_khu'].map((v) => ({ value: v, label: typeName(v) }))],
    onChange: (v) => update({ type: v }),
  });
  controls.district = select({
    id: 'district', label: t('filter.district'), value: s.district,
    options: [{ value: '', label: t('filter.any') }, ...districts(units).map((d) => ({ value: d, label: d }))],
    onChange: (v) => update({ district: v }),
  });
  controls.pop = select({
    id: 'pop', label: t('filter.population'), value: s.pop,
    options: [{ value: '', label: t('filter.any') }, ...Object.keys(POPULATION_BANDS).map((k) => ({ value: k, label: t(`pop.${k}`) }))],
    onChange: (v) => update({ pop: v }),
  });
  const reset = el('button', {
    type: 'button', class: 'button button-quiet', id: 'reset-filters',
    on: { click: () => update({ type: null, district: null, pop: null }) },
  }, t('filter.reset'));
  fill(box, search, controls.indicator, controls.period, controls.type, controls.district, controls.pop,
    el('div', { class: 'field field-button' }, reset));
  fill(byId('ranking-export'), exportSlot('ranking-chart'));
  fill(byId('distribution-export'), exportSlot('distribution-chart'));
  fill(byId('table-export'), exportSlot('ranking-table'));
}

function syncControls(s) {
  for (const name of ['indicator', 'period', 'type', 'district', 'pop']) {
    const node = controls[name].querySelector('select');
    if (node.value !== s[name]) node.value = s[name];
  }
}

function rankSummary(s, full, shown, indicator) {
  const text = byId('rank-text');
  const detail = byId('rank-detail');
  const actions = byId('rank-actions');
  const unit = context.units.find((u) => u.code === s.unit);
  if (!unit) {
    text.textContent = t('ranking.noSelection');
    text.classList.remove('has-rank');
    detail.replaceChildren();
    actions.replaceChildren();
    return;
  }
  const row = full.rows.find((r) => r.unit.code === s.unit);
  const links = [
    el('a', { class: 'button', href: href(`/units/${unit.code}`, { period: s.period }), id: 'open-profile' }, t('ranking.openProfile')),
    el('a', { class: 'button button-quiet', href: href('/compare', { units: unit.code, indicator: s.indicator, period: s.period }) }, t('ranking.compareWith')),
    el('button', { type: 'button', class: 'button button-quiet', on: { click: () => update({ unit: null }) } }, t('ranking.clear')),
  ];
  if (!row) {
    text.textContent = t('ranking.noValue', unit.name);
    text.classList.remove('has-rank');
    detail.replaceChildren();
  } else {
    fill(text, t('ranking.rankOfN', unit.name, row.rank, row.n), ' ', maybeSynthetic(row.synthetic));
    text.classList.add('has-rank');
    const hidden = !shown.rows.some((r) => r.unit.code === s.unit);
    fill(detail, t('ranking.rankDetail', fmt.value(row.value, indicator.unit), fmt.integer(row.percentile),
      quartileName(row.quartile, indicator.direction), fmt.value(full.cityMedian, indicator.unit)),
    hidden ? ` ${t('ranking.hiddenByFilter', unit.name)}` : '');
  }
  fill(actions, links);
}

function table(s, shown, indicator) {
  const caption = el('caption', {}, t('table.caption', indicatorName(indicator), periodName(shown.period)));
  const head = el('thead', {}, el('tr', {},
    ['col.rank', 'col.unit', 'col.value', 'col.percentile', 'col.quartile', 'col.flags', 'col.actions']
      .map((k, i) => el('th', { scope: 'col', class: i === 2 || i === 3 || i === 0 ? 'num' : null }, t(k)))));
  const body = el('tbody', {}, shown.rows.map((row) => {
    const selected = row.unit.code === s.unit;
    return el('tr', { class: selected ? 'is-selected' : null, dataset: { code: row.unit.code } },
      el('td', { class: 'num' }, fmt.integer(row.rank)),
      el('th', { scope: 'row' },
        el('a', { href: href(`/units/${row.unit.code}`, { period: s.period }) }, row.unit.name), ' ',
        el('span', { class: 'muted small' }, typeName(row.unit.type)), ' ', maybeSynthetic(row.synthetic)),
      el('td', { class: 'num' }, fmt.value(row.value, indicator.unit)),
      el('td', { class: 'num' }, fmt.integer(row.percentile)),
      el('td', {}, quartileBadge(row.quartile, indicator.direction)),
      el('td', { class: 'flags-cell' }, flagBadges(row.flags)),
      el('td', {}, el('button', {
        type: 'button', class: 'button button-small', 'aria-pressed': selected ? 'true' : 'false',
        'aria-label': t('ranking.highlightUnit', row.unit.name),
        on: { click: () => update({ unit: selected ? null : row.unit.code }) },
      }, t('ranking.highlight'))));
  }));
  fill(byId('ranking-table-wrap'), el('table', { id: 'ranking-table', class: 'data-table' }, caption, head, body));
}

/** The filters as words, for the context of an export. */
function filterText(s) {
  const parts = [];
  if (s.type) parts.push(`${t('filter.type')}: ${typeName(s.type)}`);
  if (s.district) parts.push(`${t('filter.district')}: ${s.district}`);
  if (s.pop) parts.push(`${t('filter.population')}: ${t(`pop.${s.pop}`)}`);
  return parts.length ? t('export.filters', parts.join('; ')) : t('export.noFilters');
}

/** PNG and SVG of both charts, CSV and Excel of the table, each with the indicator, period, filters and unit. */
function exports(s, shown, indicator, band, cityMedian) {
  const name = indicatorName(indicator);
  const unit = context.units.find((u) => u.code === s.unit);
  const synthetic = shown.rows.some((r) => r.synthetic);
  const lines = [`${t('filter.period')}: ${periodName(shown.period)}`, filterText(s), unit ? t('export.selected', unit.name) : null,
    `${t('ranking.cityMedian')}: ${fmt.value(cityMedian, indicator.unit)}`];
  const chart = (id, title, kind) => chartButtons({
    source: () => exportSource(byId(id)),
    context: () => ({ title, lines, synthetic }),
    file: () => [kind, s.indicator, s.period, s.type, s.district, s.pop, unit ? unit.code : null],
  });
  fill(byId('ranking-export').querySelector('.export-slot'), chart('ranking-chart', t('ranking.chartTitle', name), 'xep-hang'));
  fill(byId('distribution-export').querySelector('.export-slot'), chart('distribution-chart', `${t('distribution.heading')}: ${name}`, 'phan-bo'));
  fill(byId('table-export').querySelector('.export-slot'), tableLinks({
    path: '/api/export/ranking',
    params: {
      indicator: s.indicator, period: s.period, type: s.type, district: s.district,
      minPopulation: band.min, maxPopulation: band.max, unit: s.unit,
    },
  }));
}

async function render() {
  const token = ++renderToken;
  busy(true);
  const s = state();
  syncControls(s);
  const indicator = context.indicators.find((i) => i.id === s.indicator);
  const band = POPULATION_BANDS[s.pop] || {};
  const filtered = Boolean(s.type || s.district || s.pop);
  try {
    const base = { indicator: s.indicator, period: s.period };
    const [full, distribution, shown] = await Promise.all([
      api('/ranking', base),
      api('/distribution', base),
      filtered ? api('/ranking', { ...base, type: s.type, district: s.district, minPopulation: band.min, maxPopulation: band.max }) : null,
    ]);
    if (token !== renderToken) return;
    clearError();
    const rows = (shown || full).rows;
    const name = indicatorName(indicator);
    byId('ranking-heading').textContent = t('ranking.chartTitle', name);
    fill(byId('ranking-note'), t('ranking.shown', fmt.integer(rows.length), fmt.integer(full.n)), ' ', t('ranking.rankNote'),
      indicator.direction === 'neutral' ? ` ${t('ranking.neutralNote')}` : '');
    rankSummary(s, full, shown || full, indicator);
    const selectedUnit = context.units.find((u) => u.code === s.unit);
    fill(byId('ranking-legend'),
      selectedUnit ? el('li', {}, el('span', { class: 'legend-swatch is-highlight', 'aria-hidden': 'true' }), `${t('ranking.selected')}: ${selectedUnit.name}`) : null,
      el('li', {}, el('span', { class: 'legend-median', 'aria-hidden': 'true' }), `${t('ranking.cityMedian')}: ${fmt.value(full.cityMedian, indicator.unit)}`));
    const container = byId('ranking-chart');
    container.setAttribute('aria-label', t('ranking.chartLabel', name, byId('rank-text').textContent));
    const narrow = window.matchMedia('(max-width: 640px)').matches;
    const drawn = rankingChart(container, {
      rows, indicator, selected: s.unit, cityMedian: full.cityMedian, narrow,
      onSelect: (code) => update({ unit: code }),
    });
    if (drawn.selectedIndex >= 0) {
      const scroller = byId('ranking-scroll');
      scroller.scrollTop = Math.max(0, drawn.y - scroller.clientHeight / 2 + ROW_HEIGHT);
    }
    const stats = distribution.stats || {};
    const statsText = t('distribution.stats', fmt.value(stats.median, indicator.unit), fmt.value(stats.p25, indicator.unit),
      fmt.value(stats.p75, indicator.unit), fmt.value(stats.min, indicator.unit), fmt.value(stats.max, indicator.unit),
      fmt.value(stats.mean, indicator.unit));
    byId('distribution-stats').textContent = statsText;
    const distContainer = byId('distribution-chart');
    distContainer.setAttribute('aria-label', `${t('distribution.heading')}: ${statsText}`);
    distributionChart(distContainer, {
      distribution, indicator, selected: s.unit,
      labels: { stats: statsText, units: t('distribution.units'), selected: t('ranking.selected') },
    });
    table(s, shown || full, indicator);
    exports(s, shown || full, indicator, band, full.cityMedian);
  } catch (error) {
    if (token === renderToken) showError(error);
  } finally {
    if (token === renderToken) busy(false);
  }
}

async function main() {
  const meta = await startPage({ navKey: 'overview', titleKey: 'nav.overview', leaderParam: 'unit' });
  const [indicators, units, periods] = await Promise.all([api('/indicators'), api('/units'), api('/periods')]);
  context = { meta, indicators, units, periods };
  buildControls();
  onChange(render);
  await render();
}

main().catch(showError);
