// i18n.js: texts of the bundle /api/i18n with their {0}, {1}… filled in.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useLang, load, bundles } from './setup.mjs';

const i18n = await load('i18n.js');

describe('the message bundle', () => {
  before(() => useLang('vi'));

  it('is read from the Vietnamese properties file in UTF-8, comments left out', () => {
    assert.equal(bundles.vi['common.dash'], '—');
    assert.equal(bundles.vi['measure.km2'], 'km²');
    assert.equal(bundles.vi['measure.count'], '');
    assert.ok(!Object.keys(bundles.vi).some((key) => key.startsWith('#')));
  });

  it('fills numbered placeholders and leaves a missing argument as written', () => {
    assert.equal(i18n.t('period.quarter', 3, 2025), 'Quý 3/2025');
    assert.equal(i18n.t('period.quarter', 3), 'Quý 3/{1}');
    assert.equal(i18n.t('location.line', 0), 'dòng 0');
  });

  it('gives the key itself for a text the bundle does not have', () => {
    assert.equal(i18n.t('no.such.key'), 'no.such.key');
    assert.equal(i18n.has('no.such.key'), false);
    assert.equal(i18n.tOr('no.such.key', 'fallback'), 'fallback');
    assert.equal(i18n.tOr('type.xa', 'fallback'), 'Xã');
  });

  it('switches to the English texts with the English bundle', async () => {
    await useLang('en');
    assert.equal(i18n.t('period.quarter', 3, 2025), 'Q3 2025');
    await useLang('vi');
    assert.equal(i18n.t('period.quarter', 3, 2025), 'Quý 3/2025');
  });
});
