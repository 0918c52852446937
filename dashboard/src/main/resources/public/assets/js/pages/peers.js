// Peers: a unit's nearest neighbours by population, area and type, and why each was chosen.
import { api } from '../api.js';
import { el, fill, byId } from '../dom.js';
import { t } from '../i18n.js';
import * as fmt from '../format.js';
import { param, href } from '../url-state.js';
import { startPage, showError, busy, setTitle } from '../layout.js';
import { typeName, maybeSynthetic, syntheticBadge } from '../labels.js';
import { exportSlot } from '../controls.js';
import { peersChart } from '../charts/peers-chart.js';
import { exportSource } from '../charts/setup.js';
import { chartButtons, tableButtons } from '../export.js';

function unitCode() {
  const match = window.location.pathname.match(/\/units\/([^/]+)\/peers/);
  return match ? decodeURIComponent(match[1]) : '';
}

function dz(value) {
  if (value === null || value === undefined) return t('common.dash');
  const word = value > 0 ? t('peers.larger') : value < 0 ? t('peers.smaller') : '';
  return `${fmt.signed(value)}${word ? ` (${word})` : ''}`;
}

function table(result) {
  const head = el('thead', {}, el('tr', {},
    ['col.rank', 'col.unit', 'col.distance', 'col.dzPopulation', 'col.dzArea', 'col.sameType', 'col.population', 'col.area']
      .map((k, i) => el('th', { scope: 'col', class: i === 1 || i === 5 ? null : 'num' }, t(k)))));
  const self = result.unit;
  const selfRow = el('tr', { class: 'is-selected' },
    el('td', { class: 'num' }, t('common.dash')),
    el('th', { scope: 'row' }, self.name, ' ', el('span', { class: 'muted small' }, `(${t('peers.self')})`)),
    el('td', { class: 'num' }, fmt.number(0)), el('td', { class: 'num' }, t('common.dash')), el('td', { class: 'num' }, t('common.dash')),
    el('td', {}, typeName(self.type)),
    el('td', { class: 'num' }, fmt.integer(self.population)), el('td', { class: 'num' }, fmt.value(self.areaKm2, 'km2')));
  const body = el('tbody', {}, selfRow, result.peers.map((p) => el('tr', { dataset: { code: p.unit.code } },
    el('td', { class: 'num' }, fmt.integer(p.rank)),
    el('th', { scope: 'row' }, el('a', { href: href(`/units/${p.unit.code}`) }, p.unit.name), ' ', maybeSynthetic(p.unit.synthetic)),
    el('td', { class: 'num' }, fmt.number(p.distance, 2)),
    el('td', { class: 'num' }, dz(p.dzPopulation)),
    el('td', { class: 'num' }, dz(p.dzArea)),
    el('td', {}, p.sameType ? t('common.yes') : `${t('common.no')} (${typeName(p.unit.type)})`),
    el('td', { class: 'num' }, fmt.integer(p.unit.population)),
    el('td', { class: 'num' }, fmt.value(p.unit.areaKm2, 'km2')))));
  fill(byId('peers-table-wrap'), el('table', { class: 'data-table', id: 'peers-table' },
    el('caption', { class: 'visually-hidden' }, t('peers.tableCaption')), head, body));
}

async function main() {
  const meta = await startPage({ navKey: 'unit', titleKey: 'nav.peers' });
  const code = unitCode();
  const k = Math.min(30, Math.max(1, parseInt(param('k', '10'), 10) || 10));
  const [result, units] = await Promise.all([api(`/units/${encodeURIComponent(code)}/peers`, { k }), api('/units')]);
  const self = result.unit;
  setTitle(t('peers.heading', self.name));
  const back = byId('back-to-unit');
  back.href = href(`/units/${code}`);
  back.textContent = `← ${self.name}`;
  byId('peers-heading').textContent = t('peers.heading', self.name);
  fill(byId('peers-badge'), self.synthetic ? syntheticBadge() : null);
  byId('peers-intro').textContent = t('peers.intro', self.name);
  byId('peers-method').textContent = result.method || t('common.dash');
  fill(byId('peers-actions'),
    el('a', { class: 'button', href: href('/compare', { units: [code, ...result.peers.slice(0, 7).map((p) => p.unit.code)], group: 'peers' }) },
      t('peers.compareAll', self.name)),
    el('a', { class: 'button button-quiet', href: href(`/units/${code}`, { group: 'peers' }) }, t('unit.compareLink')));
  fill(byId('peers-table-export'), exportSlot('peers-table'));
  fill(byId('peers-chart-export'), exportSlot('peers-chart'));
  table(result);
  byId('peers-chart-caption').textContent = t('peers.chartCaption', self.name);
  const chart = byId('peers-chart');
  chart.setAttribute('aria-label', `${t('peers.chartHeading')}. ${t('peers.chartCaption', self.name)}`);
  peersChart(chart, {
    self, peers: result.peers, units,
    labels: { population: t('col.population'), area: `${t('col.area')} (km²)`, self: self.name, peer: t('peers.peer'), other: t('peers.other') },
  });
  const context = () => ({
    title: t('peers.heading', self.name), lines: [`${t('unit.code', self.code)} · ${t('peers.tableCaption')}`],
    synthetic: Boolean(self.synthetic || result.peers.some((p) => p.unit.synthetic) || meta.syntheticUnits),
  });
  byId('peers-table-export').querySelector('.export-slot').append(tableButtons({
    table: () => byId('peers-table'), context, file: () => ['tuong-dong', self.code, self.name, `k${k}`],
  }));
  byId('peers-chart-export').querySelector('.export-slot').append(...chartButtons({
    source: () => exportSource(chart),
    context: () => ({ ...context(), title: `${t('peers.chartHeading')}: ${self.name}`, lines: [t('peers.chartCaption', self.name)] }),
    file: () => ['tuong-dong-bieu-do', self.code, self.name, `k${k}`],
  }));
  busy(false);
}

main().catch(showError);
