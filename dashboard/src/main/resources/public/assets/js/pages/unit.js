// Unit profile: header, a spine chart of all indicators, a card per indicator with its evidence and trend.
import { api, apiUrl } from '../api.js';
import { el, fill, byId } from '../dom.js';
import { t, tOr } from '../i18n.js';
import * as fmt from '../format.js';
import { param, update, onChange, href } from '../url-state.js';
import { startPage, showError, clearError, busy, setTitle } from '../layout.js';
import { indicatorName, periodName, indicatorDefinition, typeName, groupName, quartileBadge, syntheticBadge } from '../labels.js';
import { select, periodOptions, groupRadios, exportSlot } from '../controls.js';
import { spineRow, spineLegend, spineExportSource } from '../charts/spine-chart.js';
import { chartButtons, tableLinks } from '../export.js';
import { sparkline } from '../charts/sparkline.js';
import { openEvidence } from '../evidence.js';

const GROUPS = ['all', 'type', 'district', 'peers'];
let context;
let renderToken = 0;
let controls;

function unitCode() {
  const match = window.location.pathname.match(/\/units\/([^/]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

function state() {
  const group = param('group', 'all');
  return { code: unitCode(), period: param('period', context.meta.defaultPeriod), group: GROUPS.includes(group) ? group : 'all' };
}

/** "Xã A [10816] (một phần; Huyện B); …" → ["Xã A (một phần; Huyện B)", …]; a list is taken as it is. */
function mergedList(mergedFrom) {
  if (!mergedFrom) return [];
  const parts = Array.isArray(mergedFrom) ? mergedFrom : String(mergedFrom).split(/;\s*(?![^(]*\))/);
  return parts.map((p) => (typeof p === 'string' ? p : p.name || JSON.stringify(p)).trim()).filter(Boolean);
}

function header(unit, s) {
  setTitle(unit.name);
  byId('unit-name').textContent = unit.name;
  fill(byId('unit-badge'), unit.synthetic ? syntheticBadge() : null);
  byId('unit-code').textContent = t('unit.code', unit.code);
  const merged = mergedList(unit.mergedFrom);
  fill(byId('unit-facts'),
    el('div', {}, el('dt', {}, t('unit.type')), el('dd', {}, typeName(unit.type))),
    el('div', {}, el('dt', {}, t('unit.district')), el('dd', {}, unit.formerDistrict || t('common.dash'))),
    el('div', {}, el('dt', {}, t('unit.area')), el('dd', { id: 'unit-area' }, fmt.value(unit.areaKm2, 'km2'))),
    el('div', {}, el('dt', {}, t('unit.population')), el('dd', { id: 'unit-population' }, fmt.value(unit.population, 'people'))));
  fill(byId('unit-merged'), merged.length ? el('details', { class: 'merged' },
    el('summary', {}, `${t('unit.mergedFrom')}: ${t('unit.mergedCount', merged.length)}`),
    el('ul', { class: 'merged-list' }, merged.map((m) => el('li', {}, m)))) : null);
  fill(byId('unit-links'),
    el('a', { class: 'button', href: href(`/units/${unit.code}/peers`) }, t('unit.peersLink')),
    el('a', { class: 'button button-quiet', id: 'compare-peers-link', href: href('/compare', { units: unit.code, group: 'peers', period: s.period }) }, t('unit.compareLink')),
    el('a', { class: 'button button-quiet', href: href('/', { unit: unit.code, period: s.period }) }, t('unit.rankingLink')));
}

function summary(profile) {
  const directional = profile.lines.filter((l) => l.indicator.direction !== 'neutral' && l.quartile);
  const best = directional.filter((l) => l.quartile === 1).length;
  const worst = directional.filter((l) => l.quartile === 4).sort((a, b) => (a.percentile ?? 0) - (b.percentile ?? 0));
  byId('summary-heading').textContent = t('unit.summaryHeading');
  const tile = (count, quartile, text) => el('div', { class: `stat stat-q${quartile}` },
    quartileBadge(quartile, 'higher_better').firstChild, el('span', { class: 'stat-number' }, fmt.integer(count)), el('span', {}, text));
  fill(byId('unit-summary'),
    el('p', { class: 'muted' }, periodName(profile.period)),
    el('div', { class: 'stats', id: 'unit-stats' },
      tile(best, 1, t('unit.statBest')), tile(worst.length, 4, t('unit.statWorst'))),
    el('p', { class: 'muted small' }, t('unit.statRanked', fmt.integer(directional.length))),
    el('h3', {}, t('unit.pullsDown')),
    worst.length
      ? el('ul', { class: 'pulls-down', id: 'pulls-down' }, worst.slice(0, 6).map((l) => el('li', {},
        el('a', { href: `#card-${l.indicator.id}` }, indicatorName(l.indicator)), ': ', fmt.value(l.value, l.indicator.unit), ' ',
        el('span', { class: 'muted small' }, t('unit.rankOfN', l.rank, l.n)))))
      : el('p', { class: 'muted' }, t('unit.pullsDownNone')));
}

function valueLink(line, s) {
  const text = fmt.value(line.value, line.indicator.unit);
  if (!line.evidence) return el('span', { title: t('unit.noEvidence') }, text);
  const link = el('a', {
    class: 'evidence-link', href: apiUrl(`/api/units/${s.code}/evidence`, { indicator: line.indicator.id, period: s.period }),
    'aria-label': t('unit.evidenceFor', text), title: t('unit.evidence'), dataset: { indicator: line.indicator.id },
  }, text);
  link.addEventListener('click', (e) => {
    e.preventDefault();
    openEvidence({ code: s.code, indicator: line.indicator.id, period: s.period, title: indicatorName(line.indicator), measure: line.indicator.unit });
  });
  return link;
}

function byGroup(lines) {
  const groups = new Map();
  for (const line of lines) {
    if (!groups.has(line.indicator.group)) groups.set(line.indicator.group, []);
    groups.get(line.indicator.group).push(line);
  }
  return groups;
}

function spineTable(profile, s) {
  const head = el('thead', {}, el('tr', {},
    el('th', { scope: 'col' }, t('col.indicator')),
    el('th', { scope: 'col', class: 'num' }, t('col.value')),
    el('th', { scope: 'col', class: 'num hide-narrow' }, t('col.rank')),
    el('th', { scope: 'col', class: 'num hide-narrow' }, t('col.groupMedian')),
    el('th', { scope: 'col', class: 'spine-head' }, el('span', { class: 'spine-axis' },
      el('span', {}, `◀ ${t('unit.spineWorse')}`), el('span', {}, `${t('unit.spineBetter')} ▶`)))));
  const body = el('tbody', {});
  for (const [group, lines] of byGroup(profile.lines)) {
    body.append(el('tr', { class: 'group-row' }, el('th', { colspan: 5, scope: 'colgroup' }, groupName(group))));
    for (const line of lines) {
      body.append(el('tr', { dataset: { indicator: line.indicator.id } },
        el('th', { scope: 'row' }, el('a', { href: `#card-${line.indicator.id}` }, indicatorName(line.indicator))),
        el('td', { class: 'num value-cell' }, valueLink(line, s)),
        el('td', { class: 'num hide-narrow' }, t('common.of', line.rank, line.n)),
        el('td', { class: 'num hide-narrow' }, fmt.value(line.groupMedian, line.indicator.unit)),
        el('td', { class: 'spine-cell' }, spineRow(line))));
    }
  }
  const container = byId('spine-chart');
  fill(container, el('table', { class: 'data-table spine-table', id: 'spine-table' },
    el('caption', { class: 'visually-hidden' }, t('unit.spineCaption')), head, body));
  container.dataset.rows = String(profile.lines.length);
  container.dataset.chartReady = 'true';
}

/** The spine chart's PNG and SVG, the profile table's CSV and Excel, and the meeting pack, for what is shown. */
function exports(profile, s) {
  const unit = profile.unit;
  const period = periodName(profile.period);
  const group = t(`group.${s.group}`);
  const code = encodeURIComponent(s.code);
  const params = { period: s.period, group: s.group };
  fill(byId('spine-export').querySelector('.export-slot'),
    chartButtons({
      source: () => spineExportSource(profile.lines),
      context: () => ({
        title: `${t('unit.spineHeading')}: ${unit.name} (${t('unit.code', unit.code)})`,
        lines: [`${t('filter.period')}: ${period} · ${t('filter.group')}: ${group}`, t('export.spineLegend')],
        synthetic: unit.synthetic,
      }),
      file: () => ['ho-so', unit.code, unit.name, s.group, s.period],
    }),
    tableLinks({ path: `/api/export/units/${code}/profile`, params }));
  byId('pack-note').textContent = t('pack.note', unit.name, period, group);
  const link = (ext, label, id) => el('a', {
    class: ['button', 'pack-link', ext === 'pdf' ? 'button-quiet' : null], id, download: '',
    href: apiUrl(`/api/export/units/${code}/pack.${ext}`, params),
  }, el('span', { class: 'pack-format', 'aria-hidden': 'true' }, ext.toUpperCase()), ' ', label);
  fill(byId('pack-links'), link('pptx', t('pack.pptx'), 'pack-pptx'), link('pdf', t('pack.pdf'), 'pack-pdf'));
}

function card(line, s) {
  const ind = line.indicator;
  const directional = ind.direction !== 'neutral';
  return el('article', { class: ['card', directional && line.quartile === 4 ? 'q4' : null, directional && line.quartile === 1 ? 'q1' : null], id: `card-${ind.id}` },
    el('h4', {}, indicatorName(ind)),
    el('div', { class: 'card-value' }, valueLink(line, s)),
    el('div', {}, el('strong', {}, t('unit.rankOfN', line.rank, line.n)), ' ', quartileBadge(line.quartile, ind.direction)),
    el('dl', {},
      el('dt', {}, t('unit.cityMedian')), el('dd', {}, fmt.value(line.cityMedian, ind.unit)),
      s.group !== 'all' ? [el('dt', {}, `${t('unit.groupMedian')} (${t(`group.${s.group}`)})`), el('dd', {}, fmt.value(line.groupMedian, ind.unit))] : null,
      el('dt', {}, t('unit.peerMedian')), el('dd', {}, fmt.value(line.peerMedian, ind.unit)),
      el('dt', {}, t('col.basis')), el('dd', {}, tOr(`basis.${line.basis || 'reported'}`, line.basis))),
    el('p', { class: 'muted small' }, t('unit.trend')),
    sparkline(line.trend, ind.unit),
    el('p', { class: 'muted small' }, `${t(`direction.${ind.direction}`)}. `, indicatorDefinition(ind) || '',
      ind.formula ? ` ${t('unit.formula', ind.formula)}` : ''));
}

function cards(profile, s) {
  const box = byId('unit-cards');
  const parts = [];
  for (const [group, lines] of byGroup(profile.lines)) {
    parts.push(el('h3', { class: 'card-group-heading' }, groupName(group)), el('div', { class: 'cards' }, lines.map((l) => card(l, s))));
  }
  fill(box, parts);
}

function buildControls() {
  const s = state();
  controls = {
    period: select({ id: 'period', label: t('filter.period'), value: s.period, options: periodOptions(context.periods), onChange: (v) => update({ period: v }) }),
    group: groupRadios({ name: 'group', value: s.group, onChange: (g) => update({ group: g }) }),
  };
  fill(byId('unit-controls'), controls.period, controls.group);
  fill(byId('spine-export'), exportSlot('spine-chart'));
  fill(byId('spine-legend'), spineLegend());
}

async function render() {
  const token = ++renderToken;
  busy(true);
  const s = state();
  controls.period.querySelector('select').value = s.period;
  controls.group.querySelectorAll('input').forEach((input) => { input.checked = input.value === s.group; });
  try {
    const [profile, peers] = await Promise.all([
      api(`/units/${encodeURIComponent(s.code)}/profile`, { period: s.period, group: s.group }),
      api(`/units/${encodeURIComponent(s.code)}/peers`, { k: 4 }).catch(() => null),
    ]);
    if (token !== renderToken) return;
    clearError();
    header(profile.unit, s);
    if (peers && peers.peers) {
      byId('compare-peers-link').href = href('/compare', { units: [s.code, ...peers.peers.map((p) => p.unit.code)], group: 'peers', period: s.period });
    }
    const badge = () => (profile.unit.synthetic ? syntheticBadge() : null);
    fill(byId('spine-badge'), badge());
    fill(byId('cards-badge'), badge());
    summary(profile);
    byId('spine-group').textContent = `${t('filter.group')}: ${t(`group.${s.group}`)} · ${t('filter.period')}: ${periodName(profile.period)}`;
    spineTable(profile, s);
    exports(profile, s);
    cards(profile, s);
  } catch (error) {
    if (token === renderToken) showError(error);
  } finally {
    if (token === renderToken) busy(false);
  }
}

async function main() {
  const meta = await startPage({ navKey: 'unit', titleKey: 'nav.unit' });
  const periods = await api('/periods');
  context = { meta, periods };
  buildControls();
  onChange(render);
  await render();
}

main().catch(showError);
