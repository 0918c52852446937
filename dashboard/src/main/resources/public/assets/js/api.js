// The JSON API of docs/api.md: GET only, answers cached per URL for the life of the page. A 401 (the session
// ended) sends the browser to the login, which brings it back.
import { currentLang } from './url-state.js';

export class ApiError extends Error {
  constructor(status, code, message, parameter) {
    super(message || code);
    this.status = status;
    this.code = code;
    this.parameter = parameter || null;
  }
}

const cache = new Map();

export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    query.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

async function fetchJson(url) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, 'network', e.message);
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    if (response.ok) throw new ApiError(response.status, 'unknown', 'not JSON');
  }
  if (response.status === 401) {
    // The session ended (timeout, logout elsewhere, account removed): sign in again and come back here.
    window.location.assign(loginUrl());
  }
  if (!response.ok) {
    const error = body && body.error ? body.error : {};
    throw new ApiError(response.status, error.code || (response.status === 404 ? 'not_found' : 'unknown'),
      error.message || response.statusText, error.parameter);
  }
  return body;
}

/** The login page, asked to come back to this very page afterwards. */
export function loginUrl() {
  const here = `${window.location.pathname}${window.location.search}`;
  return `/login?next=${encodeURIComponent(here)}&lang=${currentLang()}`;
}

/** GET path?params, parsed; a rejected promise with an ApiError when the server says no. */
export function getJson(path, params = {}) {
  const url = apiUrl(path, params);
  if (!cache.has(url)) {
    const pending = fetchJson(url);
    cache.set(url, pending);
    pending.catch(() => cache.delete(url));
  }
  return cache.get(url);
}

/** GET /api{path}, in the page's language (the API translates its labels: periods, unit types). */
export function api(path, params = {}) {
  return getJson(`/api${path}`, { ...params, lang: currentLang() });
}
