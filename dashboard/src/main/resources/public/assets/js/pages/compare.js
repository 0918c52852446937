// Compare: 2–8 units (the display group) side by side, medians over a comparison group chosen apart, and a
// funnel plot for the rates whose denominators differ most.
import { api } from '../api.js';
import { el, fill, byId } from '../dom.js';
import { t } from '../i18n.js';
import * as fmt from '../format.js';
import { param, listParam, update, onChange, href } from '../url-state.js';
import { startPage, showError, clearError, busy } from '../layout.js';
import { indicatorName, groupName, quartileBadge, maybeSynthetic, periodName } from '../labels.js';
import { exportSource } from '../charts/setup.js';
import { chartButtons, tableButtons } from '../export.js';
import { select, indicatorOptions, periodOptions, groupRadios, exportSlot } from '../controls.js';
import { unitSearch } from '../search.js';
import { compareChart } from '../charts/compare-chart.js';
import { funnelChart } from '../charts/funnel-chart.js';
import { compareCells, compareMedian, funnelPoints } from '../shapes.js';

export const FUNNEL_INDICATORS = ['on_time_rate_pct', 'overdue_rate_pct', 'online_payment_pct'];
const GROUPS = ['all', 'type', 'district', 'peers'];
const MAX_UNITS = 8;
let context;
let controls;
let renderToken = 0;

function state() {
  const known = new Set(context.units.map((u) => u.code));
  const units = [...new Set(listParam('units'))].filter((c) => known.has(c));
  const indicator = context.indicators.some((i) => i.id === param('indicator')) ? param('indicator') : 'on_time_rate_pct';
  const funnelWanted = param('funnel', FUNNEL_INDICATORS.includes(indicator) ? indicator : 'on_time_rate_pct');
  const group = param('group', 'all');
  return {
    units: units.slice(0, MAX_UNITS), tooMany: units.length > MAX_UNITS, indicator,
    period: param('period', context.meta.defaultPeriod),
    group: GROUPS.includes(group) ? group : 'all',
    funnel: FUNNEL_INDICATORS.includes(funnelWanted) ? funnelWanted : 'on_time_rate_pct',
  };
}

function chips(s) {
  const byCode = new Map(context.units.map((u) => [u.code, u]));
  const list = byId('unit-chips');
  fill(list, s.units.length === 0 ? el('li', { class: 'muted' }, t('compare.noUnits')) : s.units.map((code) => {
    const unit = byCode.get(code);
    return el('li', { class: 'chip', dataset: { code } },
      el('a', { href: href(`/units/${code}`, { period: s.period }) }, unit.name), ' ', maybeSynthetic(unit.synthetic),
      el('button', {
        type: 'button', 'aria-label': t('compare.remove', unit.name), title: t('compare.remove', unit.name),
        on: { click: () => update({ units: s.units.filter((c) => c !== code) }) },
      }, '×'));
  }));
}

function buildControls() {
  const s = state();
  controls = {
    search: unitSearch({
      units: context.units, id: 'compare-search', labelKey: 'compare.add',
      onSelect: (unit) => {
        const current = state().units;
        if (current.includes(unit.code)) return;
        if (current.length >= MAX_UNITS) { byId('compare-message').textContent = t('compare.tooMany'); return; }
        update({ units: [...current, unit.code] });
      },
    }),
    indicator: select({ id: 'indicator', label: t('filter.indicator'), value: s.indicator, options: indicatorOptions(context.indicators), onChange: (v) => update({ indicator: v }) }),
    period: select({ id: 'period', label: t('filter.period'), value: s.period, options: periodOptions(context.periods), onChange: (v) => update({ period: v }) }),
    group: groupRadios({ name: 'group', value: s.group, onChange: (g) => update({ group: g }) }),
    funnel: select({
      id: 'funnel-indicator', label: t('compare.funnelIndicator'), value: s.funnel,
      options: FUNNEL_INDICATORS.map((id) => ({ value: id, label: indicatorName(context.indicators.find((i) => i.id === id)) || id })),
      onChange: (v) => update({ funnel: v }),
    }),
  };
  fill(byId('compare-controls'), controls.search, controls.indicator, controls.period, controls.group);
  fill(byId('funnel-controls'), controls.funnel);
  fill(byId('compare-chart-export'), exportSlot('compare-chart'));
  fill(byId('funnel-export'), exportSlot('funnel-chart'));
  fill(byId('compare-table-export'), exportSlot('compare-table'));
}

