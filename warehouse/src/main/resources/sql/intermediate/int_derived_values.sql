-- Derived indicators, each computed from the catalogue's formula (rendered by DerivedIndicatorSql; every
-- division goes through safe_div, so a zero or missing divisor gives no value rather than Infinity).
CREATE OR REPLACE TABLE int_derived_values AS
SELECT frame_key, unit_code, indicator, value, basis, source_periods
FROM (
${derived_selects}
) derived
WHERE value IS NOT NULL AND isfinite(value)
ORDER BY frame_key, unit_code, indicator;
