-- Every report read, current or superseded, for provenance pages and the quality view.
CREATE OR REPLACE TABLE int_reports AS
SELECT * FROM stg_reports
ORDER BY unit_code, period_key, status, source_file;
