-- Every value a mart ranks: reported indicators per frame and the derived ones computed from them.
CREATE OR REPLACE TABLE int_values AS
SELECT frame_key, unit_code, indicator, value, basis, source_periods FROM int_frame_values
UNION ALL
SELECT frame_key, unit_code, indicator, value, basis, source_periods FROM int_derived_values
ORDER BY frame_key, indicator, unit_code;
