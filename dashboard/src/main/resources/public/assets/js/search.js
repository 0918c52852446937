// A unit search box (ARIA combobox): matches names ignoring case, diacritics and the xã/phường/đặc khu prefix.
import { el } from './dom.js';
import { t } from './i18n.js';
import { typeName, maybeSynthetic } from './labels.js';

/** "Xã Hà Bắc" → "ha bac"; "đặc khu Cát Hải" → "cat hai". */
export function fold(text) {
  return String(text || '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(xa|phuong|dac khu) /, '');
}

export function matchUnits(units, query, limit = 12) {
  const q = fold(query);
  if (!q) return [];
  const scored = [];
  for (const unit of units) {
    const name = fold(unit.name);
    let score = -1;
    if (unit.code === query.trim()) score = 0;
    else if (name === q) score = 1;
    else if (name.startsWith(q)) score = 2;
    else if (name.split(' ').some((w, i, words) => words.slice(i).join(' ').startsWith(q))) score = 3;
    else if (name.includes(q)) score = 4;
    if (score >= 0) scored.push({ unit, score });
  }
  scored.sort((a, b) => a.score - b.score || a.unit.name.localeCompare(b.unit.name, 'vi'));
  return scored.slice(0, limit).map((s) => s.unit);
}

let counter = 0;

/**
 * A labelled search box over the units; onSelect(unit) when one is chosen (click, Enter).
 * Returns the wrapping element.
 */
export function unitSearch({ units, onSelect, labelKey = 'search.label', id }) {
  counter += 1;
  const base = id || `unit-search-${counter}`;
  const input = el('input', {
    id: base, type: 'search', class: 'search-input', autocomplete: 'off', spellcheck: 'false',
    role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${base}-list`,
    'aria-describedby': `${base}-hint`, placeholder: t('search.placeholder'),
  });
  const list = el('ul', { id: `${base}-list`, role: 'listbox', class: 'search-list', hidden: true, 'aria-label': t(labelKey) });
  const status = el('p', { class: 'visually-hidden', 'aria-live': 'polite', id: `${base}-status` });
  let results = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (unit) => {
    close();
    input.value = '';
    onSelect(unit);
  };
  const setActive = (i) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', j === i ? 'true' : 'false'));
    if (i >= 0 && list.children[i]) {
      input.setAttribute('aria-activedescendant', list.children[i].id);
      list.children[i].scrollIntoView({ block: 'nearest' });
    }
  };
  const render = () => {
    results = matchUnits(units, input.value);
    list.replaceChildren();
    if (!input.value.trim()) {
      close();
      status.textContent = '';
      return;
    }
    if (results.length === 0) {
      list.append(el('li', { class: 'search-empty', role: 'option', 'aria-disabled': 'true', id: `${base}-none` }, t('search.noResults')));
    }
    results.forEach((unit, i) => {
      list.append(el('li', {
        id: `${base}-opt-${i}`, role: 'option', class: 'search-option', 'aria-selected': 'false', dataset: { code: unit.code },
        on: { mousedown: (e) => { e.preventDefault(); choose(unit); } },
      }, el('span', { class: 'search-name' }, unit.name), ' ',
      el('span', { class: 'search-meta' }, `${typeName(unit.type)} · ${unit.formerDistrict || ''}`), ' ', maybeSynthetic(unit.synthetic)));
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = results.length ? t('search.results', results.length) : t('search.noResults');
    setActive(results.length ? 0 : -1);
  };

  input.addEventListener('input', render);
  input.addEventListener('focus', () => { if (input.value.trim()) render(); });
  input.addEventListener('blur', () => setTimeout(close, 0));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && results.length) {
      e.preventDefault();
      if (list.hidden) render();
      setActive((active + 1) % results.length);
    } else if (e.key === 'ArrowUp' && results.length) {
      e.preventDefault();
      setActive((active - 1 + results.length) % results.length);
    } else if (e.key === 'Enter') {
      if (active >= 0 && results[active]) {
        e.preventDefault();
        choose(results[active]);
      }
    } else if (e.key === 'Escape') {
      close();
    }
  });

  return el('div', { class: 'field search' },
    el('label', { for: base }, t(labelKey)),
    el('div', { class: 'search-box' }, input, list),
    el('p', { class: 'hint', id: `${base}-hint` }, t('search.hint')),
    status);
}
