// Stand-ins for the little of the browser the dashboard's modules touch (window.location, window.history,
// popstate, fetch of /api/i18n, document.createElement), so their pure functions run under `node --test`.
// Import this module first, then the modules under test with a dynamic import().
import { readFileSync } from 'node:fs';

export const JS_DIR = new URL('../../main/resources/public/assets/js/', import.meta.url);
const I18N_DIR = new URL('../../main/resources/i18n/', import.meta.url);

/** A .properties file as an object: key=value lines, # and ! comments, blank lines skipped (UTF-8, as Java 9+ reads it). */
export function parseProperties(text) {
  const messages = {};
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.replace(/^\s+/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    messages[line.slice(0, eq).trim()] = line.slice(eq + 1).replace(/^\s+/, '');
  }
  return messages;
}

export const bundles = {
  vi: parseProperties(readFileSync(new URL('messages_vi.properties', I18N_DIR), 'utf8')),
  en: parseProperties(readFileSync(new URL('messages_en.properties', I18N_DIR), 'utf8')),
};

// window: a location the tests set, a history that moves it, and the popstate listeners url-state.js adds.
const popstateListeners = [];
export const historyCalls = [];

const location = { pathname: '/', search: '', hash: '', assign() {} };

function moveTo(url) {
  const next = new URL(url, 'http://localhost');
  location.pathname = next.pathname;
  location.search = next.search;
  location.hash = next.hash;
}

globalThis.window = {
  location,
  history: {
    pushState(state, title, url) { historyCalls.push({ kind: 'push', url }); moveTo(url); },
    replaceState(state, title, url) { historyCalls.push({ kind: 'replace', url }); moveTo(url); },
  },
  addEventListener(type, fn) { if (type === 'popstate') popstateListeners.push(fn); },
};
globalThis.location = location;

/** Puts the browser on this address (path, query and hash), as a typed-in URL would. */
export function visit(url) {
  moveTo(url);
  historyCalls.length = 0;
}

/** The browser's back or forward button. */
export function popstate(url) {
  moveTo(url);
  popstateListeners.forEach((fn) => fn());
}

// fetch: /api/i18n?lang=vi|en answers with the real bundle; anything else is a 404.
globalThis.fetch = async (url) => {
  const target = new URL(String(url), 'http://localhost');
  const lang = target.searchParams.get('lang');
  if (target.pathname === '/api/i18n' && bundles[lang]) {
    return { ok: true, status: 200, statusText: 'OK', json: async () => ({ ...bundles[lang] }) };
  }
  return { ok: false, status: 404, statusText: 'Not Found', json: async () => ({ error: { code: 'not_found' } }) };
};

// document: just enough of createElement/createElementNS for dom.js's el() and svg().
class FakeNode {
  constructor(tag, namespace = null) {
    this.tagName = tag;
    this.namespaceURI = namespace;
    this.attributes = {};
    this.dataset = {};
    this.childNodes = [];
  }

  setAttribute(name, value) { this.attributes[name] = String(value); }

  getAttribute(name) { return Object.hasOwn(this.attributes, name) ? this.attributes[name] : null; }

  addEventListener() {}

  append(...children) { this.childNodes.push(...children); }

  replaceChildren(...children) { this.childNodes = children; }

  get textContent() { return this.childNodes.map((c) => c.textContent).join(''); }

  set textContent(text) { this.childNodes = [new FakeText(text)]; }
}

class FakeText extends FakeNode {
  constructor(text) {
    super('#text');
    this.text = String(text);
  }

  get textContent() { return this.text; }
}

globalThis.Node = FakeNode;
globalThis.document = {
  createElement: (tag) => new FakeNode(tag, 'http://www.w3.org/1999/xhtml'),
  createElementNS: (namespace, tag) => new FakeNode(tag, namespace),
  createTextNode: (text) => new FakeText(text),
};

const { loadBundle } = await import(new URL('i18n.js', JS_DIR));

/** Switches the page to a language: ?lang= in the address and that language's bundle in i18n.js. */
export async function useLang(lang, path = '/') {
  visit(`${path}?lang=${lang}`);
  await loadBundle(lang);
}

/** Imports one of the dashboard's modules (after the stand-ins above are in place). */
export function load(name) {
  return import(new URL(name, JS_DIR));
}
