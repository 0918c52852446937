// All page state lives in the URL query, so every URL restores its view and can be shared.
const listeners = new Set();

export function params() {
  return new URLSearchParams(window.location.search);
}

export function param(name, fallback = null) {
  const value = params().get(name);
  return value === null || value === '' ? fallback : value;
}

export function listParam(name) {
  const value = param(name);
  return value ? value.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

export function currentLang() {
  return param('lang') === 'en' ? 'en' : 'vi';
}

/** Changes the query (null or '' removes a name) and tells the page; push adds a history entry. */
export function update(patch, { push = true } = {}) {
  const query = params();
  for (const [name, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) query.delete(name);
    else query.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  if (!query.has('lang')) query.set('lang', currentLang());
  const url = `${window.location.pathname}?${query.toString()}${window.location.hash}`;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  listeners.forEach((fn) => fn());
}

/** Called after every change of the query, ours or the browser's back and forward. */
export function onChange(fn) {
  listeners.add(fn);
}

window.addEventListener('popstate', () => listeners.forEach((fn) => fn()));

/** A link inside the site, keeping the language: href('/units/10816', {period}). */
export function href(path, query = {}, hash = '') {
  const q = new URLSearchParams();
  q.set('lang', currentLang());
  for (const [name, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    q.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return `${path}?${q.toString()}${hash ? `#${hash}` : ''}`;
}

/** This very page in another language, with all its state. */
export function hrefInLang(lang) {
  const q = params();
  q.set('lang', lang);
  return `${window.location.pathname}?${q.toString()}${window.location.hash}`;
}