function syncControls(s) {
  controls.indicator.querySelector('select').value = s.indicator;
  controls.period.querySelector('select').value = s.period;
  controls.funnel.querySelector('select').value = s.funnel;
  controls.group.querySelectorAll('input').forEach((input) => { input.checked = input.value === s.group; });
}

function medianHeading(compare, s) {
  const group = compare.rows.length ? compareMedian(compare.rows[0], s.group).group : s.group;
  return group === 'all' ? t('col.cityMedian') : `${t('col.groupMedian')} (${t(`group.${group}`)})`;
}

function table(compare, s) {
  const head = el('thead', {}, el('tr', {},
    el('th', { scope: 'col' }, t('col.indicator')),
    compare.units.map((u) => el('th', { scope: 'col', class: 'num' }, el('a', { href: href(`/units/${u.code}`, { period: s.period }) }, u.name), ' ', maybeSynthetic(u.synthetic))),
    el('th', { scope: 'col', class: 'num' }, medianHeading(compare, s))));
  const body = el('tbody', {});
  let group = null;
  for (const row of compare.rows) {
    const ind = row.indicator;
    if (ind.group !== group) {
      group = ind.group;
      body.append(el('tr', { class: 'group-row' }, el('th', { colspan: compare.units.length + 2, scope: 'colgroup' }, groupName(group))));
    }
    body.append(el('tr', { class: ind.id === s.indicator ? 'is-selected' : null, dataset: { indicator: ind.id } },
      el('th', { scope: 'row' }, el('a', { href: href('/indicators', {}, `ind-${ind.id}`) }, indicatorName(ind))),
      compareCells(row, compare.units).map((c) => el('td', { class: 'num' },
        c.value === null || c.value === undefined ? t('common.dash') : [
          el('div', {}, el('strong', {}, fmt.value(c.value, ind.unit))),
          el('div', { class: 'small muted' }, t('common.of', c.rank, c.n)),
          el('div', { class: 'small' }, quartileBadge(c.quartile, ind.direction))])),
      el('td', { class: 'num' }, fmt.value(compareMedian(row, s.group).value, ind.unit))));
  }
  fill(byId('compare-table-wrap'), el('table', { class: 'data-table', id: 'compare-table' },
    el('caption', {}, t('compare.tableCaption')), head, body));
}

/** PNG and SVG of both charts and a CSV of the table, each with the period, group and units shown. */
function exports(s, indicator, funnel) {
  const byCode = new Map(context.units.map((u) => [u.code, u]));
  const shown = s.units.map((c) => byCode.get(c)).filter(Boolean);
  const period = periodName(context.periods.find((p) => p.key === s.period) || { key: s.period });
  const lines = [`${t('filter.period')}: ${period} · ${t('filter.group')}: ${t(`group.${s.group}`)}`,
    shown.length ? t('export.units', shown.map((u) => u.name).join(', ')) : null];
  const synthetic = shown.some((u) => u.synthetic) || Boolean(context.meta.syntheticUnits);
  const file = (kind, ind) => [kind, ind, s.period, s.group, ...s.units];
  fill(byId('compare-chart-export').querySelector('.export-slot'), byId('compare-chart').hidden ? null : chartButtons({
    source: () => exportSource(byId('compare-chart')),
    context: () => ({ title: t('compare.chartHeading', indicatorName(indicator)), lines, synthetic }),
    file: () => file('so-sanh', s.indicator),
  }));
  fill(byId('funnel-export').querySelector('.export-slot'), chartButtons({
    source: () => exportSource(byId('funnel-chart')),
    context: () => ({ title: `${t('compare.funnelHeading')}: ${indicatorName(funnel.indicator)}`, lines, synthetic }),
    file: () => file('pheu', s.funnel),
  }));
  fill(byId('compare-table-export').querySelector('.export-slot'), byId('compare-table') ? tableButtons({
    table: () => byId('compare-table'),
    context: () => ({ title: t('compare.tableHeading'), lines, synthetic }),
    file: () => ['so-sanh-bang', s.period, s.group, ...s.units],
  }) : null);
}

