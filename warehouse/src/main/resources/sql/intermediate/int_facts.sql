-- The conformed current facts, with their evidence: what every number in a mart can be traced back to.
CREATE OR REPLACE TABLE int_facts AS
SELECT f.*
FROM stg_facts f
JOIN int_units u USING (unit_code)
JOIN int_indicators i USING (indicator)
ORDER BY f.unit_code, f.period_key, i.ordinal, f.qualifier_key;
