// url-state.js: the page state read from and written to the address's query.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { visit, popstate, historyCalls, load } from './setup.mjs';

const state = await load('url-state.js');

describe('reading the query', () => {
  it('gives a parameter of the address', () => {
    visit('/ranking?lang=vi&indicator=hc_ontime_rate&period=2025-07-01..2025-09-30');
    assert.equal(state.param('indicator'), 'hc_ontime_rate');
    assert.equal(state.param('period'), '2025-07-01..2025-09-30');
  });

  it('gives the fallback for a parameter that is missing or empty', () => {
    visit('/ranking?lang=vi&group=');
    assert.equal(state.param('group', 'all'), 'all');
    assert.equal(state.param('indicator', 'x'), 'x');
    assert.equal(state.param('indicator'), null);
  });

  it('splits a list parameter on commas, trimming and dropping empty items', () => {
    visit('/compare?units=10816,%2010819%20,,10822');
    assert.deepEqual(state.listParam('units'), ['10816', '10819', '10822']);
  });

  it('gives an empty list for a list parameter that is missing', () => {
    visit('/compare');
    assert.deepEqual(state.listParam('units'), []);
  });

  it('reads the language as English only for lang=en and Vietnamese otherwise', () => {
    visit('/?lang=en');
    assert.equal(state.currentLang(), 'en');
    visit('/?lang=vi');
    assert.equal(state.currentLang(), 'vi');
    visit('/?lang=fr');
    assert.equal(state.currentLang(), 'vi');
    visit('/');
    assert.equal(state.currentLang(), 'vi');
  });
});

describe('writing the query', () => {
  beforeEach(() => visit('/ranking?lang=en&indicator=a&group=xa#table'));

  it('sets, replaces and removes names and pushes a history entry that keeps the hash', () => {
    state.update({ indicator: 'b', group: null, period: '2025-07-01..2025-09-30' });
    assert.equal(historyCalls.length, 1);
    assert.equal(historyCalls[0].kind, 'push');
    assert.equal(historyCalls[0].url, '/ranking?lang=en&indicator=b&period=2025-07-01..2025-09-30#table');
    assert.equal(state.param('indicator'), 'b');
    assert.equal(state.param('group'), null);
  });

  it('joins a list with commas and removes an empty list or empty string', () => {
    state.update({ units: ['10816', '10819'], indicator: [], group: '' });
    assert.equal(historyCalls[0].url, '/ranking?lang=en&units=10816%2C10819#table');
    assert.deepEqual(state.listParam('units'), ['10816', '10819']);
  });

  it('replaces the history entry when asked not to push', () => {
    state.update({ indicator: 'c' }, { push: false });
    assert.deepEqual(historyCalls.map((c) => c.kind), ['replace']);
  });

  it('keeps the language in the address even when the query had none', () => {
    visit('/units/10816');
    state.update({ period: 'p' });
    assert.equal(historyCalls[0].url, '/units/10816?period=p&lang=vi');
  });

  it('tells the listeners after a change and after back or forward', () => {
    const seen = [];
    state.onChange(() => seen.push(state.param('indicator')));
    state.update({ indicator: 'd' });
    popstate('/ranking?lang=en&indicator=a');
    assert.deepEqual(seen, ['d', 'a']);
  });
});

describe('links', () => {
  it('make a link inside the site that starts with the language and skips empty values', () => {
    visit('/?lang=en');
    assert.equal(state.href('/units/10816', { period: '2025-07-01..2025-09-30', group: null, units: [], q: '' }),
      '/units/10816?lang=en&period=2025-07-01..2025-09-30');
  });

  it('make a link with a list and a hash', () => {
    visit('/');
    assert.equal(state.href('/compare', { units: ['10816', '10819'] }, 'chart'), '/compare?lang=vi&units=10816%2C10819#chart');
  });

  it('give this very page in another language with all its state', () => {
    visit('/compare?lang=vi&units=10816,10819#chart');
    assert.equal(state.hrefInLang('en'), '/compare?lang=en&units=10816%2C10819#chart');
  });
});