async function render() {
  const token = ++renderToken;
  busy(true);
  const s = state();
  syncControls(s);
  chips(s);
  const message = byId('compare-message');
  message.textContent = s.tooMany ? t('compare.tooMany') : s.units.length < 2 ? t('compare.tooFew') : '';
  const indicator = context.indicators.find((i) => i.id === s.indicator);
  byId('compare-chart-heading').textContent = t('compare.chartHeading', indicatorName(indicator));
  try {
    const funnelPromise = api('/funnel', { indicator: s.funnel, period: s.period, group: s.group, units: s.units });
    const comparePromise = s.units.length >= 2 ? api('/compare', { units: s.units, period: s.period, group: s.group }) : null;
    const [funnel, compare] = await Promise.all([funnelPromise, comparePromise]);
    if (token !== renderToken) return;
    clearError();
    if (compare) {
      const row = compare.rows.find((r) => r.indicator.id === s.indicator);
      const median = row ? compareMedian(row, s.group) : { value: null, group: s.group };
      fill(byId('compare-legend'),
        el('li', {}, el('span', { class: 'legend-median', 'aria-hidden': 'true' }),
          t('compare.medianLabel', fmt.value(median.value, indicator.unit)), ` (${t(`group.${median.group}`)})`));
      const chartBox = byId('compare-chart');
      chartBox.hidden = false;
      chartBox.setAttribute('aria-label', t('compare.chartHeading', indicatorName(indicator)));
      if (row) compareChart(chartBox, { row, units: compare.units, indicator, median: median.value });
      table(compare, s);
    } else {
      fill(byId('compare-legend'));
      byId('compare-chart').hidden = true;
      fill(byId('compare-table-wrap'), el('p', { class: 'empty' }, t('compare.tooFew')));
    }
    const funnelBox = byId('funnel-chart');
    funnelBox.setAttribute('aria-label', `${t('compare.funnelHeading')}: ${indicatorName(funnel.indicator)}`);
    const { offScale } = funnelChart(funnelBox, { funnel });
    const points = funnelPoints(funnel);
    const outside998 = points.filter((p) => p.band === 'above998' || p.band === 'below998').length;
    const outside95 = points.filter((p) => p.band !== 'inside').length;
    fill(byId('funnel-note'),
      el('span', { id: 'funnel-pooled' }, t('compare.pooled', fmt.percent(funnel.pooledRate))), '. ',
      t('compare.bandCounts', fmt.integer(outside998), fmt.integer(outside95)),
      offScale ? ` ${t('compare.offScale', fmt.integer(offScale))}` : '',
      funnel.denominatorNote ? ` ${t('compare.denominatorNote', funnel.denominatorNote)}` : '');
    exports(s, indicator, funnel);
  } catch (error) {
    if (token === renderToken) showError(error);
  } finally {
    if (token === renderToken) busy(false);
  }
}

async function main() {
  const meta = await startPage({ navKey: 'compare', titleKey: 'nav.compare', leaderParam: 'units' });
  const [indicators, units, periods] = await Promise.all([api('/indicators'), api('/units'), api('/periods')]);
  context = { meta, indicators, units, periods };
  buildControls();
  onChange(render);
  await render();
}

main().catch(showError);
