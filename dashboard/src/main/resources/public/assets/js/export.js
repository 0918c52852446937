// Export buttons for the toolbar slot of every chart and table (issue 6). Charts: PNG at 2× and SVG, drawn
// offscreen from the chart's option with a title and a footer that say what it shows (indicator, period,
// filters, comparison group, snapshot, synthetic data), so the chart on screen never changes. Tables: CSV and
// Excel links to the server's export endpoints with the page's state, or a CSV made from the table itself where
// the server has no endpoint. Downloads go through a Blob and a temporary <a download>: nothing inline, so the
// Content-Security-Policy allows them.
import { api, apiUrl } from './api.js';
import { el } from './dom.js';
import { t } from './i18n.js';
import * as fmt from './format.js';
import { currentLang } from './url-state.js';
import { csrfHeaders } from './session.js';

const echarts = () => window.echarts;

/** "Xã Hà Bắc", "on_time_rate_pct" → "xa-ha-bac", "on_time_rate_pct": ASCII, no spaces, safe in a file name. */
export function slug(text) {
  return String(text ?? '')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

/** doi-sanh_PART_PART….ext, leaving out empty parts. */
export function fileName(parts, ext) {
  const body = ['doi-sanh', ...parts.map(slug).filter(Boolean)].join('_');
  return `${body}.${ext}`;
}

/** Saves a Blob under a file name: an object URL clicked through a temporary <a download>. */
export function downloadBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name, class: 'visually-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

function dataUrlToBlob(dataUrl) {
  const [head, data] = dataUrl.split(',');
  const type = head.slice(5).split(';')[0];
  const bytes = atob(data);
  const array = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) array[i] = bytes.charCodeAt(i);
  return new Blob([array], { type });
}

/**
 * The lines every export ends with: the data snapshot and, when synthetic data shows (in the rows themselves, or
 * in the medians and ranges of a snapshot that has synthetic units), the synthetic-data mark.
 */
export async function snapshotLines(synthetic) {
  const meta = await api('/meta');
  const snapshot = meta.snapshot || {};
  const lines = [t('footer.snapshot', snapshot.id || '?', fmt.dateTime(snapshot.builtAt))
    + (snapshot.catalogueVersion ? ` · ${t('footer.catalogue', snapshot.catalogueVersion)}` : '')];
  if (synthetic || meta.syntheticUnits) {
    lines.push(meta.syntheticUnits
      ? `${t('badge.synthetic')}: ${t('footer.synthetic', fmt.integer(meta.syntheticUnits), fmt.integer(meta.units))}`
      : t('badge.synthetic'));
  }
  return lines;
}

function shifted(grid, top, bottom) {
  const one = (g) => ({
    ...g,
    top: (typeof g.top === 'number' ? g.top : 60) + top,
    bottom: (typeof g.bottom === 'number' ? g.bottom : 60) + bottom,
  });
  if (Array.isArray(grid)) return grid.map(one);
  return one(grid || {});
}

/** Breaks a line of text at spaces so that no piece is longer than max characters. */
export function wrap(text, max) {
  const out = [];
  let line = '';
  for (const word of String(text).split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) out.push(line);
  return out;
}

/** A legend kept clear of the title and footer: a number (or numeric string) at top or bottom moves with them. */
function shiftedLegend(legend, top, bottom) {
  const move = (v, by) => (v === undefined || v === null || Number.isNaN(Number(v)) ? v : Number(v) + by);
  const one = (l) => ({ ...l, top: move(l.top, top), bottom: move(l.bottom, bottom) });
  if (!legend) return legend;
  return Array.isArray(legend) ? legend.map(one) : one(legend);
}

/**
 * The option to export: the chart's own, without animation or tooltips, its grid moved down for a title (bold),
 * a subtitle of context lines and a footer line at the bottom. Returns {option, height}.
 */
export function withContext(option, { title, lines = [], footer: footerLines = [] }, width, height) {
  const max = Math.floor((width - 32) / 6.6);
  const subtext = lines.filter(Boolean).flatMap((l) => wrap(l, max)).join('\n');
  const footer = footerLines.flatMap((l) => wrap(l, Math.floor((width - 32) / 6)));
  const top = 40 + 17 * (subtext ? subtext.split('\n').length : 0);
  const bottom = 16 + 15 * footer.length;
  const fontFamily = (option.textStyle && option.textStyle.fontFamily) || 'sans-serif';
  const titles = [
    {
      text: title, subtext, left: 16, top: 10, itemGap: 8,
      textStyle: { fontSize: 16, fontWeight: 'bold', color: '#1f2933', fontFamily },
      subtextStyle: { fontSize: 12, color: '#3d4852', lineHeight: 17, fontFamily },
    },
    { text: footer.join('\n'), left: 16, bottom: 8, textStyle: { fontSize: 11, fontWeight: 'normal', color: '#3d4852', lineHeight: 15, fontFamily } },
  ];
  return {
    option: {
      ...option,
      animation: false,
      tooltip: undefined,
      title: titles,
      grid: shifted(option.grid, top, bottom),
      legend: shiftedLegend(option.legend, top, bottom),
    },
    height: height + top + bottom,
  };
}

