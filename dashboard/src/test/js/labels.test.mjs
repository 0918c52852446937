// labels.js: quartile colours and marks, warning texts, locations and other names in the page's language.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useLang, load } from './setup.mjs';

const labels = await load('labels.js');

const indicators = new Map([
  ['hc_ontime_rate', { nameVi: 'Tỷ lệ hồ sơ đúng hạn', nameEn: 'On-time case rate' }],
  ['hc_ontime', { nameVi: 'Hồ sơ đúng hạn', nameEn: 'Cases on time' }],
  ['hc_received', { nameVi: 'Hồ sơ tiếp nhận', nameEn: 'Cases received' }],
  ['population', { nameVi: 'Dân số' }],
]);

const rateMismatch = {
  code: 'rate_mismatch',
  message: 'Reported rate 99.89 differs from computed 94.92',
  args: {
    rate: 'hc_ontime_rate', reported: '99.89', numeratorValue: '1234', denominatorValue: '1300',
    numerator: 'hc_ontime', denominator: 'hc_received', computed: 94.92,
  },
};

describe('quartile colours and marks', () => {
  it('give each quartile its own colour and shape, best to worst', () => {
    assert.deepEqual(labels.quartileStyle(1, 'higher_better'), { color: '#1d4e89', shape: 'triangle-up', echarts: 'triangle' });
    assert.deepEqual(labels.quartileStyle(2, 'higher_better'), { color: '#8cb8e4', shape: 'circle', echarts: 'circle' });
    assert.deepEqual(labels.quartileStyle(3, 'lower_better'), { color: '#f2b27a', shape: 'square', echarts: 'rect' });
    assert.equal(labels.quartileStyle(4, 'lower_better').color, '#a8321f');
    assert.equal(labels.quartileStyle(4, 'lower_better').shape, 'triangle-down');
  });

  it('give a context indicator, a missing quartile and an unknown quartile the white ring', () => {
    const ring = { color: '#ffffff', shape: 'ring', echarts: 'emptyCircle' };
    assert.deepEqual(labels.quartileStyle(1, 'neutral'), ring);
    assert.deepEqual(labels.quartileStyle(null, 'higher_better'), ring);
    assert.deepEqual(labels.quartileStyle(7, 'higher_better'), ring);
  });

  it('draw the best quartile as an upward triangle centred on the point', () => {
    const mark = labels.quartileMark(1, 'higher_better', 20, 20, 10);
    assert.equal(mark.tagName, 'polygon');
    assert.equal(mark.namespaceURI, 'http://www.w3.org/2000/svg');
    assert.equal(mark.getAttribute('points'), '20,10 30,28 10,28');
    assert.equal(mark.getAttribute('fill'), '#1d4e89');
    assert.equal(mark.getAttribute('class'), 'mark mark-triangle-up');
  });

  it('draw the worst quartile as a downward triangle', () => {
    const mark = labels.quartileMark(4, 'higher_better', 20, 20, 10);
    assert.equal(mark.tagName, 'polygon');
    assert.equal(mark.getAttribute('points'), '20,30 30,12 10,12');
    assert.equal(mark.getAttribute('fill'), '#a8321f');
  });

  it('draw the middle quartiles as a circle and a square', () => {
    const circle = labels.quartileMark(2, 'higher_better', 20, 20, 10);
    assert.equal(circle.tagName, 'circle');
    assert.equal(circle.getAttribute('r'), '9');
    const square = labels.quartileMark(3, 'higher_better', 20, 20, 10);
    assert.equal(square.tagName, 'rect');
    assert.equal(square.getAttribute('x'), '11.5');
    assert.equal(square.getAttribute('width'), '17');
  });

  it('draw a context indicator as a ring with a thicker outline', () => {
    const ring = labels.quartileMark(2, 'neutral', 20, 20, 10);
    assert.equal(ring.tagName, 'circle');
    assert.equal(ring.getAttribute('fill'), '#ffffff');
    assert.equal(ring.getAttribute('r'), '8.5');
    assert.equal(ring.getAttribute('stroke-width'), '2');
  });
});

