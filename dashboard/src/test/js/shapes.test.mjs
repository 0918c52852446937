// shapes.js: the API's answers read in the shape docs/api.md gives and in the equivalent shapes the server uses.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './setup.mjs';

const shapes = await load('shapes.js');

describe('evidence facts', () => {
  it('read the documented flat fields of a list', () => {
    assert.deepEqual(shapes.evidenceFacts([{
      value: 17049, synthetic: true, sourceFile: 'a.docx', evidenceText: 'Dân số 17.049 người', evidenceMatched: '17.049',
      evidenceLocation: 'line 181', rule: 'population', qualifier: 'total',
    }]), [{
      value: 17049, synthetic: true, sourceFile: 'a.docx', text: 'Dân số 17.049 người', matched: '17.049',
      location: 'line 181', rule: 'population', qualifier: 'total',
    }]);
  });

  it('read the nested evidence object and the other field names under a facts key', () => {
    assert.deepEqual(shapes.evidenceFacts({
      facts: [{ value: 3, file: 'b.xlsx', evidence: { text: 'x', matched: '3', location: 'Sheet1!D7' }, qualifierKey: 'female' }],
    }), [{ value: 3, synthetic: false, sourceFile: 'b.xlsx', text: 'x', matched: '3', location: 'Sheet1!D7', rule: null, qualifier: 'female' }]);
  });

  it('fill the gaps of a bare fact with empty text and nulls', () => {
    assert.deepEqual(shapes.evidenceFacts([{ value: 1 }]),
      [{ value: 1, synthetic: false, sourceFile: null, text: '', matched: '', location: null, rule: null, qualifier: null }]);
  });

  it('keep an empty evidence text rather than looking further', () => {
    assert.equal(shapes.evidenceFacts([{ evidenceText: '', text: 'other' }])[0].text, '');
  });

  it('give no facts for an empty or missing answer', () => {
    assert.deepEqual(shapes.evidenceFacts(null), []);
    assert.deepEqual(shapes.evidenceFacts({}), []);
  });
});

describe('funnel points', () => {
  it('keep a point that already has a unit and a numerator', () => {
    const point = { unit: { code: '10816', name: 'Phường A' }, numerator: 42, denominator: 50, rate: 84 };
    assert.deepEqual(shapes.funnelPoints({ points: [point] }), [point]);
  });

  it('build the unit from flat fields and the numerator from rate and denominator', () => {
    assert.deepEqual(shapes.funnelPoints({ points: [{ unitCode: '10819', unitName: 'Xã B', rate: 25, denominator: 200 }] }),
      [{ unitCode: '10819', unitName: 'Xã B', rate: 25, denominator: 200, unit: { code: '10819', name: 'Xã B' }, numerator: 50 }]);
  });

  it('leave the numerator empty when it cannot be worked out', () => {
    assert.equal(shapes.funnelPoints({ points: [{ unitCode: '1', rate: 25 }] })[0].numerator, null);
    assert.deepEqual(shapes.funnelPoints({}), []);
  });
});

describe('compare rows', () => {
  const units = [{ code: '10816' }, { code: '10819' }];

  it('give each cell its unit code, from the cell or else from the order of the units', () => {
    const row = { cells: [{ value: 1.5, rank: 3, n: 114, quartile: 1 }, { value: 2, unitCode: '99999' }] };
    assert.deepEqual(shapes.compareCells(row, units), [
      { value: 1.5, rank: 3, n: 114, quartile: 1, unitCode: '10816' },
      { value: 2, rank: null, n: null, quartile: null, unitCode: '99999' },
    ]);
  });

  it('turn an empty cell into one with nulls', () => {
    assert.deepEqual(shapes.compareCells({ cells: [null] }, units),
      [{ value: null, rank: null, n: null, quartile: null, unitCode: '10816' }]);
  });

  it('take the group median when the server gives one and the city median otherwise', () => {
    assert.deepEqual(shapes.compareMedian({ groupMedian: 0, cityMedian: 5 }, 'xa'), { value: 0, group: 'xa' });
    assert.deepEqual(shapes.compareMedian({ groupMedian: null, cityMedian: 5 }, 'xa'), { value: 5, group: 'all' });
    assert.deepEqual(shapes.compareMedian({}, 'xa'), { value: null, group: 'all' });
  });
});

describe('quarantine rows', () => {
  it('read file, code and reason under either field name', () => {
    assert.deepEqual(shapes.quarantineRows({
      quarantine: [{ file: 'a.pdf', code: 'no_text_layer', reason: 'scan' }, { sourceFile: 'b.doc', code: 'bad_encoding', message: 'cp1258?' }, { code: 'x' }],
    }), [
      { file: 'a.pdf', code: 'no_text_layer', reason: 'scan' },
      { file: 'b.doc', code: 'bad_encoding', reason: 'cp1258?' },
      { file: '', code: 'x', reason: '' },
    ]);
  });

  it('give no rows for an answer without a quarantine', () => {
    assert.deepEqual(shapes.quarantineRows(null), []);
    assert.deepEqual(shapes.quarantineRows({}), []);
  });
});
