// The frame of every page: header with navigation and language switch, footer with the snapshot, errors.
import { api, ApiError } from './api.js';
import { el, fill, byId } from './dom.js';
import { loadBundle, t, applyTexts, has } from './i18n.js';
import { currentLang, href, hrefInLang, onChange } from './url-state.js';
import * as fmt from './format.js';
import { registerChartLocale } from './charts/setup.js';
import { syntheticBadge } from './labels.js';
import { session, csrfHeaders } from './session.js';

const NAV = [
  { key: 'overview', path: '/', label: 'nav.overview' },
  { key: 'compare', path: '/compare', label: 'nav.compare' },
  { key: 'indicators', path: '/indicators', label: 'nav.indicators' },
  { key: 'quality', path: '/quality', label: 'nav.quality' },
  // Only analysts may load reports; the server refuses the page to anyone else anyway.
  { key: 'uploads', path: '/uploads', label: 'nav.uploads', role: 'analyst' },
];

function navFor(current) {
  const role = current && current.user ? current.user.role : null;
  return NAV.filter((item) => !item.role || item.role === role);
}

async function logout() {
  try {
    await fetch('/api/logout', { method: 'POST', headers: await csrfHeaders(), credentials: 'same-origin' });
  } finally {
    window.location.assign(`/login?lang=${currentLang()}`);
  }
}

/** Who is signed in, their role, a leader's own unit, and the logout; nothing in public read-only mode. */
function userBox(current) {
  const user = current && current.user;
  if (!user) return null;
  return el('div', { class: 'user-box', id: 'user-box' },
    el('span', { class: 'user-name', id: 'user-name', title: t('user.signedInAs', user.username) }, user.username),
    el('span', { class: 'user-role', id: 'user-role' }, t(`user.role.${user.role}`)),
    user.role === 'leader' && user.unit
      ? el('a', { class: 'user-unit', id: 'my-unit', href: href(`/units/${user.unit}`) }, t('user.myUnit')) : null,
    el('button', { type: 'button', class: 'user-logout', id: 'logout', on: { click: logout } }, t('user.logout')));
}

function header(navKey, current) {
  const lang = currentLang();
  const langLinks = ['vi', 'en'].map((code) => el('a', {
    href: hrefInLang(code), hreflang: code, lang: code, class: 'lang-link', dataset: { lang: code },
    'aria-current': code === lang ? 'true' : null,
  }, t(`lang.${code}`)));
  onChange(() => langLinks.forEach((a) => { a.href = hrefInLang(a.dataset.lang); }));
  return [
    el('a', { class: 'skip-link', href: '#main' }, t('nav.skip')),
    el('div', { class: 'header-inner' },
      el('a', { class: 'brand', href: href('/') },
        el('span', { class: 'brand-name' }, t('app.name')),
        el('span', { class: 'brand-tagline' }, t('app.tagline'))),
      el('nav', { class: 'site-nav', 'aria-label': t('nav.label') },
        el('ul', {}, navFor(current).map((item) => el('li', {},
          el('a', { href: href(item.path), id: `nav-${item.key}`, 'aria-current': item.key === navKey ? 'page' : null }, t(item.label)))))),
      el('div', { class: 'lang-switch', role: 'group', 'aria-label': t('lang.label') }, langLinks),
      userBox(current)),
  ];
}

function footer(meta) {
  const snapshot = meta.snapshot || {};
  return el('div', { class: 'footer-inner' },
    el('p', { id: 'snapshot-info' }, t('footer.snapshot', snapshot.id || '?', fmt.dateTime(snapshot.builtAt)),
      snapshot.catalogueVersion ? ` · ${t('footer.catalogue', snapshot.catalogueVersion)}` : ''),
    meta.syntheticUnits ? el('p', { class: 'footer-synthetic' }, syntheticBadge(), ' ',
      t('footer.synthetic', fmt.integer(meta.syntheticUnits), fmt.integer(meta.units))) : null,
    el('p', { class: 'footer-about' }, t('footer.about')));
}

/** The message of an error, in the page's language. */
export function errorText(error) {
  if (error instanceof ApiError) {
    const key = `error.${error.code}`;
    const text = has(key) ? t(key) : t('error.unknown');
    return error.parameter ? `${text} ${t('error.parameter', error.parameter)}` : text;
  }
  return t('error.unknown');
}

export function showError(error) {
  // A refusal of the API is the page's normal business (a bad code in a URL); anything else is a bug.
  if (error instanceof ApiError) console.warn(error.code, error.message); // eslint-disable-line no-console
  else console.error(error); // eslint-disable-line no-console
  busy(false);
  const box = byId('page-error');
  if (!box) return;
  fill(box, el('p', {}, t('common.error', errorText(error))));
  box.hidden = false;
}

export function clearError() {
  const box = byId('page-error');
  if (box) box.hidden = true;
}

/**
 * A leader sees every page with their own unit selected: when the URL names no unit, theirs is put in it
 * (replacing the history entry, so Back still leaves the page) before the page reads its state.
 */
function preselectLeaderUnit(current, leaderParam) {
  const user = current && current.user;
  if (!leaderParam || !user || user.role !== 'leader' || !user.unit) return;
  const query = new URLSearchParams(window.location.search);
  if (query.get(leaderParam)) return;
  query.set(leaderParam, user.unit);
  if (!query.has('lang')) query.set('lang', currentLang());
  window.history.replaceState(null, '', `${window.location.pathname}?${query.toString()}${window.location.hash}`);
}

/**
 * Loads the bundle, the snapshot's meta and the session, draws header and footer, fills the static texts.
 * leaderParam names the URL parameter a leader's unit pre-selects ('unit' on the overview). Returns the meta.
 */
export async function startPage({ navKey, titleKey, leaderParam = null }) {
  const lang = currentLang();
  document.documentElement.lang = lang;
  let meta;
  let current;
  try {
    [, meta, current] = await Promise.all([loadBundle(lang), api('/meta'), session()]);
  } catch (error) {
    document.title = 'Đối sánh';
    busy(false);
    const box = byId('page-error');
    if (box) {
      box.textContent = `${error.code || ''} ${error.message || ''}`;
      box.hidden = false;
    }
    throw error;
  }
  preselectLeaderUnit(current, leaderParam);
  registerChartLocale();
  fill(byId('site-header'), header(navKey, current));
  fill(byId('site-footer'), footer(meta));
  applyTexts();
  if (titleKey) document.title = t('app.title', t(titleKey));
  return meta;
}

/**
 * Marks the page as loading its data (body[data-busy]) or done; the first "done" also marks it ready
 * (body.is-ready). Tests wait on both, with every chart's data-chart-ready.
 */
export function busy(on) {
  if (on) {
    document.body.dataset.busy = 'true';
  } else {
    delete document.body.dataset.busy;
    document.body.classList.add('is-ready');
  }
}

/** A page title of its own (a unit's name). */
export function setTitle(text) {
  document.title = t('app.title', text);
}
