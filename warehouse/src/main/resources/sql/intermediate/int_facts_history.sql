-- Replaced facts: what a unit said before it sent a newer report for the same period.
CREATE OR REPLACE TABLE int_facts_history AS
SELECT * FROM stg_facts_history
ORDER BY unit_code, period_key, indicator, source_file, qualifier_key;
