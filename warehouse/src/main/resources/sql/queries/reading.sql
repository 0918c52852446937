-- Reading coverage of current reports for a unit (parameters 1-2, NULL for all) and a report period (3-4),
-- least covered first.
SELECT unit_code, period_key, source_file, numbers_seen, numbers_facts, numbers_explained, numbers_unread, coverage
FROM mart_reading
WHERE (CAST(? AS VARCHAR) IS NULL OR unit_code = ?)
  AND (CAST(? AS VARCHAR) IS NULL OR period_key = ?)
ORDER BY coverage, unit_code, period_key, source_file