describe('labels.js in Vietnamese', () => {
  before(() => useLang('vi'));

  it('names the quartiles, with the context wording for a neutral indicator', () => {
    assert.equal(labels.quartileName(1, 'higher_better'), 'Nhóm 1 (tốt nhất)');
    assert.equal(labels.quartileName(4, 'lower_better'), 'Nhóm 4 (kém nhất)');
    assert.equal(labels.quartileName(1, 'neutral'), 'Nhóm 1 (lớn nhất)');
    assert.equal(labels.quartileName(null, 'higher_better'), '—');
  });

  it('puts the mark and the name of a quartile in its badge', () => {
    const badge = labels.quartileBadge(1, 'higher_better');
    assert.equal(badge.getAttribute('class'), 'quartile quartile-1');
    assert.equal(badge.childNodes[0].getAttribute('data-shape'), 'triangle-up');
    assert.equal(badge.textContent, ' Nhóm 1 (tốt nhất)');
    assert.equal(labels.quartileBadge(2, 'neutral').getAttribute('class'), 'quartile quartile-n');
    assert.equal(labels.quartileBadge(null, 'higher_better'), '—');
  });

  it('words line and row locations in Vietnamese and keeps a sheet cell as written', () => {
    assert.equal(labels.locationName('line 181'), 'dòng 181');
    assert.equal(labels.locationName('row 12'), 'hàng 12');
    assert.equal(labels.locationName('Sheet1!D7'), 'Sheet1!D7');
    assert.equal(labels.locationName('line 12a'), 'line 12a');
    assert.equal(labels.locationName(null), '');
  });

  it('fills a warning template with indicator names, numbers and percentages', () => {
    assert.equal(labels.warningText(rateMismatch, indicators),
      'Tỷ lệ "Tỷ lệ hồ sơ đúng hạn" báo cáo là 99,89%, nhưng tính từ số liệu của chính báo cáo: '
      + '1.234 / 1.300 (Hồ sơ đúng hạn / Hồ sơ tiếp nhận) = 94,92%.');
  });

  it('fills locations and periods into a warning template', () => {
    assert.equal(labels.warningText({
      code: 'conflicting_values',
      args: { indicator: 'population', kept: 36429, keptAt: 'line 181', other: 36000, otherAt: 'Sheet1!D7' },
    }, indicators), '"Dân số" có hai giá trị: 36.429 (dòng 181) và 36.000 (Sheet1!D7); đang dùng 36.429, cần phân tích viên xem lại.');
    assert.equal(labels.warningText({ code: 'period_from_folder', args: { period: '2025-07-01..2025-09-30' } }),
      'Tiêu đề không nêu kỳ báo cáo; lấy kỳ Quý 3/2025 theo thư mục hoặc tệp kê khai.');
  });

  it('shows the indicator code when the indicator is not known', () => {
    assert.equal(labels.warningText({ code: 'negative_value', args: { indicator: 'x_unknown', value: -3 } }, indicators),
      '"x_unknown" là -3: số đếm hoặc số tiền không thể âm.');
    assert.equal(labels.warningText({ code: 'negative_value', args: { indicator: 'x_unknown', value: -3 } }),
      '"x_unknown" là -3: số đếm hoặc số tiền không thể âm.');
  });

  it('falls back to the extractor message when the warning lacks a figure the template names', () => {
    const partial = { ...rateMismatch, args: { ...rateMismatch.args, computed: null } };
    assert.equal(labels.warningText(partial, indicators), rateMismatch.message);
  });

  it('falls back to the message, then the flag name, then the code when there is no template', () => {
    assert.equal(labels.warningText({ code: 'bad_encoding', message: 'Unknown charset' }), 'Unknown charset');
    assert.equal(labels.warningText({ code: 'bad_encoding' }), 'Không nhận ra bảng mã ký tự');
    assert.equal(labels.warningText({ code: 'no_such_code' }), 'no_such_code');
  });

  it('names a period by its own label in Vietnamese', () => {
    assert.equal(labels.periodName({ key: '2025-07-01..2025-09-30', label: 'Quý III năm 2025' }), 'Quý III năm 2025');
    assert.equal(labels.periodName({ key: '2026-01-01..2026-06-30' }), '6 tháng đầu năm 2026');
    assert.equal(labels.periodName({ start: '2025-07-01', end: '2026-06-30' }), '01/07/2025 – 30/06/2026');
  });

  it('names indicators, unit types and flags in Vietnamese with a fallback', () => {
    assert.equal(labels.indicatorName(indicators.get('hc_ontime')), 'Hồ sơ đúng hạn');
    assert.equal(labels.indicatorName(null), '');
    assert.equal(labels.typeName('xa'), 'Xã');
    assert.equal(labels.typeName('thon'), 'thon');
    assert.equal(labels.flagName('empty_file'), 'Tệp rỗng');
    assert.equal(labels.flagName('new_flag'), 'new_flag');
  });
});

describe('labels.js in English', () => {
  before(() => useLang('en'));

  it('names the quartiles in English', () => {
    assert.equal(labels.quartileName(1, 'higher_better'), 'Q1 (best)');
    assert.equal(labels.quartileName(4, 'neutral'), 'Q4 (smallest)');
  });

  it('keeps line and row locations in English', () => {
    assert.equal(labels.locationName('line 181'), 'line 181');
    assert.equal(labels.locationName('row 12'), 'row 12');
  });

  it('fills a warning template with English names and numbers', () => {
    assert.equal(labels.warningText(rateMismatch, indicators),
      'The rate "On-time case rate" is reported as 99.89%, but the report\'s own figures give '
      + '1,234 / 1,300 (Cases on time / Cases received) = 94.92%.');
    assert.equal(labels.warningText({ code: 'period_from_folder', args: { period: '2025-07-01..2025-09-30' } }),
      'The heading names no period; Q3 2025 is taken from the folder or manifest.');
  });

  it('falls back to the Vietnamese name of an indicator without an English one', () => {
    assert.equal(labels.indicatorName(indicators.get('population')), 'Dân số');
  });

  it('makes a period name from its dates, ignoring the Vietnamese label', () => {
    assert.equal(labels.periodName({ key: '2025-07-01..2025-09-30', label: 'Quý III năm 2025' }), 'Q3 2025');
    assert.equal(labels.periodName({ key: '2026-07-01..2026-12-31' }), 'H2 2026');
    assert.equal(labels.periodName({ periodKey: '2025-01-01..2025-12-31' }), 'Year 2025');
    assert.equal(labels.periodName({ start: '2025-07-01', end: '2026-06-30' }), '1 Jul 2025 – 30 Jun 2026');
    assert.equal(labels.periodName({ key: 'odd-key' }), 'odd-key');
  });
});
