// Uploads and loads (analysts): send report files, see what the extractor reads from each and its verdict, load
// the accepted ones through the ETL, follow the load, and restore an earlier snapshot. Every text from a file or
// the server goes in as text (dom.js), never as HTML.
import { api, ApiError } from '../api.js';
import { el, fill, byId } from '../dom.js';
import { t, has } from '../i18n.js';
import * as fmt from '../format.js';
import { startPage, showError, clearError, busy } from '../layout.js';
import { csrfHeaders } from '../session.js';
import { indicatorName, flagName, warningText } from '../labels.js';

const POLL_MS = 2000;
let indicators = new Map();

/** A request to the upload API, never cached (unlike api.js's GETs): loads and snapshots change under the page. */
async function send(method, url, body, headers = {}) {
  const extra = method === 'GET' ? {} : await csrfHeaders();
  let response;
  try {
    response = await fetch(url, { method, body, credentials: 'same-origin', headers: { Accept: 'application/json', ...extra, ...headers } });
  } catch (e) {
    throw new ApiError(0, 'network', e.message);
  }
  let json = null;
  try {
    json = await response.json();
  } catch (e) {
    json = null;
  }
  if (!response.ok) {
    const error = (json && json.error) || {};
    throw new ApiError(response.status, error.code || 'unknown', error.message || response.statusText);
  }
  return json;
}

/** A refusal in the page's language, with the server's own reason (it names the file) beside it. */
function refusalText(code, reason) {
  const key = `uploads.code.${code}`;
  return [has(key) ? t(key) : t('uploads.code.other', code), reason ? ` — ${reason}` : ''].join('');
}

function indicatorLabel(id) {
  const indicator = indicators.get(id);
  return indicator ? indicatorName(indicator) : id;
}

// 'held': read and its figures kept, but it names no unit or period yet (the reason says how to give one).
const VERDICT_LABELS = { accepted: 'uploads.accepted', held: 'uploads.held', rejected: 'uploads.rejected' };

function verdictBadge(verdict) {
  const accepted = verdict.status === 'accepted';
  return el('span', { class: ['badge', accepted ? 'badge-accepted' : 'badge-flag'], dataset: { verdict: verdict.status } },
    t(VERDICT_LABELS[verdict.status] || 'uploads.rejected'));
}

function periodText(periods) {
  if (!periods || !periods.length) return t('common.dash');
  // A label often carries its dates already ("… (Từ 01/07/2025 đến 30/06/2026)"); add them only when it does not.
  return periods.map((p) => (p.label.includes(fmt.date(p.start)) ? p.label
    : `${p.label} (${fmt.date(p.start)} – ${fmt.date(p.end)})`)).join('; ');
}

