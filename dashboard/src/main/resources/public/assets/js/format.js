// Numbers and dates the Vietnamese way in vi (17.049; 99,89%; 01/07/2025), the English way in en.
import { currentLang } from './url-state.js';
import { t, has } from './i18n.js';

const locale = () => (currentLang() === 'en' ? 'en-GB' : 'vi-VN');
const formats = new Map();

function nf(options) {
  const key = locale() + JSON.stringify(options);
  if (!formats.has(key)) formats.set(key, new Intl.NumberFormat(locale(), options));
  return formats.get(key);
}

const missing = (v) => v === null || v === undefined || Number.isNaN(v);

/** A number with at most maxFrac decimals (fewer for large numbers). */
export function number(value, maxFrac) {
  if (missing(value)) return t('common.dash');
  const abs = Math.abs(value);
  const digits = maxFrac !== undefined ? maxFrac : abs >= 1000 ? 0 : abs >= 100 ? 1 : 2;
  return nf({ maximumFractionDigits: digits }).format(value);
}

/** 99.89 → "99,89%" (the value is already in percent). */
export function percent(value, maxFrac = 2) {
  if (missing(value)) return t('common.dash');
  return nf({ style: 'percent', maximumFractionDigits: maxFrac }).format(value / 100);
}

/** A value in the indicator's unit of measure: "99,89%", "26,29 km²", "36.429 người". */
export function value(v, measure) {
  if (missing(v)) return t('common.dash');
  if (measure === 'pct') return percent(v);
  const suffix = measure && has(`measure.${measure}`) ? t(`measure.${measure}`) : '';
  return suffix ? `${number(v)} ${suffix}` : number(v);
}

/** A value without its unit of measure, for chart axes and compact cells. */
export function bare(v, measure) {
  if (missing(v)) return t('common.dash');
  return measure === 'pct' ? percent(v, 1) : number(v);
}

export function signed(v, maxFrac = 2) {
  if (missing(v)) return t('common.dash');
  return nf({ maximumFractionDigits: maxFrac, minimumFractionDigits: maxFrac, signDisplay: 'exceptZero' }).format(v);
}

export function integer(v) {
  return missing(v) ? t('common.dash') : nf({ maximumFractionDigits: 0 }).format(v);
}

/** ISO date → 01/07/2025 (vi) or 1 Jul 2025 (en). */
export function date(iso) {
  if (!iso) return t('common.dash');
  const d = new Date(`${String(iso).slice(0, 10)}T00:00:00Z`);
  const options = currentLang() === 'en'
    ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
    : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale(), options).format(d);
}

/** An instant → 14/05/2026 15:00 (vi) or 14 May 2026, 15:00 (en), in the city's time zone. */
export function dateTime(iso) {
  if (!iso) return t('common.dash');
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const zone = 'Asia/Ho_Chi_Minh';
  const day = currentLang() === 'en'
    ? new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: zone }).format(d)
    : new Intl.DateTimeFormat(locale(), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: zone }).format(d);
  const time = new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: zone }).format(d);
  return currentLang() === 'en' ? `${day}, ${time}` : `${day} ${time}`;
}
