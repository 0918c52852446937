// The message bundle (/api/i18n) and the texts of the static page skeleton (data-i18n attributes).
import { getJson } from './api.js';

let bundle = {};

export async function loadBundle(lang) {
  bundle = await getJson('/api/i18n', { lang });
  return bundle;
}

/** The text of a key with {0}, {1}… replaced; the key itself when missing, so a gap shows instead of hiding. */
export function t(key, ...args) {
  const text = bundle[key];
  if (text === undefined || text === null) return key;
  return text.replace(/\{(\d+)\}/g, (whole, i) => (args[i] === undefined || args[i] === null ? whole : String(args[i])));
}

export function has(key) {
  return Object.prototype.hasOwnProperty.call(bundle, key);
}

/** A label for a code with a fallback to the code itself (flag codes the bundle does not know yet). */
export function tOr(key, fallback) {
  return has(key) ? t(key) : fallback;
}

/** Fills [data-i18n], [data-i18n-placeholder], [data-i18n-aria-label] and [data-i18n-title] under root. */
export function applyTexts(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((node) => { node.textContent = t(node.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((node) => { node.placeholder = t(node.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-aria-label]').forEach((node) => { node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel)); });
  root.querySelectorAll('[data-i18n-title]').forEach((node) => { node.title = t(node.dataset.i18nTitle); });
}
