// The indicator catalogue: definitions, units of measure, direction, formulas; filterable, state in the URL.
import { api } from '../api.js';
import { el, fill, byId } from '../dom.js';
import { t } from '../i18n.js';
import { param, update, onChange, href } from '../url-state.js';
import { startPage, showError, busy } from '../layout.js';
import { indicatorName, indicatorDefinition, groupName } from '../labels.js';
import { fold } from '../search.js';
import { exportSlot } from '../controls.js';
import { stackable } from '../tables.js';
import { tableButtons } from '../export.js';

let indicators = [];

function measureLabel(measure) {
  const text = t(`measure.${measure}`);
  return text && text !== `measure.${measure}` ? `${text} (${measure})` : measure;
}

/** The slot of a group's table with its CSV button (the table is found when clicked). */
function groupExport(group) {
  const slot = exportSlot(`indicators-${group}`);
  slot.append(tableButtons({
    table: () => document.querySelector(`section[aria-labelledby="group-${group}"] table`),
    context: () => ({ title: `${t('indicators.heading')}: ${groupName(group)}`, lines: [param('q') ? `${t('indicators.filter')}: ${param('q')}` : null] }),
    file: () => ['danh-muc-chi-tieu', group],
  }));
  return slot;
}

function render() {
  const q = param('q', '');
  const input = byId('indicator-filter');
  if (document.activeElement !== input) input.value = q;
  const needle = fold(q);
  const shown = indicators.filter((i) => !needle || [i.id, i.nameVi, i.nameEn, i.definitionVi, i.definitionEn].some((s) => fold(s).includes(needle)));
  const groups = new Map();
  for (const indicator of shown) {
    if (!groups.has(indicator.group)) groups.set(indicator.group, []);
    groups.get(indicator.group).push(indicator);
  }
  byId('indicators-count').textContent = shown.length ? t('indicators.count', shown.length, groups.size) : t('indicators.none');
  fill(byId('indicator-groups'), [...groups.entries()].map(([group, list]) => el('section', { class: 'panel', 'aria-labelledby': `group-${group}` },
    el('div', { class: 'panel-head' }, el('h2', { id: `group-${group}` }, groupName(group)), groupExport(group)),
    el('div', { class: 'table-scroll' }, stackable(el('table', { class: 'data-table indicator-table' },
      el('thead', {}, el('tr', {}, ['col.indicator', 'col.unitOfMeasure', 'col.direction', 'col.kind', 'col.definition', 'col.formula', 'col.actions']
        .map((k) => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, list.map((i) => el('tr', { id: `ind-${i.id}` },
        el('th', { scope: 'row' }, indicatorName(i), el('span', { class: 'indicator-id' }, i.id)),
        el('td', {}, measureLabel(i.unit)),
        el('td', {}, t(`direction.${i.direction}`)),
        el('td', {}, t(`kind.${i.kind}`)),
        el('td', {}, indicatorDefinition(i) || t('common.dash')),
        el('td', {}, i.formula ? el('code', {}, i.formula) : t('common.dash')),
        el('td', {}, el('a', { href: href('/', { indicator: i.id }) }, t('indicators.viewRanking'))))))))))));
  if (window.location.hash) {
    const target = document.getElementById(window.location.hash.slice(1));
    if (target) target.scrollIntoView();
  }
}

async function main() {
  await startPage({ navKey: 'indicators', titleKey: 'nav.indicators' });
  indicators = await api('/indicators');
  const input = byId('indicator-filter');
  input.addEventListener('input', () => update({ q: input.value }, { push: false }));
  onChange(render);
  render();
  busy(false);
}

main().catch(showError);