function factsTable(facts) {
  if (!facts.length) return el('p', { class: 'muted' }, t('uploads.noFacts'));
  return el('details', { class: 'upload-facts' },
    el('summary', {}, t('uploads.factsCount', fmt.integer(facts.length))),
    el('div', { class: 'table-scroll' }, el('table', { class: 'data-table' },
      el('thead', {}, el('tr', {}, ['col.indicator', 'col.value', 'uploads.sentence'].map((k) => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, facts.map((f) => el('tr', {},
        el('td', {}, indicatorLabel(f.indicator), el('span', { class: 'indicator-id' }, f.indicator)),
        el('td', {}, `${fmt.number(f.value)} ${f.unit}`),
        el('td', {}, el('span', { class: 'evidence-sentence' }, f.sentence), f.location ? el('span', { class: 'muted small' }, ` (${f.location})`) : null)))))));
}

function warningsList(warnings) {
  if (!warnings.length) return null;
  return el('details', { class: 'upload-warnings' },
    el('summary', {}, t('uploads.warningsCount', fmt.integer(warnings.length))),
    el('ul', {}, warnings.map((w) => el('li', {}, el('span', { class: 'badge badge-flag', title: w.code }, flagName(w.code)), ' ', warningText(w, indicators)))));
}

function previewCard(p) {
  const accepted = p.verdict.status === 'accepted';
  return el('article', { class: 'card upload-preview', dataset: { sha: p.sha256 || '', verdict: p.verdict.status } },
    el('h3', {}, p.name || t('common.dash'), ' ', verdictBadge(p.verdict)),
    accepted ? null : el('p', { class: 'upload-reason' }, refusalText(p.verdict.code, p.verdict.reason)),
    p.verdict.status === 'held' && p.sha256 ? givenForm(p) : null,
    p.receivedBefore ? el('p', { class: 'note upload-duplicate' }, t('uploads.receivedBefore', fmt.dateTime(p.receivedBefore))) : null,
    el('dl', { class: 'facts' },
      el('div', {}, el('dt', {}, t('col.unit')), el('dd', { class: 'upload-unit' }, p.unit ? `${p.unit.name} (${p.unit.code})` : t('common.dash'))),
      el('div', {}, el('dt', {}, t('col.period')), el('dd', { class: 'upload-period' }, periodText(p.periods))),
      el('div', {}, el('dt', {}, t('uploads.format')), el('dd', {}, p.format || t('common.dash'))),
      el('div', {}, el('dt', {}, t('uploads.size')), el('dd', {}, p.size >= 0 ? t('uploads.bytes', fmt.integer(p.size)) : t('common.dash')))),
    accepted ? el('label', { class: 'radio' },
      el('input', { type: 'checkbox', class: 'load-choice', value: p.sha256, checked: true }), ' ', t('uploads.choose.one')) : null,
    factsTable(p.facts || []),
    warningsList(p.warnings || []));
}

let shown = [];

/**
 * For a held report: the period (or unit) its text does not say, chosen by the analyst. The server checks it,
 * keeps it beside the landed file and answers with the preview read again, its figures now under that period.
 */
function givenForm(p) {
  const needsUnit = p.verdict.code === 'needs_unit';
  const input = el('input', { type: 'text', class: 'given-value', required: true,
    placeholder: needsUnit ? t('uploads.given.unitPlaceholder') : t('uploads.given.periodPlaceholder'),
    'aria-label': needsUnit ? t('uploads.given.unit') : t('uploads.given.period') });
  const message = el('span', { class: 'given-message', role: 'status' });
  const form = el('form', { class: 'upload-given' },
    el('label', {}, needsUnit ? t('uploads.given.unit') : t('uploads.given.period'), ' ', input), ' ',
    el('button', { type: 'submit', class: 'button' }, t('uploads.given.apply')), ' ', message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    busy(true);
    try {
      const body = JSON.stringify(needsUnit ? { unit: input.value } : { period: input.value });
      const updated = await send('POST', `/api/uploads/${encodeURIComponent(p.sha256)}/given`, body,
        { 'Content-Type': 'application/json' });
      showPreviews(shown.map((q) => (q.sha256 === p.sha256 ? updated : q)));
    } catch (error) {
      message.textContent = refusalText(error.code, error.message);
    } finally {
      busy(false);
    }
  });
  return form;
}

function showPreviews(previews) {
  shown = previews;
  fill(byId('previews'), previews.map(previewCard));
  byId('load-button').hidden = !previews.some((p) => p.verdict.status === 'accepted');
}

async function uploadChosen(event) {
  event.preventDefault();
  const input = byId('upload-files');
  if (!input.files.length) {
    byId('upload-status').textContent = t('uploads.noneChosen');
    return;
  }
  const form = new FormData();
  for (const file of input.files) form.append('files', file, file.name);
  byId('upload-status').textContent = t('uploads.sending', fmt.integer(input.files.length));
  busy(true);
  try {
    const answer = await send('POST', '/api/uploads', form);
    showPreviews(answer.files);
    byId('upload-status').textContent = t('uploads.received', fmt.integer(answer.files.length));
    clearError();
  } catch (error) {
    byId('upload-status').textContent = refusalText(error.code, error.message);
  } finally {
    busy(false);
  }
}

function statusText(status) {
  return t(`uploads.status.${status}`);
}

function countChange(record, key) {
  const before = record.before && record.before.counts ? record.before.counts[key] : undefined;
  const after = record.after && record.after.counts ? record.after.counts[key] : undefined;
  if (before === undefined && after === undefined) return t('common.dash');
  return `${before === undefined ? '?' : fmt.integer(before)} → ${after === undefined ? '?' : fmt.integer(after)}`;
}

function historyTable(loads) {
  if (!loads.length) return el('p', { class: 'muted' }, t('uploads.noHistory'));
  const head = ['uploads.col.id', 'uploads.col.kind', 'uploads.col.who', 'uploads.col.started', 'uploads.col.status',
    'uploads.col.files', 'uploads.col.snapshots', 'uploads.col.facts', 'uploads.col.reports', 'uploads.col.units'];
  return el('table', { class: 'data-table', id: 'history-table' },
    el('thead', {}, el('tr', {}, head.map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, loads.map((r) => el('tr', { dataset: { load: r.id, status: r.status } },
      el('td', {}, el('code', {}, r.id)),
      el('td', {}, t(`uploads.kind.${r.kind}`)),
      el('td', {}, r.who || t('common.dash')),
      el('td', {}, fmt.dateTime(r.startedAt), r.finishedAt ? el('span', { class: 'muted small' }, ` → ${fmt.dateTime(r.finishedAt)}`) : null),
      el('td', {}, statusText(r.status), r.error ? el('pre', { class: 'small load-error' }, r.error) : null),
      el('td', {}, r.files.length ? el('ul', {}, r.files.map((f) => el('li', {}, f.originalName || f.sha256.slice(0, 12),
        el('span', { class: 'muted small' }, ` · ${f.unitName || ''} (${f.unitCode || '?'}) · ${f.periodLabel || ''}`)))) : t('common.dash')),
      el('td', {}, `${(r.before && r.before.id) || t('common.dash')} → ${(r.after && r.after.id) || t('common.dash')}`),
      el('td', {}, countChange(r, 'facts')),
      el('td', {}, countChange(r, 'reports')),
      el('td', {}, countChange(r, 'units_loaded'))))));
}

async function refreshHistory() {
  const answer = await send('GET', '/api/loads');
  fill(byId('history'), historyTable(answer.loads));
  return answer;
}

async function restore(id) {
  if (!window.confirm(t('uploads.restoreConfirm', id))) return; // eslint-disable-line no-alert
  try {
    await send('POST', `/api/snapshots/${encodeURIComponent(id)}/restore`);
    byId('load-status').textContent = t('uploads.restored', id);
  } catch (error) {
    byId('load-status').textContent = refusalText(error.code, error.message);
  }
  await Promise.all([refreshHistory(), refreshSnapshots()]);
}

async function refreshSnapshots() {
  const answer = await send('GET', '/api/snapshots');
  const rows = answer.snapshots.map((s) => el('tr', { dataset: { snapshot: s.id } },
    el('td', {}, el('code', {}, s.id)),
    el('td', {}, fmt.dateTime(s.builtAt)),
    el('td', {}, fmt.integer(s.counts.facts || 0)),
    el('td', {}, fmt.integer(s.counts.reports || 0)),
    el('td', {}, fmt.integer(s.counts.units_loaded || 0)),
    el('td', {}, s.current ? el('strong', {}, t('uploads.current'))
      : el('button', { type: 'button', class: 'button button-small', on: { click: () => restore(s.id) } }, t('uploads.restore')))));
  fill(byId('snapshots'), rows.length ? el('table', { class: 'data-table', id: 'snapshots-table' },
    el('thead', {}, el('tr', {}, ['uploads.col.snapshot', 'uploads.col.built', 'uploads.col.facts', 'uploads.col.reports',
      'uploads.col.units', 'col.actions'].map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, rows)) : el('p', { class: 'muted' }, t('uploads.noSnapshots')));
}

async function follow(id) {
  for (;;) {
    const record = await send('GET', `/api/loads/${encodeURIComponent(id)}`);
    byId('load-status').textContent = t('uploads.loadStatus', id, statusText(record.status));
    if (record.status !== 'running') break;
    await new Promise((resolve) => { setTimeout(resolve, POLL_MS); });
  }
  await Promise.all([refreshHistory(), refreshSnapshots()]);
}

async function loadChosen() {
  const files = [...document.querySelectorAll('.load-choice:checked')].map((box) => box.value);
  if (!files.length) {
    byId('load-status').textContent = t('uploads.noneChosen');
    return;
  }
  try {
    const record = await send('POST', '/api/loads', JSON.stringify({ files }), { 'Content-Type': 'application/json' });
    byId('load-button').hidden = true;
    await follow(record.id);
  } catch (error) {
    byId('load-status').textContent = refusalText(error.code, error.message);
  }
}

async function main() {
  busy(true);
  await startPage({ navKey: 'uploads', titleKey: 'uploads.heading' });
  indicators = new Map((await api('/indicators')).map((i) => [i.id, i]));
  byId('upload-form').addEventListener('submit', uploadChosen);
  byId('load-button').addEventListener('click', loadChosen);
  const history = await refreshHistory();
  await refreshSnapshots();
  if (history.running) follow(history.running);
  busy(false);
}

main().catch(showError);