const locale = () => (currentLang() === 'vi' ? 'VI' : 'EN');

/** PNG at twice the size, on white, drawn by a canvas chart outside the page. */
export function renderPng(option, width, height) {
  const box = document.createElement('div');
  const chart = echarts().init(box, null, { renderer: 'canvas', width, height, devicePixelRatio: 2, locale: locale() });
  try {
    chart.setOption(option);
    return dataUrlToBlob(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }));
  } finally {
    chart.dispose();
  }
}

/** SVG by ECharts' server-side rendering: a string, no DOM and no inline styles in the page. */
export function renderSvg(option, width, height) {
  const chart = echarts().init(null, null, { renderer: 'svg', ssr: true, width, height, locale: locale() });
  try {
    chart.setOption({ backgroundColor: '#fff', ...option });
    return new Blob([chart.renderToSVGString()], { type: 'image/svg+xml;charset=utf-8' });
  } finally {
    chart.dispose();
  }
}

function button(label, title, onClick, kind) {
  return el('button', {
    type: 'button', class: 'button button-small export-button', title, dataset: { exportKind: kind },
    on: {
      click: async (event) => {
        const node = event.currentTarget;
        node.disabled = true;
        try {
          await onClick();
        } catch (error) {
          console.error(error); // eslint-disable-line no-console
        } finally {
          node.disabled = false;
        }
      },
    },
  }, label);
}

/**
 * PNG and SVG buttons for a chart. source() → {option, width, height} (the option as drawn, without context);
 * context() → {title, lines, synthetic}; file() → the parts of the file name (no extension).
 */
export function chartButtons({ source, context, file }) {
  const run = (kind) => async () => {
    const { option, width, height } = source();
    if (!option) return;
    const c = context();
    const footer = await snapshotLines(c.synthetic);
    const w = Math.max(480, Math.round(width));
    const ready = withContext(option, { title: c.title, lines: c.lines, footer }, w, height);
    const blob = kind === 'png' ? renderPng(ready.option, w, ready.height) : renderSvg(ready.option, w, ready.height);
    downloadBlob(blob, fileName(file(), kind));
  };
  return [
    button(t('export.png'), t('export.pngTitle'), run('png'), 'png'),
    button(t('export.svg'), t('export.svgTitle'), run('svg'), 'svg'),
  ];
}

/** CSV and Excel links to the server's export endpoints (which name the file themselves); params: the page's state. */
export function tableLinks({ path, params }) {
  const link = (ext, label, title) => el('a', {
    class: 'button button-small export-button', href: apiUrl(`${path}.${ext}`, params),
    download: '', title, dataset: { exportKind: ext },
  }, label);
  return [link('csv', t('export.csv'), t('export.csvTitle')), link('xlsx', t('export.xlsx'), t('export.xlsxTitle'))];
}

/** The text of a table's rows (head and body, caption left out), cell by cell. */
export function tableRows(table) {
  return [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => cell.textContent));
}

function csvCell(text) {
  const s = String(text ?? '').replace(/\s+/g, ' ').trim();
  return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** What a page-made table export holds: context lines on top, then the rows as shown. */
async function shownTable({ table, rows: cells, context }) {
  const node = table ? table() : null;
  const body = cells ? cells() : node ? tableRows(node) : null;
  if (!body) return null;
  const c = context();
  const lines = [...(c.lines || []).filter(Boolean), ...(await snapshotLines(c.synthetic))];
  return { title: c.title, lines, synthetic: Boolean(c.synthetic), rows: body };
}

/**
 * CSV and Excel buttons for a table the server has no query for: its text as shown, the context lines first.
 * CSV is made here (UTF-8 with a BOM); Excel is made by the server from the same rows, numbers as numbers.
 * table() → the <table> element (or null); context() → {title, lines, synthetic}; file() → name parts.
 */
export function tableButtons(args) {
  const csv = button(t('export.csv'), t('export.csvTitle'), async () => {
    const shown = await shownTable(args);
    if (!shown) return;
    const rows = [[shown.title], ...shown.lines.map((l) => [l]), [], ...shown.rows];
    const text = `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
    downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName(args.file(), 'csv'));
  }, 'csv');
  const xlsx = button(t('export.xlsx'), t('export.xlsxTitle'), async () => {
    const shown = await shownTable(args);
    if (!shown) return;
    const name = fileName(args.file(), 'xlsx').replace(/^doi-sanh_/, '').replace(/\.xlsx$/, '');
    const response = await fetch(apiUrl('/api/export/table.xlsx', { name }), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(await csrfHeaders()) },
      credentials: 'same-origin',
      body: JSON.stringify(shown),
    });
    if (!response.ok) throw new Error(`table export failed: ${response.status}`);
    downloadBlob(await response.blob(), fileName(args.file(), 'xlsx'));
  }, 'xlsx');
  return el('span', { class: 'export-group' }, csv, xlsx);
}
