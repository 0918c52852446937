// The login page: signs in through POST /api/login (JSON), then goes where the user was going (?next=, checked
// again by the server, which only ever sends back a path of this site).
import { byId } from '../dom.js';
import { loadBundle, t, applyTexts } from '../i18n.js';
import { currentLang, param } from '../url-state.js';

function showError(text) {
  const box = byId('login-error');
  box.textContent = text;
  box.hidden = false;
}

function errorText(status, body) {
  const error = (body && body.error) || {};
  if (status === 401) return t('login.invalid');
  if (status === 429) return t('login.rateLimited', Math.max(1, Math.ceil((error.retryAfter || 60) / 60)));
  if (status === 403) return t('login.refused');
  return t('login.failed');
}

async function submit(event) {
  event.preventDefault();
  const button = byId('login-submit');
  button.disabled = true;
  try {
    const response = await fetch('/api/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ username: byId('username').value, password: byId('password').value, next: param('next', '/') }),
    });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      showError(errorText(response.status, body));
      byId('password').value = '';
      byId('password').focus();
      return;
    }
    const next = new URL(body.next || '/', window.location.origin);
    if (!next.searchParams.has('lang')) next.searchParams.set('lang', currentLang());
    window.location.assign(`${next.pathname}${next.search}${next.hash}`);
  } catch (e) {
    showError(t('login.failed'));
  } finally {
    button.disabled = false;
  }
}

async function main() {
  const lang = currentLang();
  document.documentElement.lang = lang;
  await loadBundle(lang);
  applyTexts();
  document.title = t('app.title', t('login.heading'));
  byId('login-next').value = param('next', '/');
  document.querySelectorAll('#lang-switch a').forEach((a) => {
    const query = new URLSearchParams(window.location.search);
    query.set('lang', a.dataset.lang);
    query.delete('error');
    a.href = `/login?${query.toString()}`;
    if (a.dataset.lang === lang) a.setAttribute('aria-current', 'true');
  });
  if (param('error') === 'invalid') showError(t('login.invalid'));
  if (param('error') === 'locked') showError(t('login.rateLimited', 15));
  byId('login-form').addEventListener('submit', submit);
  byId('username').focus();
  document.body.classList.add('is-ready');
}

main();
