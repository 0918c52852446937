// format.js: numbers, percentages and dates the Vietnamese way in vi and the English way in en.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useLang, load } from './setup.mjs';

const fmt = await load('format.js');

describe('format.js in Vietnamese', () => {
  before(() => useLang('vi'));

  it('groups thousands with a dot', () => {
    assert.equal(fmt.number(17049), '17.049');
    assert.equal(fmt.number(1234567), '1.234.567');
  });

  it('writes decimals with a comma and keeps fewer of them for larger numbers', () => {
    assert.equal(fmt.number(12.3456), '12,35');
    assert.equal(fmt.number(123.456), '123,5');
    assert.equal(fmt.number(1234.56), '1.235');
  });

  it('honours an explicit number of decimals', () => {
    assert.equal(fmt.number(1234.567, 2), '1.234,57');
    assert.equal(fmt.number(0.5, 0), '1');
  });

  it('writes a percentage already in percent with a comma and no space', () => {
    assert.equal(fmt.percent(99.89), '99,89%');
    assert.equal(fmt.percent(99.89, 1), '99,9%');
    assert.equal(fmt.percent(100), '100%');
  });

  it('shows a dash for a missing value', () => {
    for (const missing of [null, undefined, Number.NaN]) {
      assert.equal(fmt.number(missing), '—');
      assert.equal(fmt.percent(missing), '—');
      assert.equal(fmt.value(missing, 'pct'), '—');
      assert.equal(fmt.bare(missing, 'pct'), '—');
      assert.equal(fmt.signed(missing), '—');
      assert.equal(fmt.integer(missing), '—');
    }
    assert.equal(fmt.date(null), '—');
    assert.equal(fmt.dateTime(''), '—');
  });

  it('adds the unit of measure from the bundle to a value', () => {
    assert.equal(fmt.value(99.89, 'pct'), '99,89%');
    assert.equal(fmt.value(26.29, 'km2'), '26,29 km²');
    assert.equal(fmt.value(36429, 'people'), '36.429 người');
    assert.equal(fmt.value(1500000, 'million_vnd'), '1.500.000 triệu đồng');
  });

  it('leaves the unit off when the bundle has none for it or it is empty', () => {
    assert.equal(fmt.value(1234, 'count'), '1.234');
    assert.equal(fmt.value(1234, 'no_such_measure'), '1.234');
    assert.equal(fmt.value(1234), '1.234');
  });

  it('writes a bare value without its unit, percentages with one decimal', () => {
    assert.equal(fmt.bare(99.89, 'pct'), '99,9%');
    assert.equal(fmt.bare(36429, 'people'), '36.429');
  });

  it('signs a change except zero and keeps its decimals', () => {
    assert.equal(fmt.signed(1.5), '+1,50');
    assert.equal(fmt.signed(-1.5), '-1,50');
    assert.equal(fmt.signed(0), '0,00');
    assert.equal(fmt.signed(2.345, 1), '+2,3');
  });

  it('rounds an integer', () => {
    assert.equal(fmt.integer(17049.6), '17.050');
  });

  it('writes a date as day/month/year with two digits', () => {
    assert.equal(fmt.date('2026-12-02'), '02/12/2026');
    assert.equal(fmt.date('2025-07-01T10:00:00Z'), '01/07/2025');
  });

  it('writes an instant in the city time zone', () => {
    assert.equal(fmt.dateTime('2026-05-14T08:00:00Z'), '14/05/2026 15:00');
    assert.equal(fmt.dateTime('2026-05-14T20:30:00Z'), '15/05/2026 03:30');
  });

  it('gives back an unreadable instant as written', () => {
    assert.equal(fmt.dateTime('not a date'), 'not a date');
  });
});

describe('format.js in English', () => {
  before(() => useLang('en'));

  it('groups thousands with a comma', () => {
    assert.equal(fmt.number(17049), '17,049');
    assert.equal(fmt.number(1234567), '1,234,567');
  });

  it('writes decimals with a point', () => {
    assert.equal(fmt.number(12.3456), '12.35');
    assert.equal(fmt.number(1234.567, 2), '1,234.57');
  });

  it('writes a percentage with a point', () => {
    assert.equal(fmt.percent(99.89), '99.89%');
    assert.equal(fmt.bare(99.89, 'pct'), '99.9%');
  });

  it('adds the English unit of measure', () => {
    assert.equal(fmt.value(36429, 'people'), '36,429 people');
    assert.equal(fmt.value(26.29, 'km2'), '26.29 km²');
  });

  it('signs a change with a point', () => {
    assert.equal(fmt.signed(1.5), '+1.50');
    assert.equal(fmt.signed(-1.5), '-1.50');
  });

  it('writes a date with a short month name', () => {
    assert.equal(fmt.date('2026-12-02'), '2 Dec 2026');
    assert.equal(fmt.date('2025-07-01'), '1 Jul 2025');
  });

  it('writes an instant as day, then time in the city time zone', () => {
    assert.equal(fmt.dateTime('2026-05-14T08:00:00Z'), '14 May 2026, 15:00');
  });

  it('shows the same dash for a missing value', () => {
    assert.equal(fmt.number(null), '—');
  });
});
