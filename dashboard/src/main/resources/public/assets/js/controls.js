// Labelled form controls shared by the pages: real <select>s and radio buttons, so the keyboard just works.
import { el } from './dom.js';
import { t } from './i18n.js';
import { indicatorName, groupName, periodName } from './labels.js';

/** A <label> + <select>; options: [{value, label}] or {group: label, options: [...]} for an <optgroup>. */
export function select({ id, label, options, value, onChange }) {
  const node = el('select', { id, name: id });
  const option = (o) => el('option', { value: o.value, selected: String(o.value) === String(value ?? '') ? true : null }, o.label);
  for (const o of options) {
    node.append(o.options ? el('optgroup', { label: o.group }, o.options.map(option)) : option(o));
  }
  node.value = value ?? '';
  node.addEventListener('change', () => onChange(node.value));
  return el('div', { class: 'field' }, el('label', { for: id }, label), node);
}

/** The indicator picker, grouped by the catalogue's groups (in catalogue order). */
export function indicatorOptions(indicators, filter = () => true) {
  const groups = new Map();
  for (const indicator of indicators.filter(filter)) {
    if (!groups.has(indicator.group)) groups.set(indicator.group, []);
    groups.get(indicator.group).push({ value: indicator.id, label: indicatorName(indicator) });
  }
  return [...groups.entries()].map(([group, options]) => ({ group: groupName(group), options }));
}

export function periodOptions(periods) {
  return periods.map((p) => ({ value: p.key, label: periodName(p) }));
}

/** Comparison group radio buttons: all / same type / same former district / peers. */
export function groupRadios({ name, value, onChange, groups = ['all', 'type', 'district', 'peers'] }) {
  return el('fieldset', { class: 'field radios' },
    el('legend', {}, t('filter.group')),
    el('div', { class: 'radio-row' }, groups.map((g) => el('label', { class: 'radio' },
      el('input', {
        type: 'radio', name, value: g, checked: g === value ? true : null,
        on: { change: (e) => { if (e.target.checked) onChange(g); } },
      }), ' ', t(`group.${g}`)))),
    el('p', { class: 'hint' }, t('group.help')));
}

/** A toolbar slot where the export buttons of a later issue go (one per chart and table). */
export function exportSlot(name) {
  return el('div', { class: 'export-slot', dataset: { export: name }, role: 'toolbar', 'aria-label': `${t('common.export')}` });
}
