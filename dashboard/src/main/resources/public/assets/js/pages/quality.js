// Data quality: warnings raised while reading the reports, by unit, and the quarantine of the last load.
import { api } from '../api.js';
import { el, fill, byId } from '../dom.js';
import { t } from '../i18n.js';
import * as fmt from '../format.js';
import { param, update, onChange, href } from '../url-state.js';
import { startPage, showError, clearError, busy } from '../layout.js';
import { flagName, indicatorName, maybeSynthetic, periodName, warningText, locationName } from '../labels.js';
import { select, periodOptions, exportSlot } from '../controls.js';
import { quarantineRows } from '../shapes.js';
import { stackable } from '../tables.js';
import { tableButtons, tableRows } from '../export.js';

let context;
let controls;
let renderToken = 0;

function state() {
  return { unit: param('unit', ''), period: param('period', '') };
}

function periodLabel(key) {
  const period = context.periods.find((p) => p.key === key);
  return period ? periodName(period) : key || t('common.dash');
}

function codeCell(code) {
  return el('td', {}, el('span', { class: 'badge badge-flag' }, flagName(code)), el('span', { class: 'indicator-id' }, code));
}

function quarantine(result) {
  const rows = quarantineRows(result);
  byId('quarantine-count').textContent = rows.length ? t('quality.quarantineCount', fmt.integer(rows.length)) : t('quality.noQuarantine');
  fill(byId('quarantine-wrap'), rows.length ? stackable(el('table', { class: 'data-table', id: 'quarantine-table' },
    el('thead', {}, el('tr', {}, ['col.file', 'col.code', 'col.reason'].map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, rows.map((q) => el('tr', {}, el('td', {}, el('code', {}, q.file)), codeCell(q.code), el('td', {}, q.reason)))))) : null);
}

function warnings(result, s) {
  const flags = (result.flags || []).filter((f) => f.kind !== 'quarantine');
  const byUnit = new Map();
  for (const flag of flags) {
    const key = flag.unitCode || '';
    if (!byUnit.has(key)) byUnit.set(key, []);
    byUnit.get(key).push(flag);
  }
  const units = new Map(context.units.map((u) => [u.code, u]));
  byId('warnings-count').textContent = flags.length ? t('quality.warningsCount', fmt.integer(flags.length), fmt.integer(byUnit.size)) : t('quality.noWarnings');
  const counts = new Map();
  flags.forEach((f) => counts.set(f.code, (counts.get(f.code) || 0) + 1));
  fill(byId('warning-codes'), counts.size ? [el('h3', {}, t('quality.byCode')), el('ul', { class: 'count-list' },
    [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => el('li', { class: 'badge badge-flag' }, `${flagName(code)}: ${fmt.integer(n)}`)))] : null);
  const sections = [...byUnit.entries()].sort((a, b) => (units.get(a[0])?.name || a[0]).localeCompare(units.get(b[0])?.name || b[0], 'vi'))
    .map(([code, list]) => {
      const unit = units.get(code);
      return el('section', { class: 'quality-unit', 'aria-labelledby': `q-${code || 'none'}` },
        el('h3', { id: `q-${code || 'none'}` }, unit ? el('a', { href: href(`/units/${code}`) }, unit.name) : (code || t('common.dash')), ' ',
          unit ? maybeSynthetic(unit.synthetic) : null, ' ',
          unit && !s.unit ? el('a', { class: 'small', href: href('/quality', { unit: code, period: s.period }) }, `(${t('quality.unit')} ${code})`) : null),
        el('div', { class: 'table-scroll' }, stackable(el('table', { class: 'data-table' },
          el('thead', {}, el('tr', {}, ['col.period', 'col.code', 'col.message', 'col.file'].map((k) => el('th', { scope: 'col' }, t(k))))),
          el('tbody', {}, list.map((f) => el('tr', {},
            el('td', {}, periodLabel(f.periodKey)), codeCell(f.code), el('td', {}, warningText(f, context.indicators)), el('td', {}, el('code', {}, f.sourceFile)))))))));
    });
  fill(byId('warnings-wrap'), sections);
}

// Without a chosen unit the table shows the least covered reports only, so the warnings stay within reach.
const LEAST_COVERED = 20;

/** Reading coverage of the current reports, least covered first; a chosen unit also lists its unread numbers. */
function reading(result, s) {
  const all = result.reading || [];
  const reports = s.unit ? all : all.slice(0, LEAST_COVERED);
  const units = new Map(context.units.map((u) => [u.code, u]));
  const seen = all.reduce((n, r) => n + r.seen, 0);
  const unread = all.reduce((n, r) => n + r.unread, 0);
  byId('reading-count').textContent = all.length
    ? [t('quality.readingCount', fmt.integer(all.length), fmt.integer(unread), fmt.integer(seen)),
      reports.length < all.length ? t('quality.readingShown', fmt.integer(reports.length)) : ''].join(' ') : t('quality.noReading');
  fill(byId('reading-wrap'), reports.length ? stackable(el('table', { class: 'data-table', id: 'reading-table' },
    el('thead', {}, el('tr', {}, ['col.unit', 'col.period', 'col.file', 'col.numbersSeen', 'col.numbersFacts', 'col.numbersUnread', 'col.coverage']
      .map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, reports.map((r) => el('tr', {},
      el('td', {}, s.unit ? (units.get(r.unitCode)?.name || r.unitCode)
        : el('a', { href: href('/quality', { unit: r.unitCode, period: s.period }) }, units.get(r.unitCode)?.name || r.unitCode)),
      el('td', {}, periodLabel(r.periodKey)), el('td', {}, el('code', {}, r.sourceFile)),
      el('td', { class: 'num' }, fmt.integer(r.seen)), el('td', { class: 'num' }, fmt.integer(r.facts)),
      el('td', { class: 'num' }, fmt.integer(r.unread)), el('td', { class: 'num' }, fmt.percent(100 * r.coverage, 1))))))) : null);
  const numbers = result.unread || [];
  fill(byId('unread-wrap'), s.unit ? [el('h3', {}, t('quality.unread')), numbers.length ? el('div', { class: 'table-scroll' },
    stackable(el('table', { class: 'data-table', id: 'unread-table' },
      el('thead', {}, el('tr', {}, ['col.number', 'col.sentence', 'col.candidates', 'col.file'].map((k) => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, numbers.map((n) => el('tr', {},
        el('td', { class: 'num' }, el('mark', {}, n.number)),
        el('td', {}, el('span', { class: 'evidence-sentence' }, n.sentence), el('span', { class: 'muted small' }, ` (${locationName(n.location)})`)),
        el('td', {}, n.candidates.map((id) => el('div', {}, context.indicators.has(id) ? indicatorName(context.indicators.get(id)) : id,
          el('span', { class: 'indicator-id' }, id)))),
        el('td', {}, el('code', {}, n.sourceFile)))))))) : el('p', {}, t('quality.noUnread'))] : null);
}

/** CSV of the quarantine and of the warnings (one table per unit, joined with the unit's name first). */
function exports(s) {
  const unit = context.units.find((u) => u.code === s.unit);
  const lines = [`${t('quality.unit')}: ${unit ? unit.name : t('quality.allUnits')} · ${t('filter.period')}: ${s.period ? periodLabel(s.period) : t('quality.allPeriods')}`];
  const context_ = (title) => () => ({ title, lines, synthetic: Boolean(unit ? unit.synthetic : context.meta.syntheticUnits) });
  const file = (kind) => () => [kind, s.unit, s.period];
  fill(byId('quarantine-export').querySelector('.export-slot'), byId('quarantine-table') ? tableButtons({
    table: () => byId('quarantine-table'), context: context_(t('quality.quarantine')), file: file('cach-ly'),
  }) : null);
  const sections = [...byId('warnings-wrap').querySelectorAll('.quality-unit')];
  fill(byId('warnings-export').querySelector('.export-slot'), sections.length ? tableButtons({
    rows: () => sections.flatMap((section, i) => {
      const name = section.querySelector('h3 a, h3').firstChild.textContent;
      const [head, ...body] = tableRows(section.querySelector('table'));
      return [...(i === 0 ? [[t('quality.unit'), ...head]] : []), ...body.map((r) => [name, ...r])];
    }),
    context: context_(t('quality.warnings')), file: file('canh-bao'),
  }) : null);
}

function buildControls() {
  const s = state();
  const units = [...context.units].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  controls = {
    unit: select({ id: 'quality-unit', label: t('quality.unit'), value: s.unit, options: [{ value: '', label: t('quality.allUnits') }, ...units.map((u) => ({ value: u.code, label: u.name }))], onChange: (v) => update({ unit: v }) }),
    period: select({ id: 'period', label: t('filter.period'), value: s.period, options: [{ value: '', label: t('quality.allPeriods') }, ...periodOptions(context.periods)], onChange: (v) => update({ period: v }) }),
  };
  fill(byId('quality-controls'), controls.unit, controls.period);
  fill(byId('quarantine-export'), exportSlot('quarantine-table'));
  fill(byId('warnings-export'), exportSlot('warnings-table'));
}

async function render() {
  const token = ++renderToken;
  busy(true);
  const s = state();
  controls.unit.querySelector('select').value = s.unit;
  controls.period.querySelector('select').value = s.period;
  try {
    const result = await api('/quality', { unit: s.unit, period: s.period });
    if (token !== renderToken) return;
    clearError();
    quarantine(result);
    reading(result, s);
    warnings(result, s);
    exports(s);
  } catch (error) {
    if (token === renderToken) showError(error);
  } finally {
    if (token === renderToken) busy(false);
  }
}

async function main() {
  const meta = await startPage({ navKey: 'quality', titleKey: 'nav.quality', leaderParam: 'unit' });
  const [units, periods, indicators] = await Promise.all([api('/units'), api('/periods'), api('/indicators')]);
  context = { meta, units, periods, indicators: new Map(indicators.map((i) => [i.id, i])) };
  buildControls();
  onChange(render);
  await render();
}

main().catch(showError);
