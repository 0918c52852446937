// The evidence of a value: the facts behind it with the sentence of the source report, the matched words
// highlighted. Report text is only ever put in text nodes: the highlight splits the text, it never parses it.
import { api } from './api.js';
import { el, fill } from './dom.js';
import { t } from './i18n.js';
import * as fmt from './format.js';
import { maybeSynthetic, locationName } from './labels.js';
import { errorText } from './layout.js';
import { evidenceFacts } from './shapes.js';

/** [before, matched, after] of a sentence around the matched words (case- and Unicode-form-tolerant). */
export function splitMatch(text, matched) {
  const sentence = String(text || '');
  if (!matched) return [sentence, '', ''];
  let at = sentence.indexOf(matched);
  let length = matched.length;
  if (at < 0) {
    const lower = sentence.toLocaleLowerCase('vi');
    at = lower.indexOf(String(matched).toLocaleLowerCase('vi'));
  }
  if (at < 0) {
    const nfc = sentence.normalize('NFC');
    const m = String(matched).normalize('NFC');
    at = nfc.indexOf(m);
    if (at >= 0) return [nfc.slice(0, at), nfc.slice(at, at + m.length), nfc.slice(at + m.length)];
    return [sentence, '', ''];
  }
  return [sentence.slice(0, at), sentence.slice(at, at + length), sentence.slice(at + length)];
}

export function highlighted(text, matched) {
  const [before, match, after] = splitMatch(text, matched);
  return el('blockquote', { class: 'evidence-sentence' }, before, match ? el('mark', {}, match) : null, after);
}

let dialog;

function ensureDialog() {
  if (dialog) return dialog;
  const title = el('h2', { id: 'evidence-title' });
  const body = el('div', { class: 'dialog-body', id: 'evidence-body' });
  const close = el('button', { type: 'button', class: 'button button-quiet', id: 'evidence-close' }, t('common.close'));
  dialog = el('dialog', { class: 'evidence', id: 'evidence-dialog', 'aria-labelledby': 'evidence-title' },
    el('div', { class: 'dialog-head' }, el('div', {}, el('p', { class: 'muted small' }, t('evidence.heading')), title), close), body);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close(); });
  document.body.append(dialog);
  return dialog;
}

function factView(fact, measure) {
  return el('div', { class: 'evidence-item' },
    el('p', {}, el('strong', {}, `${t('evidence.value')}: `), fmt.value(fact.value, measure), ' ', maybeSynthetic(fact.synthetic)),
    el('p', { class: 'muted small' }, t('evidence.sentence')),
    highlighted(fact.text, fact.matched),
    el('dl', { class: 'evidence-meta' },
      el('dt', {}, t('evidence.file')), el('dd', {}, el('code', {}, fact.sourceFile || t('common.dash'))),
      el('dt', {}, t('evidence.location')), el('dd', {}, fact.location ? locationName(fact.location) : t('common.dash')),
      el('dt', {}, t('evidence.rule')), el('dd', {}, el('code', {}, fact.rule || t('common.dash'))),
      fact.qualifier ? [el('dt', {}, t('evidence.qualifier')), el('dd', {}, typeof fact.qualifier === 'string' ? fact.qualifier : JSON.stringify(fact.qualifier))] : null));
}

/** Opens the dialog for one value; title: the indicator's name. */
export async function openEvidence({ code, indicator, period, title, measure }) {
  const d = ensureDialog();
  fill(d.querySelector('#evidence-title'), title);
  const body = d.querySelector('#evidence-body');
  fill(body, el('p', { class: 'muted' }, t('common.loading')));
  if (!d.open) d.showModal();
  d.dataset.state = 'loading';
  try {
    const facts = evidenceFacts(await api(`/units/${encodeURIComponent(code)}/evidence`, { indicator, period }));
    if (!facts || facts.length === 0) {
      fill(body, el('p', { class: 'empty' }, t('evidence.none')));
    } else {
      fill(body, facts.length > 1 ? el('p', { class: 'muted' }, t('evidence.count', facts.length)) : null,
        facts.map((f) => factView(f, measure)));
    }
  } catch (error) {
    fill(body, el('p', { class: 'empty' }, error.code === 'no_data' ? t('evidence.none') : errorText(error)));
  }
  d.dataset.state = 'ready';
}
